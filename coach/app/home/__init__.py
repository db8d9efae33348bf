"""The app's face: the tray icon and its menu, or the home window where there is no tray
(tray_or_window), the actions the menus share, what they say at a glance (glance), and
the one-of-each window opener (windows).

May import: coach.core and its sub-packages, and every feature folder of coach.app
(style, desktop, history, routines, settings, reminders); not the wiring at coach.app.
"""
