"""The catalogue covers the code, every shipped language is complete, and the
compiled .qm is the one the .ts makes (run `python -m tests.catalogue` after
changing a text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.core.i18n import SHIPPED_LANGUAGES
from coach.core.system.autostart import DESKTOP_ACTIONS
from tests.catalogue import (
    LANGUAGES,
    Key,
    Translation,
    extract,
    fields,
    lrelease,
    qm_path,
    read_ts,
    ts_path,
)

CODE = extract()
TRANSLATED = [code for code in SHIPPED_LANGUAGES if code != "en"]
MNEMONIC = re.compile(r"&[^&\s]")


def _catalogue(language: str) -> dict[Key, Translation]:
    return read_ts(ts_path(language))


def test_the_code_marks_hundreds_of_texts_including_plurals() -> None:
    assert len(CODE) > 300
    assert CODE[("insights", "%n cramp(s)")].numerus
    assert CODE[("voice", "%n time(s)")].numerus  # a count bound by a match
    assert not CODE[("actions", "Cramp now")].numerus
    # A table marked where it is declared, translated where it is shown:
    assert ("reminders", "Bedtime calf stretches") in CODE
    assert ("settings", "When you usually go to bed.") in CODE


def test_every_shipped_language_has_its_catalogue() -> None:
    assert set(TRANSLATED) == set(LANGUAGES)
    for language in TRANSLATED:
        assert ts_path(language).is_file()
        assert qm_path(language).is_file()


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_in_the_code_is_translated(language: str) -> None:
    catalogue = _catalogue(language)
    missing = [f"{k} ({CODE[k].places[0]})" for k in CODE if k not in catalogue]
    unfinished = [
        f"{k} ({CODE[k].places[0]})"
        for k in CODE
        if k in catalogue and (not catalogue[k].finished or not all(catalogue[k].forms))
    ]
    assert missing == [], "texts the catalogue lacks: run `python -m tests.catalogue`"
    assert unfinished == [], "texts without a finished translation"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_catalogue_holds_nothing_the_code_no_longer_says(language: str) -> None:
    stale = [k for k in _catalogue(language) if k not in CODE]
    assert stale == [], "run `python -m tests.catalogue` to drop them"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_fields_plurals_and_shortcut_keys(language: str) -> None:
    _, plurals = LANGUAGES[language]
    wrong = []
    for key, translation in _catalogue(language).items():
        _, source = key
        message = CODE.get(key)
        if message is None:
            continue
        if message.numerus and len(translation.forms) != plurals:
            wrong.append(f"{key}: {len(translation.forms)} plural forms, not {plurals}")
        for form in translation.forms:
            if fields(form) != fields(source):
                wrong.append(f"{key}: fields {fields(form)} instead of {fields(source)}")
            if "%n" in source and not message.numerus and "%n" not in form:
                wrong.append(f"{key}: lost %n")
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(form)):
                wrong.append(f"{key}: the & shortcut key is lost or added")
            if source.startswith(" ") != form.startswith(" "):
                wrong.append(f"{key}: leading space differs")
    assert wrong == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_shipped_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    lrelease(ts_path(language), fresh)
    assert fresh.read_bytes() == qm_path(language).read_bytes(), (
        "the .qm is stale: run `python -m tests.catalogue`"
    )


def test_the_extractor_finds_plurals_marks_and_skips_translated_variables(tmp_path: Path) -> None:
    package = tmp_path / "coach"
    package.mkdir()
    (package / "sample.py").write_text(
        "from coach.core.i18n import QT_TRANSLATE_NOOP, translate\n"
        'TABLE = {"a": QT_TRANSLATE_NOOP("ctx", "Declared")}\n'
        "def f(step, key):\n"
        '    translate("ctx", TABLE[key])\n'
        '    translate("ctx", "Joined " "text {name}")\n'
        '    return translate("ctx", "%n step(s)", None, step.count)\n',
        encoding="utf-8",
    )
    found = extract(package)
    assert set(found) == {("ctx", "Declared"), ("ctx", "Joined text {name}"), ("ctx", "%n step(s)")}
    assert found[("ctx", "%n step(s)")].numerus
    assert found[("ctx", "Declared")].places == ["coach/sample.py:2"]
    assert fields("At {time:%H}, {n} of {count}") == ["count", "n", "time"]


def test_the_launchers_actions_are_named_as_in_the_tray_menu() -> None:
    """The launcher's file holds its Russian names itself (a desktop reads them there): they
    are the tray menu's own translations, so the two never read differently."""
    russian = _catalogue("ru")
    for _, name, name_ru, _ in DESKTOP_ACTIONS:
        menu = ("actions", name) if ("actions", name) in CODE else ("actions", f"{name}…")
        assert menu in CODE, f"the tray menu has no {name!r}"
        assert russian[menu].forms == [name_ru + ("…" if menu[1].endswith("…") else "")]
