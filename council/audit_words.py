"""The audit log in words, in the reader's language, with a link to what each line names; the raw codes stay
for the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from council.auth import Actor
from council.exports.cells import neutralise_cell
from council.forwarding_tables import Forwarding
from council.i18n import t
from council.lifecycle import AuditLine
from council.models import Argument, Committee, CouncilSession, Material, Proposal, Report
from council.permissions import may_manage_data, require

_NUMBER = re.compile(r"(\w+):(\d+)")


@dataclass(frozen=True)
class Entry:
    """One audit line: when, who, the raw code and target, the sentence, and the app address it names."""

    at: dt.datetime
    username: str
    action: str
    target: str
    words: str
    link: str


def in_words(db: Session, actor: Actor | None, lines: list[AuditLine], lang: str) -> list[Entry]:
    """Each line as a sentence ('flyttade klimatrådet ”6B” till fasen Rösta') and a link, for the admin."""
    require(may_manage_data(actor))
    names = _Names(db, lines)
    return [_entry(line, names, lang) for line in lines]


def _entry(line: AuditLine, names: _Names, lang: str) -> Entry:
    described = _describe(line, names, lang)
    if described is None:  # an action this module does not know yet: its code, as stored
        return Entry(line.at, line.username, line.action, line.target, f"{line.action} {line.target}".strip(), "")
    values, link = described
    key = f"audit.{line.action}"
    return Entry(line.at, line.username, line.action, line.target, t(key, lang, **values), link)


def _describe(line: AuditLine, names: _Names, lang: str) -> tuple[dict, str] | None:
    """The sentence's values and the link for one line, or None for an unknown action."""
    action, target = line.action, line.target
    if f"audit.{action}" not in _KNOWN:
        return None
    ids = {kind: int(number) for kind, number in _NUMBER.findall(target)}
    extra = target.split(":")[2] if target.count(":") >= 2 else ""
    if action.startswith(("session.", "codes.", "material.add")) or "session" in ids and "proposal" not in ids:
        return _about_session(action, ids.get("session"), extra, names, lang)
    if "forwarding" in ids:
        forwarding = names.forwarding(ids["forwarding"])
        values: dict[str, object] = {"proposal": names.proposal_title(ids.get("proposal")), "committee": forwarding[1]}
        return values, f"answer?forwarding={ids['forwarding']}"
    if "report" in ids:
        session_id, version = names.report(ids["report"])
        chosen = [int(n) for n in re.findall(r"\d+", target.partition("[")[2])]
        values = {"title": names.session_title(session_id), "version": version, "committees": names.committees(chosen)}
        return values, f"report?session={session_id}"
    if "proposal" in ids:
        session_id = names.proposal_session(ids["proposal"])
        return {"title": names.proposal_title(ids["proposal"])}, f"session?session={session_id}"
    if "argument" in ids:
        proposal_id = names.argument_proposal(ids["argument"])
        session_id = names.proposal_session(proposal_id)
        return {"title": names.proposal_title(proposal_id)}, f"session?session={session_id}"
    if "material" in ids:
        return {}, ""  # the material itself is gone
    if action.startswith("committee."):
        name = names.committee(ids["committee"]) if "committee" in ids else target
        return {"name": name}, "committees"
    return {"name": target.rpartition(":")[2]}, "accounts"  # accounts: user:anna, teacher:anna, admin:rektor


def _about_session(action: str, session_id: int | None, extra: str, names: _Names, lang: str) -> tuple[dict, str]:
    values: dict = {"title": names.session_title(session_id)}
    if action in ("session.phase", "session.phase_back"):
        values["phase"] = t(f"phase.{extra}", lang) if extra else "–"
    if action == "report.freeze":
        values["version"] = extra.removeprefix("v")
    if action in ("session.countdown", "session.delete_ballots", "codes.generate"):
        values["n"] = int(extra or 0)
    if action == "session.countdown" and not values["n"]:
        action = "session.countdown_cleared"
    link = f"report?session={session_id}" if action == "report.freeze" else f"session?session={session_id}"
    return values, "" if session_id is None else link


