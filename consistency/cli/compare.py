from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console, Group
from rich.text import Text

from consistency.cli import app
from consistency.cli._util import MODEL, NLI_MODEL, NLI_THRESHOLD, VERIFIER_ON_A_PAIR, nli_settings, user_errors
from consistency.pipeline import CheckSettings, compare_statements
from consistency.renderers import plural
from consistency.renderers.table import discrepancy_table
from consistency.report import discrepancy_to_dict


@app.command("compare")
def compare_cli(
    statement_a: str = typer.Argument(..., help="The first outlet's sentence."),
    statement_b: str = typer.Argument(..., help="The second outlet's sentence."),
    as_json: bool = typer.Option(False, "--json", help="Print the findings as JSON."),
    source_a: str = typer.Option("A", "--source-a", help="Name of the first outlet, for the explanations."),
    source_b: str = typer.Option("B", "--source-b", help="Name of the second outlet."),
    similarity: Optional[float] = typer.Option(
        None, "--similarity", min=-1.0, max=1.0, help="Use this cosine instead of loading the model."
    ),
    model: Optional[str] = MODEL,
    verify: bool = VERIFIER_ON_A_PAIR,
    nli_model: Optional[Path] = NLI_MODEL,
    nli_threshold: float = NLI_THRESHOLD,
) -> None:
    """Compare two statements and print how they disagree, with the same kinds and spans
    as 'check'.

    Example: consistency compare "The fire began on the 12th floor." "It started on the 14th floor."
    """
    with user_errors():
        nli = nli_settings(nli_model, nli_threshold)
        result = compare_statements(statement_a, statement_b, CheckSettings(model=model, nli=nli, verifier="default" if verify else ""),
                                    similarity=similarity, source_a=source_a, source_b=source_b)
    if as_json:
        data = {"schema_version": 1, "similarity": result.similarity,
                "discrepancies": [discrepancy_to_dict(d) for d in result.discrepancies]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    summary = Text(f"similarity {result.similarity:.2f}: {plural(len(result.discrepancies), 'finding')}")
    parts = [summary]
    if result.discrepancies:
        parts.append(discrepancy_table(enumerate(result.discrepancies, start=1)))
    Console(highlight=False).print(Group(*parts))
