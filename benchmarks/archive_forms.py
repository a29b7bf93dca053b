"""A grid of news-archive export forms: the page reader on a database's search results saved
as text, with real articles.

Media researchers seldom read articles on the outlets' sites: they search a news database
and export the hits as one text. Each service prints a record its own way: a legacy
full-text service puts "3 of 12 DOCUMENTS" over a centred copyright, the outlet, the date
and labelled fields in capitals ("HEADLINE:", "BYLINE:", "BODY:"); its successor prints the
title, the outlet and the date first, then "Section:", "Length:" and "Body"; a business
database labels every line with a two-letter code ("HD", "SN", "LP", "TD"); a library
database gives "Full text" and then a list of fields ("Publication title: X"); others print
the outlet with its city and date on one line, or a field list before the text; a media
monitoring service's report adds reach and sentiment. Every page
here prints one service's form for all its records, with the rest drawn at random: text as a
paragraph a line or hard-wrapped, optional fields present or not, the service's header and
footer or none. The articles are real (../shared/real-news/, as in ``layouts.py``). The
score is ``layouts.score_page``'s: a record counts when its text is one article, with none
of the fields, and its outlet is right. Each form is also printed as one record exported
alone, as a researcher saves a single hit.

The forms were written from how such services print records, not from the held-out
``archive_export`` layout, whose pages this session has not read; that layout stays the
measure of what carries over.

This is development data: the reader has been changed with it in view.

Run: .venv/bin/python benchmarks/archive_forms.py [--pages-per-form N] [--all]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import layouts  # noqa: E402

CITIES = ("London", "New York", "Toronto", "Sydney", "Chicago", "Dublin", "Manchester", "Los Angeles")
SECTIONS = ("NEWS", "WORLD", "NATIONAL", "FRONT PAGE", "Business", "Metro", "International")


class Record:
    """What one record prints, drawn once per record."""

    def __init__(self, rng: random.Random, article: layouts.SourceArticle, number: int, total: int) -> None:
        self.article = article
        self.outlet = layouts.display_name(article.outlet)
        self.title = article.title
        self.writer = rng.choice(layouts.AUTHORS)
        self.day = date(2014, 1, 1) + timedelta(days=rng.randrange(900))
        #: The day the archive loaded the record: the next one.
        self.load_day = self.day + timedelta(days=1)
        self.words = sum(len(p.split()) for p in article.paragraphs)
        self.number, self.total = number, total
        self.section = rng.choice(SECTIONS)
        self.page = rng.randint(1, 40)
        self.city = rng.choice(CITIES)
        self.code = "".join(c for c in self.outlet.upper() if c.isalpha())[:4] or "NEWS"
        self.id = f"{self.code}{self.day:%Y%m%d}{rng.randrange(10**6):06d}"


Writer = Callable[[layouts._PageBuilder, random.Random, Record, str], None]


def _text(b: layouts._PageBuilder, rng: random.Random, r: Record, style: str) -> None:
    layouts.write_body(b, r.article, style, rng)


def _legacy_caps(b: layouts._PageBuilder, rng: random.Random, r: Record, style: str) -> None:
    """The older full-text service: "3 of 12 DOCUMENTS", the copyright and the outlet
    centred, the date, then fields in capitals and "BODY:"."""
    b.add(f"{r.number} of {r.total} DOCUMENTS".center(70).rstrip(), "separator")
    b.blank()
    b.add(f"Copyright {r.day.year} {r.outlet}".center(70).rstrip(), "copyright")
    b.add("All Rights Reserved".center(70).rstrip(), "copyright")
    b.blank()
    b.add(r.outlet.center(70).rstrip(), "outlet")
    b.blank()
    b.add(f"{r.day:%B} {r.day.day}, {r.day.year} {r.day:%A}".center(70).rstrip(), "time")
    b.blank()
    b.add(f"SECTION: {r.section.upper()}; Pg. {r.page}", "section")
    b.blank()
    b.add(f"LENGTH: {r.words} words", "time")
    b.blank()
    b.start(r.article, r.outlet, r.title)
    b.add(f"HEADLINE: {r.title}", "title")
    b.blank()
    if rng.random() < 0.7:
        b.add(f"BYLINE: {r.writer}", "byline")
        b.blank()
    if rng.random() < 0.4:
        b.add(f"DATELINE: {r.city.upper()}", "time")
        b.blank()
    b.add("BODY:", "section")
    b.blank()
    _text(b, rng, r, style)
    b.end()
    b.blank()
    b.add(f"LOAD-DATE: {r.load_day:%B} {r.load_day.day}, {r.day.year}", "time")
    b.blank()
    b.add("LANGUAGE: ENGLISH", "section")
    b.blank()
    b.add("PUBLICATION-TYPE: Newspaper", "section")


def _titled_fields(b: layouts._PageBuilder, rng: random.Random, r: Record, style: str) -> None:
    """The newer service: the title, the outlet, the date and the copyright first, then
    "Section:", "Length:", "Byline:", "Body", the text, "Load-Date:" and "End of Document"."""
    b.start(r.article, r.outlet, r.title)
    b.add(r.title, "title")
    b.add(r.outlet + rng.choice(["", "", " (Online)", f" ({r.city})"]), "outlet")
    b.add(f"{r.day:%B} {r.day.day}, {r.day.year} {r.day:%A}" + rng.choice(["", " 9:41 AM GMT"]), "time")
    if rng.random() < 0.6:
        b.add(f"Copyright {r.day.year} {r.outlet} All Rights Reserved", "copyright")
    b.blank()
    b.add(f"Section: {r.section}; Pg. {r.page}", "section")
    b.add(f"Length: {r.words} words", "time")
    if rng.random() < 0.7:
        b.add(f"Byline: {r.writer}", "byline")
    if rng.random() < 0.3:
        b.add(f"Highlight: {r.article.paragraphs[0].split('. ')[0].rstrip('.')}", "pullquote")
    b.blank()
    b.add("Body", "section")
    b.blank()
    _text(b, rng, r, style)
    b.end()
    b.blank()
    if rng.random() < 0.4:
        b.add(f"Graphic: {r.writer} / {r.outlet}", "credit")
        b.blank()
    b.add(f"Load-Date: {r.load_day:%B} {r.load_day.day}, {r.day.year}", "time")
    b.blank()
    b.add("End of Document", "separator")


def _coded_fields(b: layouts._PageBuilder, rng: random.Random, r: Record, style: str) -> None:
    """The business database's codes: "HD" the title, "BY", "WC", "PD", "SN" the outlet,
    "SC", "LA", "CY", then "LP" over the lead paragraphs and "TD" over the rest."""
    b.start(r.article, r.outlet, r.title)
    b.add(f"HD {r.title}", "title")
    b.add(f"BY {r.writer}", "byline")
    b.add(f"WC {r.words} words", "time")
    b.add(f"PD {r.day.day} {r.day:%B} {r.day.year}", "time")
    if rng.random() < 0.5:
        b.add("ET 09:41", "time")
    b.add(f"SN {r.outlet}", "outlet")
    b.add(f"SC {r.code}", "section")
    if rng.random() < 0.5:
        b.add(f"PG {r.page}", "section")
    b.add("LA English", "section")
    b.add(f"CY Copyright {r.day.year} {r.outlet}. All rights reserved.", "copyright")
    paragraphs = r.article.paragraphs
    lead = min(2, max(1, len(paragraphs) - 1)) if len(paragraphs) > 1 else 1
    if rng.random() < 0.5:
        b.add("LP", "section")
    head = layouts.SourceArticle(r.article.path, r.article.outlet, r.article.title, paragraphs[:lead])
    layouts.write_body(b, head, style, rng)
    if paragraphs[lead:]:
        b.blank()
        b.add("TD", "section")
        rest = layouts.SourceArticle(r.article.path, r.article.outlet, r.article.title, paragraphs[lead:])
        layouts.write_body(b, rest, style, rng)
    b.end()
    b.add("NS gcat : Political/General News", "section")
    b.add(f"RE {rng.choice(['uk : United Kingdom', 'usa : United States', 'cana : Canada'])}", "section")
    b.add(f"PUB {r.outlet} Ltd", "section")
    b.add(f"AN Document {r.id}", "footer")


def _code_free_business(b: layouts._PageBuilder, rng: random.Random, r: Record, style: str) -> None:
    """The business database without codes: the title, the writer, the word count, the
    date, the outlet, its code, the language, the copyright, the text, "Document X"."""
    b.start(r.article, r.outlet, r.title)
    b.add(r.title, "title")
    b.add(r.writer, "byline")
    b.add(f"{r.words} words", "time")
    b.add(f"{r.day.day} {r.day:%B} {r.day.year}", "time")
    b.add(r.outlet, "outlet")
    b.add(r.code, "section")
    b.add("English", "section")
    b.add(f"(c) {r.day.year} {r.outlet}. All rights reserved.", "copyright")
    b.blank()
    _text(b, rng, r, style)
    b.end()
    b.blank()
    b.add(f"Document {r.id}", "footer")


def _library_fields(b: layouts._PageBuilder, rng: random.Random, r: Record, style: str) -> None:
    """The library database: the title, "Author:", "Publication info:", a link, "Full text",
    the text, then one field a line ("Publication title: X", "Source type:", ...)."""
    b.start(r.article, r.outlet, r.title)
    b.add(r.title, "title")
    b.blank()
    b.add(f"Author: {r.writer}", "byline")
    b.blank()
    b.add(f"Publication info: {r.outlet}; {r.city} [{r.city}]. {r.day.day} {r.day:%b} {r.day.year}: {r.page}.", "outlet")
    b.blank()
    b.add("ProQuest document link" if rng.random() < 0.5 else "Document link", "footer")
    b.blank()
    b.add("Full text", "section")
    b.blank()
    _text(b, rng, r, style)
    b.end()
    b.blank()
    b.add(f"Word count: {r.words}", "time")
    b.blank()
    fields = [
        (f"Title: {r.title}", "title"),
        (f"Publication title: {r.outlet}", "outlet"),
        (f"Pages: {r.page}", "section"),
        (f"Publication year: {r.day.year}", "time"),
        (f"Publication date: {r.day:%b} {r.day.day}, {r.day.year}", "time"),
        (f"Section: {r.section}", "section"),
        (f"Publisher: {r.outlet} Media Group", "section"),
        (f"Place of publication: {r.city}", "section"),
        ("Source type: Newspaper", "section"),
        ("Language of publication: English", "section"),
        ("Document type: News", "section"),
        (f"ProQuest document ID: {r.id[-6:]}{r.page}", "footer"),
        (f"Document URL: https://search.example.org/docview/{r.id[-6:]}", "footer"),
        (f"Copyright: Copyright {r.outlet} {r.day.year}", "copyright"),
        (f"Last updated: {r.day + timedelta(days=2)}", "time"),
        ("Database: Global Newsstream", "footer"),
    ]
    for line, label in fields:
        if label in ("title", "outlet") or rng.random() < 0.8:
            b.add(line, label)
            b.blank()
    b.add("_" * 60, "separator")


def _city_dated(b: layouts._PageBuilder, rng: random.Random, r: Record, style: str) -> None:
    """The regional archive: the title, "Outlet (City) - Tuesday, March 12, 2024", "Author: X |
    Section: Y | 523 Words", "Page: A4", a link, the text, the copyright."""
    b.start(r.article, r.outlet, r.title)
    b.add(r.title, "title")
    b.add(f"{r.outlet} ({r.city}) - {r.day:%A}, {r.day:%B} {r.day.day}, {r.day.year}", "outlet")
    b.add(f"Author: {r.writer} | Section: {r.section} | {r.words} Words", "byline")
    if rng.random() < 0.6:
        b.add(f"Page: A{r.page}", "section")
    b.add("OpenURL Link", "footer")
    b.blank()
    _text(b, rng, r, style)
    b.end()
    b.blank()
    b.add(f"Copyright (c) {r.day.year} {r.outlet}", "copyright")


