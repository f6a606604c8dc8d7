"""Phrases for the demo's group and area level: places, groups, observations and measures.

Nothing here names or points out a person: groups are described by where they gather, ages
are given as ranges, and no text holds an identity number or a month name (a month such as
"Juni" is also a first name in the word lists). "{area}" is filled in with the site's area.
"""

from __future__ import annotations

from sspf_desk.domain import Sector
from sspf_desk.domain.group_level import MeasureKind, SiteKind

#: (kind, name, time pattern, description) of the sites of a district, in order.
SITES: tuple[tuple[SiteKind, str, str, str], ...] = (
    (
        SiteKind.PLACE,
        "Torget i {area}",
        "fredags- och lördagskvällar",
        "Torget vid busshållplatsen och livsmedelsbutiken. Ungdomar samlas kvällstid; "
        "boende och butiksägare har hört av sig om stök och nedskräpning.",
    ),
    (
        SiteKind.GROUP,
        "Gruppen som samlas vid skateparken i {area}",
        "efter skolan och helgkvällar",
        "Omkring 10–15 ungdomar, 13–16 år, som träffas vid skateparken. Det förekommer "
        "klotter, mopedkörning på gångvägarna och konflikter med andra grupper.",
    ),
    (
        SiteKind.PLACE,
        "Köpcentret i {area}",
        "eftermiddagar och kvällar",
        "Entrén och parkeringshuset vid köpcentret. Väktarna rapporterar snatterier och att "
        "yngre ungdomar uppehåller sig där sent.",
    ),
    (
        SiteKind.GROUP,
        "Gruppen som rör sig mellan fritidsgården och idrottsplatsen i {area}",
        "vardagskvällar",
        "Ett tiotal ungdomar, 14–17 år, som ses mellan fritidsgården och idrottsplatsen. "
        "Oro för att äldre lockar in yngre i narkotikaförsäljning.",
    ),
    (
        SiteKind.PLACE,
        "Gång- och cykeltunneln vid stationen i {area}",
        "kvällar och nätter",
        "Dåligt upplyst tunnel som många unga går igenom på väg hem. Upplevs som otrygg.",
    ),
)

OBSERVATIONS: dict[Sector, tuple[str, ...]] = {
    Sector.POLICE: (
        "Patrullen pratade med ett tiotal ungdomar på platsen; lugn stämning.",
        "Anmälan om skadegörelse (klotter och krossad glasruta) vid platsen.",
        "Boende har ringt om mopeder som körs på gångvägarna sent på kvällen.",
        "Misstanke om narkotikaförsäljning; tips från allmänheten följs upp.",
        "Två ungdomar under 15 år anträffades sent; vårdnadshavare kontaktades.",
        "Inga störningar under kvällen trots många ungdomar i rörelse.",
        "Bråk mellan två grupper löstes på plats; ingen skadad.",
    ),
    Sector.SOCIAL_SERVICES: (
        "Fältassistenterna mötte omkring 15 ungdomar; flera yngre än tidigare.",
        "Fältgruppen ser att gruppen växer och att äldre ungdomar dras dit.",
        "Lugn kväll enligt fältgruppen; de flesta gick hem före kl. 22.",
        "Ungdomar berättar för fältassistenterna om otrygghet på vägen hem.",
        "Fältgruppen delade ut information om fritidsgårdens lovaktiviteter.",
        "Alkohol förekom bland ungdomarna; fältassistenterna samtalade med gruppen.",
    ),
    Sector.SCHOOL: (
        "Elever i årskurs 8–9 uppger att de undviker platsen efter skolan.",
        "Skolan ser ökad frånvaro på eftermiddagar hos elever som rör sig på platsen.",
        "Konflikter som startat på platsen följer med in i skolan dagen efter.",
        "Elevrådet tar upp platsen i trygghetsenkäten som otrygg.",
        "Lugnare enligt skolan; färre incidenter på väg till och från skolan.",
    ),
    Sector.LEISURE: (
        "Fritidsgården hade många besökare från gruppen; stämningen var god.",
        "Fritidsledarna märker att några ungdomar slutat komma till gården.",
        "Nattvandrare och fritidsledare fanns på plats; inga incidenter.",
        "Lovaktiviteten lockade ungdomar från platsen; ett tjugotal deltog.",
        "Fritidsledarna fick ta hand om en konflikt utanför gården.",
        "Idrottsföreningen har erbjudit gruppen prova-på-träningar.",
    ),
}

#: Per kind of measure: (sector, responsible, description, hours low–high or None).
MEASURES: dict[MeasureKind, tuple[Sector, str, str, tuple[float, float] | None]] = {
    MeasureKind.POLICE_PRESENCE: (
        Sector.POLICE,
        "Lokalpolisområde Demokommun",
        "Synlig polisnärvaro kvällstid vid platsen",
        (2.0, 24.0),
    ),
    MeasureKind.FIELD_WALK: (
        Sector.SOCIAL_SERVICES,
        "Socialtjänsten, fältgruppen",
        "Fältvandring med fältassistenter och fritidsledare",
        (2.0, 8.0),
    ),
    MeasureKind.SAFETY_WALK: (
        Sector.OTHER,
        "Kommunen tillsammans med bostadsbolaget",
        "Trygghetsvandring med boende, fastighetsägare och polis",
        (2.0, 3.0),
    ),
    MeasureKind.LEISURE_ACTIVITY: (
        Sector.LEISURE,
        "Fritidsgården {area}",
        "Kvällsöppet med aktiviteter för unga i närheten av platsen",
        (3.0, 12.0),
    ),
    MeasureKind.NEIGHBOURHOOD_WATCH: (
        Sector.POLICE,
        "Polisen och kommunens trygghetssamordnare",
        "Information om grannsamverkan till boende i området",
        None,
    ),
    MeasureKind.INFORMATION: (
        Sector.SCHOOL,
        "Skolorna i {area}",
        "Information till vårdnadshavare om läget vid platsen",
        None,
    ),
    MeasureKind.OTHER: (
        Sector.OTHER,
        "Kommunens gatu- och parkenhet",
        "Bättre belysning och röjning av buskage vid platsen",
        None,
    ),
}

MONTHLY_PRESENCE = "Synlig polisnärvaro kvällstid vid platsen, månadens pass"

FOLLOW_UPS = (
    "Lugnare kvällar efter insatsen; boende har hört av sig mindre.",
    "Ingen märkbar förändring; insatsen fortsätter och följs upp igen.",
    "Färre anmälningar om skadegörelse under perioden.",
    "Ungdomarna har flyttat till en annan plats; följs via fältgruppen.",
    "Boende och skolan upplever platsen som tryggare.",
)
