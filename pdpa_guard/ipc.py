"""Frames between pdpa-guard's own processes: a 4-byte big-endian length, then a pickle.

Used on private pipes between a parent and the child it started (the proxy's detection worker,
the store's writer process), never on a socket or a file: unpickling is safe only from a peer
that is this same program.
"""

from __future__ import annotations

import pickle
import struct
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
