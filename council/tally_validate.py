"""Ballot rules per voting method: raw UI choices in, a cleaned ballot out or InvalidInput."""

from __future__ import annotations

from collections import Counter
from numbers import Integral

from council.errors import InvalidInput

METHODS = ("approval", "dots", "ranked", "score")
SCORE_RANGE = (-2, 2)
_DEFAULTS: dict[str, dict] = {
    "approval": {"max_picks": None},
    "dots": {"points": 5, "max_per_proposal": 3},
    "ranked": {"top_k": 3},
    "score": {},
}


def check_method(method: str) -> None:
    """Raise InvalidInput unless `method` is one of METHODS."""
    if method not in METHODS:
        raise InvalidInput("tally.unknown_method", method=method)


def default_params(method: str) -> dict:
    """The parameters a method uses when the teacher changes nothing."""
    check_method(method)
    return dict(_DEFAULTS[method])


def full_params(method: str, params: dict | None) -> dict:
    """The method's defaults overridden by the given parameters."""
    return {**default_params(method), **(params or {})}


def validate_choices(method: str, params: dict, choices: dict[int, int], proposal_ids: set[int]) -> dict[int, int]:
    """Check a raw ballot {proposal_id: value} against the method's rules and return it cleaned."""
    params = full_params(method, params)
    for proposal_id, value in choices.items():
        _check_entry(proposal_id, value, proposal_ids)
    if method == "score":
        return _clean_score(choices, proposal_ids)
    cleaned = {int(pid): int(value) for pid, value in choices.items() if value != 0}
    _RULES[method](cleaned, params)
    return cleaned


def _check_entry(proposal_id: int, value: object, proposal_ids: set[int]) -> None:
    if proposal_id not in proposal_ids:
        raise InvalidInput("ballot_error.unknown_proposal", proposal_id=proposal_id)
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise InvalidInput("ballot_error.not_a_number")


def _check_range(cleaned: dict[int, int], low: int, high: int) -> None:
    for value in cleaned.values():
        if not low <= value <= high:
            raise InvalidInput("ballot_error.value_out_of_range", value=value, low=low, high=high)


def _check_approval(cleaned: dict[int, int], params: dict) -> None:
    _check_range(cleaned, 0, 1)
    max_picks = params["max_picks"]
    if max_picks is not None and len(cleaned) > max_picks:
        raise InvalidInput("ballot_error.too_many_picks", max_picks=max_picks)


def _check_dots(cleaned: dict[int, int], params: dict) -> None:
    if any(value > params["max_per_proposal"] for value in cleaned.values()):
        raise InvalidInput("ballot_error.too_many_on_one", max_per_proposal=params["max_per_proposal"])
    _check_range(cleaned, 0, params["max_per_proposal"])
    if (used := sum(cleaned.values())) > params["points"]:
        raise InvalidInput("ballot_error.too_many_points", used=used, points=params["points"])


def _check_ranked(cleaned: dict[int, int], params: dict) -> None:
    if len(cleaned) > params["top_k"]:
        raise InvalidInput("ballot_error.too_many_ranked", top_k=params["top_k"])
    if repeated := sorted(position for position, uses in Counter(cleaned.values()).items() if uses > 1):
        raise InvalidInput("ballot_error.rank_used_twice", position=repeated[0])
    _check_range(cleaned, 1, params["top_k"])
    if sorted(cleaned.values()) != list(range(1, len(cleaned) + 1)):
        raise InvalidInput("ballot_error.ranks_not_contiguous")


def _clean_score(choices: dict[int, int], proposal_ids: set[int]) -> dict[int, int]:
    # An empty ballot is the pupil abstaining; otherwise an unscored proposal means "neither for nor against".
    if not choices:
        return {}
    cleaned = {int(pid): int(choices.get(pid, 0)) for pid in proposal_ids}
    _check_range(cleaned, *SCORE_RANGE)
    return cleaned


_RULES = {"approval": _check_approval, "dots": _check_dots, "ranked": _check_ranked}