def _citation_fields(b: layouts._PageBuilder, rng: random.Random, r: Record, style: str) -> None:
    """The citation export: "Title:", "Authors:", "Source: Outlet; 03/12/2024, p4", type,
    subjects, word count, accession number, database, then "Full text:" and the text."""
    b.start(r.article, r.outlet, r.title)
    b.add(f"Title: {r.title}", "title")
    b.add(f"Authors: {r.writer.split()[-1]}, {r.writer.split()[0]}", "byline")
    b.add(f"Source: {r.outlet}; {r.day:%m/%d/%Y}, p{r.page}", "outlet")
    b.add("Document Type: Article", "section")
    if rng.random() < 0.6:
        b.add("Subject Terms: " + "; ".join(layouts._tag_words(r.title, 3)), "tags")
    b.add(f"Full Text Word Count: {r.words}", "time")
    b.add(f"Accession Number: {r.id[-9:]}", "footer")
    b.add("Database: Newspaper Source", "footer")
    b.blank()
    b.add("Full text:" if rng.random() < 0.5 else "Section: " + r.section, "section")
    b.blank()
    _text(b, rng, r, style)
    b.end()


def _replica_line(b: layouts._PageBuilder, rng: random.Random, r: Record, style: str) -> None:
    """The digital-replica archive: "Outlet · 12 Mar 2024 · Page 4 · AUTHOR" over the title."""
    line = f"{r.outlet} · {r.day.day} {r.day:%b} {r.day.year} · Page {r.page}"
    if rng.random() < 0.7:
        line += f" · {r.writer.upper()}"
    b.add(line, "outlet")
    b.start(r.article, r.outlet, r.title)
    b.add(r.title, "title")
    b.blank()
    _text(b, rng, r, style)
    b.end()


