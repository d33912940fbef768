"""The app's public address for join links, QR codes and slips: COUNCIL_PUBLIC_URL when set, otherwise the address
the teacher's browser used; and whether an address only works on the computer itself."""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit

from council.errors import InvalidInput

LOCAL_NAMES = {"localhost", "0.0.0.0", ""}


def app_root(browser_url: str | None) -> str:
    """The address pupils should open, ending in '/': the configured public address, or the browser's host."""
    configured = os.environ.get("COUNCIL_PUBLIC_URL", "").strip()
    if configured:
        return checked_root(configured)
    parts = urlsplit(browser_url or "http://localhost:8501/")
    return f"{parts.scheme or 'http'}://{parts.netloc or 'localhost:8501'}/"


def checked_root(url: str) -> str:
    """A configured public address as a root ('https://klimat.example.se/app/'); only http(s) with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise InvalidInput("address.bad_public_url", url=url)
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}/"


def is_local(url: str) -> bool:
    """True when the address only reaches this computer (localhost, 127.x, ::1): pupils' devices cannot open it."""
    host = (urlsplit(url).hostname or "").lower()
    if host in LOCAL_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def public_url_configured() -> bool:
    """True when COUNCIL_PUBLIC_URL is set."""
    return bool(os.environ.get("COUNCIL_PUBLIC_URL", "").strip())
