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


# --------------------------------------------------------------------------- db

db_app = typer.Typer(
    help="The findings store: schema migrations, retention, counts.", no_args_is_help=True
)
app.add_typer(db_app, name="db")
DbUrl = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLAlchemy URL or SQLite file (default: $PDPA_GUARD_DB, else "
        "$PDPA_GUARD_HOME/findings.db or ./.pdpa-guard/findings.db).",
        show_default=False,
    ),
]


def _open_store(db: str | None):  # -> pdpa_guard.store.Store (imported lazily: keeps `detect` fast)
    from pdpa_guard.store import Store

    try:
        return Store(db)
    except Exception as exc:  # a malformed URL, a missing driver, an unwritable directory
        err.print(f"[red]error:[/] cannot open the findings store: {type(exc).__name__}: {exc}")
        raise typer.Exit(EXIT_USAGE) from None


def _store_failed(store, exc: Exception) -> typer.Exit:
    from sqlalchemy.exc import DBAPIError

    from pdpa_guard.store.writer import describe_error

    # Driver errors may quote row content in their details: print only their first line.
    reason = describe_error(exc) if isinstance(exc, DBAPIError) else f"{type(exc).__name__}: {exc}"
    err.print(f"[red]error:[/] findings store {store.display_url}: {reason}")
    return typer.Exit(EXIT_USAGE)


@db_app.command("upgrade")
def db_upgrade(db: DbUrl = None) -> None:
    """Create or migrate the findings store schema to the current version.

    Stores also upgrade themselves on first use; run this to do it at deploy time.
    """
    store = _open_store(db)
    try:
        before, after = store.upgrade()
    except Exception as exc:
        raise _store_failed(store, exc) from None
    finally:
        store.close()
    if before == after:
        out.print(f"{store.display_url}: schema already at revision {after}")
    else:
        out.print(f"{store.display_url}: schema upgraded from {before or 'empty'} to {after}")


