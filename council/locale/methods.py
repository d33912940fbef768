"""Translations: the voting methods and their measures — one name for each, on screen and in every document.

Each method in council/methods/ is named by method.<name> and explained to pupils by method.<name>.explanation;
the report's summary sentence and annex paragraph on it are in method_annex.py.
"""

ENTRIES: dict[str, tuple[str, str]] = {
    # The methods a teacher can choose.
    "method.approval": ("Kryssröstning", "Approval voting"),
    "method.approval.explanation": (
        (
            "Du kryssar för alla förslag som du tycker är bra – så många du vill, om läraren inte har satt ett tak. "
            "Varje kryss är en röst. Förslaget med flest röster hamnar först."
        ),
        (
            "You tick every proposal you think is good – as many as you like, unless your teacher has set a limit. "
            "Every tick is a vote. The proposal with the most votes comes first."
        ),
    ),
    "method.dots": ("Poängröstning", "Dot voting"),
    "method.dots.explanation": (
        (
            "Du har ett antal poäng att dela ut och lägger dem på de förslag du tycker är viktigast. Du kan lägga "
            "flera poäng på samma förslag, men inte fler än läraren har bestämt. Alla elevers poäng läggs ihop, och "
            "förslaget med flest poäng hamnar först."
        ),
        (
            "You have a number of points to hand out and put them on the proposals you think matter most. You can "
            "put several points on one proposal, but no more than your teacher has decided. Everyone's points are "
            "added up, and the proposal with the most points comes first."
        ),
    ),
    "method.ranked": ("Rangordning", "Ranked voting"),
    "method.ranked.explanation": (
        (
            "Du väljer dina favoriter och sätter dem i ordning: etta, tvåa, trea och så vidare. Hur klassens listor "
            "blir en gemensam ordning beror på räknesättet som läraren valde: Schulzemetoden eller Bordametoden."
        ),
        (
            "You pick your favourites and put them in order: first, second, third and so on. How the class's lists "
            "become one shared order depends on the counting method your teacher chose: the Schulze method or the "
            "Borda count."
        ),
    ),
    "method.score": ("Betygsröstning", "Score voting"),
    "method.score.explanation": (
        (
            "Du ger varje förslag ett betyg från −2 (starkt emot) till +2 (starkt för); 0 betyder att du inte vet. "
            "Förslagen ordnas efter medelbetyget: det förslag som klassen i genomsnitt tycker bäst om hamnar först."
        ),
        (
            "You give every proposal a score from −2 (strongly against) to +2 (strongly for); 0 means you are not "
            "sure. The proposals are ordered by their mean score: the one the class likes best on average comes first."
        ),
    ),
    # Counting methods: the ways of ordering the same ballots, shown side by side; Borda or Schulze decides a
    # ranked session's order.
    "method.plurality": ("Bara förstaval", "First choices only"),
    "method.plurality.explanation": (
        "Bara förstavalen räknas: förslaget som flest satte på plats 1 hamnar först.",
        "Only first choices count: the proposal most pupils put in place 1 comes first.",
    ),
    "method.top_k_approval": ("Med bland favoriterna", "Among the favourites"),
    "method.top_k_approval.explanation": (
        (
            "Varje förslag du satte på din lista räknas som ett kryss, oavsett plats. "
            "Förslaget som flest hade med hamnar först."
        ),
        "Every proposal you put on your list counts as a tick, whatever its place. The proposal most pupils listed comes first.",
    ),
    "method.borda": ("Bordametoden", "Borda count"),
    "method.borda.explanation": (
        (
            "En etta ger flest poäng, en tvåa en poäng mindre och så vidare; ett förslag du inte satte på din lista "
            "får 0 poäng. Med tre platser får ettan 3 poäng, tvåan 2 och trean 1. Alla elevers poäng läggs ihop, och "
            "förslaget med flest Bordapoäng hamnar först."
        ),
        (
            "A first place earns the most points, a second place one point fewer and so on; a proposal you did not "
            "list gets 0 points. With three places, first gets 3 points, second 2 and third 1. Everyone's points are "
            "added up, and the proposal with the most Borda points comes first."
        ),
    ),
    "method.schulze": ("Schulzemetoden", "Schulze method"),
    "method.schulze.explanation": (
        (
            "Förslagen möts två och två: hur många satte A före B, och hur många B före A? Det som fler satte före "
            "vinner. Ett förslag kan också slå ett annat via en kedja av vinster, till exempel A slår C och C slår B. "
            "En kedja är bara så stark som sin svagaste länk – den vinst som hade minst röster bakom sig. A hamnar "
            "före B om A:s starkaste kedja till B är starkare än B:s starkaste kedja tillbaka till A. Ett förslag som "
            "slår alla andra direkt hamnar alltid först."
        ),
        (
            "The proposals meet two at a time: how many put A ahead of B, and how many B ahead of A? The one more "
            "pupils put ahead wins. A proposal can also beat another through a chain of wins, for example A beats C "
            "and C beats B. A chain is only as strong as its weakest link – the win with the fewest votes behind it. "
            "A comes before B if A's strongest chain to B is stronger than B's strongest chain back to A. A proposal "
            "that beats every other one directly always comes first."
        ),
    ),
    "method.positive_scores": ("Plusbetyg", "Positive scores"),
    "method.positive_scores.explanation": (
        "Varje plusbetyg (+1 eller +2) räknas som en röst för förslaget. Förslaget som flest gav plus hamnar först.",
        "Every positive score (+1 or +2) counts as a vote for the proposal. The proposal most pupils scored above zero comes first.",
    ),
    "method.mean_score.explanation": (
        (
            "Vi räknar ut medelbetyget för varje förslag; ett förslag som någon inte gav betyg räknas som 0 från den "
            "eleven. Förslaget med högst medelbetyg hamnar först."
        ),
        (
            "We work out each proposal's mean score; a proposal someone did not score counts as 0 from that pupil. "
            "The proposal with the highest mean score comes first."
        ),
    ),
    # What a results table's figures count, and the same figures counted in a sentence.
    "measure.votes": ("Röster", "Votes"),
    "measure.points": ("Poäng", "Points"),
    "measure.borda_points": ("Bordapoäng", "Borda points"),
    "measure.score_sum": ("Betygssumma", "Sum of scores"),
    "count.votes.one": ("{count} röst", "{count} vote"),
    "count.votes.other": ("{count} röster", "{count} votes"),
    "count.points.one": ("{count} poäng", "{count} point"),
    "count.points.other": ("{count} poäng", "{count} points"),
    "count.borda_points.one": ("{count} Bordapoäng", "{count} Borda point"),
    "count.borda_points.other": ("{count} Bordapoäng", "{count} Borda points"),
    "count.mean_score": ("medelbetyg {mean}", "mean score {mean}"),
    "column.rank_decided_by": ("Placering ({name})", "Rank ({name})"),
    "column.first_preferences": ("Förstaval", "First choices"),
    "column.schulze_wins": ("Antal förslag det slår", "Proposals it beats"),
    "count.schulze_wins.one": ("slår {count} annat förslag", "beats {count} other proposal"),
    "count.schulze_wins.other": ("slår {count} andra förslag", "beats {count} other proposals"),
    "column.rank_schulze": ("Placering med Schulzemetoden", "Rank by the Schulze method"),
    "column.mean": ("Medelbetyg", "Mean score"),
    "column.share_for": ("Andel för", "Share for"),
    "column.share_against": ("Andel emot", "Share against"),
    "column.consensus": ("Enighet", "Consensus"),
    "column.polarisation": ("Splittring", "Polarisation"),
    # The teacher's choice of method and its settings.
    "sessions.field_method": ("Röstsätt", "Voting method"),
    "sessions.param.max_picks": ("Högst antal kryss per elev", "Most ticks per pupil"),
    "sessions.param.max_picks_help": ("0 betyder inget tak.", "0 means no limit."),
    "sessions.param.points": ("Poäng per elev", "Points per pupil"),
    "sessions.param.max_per_proposal": ("Högst antal poäng på ett förslag", "Most points on one proposal"),
    "sessions.param.top_k": ("Antal platser på listan", "Places on the list"),
    "sessions.param.rule": ("Räknesätt", "Counting method"),
    "sessions.param.rule_help": (
        (
            "Schulzemetoden jämför förslagen två och två och sätter alltid först ett förslag som slår alla andra. "
            "Bordametoden ger poäng efter placering."
        ),
        (
            "The Schulze method compares the proposals two at a time and always puts first a proposal that beats "
            "every other one. The Borda count gives points by place."
        ),
    ),
    "session.bad_method": ("Välj ett röstsätt i listan.", "Choose a voting method from the list."),
    "session.bad_param": (
        "Välj ett tal från {low} till {high} för röstsättets inställningar.",
        "Choose a number from {low} to {high} for the voting method's settings.",
    ),
    "session.bad_choice": ("Välj ett räknesätt i listan.", "Choose a counting method from the list."),
    "tally.unknown_method": ("Okänt röstsätt: {method}.", "Unknown voting method: {method}."),
    # Results: which method decided the order.
    "results.method": ("Röstsätt: {name}", "Voting method: {name}"),
    "results.counting": ("Räknesätt: {name}", "Counting method: {name}"),
    "results.decided_column": ("{name} (avgjorde)", "{name} (decided)"),
    "results.compare_title": (
        "Hade ordningen blivit annorlunda med ett annat räknesätt?",
        "Would another counting method change the order?",
    ),
}
