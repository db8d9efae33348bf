"""The bundle's recipe agrees with the app: every Qt module the app imports is carried,
the build's own checks read what they should, and the AppStream data matches the
project (its version, its address, its screenshots). Building takes minutes and is
done by tests/e2e/test_package.py; these checks take milliseconds."""

from __future__ import annotations

import ast
import importlib.util
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import coach

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "assets" / "packaging"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = _load("contents")
build = _load("build")


def _qt_modules_imported_by_the_app() -> set[str]:
    found: set[str] = set()
    for source in (ROOT / "coach").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(), str(source))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found |= {n.split(".")[1] for n in names if n.startswith("PySide6.Qt")}
    return found


def test_every_qt_module_the_app_imports_is_in_the_bundle_and_no_other() -> None:
    assert _qt_modules_imported_by_the_app() == set(contents.QT_MODULES)


def test_the_build_stops_on_an_app_import_of_a_left_out_module() -> None:
    warnings = (
        "excluded module named PySide6.QtDBus - imported by PySide6.QtGui (top-level)\n"
        "missing module named winreg - imported by coach.core.system.autostart (delayed)\n"
        "excluded module named PySide6.QtPdf - imported by coach.app.history.pdf (delayed), "
        "PySide6.QtPdfWidgets (top-level)\n"
    )
    found = build.left_out_imports(warnings)
    assert found == [
        "PySide6.QtPdf (imported by coach.app.history.pdf (delayed), "
        "PySide6.QtPdfWidgets (top-level))"
    ]


def test_the_bundle_keeps_the_catalogues_the_app_loads() -> None:
    from coach.app.style.language import QT_CATALOGUE
    from coach.core.i18n import SHIPPED_LANGUAGES

    assert {f"{QT_CATALOGUE}_{lang}.qm" for lang in SHIPPED_LANGUAGES} == set(
        contents.QT_TRANSLATIONS
    )


def test_the_bundle_carries_every_asset_folder_but_the_recipe_and_screenshots() -> None:
    folders = {p.name for p in (ROOT / "assets").iterdir() if p.is_dir()}
    assert folders - set(contents.ASSET_FOLDERS) == {"packaging", "screenshots"}
    with (ROOT / "pyproject.toml").open("rb") as file:
        wheel = tomllib.load(file)["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert set(wheel["force-include"]) == {f"assets/{name}" for name in contents.ASSET_FOLDERS}


def test_the_metainfo_names_this_release_its_address_and_real_screenshots() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        homepage = tomllib.load(file)["project"]["urls"]["Homepage"]
    tree = ET.parse(PACKAGING / build.METAINFO).getroot()
    assert f"{tree.findtext('id')}.metainfo.xml" == build.METAINFO
    assert tree.findtext("launchable") == "calf-coach.desktop"
    newest = tree.find("releases/release")
    assert newest is not None and newest.get("version") == coach.__version__
    assert tree.findtext("url[@type='homepage']") == homepage
    images = [image.text or "" for image in tree.iter("image")]
    assert images
    for image in images:
        assert image.startswith(f"{homepage}/raw/main/assets/screenshots/")
        assert (ROOT / "assets" / "screenshots" / image.rsplit("/", 1)[1]).is_file()
    description = " ".join(tree.find("description").itertext())  # type: ignore[union-attr]
    assert "not medical advice" in " ".join(description.split())


def test_the_glibc_floor_reads_the_newest_symbol_version(tmp_path: Path) -> None:
    import sys

    assert build.needed_glibc(tmp_path) == (2, 0)  # nothing to read
    needed = build.needed_glibc(Path(sys.executable).resolve().parent)
    assert (2, 2) <= needed <= build._glibc_of_this_system()
