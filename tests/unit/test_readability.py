"""LIX readability, checked against counts worked out by hand."""

from __future__ import annotations

import pytest

from council import readability


def test_two_short_sentences_hand_counted():
    # 8 words, 2 sentences, 1 long word (cykelbana, 9 letters): 8/2 + 100·1/8 = 4 + 12.5
    found = readability.lix("Vi bygger en cykelbana. Den blir klar 2027.")
    assert (found.words, found.sentences, found.long_words, found.lix) == (8, 2, 1, 16.5)


def test_bureaucratic_sentence_hand_counted():
    text = (
        "Nämnden konstaterar att förslaget om separata cykelbanor överensstämmer med kommunens "
        "trafikstrategi och översiktsplanering."
    )
    # 13 words, 1 sentence; long: Nämnden, konstaterar, förslaget, separata, cykelbanor, överensstämmer,
    # kommunens, trafikstrategi, översiktsplanering = 9 → 13 + 100·9/13 = 82.2
    found = readability.lix(text)
    assert (found.words, found.sentences, found.long_words) == (13, 1, 9)
    assert found.lix == pytest.approx(82.2, abs=0.05)


def test_a_six_letter_word_is_not_long_but_seven_is():
    assert readability.lix("Skolan.").long_words == 0  # 6 letters
    assert readability.lix("Skolans.").long_words == 1  # 7 letters


def test_an_abbreviation_does_not_end_the_sentence():
    assert readability.sentences("Vi bygger t.ex. en cykelbana. Den blir klar!") == [
        "Vi bygger t.ex. en cykelbana.",
        "Den blir klar!",
    ]


def test_the_hardest_sentence_is_named():
    text = "Vi bygger en bana. Infrastrukturinvesteringarna prioriteras utifrån trafiksäkerhetsbedömningar."
    assert readability.lix(text).hardest.startswith("Infrastrukturinvesteringarna")


@pytest.mark.parametrize(
    "age,expected",
    [("f3", True), ("4-6", True), ("7-9", True), ("gy", True)],
)
def test_a_hard_answer_warns_for_every_age_group(age, expected):
    hard = "Nämnden konstaterar att förslaget överensstämmer med kommunens trafikstrategi."
    assert (readability.warning(hard, age) is not None) is expected


def test_the_threshold_depends_on_the_age_group():
    # 10 words, 1 sentence, 3 long (cykelbanan, eftersom, säkrare) → 10 + 30 = 40: fine up to 4–6, not for F–3
    text = "Vi bygger cykelbanan i år eftersom den blir säkrare då."
    assert readability.lix(text).lix == 40.0
    assert readability.warning(text, "f3") is not None
    assert readability.warning(text, "4-6") is None
    assert readability.warning("", "f3") is None
