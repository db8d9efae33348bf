"""How every window looks and speaks: the design (colours, type scale, spacing), the
theme, the icons and their drawings, check boxes that grow with the text, the language,
and the announcements a screen reader speaks.

May import: coach.core and its sub-packages; nothing else of the app.
"""
