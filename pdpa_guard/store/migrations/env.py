"""Alembic environment of the findings store, run programmatically (see pdpa_guard.store.migrate).

The caller hands over an open connection in ``config.attributes["connection"]``; for the
``alembic`` command line, the URL comes from ``sqlalchemy.url`` or pdpa-guard's usual resolution.
Concurrent first use (two proxy replicas, a proxy and a scan) is serialised: SQLite by the
``BEGIN IMMEDIATE`` write lock, PostgreSQL by a transaction-level advisory lock, so the second
migrator waits, then finds the schema current and does nothing.
"""

from __future__ import annotations

from alembic import context

from pdpa_guard.store.engine import WRITE_OPTION, create_engine, resolve_url
from pdpa_guard.store.models import metadata

MIGRATION_LOCK_ID = 0x70647061  # "pdpa": the advisory lock all pdpa-guard migrators take

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        # SQLite runs DDL in transactions too (engine.py emits BEGIN itself): a migration that
        # fails half-way leaves the schema as it was.
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_ID})")
        context.run_migrations()


if context.is_offline_mode():
    context.configure(
        url=resolve_url(config.get_main_option("sqlalchemy.url")),
        target_metadata=metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    given = config.attributes.get("connection")
    if given is not None:
        _run(given)
    else:
        engine = create_engine(resolve_url(config.get_main_option("sqlalchemy.url")))
        try:
            with engine.connect() as conn:
                _run(conn.execution_options(**{WRITE_OPTION: True}))
        finally:
            engine.dispose()
