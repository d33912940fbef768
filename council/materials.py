"""Background material for the learn phase: teacher text, links, and figures from a CSV shown as a chart."""

from __future__ import annotations

import csv
import io
from urllib.parse import quote, urlsplit

import pandas as pd
from sqlmodel import Session, col, select

from council.auth import Actor, record
from council.db import transactional
from council.errors import InvalidInput, NotFound
from council.models import Material
from council.permissions import may_add_material
from council.sessions import owned_session
from council.text import clean_text

CSV_LIMIT = 1_000_000  # bytes: a year-by-sector table is a few kB; 10 MB is a mistake
MAX_ROWS, MAX_COLUMNS = 5000, 40
MAX_LINKS = 20


def read_figures(raw: bytes) -> pd.DataFrame:
    """A CSV as Excel writes it (UTF-8 with or without BOM, or Windows-1252; comma or semicolon) as a table."""
    if len(raw) > CSV_LIMIT:
        raise InvalidInput("material.csv_too_big", most_kb=CSV_LIMIT // 1000, size_kb=len(raw) // 1000)
    text = _decode(raw)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        sep = dialect.delimiter
    except csv.Error:
        sep = ","
    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, decimal="," if sep == ";" else ".", thousands=None)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
        raise InvalidInput("material.csv_unreadable") from None
    if len(frame.columns) < 2 or frame.empty:
        raise InvalidInput("material.csv_too_few_columns")
    if len(frame.columns) > MAX_COLUMNS or len(frame) > MAX_ROWS:
        raise InvalidInput("material.csv_too_large_table", rows=MAX_ROWS, columns=MAX_COLUMNS)
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame


def _decode(raw: bytes) -> str:
    """UTF-8 (a BOM dropped) when it decodes, else Windows-1252, Excel's other Swedish default."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput("material.csv_encoding")


def numeric_columns(frame: pd.DataFrame) -> list[str]:
    """The columns a chart can draw as values."""
    return [str(c) for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])]


def check_chart(frame: pd.DataFrame, *, x: str, ys: list[str]) -> None:
    """The chart's x column exists, and its value columns exist and hold numbers."""
    if x not in frame.columns:
        raise InvalidInput("material.no_such_column", column=x)
    if not ys:
        raise InvalidInput("material.pick_values")
    for column in ys:
        if column not in frame.columns:
            raise InvalidInput("material.no_such_column", column=column)
        if column not in numeric_columns(frame):
            raise InvalidInput("material.not_numbers", column=column)


def parse_links(text: str) -> list[dict[str, str]]:
    """One link a line, 'label | https://…' or just the address; only http(s) addresses are accepted."""
    links = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        label, _, url = line.rpartition("|") if "|" in line else ("", "", line)
        url = url.strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
            raise InvalidInput("material.bad_link", line=line.strip()[:80])
        links.append({"label": clean_text(label or url, limit=120, field="title"), "url": url})
    if len(links) > MAX_LINKS:
        raise InvalidInput("material.too_many_links", most=MAX_LINKS)
    return links


def safe_url(url: str) -> str:
    """The address with characters that could end a markdown link percent-encoded."""
    return quote(url, safe=":/?#&=%+@,;~!$*'")


@transactional
def add(
    db: Session,
    actor: Actor | None,
    session_id: int,
    *,
    title: str,
    body: str = "",
    links: str = "",
    figures: bytes | None = None,
    chart_x: str = "",
    chart_y: list[str] | None = None,
) -> Material:
    """Add one piece of background to the session (until the vote is closed)."""
    owned_session(db, actor, session_id, may=may_add_material)
    material = Material(
        session_id=session_id,
        title=clean_text(title, limit=120, field="title"),
        body=clean_text(body, limit=10000, field="body", required=False, multiline=True),
        links=parse_links(links),
    )
    if figures:
        frame = read_figures(figures)
        check_chart(frame, x=chart_x, ys=list(chart_y or []))
        material.figures_csv = frame.to_csv(index=False)
        material.chart_x, material.chart_y = chart_x, list(chart_y or [])
    db.add(material)
    record(db, actor, "material.add", f"session:{session_id}")
    return material


@transactional
def remove(db: Session, actor: Actor | None, material_id: int) -> None:
    """Delete one piece of background."""
    material = db.get(Material, material_id)
    if material is None:
        raise NotFound("material.not_found")
    owned_session(db, actor, material.session_id)
    db.delete(material)
    record(db, actor, "material.remove", f"material:{material_id}")


def for_session(db: Session, session_id: int) -> list[Material]:
    """The session's background, in the order it was added."""
    return list(db.exec(select(Material).where(Material.session_id == session_id).order_by(col(Material.id))))


def figures_of(material: Material) -> pd.DataFrame | None:
    """The stored figures as a table, or None."""
    return pd.read_csv(io.StringIO(material.figures_csv)) if material.figures_csv else None
