"""Pure logic of Calf Coach: no Qt here, and no reading of the clock.

Every function that depends on time takes it as an argument, so the whole
plan can be tested by building datetimes instead of waiting for them.
"""
