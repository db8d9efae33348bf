"""Colour contrast as WCAG 2 defines it: text needs 4.5:1 against its background (disabled
text too: it says what is not available), the parts of a control (a check box's border,
a chart's marks) 3:1. And how far apart two colours look (CIELAB), for marks whose
meanings differ: contrast alone lets a gold and an orange of the same lightness pass."""

from __future__ import annotations

TEXT_CONTRAST = 4.5
CONTROL_CONTRAST = 3.0
DISTINCT = 2.0
"""Between disabled and enabled text: both are read, and still told apart."""
APART = 40.0
"""The CIELAB distance (CIE76) between marks that mean different things in one chart:
about twice what a glance tells apart, so they stay apart on a dim laptop screen."""


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of "#rrggbb", 0 (black) to 1 (white)."""
    red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(first: str, second: str) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _lab(colour: str) -> tuple[float, float, float]:
    """CIELAB of "#rrggbb" (sRGB, D65 white)."""
    red, green, blue = (_channel(int(colour.lstrip("#")[i : i + 2], 16)) for i in (0, 2, 4))
    x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
    y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def difference(first: str, second: str) -> float:
    """How far apart two colours look: the CIE76 distance of their CIELAB values."""
    return float(sum((a - b) ** 2 for a, b in zip(_lab(first), _lab(second), strict=True)) ** 0.5)
