"""Themes (per session, the teacher's to rename) and addressees (a fixed list) of proposals."""

from __future__ import annotations

from sqlmodel import Session, select

from council.auth import Actor, record
from council.db import transactional
from council.errors import InvalidInput, NotFound
from council.i18n import t
from council.models import CouncilSession, Proposal
from council.moderation import moderatable
from council.sessions import owned_session
from council.text import clean_text

DEFAULT_THEME_KEYS = (
    "transport",
    "energy",
    "food",
    "consumption",
    "buildings",
    "nature",
    "adaptation",
    "school",
    "information",
    "other",
)
THEME_ICONS = {
    "transport": "🚲",
    "energy": "☀️",
    "food": "🥕",
    "consumption": "♻️",
    "buildings": "🏫",
    "nature": "🌳",
    "adaptation": "🌧️",
    "school": "🎒",
    "information": "💡",
    "other": "✏️",
}
ADDRESSEES = ("school", "bun", "other_committee", "company", "region", "county_board", "national")
THEME_LIMIT = 80
MAX_THEMES = 20


def default_themes(lang: str = "sv") -> list[str]:
    """The ten default themes in the teacher's language."""
    return [t(f"theme.default.{key}", lang) for key in DEFAULT_THEME_KEYS]


def icon_for(theme: str) -> str:
    """The picture of a default theme (in either language), to help younger pupils; '' for the teacher's own."""
    for key, icon in THEME_ICONS.items():
        if theme in (t(f"theme.default.{key}", "sv"), t(f"theme.default.{key}", "en")):
            return icon
    return ""


def themes_of(council: CouncilSession) -> list[str]:
    """The session's themes (the defaults in Swedish for a session made without any)."""
    return list(council.themes) or default_themes()


def checked_themes(names: list[str]) -> list[str]:
    """Cleaned theme names: 1–20, each short, none twice (ignoring case)."""
    cleaned = [clean_text(name, limit=THEME_LIMIT, field="theme") for name in names if (name or "").strip()]
    if not 1 <= len(cleaned) <= MAX_THEMES:
        raise InvalidInput("theme.bad_count", most=MAX_THEMES)
    folded = [name.casefold() for name in cleaned]
    if len(set(folded)) != len(folded):
        raise InvalidInput("theme.twice")
    return cleaned


@transactional
def set_themes(db: Session, actor: Actor | None, session_id: int, *, names: list[str]) -> list[str]:
    """Replace the session's themes; a theme a proposal still uses cannot be removed."""
    council = owned_session(db, actor, session_id)
    cleaned = checked_themes(names)
    if missing := sorted(_used_themes(db, session_id) - set(cleaned)):
        raise InvalidInput("theme.in_use", theme=missing[0])
    council.themes = cleaned
    db.add(council)
    record(db, actor, "session.themes", f"session:{session_id}")
    return cleaned


@transactional
def rename_theme(db: Session, actor: Actor | None, session_id: int, *, old: str, new: str) -> list[str]:
    """Rename one theme, in the session's list and on every proposal that carries it."""
    council = owned_session(db, actor, session_id)
    current = themes_of(council)
    if old not in current:
        raise NotFound("theme.not_found")
    renamed = checked_themes([new if name == old else name for name in current])
    for proposal in db.exec(select(Proposal).where(Proposal.session_id == session_id, Proposal.theme == old)):
        proposal.theme = renamed[current.index(old)]
        db.add(proposal)
    council.themes = renamed
    db.add(council)
    record(db, actor, "session.theme_rename", f"session:{session_id}")
    return renamed


def _used_themes(db: Session, session_id: int) -> set[str]:
    query = select(Proposal.theme).where(Proposal.session_id == session_id, Proposal.theme != "").distinct()
    return set(db.exec(query))


def checked_choice(council: CouncilSession, *, theme: str, addressee: str) -> tuple[str, str]:
    """A theme from the session's list and an addressee from the fixed list, or a clear refusal."""
    if theme not in themes_of(council):
        raise InvalidInput("input.theme_empty")
    if addressee not in ADDRESSEES:
        raise InvalidInput("addressee.missing")
    return theme, addressee


@transactional
def change_labels(db: Session, actor: Actor | None, proposal_id: int, *, theme: str, addressee: str) -> Proposal:
    """The teacher changes a proposal's theme and addressee (before voting)."""
    proposal, council = moderatable(db, actor, proposal_id)
    proposal.theme, proposal.addressee = checked_choice(council, theme=theme, addressee=addressee)
    db.add(proposal)
    record(db, actor, "proposal.labels", f"proposal:{proposal.id}")
    return proposal
