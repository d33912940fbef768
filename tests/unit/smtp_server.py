"""A real SMTP server for tests (aiosmtpd on 127.0.0.1): it keeps every message it accepts."""

from __future__ import annotations

import email
import socket
from email import policy
from email.message import Message

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword
from aiosmtpd.smtp import Session as SMTPSession


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """The aiosmtpd handler: accepted messages, and addresses it refuses for good (550)."""

    def __init__(self, refuse: tuple[str, ...] = ()) -> None:
        self.messages: list[Message] = []
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted"

    def to(self, address: str) -> list[Message]:
        return [m for m in self.messages if m["To"] == address]


class SmtpServer:
    """Start, stop and start again on the same port (the 'server down, then up' test)."""

    def __init__(self, *, refuse: tuple[str, ...] = (), login: tuple[str, str] | None = None) -> None:
        self.port = free_port()
        self.inbox = Inbox(refuse)
        self.login = login
        self.controller: Controller | None = None

    def _authenticate(
        self, server: SMTP, session: SMTPSession, envelope: Envelope, mechanism: str, auth_data: LoginPassword
    ) -> AuthResult:
        ok = self.login is not None and (auth_data.login.decode(), auth_data.password.decode()) == self.login
        return AuthResult(success=ok)

    def start(self) -> SmtpServer:
        options = {"authenticator": self._authenticate, "auth_require_tls": False} if self.login else {}
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **options)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
