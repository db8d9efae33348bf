"""Where the app lives on this computer: its folders, its assets, starting at login and
the launcher in the applications menu.

May import: coach.core (the shared root modules) only; the app's name from coach.
"""
