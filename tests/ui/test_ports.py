"""The GUI uses the services' own row types instead of describing their shape again."""

from __future__ import annotations

from typing import get_type_hints

from sspf_desk.services.person_rows import RelatedPersonRow
from sspf_desk.ui import ports
from sspf_desk.ui.models.related_persons_model import RelatedPersonsModel


def test_related_rows_are_the_service_type() -> None:
    assert not hasattr(ports, "RelatedPersonRowView")
    assert get_type_hints(RelatedPersonsModel.row_at)["return"] is RelatedPersonRow
