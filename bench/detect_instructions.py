#!/usr/bin/env python3
"""Instructions per cold detection pass, counted by valgrind: a speed figure that noise cannot move.

``detect_speed.py`` times the detector in CPU seconds, which a busy machine inflates and which a
change of a few percent cannot be told apart from. Rules added one at a time, each "within noise",
added up to a slower detector in session 5. This script counts machine instructions instead
(valgrind's callgrind, no cache model), which is the same on every run of the same code on the
same corpus, so a change's cost is visible to the percent and can be checked per commit:

    .venv/bin/python bench/detect_instructions.py                   # this working tree
    .venv/bin/python bench/detect_instructions.py --against HEAD~3  # and another revision, side by side

Per tree it runs the detector twice under callgrind, once building the engine and warming it up
(one untimed pass, which also builds what libraries build lazily), once also analysing the
``detect_speed.py`` corpus cold (the recognizers' memos cleared); the difference is the cost of one
pass. The corpus is the same as ``detect_speed.py``'s (``build_corpus``, same
seed), taken from this tree for both, so only the detector differs. ``--against REV`` checks REV
out into a temporary git worktree (removed afterwards) and imports the package from there.

``--functions N`` also prints the N Python functions with the most inclusive instructions in the
pass (the same difference, per function): Python runs with ``-X perf``, which gives every Python
function its own machine-code trampoline, named in ``/tmp/perf-PID.map``, that callgrind counts
like any function. A profile without a profiler's own overhead, and the same on every run.

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
# Lazy imports and lazily built tables (phonenumbers compiles a region's patterns on its first
# number; a revision may parse its e-mail suffix list on the first address) belong to the build,
# as in detect_speed.py's warm-up: one untimed pass over the corpus, in both runs.
for text in texts:
    engine.analyze(text)
found = 0
for _ in range(passes):
    engine.clear_caches()
    for text in texts:
        found += len(engine.analyze(text))
print(json.dumps({"texts": len(texts), "kb": sum(len(t.encode()) for t in texts) / 1024,
                  "source": source, "findings": found}))
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
# A callgrind_annotate row of an unnamed function: inclusive count, then its address (a trampoline
# of ``-X perf`` when the address is in the perf map). Recursion rows ("'2") are not counted twice.
_ANNOTATED = re.compile(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+\?\?\?:0x([0-9a-f]+)('\d+)? \[")


def count(tree: Path, passes: int, min_kb: float, seed: int, functions: bool = False) -> tuple[int, dict, dict[str, int]]:
    """Instructions callgrind counted for one run of ``_RUNNER`` on ``tree``, what it printed, and
    (with ``functions``) the inclusive instructions of each Python function by name."""
    with tempfile.TemporaryDirectory(prefix="pdpa-icount-") as tmp:
        out = Path(tmp) / "out"
        cmd = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
            sys.executable, *(["-X", "perf"] if functions else []),
            "-c", _RUNNER, str(tree), str(BENCH), str(passes), str(min_kb), str(seed),
        ]
        # The package must come from ``tree``, not from the editable install of this checkout.
        env = {**os.environ, "PYTHONPATH": str(tree)}
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        stdout, stderr = proc.communicate()
        match = _COLLECTED.search(stderr)
        if proc.returncode != 0 or match is None:
            tail = "\n".join(stderr.strip().splitlines()[-8:])
            raise SystemExit(f"callgrind run failed for {tree} (exit {proc.returncode}):\n{tail}")
        per_function = _per_function(out, Path(f"/tmp/perf-{proc.pid}.map")) if functions else {}
    info = json.loads(stdout.strip().splitlines()[-1])
    return int(match.group(1)), info, per_function


def _per_function(callgrind_out: Path, perf_map: Path) -> dict[str, int]:
    """Inclusive instructions per Python function (``file:line name`` of the perf map)."""
    try:
        names = {}
        for line in perf_map.read_text(encoding="utf-8", errors="replace").splitlines():
            address, _, name = line.split(" ", 2)
            names[int(address, 16)] = name.removeprefix("py::")
    finally:
        perf_map.unlink(missing_ok=True)
    annotated = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(callgrind_out)],
        capture_output=True, text=True, check=False,
    ).stdout
    totals: dict[str, int] = {}
    for line in annotated.splitlines():
        row = _ANNOTATED.match(line)
        if row and not row.group(3):
            name = names.get(int(row.group(2), 16))
            if name:  # one function may have several trampolines: keep its largest count
                totals[name] = max(totals.get(name, 0), int(row.group(1).replace(",", "")))
    return totals


def measure(tree: Path, min_kb: float, seed: int, functions: bool = False) -> dict:
    """Instructions of one cold pass over the corpus with ``tree``'s detector."""
    with ThreadPoolExecutor(max_workers=2) as pool:  # the two runs are independent: use both cores
        base_job = pool.submit(count, tree, 0, min_kb, seed, functions)
        full_job = pool.submit(count, tree, 1, min_kb, seed, functions)
        (base, _, base_functions), (full, info, full_functions) = base_job.result(), full_job.result()
    per_pass = full - base
    by_function = {name: n - base_functions.get(name, 0) for name, n in full_functions.items()}
    return {
        "functions": dict(sorted(by_function.items(), key=lambda item: -item[1])),
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
    parser.add_argument("--functions", type=int, default=0, metavar="N",
                        help="also print the N Python functions with the most instructions in the pass")
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
            results.append({"label": args.against, **measure(worktree, args.min_kb, args.seed, args.functions > 0)})
        print("measuring this working tree ...", file=sys.stderr, flush=True)
        results.append({"label": "working tree", **measure(ROOT, args.min_kb, args.seed, args.functions > 0)})
    finally:
        if worktree is not None:
            subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=ROOT, check=False)
            shutil.rmtree(worktree.parent, ignore_errors=True)

    for r in results:  # only the top N per tree, in both outputs
        r["functions"] = dict(list(r["functions"].items())[: args.functions])
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    first = results[0]
    print(f"corpus: {first['texts']} texts, {first['kb']} KB (detect_speed.py's, seed {args.seed})")
    for r in results:
        print(f"{r['label']:<16} {r['instructions'] / 1e6:>9,.0f}M instructions per cold pass "
              f"({r['per_kb'] / 1e3:,.0f}K per KB), {r['findings']} findings; engine build {r['build_instructions'] / 1e6:,.0f}M")
    for r in results:
        if r["functions"]:
            print(f"\n{r['label']}: Python functions by inclusive instructions in the pass (callers include callees)")
            for name, n in r["functions"].items():
                print(f"  {n / 1e6:9,.1f}M {100 * n / r['instructions']:5.1f}%  {name}")
    if len(results) == 2:
        before, after = results
        print(f"working tree / {before['label']}: {after['instructions'] / before['instructions']:.3f}x instructions"
              + ("" if before["findings"] == after["findings"] else "  (finding counts differ)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
