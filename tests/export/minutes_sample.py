"""A realistic operational group meeting for the minutes tests (fictional people)."""

from __future__ import annotations

import datetime as dt

from sspf_desk.export.minutes_pdf import ActionRow, AttendanceRow, MinutesItem, MinutesView

MARKING = "Sekretess enligt OSL 26 kap. 1 § och 10 kap. 2 §"

ATTENDANCE = (
    AttendanceRow("Jörgen Åkesson", "SSPF-samordning", "Ordförande, koordinator", True),
    AttendanceRow("Märta Öberg", "Skola", "Rektor, Ängsskolan", True),
    AttendanceRow("Sofia Lindqvist", "Skola", "Kurator, elevhälsan", True),
    AttendanceRow("Ahmed Yılmaz", "Socialtjänst", "Fältsekreterare", True),
    AttendanceRow("Karin Ström", "Socialtjänst", "Enhetschef, förebyggande enheten", True),
    AttendanceRow("Per-Olof Näslund", "Polis", "Kommunpolis", True),
    AttendanceRow("Linnéa Håkansson", "Fritid", "Fritidsledare, Ungdomens hus", False),
    AttendanceRow("Erik Sjöberg", "Polis", "Områdespolis", False),
)

D = dt.date


def _action(what: str, owner: str, sector: str, deadline: dt.date | None) -> ActionRow:
    return ActionRow(what, owner, sector, deadline)


ITEMS = (
    MinutesItem(
        1,
        "Mötets öppnande",
        "Ordföranden öppnade mötet och konstaterade närvaron. Sofia Lindqvist utsågs att "
        "justera protokollet. Ordföranden påminde om sekretessen: enskilda unga nämns vid "
        "namn endast om samtycke eller annan rättslig grund finns.",
    ),
    MinutesItem(
        2,
        "Föregående protokoll och öppna åtgärder",
        "Protokollet från 2026-11-10 gicks igenom och lades till handlingarna. Tre av fem "
        "åtgärder är klara. Två åtgärder förs vidare till dagens möte.",
        decisions=("Protokollet från 2026-11-10 läggs till handlingarna.",),
    ),
    MinutesItem(
        3,
        "Lägesbild per sektor",
        "Skola: ökad frånvaro i årskurs 8 efter höstlovet, främst måndagar.\n\n"
        "Socialtjänst: fältgruppen ser fler yngre i centrum sena fredagskvällar.\n\n"
        "Polis: två anmälningar om skadegörelse vid busstationen; ingen koppling till "
        "kända grupper.\n\nFritid: rapport saknas (frånvaro).",
    ),
    MinutesItem(
        4,
        "Områdesnivå – centrum och busstationen",
        "Gruppen diskuterade närvaron av vuxna vid busstationen fredagar 20–23. Fältgruppen "
        "och polisen samordnar sina pass. Fritidsgården prövar förlängda öppettider.",
        decisions=("Gemensam fältvandring fredagar i december.",),
        actions=(
            _action(
                "Schema för gemensamma fältvandringar",
                "Ahmed Yılmaz",
                "Socialtjänst",
                D(2026, 12, 1),
            ),
            _action(
                "Undersöka förlängda öppettider på fritidsgården",
                "Linnéa Håkansson",
                "Fritid",
                D(2026, 12, 8),
            ),
        ),
    ),
    MinutesItem(
        5,
        "Nya ärenden – Åsa L. (samtycke finns från båda vårdnadshavarna)",
        "Åsa har hög frånvaro sedan oktober och har setts i centrum sena kvällar med äldre "
        "ungdomar. Samtycke lämnat 2026-11-18 för skola, socialtjänst, polis och fritid.",
        decisions=(
            "Åsa L. tas upp som SSPF-ärende.",
            "Bekymringssamtal hålls med Åsa och vårdnadshavarna.",
        ),
        actions=(
            _action(
                "Boka bekymringssamtal med Åsa och vårdnadshavarna",
                "Per-Olof Näslund",
                "Polis",
                D(2026, 12, 5),
            ),
            _action(
                "Kartlägga frånvaron och föreslå anpassningar",
                "Sofia Lindqvist",
                "Skola",
                D(2026, 12, 12),
            ),
        ),
    ),
    MinutesItem(
        6,
        "Uppföljning av åtagandeplaner",
        "Två åtagandeplaner följdes upp. Den ena visar minskad frånvaro och en ny "
        "fritidsaktivitet; den andra behöver ett nytt möte med vårdnadshavarna.",
        decisions=("Åtagandeplanerna fortsätter oförändrade till nästa uppföljning.",),
        actions=(
            _action("Kalla till nätverksmöte", "Karin Ström", "Socialtjänst", D(2026, 12, 15)),
        ),
    ),
    MinutesItem(
        7,
        "Förslag till avslut",
        "Ett ärende föreslås avslutas: målen i åtagandeplanen är uppnådda och den unga "
        "har själv önskat att samverkan avslutas.",
        decisions=("Ärendet avslutas. Koordinatorn meddelar den unga och vårdnadshavarna.",),
        actions=(_action("Skicka avslutsbrev", "Jörgen Åkesson", "SSPF-samordning", None),),
    ),
    MinutesItem(
        8,
        "Övriga frågor, nästa möte och justering",
        "Nästa möte hålls tisdag 2026-12-08 kl. 13.00 i Stadshuset, rum Ljusnan.",
        decisions=("Protokollet justeras av Sofia Lindqvist senast 2026-11-27.",),
    ),
)

SAMPLE = MinutesView(
    municipality="Östra Göinge kommun",
    secrecy_marking=MARKING,
    meeting_type_label="Operativ grupp",
    title="SSPF operativ grupp Centrum, möte 21/2026",
    date=D(2026, 11, 24),
    start_time=dt.time(13, 0),
    end_time=dt.time(15, 0),
    place="Stadshuset, rum Ljusnan",
    chair="Jörgen Åkesson",
    secretary="Karin Ström",
    approver="Sofia Lindqvist",
    attendance=ATTENDANCE,
    items=ITEMS,
    version=1,
    status_label="Utkast",
)
