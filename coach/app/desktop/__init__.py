"""The machine and desktop around the app: the clock it reads, screens, X11 and D-Bus,
the key from anywhere, the person's attention, the laptop's sleep, the command
socket that `calf-coach ...` talks to, and the screen reader's announcements.

May import: coach.core and its sub-packages; nothing else of the app.
"""
