"""PERSON precision / recall / F1 on ThaiNER 1.5.1 (real Thai news nobody here wrote).

Usage::

    .venv/bin/python bench/thainer_person.py [PATH]   # default: ../shared/bench/thainer-1.5.1-val.txt

The file has one paragraph per line with inline tags (``[PERSON]...[/PERSON]``, ``[LOCATION]``, ...).
Every tag is stripped; gold PERSON spans keep their offsets into the stripped text. Each paragraph
goes through the real engine (``get_engine().analyze``) and its PERSON findings are scored by span
overlap: a prediction is a true positive when it overlaps a gold span; recall counts gold spans
overlapped by some prediction. ThaiNER puts titles and ranks inside PERSON spans, as we do.

The texts name real people: this script prints counts only, never a name.
``evaluate(path)`` returns the figures as a dict so ``bench/accuracy.py`` can import it.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "thainer-1.5.1-val.txt"

_TAG = re.compile(r"\[(/?)([A-Z_]+)\]")


class Paragraph(NamedTuple):
    """One line of the corpus: its text without tags and its gold PERSON spans."""

    text: str
    gold: list[tuple[int, int]]


def parse_line(line: str, entity: str = "PERSON") -> Paragraph:
    """Strip every ``[TAG]``/``[/TAG]`` from ``line``; keep ``entity`` spans as offsets into the result.

    A close tag that does not match the open one (one line of the train split has
    ``[TIME]...[/DATE]``) still closes it; an unclosed tag is dropped.
    """
    out: list[str] = []
    length = 0
    pos = 0
    gold: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in _TAG.finditer(line):
        chunk = line[pos : match.start()]
        out.append(chunk)
        length += len(chunk)
        pos = match.end()
        closing, name = match.group(1) == "/", match.group(2)
        if not closing:
            open_at = length if name == entity else None
        elif open_at is not None:
            if length > open_at:
                gold.append((open_at, length))
            open_at = None
    out.append(line[pos:])
    return Paragraph("".join(out), gold)


def read_corpus(path: str | Path) -> list[Paragraph]:
    """All non-empty paragraphs of a ThaiNER file (UTF-8, a leading BOM ignored)."""
    with open(path, encoding="utf-8-sig") as handle:
        return [parse_line(line.rstrip("\r\n")) for line in handle if line.strip()]


def score(
    paragraphs: Iterable[Paragraph], predictions: Iterable[list[tuple[int, int]]]
) -> dict[str, float | int]:
    """Precision, recall and F1 by span overlap."""
    tp = fp = gold_total = gold_hit = 0
    for para, pred in zip(paragraphs, predictions, strict=True):
        gold_total += len(para.gold)
        for start, end in pred:
            if any(start < g_end and g_start < end for g_start, g_end in para.gold):
                tp += 1
            else:
                fp += 1
        gold_hit += sum(1 for g_start, g_end in para.gold if any(s < g_end and g_start < e for s, e in pred))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = gold_hit / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": gold_total,
        "predicted": tp + fp,
        "true_positives": tp,
        "false_positives": fp,
        "gold_found": gold_hit,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def evaluate(path: str | Path = DEFAULT_PATH) -> dict[str, float | int]:
    """Run the real engine on every paragraph of ``path``: PERSON P/R/F1, plus the time per KB
    (UTF-8) of the whole engine (wall clock and CPU) and of the PERSON recognizer alone (CPU)."""
    from pdpa_guard.detect import get_engine
    from pdpa_guard.detect.recognizers.person import PersonRecognizer
    from pdpa_guard.detect.text import fold_digits

    engine = get_engine()
    paragraphs = read_corpus(path)
    predictions: list[list[tuple[int, int]]] = []
    wall, cpu = time.perf_counter(), time.process_time()
    for para in paragraphs:
        findings = engine.analyze(para.text)
        predictions.append([(f.start, f.end) for f in findings if f.entity_type == "PERSON"])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    recognizer = PersonRecognizer()
    folded = [fold_digits(p.text) for p in paragraphs]
    alone = time.process_time()
    for text in folded:
        for _ in recognizer.find(text):
            pass
    alone = time.process_time() - alone
    kilobytes = sum(len(p.text.encode("utf-8")) for p in paragraphs) / 1024
    result = score(paragraphs, predictions)
    result["paragraphs"] = len(paragraphs)
    result["kilobytes"] = round(kilobytes, 1)
    result["engine_ms_per_kb"] = 1000 * wall / kilobytes if kilobytes else 0.0
    result["engine_cpu_ms_per_kb"] = 1000 * cpu / kilobytes if kilobytes else 0.0
    result["person_cpu_ms_per_kb"] = 1000 * alone / kilobytes if kilobytes else 0.0
    return result


def large_text_speed(path: str | Path = DEFAULT_PATH, chunk_kb: int = 64) -> dict[str, float]:
    """CPU ms per KB of the whole engine and of the PERSON recognizer on large Thai documents
    (the corpus joined into chunks of about ``chunk_kb`` KB, as a long prompt or a log record)."""
    from pdpa_guard.detect import get_engine
    from pdpa_guard.detect.recognizers.person import PersonRecognizer

    paragraphs = [p.text for p in read_corpus(path)]
    chunks, current, size = [], [], 0
    for text in paragraphs:
        current.append(text)
        size += len(text.encode("utf-8"))
        if size >= chunk_kb * 1024:
            chunks.append("\n".join(current))
            current, size = [], 0
    if current:
        chunks.append("\n".join(current))
    kilobytes = sum(len(c.encode("utf-8")) for c in chunks) / 1024
    engine = get_engine()
    recognizer = PersonRecognizer()
    started = time.process_time()
    for chunk in chunks:
        engine.analyze(chunk)
    engine_cpu = time.process_time() - started
    started = time.process_time()
    for chunk in chunks:
        for _ in recognizer.find(chunk):
            pass
    person_cpu = time.process_time() - started
    return {
        "kilobytes": round(kilobytes, 1),
        "documents": len(chunks),
        "engine_cpu_ms_per_kb": 1000 * engine_cpu / kilobytes,
        "person_cpu_ms_per_kb": 1000 * person_cpu / kilobytes,
    }


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_PATH
    if not path.exists():
        print(f"no such file: {path}", file=sys.stderr)
        return 2
    r = evaluate(path)
    print(
        f"ThaiNER PERSON on {path.name}: {r['paragraphs']} paragraphs, {r['kilobytes']} KB, {r['gold']} gold spans"
    )
    print(
        f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}  "
        f"(TP {r['true_positives']}, FP {r['false_positives']}, gold found {r['gold_found']})"
    )
    print(
        f"per paragraph: whole engine {r['engine_ms_per_kb']:.3f} ms/KB wall, "
        f"{r['engine_cpu_ms_per_kb']:.3f} ms/KB CPU; PERSON recognizer alone {r['person_cpu_ms_per_kb']:.3f} ms/KB CPU"
    )
    big = large_text_speed(path)
    print(
        f"large documents ({big['documents']} x ~64 KB): whole engine {big['engine_cpu_ms_per_kb']:.3f} ms/KB CPU, "
        f"PERSON recognizer {big['person_cpu_ms_per_kb']:.3f} ms/KB CPU"
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main(sys.argv))
