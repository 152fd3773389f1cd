"""A built wheel carries the named queries and the sample corpus (issue 18).

The slow test builds the wheel from a copy of the build inputs, installs it with --no-deps into
a fresh venv that borrows this interpreter's site-packages for the dependencies (a .pth file;
the editable install's finder is not activated there, since .pth files are read only in site
directories), and runs `compare query --list` and `compare demo` from a folder outside the
checkout, so that the repository's queries/ and data/sample/ cannot be found by accident.
"""

import filecmp
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from compare import bundled

ROOT = Path(__file__).resolve().parents[1]
BUILD_INPUTS = ["pyproject.toml", "setup.py", "README.md", "compare", "queries", "data/sample",
                "data/codebook.yaml"]


def test_a_checkout_reads_the_repository_folders():
    assert bundled.QUERIES == ROOT / "queries"
    assert bundled.SAMPLE_CORPUS == ROOT / "data" / "sample"
    assert bundled.CODEBOOK == ROOT / "data" / "codebook.yaml"


def test_an_installed_package_reads_its_packaged_copies(tmp_path):
    site = tmp_path / "site-packages"
    package = site / "compare"
    package.mkdir(parents=True)
    (site / "queries").mkdir()  # another distribution's top-level folder: not a checkout
    assert bundled.bundled_folder("queries", "_queries", package=package) == package / "_queries"
    (site / "pyproject.toml").write_text("[project]\n")  # now it is a checkout
    assert bundled.bundled_folder("queries", "_queries", package=package) == site / "queries"
    assert (bundled.bundled_folder("data/sample", "_sample", package=package)
            == package / "_sample")  # a checkout without that folder


def _clean_env() -> dict:
    """This process's environment minus what could point the new venv back at the checkout."""
    drop = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "COMPARE_QUERIES", "COMPARE_DB",
            "COMPARE_RULES", "COMPARE_LEXICONS"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def _run(args, cwd, timeout=300) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=_clean_env(), text=True,
                          capture_output=True, timeout=timeout)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory):
    """(the venv's bin folder, its site-packages, a working folder outside the checkout)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    for name in BUILD_INPUTS:  # builds in a copy: no build/ or egg-info in the working tree
        source, target = ROOT / name, src / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    # offline when this interpreter has setuptools; else pip fetches it from the index
    offline = ["--no-build-isolation"] if importlib.util.find_spec("setuptools") else []
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", *offline,
          "-w", tmp / "dist", src], cwd=tmp)
    [wheel] = (tmp / "dist").glob("compare-*.whl")

    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp)
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
          "--no-index", wheel], cwd=tmp)
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=tmp).strip())
    deps = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    (site / "_dependencies_of_the_test_env.pth").write_text("\n".join(deps) + "\n")
    work = tmp / "work"
    work.mkdir()
    return venv / "bin", site, work


@pytest.mark.model
def test_the_wheel_ships_queries_and_sample_and_runs_the_demo(wheel_venv):
    bin_, site, work = wheel_venv
    where = _run([bin_ / "python", "-c", "import compare, compare.bundled as b; "
                  "print(compare.__file__); print(b.QUERIES); print(b.SAMPLE_CORPUS)"],
                 cwd=work).split()
    assert where == [str(site / "compare" / "__init__.py"), str(site / "compare" / "_queries"),
                     str(site / "compare" / "_sample")], "compare must come from the wheel"

    # the packaged copies equal the repository's folders, file for file
    for packaged, repo in [(site / "compare" / "_queries", ROOT / "queries"),
                           (site / "compare" / "_sample", ROOT / "data" / "sample")]:
        files = sorted(p.relative_to(repo) for p in repo.rglob("*") if p.is_file())
        assert sorted(p.relative_to(packaged) for p in packaged.rglob("*") if p.is_file()) \
            == files
        _, mismatch, errors = filecmp.cmpfiles(repo, packaged, files, shallow=False)
        assert mismatch == errors == []
    # the starter codebook: the only file of its package
    codebook = site / "compare" / "_codebook"
    assert [p.name for p in codebook.rglob("*") if p.is_file()] == ["codebook.yaml"]
    assert filecmp.cmp(codebook / "codebook.yaml", ROOT / "data" / "codebook.yaml", shallow=False)

    listed = json.loads(_run([bin_ / "compare", "query", "--list", "--format", "json"],
                             cwd=work))
    assert [q["name"] for q in listed] == sorted(p.stem for p in (ROOT / "queries").glob("*.sql"))

    demo = _run([bin_ / "compare", "demo"], cwd=work, timeout=600)
    assert "ingested 28" in demo and "Database: compare.duckdb" in demo
    assert "Imported codebook 'sample'" in demo  # the packaged copy
    coverage = json.loads(_run([bin_ / "compare", "query", "cluster_coverage", "-p",
                                "min_outlets=3", "--format", "json"], cwd=work))
    assert len({row["outlet"] for row in coverage}) >= 3
