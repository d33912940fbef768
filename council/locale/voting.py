"""Translations: voting methods, tallying, ballot errors and the result columns they add."""

ENTRIES: dict[str, tuple[str, str]] = {
    # The four ballot types a teacher can choose.
    "method.approval": ("Kryssröstning", "Approval voting"),
    "method.approval.explanation": (
        "Du kryssar för alla förslag som du tycker är bra. Förslaget med flest kryss vinner.",
        "You tick every proposal you think is good. The proposal with the most ticks wins.",
    ),
    "method.dots": ("Poängröstning", "Dot voting"),
    "method.dots.explanation": (
        "Du delar ut dina poäng till de förslag du gillar mest. Förslaget med flest poäng vinner.",
        "You hand out your points to the proposals you like most. The proposal with the most points wins.",
    ),
    "method.ranked": ("Rangordning", "Ranked voting"),
    "method.ranked.explanation": (
        "Du väljer dina favoriter och sätter dem i ordning: etta, tvåa, trea och så vidare.",
        "You pick your favourites and put them in order: first, second, third and so on.",
    ),
    "method.score": ("Betygsröstning", "Score voting"),
    "method.score.explanation": (
        "Du ger varje förslag ett betyg från −2 (mycket emot) till +2 (mycket för).",
        "You give every proposal a score from −2 (strongly against) to +2 (strongly for).",
    ),
    # Ways of counting the same ballots, shown side by side.
    "method.plurality": ("Bara förstaval", "First choices only"),
    "method.plurality.explanation": (
        "Bara ettorna räknas: förslaget som flest satte som etta vinner.",
        "Only first choices count: the proposal most pupils put first wins.",
    ),
    "method.top_k_approval": ("Med bland favoriterna", "Among the favourites"),
    "method.top_k_approval.explanation": (
        "Varje förslag du satte i din lista räknas som ett kryss. Förslaget som flest hade med vinner.",
        "Every proposal you put on your list counts as a tick. The proposal most pupils listed wins.",
    ),
    "method.borda": ("Bordapoäng", "Borda count"),
    "method.borda.explanation": (
        "En etta ger flest poäng, en tvåa lite färre och så vidare. Förslaget med flest poäng vinner.",
        "A first place gives the most points, a second place a little fewer and so on. Most points wins.",
    ),
    "method.schulze": ("Schulzemetoden", "Schulze method"),
    "method.schulze.explanation": (
        (
            "Förslagen möts två och två: vilket satte flest före det andra? "
            "Det förslag som slår de andra, direkt eller via en kedja av segrar, hamnar först."
        ),
        (
            "The proposals meet two at a time: which did more pupils put ahead of the other? "
            "The one that beats the others, directly or through a chain of wins, comes first."
        ),
    ),
    "method.positive_scores": ("Plusbetyg", "Positive scores"),
    "method.positive_scores.explanation": (
        "Varje plusbetyg räknas som ett kryss. Förslaget som flest gav plus vinner.",
        "Every positive score counts as a tick. The proposal most pupils scored above zero wins.",
    ),
    "method.mean_score": ("Medelbetyg", "Mean score"),
    "method.mean_score.explanation": (
        "Vi räknar ut medelbetyget för varje förslag. Förslaget med högst medelbetyg vinner.",
        "We work out each proposal's average score. The proposal with the highest average wins.",
    ),
    # Conventions and notes shown next to results.
    "tally.unknown_method": ("Okänd röstningsmetod: {method}.", "Unknown voting method: {method}."),
    "tally.rule.borda": ("Ordningen följer Bordapoängen.", "The order follows the Borda count."),
    "tally.rule.schulze": ("Ordningen följer Schulzemetoden.", "The order follows the Schulze method."),
    "tally.borda_convention": (
        (
            "Med {top_k} platser får en etta {top_k} poäng, nästa plats en poäng mindre och så vidare. "
            "Ett förslag som du inte satte i din lista får 0 poäng."
        ),
        (
            "With {top_k} places a first place gets {top_k} points, each next place one point less. "
            "A proposal you did not put on your list gets 0 points."
        ),
    ),
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
    "tally.score_missing_is_zero": (
        "Ett förslag som någon inte gav betyg räknas som 0 (varken för eller emot).",
        "A proposal someone did not score counts as 0 (neither for nor against).",
    ),
    "tally.consensus.definition": (
        (
            "Enighet är medelbetyget minus hur mycket betygen sprider sig (standardavvikelsen). "
            "Den är hög när nästan alla tycker ungefär lika bra om förslaget."
        ),
        (
            "Consensus is the mean score minus how widely the scores spread (the standard deviation). "
            "It is high when nearly everyone likes the proposal about equally."
        ),
    ),
    "tally.polarisation.definition": (
        (
            "Splittring visar hur jämnt klassen delar sig mellan för och emot: "
            "0 betyder att ingen är emot (eller ingen är för), 1 betyder att hälften är för och hälften emot."
        ),
        (
            "Polarisation shows how evenly the class splits between for and against: "
            "0 means nobody is against (or nobody is for), 1 means half are for and half against."
        ),
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
    "column.first_preferences": ("Antal ettor", "First choices"),
    "column.schulze_rank": ("Placering enligt Schulze", "Schulze rank"),
    "column.mean": ("Medelbetyg", "Mean score"),
    "column.share_for": ("Andel för", "Share for"),
    "column.share_against": ("Andel emot", "Share against"),
    "column.consensus": ("Enighet", "Consensus"),
    "column.polarisation": ("Splittring", "Polarisation"),
    "column.rank_approval": ("Placering med kryss", "Rank by ticks"),
    "column.rank_dots": ("Placering med poäng", "Rank by points"),
    "column.rank_plurality": ("Placering med bara förstaval", "Rank by first choices"),
    "column.rank_top_k_approval": ("Placering med bland favoriterna", "Rank among favourites"),
    "column.rank_borda": ("Placering med Bordapoäng", "Rank by Borda count"),
    "column.rank_schulze": ("Placering med Schulzemetoden", "Rank by Schulze method"),
    "column.rank_positive_scores": ("Placering med plusbetyg", "Rank by positive scores"),
    "column.rank_mean_score": ("Placering med medelbetyg", "Rank by mean score"),
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
