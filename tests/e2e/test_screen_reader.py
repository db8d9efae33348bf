"""End to end, as Orca hears it: the real accessibility bus with the screen-reader switch
on, the app's tree and events read over AT-SPI. A reminder is spoken with its title and
its why, the card says what it is, and no control in Today or the card lacks a name."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import suppress
from functools import partial
from pathlib import Path

import pytest

from coach.core.history.entry_checks import SIGNS, warning_signs
from coach.core.routines.definitions import parse_routine
from coach.core.settings.kinds import ReminderKind, kind_text
from tests.e2e.atspi import (
    AccessibilityBus,
    Accessible,
    Event,
    EventLog,
    Node,
    accessibility_bus,
    launcher,
)
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.desktop import NOTHING_PLANNED, Desktop, missing_tools, wait_for
from tests.e2e.wayland_desktop import missing_wayland_tools, running_wayland

pytestmark = [
    pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}"),
    pytest.mark.skipif(launcher() is None, reason="needs at-spi-bus-launcher (at-spi2-core)"),
]

FLUIDS = kind_text(ReminderKind("fluids"))
ON_THE_BUS = "calf-coach"
"""The app's name on the bus: Qt gives its application name (coach.app.main sets it)."""
ROOT = Path(__file__).resolve().parents[2]
TABLE = ("table", "cell", "table cell")
"""The roles of the entries table and of its cells."""


@pytest.fixture(scope="module")
def a11y(desktop: Desktop) -> Iterator[AccessibilityBus]:
    with accessibility_bus(desktop) as bus:
        yield bus


def started(desktop: Desktop, a11y: AccessibilityBus, home: Path) -> Node:
    """The app, with nothing due by itself, once it is on the accessibility bus."""
    home.mkdir(parents=True)
    away = "[attention]\naway_after_minutes = 120\n"
    (home / "settings.toml").write_text(away + NOTHING_PLANNED)
    app = a11y.app(desktop.start_app(home).pid)
    assert a11y.name(app) == ON_THE_BUS
    return app


def artifacts(desktop: Desktop) -> Path:
    folder = desktop.artifacts / "a11y"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def kept(desktop: Desktop, name: str, tree: Accessible) -> None:
    """The tree as read, beside the screenshots, for whoever reads a failure."""

    def plain(node: Accessible) -> dict[str, object]:
        return {
            "name": node.name,
            "role": node.role,
            "description": node.description,
            "states": sorted(node.states),
            "text": node.text,
            "labels": node.labels,
            "children": [plain(child) for child in node.children],
        }

    as_json = json.dumps(plain(tree), indent=1, ensure_ascii=False)
    (artifacts(desktop) / f"{name}.json").write_text(as_json)


def _the_reminder_announced(heard: EventLog) -> Event:
    """The announcement of the water reminder, once it is heard on the bus."""
    return heard.wait(
        lambda event: event.member == "Announcement" and FLUIDS.title in str(event.data),
        20,
        "the reminder's announcement",
    )


