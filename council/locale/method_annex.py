"""Translations: the report's words on the voting method — how the class voted (summary) and how it works (annex).

The names inside these sentences are the ones in methods.py; tests/unit/test_vocabulary.py keeps them the same.
"""

ENTRIES: dict[str, tuple[str, str]] = {
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
