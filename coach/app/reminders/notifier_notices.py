"""Notifications on macOS and Windows, through desktop-notifier.

desktop-notifier speaks each platform's notification service and needs an
asyncio loop for button callbacks, so it runs on a small thread of its own
that sleeps in its event loop; every answer comes back to the GUI thread
through queued Qt signals. asyncio and desktop-notifier are imported with the
first notification, not at start: an idle tray app needs neither.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from coach.app.reminders.notices import Notices

if TYPE_CHECKING:
    import asyncio
    import threading
    from concurrent.futures import Future

log = logging.getLogger(__name__)


class NotifierNotices(Notices):
    def __init__(self, app_name: str, icon: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._notifier: Any = None
        self._current: str | None = None

    def show(self, title: str, message: str, buttons: Sequence[tuple[str, str]]) -> None:
        self._run(self._send(title, message, list(buttons)))

    def withdraw(self) -> None:
        self._run(self._clear())

    def stop(self) -> None:
        """Withdraw what is shown, end the thread and close its loop."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            self._run(self._clear()).result(timeout=2)
        except Exception as exc:  # quitting goes on regardless
            log.info("could not withdraw notifications on quit: %s", exc)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=2)
        loop.close()
        self._loop = self._thread = None

    def _run(self, work: Any) -> Future[None]:
        import asyncio  # with the first notification (see above)
        import threading

        if self._loop is None:
            loop = asyncio.new_event_loop()
            self._thread = threading.Thread(
                target=loop.run_forever, name="notifications", daemon=True
            )
            self._thread.start()
            self._loop = loop
        return asyncio.run_coroutine_threadsafe(work, self._loop)

    async def _send(self, title: str, message: str, buttons: list[tuple[str, str]]) -> None:
        try:
            if self._notifier is None:
                from desktop_notifier import DesktopNotifier, Icon

                self._notifier = DesktopNotifier(self._app_name, Icon(path=self._icon))
            if self.available is None:
                capabilities = await self._notifier.get_capabilities()
                self.available = bool(capabilities)
                if not self.available:
                    self.unavailable.emit("the desktop has no notification service")
            if not self.available:
                return
            await self._clear()
            from desktop_notifier import Button

            self._current = await self._notifier.send(
                title,
                message,
                buttons=[
                    Button(title=label, on_pressed=partial(self.pressed.emit, key))
                    for key, label in buttons
                ],
                on_clicked=self.clicked.emit,
            )
        except Exception as exc:  # any failure: use the tray balloon
            log.warning("desktop notification failed: %s", exc)
            self.available = False
            self.unavailable.emit(f"notifications failed: {exc}")

    async def _clear(self) -> None:
        if self._notifier is not None and self._current is not None:
            try:
                await self._notifier.clear(self._current)
            except Exception as exc:  # an already closed notice is fine
                log.info("could not withdraw a notification: %s", exc)
        self._current = None
