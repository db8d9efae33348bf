"""The app opens no network connection: every socket it creates during a start, a reminder
and a quit is a local one (strace sees them all, Qt's and D-Bus's included)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, missing_tools, wait_for

NEEDED = [*missing_tools(), *(["strace"] if shutil.which("strace") is None else [])]
pytestmark = pytest.mark.skipif(bool(NEEDED), reason=f"needs {', '.join(NEEDED)}")


def _traceable() -> bool:
    done = subprocess.run(["strace", "-qq", "-e", "trace=none", "true"], capture_output=True)
    return done.returncode == 0


def test_no_network_socket_during_start_reminder_and_quit(desktop: Desktop, tmp_path: Path) -> None:
    if not _traceable():
        pytest.skip("strace may not trace processes here (ptrace is not allowed)")
    home = tmp_path / "home"
    trace = tmp_path / "sockets.trace"
    app = desktop.start_app(
        home, under=("strace", "-f", "-qq", "-e", "trace=socket", "-o", str(trace))
    )
    wait_for(lambda: desktop.status(home)["running"], 30, "the app")
    assert desktop.calf_coach(home, "remind", "fluids").returncode == 0
    wait_for(lambda: desktop.status(home)["card"]["kind"] == "fluids", 10, "the card")
    assert desktop.calf_coach(home, "quit").returncode == 0
    app.wait(timeout=30)
    calls = [line for line in trace.read_text().splitlines() if "socket(" in line]
    families = sorted(set(re.findall(r"socket\((AF_\w+)", "\n".join(calls))))
    assert calls and "AF_UNIX" in families, "the trace saw no socket at all: it proves nothing"
    assert [f for f in families if f in ("AF_INET", "AF_INET6")] == [], calls
    print(f"\n{len(calls)} sockets opened, families: {', '.join(families)}")
