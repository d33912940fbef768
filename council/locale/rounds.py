"""Translations: the municipal round's rules, messages, summary and public statuses (the screens: round_pages.py)."""

ENTRIES: dict[str, tuple[str, str]] = {
    "role.coordinator": ("Samordnare (kommunens klimatstrateg)", "Coordinator (the municipality's climate strategist)"),
    "round.not_found": ("Rundan finns inte.", "The round does not exist."),
    "round.only_coordinators": (
        "Bara samordnare och administratörer kan starta en kommunrunda.",
        "Only coordinators and administrators can open a municipal round.",
    ),
    "round.not_coordinator": (
        "Det är rundans samordnare som gör det här.",
        "The round's coordinator does this.",
    ),
    "round.not_facilitator": (
        "Det är temagruppens samtalsledare eller rundans samordnare som gör det här.",
        "The theme group's facilitator or the round's coordinator does this.",
    ),
    "round.frozen": (
        "Rundans lista är fryst och skickad vidare – den går inte att ändra längre.",
        "The round's list is frozen – it can no longer be changed.",
    ),
    "round.bad_field": ("Det går inte att ändra det i en runda.", "That cannot be changed in a round."),
    "round.bad_questions": ("Skriv 1–{most} frågor.", "Write 1–{most} questions."),
    "round.bad_per_class": (
        "Varje klass kan skicka 1–{most} förslag vidare.",
        "Each class can send 1–{most} proposals on.",
    ),
    "round.bad_per_group": (
        "Varje temagrupp kan skicka 1–{most} förslag vidare.",
        "Each theme group can send 1–{most} proposals on.",
    ),
    "input.round_title_empty": ("Ge rundan ett namn.", "Give the round a name."),
    "input.round_title_too_long": (
        "Namnet är för långt: högst {limit} tecken (nu {length}).",
        "The name is too long: at most {limit} characters (now {length}).",
    ),
    "input.question_empty": ("Skriv frågan.", "Write the question."),
    "input.question_too_long": (
        "Frågan är för lång: högst {limit} tecken (nu {length}).",
        "The question is too long: at most {limit} characters (now {length}).",
    ),
    "round.bad_schools": ("Välj minst en skola som är med.", "Choose at least one school taking part."),
    "round.bad_dates": (
        "Datumen ska komma i ordning: förslag senast, sedan träffen, sedan svaren.",
        "The dates must be in order: proposals due, then the meeting, then the answers.",
    ),
    "round.pool_closed": (
        "Rundan tar inte emot fler förslag – poolen är stängd.",
        "The round takes no more proposals – the pool is closed.",
    ),
    "round.pool_still_open": (
        "Stäng poolen först – då kan temagrupperna börja.",
        "Close the pool first – then the theme groups can start.",
    ),
    "round.school_not_in_round": ("Din skola är inte med i den här rundan.", "Your school is not in this round."),
    "round.already_in_round": ("Klimatrådet är redan med i en runda.", "The council is already in a round."),
    "round.attach_too_late": (
        "Ett klimatråd kan bara kopplas till en runda innan omröstningen är avslutad.",
        "A council can only join a round before its vote has closed.",
    ),
    "round.not_in_round": ("Klimatrådet är inte med i någon runda.", "The council is not in a round."),
    "round.not_closed": (
        "Avsluta omröstningen först – sedan kan klassen skicka sina förslag vidare.",
        "Close the vote first – then the class can send its proposals on.",
    ),
    "round.already_sent": ("Klassen har redan skickat sina förslag till rundan.", "The class has already sent."),
    "round.none_chosen": ("Välj minst ett förslag att skicka.", "Choose at least one proposal to send."),
    "round.not_on_ballot": (
        "Bara förslag som klassen röstade om kan skickas.",
        "Only proposals the class voted on can be sent.",
    ),
    "round.too_many": (
        "Klassen får skicka högst {most} förslag (rundan tillåter {n}; fler bara om flera delar sista platsen).",
        "The class may send at most {most} proposals (the round allows {n}; more only when several share the last place).",
    ),
    "round.reason_needed": (
        "Du har ändrat klassens förslag till val – skriv varför, så att det syns i loggen.",
        "You changed the class's suggested choice – write why, so that it shows in the log.",
    ),
    "round.group_not_found": ("Temagruppen finns inte.", "The theme group does not exist."),
    "round.group_themes": ("Välj teman som finns i rundan.", "Choose themes that are in the round."),
    "round.bad_facilitator": (
        "Samtalsledaren måste ha ett aktivt lärar-, samordnar- eller administratörskonto.",
        "The facilitator needs an active teacher, coordinator or administrator account.",
    ),
    "input.group_name_empty": ("Ge gruppen ett namn.", "Give the group a name."),
    "input.group_name_too_long": (
        "Namnet är för långt: högst {limit} tecken (nu {length}).",
        "The name is too long: at most {limit} characters (now {length}).",
    ),
    "round.not_in_pool": ("Förslaget finns inte i rundans pool.", "The proposal is not in the round's pool."),
    "round.group_voting": (
        "Gruppen har redan börjat rösta – förslagen går inte att flytta.",
        "The group has started voting – its proposals cannot be moved.",
    ),
    "round.already_merged": (
        "Förslaget är redan ihopslaget med ett annat och kan inte flyttas.",
        "The proposal is already merged with another and cannot be moved.",
    ),
    "round.merge_other_round": (
        "Förslag från en annan runda kan inte slås ihop med den här gruppens.",
        "Proposals from another round cannot be merged with this group's.",
    ),
    "round.merge_other_group": (
        "Förslaget hör till en annan temagrupp – flytta det hit först.",
        "The proposal belongs to another theme group – move it here first.",
    ),
    "round.group_not_voted": (
        "Gruppen har inte avslutat sin omröstning än.",
        "The group has not closed its vote yet.",
    ),
    "round.results_taken": ("Gruppens resultat är redan hämtat.", "The group's result has already been taken."),
    "round.item_not_found": ("Förslaget finns inte på gruppens lista.", "The proposal is not on the group's list."),
    "round.already_approved": (
        "Ni har redan godkänt den här formuleringen.",
        "You have already approved this wording.",
    ),
    "round.change_still_open": (
        "Det finns en ändring som samtalsledaren inte har svarat på än.",
        "There is a change the facilitator has not answered yet.",
    ),
    "input.change_empty": ("Skriv vad ni vill ändra.", "Write what you want to change."),
    "input.change_too_long": (
        "Högst {limit} tecken (nu {length}).",
        "At most {limit} characters (now {length}).",
    ),
    "input.reply_empty": (
        "Skriv varför ändringen inte görs – eleverna läser svaret.",
        "Write why the change is not made – the pupils read the answer.",
    ),
    "input.reply_too_long": ("Högst {limit} tecken (nu {length}).", "At most {limit} characters (now {length})."),
    "round.change_not_found": ("Ändringen är redan besvarad.", "The change has already been answered."),
    "round.no_groups": ("Rundan har inga temagrupper än.", "The round has no theme groups yet."),
    "round.group_not_ready": (
        "Gruppen {group} har inte röstat klart och hämtat sitt resultat.",
        "The group {group} has not finished voting and taken its result.",
    ),
    "round.wording_not_approved": (
        "Eleverna i gruppen {group} har inte godkänt alla formuleringar än.",
        "The pupils in the group {group} have not approved every wording yet.",
    ),
    "round.already_forwarded": ("Rundans lista är redan skickad.", "The round's list has already been sent."),
    "round.bad_addressee": ("Okänd mottagare.", "Unknown addressee."),
    "round.not_frozen": ("Frys rundans lista först.", "Freeze the round's list first."),
    "round.unrouted": (
        "{n} förslag har ingen nämnd än – välj nämnd för dem först.",
        "{n} proposals have no committee yet – choose one for them first.",
    ),
    "round.not_forwarded": (
        "Återträffen visar svaren när rundans lista är skickad.",
        "The follow-up meeting shows the answers once the list has been sent.",
    ),
    "round.report.schools": ("{n} skolor", "{n} schools"),
    "round.report.classes": ("{n} klasser", "{n} classes"),
    "round.summary.written": (
        "{title}: elever i {classes} klasser på {schools} skolor skrev {written} förslag om frågan {question}.",
        "{title}: pupils in {classes} classes at {schools} schools wrote {written} proposals on the question {question}.",
    ),
    "round.summary.groups": (
        "Klasserna röstade och skickade sina bästa förslag vidare, {nominated} förslag. {representatives} elevrepresentanter i {groups} temagrupper slog ihop liknande förslag, diskuterade och röstade. {final} förslag står på listan.",
        "The classes voted and sent their best proposals on, {nominated} in all. {representatives} pupil representatives in {groups} theme groups merged similar proposals, discussed and voted. {final} proposals are on the list.",
    ),
    "round.summary.approved": (
        "Elevrepresentanterna godkände formuleringen av varje förslag (klart {date}).",
        "The pupil representatives approved the wording of every proposal (done {date}).",
    ),
    "round.summary.broadest": ("Bredast stöd i klasserna: {items}.", "Broadest support in the classes: {items}."),
    "round.summary.broadest_item": (
        "{title} ({share} av {voters} elever i {classes} klasser)",
        "{title} ({share} of {voters} pupils in {classes} classes)",
    ),
    "round.summary.themes": ("Förslag per tema: {items}.", "Proposals per theme: {items}."),
    "round.summary.theme_item": ("{theme} {n}", "{theme} {n}"),
    "public.no_round": (
        "Det finns inga publicerade svar på den adressen.",
        "There are no published answers at that address.",
    ),
    "public.status.will_do": ("Ska göras", "Will be done"),
    "public.status.investigating": ("Utreds", "Being investigated"),
    "public.status.already_happening": ("Pågår redan", "Already happening"),
    "public.status.not_now": ("Inte nu", "Not now"),
    "public.status.not_ours": ("Inte kommunens beslut – skickat vidare", "Not the municipality's – passed on"),
    "public.status.passed_on": ("Vidarebefordrat", "Passed on"),
    "public.status.waiting": ("Väntar på svar", "Waiting for an answer"),
    "public.column.number": ("Nr", "No."),
    "public.column.theme": ("Tema", "Theme"),
    "public.column.title": ("Förslag", "Proposal"),
    "public.column.body": ("Beskrivning", "Description"),
    "public.column.addressee": ("Riktat till", "Addressed to"),
    "public.column.committee": ("Nämnd / skickat till", "Committee / passed to"),
    "public.column.status": ("Status", "Status"),
    "public.column.answer": ("Svar och motivering", "Answer and reason"),
    "public.column.answered_on": ("Besvarat", "Answered"),
    "public.column.originals": ("Bygger på förslag", "Based on proposals"),
    "public.column.classes": ("Från klasser", "From classes"),
    "public.column.schools": ("Från skolor", "From schools"),
    "public.column.supporters": ("Elever som stödde", "Pupils in support"),
    "public.column.voters": ("Elever som röstade", "Pupils who voted"),
    "public.column.share": ("Andel", "Share"),
}
ENTRIES.update(
    {
        "input.school_name_empty": ("Skriv skolans namn.", "Write the school's name."),
        "input.school_name_too_long": (
            "Namnet är för långt: högst {limit} tecken (nu {length}).",
            "The name is too long: at most {limit} characters (now {length}).",
        ),
        "school.name_taken": ("Skolan finns redan.", "The school already exists."),
    }
)
