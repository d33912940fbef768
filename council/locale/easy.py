"""Translations: easy-read wording for younger pupils (F–3, 4–6): short sentences, one idea each.

A key ending in `.easy` replaces its base key on a younger class's pupil screens.
"""

ENTRIES: dict[str, tuple[str, str]] = {
    "age.f3": ("F–3", "Years 0–3"),
    "age.4-6": ("Årskurs 4–6", "Years 4–6"),
    "age.7-9": ("Årskurs 7–9", "Years 7–9"),
    "age.gy": ("Gymnasiet", "Upper secondary"),
    "sessions.field_age": ("Årskurs", "Year group"),
    "sessions.age_help": (
        "För F–3 och 4–6 får eleverna lättläst text och större knappar.",
        "For years 0–6 pupils get easy-read text and larger buttons.",
    ),
    "session.bad_age_group": ("Välj en årskurs i listan.", "Choose a year group from the list."),
    "pupil.phase.draft.easy": ("Vänta lite. Läraren gör klart.", "Please wait. Your teacher is getting ready."),
    "pupil.phase.learn.easy": ("Nu läser vi. Läs texten.", "Now we read. Read the text."),
    "pupil.phase.propose.easy": (
        "Nu skriver du ett förslag. Vad ska vi göra för klimatet?",
        "Now you write an idea. What should we do for the climate?",
    ),
    "pupil.phase.discuss.easy": ("Nu pratar vi om förslagen.", "Now we talk about the ideas."),
    "pupil.phase.vote.easy": ("Nu röstar du. Ingen ser vad du väljer.", "Now you vote. Nobody sees what you choose."),
    "pupil.phase.closed.easy": ("Klart! Här ser du vad klassen valde.", "Done! Here is what the class chose."),
    "pupil.phase.forwarded.easy": ("Politikerna har fått klassens förslag.", "The politicians have the class's ideas."),
    "pupil.new_proposal.easy": ("Ditt förslag", "Your idea"),
    "pupil.proposal_title.easy": ("Skriv ditt förslag kort", "Write your idea in a few words"),
    "pupil.proposal_body.easy": ("Berätta mer. Varför är det bra?", "Tell us more. Why is it good?"),
    "pupil.proposal_submit.easy": ("Skicka", "Send"),
    "pupil.proposal_sent.easy": ("Tack! Läraren har fått ditt förslag.", "Thank you! Your teacher has your idea."),
    "pupil.my_proposals.easy": ("Dina förslag", "Your ideas"),
    "vote.title.easy": ("Rösta", "Vote"),
    "vote.explain.approval.easy": ("Kryssa för de förslag du gillar.", "Tick the ideas you like."),
    "vote.explain.dots.easy": (
        "Du har {points} poäng. Ge poäng till de förslag du gillar. Högst {max_per} på ett.",
        "You have {points} points. Give points to the ideas you like. At most {max_per} on one.",
    ),
    "vote.explain.ranked.easy": (
        "Välj dina {top_k} bästa förslag. Plats 1 är det bästa.",
        "Choose your {top_k} best ideas. Place 1 is the best.",
    ),
    "vote.explain.score.easy": ("Säg vad du tycker om varje förslag.", "Say what you think of each idea."),
    "vote.abstain.easy": ("Jag vill inte välja (blank röst)", "I don't want to choose (blank vote)"),
    "vote.submit.easy": ("Rösta nu", "Vote now"),
    "vote.receipt.easy": ("Tack! Din röst är räknad.", "Thank you! Your vote is counted."),
    "vote.secrecy_title.easy": ("Är min röst hemlig?", "Is my vote secret?"),
    "vote.secrecy_body.easy": (
        "- Ja. Din röst sparas utan ditt namn.\n"
        "- Läraren ser bara hur många som har röstat.\n"
        "- När läraren stänger omröstningen blandas alla röster. Sedan kan ingen se vad du röstade på.\n"
        "- Din betygskod avslöjar inte vad du röstade på.\n"
        "- Medan ni röstar kan den vuxna som sköter servern se när en röst kommer in. "
        "Därför får bara några få vuxna sköta den.",
        "- Yes. Your vote is stored without your name.\n"
        "- Your teacher only sees how many have voted.\n"
        "- When your teacher closes the vote, all votes are mixed. Then nobody can see what you voted for.\n"
        "- Your rating code does not show what you voted for.\n"
        "- While you vote, the adult who runs the server can see when a vote comes in. "
        "That is why only a few adults may run it.",
    ),
    "vote.receipt_secret.easy": (
        "Ingen kan se vad du röstade på. Du röstar bara en gång.",
        "Nobody can see what you voted for. You vote only once.",
    ),
    "vote.receipt_next.easy": (
        "När läraren stänger omröstningen ser du resultatet här.",
        "When your teacher closes the vote, you see the result here.",
    ),
    "pupil.results_title.easy": ("Det här valde klassen", "This is what the class chose"),
    # Themes and addressees in easy words, with a picture each (the session's own theme names stay as written).
    "theme.unknown": ("🤷 Vet inte", "🤷 Don't know"),
    "theme.easy.transport": ("Resor – cykel, buss, tåg och bil", "Travel – bike, bus, train and car"),
    "theme.easy.energy": ("El och värme", "Electricity and heating"),
    "theme.easy.food": ("Mat", "Food"),
    "theme.easy.consumption": ("Saker vi köper och slänger", "Things we buy and throw away"),
    "theme.easy.buildings": ("Hus och skolans lokaler", "Buildings and the school's rooms"),
    "theme.easy.nature": ("Natur, djur och växter", "Nature, animals and plants"),
    "theme.easy.adaptation": ("Skydd mot regn, värme och översvämningar", "Protection from rain, heat and floods"),
    "theme.easy.school": ("Skolan och vardagen", "School and everyday life"),
    "theme.easy.information": ("Berätta för andra", "Telling others"),
    "theme.easy.other": ("Något annat", "Something else"),
    "addressee.school.easy": ("🏫 Vår skola", "🏫 Our school"),
    "addressee.bun.easy": ("🎒 Politikerna som bestämmer om skolan", "🎒 The politicians who decide about school"),
    "addressee.other_committee.easy": ("🏛️ Andra politiker i kommunen", "🏛️ Other politicians in the municipality"),
    "addressee.company.easy": (
        "🚌 Ett företag som kommunen äger, till exempel bussar eller el",
        "🚌 A company the municipality owns, for example buses or electricity",
    ),
    "addressee.region.easy": ("🏥 Regionen – bussar, tåg och vård", "🏥 The region – buses, trains and health care"),
    "addressee.county_board.easy": (
        "🗺️ Länsstyrelsen – statens kontor i länet",
        "🗺️ The county board – the state's office in the county",
    ),
    "addressee.national.easy": ("🏛️ Riksdagen och regeringen", "🏛️ Parliament and government"),
    "proposal.theme_placeholder.easy": ("Välj det som passar bäst", "Choose what fits best"),
    "vote.already_elsewhere.easy": (
        "Du har redan röstat. Din första röst gäller. Det du valde här räknades inte.",
        "You have already voted. Your first vote counts. What you chose here was not counted.",
    ),
    "pupil.unsent.proposal.easy": (
        "Tiden för förslag är slut. Ditt förslag kom inte fram. Här är det du skrev:",
        "Time for ideas is over. Your idea did not get through. Here is what you wrote:",
    ),
    "pupil.unsent.argument.easy": (
        "Tiden för argument är slut. Ditt argument kom inte fram. Här är det du skrev:",
        "Time for arguments is over. Your argument did not get through. Here is what you wrote:",
    ),
    "pupil.unsent.vote.easy": (
        "Omröstningen hann stänga. Din röst kom inte fram.",
        "The vote closed first. Your vote did not get through.",
    ),
}
