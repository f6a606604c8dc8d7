"""User-facing messages of the error hierarchy."""

from __future__ import annotations

from sspf_desk.errors import KnownError, NotFoundError, UsageError, ValidationError


class _SampleError(KnownError):
    exit_code = 4
    message_sv = "Block {index} är skadat."
    message_en = "Block {index} is damaged."


def test_message_fills_fields_in_both_languages() -> None:
    err = _SampleError(index=3)
    assert err.message("sv") == "Block 3 är skadat."
    assert err.message("en") == "Block 3 is damaged."
    assert str(err) == "Block 3 är skadat."
    assert err.exit_code == 4


def test_detail_is_appended_unless_it_replaces() -> None:
    assert NotFoundError(detail="Ladda om listan.").message() == (
        "Posten finns inte längre. Ladda om listan."
    )
    assert UsageError(detail="Filen finns redan.").message() == "Filen finns redan."
    assert UsageError().message("en") == "Invalid usage."


def test_validation_error_keeps_field_messages() -> None:
    err = ValidationError({"first_name": "Förnamn saknas.", "id_number": "Ogiltigt."})
    assert err.errors["id_number"] == "Ogiltigt."
    assert err.exit_code == 2
    assert "Förnamn saknas." in err.message()
