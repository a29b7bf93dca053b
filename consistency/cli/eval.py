from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from consistency.cache import default_cache_dir
from consistency.cli import app
from consistency.cli._util import MODEL, NLI_MODEL, NLI_THRESHOLD, VERIFIER, nli_settings, progress_for, user_errors
from consistency.evaluation import evaluate
from consistency.pipeline import CheckSettings
from consistency.verifier import REPORT_THRESHOLD


@app.command("eval")
def eval_cli(
    folder: Path = typer.Argument(..., help="Labelled set: stories/ and labels/ (see eval/README.md).", file_okay=False),
    model: Optional[str] = MODEL,
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Embedding cache folder.", file_okay=False),
    no_cache: bool = typer.Option(False, "--no-cache", help="Read and write no cache."),
    show_errors: bool = typer.Option(False, "--errors", help="List missed divergences and flagged traps by id."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars."),
    verify: bool = VERIFIER,
    nli_model: Optional[Path] = NLI_MODEL,
    nli_threshold: float = NLI_THRESHOLD,
) -> None:
    """Check a labelled set and print precision and recall per kind and overall.

    Recall: labelled divergences reported with their kind. Precision: findings on labelled
    divergent pairs against findings on labelled traps (labels cover some pairs only). Every
    finding of the report counts (the JSON carries every one); with the verifier, the
    "listed" columns count only those the table lists, scored at the report threshold or more.

    Example: consistency eval eval/
    """
    with user_errors():
        settings = CheckSettings(model=model, cache_dir=None if no_cache else str(cache_dir or default_cache_dir()),
                                 nli=nli_settings(nli_model, nli_threshold), verifier="default" if verify else "")
        result = evaluate(folder, settings, progress=progress_for(quiet))
    table = Table(title=f"Evaluation on {folder}", title_justify="left")
    for column in ("kind", "recall", "found", "precision", "on divergences", "on traps"):
        table.add_column(column, justify="right" if column != "kind" else "left")
    for score in (*result.kinds, result.overall):
        table.add_row(score.kind, f"{score.recall:.2f}", f"{score.found}/{score.divergences}", f"{score.precision:.2f}",
                      str(score.flagged_divergent), str(score.flagged_traps))
    console = Console(highlight=False)
    console.print(table)
    traps = ", ".join(f"{kind} {result.traps_flagged.get(kind, 0)}/{total}" for kind, total in sorted(result.traps_total.items()))
    console.print(f"traps flagged: {traps}")
    others = ", ".join(f"{kind} {count}" for kind, count in sorted(result.unlabelled.items())) or "none"
    console.print(f"findings on unlabelled pairs: {others}")
    if result.listed is not None:
        listed = result.listed
        kinds = ", ".join(f"{score.kind} {score.found}/{score.divergences}" for score in listed.kinds)
        console.print(f"listed in the table (verifier score {REPORT_THRESHOLD:g} or more): recall {listed.overall.recall:.2f} "
                      f"({listed.overall.found}/{listed.overall.divergences}), precision {listed.overall.precision:.2f}; {kinds}")
    if show_errors:
        console.print("missed: " + ", ".join(result.missed))
        console.print("flagged traps: " + ", ".join(result.false_alarms))