def _monitoring_summary(b: layouts._PageBuilder, rng: random.Random, r: Record, style: str) -> None:
    """A media-monitoring service's report: the hit's number and title, "Outlet | date |
    Online news | Reach: 1.2M", the writer, the sentiment, the text, keywords and the link."""
    b.start(r.article, r.outlet, r.title)
    b.add(f"{r.number}. {r.title}", "title")
    reach = f"{rng.randint(2, 900)}{rng.choice(['K', 'M'])}"
    b.add(f"{r.outlet} | {r.day.day} {r.day:%b} {r.day.year} | {rng.choice(['Online news', 'Print', 'Broadcast'])} | Reach: {reach}", "outlet")
    if rng.random() < 0.6:
        b.add(f"Author: {r.writer}", "byline")
    b.add(f"Sentiment: {rng.choice(['Neutral', 'Negative', 'Positive'])}", "section")
    b.blank()
    _text(b, rng, r, style)
    b.end()
    b.blank()
    b.add("Keywords: " + ", ".join(layouts._tag_words(r.title, 3)), "tags")
    b.add(f"URL: https://{r.code.lower()}.example/{r.id[-6:]}", "footer")


def _clipping_sheet(b: layouts._PageBuilder, rng: random.Random, r: Record, style: str) -> None:
    """A press-clipping sheet: "Outlet:", "Date:", "Page:", "Circulation:", the title, the text,
    "© Outlet" under it."""
    b.add(f"Outlet: {r.outlet}", "outlet")
    b.add(f"Date: {r.day:%d.%m.%Y}", "time")
    if rng.random() < 0.6:
        b.add(f"Page: {r.page}", "section")
    b.add(f"Circulation: {rng.randint(5, 900) * 1000:,}", "section")
    b.add(f"Length: {r.words} words", "time")
    b.blank()
    b.start(r.article, r.outlet, r.title)
    b.add(r.title.upper() if rng.random() < 0.3 else r.title, "title")
    b.blank()
    _text(b, rng, r, style)
    b.end()
    b.add(f"© {r.outlet}", "copyright")


