"""Calf Coach: a quiet tray coach against night-time calf cramps in pregnancy."""

__version__ = "0.1.0"

APP_NAME = "Calf Coach"
