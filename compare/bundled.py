"""Where the shipped queries, the sample corpus and its starter codebook are, in a checkout and
in an installed wheel.

``queries/``, ``data/sample/`` and ``data/codebook.yaml`` live at the top of the repository;
``setup.py`` ships them inside the package as ``compare/_queries``, ``compare/_sample`` and
``compare/_codebook/codebook.yaml`` (mapped at build time, no copy committed). The repository's folder comes first, so that in a checkout or an editable
install an edited query takes effect without a rebuild; an installed wheel has only its copies.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def _checkout(package: Path) -> Path | None:
    """The repository this package sits in; None when installed (site-packages holds no
    pyproject.toml, whatever other top-level folders it has)."""
    root = package.parent
    return root if (root / "pyproject.toml").is_file() else None


def bundled_folder(repo_folder: str, packaged_folder: str, *, package: Path = PACKAGE) -> Path:
    """``repo_folder`` of the checkout when there is one, else the package's ``packaged_folder``."""
    root = _checkout(package)
    if root is not None and (root / repo_folder).is_dir():
        return root / repo_folder
    return package / packaged_folder


QUERIES = bundled_folder("queries", "_queries")
SAMPLE_CORPUS = bundled_folder("data/sample", "_sample")
CODEBOOK = bundled_folder("data", "_codebook") / "codebook.yaml"  # for the sample corpus
