"""Guard rails for the shape of the code: core never reads the clock, imports point one way
(core <- app <- cli), and the app's modules import one another without a cycle."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "coach"
CLOCK_READS = {
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("date", "today"),
    ("dt", "now"),
    ("time", "time"),
    ("time", "monotonic"),
    ("time", "perf_counter"),
}
"""(object, method) calls that read the clock; also any call of a bare `now`, `today`,
`monotonic` or `time` name."""


def modules(folder: Path) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, ast.parse(path.read_text(encoding="utf-8"), str(path))


def clock_reads(tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute):
            owner = func.value
            owner_name = (
                owner.attr
                if isinstance(owner, ast.Attribute)
                else owner.id
                if isinstance(owner, ast.Name)
                else ""
            )
            if (owner_name, func.attr) in CLOCK_READS:
                found.append(f"{owner_name}.{func.attr}() at line {node.lineno}")
        elif isinstance(func, ast.Name) and func.id in {"now", "today", "monotonic", "time"}:
            found.append(f"{func.id}() at line {node.lineno}")
    return found


def imports(module: str, tree: ast.Module) -> set[str]:
    """Every coach module this one imports, at the top, in a function or for types."""
    found: set[str] = set()
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("coach")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], base]
                )
            if base.startswith("coach"):
                found.add(base)
                found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def test_the_scan_finds_a_clock_read() -> None:
    tree = ast.parse("import datetime as dt\nx = dt.datetime.now()\ny = time.monotonic()\n")
    assert clock_reads(tree) == ["datetime.now() at line 2", "time.monotonic() at line 3"]


def test_core_never_reads_the_clock() -> None:
    reads = {name: clock_reads(tree) for name, tree in modules(PACKAGE / "core")}
    assert {name: found for name, found in reads.items() if found} == {}


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [("core", ("coach.app", "coach.cli")), ("app", ("coach.cli",))],
)
def test_imports_point_one_way(folder: str, forbidden: tuple[str, ...]) -> None:
    wrong = {
        name: sorted(i for i in imports(name, tree) if i.startswith(forbidden))
        for name, tree in modules(PACKAGE / folder)
    }
    assert {name: found for name, found in wrong.items() if found} == {}


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle in `graph`, as the modules around it, or None."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for following in sorted(graph.get(node, ())):
            if state.get(following) == 1:
                return [*path[path.index(following) :], following]
            if following not in state and (found := visit(following)):
                return found
        state[node] = 2
        path.pop()
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_cycle_finder_finds_one() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_inside_the_app() -> None:
    app = dict(modules(PACKAGE / "app"))
    graph = {
        name: {i for i in imports(name, tree) if i in app} - {name} for name, tree in app.items()
    }
    assert graph.get("coach.app.coach_app")
    assert cycle(graph) is None
