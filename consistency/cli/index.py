from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from consistency.cache import default_cache_dir
from consistency.cli import app
from consistency.cli._util import MODEL, MAX_BYTES, MAX_DOCUMENTS, SKIP_BAD_RECORDS, progress_for, read_options, user_errors
from consistency.cli.check import ENGINE, RAY_ADDRESS, WORKERS
from consistency.engine import EngineSettings, add_to_index
from consistency.pipeline import CheckSettings
from consistency.renderers import plural
from consistency.store import SentenceStore

index_app = typer.Typer(
    help="Keep a persistent sentence index of articles, to check new articles against.\n\nExample: consistency index add news-index/ archive/",
    no_args_is_help=True,
)
app.add_typer(index_app, name="index")


@index_app.command("add")
def index_add_cli(
    folder: Path = typer.Argument(..., help="Index folder; created when it does not exist.", file_okay=False),
    paths: List[str] = typer.Argument(..., help="Article files, folders of them, or - for stdin.", show_default=False),
    model: Optional[str] = MODEL,
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Embedding cache folder.", file_okay=False),
    no_cache: bool = typer.Option(False, "--no-cache", help="Read and write no embedding cache."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars."),
    max_documents: int = MAX_DOCUMENTS,
    max_bytes: str = MAX_BYTES,
    skip_bad_records: bool = SKIP_BAD_RECORDS,
    engine: str = ENGINE,
    ray_address: Optional[str] = RAY_ADDRESS,
    workers: Optional[int] = WORKERS,
) -> None:
    """Add articles to a sentence index; articles already in it are skipped. With
    --engine ray, their sentences are embedded on a Ray cluster.

    Example: consistency index add news-index/ today/
    """
    with user_errors():
        settings = CheckSettings(model=model, cache_dir=None if no_cache else str(cache_dir or default_cache_dir()))
        result = add_to_index(
            str(folder), paths, settings, EngineSettings(engine, ray_address, workers), stdin=sys.stdin,
            progress=progress_for(quiet),
            read_options=read_options(max_documents, max_bytes, skip_bad_records),
        )
    typer.echo(
        f"added {plural(result.documents_added, 'document')} ({plural(result.sentences_added, 'sentence')}), "
        f"{result.already_indexed} already indexed; the index holds {plural(result.documents_total, 'document')}, "
        f"{plural(result.sentences_total, 'sentence')}"
    )


@index_app.command("info")
def index_info_cli(folder: Path = typer.Argument(..., help="Index folder.", file_okay=False)) -> None:
    """Show what an index holds.

    Example: consistency index info news-index/
    """
    with user_errors():
        indexed = SentenceStore(folder).load()
    outlets = {document.source for document in indexed.documents}
    typer.echo(
        f"{folder}: {plural(len(indexed.documents), 'document')} from {plural(len(outlets), 'outlet')}, "
        f"{plural(len(indexed.sentences), 'sentence')}, model {indexed.model}"
    )
