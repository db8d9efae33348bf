"""The person's settings and what they are built from: declared once, read everywhere.

option_types (kinds of option, reading and writing a tree of them), schema (every
setting, its page and file comment), kinds (each reminder kind, declared once),
pregnancy (the `[pregnancy]` section and the week it gives), attention (when the
person can be spoken to), welcome_answers (the first-run answers as settings).

May import: coach.core (the shared root modules) only.
"""
