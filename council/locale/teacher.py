"""Translations: the teacher's and admin's screens."""

ENTRIES: dict[str, tuple[str, str]] = {
    "setup.title": ("Kom igång med Klimatrådet", "Get started with Klimatrådet"),
    "setup.intro": (
        "Skapa det första kontot. Det blir administratör och kan sedan lägga upp lärarkonton.",
        "Create the first account. It becomes the administrator and can then add teacher accounts.",
    ),
    "setup.school": ("Skolans namn", "School name"),
    "setup.password_help": ("Minst {minimum} tecken.", "At least {minimum} characters."),
    "setup.submit": ("Skapa administratören", "Create the administrator"),
    "setup.done": ("Klart! Du är inloggad som administratör.", "Done! You are logged in as administrator."),
    "login.title": ("Logga in", "Log in"),
    "login.username": ("Användarnamn", "Username"),
    "login.password": ("Lösenord", "Password"),
    "login.submit": ("Logga in", "Log in"),
    "login.pupil_hint": (
        "Är du elev? Du behöver inget konto – gå med med koden från din lärare.",
        "Are you a pupil? You don't need an account – join with the code from your teacher.",
    ),
    "accounts.title": ("Konton", "Accounts"),
    "accounts.new": ("Nytt konto", "New account"),
    "accounts.display_name": ("Namn", "Name"),
    "accounts.first_password": ("Första lösenord", "First password"),
    "accounts.role": ("Roll", "Role"),
    "accounts.create": ("Skapa kontot", "Create the account"),
    "accounts.created": ("Kontot {username} är skapat.", "The account {username} has been created."),
    "accounts.list": ("Alla konton", "All accounts"),
    "accounts.not_found": ("Kontot finns inte.", "The account does not exist."),
    "accounts.state": ("Läge", "State"),
    "accounts.email_short": ("E-post", "E-mail"),
    "accounts.committee_short": ("Nämnd", "Committee"),
    "accounts.active": ("aktivt", "active"),
    "accounts.inactive": ("inaktivt", "inactive"),
    "accounts.edit_title": ("Ändra ett konto", "Change an account"),
    "accounts.pick": ("Konto", "Account"),
    "accounts.pick_placeholder": ("Välj ett konto att ändra", "Choose an account to change"),
    "accounts.save": ("Spara ändringarna", "Save the changes"),
    "accounts.saved": ("Kontot är ändrat.", "The account has been changed."),
    "accounts.role_change_note": (
        "Byter du roll eller nämnd loggas kontot ut överallt och får den nya rollen vid nästa inloggning.",
        "If you change the role or committee, the account is logged out everywhere and gets the new role at its next login.",
    ),
    "accounts.is_active": (
        "Kontot **{username}** är aktivt och kan logga in.",
        "The account **{username}** is active and can log in.",
    ),
    "accounts.is_inactive": (
        "Kontot **{username}** är inaktivt och kan inte logga in.",
        "The account **{username}** is inactive and cannot log in.",
    ),
    "accounts.deactivate": ("Inaktivera kontot", "Deactivate the account"),
    "accounts.deactivate_help": (
        "Kontot kan inte logga in längre och öppna inloggningar avslutas. Inget av det kontot gjort tas bort, "
        "och du kan aktivera det igen.",
        "The account can no longer log in and open logins end. Nothing the account did is removed, and you "
        "can make it active again.",
    ),
    "accounts.activate": ("Aktivera kontot igen", "Make the account active again"),
    "accounts.deactivated": ("Kontot är inaktiverat.", "The account has been deactivated."),
    "accounts.activated": ("Kontot är aktivt igen.", "The account is active again."),
    "accounts.new_password": ("Nytt lösenord", "New password"),
    "accounts.reset": ("Byt lösenord", "Change the password"),
    "accounts.password_reset": (
        "Lösenordet är bytt. Ge det till kontots ägare; kontot är utloggat överallt.",
        "The password has been changed. Give it to the account's owner; the account is logged out everywhere.",
    ),
    "accounts.last_admin": (
        "Det måste finnas minst en aktiv administratör. Gör någon annan till administratör först.",
        "There must be at least one active administrator. Make someone else an administrator first.",
    ),
    "sessions.title": ("Mina klimatråd", "My climate councils"),
    "sessions.new": ("Nytt klimatråd", "New climate council"),
    "sessions.field_title": ("Rubrik", "Title"),
    "sessions.title_placeholder": ("Klimatrådet 6B – transporter", "Climate council 6B – transport"),
    "sessions.field_question": ("Frågan klassen ska arbeta med", "The question the class will work on"),
    "sessions.question_placeholder": (
        "Hur ska Karlstad halvera utsläppen från transporter till 2030?",
        "How should Karlstad halve transport emissions by 2030?",
    ),
    "sessions.field_class": ("Klass", "Class"),
    "sessions.field_expected": ("Antal elever i klassen", "Number of pupils in the class"),
    "sessions.create": ("Skapa klimatrådet", "Create the council"),
    "sessions.none_yet": ("Du har inga klimatråd än. Skapa ett ovan.", "You have no councils yet. Create one above."),
    "sessions.code": ("kod", "code"),
    "sessions.open": ("Öppna", "Open"),
    "control.pick_session": ("Välj ett klimatråd i listan först.", "Pick a council from the list first."),
    "control.question": ("Fråga", "Question"),
    "control.join_code": ("Kod för att gå med", "Code to join"),
    "control.progress_code": (
        "Koden till ”Vad hände med förslagen?” (röstningen är stängd)",
        "The code for “What happened to the proposals?” (the vote is closed)",
    ),
    "control.join_link": ("Eller öppna: {link}", "Or open: {link}"),
    "address.local_only": (
        "Länken och QR-koden pekar på den här datorn (localhost), så elevernas enheter kan inte öppna dem. Öppna "
        "appen med datorns adress i nätverket, eller be den som driftar appen att sätta COUNCIL_PUBLIC_URL.",
        "The link and the QR code point at this computer (localhost), so pupils' devices cannot open them. Open "
        "the app at the computer's network address, or ask whoever runs the app to set COUNCIL_PUBLIC_URL.",
    ),
    "address.bad_public_url": (
        "COUNCIL_PUBLIC_URL måste vara en webbadress som https://klimat.kommun.se/ (nu: {url}).",
        "COUNCIL_PUBLIC_URL must be a web address such as https://klimat.kommun.se/ (now: {url}).",
    ),
    "control.joined": ("Har gått med", "Joined"),
    "control.proposals": ("Förslag på listan", "Proposals on the list"),
    "control.proposals_help": (
        "Förslagen som står på röstsedeln. {pending} väntar på granskning, {rejected} är inte med.",
        "The proposals on the ballot. {pending} waiting for review, {rejected} not included.",
    ),
    "control.voted": ("Har röstat", "Voted"),
    "control.phase": ("Fas", "Phase"),
    "control.next": ("Gå vidare till: {phase}", "Move on to: {phase}"),
    "control.back": ("Tillbaka till: {phase}", "Back to: {phase}"),
    "control.back_help": (
        "Inget försvinner: förslag, argument och elever finns kvar, och eleverna kan fortsätta där de var.",
        "Nothing is lost: proposals, arguments and pupils stay, and pupils carry on where they were.",
    ),
    "phase.stepped_back": (
        "Klimatrådet är tillbaka i fasen {phase}. Inget har försvunnit.",
        "The council is back in the {phase} phase. Nothing was lost.",
    ),
    "phase.no_back": ("Härifrån går det inte att gå tillbaka.", "There is no way back from here."),
    "phase.back_after_votes": (
        "Det finns redan röster, så omröstningen kan inte gå tillbaka. Avsluta den i stället.",
        "Votes have been cast, so the vote cannot go back. Close it instead.",
    ),
    "phase.confirm.vote": (
        "Starta omröstningen? Förslag på röstsedeln: {published}. Väntar på granskning och kommer inte med: "
        "{pending}. När omröstningen har börjat kan eleverna inte skriva fler förslag eller argument.",
        "Start the vote? Proposals on the ballot: {published}. Waiting for review and not included: {pending}. "
        "Once the vote has started, pupils cannot write more proposals or arguments.",
    ),
    "phase.confirm.closed": (
        "Avsluta omröstningen? {voted} av {joined} har röstat. Den som inte har röstat kan inte göra det "
        "sedan, och omröstningen går inte att öppna igen.",
        "Close the vote? {voted} of {joined} have voted. Anyone who has not voted cannot do so afterwards, "
        "and the vote cannot be opened again.",
    ),
    "phase.confirm_button.vote": ("Ja, starta omröstningen", "Yes, start the vote"),
    "phase.confirm_button.closed": ("Ja, avsluta omröstningen", "Yes, close the vote"),
    "phase.cancel": ("Avbryt", "Cancel"),
    "control.queue": ("Att granska ({n})", "To review ({n})"),
    "paging.showing": (
        "Visar {first}–{last} av {total}, äldst först",
        "Showing {first}–{last} of {total}, oldest first",
    ),
    "paging.previous": ("← Föregående {n}", "← Previous {n}"),
    "paging.next": ("Nästa {n} →", "Next {n} →"),
    "control.queue_empty": (
        "Inga nya förslag just nu. Listan uppdateras av sig själv.",
        "No new proposals right now. The list updates by itself.",
    ),
    "control.published": ("Publicerade förslag ({n})", "Published proposals ({n})"),
    "control.reject_reason": ("Motivering om du avvisar (eleven ser den)", "Reason if you reject (the pupil sees it)"),
    "control.publish": ("Publicera", "Publish"),
    "control.reject": ("Avvisa", "Reject"),
    "control.voting_running": (
        "Röstningen pågår. Resultatet visas när du avslutar den.",
        "Voting is under way. The result is shown when you close it.",
    ),
    "phase_help.draft": (
        "Eleverna kan inte gå med än. Gå vidare när du vill att de ska börja.",
        "Pupils cannot join yet. Move on when you want them to start.",
    ),
    "phase_help.learn": ("Eleverna läser bakgrunden.", "Pupils read the background."),
    "phase_help.propose": (
        "Eleverna skriver förslag. Publicera dem som ska vara med på röstsedeln.",
        "Pupils write proposals. Publish those that should be on the ballot.",
    ),
    "phase_help.discuss": ("Eleverna skriver argument för och emot.", "Pupils write arguments for and against."),
    "phase_help.vote": (
        "Eleverna röstar i hemlighet. Här syns bara hur många som röstat.",
        "Pupils vote in secret. Only how many have voted shows here.",
    ),
    "phase_help.closed": ("Röstningen är avslutad.", "Voting is closed."),
    "phase_help.forwarded": ("Rapporten är skickad till nämnderna.", "The report has been sent to the committees."),
    "phase.no_next": ("Det finns ingen nästa fas.", "There is no next phase."),
    "phase.need_published": (
        "Publicera minst ett förslag innan röstningen börjar.",
        "Publish at least one proposal before voting starts.",
    ),
    "phase.changed_meanwhile": (
        "Fasen har redan ändrats. Sidan visar nu läget.",
        "The phase has already changed. The page now shows it.",
    ),
    "proposal.moderation_closed": (
        "Förslagen kan inte ändras när röstningen har börjat.",
        "Proposals cannot be changed once voting has started.",
    ),
    "proposal.already_merged": (
        "Förslaget är redan ihopslaget med ett annat.",
        "The proposal is already merged into another.",
    ),
    "export.csv": ("Ladda ner för Excel (CSV)", "Download for Excel (CSV)"),
}
