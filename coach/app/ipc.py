"""The local, user-only command channel between `calf-coach ...` and the running app.

One JSON object per line each way. On Linux and macOS the socket lives in the
0700 runtime folder; Qt also restricts it to the user (UserAccessOption).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from coach.core.paths import Paths

log = logging.getLogger(__name__)

Request = dict[str, Any]
Reply = dict[str, Any]


def socket_name(paths: Paths) -> str:
    if os.name == "nt":  # named pipes have no folders: name it after the runtime folder
        import hashlib  # here only: it loads OpenSSL's libcrypto (3 MB) where it is imported

        digest = hashlib.sha256(str(paths.runtime_dir).encode()).hexdigest()[:16]
        return f"calf-coach-{digest}"
    return str(paths.runtime_dir / "calf-coach.sock")


class CommandServer(QObject):
    """Answers each request line with `handler(request)`, as one JSON line."""

    def __init__(
        self, name: str, handler: Callable[[Request], Reply], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._handler = handler
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        QLocalServer.removeServer(self._name)  # a socket file left by a crash
        if not self.server.listen(self._name):
            log.error("cannot listen on %s: %s", self._name, self.server.errorString())
            return False
        return True

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while (peer := self.server.nextPendingConnection()) is not None:
            peer.readyRead.connect(lambda peer=peer: self._read(peer))
            peer.disconnected.connect(peer.deleteLater)

    def _read(self, peer: QLocalSocket) -> None:
        while peer.canReadLine():
            line = bytes(peer.readLine().data()).decode("utf-8", "replace")
            try:
                request = json.loads(line)
                if not isinstance(request, dict):
                    raise ValueError("a request is a JSON object")
                reply = self._handler(request)
            except (ValueError, KeyError, TypeError) as exc:
                reply = {"ok": False, "error": str(exc)}
            peer.write((json.dumps(reply) + "\n").encode())
            peer.flush()


def send_to_app(paths: Paths, request: Request) -> Reply | None:
    """Send one request to the app of `paths`; None when none runs. An app still loading
    (its lock taken, its socket not listening yet: a few tenths of a second after its tray
    icon is up) is waited for, up to 5 s."""
    name = socket_name(paths)
    for _ in range(20):
        reply = send(name, request)
        if reply is not None or not _starting(paths):
            return reply
        time.sleep(0.25)
    return None


def _starting(paths: Paths) -> bool:
    lock = QLockFile(str(paths.lock_file))
    if lock.tryLock(0):  # no app holds it
        lock.unlock()
        return False
    return True


def send(name: str, request: Request, timeout_ms: int = 3000) -> Reply | None:
    """Send one request and wait for the reply; None when no app is listening."""
    peer = QLocalSocket()
    peer.connectToServer(name)
    if not peer.waitForConnected(timeout_ms):
        return None
    peer.write((json.dumps(request) + "\n").encode())
    peer.waitForBytesWritten(timeout_ms)
    data = b""
    while not data.endswith(b"\n"):
        if not peer.waitForReadyRead(timeout_ms):
            break
        data += bytes(peer.readAll().data())
    peer.disconnectFromServer()
    if not data.endswith(b"\n"):
        return None
    reply = json.loads(data)
    return reply if isinstance(reply, dict) else None
