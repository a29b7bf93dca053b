"""Read the labelled aggregator pages in tests/fixtures/ingest/aggregator and score how the
page reader handles them: which articles it finds, their outlets and titles, and which
labelled segments end up in article text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from consistency.loaders import parse_text_article
from consistency.records import Document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
JOINS = {"nl": "\n", "sp": " ", "blank": "\n\n"}


@dataclass(frozen=True)
class Segment:
    label: str
    article: int | None
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class LabelledPage:
    name: str
    text: str
    segments: tuple[Segment, ...]
    facts: dict[str, str]

    def expected_sources(self) -> dict[int, str]:
        pairs = [item.split("=", 1) for item in self.facts.get("expected_source", "").split(";") if "=" in item]
        return {int(number.strip()): name.strip() for number, name in pairs}

    def copy_groups(self) -> list[set[int]]:
        groups = [group for group in self.facts.get("copies", "").split(";") if group.strip()]
        return [{int(n) for n in group.split(",")} for group in groups]

    def titles(self) -> dict[int, str]:
        """Each article's title: its title segment without the list number a numbered page
        prints before every title ("1. Lakeshore ferry returns" is the headline "Lakeshore
        ferry returns")."""
        titles: dict[int, str] = {}
        for segment in self.segments:
            if segment.label == "title" and segment.article is not None:
                titles.setdefault(segment.article, segment.text)
        numbered = len(titles) >= 2 and all(re.match(r"\d{1,3}\.\s", title) for title in titles.values())
        return {article: re.sub(r"^\d{1,3}\.\s+", "", title) if numbered else title for article, title in titles.items()}


def read_labelled_page(tsv: Path) -> LabelledPage:
    facts: dict[str, str] = {}
    segments: list[Segment] = []
    position = 0
    for line in tsv.read_text(encoding="utf-8").split("\n"):
        if not line:
            continue
        if line.startswith("#"):
            key, _, value = line[1:].strip().partition(":")
            facts[key.strip()] = value.strip()
            continue
        label, article, join, text = line.split("\t")
        if segments:
            position += len(JOINS[join])
        segments.append(Segment(label, None if article == "-" else int(article), position, position + len(text), text))
        position += len(text)
    page = tsv.with_suffix(".txt").read_text(encoding="utf-8")
    return LabelledPage(tsv.stem, page, tuple(segments), facts)


def labelled_pages(folder: str = "aggregator") -> list[LabelledPage]:
    return [read_labelled_page(tsv) for tsv in sorted((FIXTURES / folder).glob("*.tsv"))]


def covered_share(document: Document, start: int, end: int) -> float:
    covered = 0
    for _, input_start, length in document.offsets:
        covered += max(0, min(end, input_start + length) - max(start, input_start))
    return covered / max(1, end - start)


@dataclass(frozen=True)
class PageScore:
    documents: tuple[Document, ...]
    #: article number -> the document that holds most of its body
    document_of_article: dict[int, Document]
    kept: dict[Segment, bool]


def score_page(page: LabelledPage) -> PageScore:
    documents = tuple(parse_text_article(f"{page.name}.txt", page.text, page.name).documents)
    kept = {}
    holders: dict[int, dict[str, int]] = {}
    for segment in page.segments:
        shares = [(covered_share(d, segment.start, segment.end), d.id) for d in documents]
        best_share, best_id = max(shares, default=(0.0, ""))
        kept[segment] = best_share >= 0.5
        if segment.label == "body" and segment.article is not None and best_share >= 0.5:
            counts = holders.setdefault(segment.article, {})
            counts[best_id] = counts.get(best_id, 0) + 1
    by_id = {d.id: d for d in documents}
    document_of_article = {article: by_id[max(counts, key=counts.get)] for article, counts in holders.items()}
    return PageScore(documents, document_of_article, kept)
