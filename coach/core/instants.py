"""Instants are compared and subtracted in UTC, never as wall times.

Python compares and subtracts two aware datetimes that share one tzinfo as
naive wall times, ignoring the offset: in the repeated autumn hour, 02:30 of
the first pass is "later" than 02:10 of the second. Converting to UTC first
makes every comparison an honest one. The local zone is for building
wall-clock slots and for showing times.
"""

from __future__ import annotations

import datetime as dt

UTC = dt.UTC


def utc(moment: dt.datetime) -> dt.datetime:
    """The same instant in UTC (an aware datetime is required)."""
    if moment.tzinfo is None:
        raise ValueError("an instant must be an aware datetime (with its time zone)")
    return moment.astimezone(UTC)
