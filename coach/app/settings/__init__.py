"""Settings on screen: the settings in use (one owner, a `changed` signal), the settings
window built from the schema, its editors and time fields, and the first-run welcome.

May import: coach.core and its sub-packages, coach.app.style, coach.app.desktop.
"""
