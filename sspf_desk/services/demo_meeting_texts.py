"""Phrases for the demo meetings and bekymringssamtal, written the way minutes are written.

Texts about individuals speak of "hen" and never hold a name, an id number or a date
written as a month name (a month such as "Juni" is also a first name in the word lists),
so any of them may stand in an anonymised item. Every person named here is fictitious.
"""

from __future__ import annotations

#: (sector, role, organisation) of the operational group; "{school}" and "{area}" are
#: filled in per district.
OPERATIONAL_ROSTER: tuple[tuple[str, str, str], ...] = (
    ("social_services", "SSPF-samordnare", "Socialtjänsten"),
    ("school", "rektor", "{school}"),
    ("school", "skolkurator", "{school}"),
    ("social_services", "fältassistent", "Socialtjänsten, fältgruppen"),
    ("police", "kommunpolis", "Lokalpolisområde Demokommun"),
    ("leisure", "fritidsledare", "Fritidsgården {area}"),
)
STEERING_ROSTER: tuple[tuple[str, str, str], ...] = (
    ("police", "lokalpolisområdeschef", "Lokalpolisområde Demokommun"),
    ("school", "skolchef", "Utbildningsförvaltningen"),
    ("social_services", "socialchef", "Socialförvaltningen"),
    ("leisure", "kultur- och fritidschef", "Kultur- och fritidsförvaltningen"),
    ("social_services", "SSPF-samordnare", "Socialtjänsten"),
)
OPERATIONAL_PLACES = (
    "Stadshuset, sammanträdesrum Ekorren",
    "Fritidsgården, stora rummet",
    "Polisstationen, konferensrummet",
)
NETWORK_PLACES = (
    "Skolan, elevhälsans samtalsrum",
    "Socialtjänsten, mötesrum 2",
    "Fritidsgården, lilla rummet",
    "Familjecentralen",
)
STEERING_PLACE = "Kommunhuset, sammanträdesrum Styrelserummet"
TALK_PLACES = (
    "Polisstationen, samtalsrummet",
    "Socialtjänsten, mötesrum 2",
    "Skolan, kuratorns rum",
)

