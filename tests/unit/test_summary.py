"""The generated summary text of a frozen report."""

from __future__ import annotations

from council.summary import summary_text

TOP = "**Gratis** busskort för alla under 20 år"


def test_swedish_summary_states_turnout_question_and_top_proposal(report):
    text = summary_text(report, "sv")
    assert "23 av 27 elever" in text
    assert "85\xa0%" in text
    assert report["question"] in text
    assert TOP in text
    assert "Kroppkärrskolan" in text


def test_english_summary_states_turnout_and_top_proposal(report):
    text = summary_text(report, "en")
    assert "23 of 27 pupils" in text
    assert TOP in text
    assert "Voting method: Approval voting" in text


def test_summary_names_support_as_count_and_percent_of_those_who_voted_for_something(report):
    assert "16 av 22 elever (73\xa0%)" in summary_text(report, "sv")


def test_summary_says_ties_out_loud(report):
    text = summary_text(report, "sv")
    assert "delar plats 3" in text
    assert "Vegetarisk dag två gånger i veckan" in text and "Solceller på skolans tak" in text


def test_summary_names_the_minority_view(report):
    text = summary_text(report, "sv")
    assert "minoritet" in text
    assert "<font color=red>Bilfri zon</font> kring skolan" in text


def test_summary_quotes_the_arguments_marked_most_convincing_with_their_counts(report):
    text = summary_text(report, "sv")
    assert (
        "Familjer sparar pengar och bilarna står kvar hemma, så utsläppen minskar direkt.” (övertygande för 7 elever)"
        in text
    )
    assert "10 miljoner € om året.” (övertygande för 4 elever)" in text
    assert "Fler åker buss." not in text and "=1+1" not in text


def test_without_marks_the_first_argument_shown_is_the_strongest(report):
    for argument in report["arguments"]:
        argument.pop("marks")
    text = summary_text(report, "sv")
    assert "För: ”Fler åker buss.”" in text and "Emot: ”=1+1”" in text
    assert "övertygande för" not in text


def test_documents_can_leave_the_arguments_to_their_own_section(report):
    assert "Familjer sparar pengar" not in summary_text(report, "sv", with_arguments=False)


def test_summary_names_themes_of_the_top_and_the_best_supported_theme(report):
    text = summary_text(report, "sv")
    assert "Transport och resor" in text and "Energi" in text and "Mat" in text


def test_score_summary_names_broadest_agreement_and_most_divided(score_report):
    text = summary_text(score_report, "sv")
    assert "Bredast enighet" in text and "Vegetarisk dag två gånger i veckan" in text
    assert "Mest delade" in text and "Säkra cykelbanor till varje skola" in text
    assert "Most divided" in summary_text(score_report, "en")


def test_summary_is_deterministic(report):
    assert summary_text(report, "sv") == summary_text(report, "sv")


def test_summary_of_a_report_without_votes_says_so(report):
    report["turnout"] = {"voted": 0, "expected": 27, "joined": 0, "blank": 0}
    report["results"], report["ballots"], report["arguments"] = [], [], []
    assert "Inga röster" in summary_text(report, "sv")


def test_a_top_proposal_without_any_argument_says_so_once(report):
    report["arguments"] = [a for a in report["arguments"] if a["proposal_id"] != 2]
    lines = summary_text(report, "sv").splitlines()
    at = lines.index("”Säkra cykelbanor till varje skola”: inga argument skrevs.")
    assert "inga argument" not in lines[at + 1]
    assert "  Emot: inga argument skrevs." in lines  # proposal 3 has an argument for, none against
    english = summary_text(report, "en").splitlines()
    assert "“Säkra cykelbanor till varje skola”: no arguments were written." in english
