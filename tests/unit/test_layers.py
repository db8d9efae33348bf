"""Guard rails for the shape of the code: core never reads the clock, imports point one way
(core <- app <- cli), each folder imports only the folders its docstring names (FOLDERS),
no module imports itself round a circle (lazy and type-only imports count), and every
folder is small and says what it holds."""

from __future__ import annotations

import ast
import re
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


CORE = "coach.core"
CORE_ALL = (
    "coach.core",
    "coach.core.settings",
    "coach.core.system",
    "coach.core.history",
    "coach.core.routines",
    "coach.core.plan",
    "coach.core.insights",
)
APP_BASE = ("coach.app.style", "coach.app.desktop")
APP_FEATURES = (
    "coach.app.history",
    "coach.app.routines",
    "coach.app.settings",
    "coach.app.reminders",
)
FOLDERS: dict[str, tuple[str, ...]] = {
    "coach.core": (),
    "coach.core.settings": (CORE,),
    "coach.core.system": (CORE,),
    "coach.core.history": (CORE,),
    "coach.core.routines": (CORE, "coach.core.settings"),
    "coach.core.plan": (CORE, "coach.core.settings", "coach.core.history"),
    "coach.core.insights": (
        CORE,
        "coach.core.settings",
        "coach.core.history",
        "coach.core.routines",
    ),
    "coach.app.style": CORE_ALL,
    "coach.app.desktop": CORE_ALL,
    **{feature: (*CORE_ALL, *APP_BASE) for feature in APP_FEATURES},
    "coach.app.home": (*CORE_ALL, *APP_BASE, *APP_FEATURES),
    "coach.app": (*CORE_ALL, *APP_BASE, *APP_FEATURES, "coach.app.home"),
    "coach": (*CORE_ALL, *APP_BASE, *APP_FEATURES, "coach.app.home", "coach.app"),
}
"""Each folder (package) and the folders it may import besides itself; the rules each
folder's docstring states. `coach` itself (the app's name and version) is open to all."""
MOST_MODULES = 12


def folder_of(module: str) -> str:
    """The package a module sits in (a package's __init__ sits in the package itself)."""
    return module if module in FOLDERS else module.rsplit(".", 1)[0]


def everything() -> dict[str, ast.Module]:
    return dict(modules(PACKAGE))


def test_every_folder_has_rules_a_docstring_and_few_modules() -> None:
    folders = {path.parent for path in PACKAGE.rglob("*.py")}
    for folder in folders:
        name = ".".join(folder.relative_to(PACKAGE.parent).parts)
        assert name in FOLDERS, f"{name}: a folder with no import rules in FOLDERS"
        docstring = ast.get_docstring(ast.parse((folder / "__init__.py").read_text()))
        assert docstring and "import" in docstring, f"{name}: say its job and what it may import"
        count = len([p for p in folder.glob("*.py") if p.name != "__init__.py"])
        assert count <= MOST_MODULES, f"{name}: {count} modules; split it by job"
    assert set(FOLDERS) == {".".join(f.relative_to(PACKAGE.parent).parts) for f in folders}


def test_each_folder_imports_only_what_its_rules_allow() -> None:
    found = everything()
    wrong = {}
    for name, tree in found.items():
        here = folder_of(name)
        allowed = {here, *FOLDERS[here]}
        targets = {i for i in imports(name, tree) if i in found and i != "coach"}
        bad = sorted(t for t in targets if folder_of(t) not in allowed)
        if bad:
            wrong[name] = bad
    assert found.keys() >= {"coach.app.coach_app", "coach.core.plan.agenda"}
    assert wrong == {}


def test_the_folder_rules_point_one_way() -> None:
    graph = {folder: set(allowed) for folder, allowed in FOLDERS.items()}
    assert cycle(graph) is None


def import_graph() -> dict[str, set[str]]:
    """Each module of coach and the modules of coach it imports, in any way."""
    found = everything()
    return {
        name: {i for i in imports(name, tree) if i in found} - {name}
        for name, tree in found.items()
    }


def test_no_import_cycle_anywhere() -> None:
    graph = import_graph()
    assert graph.get("coach.app.coach_app")
    assert cycle(graph) is None


LONGEST_CLASS = 250


def test_no_class_does_several_jobs() -> None:
    """A class over LONGEST_CLASS lines is doing more than one job: split it by job."""
    long = {
        f"{name}.{node.name}": node.end_lineno - node.lineno + 1
        for name, tree in everything().items()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.end_lineno is not None
        if node.end_lineno - node.lineno + 1 > LONGEST_CLASS
    }
    assert long == {}


REPO = PACKAGE.parent


def test_nothing_cites_a_file_outside_the_repository() -> None:
    """Every fact the code, tests and README rely on lives in the repository."""
    files = [REPO / "README.md", REPO / "pyproject.toml", *REPO.joinpath(".ci").iterdir()]
    files += [*PACKAGE.rglob("*.py"), *(REPO / "tests").rglob("*.py")]
    outside = re.compile(r"\.\./(shared|[\w-]+/[\w-]+\.md)|\b(DESIGN|CONTENT)\.md\b")
    citing = {
        str(path.relative_to(REPO)): found.group(0)
        for path in files
        if path.is_file() and path != Path(__file__)
        if (found := outside.search(path.read_text(encoding="utf-8")))
    }
    assert citing == {}


ACROSS_MODULES = {
    "a_new_kind": "a made-up reminder kind reaches every window, file and command",
    "accessibility": "names and roles a screen reader reads, in every window",
    "accessible_safety": "safety text and History as a screen reader and the keyboard meet them",
    "attention_app": "the app holding reminders while the person is away",
    "binding": "the installed PySide6 does not crash a long-running app",
    "bundle_recipe": "the release bundle carries what the app imports (assets/packaging)",
    "core_has_no_qt": "importing all of coach.core loads no Qt",
    "cramp_now_first": "cramp-now over whatever else is on screen",
    "dst_nights": "reminders across daylight-saving changes",
    "figures_in_two_languages": "figures and plurals in English and Russian",
    "layers": "the shape of the code (this file)",
    "layout": "every window at every size, theme and language",
    "readme": "every sentence of the README a test can check",
    "window_names": "one name per window wherever it is opened, in both languages",
    "packaging": "the wheel and its assets",
    "remove_desktop": "what remove-desktop takes away and keeps, on each system",
    "safety_content": "the safety messages the app must show",
    "safety_screens": "the safety messages in the windows",
    "small_things": "small behaviours of several windows",
    "translations": "the translation catalogue",
}
"""The tests named for a behaviour that spans modules; every other test file is named
tests/unit/test_<module>[_<aspect>].py or tests/qt/test_<module>[_<aspect>].py."""


def test_a_module_s_tests_are_found_by_its_name() -> None:
    names = {path.stem for path in PACKAGE.rglob("*.py")} - {"__init__"}
    tests = [*REPO.joinpath("tests", "unit").glob("test_*.py")]
    tests += REPO.joinpath("tests", "qt").glob("test_*.py")
    unnamed = sorted(
        str(path.relative_to(REPO))
        for path in tests
        if (topic := path.stem.removeprefix("test_")) not in ACROSS_MODULES
        if not any(topic == name or topic.startswith(f"{name}_") for name in names)
    )
    assert len(tests) > 40
    assert unnamed == []
