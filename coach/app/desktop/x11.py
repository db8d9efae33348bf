"""The few X11 requests the app makes itself, through ctypes on libX11.

Qt's xcb platform already loads libX11, so this costs about 0.7 MB, where
python-xlib cost about 6 MB at idle (its protocol modules, and every extension
module it loads when a display is opened). Two users, each on a connection of
its own: the key from anywhere (XGrabKey on the root window) and the attention
reader (idle time from MIT-SCREEN-SAVER through libXss, and whether the active
window is full screen).

Xlib reports errors through one handler for the whole process, and its default
handler ends the process. Every request that can fail is therefore made inside
`_trapped`, which puts a recording handler in place, waits for the server's
answer and puts the previous handler (Qt's, if any) back.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterator
from contextlib import contextmanager
from ctypes import (
    POINTER,
    Structure,
    Union,
    byref,
    c_char_p,
    c_int,
    c_long,
    c_ubyte,
    c_uint,
    c_ulong,
    c_void_p,
)

KEY_PRESS = 2
BAD_ACCESS = 10
SCREEN_SAVER_ON = 1
SUCCESS = 0
ANY_PROPERTY_TYPE = 0
XA_ATOM = 4

SHIFT, LOCK, CONTROL, MOD1, MOD2, MOD4 = 1, 2, 4, 8, 16, 64
MODIFIERS = {"Ctrl": CONTROL, "Alt": MOD1, "Shift": SHIFT, "Meta": MOD4}
"""Qt's names of the modifiers, as X's masks."""
LOCKS = (0, LOCK, MOD2, LOCK | MOD2)
"""Caps Lock and Num Lock on or off: a grab is made for each, or they would block the key."""


class X11Error(Exception):
    """The X server could not be reached or did not do what was asked."""


class _ErrorEvent(Structure):
    _fields_ = [
        ("type", c_int),
        ("display", c_void_p),
        ("resourceid", c_ulong),
        ("serial", c_ulong),
        ("error_code", c_ubyte),
        ("request_code", c_ubyte),
        ("minor_code", c_ubyte),
    ]


class _KeyEvent(Structure):
    _fields_ = [
        ("type", c_int),
        ("serial", c_ulong),
        ("send_event", c_int),
        ("display", c_void_p),
        ("window", c_ulong),
        ("root", c_ulong),
        ("subwindow", c_ulong),
        ("time", c_ulong),
        ("x", c_int),
        ("y", c_int),
        ("x_root", c_int),
        ("y_root", c_int),
        ("state", c_uint),
        ("keycode", c_uint),
        ("same_screen", c_int),
    ]


class _Event(Union):
    _fields_ = [("type", c_int), ("key", _KeyEvent), ("pad", c_long * 24)]


class _ScreenSaverInfo(Structure):
    _fields_ = [
        ("window", c_ulong),
        ("state", c_int),
        ("kind", c_int),
        ("til_or_since", c_ulong),
        ("idle", c_ulong),
        ("event_mask", c_ulong),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(c_int, c_void_p, POINTER(_ErrorEvent))


def _library(name: str) -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def _declared(lib: ctypes.CDLL) -> ctypes.CDLL:
    """libX11's signatures; without them ctypes would cut 64-bit handles to an int."""
    signatures: dict[str, tuple[list[object], object]] = {
        "XOpenDisplay": ([c_char_p], c_void_p),
        "XCloseDisplay": ([c_void_p], c_int),
        "XConnectionNumber": ([c_void_p], c_int),
        "XDefaultRootWindow": ([c_void_p], c_ulong),
        "XStringToKeysym": ([c_char_p], c_ulong),
        "XKeysymToKeycode": ([c_void_p, c_ulong], c_ubyte),
        "XGrabKey": ([c_void_p, c_int, c_uint, c_ulong, c_int, c_int, c_int], c_int),
        "XUngrabKey": ([c_void_p, c_int, c_uint, c_ulong], c_int),
        "XSync": ([c_void_p, c_int], c_int),
        "XFlush": ([c_void_p], c_int),
        "XPending": ([c_void_p], c_int),
        "XNextEvent": ([c_void_p, POINTER(_Event)], c_int),
        "XInternAtom": ([c_void_p, c_char_p, c_int], c_ulong),
        "XGetWindowProperty": (
            [
                c_void_p,
                c_ulong,
                c_ulong,
                c_long,
                c_long,
                c_int,
                c_ulong,
                POINTER(c_ulong),
                POINTER(c_int),
                POINTER(c_ulong),
                POINTER(c_ulong),
                POINTER(c_void_p),
            ],
            c_int,
        ),
        "XFree": ([c_void_p], c_int),
        "XSetErrorHandler": ([c_void_p], c_void_p),
    }
    for name, (arguments, result) in signatures.items():
        function = getattr(lib, name)
        function.argtypes, function.restype = arguments, result
    return lib


_x11: ctypes.CDLL | None = None


def _libx11() -> ctypes.CDLL:
    global _x11
    if _x11 is None:
        lib = _library("libX11.so.6")
        if lib is None:
            raise X11Error("libX11 is not installed")
        _x11 = _declared(lib)
    return _x11


