"""The helper every label table uses: a read-only mapping from enum values to text."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


def freeze(labels: dict[E, str]) -> Mapping[E, str]:
    """Return a read-only view of ``labels``."""
    return MappingProxyType(labels)