FORMS: dict[str, Writer] = {
    "legacy capitals": _legacy_caps,
    "titled fields": _titled_fields,
    "two-letter codes": _coded_fields,
    "business, no codes": _code_free_business,
    "library fields": _library_fields,
    "city and date line": _city_dated,
    "citation fields": _citation_fields,
    "replica line": _replica_line,
    "monitoring summary": _monitoring_summary,
    "clipping sheet": _clipping_sheet,
}
HEADS = (
    (),
    ("Search results: 5 documents", "Sorted by: relevance"),
    ("NEWS ARCHIVE · Export", "Printed on 4 December 2026 by user 1042"),
)
FEET = ((), ("About · Terms of use · Privacy",), ("© 2026 Archive Services Ltd. All rights reserved.",))


class _PagedBuilder(layouts._PageBuilder):
    """An export saved from its print view: every ``length`` lines the printed page's footer
    ("Page 3 of 9") and the next page's running header, wherever they fall, inside a
    paragraph too."""

    def __init__(self, length: int, header: str) -> None:
        super().__init__()
        self.length, self.header, self.page, self.used = length, header, 1, 0

    def add(self, text: str, label: str) -> None:
        if self.used >= self.length:
            self.used = 0
            super().add(f"Page {self.page}", "footer")
            self.page += 1
            super().add(self.header, "header")
        self.used += 1
        super().add(text, label)


