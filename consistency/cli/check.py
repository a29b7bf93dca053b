from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from consistency.alignment import AlignmentSettings
from consistency.cache import default_cache_dir
from consistency.cli import app
from consistency.cli._settings import settings_from_file
from consistency.cli._util import (
    MODEL, MAX_BYTES, MAX_DOCUMENTS, NLI_MODEL, NLI_THRESHOLD, SKIP_BAD_RECORDS, VERBOSE, VERIFIER, nli_settings, plain_text,
    print_notes, progress_for, read_options, user_errors,
)
from consistency.engine import ENGINES, EngineSettings, check_paths
from consistency.overview import (
    EVERY_CLAIM, ClaimBudget, DiscrepancyFilter, count_at_or_above, check_filter_names, known_kinds,
)
from consistency.records import Report
from consistency.output import refuse_overwriting_inputs, write_atomic
from consistency.pipeline import CheckSettings
from consistency.renderers import RenderOptions, TextPieces, load_builtin_renderers, plural
from consistency.report import report_json_pieces
from consistency.verifier import REPORT_THRESHOLD

DEFAULTS = AlignmentSettings()
#: Formats a person reads whole; they list the findings above the report threshold unless --all.
LISTED_FORMATS = ("table", "markdown", "html")

# Where the work runs; `index add` takes the same options.
# (Help is read as rich markup: a literal "[" is written "\\[".)
ENGINE = typer.Option(
    "local", "--engine", help=f"Where the work runs: {' or '.join(ENGINES)} (a Ray cluster; needs "
    "pip install 'consistency\\[ray]'). Both give the same report.",
)
RAY_ADDRESS = typer.Option(
    None, "--ray-address", show_default=False,
    help="With --engine ray, join this running Ray cluster: auto, or HOST:PORT of its head node. "
    "\\[default: start Ray on this machine for the run]",
)
WORKERS = typer.Option(
    None, "--workers", min=1, show_default=False,
    help="With --engine ray, how many embedding actors and story tasks run at once, at most one per CPU of the "
    "cluster. \\[default: one per CPU]",
)


