"""Revision 0002 (case work) on an image made by revision 0001."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select

from sspf_desk.domain import DEFAULT_RISK_CATEGORIES
from sspf_desk.store import Store, head_revision, verify_chain
from sspf_desk.store.migrate import MIGRATIONS_DIR, _config, current_revision
from sspf_desk.store.models import PersonLinkRecord, YoungPersonRecord
from sspf_desk.store.models_concerns import RiskCategoryRecord
from tests.helpers.store import link_record, related_record, young_record

CASE_WORK_TABLES = {
    "risk_category",
    "concern",
    "concern_risk",
    "consent",
    "consent_party",
    "consent_category",
    "ground_record",
    "ground_record_category",
    "disclosure",
    "disclosure_category",
    "disclosure_consent",
    "sspf_case",
    "case_event",
    "action_plan",
    "action_item",
    "attachment",
    "vault_setting",
}


def r0001_image() -> bytes:
    """An image at revision 0001 holding two young persons and a guardian."""
    store = Store.open(actor="user-1")
    with store.engine.begin() as connection:
        command.upgrade(_config(MIGRATIONS_DIR, connection), "0001")
    with store.unit_of_work() as session:
        session.add(link_record(young_record("Åsa", "Öberg"), related_record()))
        session.add(young_record("Bo", "Ek"))
    return store.serialize()


def test_r0001_image_is_backed_up_and_upgraded_with_its_data() -> None:
    store = Store.open(r0001_image(), actor="user-1")
    with store.engine.connect() as connection:
        assert current_revision(connection) == "0001"
        assert not CASE_WORK_TABLES & set(inspect(connection).get_table_names())
    backups: list[str] = []
    result = store.migrate(lambda: backups.append("backup"))
    assert backups == ["backup"]
    assert (result.from_revision, result.to_revision) == ("0001", head_revision())
    assert result.changed and not result.brand_new
    with store.engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) >= CASE_WORK_TABLES
    with store.unit_of_work() as session:
        names = sorted(session.scalars(select(YoungPersonRecord.first_name)))
        assert names == ["Bo", "Åsa"]
        assert len(list(session.scalars(select(PersonLinkRecord)))) == 1
        categories = list(session.scalars(select(RiskCategoryRecord)))
        by_code = sorted((c.to_domain() for c in categories), key=lambda c: c.code)
        assert by_code == sorted(DEFAULT_RISK_CATEGORIES, key=lambda c: c.code)
        assert verify_chain(session).ok
    assert store.database.quick_check() == ()


def test_brand_new_database_gets_the_default_risk_categories() -> None:
    store = Store.open()
    store.migrate()
    with store.unit_of_work() as session:
        codes = [c.code for c in session.scalars(select(RiskCategoryRecord))]
    assert sorted(codes) == sorted(c.code for c in DEFAULT_RISK_CATEGORIES)
    assert len(codes) == len(DEFAULT_RISK_CATEGORIES) >= 20
