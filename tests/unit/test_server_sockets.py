"""Streamlit's server socket leaves Nagle's algorithm on; pages.server_sockets switches it off for every connection."""

import os
import socket
import sys

import pytest

from pages import server_sockets

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")


def nodelay(sock: socket.socket) -> int:
    return sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)


@pytest.fixture
def listener():
    """A listening socket made the way Streamlit makes its own: socket.socket(family=...), so proto is 0."""
    sock = socket.socket(family=socket.AF_INET)
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    yield sock
    sock.close()


def connect(listener: socket.socket) -> tuple[socket.socket, socket.socket]:
    client = socket.create_connection(listener.getsockname())
    accepted, _ = listener.accept()
    return client, accepted


def test_a_streamlit_style_listener_hands_out_connections_with_nagle_on(listener):
    client, accepted = connect(listener)
    assert listener.proto == 0  # why asyncio's own TCP_NODELAY never applies to Streamlit's connections
    assert nodelay(accepted) == 0
    client.close()
    accepted.close()


def test_connections_accepted_after_the_fix_send_without_delay(listener):
    server_sockets.reply_without_delay()
    client, accepted = connect(listener)
    assert nodelay(accepted) == 1
    client.close()
    accepted.close()


def test_connections_already_open_are_fixed_too(listener):
    client, accepted = connect(listener)
    server_sockets.reply_without_delay()
    assert nodelay(accepted) == 1
    client.close()
    accepted.close()


def test_other_sockets_and_files_are_left_alone_and_stay_open(listener, tmp_path):
    left, right = socket.socketpair()
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    with open(tmp_path / "f.txt", "w") as kept:
        assert server_sockets.reply_without_delay() >= 1
        kept.write("still open")
        left.sendall(b"x")
        assert right.recv(1) == b"x"
        assert udp.fileno() != -1 and os.fstat(udp.fileno())
        assert listener.getsockname()  # our listener is still usable
    assert server_sockets.reply_without_delay() >= 1  # twice is harmless
    for sock in (left, right, udp):
        sock.close()


def test_blocking_modes_are_left_as_they_were_even_with_a_default_timeout(listener):
    """Wrapping a descriptor in socket.socket() applies socket.setdefaulttimeout(), which would switch the
    server's own socket to non-blocking: the fix must leave every descriptor's mode as it found it."""
    left, right = socket.socketpair()
    client, accepted = connect(listener)
    for sock in (left, accepted, client):
        os.set_blocking(sock.fileno(), True)
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(5)
    try:
        server_sockets.reply_without_delay()
    finally:
        socket.setdefaulttimeout(previous)
    assert all(os.get_blocking(sock.fileno()) for sock in (left, accepted, client))
    assert nodelay(accepted) == 1
    for sock in (left, right, client, accepted):
        sock.close()