@db_app.command("prune")
def db_prune(
    older_than: Annotated[
        str,
        typer.Option(
            "--older-than",
            help="Delete exchanges (and their findings) older than this age: Nd, Nw, Nm (30 days) "
            "or Ny (365 days), e.g. 400d.",
        ),
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only count what would be deleted.")] = False,
    db: DbUrl = None,
) -> None:
    """Apply the retention period: delete old exchanges and their findings."""
    from pdpa_guard.store import parse_age

    try:
        age = parse_age(older_than)
    except ValueError as exc:
        err.print(f"[red]error:[/] --older-than: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    store = _open_store(db)
    try:
        n = store.count_older(age) if dry_run else store.prune(age)
    except Exception as exc:
        raise _store_failed(store, exc) from None
    finally:
        store.close()
    verb = "would delete" if dry_run else "deleted"
    out.print(f"{store.display_url}: {verb} {n} exchange(s) older than {age.days} days")


@db_app.command("stats")
def db_stats(db: DbUrl = None) -> None:
    """Counts: exchanges, findings, distinct values (keyed hashes), scanned files, spooled records."""
    from pdpa_guard.store.engine import spool_dir, spool_name
    from pdpa_guard.store.writer import Spool

    store = _open_store(db)
    try:
        s = store.stats()
    except Exception as exc:
        raise _store_failed(store, exc) from None
    finally:
        store.close()
    spooled = Spool(spool_dir() / spool_name(store.url)).pending_count()
    table = Table(title=f"findings store {s.url}", show_header=False)
    for name, value in (
        ("schema revision", s.revision or "-"),
        ("exchanges", s.exchanges),
        ("findings", s.findings),
        ("distinct values (keyed hashes)", s.distinct_values),
        ("scanned files", s.scans),
        ("first exchange (UTC)", s.first.isoformat(timespec="seconds") if s.first else "-"),
        ("last exchange (UTC)", s.last.isoformat(timespec="seconds") if s.last else "-"),
        ("records waiting in the spool", spooled),
    ):
        table.add_row(name, str(value))
    out.print(table)


# --------------------------------------------------------------------------- rules

rules_app = typer.Typer(help="The rules: destinations.yaml and policy.yaml.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command("check")
def rules_check(
    directory: Annotated[
        Path | None,
        typer.Argument(
            metavar="[DIR]",
            help="Rules directory (default: ./rules if it exists, else the shipped defaults).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Validate destinations.yaml and policy.yaml; print every error as file:line: message — fix.

    Exit 0 when valid, 2 when not (the proxy and the scanner refuse to start on the same errors).
    """
    from pdpa_guard.rules import run_check

    raise typer.Exit(run_check(directory, out, err))


# --------------------------------------------------------------------------- scan


def _require_valid_rules(rules: Path | None, consequence: str) -> None:
    """Refuse to start on invalid rules, printing every error as ``rules check`` does (exit 2)."""
    from pdpa_guard.rules import RulesInvalid, load_rules, print_errors

    try:
        load_rules(rules)
    except RulesInvalid as exc:
        print_errors(exc.errors, err)
        err.print(f"[red]error:[/] the rules are invalid: {consequence}")
        raise typer.Exit(EXIT_USAGE) from None


@app.command()
def scan(
    paths: Annotated[list[Path], typer.Argument(help="Log files or directories (recursive); plain, .gz or .zst.")],
    db: DbUrl = None,
    rules: Annotated[Path | None, typer.Option("--rules", help="Rules directory (default: ./rules, else the shipped defaults).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print exactly one JSON object (the summary) on stdout.")] = False,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Worker processes (default: all cores).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only records at or after this date (YYYY-MM-DD or ISO 8601).")] = None,
    fail_on: Annotated[str, typer.Option("--fail-on", help="violation: exit 1 when a record breaks policy; never: exit 0 anyway.")] = "violation",
    destination: Annotated[str | None, typer.Option("--destination", help="Host to assume for records that name none (plain text logs).")] = None,
    full: Annotated[bool, typer.Option("--full", help="Read every file from the start, even if already scanned (nothing is stored twice).")] = False,
) -> None:
    """Scan logs of LLM API traffic (HAR, mitmproxy flow dumps, JSONL request logs, text) for personal data.

    Each record is checked against the rules as if it went through the proxy; what the proxy
    would have done is stored (would_pseudonymise, would_block, ...). Files already scanned are
    skipped, appended logs are scanned from where they ended.

    Exit codes: 0 clean; 1 a record breaks policy (with --fail-on violation); 2 usage errors,
    invalid rules, or unreadable input (named in the output; the rest is still scanned).
    """
    import time

    from pdpa_guard.scan.output import RichProgress, print_summary
    from pdpa_guard.scan.readers.timestamps import parse_timestamp
    from pdpa_guard.scan.runner import default_workers
    from pdpa_guard.scan.scanner import scan_paths

    if fail_on not in {"violation", "never"}:
        err.print(f"[red]error:[/] --fail-on takes 'violation' or 'never', not {fail_on!r}")
        raise typer.Exit(EXIT_USAGE)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        err.print(f"[red]error:[/] no such file or directory: {', '.join(missing)}")
        raise typer.Exit(EXIT_USAGE)
    since_time = parse_timestamp(since) if since else None
    if since and since_time is None:
        err.print(f"[red]error:[/] --since {since!r} is not a date (use YYYY-MM-DD or ISO 8601)")
        raise typer.Exit(EXIT_USAGE)
    _require_valid_rules(rules, "nothing was scanned")

    from pdpa_guard.store import BackgroundWriter

    store = _open_store(db)
    writer = BackgroundWriter(store)
    warned = False

    def previous_state(path: str):
        nonlocal warned
        if full:
            return None
        try:
            return store.get_scan(path)
        except Exception as exc:  # the database is down: scan everything, the spool keeps the records
            if not warned:
                err.print(f"[yellow]warning:[/] findings store unavailable ({type(exc).__name__}); "
                          "scanning every file, records are spooled and written when it is back")
                warned = True
            return None

    started = time.monotonic()
    progress = RichProgress(err) if not as_json else RichProgress(Console(stderr=True, quiet=True))
    try:
        summary = scan_paths(
            paths, submit=writer.submit, previous_state=previous_state, rules_dir=str(rules) if rules else None,
            destination=destination, since=since_time, workers=workers or default_workers(), progress=progress,
            drain=writer.flush,
        )
    finally:
        writer.close()
    stats = writer.stats()
    summary.stored = store.display_url + (f" ({stats['spooled']} record(s) spooled: store unavailable)" if stats.get("spooled") else "")
    if as_json:
        sys.stdout.write(json.dumps(summary.to_json(), ensure_ascii=False) + "\n")
    else:
        print_summary(summary, out, time.monotonic() - started)
    if summary.violations and fail_on == "violation":
        raise typer.Exit(EXIT_VIOLATION)
    if summary.errors:
        raise typer.Exit(EXIT_USAGE)


# --------------------------------------------------------------------------- proxy


@app.command()
def proxy(
    listen_host: Annotated[str, typer.Option("--listen-host", help="Address to listen on.")] = "127.0.0.1",
    listen_port: Annotated[int, typer.Option("--listen-port", help="Port to listen on.")] = 8080,
    rules: Annotated[Path | None, typer.Option("--rules", help="Rules directory (default: ./rules, else the shipped defaults).")] = None,
    db: DbUrl = None,
    mode: Annotated[str, typer.Option("--mode", help="mitmproxy mode: regular (HTTPS_PROXY), transparent, reverse:URL, upstream:URL, ...")] = "regular",
    sets: Annotated[list[str] | None, typer.Option("--set", help="Any other mitmproxy or pdpa_* option, as option=value (repeatable).")] = None,
    confdir: Annotated[Path | None, typer.Option("--confdir", help="mitmproxy configuration directory (its CA) (default: ~/.mitmproxy).")] = None,
) -> None:
    """Run the egress proxy that enforces the rules on live LLM API traffic.

    Point applications at it with HTTPS_PROXY=http://HOST:PORT (regular mode), or run it in
    transparent or reverse mode in front of an internal gateway.

    HTTPS: the proxy terminates TLS with its own CA, created on first start in the confdir
    (~/.mitmproxy/mitmproxy-ca-cert.pem by default). Applications must trust that certificate:
    e.g. SSL_CERT_FILE / REQUESTS_CA_BUNDLE for Python, NODE_EXTRA_CA_CERTS for Node.js, or the
    system store (update-ca-certificates). Keep the confdir private: its key can impersonate any site.

    pdpa_* options (use --set): pdpa_fail_mode=auto|closed|open, pdpa_max_body=BYTES,
    pdpa_app_header=NAME, pdpa_record=false, pdpa_surrogates=true (fake values of the same shape
    instead of placeholders such as <PERSON_1>; restored in the answer all the same),
    pdpa_detect_worker=false (analyse on the event loop only; by default a worker process analyses
    on another core while other flows are in flight), pdpa_store_process=false (write the findings
    store from the proxy process itself).
    """
    from pdpa_guard.proxy.launch import exceptions, run_proxy
    _require_valid_rules(rules, "the proxy did not start")
    err.print(f"pdpa-guard proxy listening on {listen_host}:{listen_port} (mode {mode}); Ctrl-C stops it")
    try:
        run_proxy(listen_host, listen_port, mode, str(rules) if rules else None, db, sets or [], str(confdir) if confdir else None)
    except exceptions.OptionsError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        pass


# --------------------------------------------------------------------------- report, routes

Month = Annotated[
    str | None,
    typer.Option("--month", help="YYYY-MM (default: the last full month, Bangkok time).", show_default=False),
]
RulesDir = Annotated[
    Path | None,
    typer.Option("--rules", help="Rules directory (default: ./rules, else the shipped defaults).", show_default=False),
]


def _period(month: str | None):  # -> pdpa_guard.report.Period
    from pdpa_guard.report.period import Period

    try:
        return Period.parse(month) if month else Period.last_full_month()
    except ValueError as exc:
        err.print(f"[red]error:[/] --month: {exc}")
        raise typer.Exit(EXIT_USAGE) from None


@app.command()
def report(
    month: Month = None,
    db: DbUrl = None,
    out: Annotated[Path, typer.Option("--out", help="Directory to write pdpa-audit-YYYY-MM.html to.")] = Path("reports"),
    lang: Annotated[str, typer.Option("--lang", help="th, en or both (Thai first, English beneath).")] = "both",
    pdf: Annotated[bool, typer.Option("--pdf", help="Also print it to PDF with headless Chromium.")] = False,
    rules: RulesDir = None,
) -> None:
    """Write the monthly PDPA audit report for legal: one self-contained HTML file; print its path.

    Summary, cross-border transfer register (s.28/29), s.26 data, applications, items for a
    s.37(4) breach assessment with their 72-hour clock, charts, routing recommendations with
    costs, and the method and integrity record. Counts and masked previews only.
    """
    from pdpa_guard.report import generate_report
    from pdpa_guard.report.labels import LANGS
    from pdpa_guard.report.pdf import ChromiumError, html_to_pdf
    from pdpa_guard.rules import RulesInvalid, print_errors

    if lang not in LANGS:
        err.print(f"[red]error:[/] --lang takes {', '.join(LANGS)}, not {lang!r}")
        raise typer.Exit(EXIT_USAGE)
    period = _period(month)
    store = _open_store(db)
    try:
        path = generate_report(store, period, out_dir=out, lang=lang, rules_dir=rules)
    except RulesInvalid as exc:  # prices.yaml
        print_errors(exc.errors, err)
        raise typer.Exit(EXIT_USAGE) from None
    except Exception as exc:
        raise _store_failed(store, exc) from None
    finally:
        store.close()
    sys.stdout.write(f"{path}\n")
    if pdf:
        try:
            html_to_pdf(path, path.with_suffix(".pdf"))
            sys.stdout.write(f"{path.with_suffix('.pdf')}\n")
        except ChromiumError as exc:
            err.print(f"[red]error:[/] --pdf: {exc} (the HTML report was written)")
            raise typer.Exit(EXIT_USAGE) from None


@app.command()
def routes(
    month: Month = None,
    db: DbUrl = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="File to write (default: routes.yaml in the rules directory).", show_default=False),
    ] = None,
    rules: RulesDir = None,
) -> None:
    """Recommend, per application x destination, keep / pseudonymise / reroute; write routes.yaml.

    The evidence (share of requests with s.26 data or personal data, volume, estimated cost) and
    the thresholds are written with each route. The proxy applies routes.yaml from its rules
    directory on top of the policy; `rules check` validates it.
    """
    from datetime import UTC, datetime

    from pdpa_guard.report.build import recommend_routes
    from pdpa_guard.routes import ROUTES_FILE, read_thresholds, render_routes
    from pdpa_guard.rules import RulesInvalid, load_rules, print_errors

    period = _period(month)
    target = out or (rules or Path("rules")) / ROUTES_FILE
    try:
        thresholds = read_thresholds(target)  # rerunning keeps the thresholds someone edited
    except RulesInvalid as exc:
        print_errors(exc.errors, err)
        raise typer.Exit(EXIT_USAGE) from None
    store = _open_store(db)
    try:
        recs, thresholds = recommend_routes(store, period, rules_dir=rules, thresholds=thresholds)
    except Exception as exc:
        raise _store_failed(store, exc) from None
    finally:
        store.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_routes(recs, thresholds, period.label, datetime.now(UTC)), encoding="utf-8")
    if target.name == ROUTES_FILE:  # check it the way the proxy will load it
        try:
            load_rules(target.parent)
        except RulesInvalid as exc:
            print_errors(exc.errors, err)
            raise typer.Exit(EXIT_USAGE) from None
    table = Table(title=f"routes for {period.label}", show_lines=False)
    for column in ("app", "destination", "action", "s.26", "personal", "requests", "USD/month", "saving"):
        table.add_column(column, justify="right" if column in ("s.26", "personal", "requests", "USD/month", "saving") else "left")
    for r in recs:
        p = r.pair
        table.add_row(
            p.app or "-", p.destination, r.action_text, f"{p.sensitive_share:.1%}", f"{p.personal_share:.1%}",
            f"{p.exchanges:,}", f"{p.cost_usd:,.2f}", f"{r.saving_usd:,.2f}" if r.saving_usd else "-",
        )
    err.print(table)
    sys.stdout.write(f"{target}\n")


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
