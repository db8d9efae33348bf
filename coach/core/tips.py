"""Optional tips from the sources (see the README), in our own words, shown as tips only.

Each tip is something a person may try; none diagnoses, prescribes or doses.
"""

from __future__ import annotations

from coach.core.i18n import QT_TRANSLATE_NOOP, translate

TIPS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("tips", "Warm up before bed"),
        QT_TRANSLATE_NOOP(
            "tips",
            "A warm bath or a warm foot bath in the evening may help the calf muscles relax. "
            "Warm socks at night keep the legs comfortable.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("tips", "Go easy on caffeine"),
        QT_TRANSLATE_NOOP(
            "tips",
            "Strong tea and coffee can make cramps more likely; water is the better drink.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("tips", "Comfortable shoes"),
        QT_TRANSLATE_NOOP(
            "tips", "Choose comfortable shoes, with heels no higher than about 5 cm."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("tips", "Change position"),
        QT_TRANSLATE_NOOP(
            "tips",
            "Try not to sit cross-legged, or to stand or sit in one position, for long. Get up "
            "now and then, walk a little, roll from heel to toe.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("tips", "Food"),
        QT_TRANSLATE_NOOP(
            "tips",
            "Potatoes, beans, bananas, dried apricots, nuts and seeds, leafy greens and dairy "
            "are rich in potassium, magnesium and calcium. Take supplements or medicines only "
            "if your midwife or doctor advises them.",
        ),
    ),
)
"""(title, text) for each tip, in the order shown."""


def tips() -> list[tuple[str, str]]:
    """The tips in the app's language."""
    return [(translate("tips", title), translate("tips", text)) for title, text in TIPS]
