"""How every window looks and speaks: the design (colours, type scale, spacing), the
theme, the icons and their drawings, check boxes that grow with the text, the language,
the messages said to a screen reader as they appear, the rings that show the keyboard's
place and a refused value, and the keys every window answers alike.

May import: coach.core and its sub-packages; nothing else of the app.
"""
