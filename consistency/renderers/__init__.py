"""Renderers turn a ``Report`` into what a person or a program reads.

A renderer is ``(report, options) -> str | TextPieces | rich renderable``, registered by
the name ``--format`` takes. A string is written as it is, ``TextPieces`` piece by piece
(a report too large to hold as one string); a rich renderable is drawn on the terminal
(or a file) at its width.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from consistency.overview import ClaimBudget, DiscrepancyFilter
from consistency.records import Report
from consistency.registry import Registry

BUILTIN_MODULES = tuple(
    f"consistency.renderers.{name}" for name in ("csv", "html", "json", "jsonl", "markdown", "table")
)


@dataclass(frozen=True)
class RenderOptions:
    include_alignments: bool = False
    #: Which discrepancies to list; totals and the source matrix still count them all.
    selection: DiscrepancyFilter = DiscrepancyFilter()
    #: How many claims, and rows in each, the table, Markdown and HTML lay out.
    budget: ClaimBudget = ClaimBudget()


class TextPieces:
    """Text made piece by piece each time it is iterated; ``str()`` joins it."""

    def __init__(self, make: Callable[[], Iterator[str]]):
        self._make = make

    def __iter__(self) -> Iterator[str]:
        return self._make()

    def __str__(self) -> str:
        return "".join(self._make())


Renderer = Callable[[Report, RenderOptions], Any]

renderers: Registry[Renderer] = Registry("format")


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 document", "2 documents"; ``many`` for irregular plurals ("copy", "copies")."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def load_builtin_renderers() -> Registry[Renderer]:
    for module in BUILTIN_MODULES:
        importlib.import_module(module)
    return renderers
