"""The local, user-only command channel between `calf-coach ...` and the running app.

One JSON object per line each way. On Linux and macOS a Unix socket (0600) in
the 0700 runtime folder; on Windows a named pipe that Qt restricts to the user
(UserAccessOption).

Neither end waits on the other without a bound: a command gives the app `timeout_ms`
for the whole exchange (connecting, sending, the reply), and the app lets go of a
peer still connected after `PEER_SECONDS`, whether or not it said anything.
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

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier, QTimer

from coach.core.system.paths import Paths

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
        channel = (_PipeChannel if os.name == "nt" else _UnixChannel)(self.answer, self)
        if not channel.listen(self._name):
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
MOST_BYTES = 65536
"""The longest request line a peer may send."""
PEER_SECONDS = 5.0
"""How long a peer may stay connected: a request and its reply take milliseconds, so one
still there (a stuck client, one that never sends a whole line) is let go, and its file
descriptor with it."""


class _UnixChannel(QObject):
    """Linux and macOS: a Unix socket in the 0700 runtime folder, itself 0600, watched by
    Qt's event loop (Python's socket module: QtNetwork would cost 3 MB for it)."""

    def __init__(self, answer: Answer, parent: QObject) -> None:
        super().__init__(parent)
        self._answer = answer
        self._listener: socket.socket | None = None
        self._watch: QSocketNotifier | None = None
        self._peers: dict[socket.socket, tuple[QSocketNotifier, bytearray]] = {}

    def listen(self, path: str) -> bool:
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
            except OSError as exc:  # out of file descriptors, a peer gone at once
                log.warning("cannot accept a command: %s", exc)
                return
            peer.setblocking(False)
            watch = QSocketNotifier(peer.fileno(), QSocketNotifier.Type.Read, self)
            watch.activated.connect(lambda *_, peer=peer: self._read(peer))
            self._peers[peer] = (watch, bytearray())
            QTimer.singleShot(round(PEER_SECONDS * 1000), self, lambda peer=peer: self._drop(peer))

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
        if len(pending) > MOST_BYTES and b"\n" not in pending:
            self._drop(peer)  # no request is this long
            return
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
        if peer not in self._peers:  # already let go
            return
        watch, _ = self._peers.pop(peer)
        watch.setEnabled(False)
        watch.deleteLater()
        peer.close()


class _PipeChannel(QObject):
    """Windows: a named pipe, through QtNetwork's QLocalServer (user access only)."""

    def __init__(self, answer: Answer, parent: QObject) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._answer = answer
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self, name: str) -> bool:
        from PySide6.QtNetwork import QLocalServer

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
            QTimer.singleShot(round(PEER_SECONDS * 1000), peer, peer.abort)  # if still there

    def _read(self, peer: QLocalSocket) -> None:
        while peer.canReadLine():
            peer.write(self._answer(bytes(peer.readLine().data()).rstrip(b"\n")))
            peer.flush()


def send_to_app(paths: Paths, request: Request) -> Reply | None:
    """Send one request to the app of `paths`; None when none runs. An app still loading
    (its lock taken, its socket not listening yet: a few tenths of a second after its tray
    icon is up) is waited for, up to 5 s. A request is sent again only when it could not
    be delivered at all, never after the app may have read it."""
    name = socket_name(paths)
    line = _line(request)
    deadline = time.monotonic() + 5
    while (data := _exchange(name, line, 3000)) is None:
        if time.monotonic() >= deadline or not _starting(paths):
            return None
        time.sleep(0.25)
    return _reply(data)


def _starting(paths: Paths) -> bool:
    """Whether an app holds the lock of `paths`."""
    return lock_holder(paths) is not None


def lock_holder(paths: Paths) -> int | None:
    """The process that holds the lock of `paths`, read from the lock file without taking
    it (taking it, even for a moment, could turn away an app that is starting); None when
    none does. A lock left by a crash, whose process number another program has since
    been given, is no one's: Qt takes it over, by the same test."""
    pid, _host, app = QLockFile(str(paths.lock_file)).getLockInfo()
    if pid <= 0:  # no lock file
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None  # left by a crash
    except PermissionError:
        return pid
    try:
        program = Path(f"/proc/{pid}/exe").readlink().name
    except OSError:  # not Linux, or not ours to read: as Qt, take it as the app
        return pid
    return pid if not app or program == app else None


def send(name: str, request: Request, timeout_ms: int = 3000) -> Reply | None:
    """Send one request and wait for the reply; None when no app is listening."""
    data = _exchange(name, _line(request), timeout_ms)
    return None if data is None else _reply(data)


def _line(request: Request) -> bytes:
    return (json.dumps(request) + "\n").encode()


def _reply(data: bytes) -> Reply | None:
    if not data.endswith(b"\n"):
        return None  # the app did not answer in time, or went away
    reply = json.loads(data)
    return reply if isinstance(reply, dict) else None


def _exchange(name: str, line: bytes, timeout_ms: int) -> bytes | None:
    """What the app answered (b"" or a part when it did not); None when nothing listens."""
    exchange = _pipe_exchange if os.name == "nt" else _unix_exchange
    return exchange(name, line, timeout_ms)


def _unix_exchange(path: str, line: bytes, timeout_ms: int) -> bytes | None:
    data = b""
    deadline = time.monotonic() + timeout_ms / 1000
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
        peer.settimeout(timeout_ms / 1000)
        try:
            peer.connect(path)
        except OSError:  # no socket, or one left by a crash
            return None
        try:
            peer.sendall(line)
            while not data.endswith(b"\n"):
                peer.settimeout(max(deadline - time.monotonic(), 0.001))  # an app that dawdles
                chunk = peer.recv(65536)
                if not chunk:
                    break
                data += chunk
        except OSError:  # an app that did not answer in time
            pass
    return data


def _pipe_exchange(name: str, line: bytes, timeout_ms: int) -> bytes | None:
    from PySide6.QtNetwork import QLocalSocket

    peer = QLocalSocket()
    deadline = time.monotonic() + timeout_ms / 1000

    def left() -> int:
        return max(round((deadline - time.monotonic()) * 1000), 1)

    peer.connectToServer(name)
    if not peer.waitForConnected(left()):
        return None
    peer.write(line)
    peer.waitForBytesWritten(left())
    data = b""
    while not data.endswith(b"\n"):
        if time.monotonic() >= deadline or not peer.waitForReadyRead(left()):
            break
        data += bytes(peer.readAll().data())
    peer.disconnectFromServer()
    return data
