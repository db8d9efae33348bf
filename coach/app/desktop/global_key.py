"""One key from anywhere: "Cramp now" while another application has the keyboard.

No Qt API grabs a key for the whole desktop. On X11 this is XGrabKey on the root
window, on a connection of its own (coach.app.desktop.x11), read by a QSocketNotifier
(no polling, no thread). On Wayland the desktop owns the keys: the app asks its
portal for a shortcut (coach.app.desktop.portal_key; KDE Plasma, GNOME 48 and later),
and claims it works only once the desktop has granted it. Under XWayland an X11 grab
would hear only keys typed into X11 windows, so it is never tried there. Where
neither works (sway, older GNOME, Windows, macOS) the settings window says so and
shows the command to bind in the desktop's own keyboard settings (the one that starts
this install: coach.core.system.launch), and the launcher offers "Cramp now" as an
action.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtGui import QGuiApplication

from coach.app.desktop import x11
from coach.core.i18n import translate
from coach.core.settings.option_types import FieldNote
from coach.core.system.launch import this_install, typed_command
from coach.core.system.session import under_wayland

if TYPE_CHECKING:
    from coach.app.desktop.portal_key import PortalKey

log = logging.getLogger(__name__)

CRAMP_NOW_ARGUMENTS = ("routine", "cramp-now")


class GlobalKey(QObject):
    pressed = Signal()
    changed = Signal()
    """The desktop answered: whether the key works from anywhere may have changed."""

    def __init__(
        self, parent: QObject | None = None, bus: str = "SESSION", home: Path | None = None
    ) -> None:
        """`home`: the app's --home folder, if it has one (the command must reach this app)."""
        super().__init__(parent)
        self.bus = bus
        self.command = typed_command(this_install(), home, *CRAMP_NOW_ARGUMENTS)
        """What to bind to a key in the desktop's keyboard settings where the app cannot
        listen for it."""
        self.combination = ""
        self.registered = False
        self.reason = ""
        self._connection: x11.Connection | None = None
        self._grab: tuple[int, int] | None = None
        self._notifier: QSocketNotifier | None = None
        self._portal: PortalKey | None = None
        self.mechanism = "none"
        """How the key is heard: "x11" (a grab), "portal" (the desktop's shortcut), "none"."""

    def register(self, combination: str) -> None:
        """Listen for `combination` ("Ctrl+Alt+C"); "" listens for nothing."""
        if combination == self.combination and (self.registered or not combination):
            return
        self.release()
        self.combination = combination
        if not combination:
            self.reason = translate("coach", "no key is set")
            return
        platform = QGuiApplication.platformName()
        if under_wayland(os.environ):
            self._ask_portal(combination, platform)
        elif platform != "xcb":
            self.reason = translate("coach", "this desktop ({platform}) does not allow it")
            self.reason = self.reason.format(platform=platform or "?")
        else:
            self._grab_x11(combination)
        if self.registered:
            log.info("listening for %s from any application", combination)
        else:
            log.info("no key from anywhere: %s", self.reason)

    def status(self) -> dict[str, Any]:
        """For `calf-coach status`: the key, and whether it works from anywhere."""
        key = {"key": self.combination, "from_anywhere": self.registered, "by": self.mechanism}
        if self._portal is not None:
            key["desktop_key"] = self._portal.trigger
        return {"cramp_key": key}

    def note(self) -> str:
        """What the settings window says under the key's field."""
        if self.registered and self._portal is not None:
            text = translate("coach", "Works while any application has the keyboard: {key}.")
            return text.format(key=self._portal.trigger)
        if self.registered:
            return translate("coach", "Works while any application has the keyboard.")
        text = translate(
            "coach",
            "Calf Coach cannot listen for a key here ({reason}). In your desktop's keyboard "
            "settings, bind a key to this command: {command}",
        )
        return text.format(reason=self.reason, command=self.command)

    def field_note(self) -> FieldNote:
        """The note, and the command to copy where the app cannot listen for the key."""
        return FieldNote(
            self.note(), "" if self.registered or not self.combination else self.command
        )

    def release(self) -> None:
        if self._portal is not None:
            self._portal.close()
            self._portal.deleteLater()
            self._portal = None
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        if self._connection is not None:
            if self._grab is not None:
                self._connection.ungrab_key(*self._grab)
            self._connection.close()
        self._connection, self._notifier, self._grab = None, None, None
        self.registered = False

    # --- Wayland: the desktop portal -------------------------------------------------------

    def _ask_portal(self, combination: str, platform: str) -> None:
        """Ask the desktop for the key; until it answers, nothing is claimed."""
        from coach.app.desktop.portal_key import PortalKey  # Wayland only
        from coach.core.system.launcher import installed_app_id

        self.reason = translate("coach", "waiting for the desktop to grant the key")
        self._portal = PortalKey(
            installed_app_id(Path.home(), os.environ), translate("coach", "Cramp now"), self.bus
        )
        self._portal.changed.connect(lambda: self._portal_answered(platform))
        self._portal.pressed.connect(self.pressed)
        self._portal.start(combination)

    def _portal_answered(self, platform: str) -> None:
        portal = self._portal
        if portal is None:
            return
        self.registered = portal.state == "granted"
        self.mechanism = "portal" if self.registered else "none"
        if portal.state == "absent" and platform == "xcb":
            self.reason = translate(
                "coach", "on Wayland an X11 app hears only keys typed into X11 windows"
            )
        elif portal.state == "absent":
            self.reason = translate("coach", "this desktop ({platform}) does not allow it")
            self.reason = self.reason.format(platform=platform or "?")
        elif portal.state == "refused":
            self.reason = translate("coach", "the desktop did not grant it: {why}")
            self.reason = self.reason.format(why=portal.reason)
        self.changed.emit()

    # --- X11 -------------------------------------------------------------------------------

    def _grab_x11(self, combination: str) -> None:
        try:
            connection = x11.Connection()
        except x11.X11Error as exc:
            self.reason = str(exc)
            return
        *names, key = combination.split("+")
        modifiers = 0
        for name in names:
            modifiers |= x11.MODIFIERS[name]
        keycode = connection.keycode(key)
        if not keycode:
            connection.close()
            self.reason = translate("coach", "the keyboard has no key {key}").format(key=key)
            return
        try:
            grabbed = connection.grab_key(keycode, modifiers)
        except x11.X11Error as exc:
            connection.close()
            self.reason = str(exc)
            return
        if not grabbed:
            connection.close()
            self.reason = translate("coach", "another application already uses {key}")
            self.reason = self.reason.format(key=combination)
            return
        self._connection, self._grab = connection, (keycode, modifiers)
        self._notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self.registered = True
        self.mechanism = "x11"

    def _read(self) -> None:
        if self._connection is None or self._grab is None:
            return
        for keycode in self._connection.pressed_keys():
            if keycode == self._grab[0]:
                log.info("%s pressed", self.combination)
                self.pressed.emit()
