"""How a scan shows itself: a progress bar on a terminal, a summary table at the end."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table

from pdpa_guard.scan.runner import UnitResult
from pdpa_guard.scan.scanner import Progress as ScanProgress
from pdpa_guard.scan.scanner import ScanSummary


class RichProgress(ScanProgress):
    """Files, records and MB/s on stderr; nothing at all when stderr is not a terminal."""

    def __init__(self, console: Console) -> None:
        self.enabled = console.is_terminal
        self.records = 0
        self.files_done = 0
        self._bar = Progress(
            TextColumn("[bold]scanning[/]"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TextColumn("{task.fields[records]} records"),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        ) if self.enabled else None
        self._task = None

    def start(self, total_bytes: int, files: int) -> None:
        if self._bar is not None:
            self._bar.start()
            self._task = self._bar.add_task("scan", total=max(total_bytes, 1), records=0)

    def advance(self, result: UnitResult) -> None:
        self.records += result.log_records
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=result.unit.length, records=self.records)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def print_summary(summary: ScanSummary, console: Console, elapsed: float) -> None:
    """The human summary: totals, findings by entity, destinations, skipped files and errors."""
    rate = summary.bytes / 1e6 / elapsed if elapsed > 0 else 0.0
    console.print(
        f"[bold]{summary.files}[/] file(s), [bold]{summary.records}[/] record(s), "
        f"{summary.bytes / 1e6:.1f} MB in {elapsed:.1f}s ({rate:.1f} MB/s): "
        f"[bold]{summary.findings}[/] finding(s), "
        + (f"[bold red]{summary.violations} policy violation(s)[/]" if summary.violations else "[green]no violations[/]")
    )
    if summary.records_before_since:
        console.print(f"{summary.records_before_since} record(s) older than --since were not recorded")
    if summary.by_entity:
        table = Table(title="Findings by entity type", title_justify="left")
        table.add_column("entity")
        table.add_column("findings", justify="right")
        for entity, count in summary.by_entity.most_common():
            table.add_row(entity, str(count))
        console.print(table)
    if summary.by_destination:
        table = Table(title="Records by destination", title_justify="left")
        for column in ("destination", "host", "country", "records", "findings", "violations"):
            table.add_column(column, justify="right" if column in {"records", "findings", "violations"} else "left")
        for name, t in sorted(summary.by_destination.items(), key=lambda kv: -kv[1].records):
            table.add_row(name, t.host, "local" if t.local else (t.country or "unknown"), str(t.records), str(t.findings),
                          f"[red]{t.violations}[/]" if t.violations else "0")
        console.print(table)
    for file, reason in summary.skipped:
        console.print(f"skipped {file}: {reason}")
    for error in summary.errors[:50]:
        console.print(f"[yellow]unreadable:[/] {error.source_ref}: {error.message}")
    if len(summary.errors) > 50:
        console.print(f"[yellow]... and {len(summary.errors) - 50} more unreadable part(s)[/]")
    if summary.stored:
        console.print(f"records stored in {summary.stored}")
