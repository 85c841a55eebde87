#!/usr/bin/env python3
"""Score the detector on the labelled development set (``bench/devset.jsonl``) and on ThaiNER.

Runs ``get_engine().analyze`` on every prompt of the chosen split and reports:

* per entity type: precision, recall and F2 by span overlap. A prediction is a true positive when
  it overlaps a gold span of the same type; recall counts the gold spans that some prediction of
  the same type overlaps. F2 weighs recall four times as much as precision: a missed national ID
  leaks, a spurious one only costs a redaction;
* overall micro precision / recall / F2 over all types;
* false positives on negative prompts (prompts with no personal data): how many of them get at
  least one finding, per 100 negatives;
* PDPA s.26 categories per document: a document "has" a category when it has a gold span of it,
  is "predicted" to when the engine reports one; precision / recall / F1 over documents;
* PERSON on ThaiNER val (real news nobody here wrote) via ``bench/thainer_person.evaluate``.

Usage::

    .venv/bin/python bench/accuracy.py                 # dev split, human-readable
    .venv/bin/python bench/accuracy.py --split test    # the held-out figure
    .venv/bin/python bench/accuracy.py --json          # machine-readable
    .venv/bin/python bench/accuracy.py --show-errors 20 --type PERSON

The development set is fabricated, so ``--show-errors`` prints text freely.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DEVSET = BENCH / "devset.jsonl"
THAINER_VAL = REPO.parent / "shared" / "bench" / "thainer-1.5.1-val.txt"

GOALS = {
    "overall_f2": 0.95,  # at least
    "fp_per_100_negatives": 1.0,  # at most
    "thainer_person_recall": 0.85,  # at least, with
    "thainer_person_precision": 0.80,  # at least
    "s26_f1": 0.85,  # at least, for every category
}


@dataclass(frozen=True, slots=True)
class Span:
    entity_type: str
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class TypeScore:
    gold: int = 0
    pred: int = 0
    pred_matched: int = 0  # predictions overlapping a same-type gold span
    gold_found: int = 0  # gold spans overlapped by a same-type prediction

    @property
    def precision(self) -> float:
        return self.pred_matched / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 1.0

    @property
    def f2(self) -> float:
        return f_beta(self.precision, self.recall, 2.0)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold, "pred": self.pred, "tp_pred": self.pred_matched, "tp_gold": self.gold_found,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f2": round(self.f2, 4),
        }


@dataclass
class DocScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return f_beta(self.precision, self.recall, 1.0)

    def as_dict(self) -> dict[str, float | int]:
        return {"docs_gold": self.tp + self.fn, "docs_pred": self.tp + self.fp, "tp": self.tp,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def f_beta(precision: float, recall: float, beta: float) -> float:
    b2 = beta * beta
    denominator = b2 * precision + recall
    return (1 + b2) * precision * recall / denominator if denominator else 0.0


@dataclass
class Report:
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    s26: dict[str, DocScore] = field(default_factory=dict)
    negatives: int = 0
    negatives_flagged: int = 0
    missed: list[tuple[dict, Span]] = field(default_factory=list)
    spurious: list[tuple[dict, Span]] = field(default_factory=list)

    @property
    def overall(self) -> TypeScore:
        total = TypeScore()
        for s in self.per_type.values():
            total.gold += s.gold
            total.pred += s.pred
            total.pred_matched += s.pred_matched
            total.gold_found += s.gold_found
        return total

    @property
    def fp_per_100(self) -> float:
        return 100.0 * self.negatives_flagged / self.negatives if self.negatives else 0.0


def score(docs: Iterable[dict], predictions: Iterable[list[Span]], entity_types: Iterable[str],
          sensitive_types: Iterable[str]) -> Report:
    """Compare gold spans with predicted spans, document by document (pure: no engine here)."""
    report = Report(per_type={t: TypeScore() for t in entity_types}, s26={t: DocScore() for t in sensitive_types})
    for doc, preds in zip(docs, predictions, strict=True):
        gold = [Span(e["entity_type"], e["start"], e["end"]) for e in doc["entities"]]
        for span in gold:
            s = report.per_type.setdefault(span.entity_type, TypeScore())
            s.gold += 1
            if any(p.entity_type == span.entity_type and p.overlaps(span) for p in preds):
                s.gold_found += 1
            else:
                report.missed.append((doc, span))
        for span in preds:
            s = report.per_type.setdefault(span.entity_type, TypeScore())
            s.pred += 1
            if any(g.entity_type == span.entity_type and g.overlaps(span) for g in gold):
                s.pred_matched += 1
            else:
                report.spurious.append((doc, span))
        if doc["negative"]:
            report.negatives += 1
            report.negatives_flagged += bool(preds)
        gold_cats = {g.entity_type for g in gold}
        pred_cats = {p.entity_type for p in preds}
        for cat, ds in report.s26.items():
            if cat in gold_cats and cat in pred_cats:
                ds.tp += 1
            elif cat in pred_cats:
                ds.fp += 1
            elif cat in gold_cats:
                ds.fn += 1
    return report


# --- ThaiNER --------------------------------------------------------------------------------


def run_thainer(path: Path) -> tuple[dict | None, str]:
    """``bench/thainer_person.evaluate(path)`` if both the module and the data are there."""
    module_path = BENCH / "thainer_person.py"
    if not module_path.exists():
        return None, "skipped: bench/thainer_person.py not present"
    if not path.exists():
        return None, f"skipped: {path} not found"
    spec = importlib.util.spec_from_file_location("thainer_person", module_path)
    if spec is None or spec.loader is None:
        return None, "skipped: cannot load bench/thainer_person.py"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(path), ""


def _metric(result: dict, name: str) -> float | None:
    """The precision/recall figure of an evaluate() result, whatever its exact key spelling."""
    for key, value in result.items():
        if isinstance(value, int | float) and name in key.lower():
            return float(value)
    return None


# --- running --------------------------------------------------------------------------------


def load(path: Path, split: str) -> list[dict]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return docs if split == "all" else [d for d in docs if d["split"] == split]


def predict(docs: list[dict]) -> tuple[list[list[Span]], float]:
    from pdpa_guard.detect.engine import get_engine

    engine = get_engine()
    started = time.perf_counter()
    predictions = [[Span(f.entity_type, f.start, f.end) for f in engine.analyze(d["text"])] for d in docs]
    return predictions, time.perf_counter() - started


def _mark(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def goals(report: Report, thainer: dict | None) -> dict[str, dict[str, object]]:
    overall_f2 = report.overall.f2
    out: dict[str, dict[str, object]] = {
        "overall_f2": {"value": round(overall_f2, 4), "goal": f">= {GOALS['overall_f2']}", "ok": overall_f2 >= GOALS["overall_f2"]},
        "fp_per_100_negatives": {"value": round(report.fp_per_100, 2), "goal": f"<= {GOALS['fp_per_100_negatives']}",
                                 "ok": report.fp_per_100 <= GOALS["fp_per_100_negatives"]},
    }
    worst = min(report.s26.items(), key=lambda kv: kv[1].f1) if report.s26 else None
    out["s26_f1_every_category"] = {
        "value": round(worst[1].f1, 4) if worst else None, "worst": worst[0] if worst else None,
        "goal": f">= {GOALS['s26_f1']}", "ok": all(ds.f1 >= GOALS["s26_f1"] for ds in report.s26.values()),
    }
    recall = _metric(thainer, "recall") if thainer else None
    precision = _metric(thainer, "precision") if thainer else None
    out["thainer_person"] = {
        "recall": recall, "precision": precision,
        "goal": f"recall >= {GOALS['thainer_person_recall']} at precision >= {GOALS['thainer_person_precision']}",
        "ok": None if recall is None or precision is None
        else recall >= GOALS["thainer_person_recall"] and precision >= GOALS["thainer_person_precision"],
    }
    return out


def _context(doc: dict, span: Span, width: int = 35) -> str:
    text = doc["text"]
    left = text[max(0, span.start - width):span.start]
    right = text[span.end:span.end + width]
    return (left + "[" + text[span.start:span.end] + "]" + right).replace("\n", "⏎")


def print_report(report: Report, split: str, n_docs: int, seconds: float, thainer: dict | None, thainer_note: str,
                 show_errors: int, only_type: str | None) -> None:
    print(f"devset split={split}: {n_docs} prompts ({report.negatives} negative), analysed in {seconds:.2f} s")
    print()
    print(f"{'entity type':<24}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F2':>8}")
    for name, s in sorted(report.per_type.items()):
        if s.gold or s.pred:
            print(f"{name:<24}{s.gold:>6}{s.pred:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f2:>8.3f}")
    o = report.overall
    print(f"{'OVERALL (micro)':<24}{o.gold:>6}{o.pred:>6}{o.precision:>8.3f}{o.recall:>8.3f}{o.f2:>8.3f}")
    print()
    print(f"negatives: {report.negatives_flagged} of {report.negatives} negative prompts have a finding "
          f"= {report.fp_per_100:.1f} per 100")
    print()
    print(f"{'s.26 category (per doc)':<24}{'docs':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for name, ds in sorted(report.s26.items()):
        print(f"{name:<24}{ds.tp + ds.fn:>6}{ds.tp + ds.fp:>6}{ds.precision:>8.3f}{ds.recall:>8.3f}{ds.f1:>8.3f}")
    print()
    if thainer is None:
        print(f"ThaiNER PERSON: {thainer_note}")
    else:
        shown = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in thainer.items() if not isinstance(v, list | dict)}
        print(f"ThaiNER PERSON (val): {shown}")
    print()
    print("goals:")
    g = goals(report, thainer)
    print(f"  overall F2 {g['overall_f2']['value']:.3f} (goal {g['overall_f2']['goal']}): {_mark(g['overall_f2']['ok'])}")
    fp = g["fp_per_100_negatives"]
    print(f"  FP per 100 negatives {fp['value']} (goal {fp['goal']}): {_mark(fp['ok'])}")
    s26 = g["s26_f1_every_category"]
    print(f"  s.26 F1 per category, worst {s26['worst']} = {s26['value']} (goal {s26['goal']}): {_mark(s26['ok'])}")
    tn = g["thainer_person"]
    print(f"  ThaiNER PERSON recall={tn['recall']} precision={tn['precision']} ({tn['goal']}): {_mark(tn['ok'])}")
    if show_errors:
        for title, items in (("missed (false negatives)", report.missed), ("spurious (false positives)", report.spurious)):
            chosen = [(d, s) for d, s in items if only_type in (None, s.entity_type)][:show_errors]
            print()
            print(f"{title}: {len([1 for _, s in items if only_type in (None, s.entity_type)])}, showing {len(chosen)}")
            for doc, span in chosen:
                neg = " NEG" if doc["negative"] else ""
                print(f"  {doc['id']}{neg} {span.entity_type:<22} {_context(doc, span)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the detector on bench/devset.jsonl and ThaiNER val.")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--thainer", type=Path, default=THAINER_VAL, help="ThaiNER val file (default: ../shared/bench)")
    parser.add_argument("--no-thainer", action="store_true", help="skip the ThaiNER PERSON evaluation")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N missed and N spurious spans")
    parser.add_argument("--type", dest="only_type", help="with --show-errors: only this entity type")
    args = parser.parse_args(argv)

    from pdpa_guard.detect.catalogue import ENTITY_TYPES, SENSITIVE_TYPES

    docs = load(args.devset, args.split)
    predictions, seconds = predict(docs)
    report = score(docs, predictions, ENTITY_TYPES, sorted(SENSITIVE_TYPES))
    thainer, note = (None, "skipped: --no-thainer") if args.no_thainer else run_thainer(args.thainer)

    if args.json:
        payload = {
            "split": args.split, "prompts": len(docs), "seconds": round(seconds, 3),
            "per_type": {k: v.as_dict() for k, v in sorted(report.per_type.items())},
            "overall": report.overall.as_dict(),
            "negatives": {"prompts": report.negatives, "flagged": report.negatives_flagged,
                          "per_100": round(report.fp_per_100, 2)},
            "s26_per_document": {k: v.as_dict() for k, v in sorted(report.s26.items())},
            "thainer_person": thainer, "thainer_note": note or None,
            "goals": goals(report, thainer),
        }
        if args.show_errors:
            payload["errors"] = {
                kind: [{"id": d["id"], "entity_type": s.entity_type, "start": s.start, "end": s.end, "context": _context(d, s)}
                       for d, s in items if args.only_type in (None, s.entity_type)][: args.show_errors]
                for kind, items in (("missed", report.missed), ("spurious", report.spurious))
            }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print_report(report, args.split, len(docs), seconds, thainer, note, args.show_errors, args.only_type)
    return 0


if __name__ == "__main__":
    sys.exit(main())
