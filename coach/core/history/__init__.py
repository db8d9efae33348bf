"""The private log: what it holds, as values (records), the SQLite file that keeps it
(store), and the one set of rules for what a cramp or water entry may hold
(entry_checks), shared by the dialogs and the command line.

May import: coach.core (the shared root modules) only.
"""
