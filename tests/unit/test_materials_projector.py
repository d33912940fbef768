"""Background material (text, links, CSV figures) and the projector's numbers."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from council import charts, materials, projector, sessions, voting
from council.errors import InvalidInput, WrongPhase
from council.models import Phase, utcnow
from council.text import teacher_html

from .helpers import session_at

FIGURES = "År;Transporter;Industri\n2020;12,5;8\n2021;11,9;7,5\n"


@pytest.mark.parametrize(
    "raw",
    [
        FIGURES.encode("utf-8"),
        b"\xef\xbb\xbf" + FIGURES.encode("utf-8"),  # Excel's "CSV UTF-8" starts with a BOM
        FIGURES.encode("cp1252"),  # Excel's plain "CSV" on a Swedish Windows
        "År,Transporter,Industri\n2020,12.5,8\n2021,11.9,7.5\n".encode(),
    ],
)
def test_figures_are_read_as_excel_writes_them(raw):
    frame = materials.read_figures(raw)
    assert list(frame.columns) == ["År", "Transporter", "Industri"]
    assert frame["Transporter"].tolist() == [12.5, 11.9]
    assert materials.numeric_columns(frame) == ["År", "Transporter", "Industri"]


def test_a_ten_megabyte_file_gets_a_clear_message():
    with pytest.raises(InvalidInput) as refused:
        materials.read_figures(b"a,b\n" + b"1,2\n" * 2_500_000)
    assert refused.value.key == "material.csv_too_big"


@pytest.mark.parametrize(
    ("raw", "key"),
    [(b"bara en kolumn\n1\n2\n", "material.csv_too_few_columns"), (b"\x81\x8d\x8f\x90", "material.csv_encoding")],
)
def test_a_table_that_cannot_be_drawn_gets_a_clear_message(raw, key):
    with pytest.raises(InvalidInput) as refused:
        materials.read_figures(raw)
    assert refused.value.key == key


def test_the_chart_needs_existing_columns_with_numbers():
    frame = materials.read_figures("År;Sektor;Utsläpp\n2020;Bil;3\n".encode())
    materials.check_chart(frame, x="År", ys=["Utsläpp"])
    for x, ys, key in [("Månad", ["Utsläpp"], "no_such_column"), ("År", ["Sektor"], "not_numbers"), ("År", [], "pick")]:
        with pytest.raises(InvalidInput, match=key):
            materials.check_chart(frame, x=x, ys=ys)


def test_links_must_be_web_addresses():
    links = materials.parse_links("Naturvårdsverket | https://www.naturvardsverket.se/\n\nhttps://smhi.se")
    assert links == [
        {"label": "Naturvårdsverket", "url": "https://www.naturvardsverket.se/"},
        {"label": "https://smhi.se", "url": "https://smhi.se"},
    ]
    for bad in ("javascript:alert(1)", "Klick | www.utan-schema.se", "https://a b.se"):
        with pytest.raises(InvalidInput, match="bad_link"):
            materials.parse_links(bad)
    assert materials.safe_url("https://x.se/a(b)") == "https://x.se/a%28b%29"


def test_teacher_markdown_keeps_formatting_but_not_html_or_images():
    shown = teacher_html("**Viktigt** <script>x</script> ![spår](https://t.se/p.png) [SMHI](https://smhi.se)")
    assert "<strong>Viktigt</strong>" in shown and '<a href="https://smhi.se"' in shown
    assert "<script>" not in shown and "&lt;script&gt;" in shown and "t.se/p.png" not in shown


@pytest.mark.parametrize(
    "body",
    [
        "![pixel](http://127.0.0.1:9/p.png)",
        "\\![pixel](http://127.0.0.1:9/p.png)",
        "![pixel][ref]\n\n[ref]: http://127.0.0.1:9/p.png",
        "!\\[pixel](http://127.0.0.1:9/p.png)",
        "<img src=http://127.0.0.1:9/p.png>",
        "[![x](http://127.0.0.1:9/p.png)](https://smhi.se)",
        '<a href="javascript:alert(1)">x</a> [y](javascript:alert(1)) [z](data:text/html,x) [v](vbscript:x)',
        "[ok](https://smhi.se 'title\" onmouseover=\"alert(1)')",
    ],
)
def test_rendered_teacher_material_loads_nothing_and_links_only_to_http(body):
    tags = elements(teacher_html(body))
    assert all(tag in {"p", "a", "strong", "em", "br"} for tag, _ in tags), tags
    for tag, attributes in tags:
        assert set(attributes) <= {"href", "rel"}, attributes
        assert tag != "a" or re.match(r"https?://", attributes["href"]), attributes


def elements(markup: str) -> list[tuple[str, dict[str, str]]]:
    """Every element of an HTML fragment, with its attributes."""
    found: list[tuple[str, dict[str, str]]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, dict(attrs)))

    Collector().feed(markup)
    return found


def test_the_teacher_adds_material_with_a_chart_and_pupils_can_read_it(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.draft)
    added = materials.add(
        db, teacher, council.id, title="Utsläpp i Karlstad", body="Läs **detta**", links="https://smhi.se",
        figures=FIGURES.encode("cp1252"), chart_x="År", chart_y=["Transporter"],
    )  # fmt: skip
    stored = materials.for_session(db, council.id)
    assert [m.id for m in stored] == [added.id]
    frame = materials.figures_of(stored[0])
    figure = charts.figures_chart(frame, x=stored[0].chart_x, ys=stored[0].chart_y, title=stored[0].title)
    assert list(figure.data[0].y) == [12.5, 11.9]
    materials.remove(db, teacher, added.id)
    assert materials.for_session(db, council.id) == []


def test_material_with_a_bad_column_choice_is_not_saved(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.draft)
    with pytest.raises(InvalidInput):
        materials.add(db, teacher, council.id, title="X", figures=FIGURES.encode(), chart_x="År", chart_y=["Ingen"])
    assert materials.for_session(db, council.id) == []


def test_material_cannot_change_after_the_vote_is_closed(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.closed)
    with pytest.raises(WrongPhase):
        materials.add(db, teacher, council.id, title="Sent")


def test_the_projector_counts_but_shows_no_result_before_close(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    screen = projector.screen(db, teacher, council.id)
    assert (screen.joined, screen.proposals, screen.voted, screen.show_results) == (3, 3, 1, False)
    assert set(vars(screen)) == {"joined", "proposals", "arguments", "voted", "seconds_left", "show_results"}
    sessions.advance_phase(db, teacher, council.id)
    assert projector.screen(db, teacher, council.id).show_results


def test_a_countdown_belongs_to_the_phase_it_was_started_in(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.propose)
    projector.start_countdown(db, teacher, council.id, minutes=5)
    db.refresh(council)
    assert 295 <= projector.seconds_left(council, utcnow()) <= 300
    assert projector.seconds_left(council, utcnow() + dt.timedelta(minutes=9)) == 0
    sessions.advance_phase(db, teacher, council.id)
    db.refresh(council)
    assert projector.screen(db, teacher, council.id).seconds_left is None
    with pytest.raises(InvalidInput):
        projector.start_countdown(db, teacher, council.id, minutes=-1)


@pytest.mark.parametrize(
    "seconds,words",
    [
        (None, None),
        (300, ("countdown.pupil.minutes", 5)),
        (241, ("countdown.pupil.minutes", 5)),
        (60, ("countdown.pupil.minutes", 1)),
        (59, ("countdown.pupil.last_minute", 0)),
        (1, ("countdown.pupil.last_minute", 0)),
        (0, ("countdown.pupil.over", 0)),
    ],
)
def test_pupils_read_the_countdown_in_whole_minutes_rounded_up(seconds, words):
    """A clock ticking every few seconds on a pupil's screen is jumpy; whole minutes are calm and never too many."""
    assert projector.pupil_countdown(seconds) == words


