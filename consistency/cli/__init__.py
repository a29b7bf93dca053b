"""The ``consistency`` command. Each subcommand lives in its own module and only parses
options, calls one library function and renders what it returns."""

from __future__ import annotations

import os
import sys

import typer


def _flags_take_no_value() -> None:
    """typer labels a flag "<bool>" in --help as if it took a value; users then type
    "--quiet true" and "true" is read as an input file. A flag's row shows no type."""
    option = getattr(typer.core, "TyperOption", None)
    shown = getattr(option, "display_type_rich", None)
    if shown is None or getattr(shown, "for_flags", False):
        return

    def display_type_rich(self, ctx):
        return None if self.is_flag else shown(self, ctx)

    display_type_rich.for_flags = True
    option.display_type_rich = display_type_rich


_flags_take_no_value()

app = typer.Typer(
    name="consistency",
    help="Find where news outlets reporting the same event disagree: numbers, times, and more.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


def _print_version(value: bool) -> None:
    if value:
        from consistency import __version__

        print(f"consistency {__version__}")
        raise typer.Exit()


@app.callback()
def consistency_cli(
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Find where news outlets reporting the same event disagree: numbers, times, and more.

    Example: consistency check examples/
    """


from consistency.cli import check, compare, config, eval, index, inspect  # noqa: E402,F401  (each registers its command on ``app``)


def main() -> None:
    """Console entry point: no traceback reaches a user unless CONSISTENCY_DEBUG is set."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        raise SystemExit(130) from None
    except Exception as error:
        if os.environ.get("CONSISTENCY_DEBUG"):
            raise
        print(f"internal error: {type(error).__name__}: {error} (set CONSISTENCY_DEBUG=1 to see where; "
              "please report it)", file=sys.stderr)
        raise SystemExit(3) from None
