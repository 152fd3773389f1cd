"""docs/python.md runs as written: its python blocks, in order, as one script in an empty folder.

The example ingests the sample corpus through ``compare.bundled.SAMPLE_CORPUS`` (the checkout's
data/sample), so nothing outside the repository is needed; the outputs its comments promise are
checked here.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "python.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_the_example_has_the_promised_parts():
    code = "\n".join(python_blocks())
    for call in ("compare.open(", ".ingest(", ".run()", ".clusters(", ".df()", ".query(",
                 ".pl()", ".sql(", ".close()"):
        assert call in code, f"docs/python.md: the example lost {call}"


@pytest.mark.model
def test_python_docs_run_as_written(tmp_path):
    script = tmp_path / "python_md.py"
    script.write_text("\n\n".join(python_blocks()), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("COMPARE_DB", "COMPARE_QUERIES")}
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, text=True,
                          capture_output=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "ingested 28, unchanged 0, republications 2, skipped 0" in out
    assert "[('extract', 0), ('frame', 0), ('embed', 0), ('cluster (claim)', 0), " \
           "('cluster (narrative)', 0)]" in out
    assert "first_seen level='claim', min_outlets=2" in out
    assert "shape: (" in out  # polars printed the query
    assert "\n28\n" in out
    assert ("query first_seen: unknown parameter min_outlet (its parameters: level, "
            "min_outlets)") in out
    assert "unknown level 'story' (choose one of: claim, narrative)" in out

    con = duckdb.connect(str(tmp_path / "sample.duckdb"), read_only=True)  # closed by the doc
    assert con.execute("select count(*) from cluster_runs").fetchone()[0] == 2
    con.close()
