"""Translations: words every screen uses — navigation, roles, phases, statuses, input errors."""

ENTRIES: dict[str, tuple[str, str]] = {
    "server.busy": (
        "Det är väldigt många här just nu, så det tog för lång tid. Ingenting har ändrats. "
        "Vänta några sekunder och försök igen.",
        "A lot of people are here right now, so it took too long. Nothing was changed. "
        "Wait a few seconds and try again.",
    ),
    "server.busy_voted": (
        "Din röst är räknad. Det är väldigt många här just nu, så sidan hann inte visas. "
        "Vänta några sekunder och ladda om sidan, så ser du ditt kvitto.",
        "Your vote is counted. A lot of people are here right now, so the page could not be shown in time. "
        "Wait a few seconds and reload the page to see your receipt.",
    ),
    "common.count_of": ("{count} av {total} ({percent})", "{count} of {total} ({percent})"),
    "common.n_of_total": ("{count} av {total}", "{count} of {total}"),
    "common.choose": ("Välj", "Choose"),
    "nav.home": ("Start", "Start"),
    "start.preparing": (
        "Klimatrådet startar – databasen förbereds. Det tar bara några sekunder första gången.",
        "Klimatrådet is starting – the database is being prepared. It takes a few seconds the first time.",
    ),
    "nav.setup": ("Kom igång", "Get started"),
    "nav.join": ("Gå med", "Join"),
    "nav.pupil": ("Mitt klimatråd", "My climate council"),
    "nav.login": ("Logga in", "Log in"),
    "nav.sessions": ("Mina klimatråd", "My councils"),
    "nav.control": ("Kontrollrummet", "Control room"),
    "nav.accounts": ("Konton", "Accounts"),
    "nav.logout": ("Logga ut", "Log out"),
    "nav.logged_in_as": ("Inloggad som {username}", "Logged in as {username}"),
    "role.admin": ("Administratör", "Administrator"),
    "role.teacher": ("Lärare", "Teacher"),
    "role.committee": ("Nämndledamot", "Committee member"),
    "phase.draft": ("Förberedelse", "Preparation"),
    "phase.learn": ("Lära", "Learn"),
    "phase.propose": ("Föreslå", "Propose"),
    "phase.discuss": ("Diskutera", "Discuss"),
    "phase.vote": ("Rösta", "Vote"),
    "phase.closed": ("Avslutad", "Closed"),
    "phase.forwarded": ("Skickad till politikerna", "Sent to the politicians"),
    "status.pending": ("väntar på läraren", "waiting for the teacher"),
    "status.published": ("med på listan", "on the list"),
    "status.rejected": ("inte med", "not included"),
    "status.merged": ("ihopslaget med ett annat förslag", "merged with another proposal"),
    "input.title_empty": ("Skriv en rubrik.", "Write a title."),
    "input.title_too_long": (
        "Rubriken är för lång: högst {limit} tecken (nu {length}). Korta den – det du skrev finns kvar.",
        "The title is too long: at most {limit} characters (now {length}). Shorten it – what you wrote is still there.",
    ),
    "input.body_empty": ("Skriv vad ditt förslag går ut på.", "Write what your proposal is about."),
    "input.body_too_long": (
        "Texten är för lång: högst {limit} tecken (nu {length}). Korta den – det du skrev finns kvar.",
        "The text is too long: at most {limit} characters (now {length}). Shorten it – what you wrote is still there.",
    ),
    "input.theme_empty": ("Välj ett tema.", "Choose a theme."),
    "input.theme_too_long": (
        "Temat är för långt: högst {limit} tecken.",
        "The theme is too long: at most {limit} characters.",
    ),
    "input.reason_empty": ("Skriv en motivering.", "Write a reason."),
    "input.reason_too_long": (
        "Motiveringen är för lång: högst {limit} tecken (nu {length}).",
        "The reason is too long: at most {limit} characters (now {length}).",
    ),
    "auth.not_allowed": (
        "Du har inte behörighet till det här. Logga in med rätt konto.",
        "You are not allowed to do this. Log in with the right account.",
    ),
    "auth.login_needed": ("Logga in för att se den här sidan.", "Log in to see this page."),
    "auth.setup_done": (
        "Appen är redan installerad. Logga in i stället.",
        "The app is already set up. Log in instead.",
    ),
    "auth.wrong_credentials": ("Fel användarnamn eller lösenord.", "Wrong username or password."),
    "auth.bad_username": (
        "Användarnamnet får bara innehålla bokstäver, siffror, punkt, bindestreck och understreck.",
        "The username may only contain letters, digits, dot, hyphen and underscore.",
    ),
    "auth.short_password": (
        "Lösenordet måste ha minst {minimum} tecken.",
        "The password needs at least {minimum} characters.",
    ),
    "auth.username_taken": ("Det användarnamnet finns redan.", "That username is already taken."),
    "session.not_found": ("Klimatrådet finns inte.", "That council does not exist."),
    "session.bad_title": ("Skriv en rubrik på högst {limit} tecken.", "Write a title of at most {limit} characters."),
    "session.bad_question": (
        "Skriv en fråga på högst {limit} tecken.",
        "Write a question of at most {limit} characters.",
    ),
    "session.bad_class_label": (
        "Klassnamnet får ha högst {limit} tecken.",
        "The class name may have at most {limit} characters.",
    ),
    "session.bad_expected_size": (
        "Antalet elever måste vara mellan 0 och 2000.",
        "The number of pupils must be between 0 and 2000.",
    ),
    "ballot_error.empty": (
        "Välj minst ett förslag, eller kryssa i ”Jag avstår”.",
        "Choose at least one proposal, or tick “I abstain”.",
    ),
    "ballot_error.abstain_and_choices": (
        "Du har både valt förslag och kryssat i ”Jag avstår”. Välj ett av dem.",
        "You chose proposals and also ticked “I abstain”. Pick one of them.",
    ),
}
