"""The local, user-only command channel between `calf-coach ...` and the running app.

One JSON object per line each way. On Linux and macOS a Unix socket (0600) in
the 0700 runtime folder; on Windows a named pipe that Qt restricts to the user
(UserAccessOption).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier

from coach.core.paths import Paths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

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
        self._channel: _UnixChannel | _PipeChannel | None = None

    def listen(self) -> bool:
        channel = _PipeChannel(self) if os.name == "nt" else _UnixChannel(self)
        if not channel.listen(self._name, self.answer):
            return False
        self._channel = channel
        return True

    def close(self) -> None:
        if self._channel is not None:
            self._channel.close()
            self._channel = None

    def answer(self, line: bytes) -> bytes:
        try:
            request = json.loads(line.decode("utf-8", "replace"))
            if not isinstance(request, dict):
                raise ValueError("a request is a JSON object")
            reply = self._handler(request)
        except (ValueError, KeyError, TypeError) as exc:
            reply = {"ok": False, "error": str(exc)}
        return (json.dumps(reply) + "\n").encode()


Answer = Callable[[bytes], bytes]


class _UnixChannel(QObject):
    """Linux and macOS: a Unix socket in the 0700 runtime folder, itself 0600, watched by
    Qt's event loop (Python's socket module: QtNetwork would cost 3 MB for it)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._listener: socket.socket | None = None
        self._watch: QSocketNotifier | None = None
        self._peers: dict[socket.socket, tuple[QSocketNotifier, bytearray]] = {}
        self._answer: Answer = lambda line: b""

    def listen(self, path: str, answer: Answer) -> bool:
        self._answer = answer
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            Path(path).unlink(missing_ok=True)  # left by a crash: the lock says none runs
            listener.bind(path)
            Path(path).chmod(0o600)
            listener.listen(8)
        except OSError as exc:
            log.error("cannot listen on %s: %s", path, exc)
            listener.close()
            return False
        listener.setblocking(False)
        self._listener = listener
        self._watch = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._accept)
        return True

    def close(self) -> None:
        for peer in list(self._peers):
            self._drop(peer)
        if self._watch is not None:
            self._watch.setEnabled(False)
        if self._listener is not None:
            path = self._listener.getsockname()
            self._listener.close()
            with contextlib.suppress(OSError):
                Path(path).unlink()
        self._listener = self._watch = None

    def _accept(self) -> None:
        while self._listener is not None:
            try:
                peer, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            peer.setblocking(False)
            watch = QSocketNotifier(peer.fileno(), QSocketNotifier.Type.Read, self)
            watch.activated.connect(lambda *_, peer=peer: self._read(peer))
            self._peers[peer] = (watch, bytearray())

    def _read(self, peer: socket.socket) -> None:
        _, pending = self._peers[peer]
        try:
            data = peer.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the other end is done
            self._drop(peer)
            return
        pending += data
        while (end := pending.find(b"\n")) >= 0:
            line = bytes(pending[:end])
            del pending[: end + 1]
            try:
                peer.settimeout(2.0)  # a reply is small; a stuck reader must not hang the app
                peer.sendall(self._answer(line))
                peer.setblocking(False)
            except OSError:
                self._drop(peer)
                return

    def _drop(self, peer: socket.socket) -> None:
        watch, _ = self._peers.pop(peer)
        watch.setEnabled(False)
        watch.deleteLater()
        peer.close()


class _PipeChannel(QObject):
    """Windows: a named pipe, through QtNetwork's QLocalServer (user access only)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._answer: Answer = lambda line: b""

    def listen(self, name: str, answer: Answer) -> bool:
        from PySide6.QtNetwork import QLocalServer

        self._answer = answer
        QLocalServer.removeServer(name)
        if not self.server.listen(name):
            log.error("cannot listen on %s: %s", name, self.server.errorString())
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
            peer.write(self._answer(bytes(peer.readLine().data()).rstrip(b"\n")))
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
    line = (json.dumps(request) + "\n").encode()
    exchange = _pipe_exchange if os.name == "nt" else _unix_exchange
    data = exchange(name, line, timeout_ms)
    if not data.endswith(b"\n"):
        return None
    reply = json.loads(data)
    return reply if isinstance(reply, dict) else None


def _unix_exchange(path: str, line: bytes, timeout_ms: int) -> bytes:
    data = b""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
        peer.settimeout(timeout_ms / 1000)
        try:
            peer.connect(path)
            peer.sendall(line)
            while not data.endswith(b"\n"):
                chunk = peer.recv(65536)
                if not chunk:
                    break
                data += chunk
        except OSError:  # no app, or one that did not answer in time
            return b""
    return data


def _pipe_exchange(name: str, line: bytes, timeout_ms: int) -> bytes:
    from PySide6.QtNetwork import QLocalSocket

    peer = QLocalSocket()
    peer.connectToServer(name)
    if not peer.waitForConnected(timeout_ms):
        return b""
    peer.write(line)
    peer.waitForBytesWritten(timeout_ms)
    data = b""
    while not data.endswith(b"\n"):
        if not peer.waitForReadyRead(timeout_ms):
            break
        data += bytes(peer.readAll().data())
    peer.disconnectFromServer()
    return data
