"""What every command shares: turning library errors into one line and exit code 2,
progress bars on a terminal, and printing renderables."""

from __future__ import annotations

import os
import re
import sys
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

import typer
from rich.console import Console

from consistency.contradiction import DEFAULT_THRESHOLD, ContradictionSettings
from consistency.printable import one_line
from consistency.errors import ConsistencyError
from consistency.loaders import DEFAULT_MAX_BYTES, DEFAULT_MAX_DOCUMENTS, ReadOptions
from consistency.records import Note


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


@contextmanager
def user_errors() -> Iterator[None]:
    """Print a library error as one line on stderr and exit with its code."""
    try:
        yield
    except ConsistencyError as error:
        print(f"error: {one_line(str(error))}", file=sys.stderr)
        raise typer.Exit(error.exit_code) from None


class BarProgress:
    """Rich progress bars on stderr, one per stage."""

    def __init__(self, console: Console):
        self.console = console

    @contextmanager
    def stage(self, name: str, total: int | None) -> Iterator[Callable[[int], None]]:
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


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(|b|kb|k|mb|m|gb|g)\s*$", re.IGNORECASE)
_UNIT = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9}


def parse_size(text: str) -> int:
    """A byte count as people write it: 5000000, 500kB, 100MB, 2G."""
    match = _SIZE.match(text)
    if not match or float(match.group(1)) <= 0:
        raise typer.BadParameter(f"'{text}' is not a size; write it like 500kB, 100MB or 2GB")
    return int(float(match.group(1)) * _UNIT[match.group(2).lower()])


MAX_DOCUMENTS = typer.Option(
    DEFAULT_MAX_DOCUMENTS, "--max-documents", min=1, help="Refuse inputs holding more documents than this."
)
MAX_BYTES = typer.Option(
    f"{DEFAULT_MAX_BYTES // 10**6}MB", "--max-bytes", help="Refuse inputs larger than this in all (e.g. 500MB, 2GB)."
)
SKIP_BAD_RECORDS = typer.Option(
    False, "--skip-bad-records", help="Skip malformed JSON/JSONL records, saying how many, instead of stopping."
)
VERBOSE = typer.Option(False, "--verbose", "-v", help="Also say how each file was read (its text encoding).")


def read_options(max_documents: int, max_bytes: str, skip_bad_records: bool) -> ReadOptions:
    return ReadOptions(max_documents=max_documents, max_bytes=parse_size(max_bytes), skip_bad_records=skip_bad_records)


def print_notes(notes: Iterable[Note], verbose: bool) -> None:
    """Warnings always, details (how a file was decoded) with --verbose; on stderr, so
    they never mix with a report on stdout."""
    for note in notes:
        if not note.detail:
            print(f"warning: {one_line(str(note))}", file=sys.stderr)
        elif verbose:
            print(f"note: {one_line(str(note))}", file=sys.stderr)


#: The optional NLI stage, the same on check, compare and eval.
MODEL = typer.Option(
    None, "--model", show_default=False,
    help="Sentence model: 'all-MiniLM-L6-v2' (English), 'multilingual' (USE multilingual: Portuguese, Spanish and "
    "English in one space), or a sentence-transformers folder. [default: all-MiniLM-L6-v2, or multilingual when a "
    "document is in Portuguese or Spanish]",
)
NLI_MODEL = typer.Option(
    None, "--nli-model", file_okay=False,
    help="Also read pairs with this NLI CrossEncoder folder and report 'contradiction' findings (none is bundled).",
)
VERIFIER = typer.Option(
    True, "--verifier/--rules-only", help="Score each finding with the same-fact verifier: the estimated probability that "
    "it is a real discrepancy, calibrated on judged real news (see models/verifier.md). --rules-only: the comparators' "
    "rules score them.",
)
#: ``compare`` reads one pair without its story, whose neighbours and partners the verifier
#: reads; there the rules score by default.
VERIFIER_ON_A_PAIR = typer.Option(
    False, "--verifier", help="Score each finding with the same-fact verifier (see models/verifier.md). A lone pair has "
    "no story around it for the verifier to read, so by default the comparators' rules score it.",
)
NLI_THRESHOLD = typer.Option(
    DEFAULT_THRESHOLD, "--nli-threshold", min=0.0, max=1.0, help="Contradiction probability from which a pair is reported.",
)


def nli_settings(folder, threshold: float) -> ContradictionSettings | None:
    """The NLI stage's settings from its two options; None when no model is given."""
    return ContradictionSettings(str(folder), threshold) if folder else None
