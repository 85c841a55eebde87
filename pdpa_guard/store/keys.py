"""The per-installation HMAC secret behind the keyed hashes in the findings store.

Findings carry ``HMAC-SHA256(secret, normalised value)`` so that legal can count distinct data
subjects without anyone seeing them. The secret must never sit in the database: a copy of the
database (a backup, a file mailed to an auditor) would otherwise let its holder confirm guesses
("is 1-1017-00230-70-8 in there?") by hashing candidates. It lives in a file of its own:

* ``$PDPA_GUARD_HMAC_KEY`` (the secret itself), for containers and for several proxy replicas
  that share one PostgreSQL store and must therefore share one secret;
* else ``$PDPA_GUARD_HOME/hmac.key``;
* else ``$XDG_CONFIG_HOME/pdpa-guard/hmac.key`` (``~/.config/pdpa-guard/hmac.key``).

The file is created on first use with mode 0600. Losing it does not lose any finding, but hashes
made with a new secret no longer match old ones; :func:`key_id` is stored with every exchange so a
report can tell which hashes are comparable.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import stat
import threading
from pathlib import Path

log = logging.getLogger("pdpa_guard.store")

ENV_KEY = "PDPA_GUARD_HMAC_KEY"
ENV_HOME = "PDPA_GUARD_HOME"
_MIN_ENV_KEY_CHARS = 16
_lock = threading.Lock()
_cache: dict[str, bytes] = {}


class HmacKeyError(RuntimeError):
    """The HMAC secret cannot be read or created (the message says where and how to fix it)."""


def key_path() -> Path:
    """Where the secret file lives when ``$PDPA_GUARD_HMAC_KEY`` is not set."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser() / "hmac.key"
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config).expanduser() / "pdpa-guard" / "hmac.key"


def load_key() -> bytes:
    """The installation's HMAC secret, created on first use (cached per process and location)."""
    env = os.environ.get(ENV_KEY)
    if env is not None:
        env = env.strip()
        if len(env) < _MIN_ENV_KEY_CHARS:
            raise HmacKeyError(
                f"{ENV_KEY} is too short ({len(env)} characters, need {_MIN_ENV_KEY_CHARS}+); "
                'generate one with: python -c "import secrets; print(secrets.token_hex(32))"'
            )
        return env.encode("utf-8")
    path = key_path()
    cache_key = str(path)
    with _lock:
        if cache_key not in _cache:
            _cache[cache_key] = _read_or_create(path)
        return _cache[cache_key]


def key_id(key: bytes) -> str:
    """A short public fingerprint of ``key``: equal ids mean comparable hashes. Reveals nothing."""
    return hmac.new(key, b"pdpa-guard key id", hashlib.sha256).hexdigest()[:12]


def _read_or_create(path: Path) -> bytes:
    try:
        return _read(path)
    except FileNotFoundError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Write a private temp file, then hard-link it into place: the link fails if another
        # process won the race, and nobody ever reads a half-written key.
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, (secrets.token_hex(32) + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)
            log.info("created a new HMAC secret for keyed hashes at %s", path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
        return _read(path)
    except OSError as exc:
        raise HmacKeyError(
            f"cannot create the HMAC secret at {path} ({exc.strerror}); set {ENV_HOME} to a writable "
            f"directory or {ENV_KEY} to a secret"
        ) from None


def _read(path: Path) -> bytes:
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("HMAC secret %s is readable by other users; run: chmod 600 %s", path, path)
    data = path.read_bytes().strip()
    if len(data) < _MIN_ENV_KEY_CHARS:
        raise HmacKeyError(f"HMAC secret {path} is empty or truncated; restore it from backup or delete it")
    return data
