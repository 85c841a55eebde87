"""Where the findings store lives and how to connect to it safely.

The URL comes from ``--db``, else ``$PDPA_GUARD_DB``, else a SQLite file at
``$PDPA_GUARD_HOME/findings.db`` or ``./.pdpa-guard/findings.db``. The default is a file in the
working directory (like ``.git``) rather than one per user, because a deployment keeps its rules,
reports and findings together: ``scan``, ``report`` and ``db prune`` run from the same directory
find the same store, and the store is backed up and retained with the deployment it audits, not
mixed with another project's. Several proxy replicas share one PostgreSQL URL instead.

SQLite is tuned for several writer processes (the proxy and a scan at the same time):
WAL (readers never block the writer), ``busy_timeout`` (a writer waits for the lock instead of
failing), ``BEGIN IMMEDIATE`` for writes (take the write lock up front: a deferred transaction
that reads and then writes cannot wait for the lock in WAL mode and fails at once), short
transactions, and ``synchronous=FULL`` (a committed audit record survives a power cut).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import NullPool, StaticPool

log = logging.getLogger("pdpa_guard.store")

ENV_DB = "PDPA_GUARD_DB"
ENV_HOME = "PDPA_GUARD_HOME"
DEFAULT_HOME = ".pdpa-guard"
DB_FILENAME = "findings.db"
DEFAULT_BUSY_TIMEOUT = 30.0  # seconds a SQLite writer waits for another writer's lock
WRITE_OPTION = "pdpa_guard_write"  # execution option: this connection is about to write


def state_home() -> Path:
    """The directory of the default SQLite store: ``$PDPA_GUARD_HOME`` or ``./.pdpa-guard``."""
    return Path(os.environ.get(ENV_HOME) or DEFAULT_HOME).expanduser()


def spool_dir() -> Path:
    """Where records wait while the database is unavailable.

    Deliberately not next to the database: when the database's directory or server is the thing
    that failed, the spool must still be writable. ``$PDPA_GUARD_HOME/spool`` when set, else the
    user's state directory (``$XDG_STATE_HOME/pdpa-guard/spool``, ``~/.local/state/...``).
    """
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser() / "spool"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state).expanduser() / "pdpa-guard" / "spool"


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: ``url`` (``--db``), else ``$PDPA_GUARD_DB``, else the default file.

    A value without ``://`` is a SQLite file path; ``postgresql://`` means the psycopg 3 driver
    (the one pdpa-guard depends on), not SQLAlchemy's psycopg2 default.
    """
    url = url or os.environ.get(ENV_DB) or str(state_home() / DB_FILENAME)
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def display_url(url: str | URL) -> str:
    """``url`` for humans and logs: the password is hidden."""
    return make_url(url).render_as_string(hide_password=True)


def spool_name(url: str) -> str:
    """A file name unique to the database ``url``, so two stores never replay each other's spool."""
    digest = hashlib.sha256(display_url(url).encode("utf-8")).hexdigest()[:16]
    return f"{make_url(url).get_backend_name()}-{digest}.jsonl"


def sqlite_path(url: str | URL) -> Path | None:
    """The file of a SQLite ``url``; None for other databases and in-memory SQLite."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or u.database in (None, "", ":memory:"):
        return None
    if u.query.get("mode") == "memory":
        return None
    return Path(u.database)


def create_engine(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, echo: bool = False) -> Engine:
    """An engine for ``url`` with pdpa-guard's settings.

    ``hide_parameters`` keeps bound values out of SQLAlchemy's exception messages (they hold
    no raw values either, but an error message is the wrong place for any row content).
    """
    u = make_url(url)
    kwargs: dict[str, Any] = {"hide_parameters": True, "echo": echo}
    backend = u.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(u, busy_timeout, kwargs)
    if backend == "postgresql":
        kwargs["pool_pre_ping"] = True  # a restarted server must not cost a failed batch
        if "connect_timeout" not in u.query:
            kwargs["connect_args"] = {"connect_timeout": 10}
    else:
        kwargs["pool_pre_ping"] = True
    return sa.create_engine(u, **kwargs)


def _sqlite_engine(u: URL, busy_timeout: float, kwargs: dict[str, Any]) -> Engine:
    path = sqlite_path(u)
    if path is None:
        # One shared connection, or every new connection would see a different empty database.
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        # No pooled file handles: every transaction opens the file by its path, so a database that
        # was moved or deleted is noticed (and records spooled) instead of written to an orphan.
        kwargs.update(poolclass=NullPool, connect_args={"timeout": busy_timeout, "check_same_thread": False})
    engine = sa.create_engine(u, **kwargs)
    timeout_ms = int(busy_timeout * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below emit BEGIN itself (pysqlite's own would be deferred).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {timeout_ms}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = FULL")
            if path is not None:
                mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    log.warning(
                        "SQLite store %s is not in WAL mode (%s): writers will block readers", path, mode
                    )
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        immediate = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
