"""Attacks on PostgreSQL's pages: date every participant's vote and join, every ballot's first appearance and every
slip's use by the transaction ids in the row versions left in the pages, and pair what happened in one transaction."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from .pg_pages import Version, versions

BOX_PREFIX = "sealedbox_"


@dataclass(frozen=True)
class Evidence:
    """Every row version of the tables a pupil writes, and of any sealed box, found in the pages."""

    participants: list[Version]
    ballots: list[Version]
    choices: list[Version]
    slips: list[Version]
    boxes: list[Version]
    rating_codes: list[Version]
    ratings: list[Version]


def gather(connection: Any) -> Evidence:
    """Read every page of the pupil tables (and sealed boxes, while any exist)."""
    connection.execute(text("CREATE EXTENSION IF NOT EXISTS pageinspect"))
    boxes = connection.execute(text("SELECT tablename FROM pg_tables WHERE tablename LIKE 'sealedbox%'")).scalars()
    return Evidence(
        versions(connection, "participant"),
        versions(connection, "ballot"),
        versions(connection, "ballotchoice"),
        versions(connection, "onetimecode"),
        [v for box in list(boxes) for v in versions(connection, box)],
        versions(connection, "ratingcode"),
        versions(connection, "answerrating"),
    )


def ballot_births(evidence: Evidence) -> dict[frozenset[int], int]:
    """For each ballot content, the first transaction any version holding it was written in."""
    contents: dict[tuple[str, int], set[int]] = defaultdict(set)
    for choice in evidence.choices:
        contents[(choice.values["ballot_id"], choice.xmin)].add(choice.values["proposal_id"])
    by_id = {ballot_id: frozenset(c) for (ballot_id, _), c in contents.items()}
    born: dict[frozenset[int], int] = {}
    sightings = [(frozenset(c), xmin) for (_, xmin), c in contents.items()]
    sightings += [(by_id[b.values["id"]], b.xmin) for b in evidence.ballots if b.values["id"] in by_id]
    for box in evidence.boxes:
        if box.values["kind"] == "b":
            sightings.append((frozenset(int(k) for k in json.loads(box.values["body"])), box.xmin))
    for content, xmin in sightings:
        born[content] = min(xmin, born.get(content, xmin))
    return born


def vote_times(evidence: Evidence) -> dict[int, int]:
    """For each participant who voted, the transaction of the vote: the first version with has_voted set, or else
    the end of the last version without it."""
    voted: dict[int, int] = {}
    unvoted_end: dict[int, int] = {}
    for v in evidence.participants:
        pid = v.values["id"]
        if v.values["has_voted"]:
            voted[pid] = min(v.xmin, voted.get(pid, v.xmin))
        elif v.xmax:
            unvoted_end[pid] = max(v.xmax, unvoted_end.get(pid, v.xmax))
    return {pid: voted.get(pid, unvoted_end.get(pid, 0)) for pid in voted}


def join_times(evidence: Evidence) -> dict[int, int]:
    """For each participant, the first transaction that wrote it."""
    joined: dict[int, int] = {}
    for v in evidence.participants:
        joined[v.values["id"]] = min(v.xmin, joined.get(v.values["id"], v.xmin))
    return joined


def use_times(evidence: Evidence) -> dict[str, int]:
    """For each used slip, the transaction that spent it (first version marked used, or a sealed-box entry)."""
    used: dict[str, int] = {}
    marks = [(v.values["code_hash"], v.xmin) for v in evidence.slips if v.values["used"]]
    marks += [(v.values["id"], v.xmin) for v in evidence.boxes if v.values["kind"] == "s"]
    for code_hash, xmin in marks:
        used[code_hash] = min(xmin, used.get(code_hash, xmin))
    return used


def code_births(evidence: Evidence) -> dict[str, int]:
    """For each rating code, the first transaction any version of it (in ratingcode or a sealed box) was written in."""
    born: dict[str, int] = {}
    marks = [(v.values["code_hash"], v.xmin) for v in evidence.rating_codes]
    marks += [(v.values["id"], v.xmin) for v in evidence.boxes if v.values["kind"] == "r"]
    for code_hash, xmin in marks:
        born[code_hash] = min(xmin, born.get(code_hash, xmin))
    return born


def code_pairs(evidence: Evidence) -> list[tuple[int, str]]:
    """(participant, rating code hash) for every vote whose transaction the pages pin to one new code."""
    return unique_pairs(vote_times(evidence), code_births(evidence))


def code_pairs_by_rank(evidence: Evidence) -> list[tuple[int, str]]:
    """(participant, rating code hash), pairing the order of votes with the order codes appeared in."""
    return ranked_pairs(vote_times(evidence), code_births(evidence))


def code_use_times(evidence: Evidence) -> dict[str, int]:
    """For each used rating code, the transaction that used it: its first version marked used, or else the end of
    its last unused version."""
    used: dict[str, int] = {}
    unused_end: dict[str, int] = {}
    for v in evidence.rating_codes:
        code = v.values["code_hash"]
        if v.values["used"]:
            used[code] = min(v.xmin, used.get(code, v.xmin))
        elif v.xmax:
            unused_end[code] = max(v.xmax, unused_end.get(code, v.xmax))
    for v in evidence.boxes:
        if v.values["kind"] == "u":
            used[v.values["id"]] = min(v.xmin, used.get(v.values["id"], v.xmin))
    return {code: used.get(code, unused_end.get(code, 0)) for code in used}


def rating_births(evidence: Evidence) -> dict[int, int]:
    """For each score, the first transaction any version of a rating with it was written in."""
    born: dict[int, int] = {}
    for v in evidence.ratings:
        score = v.values["score"]
        born[score] = min(v.xmin, born.get(score, v.xmin))
    return born


def score_pairs(evidence: Evidence) -> dict[str, list[tuple[str, int]]]:
    """(rating code hash, score) pairs: by a transaction the pages pin to one code and one rating, and by rank."""
    uses, births = code_use_times(evidence), rating_births(evidence)
    return {"time": unique_pairs(uses, births), "rank": ranked_pairs(uses, births)}


def unique_pairs(left: dict, right: dict) -> list[tuple]:
    """Pairs (a, b) whose times are equal and shared by no other a or b."""
    by_time_left, by_time_right = defaultdict(list), defaultdict(list)
    for key, when in left.items():
        by_time_left[when].append(key)
    for key, when in right.items():
        by_time_right[when].append(key)
    return [
        (keys[0], by_time_right[when][0])
        for when, keys in by_time_left.items()
        if len(keys) == 1 and len(by_time_right.get(when, ())) == 1
    ]


def ranked_pairs(left: dict, right: dict) -> list[tuple]:
    """Pairs by rank: the k-th earliest of one side with the k-th earliest of the other. Items whose time is shared
    are left out, since a tie says nothing about their order."""

    def ordered(times: dict) -> list:
        counts = defaultdict(int)
        for when in times.values():
            counts[when] += 1
        return [key for key, when in sorted(times.items(), key=lambda kv: kv[1]) if counts[when] == 1]

    return list(zip(ordered(left), ordered(right), strict=False))


def ballot_pairs(evidence: Evidence) -> list[tuple[int, int]]:
    """(participant, proposal of the ballot) for every vote whose transaction the pages pin to one ballot."""
    born = {content: xmin for content, xmin in ballot_births(evidence).items() if len(content) == 1}
    return [(pid, next(iter(content))) for pid, content in unique_pairs(vote_times(evidence), born)]


def ballot_pairs_by_rank(evidence: Evidence) -> list[tuple[int, int]]:
    """(participant, proposal of the ballot), pairing the order of votes with the order ballots appeared in."""
    born = {content: xmin for content, xmin in ballot_births(evidence).items() if len(content) == 1}
    return [(pid, next(iter(content))) for pid, content in ranked_pairs(vote_times(evidence), born)]


def slip_pairs(evidence: Evidence) -> list[tuple[str, int]]:
    """(slip hash, participant) for every join whose transaction the pages pin to one slip."""
    return [(slip, pid) for pid, slip in unique_pairs(join_times(evidence), use_times(evidence))]


def slip_pairs_by_rank(evidence: Evidence) -> dict[str, list[tuple[str, int]]]:
    """(slip hash, participant), pairing the order slips were used in with the order of joins, and of ids."""
    ids = {pid: pid for pid in join_times(evidence)}
    return {
        name: [(slip, pid) for pid, slip in ranked_pairs(order, use_times(evidence))]
        for name, order in (("join", join_times(evidence)), ("id", ids))
    }


def heap_orders(connection: Any, session_id: int) -> dict[str, list[int]]:
    """Ballots' proposals in the physical order of the live ballot and choice rows, and participants in theirs."""

    def ordered(query: str) -> list[int]:
        return list(connection.execute(text(query), {"s": session_id}).scalars())

    return {
        "ballot": ordered(
            "SELECT c.proposal_id FROM ballot b JOIN ballotchoice c ON c.ballot_id = b.id "
            "WHERE b.session_id = :s ORDER BY b.ctid"
        ),
        "ballotchoice": ordered(
            "SELECT c.proposal_id FROM ballotchoice c JOIN ballot b ON b.id = c.ballot_id "
            "WHERE b.session_id = :s ORDER BY c.ctid"
        ),
        "participant": ordered("SELECT id FROM participant WHERE session_id = :s ORDER BY ctid"),
    }


def rating_code_heap_order(connection: Any, session_id: int) -> list[str]:
    """The session's rating code hashes in the physical order of their live rows."""
    query = text("SELECT code_hash FROM ratingcode WHERE session_id = :s ORDER BY ctid")
    return list(connection.execute(query, {"s": session_id}).scalars())
