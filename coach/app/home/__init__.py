"""The app's face: the tray icon and its menu, or the home window where there is no tray,
the actions every menu shares, and the one-of-each window opener.

May import: coach.core and its sub-packages, and every feature folder of coach.app
(style, desktop, history, routines, settings, reminders); not the wiring at coach.app.
"""
