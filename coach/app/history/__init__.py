"""The person's log on screen: the dialogs that log a cramp or a drink, the history
window (week, charts, entries, corrections), its exports and PDF report, the tips
page, and the writer the running app logs through.

May import: coach.core and its sub-packages, coach.app.style, coach.app.desktop.
"""
