"""Cell readers of the list import: dates, numbers from spreadsheets, names, custody."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sspf_desk.domain import CustodyType, Gender
from sspf_desk.services.import_cells import (
    DATE_FORMAT_MESSAGE,
    DATE_FUTURE_MESSAGE,
    DATE_INVALID_MESSAGE,
    CellError,
    cell_text,
    id_number_text,
    parse_custody,
    parse_date,
    parse_gender,
    parse_past_date,
    parse_yes_no,
    phone_text,
    split_name,
)
from sspf_desk.services.import_table import decode_csv, sniff_delimiter

DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(DATES)
def test_every_accepted_format_gives_the_same_date(day: date) -> None:
    forms = (
        day.isoformat(),
        f"{day:%Y%m%d}",
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day}.{day.month}.{day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.isoformat()} 00:00:00",
        cell_text(datetime.combine(day, datetime.min.time())),  # a real Excel date
        cell_text(day),
    )
    for form in forms:
        assert parse_date(form) == day


@given(st.text(max_size=30))
def test_any_text_is_a_date_or_a_cell_error(text: str) -> None:
    try:
        parsed = parse_date(text)
    except CellError as exc:
        assert exc.message in {
            DATE_FORMAT_MESSAGE,
            DATE_INVALID_MESSAGE,
            "Datumet är orimligt tidigt.",
        }
    else:
        assert parsed >= date(1900, 1, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2010-02-30", DATE_INVALID_MESSAGE),
        ("31/4/2010", DATE_INVALID_MESSAGE),
        ("4/31/2010", DATE_INVALID_MESSAGE),  # month first is not Swedish
        ("igår", DATE_FORMAT_MESSAGE),
        ("2010/02/15", DATE_FORMAT_MESSAGE),
        ("15.02-2010", DATE_FORMAT_MESSAGE),
        ("1899-12-31", "Datumet är orimligt tidigt."),
    ],
)
def test_bad_dates_have_their_own_message(text: str, message: str) -> None:
    with pytest.raises(CellError) as caught:
        parse_date(text)
    assert caught.value.message == message


def test_future_dates_are_refused_where_the_past_is_required() -> None:
    today = date(2025, 6, 1)
    assert parse_past_date("2025-06-01", today) == today
    with pytest.raises(CellError) as caught:
        parse_past_date("2/6/2025", today)
    assert caught.value.message == DATE_FUTURE_MESSAGE


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_whole_numbers_read_without_decimals(number: int) -> None:
    assert cell_text(number) == str(number)
    assert cell_text(float(number)) == str(number)


def test_cell_text_of_other_values() -> None:
    assert cell_text(None) == ""
    assert cell_text(True) == "ja"
    assert cell_text(False) == "nej"
    assert cell_text(" Anna \t  Berg ") == "Anna Berg"
    assert cell_text(1.5) == "1.5"
    assert cell_text(float("nan")) == "nan"


@given(st.from_regex(r"[1-9][0-9]{8}", fullmatch=True))
def test_spreadsheet_numbers_get_their_leading_zero_back(digits: str) -> None:
    assert id_number_text(digits) == "0" + digits
    assert phone_text(digits) == "0" + digits


def test_complete_numbers_are_left_alone() -> None:
    assert id_number_text("0502151234") == "0502151234"
    assert id_number_text("20100215-2380") == "20100215-2380"
    assert phone_text("070-123 45 67") == "070-123 45 67"
    assert phone_text("+46701234567") == "+46701234567"


@given(
    st.from_regex(r"[A-ZÅÄÖ][a-zåäö]{1,10}", fullmatch=True),
    st.from_regex(r"[A-ZÅÄÖ][a-zåäö]{1,10}", fullmatch=True),
)
def test_split_name_both_orders(first: str, last: str) -> None:
    assert split_name(f"{first} {last}") == (first, last)
    assert split_name(f"{last}, {first}") == (first, last)
    assert split_name(f"  {first}   {last} ") == (first, last)


def test_split_name_edge_cases() -> None:
    assert split_name("Anna Maria Berg") == ("Anna Maria", "Berg")
    assert split_name("Berg") == ("", "Berg")
    assert split_name("") == ("", "")


def test_words_for_gender_custody_and_yes_no() -> None:
    assert parse_gender("Flicka") is Gender.FEMALE
    assert parse_gender("P") is Gender.MALE
    assert parse_gender("") is Gender.UNKNOWN
    assert parse_custody("Gemensam vårdnad") is CustodyType.JOINT
    assert parse_custody("ENSAM") is CustodyType.SOLE
    assert parse_custody("ingen") is CustodyType.NONE
    assert parse_custody(" ") is None
    assert parse_yes_no("X") is True
    assert parse_yes_no("") is False
    for reader, text in ((parse_gender, "kanske"), (parse_custody, "halv"), (parse_yes_no, "?")):
        with pytest.raises(CellError):
            reader(text)


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a;b;c\n1;2;3\n", ";"),
        ("a,b,c\n1,2,3\n", ","),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ('"Berg, Anna";b\n"x, y";2\n', ";"),
        ("a;b\n1,5;2\n", ";"),  # decimal commas inside a semicolon list
    ],
)
def test_delimiter_is_sniffed(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_decoding_falls_back_to_windows_1252() -> None:
    assert decode_csv("Förnamn;Östlund".encode()) == "Förnamn;Östlund"
    assert decode_csv("\ufeffFörnamn".encode()) == "Förnamn"
    assert decode_csv("Förnamn;Östlund".encode("cp1252")) == "Förnamn;Östlund"
