"""Translations: the voting methods and their measures — one name for each, on screen and in every document.

Each method in council/methods/ is named by method.<name>, explained to pupils by method.<name>.explanation,
described to the committees by report.annex.<name> and summed up by summary.method.<name>.
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
    # The report: how the class voted (summary) and how the method works (annex).
    "summary.method.approval": (
        "Röstsätt: {name} – varje elev kryssade för de förslag hen stöder.",
        "Voting method: {name} – each pupil ticked the proposals they support.",
    ),
    "summary.method.dots": (
        "Röstsätt: {name} – varje elev fördelade sina poäng på de förslag hen tycker är viktigast.",
        "Voting method: {name} – each pupil spread their points over the proposals they think matter most.",
    ),
    "summary.method.ranked": (
        "Röstsätt: {name} – varje elev satte sina favoriter i ordning.",
        "Voting method: {name} – each pupil put their favourites in order.",
    ),
    "summary.method.score": (
        "Röstsätt: {name} – varje elev gav varje förslag ett betyg från −2 (starkt emot) till +2 (starkt för).",
        "Voting method: {name} – each pupil gave every proposal a score from −2 (strongly against) to +2 (strongly for).",
    ),
    "summary.method_param.max_picks": (
        "Varje elev kunde välja högst {value} förslag.",
        "Each pupil could choose at most {value} proposals.",
    ),
    "summary.method_param.points": (
        "Varje elev hade {value} poäng att dela ut.",
        "Each pupil had {value} points to give.",
    ),
    "summary.method_param.max_per_proposal": (
        "Högst {value} poäng fick läggas på samma förslag.",
        "At most {value} points could go to one proposal.",
    ),
    "summary.method_param.top_k": (
        "Varje elev rangordnade upp till {value} förslag.",
        "Each pupil ranked up to {value} proposals.",
    ),
    "summary.decided_by.borda": (
        "Räknesätt: {name} – poäng efter placering avgjorde ordningen.",
        "Counting method: {name} – points by place decided the order.",
    ),
    "summary.decided_by.schulze": (
        "Räknesätt: {name} – förslagen jämfördes två och två, och den starkaste kedjan av vinster avgjorde ordningen.",
        "Counting method: {name} – the proposals were compared two at a time, and the strongest chain of wins decided the order.",
    ),
    "report.heading.method": ("Om röstsättet", "About the voting method"),
    "report.annex.approval": (
        (
            "Kryssröstning: varje elev kryssade för de förslag hen stöder, så många hen ville (eller upp till det tak "
            "läraren satte). Varje kryss är en röst; förslaget med flest röster hamnar överst. Metoden visar hur många "
            "som kan ställa sig bakom ett förslag, inte hur starkt de tycker."
        ),
        (
            "Approval voting: each pupil ticked the proposals they support, as many as they liked (or up to the limit "
            "the teacher set). Every tick is a vote; the proposal with the most votes comes first. The method shows "
            "how many pupils can stand behind a proposal, not how strongly they feel."
        ),
    ),
    "report.annex.dots": (
        (
            "Poängröstning: varje elev hade lika många poäng och kunde lägga flera på ett förslag som är extra "
            "viktigt, upp till ett tak per förslag. Förslagen ordnas efter summan av poängen; kolumnen ”Poäng” visar "
            "den summan."
        ),
        (
            "Dot voting: every pupil had the same number of points and could put several on a proposal that matters "
            "most, up to a limit per proposal. Proposals are ordered by their total points; the “Points” column shows "
            "that total."
        ),
    ),
    "report.annex.ranked": (
        (
            "Rangordning: varje elev valde sina favoriter och satte dem i ordning. Ett förslag som en elev inte tog "
            "med räknas som placerat efter alla förslag som eleven tog med."
        ),
        (
            "Ranked voting: each pupil chose their favourites and put them in order. A proposal a pupil left out "
            "counts as placed after every proposal that pupil listed."
        ),
    ),
    "report.annex.borda": (
        (
            "Bordametoden avgjorde ordningen: med K platser ger en förstaplats K poäng, en andraplats K − 1 och så "
            "vidare ned till 1 poäng för plats K; ett förslag som inte fanns på elevens lista får 0. Förslagen ordnas "
            "efter summan av poängen (kolumnen ”Bordapoäng”)."
        ),
        (
            "The Borda count decided the order: with K places a first place earns K points, a second place K − 1 and "
            "so on down to 1 point for place K; a proposal not on the pupil's list earns 0. Proposals are ordered by "
            "their total (the “Borda points” column)."
        ),
    ),
    "report.annex.schulze": (
        (
            "Schulzemetoden avgjorde ordningen. För varje par av förslag A och B räknas hur många elever som satte A "
            "före B och hur många som satte B före A (den parvisa matrisen). A slår B direkt om fler satte A före B, "
            "och vinstens styrka är antalet elever som satte A före B. En väg från A till B är en kedja av sådana "
            "vinster, och vägen är lika stark som sin svagaste länk. A placeras före B om den starkaste vägen från A "
            "till B är starkare än den starkaste vägen från B till A; kolumnen ”Antal förslag det slår” visar hur många "
            "andra förslag varje förslag slår på det sättet. Ett förslag som slår alla andra direkt (en "
            "Condorcetvinnare) hamnar därför alltid först. Förslag som ingen väg skiljer åt delar placering."
        ),
        (
            "The Schulze method decided the order. For every pair of proposals A and B it counts how many pupils put "
            "A ahead of B and how many put B ahead of A (the pairwise matrix). A beats B directly if more put A ahead "
            "of B, and the strength of that win is the number of pupils who put A ahead of B. A path from A to B is a "
            "chain of such wins, and a path is as strong as its weakest link. A is placed ahead of B if the strongest "
            "path from A to B is stronger than the strongest path from B to A; the “Proposals it beats” column shows how "
            "many other proposals each one beats in this way. A proposal that beats every other one directly (a "
            "Condorcet winner) therefore always comes first. Proposals that no path separates share a place."
        ),
    ),
    "report.annex.score": (
        (
            "Betygsröstning: varje elev gav varje förslag ett betyg från −2 (starkt emot) till +2 (starkt för); ett "
            "förslag som eleven inte gav betyg räknas som 0. Förslagen ordnas efter medelbetyget. Enighet är "
            "medelbetyget minus standardavvikelsen: hög när nästan alla tycker ungefär lika bra om förslaget. "
            "Splittring är två gånger den minsta av andelen för och andelen emot: 0 när ingen är emot (eller ingen är "
            "för), 1 när hälften är för och hälften emot."
        ),
        (
            "Score voting: each pupil gave every proposal a score from −2 (strongly against) to +2 (strongly for); a "
            "proposal a pupil did not score counts as 0. Proposals are ordered by their mean score. Consensus is the "
            "mean score minus the standard deviation: high when nearly everyone likes the proposal about equally. "
            "Polarisation is twice the smaller of the share for and the share against: 0 when nobody is against (or "
            "nobody is for), 1 when half are for and half against."
        ),
    ),
}