def test_the_projector_shows_background_in_learn_and_argument_counts_in_discuss(db, teacher, admin):
    from council import arguments, auth, proposals
    from council.errors import NotAllowed
    from council.models import Role

    council = sessions.create_session(db, teacher, title="T", question="Q?", with_learn=True, with_discuss=True)
    materials.add(db, teacher, council.id, title="Fakta om transporter", body="Bilar släpper ut mest.")
    sessions.advance_phase(db, teacher, council.id)
    assert [m.title for m in projector.background(db, teacher, council.id)] == ["Fakta om transporter"]
    sessions.advance_phase(db, teacher, council.id)
    pupil, _ = sessions.join(db, code=council.join_code)
    bikes, solar = (proposals.submit(db, pupil=pupil, title=t, body="b") for t in ("Cykelbanor", "Solceller"))
    for proposal in (bikes, solar):
        proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    for side, text in (("for", "Säkrare"), ("for", "Friskare"), ("against", "Dyrt")):
        arguments.publish(db, teacher, arguments.add(db, pupil=pupil, proposal_id=bikes.id, side=side, text=text).id)
    arguments.add(db, pupil=pupil, proposal_id=solar.id, side="for", text="Väntar på läraren")
    shown = projector.discussion(db, teacher, council.id)
    assert [(d.title, d.pros, d.cons) for d in shown] == [("Cykelbanor", 2, 1), ("Solceller", 0, 0)]
    other = auth.actor_for(auth.create_user(db, admin, username="bo", password="bo-secret-1", role=Role.teacher))
    with pytest.raises(NotAllowed):
        projector.discussion(db, other, council.id)
