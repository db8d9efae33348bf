"""Settings on screen: the settings in use (one owner, a `changed` signal), the settings
window built from the schema, its editors and time fields, and the first-run welcome
(with its offer to start at login).

May import: coach.core and its sub-packages, coach.app.style, coach.app.desktop.
"""
