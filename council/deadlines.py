"""Where a forwarded proposal stands against its deadline: answered, waiting, due soon or overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

SOON_DAYS = 30  # the reminder goes out, and the dashboard lists it, this many days before the deadline


class Standing(StrEnum):
    answered = "answered"
    waiting = "waiting"
    due_soon = "due_soon"
    overdue = "overdue"
    withdrawn = "withdrawn"


@dataclass(frozen=True)
class DeadlineState:
    standing: Standing
    deadline: dt.date
    days_left: int  # negative once overdue: how many days late


def state(deadline: dt.date, *, answered: bool, today: dt.date, withdrawn: bool = False) -> DeadlineState:
    """The standing of one proposal (or forwarding) on `today`; the deadline day itself is still in time."""
    days_left = (deadline - today).days
    if withdrawn:
        standing = Standing.withdrawn
    elif answered:
        standing = Standing.answered
    elif days_left < 0:
        standing = Standing.overdue
    elif days_left <= SOON_DAYS:
        standing = Standing.due_soon
    else:
        standing = Standing.waiting
    return DeadlineState(standing, deadline, days_left)


def overdue_since(deadline: dt.date) -> dt.date:
    """The first day the answer is late."""
    return deadline + dt.timedelta(days=1)
