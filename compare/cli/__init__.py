"""Command-line interface: parses options, opens the database, calls one library function,
renders the result. No pipeline logic lives here."""

from compare.cli.app import app  # noqa: F401  (the typer app)
from compare.cli import core  # noqa: F401,E402  (each module registers its commands)
from compare.cli import ingest as _ingest_cmd  # noqa
from compare.cli import fetch as _fetch_cmd  # noqa
from compare.cli import clusters as _clusters_cmd  # noqa
from compare.cli import cluster_edits as _cluster_edits_cmd  # noqa
from compare.cli import queries as _queries_cmd  # noqa
from compare.cli import speakers as _speakers_cmd  # noqa
from compare.cli import claims as _claims_cmd  # noqa
from compare.cli import report as _report_cmd  # noqa
from compare.cli import narratives as _narratives_cmd  # noqa


def main() -> None:
    app(prog_name="compare")
