"""Join links and QR codes use the public address when one is set, and a local-only address is recognised."""

from __future__ import annotations

import pytest

from council import addresses, slips
from council.errors import InvalidInput


def test_without_a_setting_the_link_uses_the_host_the_browser_used(monkeypatch):
    monkeypatch.delenv("COUNCIL_PUBLIC_URL", raising=False)
    root = addresses.app_root("http://10.0.0.5:8501/session?session=3")
    assert root == "http://10.0.0.5:8501/"
    assert slips.join_link(root, "ABC234") == "http://10.0.0.5:8501/?code=ABC234"


def test_the_public_address_wins_and_keeps_its_path(monkeypatch):
    monkeypatch.setenv("COUNCIL_PUBLIC_URL", "https://klimat.karlstad.se/rad")
    root = addresses.app_root("http://localhost:8501/session?session=3")
    assert root == "https://klimat.karlstad.se/rad/"
    assert slips.join_link(root, "ABC234") == "https://klimat.karlstad.se/rad/?code=ABC234"
    assert not addresses.is_local(slips.join_link(root, "ABC234"))
    assert slips.progress_link(root, "ABC234") == "https://klimat.karlstad.se/rad/progress?code=ABC234"


@pytest.mark.parametrize("bad", ["klimat.karlstad.se", "ftp://klimat.se/", "https://klimat.se/?x=1"])
def test_a_public_address_that_is_not_a_web_address_is_refused(monkeypatch, bad):
    monkeypatch.setenv("COUNCIL_PUBLIC_URL", bad)
    with pytest.raises(InvalidInput):
        addresses.app_root("http://localhost:8501/")


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://localhost:8501/?code=A", True),
        ("http://127.0.0.1:8501/", True),
        ("http://[::1]:8501/", True),
        ("http://0.0.0.0:8501/", True),
        ("http://192.168.1.20:8501/", False),
        ("https://klimat.karlstad.se/", False),
    ],
)
def test_local_only_addresses_are_recognised(url, local):
    assert addresses.is_local(url) is local
