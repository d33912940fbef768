"""Send every reply at once: switch Nagle's algorithm off on the server's TCP connections.

Streamlit 1.67's own server makes its listening socket with ``socket.socket(family=...)``, so the socket's
``proto`` is 0 and asyncio's transport skips the TCP_NODELAY it sets on every TCP connection (it checks
``proto == IPPROTO_TCP``). With Nagle on, a reply written in two pieces (headers, then body; or several
small websocket frames) waits for the client's delayed ACK: about 40 ms per reply on a kept-alive
connection (benchmarks/page_overhead.py: 67 ms instead of 25 ms for the vote page; up to 200 ms on
clients with a longer delayed ACK). Linux hands the listener's TCP_NODELAY to every connection it
accepts, so setting it once on the listener fixes every later connection; open ones are set too.

No Streamlit import: this reads the process's own open sockets (Linux /proc; elsewhere it does nothing).
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import threading

_DONE = threading.Event()


def reply_without_delay_once() -> None:
    """The fix, once per server process (the listener exists before the first page run)."""
    if not _DONE.is_set():
        reply_without_delay()
        _DONE.set()


def reply_without_delay() -> int:
    """Set TCP_NODELAY on every TCP socket this process has open; returns how many were set."""
    try:
        descriptors = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:  # not Linux: nothing to read the sockets from
        return 0
    changed = 0
    for fd in descriptors:
        try:
            if not stat.S_ISSOCK(os.fstat(fd).st_mode):
                continue
        except OSError:  # closed since the listing (the listing's own descriptor, among others)
            continue
        changed += _set_nodelay(fd)
    return changed


def _set_nodelay(fd: int) -> int:
    """TCP_NODELAY on one descriptor if it is a TCP socket; the descriptor stays open, owned by its owner, and in
    the blocking mode it had (wrapping it applies socket.setdefaulttimeout(), which would change that mode)."""
    try:
        blocking = os.get_blocking(fd)
        sock = socket.socket(fileno=fd)
    except OSError:  # closed, or no longer a socket, since it was listed
        return 0
    try:
        if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.type != socket.SOCK_STREAM:
            return 0
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return 1
    except OSError:
        return 0
    finally:
        sock.detach()  # never close a socket that belongs to the server
        with contextlib.suppress(OSError):
            os.set_blocking(fd, blocking)
