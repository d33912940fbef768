"""Domain errors: each carries a translation key whose text is fit to show a pupil or teacher."""

from __future__ import annotations


class CouncilError(Exception):
    """Base of every error a page may show; `key` is looked up in the translation table."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


class NotAllowed(CouncilError):
    """The user's role or ownership does not permit this action."""


class NotFound(CouncilError):
    """The thing asked for does not exist (or is not visible to this user)."""


class WrongPhase(CouncilError):
    """The session's phase does not allow this action now."""


class AlreadyVoted(CouncilError):
    """This participant has already cast a ballot."""


class InvalidInput(CouncilError):
    """The input is empty, too long or otherwise not acceptable."""


class Busy(CouncilError):
    """The server could not serve this request in time (every database connection in use); nothing was changed."""


class LimitReached(CouncilError):
    """This pupil or session has sent as much of something as it may (per session, or per minute)."""
