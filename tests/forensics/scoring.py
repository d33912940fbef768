"""How much an attack learned: pairs it claims, how many are right, and whether an order it read beats chance."""

from __future__ import annotations

from dataclasses import dataclass

from .scenario import Vote

# Twelve items in a random order (400,000 shuffles): P(7 or more fixed points) ≈ 7·10⁻⁵ and
# P(|Kendall τ| ≥ 0.8) ≈ 5·10⁻⁵, so a test asserting less fails on a leak and almost never by chance.
MOST_FIXED_POINTS_BY_CHANCE = 6
MOST_TAU_BY_CHANCE = 0.8


@dataclass(frozen=True)
class Pairs:
    """Pairs an attack claims (participant or slip, ballot proposal) and how many of them are true."""

    claimed: int
    right: int


def score_ballot_pairs(vote: Vote, pairs: list[tuple[int, int]]) -> Pairs:
    """Score (participant id, proposal id of the ballot) pairs against the truth."""
    right = sum(1 for pid, proposal in pairs if (v := vote.by_participant(pid)) and v.proposal_id == proposal)
    return Pairs(len(pairs), right)


def score_slip_pairs(vote: Vote, pairs: list[tuple[str, int]]) -> Pairs:
    """Score (slip hash, participant id) pairs against the truth."""
    right = sum(1 for slip, pid in pairs if vote.participant_of_slip(slip) == pid)
    return Pairs(len(pairs), right)


def fixed_points(guess: list[int], truth: list[int]) -> int:
    """How many places two orders of the same items agree on."""
    return sum(1 for a, b in zip(guess, truth, strict=False) if a == b)


def kendall_tau(guess: list[int], truth: list[int]) -> float:
    """Rank correlation of two orders of the same items (1: the same order, -1: reversed, ~0: unrelated)."""
    place = {item: i for i, item in enumerate(truth)}
    ranks = [place[item] for item in guess if item in place]
    pairs = [(a, b) for i, a in enumerate(ranks) for b in ranks[i + 1 :]]
    if not pairs:
        return 0.0
    return sum(1 if a < b else -1 for a, b in pairs) / len(pairs)


def order_leak(guess: list[int], truth: list[int]) -> tuple[int, float]:
    """Fixed points and Kendall τ of an order an attack read against the true order."""
    return fixed_points(guess, truth), kendall_tau(guess, truth)


def beats_chance(guess: list[int], truth: list[int]) -> bool:
    """True when an order read from the files matches the true order better than a random order plausibly could."""
    fixed, tau = order_leak(guess, truth)
    return fixed > MOST_FIXED_POINTS_BY_CHANCE or abs(tau) >= MOST_TAU_BY_CHANCE
