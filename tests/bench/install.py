"""What the README's quick start costs: a fresh virtual environment with this checkout
installed as the app command installs it (`pip install .`), measured.

Prints the environment's size on disk, its site-packages, PySide6's share and the part
of that which is QtWebEngine (which the app never loads, but no PySide6 wheel of this
series leaves out), and how long the install took.

Run: `.venv/bin/python tests/bench/install.py` (one to three minutes; pip downloads what
its cache lacks from the package registry).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.idle import folder_mb

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        venv = Path(scratch) / ".venv-app"
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, str(ROOT)], check=True)
        taken = time.monotonic() - started
        site = next(venv.glob("lib/python3*/site-packages"))
        pyside = sum(folder_mb(p) for p in site.glob("PySide6*") if p.is_dir())
        pyside += sum(folder_mb(p) for p in site.glob("shiboken6*") if p.is_dir())
        webengine = sum(
            p.stat().st_size for p in site.glob("PySide6/**/*WebEngine*") if p.is_file()
        )
        print(f"python {sys.version.split()[0]}, fresh `pip install .` of {ROOT}")
        print(f"  environment           {folder_mb(venv):7.0f} MB")
        print(f"  site-packages         {folder_mb(site):7.0f} MB")
        print(f"  PySide6 and shiboken6 {pyside:7.0f} MB")
        print(f"  of which QtWebEngine  {webengine / 1e6:7.0f} MB")
        print(f"  install took          {taken:7.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