SITUATION_PICTURE: dict[str, tuple[str, ...]] = {
    "Lägesbild: skola": (
        "Frånvaron har ökat i årskurs 8 efter lovet; elevhälsan följer upp klassvis.",
        "Två konflikter på skolgården under rasterna; fler rastvakter från nästa vecka.",
        "Lugnt på skolan. Föräldramöte om trygghet hålls i årskurs 7.",
        "Ökad oro för snus och vape bland elever i årskurs 7–8.",
    ),
    "Lägesbild: socialtjänst": (
        "Fältgruppen ser fler yngre ungdomar ute sent på fredagar vid centrumhuset.",
        "Fler orosanmälningar från skolan än samma period förra året; mottagningen hinner med.",
        "Föräldrakursen ABC startar en ny grupp; platser finns kvar.",
        "Lugnt i området enligt fältgruppen. Färre ungdomar ute efter kl. 22.",
    ),
    "Lägesbild: polis": (
        "Tre anmälningar om skadegörelse vid busstorget; inga misstänkta än.",
        "Polisen har gjort riktade kontroller av mopeder på gång- och cykelvägarna.",
        "Inga nya händelser med ungdomar i området sedan förra mötet.",
        "Signaler om att äldre ungdomar erbjuder yngre betalt för att springa ärenden.",
    ),
    "Lägesbild: fritid": (
        "Fritidsgården har haft i snitt 45 besökare per kväll; flest på fredagar.",
        "Nattfotbollen i idrottshallen lockade ett trettiotal ungdomar.",
        "Nya besökare från grannområdet; personalen har haft samtal om gårdens regler.",
        "Sommarlovsprogrammet är klart och sprids via skolorna.",
    ),
}
AREA_LEVEL = (
    "Gruppen som samlas vid centrumhuset har blivit större. Fältvandring och ökad "
    "polisnärvaro fredagar och lördagar.",
    "Klagomål från boende om mopedåkning kvällstid. Dialog med bostadsbolaget och polisen.",
    "Lugnt i området. Fortsatt samverkan kring aktiviteter på lovet.",
    "Trygghetsvandring med boende och bostadsbolaget planeras; belysningen vid tunneln ses över.",
)
#: Person-less actions of the area level: (what, sector, responsible).
AREA_ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("Fältvandring fredag kväll vid centrumhuset och busstorget", "social_services", "Fältgruppen"),
    ("Ökad polisnärvaro helgkvällar vid busstorget", "police", "Kommunpolisen"),
    ("Kontakta bostadsbolaget om belysningen vid tunneln", "social_services", "SSPF-samordnaren"),
    ("Öppet hus på fritidsgården för årskurs 6", "leisure", "Fritidsgården"),
    ("Information om trygghet på föräldramöten i årskurs 7", "school", "Rektor"),
)
AREA_DECISIONS = (
    "Fältvandringarna fortsätter enligt plan.",
    "Polisen och fältgruppen samordnar sina kvällspass.",
    "Frågan följs upp på nästa möte.",
)
NEW_CASE_NOTES = (
    "Orosignal från skolan om hög frånvaro. Samordnaren har haft ett första samtal med "
    "vårdnadshavarna; samtycke är ännu inte inhämtat.",
    "Orosignal från fältgruppen. Hen har setts med äldre ungdomar sent på kvällarna. "
    "Samtyckesblankett är skickad till vårdnadshavarna.",
    "Orosignal från polisen efter en händelse vid busstorget. Vårdnadshavarna är positiva "
    "till SSPF; samordnaren bokar kartläggande samtal när samtycket finns.",
)
NEW_CASE_DECISIONS = (
    "Samordnaren inhämtar samtycke före nästa möte.",
    "Ärendet tas upp igen när samtycket finns.",
)
NEW_CASE_CONSENTED_NOTES = (
    "Orosignal från skolan om hög frånvaro. Skriftligt samtycke finns från vårdnadshavarna; "
    "kartläggande samtal är bokat.",
    "Orosignal från fältgruppen. Samtycke finns och omfattar skola, socialtjänst, polis och "
    "fritid. Hen vill själv ha hjälp att hitta en fritidsaktivitet.",
    "Orosignal från polisen efter en händelse vid busstorget. Samtycke finns; samordnaren "
    "har träffat hen och vårdnadshavarna.",
)
NEW_CASE_CONSENTED_DECISIONS = (
    "Ärendet tas upp i SSPF. Samordnaren kallar till nätverksmöte.",
    "Samordnaren genomför kartläggningen och återkommer till gruppen.",
)
FOLLOW_UP_NOTES = (
    "Närvaron i skolan har ökat till över 85 %. Hen går på träningarna två kvällar i veckan.",
    "Insatserna pågår enligt planen. Kontaktpersonen är tillsatt och träffar hen varje vecka.",
    "Frånvaron har ökat igen den senaste månaden. Mentor och kurator träffar familjen.",
    "Hen har fått sommarjobb via feriepraktiken och trivs bra.",
    "Polisen har haft ett uppföljande samtal med hen och vårdnadshavarna.",
)
FOLLOW_UP_DECISIONS = (
    "Planen fortsätter oförändrad.",
    "Skolan förstärker stödet i matematik; följs upp på nästa möte.",
    "Samordnaren kallar till nytt nätverksmöte.",
)
CLOSING_PROPOSAL_NOTES = (
    "Målen i planen bedöms uppnådda. Närvaron är god och hen har en fritidsaktivitet.",
    "Familjen flyttar från kommunen. Information om stöd på den nya orten lämnas.",
    "Ärendet går över till socialtjänstens utredning.",
)
CLOSING_PROPOSAL_DECISIONS = (
    "Gruppen ställer sig bakom förslaget att avsluta ärendet.",
    "Samordnaren informerar familjen och avslutar ärendet.",
)
PREVIOUS_MINUTES_DECISIONS = ("Föregående protokoll lades till handlingarna.",)
DECISIONS_ITEM = ("Besluten och åtgärderna framgår under respektive paragraf.",)
OTHER_BUSINESS = (
    "Inga övriga frågor.",
    "Länsstyrelsen bjuder in till en utbildningsdag om rekrytering till kriminella nätverk.",
    "Skolan byter kurator efter lovet; den nya kuratorn bjuds in till nästa möte.",
)
#: Person-less items that fill an operational meeting's agenda: (title, notes).
EXTRA_ITEMS: tuple[tuple[str, str], ...] = (
    ("Information: trygghetsvandring i området", "Bostadsbolaget bjuder in till vandring."),
    ("Information: lovaktiviteter", "Fritid presenterade programmet för höst- och sportlov."),
    ("Utbildning om SSPF-metoden", "Nya medarbetare i gruppen går introduktionen."),
    ("Rutin för orosanmälan", "Gruppen gick igenom skyldigheten att anmäla oro."),
)
NETWORK_CURRENT = (
    "Hen berättar att det går bättre i skolan men att det är jobbigt hemma på kvällarna. "
    "Vårdnadshavarna upplever att hen är mer hemma nu.",
    "Skolan ser en ökad närvaro. Hen har börjat på boxningsklubben och trivs.",
    "Hen har bytt umgänge och säger själv att det känns bättre.",
    "Frånvaron är fortfarande hög på måndagar. Hen vill ha hjälp med sömnen.",
)
NETWORK_PLAN = (
    "Målen formulerades tillsammans med hen. Styrkor: idrott, humor och en nära relation till "
    "en vuxen i släkten.",
    "Planen gicks igenom punkt för punkt; alla parter är överens om ansvar och datum.",
)
NETWORK_PREVIOUS = (
    "De flesta åtgärderna är genomförda. Kontaktpersonen är tillsatt.",
    "Extra anpassningar i skolan har kommit i gång; föräldrastödet startar nästa månad.",
    "Inga tidigare åtgärder; detta är det första nätverksmötet.",
)
NETWORK_DECISIONS = (
    "Åtagandeplanen fastställdes.",
    "Planen revideras enligt ovan; nästa uppföljning om cirka två månader.",
)
STEERING_SITUATION = (
    "Avidentifierad statistik: {count} nya orosignaler under perioden, de flesta från skolan; "
    "andelen ärenden med samtycke är {share} %.",
)
STEERING_STRATEGY = (
    "Arbetsgruppens uppdrag för året gicks igenom. Fokus på tidiga insatser i årskurs 6–7.",
    "Resurser för samordnartjänsten diskuterades; förslaget går vidare till budgetarbetet.",
    "Medborgarlöftet med polisen följs upp; två av tre aktiviteter är genomförda.",
)
STEERING_DECISIONS = (
    "Styrgruppen ger arbetsgruppen i uppdrag att ta fram en lägesbild till nästa möte.",
    "Styrgruppen fastställer målen för det kommande året.",
)
REOPEN_REASONS = (
    "Fel datum för nästa möte i sista paragrafen; rättat efter påpekande från justeraren.",
    "Ett beslut var ofullständigt återgivet; kompletterat efter kontroll med ordföranden.",
)

