"""The printable consent form (samtyckesblankett, PDF) generated from a consent's scope.

Two versions of the same content: the standard form, in plain Swedish for a guardian or a
young person from about 15, and an easy-read form (``easy_read=True``) with even simpler
words, larger type and the young person addressed directly. Both are A4 with embedded DejaVu
fonts, the secrecy marking and "Sida x av y" on every page, and lines for place and date,
signature and the name in print.

The PDF holds personal data: callers write it only where the user chose (never a temp file).
Its metadata holds none (fixed title, no dates: the output is byte-for-byte reproducible).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate

from sspf_desk.export.fonts import register_fonts
from sspf_desk.export.pdf_kit import (
    FRAME_PADDING,
    MARGIN,
    FormStyles,
    NumberedCanvas,
    bullets,
    facts_box,
    para,
    signature_lines,
)

TITLE = "Samtycke till samverkan i SSPF"
SECRECY_MARKING = "Sekretess enligt OSL – hanteras enligt kommunens rutiner"


@dataclass(frozen=True, slots=True)
class ConsentFormView:
    """Everything the form shows, already formatted for display (Swedish labels, dates).

    Attributes:
        municipality: the municipality's name, e.g. "Norrby kommun".
        young_person_name: the young person the consent is about.
        young_person_birth: birth date (or personnummer) as shown on the form.
        consenter_name: who signs (the young person, a guardian or another person).
        consenter_role_label: e.g. "Vårdnadshavare", "Den unga själv".
        parties: who may share information, one display label each.
        categories: which information, one Swedish label each.
        purpose: why the information is shared.
        valid_from: first day the consent applies.
        valid_to: last day, or "" when it applies until it is withdrawn.
        coordinator_name: the SSPF coordinator to contact (also for withdrawal).
        coordinator_contact: phone and/or e-mail of the coordinator.
    """

    municipality: str
    young_person_name: str
    young_person_birth: str
    consenter_name: str
    consenter_role_label: str
    parties: tuple[str, ...]
    categories: tuple[str, ...]
    purpose: str
    valid_from: str
    valid_to: str
    coordinator_name: str
    coordinator_contact: str


class ConsentFormCanvas(NumberedCanvas):
    """The consent form's canvas: secrecy marking and page x of y in every footer."""

    footer_text = SECRECY_MARKING


def _signature_block(
    intro: str, reference: str, labels: tuple[str, str, str], styles: FormStyles, width: float
) -> KeepTogether:
    """Return the statement and the lines for place and date, signature and name in print.

    ``reference`` names the consent again, so a signature page on its own still says what
    was signed.
    """
    return KeepTogether(
        [
            para("Underskrift", styles.heading),
            para(intro, styles.body),
            para(reference, styles.small),
            signature_lines(labels, styles, width),
        ]
    )


def _period(view: ConsentFormView, *, easy_read: bool) -> str:
    if view.valid_to.strip():
        return f"Från {view.valid_from} till och med {view.valid_to}."
    until = "du säger att du vill sluta" if easy_read else "samtycket tas tillbaka"
    return f"Från {view.valid_from} och tills {until}."


def _reference(view: ConsentFormView) -> str:
    if view.valid_to.strip():
        period = f"giltigt {view.valid_from} – {view.valid_to}"
    else:
        period = f"giltigt från {view.valid_from}"
    return (
        f"Gäller: samtycke för {view.young_person_name}, född {view.young_person_birth}, "
        f"{view.municipality}, {period}. Undertecknas av {view.consenter_name} "
        f"({view.consenter_role_label})."
    )


def _contact(view: ConsentFormView) -> str:
    return f"{view.coordinator_name}, SSPF-koordinator, {view.coordinator_contact}"


