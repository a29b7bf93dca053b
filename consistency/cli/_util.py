"""What every command shares: turning library errors into one line and exit code 2,
progress bars on a terminal, and printing renderables."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Callable, Iterator

import typer
from rich.console import Console

from consistency.errors import ConsistencyError


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


@contextmanager
def user_errors() -> Iterator[None]:
    """Print a library error as one line on stderr and exit with its code."""
    try:
        yield
    except ConsistencyError as error:
        print(f"error: {error}", file=sys.stderr)
        raise typer.Exit(error.exit_code) from None


class BarProgress:
    """Rich progress bars on stderr, one per stage."""

    def __init__(self, console: Console):
        self.console = console

    @contextmanager
    def stage(self, name: str, total: int) -> Iterator[Callable[[int], None]]:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(
            TextColumn("{task.description:<20}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=self.console, transient=True,
        ) as bars:
            task = bars.add_task(name, total=total)
            yield lambda done: bars.advance(task, done)


def progress_for(quiet: bool):
    """Bars only when a person watches: stderr is a terminal and --quiet is off."""
    console = stderr_console()
    if quiet or not console.is_terminal:
        return None
    return BarProgress(console)


#: Width of a table written to a file, where no terminal says how wide to be.
FILE_WIDTH = 100


def plain_text(renderable, width: int = FILE_WIDTH) -> str:
    """A rich renderable as text without colours, for a file."""
    console = Console(width=width, color_system=None, highlight=False, soft_wrap=False, record=True,
                      file=open(os.devnull, "w", encoding="utf-8"))
    console.print(renderable)
    console.file.close()
    return console.export_text()
