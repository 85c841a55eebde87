"""Frames between pdpa-guard's own processes: a 4-byte big-endian length, then a pickle.

Used on private pipes between a parent and the child it started (the proxy's detection worker,
the store's writer process), never on a socket or a file: unpickling is safe only from a peer
that is this same program.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
from typing import Any, BinaryIO

HEADER = struct.Struct("!I")


def frame(message: Any) -> bytes:
    """``message`` as one frame."""
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(payload)) + payload


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            return None  # the peer closed the pipe
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: BinaryIO) -> Any:
    """The next message on a blocking stream, or None at its end (also mid-frame)."""
    header = _read_exactly(stream, HEADER.size)
    if header is None:
        return None
    payload = _read_exactly(stream, HEADER.unpack(header)[0])
    return None if payload is None else pickle.loads(payload)  # our own peer, over a private pipe


def decode_payload(payload: bytes) -> Any:
    """A frame's payload (for asyncio readers, which read the header and the payload themselves)."""
    return pickle.loads(payload)  # our own peer, over a private pipe


def child_pipes() -> tuple[BinaryIO, BinaryIO]:
    """A child's ends of the protocol: its stdin and stdout, unbuffered. Its file descriptor 1 and
    ``sys.stdout`` then point at stderr, so that anything printed by accident never enters the
    protocol."""
    requests = os.fdopen(os.dup(0), "rb", buffering=0)
    answers = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return requests, answers