TALK_REASONS = (
    "Hen greps för snatteri tillsammans med två äldre ungdomar.",
    "Polisen påträffade hen påverkad av alkohol en fredagskväll.",
    "Hen har setts upprepade gånger i en grupp som misstänks för skadegörelse.",
    "Skolan och polisen oroar sig för att hen har fått pengar för att springa ärenden.",
)
TALK_RISK_FACTORS = (
    "Umgås med äldre ungdomar som är kända av polisen; hög frånvaro i skolan.",
    "Ute sent utan att vårdnadshavarna vet var hen är; har slutat med sin fritidsaktivitet.",
    "Har nya dyra kläder och två telefoner; vill inte berätta var pengarna kommer ifrån.",
)
TALK_PROTECTIVE_FACTORS = (
    "Engagerade vårdnadshavare; hen har en nära relation till sin mormor.",
    "Tycker om skolan i grunden och har en mentor hen litar på.",
    "Har tidigare spelat fotboll och vill gärna börja igen.",
)
TALK_INFORMATION = (
    "Polisen informerade om konsekvenserna av brott: ungdomstjänst, skadestånd och hur ett "
    "belastningsregister kan påverka framtida jobb.",
    "Information om vart familjen kan vända sig för stöd, bland annat föräldrastöd och "
    "fältgruppen.",
)
#: (what, responsible) of an agreement at a bekymringssamtal.
TALK_AGREEMENTS: tuple[tuple[str, str], ...] = (
    ("Hen är hemma senast kl. 21 på vardagar.", "Den unge och vårdnadshavarna"),
    ("Hen håller sig borta från centrumhuset kvällstid.", "Den unge"),
    ("Vårdnadshavarna hämtar hen efter träningen på fredagar.", "Vårdnadshavarna"),
    ("Uppföljande samtal om sex veckor.", "Kommunpolisen"),
    ("Fältgruppen tar kontakt och bjuder in till fritidsgården.", "Socialtjänsten"),
    ("Mentor följer upp närvaron varje vecka.", "Skolan"),
)
TALK_CONSENT_REFERENCE = "Muntligt samtycke från vårdnadshavarna och den unge vid samtalet"
TALK_CONSENT_REFERENCE_ADULT = "Muntligt samtycke från den unge vid samtalet"
