"""Translations: tally notes, ballot errors and the shared place column (the methods live in methods.py)."""

ENTRIES: dict[str, tuple[str, str]] = {
    # Conventions and notes shown next to results.
    "tally.tied": (
        (
            "Förslag med lika många poäng får samma placering. Då hoppar nästa placering över en siffra, "
            "till exempel 1, 2, 2, 4."
        ),
        "Proposals with equal points share a place. The next place then skips a number, for example 1, 2, 2, 4.",
    ),
    "tally.blank_ballots": (
        "Den som avstod från att rösta räknas i valdeltagandet men inte i andelarna.",
        "Pupils who chose not to vote count in the turnout but not in the shares.",
    ),
    "tally.small_group_warning": (
        "Färre än {limit} elever har röstat. Resultatet visas inte i detalj, så att ingen röst kan spåras.",
        "Fewer than {limit} pupils have voted. The result is not shown in detail, so no vote can be traced.",
    ),
    "tally.group_suppressed": (
        "Grupper med färre än {limit} röster visas inte, så att ingen röst kan spåras.",
        "Groups with fewer than {limit} votes are not shown, so no vote can be traced.",
    ),
    "tally.approx_share": (
        "~100 % eller ~0 % betyder att högst fyra elever tyckte annorlunda än resten.",
        "~100% or ~0% means that at most four pupils thought differently from the rest.",
    ),
    # Columns the tally adds to the shared results table (the shared ones live in results.py).
    "column.tied": ("Delad placering", "Shared place"),
    # Why a ballot was refused; shown to the pupil next to the ballot.
    "ballot_error.unknown_proposal": (
        "Förslaget du valde finns inte längre på valsedeln. Ladda om sidan och försök igen.",
        "A proposal you chose is no longer on the ballot. Reload the page and try again.",
    ),
    "ballot_error.not_a_number": ("Valet måste vara ett heltal.", "Each choice must be a whole number."),
    "ballot_error.value_out_of_range": (
        "Värdet {value} går inte. Välj ett tal från {low} till {high}.",
        "The value {value} is not allowed. Choose a number from {low} to {high}.",
    ),
    "ballot_error.too_many_picks": (
        "Du får kryssa för högst {max_picks} förslag. Ta bort några kryss.",
        "You may tick at most {max_picks} proposals. Remove some ticks.",
    ),
    "ballot_error.too_many_points": (
        "Du har delat ut {used} poäng men har bara {points}. Ta bort några poäng.",
        "You have handed out {used} points but only have {points}. Remove some points.",
    ),
    "ballot_error.too_many_on_one": (
        "Du får ge högst {max_per_proposal} poäng till samma förslag.",
        "You may give at most {max_per_proposal} points to one proposal.",
    ),
    "ballot_error.rank_used_twice": (
        "Du har använt plats {position} två gånger. Varje plats får bara användas en gång.",
        "You used place {position} twice. Each place may be used only once.",
    ),
    "ballot_error.ranks_not_contiguous": (
        "Platserna måste börja på 1 och följa på varandra utan hål (1, 2, 3 …).",
        "The places must start at 1 and follow on without gaps (1, 2, 3 …).",
    ),
    "ballot_error.too_many_ranked": (
        "Du får rangordna högst {top_k} förslag.",
        "You may rank at most {top_k} proposals.",
    ),
}
