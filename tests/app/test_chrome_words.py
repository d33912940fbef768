"""Streamlit's own words in Swedish come from a script the browser fetches once (pages/chrome_words.py, served by
pages/web.py): a Swedish page draws only a small loader, not the 6 KB script and its words on every run. The words
themselves are proven in a browser by tests/e2e/test_swedish_everywhere.py."""

from __future__ import annotations

import asyncio

import httpx
from starlette.applications import Starlette
from streamlit.testing.v1 import AppTest

from pages import chrome_words, web

from .conftest import app, no_errors


def page_html(at: AppTest) -> list[str]:
    """The bodies of every st.html the run drew."""
    return [element.proto.body for element in at.get("html")]


async def fetch(server: Starlette, address: str) -> httpx.Response:
    """One GET to the server's routes and middleware, as a browser sends it."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=server), base_url="http://localhost") as client:
        return await client.get(address)


def test_a_swedish_page_draws_the_loader_and_not_the_script():
    at = app().run()
    no_errors(at)
    drawn = page_html(at)
    loaders = [body for body in drawn if chrome_words.address() in body]
    assert len(loaders) == 1
    assert "document.documentElement.lang = 'sv'" in loaders[0]
    assert len(loaders[0]) < 600
    assert not any("__krWords" in body for body in drawn)  # the words stay in the script's own file


def test_an_english_page_gives_the_words_back_and_fetches_nothing():
    at = app(lang="en", language="en").run()
    no_errors(at)
    drawn = page_html(at)
    assert any(chrome_words.GIVE_BACK in body and "lang = 'en'" in body for body in drawn)
    assert not any(chrome_words.PATH in body for body in drawn)


def test_the_server_serves_the_script_for_a_year_at_an_address_that_changes_with_its_words():
    server = Starlette(routes=web.ROUTES, middleware=web.MIDDLEWARE)
    assert chrome_words.PATH.startswith(web.PREFIX + "/")
    answer = asyncio.run(fetch(server, chrome_words.address()))
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/javascript")
    assert answer.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert answer.headers["x-content-type-options"] == "nosniff"  # the security headers as on every answer
    assert answer.text == chrome_words.script()
    assert '"Browse files": "' in answer.text  # one of Streamlit's own words, with its Swedish
    assert chrome_words.address().startswith(chrome_words.PATH + "?v=")
