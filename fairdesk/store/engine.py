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

from fairdesk.core.messages import message
from fairdesk.errors import DatabaseError, StorageError
from fairdesk.store import models  # noqa: F401  (registers the tables)
from fairdesk.store.backup import backup_file
from fairdesk.store.checkpoint import WalCheckpointer
from fairdesk.store.guard import StorageGuard, attach_guard, guard_of
from fairdesk.store.migrations import SCHEMA_VERSION, migrate

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
_IMMEDIATE = "fairdesk_immediate"
_LENIENT_TEXT = functools.partial(str, encoding="utf-8", errors="replace")

CANNOT_OPEN = message(
    "store.cannot_open",
    "Cannot open the database {path}: {detail}",
    "无法打开数据库 {path}：{detail}",
)
CANNOT_READ = message(
    "store.cannot_read",
    "Cannot read the database {path} ({detail}). Check that it is not locked by another program "
    "and that its folder can be written; the file was not changed.",
    "无法读取数据库 {path}（{detail}）。请确认它没有被其他程序锁定、所在文件夹可以写入；"
    "文件未被改动。",
)
NOT_A_DATABASE = message(
    "store.not_a_database",
    "{path} is not a FairDesk database or is damaged ({detail}). The file was not changed; "
    "restore the newest file from the backups folder beside it.",
    "{path} 不是 FairDesk 数据库或已损坏（{detail}）。文件未被改动；"
    "请从旁边的 backups 文件夹恢复最新的备份。",
)
DAMAGED_FILE = message(
    "store.damaged",
    "The database {path} is damaged ({detail}). The file was not changed; restore the newest file "
    "from the backups folder beside it, or copy it for repair.",
    "数据库 {path} 已损坏（{detail}）。文件未被改动；请从旁边的 backups 文件夹恢复最新的备份，"
    "或复制一份以便修复。",
)
FOREIGN_DATABASE = message(
    "store.foreign_database",
    "{path} is another program's database, not a FairDesk one; the file was not changed. "
    "Choose another file name.",
    "{path} 是其他程序的数据库，不是 FairDesk 的；文件未被改动。请换一个文件名。",
)
NEWER_SCHEMA = message(
    "store.newer_schema",
    "{path} was written by a newer FairDesk (schema {version}, this version knows {known}). "
    "Update FairDesk to open it; the file was not changed.",
    "{path} 由更新版本的 FairDesk 写入（数据结构版本 {version}，本版本只支持到 {known}）。"
    "请升级 FairDesk 后再打开；文件未被改动。",
)
EMPTY_FILE = message(
    "store.empty_file",
    "{path} is an empty file, not a FairDesk database; it was not changed. Choose another file "
    "name, or restore a backup (fairdesk restore --list).",
    "{path} 是空文件，不是 FairDesk 数据库；文件未被改动。请换一个文件名，或恢复备份"
    "（fairdesk restore --list）。",
)
CANNOT_CREATE = message(
    "store.cannot_create",
    "Cannot create the database {path}: {detail}",
    "无法创建数据库 {path}：{detail}",
)
BAD_SCHEMA_NAME = message(
    "store.bad_schema_name", "Not a valid schema name: {name!r}", "不是有效的 schema 名称：{name!r}"
)
HUB_UNREACHABLE = message(
    "store.hub_unreachable",
    "Cannot reach the LAN hub database: {detail}",
    "无法连接局域网中心数据库：{detail}",
)
WRITE_LOCKED = message(
    "storage.locked",
    "The station database is busy (another FairDesk window or program is writing to it). "
    "Nothing was saved yet.",
    "本站数据库正忙（另一个 FairDesk 窗口或程序正在写入）。尚未保存任何内容。",
)
WRITE_READONLY = message(
    "storage.readonly",
    "The station database is read-only; nothing was saved.",
    "本站数据库为只读；没有保存任何内容。",
)
WRITE_FULL = message(
    "storage.full", "The disk is full; nothing was saved.", "磁盘已满；没有保存任何内容。"
)
WRITE_DAMAGED = message(
    "storage.damaged_on_write",
    "The station database is damaged ({detail}).",
    "本站数据库已损坏（{detail}）。",
)
WRITE_IO = message(
    "storage.io",
    "The station database could not be written ({detail}).",
    "本站数据库无法写入（{detail}）。",
)


