"""Opening a station database safely.

SQLite: WAL, `synchronous=FULL` (a commit is on disk when it returns), foreign keys, a busy
timeout. Before anything else the file is checked read-only: a damaged file (`quick_check`) or one
written by a newer FairDesk (`user_version`) is refused with a plain message and left untouched.
Writes use `BEGIN IMMEDIATE` (see `write_session`), so two writers never deadlock mid-transaction.
PostgreSQL URLs (the LAN hub) get the same models without the SQLite PRAGMAs.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, SQLModel

from fairdesk.errors import DatabaseError, StorageError
from fairdesk.store import models  # noqa: F401  (registers the tables)
from fairdesk.store.backup import backup_file
from fairdesk.store.guard import StorageGuard, attach_guard, guard_of
from fairdesk.store.migrations import SCHEMA_VERSION, migrate

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
_IMMEDIATE = "fairdesk_immediate"
_LENIENT_TEXT = functools.partial(str, encoding="utf-8", errors="replace")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any, busy_ms: int = BUSY_TIMEOUT_MS) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's begin event issues BEGIN itself
    # Text another program stored as invalid UTF-8 reads with U+FFFD, never as a traceback.
    dbapi_conn.text_factory = _LENIENT_TEXT
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get(_IMMEDIATE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def check_file(path: Path) -> int:
    """Read-only health check of an existing file; returns its schema version.

    Raises DatabaseError (and writes nothing) when the file is not a database, fails
    `quick_check`, or was written by a newer FairDesk.
    """
    uri = f"file:{quote(path.resolve().as_posix())}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Cannot open the database {path}: {exc}") from exc
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
        tables = int(con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    except sqlite3.OperationalError as exc:  # locked, unreadable folder, …: not damage
        raise DatabaseError(
            f"Cannot read the database {path} ({exc}). Check that it is not locked by another "
            "program and that its folder can be written; the file was not changed."
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"{path} is not a FairDesk database or is damaged ({exc}). The file was not changed; "
            "restore the newest file from the backups folder beside it."
        ) from exc
    finally:
        con.close()
    if [r[0] for r in rows] != ["ok"]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise DatabaseError(
            f"The database {path} is damaged ({detail}). The file was not changed; restore the "
            "newest file from the backups folder beside it, or copy it for repair."
        )
    if version == 0 and tables:
        raise DatabaseError(
            f"{path} is another program's database, not a FairDesk one; the file was not "
            "changed. Choose another file name."
        )
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"{path} was written by a newer FairDesk (schema {version}, this version knows "
            f"{SCHEMA_VERSION}). Update FairDesk to open it; the file was not changed."
        )
    return version


def sqlite_engine(path: Path, *, busy_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine for `path` with the station PRAGMAs, without checking or migrating.

    `busy_ms`: how long a write waits for another writer's lock before it fails (a storage
    problem the desk holds and retries; the GUI keeps it short so a scan never freezes the
    screen for long while an import elsewhere holds the file).
    """
    url = URL.create("sqlite", database=str(path))  # "?" or "#" in a path stays in the name
    engine = create_engine(url, connect_args={"timeout": busy_ms / 1000})
    event.listen(engine, "connect", functools.partial(_sqlite_pragmas, busy_ms=busy_ms))
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def open_database(
    path: Path,
    *,
    backup_dir: Path | None = None,
    integrity: str = "now",
    inline_backups: bool = True,
    keep_backups: int = 10,
    busy_ms: int = BUSY_TIMEOUT_MS,
) -> Engine:
    """Open (creating if absent) a station database, checked and migrated to the current schema.

    `integrity`: "now" runs the full `integrity_check` before returning (the command line),
    "background" runs it on a thread and blocks writes if it fails (the GUI's cold start), "off"
    skips it. A file that exists but is empty, text or another program's is refused untouched.
    """
    path = Path(path)
    target = backup_dir or path.parent / "backups"
    existed = path.exists()
    if existed and path.is_file() and path.stat().st_size == 0:
        raise DatabaseError(
            f"{path} is an empty file, not a FairDesk database; it was not changed. Choose "
            "another file name, or restore a backup (fairdesk restore --list)."
        )
    version = check_file(path) if existed else 0
    if not existed:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Cannot create the database {path}: {exc}") from exc
    if existed and 0 < version < SCHEMA_VERSION:
        saved = backup_file(path, target, label=f"before-v{SCHEMA_VERSION}")
        logger.info("backed up %s to %s before migrating", path, saved)
    engine = sqlite_engine(path, busy_ms=busy_ms)
    try:
        with engine.begin() as conn:
            migrate(conn, version)
    except OperationalError as exc:
        engine.dispose()
        raise storage_error(exc) from exc
    guard = attach_guard(
        engine,
        StorageGuard(path, backup_dir=target, keep=keep_backups, inline_backups=inline_backups),
    )
    if integrity == "now" and existed:
        found = guard.run_integrity_check()
        if found is not None:
            engine.dispose()
            raise DatabaseError(str(found))
    elif integrity == "background" and existed:
        guard.start_integrity_check()
    else:
        guard.integrity_done.set()
    return engine


def open_url(url: str, *, schema: str | None = None) -> Engine:
    """An engine for a server database (the venue LAN hub), tables created if missing.

    `schema` (PostgreSQL) keeps one fair's tables apart from others on a shared server.
    """
    args: dict[str, Any] = {}
    if schema:
        if not schema.isidentifier():
            raise DatabaseError(f"Not a valid schema name: {schema!r}")
        args["options"] = f"-csearch_path={schema}"
    engine = create_engine(url, pool_pre_ping=True, connect_args=args)
    try:
        with engine.begin() as conn:
            if schema:
                conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            SQLModel.metadata.create_all(conn)
    except OperationalError as exc:
        raise DatabaseError(f"Cannot reach the LAN hub database: {exc.orig}") from exc
    return engine


def storage_error(exc: BaseException) -> StorageError:
    """A failed write said plainly (locked, read-only, disk full, I/O, damage), by its kind."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            "locked",
            "The station database is busy (another FairDesk window or program is writing to "
            "it). Nothing was saved yet.",
        )
    if "readonly" in text or "read-only" in text:
        return StorageError("readonly", "The station database is read-only; nothing was saved.")
    if "full" in text:
        return StorageError("full", "The disk is full; nothing was saved.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StorageError("damaged", f"The station database is damaged ({text}).")
    return StorageError("io", f"The station database could not be written ({text}).")


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One short write transaction (BEGIN IMMEDIATE on SQLite), committed on clean exit.

    On a station file the guard is asked just before the commit: once the file is gone, replaced
    or found damaged, nothing more is committed (a `StorageError`). A commit that fails for the
    disk's sake is a `StorageError` too.
    """
    guard = guard_of(engine)
    if guard is not None:
        guard.maybe_backup()
    with Session(engine, expire_on_commit=False) as session:
        try:
            session.connection(execution_options={_IMMEDIATE: True})
            yield session
            if guard is not None:
                guard.check_writable()
            session.commit()
        except (OperationalError, SADatabaseError) as exc:
            session.rollback()
            if isinstance(exc, IntegrityError):
                raise
            raise storage_error(exc) from exc
        except BaseException:
            session.rollback()
            raise


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A read-only unit of work (WAL: never blocks writers)."""
    with Session(engine, expire_on_commit=False) as session:
        yield session
