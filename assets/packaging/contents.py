"""What the bundle carries, declared once for the build and for the tests that check it.

The rule: the bundle carries Python, the app, and the parts of Qt the app uses;
the libraries every Linux desktop already has stay the system's (the .deb names
them as dependencies), so the bundle is small and uses the system's own fonts,
sound server and graphics drivers rather than copies frozen at build time.
"""

from __future__ import annotations

QT_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtNetwork",  # the local command socket
    "QtSvg",  # icons and figures
    "QtCharts",  # History
    "QtMultimedia",  # routine chimes, loaded on first use
    "QtTextToSpeech",  # the routine's voice, loaded on first use
)
"""The PySide6 modules the app imports; any other one is left out of the bundle."""

QT_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqwayland.so",
    "platforms/libqoffscreen.so",  # `QT_QPA_PLATFORM=offscreen`, for a display-less check
    "xcbglintegrations/libqxcb-glx-integration.so",
    "xcbglintegrations/libqxcb-egl-integration.so",
    "platformthemes/libqxdgdesktopportal.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "imageformats/libqsvg.so",
    "iconengines/libqsvgicon.so",
    "wayland-shell-integration/libxdg-shell.so",
    "wayland-decoration-client/libadwaita.so",
    "wayland-decoration-client/libbradient.so",
    "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
    "texttospeech/libqtexttospeech_speechd.so",
)
"""Qt plugins kept (Linux). Left out: FFmpeg media (the chimes play through Qt's own
audio output), TLS and network information (no network), embedded-device platforms,
image formats the app has no files in, the GTK theme (it pulls in all of GTK)."""

QT_TRANSLATIONS = ("qtbase_en.qm", "qtbase_ru.qm")
"""Qt's own texts in the app's two languages (the app loads `qtbase_<lang>`)."""

BUNDLED_SYSTEM_LIBRARIES = (
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-image.so.0",
    "libxcb-keysyms.so.1",
    "libxcb-render-util.so.0",
    "libxcb-util.so.1",
    "libxkbcommon-x11.so.0",
)
"""System libraries carried after all: the X helpers Qt needs that many desktops lack
(without libxcb-cursor Qt's X11 plugin will not load)."""

PYTHON_EXCLUDES = ("tkinter", "unittest", "pydoc", "test", "lib2to3", "idlelib", "ensurepip")
"""Standard-library parts the app never imports."""

QT_LIBRARIES_LEFT_OUT = (
    "libQt6Qml",
    "libQt6Quick",
    "libQt6VirtualKeyboard",
    "libQt6Pdf",
    "libQt6EglFS",
    "libQt6EglFs",
    "libQt6FFmpegStub",
)
"""Qt libraries that only the plugins left out need (a safety net: they are not
collected once those plugins are gone)."""

ASSET_FOLDERS = ("icons", "illustrations", "routines", "sounds", "translations")
"""The app's assets that the bundle carries (not the screenshots or this recipe)."""
