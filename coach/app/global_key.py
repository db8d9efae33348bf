"""One key from anywhere: "Cramp now" while another application has the keyboard.

No Qt API grabs a key for the whole desktop. On X11 this is XGrabKey on the root
window, through python-xlib on a connection of its own, read by a QSocketNotifier
(no polling, no thread). Elsewhere (Wayland, Windows, macOS) the app does not grab
a key: the settings window says so and shows the command to bind in the desktop's
own keyboard settings, and the launcher offers "Cramp now" as an action.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtGui import QGuiApplication

from coach.core.i18n import translate

log = logging.getLogger(__name__)

COMMAND = "calf-coach routine cramp-now"


class GlobalKey(QObject):
    pressed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.combination = ""
        self.registered = False
        self.reason = ""
        self._display: Any = None
        self._grabs: list[tuple[int, int]] = []
        self._notifier: QSocketNotifier | None = None

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
        if platform != "xcb":
            self.reason = translate("coach", "this desktop ({platform}) does not allow it")
            self.reason = self.reason.format(platform=platform or "?")
        else:
            self._grab_x11(combination)
        if self.registered:
            log.info("listening for %s from any application", combination)
        else:
            log.info("no key from anywhere: %s", self.reason)

    def note(self) -> str:
        """What the settings window says under the key's field."""
        if self.registered:
            return translate("coach", "Works while any application has the keyboard.")
        text = translate(
            "coach",
            "Calf Coach cannot listen for a key here ({reason}). In your desktop's keyboard "
            "settings, bind a key to this command: {command}",
        )
        return text.format(reason=self.reason, command=COMMAND)

    def release(self) -> None:
        if self._display is not None:
            root = self._display.screen().root
            for keycode, modifiers in self._grabs:
                root.ungrab_key(keycode, modifiers)
            self._display.close()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        self._display, self._notifier, self._grabs = None, None, []
        self.registered = False

    # --- X11 -------------------------------------------------------------------------------

    def _grab_x11(self, combination: str) -> None:
        try:
            from Xlib import XK, X, display, error
        except ImportError:
            self.reason = translate("coach", "python-xlib is not installed")
            return
        try:
            self._display = display.Display(os.environ.get("DISPLAY"))
        except Exception as exc:  # python-xlib raises its own kinds for a display it can't open
            self.reason = str(exc)
            return
        *names, key = combination.split("+")
        masks = {"Ctrl": X.ControlMask, "Alt": X.Mod1Mask, "Shift": X.ShiftMask, "Meta": X.Mod4Mask}
        modifiers = 0
        for name in names:
            modifiers |= masks[name]
        keysym = XK.string_to_keysym(key.lower() if len(key) == 1 else key)
        keycode = self._display.keysym_to_keycode(keysym)
        if not keycode:
            self.reason = translate("coach", "the keyboard has no key {key}").format(key=key)
            self.release()
            return
        caught = error.CatchError(error.BadAccess)
        root = self._display.screen().root
        for extra in (0, X.LockMask, X.Mod2Mask, X.LockMask | X.Mod2Mask):  # Caps and Num Lock
            root.grab_key(
                keycode, modifiers | extra, True, X.GrabModeAsync, X.GrabModeAsync, onerror=caught
            )
            self._grabs.append((keycode, modifiers | extra))
        self._display.sync()
        if caught.get_error() is not None:
            self.reason = translate("coach", "another application already uses {key}")
            self.reason = self.reason.format(key=combination)
            self.release()
            return
        self._keycode = keycode
        self._notifier = QSocketNotifier(self._display.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self.registered = True

    def _read(self) -> None:
        from Xlib import X

        while self._display is not None and self._display.pending_events():
            event = self._display.next_event()
            if event.type == X.KeyPress and event.detail == self._keycode:
                log.info("%s pressed", self.combination)
                self.pressed.emit()
