"""The round demo's content (COUNCIL_DEMO=1): the classes and their proposals, the staff, the theme groups and
what they merged, and the committees' answers — in Swedish, as a municipality's round would have them."""

from __future__ import annotations

ENERGY, TRANSPORT, FOOD, STUFF, BUILDINGS = (
    "Energi",
    "Transport och resor",
    "Mat",
    "Konsumtion och avfall",
    "Byggnader och lokaler",
)
CLASSES = [  # (teacher, class, [(title, body, theme, addressee)])
    (
        "demo",
        "6A",
        [
            (
                "Solpaneler på skolans tak",
                "Sätt solpaneler på taket och visa på en skärm hur mycket el de gör.",
                ENERGY,
                "company",
            ),
            (
                "Cykelbana hela vägen till skolan",
                "En säker cykelbana från Rud till skolan, skild från bilvägen.",
                TRANSPORT,
                "other_committee",
            ),
            (
                "Vegetariskt två dagar i veckan",
                "Skolmaten ska vara vegetarisk två dagar i veckan och smaka gott.",
                FOOD,
                "bun",
            ),
            (
                "Släck lamporna i tomma rum",
                "Rörelsevakter som släcker ljuset när ingen är i rummet.",
                BUILDINGS,
                "company",
            ),
        ],
    ),
    (
        "demo",
        "6B",
        [
            ("Solceller på alla skolor", "Alla skolor i kommunen ska ha solceller på taket.", ENERGY, "company"),
            (
                "Gratis busskort för alla elever",
                "Alla elever ska kunna åka buss gratis, även på helgerna.",
                TRANSPORT,
                "region",
            ),
            ("Mindre matsvinn i matsalen", "Väg matsvinnet varje vecka och tävla mellan klasserna.", FOOD, "school"),
            ("Byteshörna för kläder", "En hörna där man kan byta kläder, böcker och sportsaker.", STUFF, "school"),
        ],
    ),
    (
        "eva",
        "5C",
        [
            (
                "Säkra cykelvägar till skolan",
                "Bygg cykelvägar så att fler vågar cykla till skolan.",
                TRANSPORT,
                "other_committee",
            ),
            ("Solenergi på skolan", "Skolan ska göra sin egen el med solpaneler.", ENERGY, "company"),
            ("Mer vegetarisk skolmat", "Fler vegetariska rätter som barn gillar.", FOOD, "bun"),
            ("Laga i stället för att slänga", "En verkstad där vi lagar cyklar, kläder och prylar.", STUFF, "school"),
        ],
    ),
    (
        "eva",
        "8D",
        [
            (
                "Fler laddstolpar",
                "Laddstolpar för elbilar och elcyklar vid skolor och idrottshallar.",
                TRANSPORT,
                "company",
            ),
            ("Klimatsmart skolmat varje dag", "Mer närodlat och mindre kött i skolmaten.", FOOD, "bun"),
            (
                "Sänk värmen en grad",
                "Sänk temperaturen inomhus en grad och ha filtar i klassrummen.",
                BUILDINGS,
                "other_committee",
            ),
            ("Tåg i stället för flyg på skolresor", "Skolresor ska gå med tåg eller buss.", TRANSPORT, "bun"),
        ],
    ),
    (
        "omar",
        "4B",
        [
            (
                "Plantera fler träd",
                "Plantera träd som ger skugga och binder koldioxid.",
                "Natur och biologisk mångfald",
                "other_committee",
            ),
            ("Cykelställ med tak", "Fler cykelställ med tak vid skolan.", TRANSPORT, "school"),
            ("Solpaneler på idrottshallen", "Idrottshallens stora tak kan göra mycket el.", ENERGY, "company"),
        ],
    ),
    (
        "omar",
        "9A",
        [
            ("Billigare bussar för unga", "Sänk priset på busskort för alla under 20 år.", TRANSPORT, "region"),
            ("Matsvinnet ska halveras", "Mät matsvinnet och halvera det till 2028.", FOOD, "school"),
            ("Reparationscafé i skolan", "Ett café där man lagar saker i stället för att köpa nytt.", STUFF, "school"),
        ],
    ),
]
STAFF = {"eva": ("Eva Berg", "Norrstrandsskolan"), "omar": ("Omar Said", "Kronoparksskolan")}
GROUPS = [  # (name, themes, facilitator, merges: [(titles, new title, new body, theme, addressee)])
    (
        "Energi och byggnader",
        [ENERGY, BUILDINGS],
        "demo",
        [
            (
                [
                    "Solpaneler på skolans tak",
                    "Solceller på alla skolor",
                    "Solenergi på skolan",
                    "Solpaneler på idrottshallen",
                ],
                "Solenergi på alla skolor",
                "Alla skolor och idrottshallar i kommunen får solpaneler, och eleverna ser på en skärm hur mycket el de gör.",
                ENERGY,
                "other_committee",
            ),
        ],
    ),
    (
        "Resor och transporter",
        [TRANSPORT],
        "samordnare",
        [
            (
                ["Cykelbana hela vägen till skolan", "Säkra cykelvägar till skolan"],
                "Säkra cykelvägar till alla skolor",
                "Separata cykelvägar till varje skola, så att alla barn vågar cykla.",
                TRANSPORT,
                "other_committee",
            ),
            (
                ["Gratis busskort för alla elever", "Billigare bussar för unga"],
                "Gratis eller billigare buss för unga",
                "Unga under 20 åker gratis eller billigt med buss, också på helgerna.",
                TRANSPORT,
                "region",
            ),
        ],
    ),
    (
        "Mat och prylar",
        [FOOD, STUFF, "Natur och biologisk mångfald"],
        "eva",
        [
            (
                ["Vegetariskt två dagar i veckan", "Mer vegetarisk skolmat", "Klimatsmart skolmat varje dag"],
                "Mer vegetarisk och närodlad skolmat",
                "Vegetarisk mat minst två dagar i veckan, mer närodlat – och god mat som barn gillar.",
                FOOD,
                "bun",
            ),
            (
                ["Mindre matsvinn i matsalen", "Matsvinnet ska halveras"],
                "Halvera matsvinnet i skolorna",
                "Väg matsvinnet varje vecka och tävla mellan klasserna om att halvera det till 2028.",
                FOOD,
                "school",
            ),
            (
                ["Laga i stället för att slänga", "Reparationscafé i skolan", "Byteshörna för kläder"],
                "Laga och byt i stället för att köpa nytt",
                "En verkstad och byteshörna på varje skola för kläder, cyklar och prylar.",
                STUFF,
                "school",
            ),
        ],
    ),
]
ANSWERS = {  # new title -> (status, text)
    "Solenergi på alla skolor": (
        "will_do",
        "Teknik- och fastighetsförvaltningen sätter solpaneler på tio skolor och två idrottshallar 2027–2028. Varje skola får en skärm som visar elen.",
    ),
    "Säkra cykelvägar till alla skolor": (
        "investigating",
        "Vi går igenom skolvägarna under hösten och börjar med de tre farligaste till våren.",
    ),
    "Mer vegetarisk och närodlad skolmat": (
        "already_happening",
        "Från januari serveras vegetariskt två dagar i veckan i alla skolrestauranger.",
    ),
    "Halvera matsvinnet i skolorna": (
        "will_do",
        "Alla skolrestauranger börjar väga matsvinnet. Målet att halvera det till 2028 står i vår plan.",
    ),
    "Sänk värmen en grad": (
        "not_now",
        "Några skolor har redan svårt att hålla värmen. Vi sänker där det går när ventilationen byggs om.",
    ),
}