def _sqlite_pragmas(
    dbapi_conn: Any, _record: Any, busy_ms: int = BUSY_TIMEOUT_MS, autocheckpoint: bool = True
) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's begin event issues BEGIN itself
    # Text another program stored as invalid UTF-8 reads with U+FFFD, never as a traceback.
    dbapi_conn.text_factory = _LENIENT_TEXT
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    if not autocheckpoint:  # a `WalCheckpointer` does it, off the thread that commits
        cur.execute("PRAGMA wal_autocheckpoint=0")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get(_IMMEDIATE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


SQLITE_MIN_SIZE = 512  # the smallest page: no database file is shorter
_NO_HEADER = message("store.no_header", "no SQLite header", "缺少 SQLite 文件头")


def _check_size(path: Path) -> None:
    """SQLite itself takes a file shorter than its header (a stray newline) for an empty database
    and would write over it; a longer one it reads and refuses itself. The file is not opened
    here: closing any handle of it would drop the locks this process's other connections hold
    on it (POSIX), and another process would then delete a log they still use."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseError(CANNOT_OPEN(path=path, detail=exc)) from exc
    if 0 < size < SQLITE_MIN_SIZE:
        raise DatabaseError(NOT_A_DATABASE(path=path, detail=_NO_HEADER()))


def check_file(path: Path) -> int:
    """Read-only health check of an existing file; returns its schema version.

    Raises DatabaseError (and writes nothing) when the file is not a database, fails
    `quick_check`, or was written by a newer FairDesk.
    """
    uri = f"file:{quote(path.resolve().as_posix())}?mode=ro"
    _check_size(path)
    try:
        con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseError(CANNOT_OPEN(path=path, detail=exc)) from exc
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
        tables = int(con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    except sqlite3.OperationalError as exc:  # locked, unreadable folder, …: not damage
        raise DatabaseError(CANNOT_READ(path=path, detail=exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(NOT_A_DATABASE(path=path, detail=exc)) from exc
    finally:
        con.close()
    if [r[0] for r in rows] != ["ok"]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise DatabaseError(DAMAGED_FILE(path=path, detail=detail))
    if version == 0 and tables:
        raise DatabaseError(FOREIGN_DATABASE(path=path))
    if version > SCHEMA_VERSION:
        raise DatabaseError(NEWER_SCHEMA(path=path, version=version, known=SCHEMA_VERSION))
    return version


def sqlite_engine(
    path: Path, *, busy_ms: int = BUSY_TIMEOUT_MS, autocheckpoint: bool = True
) -> Engine:
    """An engine for `path` with the station PRAGMAs, without checking or migrating.

    `busy_ms`: how long a write waits for another writer's lock before it fails (a storage
    problem the desk holds and retries; the GUI keeps it short so a scan never freezes the
    screen for long while an import elsewhere holds the file). `autocheckpoint=False`: no
    commit of this engine checkpoints the log (`WalCheckpointer` must).
    """
    url = URL.create("sqlite", database=str(path))  # "?" or "#" in a path stays in the name
    engine = create_engine(url, connect_args={"timeout": busy_ms / 1000})
    pragmas = functools.partial(_sqlite_pragmas, busy_ms=busy_ms, autocheckpoint=autocheckpoint)
    event.listen(engine, "connect", pragmas)
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
    checkpoints: str = "inline",
) -> Engine:
    """Open (creating if absent) a station database, checked and migrated to the current schema.

    `integrity`: "now" runs the full `integrity_check` before returning (the command line),
    "background" runs it on a thread and blocks writes if it fails (the GUI's cold start), "off"
    skips it. A file that exists but is empty, text or another program's is refused untouched.
    `checkpoints`: "inline" lets commits checkpoint the log (SQLite's default), "background"
    leaves it to a `WalCheckpointer` thread (the GUI: no scan waits for a checkpoint).
    """
    path = Path(path)
    target = backup_dir or path.parent / "backups"
    existed = path.exists()
    if existed and path.is_file() and path.stat().st_size == 0:
        raise DatabaseError(EMPTY_FILE(path=path))
    version = check_file(path) if existed else 0
    if not existed:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(CANNOT_CREATE(path=path, detail=exc)) from exc
    if existed and 0 < version < SCHEMA_VERSION:
        saved = backup_file(path, target, label=f"before-v{SCHEMA_VERSION}")
        logger.info("backed up %s to %s before migrating", path, saved)
    engine = sqlite_engine(path, busy_ms=busy_ms, autocheckpoint=checkpoints != "background")
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
            raise DatabaseError(found.text)
    elif integrity == "background" and existed:
        guard.start_integrity_check()
    else:
        guard.integrity_done.set()
    if checkpoints == "background":
        guard.checkpointer = WalCheckpointer(path).start()
    return engine


def close_database(engine: Engine) -> None:
    """Stop what `open_database` started beside the engine (its checkpoint thread), then close
    its connections; the last one to close checkpoints the log."""
    guard = guard_of(engine)
    if guard is not None and guard.checkpointer is not None:
        guard.checkpointer.stop()
    engine.dispose()


def open_url(url: str, *, schema: str | None = None) -> Engine:
    """An engine for a server database (the venue LAN hub), tables created if missing.

    `schema` (PostgreSQL) keeps one fair's tables apart from others on a shared server.
    """
    args: dict[str, Any] = {}
    if schema:
        if not schema.isidentifier():
            raise DatabaseError(BAD_SCHEMA_NAME(name=schema))
        args["options"] = f"-csearch_path={schema}"
    engine = create_engine(url, pool_pre_ping=True, connect_args=args)
    try:
        with engine.begin() as conn:
            if schema:
                conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            SQLModel.metadata.create_all(conn)
    except OperationalError as exc:
        raise DatabaseError(HUB_UNREACHABLE(detail=exc.orig)) from exc
    return engine


def storage_error(exc: BaseException) -> StorageError:
    """A failed write said plainly (locked, read-only, disk full, I/O, damage), by its kind."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return StorageError("locked", WRITE_LOCKED())
    if "readonly" in text or "read-only" in text:
        return StorageError("readonly", WRITE_READONLY())
    if "full" in text:
        return StorageError("full", WRITE_FULL())
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StorageError("damaged", WRITE_DAMAGED(detail=text))
    return StorageError("io", WRITE_IO(detail=text))


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
