"""Calf Coach: a quiet tray coach against night-time calf cramps in pregnancy.

coach.core is the pure logic (no Qt, no clock), coach.app the Qt layer, and at
this level the two ways in: coach.start (a plain `calf-coach`) and coach.cli
(every command), which share coach.data_folders. The app's name and version are
declared here, once, for every part to read: any module may import them.
The ways in may import anything of coach.
"""

__version__ = "0.1.0"

APP_NAME = "Calf Coach"