def _standard_story(view: ConsentFormView, s: FormStyles, width: float) -> list[Flowable]:
    who = view.young_person_name
    return [
        para(TITLE, s.title),
        para(
            f"{view.municipality} – samverkan mellan skola, socialtjänst, polis och fritid",
            s.subtitle,
        ),
        facts_box(
            [
                ("Samtycket gäller", f"{who}, född {view.young_person_birth}"),
                ("Den som samtycker", f"{view.consenter_name} ({view.consenter_role_label})"),
                ("Kontaktperson", _contact(view)),
            ],
            s,
            width,
        ),
        para("Vad är SSPF?", s.heading),
        para(
            "SSPF betyder att skola, socialtjänst, polis och fritid arbetar tillsammans. Målet "
            "är att barn och unga ska klara skolan och leva ett liv utan brott och droger. "
            "När de vuxna runt en ung person hjälps åt kan stödet bli bättre och komma snabbare.",
            s.body,
        ),
        para(
            "Skola, socialtjänst, polis och fritid har sekretess. Det betyder att de inte får "
            "berätta om en person för varandra. Med det här samtycket säger du ja till att de "
            "får göra det – men bara så som det står nedan.",
            s.body,
        ),
        para("Det här gäller samtycket", s.heading),
        para(f"De här får dela uppgifter om {who} med varandra:", s.lead),
        *bullets(view.parties, s.bullet),
        para("De får dela de här uppgifterna:", s.lead),
        *bullets(view.categories, s.bullet),
        para("Varför uppgifterna delas:", s.lead),
        *bullets([view.purpose], s.bullet),
        para("Hur länge samtycket gäller:", s.lead),
        *bullets([_period(view, easy_read=False)], s.bullet),
        para("Det är frivilligt", s.heading),
        *bullets(
            [
                "Du bestämmer själv om du vill samtycka.",
                "Du kan säga nej. Då får de inte dela uppgifter med varandra på det här sättet. "
                "Du kan ändå få stöd från var och en av dem.",
                "Du kan ta tillbaka ditt samtycke när som helst. Du behöver inte säga varför.",
                f"Så tar du tillbaka samtycket: kontakta {_contact(view)}. Du kan ringa, "
                "skriva eller säga det på ett möte.",
                "Samtycket slutar gälla samma dag. Det som redan har delats innan dess går "
                "inte att ta tillbaka.",
            ],
            s.bullet,
        ),
        para("Orosanmälan gäller alltid", s.heading),
        para(
            "Skola, socialtjänst, polis och andra som arbetar med barn måste anmäla till "
            "socialtjänsten om de tror att ett barn far illa. Det kallas orosanmälan. Den "
            "skyldigheten gäller alltid, vad du än svarar på det här samtycket.",
            s.body,
        ),
        para("Uppgifterna skyddas", s.heading),
        para(
            "Alla som deltar har tystnadsplikt. Uppgifterna används bara för det som står här. "
            "Du får en kopia av den här blanketten.",
            s.body,
        ),
        _signature_block(
            "Jag har läst vad samtycket gäller och jag samtycker till det.",
            _reference(view),
            ("Ort och datum", "Underskrift", "Namnförtydligande (namn i tryckbokstäver)"),
            s,
            width,
        ),
    ]


def _easy_story(view: ConsentFormView, s: FormStyles, width: float) -> list[Flowable]:
    return [
        para(TITLE, s.title),
        para(f"Lättläst version · {view.municipality}", s.subtitle),
        facts_box(
            [
                ("Det här gäller", f"{view.young_person_name}, född {view.young_person_birth}"),
                ("Den som skriver under", view.consenter_name),
                ("Du kan fråga", _contact(view)),
            ],
            s,
            width,
        ),
        para("Vad är det här?", s.heading),
        para("Skolan, socialtjänsten, polisen och fritidsgården vill hjälpa dig.", s.body),
        para("De vill kunna prata med varandra om dig.", s.body),
        para("Då behöver de ditt ja.", s.body),
        para("Om du säger ja", s.heading),
        para("De här får prata med varandra om dig:", s.lead),
        *bullets(view.parties, s.bullet),
        para("De får prata om:", s.lead),
        *bullets(view.categories, s.bullet),
        para("Varför?", s.lead),
        *bullets([view.purpose], s.bullet),
        para("Hur länge?", s.lead),
        *bullets([_period(view, easy_read=True)], s.bullet),
        para("Du bestämmer", s.heading),
        *bullets(
            [
                "Du får säga ja eller nej.",
                "Du kan ändra dig när du vill.",
                f"Säg till {view.coordinator_name}. Ring eller skriv: {view.coordinator_contact}.",
                "Då slutar de prata om dig samma dag.",
            ],
            s.bullet,
        ),
        para("Viktigt att veta", s.heading),
        para("Ibland blir vuxna oroliga för att ett barn inte har det bra.", s.body),
        para("Då måste de berätta det för socialtjänsten.", s.body),
        para("Det gäller alltid. Även om du säger nej.", s.body),
        _signature_block(
            "Jag har läst det här. Jag säger ja.",
            _reference(view),
            ("Plats och datum", "Skriv ditt namn här", "Ditt namn med tydliga bokstäver"),
            s,
            width,
        ),
    ]


def consent_form_pdf(view: ConsentFormView, *, easy_read: bool = False) -> bytes:
    """Return the consent form for ``view`` as PDF bytes (A4, Swedish, embedded fonts).

    Args:
        view: what the form shows.
        easy_read: the easy-read version for the young person instead of the standard form.
    """
    register_fonts()
    styles = FormStyles.make(13.0, 19.0) if easy_read else FormStyles.make(10.5, 14.5)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=24 * mm,
        title=f"{TITLE} (lättläst)" if easy_read else TITLE,
        author="SSPF Desk",
        creator="SSPF Desk",
        subject="",
        invariant=True,
    )
    build = _easy_story if easy_read else _standard_story
    story = build(view, styles, doc.width - 2 * FRAME_PADDING)
    doc.build(story, canvasmaker=ConsentFormCanvas)
    return buffer.getvalue()


def write_consent_form(view: ConsentFormView, out: Path, *, easy_read: bool = False) -> None:
    """Write the consent form for ``view`` as a PDF file to ``out`` (see consent_form_pdf)."""
    out.write_bytes(consent_form_pdf(view, easy_read=easy_read))
