"""Texts of logins, throttles, cookies, lockouts and join limits (issue 17)."""

ENTRIES: dict[str, tuple[str, str]] = {
    "throttle.wait": (
        "För många försök på kort tid. Vänta {seconds} sekunder och försök sedan igen.",
        "Too many attempts in a short time. Wait {seconds} seconds, then try again.",
    ),
    "throttle.wait_minutes": (
        "För många försök på kort tid. Vänta {minutes} minuter och försök sedan igen.",
        "Too many attempts in a short time. Wait {minutes} minutes, then try again.",
    ),
    "auth.busy": (
        "Servern har mycket att göra just nu. Vänta en stund och försök igen.",
        "The server is very busy right now. Wait a moment and try again.",
    ),
    "auth.common_password": (
        "Det lösenordet är för vanligt: det finns i listor som används när man försöker gissa sig in. "
        "Välj ett annat, gärna flera ord i rad.",
        "That password is too common: it is on the lists people use to guess their way in. "
        "Choose another one, for example several words in a row.",
    ),
    "auth.sso_unverified": (
        "Inloggningstjänsten har inte bekräftat att {email} är din adress, så inget konto öppnas. "
        "Be den som sköter skolans inloggning att bekräfta adressen.",
        "The sign-in service has not confirmed that {email} is your address, so no account opens. "
        "Ask whoever runs your school's sign-in to confirm the address.",
    ),
    "auth.no_account": ("Kontot finns inte.", "That account does not exist."),
    "auth.admin_only": (
        "Den här sidan är bara för administratörer.",
        "This page is for administrators only.",
    ),
    "auth.session_ended": (
        "Din inloggning gäller inte längre. Logga in igen.",
        "Your login is no longer valid. Please log in again.",
    ),
    "join.closed": (
        "Omröstningen är avslutad, så det går inte att gå med längre. "
        "Vad som hände med förslagen ser ni på sidan ”Vad hände med förslagen?” med samma kod.",
        "The vote is closed, so you can no longer join. "
        "See what happened to the proposals on the page “What happened to the proposals?” with the same code.",
    ),
    "control.too_many_joined": (
        "{joined} har gått med, men klassen har {expected} elever. Någon kan ha gått med flera gånger och då "
        "röstat flera gånger. När omröstningen spelar roll: slå på engångskoder på lappar (fliken ”Gå med och "
        "koder”), så kan varje elev gå med en gång.",
        "{joined} have joined, but the class has {expected} pupils. Someone may have joined more than once and "
        "so voted more than once. When the vote matters, switch on one-time codes on slips (tab “Join and "
        "codes”), so each pupil can join once.",
    ),
    "accounts.locked": ("Spärrade inloggningar", "Locked logins"),
    "accounts.locked_help": (
        "Efter flera fel lösenord i rad måste kontot vänta allt längre mellan försöken. Du kan häva spärren "
        "om du vet att det var kontots ägare som skrev fel.",
        "After several wrong passwords in a row an account must wait longer and longer between attempts. "
        "You can lift the lock if you know it was the account's owner who mistyped.",
    ),
    "accounts.locked_line": ("{username} – väntar {minutes} min till", "{username} – waits {minutes} more min"),
    "accounts.lift": ("Häv spärren", "Lift the lock"),
    "accounts.lifted": ("Spärren är hävd.", "The lock is lifted."),
    "input.display_name_too_long": (
        "Namnet är för långt ({length} tecken, högst {limit}).",
        "The name is too long ({length} characters, at most {limit}).",
    ),
    "input.username_too_long": (
        "Användarnamnet är för långt ({length} tecken, högst {limit}).",
        "The username is too long ({length} characters, at most {limit}).",
    ),
}
