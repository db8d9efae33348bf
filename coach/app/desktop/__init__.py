"""The machine and desktop around the app: the clock it reads, screens, X11 and D-Bus,
the key from anywhere, the person's attention, the laptop's sleep, and the command
socket that `calf-coach ...` talks to.

May import: coach.core and its sub-packages; nothing else of the app.
"""
