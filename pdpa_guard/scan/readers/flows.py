"""mitmproxy flow dumps (``mitmdump -w``, ``mitmproxy`` save), read with mitmproxy's own ``io``.

Using mitmproxy's reader keeps pace with its format versions; ``get_content(strict=False)``
undoes Content-Encoding (gzip, br, zstd) the way mitmproxy itself does.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from mitmproxy import http
from mitmproxy.exceptions import FlowReadException
from mitmproxy.io import FlowReader

from pdpa_guard.scan.record import LogRecord, ReadError
from pdpa_guard.scan.sources import open_log


def read(
    path: Path, start_offset: int = 0, stop_offset: int | None = None, app_header: str = "x-pdpa-app"
) -> Iterator[LogRecord | ReadError]:
    """Yield a LogRecord per HTTP flow whose request has a body."""
    index = 0
    with open_log(path) as handle:
        reader = FlowReader(handle)
        try:
            for index, flow in enumerate(reader.stream()):
                if not isinstance(flow, http.HTTPFlow):
                    continue
                request = flow.request
                content = request.get_content(strict=False)
                if not content:
                    continue
                peer = flow.server_conn.peername if flow.server_conn else None
                yield LogRecord(
                    source_ref=f"{path}:flow {index}",
                    host=request.pretty_host,
                    port=request.port,
                    path=request.path,
                    method=request.method,
                    body=content,
                    timestamp=datetime.fromtimestamp(request.timestamp_start, UTC),
                    ip=peer[0] if peer else None,
                    app=request.headers.get(app_header),
                    content_type=request.headers.get("content-type"),
                )
        except FlowReadException as exc:
            yield ReadError(f"{path}:flow {index + 1}", f"corrupt or truncated flow dump ({type(exc).__name__})")
        except (ValueError, KeyError, TypeError) as exc:
            yield ReadError(f"{path}:flow {index + 1}", f"unreadable flow ({type(exc).__name__})")
