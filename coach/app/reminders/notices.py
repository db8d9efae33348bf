"""OS notifications with buttons, beside the reminder card: what every platform's offers.

Linux and the BSDs speak org.freedesktop.Notifications over the session bus
themselves (`freedesktop_notices`); macOS and Windows go through
desktop-notifier (`notifier_notices`); `startup` picks one. Where there is no notification
service, `unavailable` tells the app to use the tray balloon.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal


class Notices(QObject):
    """One notification at a time, mirroring the card; answers come back as signals."""

    clicked = Signal()
    """The notification itself was clicked: bring up the card."""
    pressed = Signal(str)
    """One of its buttons was pressed; carries the button's key."""
    unavailable = Signal(str)
    """No notification service: carries the reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available: bool | None = None
        """None until the service has been asked, with the first notification."""
        self.stays = False
        """Whether a notification stays until withdrawn: where the card does not come up by
        itself (its desktop would hand it the keyboard), the notification is the reminder."""

    def show(self, title: str, message: str, buttons: Sequence[tuple[str, str]]) -> None:
        """Replace the current notification; `buttons` are (key, label) pairs."""
        raise NotImplementedError

    def withdraw(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        """Withdraw what is shown and let go of the service."""
        raise NotImplementedError
