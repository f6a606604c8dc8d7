"""The store: typed SQLAlchemy schema on the in-memory vault image, migrations, audit trail."""

from sspf_desk.store.audit import ChainReport, record_export, record_view, verify_chain
from sspf_desk.store.engine import MemoryDatabase
from sspf_desk.store.errors import InconsistentDatabaseError, NewerSchemaError
from sspf_desk.store.migrate import MigrationResult, head_revision
from sspf_desk.store.uow import Store

__all__ = [
    "ChainReport",
    "InconsistentDatabaseError",
    "MemoryDatabase",
    "MigrationResult",
    "NewerSchemaError",
    "Store",
    "head_revision",
    "record_export",
    "record_view",
    "verify_chain",
]
