"""The demo's accounts keep the app's own password rule and log in with the passwords the README names."""

from __future__ import annotations

import re
from pathlib import Path

from council import auth, demo

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_demo_password_keeps_the_eight_character_rule():
    for username, password in demo.ACCOUNTS.items():
        assert len(password) >= auth.MIN_PASSWORD, f"{username}'s demo password is shorter than the rule"


def test_the_demo_accounts_log_in_with_the_passwords_in_the_readme(db):
    assert demo.seed_if_empty(db)
    named = dict(re.findall(r"\*\*(\w+) / ([\w-]+)\*\*", README.read_text(encoding="utf-8")))
    assert demo.ACCOUNTS.items() <= named.items()  # and the municipal round's demo accounts (council/demo_round.py)
    for username, password in named.items():
        assert auth.authenticate(db, username=username, password=password).username == username
