"""Find Streamlit elements by their stable keys (CSS class st-key-<key>) and wait for the app."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

PHASE_POLL_SECONDS = 15  # pupils' follow_phase fragment: ~12 s, spread per pupil (pages/pupil.py)
SLOW = 30_000  # ms: a pupil's page follows the phase every ~12 s (at most 14.4), and two cores run several browsers


def by_key(page: Page, key: str) -> Locator:
    return page.locator(f".st-key-{key}")


def fill(page: Page, key: str, text: str) -> None:
    """Type into a text input or text area (inside a form it is committed by the submit button)."""
    by_key(page, key).locator("input, textarea").fill(text)


def commit(page: Page, key: str, text: str) -> None:
    """Type into a text input outside a form and press Enter, so Streamlit has the value."""
    field = by_key(page, key).locator("input")
    field.fill(text)
    field.press("Enter")
    # "Press Enter to apply" goes away once Streamlit has the value (a "12/300" counter may stay).
    expect(by_key(page, key)).not_to_contain_text("Enter")


def click(page: Page, key: str) -> None:
    by_key(page, key).locator("button").click()


def open_expander(page: Page, label: str) -> None:
    """Open an st.expander by its label and wait until its 500 ms opening animation has finished.

    While it runs (height animated, overflow hidden), a button scrolled into view can jump away between mouse down and
    mouse up: the main area's scroll fell back to the top (scrollTop 362 -> 0) and the mouse up landed on another
    element, so Streamlit never heard the click (seen in CI under load, 1 run in ~10). People are not this fast.
    """
    expander = page.get_by_test_id("stExpander").filter(has=page.locator("summary", has_text=label))
    expander.locator("summary").click()
    details = expander.locator("details")
    expect(details).to_have_attribute("open", "")
    details.evaluate(
        "el => new Promise(requestAnimationFrame)"
        ".then(() => Promise.allSettled(el.getAnimations({subtree: true}).map(a => a.finished)))"
    )


def pick_theme(page: Page, theme: str = "resor") -> None:
    """Choose the proposal's theme, as a pupil must (none is preset): the first option whose words hold `theme`
    ("Transport och resor", or for a younger class "Resor – cykel, buss, tåg och bil")."""
    by_key(page, "proposal_theme").locator("input").click()
    page.get_by_role("option", name=re.compile(re.escape(theme), re.IGNORECASE)).first.click()
    expect(by_key(page, "proposal_theme").locator("input")).not_to_have_attribute("aria-expanded", "true")


def tick(page: Page, key: str) -> None:
    """Tick a checkbox by its label, as a pupil does."""
    by_key(page, key).locator("label").click()
    expect(by_key(page, key).locator("input")).to_be_checked()


def shows(page: Page, target: Locator, timeout: float = SLOW) -> None:
    """Wait for `target`; if the app raised instead, fail with Streamlit's exception text."""
    failure = page.get_by_test_id("stException")
    expect(target.or_(failure).first).to_be_visible(timeout=timeout)
    if failure.count():
        raise AssertionError(f"the app raised on {page.url}:\n{failure.first.inner_text()}")
    expect(target).to_be_visible(timeout=timeout)


def main_text(page: Page) -> str:
    return page.get_by_test_id("stMain").inner_text()


def wait_idle(page: Page) -> None:
    """Wait until no script run is going on (the status widget says 'Running…' while one is)."""
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=SLOW)


def table_rows(page: Page, key: str) -> list[list[str]]:
    """The cells of the st.dataframe inside a keyed container, header row first."""
    rows = by_key(page, key).locator("table tr")
    expect(rows.first).to_be_attached(timeout=SLOW)
    return [[cell.inner_text().strip() for cell in row.locator("th, td").all()] for row in rows.all()]


def join_code(page: Page) -> str:
    """The code shown big in the session_join_code container."""
    heading = by_key(page, "session_join_code").locator("h1")
    expect(heading).to_have_text(re.compile(r"^\s*[A-Z2-9]{6}\s*$"), timeout=SLOW)
    return heading.inner_text().strip()
