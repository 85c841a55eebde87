"""The engine works with the network cut off, and a process builds it only once."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from pdpa_guard.detect import DetectionEngine, get_engine


def test_detection_runs_with_sockets_disabled() -> None:
    # A fresh interpreter, so that the engine is built (every lexicon and model loaded) while any
    # attempt to open a socket raises.
    code = textwrap.dedent(
        """
        import socket
        def refuse(*args, **kwargs):
            raise RuntimeError("network access attempted")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from pdpa_guard.detect import detect
        from pathlib import Path
        found = detect(Path("examples/prompt.txt").read_text(encoding="utf-8"))
        assert any(f.entity_type == "TH_NATIONAL_ID" for f in found), found
        print("ok", len(found))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_engine_is_built_once_per_process() -> None:
    first = get_engine()
    builds = DetectionEngine.builds
    assert get_engine() is first
    assert DetectionEngine.builds == builds
