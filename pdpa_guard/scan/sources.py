"""Open log files whatever their compression, and tell their format from their content.

File extensions lie (``.log`` holding JSONL, ``.txt`` holding HAR, rotated ``.1`` files), so the
format is sniffed from the first bytes after decompression; the extension only breaks ties.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import zstandard

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
SNIFF_BYTES = 64 * 1024

HAR, FLOWS, JSONL, TEXT = "har", "flows", "jsonl", "text"


def compression_of(path: Path) -> str | None:
    """``"gzip"``, ``"zstd"`` or None, from the file's magic bytes."""
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(ZSTD_MAGIC):
        return "zstd"
    return None


def open_log(path: Path) -> BinaryIO:
    """A binary stream of the file's decompressed content (streaming: never read whole)."""
    kind = compression_of(path)
    if kind == "gzip":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if kind == "zstd":
        raw = path.open("rb")
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))  # type: ignore[arg-type]
    return path.open("rb")


def sniff_format(head: bytes, name: str = "") -> str:
    """The reader for a file starting with ``head`` (decompressed bytes)."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if _is_tnetstring(stripped):
        return FLOWS
    if stripped.startswith(b"{"):
        first_line = stripped.split(b"\n", 1)[0]
        if b'"log"' in stripped[:4096] and b'"entries"' in stripped and not _is_complete_json_line(first_line):
            return HAR
        if b'"log"' in first_line[:200] and b'"entries"' in first_line:
            return HAR  # a HAR written on one line
        return JSONL
    lowered = name.lower()
    if lowered.endswith((".har", ".har.gz", ".har.zst")):
        return HAR
    if lowered.endswith((".jsonl", ".ndjson")):
        return JSONL
    return TEXT


def _is_tnetstring(head: bytes) -> bool:
    """mitmproxy flow dumps are tnetstrings: ``<length>:<payload><type-char>``, first a dict (``}``)."""
    digits = 0
    while digits < len(head) and digits < 12 and head[digits : digits + 1].isdigit():
        digits += 1
    return 0 < digits < 12 and head[digits : digits + 1] == b":"


def _is_complete_json_line(line: bytes) -> bool:
    import json

    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def sniff_file(path: Path) -> str:
    """Sniff ``path``'s format, decompressing as needed."""
    with open_log(path) as handle:
        head = handle.read(SNIFF_BYTES)
    name = path.name
    for suffix in (".gz", ".zst"):
        name = name.removesuffix(suffix)
    return sniff_format(head, name)


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Every regular file under ``paths`` (directories recursively, sorted, hidden files skipped)."""
    for root in paths:
        if root.is_dir():
            for child in sorted(root.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(root).parts):
                    yield child
        elif root.is_file():
            yield root
