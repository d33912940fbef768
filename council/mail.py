"""Sending e-mail with the standard library's smtplib; settings come from the caller (pages read secrets.toml)."""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from council.outbox import Outcome
from council.runtime_tables import OutboxMessage
from council.stored import id_of

log = logging.getLogger("council.mail")


@dataclass(frozen=True)
class SmtpSettings:
    """The [smtp] section of .streamlit/secrets.toml."""

    host: str
    sender: str
    port: int = 587
    starttls: bool = True
    user: str = ""
    password: str = ""
    app_url: str = ""  # the app's public address, for links in the messages
    timeout: float = 20.0

    @classmethod
    def from_mapping(cls, section: Mapping | None) -> SmtpSettings | None:
        """Settings from a secrets section, or None when host or sender is missing (then nothing is sent)."""
        if not section or not section.get("host") or not section.get("sender"):
            return None
        return cls(
            host=str(section["host"]),
            sender=str(section["sender"]),
            port=int(section.get("port", 587)),
            starttls=bool(section.get("starttls", True)),
            user=str(section.get("user", "")),
            password=str(section.get("password", "")),
            app_url=str(section.get("app_url", "")).rstrip("/"),
        )


def message(settings: SmtpSettings, row: OutboxMessage) -> EmailMessage:
    """One queued row as an e-mail (plain text, UTF-8)."""
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = settings.sender, row.to_address, row.subject
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = make_msgid(domain=settings.sender.partition("@")[2] or None)
    mail.set_content(row.body)
    return mail


def send_all(
    settings: SmtpSettings, rows: list[OutboxMessage], *, context: ssl.SSLContext | None = None
) -> list[Outcome]:
    """Send the rows over one connection; never raises: every row gets an outcome."""
    outcomes: list[Outcome] = []
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout) as server:
            if settings.starttls:
                server.starttls(context=context or ssl.create_default_context())
            if settings.user:
                server.login(settings.user, settings.password)
            for row in rows:
                outcomes.append(_send_one(server, settings, row))
    except (OSError, smtplib.SMTPException) as err:
        # Unreachable, refused the session or went away: what was not accepted yet is tried again later.
        log.warning("SMTP %s:%s unavailable: %s", settings.host, settings.port, type(err).__name__)
        done = {outcome.message_id for outcome in outcomes}
        outcomes += [Outcome(id_of(row), _describe(err)) for row in rows if row.id not in done]
    return outcomes


def _send_one(server: smtplib.SMTP, settings: SmtpSettings, row: OutboxMessage) -> Outcome:
    try:
        server.send_message(message(settings, row))
    except smtplib.SMTPRecipientsRefused as err:
        codes = [code for code, _ in err.recipients.values()]
        log.warning("message %s refused for its address (%s)", row.id, codes)
        return Outcome(id_of(row), _describe(err), permanent=all(code >= 500 for code in codes))
    except smtplib.SMTPResponseException as err:
        log.warning("message %s not accepted: %s", row.id, err.smtp_code)
        return Outcome(id_of(row), _describe(err), permanent=err.smtp_code >= 500)
    log.info("message %s (%s) sent", row.id, row.kind)
    return Outcome(id_of(row))


def _describe(err: Exception) -> str:
    return f"{type(err).__name__}: {err}"[:300]
