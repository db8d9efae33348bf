"""The translation catalogue: every text the code marks, and the Qt .ts/.qm files.

Why not `pyside6-lupdate`: its Python parser drops a `translate(...)` call
whose count is an expression (`len(steps)`) and never marks a message as
plural unless the count is a literal number, so Russian plurals could not be
translated. Python's own parser finds every `translate("context", "text")`
and `QT_TRANSLATE_NOOP("context", "text")` call; a call with a count is a
plural ("numerus") message. The .ts stays Qt's format (Qt Linguist opens it)
and `pyside6-lrelease` compiles it to the .qm the app loads.

    python -m tests.catalogue    # after changing texts: update the .ts, rebuild the .qm

New texts are added unfinished; texts no longer in the code are dropped.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "coach"
TRANSLATIONS = ROOT / "assets" / "translations"
LANGUAGES = {"ru": ("ru_RU", 3)}
"""Each shipped language: its Qt name and how many plural forms it has."""
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
FIELD = re.compile(r"\{(\w*)[^{}]*\}")

Key = tuple[str, str]
"""(context, source text)."""


@dataclass
class Message:
    numerus: bool = False
    places: list[str] = field(default_factory=list)


@dataclass
class Translation:
    forms: list[str]
    finished: bool


def fields(text: str) -> list[str]:
    """The `{name}` fields of a template, sorted (a translation may reorder them)."""
    return sorted(FIELD.findall(text))


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def extract(sources: Path = SOURCES) -> dict[Key, Message]:
    """Every message marked in the code under `sources`, with where it is used."""
    found: dict[Key, Message] = {}
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in MARKERS:
                continue
            args = node.args
            if len(args) < 2 or not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]
            ):
                continue  # translating a marked value: its literal is marked where declared
            context, text = (a.value for a in args[:2])  # type: ignore[attr-defined]
            message = found.setdefault((context, text), Message())
            message.numerus |= len(args) >= 4 or any(k.arg == "n" for k in node.keywords)
            message.places.append(f"{path.relative_to(sources.parent)}:{node.lineno}")
    return found


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"calf-coach_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"calf-coach_{language}.qm"


def read_ts(path: Path) -> dict[Key, Translation]:
    if not path.exists():
        return {}
    translations: dict[Key, Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            assert element is not None, f"{path}: {source!r} has no <translation>"
            forms = [f.text or "" for f in element.iter("numerusform")] or [element.text or ""]
            finished = element.get("type") not in ("unfinished", "vanished", "obsolete")
            translations[(name, source)] = Translation(forms, finished)
    return translations


def write_ts(
    path: Path,
    language: str,
    messages: dict[Key, Message],
    translations: dict[Key, Translation],
) -> None:
    """The .ts for `messages`, keeping the translations already made."""
    qt_name, plurals = LANGUAGES[language]
    root = ET.Element("TS", version="2.1", language=qt_name, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for (context, text), message in sorted(messages.items()):
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        element = ET.SubElement(contexts[context], "message")
        if message.numerus:
            element.set("numerus", "yes")
        ET.SubElement(element, "source").text = text
        old = translations.get((context, text))
        translation = ET.SubElement(element, "translation")
        if old is None or not old.finished:
            translation.set("type", "unfinished")
        forms = old.forms if old else [""]
        if message.numerus:
            forms = (forms + [forms[-1]] * plurals)[:plurals]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(root, "    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    """Compile with Qt's own tool, shipped in the PySide6 wheel."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    program = str(tool) if tool.exists() else "pyside6-lrelease"
    subprocess.run([program, "-silent", str(ts), "-qm", str(qm)], check=True)


def update() -> None:
    messages = extract()
    for language in LANGUAGES:
        path = ts_path(language)
        translations = read_ts(path)
        write_ts(path, language, messages, translations)
        unfinished = [k for k in messages if not read_ts(path)[k].finished]
        lrelease(path, qm_path(language))
        print(f"{path.name}: {len(messages)} messages, {len(unfinished)} unfinished")


if __name__ == "__main__":
    update()
