"""The app's one design: colour schemes (light, dark, night), the type scale and spacing,
and the few styled boxes; every window takes its looks from here.

Every scheme keeps text, disabled text included, at 4.5:1 or more against its
background, the parts of controls (a check box's border, a field's frame) at 3:1 or
more, and disabled text told apart from enabled (2:1); tests/qt/test_layout.py
measures the palettes actually in use.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel

SPACE = 8
"""The unit of spacing between groups, in pixels."""
TYPE = {"small": 0.85, "body": 1.0, "large": 1.3, "title": 1.8, "display": 3.0}
"""The type scale, as factors of the person's own text size."""


def scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    """`font` made `factor` times larger, so it still follows the person's text size."""
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * factor)
    bigger.setBold(bold)
    return bigger


@dataclass(frozen=True)
class Scheme:
    """One colour scheme; `palette()` gives it to Qt."""

    name: str
    window: str
    text: str
    base: str
    alternate: str
    button: str
    disabled: str
    placeholder: str
    border: str
    """Check box and radio borders, frames: 3:1 against the window and the base."""
    mid: str
    accent: str
    accent_text: str
    track: str
    error: str
    caution: str
    """A warning that is not an error (a reminder quiet hours hide)."""
    link: str

    @property
    def dark(self) -> bool:
        return QColor(self.window).lightness() < 128

    def palette(self) -> QPalette:
        palette = QPalette()
        R = QPalette.ColorRole  # noqa: N806 (Qt's names, short)
        for role, colour in (
            (R.Window, self.window),
            (R.WindowText, self.text),
            (R.Base, self.base),
            (R.AlternateBase, self.alternate),
            (R.Text, self.text),
            (R.Button, self.button),
            (R.ButtonText, self.text),
            (R.BrightText, self.text),
            (R.ToolTipBase, self.base),
            (R.ToolTipText, self.text),
            (R.PlaceholderText, self.placeholder),
            (R.Highlight, self.accent),
            (R.HighlightedText, self.accent_text),
            (R.Link, self.link),
            (R.Mid, self.mid),
            (R.Midlight, self.alternate),
            (R.Light, self.alternate if self.dark else "#ffffff"),
            (R.Dark, self.border),
            (R.Shadow, "#000000"),
        ):
            palette.setColor(role, QColor(colour))
        for role in (R.Text, R.ButtonText, R.WindowText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(self.disabled))
        return palette


LIGHT = Scheme(
    name="light",
    window="#f3f5f5",
    text="#1b2424",
    base="#ffffff",
    alternate="#e9eeee",
    button="#e4eaea",
    disabled="#5f6b6b",
    placeholder="#5d6b6b",
    border="#6f7e7e",
    mid="#c9d3d3",
    accent="#23706b",
    accent_text="#ffffff",
    track="#d5dfde",
    error="#a3001b",
    caution="#6e4600",
    link="#0b5cad",
)
DARK = Scheme(
    name="dark",
    window="#202326",
    text="#eceff1",
    base="#17191b",
    alternate="#26292c",
    button="#2b2f33",
    disabled="#8f989f",
    placeholder="#a3acb3",
    border="#8d979e",
    mid="#3c4247",
    accent="#3f9e96",
    accent_text="#0b1413",
    track="#3c4a49",
    error="#ff8a80",
    caution="#ffcc80",
    link="#7cc7ff",
)
NIGHT = Scheme(
    name="night",
    window="#1d2424",
    text="#e8efee",
    base="#263030",
    alternate="#2a3434",
    button="#2d3a39",
    disabled="#95a6a4",
    placeholder="#a6b4b2",
    border="#8a9b99",
    mid="#3c4a49",
    accent="#3f9e96",
    accent_text="#0b1413",
    track="#3c4a49",
    error="#ff8a80",
    caution="#ffcc80",
    link="#7cc7ff",
)
"""Dark, calm and easy on sleepy eyes: "cramp now", and the cramp log at night."""
SCHEMES = (LIGHT, DARK, NIGHT)
ACCENT = LIGHT.accent
"""The app's colour: the countdown ring, the progress bars, the charts."""
ACCENT_ON_DARK = DARK.accent


def night_palette() -> QPalette:
    return NIGHT.palette()


def scheme_of(palette: QPalette) -> Scheme:
    """The scheme a palette was made from (by its window colour), or the nearest."""
    window = palette.color(QPalette.ColorRole.Window).name()
    for scheme in SCHEMES:
        if scheme.window == window:
            return scheme
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def error_style(palette: QPalette) -> str:
    """Text that says what is wrong, readable on this palette's background."""
    return f"color: {scheme_of(palette).error}; font-weight: bold;"


def caution_style(palette: QPalette) -> str:
    """A warning that is not an error, readable on this palette's background."""
    return f"color: {scheme_of(palette).caution};"


def progress_style(dark: bool) -> str:
    """A progress bar in the app's colours, with a track that shows in both themes."""
    scheme = DARK if dark else LIGHT
    return (
        f"QProgressBar {{ background: {scheme.track}; border: none; border-radius: 5px; }}"
        f"QProgressBar::chunk {{ background: {scheme.accent}; border-radius: 5px; }}"
    )


def accent_button_style(palette: QPalette) -> str:
    """The one button that matters most ("Cramp now"), in the app's colour."""
    scheme = scheme_of(palette)
    return (
        f"QToolButton, QPushButton {{ background: {scheme.accent}; color: {scheme.accent_text};"
        f" border: 1px solid {scheme.border}; border-radius: 6px; padding: 6px; }}"
    )


NOTICE_BOX = {
    "light": ("#fff4d6", "#4d3500", "#b7862a"),
    "dark": ("#3a2e14", "#ffe2a8", "#b7862a"),
}
"""A calm, noticeable box for advice worth acting on soon (not an alarm): (background, text,
border) on light and on dark windows."""
WARNING_BOX = {
    "light": ("#fde2e2", "#7a1010", "#c0392b"),
    "dark": ("#4a1518", "#ffd9d6", "#e0584c"),
}
"""The warning-sign box, plain words in red; dark on a dark window (a light pink box glares in
a dark room at night). A table row with a warning sign takes its background and text."""


def _box(colours: dict[str, tuple[str, str, str]], palette: QPalette, border: int) -> str:
    background, text, edge = colours["dark" if scheme_of(palette).dark else "light"]
    return (
        f"background: {background}; color: {text}; border: {border}px solid {edge}; padding: 8px;"
    )


def notice_style(palette: QPalette) -> str:
    return _box(NOTICE_BOX, palette, 1)


def warning_style(palette: QPalette) -> str:
    return _box(WARNING_BOX, palette, 2)


def warning_row(palette: QPalette) -> tuple[str, str]:
    background, text, _ = WARNING_BOX["dark" if scheme_of(palette).dark else "light"]
    return background, text


def secondary_label(text: str, name: str = "") -> QLabel:
    """A help sentence under a field: smaller and quieter than the label, wrapped, and in
    the palette's placeholder colour (4.5:1 in every scheme), so it follows the theme."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setFont(scaled(label.font(), TYPE["small"]))
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
