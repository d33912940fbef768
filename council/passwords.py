"""Passwords: argon2 hashing with a cap on concurrent checks, and the rules a new password must meet."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from council.errors import InvalidInput

MIN_PASSWORD = 8
MAX_PASSWORD = 200
COMMON_PASSWORDS = Path(__file__).parent / "data" / "common-passwords.txt"
# argon2 takes 64 MiB for each check; eight parallel guessers took a server from 277 to 711 MiB. Two at a time keep
# memory flat, and a login waits at most a few tenths of a second more.
CONCURRENT_CHECKS = 2
WAIT_SECONDS = 20

_hasher = PasswordHasher()
_slots = threading.BoundedSemaphore(CONCURRENT_CHECKS)


class Busy(InvalidInput):
    """Every password-check slot stayed taken for WAIT_SECONDS."""


@contextmanager
def _slot() -> Iterator[None]:
    if not _slots.acquire(timeout=WAIT_SECONDS):
        raise Busy("auth.busy")
    try:
        yield
    finally:
        _slots.release()


def hash_password(password: str) -> str:
    """The argon2 hash to store."""
    with _slot():
        return _hasher.hash(password)


def verify(stored_hash: str, password: str) -> bool:
    """True when the password matches the stored hash (one of CONCURRENT_CHECKS slots while it runs)."""
    with _slot():
        try:
            return _hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of passwords found most often in breaches, lower-cased."""
    lines = COMMON_PASSWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def check_new(password: str, *, username: str = "") -> None:
    """Refuse a new password that is too short or long, common, or the username itself."""
    if len(password) < MIN_PASSWORD or len(password) > MAX_PASSWORD:
        raise InvalidInput("auth.short_password", minimum=MIN_PASSWORD)
    lowered = password.strip().lower()
    if lowered in common_passwords() or (username and lowered == username.strip().lower()):
        raise InvalidInput("auth.common_password")
