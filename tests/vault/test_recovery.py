"""The recovery key: text form, tolerant parsing, typos caught by the checksum."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sspf_desk.vault.container import Vault
from sspf_desk.vault.errors import RecoveryKeyFormatError, WrongPassphraseError
from sspf_desk.vault.recovery import RecoveryKey

from ._core import make_vault

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
TEXT_RE = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){13}")
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_text_is_grouped_base32_with_checksum() -> None:
    key = RecoveryKey.generate()
    assert len(key.key) == 32
    assert TEXT_RE.fullmatch(key.text)
    assert RecoveryKey.parse(key.text) == key


def test_generated_keys_differ() -> None:
    assert RecoveryKey.generate() != RecoveryKey.generate()


@FAST
@given(st.binary(min_size=32, max_size=32))
def test_round_trip_any_key(raw: bytes) -> None:
    key = RecoveryKey(raw)
    assert RecoveryKey.parse(key.text).key == raw


def test_parse_tolerates_case_spaces_dashes_and_lookalikes() -> None:
    key = RecoveryKey(bytes(range(0x80, 0xA0)))
    text = key.text
    assert RecoveryKey.parse(text.lower()) == key
    assert RecoveryKey.parse(text.replace("-", "")) == key
    assert RecoveryKey.parse(text.replace("-", " ")) == key
    assert RecoveryKey.parse("  " + text.replace("-", "  -  ") + "\n") == key
    spaced = " ".join(text.replace("-", "")[i : i + 5] for i in range(0, 56, 5))
    assert RecoveryKey.parse(spaced) == key
    lookalike = text.replace("O", "0").replace("I", "1").replace("B", "8")
    assert lookalike != text
    assert RecoveryKey.parse(lookalike) == key


@FAST
@given(st.data())
def test_any_single_character_typo_is_a_format_error(data: st.DataObject) -> None:
    key = RecoveryKey(data.draw(st.binary(min_size=32, max_size=32)))
    chars = key.text.replace("-", "")
    index = data.draw(st.integers(0, len(chars) - 1))
    typo = data.draw(st.sampled_from([c for c in ALPHABET if c != chars[index]]))
    mistyped = chars[:index] + typo + chars[index + 1 :]
    with pytest.raises(RecoveryKeyFormatError):
        RecoveryKey.parse(mistyped)


def test_swapped_neighbours_are_a_format_error() -> None:
    chars = RecoveryKey(bytes(range(32))).text.replace("-", "")
    for index in range(len(chars) - 1):
        if chars[index] == chars[index + 1]:
            continue
        swapped = chars[:index] + chars[index + 1] + chars[index] + chars[index + 2 :]
        with pytest.raises(RecoveryKeyFormatError):
            RecoveryKey.parse(swapped)


@pytest.mark.parametrize(
    "text",
    ["", "ABCD", "A" * 55, "A" * 57, "A" * 55 + "9", "A" * 55 + "!", "Å" * 56, "lösenord"],
)
def test_malformed_text_is_a_format_error(text: str) -> None:
    with pytest.raises(RecoveryKeyFormatError) as info:
        RecoveryKey.parse(text)
    assert info.value.exit_code == 2
    assert "Återställningsnyckeln" in str(info.value)


def test_only_ascii_letters_are_upper_cased() -> None:
    # str.upper() maps "ß" to "SS" and "ﬁ" to "FI"; the spec upper-cases a–z only.
    key = RecoveryKey(bytes.fromhex("94a5" + "00" * 30))
    chars = key.text.replace("-", "")
    assert chars.startswith("SSS")
    assert RecoveryKey.parse(chars) == key
    for typed in ("ß" + chars[2:], "Sß" + chars[3:], "Sſ" + chars[2:]):
        with pytest.raises(RecoveryKeyFormatError):
            RecoveryKey.parse(typed)


def test_nonzero_padding_bits_are_a_format_error() -> None:
    chars = RecoveryKey(bytes(32)).text.replace("-", "")
    assert chars[51] == "A"
    with pytest.raises(RecoveryKeyFormatError):
        RecoveryKey.parse(chars[:51] + "B" + chars[52:])


def test_repr_hides_the_key() -> None:
    key = RecoveryKey.generate()
    assert key.text not in repr(key)
    assert key.key.hex() not in repr(key)


def test_key_length_is_checked() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        RecoveryKey(b"short")


def test_well_formed_key_of_another_vault_is_a_wrong_key(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    make_vault(path)
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, recovery_key=RecoveryKey.generate())
