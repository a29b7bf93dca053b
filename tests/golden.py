"""Golden files: the reports of examples/ in every file format, as committed under
tests/golden/. After an intended change to the reports (or the comparators), regenerate
them with

    make golden        # or: .venv/bin/python -m tests.golden --update

and review the diff before committing it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "golden"
#: Report format -> golden file. The table is drawn at a fixed width.
FILES = {
    "table": "examples.table.txt",
    "json": "examples.json",
    "csv": "examples.csv",
    "markdown": "examples.md",
    "html": "examples.html",
}
TABLE_WIDTH = 100


def render_examples(embedder=None) -> dict[str, str]:
    """Every golden format of ``check examples/``, run from the repository root so that
    document paths read ``examples/...`` on any machine."""
    from consistency.cli._util import plain_text
    from consistency.pipeline import CheckSettings, check_paths
    from consistency.renderers import RenderOptions, TextPieces, load_builtin_renderers

    here = os.getcwd()
    os.chdir(REPO)
    try:
        report = check_paths(["examples"], CheckSettings(), embedder=embedder)
    finally:
        os.chdir(here)
    renderers = load_builtin_renderers()
    rendered = {}
    for name in FILES:
        output = renderers.get(name)(report, RenderOptions())
        rendered[name] = output if isinstance(output, str) else str(output) if isinstance(output, TextPieces) else plain_text(output, TABLE_WIDTH)
    return rendered


def main(arguments: list[str]) -> int:
    if arguments != ["--update"]:
        print("usage: python -m tests.golden --update", file=sys.stderr)
        return 2
    GOLDEN.mkdir(exist_ok=True)
    for name, text in render_examples().items():
        (GOLDEN / FILES[name]).write_text(text, encoding="utf-8", newline="")
        print(f"wrote tests/golden/{FILES[name]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
