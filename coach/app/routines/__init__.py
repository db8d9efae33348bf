"""Routines on screen and aloud: the library of routines in the app's language, the
player window, the chimes and the voice.

May import: coach.core and its sub-packages, coach.app.style, coach.app.desktop.
"""
