"""Identity numbers: table tests and properties of parse_identity."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sspf_desk.domain import Gender, IdentityError, IdentityProblem, IdKind, parse_identity
from sspf_desk.errors import ValidationError
from tests.helpers.identity import make_identity

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "normalized", "kind", "birth", "gender"),
    [
        ("19121212-1212", "19121212-1212", IdKind.PERSONNUMMER, date(1912, 12, 12), Gender.MALE),
        ("191212121212", "19121212-1212", IdKind.PERSONNUMMER, date(1912, 12, 12), Gender.MALE),
        ("121212+1212", "19121212-1212", IdKind.PERSONNUMMER, date(1912, 12, 12), Gender.MALE),
        ("121212-1212", "20121212-1212", IdKind.PERSONNUMMER, date(2012, 12, 12), Gender.MALE),
        ("1212121212", "20121212-1212", IdKind.PERSONNUMMER, date(2012, 12, 12), Gender.MALE),
        ("  20121212-1212 ", "20121212-1212", IdKind.PERSONNUMMER, date(2012, 12, 12), Gender.MALE),
        (
            make_identity(date(2010, 2, 15), 242),
            make_identity(date(2010, 2, 15), 242),
            IdKind.PERSONNUMMER,
            date(2010, 2, 15),
            Gender.FEMALE,
        ),
        (
            make_identity(date(2011, 3, 9), 135, coordination=True),
            make_identity(date(2011, 3, 9), 135, coordination=True),
            IdKind.SAMORDNINGSNUMMER,
            date(2011, 3, 9),
            Gender.MALE,
        ),
    ],
)
def test_valid_numbers(
    text: str, normalized: str, kind: IdKind, birth: date, gender: Gender
) -> None:
    identity = parse_identity(text, today=TODAY)
    assert identity.normalized == normalized
    assert identity.kind is kind
    assert identity.birth_date == birth
    assert identity.legal_gender is gender
    assert identity.digits == normalized.replace("-", "")


@pytest.mark.parametrize(
    ("text", "problem", "message"),
    [
        ("", IdentityProblem.MISSING, "Ange ett personnummer."),
        ("   ", IdentityProblem.MISSING, "Ange ett personnummer."),
        ("abc", IdentityProblem.FORMAT, "Personnumret har fel format."),
        ("1212121-212", IdentityProblem.FORMAT, "Personnumret har fel format."),
        ("19121212--1212", IdentityProblem.FORMAT, "Personnumret har fel format."),
        ("٢٠١٢١٢١٢-١٢١٢", IdentityProblem.FORMAT, "Personnumret har fel format."),
        ("19121212-1213", IdentityProblem.CHECKSUM, "kontrollsiffran stämmer inte"),
        ("20110230-1234", IdentityProblem.DATE, "datumet finns inte"),
        ("20111332-1234", IdentityProblem.DATE, "datumet finns inte"),
        ("20110245-1234", IdentityProblem.DATE, "datumet finns inte"),
        ("20110290-1234", IdentityProblem.DATE, "Samordningsnumret är inte giltigt"),
        ("20110101-0001", IdentityProblem.SERIAL, "000"),
    ],
)
def test_invalid_numbers(text: str, problem: IdentityProblem, message: str) -> None:
    with pytest.raises(IdentityError) as info:
        parse_identity(text, today=TODAY)
    assert info.value.problem is problem
    assert message in info.value.errors["id_number"]
    assert isinstance(info.value, ValidationError)
    assert info.value.exit_code == 2


def test_checksum_message_is_exact() -> None:
    with pytest.raises(IdentityError) as info:
        parse_identity("19121212-1213")
    assert info.value.errors == {
        "id_number": "Personnumret är inte giltigt (kontrollsiffran stämmer inte)."
    }


def test_ten_digit_century_follows_today() -> None:
    """A ten-digit number never resolves to a year after the reference date's year."""
    assert parse_identity("250101-1239", today=date(2025, 6, 1)).birth_date.year == 2025
    assert parse_identity("250101-1239", today=date(2024, 6, 1)).birth_date.year == 1925


@st.composite
def identities(draw: st.DrawFn) -> tuple[date, int, bool]:
    """A birth date, a serial 1..999 and whether it is a samordningsnummer."""
    birth = draw(st.dates(min_value=date(1926, 1, 1), max_value=TODAY))
    return birth, draw(st.integers(min_value=1, max_value=999)), draw(st.booleans())


@given(st.text(max_size=30))
def test_arbitrary_text_raises_only_identity_error(text: str) -> None:
    try:
        identity = parse_identity(text, today=TODAY)
    except IdentityError as exc:
        assert set(exc.errors) == {"id_number"}
    else:
        assert len(identity.digits) == 12


@given(st.from_regex(r"\A\d{6,8}[-+]?\d{4}\Z"))
def test_digit_shaped_text_raises_only_identity_error(text: str) -> None:
    try:
        parse_identity(text, today=TODAY)
    except IdentityError as exc:
        assert exc.problem is not IdentityProblem.MISSING


@given(identities())
def test_generated_numbers_round_trip(sample: tuple[date, int, bool]) -> None:
    birth, serial, coordination = sample
    text = make_identity(birth, serial, coordination=coordination)
    identity = parse_identity(text, today=TODAY)
    assert identity.normalized == text
    assert identity.birth_date == birth
    assert identity.kind is (IdKind.SAMORDNINGSNUMMER if coordination else IdKind.PERSONNUMMER)
    assert identity.legal_gender is (Gender.MALE if serial % 10 % 2 else Gender.FEMALE)
    assert parse_identity(identity.normalized, today=TODAY) == identity
    assert parse_identity(identity.digits, today=TODAY) == identity


@given(identities())
def test_ten_and_twelve_digit_forms_agree(sample: tuple[date, int, bool]) -> None:
    birth, serial, coordination = sample
    twelve = make_identity(birth, serial, coordination=coordination)
    sep = "+" if TODAY.year - birth.year >= 100 else "-"
    ten = twelve[2:8] + sep + twelve[9:]
    assert parse_identity(ten, today=TODAY) == parse_identity(twelve, today=TODAY)
    assert parse_identity(ten.replace(sep, ""), today=TODAY).normalized == twelve


@given(identities(), st.integers(min_value=1, max_value=9))
def test_wrong_check_digit_is_a_checksum_error(sample: tuple[date, int, bool], delta: int) -> None:
    birth, serial, coordination = sample
    text = make_identity(birth, serial, coordination=coordination)
    wrong = text[:-1] + str((int(text[-1]) + delta) % 10)
    with pytest.raises(IdentityError) as info:
        parse_identity(wrong, today=TODAY)
    assert info.value.problem is IdentityProblem.CHECKSUM
