from __future__ import annotations

import sys
from typing import List

import typer
from rich.console import Console

from consistency.cli import app
from consistency.cli._util import MAX_BYTES, MAX_DOCUMENTS, SKIP_BAD_RECORDS, VERBOSE, print_notes, read_options, user_errors
from consistency.inspection import inspect_paths
from consistency.renderers.inspection import inspection_json, inspection_table


@app.command("inspect")
def inspect_cli(
    paths: List[str] = typer.Argument(
        ..., help="Article files (.txt, .md, .json, .jsonl, .html), folders of them, or - for stdin.", show_default=False
    ),
    show_dropped: bool = typer.Option(False, "--show-dropped", help="List every piece left out, with the reason."),
    show_sentences: bool = typer.Option(False, "--sentences", help="List each document's sentences."),
    output_format: str = typer.Option("table", "--format", "-f", help="table or json."),
    max_documents: int = MAX_DOCUMENTS,
    max_bytes: str = MAX_BYTES,
    skip_bad_records: bool = SKIP_BAD_RECORDS,
    verbose: bool = VERBOSE,
) -> None:
    """Show what the tool reads from the inputs, without comparing anything.

    Lists each document with its outlet, title, sentence count and the document it is a
    syndicated copy of; --show-dropped lists the ads, site furniture and header lines
    that were left out of the articles.

    Example: consistency inspect page.txt --show-dropped
    """
    with user_errors():
        if output_format not in ("table", "json"):
            from consistency.errors import UnknownComponent

            raise UnknownComponent("format", output_format, ["json", "table"])
        inspection = inspect_paths(paths, stdin=sys.stdin, options=read_options(max_documents, max_bytes, skip_bad_records))
        print_notes(inspection.notes, verbose)
    if output_format == "json":
        sys.stdout.write(inspection_json(inspection))
    else:
        Console(highlight=False).print(inspection_table(inspection, show_dropped, show_sentences))
