"""Alembic migration scripts of the vault database (run programmatically by ``store.migrate``)."""
