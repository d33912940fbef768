"""Translations: the committee's case file (answer page, registration, letter), deadlines, rating codes."""

ENTRIES: dict[str, tuple[str, str]] = {
    # The answer page
    "answer.question": ("Klassens fråga", "The class's question"),
    "answer.sender": (
        "Från {school}, klass {klass} · lärare {teacher} · skickad {date}",
        "From {school}, class {klass} · teacher {teacher} · sent {date}",
    ),
    "answer.due": ("Svar senast", "Answer due by"),
    "answer.days_left": ("Dagar kvar", "Days left"),
    "answer.days_late": ("Dagar försenat", "Days overdue"),
    "answer.answered": ("Besvarade förslag", "Proposals answered"),
    "answer.turnout": ("Röstade", "Voted"),
    "answer.withdrawn_note": (
        "Läraren drog tillbaka rapporten från er nämnd den {date}. Svar kan inte längre lämnas; de som gavs finns kvar.",
        "The teacher withdrew the report from your committee on {date}. No more answers can be given; those given are kept.",
    ),
    "answer.downloads": ("Ladda ner", "Download"),
    "answer.proposals": ("Förslagen ni har fått ({n})", "The proposals sent to you ({n})"),
    "answer.no_body": ("(Förslaget har ingen längre text.)", "(The proposal has no longer text.)"),
    "answer.support": (
        "Stöd: {support} · plats {place} · {method}",
        "Support: {support} · place {place} · {method}",
    ),
    "answer.arguments": (
        "Elevernas argument: {pros} för, {cons} emot",
        "The pupils' arguments: {pros} for, {cons} against",
    ),
    "answer.current": ("Givet svar", "Answer given"),
    "answer.status_placeholder": ("Välj ett beslut …", "Choose a decision …"),
    "answer.text_help": (
        "Eleverna läser svaret själva. Korta meningar och vanliga ord: sikta på LIX under {limit}.",
        "The pupils read the answer themselves. Short sentences and everyday words: aim for a LIX below {limit}.",
    ),
    "answer.decision_help": (
        "Beslutet (valfritt): datum, vem som beslutade och paragrafen i protokollet.",
        "The decision (optional): date, who decided and the paragraph in the minutes.",
    ),
    "answer.decided_on": ("Beslutsdatum", "Date of decision"),
    "answer.decider": ("Beslutat av", "Decided by"),
    "answer.decider_placeholder": ("Välj (valfritt) …", "Choose (optional) …"),
    "answer.decider.delegate": ("En tjänsteperson på delegation", "An official with delegated power"),
    "answer.delegate": ("Tjänstepersonens titel (vid delegation)", "The official's title (if delegated)"),
    "answer.delegate_placeholder": ("t.ex. trafikchefen", "e.g. the head of traffic"),
    "answer.minutes": ("Paragraf (§)", "Minutes paragraph (§)"),
    "answer.change": ("Ändra svaret", "Change the answer"),
    "answer.confirm_change": (
        "Ni ändrar ett svar som eleverna redan kan läsa (nytt beslut: {status}). Det gamla svaret finns kvar i historiken och eleverna ser att det ändrats. Vill ni ändra?",
        "You are changing an answer the pupils can already read (new decision: {status}). The old answer stays in the history and the pupils see that it changed. Change it?",
    ),
    "answer.confirm_yes": ("Ja, ändra svaret", "Yes, change the answer"),
    "answer.confirm_no": ("Avbryt", "Cancel"),
    "answer.hard_to_read": (
        "Svaret är sparat, men det kan vara svårt att läsa för årskurs {grades}: LIX {lix} (lagom är högst {limit}). Svårast är den här meningen – dela upp den eller byt långa ord:",
        "The answer is saved, but it may be hard to read for grades {grades}: LIX {lix} (at most {limit} suits them). This sentence is the hardest – split it or use shorter words:",
    ),
    "answer.other_committee": (
        "Rapporten skickades till en annan nämnd. Bara den nämnden kan svara.",
        "The report was sent to another committee. Only that committee can answer.",
    ),
    "answer.withdrawn": (
        "Läraren har dragit tillbaka rapporten från er nämnd. Svaret sparades inte.",
        "The teacher has withdrawn the report from your committee. The answer was not saved.",
    ),
    "answer.not_sent_here": (
        "Det förslaget skickades inte till er nämnd. Svaret sparades inte.",
        "That proposal was not sent to your committee. The answer was not saved.",
    ),
    "answer.decided_in_future": (
        "Beslutsdatumet kan inte ligga i framtiden.",
        "The date of decision cannot be in the future.",
    ),
    "answer.bad_decider": ("Välj vem som beslutade i listan.", "Choose who decided from the list."),
    "answer.changed_meanwhile": (
        "Någon annan har svarat på förslaget under tiden. Läs det nya svaret och försök igen.",
        "Someone else answered the proposal meanwhile. Read the new answer and try again.",
    ),
    "answer.unchanged": ("Ni har inte ändrat något i svaret.", "You have not changed anything in the answer."),
    "input.delegate_empty": (
        "Skriv tjänstepersonens titel, eller välj att nämnden beslutade.",
        "Write the official's title, or choose that the committee decided.",
    ),
    "input.delegate_too_long": ("Högst {limit} tecken.", "At most {limit} characters."),
    "input.minutes_too_long": (
        "Paragrafen får vara högst {limit} tecken.",
        "The paragraph may be at most {limit} characters.",
    ),
    "decision.by": ("Beslutat av {by}", "Decided by {by}"),
    "decision.delegate": ("Beslutat av {by} (på delegation)", "Decided by {by} (delegated)"),
    "decision.decided": ("Beslutat", "Decided"),
    # Registration
    "register.title": ("Diarieföring", "Registration"),
    "register.current": ("Diarienummer {dnr}, registrerat {date}", "Reference number {dnr}, registered {date}"),
    "register.dnr": ("Diarienummer", "Reference number (diarienummer)"),
    "register.dnr_placeholder": ("t.ex. TN 2027/123", "e.g. TN 2027/123"),
    "register.date": ("Registrerat den", "Registered on"),
    "register.save": ("Spara diarienumret", "Save the reference number"),
    "register.saved": ("Diarienumret är sparat.", "The reference number is saved."),
    "register.bad_date": (
        "Registreringsdatumet ska ligga mellan dagen rapporten skickades och i dag.",
        "The date registered must lie between the day the report was sent and today.",
    ),
    "input.diarienummer_empty": ("Skriv diarienumret.", "Write the reference number."),
    "input.diarienummer_too_long": (
        "Diarienumret är för långt: högst {limit} tecken.",
        "The reference number is too long: at most {limit} characters.",
    ),
    # The letter
    "letter.help": (
        "Skrivelsen är klassens följebrev till nämnden, för diariet.",
        "The letter is the class's covering letter to the committee, for the registry.",
    ),
    "letter.download.docx": ("Skrivelse (Word)", "Letter (Word)"),
    "letter.download.pdf": ("Skrivelse (PDF)", "Letter (PDF)"),
    "letter.date": ("Datum", "Date"),
    "letter.dnr": ("Dnr", "Ref. no."),
    "letter.from": ("Från", "From"),
    "letter.sender": ("{school}, klass {klass}", "{school}, class {klass}"),
    "letter.teacher": ("Ansvarig lärare", "Teacher in charge"),
    "letter.to": ("Till", "To"),
    "letter.subject": (
        "Förslag från elevernas klimatråd i klass {klass}: {title}",
        "Proposals from the pupils' climate council in class {klass}: {title}",
    ),
    "letter.intro": (
        "Klass {klass} på {school} har i ett klimatråd arbetat med frågan ”{question}”. Eleverna har skrivit förslag, prövat argument för och emot och röstat i en hemlig omröstning ({method}); {turnout} röstade. Klassen överlämnar härmed {count} förslag till {committee} och ber om svar senast {deadline}.",
        "Class {klass} at {school} has worked on the question “{question}” in a climate council. The pupils wrote proposals, weighed arguments for and against, and voted in a secret ballot ({method}); {turnout} voted. The class hereby submits the proposals below to {committee} (number of proposals: {count}) and asks for an answer by {deadline}.",
    ),
    "letter.col.rank": ("Plats", "Place"),
    "letter.col.title": ("Förslag", "Proposal"),
    "letter.col.support": ("Stöd bland de röstande", "Support among voters"),
    "letter.closing": (
        "Nämnden svarar på varje förslag i Klimatrådet. Eleverna läser svaren med klassens kod.\n\nMed vänlig hälsning\n{teacher}\n{school}",
        "The committee answers each proposal in Klimatrådet. The pupils read the answers with their class code.\n\nKind regards\n{teacher}\n{school}",
    ),
    # The teacher's list of forwardings
    "forward.proposals": ("Förslag att skicka", "Proposals to send"),
    "forward.proposals_all": ("Alla förslag", "All proposals"),
    "forward.proposals_help": (
        "Välj de förslag som hör till nämnderna ovan. Tomt: alla förslag skickas.",
        "Choose the proposals that belong to the committees above. Empty: every proposal is sent.",
    ),
    "forward.bad_selection": ("Välj förslag ur rapporten.", "Choose proposals from the report."),
    "forward.sent_title": ("Skickat till", "Sent to"),
    "forward.sent_line": (
        "**{committee}** · version {version} · besvarade {answered} av {total} · svar senast {deadline}",
        "**{committee}** · version {version} · answered {answered} of {total} · due {deadline}",
    ),
    "forward.withdraw": ("Dra tillbaka", "Withdraw"),
    "forward.withdraw_sure": (
        "Nämnden kan inte längre svara. Svar som redan getts finns kvar.",
        "The committee can no longer answer. Answers already given are kept.",
    ),
    "forward.withdraw_yes": ("Ja, dra tillbaka", "Yes, withdraw"),
    "forward.withdrawn": (
        "Rapporten är tillbakadragen från nämnden.",
        "The report has been withdrawn from the committee.",
    ),
    "forward.withdrawn_on": ("Tillbakadragen {date}", "Withdrawn {date}"),
    "forward.already_withdrawn": ("Rapporten är redan tillbakadragen.", "The report has already been withdrawn."),
    # Inbox and dashboard
    "inbox.dnr": ("Dnr {dnr}", "Ref. no. {dnr}"),
    "inbox.withdrawn": ("Läraren har dragit tillbaka rapporten.", "The teacher has withdrawn the report."),
    "inbox.due_soon": ("Svar ska lämnas inom {days} dagar.", "An answer is due within {days} days."),
    "deadlines.title": ("Svarstider", "Answer deadlines"),
    "deadlines.overdue": ("Försenade svar per nämnd", "Overdue answers per committee"),
    "deadlines.soon": ("Ska besvaras inom 30 dagar", "Due within 30 days"),
    "deadlines.none_overdue": ("Inga försenade svar.", "No overdue answers."),
    "deadlines.none_soon": ("Inget ska besvaras de närmaste 30 dagarna.", "Nothing is due in the next 30 days."),
    "deadlines.col.committee": ("Nämnd", "Committee"),
    "deadlines.col.reports": ("Försenade rapporter", "Overdue reports"),
    "deadlines.col.unanswered": ("Obesvarade förslag", "Unanswered proposals"),
    "deadlines.col.title": ("Rapport", "Report"),
    "deadlines.col.school": ("Skola", "School"),
    "deadlines.col.class_label": ("Klass", "Class"),
    "deadlines.col.deadline": ("Svar senast", "Due"),
    "deadlines.col.days_left": ("Dagar kvar", "Days left"),
    "deadlines.col.diarienummer": ("Dnr", "Ref. no."),
    # The pupils' progress page
    "progress.due": (
        "{committee}: inte besvarat än – svar senast {deadline}",
        "{committee}: not answered yet – due {deadline}",
    ),
    "progress.overdue": (
        "{committee}: inte besvarat – försenat sedan {since}",
        "{committee}: not answered – overdue since {since}",
    ),
    "progress.withdrawn": ("{committee}: rapporten drogs tillbaka", "{committee}: the report was withdrawn"),
    "progress.not_sent": (
        "Det här förslaget skickades inte till någon nämnd.",
        "This proposal was not sent to any committee.",
    ),
    "progress.answered_on": ("Svaret gavs {date}", "Answered on {date}"),
    "progress.rate_title": ("Betygsätt svaren", "Rate the answers"),
    "progress.rate_intro": (
        "Alla som röstade fick en betygskod på kvittot. Skriv den här – den fungerar en gång, på vilken dator som helst.",
        "Everyone who voted got a rating code on the receipt. Type it here – it works once, on any computer.",
    ),
    "progress.rating_code": ("Din betygskod", "Your rating code"),
    "rating.bad_code": (
        "Den betygskoden finns inte i den här klassen. Kolla att du skrev av den rätt.",
        "That rating code does not exist in this class. Check that you copied it correctly.",
    ),
    "rating.code_used": ("Den betygskoden är redan använd.", "That rating code has already been used."),
    # Rating codes on the receipt and the slip
    "vote.rating_code_intro": (
        "**Din betygskod** – skriv av den eller ta en bild. När politikerna har svarat kan du betygsätta svaren med den, på vilken dator som helst:",
        "**Your rating code** – copy it or take a picture. When the politicians have answered, you can rate their answers with it, on any computer:",
    ),
    "vote.rating_code_help": (
        "Koden visas bara nu. Den säger ingenting om hur du röstade.",
        "The code is shown only now. It says nothing about how you voted.",
    ),
    "vote.rating_code_gone": (
        "Din betygskod visades när du röstade. Den kan inte visas igen.",
        "Your rating code was shown when you voted. It cannot be shown again.",
    ),
    "kiosk.rating_code": (
        "Din betygskod: **{code}** – skriv av den nu. Den försvinner när nästa elev börjar.",
        "Your rating code: **{code}** – copy it now. It disappears when the next pupil starts.",
    ),
    "slip.rating_code": (
        "Betygskod från kvittot: ____ - ____",
        "Rating code from the receipt: ____ - ____",
    ),
}
