"""The long versions of two test harnesses, whose quick versions run in CI:

    python benchmarks/bench_long_tests.py --kills 200     # tests/test_crash.py: `compare demo`
                                                          # killed at 200 points
    python benchmarks/bench_long_tests.py --fuzz 10000    # tests/test_fuzz.py: 10,000 random
                                                          # inputs through ingest and extract

Each runs the test file with its size in the environment (COMPARE_CRASH_KILLS,
COMPARE_FUZZ_INPUTS) and prints how many cases passed: for the crash harness, kills after
which the database opened, `compare status` worked and a re-run gave identical clusters; for
fuzzing, batches of 50 inputs with no traceback, hang or half-written document.
"""
import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ap = argparse.ArgumentParser()
ap.add_argument("--kills", type=int, help="crash harness: kill points")
ap.add_argument("--fuzz", type=int, help="fuzzing: random inputs")
args = ap.parse_args()
runs = [("crash", "test_crash.py", "COMPARE_CRASH_KILLS", args.kills, "kills"),
        ("fuzz", "test_fuzz.py", "COMPARE_FUZZ_INPUTS", args.fuzz, "batches of 50 inputs")]
failed_any = False
for name, test, variable, size, unit in runs:
    if not size:
        continue
    start = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          str(ROOT / "tests" / test)], env={**os.environ, variable: str(size)},
                         capture_output=True, text=True)
    tail = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr
    passed = int(m.group(1)) if (m := re.search(r"(\d+) passed", tail)) else 0
    failed = int(m.group(1)) if (m := re.search(r"(\d+) failed", tail)) else 0
    print(f"{name}: {size} requested; {unit} passed: {passed}, failed: {failed}; "
          f"wall {time.monotonic() - start:.0f} s")
    if failed or run.returncode:
        failed_any = True
        print(run.stdout[-4000:])
sys.exit(1 if failed_any else 0)
