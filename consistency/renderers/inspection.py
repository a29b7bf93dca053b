"""Rendering of ``consistency inspect``: the documents read and the text left out."""

from __future__ import annotations

import json

from rich.console import Group
from rich.table import Table
from rich.text import Text

from consistency.inspection import Inspection
from consistency.language import is_compared, why_not_compared
from consistency.printable import literal
from consistency.renderers import plural


def inspection_table(inspection: Inspection, show_dropped: bool, show_sentences: bool) -> Group:
    copies = sum(1 for summary in inspection.documents if summary.document.copy_of)
    outlets = {summary.document.source for summary in inspection.documents}
    not_compared = sum(1 for summary in inspection.documents if not is_compared(summary.document.language))
    summary = Text(
        f"{plural(len(inspection.documents), 'document')} from {plural(len(outlets), 'outlet')}, "
        f"{plural(sum(s.n_sentences for s in inspection.documents), 'sentence')}, "
        f"{plural(copies, 'syndicated copy', 'syndicated copies')}, {plural(len(inspection.dropped), 'piece')} left out"
        + (f", {not_compared} read but not compared (language)" if not_compared else "")
    )
    table = Table(expand=True, title="Documents", title_justify="left")
    table.add_column("id", ratio=2)
    table.add_column("outlet", ratio=2)
    table.add_column("title", ratio=4)
    table.add_column("sentences", justify="right", no_wrap=True)
    table.add_column("copy of", ratio=2)
    table.add_column("language", no_wrap=True)
    table.add_column("found by", ratio=3)
    for item in inspection.documents:
        document = item.document
        language = document.language + ("" if is_compared(document.language) else " (not compared)")
        table.add_row(
            Text(literal(document.id)), Text(literal(document.source)), Text(literal(document.title)), str(item.n_sentences),
            Text(literal(document.copy_of)), Text(language), Text(literal(document.found_by)),
        )
    parts: list = [summary, table]
    if show_sentences:
        for item, sentences in zip(inspection.documents, inspection.sentences):
            listing = Table(expand=True, title=f"Sentences of {item.document.id}", title_justify="left", show_header=False)
            listing.add_column("#", justify="right", no_wrap=True)
            listing.add_column("sentence")
            for sentence in sentences:
                listing.add_row(str(sentence.index), Text(literal(sentence.text)))
            parts.append(listing)
    if show_dropped:
        dropped = Table(expand=True, title="Left out", title_justify="left")
        dropped.add_column("where", no_wrap=True)
        dropped.add_column("why", no_wrap=True)
        dropped.add_column("text")
        for piece in inspection.dropped:
            dropped.add_row(Text(literal(f"{piece.path}:{piece.line}")), Text(piece.reason), Text(literal(piece.text)))
        parts.append(dropped)
    return Group(*parts)


def inspection_json(inspection: Inspection) -> str:
    data = {
        "documents": [
            {
                "id": item.document.id,
                "source": item.document.source,
                "title": item.document.title,
                "path": item.document.path,
                "published": item.document.published,
                "url": item.document.url,
                "n_sentences": item.n_sentences,
                "copy_of": item.document.copy_of or None,
                "language": item.document.language or None,
                "compared": is_compared(item.document.language),
                "why_not_compared": why_not_compared(item.document.language) or None,
                "found_by": item.document.found_by,
                "sentences": [
                    {"index": s.index, "text": s.text, "start": s.start, "end": s.end,
                     "input_start": item.document.input_offset(s.start)}
                    for s in sentences
                ],
            }
            for item, sentences in zip(inspection.documents, inspection.sentences)
        ],
        "dropped": [{"path": p.path, "line": p.line, "reason": p.reason, "text": p.text} for p in inspection.dropped],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
