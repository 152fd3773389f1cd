"""Command-line interface: parses options, opens the database, calls one library function,
renders the result. No pipeline logic lives here."""

from compare.cli.app import app  # noqa: F401  (the typer app)
from compare.cli import core  # noqa: F401,E402  (each module registers its commands)


def main() -> None:
    app(prog_name="compare")
