"""Translations: the pupil's screens — joining, proposing, voting, results."""

ENTRIES: dict[str, tuple[str, str]] = {
    "join.title": ("Välkommen till klimatrådet!", "Welcome to the climate council!"),
    "join.intro": (
        "Skriv koden som din lärare visar på tavlan. Du behöver inte skriva ditt namn.",
        "Type the code your teacher shows on the board. You don't need to write your name.",
    ),
    "join.code_label": ("Kod", "Code"),
    "join.code_help": (
        "Koden från tavlan, till exempel ABC234, eller koden på din lapp.",
        "The code from the board, for example ABC234, or the code on your slip.",
    ),
    "join.submit": ("Gå med", "Join"),
    "join.privacy": (
        "Vi sparar inte ditt namn, och din röst sparas utan koppling till dig.",
        "We don't save your name, and your vote is stored with no link to you.",
    ),
    "join.bad_code": (
        "Vi hittar inget klimatråd med den koden. Kolla koden och försök igen.",
        "We can't find a council with that code. Check the code and try again.",
    ),
    "join.expired_code": (
        "Koden gäller inte längre. Fråga din lärare.",
        "The code is no longer valid. Ask your teacher.",
    ),
    "join.not_started": (
        "Klimatrådet har inte börjat än. Vänta tills läraren startar det.",
        "The council hasn't started yet. Wait until your teacher starts it.",
    ),
    "pupil.session": ("Klimatråd: {title}", "Climate council: {title}"),
    "pupil.phase.draft": ("Läraren förbereder. Vänta lite!", "Your teacher is getting ready. Please wait!"),
    "pupil.phase.learn": ("Nu läser vi på om frågan.", "Now we read up on the question."),
    "pupil.phase.propose": (
        "Nu skriver ni förslag! Vad tycker du att kommunen eller skolan ska göra?",
        "Now you write proposals! What do you think the municipality or school should do?",
    ),
    "pupil.phase.discuss": ("Nu diskuterar vi förslagen.", "Now we discuss the proposals."),
    "pupil.phase.vote": (
        "Nu röstar vi! Ingen kan se vad just du röstar på.",
        "Now we vote! Nobody can see what you vote for.",
    ),
    "pupil.phase.closed": (
        "Röstningen är klar. Här är klassens resultat.",
        "Voting is over. Here is the class's result.",
    ),
    "pupil.phase.forwarded": (
        "Klassens förslag är skickade till politikerna.",
        "The class's proposals have been sent to the politicians.",
    ),
    "pupil.new_proposal": ("Skriv ett förslag", "Write a proposal"),
    "pupil.proposals_left": (
        "Du kan skriva {left} förslag till (högst {most} var).",
        "You can write {left} more proposals (at most {most} each).",
    ),
    "limit.proposal_cap": (
        "Du har skrivit {most} förslag – det är så många var och en får skriva. Läs gärna de andras förslag medan "
        "du väntar.",
        "You have written {most} proposals – that is as many as each pupil may write. Read the others' proposals "
        "while you wait.",
    ),
    "limit.proposal_rate": (
        "Väldigt många skickar förslag just nu. Vänta en minut och tryck igen – det du skrivit finns kvar.",
        "A lot of proposals are coming in right now. Wait a minute and press again – what you wrote is still here.",
    ),
    "limit.argument_cap": (
        "Du har skrivit {most} argument – det är så många var och en får skriva.",
        "You have written {most} arguments – that is as many as each pupil may write.",
    ),
    "limit.argument_rate": (
        "Väldigt många skickar argument just nu. Vänta en minut och tryck igen.",
        "A lot of arguments are coming in right now. Wait a minute and press again.",
    ),
    "limit.join_rate": (
        "Väldigt många går med just nu. Vänta en minut och försök igen.",
        "A lot of people are joining right now. Wait a minute and try again.",
    ),
    "pupil.proposal_title": ("Rubrik", "Title"),
    "pupil.title_help": ("Högst {limit} tecken.", "At most {limit} characters."),
    "pupil.body_help": ("Högst {limit} tecken.", "At most {limit} characters."),
    "pupil.unsent.proposal": (
        "Tiden för förslag tog slut innan ditt förslag skickades, så det sparades inte. Här är det du skrev – "
        "säg det gärna till din lärare eller skriv av det.",
        "Time for proposals ran out before your proposal was sent, so it was not saved. Here is what you wrote – "
        "tell your teacher, or copy it.",
    ),
    "pupil.unsent.argument": (
        "Tiden för argument tog slut innan ditt argument skickades, så det sparades inte. Här är det du skrev:",
        "Time for arguments ran out before your argument was sent, so it was not saved. Here is what you wrote:",
    ),
    "pupil.unsent.vote": (
        "Omröstningen stängdes innan din röst kom fram, så den räknades inte.",
        "The vote closed before your ballot arrived, so it was not counted.",
    ),
    "pupil.unsent.heading": ("Det här skrev du", "What you wrote"),
    "pupil.proposal_title_placeholder": ("Till exempel: Fler cykelbanor", "For example: More cycle lanes"),
    "pupil.proposal_body": ("Vad ska göras, och varför?", "What should be done, and why?"),
    "pupil.proposal_body_placeholder": ("Skriv ditt förslag här.", "Write your proposal here."),
    "pupil.proposal_submit": ("Skicka förslaget", "Send the proposal"),
    "pupil.proposal_sent": (
        "Tack! Ditt förslag är skickat till läraren.",
        "Thank you! Your proposal has been sent to the teacher.",
    ),
    "pupil.my_proposals": ("Mina förslag", "My proposals"),
    "pupil.reject_reason": ("Lärarens förklaring: {reason}", "The teacher's explanation: {reason}"),
    "pupil.results_title": ("Klassens resultat", "The class's result"),
    "pupil.result_row": ("**{rank}.** {title}", "**{rank}.** {title}"),
    "pupil.result_row_figure": ("**{rank}.** {title} – {figure}", "**{rank}.** {title} – {figure}"),
    "proposal.not_now": ("Just nu går det inte att skicka förslag.", "You can't send proposals right now."),
    "proposal.not_found": ("Förslaget finns inte.", "The proposal does not exist."),
    "vote.title": ("Din röst", "Your vote"),
    "vote.explain.approval": ("Kryssa för de förslag du stöder.", "Tick the proposals you support."),
    "vote.explain.dots": (
        "Du har {points} poäng att dela ut. Du får ge högst {max_per} poäng till ett förslag.",
        "You have {points} points to give. You may give at most {max_per} points to one proposal.",
    ),
    "vote.explain.ranked": (
        "Välj dina {top_k} favoriter och ge dem plats 1, 2, 3 … Plats 1 är den du tycker bäst om.",
        "Pick your {top_k} favourites and give them place 1, 2, 3 … Place 1 is the one you like best.",
    ),
    "vote.explain.score": (
        "Ge varje förslag ett betyg, från starkt emot till starkt för.",
        "Give every proposal a score, from strongly against to strongly for.",
    ),
    "vote.place_none": ("– ingen plats", "– no place"),
    "vote.place": ("Plats {place}", "Place {place}"),
    "vote.score.-2": ("Starkt emot", "Strongly against"),
    "vote.score.-1": ("Emot", "Against"),
    "vote.score.0": ("Vet inte", "Not sure"),
    "vote.score.1": ("För", "For"),
    "vote.score.2": ("Starkt för", "Strongly for"),
    "vote.max_picks": ("Du får välja högst {limit}.", "You may choose at most {limit}."),
    "vote.abstain": ("Jag avstår (lämnar en blank röst)", "I abstain (hand in a blank vote)"),
    "vote.submit": ("Lägg min röst", "Cast my vote"),
    "vote.receipt": ("Tack! Din röst är räknad.", "Thank you! Your vote is counted."),
    "vote.receipt_secret": (
        "Rösten är hemlig: den sparas utan koppling till dig, och du kan inte rösta igen.",
        "Your vote is secret: it is stored with no link to you, and you cannot vote again.",
    ),
    "vote.secrecy_title": ("Så hålls din röst hemlig", "How your vote stays secret"),
    "vote.secrecy_body": (
        "- Din röst sparas utan ditt namn och utan något som pekar på dig. Appen sparar bara *att* du har röstat, "
        "så att ingen kan rösta två gånger.\n"
        "- Rösterna ligger i en förseglad låda tills läraren stänger omröstningen. Då blandas de in i resultatet och "
        "lådan förstörs. Efter det kan ingen ta reda på vad just du röstade på – inte läraren, inte skolan och inte "
        "den som sköter servern.\n"
        "- Medan omröstningen pågår skulle den som sköter servern i teorin kunna se att en röst kom in samtidigt som "
        "du röstade (på en stor server en kort tid efteråt också). Därför får bara ett fåtal vuxna sköta servern.\n"
        "- Betygskoden på kvittot hör inte ihop med din röst. Den som ser koden kan inte ta reda på vad du röstade "
        "på, och inte heller vilket betyg du ger med den.\n"
        "- Läraren ser bara hur många som har röstat. Om färre än fem röstar visar resultatet en varning, "
        "eftersom ett litet resultat i sig kan avslöja något.",
        "- Your vote is stored without your name and without anything that points to you. The app only stores "
        "*that* you have voted, so that nobody can vote twice.\n"
        "- Votes stay in a sealed box until your teacher closes the vote. Then they are mixed into the result and "
        "the box is destroyed. After that nobody can find out what you voted for – not your teacher, not the school "
        "and not the person who runs the server.\n"
        "- While the vote is open, the person who runs the server could in theory see that a vote came in at the "
        "moment you voted (on a large server for a short time afterwards too). That is why only a few adults may "
        "run the server.\n"
        "- The rating code on your receipt is not linked to your vote. Someone who sees the code cannot find out "
        "what you voted for, nor which rating you give with it.\n"
        "- Your teacher only sees how many have voted. If fewer than five vote, the result shows a warning, "
        "because a small result can give something away by itself.",
    ),
    "vote.receipt_next": (
        "Resultatet visas här av sig självt när läraren stänger omröstningen.",
        "The result appears here by itself when your teacher closes the vote.",
    ),
    "vote.not_now": ("Just nu går det inte att rösta.", "You can't vote right now."),
    "vote.already_elsewhere": (
        "Du har redan röstat – i en annan flik eller på en annan skärm. Valen här räknades inte; din första röst gäller.",
        "You have already voted – in another tab or on another screen. The choices here were not counted; your first vote stands.",
    ),
    "vote.already_voted": (
        "Du har redan röstat. Varje elev röstar en gång.",
        "You have already voted. Each pupil votes once.",
    ),
    "results.hidden": ("Resultatet visas när röstningen är avslutad.", "The result is shown when voting is closed."),
    "results.turnout": ("Röstat: {turnout}", "Voted: {turnout}"),
    "results.turnout_joined": (
        "{count} av {joined} som gick med ({percent})",
        "{count} of {joined} who joined ({percent})",
    ),
    "results.class_size.one": ("{n} elev i klassen", "{n} pupil in the class"),
    "results.class_size.other": ("{n} elever i klassen", "{n} pupils in the class"),
    "results.small_group": (
        "Färre än 5 har röstat: resultatet säger lite och kan avslöja hur enskilda röstat.",
        "Fewer than 5 have voted: the result says little and may reveal how individuals voted.",
    ),
    "results.title": ("Resultat", "Results"),
    "results.tied_yes": ("delad plats", "shared place"),
    "results.tie_note": (
        "Förslag med samma poäng delar plats. Ingen lottning görs: läraren och klassen avgör hur de går vidare.",
        "Proposals with the same points share a place. Nothing is drawn by lot: the teacher and the class decide how to go on.",
    ),
    "results.pairwise": (
        "Förslagen två och två (parvis jämförelse)",
        "The proposals two at a time (pairwise comparison)",
    ),
    "results.pairwise_help": (
        "Talet i en ruta: hur många som satte förslaget i raden före förslaget i kolumnen.",
        "The number in a cell: how many put the row's proposal ahead of the column's.",
    ),
}
