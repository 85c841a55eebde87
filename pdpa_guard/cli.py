"""The ``pdpa-guard`` command line (typer + rich).

Each command is a thin shell over the library: parse options, call the shared pipeline, print.
Exit codes follow DESIGN.md: 0 clean, 1 a policy violation, 2 a usage or input error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pdpa_guard import __version__

app = typer.Typer(
    name="pdpa-guard",
    help="Find, control and audit Thai personal data (PDPA) in traffic to LLM APIs.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
out = Console()
err = Console(stderr=True)

EXIT_OK, EXIT_VIOLATION, EXIT_USAGE = 0, 1, 2


def _version(value: bool) -> None:
    if value:
        out.print(f"pdpa-guard {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """pdpa-guard: a mitmproxy addon, a log scanner, a findings store and a monthly audit report."""


def _read_input(source: str) -> str:
    """Text of FILE, or of standard input for ``-``; a clear error (exit 2) otherwise."""
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        err.print(f"[red]error:[/] no such file: {path}")
    except IsADirectoryError:
        err.print(
            f"[red]error:[/] {path} is a directory; `detect` reads one file (use `scan` for directories)"
        )
    except UnicodeDecodeError as exc:
        err.print(f"[red]error:[/] {path} is not UTF-8 text (byte {exc.start}); `detect` reads text")
    except OSError as exc:
        err.print(f"[red]error:[/] cannot read {path}: {exc.strerror}")
    raise typer.Exit(EXIT_USAGE)


@app.command()
def detect(
    source: Annotated[
        str, typer.Argument(metavar="[FILE|-]", help="Text file to analyse; - reads standard input.")
    ] = "-",
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl",
            help='Read one JSON object {"text": ...} per line and write one line '
            '{"entities": [{"entity_type", "start", "end", "score"}]} per input line.',
        ),
    ] = False,
) -> None:
    """Find Thai personal data and PDPA s.26 sensitive data in text.

    Without --jsonl, prints a table of findings with masked previews (never the values).
    Offsets are Python string indices into the text.
    """
    from pdpa_guard.detect import get_engine

    if jsonl:
        raise typer.Exit(_detect_jsonl(source))
    text = _read_input(source)
    engine = get_engine()
    findings = engine.analyze(text)
    _print_findings_table(text, findings)


def _detect_jsonl(source: str) -> int:
    """The JSONL contract of DESIGN.md: exactly one output line per input line, in order.

    A line that is not a JSON object with a string ``text`` still gets its output line (no
    entities, plus an ``error``), so that output line N always answers input line N.
    """
    from pdpa_guard.detect import get_engine

    engine = get_engine()
    stream = sys.stdin if source == "-" else None
    if stream is None:
        try:
            stream = open(source, encoding="utf-8", errors="replace")  # noqa: SIM115 - closed below
        except OSError as exc:
            err.print(f"[red]error:[/] cannot read {source}: {exc.strerror}")
            return EXIT_USAGE
    bad_lines = 0
    try:
        for number, line in enumerate(stream, start=1):
            record: dict[str, object]
            try:
                payload = json.loads(line)
                text = payload.get("text") if isinstance(payload, dict) else None
                if not isinstance(text, str):
                    raise ValueError('expected an object with a string "text"')
                record = {"entities": [f.to_dict() for f in engine.analyze(text)]}
            except ValueError as exc:
                bad_lines += 1
                reason = "not valid JSON" if isinstance(exc, json.JSONDecodeError) else str(exc)
                record = {"entities": [], "error": f"line {number}: {reason}"}
                err.print(f"[yellow]warning:[/] line {number}: {reason}")
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if stream is not sys.stdin:
            stream.close()
    sys.stdout.flush()
    return EXIT_USAGE if bad_lines else EXIT_OK


def _print_findings_table(text: str, findings: list) -> None:
    from pdpa_guard.detect.masking import mask

    if not findings:
        out.print("No personal data found.")
        return
    table = Table(title=f"{len(findings)} finding(s)", show_lines=False)
    for column in ("entity", "category", "s.26", "span", "score", "preview"):
        table.add_column(column)
    for f in findings:
        s = f.spec
        table.add_row(
            f.entity_type,
            s.category.value,
            "yes" if s.is_sensitive else "",
            f"{f.start}-{f.end}",
            f"{f.score:.2f}",
            mask(f.entity_type, text[f.start : f.end]),
        )
    out.print(table)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
