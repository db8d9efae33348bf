"""Structure figures: modules per folder, import circles (lazy and type-only imports
counted), the largest classes in coach/, the most complex functions, and how many files
know each reminder kind by name.

Run: `.venv/bin/python tests/bench/structure.py` (complexity needs `pip install radon`).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from coach.core.settings.kinds import all_kinds  # noqa: E402
from tests.unit.test_layers import cycle, import_graph  # noqa: E402


def largest_classes(folder: Path, count: int) -> list[tuple[int, int, str]]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                assert node.end_lineno is not None
                methods = sum(isinstance(m, ast.FunctionDef) for m in node.body)
                lines = node.end_lineno - node.lineno + 1
                found.append((lines, methods, f"{path.relative_to(ROOT)}:{node.name}"))
    return sorted(found, reverse=True)[:count]


def most_complex(folder: Path, count: int) -> list[tuple[int, str]] | None:
    try:
        from radon.complexity import cc_visit  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return None
    found = []
    for path in sorted(folder.rglob("*.py")):
        for block in cc_visit(path.read_text(encoding="utf-8")):
            found.append((block.complexity, f"{path.relative_to(ROOT)}:{block.fullname}"))
    return sorted(found, reverse=True)[:count]


def files_naming(kind: str) -> list[str]:
    """Source files outside the kinds table that spell the kind's key or constant."""
    constant = kind.upper().replace("-", "_")
    pattern = re.compile(rf"[\"']{re.escape(kind)}[\"']|\bkinds\.{constant}\b")
    return [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "coach").rglob("*.py"))
        if path.name != "kinds.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]


def modules_per_folder() -> dict[str, int]:
    folders = sorted({path.parent for path in (ROOT / "coach").rglob("*.py")})
    return {
        str(folder.relative_to(ROOT)): sum(p.name != "__init__.py" for p in folder.glob("*.py"))
        for folder in folders
    }


def main() -> None:
    print("modules per folder:")
    for folder, count in modules_per_folder().items():
        print(f"  {count:3d}  {folder}")
    circle = cycle(import_graph())
    print(f"import circles: {' -> '.join(circle) if circle else 'none'}")
    print("largest classes in coach/ (lines, methods):")
    for lines, methods, name in largest_classes(ROOT / "coach", 5):
        print(f"  {lines:4d} lines {methods:3d} methods  {name}")
    complex_ = most_complex(ROOT / "coach", 5)
    if complex_ is None:
        print("cyclomatic complexity: install radon to see it")
    else:
        print("most complex functions in coach/ (radon cc):")
        for score, name in complex_:
            print(f"  {score:4d}  {name}")
    print("files besides core/kinds.py that name a reminder kind:")
    for kind in all_kinds():
        named = files_naming(kind)
        print(f"  {kind:<10} {len(named)}  {' '.join(named)}")


if __name__ == "__main__":
    main()
