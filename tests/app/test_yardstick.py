"""The benchmarks' yardstick (benchmarks/static_ballot_page.py) draws what the pupil's vote page draws: the same
elements in the same places, with the same words, so page_overhead.py and assembly_burst.py compare the app with
Streamlit's own cost of this very page, not of a smaller one."""

from __future__ import annotations

import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from council import sessions
from council.models import Phase

from ..unit.helpers import session_at
from .conftest import no_errors
from .test_pupil_flow import pupil_page

STATIC = str(Path(__file__).resolve().parents[2] / "benchmarks" / "static_ballot_page.py")


def drawn(block) -> list[tuple]:
    """Each element as (kind, what it says), in order; containers by their children."""
    shown = []
    for node in block.children.values():
        kind = getattr(node, "type", type(node).__name__)
        words = getattr(node, "label", None) or getattr(node, "value", None) or getattr(node, "body", None)
        shown.append((kind, words if isinstance(words, str) else None))
        if hasattr(node, "children"):
            shown.extend(drawn(node))
    return shown


def test_the_yardstick_draws_the_vote_pages_elements_and_words(teacher, db, monkeypatch):
    council, _, written = session_at(db, teacher, Phase.vote)
    _, token = sessions.join(db, code=council.join_code)
    page = pupil_page(token)
    no_errors(page)
    monkeypatch.setenv("STATIC_PROPOSALS", str(len(written)))
    yardstick = AppTest.from_file(STATIC, default_timeout=30).run()
    no_errors(yardstick)
    # AppTest shows the page's own part of the app (from the caption on; app.py's page script and language picker
    # are drawn by its route); the yardstick draws those first, then the same page.
    app_main, (script, *static_main) = drawn(page.main), drawn(yardstick.main)
    assert script[0] == "html" and "document.documentElement.lang = 'sv'" in script[1] and "chrome-words" in script[1]
    assert drawn(yardstick.sidebar) == [("selectbox", "Språk / Language")]
    assert [kind for kind, _ in app_main] == [kind for kind, _ in static_main]
    own = {council.title, *(p.title for p in written)}  # this session's own words differ
    differ = [(a, s) for a, s in zip(app_main, static_main, strict=True) if a != s]
    assert differ and all(any(word in (a[1] or "") for word in own) for a, _ in differ), differ

    # Pressing "vote" draws the same receipt: the same elements, the same words but for the rating code.
    page.checkbox(key=f"vote_choice_{written[0].id}").check()
    page.button(key="vote_submit").click().run()
    yardstick.checkbox(key=f"vote_choice_{yardstick_first(yardstick)}").check()
    yardstick.button(key="vote_submit").click().run()
    no_errors(page)
    no_errors(yardstick)
    app_receipt, static_receipt = drawn(page.main), drawn(yardstick.main)[1:]
    assert [kind for kind, _ in app_receipt] == [kind for kind, _ in static_receipt]
    code = re.compile(r"[A-Z2-9]{4}-[A-Z2-9]{4}|ABCD-EFGH")
    differ = [(a, s) for a, s in zip(app_receipt, static_receipt, strict=True) if a != s]
    assert all(any(word in (a[1] or "") for word in own) for a, _ in differ[:-1]), differ
    (app_box, static_box) = differ[-1]  # the receipt, whose rating code differs, its words the same
    assert app_box[0] == "success" and code.sub("CODE", app_box[1]) == code.sub("CODE", static_box[1])


def yardstick_first(yardstick: AppTest) -> str:
    """The yardstick's first ballot box's own part of its key."""
    return next(box.key for box in yardstick.checkbox if box.key.startswith("vote_choice_")).removeprefix(
        "vote_choice_"
    )
