"""Crash harness, long version: `compare demo` killed at N points (SIGKILL, SIGTERM, SIGHUP),
each followed by `compare status` and a re-run compared with an uninterrupted run.

Usage:  python benchmarks/bench_crash.py [--kills 200]

Runs tests/test_crash.py with COMPARE_CRASH_KILLS=N and prints how many kills left an
openable database with identical results.
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
ap.add_argument("--kills", type=int, default=200)
args = ap.parse_args()
start = time.monotonic()
run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                      str(ROOT / "tests" / "test_crash.py")],
                     env={**os.environ, "COMPARE_CRASH_KILLS": str(args.kills)},
                     capture_output=True, text=True)
tail = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr
passed = int(m.group(1)) if (m := re.search(r"(\d+) passed", tail)) else 0
failed = int(m.group(1)) if (m := re.search(r"(\d+) failed", tail)) else 0
print(f"kills: {args.kills}, survived (openable, status ok, re-run identical): {passed}, "
      f"failed: {failed}, wall: {time.monotonic() - start:.0f} s")
if failed:
    print(run.stdout[-4000:])
sys.exit(1 if failed else 0)
