"""The command channel between `calf-coach ...` and the running app: requests answered
line by line, a bad request answered with its error, a peer that sends too much or goes
away dropped without harm, a place it cannot listen refused. (Windows' named pipe, through
QLocalServer, is not tested here: on Linux QLocalServer is a Unix socket and behaves
otherwise.)"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from coach.app.desktop import command_socket
from coach.app.desktop.command_socket import MOST_BYTES, CommandServer


def echo(request: dict[str, Any]) -> dict[str, Any]:
    if request.get("command") == "boom":
        raise KeyError("boom")
    return {"ok": True, "echo": request}


def in_a_thread(qtbot: QtBot, work: Callable[[], Any]) -> Any:
    """Run a blocking client while this thread's event loop serves it."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(work()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    return result[0]


@pytest.fixture
def server(tmp_path: Path) -> Any:
    path = str(tmp_path / "calf-coach.sock")
    serving = CommandServer(path, echo)
    assert serving.listen()
    yield path
    serving.close()
    assert not Path(path).exists(), "the socket goes with the server"


def test_each_request_is_answered_and_a_bad_one_with_its_error(qtbot: QtBot, server: str) -> None:
    assert oct(Path(server).stat().st_mode & 0o777) == "0o600"
    replies = in_a_thread(
        qtbot,
        lambda: [
            command_socket.send(server, {"command": "status"}),
            command_socket.send(server, {"command": "boom"}),
        ],
    )
    assert replies[0] == {"ok": True, "echo": {"command": "status"}}
    assert replies[1] == {"ok": False, "error": "'boom'"}
    lines = in_a_thread(qtbot, lambda: raw_exchange(server, b'[1, 2]\n{"command"\n'))
    assert [line["ok"] for line in lines] == [False, False]
    assert "a request is a JSON object" in lines[0]["error"]


def raw_exchange(path: str, data: bytes) -> list[dict[str, Any]]:
    """Send raw bytes; the JSON lines that come back until two have come."""
    import json

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
        peer.settimeout(5)
        peer.connect(path)
        peer.sendall(data)
        got = b""
        while got.count(b"\n") < 2:
            chunk = peer.recv(65536)
            if not chunk:
                break
            got += chunk
    return [json.loads(line) for line in got.splitlines()]


def test_a_peer_that_sends_too_much_is_dropped_and_the_next_is_answered(
    qtbot: QtBot, server: str
) -> None:
    def flood() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
            peer.settimeout(5)
            peer.connect(server)
            try:
                peer.sendall(b"x" * (MOST_BYTES + 10))
                return peer.recv(10)
            except OSError:  # the app may close it while we still write
                return b""

    assert in_a_thread(qtbot, flood) == b"", "no reply, the line is dropped"
    reply = in_a_thread(qtbot, lambda: command_socket.send(server, {"command": "after"}))
    assert reply == {"ok": True, "echo": {"command": "after"}}


def test_a_peer_that_goes_away_without_a_word_is_let_go(qtbot: QtBot, server: str) -> None:
    def leave() -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
            peer.connect(server)

    in_a_thread(qtbot, leave)
    reply = in_a_thread(qtbot, lambda: command_socket.send(server, {"command": "still"}))
    assert reply == {"ok": True, "echo": {"command": "still"}}


def test_a_socket_left_by_a_crash_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "calf-coach.sock"
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(str(path))
    left.close()  # the file stays, nobody listens
    assert command_socket.send(str(path), {"command": "status"}) is None
    serving = CommandServer(str(path), echo)
    assert serving.listen()
    try:
        reply = in_a_thread(qtbot, lambda: command_socket.send(str(path), {"command": "x"}))
        assert reply == {"ok": True, "echo": {"command": "x"}}
    finally:
        serving.close()


def test_a_place_it_cannot_listen_is_told_and_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    serving = CommandServer(str(tmp_path / "no-such-folder" / "calf-coach.sock"), echo)
    with caplog.at_level(logging.ERROR, "coach.app.desktop.command_socket"):
        assert serving.listen() is False
    assert "cannot listen on" in caplog.text
    serving.close()  # harmless when it never listened


def test_nothing_listening_is_no_reply(tmp_path: Path) -> None:
    assert command_socket.send(str(tmp_path / "none.sock"), {"command": "status"}) is None


def test_a_peer_that_never_finishes_its_request_is_let_go(
    qtbot: QtBot, server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stuck client (half a line, then nothing) does not keep its connection, nor a file
    descriptor of the app, for longer than PEER_SECONDS."""
    monkeypatch.setattr(command_socket, "PEER_SECONDS", 0.2)

    def stall() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
            peer.settimeout(20)  # far beyond the app's bound
            peer.connect(server)
            peer.sendall(b'{"command": "sta')
            return peer.recv(10)

    assert in_a_thread(qtbot, stall) == b"", "the app closed it, unanswered"
    reply = in_a_thread(qtbot, lambda: command_socket.send(server, {"command": "next"}))
    assert reply == {"ok": True, "echo": {"command": "next"}}


@pytest.mark.parametrize("says", [b"", b"{"], ids=["nothing", "a byte at a time"])
def test_a_command_gives_up_on_an_app_that_does_not_answer(tmp_path: Path, says: bytes) -> None:
    """An app that takes the request and then says nothing, or dribbles a reply that never
    ends, is given up on: the whole exchange has one bound, not each read."""
    path = tmp_path / "stuck.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(1)
    stop = threading.Event()

    def stuck_app() -> None:
        peer, _ = listener.accept()
        # The command giving up closes its end: a dribble after that finds no one.
        with peer, contextlib.suppress(BrokenPipeError, ConnectionResetError):
            while not stop.wait(0.05):
                if says:
                    peer.sendall(says)

    app = threading.Thread(target=stuck_app, daemon=True)
    app.start()
    replies: list[Any] = []
    client = threading.Thread(
        target=lambda: replies.append(command_socket.send(str(path), {"x": 1}, timeout_ms=300)),
        daemon=True,
    )
    client.start()
    client.join(20)  # far beyond its bound
    stop.set()
    app.join(5)
    listener.close()
    assert not client.is_alive(), "the command waited without end"
    assert replies == [None]
