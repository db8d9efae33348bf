"""What the log says: figures and charts' numbers, the rows of the history table, the
report for a care provider and the exports (JSON, CSV).

May import: coach.core (the shared root modules), coach.core.settings, coach.core.history,
coach.core.routines.
"""
