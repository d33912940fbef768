"""Deadline states: waiting, due within 30 days, overdue from the day after, answered, withdrawn."""

from __future__ import annotations

import datetime as dt

import pytest

from council.deadlines import Standing, overdue_since, state

DEADLINE = dt.date(2027, 6, 2)


@pytest.mark.parametrize(
    "today,answered,withdrawn,standing,days",
    [
        (dt.date(2027, 1, 1), False, False, Standing.waiting, 152),
        (dt.date(2027, 5, 2), False, False, Standing.waiting, 31),
        (dt.date(2027, 5, 3), False, False, Standing.due_soon, 30),
        (DEADLINE, False, False, Standing.due_soon, 0),
        (dt.date(2027, 6, 3), False, False, Standing.overdue, -1),
        (dt.date(2027, 6, 3), True, False, Standing.answered, -1),
        (dt.date(2027, 6, 3), False, True, Standing.withdrawn, -1),
    ],
)
def test_standing_on_a_given_day(today, answered, withdrawn, standing, days):
    found = state(DEADLINE, answered=answered, today=today, withdrawn=withdrawn)
    assert (found.standing, found.days_left) == (standing, days)


def test_overdue_since_the_day_after_the_deadline():
    assert overdue_since(DEADLINE) == dt.date(2027, 6, 3)
