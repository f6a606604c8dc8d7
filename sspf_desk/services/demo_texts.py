"""Phrases for the demo case work: concerns, assessments, plans and consents.

Written the way coordinators write: facts kept apart from assessments, goals in the young
person's own words. Every person named here is fictitious.
"""

from __future__ import annotations

REPORTER_ROLES: dict[str, tuple[str, ...]] = {
    "school": ("Mentor", "Rektor", "Skolkurator", "Skolsköterska", "Klasslärare"),
    "social_services": ("Socialsekreterare", "Fältassistent", "Förebyggande socialsekreterare"),
    "police": ("Kommunpolis", "Områdespolis", "Ungdomspolis"),
    "leisure": ("Fritidsledare", "Föreningsledare", "Fältare på fritidsgården"),
    "guardian": ("Mamma", "Pappa", "Vårdnadshavare"),
    "other": ("Granne", "Idrottstränare", "Bostadsbolagets trygghetsvärd"),
}

OBSERVATIONS = (
    "Ogiltig frånvaro 34 % under de senaste sex veckorna, mest måndagar och fredagar.",
    "Har setts flera kvällar vid centrumhuset tillsammans med äldre ungdomar efter kl. 22.",
    "Omhändertogs av polis en fredagskväll, påverkad av alkohol. Vårdnadshavare hämtade.",
    "Har två mobiltelefoner och nya dyra kläder; berättar inte varifrån pengarna kommer.",
    "Hamnade i slagsmål på skolgården; en elev fick uppsöka skolsköterskan.",
    "Har slutat komma till fotbollsträningarna efter sex år i laget.",
    "Skickade hotfulla meddelanden till en klasskamrat; skärmbilder finns hos mentor.",
    "Vårdnadshavare berättar att hen ofta är ute sent och inte svarar i telefon.",
    "Påträffades med en kniv i ryggsäcken vid en kontroll; kniven omhändertogs.",
    "Säger själv att hen fått erbjudande om att springa ärenden åt äldre killar mot betalning.",
)
AREA_OBSERVATIONS = (
    "Ökad nedskräpning och klotter vid tunneln under järnvägen, fredagar och lördagar.",
    "Grupp som kör moped på gång- och cykelvägarna kvällstid; flera klagomål från boende.",
    "Boende rapporterar att ungdomar samlas i trapphus och att dörrar ställs upp.",
    "Fler anmälningar om skadegörelse på busshållplatserna sedan sommarlovet.",
    "Fritidsgården ser nya ansikten som inte bor i området och stämningen har hårdnat.",
)
GROUPS = (
    "Grupp om 6–10 ungdomar, 14–16 år, som samlas vid centrumhuset.",
    "Mopedåkande ungdomar, främst kvällar och helger.",
    "Ungdomar som rör sig mellan skolgården och parkeringshuset efter skoltid.",
    "Ett tiotal ungdomar vid badplatsen under sommarkvällar.",
)
AREAS_SELECTIVE = ("Centrum", "Stationsområdet", "Hamnen", "Norra Hagen", "Kvarnbyn")
ASSESSMENTS = (
    "Mentor bedömer att frånvaron hänger ihop med nytt umgänge utanför skolan.",
    "Risk för fortsatt normbrytande beteende om inget görs; skyddsfaktorer finns i familjen.",
    "Oro för att hen rekryteras till kriminella sammanhang; behöver vuxenkontakt.",
    "Bedöms inte som akut, men mönstret har förstärkts den senaste månaden.",
    "Fältassistenterna bedömer att gruppen är ny i området och söker en samlingsplats.",
    "",
)
AGENCIES = ("Socialtjänsten, mottagningsenheten barn och unga",)
REPORTERS = ("Rektor", "Skolkurator", "Kommunpolis", "Mentor", "Fritidsledare")
OUTCOME_REASONS: dict[str, tuple[str, ...]] = {
    "not_suitable": (
        "Oron är redan omhändertagen inom elevhälsan.",
        "Vårdnadshavarna tackade nej till SSPF.",
        "Den unge är över målgruppens ålder.",
    ),
    "referred": (
        "Lotsad till socialtjänstens utredning.",
        "Lotsad till SIP via elevhälsan.",
        "Till EST-gruppen för områdesarbete.",
    ),
}
CLOSING_NOTES = (
    "Målen i planen är uppnådda; närvaron är över 90 % och hen går på träningarna igen.",
    "Familjen har flyttat från kommunen; information om stöd på nya orten har lämnats.",
    "Ärendet lämnades över till socialtjänstens utredning.",
    "Vårdnadshavare återkallade samtycket; ärendet avslutas.",
)
PURPOSES = (
    "Att ge stöd i skolan och på fritiden och förebygga att hen hamnar i brott eller missbruk.",
    "Att skola, socialtjänst, polis och fritid tillsammans hjälper hen att komma tillbaka "
    "till skolan.",
)
WITHDRAWAL_HOW = ("Per telefon till samordnaren", "Skriftligt, brev till socialtjänsten")
GOALS = (
    "”Jag vill klara nian och komma in på el-programmet.”",
    "”Jag vill inte bli tagen av polisen igen och jag vill ha ett jobb i sommar.”",
    "”Jag vill börja träna igen och ha kompisar som inte håller på med skit.”",
    "”Att mamma och jag ska bråka mindre och att jag går till skolan varje dag.”",
)
STRENGTHS = (
    "Bra på fotboll, omtyckt av tränaren, nära relation till mormor.",
    "Duktig i matte och bild; vill gärna hjälpa till på fritidsgården.",
    "Öppen i samtal, har en vuxen i släkten som hen litar på.",
)
ACTIONS: tuple[tuple[str, str], ...] = (
    ("Extra anpassningar i matematik och svenska", "school"),
    ("Mentor följer upp närvaron varje morgon", "school"),
    ("Samtal med skolkurator varannan vecka", "school"),
    ("Kontaktperson via socialtjänsten", "social_services"),
    ("Föräldrastöd enligt ABC för vårdnadshavarna", "social_services"),
    ("Fältassistenterna söker upp hen på kvällstid", "social_services"),
    ("Bekymringssamtal med kommunpolisen tillsammans med vårdnadshavare", "police"),
    ("Polisen informerar om konsekvenser av vapeninnehav", "police"),
    ("Prova-på-pass på boxningsklubben", "leisure"),
    ("Sommarjobb via kommunens feriepraktik", "leisure"),
    ("Fritidsledare följer med till första träningen", "leisure"),
)
RESPONSIBLE: dict[str, tuple[str, ...]] = {
    "school": ("Lena Holm, mentor", "Sami Nasser, kurator", "Karin Ek, rektor"),
    "social_services": ("Peter Lund, socialsekreterare", "Amina Yusuf, fältassistent"),
    "police": ("Johan Berg, kommunpolis", "Sara Lind, områdespolis"),
    "leisure": ("Mats Öberg, fritidsledare", "Nora Ali, föreningsledare"),
}
GROUND_JUSTIFICATIONS = (
    "Särskilda omständigheter: upprepade uppgifter om att hen springer ärenden åt en "
    "kriminell grupp. Uppgifterna kan bidra till att förhindra brott och bedöms inte som "
    "olämpliga med hänsyn till socialtjänstens egna insatser.",
)
