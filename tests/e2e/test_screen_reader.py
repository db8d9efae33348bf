"""End to end, as Orca hears it: the real accessibility bus with the screen-reader switch
on, the app's tree and events read over AT-SPI. A reminder is spoken with its title and
its why, the card says what it is, and no control in Today or the card lacks a name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from coach.core.settings.kinds import ReminderKind, kind_text
from tests.e2e.atspi import AccessibilityBus, Accessible, Node, accessibility_bus, launcher
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
            "children": [plain(child) for child in node.children],
        }

    as_json = json.dumps(plain(tree), indent=1, ensure_ascii=False)
    (artifacts(desktop) / f"{name}.json").write_text(as_json)


def test_a_reminder_is_spoken_with_its_title_and_why(
    desktop: Desktop, a11y: AccessibilityBus, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    app = started(desktop, a11y, home)
    with a11y.events() as heard:
        assert desktop.calf_coach(home, "remind", "fluids").returncode == 0
        spoken = heard.wait(
            lambda event: event.member == "Announcement" and FLUIDS.title in str(event.data),
            20,
            "the reminder's announcement",
        )
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


def test_no_control_in_today_or_the_card_is_unnamed(
    desktop: Desktop, a11y: AccessibilityBus, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    app = started(desktop, a11y, home)
    assert desktop.calf_coach(home).returncode == 0  # no reminder up: it opens Today
    wait_for(partial(desktop.windows, "Today — Calf Coach"), 20, "the home window")
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
            spoken = heard.wait(
                lambda event: event.member == "Announcement" and FLUIDS.title in str(event.data),
                20,
                "the reminder's announcement",
            )
        assert spoken.data == f"{FLUIDS.title}. {FLUIDS.why}"
        assert FLUIDS.title in str(sway.notifications())
        assert sway.status(home)["card"]["shown"] is False, "the notification is the reminder"
        assert a11y.name(app) == ON_THE_BUS
