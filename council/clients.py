"""Who is at the other end: the client's address behind trusted proxies, and whether a websocket's Origin is this
site. Plain functions of header values, so the rules are testable without a server."""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


def trusted_proxies() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """COUNCIL_TRUSTED_PROXIES: comma-separated addresses or networks whose X-Forwarded-For is believed."""
    raw = os.environ.get("COUNCIL_TRUSTED_PROXIES", "")
    return [ipaddress.ip_network(part.strip(), strict=False) for part in raw.split(",") if part.strip()]


def _parse(address: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        found = ipaddress.ip_address((address or "").strip().strip("[]"))
    except ValueError:
        return None
    # A server listening on "::" sees IPv4 clients as ::ffff:a.b.c.d; they are the same client.
    return getattr(found, "ipv4_mapped", None) or found


def client_address(peer: str | None, forwarded_for: str | None, trusted: list | None = None) -> str | None:
    """The client as the server sees it; behind a trusted proxy, the right-most X-Forwarded-For entry that is not
    itself a trusted proxy (entries further left are whatever the client chose to send)."""
    trusted = trusted_proxies() if trusted is None else trusted
    current = _parse(peer)
    if current is None:
        return None
    hops = [hop.strip() for hop in (forwarded_for or "").split(",") if hop.strip()]
    while _is_trusted(current, trusted) and hops:
        previous = _parse(hops.pop())
        if previous is None:
            break
        current = previous
    return str(current)


def _is_trusted(address: ipaddress.IPv4Address | ipaddress.IPv6Address, trusted: list) -> bool:
    return any(address in network for network in trusted if network.version == address.version)


def allowed_origins() -> set[str]:
    """COUNCIL_ALLOWED_ORIGINS: extra origins (scheme://host[:port]) whose pages may open the app's websocket."""
    raw = os.environ.get("COUNCIL_ALLOWED_ORIGINS", "")
    return {key for part in raw.split(",") if part.strip() and (key := _origin_key(part)) is not None}


def _origin_key(url: str) -> str | None:
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.hostname:
        return None
    port = parts.port or DEFAULT_PORTS.get(parts.scheme, 0)
    return f"{parts.hostname.lower()}:{port}"


def same_site_origin(origin: str | None, host: str | None, *, extra: set[str] | None = None) -> bool:
    """True when a websocket's Origin is this app's own address (the Host it was asked for) or an allowed one.

    No Origin at all is let through: browsers always send one, and a program without a browser carries no
    visitor's cookies to misuse. Streamlit's own check also lets every localhost port in; this one does not."""
    if origin is None:
        return True
    found = _origin_key(origin)
    if found is None:
        return False
    scheme = urlsplit(origin).scheme
    if host and found == _origin_key(f"{scheme}://{host}"):
        return True
    return found in (allowed_origins() if extra is None else extra)
