"""Loopback test peers for the proxy: fake LLM APIs (HTTP and HTTPS) and a running proxy.

The fake API answers like OpenAI (``/v1/chat/completions``) or Anthropic (``/v1/messages``) by
echoing the last user message, streamed when asked, and keeps every body it received so that a
test can see exactly what left through the proxy.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeLLM:
    """An echoing LLM API on 127.0.0.1; ``received`` holds the JSON bodies it was sent."""

    def __init__(self, tls_dir: Path | None = None) -> None:
        self.received: list[Any] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go in separate writes: no 40 ms delayed-ACK stall

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = raw.decode("utf-8", errors="replace")
                owner.received.append(body)
                if not isinstance(body, dict):
                    return self._json({"choices": [{"index": 0, "message": {"role": "assistant", "content": "not json"}}]})
                text = _last_user_text(body)
                model = body.get("model", "")
                if self.path.endswith("/messages"):
                    return self._anthropic(text, model, bool(body.get("stream")))
                return self._openai(text, model, bool(body.get("stream")))

            def _json(self, payload: Any, status: int = 200) -> None:
                data = json.dumps(payload, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _sse(self, events: list[tuple[str | None, Any]]) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("transfer-encoding", "chunked")
                self.end_headers()
                for name, data in events:
                    head = f"event: {name}\n" if name else ""
                    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
                    self._chunk(f"{head}data: {payload}\n\n".encode())
                self._chunk(b"")

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def _openai(self, text: str, model: str, stream: bool) -> None:
                answer = f"[{model}] echo: {text}"
                if not stream:
                    return self._json({"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": model,
                                       "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
                                       "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
                events: list[tuple[str | None, Any]] = []
                for i in range(0, len(answer), 4):  # 4-character chunks split every placeholder
                    events.append((None, {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": model,
                                          "choices": [{"index": 0, "delta": {"content": answer[i : i + 4]}, "finish_reason": None}]}))
                events.append((None, {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": model,
                                      "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}))
                events.append((None, "[DONE]"))
                self._sse(events)

            def _anthropic(self, text: str, model: str, stream: bool) -> None:
                answer = f"echo: {text}"
                message = {"id": "msg_1", "type": "message", "role": "assistant", "model": model, "stop_reason": "end_turn",
                           "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1}}
                if not stream:
                    return self._json({**message, "content": [{"type": "text", "text": answer}]})
                events: list[tuple[str | None, Any]] = [
                    ("message_start", {"type": "message_start", "message": {**message, "content": [], "stop_reason": None}}),
                    ("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
                ]
                for i in range(0, len(answer), 5):
                    events.append(("content_block_delta", {"type": "content_block_delta", "index": 0,
                                                           "delta": {"type": "text_delta", "text": answer[i : i + 5]}}))
                events += [
                    ("content_block_stop", {"type": "content_block_stop", "index": 0}),
                    ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                                       "usage": {"output_tokens": 1}}),
                    ("message_stop", {"type": "message_stop"}),
                ]
                self._sse(events)

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.scheme = "http"
        if tls_dir is not None:
            cert, key = self_signed_cert(tls_dir)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
            self.scheme = "https"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _last_user_text(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages") or []):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def self_signed_cert(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (the upstream's; the proxy is told not to verify it)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-llm.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "upstream.pem", directory / "upstream.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return cert_path, key_path


class ListeningProcess:
    """A child process serving on a loopback port: started, awaited until it listens, stopped."""

    def __init__(self, args: list[str], log_path: Path, port: int, env: dict[str, str] | None = None,
                 timeout: float = 60) -> None:
        self.port = port
        self.log_path = log_path
        self.log = log_path.open("w")
        self.process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{Path(args[0]).name} exited early: {log_path.read_text()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"nothing listened on port {self.port} within {timeout:g} s")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


class RunningProxy(ListeningProcess):
    """``pdpa-guard proxy`` in a subprocess on a free loopback port."""

    def __init__(self, rules: Path, db_url: str, confdir: Path, home: Path, extra: list[str] | None = None) -> None:
        port = free_port()
        self.confdir = confdir
        env = {**os.environ, "PDPA_GUARD_HOME": str(home)}
        args = [sys.executable, "-m", "pdpa_guard.cli", "proxy", "--listen-port", str(port), "--rules", str(rules),
                "--db", db_url, "--confdir", str(confdir), "--set", "ssl_insecure=true", *(extra or [])]
        super().__init__(args, home / "proxy.log", port, env)

    @property
    def ca(self) -> Path:
        return self.confdir / "mitmproxy-ca-cert.pem"
