"""Routines as data: their TOML files (definitions), the pure step player and the chimes.

May import: coach.core (the shared root modules) and coach.core.settings.
"""
