"""Schema migrations (alembic), run from code so they work from an installed wheel.

The migration scripts ship inside the package (``pdpa_guard/store/migrations``); alembic is
pointed at that directory, so no ``alembic.ini`` is needed. :class:`~pdpa_guard.store.Store`
upgrades an un-migrated database on first use; ``pdpa-guard db upgrade`` does it explicitly.

To add a revision after changing models.py (developers only)::

    from alembic import command
    from pdpa_guard.store.migrate import alembic_config
    command.revision(alembic_config("sqlite:///dev.db"), message="...", autogenerate=True)

then review the generated file in ``migrations/versions/`` (keep it explicit, as 0001 is).
"""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from pdpa_guard.store.engine import WRITE_OPTION

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    """An alembic Config for the packaged migrations (``url`` only matters for offline SQL)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))  # configparser interpolation
    return cfg


@functools.cache
def head_revision() -> str:
    """The newest revision the package ships."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - a packaging error
        raise RuntimeError(f"no alembic revisions found in {MIGRATIONS_DIR}")
    return head


def current_revision(conn: Connection) -> str | None:
    """The revision the database is at; None for a database pdpa-guard never touched."""
    return MigrationContext.configure(conn).get_current_revision()


def is_current(engine: Engine) -> bool:
    """True when the database schema is at the packaged head revision."""
    with engine.connect() as conn:
        return current_revision(conn) == head_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Upgrade the database to ``revision``; returns (revision before, revision after).

    Safe to call from several processes at once (see migrations/env.py).
    """
    cfg = alembic_config()
    with engine.connect() as conn:
        before = current_revision(conn)
        conn.rollback()  # the check above opened a read transaction; migrations take the write lock
        conn.execution_options(**{WRITE_OPTION: True})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
        after = current_revision(conn)
        conn.rollback()
    return before, after