class Connection:
    """A connection of its own to the X server named by $DISPLAY (or `name`)."""

    def __init__(self, name: str | None = None) -> None:
        self._x = _libx11()
        wanted = name if name is not None else os.environ.get("DISPLAY", "")
        self._display: int | None = self._x.XOpenDisplay(wanted.encode() or None)
        if not self._display:
            self._display = None
            raise X11Error(f"cannot open the X display {wanted!r}")
        self.root: int = self._x.XDefaultRootWindow(self._display)
        self._errors: list[int] = []
        self._handler = _ERROR_HANDLER(self._record)  # kept: Xlib holds only the pointer
        self._saver: ctypes.CDLL | bool | None = False  # False: not looked for yet
        self._event = _Event()

    def _record(self, display: int | None, error: ctypes._Pointer[_ErrorEvent]) -> int:
        if display == self._display:  # another connection's error (Qt's) is not ours
            self._errors.append(error.contents.error_code)
        return 0

    @property
    def handle(self) -> int:
        if self._display is None:
            raise X11Error("the connection is closed")
        return self._display

    @contextmanager
    def _trapped(self) -> Iterator[list[int]]:
        """Errors of the requests made inside, by code, once the server has answered them."""
        self._errors = []
        previous = self._x.XSetErrorHandler(ctypes.cast(self._handler, c_void_p))
        try:
            yield self._errors
            self._x.XSync(self.handle, 0)
        finally:
            self._x.XSetErrorHandler(previous)

    def fileno(self) -> int:
        return int(self._x.XConnectionNumber(self.handle))

    def close(self) -> None:
        if self._display is not None:
            self._x.XCloseDisplay(self._display)
            self._display = None

    # --- keys ------------------------------------------------------------------------------

    def keycode(self, key: str) -> int:
        """The keycode of the key Qt names `key` ("C", "F12"); 0 if this keyboard has none."""
        keysym = self._x.XStringToKeysym((key.lower() if len(key) == 1 else key).encode())
        return int(self._x.XKeysymToKeycode(self.handle, keysym)) if keysym else 0

    def grab_key(self, keycode: int, modifiers: int) -> bool:
        """Every press of the key with `modifiers` comes to this connection, whatever Caps
        and Num Lock say; False (and nothing grabbed) if another application has it.
        X11Error if the server refuses it for another reason."""
        with self._trapped() as errors:
            for locks in LOCKS:
                self._x.XGrabKey(self.handle, keycode, modifiers | locks, self.root, 1, 1, 1)
        if errors:
            self.ungrab_key(keycode, modifiers)
        if errors and set(errors) != {BAD_ACCESS}:
            raise X11Error(f"the X server refused the key (X error {errors[0]})")
        return not errors

    def ungrab_key(self, keycode: int, modifiers: int) -> None:
        with self._trapped():
            for locks in LOCKS:
                self._x.XUngrabKey(self.handle, keycode, modifiers | locks, self.root)

    def pressed_keys(self) -> list[int]:
        """The keycodes pressed since the last call (reads what the socket holds)."""
        keys = []
        while self._display is not None and self._x.XPending(self._display):
            self._x.XNextEvent(self._display, byref(self._event))
            if self._event.type == KEY_PRESS:
                keys.append(int(self._event.key.keycode))
        return keys

    # --- attention -------------------------------------------------------------------------

    def idle(self) -> tuple[float, bool] | None:
        """Seconds since the last input, and whether the screen saver is on; None where
        the server has no MIT-SCREEN-SAVER or libXss is missing."""
        saver = self._screen_saver()
        if saver is None:
            return None
        info = _ScreenSaverInfo()
        with self._trapped() as errors:
            status = saver.XScreenSaverQueryInfo(self.handle, self.root, byref(info))
        if not status or errors:
            return None
        return info.idle / 1000, info.state == SCREEN_SAVER_ON

    def _screen_saver(self) -> ctypes.CDLL | None:
        if self._saver is False:
            self._saver = None
            lib = _library("libXss.so.1")
            if lib is not None:
                lib.XScreenSaverQueryExtension.argtypes = [c_void_p, POINTER(c_int), POINTER(c_int)]
                lib.XScreenSaverQueryInfo.argtypes = [c_void_p, c_ulong, POINTER(_ScreenSaverInfo)]
                base, error_base = c_int(), c_int()
                if lib.XScreenSaverQueryExtension(self.handle, byref(base), byref(error_base)):
                    self._saver = lib
        return self._saver if isinstance(self._saver, ctypes.CDLL) else None

    def atom(self, name: str) -> int:
        return int(self._x.XInternAtom(self.handle, name.encode(), 0))

    def window_property(self, window: int, name: str, kind: int = ANY_PROPERTY_TYPE) -> list[int]:
        """A 32-bit property of `window` as numbers; [] if it is unset or the window has
        gone."""
        actual_type, actual_format = c_ulong(), c_int()
        count, after, data = c_ulong(), c_ulong(), c_void_p()
        with self._trapped() as errors:
            status = self._x.XGetWindowProperty(
                self.handle,
                window,
                self.atom(name),
                0,
                1024,
                0,
                kind,
                byref(actual_type),
                byref(actual_format),
                byref(count),
                byref(after),
                byref(data),
            )
        try:
            if status != SUCCESS or errors or actual_format.value != 32 or not data.value:
                return []
            # Format 32 comes as C longs, whatever their width.
            values = ctypes.cast(data, POINTER(c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            if data.value:
                self._x.XFree(data)