def test_a_reminder_is_spoken_with_its_title_and_why(
    desktop: Desktop, a11y: AccessibilityBus, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    app = started(desktop, a11y, home)
    with a11y.events() as heard:
        assert desktop.calf_coach(home, "remind", "fluids").returncode == 0
        spoken = _the_reminder_announced(heard)
        heard.wait(lambda event: event.member == "StateChanged", 10, "the card showing")
    names = sorted({f"{e.interface.rsplit('.', 1)[1]}:{e.member}:{e.detail}" for e in heard.seen})
    (artifacts(desktop) / "remind-events.txt").write_text("\n".join(names) + "\n")
    assert spoken.data == f"{FLUIDS.title}. {FLUIDS.why}"
    assert "cramps" in spoken.data
    assert spoken.interface == "org.a11y.atspi.Event.Object"
    assert spoken.source_name == f"Reminder: {FLUIDS.title}"

    card = a11y.read(a11y.window(app, "Reminder"))
    kept(desktop, "card", card)
    assert card.name == f"Reminder: {FLUIDS.title}"
    assert card.role == "notification"
    assert card.description == FLUIDS.why
    assert "showing" in card.states
    words = [node.name or node.text or "" for node in card.walk()]
    assert FLUIDS.title in words and FLUIDS.why in words, "the card's own text is read too"
    assert "active" not in card.states, "the card took no keyboard from anyone"


def opened_today(desktop: Desktop, home: Path) -> str:
    """Today, as `calf-coach` opens it with no reminder up; its window id."""
    assert desktop.calf_coach(home).returncode == 0
    windows = wait_for(partial(desktop.windows, "Today — Calf Coach"), 20, "the home window")
    return str(windows[0])


def test_no_control_in_today_or_the_card_is_unnamed(
    desktop: Desktop, a11y: AccessibilityBus, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    app = started(desktop, a11y, home)
    opened_today(desktop, home)
    today = a11y.read(a11y.window(app, "Today"))
    kept(desktop, "today", today)
    assert desktop.calf_coach(home, "remind", "fluids").returncode == 0
    card = a11y.read(a11y.window(app, "Reminder"))
    for window in (today, card):
        controls = window.controls()
        assert controls, f"{window.name}: no control on the bus"
        unnamed = [role for role, name in controls if not name.strip()]
        assert unnamed == [], f"{window.name}: unnamed {unnamed} among {controls}"
    roles = {role for role, _ in card.controls()}
    assert roles == {"push button"}, roles


def focused(event: Event) -> bool:
    return event.member == "StateChanged" and event.detail == "focused" and event.value == 1


def tab_to(desktop: Desktop, heard: EventLog, wanted: Callable[[Event], bool]) -> Event:
    """Tab, as a keyboard user does, until the object focused is the one wanted (a
    window has fewer than 40 stops); the focus events say where the focus went. A Tab
    that moves no focus went to the next part of a date field (day, month, hour): only
    there is the focus event not waited for in full."""
    role = ""
    for _ in range(40):
        since = len(heard.seen)
        desktop.xdotool("key", "Tab")
        with suppress(TimeoutError):
            event = heard.wait(focused, 2 if role == "spin box" else 10, "the focus", since)
            if wanted(event):
                return event
            role = event.source_role
    went = [(e.source_role, e.source_name) for e in heard.seen if focused(e)]
    raise AssertionError(f"Tab never reached the object wanted; the focus went to {went}")


def unnamed_controls(window: Accessible, *, hidden_too: bool = False) -> list[tuple[str, str]]:
    controls = window.controls(hidden_too=hidden_too)
    assert controls, f"{window.name}: no control on the bus"
    return [(role, name) for role, name in controls if not name.strip()]


def unlabelled_combo_boxes(window: Accessible) -> list[str]:
    """Combo boxes no label is tied to: on Linux their name is their value, so the
    label is what a screen reader says of what they choose."""
    combos = [n for n in window.walk() if n.role == "combo box"]
    assert combos, f"{window.name}: no combo box on the bus"
    return [n.name for n in combos if not any(label.strip() for label in n.labels)]


def test_a_ticked_warning_sign_is_said_and_tells_who_to_contact(
    desktop: Desktop, a11y: AccessibilityBus, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    app = started(desktop, a11y, home)
    assert desktop.calf_coach(home, "log", "cramp").returncode == 0  # opens the dialog
    window = wait_for(partial(desktop.windows, "Log a cramp"), 15, "the cramp dialog")[0]
    node = a11y.window(app, "Log a cramp")
    before = a11y.read(node)
    kept(desktop, "cramp-log", before)
    assert unnamed_controls(before) == []
    redness = SIGNS["redness"]  # the dialog is in English here
    with a11y.events() as heard:
        desktop.xdotool("windowfocus", "--sync", window)
        tab_to(desktop, heard, lambda event: event.source_name == redness)
        since = len(heard.seen)
        desktop.xdotool("key", "space")  # tick it
        spoken = heard.wait(
            lambda event: event.member == "Announcement", 10, "the warning said", since
        )
    said = sorted({f"{e.member}:{e.detail}:{e.source_name}:{e.data}" for e in heard.seen})
    (artifacts(desktop) / "cramp-log-events.txt").write_text("\n".join(said) + "\n")
    assert spoken.data == warning_signs()
    assert "midwife" in spoken.data
    ticked = a11y.read(node)
    kept(desktop, "cramp-log-warning", ticked)
    words = [f"{n.name} {n.description} {n.text or ''}" for n in ticked.walk()]
    assert any("care provider" in said for said in words), "who to contact is exposed"
    assert any(warning_signs() in said for said in words), "the warning itself is read"


def test_history_exposes_the_week_and_tab_leaves_its_table(
    desktop: Desktop, a11y: AccessibilityBus, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    app = started(desktop, a11y, home)
    assert desktop.calf_coach(home, "log", "water").returncode == 0
    assert desktop.calf_coach(home, "history", "--window").returncode == 0
    window = wait_for(partial(desktop.windows, "History — Calf Coach"), 20, "history")[0]
    node = a11y.window(app, "History")
    history = a11y.read(node)
    kept(desktop, "history", history)
    names = [n.name for n in history.walk()]
    assert any(name.startswith("Water today: 250 of ") for name in names), names
    assert any(name.startswith("Cramps in the last 7 nights: ") for name in names), names
    assert unnamed_controls(history) == []
    assert unlabelled_combo_boxes(history) == []

    entries_tab = a11y.find(node, "All entries", "page tab")
    assert entries_tab is not None, "the entries tab is on the bus"
    a11y.press(entries_tab)
    with a11y.events() as heard:
        desktop.xdotool("windowfocus", "--sync", window)
        in_table = tab_to(desktop, heard, lambda event: event.source_role in TABLE)
        since = len(heard.seen)
        desktop.xdotool("key", "Tab")
        left = heard.wait(focused, 10, "the focus to leave the table", since)
    table_events = sorted({f"{e.source_role}:{e.source_name}" for e in heard.seen if focused(e)})
    (artifacts(desktop) / "history-focus.txt").write_text("\n".join(table_events) + "\n")
    assert in_table.source_role in TABLE
    # Entering it, the table and its cell may each say they have the focus; one Tab on
    # leaves it: nothing outside the table came between.
    moves = [event for event in heard.seen if focused(event)]
    between = moves[moves.index(in_table) : moves.index(left)]
    assert all(e.source_role in TABLE for e in between), f"one Tab went further: {between}"
    assert left.source_role not in TABLE, f"Tab stayed in the table: {left}"


def test_every_control_in_settings_is_named(
    desktop: Desktop, a11y: AccessibilityBus, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    app = started(desktop, a11y, home)
    desktop.xdotool("windowfocus", "--sync", opened_today(desktop, home))
    desktop.xdotool("key", "s")  # S: settings, from the home window's keys
    wait_for(partial(desktop.windows, "Settings — Calf Coach"), 20, "the settings window")
    settings = a11y.read(a11y.window(app, "Settings"))
    kept(desktop, "settings", settings)
    # Every page of it, not only the one shown first.
    assert unnamed_controls(settings, hidden_too=True) == []
    assert unlabelled_combo_boxes(settings) == []
    roles = {role for role, _ in settings.controls(hidden_too=True)}
    assert {"combo box", "check box", "spin box", "push button"} <= roles, roles


def test_a_step_change_in_the_player_is_said_with_its_title(
    desktop: Desktop, a11y: AccessibilityBus, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    app = started(desktop, a11y, home)
    path = ROOT / "assets" / "routines" / "bedtime.toml"
    routine = parse_routine(path.read_text(), path, "en")  # its steps as the player has them
    title = f"{routine.title} — Calf Coach"
    assert desktop.calf_coach(home, "routine", "bedtime").returncode == 0
    window = wait_for(partial(desktop.windows, title), 20, "the player window")[0]
    a11y.window(app, routine.title)
    with a11y.events() as heard:
        desktop.xdotool("windowfocus", "--sync", window)
        desktop.xdotool("key", "Right")  # the next step, from the keyboard
        spoken = heard.wait(
            lambda event: event.member == "Announcement" and "Step 2" in str(event.data),
            10,
            "the new step said",
        )
    said = sorted({str(e.data) for e in heard.seen if e.member == "Announcement"})
    (artifacts(desktop) / "player-announcements.txt").write_text("\n".join(said) + "\n")
    second = routine.steps[1].title
    assert spoken.data == f"Step 2 of {len(routine.steps)}: {second}"


@pytest.mark.skipif(bool(missing_wayland_tools()), reason="needs sway, waybar and mako")
def test_on_wayland_a_reminder_the_notification_carries_is_still_spoken(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    """There the card waits to be asked for; the reminder is spoken all the same."""
    folder = tmp_path_factory.mktemp("sway-a11y")
    with (
        running_wayland(folder, ARTIFACTS / "wayland") as sway,
        accessibility_bus(sway) as a11y,
    ):
        home = tmp_path / "home"
        app = started(sway, a11y, home)
        with a11y.events() as heard:
            assert sway.calf_coach(home, "remind", "fluids").returncode == 0
            spoken = _the_reminder_announced(heard)
        assert spoken.data == f"{FLUIDS.title}. {FLUIDS.why}"
        assert FLUIDS.title in str(sway.notifications())
        assert sway.status(home)["card"]["shown"] is False, "the notification is the reminder"
        assert a11y.name(app) == ON_THE_BUS