@app.command("check")
@settings_from_file
def check_cli(
    paths: List[str] = typer.Argument(
        ..., help="Article files (.txt, .md, .html, .json, .jsonl), folders of them, or - for stdin.", show_default=False
    ),
    output_format: str = typer.Option(
        "table", "--format", "-f", help="Report format: table, json, jsonl, csv, markdown or html."
    ),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write the report to this file (atomically) instead of printing it.", dir_okay=False
    ),
    json_file: Optional[Path] = typer.Option(
        None, "--json", help="Also write the JSON report to this file (written atomically).", dir_okay=False
    ),
    alignments: bool = typer.Option(False, "--alignments", help="Include every aligned sentence pair."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars."),
    model: Optional[str] = MODEL,
    top_k: int = typer.Option(DEFAULTS.top_k, "--top-k", min=1, help="Neighbours per sentence in each other document."),
    min_similarity: float = typer.Option(
        DEFAULTS.min_similarity, "--min-similarity", min=-1.0, max=1.0, help="Cosine floor for aligning two sentences."
    ),
    cache_dir: Optional[Path] = typer.Option(
        None, "--cache-dir", help="Folder of the embedding cache. [default: ~/.cache/consistency]", file_okay=False
    ),
    no_cache: bool = typer.Option(False, "--no-cache", help="Embed every sentence afresh; read and write no cache."),
    index: Optional[Path] = typer.Option(
        None, "--index", help="Check the articles against everything in this sentence index (see 'consistency index').",
        file_okay=False,
    ),
    nli_model: Optional[Path] = NLI_MODEL,
    nli_threshold: float = NLI_THRESHOLD,
    top: Optional[int] = typer.Option(None, "--top", min=0, help="Show only the N highest-ranked (likeliest) discrepancies.", show_default=False),
    kind: List[str] = typer.Option(
        [], "--kind", help="Show only these kinds, e.g. number,quote (comma-separated or repeated).", show_default=False
    ),
    min_severity: str = typer.Option("low", "--min-severity", help="Show only discrepancies this severe or more: high, medium or low."),
    source: List[str] = typer.Option(
        [], "--source", help="Show only discrepancies involving this outlet (repeat for several).", show_default=False
    ),
    verify: bool = VERIFIER,
    max_claims: int = typer.Option(
        ClaimBudget().claims, "--max-claims", min=0,
        help=f"List the N claims with the strongest findings in the table, Markdown and HTML, {ClaimBudget().rows} rows "
        "each, then say how many more there are (0: no limit). The summary counts every one.",
    ),
    show_all: bool = typer.Option(
        False, "--all", help=f"List every claim and every row in the table, Markdown and HTML, and the findings the "
        f"verifier scores under {REPORT_THRESHOLD:g} (JSON, JSON Lines and CSV always carry every one).",
    ),
    fail_on: Optional[str] = typer.Option(
        None, "--fail-on", show_default=False,
        help="Exit 1 when any discrepancy is this severe or more (high, medium or low), whatever the display filters.",
    ),
    max_documents: int = MAX_DOCUMENTS,
    max_bytes: str = MAX_BYTES,
    skip_bad_records: bool = SKIP_BAD_RECORDS,
    verbose: bool = VERBOSE,
    engine: str = ENGINE,
    ray_address: Optional[str] = RAY_ADDRESS,
    workers: Optional[int] = WORKERS,
) -> None:
    """Compare articles from several outlets and list where their statements disagree.

    Each document needs an outlet (its source). JSON/JSONL records give it in "source".
    A .txt or .md article names it in a front-matter block at its top:

        ---
        source: Harbour Herald
        title: Fire guts office tower
        published: 2025-06-17
        ---

    Without that block, a text file may be a whole aggregator page: each article's outlet
    is read from the page (an outlet line, "Source: X", "By A, X"...); a single article
    takes the file name without its extension. Saved web pages (.html) give their site
    name. Check what was read with 'consistency inspect'.

    With --engine ray, embedding and each story's comparison run on a Ray cluster (see
    the README's "Running on a cluster"); the report is the same.

    Example: consistency check examples/ --format html --output report.html
    """
    with user_errors():
        renderer = load_builtin_renderers().get(output_format)
        limits = read_options(max_documents, max_bytes, skip_bad_records)
        where = EngineSettings(engine, ray_address, workers)
        selection = DiscrepancyFilter(
            top=top, kinds=tuple(k.strip() for item in kind for k in item.split(",") if k.strip()),
            min_severity=min_severity, sources=tuple(source),
            min_score=REPORT_THRESHOLD if verify and not show_all and output_format in LISTED_FORMATS else 0.0,
        )
        check_filter_names(selection, known_kinds())
        if fail_on is not None:
            count_at_or_above(Report((), (), ()), fail_on)  # a misspelt level fails before any slow work
        for target in (json_file, output):
            if target is not None:
                refuse_overwriting_inputs(str(target), paths)
        settings = CheckSettings(
            model=model,
            alignment=AlignmentSettings(
                top_k=top_k, min_similarity=min_similarity,
                story_similarity=DEFAULTS.story_similarity, paraphrase_similarity=DEFAULTS.paraphrase_similarity,
            ),
            include_alignments=alignments,
            cache_dir=None if no_cache else str(cache_dir or default_cache_dir()),
            nli=nli_settings(nli_model, nli_threshold),
            verifier="default" if verify else "",
        )
        report = check_paths(
            paths, settings, where, stdin=sys.stdin, progress=progress_for(quiet),
            index_folder=str(index) if index else None, read_options=limits,
        )
        print_notes(report.notes, verbose)
        check_filter_names(selection, known_kinds(), report)
        if json_file is not None:
            write_atomic(str(json_file), report_json_pieces(report, alignments))
        budget = EVERY_CLAIM if show_all else ClaimBudget(max_claims or None, ClaimBudget().rows)
        rendered = renderer(report, RenderOptions(include_alignments=alignments, selection=selection, budget=budget))
        if output is not None:
            write_atomic(str(output), rendered if isinstance(rendered, (str, TextPieces)) else plain_text(rendered))
    if output is None:
        if isinstance(rendered, (str, TextPieces)):
            sys.stdout.writelines(rendered)
        else:
            Console(highlight=False, soft_wrap=False).print(rendered)
    if fail_on is not None:
        failing = count_at_or_above(report, fail_on)
        if failing:
            print(f"failing: {plural(failing, 'discrepancy', 'discrepancies')} of severity {fail_on} or above "
                  f"(--fail-on {fail_on})", file=sys.stderr)
            raise typer.Exit(1)