class _Names:
    """The titles and names the lines refer to, read once per table."""

    def __init__(self, db: Session, lines: list[AuditLine]) -> None:
        wanted: dict[str, set[int]] = {}
        for line in lines:
            for kind, number in _NUMBER.findall(line.target):
                wanted.setdefault(kind, set()).add(int(number))
        self._db = db
        self._arguments = self._rows(Argument, wanted.get("argument"), lambda a: a.proposal_id)
        proposal_ids = wanted.get("proposal", set()) | set(self._arguments.values())
        self._proposals = self._rows(Proposal, proposal_ids, lambda p: (p.title, p.session_id))
        self._reports = self._rows(Report, wanted.get("report"), lambda r: (r.session_id, r.version))
        self._forwardings = self._rows(Forwarding, wanted.get("forwarding"), lambda f: (f.report_id, f.committee_id))
        self._committees = {c.id: c.name for c in db.exec(select(Committee))}
        session_ids = wanted.get("session", set()) | {s for _, s in self._proposals.values()}
        session_ids |= {s for s, _ in self._reports.values()}
        self._sessions = self._rows(CouncilSession, session_ids, lambda c: c.title)
        self._materials = self._rows(Material, wanted.get("material"), lambda m: m.session_id)

    def _rows(self, table: Any, ids: set[int] | None, keep: Callable[[Any], Any]) -> dict[int | None, Any]:
        if not ids:
            return {}
        return {row.id: keep(row) for row in self._db.exec(select(table).where(col(table.id).in_(ids)))}

    def session_title(self, session_id: int | None) -> str:
        return self._sessions.get(session_id, "–")

    def proposal_title(self, proposal_id: int | None) -> str:
        return self._proposals.get(proposal_id, ("–", None))[0]

    def proposal_session(self, proposal_id: int | None) -> int | None:
        return self._proposals.get(proposal_id, ("–", None))[1]

    def argument_proposal(self, argument_id: int) -> int | None:
        return self._arguments.get(argument_id)

    def report(self, report_id: int) -> tuple[int | None, int | str]:
        return self._reports.get(report_id, (None, "–"))

    def forwarding(self, forwarding_id: int) -> tuple[int | None, str]:
        report_id, committee_id = self._forwardings.get(forwarding_id, (None, None))
        return report_id, self._committees.get(committee_id, "–")

    def committee(self, committee_id: int) -> str:
        return self._committees.get(committee_id, "–")

    def committees(self, committee_ids: list[int]) -> str:
        return ", ".join(self._committees.get(cid, "–") for cid in committee_ids) or "–"


def csv_bytes(entries: list[Entry], lang: str) -> bytes:
    """The log as CSV with the raw codes kept beside the words (UTF-8 with BOM, so Excel reads å, ä, ö)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow([t(f"audit.csv.{name}", lang) for name in ("at", "who", "action", "target", "words")])
    for entry in entries:
        row = [entry.at.isoformat(timespec="seconds"), entry.username, entry.action, entry.target, entry.words]
        writer.writerow([neutralise_cell(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


_KNOWN = {
    "audit.auth.login",
    "audit.auth.sso_login",
    "audit.user.create_first_admin",
    "audit.user.create",
    "audit.user.edit",
    "audit.user.deactivate",
    "audit.user.activate",
    "audit.user.reset_password",
    "audit.session.create",
    "audit.session.phase",
    "audit.session.phase_back",
    "audit.session.countdown",
    "audit.session.themes",
    "audit.session.theme_rename",
    "audit.session.join_options",
    "audit.session.certify",
    "audit.session.archive",
    "audit.session.delete_ballots",
    "audit.codes.generate",
    "audit.codes.revoke",
    "audit.codes.revoke_unused",
    "audit.material.add",
    "audit.material.remove",
    "audit.proposal.published",
    "audit.proposal.rejected",
    "audit.proposal.labels",
    "audit.proposal.merge",
    "audit.argument.published",
    "audit.argument.rejected",
    "audit.report.freeze",
    "audit.report.forward",
    "audit.report.share",
    "audit.report.unshare",
    "audit.answer.give",
    "audit.committee.create",
    "audit.committee.rename",
    "audit.committee.remove",
}
