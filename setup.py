"""The package layout (the rest of the metadata is in pyproject.toml).

``queries/``, ``data/sample/`` and ``data/codebook.yaml`` stay at the top of the repository,
where readers of the checkout look for them, and ship inside the package as
``compare/_queries``, ``compare/_sample`` and ``compare/_codebook``: mapped here at build time, so no copy is committed. ``compare/bundled.py``
reads the repository's folders when they are there (a checkout, an editable install) and the
packaged copies otherwise (an installed wheel). pyproject.toml cannot add a package from another
folder to the ones ``find`` discovers, hence this file.
"""

from setuptools import find_packages, setup

MAPPED = {  # package -> (repository folder, files to ship)
    "compare._queries": ("queries", ["*.sql"]),
    "compare._sample": ("data/sample", ["manifest.csv", "articles/*"]),
    "compare._codebook": ("data", ["codebook.yaml"]),  # the sample corpus's starter codebook
}

setup(
    packages=[*find_packages(include=["compare*"]), *MAPPED],
    package_dir={name: folder for name, (folder, _) in MAPPED.items()},
    package_data={
        "compare": ["migrations/*.sql", "views/*.sql", "rules/*", "lexicons/*", "templates/*"],
        **{name: files for name, (_, files) in MAPPED.items()},
    },
)
