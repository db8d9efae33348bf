"""What comes when: daily triggers, the reminder plan, what fell due, the agenda of the
card and the waiting (and the history rows it writes), the app's small memory between
runs, today at a glance, and the commands the running app answers.

May import: coach.core (the shared root modules), coach.core.settings, coach.core.history.
"""
