"""Colour contrast as WCAG 2 defines it: text needs 4.5:1 against its background (disabled
text too: it says what is not available), the parts of a control (a check box's border,
a chart's marks) 3:1."""

from __future__ import annotations

TEXT_CONTRAST = 4.5
CONTROL_CONTRAST = 3.0
DISTINCT = 2.0
"""Between disabled and enabled text: both are read, and still told apart."""


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