def archive_page(form: str, number: int, stories: list[layouts.Story]) -> layouts.Page:
    """Page ``number`` of a service's export: a header or none, records, a footer or none;
    one page in three printed on numbered pages."""
    rng = random.Random(f"{form}/{number}")
    story, articles = layouts.draw_story(rng, stories)
    paged = rng.random() < 1 / 3
    b = _PagedBuilder(rng.randint(40, 60), f"Archive export · {rng.randint(1, 28)} March 2024") if paged else layouts._PageBuilder()
    for line in rng.choice(HEADS):
        b.add(line, "header")
    b.blank()
    style = rng.choice(["blank", "tight", "wrapped"])
    between = rng.choice(["blank", "blanks", "rule"])
    for position, article in enumerate(articles):
        FORMS[form](b, rng, Record(rng, article, position + 1, len(articles)), style)
        b.blank()
        if between == "blanks":
            b.blank()
            b.blank()
        elif between == "rule" and position < len(articles) - 1:
            b.add("=" * 60, "separator")
            b.blank()
    for line in rng.choice(FEET):
        b.add(line, "footer")
    return b.build(f"{form}:{number}", "archive_forms", False, story.name)


def single_record_page(form: str, number: int, stories: list[layouts.Story]) -> layouts.Page:
    """One record exported alone, as a researcher saves a single hit: no header, no footer."""
    rng = random.Random(f"single/{form}/{number}")
    story, articles = layouts.draw_story(rng, stories)
    b = layouts._PageBuilder()
    FORMS[form](b, rng, Record(rng, articles[0], 1, 1), rng.choice(["blank", "tight"]))
    return b.build(f"single:{form}:{number}", "archive_forms", False, story.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages-per-form", type=int, default=8)
    parser.add_argument("--single-pages", type=int, default=12, help="pages of one record alone per form")
    parser.add_argument("--all", action="store_true", help="list every form, not only those with errors")
    args = parser.parse_args(argv)
    stories = list(layouts.load_stories(layouts.CORPUS))
    totals: Counter[str] = Counter()
    print(f"{'form':22s} {'ex+out':>9s} {'exact':>6s} {'outlet':>6s} {'title':>6s} {'leaked':>6s} {'lost':>5s} {'split':>5s}")
    for form in FORMS:
        counts: Counter[str] = Counter()
        for number in range(args.pages_per_form):
            counts.update(layouts.form_counts(layouts.score_page(archive_page(form, number, stories))))
        totals.update(counts)
        if args.all or counts["right"] < counts["articles"] or counts["leaked"]:
            right = f"{counts['right']}/{counts['articles']}"
            print(
                f"{form:22s} {right:>9s} {counts['exact']:6d} {counts['outlet']:6d} {counts['title']:6d} "
                f"{counts['leaked']:6d} {counts['lost']:5d} {counts['split']:5d}"
            )
    share = totals["right"] / totals["articles"]
    print(
        f"all: {totals['right']}/{totals['articles']} = {share:.1%} exact with the outlet; "
        f"exact {totals['exact']}, outlet {totals['outlet']}, title {totals['title']}; "
        f"leaked {totals['leaked']}, lost {totals['lost']}, split {totals['split']}"
    )
    alone: Counter[str] = Counter()
    per_form = []
    for form in FORMS:
        counts = Counter()
        for number in range(args.single_pages):
            counts.update(layouts.form_counts(layouts.score_page(single_record_page(form, number, stories))))
        alone.update(counts)
        per_form.append(f"{form} {counts['right']}/{counts['articles']}")
    print(f"one record alone: {alone['right']}/{alone['articles']} exact with the outlet ({', '.join(per_form)}); leaked {alone['leaked']}, lost {alone['lost']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
