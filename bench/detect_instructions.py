#!/usr/bin/env python3
"""Instructions per cold detection pass, counted by valgrind: a speed figure that noise cannot move.

``detect_speed.py`` times the detector in CPU seconds, which a busy machine inflates and which a
change of a few percent cannot be told apart from. Rules added one at a time, each "within noise",
added up to a slower detector in session 5. This script counts machine instructions instead
(valgrind's callgrind, no cache model), which is the same on every run of the same code on the
same corpus, so a change's cost is visible to the percent and can be checked per commit:

    .venv/bin/python bench/detect_instructions.py                   # this working tree
    .venv/bin/python bench/detect_instructions.py --against HEAD~3  # and another revision, side by side

Per tree it runs the detector twice under callgrind, once building the engine and analysing
nothing, once also analysing the ``detect_speed.py`` corpus cold (caches cleared); the difference
is the cost of one pass. The corpus is the same as ``detect_speed.py``'s (``build_corpus``, same
seed), taken from this tree for both, so only the detector differs. ``--against REV`` checks REV
out into a temporary git worktree (removed afterwards) and imports the package from there.

Instructions are not time: a cache miss costs more than an add, and the proxy's detector runs
with cold caches. The figure ranks changes of the detector's own code reliably; quote time with
``detect_speed.py``. Needs valgrind (``apt install valgrind``); about 3-4 minutes per tree on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

# Run under callgrind with the tree to measure first on sys.path: build the engine, then analyse
# the corpus ``passes`` times (0 or 1), each pass cold.
_RUNNER = """
import json, sys
tree, bench, passes = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path[:0] = [tree, bench]
import pdpa_guard
assert pdpa_guard.__file__.startswith(tree), pdpa_guard.__file__
from detect_speed import build_corpus
texts, source = build_corpus(float(sys.argv[4]), int(sys.argv[5]))
from pdpa_guard.detect.engine import get_engine
engine = get_engine()
engine.analyze("warm-up: นายสมชาย ใจดี 081-234-5678")  # lazy imports belong to the build
found = 0
for _ in range(passes):
    engine.clear_caches()
    for text in texts:
        found += len(engine.analyze(text))
print(json.dumps({"texts": len(texts), "kb": sum(len(t.encode()) for t in texts) / 1024,
                  "source": source, "findings": found}))
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count(tree: Path, passes: int, min_kb: float, seed: int) -> tuple[int, dict]:
    """Instructions callgrind counted for one run of ``_RUNNER`` on ``tree``, and what it printed."""
    with tempfile.TemporaryDirectory(prefix="pdpa-icount-") as tmp:
        cmd = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={Path(tmp) / 'out'}",
            sys.executable, "-c", _RUNNER, str(tree), str(BENCH), str(passes), str(min_kb), str(seed),
        ]
        # The package must come from ``tree``, not from the editable install of this checkout.
        env = {**os.environ, "PYTHONPATH": str(tree)}
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    match = _COLLECTED.search(proc.stderr)
    if proc.returncode != 0 or match is None:
        tail = "\n".join(proc.stderr.strip().splitlines()[-8:])
        raise SystemExit(f"callgrind run failed for {tree} (exit {proc.returncode}):\n{tail}")
    info = json.loads(proc.stdout.strip().splitlines()[-1])
    return int(match.group(1)), info


def measure(tree: Path, min_kb: float, seed: int) -> dict:
    """Instructions of one cold pass over the corpus with ``tree``'s detector."""
    with ThreadPoolExecutor(max_workers=2) as pool:  # the two runs are independent: use both cores
        base_job = pool.submit(count, tree, 0, min_kb, seed)
        full_job = pool.submit(count, tree, 1, min_kb, seed)
        (base, _), (full, info) = base_job.result(), full_job.result()
    per_pass = full - base
    return {
        "tree": str(tree),
        "instructions": per_pass,
        "per_kb": round(per_pass / info["kb"]),
        "build_instructions": base,
        "texts": info["texts"],
        "kb": round(info["kb"], 1),
        "findings": info["findings"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Instructions per cold detection pass (valgrind callgrind).")
    parser.add_argument("--against", metavar="REV", help="also measure this git revision and print the ratio")
    parser.add_argument("--min-kb", type=float, default=500.0, help="corpus size, as detect_speed.py (default 500)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt install valgrind); detect_speed.py times the detector without it.",
              file=sys.stderr)
        return 2

    results = []
    worktree: Path | None = None
    try:
        if args.against:
            worktree = Path(tempfile.mkdtemp(prefix="pdpa-icount-rev-")) / "tree"
            subprocess.run(["git", "worktree", "add", "--detach", "-q", str(worktree), args.against],
                           cwd=ROOT, check=True)
            print(f"measuring {args.against} ...", file=sys.stderr, flush=True)
            results.append({"label": args.against, **measure(worktree, args.min_kb, args.seed)})
        print("measuring this working tree ...", file=sys.stderr, flush=True)
        results.append({"label": "working tree", **measure(ROOT, args.min_kb, args.seed)})
    finally:
        if worktree is not None:
            subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=ROOT, check=False)
            shutil.rmtree(worktree.parent, ignore_errors=True)

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    first = results[0]
    print(f"corpus: {first['texts']} texts, {first['kb']} KB (detect_speed.py's, seed {args.seed})")
    for r in results:
        print(f"{r['label']:<16} {r['instructions'] / 1e6:>9,.0f}M instructions per cold pass "
              f"({r['per_kb'] / 1e3:,.0f}K per KB), {r['findings']} findings; engine build {r['build_instructions'] / 1e6:,.0f}M")
    if len(results) == 2:
        before, after = results
        print(f"working tree / {before['label']}: {after['instructions'] / before['instructions']:.3f}x instructions"
              + ("" if before["findings"] == after["findings"] else "  (finding counts differ)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
