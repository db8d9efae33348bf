"""Pure logic of Calf Coach: no Qt here, and no reading of the clock.

Every function that depends on time takes it as an argument, so the whole
plan can be tested by building datetimes instead of waiting for them.

The root holds the small modules every part shares: i18n (texts without Qt),
instants (compared in UTC), files (private, crash-safe writes), read_only (why a
file cannot be written now: a full or read-only disk, a mode the person set), advice
(the one not-medical-advice line and when to tell a care provider), tips and colour
(contrast). They import no other part of coach.

The features, each a folder whose docstring says what it may import, layered so
that imports point one way: settings and system first, then history and
routines, then plan, then insights. Nothing here imports coach.app or coach.cli.
"""
