"""Alembic environment: migrate the open in-memory database handed over by ``store.migrate``.

There is no offline mode and no ``alembic.ini``: ``store.migrate`` builds the config and
passes the live SQLAlchemy connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import sspf_desk.store.models  # noqa: F401  (registers the tables on Base.metadata)
from sspf_desk.errors import BugError
from sspf_desk.store.base import Base


def run_migrations_online() -> None:
    """Run the pending revisions on the connection given by the caller."""
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise BugError("migrations run only through sspf_desk.store.migrate")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
