"""Aggregator page layouts filled with real articles, and a segmentation score for the
page reader.

An aggregator page, saved as text, holds several outlets' articles one after another with
site furniture around and between them. Each layout below writes such a page its own way
(outlet before or after the title, bylines, relative times, cookie banners, share bars,
newsletter and sponsored boxes, captions, "Read more" links, lists inside articles) with
its own furniture wording, and fills it with real articles from ../shared/real-news/. The
page comes with its truth, line by line: which lines are each article's body, its outlet
and title as shown, and what every other line is.

``score_page`` runs ``read_page`` on the text and compares: articles found with exact
boundaries, outlet and title right, furniture lines leaked into an article, body lines
lost, articles merged or split, and articles made of furniture only. A third of the
layouts (``HELD_OUT``) are kept out of development and reported separately, so that a reader
tuned on the others can be seen to carry over, or not; a new layout is written as held out
before the reader is changed for its shape.

Run: .venv/bin/python benchmarks/layouts.py [--pages-per-layout N] [--seed S]
     [--held-out-only | --dev-only] [--show-errors K] [--write DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import textwrap
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from consistency.ingest.pages import PageReading, read_page

#: The real articles live beside the checkout, not in it.
CORPUS = REPO.parent / "shared" / "real-news"

#: What each line of a page is. Only ``body`` is article text; ``residue`` is a short
#: non-prose paragraph the source article itself carried over from its site ("Scroll down
#: for video", "Advertisement"): nobody can say whether it is article text, so the score
#: neither asks for it nor counts it as furniture.
LABELS = {
    "body": "article text",
    "residue": "a short non-prose paragraph inside the source article (not scored)",
    "title": "the article's title",
    "outlet": "a line naming the article's outlet (alone or with a time)",
    "byline": "a byline (may name the outlet)",
    "time": "a relative or clock time, read time",
    "section": "a section kicker or group heading",
    "header": "site name, tagline, navigation at the top",
    "footer": "site links and notes at the bottom",
    "copyright": "a copyright line",
    "cookie": "a cookie or privacy banner",
    "share": "a share bar",
    "newsletter": "a newsletter sign-up box",
    "sponsored": "a sponsored box (often in another language)",
    "caption": "an image caption",
    "credit": "a photo credit",
    "readmore": "'Read more' / 'Related' links and their titles",
    "comments": "comment or reaction counts",
    "tags": "tag or hashtag lists",
    "pullquote": "a sentence of the article repeated in large type",
    "separator": "a rule between articles",
    "references": "a text browser's list of link targets",
    "blank": "an empty line",
}
ARTICLE_TEXT = "body"
NOT_SCORED = frozenset({"residue", "blank"})

#: The reader sees each article shortened to this many words (whole sentences): an
#: aggregator's excerpt, and pages small enough to read quickly.
MAX_WORDS = 400
MIN_SENTENCES = 3


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class SourceArticle:
    path: str  # relative to the corpus root
    outlet: str  # front matter ``source``: a web domain, or an agency for CSTBank
    title: str
    paragraphs: tuple[str, ...]  # the body as put on the page, shortened to MAX_WORDS


@dataclass(frozen=True)
class Story:
    name: str  # "emergent/<claim>" or "cstbank-mds/<cluster>"
    articles: tuple[SourceArticle, ...]

    def repeated_outlets(self) -> list[str]:
        counts = Counter(a.outlet for a in self.articles)
        return sorted(outlet for outlet, count in counts.items() if count >= 2)


class CorpusMissing(Exception):
    pass


#: A sentence ends at . ! ? (and any closing quotes) before a space and a capital or digit.
_SENTENCE_END = re.compile(r"""[.!?]["”’')\]]*(?=\s+["“‘(\[]?[A-Z0-9])""")
#: A full stop after these does not end a sentence ("Mr. Godane", "the U.S. State Department").
_ABBREVIATION = re.compile(
    r"(?:[A-Z]\.)+|[A-Z][a-z]?\."
    r"|(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Capt|Prof|Rev|Inc|Corp|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs)\."
)
_ENDS_SENTENCE = re.compile(r"""[.!?]["”’')\]]*$""")


def sentences(paragraph: str) -> list[str]:
    """Rough sentences; joined with spaces they give back the paragraph's words."""
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        last_word = paragraph[: match.end()].split()[-1].lstrip("\"“‘([")
        if paragraph[match.start()] == "." and _ABBREVIATION.fullmatch(last_word):
            continue
        parts.append(paragraph[start : match.end()].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    return [p for p in [*parts, tail] if p]


#: The source site's own link boxes, left in some bodies: "RELATED: ...", "SEE ALSO: ...",
#: "» More ...", ">> Follow X on Twitter".
_SOURCE_LINK_BOX = re.compile(
    r"^(?:(?:related|see\s+also|more|also\s+read|read\s+more|read\s+next)\s*:|»|>>|—+\s*>>)", re.IGNORECASE
)


def is_residue(paragraph: str) -> bool:
    """A leftover of the source site, not prose: a few words, a short line with no sentence
    end ("Scroll down for video", "VIEW GALLERY", "Who is Godane"), or the site's own link
    box. A line that leads into a quote (ends with ":") or is part of a quoted tweet (@, a
    link) is article text: quoted tweets belong to the article."""
    words = paragraph.split()
    if len(words) <= 3 or _SOURCE_LINK_BOX.match(paragraph):
        return True
    quoted_or_leading = paragraph.rstrip().endswith(":") or re.search(r"@\w|https?://", paragraph)
    return len(words) <= 12 and not _ENDS_SENTENCE.search(paragraph) and not quoted_or_leading


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---"):
        return {}, text
    _, head, body = text.split("---", 2)
    fields = {}
    for line in head.strip().splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields, body


def _shortened(paragraphs: list[str]) -> tuple[str, ...]:
    """Whole paragraphs up to MAX_WORDS; a paragraph that would cross it is cut after a sentence."""
    kept: list[str] = []
    words = 0
    for paragraph in paragraphs:
        size = len(paragraph.split())
        if words + size <= MAX_WORDS:
            kept.append(paragraph)
            words += size
            continue
        taken: list[str] = []
        for sentence in sentences(paragraph):
            if words + len(sentence.split()) > MAX_WORDS and (taken or kept):
                break
            taken.append(sentence)
            words += len(sentence.split())
        if taken:
            kept.append(" ".join(taken))
        break
    return tuple(kept)


def read_article(path: Path, root: Path) -> SourceArticle | None:
    """The article, or None when it has under MIN_SENTENCES sentences of prose."""
    fields, body = _front_matter(path.read_text(encoding="utf-8"))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()]
    paragraphs = list(_shortened(paragraphs))
    prose = [p for p in paragraphs if not is_residue(p)]
    if sum(len(sentences(p)) for p in prose) < MIN_SENTENCES or not fields.get("source"):
        return None
    return SourceArticle(str(path.relative_to(root)), fields["source"], fields.get("title", ""), tuple(paragraphs))


@lru_cache(maxsize=4)
def load_stories(root: Path) -> tuple[Story, ...]:
    """Story folders with at least three usable articles from at least two outlets."""
    if not root.is_dir():
        raise CorpusMissing(f"real-news corpus not found at {root} (expected ../shared/real-news beside the checkout)")
    stories = []
    for folder in sorted([*root.glob("emergent/*/"), *root.glob("cstbank-mds/*/")]):
        articles = tuple(a for a in (read_article(p, root) for p in sorted(folder.glob("*.txt"))) if a)
        if len(articles) >= 3 and len({a.outlet for a in articles}) >= 2:
            stories.append(Story(str(folder.relative_to(root)), articles))
    if not stories:
        raise CorpusMissing(f"no usable story folders under {root}")
    return tuple(stories)


#: How aggregators print the common outlets of the corpus; others are shown by domain.
OUTLET_NAMES = {
    "dailymail.co.uk": "Daily Mail", "mirror.co.uk": "Mirror", "metro.co.uk": "Metro",
    "telegraph.co.uk": "The Telegraph", "independent.co.uk": "The Independent", "inquisitr.com": "Inquisitr",
    "huffingtonpost.com": "HuffPost", "nydailynews.com": "New York Daily News",
    "businessinsider.com": "Business Insider", "buzzfeed.com": "BuzzFeed", "theguardian.com": "The Guardian",
    "washingtonpost.com": "The Washington Post", "ibtimes.com": "International Business Times",
    "nypost.com": "New York Post", "ibtimes.co.uk": "IBTimes UK", "gawker.com": "Gawker", "mashable.com": "Mashable",
    "mediaite.com": "Mediaite", "huffingtonpost.co.uk": "HuffPost UK", "foxnews.com": "Fox News", "bbc.com": "BBC",
    "bbc.co.uk": "BBC", "time.com": "Time", "cnn.com": "CNN", "usatoday.com": "USA Today", "cbc.ca": "CBC News",
    "nbcnews.com": "NBC News", "ibtimes.co.in": "IBTimes India", "dailystar.co.uk": "Daily Star",
    "theepochtimes.com": "The Epoch Times", "nymag.com": "New York Magazine", "macrumors.com": "MacRumors",
    "express.co.uk": "Daily Express", "breitbart.com": "Breitbart", "theblaze.com": "TheBlaze",
    "reuters.com": "Reuters", "theverge.com": "The Verge", "latimes.com": "Los Angeles Times", "uproxx.com": "Uproxx",
    "thedailybeast.com": "The Daily Beast", "nytimes.com": "The New York Times", "appleinsider.com": "AppleInsider",
    "techtimes.com": "Tech Times", "smh.com.au": "The Sydney Morning Herald", "opposingviews.com": "Opposing Views",
    "dailycaller.com": "The Daily Caller", "gizmodo.com": "Gizmodo", "english.alarabiya.net": "Al Arabiya",
    "news.nationalpost.com": "National Post", "jezebel.com": "Jezebel", "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News", "npr.org": "NPR", "slate.com": "Slate", "vox.com": "Vox", "wired.com": "Wired",
    "forbes.com": "Forbes", "theatlantic.com": "The Atlantic", "newsweek.com": "Newsweek", "sky.com": "Sky News",
    "news.sky.com": "Sky News", "aljazeera.com": "Al Jazeera", "thesun.co.uk": "The Sun", "salon.com": "Salon",
    "AP": "Associated Press", "NYT": "The New York Times", "VOA": "Voice of America", "PRI": "PRI",
}


def draw_story(rng: random.Random, stories: Sequence[Story], fewest: int = 3, most: int = 5) -> tuple[Story, list[SourceArticle]]:
    """A story drawn at random and from ``fewest`` to ``most`` of its articles in a random order."""
    story = rng.choice(stories)
    articles = list(story.articles)
    rng.shuffle(articles)
    return story, articles[: rng.randint(fewest, most)]


def display_name(outlet: str) -> str:
    return OUTLET_NAMES.get(outlet, outlet)


# --------------------------------------------------------------------------- pages and truth


@dataclass(frozen=True)
class TrueArticle:
    outlet: str  # as shown on the page
    title: str  # as shown on the page
    first_line: int  # first body line (0-based index into the page's lines)
    last_line: int
    body_lines: tuple[int, ...]
    residue_lines: tuple[int, ...]
    source_path: str
    text: str  # the article text put on the page, paragraphs joined by blank lines


@dataclass(frozen=True)
class Page:
    page_id: str
    layout: str
    held_out: bool
    story: str
    lines: tuple[str, ...]
    labels: tuple[str, ...]
    #: for each line, the piece of article text it carries without list markers or indent
    fragments: tuple[str, ...]
    articles: tuple[TrueArticle, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


class _PageBuilder:
    """Collects a page's lines and their labels while a layout writes it."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.labels: list[str] = []
        self.fragments: list[str] = []
        self.articles: list[TrueArticle] = []
        self._open: tuple[SourceArticle, str, str, int] | None = None

    def add(self, text: str, label: str) -> None:
        assert "\n" not in text and label in LABELS, (text, label)
        self.lines.append(text)
        self.labels.append("blank" if not text.strip() else label)
        self.fragments.append("")

    def blank(self) -> None:
        self.add("", "blank")

    def start(self, article: SourceArticle, outlet_shown: str, title_shown: str) -> None:
        assert self._open is None, "an article is already open"
        self._open = (article, outlet_shown, title_shown, len(self.lines))

    def body(self, text: str, fragment: str, label: str = ARTICLE_TEXT) -> None:
        assert self._open is not None and label in (ARTICLE_TEXT, "residue")
        self.add(text, label)
        self.fragments[-1] = fragment

    def end(self) -> None:
        assert self._open is not None
        article, outlet, title, opened = self._open
        body = tuple(i for i in range(opened, len(self.lines)) if self.labels[i] == ARTICLE_TEXT)
        residue = tuple(i for i in range(opened, len(self.lines)) if self.labels[i] == "residue")
        assert body, f"{article.path}: no body line written"
        text = "\n\n".join(article.paragraphs)
        self.articles.append(TrueArticle(outlet, title, body[0], body[-1], body, residue, article.path, text))
        self._open = None

    def build(self, page_id: str, layout: str, held_out: bool, story: str) -> Page:
        assert self._open is None
        return Page(
            page_id, layout, held_out, story, tuple(self.lines), tuple(self.labels), tuple(self.fragments), tuple(self.articles)
        )


def _ad_box(b: _PageBuilder, label: str, text: str) -> None:
    """An ad between articles, set apart: its label ("Anzeige") over its line of copy."""
    b.blank()
    b.add(label, "sponsored")
    b.add(text, "sponsored")


def write_body(
    b: _PageBuilder,
    article: SourceArticle,
    style: str,
    rng: random.Random,
    *,
    list_marker: Callable[[int], str] | None = None,
    between: Callable[[int], None] | None = None,
    indent: str = "",
    width: int = 72,
) -> None:
    """Write an article's paragraphs the way a layout shows them.

    ``style``: "blank" (a paragraph a line, empty lines between), "tight" (a paragraph a
    line), "one_line" (the whole body on one line, as the seed page's later articles) or
    "wrapped" (hard-wrapped at ``width``, as a text browser saves it). ``list_marker``
    shows one paragraph of three to six sentences as a list, a sentence an item;
    ``between(i)`` writes furniture after paragraph ``i`` (never after the last).
    """
    paragraphs = article.paragraphs
    if style == "one_line":
        joined = " ".join(paragraphs)
        b.body(indent + joined, joined)
        return
    list_at = None
    if list_marker is not None:
        candidates = [i for i, p in enumerate(paragraphs) if i > 0 and _listable(p)]
        list_at = rng.choice(candidates) if candidates else None
    for position, paragraph in enumerate(paragraphs):
        if position and style in ("blank", "wrapped"):
            b.blank()
        label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
        if position == list_at:
            for number, sentence in enumerate(sentences(paragraph), start=1):
                b.body(indent + list_marker(number) + sentence, sentence)
        elif style == "wrapped":
            for piece in textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False):
                b.body(indent + piece, piece, label)
        else:
            b.body(indent + paragraph, paragraph, label)
        if between is not None and position < len(paragraphs) - 1:
            between(position)


def _listable(paragraph: str) -> bool:
    """A paragraph of three to six whole sentences reads as a list, a sentence an item."""
    items = sentences(paragraph)
    return 3 <= len(items) <= 6 and all(len(i.split()) >= 4 and _ENDS_SENTENCE.search(i) for i in items)


@dataclass(frozen=True)
class PageContext:
    """What a layout may draw on besides the page's own articles."""

    other_titles: tuple[str, ...]  # real headlines of other stories, for link boxes
    story: str


@dataclass(frozen=True)
class Layout:
    name: str
    description: str
    write: Callable[[_PageBuilder, random.Random, list[SourceArticle], PageContext], None]
    #: pick a story where one outlet has several articles, printed in a row
    outlet_runs: bool = False


#: Invented people for bylines.
AUTHORS = (
    "Jane Doe", "Marta Lind", "Tomasz Brenner", "Aisha Karim", "Owen Gallagher", "Lucia Ferro", "Dev Mehta",
    "Hannah Okafor", "Pieter Vos", "Rosa Delgado", "Sam Whitlock", "Ingrid Nyberg", "Kenji Arai", "Nora Blake",
)


def _ago(rng: random.Random, forms: tuple[str, ...]) -> str:
    """A relative time in one of a layout's forms; {n} is a number of that form's unit."""
    form = rng.choice(forms)
    return form.format(n=rng.randint(2, 11))


def _tag_words(title: str, count: int) -> list[str]:
    words = [w.strip("'’\":,.?!()") for w in title.split()]
    picked = [w for w in words if len(w) >= 4 and w[:1].isupper()]
    return list(dict.fromkeys(picked))[:count] or ["News"]


# --------------------------------------------------------------------------- development layouts


def _daily_digest(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """Like the seed page: outlet, time, "- outlet", title, the whole body on one line."""
    b.add("Newsdeck: stories from around the web", "header")
    b.add("We use cookies to improve your visit. Accept all | Manage choices", "cookie")
    for article in articles:
        outlet = display_name(article.outlet)
        b.blank()
        b.blank()
        b.add(outlet, "outlet")
        b.add(_ago(rng, ("an hour ago", "{n} hours ago", "{n}0 minutes ago")), "time")
        b.add(f"- {outlet}", "outlet")
        b.add(article.title, "title")
        b.start(article, outlet, article.title)
        write_body(b, article, "one_line", rng)
        b.end()
        if rng.random() < 0.4:
            _ad_box(b, "Contenido patrocinado", "Vuelos a Lisboa desde 29 €. ¡Reserva ahora y viaja este verano!")
        if rng.random() < 0.4:
            b.add("Comments", "comments")
            b.add("Nobody has commented yet.", "comments")
    b.blank()
    b.add("© 2024 Newsdeck. All rights reserved.", "copyright")


def _source_after_title(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """Title, then "Source: Outlet · Updated N hours ago", a share bar, paragraphs."""
    b.add("HEADLINE HUB", "header")
    b.add("Home | World | Business | Tech | Sport", "header")
    b.add("This site uses cookies. By continuing to browse you agree to their use. [OK]", "cookie")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(article.title, "title")
        b.add(f"Source: {outlet} · {_ago(rng, ('Updated {n} hours ago', 'Updated {n} min ago'))}", "outlet")
        b.add("Share  Tweet  Email", "share")
        b.blank()
        read_more_at = rng.randrange(max(1, len(article.paragraphs) - 1))

        def read_more(position: int, at: int = read_more_at) -> None:
            if position == at:
                b.blank()
                b.add(f"Read more: {rng.choice(ctx.other_titles)}", "readmore")

        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng, between=read_more)
        b.end()
        if number < len(articles) - 1 and rng.random() < 0.5:
            b.blank()
            b.add("Get the morning briefing", "newsletter")
            b.add("Sign up for our free newsletter and never miss a story.", "newsletter")
            b.add("Enter your email address", "newsletter")
            b.add("Subscribe", "newsletter")
    b.blank()
    b.add("Headline Hub", "footer")
    b.add("About us · Contact · Privacy policy · Terms", "footer")
    b.add("© 2024 Headline Hub Ltd.", "copyright")


def _pipe_bylines(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """Title, "By Name | Outlet | 2h", tight paragraphs with a numbered list, tags, comment count."""
    b.add("THE DAILY AGGREGATE", "header")
    b.add("Trending: " + " · ".join(_tag_words(rng.choice(ctx.other_titles), 3)), "header")
    for article in articles:
        outlet = display_name(article.outlet)
        b.blank()
        b.add(article.title, "title")
        b.add(f"By {rng.choice(AUTHORS)} | {outlet} | {_ago(rng, ('{n}h', '{n}0m'))}", "byline")
        b.start(article, outlet, article.title)
        write_body(b, article, "tight", rng, list_marker=lambda n: f"{n}. ")
        b.end()
        b.add("Tags: " + ", ".join(w.lower() for w in _tag_words(article.title, 3)), "tags")
        b.add(f"{rng.randint(2, 240)} comments", "comments")
    b.blank()
    b.add("Copyright 2024 The Daily Aggregate. Headlines link to their publishers.", "copyright")


_CAPTIONS_DASH = (
    "A file image released with the report.",
    "Officials speak to reporters earlier this week.",
    "The scene pictured on Monday.",
    "An undated handout picture.",
    "Crowds gathered as the news spread.",
)


def _domain_dash(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """Title, then "— domain.com" and "5 hrs ago"; captions with credits; a German ad box."""
    b.add("linkpile · what the web is reading", "header")
    for number, article in enumerate(articles):
        b.blank()
        b.add(article.title, "title")
        b.add(f"— {article.outlet}", "outlet")
        b.add(_ago(rng, ("{n} hrs ago", "{n} hr ago", "yesterday")), "time")
        b.blank()
        caption_at = rng.randrange(max(1, len(article.paragraphs) - 1))

        def caption(position: int, at: int = caption_at) -> None:
            if position == at:
                b.blank()
                b.add(rng.choice(_CAPTIONS_DASH), "caption")
                b.add(rng.choice(("Photo: Getty Images", "(Image: AFP)", "Photo: handout")), "credit")

        b.start(article, article.outlet, article.title)
        write_body(b, article, "blank", rng, between=caption)
        b.end()
        if number < len(articles) - 1 and rng.random() < 0.5:
            _ad_box(b, "Anzeige", "Jetzt bis zu 40 % sparen: Die neuen Sommerreifen sind da. Hier vergleichen")
    b.blank()
    b.add("linkpile collects links; the stories belong to their sites. © 2024", "copyright")


def _outlet_groups(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """Articles grouped under one outlet heading, several from one outlet in a row."""
    b.add("Morning Wire Roundup", "header")
    b.add("Your stories, sorted by publisher", "header")
    groups: dict[str, list[SourceArticle]] = {}
    for article in articles:
        groups.setdefault(article.outlet, []).append(article)
    for outlet_key, members in groups.items():
        outlet = display_name(outlet_key)
        b.blank()
        b.add(outlet, "outlet")
        b.add(f"{len(members)} {'story' if len(members) == 1 else 'stories'}", "section")
        for article in members:
            b.blank()
            b.add(article.title, "title")
            b.add(f"{_ago(rng, ('{n} hours ago', '{n} days ago'))} · {rng.randint(2, 9)} min read", "time")
            b.start(article, outlet, article.title)
            write_body(b, article, "tight", rng)
            b.end()
            b.add("Read the full story ›", "readmore")
    b.blank()
    b.add("You're all caught up.", "footer")
    b.add("© 2024 Morning Wire Roundup", "copyright")


_CAPTIONS_CARDS = (
    "People walk past the building on Tuesday.",
    "A view of the area where the incident took place.",
    "Supporters hold up signs during a rally.",
    "The image was widely shared on social media.",
)


def _cards(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """Section kicker, title, "By Name, Outlet", "Updated N minutes ago", a captioned photo."""
    b.add("Cardstack News", "header")
    b.add("Top stories  Local  Video  Podcasts", "header")
    for article in articles:
        outlet = display_name(article.outlet)
        b.blank()
        b.add(rng.choice(("WORLD", "US NEWS", "ODD NEWS", "TECH", "POLITICS")), "section")
        b.add(article.title, "title")
        b.add(f"By {rng.choice(AUTHORS)}, {outlet}", "byline")
        b.add(_ago(rng, ("Updated {n} minutes ago", "Updated {n} hours ago")), "time")
        if rng.random() < 0.6:
            b.add(rng.choice(_CAPTIONS_CARDS), "caption")
            b.add(rng.choice(("Photograph: Getty Images", "Photograph: Reuters", "Photograph: AP")), "credit")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng)
        b.end()
        b.blank()
        b.add("Continue reading →", "readmore")
        b.add(f"💬 {rng.randint(1, 99)} · ♡ {rng.randint(10, 900)}", "comments")
    b.blank()
    b.add("Cardstack News · Advertise · Careers · Help", "footer")
    b.add("© 2024 Cardstack Media Inc.", "copyright")


def _briefing_room(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """"Outlet • N hours ago" above the title; a multi-line cookie banner, newsletter box
    inside an article, a French ad between articles."""
    b.add("The Briefing Room — news worth your morning", "header")
    b.blank()
    b.add("Your privacy matters", "cookie")
    b.add("We and our partners store and access information on your device to measure audiences.", "cookie")
    b.add("Accept    Reject    Customise", "cookie")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(f"{outlet} • {_ago(rng, ('{n} hours ago', '{n} hour ago', '{n} mins ago'))}", "outlet")
        b.add(article.title, "title")
        b.blank()
        box_at = rng.randrange(max(1, len(article.paragraphs) - 1)) if rng.random() < 0.5 else -1

        def newsletter(position: int, at: int = box_at) -> None:
            if position == at:
                b.blank()
                b.add("📬 Like what you're reading?", "newsletter")
                b.add("Get The Briefing Room in your inbox every weekday.", "newsletter")
                b.add("Sign me up", "newsletter")

        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng, between=newsletter)
        b.end()
        if number < len(articles) - 1 and rng.random() < 0.5:
            _ad_box(b, "Publicité", "Découvrez nos offres d'été : jusqu'à -30 % sur les séjours en Provence. En savoir plus")
    b.blank()
    b.add("About · Newsletters · Contact · Privacy", "footer")
    b.add("© 2024 The Briefing Room", "copyright")


def _posted_by(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """"Posted N days ago by Outlet", credit then caption above the body, a "1)" list,
    a "Related:" box and a share line."""
    b.add("Posted Daily | the news, collected", "header")
    for article in articles:
        outlet = display_name(article.outlet)
        b.blank()
        b.add(article.title, "title")
        b.add(f"Posted {_ago(rng, ('{n} days ago', '{n} hours ago'))} by {outlet}", "byline")
        if rng.random() < 0.5:
            b.add(rng.choice(("Photo: AFP/Getty", "Photo: EPA", "Picture: PA")), "credit")
            caption = rng.choice(("The picture accompanying the original report.", "Handout photo from the authorities."))
            b.add(caption, "caption")
        b.start(article, outlet, article.title)
        write_body(b, article, "tight", rng, list_marker=lambda n: f"{n}) ")
        b.end()
        b.add("Related:", "readmore")
        for title in rng.sample(ctx.other_titles, min(2, len(ctx.other_titles))):
            b.add(f"• {title}", "readmore")
        b.add("Share this: Facebook Twitter LinkedIn WhatsApp", "share")
    b.blank()
    b.add("Posted Daily © 2024 · Terms · Privacy", "copyright")


def _reader_digest(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A read-it-later app: title and a reading time, the body, and only then the outlet in
    the page's own wording ("Source: X", "Originally published by X", "via X"); an Italian
    ad; the app's name in header and copyright line."""
    credit = rng.choice(("Source: {}", "Originally published by {}", "via {}", "Saved from {}"))
    b.add("ReadLater", "header")
    b.add("Your saved articles · Archive · Settings", "header")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(article.title, "title")
        b.add(f"{rng.randint(2, 12)} min read", "time")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng)
        b.end()
        b.blank()
        b.add(credit.format(outlet), "outlet")
        b.add("Archive · Share · Delete", "share")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Pubblicità", "Conto corrente a zero spese per sempre. Aprilo online in 10 minuti")
    b.blank()
    b.add("ReadLater keeps a copy of what you save; stories remain their publishers'.", "footer")
    b.add("© 2025 ReadLater Inc.", "copyright")


def _wire_ticker(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A ticker: "[14:05]", the outlet in capitals with a desk ("AP | WORLD"), the title,
    tight paragraphs with a bullet list, topics, repost counts; runs of one outlet; a Dutch ad."""
    b.add("NEWSWIRE TICKER", "header")
    b.add("All desks · Breaking · Markets", "header")
    clock = rng.randint(8 * 60, 21 * 60)
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        clock -= rng.randint(2, 40)
        b.blank()
        b.add(f"[{clock // 60:02d}:{clock % 60:02d}]", "time")
        b.add(f"{outlet.upper()} | {rng.choice(('WORLD', 'US', 'ODD NEWS', 'TECH', 'MEDIA'))}", "outlet")
        b.add(article.title, "title")
        b.start(article, outlet, article.title)
        write_body(b, article, "tight", rng, list_marker=lambda n: "• ")
        b.end()
        b.add("Topics: " + ", ".join(w.lower() for w in _tag_words(article.title, 3)), "tags")
        b.add(f"{rng.randint(2, 90)} reposts", "comments")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Advertentie", "Nu 3 maanden gratis lezen. Bekijk het aanbod")
    b.blank()
    b.add("Ticker times are local. Headlines belong to their agencies.", "footer")


def _mail_digest(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A plain-text e-mail digest: hard-wrapped paragraphs, "from Outlet, N hours ago"
    under the title, a link under each body, rules between items, an unsubscribe footer."""
    b.add("Subject: Your evening briefing", "header")
    b.add("From: Evening Briefing <briefing@mail.example>", "header")
    b.blank()
    b.add("Good evening. Here is what the outlets we follow reported today.", "header")
    width = rng.choice((64, 66, 72))
    for number, article in enumerate(articles, start=1):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(article.title, "title")
        b.add(f"from {outlet}, {_ago(rng, ('{n} hours ago', 'this morning', 'earlier today'))}", "outlet")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, "wrapped", rng, width=width)
        b.end()
        b.blank()
        b.add(f"Read it: https://mail.example/r/{rng.randint(10000, 99999)}", "readmore")
        b.blank()
        b.add("-" * width, "separator")
    b.blank()
    b.add("You are getting this e-mail because you signed up for the Evening Briefing.", "footer")
    b.add("Unsubscribe: https://mail.example/unsubscribe", "footer")


def _link_board(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A link-sharing board: "Posted by u/name · 5h", the title with the outlet's domain in
    brackets after it, a text excerpt, a score and comment bar, a sidebar at the end."""
    b.add("linkboard", "header")
    b.add("hot · new · top · rising", "header")
    for article in articles:
        b.blank()
        b.add(f"Posted by u/{rng.choice(AUTHORS).split()[0].lower()}{rng.randint(1, 99)} · {rng.randint(1, 23)}h", "byline")
        b.add(f"{article.title} ({article.outlet})", "title")
        b.blank()
        b.start(article, article.outlet, article.title)
        write_body(b, article, "blank", rng)
        b.end()
        b.blank()
        b.add(f"▲ {rng.randint(5, 4000)} ▼   💬 {rng.randint(0, 900)} comments   share   save   report", "comments")
    b.blank()
    b.add("About this board", "footer")
    b.add("Links to news articles only. No paywalls, no blogspam.", "footer")
    b.add("linkboard © 2025", "copyright")


def _news_river(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A river of headlines: "Title | Outlet" (or "Title — Outlet") on one line, a time
    under it, the excerpt in paragraphs, a "More on this story" link, a Swedish ad."""
    separator = rng.choice((" | ", " — "))
    b.add("Newsriver", "header")
    b.add("Latest · Most read · Local", "header")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(f"{article.title}{separator}{outlet}", "title")
        b.add(_ago(rng, ("{n} minutes ago", "{n} hours ago", "Yesterday")), "time")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng)
        b.end()
        b.blank()
        b.add("More on this story →", "readmore")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Annons", "Bolån från 3,9 % – jämför banker på två minuter. Läs mer")
    b.blank()
    b.add("Newsriver shows headlines from many publishers.", "footer")


def _radio_log(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A newsroom log: a clock time alone, the outlet's bare name (in capitals on some pages),
    the title, tight paragraphs, "Listen · 2 min", runs of one outlet; an Italian ad."""
    capitals = rng.random() < 0.5
    b.add("Newsroom log", "header")
    b.add(f"{rng.randint(10, 60)} items today", "header")
    clock = rng.randint(8 * 60, 22 * 60)
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        clock -= rng.randint(4, 55)
        b.blank()
        b.add(f"{clock // 60}:{clock % 60:02d}", "time")
        b.add(outlet.upper() if capitals else outlet, "outlet")
        b.add(article.title, "title")
        b.start(article, outlet, article.title)
        write_body(b, article, "tight", rng)
        b.end()
        b.add(f"Listen · {rng.randint(1, 4)} min", "share")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Sponsorizzato", "Fibra a 1 Gbit senza vincoli. Attivala oggi")
    b.blank()
    b.add("The log lists items as they arrive.", "footer")


def _labelled_fields(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A clipping service's export: "Headline: Title", "Publisher: X | date", the text,
    "Comments are closed.", a Czech ad."""
    b.add("CLIPPING SERVICE · export", "header")
    b.add(f"Query: {' '.join(_tag_words(articles[0].title, 2))} · {len(articles)} results", "header")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(f"Headline: {article.title}", "title")
        b.add(f"Publisher: {outlet} | {_ago(rng, ('{n} hours ago', '{n} days ago'))}", "outlet")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng)
        b.end()
        b.add("Comments are closed.", "comments")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Reklama", "Hypotéka s nejnižším úrokem. Spočítejte si splátku")
    b.blank()
    b.add("Exported for internal use. Do not redistribute.", "footer")


def _bracket_tags(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A chat channel's news bot: "[Outlet] Title", "posted 3h ago", the text, reactions,
    "Jump to original"; a Hungarian ad."""
    b.add("#newsroom-feed", "header")
    b.add("Pinned: the bot posts every story it finds on the topic", "header")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(f"[{outlet}] {article.title}", "title")
        b.add(f"posted {_ago(rng, ('{n}h ago', '{n}m ago', '{n}d ago'))}", "time")
        b.start(article, outlet, article.title)
        write_body(b, article, "tight", rng)
        b.end()
        b.add(f"👍 {rng.randint(0, 20)}  👀 {rng.randint(0, 9)}  · Jump to original", "comments")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Hirdetés", "Olcsó repülőjegyek Európába. Foglaljon most")
    b.blank()
    b.add("This channel is archived weekly.", "footer")


#: The agencies and accounts of the corpus by their own web sites, for pages that show a link.
_OWN_SITES = {
    "AFP": "afp.com", "AP": "apnews.com", "UPI": "upi.com", "VOA": "voanews.com", "PRI": "pri.org",
    "NYT": "nytimes.com", "twitter": "twitter.com",
}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _site(outlet: str) -> str:
    """The web domain a link to one of the outlet's articles shows."""
    if "." in outlet:
        return outlet
    return _OWN_SITES.get(outlet, (re.sub(r"[^a-z0-9]", "", outlet.lower()) or "news") + ".com")


def _article_url(rng: random.Random, article: SourceArticle) -> str:
    """An invented but plausible address of the article on its outlet's site."""
    words = re.sub(r"[^a-z0-9 ]+", "", article.title.lower()).split()
    slug = "-".join(words[:9]) or "story"
    section = rng.choice(("news", "world", "story", "article", "politics"))
    return f"https://{_site(article.outlet)}/{section}/{slug}-{rng.randint(100000, 9999999)}"


def _clock(minutes: int, twelve_hour: bool) -> str:
    hour, minute = divmod(minutes % (24 * 60), 60)
    if twelve_hour:
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
    return f"{hour:02d}:{minute:02d}"


def _teaser(article: SourceArticle) -> str:
    """The article's first sentence as a link preview shows it, cut short with "…" when long."""
    first = next((p for p in article.paragraphs if not is_residue(p)), article.paragraphs[0])
    words = sentences(first)[0].split()
    return " ".join(words) if len(words) <= 24 else " ".join(words[:20]) + "…"


def _highlights(rng: random.Random, article: SourceArticle, count: int) -> list[str]:
    """Up to ``count`` whole sentences of the article's prose, in text order, as a reader marks them."""
    pool = [
        s
        for p in article.paragraphs
        if not is_residue(p)
        for s in sentences(p)
        if 8 <= len(s.split()) <= 45 and _ENDS_SENTENCE.search(s)
    ]
    return [pool[i] for i in sorted(rng.sample(range(len(pool)), min(count, len(pool))))]


def _team_chat_export(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A workplace chat channel exported as text: colleagues' messages under their names and
    clock times, a pasted link unfurled under its message (site name, title, a line of
    description), the article pasted in a message after it, reactions and thread replies
    between; one colleague writes in Catalan."""
    workspace = rng.choice(("Harbourline Media", "Northlight Research", "Pinecone Policy Lab", "Quayside Comms"))
    channel = rng.choice(("news-watch", "press-clips", "world-desk", "reading-room", "morning-note"))
    people = rng.sample(AUTHORS, 5)
    twelve_hour = rng.random() < 0.5
    head = rng.choice(("{name}  {time}", "{name} — {time}", "{name} ({time})", "{name}\n{time}", "{name}  [{time}]"))
    quoted = rng.random() < 0.35  # the pasted text set as a quote
    bar = rng.choice(("", "", "│ ", "| "))
    paste_style = rng.choice(("tight", "blank"))
    clock = rng.randint(8 * 60, 10 * 60)
    day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    catalan_after = rng.randrange(len(articles))

    def message(person: str) -> None:
        nonlocal clock
        clock += rng.randint(1, 19)
        stamp = _clock(clock, twelve_hour)
        if "\n" in head:
            b.add(person, "byline")
            b.add(stamp, "time")
        else:
            b.add(head.format(name=person, time=stamp), "byline")

    b.add(f"#{channel} · {workspace}", "header")
    b.add(f"Topic: {rng.choice(('links we are tracking today', 'coverage for the client note', 'what the papers say'))}", "header")
    b.add(f"Channel export, {day.isoformat()} · times in {rng.choice(('UTC', 'local time', 'GMT+1'))}", "header")
    b.blank()
    b.add(f"——— {_WEEKDAYS[day.weekday()]}, {day.day} {_MONTHS[day.month - 1]} ———", "separator")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        poster = rng.choice(people)
        b.blank()
        if number and rng.random() < 0.35:
            message(rng.choice(people))
            b.add(
                rng.choice((
                    "Morning all, the call moves to 11 today.",
                    "Can someone own the summary for the client note?",
                    "I'll pull quotes from these after lunch.",
                    "Thanks, adding these to the tracker.",
                    "ok next one",
                )),
                "comments",
            )
            b.blank()
        if rng.random() < 0.15:
            b.add(f"{rng.choice([p for p in AUTHORS if p not in people])} joined #{channel}.", "comments")
            b.blank()
        message(poster)
        if rng.random() < 0.8:
            b.add(
                rng.choice((
                    "Worth a read before the 10:30",
                    "This is moving fast:",
                    "Another take on the same story",
                    "Updated numbers in this one",
                    "fyi",
                    "Flagging for the morning note 👇",
                    "Has anyone checked this against the wire?",
                )),
                "comments",
            )
        b.add(_article_url(rng, article), "readmore")
        b.add(bar + outlet, "outlet")
        b.add(bar + article.title, "title")
        if rng.random() < 0.8:
            b.add(bar + _teaser(article), "pullquote")
        if rng.random() < 0.4:
            b.blank()
            message(rng.choice([p for p in people if p != poster]))
        b.add(
            rng.choice((
                "Pasting the text here since the link is walled:",
                "Full text for those without a login ⬇️",
                "text below 👇",
                "(copying it in so it stays in the archive)",
                "Here it is in full:",
            )),
            "comments",
        )
        b.start(article, outlet, article.title)
        write_body(b, article, paste_style, rng, indent="> " if quoted else "")
        b.end()
        if rng.random() < 0.7:
            reactions = rng.sample(("👍", "👀", "🙏", "🔥", "✅", "😬"), rng.randint(1, 3))
            b.add("  ".join(f"{r} {rng.randint(1, 6)}" for r in reactions), "comments")
        if rng.random() < 0.5:
            if rng.random() < 0.5:
                b.add(f"💬 {rng.randint(2, 9)} replies · Last reply {_ago(rng, ('{n} min ago', 'today at ' + _clock(clock + 40, twelve_hour)))}", "comments")
            else:
                for _ in range(rng.randint(1, 2)):
                    reply = rng.choice((
                        "do we trust the figure in para 3?",
                        "same line in the agency copy, so probably yes",
                        "added to the tracker ✅",
                        "is this the updated version or the first one?",
                        "good spot, thanks",
                    ))
                    b.add(f"    ↳ {rng.choice(people)}: {reply}", "comments")
        if number == catalan_after:
            b.blank()
            message(rng.choice(people))
            b.add(
                rng.choice((
                    "Algú té la versió sencera? A mi em surt el mur de pagament.",
                    "Bon dia! Ho comentem a la reunió de les deu.",
                    "Gràcies, ho afegeixo al resum d'avui.",
                )),
                "comments",
            )
    b.blank()
    b.add(f"— end of #{channel} · exported by {workspace} workspace admin —", "footer")


def _reading_list_export(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A read-later app's export of saved articles: each under its title with "Saved from X" (or
    the bare domain), the saved date, a reading time, tags and the reader's highlights
    (sentences of the text set again, above or under it), then the text; a Korean export line
    on some pages."""
    app = rng.choice(("Shelfmark", "Later Pile", "Readwell"))
    source_form = rng.choice(("Saved from {name}", "Saved from {domain}", "{domain}", "Source · {name}"))
    date_form = rng.choice(("Saved {d} {mon} {y}", "Added on {iso}", "Saved: {d} {month} {y}, {clock}"))
    read_form = rng.choice(("{n} min read", "≈ {n} min", "Reading time: {n} minutes"))
    one_line = rng.random() < 0.4  # date and reading time on one line
    tag_form = rng.choice(("tags", "hash", "label"))
    mark = rng.choice(("> “{}”", "❝ {} ❞", "▌ {}", "“{}”"))
    highlights_after = rng.random() < 0.4
    rule = rng.choice(("Full text", "— Article —", "----", "Text:"))
    between = rng.choice(("* * *", "═" * 40, ""))
    exported = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    b.add(app, "header")
    b.add(f"Export of '{rng.choice(('Unread', 'Favourites', 'Archive', 'Research'))}' · {len(articles)} items · {exported.isoformat()}", "header")
    if rng.random() < 0.6:
        b.add(f"내보내기: 저장한 글 {len(articles)}개 · {exported.year}년 {exported.month}월 {exported.day}일", "header")

    def highlight_block(picked: list[str]) -> None:
        b.add(f"Highlights ({len(picked)})", "section")
        for sentence in picked:
            b.add(mark.format(sentence), "pullquote")
        if rng.random() < 0.3:
            b.add(f"Note: {rng.choice(('cite this in the draft', 'check against the report itself', 'compare with the other version'))}", "comments")

    for number, article in enumerate(articles):
        name, domain = display_name(article.outlet), _site(article.outlet)
        shown = domain if "{domain}" in source_form else name
        saved = date.fromordinal(exported.toordinal() - rng.randint(0, 200))
        minutes = max(1, round(sum(len(p.split()) for p in article.paragraphs) / 230))
        stamp = date_form.format(
            d=saved.day, mon=_MONTHS[saved.month - 1][:3], month=_MONTHS[saved.month - 1], y=saved.year,
            iso=saved.isoformat(), clock=_clock(rng.randint(6 * 60, 23 * 60), False),
        )
        words = [w.lower() for w in _tag_words(article.title, 2)] + [rng.choice(("to-read", "follow-up", "research", "weekend"))]
        picked = _highlights(rng, article, rng.randint(1, 2)) if rng.random() < 0.75 else []
        b.blank()
        if number and between:
            b.add(between, "separator")
            b.blank()
        b.add(article.title, "title")
        b.add(source_form.format(name=name, domain=domain), "outlet")
        if one_line:
            b.add(f"{stamp} · {read_form.format(n=minutes)}", "time")
        else:
            b.add(stamp, "time")
            b.add(read_form.format(n=minutes), "time")
        if tag_form == "tags":
            b.add("Tags: " + ", ".join(words), "tags")
        elif tag_form == "hash":
            b.add(" ".join("#" + w.replace(" ", "") for w in words), "tags")
        else:
            b.add("🏷 " + " · ".join(words), "tags")
        if picked and not highlights_after:
            b.blank()
            highlight_block(picked)
        b.blank()
        b.add(rule, "separator")
        b.start(article, shown, article.title)
        write_body(b, article, rng.choice(("blank", "tight")), rng)
        b.end()
        if picked and highlights_after:
            b.blank()
            highlight_block(picked)
        if rng.random() < 0.5:
            b.add(f"Open original ↗ {_article_url(rng, article)}", "readmore")
    b.blank()
    b.add(f"Exported with {app}. Saved articles remain the work of their publishers.", "footer")
    b.add(f"© {exported.year} {app}", "copyright")


def _magazine_flip(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A social magazine app's page: section headers over story cards, each with the outlet's
    name in capitals above the title (a time beside it on some pages), the curator's comment,
    the text, "Flipped by user into Magazine" above or under the card and like, comment and
    flip counts; a Croatian sponsored card."""
    app = rng.choice(("FLIPSTACK", "Foliofeed", "Pagewhirl"))
    magazine = rng.choice(("Morning Reads", "The World This Week", "Things Worth Knowing", "Desk Picks"))
    curator = rng.choice(AUTHORS)
    handles = [curator.split()[0].lower() + str(rng.randint(2, 99))] + [
        f"{rng.choice(AUTHORS).split()[1].lower()}_{rng.choice(('reads', 'flips', 'news'))}" for _ in range(2)
    ]
    outlet_form = rng.choice(("{o}", "{o} · {t}", "{o}  |  {t}"))
    flip_above = rng.random() < 0.5
    comment_form = rng.choice(('{first}: "{c}"', "💬 {c}", "“{c}” — {name}"))
    sections = ["TOP STORIES", "WORTH YOUR TIME", "THE BIG PICTURE", "ALSO FLIPPED", "NEWS OF THE DAY"]
    rng.shuffle(sections)
    sponsor_after = rng.randrange(max(1, len(articles) - 1))
    b.add(app, "header")
    b.add(f"{magazine} · a magazine by {curator} · {rng.randint(200, 90000):,} readers", "header")
    b.add("Follow · Share magazine · Report", "share")
    since_section = 0
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet).upper()
        b.blank()
        if number == 0 or since_section >= rng.randint(1, 3):
            b.add(sections.pop(0) if sections else "MORE", "section")
            b.blank()
            since_section = 0
        since_section += 1
        flip_line = f"Flipped by {rng.choice(handles)} into {magazine}"
        if flip_above:
            b.add(flip_line, "share")
        b.add(outlet_form.format(o=outlet, t=_ago(rng, ("{n}h", "{n}d", "{n}m"))), "outlet")
        b.add(article.title, "title")
        if rng.random() < 0.3:
            b.add(rng.choice(("Image: the scene earlier this week", "Image: a handout picture", "Image: file photo")), "caption")
        if rng.random() < 0.8:
            comment = rng.choice((
                "The clearest account so far.",
                "Read this one for the background.",
                "Figures here differ from yesterday's.",
                "Good on what happens next.",
                "A different angle on the same story.",
            ))
            b.add(comment_form.format(first=curator.split()[0], name=curator, c=comment), "comments")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, rng.choice(("blank", "tight")), rng)
        b.end()
        b.blank()
        if not flip_above:
            b.add(flip_line.replace("Flipped", "flipped"), "share")
        b.add(f"♥ {rng.randint(3, 900)}   💬 {rng.randint(0, 80)}   ⟳ {rng.randint(0, 60)} flips", "comments")
        if number == sponsor_after and len(articles) > 1:
            _ad_box(b, "SPONZORIRANO", "Ljetovanje na Jadranu uz popust do 30 %. Rezervirajte odmah")
    b.blank()
    b.add(f"More from {magazine}", "readmore")
    for title in rng.sample(ctx.other_titles, min(2, len(ctx.other_titles))):
        b.add(f"  {title}", "readmore")
    b.blank()
    b.add(f"© 2025 {app.title() if app.isupper() else app} · About · Privacy", "copyright")


# --------------------------------------------------------------------------- held-out layouts


def _text_browser(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A page saved by a text browser: hard-wrapped indented paragraphs, numbered link
    references, "(domain) time" under the title, a references list at the end."""
    link = [0]

    def ref(text: str) -> str:
        link[0] += 1
        return f"[{link[0]}]{text}"

    b.add(f"   {ref('Skip to main content')}", "header")
    b.blank()
    b.add("Front Page Digest", "header")
    b.blank()
    b.add(f"   {ref('Front page')} {ref('World')} {ref('Science')} {ref('Archive')} {ref('Log in')}", "header")
    for article in articles:
        b.blank()
        b.add(ref(article.title), "title")
        b.blank()
        b.add(f"   ({article.outlet}) {_ago(rng, ('{n} hours ago', '{n} days ago'))}", "outlet")
        b.blank()
        # The title is a link, so the dump prints its reference number before it; the
        # title itself is still the article's title.
        b.start(article, article.outlet, article.title)
        write_body(b, article, "wrapped", rng, indent="   ", width=70)
        b.end()
        b.blank()
        b.add(f"   {ref('share')} {ref('save')} {ref('hide')} {ref(f'{rng.randint(2, 300)} comments')}", "share")
        b.blank()
        b.add("     ____________________________________________________________", "separator")
    b.blank()
    b.add("References", "references")
    b.blank()
    for number in range(1, min(link[0], 8) + 1):
        b.add(f"   {number}. https://frontpage-digest.example/item?id={40000 + number * 7}", "references")


def _outlet_after_body(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A reader app: title and a clock, the body, and only then the outlet ("Full story at
    X ›"); reaction counts, a Spanish sponsored box."""
    b.add("POCKET PRESS", "header")
    b.add("Top · Latest · Saved", "header")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(article.title, "title")
        b.add(f"🕒 {_ago(rng, ('{n}h', '{n}d'))}", "time")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng)
        b.end()
        b.blank()
        b.add(f"Full story at {outlet} ›", "outlet")
        b.add(f"♥ {rng.randint(5, 400)}   ↻ {rng.randint(1, 90)}   💬 {rng.randint(0, 60)}", "comments")
        if number < len(articles) - 1 and rng.random() < 0.5:
            _ad_box(b, "Patrocinado", "Seguro de hogar desde 9 € al mes, sin permanencia. Calcula tu precio")
    b.blank()
    b.add("Pocket Press is a reader app. Stories belong to their publishers.", "footer")
    b.add("(c) 2025 Pocket Press", "copyright")


def _live_feed(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A live timeline: clock time, the outlet in capitals, the title, paragraphs with a
    dash list, hashtags, a reply count; same-outlet posts in a row; a German ad."""
    b.add("LIVE ● Wire Timeline", "header")
    b.add(f"Following {rng.randint(8, 30)} sources · auto-refresh on", "header")
    clock = rng.randint(9 * 60, 20 * 60)
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        clock -= rng.randint(3, 50)
        b.blank()
        b.add(f"{clock // 60:02d}:{clock % 60:02d}", "time")
        b.add(outlet.upper(), "outlet")
        b.add(article.title, "title")
        b.start(article, outlet, article.title)
        write_body(b, article, "tight", rng, list_marker=lambda n: "– ")
        b.end()
        b.add(" ".join("#" + w for w in _tag_words(article.title, 3)), "tags")
        b.add(f"Show {rng.randint(2, 40)} replies", "comments")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Werbung", "Drei Monate gratis lesen – nur für kurze Zeit. Mehr erfahren")
    b.blank()
    b.add("Timeline refreshes every 60 seconds.", "footer")
    b.add("© 2025 Livewire Feeds GmbH · Impressum · Datenschutz", "copyright")


_CAPTIONS_LEDGER = (
    "Illustration by the Ledger art desk",
    "The photograph that first circulated online",
    "A still from footage shared by witnesses",
)


def _ledger(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A weekend magazine: kicker, title, "Words by X for Outlet", a pull quote repeating a
    sentence, a captioned illustration, "Related:" link, a French ad, "Filed under"."""
    b.add("THE WEEKEND LEDGER", "header")
    b.add(f"Saturday edition · Issue {rng.randint(100, 400)}", "header")
    b.add("Cookies help us deliver our services. Learn more · Got it", "cookie")
    for article in articles:
        outlet = display_name(article.outlet)
        b.blank()
        b.add(rng.choice(("IN DEPTH", "THE BIG STORY", "DISPATCH")), "section")
        b.add(article.title, "title")
        b.add(f"Words by {rng.choice(AUTHORS)} for {outlet}", "byline")
        b.add(_ago(rng, ("Last updated {n} min ago", "Last updated {n} hrs ago")), "time")
        b.blank()
        prose = [s for p in article.paragraphs if not is_residue(p) for s in sentences(p)]
        quoted = [s for s in prose if 8 <= len(s.split()) <= 30]

        def furniture(position: int, quoted: list[str] = quoted) -> None:
            if position == 0 and quoted:
                b.blank()
                sentence = rng.choice(quoted).strip('“”"')
                b.add(f"“{sentence}”", "pullquote")
            if position == 1:
                b.blank()
                b.add(rng.choice(_CAPTIONS_LEDGER), "caption")
                b.add("Image credit: Ledger Studio", "credit")

        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng, between=furniture)
        b.end()
        b.blank()
        b.add(f"Related: {rng.choice(ctx.other_titles)}", "readmore")
        if rng.random() < 0.5:
            b.add("Annonce", "sponsored")
            b.add("Votre banque en ligne sans frais cachés. Ouvrez un compte en 5 minutes.", "sponsored")
        b.add(f"Filed under: {' / '.join(_tag_words(article.title, 2))}", "tags")
    b.blank()
    b.add("The Weekend Ledger · Masthead · Letters · Archive", "footer")
    b.add("Copyright © 2025 Ledger Publishing", "copyright")


def _markdown_export(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A note app's Markdown export: "## Title", "*Outlet* — 3 hours ago", images as
    "![...](...)", a "> " pull quote, "[Read more](...)" links, "---" rules."""
    b.add("# Clippings", "header")
    b.add("_Exported from Notekeeper_", "header")
    for article in articles:
        outlet = display_name(article.outlet)
        b.blank()
        b.add(f"## {article.title}", "title")
        b.add(f"*{outlet}* — {_ago(rng, ('{n} hours ago', '{n} days ago'))}", "outlet")
        b.blank()
        prose = [s for p in article.paragraphs if not is_residue(p) for s in sentences(p)]
        quoted = [s for s in prose if 8 <= len(s.split()) <= 25]

        def furniture(position: int, quoted: list[str] = quoted) -> None:
            if position == 0 and rng.random() < 0.5:
                b.blank()
                b.add(f"![{rng.choice(('Photo', 'Image', 'Screenshot'))}](https://img.example/{rng.randint(100, 999)}.jpg)", "caption")
            if position == 1 and quoted and rng.random() < 0.5:
                b.blank()
                b.add("> " + rng.choice(quoted), "pullquote")

        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng, between=furniture)
        b.end()
        b.blank()
        b.add(f"[Read more](https://clip.example/{rng.randint(1000, 9999)})", "readmore")
        b.blank()
        b.add("---", "separator")
    b.blank()
    b.add("_Notekeeper · exported notes are private to you_", "footer")


def _headline_suffix(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A news search page: "Title - Outlet" on one line, "N hours ago", an excerpt,
    "View full coverage", other outlets' headlines on the story, a Polish ad."""
    b.add("Newsfinder", "header")
    b.add("Search results · Top stories · Sort by date", "header")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(f"{article.title} - {outlet}", "title")
        b.add(_ago(rng, ("{n} hours ago", "{n} days ago", "1 day ago")), "time")
        b.start(article, outlet, article.title)
        write_body(b, article, "tight", rng)
        b.end()
        b.add("View full coverage", "readmore")
        if rng.random() < 0.5:
            b.add(f"{rng.choice(ctx.other_titles)} - {rng.choice(('Yahoo News', 'MSN', 'AOL'))}", "readmore")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Reklama", "Kredyt gotówkowy bez zaświadczeń. Sprawdź ofertę")
    b.blank()
    b.add("Newsfinder · Help · Privacy · Terms", "footer")


def _table_rows(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A page saved from a table: a heading row, then per article one row "Outlet   Title
    Time" in columns set apart by runs of spaces, the text under it, a comment count and a
    Norwegian ad."""
    b.add("THE CLIPPINGS TABLE", "header")
    b.add("Source          Headline                                  Time", "header")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        # A column as wide as its longest name: a long one pushes the title along.
        b.add(f"{outlet + '  ':<18}{article.title}    {_ago(rng, ('{n}h', '{n}d', '{n} min'))}", "title")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng)
        b.end()
        b.blank()
        b.add(f"Comments ({rng.randint(0, 80)})", "comments")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Annonse", "Strømavtale uten påslag – bytt på to minutter. Les mer")
    b.blank()
    b.add("Rows are sorted by time. Sources are linked in the original table.", "footer")


def _press_review(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A numbered press review: "3. Outlet: Title" on one line, the text, "Continue reading
    on domain →", an Italian newsletter box between items, a compiler's note at the end."""
    b.add("PRESS REVIEW", "header")
    b.add(f"What the papers say · edition {rng.randint(20, 300)}", "header")
    for number, article in enumerate(articles, start=1):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(f"{number}. {outlet}: {article.title}", "title")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng)
        b.end()
        b.add(f"Continue reading on {article.outlet if '.' in article.outlet else outlet} →", "readmore")
        if number < len(articles) and rng.random() < 0.4:
            b.blank()
            b.add("Iscriviti alla newsletter: le notizie del giorno ogni mattina.", "newsletter")
            b.add("Indirizzo email · Iscriviti", "newsletter")
    b.blank()
    b.add("Compiled by the review desk. Corrections: write to the editors.", "footer")


def _rss_reader(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A feed reader's saved view: "★ Title", "Outlet · N min read · 3h", the text, an
    action bar, a Portuguese ad; the folder's name and count on top."""
    b.add(f"All articles ({rng.randint(40, 300)})", "header")
    b.add("Mark all as read · Refresh · Settings", "header")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(f"★ {article.title}", "title")
        b.add(f"{outlet} · {rng.randint(2, 9)} min read · {_ago(rng, ('{n}h', '{n}d', '{n}m'))}", "outlet")
        b.start(article, outlet, article.title)
        write_body(b, article, "tight", rng)
        b.end()
        b.add("Open original · Save for later · Mark as unread", "share")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Publicidade", "Seguro auto com desconto na primeira parcela. Simule agora")
    b.blank()
    b.add("You are all caught up.", "footer")


def _forum_thread(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A discussion board where members post whole articles: "Thread: Title", "Started by
    name · N replies", "From Outlet:", the text quoted behind "> ", a reply bar, a Dutch ad."""
    b.add("Current Affairs Board", "header")
    b.add("Forums › News › Today", "header")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        member = rng.choice(("harbourwatch", "j_okafor", "quaysider", "old_salt_77", "newsjunkie"))
        b.blank()
        b.add(f"Thread: {article.title}", "title")
        b.add(f"Started by {member} · {rng.randint(2, 60)} replies", "byline")
        b.blank()
        b.add(f"From {outlet}:", "outlet")
        b.start(article, outlet, article.title)
        write_body(b, article, "tight", rng, indent="> ")
        b.end()
        b.add("Reply · Quote · Report", "share")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Advertentie", "Zonnepanelen zonder aanbetaling. Bereken uw besparing")
    b.blank()
    b.add("Board rules · Moderators · Contact", "footer")


def _for_you_feed(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A news app's "For you" feed saved as text: a reason line ("Because you follow
    World"), on some pages the logo's alt text ("CNN logo"), then "CNN  ·  Follow" above the
    title, "2h ago · 4 min read", the excerpt, an action row, "More from X" links, a
    Turkish sponsored card."""
    logos = rng.random() < 0.6
    style = rng.choice(("blank", "tight"))
    b.add("Headway", "header")
    b.add("For you    Headlines    Following    Local    Saved", "header")
    b.add(f"Top stories for you · Updated {rng.randint(6, 11)}:{rng.randint(0, 59):02d} AM", "header")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        if rng.random() < 0.6:
            reason = rng.choice(
                ("Because you follow World", "Trending near you", "Top story", "Because you read about Tech",
                 "Popular in Science", "Suggested for you")
            )
            b.add(reason, "section")
        if logos:
            b.add(f"{outlet} logo", "outlet")
        b.add(f"{outlet}  ·  {rng.choice(('Follow', 'Follow', 'Following'))}", "outlet")
        b.add(article.title, "title")
        b.add(f"{_ago(rng, ('{n}h ago', '{n}m ago', 'Yesterday'))} · {rng.randint(2, 9)} min read", "time")
        if style == "blank":
            b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, style, rng)
        b.end()
        if style == "blank":
            b.blank()
        b.add(f"♡ {rng.randint(3, 900)}   💬 {rng.randint(0, 200)}   ↗ Share   🔖 Save   ⋯", "share")
        if rng.random() < 0.3:
            b.add("Show fewer stories like this", "share")
        if rng.random() < 0.3:
            b.blank()
            b.add(f"More from {outlet}", "readmore")
            for title in rng.sample(ctx.other_titles, min(2, len(ctx.other_titles))):
                b.add(f"{title} ›", "readmore")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Sponsorlu", "Kredi kartı aidatı yok, ilk yıl tamamen ücretsiz. Hemen başvurun")
            b.add("kartim.example · Daha fazla bilgi", "sponsored")
    b.blank()
    b.add("You're all caught up", "footer")
    b.add("See earlier stories · Manage interests", "footer")
    b.add("© 2025 Headway Media · Privacy · Terms · Help", "copyright")


def _wire_briefs(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A regional newspaper's "Nation & World" briefs page: a page-wide "Compiled from wire
    reports" byline, the title over the text (paragraphs indented on some pages), an
    "ADVERTISEMENT" slot inside some items, and only then the outlet on a line of its own
    ("(Outlet)", "— Outlet" or "Outlet contributed to this report."); "* * *" between
    items, a Spanish newsletter box, a "Most read" list and the paper's footer."""
    credit = rng.choice(("({})", "— {}", "{} contributed to this report."))
    style, indent = rng.choice((("tight", "  "), ("blank", ""), ("tight", "")))
    b.add("THE HARBOR CITY GAZETTE", "header")
    b.add("Subscribe | e-Edition | Obituaries | Classifieds | Weather", "header")
    b.add("We've updated our privacy policy. By continuing to use this site you accept it. [Close]", "cookie")
    b.blank()
    b.add(f"NATION & WORLD · Page A{rng.randint(2, 9)}", "section")
    b.add("Compiled from wire reports by the Gazette news desk", "byline")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        if number and rng.random() < 0.25:
            b.add(rng.choice(("ELSEWHERE", "IN BRIEF", "AROUND THE WORLD")), "section")
        b.add(article.title, "title")
        if style == "blank":
            b.blank()
        ad_at = rng.randrange(max(1, len(article.paragraphs) - 1)) if rng.random() < 0.4 else -1

        def advertisement(position: int, at: int = ad_at) -> None:
            if position == at:
                if style == "blank":
                    b.blank()
                b.add("ADVERTISEMENT", "sponsored")

        b.start(article, outlet, article.title)
        write_body(b, article, style, rng, between=advertisement, indent=indent)
        b.end()
        b.add(credit.format(outlet), "outlet")
        if number < len(articles) - 1:
            b.blank()
            b.add("* * *", "separator")
            if rng.random() < 0.3:
                b.blank()
                b.add("Boletín en español", "newsletter")
                b.add("Reciba cada mañana los titulares de la Gaceta en su correo. Suscríbase gratis", "newsletter")
                b.blank()
                b.add("* * *", "separator")
    b.blank()
    b.add("MOST READ", "readmore")
    for rank, title in enumerate(rng.sample(ctx.other_titles, min(3, len(ctx.other_titles))), start=1):
        b.add(f"{rank}. {title}", "readmore")
    b.blank()
    b.add("The Harbor City Gazette · 120 Front Street · Harbor City", "footer")
    b.add("Contact the newsroom | Report an error | Terms of use", "footer")
    b.add("© 2024 Harbor City Media Group. All rights reserved.", "copyright")


_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)


def _channel_export(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A messaging channel's posts copied as text: "World Desk, [12.03.2024 14:05]" stamps
    and date lines, an emoji before the title, the text, hashtags; the outlet named after
    the text ("Source: https://domain/...", or its name for an agency), or, for a post
    forwarded from the outlet's own channel, in "Forwarded from X" above it; the channel's
    signature, views and reactions; a Russian ad post."""
    channel = rng.choice(("World Desk 🌍", "Breaking Brief", "Newsroom Digest"))
    handle = "@" + re.sub(r"[^a-z]", "", channel.lower())
    named_stamp = rng.random() < 0.5
    signature = rng.random() < 0.6
    source_form = rng.choice(("Source: {}", "🔗 {}", "Source — {}"))
    year, month = 2024, rng.randint(1, 12)
    day = rng.randint(1, 20)
    minute = rng.randint(7 * 60, 12 * 60)
    shown_day = [-1]

    def stamp(gap: tuple[int, int]) -> None:
        nonlocal minute
        minute += rng.randint(*gap)
        today = day + minute // 1440
        if today != shown_day[0]:
            b.blank()
            b.add(f"{today} {_MONTHS[month - 1]}", "time")
            shown_day[0] = today
        clock = minute % 1440
        when = f"[{today:02d}.{month:02d}.{year} {clock // 60:02d}:{clock % 60:02d}]"
        b.blank()
        b.add(f"{channel}, {when}" if named_stamp else when, "time")

    b.add(channel, "header")
    b.add(f"{rng.randint(3, 90)},{rng.randint(100, 999)} subscribers", "header")
    b.add("Pinned message: we post news from established outlets, with a link to each. Ads are marked.", "header")
    for number, article in enumerate(articles):
        stamp((5, 300))
        forwarded = rng.random() < 0.3
        if forwarded:
            outlet = display_name(article.outlet)
            b.add(f"Forwarded from {outlet}", "outlet")
        elif "." in article.outlet and source_form != "Source — {}":
            outlet = article.outlet
            slug = "-".join(re.findall(r"[a-z0-9]+", article.title.lower())[:7]) or "story"
            link = f"https://{outlet}/{rng.choice(('news', 'world', 'story', 'article'))}/{slug}-{rng.randint(10000, 999999)}"
        else:
            outlet = display_name(article.outlet)
            link = outlet
        b.add(f"{rng.choice(('⚡️', '🔴', '❗️', '📰', '🌐'))} {article.title}", "title")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng)
        b.end()
        if rng.random() < 0.5:
            b.blank()
            b.add(" ".join("#" + re.sub(r"\W", "", w.lower()) for w in _tag_words(article.title, 2)), "tags")
        if not forwarded:
            b.blank()
            b.add(source_form.format(link), "outlet")
        if signature:
            b.add(f"Subscribe 👉 {handle}", "newsletter")
        reactions = f"👍 {rng.randint(5, 900)}  🔥 {rng.randint(0, 120)}  😢 {rng.randint(0, 60)}"
        b.add(f"{reactions}   👁 {rng.randint(2, 90)}.{rng.randint(0, 9)}K", "comments")
        if number < len(articles) - 1 and rng.random() < 0.4:
            stamp((5, 60))
            b.add("#реклама", "sponsored")
            b.add("Английский онлайн с носителем: первый урок бесплатно. Записывайтесь 👇", "sponsored")
            b.add("t.me/englishclub_promo", "sponsored")
    b.blank()
    b.add(f"You are viewing a preview of {handle}", "footer")
    b.add("Join channel · Open in app", "footer")


_SOCIAL_COMMENTS = (
    "Source? This reads like a rumour to me.",
    "Can't believe this is real.",
    "Why is nobody talking about this?",
    "Here we go again...",
    "Fake news until proven otherwise.",
    "My thoughts are with the families.",
    "Wait for the full facts before judging.",
    "This is the third time this year!",
    "Who writes these headlines 🙄",
    "Shared.",
    "Imagine being the one who has to explain this.",
    "About time.",
    "Interesting read, thanks for sharing.",
    "The comments are always better than the article 😂",
)


def _social_posts(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A social network's feed saved as text, where outlets post their articles: the page's
    name ("The Guardian", or "The Guardian · Follow" under "Suggested for you") and "2h · 🌐"
    above the post, the post text, and only then the link card with the title (Facebook: the
    domain in capitals over the title; LinkedIn: the title over the domain and a read time);
    reaction and comment counts, "Like  Comment  Share", "Most relevant" and a few short
    comments by people; a Romanian sponsored post; the network's header, cookie box and footer."""
    linkedin = rng.random() < 0.4
    style = rng.choice(("blank", "tight"))
    if linkedin:
        b.add("LinkedIn", "header")
        b.add("Home   My Network   Jobs   Messaging   Notifications   Me   For Business", "header")
        b.add("LinkedIn and 3rd parties use essential and non-essential cookies to provide, secure, analyze and improve our Services.", "cookie")
        b.add("Accept   Reject", "cookie")
        b.blank()
        b.add("Start a post", "header")
        b.add("Sort by: Top ▾", "header")
    else:
        b.add("facebook", "header")
        b.add("Search Facebook", "header")
        b.add("Home   Video   Marketplace   Groups   Gaming", "header")
        b.add("Allow the use of cookies from Facebook on this browser?", "cookie")
        b.add("We use cookies and similar technologies to help provide and improve content on Meta Products.", "cookie")
        b.add("Decline optional cookies    Allow all cookies", "cookie")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        domain = article.outlet.lower() if "." in article.outlet else ""
        b.blank()
        suggested = rng.random() < 0.25
        if suggested:
            b.add("Suggested for you", "section")
        b.add(f"{outlet} · Follow" if suggested else outlet, "outlet")
        if linkedin:
            b.add(f"{rng.randint(20_000, 9_000_000):,} followers", "comments")
            b.add(_ago(rng, ("{n}h • 🌐", "{n}h • Edited • 🌐", "{n}d • 🌐")), "time")
        else:
            b.add(_ago(rng, ("{n}h · 🌐", "{n}m · 🌐", "Yesterday at {n}:15 PM · 🌐", "{n} March at 08:30 · 🌐")), "time")
        if style == "blank":
            b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, style, rng)
        b.end()
        if rng.random() < 0.3:
            b.add("See less", "readmore")
        b.blank()
        if linkedin:
            b.add(article.title, "title")
            if domain:
                b.add(f"{domain} • {rng.randint(2, 9)} min read", "outlet")
        else:
            if domain:
                b.add(domain.upper(), "outlet")
            b.add(article.title, "title")
        reactions = f"{rng.choice(('👍❤️😮', '👍😢', '👍😆😡', '👍❤️'))} {rng.randint(2, 99)}{rng.choice(('', '0', '.2K', '.8K'))}"
        if linkedin:
            b.add(f"{reactions} · {rng.randint(1, 300)} comments · {rng.randint(1, 90)} reposts", "comments")
            b.add("Like   Comment   Repost   Send", "share")
        else:
            b.add(reactions, "comments")
            b.add(f"{rng.randint(1, 900)} comments  {rng.randint(1, 400)} shares", "comments")
            b.add("Like   Comment   Share", "share")
        if rng.random() < 0.6:
            b.add("Most relevant ▾" if linkedin else "Most relevant", "comments")
            for _ in range(rng.randint(1, 3)):
                if not linkedin and rng.random() < 0.3:
                    b.add("Top fan", "comments")
                person = rng.choice(AUTHORS)
                if linkedin:
                    b.add(f"{person} • {rng.choice(('1st', '2nd', '3rd+'))}", "comments")
                    b.add(rng.choice(("Policy analyst", "Head of Communications at a logistics firm", "Journalist", "Student")), "comments")
                    b.add(rng.choice(_SOCIAL_COMMENTS), "comments")
                    b.add(f"Like · {rng.randint(1, 40)}  |  Reply · {_ago(rng, ('{n}h', '{n}d'))}", "comments")
                else:
                    b.add(person, "comments")
                    b.add(rng.choice(_SOCIAL_COMMENTS), "comments")
                    b.add(f"{_ago(rng, ('{n}h', '{n}m', '{n}d'))}   Like   Reply   {rng.randint(1, 60)}", "comments")
            b.add("Load more comments" if linkedin else "View more comments", "comments")
        if not linkedin:
            b.add("Write a comment…", "comments")
        if number < len(articles) - 1 and rng.random() < 0.4:
            _ad_box(b, "Asigurări Rapid", "Promovat" if linkedin else "Sponsorizat · 🌐")
            b.add("Asigurare RCA online în 5 minute, fără drumuri la ghișeu. Compară 12 oferte acum!", "sponsored")
            b.add("RCA-RAPID.EXAMPLE", "sponsored")
            b.add("Calculează prețul    Află mai multe", "sponsored")
    b.blank()
    if linkedin:
        b.add("About   Accessibility   Help Center   Privacy & Terms   Ad Choices   Advertising", "footer")
        b.add("LinkedIn Corporation © 2025", "copyright")
    else:
        b.add("Privacy · Terms · Advertising · Ad Choices · Cookies · More · Meta © 2025", "copyright")


class _PdfPages:
    """What a layout writes, with a PDF's page breaks in it, as pdftotext leaves them: every
    ``length`` lines the page's running footer, then the next page's running header, wherever
    the text stands (between two wrapped lines of one paragraph too). Passes the rest to the
    page builder, so write_body writes through it."""

    def __init__(self, b: _PageBuilder, length: int, header: Callable[[int], str], footer: Callable[[int], list[str]]) -> None:
        self.b, self.length, self.header, self.footer = b, length, header, footer
        self.page, self.used = 1, 0

    def _room(self) -> None:
        if self.used >= self.length:
            self.new_page()
        self.used += 1

    def new_page(self) -> None:
        self.close_page()
        self.page += 1
        self.b.blank()
        self.b.add(self.header(self.page), "header")
        self.b.blank()
        self.used = 0

    def close_page(self) -> None:
        self.b.blank()
        for line in self.footer(self.page):
            self.b.add(line, "footer")

    def add(self, text: str, label: str) -> None:
        self._room()
        self.b.add(text, label)

    def blank(self) -> None:
        self._room()
        self.b.blank()

    def body(self, text: str, fragment: str, label: str = ARTICLE_TEXT) -> None:
        self._room()
        self.b.body(text, fragment, label)

    def start(self, article: SourceArticle, outlet_shown: str, title_shown: str) -> None:
        self.b.start(article, outlet_shown, title_shown)

    def end(self) -> None:
        self.b.end()


#: A monitoring agency's report furniture, in the client's language, and its clip metadata
#: fields (the agency's database may give them in English).
_REPORT_WORDS = {
    "fi": {
        "title": "MEDIASEURANTARAPORTTI", "client": "Satamalaitos", "week": "viikko", "contents": "Sisällys",
        "period": "Seurantajakso", "by": "Laatinut Clipwise Mediaseuranta Oy", "confidential": "Luottamuksellinen – vain sisäiseen käyttöön",
        "page": "Sivu", "agency": "Clipwise Mediaseuranta · Luottamuksellinen",
        "end": "Artikkelit on toistettu julkaisijoiden luvalla. Edelleen kopiointi on kielletty.",
        "months": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
                   "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    },
    "da": {
        "title": "MEDIEOVERVÅGNING", "client": "Havnemyndigheden", "week": "uge", "contents": "Indhold",
        "period": "Periode", "by": "Udarbejdet af Clipwise Medieovervågning ApS", "confidential": "Fortroligt – kun til intern brug",
        "page": "Side", "agency": "Clipwise Medieovervågning · Fortroligt",
        "end": "Artiklerne gengives med udgivernes tilladelse. Videre kopiering er ikke tilladt.",
        "months": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                   "november", "december"),
    },
}
_CLIP_FIELDS = {
    "en": ("Source", "Date", "Section", "Page", "Length", "words", "Byline", "Keywords", "Tone", ("Neutral", "Negative", "Positive")),
    "fi": ("Lähde", "Päivämäärä", "Osasto", "sivu", "Pituus", "sanaa", "Toimittaja", "Avainsanat", "Sävy", ("Neutraali", "Kielteinen", "Myönteinen")),
    "da": ("Kilde", "Dato", "Sektion", "side", "Længde", "ord", "Journalist", "Nøgleord", "Tone", ("Neutral", "Negativ", "Positiv")),
}


def _monitoring_report(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A media-monitoring agency's PDF report for a Nordic client, converted to text: a cover
    page in Finnish or Danish with a contents list of the clips' outlets and titles; running
    headers and footers ("Sivu 4", "Side 4") at every PDF page break, inside articles too,
    between two hard-wrapped lines of a paragraph; each clip (on a fresh PDF page in some
    reports) as title, then a metadata block in the report's language or in English, on one
    line ("Source: X, 5 March 2024, Page 4, 812 words") or in fields (Source:, Date:, Section
    and page, Length:, Byline:), the wrapped text, "© X" at its end, keywords and tone."""
    lang = rng.choice(("fi", "da"))
    words = _REPORT_WORDS[lang]
    meta_lang = rng.choice((lang, "en"))
    fields = _CLIP_FIELDS[meta_lang]
    one_line = rng.random() < 0.5
    new_page_each = rng.random() < 0.4
    width = rng.choice((78, 84, 90))
    length = rng.randint(42, 58)
    month = rng.randint(1, 12)
    first = rng.randint(1, 21)
    week = min(52, (month - 1) * 13 // 3 + first // 7 + 1)
    bare_number = rng.random() < 0.4

    def header(page: int) -> str:
        return f"{words['client']} – {words['title'].capitalize()}, {words['week']} {week}/2024"

    def footer(page: int) -> list[str]:
        return [str(page)] if bare_number else [words["agency"], f"{words['page']} {page}"]

    def date(day: int) -> str:
        if meta_lang == "fi":
            return f"{day}.{month}.2024"
        if meta_lang == "da":
            return f"{day}. {_REPORT_WORDS['da']['months'][month - 1]} 2024"
        return f"{day} {_MONTHS[month - 1]} 2024"

    # The cover page, with the contents list; page numbers as the report's layout gave them.
    b.add(words["title"], "header")
    b.add(words["client"], "header")
    b.add(f"{words['period']}: {first}.–{first + 6}.{month}.2024 ({words['week']} {week})", "header")
    b.add(words["by"], "header")
    b.add(words["confidential"], "header")
    b.blank()
    b.add(words["contents"], "header")
    page_guess, lines_guess = 2, 0
    for number, article in enumerate(articles, start=1):
        size = 8 + sum(len(textwrap.wrap(p, width=width)) + 1 for p in article.paragraphs)
        if new_page_each and number > 1:
            page_guess += 1 + lines_guess // length
            lines_guess = 0
        shown = page_guess + lines_guess // length
        lines_guess += size
        dots = "." * max(3, width - 12 - len(article.title[:60]) - len(display_name(article.outlet)))
        b.add(f"{number}. {display_name(article.outlet)}: {article.title[:60]} {dots} {shown}", "header")
    pager = _PdfPages(b, length, header, footer)
    pager.used = length  # the cover ends its page
    for number, article in enumerate(articles, start=1):
        outlet = display_name(article.outlet)
        day = first + rng.randint(0, 6)
        count = sum(len(p.split()) for p in article.paragraphs)
        if new_page_each and number > 1:
            pager.new_page()
        elif number > 1:
            pager.blank()
            pager.add("_" * (width // 2), "separator")
            pager.blank()
        if rng.random() < 0.5:
            pager.add(f"{number}/{len(articles)}", "section")
        pager.add(article.title, "title")
        source, when, section, page_word, size_word, word_word, byline, keywords, tone, tones = fields
        print_page = rng.randint(2, 40)
        if one_line:
            pager.add(f"{source}: {outlet}, {date(day)}, {page_word.capitalize()} {print_page}, {count} {word_word}", "outlet")
        else:
            pager.add(f"{source}: {outlet}", "outlet")
            pager.add(f"{when}: {date(day)}", "time")
            pager.add(f"{section}: {rng.choice(('World', 'News', 'International', 'Business'))}; {page_word} {print_page}", "section")
            pager.add(f"{size_word}: {count} {word_word}", "time")
            if rng.random() < 0.5:
                pager.add(f"{byline}: {rng.choice(AUTHORS)}", "byline")
        pager.blank()
        pager.start(article, outlet, article.title)
        write_body(pager, article, "wrapped", rng, width=width)
        pager.end()
        pager.blank()
        pager.add(f"© {outlet}" if rng.random() < 0.6 else f"© 2024 {outlet}. All rights reserved.", "copyright")
        if rng.random() < 0.6:
            pager.add(f"{keywords}: {', '.join(w.lower() for w in _tag_words(article.title, 3))}", "tags")
            pager.add(f"{tone}: {rng.choice(tones)}", "tags")
    pager.blank()
    pager.add(words["end"], "footer")
    pager.close_page()


def _river_of_links(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A tech-news river: "Author / Outlet:" (or "Outlet:") over each item, the title and
    the text's first paragraph on one line ("Title — First paragraph..."), the rest of the
    text, "Discussion:" and "More:" lines of other outlets' names, a Japanese sponsor box."""
    b.add("Newsriver", "header")
    b.add(f"{rng.choice(('Top News', 'Tech news, as it happens'))} · {_ago(rng, ('{n}:05 PM ET', '{n}:40 AM ET'))}", "header")
    others = ("Engadget", "9to5Mac", "Ars Technica", "The Next Web", "ZDNet", "CNET", "Slashdot")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        if rng.random() < 0.6:
            b.add(f"{rng.choice(AUTHORS)} / {outlet}:", "outlet")
        else:
            b.add(f"{outlet}:", "outlet")
        b.start(article, outlet, article.title)
        first, *rest = article.paragraphs
        label = "residue" if is_residue(first) else ARTICLE_TEXT
        b.body(f"{article.title}  —  {first}", first, label)
        write_body(b, SourceArticle(article.path, article.outlet, article.title, tuple(rest)), "tight", rng) if rest else None
        b.end()
        picked = rng.sample(others, 3)
        b.add(f"Discussion: {picked[0]}, {picked[1]} and {picked[2]}", "readmore")
        if rng.random() < 0.5:
            b.add(f"More: {rng.choice(others)} and {rng.choice(('Gizmodo', 'Wired', 'Quartz'))}", "readmore")
        if number < len(articles) - 1 and rng.random() < 0.35:
            _ad_box(b, "スポンサー", "クラウドの費用を半分に。無料でお試しください")
    b.blank()
    b.add("About · Sponsor · Archives · Leaderboard", "footer")


def _coverage_board(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A coverage comparison page on one event: the event's heading and source counts, the
    articles grouped under "From the Left / Center / Right" headings, each with "Outlet ·
    Lean Left" over its title, the text, "Read full article at domain ›" and a rating line;
    a Greek sponsored box; the site's methodology note at the foot."""
    b.add("COVERAGE COMPASS", "header")
    b.add("Home · Stories · Sources · Methodology · Sign in", "header")
    b.blank()
    b.add(f"Event: {articles[0].title}", "section")
    b.add(f"{len(articles)} sources · Updated {_ago(rng, ('{n} hours ago', '{n} minutes ago'))}", "section")
    leanings = ("Left", "Lean Left", "Center", "Lean Right", "Right")
    groups = ("From the Left", "From the Center", "From the Right")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        leaning = leanings[(number * len(leanings)) // len(articles)]
        group = groups[0] if "Left" in leaning else groups[2] if "Right" in leaning else groups[1]
        previous = leanings[((number - 1) * len(leanings)) // len(articles)] if number else ""
        previous_group = "" if not number else groups[0] if "Left" in previous else groups[2] if "Right" in previous else groups[1]
        b.blank()
        if group != previous_group:
            b.add(group, "section")
            b.blank()
        b.add(f"{outlet} · {leaning}", "outlet")
        b.add(article.title, "title")
        if rng.random() < 0.5:
            b.add(_ago(rng, ("Published {n} hours ago", "Published {n} days ago")), "time")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, rng.choice(("blank", "tight")), rng)
        b.end()
        domain = article.outlet if "." in article.outlet else outlet
        b.add(f"Read full article at {domain} ›", "readmore")
        b.add(f"Rating: {leaning} · Factuality: {rng.choice(('High', 'Mixed', 'Mostly factual'))}", "comments")
        if number < len(articles) - 1 and rng.random() < 0.35:
            _ad_box(b, "Χορηγούμενο", "Ανακαλύψτε τις νέες προσφορές μας για ταξίδια στα νησιά. Κλείστε τώρα")
    b.blank()
    b.add("Ratings are our editors' own. See our methodology.", "footer")
    b.add(f"© {2020 + rng.randint(0, 5)} Coverage Compass", "copyright")


def _brief_column(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A newspaper's e-edition "in brief" column: the paper's name and page line, a column
    heading, each brief as a title (in capitals on some pages) and its text, the outlet
    only in a credit line under the text in the paper's wording ("From Reuters reports",
    "Reuters News Service", "Courtesy of X"), a Slovenian ad between briefs."""
    paper = rng.choice(("THE EVENING LEDGER", "Harbour City Courier", "The Valley Sentinel"))
    credit = rng.choice(("From {} reports", "{} News Service", "Courtesy of {}", "Compiled from {} dispatches"))
    capitals = rng.random() < 0.4
    b.add(f"{paper} · e-Edition", "header")
    b.add(f"{rng.choice(('Tuesday', 'Friday', 'Sunday'))}, March {rng.randint(2, 28)}, 2024 · Page A{rng.randint(2, 14)}", "header")
    b.blank()
    b.add(rng.choice(("NATION & WORLD IN BRIEF", "Around the world", "BRIEFLY")), "section")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        title = article.title.upper() if capitals else article.title
        b.blank()
        b.add(title, "title")
        b.start(article, outlet, title)
        write_body(b, article, rng.choice(("tight", "blank")), rng)
        b.end()
        b.add(credit.format(outlet), "outlet")
        if number < len(articles) - 1 and rng.random() < 0.3:
            _ad_box(b, "Oglas", "Poletne počitnice ob morju z do 30 % popusta. Rezervirajte zdaj")
    b.blank()
    b.add(f"Copyright 2024 {paper.title()}. Reproduced with permission.", "copyright")


def _regional_roundup(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A regional daily's roundup page: the masthead, section headings in capitals
    ("AROUND THE STATE", "NATION") each over one to three stories from different outlets,
    a title, a byline with no outlet on some, the text, and the outlet only in a credit
    line under it in the paper's own wording for the page ("Distributed by X", "Wire copy:
    X", "X / wire", "Material from X"), bullets between stories, a Danish ad."""
    paper = rng.choice(("The Lakeshore Dispatch", "THE HIGH PLAINS RECORD", "The Tidewater Bulletin"))
    credit = rng.choice(("Distributed by {}", "Wire copy: {}", "{} / wire", "Material from {}", "[ {} ]", "Supplied by {}"))
    sections = ["AROUND THE STATE", "NATION", "WORLD", "BUSINESS", "HEALTH & SCIENCE"]
    rng.shuffle(sections)
    b.add(paper, "header")
    b.add(f"{rng.choice(('Monday', 'Thursday', 'Saturday'))} edition · {rng.randint(2, 28)} April 2024", "header")
    since_heading = 0
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        if number == 0 or since_heading >= rng.randint(1, 3):
            b.add(sections.pop(0) if sections else "MORE NEWS", "section")
            b.blank()
            since_heading = 0
        elif rng.random() < 0.5:
            b.add("• • •", "separator")
            b.blank()
        since_heading += 1
        b.add(article.title, "title")
        if rng.random() < 0.4:
            b.add(f"By {rng.choice(AUTHORS)}", "byline")
        b.start(article, outlet, article.title)
        write_body(b, article, rng.choice(("tight", "blank")), rng)
        b.end()
        b.add(credit.format(outlet), "outlet")
        if number < len(articles) - 1 and rng.random() < 0.25:
            _ad_box(b, "ANNONCE", "Få de bedste tilbud på sommerhuse ved kysten, book nu og spar op til 25 procent")
    b.blank()
    b.add(f"© 2024 {paper.title() if paper.isupper() else paper} · Subscribe · Contact the newsroom", "copyright")


def _post_cards(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A microblog's feed of news accounts: "Outlet @handle · 3h" over each post, the post
    (the article's text), then a link card under it with the domain and the title (in either
    order), then reply, repost and like counts; an Indonesian promoted post."""
    b.add("skyline", "header")
    b.add("Home   Discover   News feed   Notifications", "header")
    domain_first = rng.random() < 0.5
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        handle = re.sub(r"[^a-z0-9]", "", outlet.lower()) or "news"
        domain = article.outlet if "." in article.outlet else f"{handle}.com"
        b.blank()
        b.add(f"{outlet} @{handle}.skyline.app · {_ago(rng, ('{n}h', '{n}m', 'Mar {n}'))}", "outlet")
        b.start(article, outlet, article.title)
        write_body(b, article, "blank", rng)
        b.end()
        b.blank()
        if domain_first:
            b.add(f"🔗 {domain}", "readmore")
            b.add(article.title, "title")
        else:
            b.add(article.title, "title")
            b.add(domain, "readmore")
        b.add(f"💬 {rng.randint(2, 300)}   🔁 {rng.randint(5, 900)}   ♡ {rng.randint(10, 5000)}", "comments")
        if number < len(articles) - 1 and rng.random() < 0.3:
            _ad_box(b, "Dipromosikan", "Belanja hemat setiap hari dengan gratis ongkir ke seluruh Indonesia.")


def _clipping_book(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A press office's clippings book, a PDF saved as text: a cover with a numbered contents
    list ("1  Outlet — Title ..... 3"), each clip as "Outlet | date | Section | p. 12", title,
    byline on some, the text hard-wrapped; at every PDF page break, inside clips too, the
    page's footer ("Clippings 05.03.2024 — page 3 / 9") and the next page's running header."""
    day = f"{rng.randint(1, 28):02d}.03.2024"
    office = rng.choice(("Office of Communications", "Harbour Authority Press Unit", "Ministry Press Desk"))
    per_page = rng.randint(30, 46)
    state = {"line": 0, "page": 1}

    def count(n: int = 1) -> None:
        state["line"] += n
        if state["line"] >= per_page:
            state["line"] = 0
            state["page"] += 1
            b.add(f"Clippings {day} — page {state['page'] - 1}", "footer")
            b.add(f"{office.upper()} · INTERNAL USE ONLY", "header")

    b.add("PRESS CLIPPINGS", "header")
    b.add(f"Prepared for the {office} · {day}", "header")
    b.blank()
    b.add("Contents", "section")
    for number, article in enumerate(articles, start=1):
        b.add(f"{number}  {display_name(article.outlet)} — {article.title} ..... {number + 1}", "section")
    for article in articles:
        outlet = display_name(article.outlet)
        b.blank()
        b.add(f"{outlet} | {day} | {rng.choice(('World', 'News', 'Business', 'National'))} | p. {rng.randint(1, 30)}", "outlet")
        b.add(article.title, "title")
        if rng.random() < 0.5:
            b.add(f"By {rng.choice(AUTHORS)}", "byline")
        b.blank()
        count(5)
        b.start(article, outlet, article.title)
        for position, paragraph in enumerate(article.paragraphs):
            if position:
                b.blank()
                count()
            label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
            for piece in textwrap.wrap(paragraph, width=78, break_long_words=False, break_on_hyphens=False):
                b.body(piece, piece, label)
                count()
        b.end()
    b.blank()
    b.add(f"Clippings {day} — page {state['page']}", "footer")


def _community_wire(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A Canadian community weekly's website (a Punjabi-Canadian paper in Surrey or Brampton),
    its "Canada & World" wire page saved as text: masthead, navigation, a dateline with the
    weather; each item a title, a posted line, on some pages "By News Desk" or a file-photo
    caption, the text (an ad marker inside it on some pages), and the outlet named only in
    the credit line under the text, in the copy desk's wording: "With files from X", "This
    report by X was first published March 5, 2024.", "(With inputs from X)", "Republished
    with permission of X." or the agency's own "Copyright 2024 X. All rights reserved. ..."
    notice, two to four of these on one page; then share bar, tags, comments; Punjabi ads,
    a "Most read" box and a newsletter box between items; the paper's footer."""
    paper, place, tagline = rng.choice(
        (
            ("The Weekly Voice", "Surrey, B.C.", "Surrey's community newspaper since 1994"),
            ("Peel Region Express", "Brampton, Ont.", "Serving Brampton, Mississauga and Caledon since 2008"),
            ("Fraser Valley Desi Times", "Abbotsford, B.C.", "News for the Fraser Valley's South Asian community"),
        )
    )
    weekday = rng.choice(("Tuesday", "Thursday", "Friday", "Saturday"))
    date = f"March {rng.randint(2, 28)}, 2024"
    pool = (
        "With files from {o}",
        "This report by {o} was first published {d}.",
        "(With inputs from {o})",
        "Republished with permission of {o}.",
        "Copyright 2024 {o}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    )
    forms = rng.sample(pool, rng.randint(2, 4))
    desk = rng.choice((None, None, "By News Desk", "By Web Desk", f"By {paper} Staff"))
    style = rng.choice(("blank", "tight"))
    blank_before_credit = rng.random() < 0.5
    ad_marker = rng.choice((None, "Story continues below advertisement", "ADVERTISEMENT"))
    ads = (
        ("ਇਸ਼ਤਿਹਾਰ", "ਘਰ ਖਰੀਦਣਾ ਹੈ? ਘੱਟ ਵਿਆਜ ਦਰ 'ਤੇ ਮੌਰਗੇਜ ਲਈ ਅੱਜ ਹੀ ਕਾਲ ਕਰੋ", "604-555-0148"),
        ("ਇਸ਼ਤਿਹਾਰ", "ਵਿਆਹ ਸਮਾਗਮਾਂ ਲਈ ਬੈਂਕੁਇਟ ਹਾਲ ਉਪਲਬਧ। ਹੁਣੇ ਬੁੱਕ ਕਰੋ", "905-555-0172 · www.example-banquets.ca"),
    )

    b.add(paper.upper(), "header")
    b.add(tagline, "header")
    b.add("Home | Local | Canada | India | World | Sports | Entertainment | Classifieds | e-Paper", "header")
    b.add(f"{weekday}, {date} · {place} {rng.randint(-2, 11)}°C {rng.choice(('Cloudy', 'Light rain', 'Sunny', 'Showers'))}", "header")
    b.blank()
    b.add(rng.choice(("CANADA & WORLD", "Canada & World", "National / International", "WIRE NEWS")), "section")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        b.blank()
        b.add(article.title, "title")
        if desk:
            b.add(desk, "byline")
        if rng.random() < 0.5:
            b.add(f"Posted: {date} {rng.randint(6, 11)}:{rng.randint(0, 59):02d} {rng.choice(('a.m.', 'AM'))}", "time")
        else:
            b.add(_ago(rng, ("Updated {n} hours ago", "{n} hours ago", "Updated {n} mins ago")), "time")
        if rng.random() < 0.25:
            b.blank()
            b.add(rng.choice(("Representational image.", "File photo.", "(File photo)")), "caption")
            b.add(rng.choice(("Photo: iStock", "Photo: Getty Images", "Photo: File")), "credit")
        b.blank()
        marker_at = rng.randrange(max(1, len(article.paragraphs) - 1)) if ad_marker else -1

        def marker(position: int, at: int = marker_at) -> None:
            if position == at:
                if style == "blank":
                    b.blank()
                b.add(ad_marker, "sponsored")

        b.start(article, outlet, article.title)
        write_body(b, article, style, rng, between=marker if ad_marker else None)
        b.end()
        if blank_before_credit:
            b.blank()
        b.add(rng.choice(forms).format(o=outlet, d=date), "outlet")
        b.blank()
        if rng.random() < 0.6:
            b.add("Share: Facebook | X | WhatsApp | Email | Print", "share")
        if rng.random() < 0.4:
            b.add("Tags: " + ", ".join(rng.sample(("Canada", "World", "U.S.", "Trending", "Viral", "Entertainment"), 2)), "tags")
        if rng.random() < 0.3:
            b.add(rng.choice(("0 Comments", "Leave a comment", f"{rng.randint(1, 9)} Comments")), "comments")
        if number == len(articles) - 1:
            continue
        box = rng.random()
        if box < 0.3:
            heading, text, contact = rng.choice(ads)
            _ad_box(b, heading, text)
            b.add(contact, "sponsored")
        elif box < 0.45 and ctx.other_titles:
            b.blank()
            b.add("MOST READ", "readmore")
            for rank, title in enumerate(rng.sample(ctx.other_titles, min(3, len(ctx.other_titles))), start=1):
                b.add(f"{rank}. {title}", "readmore")
        elif box < 0.55:
            b.blank()
            b.add(f"Get {paper} in your inbox", "newsletter")
            b.add("Our free e-newsletter arrives every Friday morning.", "newsletter")
            b.add("Email address", "newsletter")
            b.add("Sign up", "newsletter")
        if rng.random() < 0.3:
            b.blank()
            b.add("-" * 40, "separator")
    b.blank()
    b.add("About us | Advertise with us | Contact | Privacy policy | Terms of use", "footer")
    b.add("Wire stories are published as supplied by our news partners.", "footer")
    b.add(f"© 2024 {paper} Media Inc. All rights reserved.", "copyright")


def _links_letter(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A newsletter platform's web view of a curated "links of the week" issue: the
    letter's name, issue line, the editor's byline and a hello; each item is the editor's
    write-up (the article's text) with the link's preview card under it holding the headline
    (cut short with "…" on some pages) and the domain, or the outlet's name and a read time;
    on some pages the outlet is also named above the write-up ("Via X"); section headings, a
    "forward to a friend" box and a Finnish sponsor box between items; likes, comments and
    the platform's unsubscribe footer."""
    letter = rng.choice(("The Sunday Clip", "Signal & Noise", "Five Good Links", "The Long Scroll", "Worth a Click"))
    weekday = rng.choice(("Sunday", "Friday", "Monday"))
    editor = rng.choice(AUTHORS)
    above = rng.choice(("", "", "Via {}", "From {}:", "📰 {}"))
    card = rng.choice(("title_domain", "domain_title", "title_site", "link_title"))
    style = rng.choice(("blank", "tight"))
    headings = rng.random() < 0.6
    separator = rng.choice(("", "", "* * *", "———"))
    cut_titles = rng.random() < 0.35
    share_each = rng.random() < 0.25
    b.add(letter, "header")
    b.add(rng.choice(("Subscribe   Sign in", "Home · Archive · About · Subscribe")), "header")
    b.blank()
    b.add(f"Issue #{rng.randint(38, 312)}: {rng.choice(('what I read this week', 'the week in links', 'five things worth your time'))}", "header")
    b.add(f"{editor} · {rng.choice(('Mar', 'Jun', 'Sep', 'Nov'))} {rng.randint(1, 28)}, 2024", "byline")
    b.add(f"♡ {rng.randint(8, 240)}   💬 {rng.randint(0, 30)}   ↗ Share", "comments")
    b.blank()
    b.add(
        rng.choice(
            (
                f"Happy {weekday}, everyone. One story took over my feeds this week, so most of today's links are about it.",
                "Hi all — a short issue today. Here's what caught my eye, with my notes on each.",
                f"Welcome to the {rng.randint(200, 9000):,} new readers who joined since the last issue!",
            )
        ),
        "header",
    )
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        domain = article.outlet if "." in article.outlet else outlet
        title = article.title
        if cut_titles and len(title) > 80:
            title = title[:70].rsplit(" ", 1)[0].rstrip(",;:-—") + "…"
        shown = outlet if above or card == "title_site" else domain
        b.blank()
        if headings and number == 0:
            b.add(rng.choice(("📌 The big one", "THE MAIN EVENT", "Top link")), "section")
            b.blank()
        elif headings and number == 1:
            b.add(rng.choice(("More links", "ELSEWHERE", "Also worth your time")), "section")
            b.blank()
        if above:
            b.add(above.format(outlet), "outlet")
        b.start(article, shown, title)
        write_body(b, article, style, rng)
        b.end()
        b.blank()
        if card == "title_domain":
            b.add(title, "title")
            b.add(domain, "outlet")
        elif card == "domain_title":
            b.add(domain, "outlet")
            b.add(title, "title")
        elif card == "title_site":
            b.add(title, "title")
            b.add(f"{outlet} · {rng.randint(2, 14)} min read", "outlet")
        else:
            b.add(f"🔗 {title}", "title")
            b.add(f"{domain} ↗", "outlet")
        if share_each:
            b.add("Share this link", "share")
        if number == len(articles) - 1:
            break
        if number == len(articles) // 2 and rng.random() < 0.5:
            b.blank()
            b.add(f"Enjoying {letter}? Forward it to a friend, or subscribe if someone sent it to you.", "newsletter")
            b.add("Type your email…   Subscribe", "newsletter")
        elif rng.random() < 0.3:
            _ad_box(b, "Kaupallinen yhteistyö", "Sähkösopimus ilman perusmaksua – vertaa ja vaihda kahdessa minuutissa. Lue lisää")
            b.add("sahkovertailu.example", "sponsored")
        if separator:
            b.blank()
            b.add(separator, "separator")
    b.blank()
    b.add(f"That's all for this {weekday}. See you next week! — {editor.split()[0]}", "footer")
    b.add(f"♡ {rng.randint(8, 240)} Likes   💬 {rng.randint(1, 30)} Comments   ↗ Share", "comments")
    b.blank()
    b.add("Comments", "comments")
    if rng.random() < 0.6:
        reader = rng.choice([a for a in AUTHORS if a != editor])
        b.add(f"{reader} · {_ago(rng, ('{n}h', '{n}d'))}", "comments")
        b.add(rng.choice(("Thanks for the roundup, the second link was new to me.", "Great issue as always.")), "comments")
        b.add("♡ Like   Reply", "comments")
    b.add("Write a comment…", "comments")
    b.blank()
    b.add(f"© 2024 {editor}", "copyright")
    b.add("Unsubscribe · Update your preferences · View in browser", "footer")
    b.add("Published on Letterbox — start your own newsletter", "footer")


#: Generic wire-photo captions, as a paper runs them beside a story it did not shoot.
_REPLICA_CAPTIONS = (
    "People gather near the scene on Monday as officials assess the situation.",
    "A view of the area where the events described unfolded.",
    "Officials speak to reporters during a news conference.",
    "Onlookers watch from behind a police line.",
    "This image, provided by a family member, was shared widely online.",
)


def _replica_jumps(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A regional paper's e-edition (print replica) saved as text in reading order, as the
    replica's text view gives it: the A1 masthead, weather ear and index; each story as its
    headline, "By JANE DOE" and the outlet it came from on the next line (or both on one),
    the text in narrow hard-wrapped columns. Where a story jumps, mid-paragraph or
    mid-sentence, "See SLUG, Page A6", then the next page's folio ("A6 | THE PAPER |
    TUESDAY, MARCH 5, 2024"), its section head and "SLUG from Page A1" before the rest; a new
    page's folio where a story starts on another page; a wire photo's caption and credit, a
    pull quote or an ad (Vietnamese on some) dropped between two lines of a story's text."""
    paper = rng.choice(("The Harbor Ledger", "The Valley Courier", "Tri-County Herald", "The Lakeshore Sentinel"))
    site = paper.lower().removeprefix("the ").replace(" ", "").replace("-", "") + ".example"
    day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    day_text = f"{day:%A}, {day:%B} {day.day}, {day.year}"
    width = rng.randint(32, 46)
    paragraph_gap = rng.random() < 0.5  # blank lines between paragraphs, or a first-line indent
    caps_outlet = rng.random() < 0.4
    byline_form = rng.choice(("two_lines", "two_lines", "one_line"))
    jump_form = rng.choice((
        ("See {slug}, Page {to}", "{slug} from Page {frm}"),
        ("Continued on Page {to}", "Continued from Page {frm}"),
        ("Please see {slug} | {to}", "{slug} | From {frm}"),
        ("See {slug} on {to}", "{slug} continued from {frm}"),
    ))
    repeat_head = rng.random() < 0.4  # the jump page repeats the headline
    distributor = rng.random() < 0.5  # the replica service prints its line at each page's foot
    gaps = rng.random() < 0.6
    section = rng.choice(("NATION & WORLD", "NATION/WORLD", "THE NATION", "WORLD & NATION"))

    def folio(page: int) -> str:
        if page % 2 == 0:
            return f"A{page} | {paper.upper()} | {day_text.upper()}"
        return f"{day_text.upper()} | {paper.upper()} | A{page}"

    state = {"page": 1}

    def turn_to(page: int) -> None:
        """The page break: the old page's foot (on some replicas), the new page's head."""
        if gaps:
            b.blank()
        if distributor:
            b.add(f"Printed and distributed by PageView Replica · {site} · COPYRIGHT AND PROTECTED BY APPLICABLE LAW", "footer")
        b.add(folio(page), "header")
        if page != 1:
            b.add(section, "section")
        if gaps:
            b.blank()
        state["page"] = page

    def ad() -> None:
        if rng.random() < 0.5:
            b.add("QUẢNG CÁO", "sponsored")
            b.add(rng.choice((
                "Dịch vụ khai thuế nhanh chóng, uy tín. Gọi ngay (713) 555-0142 để được tư vấn miễn phí.",
                "Phở Sài Gòn – mở cửa 7 ngày một tuần. Giảm 10% cho khách hàng mới!",
            )), "sponsored")
        else:
            b.add("ADVERTISEMENT", "sponsored")
            b.add(rng.choice((
                "SPRING HOME SHOW · Fairgrounds Expo Hall · Free parking · Kids under 12 free",
                "Mattress Outlet — 0% financing for 48 months. Visit our showroom on Route 9.",
            )), "sponsored")

    # The masthead of A1.
    b.add(paper.upper(), "header")
    b.add(f"{day_text} · Vol. {rng.randint(90, 180)}, No. {rng.randint(20, 360)} · {site} · ${rng.choice(('2.00', '2.50', '3.00'))}", "header")
    b.add(f"TODAY: {rng.choice(('Cloudy', 'Showers', 'Sunny', 'Breezy'))}, {rng.randint(50, 80)}° / {rng.randint(30, 49)}° · Forecast, B8", "header")
    b.add(f"INSIDE: Business A{rng.randint(8, 10)} · Classified B6 · Comics B4 · Opinion A{rng.randint(11, 13)} · Puzzles B5", "header")
    if gaps:
        b.blank()
    front = 1 if len(articles) <= 3 else 2
    next_inside = 2
    jump_page = rng.randint(6, 9)
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        outlet_shown = outlet.upper() if caps_outlet else outlet
        # Where the story starts, and whether (and to where) it jumps.
        if number < front:
            start_page, jumps = 1, True
        else:
            if number == front:
                start_page = next_inside
            else:
                start_page = next_inside if rng.random() < 0.4 else next_inside + 1
            next_inside = start_page
            jumps = rng.random() < 0.35
        if start_page != state["page"]:
            turn_to(start_page)
        elif number:
            b.blank()
        b.add(article.title, "title")
        author = rng.choice(AUTHORS)
        if rng.random() < 0.8:
            if byline_form == "one_line":
                b.add(f"By {author} | {outlet_shown}", "byline")
            else:
                b.add(f"By {author.upper() if caps_outlet else author}", "byline")
                b.add(outlet_shown, "outlet")
        else:
            b.add(outlet_shown, "outlet")
        if gaps:
            b.blank()
        # The text as the column holds it.
        lines: list[tuple[str, str, str]] = []  # (text, fragment, label); ("", "", "blank") between paragraphs
        for position, paragraph in enumerate(article.paragraphs):
            if position and paragraph_gap:
                lines.append(("", "", "blank"))
            label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
            pieces = textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False)
            for index, piece in enumerate(pieces):
                indent = "  " if index == 0 and position and not paragraph_gap else ""
                lines.append((indent + piece, piece, label))
        text_at = [i for i, line in enumerate(lines) if line[2] != "blank"]
        inner = text_at[1:-1]  # furniture falls after one of these lines, never before the first or after the last
        breaks: dict[int, str] = {}
        if inner and (jumps and len(text_at) >= 14):
            breaks[rng.choice(inner[len(inner) // 3 : max(len(inner) // 3 + 1, (len(inner) * 3) // 4)])] = "jump"
        for kind, chance in (("caption", 0.35), ("pullquote", 0.2), ("ad", 0.2)):
            free = [i for i in inner if i not in breaks]
            if free and rng.random() < chance:
                breaks[rng.choice(free)] = kind
        quotes = [s for p in article.paragraphs if not is_residue(p) for s in sentences(p) if 8 <= len(s.split()) <= 24]
        keywords = [w for w in (w.strip("'‘’\":,.?!()") for w in article.title.split()) if len(w) >= 4]
        slug = rng.choice(keywords[:3]).upper() if keywords else "STORY"
        b.start(article, outlet_shown, article.title)
        for index, (text, fragment, label) in enumerate(lines):
            if label == "blank":
                b.blank()
                continue
            b.body(text, fragment, label)
            kind = breaks.get(index)
            if kind == "jump":
                frm = state["page"]
                to = jump_page if frm == 1 else frm + rng.randint(4, 8)
                jump_page += 1 if frm == 1 else 0
                b.add(jump_form[0].format(slug=slug, to=f"A{to}"), "readmore")
                turn_to(to)
                if repeat_head:
                    b.add(article.title, "title")
                b.add(jump_form[1].format(slug=slug, frm=f"A{frm}"), "readmore")
                if gaps:
                    b.blank()
            elif kind == "caption":
                if gaps:
                    b.blank()
                for piece in textwrap.wrap(rng.choice(_REPLICA_CAPTIONS), width=width):
                    b.add(piece, "caption")
                credit = f"{rng.choice(AUTHORS)}/{outlet}"
                b.add(credit.upper() if caps_outlet else credit, "credit")
                if gaps:
                    b.blank()
            elif kind == "pullquote" and quotes:
                if gaps:
                    b.blank()
                for piece in textwrap.wrap(f"“{rng.choice(quotes)}”", width=max(24, width - 8)):
                    b.add(piece, "pullquote")
                if gaps:
                    b.blank()
            elif kind == "ad":
                if gaps:
                    b.blank()
                ad()
                if gaps:
                    b.blank()
        b.end()
        if number < len(articles) - 1 and rng.random() < 0.2:
            b.blank()
            ad()
    b.blank()
    if distributor:
        b.add(f"Printed and distributed by PageView Replica · {site} · COPYRIGHT AND PROTECTED BY APPLICABLE LAW", "footer")
    b.add(f"Copyright © {day.year} {paper}. All rights reserved. Reproduction without permission is prohibited.", "copyright")


def _archive_export(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A news archive's search results, saved by a researcher as one plain-text file: the
    service's header (search line with its document count, export time and user); each
    document as "Document 2 of 5", the title, the outlet's name on its own line (with
    "(Online)" or a city after it on some, in capitals on some pages), the date with its
    weekday and edition, "Copyright 2024 X" on some pages, "Section: WORLD; Pg. 4",
    "Length: 523 words", "Byline: A" on some, a "Body" heading, the text, then "Load-Date:"
    and a "Classification" block (Language, Publication-Type, Subject with percentages) in
    either order, "End of Document"; the service's footer; a Lithuanian access note at the
    top or the bottom of some pages."""
    service = rng.choice(("NewsVault Academic", "PressArchive Research", "Periodica Online", "ArchiveLine Scholar"))
    capitals = rng.random() < 0.3
    style = rng.choice(("blank", "tight"))
    copyrighted, bylined, sectioned = rng.random() < 0.6, rng.random() < 0.6, rng.random() < 0.7
    classified, load_first = rng.random() < 0.5, rng.random() < 0.5
    access = rng.choice(("header", "footer", None))
    base = date(2024, rng.randint(1, 11), rng.randint(1, 20))
    exported = date.fromordinal(base.toordinal() + rng.randint(20, 400))
    terms = " AND ".join(w.lower() for w in _tag_words(f"{articles[0].title} {articles[1].title}", 2))
    b.add(service, "header")
    b.add(f'Search: "{terms}" — {len(articles)} documents' if rng.random() < 0.5
          else f"Search Terms: {terms} · Results: {len(articles)}", "header")
    clock = f"{rng.randint(8, 20)}:{rng.randint(0, 59):02d}"
    b.add(f"Date and Time: {exported:%b} {exported.day:02d}, {exported.year} {clock}"
          f" · Job Number: {rng.randint(10000, 99999)}", "header")
    b.add(f"User: {rng.choice(('r.petrauskaite', 'mlind', 'a.karim', 'research01'))}", "header")
    if access == "header":
        b.add("Prieiga suteikta per Vilniaus universiteto bibliotekos prenumeratą", "header")
    for number, article in enumerate(articles, start=1):
        outlet = display_name(article.outlet)
        shown = outlet.upper() if capitals else outlet
        if rng.random() < 0.35:
            ending = {".co.uk": "London", ".com.au": "Sydney", ".ca": "Toronto"}
            other = rng.choice(("Online", "US")) if "." not in outlet else "Online"
            city = next((c for e, c in ending.items() if article.outlet.endswith(e)), other)
            shown += f" ({city.upper() if capitals else city})"
        day = date.fromordinal(base.toordinal() + rng.randint(0, 6))
        count = sum(len(p.split()) for p in article.paragraphs)
        b.blank()
        b.blank()
        b.add(f"Document {number} of {len(articles)}", "separator")
        b.blank()
        b.add(article.title, "title")
        b.blank()
        b.add(shown, "outlet")
        edition = rng.choice(("", "", " Late Edition - Final", " First Edition", " Final Edition", " National Edition"))
        b.add(f"{day:%B} {day.day}, {day.year} {day:%A}{edition}", "time")
        if copyrighted:
            notice = rng.choice(("", " All Rights Reserved", ". All rights reserved."))
            b.add(f"Copyright {day.year} {outlet}{notice}", "copyright")
        b.blank()
        if sectioned:
            desk = rng.choice(("WORLD", "NEWS", "INTERNATIONAL", "NATIONAL", "FOREIGN"))
            b.add(f"Section: {desk}; Pg. {rng.choice(('', 'A'))}{rng.randint(1, 28)}" if rng.random() < 0.6
                  else f"Section: {desk}; Version:{rng.randint(1, 4)}", "section")
        b.add(f"Length: {count} words", "time")
        if bylined and rng.random() < 0.7:
            writer = rng.choice(AUTHORS)
            b.add(f"Byline: {writer.upper() if capitals else writer}", "byline")
        b.blank()
        b.add("Body", "section")
        b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, style, rng)
        b.end()
        loaded = date.fromordinal(day.toordinal() + rng.randint(0, 3))
        load_date = f"Load-Date: {loaded:%B} {loaded.day}, {loaded.year}"
        b.blank()
        if load_first:
            b.add(load_date, "time")
            b.blank()
        if classified:
            b.add("Classification", "tags")
            b.blank()
            b.add("Language: ENGLISH", "tags")
            b.add(f"Publication-Type: {rng.choice(('Newspaper', 'Web Publication', 'Newswire'))}", "tags")
            share = rng.randint(80, 95)
            subjects = []
            for word in _tag_words(article.title, 3):
                subjects.append(f"{word.upper()} ({share}%)")
                share -= rng.randint(5, 20)
            b.add(f"Subject: {'; '.join(subjects)}", "tags")
            b.blank()
        if not load_first:
            b.add(load_date, "time")
            b.blank()
        b.add("End of Document", "separator")
    b.blank()
    if access == "footer":
        b.add("Šie dokumentai skirti tik asmeniniams tyrimams. Platinti draudžiama.", "footer")
    b.add(f"About {service} | Privacy Policy | Terms & Conditions", "footer")
    b.add(f"Copyright © {exported.year} {service}. All rights reserved.", "copyright")



def _fediverse_thread(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A thread exported from a federated social network: posts under a display name and an
    @user@instance handle with a relative time, content warnings with "Show more", posts
    carrying an outlet's article (from the outlet's own account, or from a person sharing it
    with the link card under the text), image alt text, boost and favourite counts, replies
    between; a reply in Welsh on some pages."""
    home = rng.choice(("harbour.town", "toot.northlight.example", "social.quayside.example", "fedi.lakeshore.example"))
    press = rng.choice(("newsdesk.example", "press.feeds.example", "mast.bulletin.example"))
    owner = rng.choice(AUTHORS)
    people = [p for p in AUTHORS if p != owner]
    head = rng.choice(("one", "two", "three"))
    counts = rng.choice(("↩ {r}  🔁 {s}  ⭐ {f}", "{s} boosts · {f} favourites", "Boosted {s} times · Favourited {f} times"))
    warning = rng.choice(("CW: {}", "Content warning: {}", "⚠ {}"))
    card_name = rng.random() < 0.5  # a shared link's card shows the site's name, else its domain
    card_title_first = rng.random() < 0.5
    welsh = rng.random() < 0.6
    welsh_after = rng.randrange(len(articles))

    def handle_of(name: str, instance: str) -> str:
        return f"@{re.sub(r'[^a-z0-9]', '', name.lower()) or 'news'}@{instance}"

    def post_head(name: str, handle: str, label: str) -> None:
        when = _ago(rng, ("{n}h", "{n}m", "{n}d", "{n} hours ago"))
        if head == "one":
            b.add(f"{name} {handle} · {when}", label)
        elif head == "two":
            b.add(name, label)
            b.add(f"{handle} · {when}", label)
        else:
            b.add(name, label)
            b.add(handle, label)
            b.add(when, "time")

    def counts_line(scale: int) -> None:
        b.add(counts.format(r=rng.randint(0, scale // 10 + 2), s=rng.randint(0, scale), f=rng.randint(1, scale * 2)), "comments")

    def cw() -> None:
        if rng.random() < 0.3:
            b.add(warning.format(rng.choice(("long post", "news, violence", "politics", "death mention", "war"))), "section")
            b.add(rng.choice(("[Show more]", "Show more", "▸ show content")), "readmore")

    b.add(f"Thread by {owner} ({handle_of(owner.split()[0], home)}) · exported from {home}", "header")
    b.add(f"{len(articles) * 2 + rng.randint(1, 6)} posts · Public · Original order", "header")
    b.blank()
    post_head(owner, handle_of(owner.split()[0], home), "byline")
    b.add(
        rng.choice((
            "Pulling the coverage of this one into a thread, oldest first. 🧵",
            "Thread: how different outlets are reporting this. Texts in full below.",
            "Keeping all the reports on this in one place 🧵 1/",
        )),
        "comments",
    )
    counts_line(40)
    for number, article in enumerate(articles):
        name = display_name(article.outlet)
        b.blank()
        if rng.random() < 0.5:
            # The outlet's own account posts the article; the thread's author boosts it.
            if rng.random() < 0.6:
                b.add(f"🔁 {owner} boosted", "share")
            post_head(name, handle_of(name, press), "outlet")
            cw()
            b.add(article.title, "title")
            b.blank()
            b.start(article, name, article.title)
            write_body(b, article, rng.choice(("blank", "tight")), rng)
            b.end()
            b.add(f"🔗 {_article_url(rng, article)}", "readmore")
            shown = name
        else:
            sharer = owner if rng.random() < 0.5 else rng.choice(people)
            post_head(sharer, handle_of(sharer.split()[0], rng.choice((home, "mastodon.example", "social.example"))), "byline")
            cw()
            b.add(
                rng.choice((
                    "Text below for anyone the link won't load for:",
                    "Here's the piece, copied in full 👇",
                    "Sharing this one, worth the whole read.",
                    "Another report, with more detail on the timeline:",
                )),
                "comments",
            )
            b.blank()
            shown = name if card_name else _site(article.outlet)
            b.start(article, shown, article.title)
            write_body(b, article, rng.choice(("blank", "tight")), rng)
            b.end()
            b.blank()
            if card_title_first:
                b.add(article.title, "title")
                b.add(shown, "outlet")
            else:
                b.add(shown, "outlet")
                b.add(article.title, "title")
        if rng.random() < 0.4:
            b.add(
                "ALT: "
                + rng.choice((
                    "Photo of people gathered outside a building, some holding phones up.",
                    "Screenshot of the article's headline on a phone screen.",
                    "A map with the area of the events marked in red.",
                )),
                "caption",
            )
        counts_line(300)
        if rng.random() < 0.45 or (welsh and number == welsh_after):
            replier = rng.choice(people)
            b.blank()
            post_head(replier, handle_of(replier.split()[0], rng.choice(("mastodon.example", home))), "byline")
            if welsh and number == welsh_after:
                reply = rng.choice(("Diolch am rannu, darn defnyddiol iawn.", "Mae'r ffigurau yma'n wahanol i ddoe."))
            else:
                reply = rng.choice((
                    "Is this the updated version? The figures changed overnight.",
                    "Thanks for collecting these.",
                    "Same quote as the agency copy, so probably one source.",
                    "Boosting for visibility.",
                ))
            b.add(f"@{owner.split()[0].lower()} {reply}", "comments")
            counts_line(10)
    b.blank()
    b.add(f"{home} · About · Server rules · Privacy policy", "footer")
    b.add("Exported as plain text. Media not included.", "footer")


def _clipper_notebook(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A note-taking app's notebook of web clips exported as text: each note's title, "Clipped
    from <url>", created and updated stamps, notebook and tag lines (above the clip or under
    it), the clipped text (headed by the page's own headline on some pages), and the user's
    own short notes between clips; a note in Slovak on some pages."""
    app = rng.choice(("Jotwell", "Notehive", "Pagefold"))
    notebook = rng.choice(("Story files", "Research › Current", "Clips — inbox", "Background reading"))
    meta_above = rng.random() < 0.6
    stamps_one_line = rng.random() < 0.5
    clip_form = rng.choice(("Clipped from {}", "Clipped from: {}", "Clipped from <{}>"))
    headline_in_clip = rng.random() < 0.4
    rule = rng.choice(("=" * 48, "— — —", "─" * 32, "### note ###"))
    slovak = rng.random() < 0.5
    exported = date(2024, rng.randint(2, 12), rng.randint(1, 28))
    b.add(f"{app} — notebook export", "header")
    b.add(f"Notebook: {notebook} · {len(articles)} notes · exported {exported.isoformat()}", "header")

    def stamp(day: date) -> str:
        return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year} {_clock(rng.randint(7 * 60, 22 * 60), False)}"

    def meta(article: SourceArticle) -> None:
        created = date.fromordinal(exported.toordinal() - rng.randint(1, 150))
        updated = date.fromordinal(min(exported.toordinal(), created.toordinal() + rng.randint(0, 30)))
        b.add(clip_form.format(_article_url(rng, article)), "outlet")
        if stamps_one_line:
            b.add(f"Created: {stamp(created)}   Updated: {stamp(updated)}", "time")
        else:
            b.add(f"Created: {stamp(created)}", "time")
            b.add(f"Updated: {stamp(updated)}", "time")
        b.add(f"Notebook: {notebook}", "section")
        words = [w.lower() for w in _tag_words(article.title, 2)] + [rng.choice(("clip", "to-check", "source", "quote"))]
        b.add("Tags: " + ", ".join(words), "tags")

    notes = [
        "Check the casualty figure against the ministry's own release.",
        "Quote para 2 in Thursday's brief?",
        "Compare with the version clipped on Monday.",
        "Follow up: who is the second source here?",
        "Different number from the other reports, ask the desk.",
    ]
    slovak_after = rng.randrange(len(articles))
    for number, article in enumerate(articles):
        b.blank()
        b.add(rule, "separator")
        b.add(article.title, "title")
        if meta_above:
            meta(article)
        b.blank()
        if headline_in_clip:
            b.add(article.title, "title")
        b.start(article, _site(article.outlet), article.title)
        write_body(b, article, rng.choice(("blank", "tight")), rng)
        b.end()
        if not meta_above:
            b.blank()
            meta(article)
        if number < len(articles) - 1 and (rng.random() < 0.6 or (slovak and number == slovak_after)):
            b.blank()
            b.add(rng.choice(("My notes:", "✎ Note", "Own note —")), "comments")
            if slovak and number == slovak_after:
                b.add("Overiť čísla na stránke ministerstva pred štvrtkom.", "comments")
            else:
                b.add(rng.choice(notes), "comments")
    b.blank()
    b.add(f"End of notebook “{notebook}”. Exported by {app}.", "footer")


#: The forwarded_mail layout's invented offices and people's roles.
_MAIL_FIRMS = (
    ("Fenwick & Rowe Public Affairs", "fenwickrowe.example"),
    ("Saltmarsh Analytics", "saltmarsh-analytics.example"),
    ("Kestrel Strategy Group", "kestrelgroup.example"),
    ("Ashgrove Policy Institute", "ashgrove.example"),
    ("Tidewater Communications", "tidewater-comms.example"),
)
_MAIL_ROLES = (
    "Senior Analyst", "Media Relations Manager", "Research Associate", "Head of Communications", "Policy Adviser",
    "Account Director", "Press Officer", "Research Intern", "Associate Director, Public Affairs",
)
#: What colleagues write above an article they forward; {other} is another outlet of the page.
_MAIL_NOTES = (
    "see para 3 - numbers differ from what {other} said",
    "FYI, this is the one the client asked about on the call.",
    "Worth reading before the 2pm.",
    "Pasting the full text below since it's behind a paywall.",
    "Can someone check the quote in the fourth paragraph against the original?",
    "This one has a different timeline from the {other} piece.",
    "Not sure how reliable this is but flagging anyway.",
    "Adding to the file. The figures in the second para are new.",
    "Headline overstates it a bit, the text itself is more careful.",
    "For the Thursday note - the last paragraph is the interesting bit.",
    "Same story, but they have a named source. {other} didn't.",
    "pls add to the tracker",
    "Did we see this one? Slightly different angle.",
)
_MAIL_OWN_SUBJECTS = (
    "worth a look", "for the Thursday note", "another one on this", "numbers??", "coverage so far",
    "this morning's pieces", "FYI", "see below", "more on the story", "for the file",
)
_MAIL_DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be privileged. "
    "If you are not the intended recipient, please notify the sender immediately and delete it; do not "
    "copy, use or disclose its contents."
)
#: The one non-English line of the layout: an Icelandic office's e-mail disclaimer.
_MAIL_DISCLAIMER_IS = (
    "Fyrirvari: Þessi tölvupóstur og viðhengi hans eru trúnaðarmál og eingöngu ætluð þeim sem hann er "
    "stílaður á. Hafir þú fengið hann fyrir mistök, vinsamlegast láttu sendanda vita og eyddu honum."
)


class _Prefixed:
    """Passes what a layout writes to the page builder behind a quote prefix ("> ", "> > "):
    an empty line becomes the bare ">" a mail client leaves, still an empty line by its label."""

    def __init__(self, b: _PageBuilder) -> None:
        self.b, self.prefix = b, ""

    def add(self, text: str, label: str) -> None:
        if not text.strip():
            self.blank()
        else:
            self.b.add(self.prefix + text, label)

    def blank(self) -> None:
        self.b.add(self.prefix.rstrip(), "blank")

    def body(self, text: str, fragment: str, label: str = ARTICLE_TEXT) -> None:
        self.b.body(self.prefix + text, fragment, label)

    def start(self, article: SourceArticle, outlet_shown: str, title_shown: str) -> None:
        self.b.start(article, outlet_shown, title_shown)

    def end(self) -> None:
        self.b.end()


def _forwarded_mail(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A plain-text e-mail thread in which colleagues forward articles to each other, newest
    message first: "---------- Forwarded message ---------" (or Outlook's "-----Original
    Message-----", Apple's "Begin forwarded message:") blocks with From:/Date:/Subject:/To:
    lines (the subject the article's title, "Fwd: " + title, or the sender's own words), or
    a reply quoting the message before it behind "> " under "On ... wrote:"; the sender's
    note above the pasted article, the article (title on some, the outlet as "From X:", "X |
    date" above the title, "Sent via X app" under the text, or only the article's address
    under it), signatures, "Sent from my iPhone", legal disclaimers; an Icelandic disclaimer
    in one colleague's signature on most pages."""
    firm, domain = rng.choice(_MAIL_FIRMS)
    style = rng.choice(("wrapped", "wrapped", "blank", "tight"))
    width = rng.choice((70, 72, 76))
    dashes = rng.random() < 0.5  # "-- " over a signature, else none
    last_first = rng.random() < 0.35  # Outlook names people "Gallagher, Owen"
    disclaimers = rng.random() < 0.5
    us_dates = rng.random() < 0.5
    names = rng.sample(AUTHORS, 4)
    if rng.random() < 0.8:
        names[rng.randrange(len(names))] = "Brynja Sigurðardóttir"

    def address(name: str, own: bool = True) -> str:
        first, last = name.split()[0], name.split()[-1]
        plain = last.lower().replace("ð", "d").replace("ó", "o")
        if own:
            return f"{first.lower()}.{plain}@{domain}" if rng.random() < 0.7 else f"{first[0].lower()}{plain}@{domain}"
        return f"{first.lower()}{plain[:3]}{rng.randint(70, 99)}@mailbox.example"

    people = []
    for number, name in enumerate(names):
        icelandic = "ð" in name
        people.append({
            "name": name,
            "email": address(name, own=icelandic or number or rng.random() < 0.7),
            "client": rng.choice(("gmail", "outlook", "apple")),
            "role": "Analyst, Reykjavík office" if icelandic else rng.choice(_MAIL_ROLES),
            "phone": (f"+354 555 {rng.randint(1000, 9999)}" if icelandic
                      else rng.choice((f"+44 20 7946 0{rng.randint(100, 999)}", f"+1 202-555-01{rng.randint(10, 99)}",
                                       f"M: +44 7700 900{rng.randint(100, 999)}"))),
            "ending": "signature" if icelandic else rng.choice(("signature", "signature", "iphone", "none")),
            "icelandic": icelandic,
        })

    def shown_name(person: dict, client: str) -> str:
        if client == "outlook" and last_first:
            first, last = person["name"].rsplit(" ", 1)
            return f"{last}, {first}"
        return person["name"]

    def stamp(when: datetime, client: str) -> str:
        hour = when.strftime("%I:%M %p").lstrip("0")
        if client == "gmail":
            return f"{when:%a}, {when:%b} {when.day}, {when.year} at {hour}"
        if client == "outlook":
            if us_dates:
                return f"{when:%A}, {when:%B} {when.day}, {when.year} {hour}"
            return f"{when:%A}, {when.day} {when:%B} {when.year} {when:%H:%M}"
        zone = rng.choice(("GMT", "EST") if when.month in (11, 12, 1, 2, 3) else ("BST", "EDT", "GMT"))
        return f"{when.day} {when:%B} {when.year} at {when:%H:%M}:{rng.randint(0, 59):02d} {zone}"

    def wrapped(text: str, w: _Prefixed, label: str) -> None:
        if style == "wrapped":
            for piece in textwrap.wrap(text, width=width - len(w.prefix)):
                w.add(piece, label)
        else:
            w.add(text, label)

    # Newest message first; each one forwards one article.
    when = datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18), rng.randint(0, 59))
    plan = []
    previous = None
    for number, article in enumerate(articles):
        sender = rng.choice([p for p in people if p is not previous])
        previous = sender
        if number:
            when -= timedelta(minutes=rng.randint(4, 900))
        others = [display_name(a.outlet) for a in articles if a.outlet != article.outlet]
        outlet = display_name(article.outlet)
        named = outlet != article.outlet or "." not in article.outlet
        form = rng.choice(("from", "pipe", "url", "app") if named else ("from", "pipe", "url"))
        link = "forward" if number == 0 or rng.random() < 0.7 else "reply"
        subject = rng.choice(("title", "fwd", "own")) if link == "forward" else "none"
        plan.append({
            "article": article, "sender": sender, "when": when, "link": link, "subject": subject, "form": form,
            "title_in_paste": subject in ("own", "none") or rng.random() < 0.5,
            "note": rng.choice(_MAIL_NOTES).format(other=rng.choice(others or ["the wire"])) if rng.random() < 0.75 else "",
        })

    w = _Prefixed(b)

    def headers(message: dict, top: bool) -> None:
        person, article = message["sender"], message["article"]
        client = person["client"]
        recipients = [p for p in people if p is not person]
        to = ", ".join(f"{shown_name(p, client)} <{p['email']}>" for p in rng.sample(recipients, rng.randint(1, 2)))
        if rng.random() < 0.3:
            to = rng.choice((f"Press Desk <pressdesk@{domain}>", f"Research Team <research@{domain}>", to))
        prefix = {"gmail": "Fwd: ", "outlook": "FW: ", "apple": "Fwd: "}[client]
        if message["subject"] == "own":
            subject = (f"Subject: {rng.choice(_MAIL_OWN_SUBJECTS)}", "header")
        else:
            subject = (f"Subject: {prefix if message['subject'] == 'fwd' else ''}{article.title}", "title")
        sender = (f"From: {shown_name(person, client)} <{person['email']}>", "header")
        sent = (f"{'Sent' if client == 'outlook' else 'Date'}: {stamp(message['when'], client)}", "time")
        copied = [p for p in recipients if shown_name(p, client) not in to]
        cc = [(f"Cc: {shown_name(rng.choice(copied), client)}", "header")] if copied and rng.random() < 0.25 else []
        if not top:
            w.blank()
            if client == "gmail":
                w.add("---------- Forwarded message ---------", "separator")
            elif client == "outlook":
                w.add(rng.choice(("-----Original Message-----", "_" * 32)), "separator")
            else:
                w.add("Begin forwarded message:", "separator")
                w.blank()
        order = {
            "gmail": [sender, sent, subject, ("To: " + to, "header"), *cc],
            "outlook": [sender, sent, ("To: " + to, "header"), *cc, subject],
            "apple": [sender, subject, sent, ("To: " + to, "header"), *cc],
        }[client]
        for text, label in order:
            w.add(text, label)

    def message_text(message: dict) -> None:
        person, article = message["sender"], message["article"]
        outlet, first = display_name(message["article"].outlet), person["name"].split()[0]
        w.blank()
        if message["note"]:
            if rng.random() < 0.5:
                reader = rng.choice([n for n in names if n != person["name"]]).split()[0]
                w.add(rng.choice(("Hi all,", "Morning,", "All -", f"Hi {reader},")), "comments")
                w.blank()
            wrapped(message["note"], w, "comments")
            if person["icelandic"] and rng.random() < 0.5:
                w.blank()
                w.add("Kær kveðja,", "comments")
                w.add(first, "comments")
            elif rng.random() < 0.5:
                w.blank()
                w.add(rng.choice(("Thanks,", "Cheers,", "Best,", "Thx")), "comments")
                w.add(rng.choice((first, first[0])), "comments")
            w.blank()
        url = _article_url(rng, article)
        if rng.random() < 0.4 and url.count(".") == 1:
            url = url.replace("https://", "https://www.")
        form = message["form"]
        shown = outlet
        if form == "from":
            w.add(rng.choice(("From {}:", "From {}:", "Article from {}:", "via {}:")).format(outlet), "outlet")
        elif form == "pipe":
            day = message["when"] - timedelta(hours=rng.randint(1, 30))
            w.add(f"{outlet} | {rng.choice(('', 'Updated '))}{day.day} {day:%B} {day.year}", "outlet")
        if message["title_in_paste"]:
            w.add(article.title, "title")
            if rng.random() < 0.25:
                w.add(f"By {rng.choice([a for a in AUTHORS if a not in names])}", "byline")
            if style != "tight" or rng.random() < 0.5:
                w.blank()
        elif form in ("from", "pipe") and style != "tight":
            w.blank()
        if form == "url":
            shown = url.split("/")[2].removeprefix("www.")
        w.start(article, shown, article.title)
        write_body(w, article, style, rng, width=width - len(w.prefix))
        w.end()
        if form == "url":
            w.blank()
            w.add(rng.choice(("{}", "<{}>", "Link: {}")).format(url), "outlet")
        elif form == "app":
            w.blank()
            w.add(rng.choice(("Sent via {} app", "Sent via the {} app", "Sent via {} app for Android")).format(outlet), "outlet")
            if rng.random() < 0.5:
                w.add(url, "readmore")
        elif rng.random() < 0.3:
            w.blank()
            w.add(url, "readmore")
        ending = person["ending"]
        if ending == "signature":
            w.blank()
            if dashes:
                w.add("-- ", "footer")
            w.add(person["name"], "footer")
            if rng.random() < 0.5:
                w.add(f"{person['role']} | {firm}", "footer")
            else:
                w.add(person["role"], "footer")
                w.add(firm, "footer")
            w.add(person["phone"], "footer")
            if rng.random() < 0.3:
                w.add(f"www.{domain}", "footer")
            if person["icelandic"]:
                w.blank()
                wrapped(_MAIL_DISCLAIMER_IS, w, "footer")
            if disclaimers:
                w.blank()
                wrapped(_MAIL_DISCLAIMER, w, "footer")
                if rng.random() < 0.3:
                    w.add("Please consider the environment before printing this e-mail.", "footer")
        elif ending == "iphone":
            w.blank()
            w.add(rng.choice(("Sent from my iPhone", "Sent from my iPhone", "Get Outlook for iOS", "Sent from my iPad")), "footer")

    for number, message in enumerate(plan):
        if number == 0:
            headers(message, top=True)
        elif message["link"] == "forward":
            headers(message, top=False)
        else:
            person = message["sender"]
            when = message["when"]
            if person["client"] == "apple":
                said = f"On {when.day} {when:%b} {when.year}, at {when:%H:%M}, {person['name']} <{person['email']}> wrote:"
            else:
                hour = when.strftime("%I:%M %p").lstrip("0")
                said = f"On {when:%a}, {when:%b} {when.day}, {when.year} at {hour} {person['name']} <{person['email']}> wrote:"
            w.blank()
            if len(w.prefix + said) > 78 and rng.random() < 0.5:
                # Gmail breaks a long attribution line inside the address.
                head, _, tail = said.partition(" <")
                w.add(f"{head} <", "comments")
                w.add(tail, "comments")
                w.prefix += "> "
            else:
                w.add(said, "comments")
                w.prefix += "> "
        message_text(message)
    if rng.random() < 0.15:
        w.prefix = ""
        w.blank()
        w.add("[Message clipped]  View entire message", "footer")


def _replay_on_pages(b: _PageBuilder, placed: list, head: Callable[[int], None], foot: Callable[[int], None]) -> None:
    """Write operations placed on printed pages ((page, ("line", text, label, fragment)),
    (page, ("start", ...)), (page, ("end",))), each page's header before its first line
    and its footer after its last."""
    current = 0
    for page, op in placed:
        if op[0] == "line":
            if page != current:
                if current:
                    foot(current)
                head(page)
                current = page
            _, text, label, fragment = op
            if fragment is None:
                b.add(text, label)
            else:
                b.body(text, fragment, label)
        elif op[0] == "start":
            b.start(*op[1:])
        else:
            b.end()
    foot(current)


class _Printout:
    """One web page as the browser prints it, recorded so that its lines can be laid out on
    PDF pages once their number, and so the page count in the footer, is known."""

    def __init__(self) -> None:
        self.ops: list[tuple] = []

    def add(self, text: str, label: str) -> None:
        self.ops.append(("line", text, label, None))

    def blank(self) -> None:
        self.ops.append(("line", "", "blank", None))

    def body(self, text: str, fragment: str, label: str = ARTICLE_TEXT) -> None:
        self.ops.append(("line", text, label, fragment))

    def start(self, article: SourceArticle, outlet_shown: str, title_shown: str) -> None:
        self.ops.append(("start", article, outlet_shown, title_shown))

    def end(self) -> None:
        self.ops.append(("end",))

    def paged(self, length: int) -> list[tuple[int, tuple]]:
        """Each recorded step with the PDF page it falls on; an empty line at the top of a page is dropped."""
        placed, page, used = [], 1, 0
        for op in self.ops:
            if op[0] == "line":
                if used >= length:
                    page, used = page + 1, 0
                if used == 0 and not op[1].strip():
                    continue
                used += 1
            placed.append((page, op))
        return placed


_PRINT_MENUS = (
    "News  Sport  Business  Innovation  Culture  Travel  Earth  Video  Live",
    "World  U.S.  Politics  Business  Tech  Science  Health  Entertainment  Opinion",
    "Home | News | Sport | Money | Showbiz | Lifestyle | Travel | Video",
    "Latest  World  Politics  Climate  Tech  Culture  Video  Podcasts",
    "UK  World  Business  Politics  Tech  Science  Health  Family & Education",
)
_PRINT_CAPTIONS = (
    "Emergency services at the scene on Tuesday morning",
    "The building where the incident is said to have happened",
    "A handout picture released by the authorities",
    "Residents gathered outside as news of the decision spread",
    "The post was shared thousands of times before it was removed",
    "Officials address reporters at a news conference",
)
_PRINT_CREDITS = ("Getty Images", "Reuters", "AFP via Getty Images", "AP Photo", "PA Media", "EPA", "Handout")
#: The one sponsored line in another language: Thai, in a "promoted stories" box.
_PRINT_THAI = (
    "ทัวร์เชียงใหม่ 3 วัน 2 คืน ราคาพิเศษ จองวันนี้ลดทันที 20%",
    "ประกันรถยนต์ชั้น 1 เริ่มต้นเดือนละ 599 บาท เช็กราคาเลย",
)


def _browser_print(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """Articles each printed from a web browser to PDF, converted to text and put one after
    another: every printed page opens with the browser's running header (the print date and
    time, then the page's <title>, "Title | Outlet" or "Title - Outlet") and closes with its
    footer (the article's address and "1/3"), inside an article too wherever its page
    breaks; Firefox's header and footer on some pages ("Title  url", "Page 1 of 3  date");
    on one line or two. Each printout carries the site's masthead and menus, a cookie notice
    at its top or foot on some, the section, title, byline and date, image captions and
    credits, "Advertisement" slots, "Share this article" rows, related topics, a "Most
    popular" list and the site's footer; a Thai line in a promoted-stories box on most pages."""
    firefox = rng.random() < 0.3
    one_line = rng.random() < 0.6  # pdftotext -layout keeps header and footer each on one line
    us = rng.random() < 0.5
    style = rng.choice(("wrapped", "wrapped", "blank"))
    width = rng.choice((86, 94, 102, 110))
    length = rng.randint(30, 46)
    gap_after_header = rng.random() < 0.5
    gap_before_footer = rng.random() < 0.5
    printed = datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 21), rng.randint(0, 59))
    thai_in = rng.randrange(len(articles)) if rng.random() < 0.8 else -1

    def clock(when: datetime) -> str:
        if us:
            return f"{when.month}/{when.day}/{when:%y}, {when.strftime('%I:%M %p').lstrip('0')}"
        return f"{when:%d/%m/%Y}, {when:%H:%M}"

    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        printed += timedelta(minutes=rng.randint(1, 25))
        url = _article_url(rng, article)
        if url.count(".") == 1 and rng.random() < 0.6:
            url = url.replace("https://", "https://www.")
        section = rng.choice(("World", "News", "US news", "UK news", "Politics", "Science", "Tech"))
        page_title = rng.choice(("{t} | {o}", "{t} - {o}", "{t} | {s} | {o}", "{t} – {o}")).format(
            t=article.title, o=outlet, s=section
        )
        if len(page_title) > 90 and rng.random() < 0.5:
            page_title = page_title[:84].rstrip() + "…"
        published = printed - timedelta(hours=rng.randint(2, 60), minutes=rng.randint(0, 59))
        masthead = rng.random() < 0.75
        p = _Printout()

        # The site's top as printed: masthead, menus, a cookie notice.
        if rng.random() < 0.4:
            p.add(rng.choice(("Skip to main content", "Skip to content", "Skip to navigation")), "header")
        if masthead:
            p.add(outlet.upper() if rng.random() < 0.3 else outlet, "outlet")
        p.add(rng.choice(_PRINT_MENUS), "header")
        if rng.random() < 0.5:
            p.add(rng.choice(("Sign in   Subscribe", "Search  Menu", "Log in | Register", "Subscribe now")), "header")
        cookie = rng.choice(("top", "bottom", None, None))

        def cookie_notice() -> None:
            p.blank()
            p.add(rng.choice(("We value your privacy", "Cookies on this site", "Your privacy choices")), "cookie")
            p.add(
                rng.choice((
                    "We and our partners use cookies and similar technologies to store and access information on "
                    "your device, to measure audiences and to show you personalised ads.",
                    f"{outlet} uses cookies to give you the best experience. Some are essential; others help us "
                    "understand how the site is used.",
                    "By clicking “Accept all”, you agree to the storing of cookies on your device to enhance site "
                    "navigation and analyse site usage.",
                )),
                "cookie",
            )
            p.add(rng.choice(("Accept all   Reject all   Manage preferences", "I agree   Show purposes", "OK   Cookie settings")), "cookie")

        if cookie == "top":
            cookie_notice()
        p.blank()
        if rng.random() < 0.5:
            p.add(section, "section")
        p.add(article.title, "title")
        named = masthead
        if rng.random() < 0.65:
            author = rng.choice(AUTHORS)
            if not named and rng.random() < 0.5:
                p.add(f"By {author}, {outlet}", "byline")
                named = True
            else:
                p.add(rng.choice((f"By {author}", author, f"{author}, {rng.choice(('Reporter', 'Correspondent', 'Staff writer'))}")), "byline")
        if rng.random() < 0.85:
            if us:
                stamp = f"{published:%B} {published.day}, {published.year} {published.strftime('%I:%M %p').lstrip('0')} ET"
            else:
                stamp = f"{published:%a} {published.day} {published:%b} {published.year} {published:%H.%M} GMT"
            p.add(rng.choice(("{}", "Published {}", "Updated {}")).format(stamp), "time")
        if rng.random() < 0.25:
            p.add(f"{rng.randint(2, 8)} min read", "time")
        share_top = rng.random() < 0.4
        if share_top:
            p.add(rng.choice(("Share", "Share this article", "Share  Save")), "share")
        if rng.random() < 0.6:
            p.blank()
            caption, credit = rng.choice(_PRINT_CAPTIONS), rng.choice(_PRINT_CREDITS)
            if rng.random() < 0.4:
                p.add(f"Image source, {credit}", "credit")
                p.add(f"Image caption, {caption}", "caption")
            else:
                p.add(caption, "caption")
                p.add(rng.choice(("Photograph: {}", "(Image: {})", "Credit: {}")).format(credit), "credit")
        p.blank()
        ads = rng.random() < 0.7
        mid_caption = rng.randrange(max(1, len(article.paragraphs) - 1)) if rng.random() < 0.3 else -1

        def between(position: int) -> None:
            if ads and rng.random() < 0.3:
                if style == "blank" or rng.random() < 0.5:
                    p.blank()
                p.add(rng.choice(("Advertisement", "ADVERTISEMENT", "Advertisement")), "sponsored")
                if rng.random() < 0.3:
                    p.add("Skip advertisement", "sponsored")
            if position == mid_caption:
                p.blank()
                p.add(rng.choice(_PRINT_CAPTIONS), "caption")
                p.add(rng.choice(("Photograph: {}", "(Image: {})", "Credit: {}")).format(rng.choice(_PRINT_CREDITS)), "credit")

        p.start(article, outlet, article.title)
        write_body(p, article, style, rng, between=between, width=width)
        p.end()

        # The foot of the article and of the site.
        if not share_top or rng.random() < 0.3:
            p.blank()
            p.add("Share this article", "share")
            p.add(rng.choice(("Facebook  X  WhatsApp  Email  Copy link", "Copy link   Facebook   Twitter   LinkedIn",
                              "Share on Facebook  Share on Twitter  Share via email")), "share")
        if rng.random() < 0.4:
            p.blank()
            p.add(rng.choice(("Related topics", "Topics", "More on this story")), "tags")
            p.add("  ".join(_tag_words(article.title, 3)), "tags")
        if rng.random() < 0.25:
            p.add(rng.choice((f"Comments ({rng.randint(3, 900)})", "View comments", f"{rng.randint(3, 900)} comments")), "comments")
        if number == thai_in:
            p.blank()
            p.add(rng.choice(("Promoted stories", "Sponsored content", "Around the web")), "sponsored")
            p.add(rng.choice(("Why doctors are rethinking this morning habit", "Homeowners are switching to this new roof tile")), "sponsored")
            p.add(rng.choice(_PRINT_THAI), "sponsored")
        p.blank()
        p.add(rng.choice(("Most popular", "Most read", "Most viewed", "Trending")), "readmore")
        numbered = rng.choice(("{n}. {t}", "{n} {t}", "{t}"))
        for rank, title in enumerate(rng.sample(ctx.other_titles, min(rng.randint(3, 5), len(ctx.other_titles))), start=1):
            p.add(numbered.format(n=rank, t=title), "readmore")
        if cookie == "bottom":
            cookie_notice()
        p.blank()
        p.add(rng.choice(("Terms of Use  About  Privacy Policy  Cookies  Accessibility Help  Contact",
                          "About us | Contact | Advertise | Privacy | Terms | Sitemap",
                          "Help  Careers  Newsletters  Corrections  Terms  Privacy")), "footer")
        if not named or rng.random() < 0.6:
            p.add(rng.choice(("© {y} {o}", "Copyright © {y} {o}. All rights reserved.", "© {o} {y}")).format(y=printed.year, o=outlet), "copyright")

        # Laid out on PDF pages, with the browser's header and footer on each.
        placed = p.paged(length)
        total = placed[-1][0]
        spaces = (" " * rng.randint(4, 24), " " * rng.randint(4, 24))  # where -layout set the two parts

        def margin(left: str, right: str, between: str, label: str) -> None:
            # the browser's two parts of a header or footer, on one line or on two
            if one_line:
                b.add(f"{left}{between}{right}", label)
            else:
                b.add(left, label)
                b.add(right, label)

        def print_header(page: int) -> None:
            margin(*((page_title, url) if firefox else (clock(printed), page_title)), spaces[0], "header")
            if gap_after_header:
                b.blank()

        def print_footer(page: int) -> None:
            if gap_before_footer:
                b.blank()
            margin(*((f"Page {page} of {total}", clock(printed)) if firefox else (url, f"{page}/{total}")), spaces[1], "footer")

        if number:
            b.blank()
        _replay_on_pages(b, placed, print_header, print_footer)


#: Search engines a "News" results tab is copied from (invented names).
_SEARCH_ENGINES = ("Seekwell", "Lanternfind", "Quarrysearch", "Plumbline Search")
#: Sites a results tab credits other stories' headlines to, as (domain, name).
_SEARCH_OTHER_SITES = (
    ("reuters.com", "Reuters"), ("apnews.com", "Associated Press"), ("bbc.co.uk", "BBC"), ("npr.org", "NPR"),
    ("theguardian.com", "The Guardian"), ("cnn.com", "CNN"), ("news.sky.com", "Sky News"), ("cbsnews.com", "CBS News"),
    ("aljazeera.com", "Al Jazeera"), ("usatoday.com", "USA Today"), ("independent.co.uk", "The Independent"),
    ("newsweek.com", "Newsweek"),
)
#: The page's one line in Georgian: a sponsored result's copy ("A hotel in the centre of
#: Tbilisi: book now") or the footer's location note ("Results are shown according to your
#: location").
_SEARCH_GEORGIAN = ("სასტუმრო თბილისის ცენტრში — დაჯავშნე ახლავე", "შედეგები ნაჩვენებია თქვენი მდებარეობის მიხედვით")


def _search_news_tab(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A web search engine's "News" results tab copied as text, a user having opened several
    results and pasted each full article under its result: a tracking-consent banner at the
    top, the engine's name, the query, the tabs, the result count and the filters ("Any time
    ▾   Sort by: Relevance ▾"); each result as the outlet's line ("◉ Reuters", "R  Reuters",
    the bare name, the domain or "https://www.domain › world", with "· 3 hours ago" after it
    on some pages), a kicker ("Opinion") on some, the headline, a snippet cut from the
    article's opening ("..." where it stops mid-paragraph) on some, the time (relative or a
    date) in one of four places; under it the pasted article: the title again on some, a
    byline and a published line on some, the text. Between results: results of other stories
    with nothing pasted under them (all "readmore"), "People also ask" questions, a "Top
    stories" carousel of other headlines, "Related searches", a "More news" button, a
    sponsored result; page numbers "1 2 3 4 5 Next" and the footer. One line in Georgian:
    the sponsored result's copy or the footer's location note.

    Title rule: the headline of a result with its article pasted under it is "title", and so
    is the title repeated at the head of the pasted text; headlines of results with nothing
    pasted and in "Top stories" are "readmore". The snippet, the article's words shown
    again above it, is "pullquote"."""
    engine = rng.choice(_SEARCH_ENGINES)
    outlet_form = rng.choice(("glyph", "plain", "initial", "domain", "crumb"))
    glyph = rng.choice(("◉", "●", "▣", "◎"))
    time_place = rng.choice(("with_outlet", "under_outlet", "after_headline", "after_snippet"))
    if outlet_form == "crumb" and time_place == "with_outlet":
        time_place = "after_snippet"
    relative_share = rng.choice((1.0, 0.7, 0.3))  # the rest are dates
    us_dates = rng.random() < 0.6
    snippet_share = rng.choice((0.0, 0.5, 0.8, 1.0))
    dots = rng.choice(("...", " ...", "…"))
    repeat_share = rng.choice((0.0, 0.5, 1.0))  # the title again at the head of the pasted text
    byline_share, published_share = rng.choice((0.0, 0.4, 0.8)), rng.choice((0.0, 0.3, 0.6))
    style = rng.choice(("blank", "tight"))
    gap_before_paste = rng.random() < 0.7
    kicker_share = rng.choice((0.0, 0.2))
    georgian_ad = rng.random() < 0.5
    day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    picked = _tag_words(articles[0].title, rng.randint(2, 3))
    if len(picked) < 2:
        picked = re.sub(r"[^\w\s$'’-]+", " ", articles[0].title).split()[:4] or ["news"]
    query = " ".join(w.lower() for w in picked)
    # Words of the story for the boxes: those in two titles or more, else the query's.
    seen = Counter(w.lower() for a in articles for w in dict.fromkeys(_tag_words(a.title, 12)))
    common = {"this", "that", "with", "from", "after", "what", "when", "will", "have", "says", "said", "report",
              "reports", "news", "video", "watch", "more", "over", "into", "about", "just", "your", "here", "their"}
    words = [w for w, n in seen.most_common() if n >= 2 and w not in common][:4] or [w.lower() for w in picked]
    pool = list(ctx.other_titles)
    rng.shuffle(pool)

    def other_title() -> str:
        if not pool:
            pool.extend(ctx.other_titles)
            rng.shuffle(pool)
        return pool.pop()

    def when(d: date | None = None) -> str:
        """A result's time: relative, or the date ``d`` (some day before the search)."""
        d = d or date.fromordinal(day.toordinal() - rng.randint(0, 9))
        if rng.random() < relative_share:
            if d == day:
                return _ago(rng, ("{n} hours ago", "{n} hours ago", "{n} mins ago"))
            gone = (day - d).days
            return "1 day ago" if gone == 1 else f"{gone} days ago"
        return f"{d:%b} {d.day}, {d.year}" if us_dates else f"{d.day} {d:%b} {d.year}"

    def outlet_line(site: str, name: str) -> tuple[str, str]:
        """(the outlet as shown, the result's outlet line)"""
        if outlet_form == "domain":
            return site, site
        if outlet_form == "crumb":
            parts = site.split(".")
            second_level = len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net") and len(parts[-1]) == 2
            host = "www." + site if len(parts) == (3 if second_level else 2) else site
            return site, f"https://{host} › {rng.choice(('world', 'news', 'us-news', 'article', 'story'))}"
        if outlet_form == "glyph":
            return name, f"{glyph} {name}"
        if outlet_form == "initial":
            return name, f"{name.removeprefix('The ')[:1].upper()}  {name}"
        return name, name

    def snippet(article: SourceArticle) -> str:
        first = next((p for p in article.paragraphs if not is_residue(p)), article.paragraphs[0])
        keep = rng.randint(16, 30)
        if len(first.split()) <= keep:
            return first
        whole, count = [], 0
        for sentence in sentences(first):
            if count + len(sentence.split()) > keep:
                break
            whole.append(sentence)
            count += len(sentence.split())
        if whole and rng.random() < 0.4:
            return " ".join(whole)
        return " ".join(first.split()[:keep]).rstrip(",;:") + dots

    def result(article: SourceArticle | None, d: date) -> str:
        """Writes a result's block; returns the outlet as shown."""
        b.blank()
        if article is None:
            site, name = rng.choice(_SEARCH_OTHER_SITES)
            shown, line = outlet_line(site, name)
            label, title, text = "readmore", other_title(), None
        else:
            shown, line = outlet_line(_site(article.outlet), display_name(article.outlet))
            label, title = "outlet", article.title
            text = snippet(article) if rng.random() < snippet_share else None
        stamp = when(d)
        if time_place == "with_outlet":
            b.add(f"{line} · {stamp}", label)
        else:
            b.add(line, label)
        if time_place == "under_outlet":
            b.add(stamp, "time" if article else "readmore")
        if rng.random() < kicker_share:
            b.add(rng.choice(("Opinion", "Analysis", "Highly cited", "Local coverage")), "section" if article else "readmore")
        b.add(title, "title" if article else "readmore")
        if time_place == "after_headline":
            b.add(stamp, "time" if article else "readmore")
        if text:
            b.add(text, "pullquote")
        if time_place == "after_snippet":
            b.add(stamp, "time" if article else "readmore")
        if article is not None and rng.random() < 0.15:
            b.add(rng.choice(("Full coverage ›", "View full coverage", "More on this story →")), "readmore")
        return shown

    def pasted(article: SourceArticle, shown: str, d: date) -> None:
        if gap_before_paste:
            b.blank()
        head = False
        if rng.random() < repeat_share:
            b.add(article.title, "title")
            head = True
        if rng.random() < byline_share:
            writer = rng.choice(AUTHORS)
            form = rng.choice(("By {a}", "By {a}", "{a}", "By {a}, {o}", "{a} | {o}", "By {A}"))
            if "." in shown:  # the result showed a domain: the byline names no outlet
                form = form.replace(", {o}", "").replace(" | {o}", "")
            b.add(form.format(a=writer, A=writer.upper(), o=shown), "byline")
            head = True
        if rng.random() < published_share:
            clock = _clock(rng.randint(6 * 60, 22 * 60), us_dates)
            b.add(rng.choice((
                f"Published {d:%B} {d.day}, {d.year}",
                f"Updated {clock} ET, {d:%a} {d:%B} {d.day}, {d.year}",
                f"{d.day} {d:%B} {d.year} · {clock}",
                f"Last modified on {d:%a} {d.day} {d:%b} {d.year} {clock}",
            )), "time")
            head = True
        if head and style == "blank":
            b.blank()
        b.start(article, shown, article.title)
        write_body(b, article, style, rng)
        b.end()

    def people_ask() -> None:
        b.blank()
        b.add(rng.choice(("People also ask", "People also ask", "Questions people ask")), "section")
        arrow = rng.choice((" ⌄", " ▾", ""))
        forms = ["What is the latest on {q}?", "Why is {w} in the news today?", "What do we know about {w}?",
                 "Is the {q} report confirmed?", "Where can I read more about {w}?", "What happened with {q}?"]
        for form in rng.sample(forms, rng.randint(3, 4)):
            b.add(form.format(w=rng.choice(words).capitalize(), q=query) + arrow, "readmore")
        if rng.random() < 0.5:
            b.add("Feedback", "readmore")

    def top_stories() -> None:
        b.blank()
        b.add(rng.choice(("Top stories", "Top stories", "Top stories ›")), "section")
        one_line = rng.random() < 0.5
        for _ in range(rng.randint(3, 4)):
            title = other_title()
            if len(title) > 64 and rng.random() < 0.6:
                title = title[:60].rsplit(" ", 1)[0] + "…"
            name = rng.choice(_SEARCH_OTHER_SITES)[1]
            if one_line:
                b.add(f"{title} — {name} · {when()}", "readmore")
            else:
                b.add(name, "readmore")
                b.add(title, "readmore")
                b.add(when(), "readmore")
        if rng.random() < 0.5:
            b.add(rng.choice(("More top stories ›", "‹    ›", "View all")), "readmore")

    def related() -> None:
        b.blank()
        b.add(rng.choice(("Related searches", "People also search for")), "section")
        w = words
        items = list(dict.fromkeys([
            f"{query} latest", f"{w[0]} news today", f"{query} video", f"is {query} true",
            f"{w[-1]} update", f"{w[0]} {w[-1]}" if len(w) > 1 else f"{w[0]} reaction",
        ]))
        items = rng.sample(items, rng.randint(4, len(items)))
        if rng.random() < 0.5:
            for left, right in zip(items[::2], items[1::2]):
                b.add(f"{left}{' ' * rng.randint(6, 20)}{right}", "readmore")
            if len(items) % 2:
                b.add(items[-1], "readmore")
        else:
            for item in items:
                b.add(f"🔍 {item}" if rng.random() < 0.3 else item, "readmore")

    def more_news() -> None:
        b.blank()
        b.add(rng.choice(("More news", "More news →", "Show more results", "See more ⌄")), "readmore")

    def sponsored() -> None:
        b.blank()
        b.add(rng.choice(("Sponsored", "Ad", "Sponsored result")), "sponsored")
        b.add(rng.choice(("oldtownstay.example", "https://www.kalaki-rooms.example")), "sponsored")
        b.add(_SEARCH_GEORGIAN[0], "sponsored")

    # The consent banner, then the engine's header.
    consent_first = rng.random() < 0.6

    def consent() -> None:
        banner = rng.randrange(3)
        if banner == 0:
            b.add(f"Before you continue to {engine}", "cookie")
            b.add(f'We use cookies and data to deliver and maintain {engine} services, measure audience engagement'
                  f' and show ads. If you choose "Accept all", we will also use cookies to personalise content and'
                  f" ads.", "cookie")
            b.add("Reject all    Accept all    More options", "cookie")
        elif banner == 1:
            b.add(f"{engine} respects your privacy", "cookie")
            b.add(f"We and our {rng.randint(120, 480)} partners store and access information on your device to"
                  " measure ads and content and to improve our products.", "cookie")
            b.add("[ Manage choices ]   [ Agree and continue ]", "cookie")
        else:
            b.add("This page uses tracking cookies to improve your results.  Accept  ·  Decline  ·  Settings", "cookie")
        b.blank()

    if consent_first:
        consent()
    b.add(f"{engine}{rng.choice(('', '', '    Sign in', '    ⚙  Sign in'))}", "header")
    if not consent_first:
        b.blank()
        consent()
    b.add(rng.choice((f"{query}   ×  🎤  🔍", f"🔍 {query}", f"Search: {query}", query)), "header")
    b.add(rng.choice((
        "All   News   Images   Videos   Maps   More",
        "All   Images   News   Videos   Shopping   ⋮ More      Tools",
        "Web  ·  News  ·  Images  ·  Videos",
    )), "header")
    count = f"About {rng.randint(12, 980)},{rng.randint(0, 999):03d} results (0.{rng.randint(18, 62)} seconds)"
    filters = rng.choice((
        "Any time ▾   Sort by: Relevance ▾", "Any time ▾  Sort by: Relevance", "Past 24 hours ▾   Sort by: Date ▾",
        "Recent ▾   All results ▾   Sort by: Relevance ▾",
    ))
    for line in rng.sample((count, filters), 2) if rng.random() < 0.6 else (filters,):
        b.add(line, "header")

    # Results in order, other stories' results among them, the boxes in the gaps.
    items: list[SourceArticle | None] = list(articles)
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        items.insert(rng.randint(0, len(items)), None)
    boxes: dict[int, list[Callable[[], None]]] = {}

    def place(box: Callable[[], None], gap: int) -> None:
        boxes.setdefault(gap, []).append(box)

    if rng.random() < 0.7:
        place(top_stories, 0 if rng.random() < 0.5 else rng.randint(1, len(items) - 1))
    if rng.random() < 0.8:
        place(people_ask, rng.randint(1, len(items) - 1))
    if rng.random() < 0.7:
        place(related, len(items) if rng.random() < 0.6 else rng.randint(1, len(items) - 1))
    if rng.random() < 0.6:
        place(more_news, len(items))
    if georgian_ad:
        place(sponsored, rng.randint(0, len(items) - 1))
    for gap in range(len(items) + 1):
        for box in rng.sample(boxes.get(gap, []), len(boxes.get(gap, []))):
            box()
        if gap < len(items):
            article = items[gap]
            published = date.fromordinal(day.toordinal() - rng.choice((0, 0, 1, 2, 3, 6)))
            shown = result(article, published)
            if article is not None:
                pasted(article, shown, published)

    b.blank()
    if rng.random() < 0.85:
        b.add(rng.choice((
            "1 2 3 4 5 Next", "‹ Previous   1   2   3   4   5   Next ›", "1  2  3  4  5  6  7  8  9  10   Next >",
            f"Page 1 of about {rng.randint(8, 40)} pages   Next",
        )), "footer")
        b.blank()
    city = rng.choice(("Dublin, Ireland", "Leeds, UK", "Austin, TX", "Tbilisi, Georgia", "Toronto, ON"))
    if georgian_ad:
        b.add(f"{city} - From your IP address - Update location", "footer")
    else:
        b.add(f"{city} · {_SEARCH_GEORGIAN[1]} · Update location", "footer")
    b.add(rng.choice(("Help   Send feedback   Privacy   Terms", "Settings · Privacy · Terms · Advertising · About")), "footer")
    if rng.random() < 0.4:
        b.add(f"© {day.year} {engine}", "copyright")


#: Browser extensions that export every open tab's readable text (invented names).
_TAB_EXPORTERS = ("TabSnap", "Tabfolio", "ReadAll Tabs", "Tab Ledger", "Sheaf for Tabs")
#: The layout's one language no other layout uses: Armenian, in an ad ("Air tickets to
#: Yerevan from 39,000 dram. Book today"), an inbox subject ("The meeting has been moved to
#: Thursday") or a weather page's saved place ("Weather in Yerevan: tomorrow partly cloudy").
_TABS_ARMENIAN = {
    "ad": "Ավիատոմսեր դեպի Երևան՝ 39 000 դրամից։ Ամրագրեք այսօր",
    "inbox": "Հանդիպումը տեղափոխվել է հինգշաբթի",
    "weather": "Եղանակը Երևանում՝ վաղը մասամբ ամպամած, +18°",
}
_TABS_MAIL_ROWS = (
    ("Re: Thursday's call", "Works for me, I'll send the dial-in later today."),
    ("Invoice #4471 from Quayside Print", "Please find attached the invoice for last month."),
    ("Your parcel is on its way", "Track your delivery: expected Tuesday between 9am and 1pm."),
    ("Draft for the client note", "Attached the second draft, comments welcome by noon."),
    ("Weekend plans?", "Are we still on for Saturday? Let me know about the table."),
    ("Security alert: new sign-in", "We noticed a new sign-in to your account from Firefox on Windows."),
    ("Lunch Friday", "Can we move it to 1pm instead?"),
)
_TABS_VIDEOS = (
    "Full press conference: officials give an update",
    "Watch: the moment crowds gathered outside the building",
    "Explained in 3 minutes: what happens next",
    "Live stream replay: evening briefing",
)
_TABS_PLACES = ("London, United Kingdom", "Manchester", "Toronto, ON", "Boston, MA", "Glendale, CA", "Dublin")


def _open_tabs_export(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A browser extension's export of all open tabs' readable text into one plain-text file:
    the extension's name and version, the export date and time, "7 tabs, 3 windows"; each tab
    under a separator in one of the extension's styles ("===== Tab 3 of 7 =====", "## [3]",
    "--- tab 3 ---", "[3/7] ─────"), its fields ("Title: <page title>", "URL: ...", "Window 2 ·
    pinned" and "Saved: 2024-03-02 14:05" on some pages), then the tab's readable text: for a
    news tab a reading time and the headline again on some pages, a byline on some tabs ("By
    A" or "A, Outlet"), the text with "Advertisement" slots, then reader-mode leftovers on
    some ("Related:" list, a newsletter prompt), "--- end of tab ---" on some pages. Tabs
    that are not news lie among them: a web-mail inbox, a weather forecast, search results,
    a video page with its view and comment counts (all furniture). An Armenian line on most
    pages, in an ad, an inbox subject or the weather page.

    Title rule: the "Title:" field is the page's <title>, the article's own title followed
    on most tabs by the site's name after one last separator (" | X", " - X", " — X"; the
    site's form fixed per outlet on a page), or the title alone; the field line is "title",
    and the article's title as shown is the part before that separator (the article title
    itself, which may hold " - " of its own). The outlet as shown is that site name when the
    title field or a byline ("A, Outlet") names it; when neither does, the URL line is the
    tab's "outlet" line and the outlet as shown is its host without "www."; otherwise the
    URL line is "readmore"."""
    app = rng.choice(_TAB_EXPORTERS)
    version = f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"
    rule = rng.choice(("equals", "hash", "dashes", "box"))
    fields = rng.choice((("Title: ", "URL: "), ("Title: ", "URL: "), ("Page title: ", "Address: "), ("title: ", "url: ")))
    windowed, saved_share = rng.random() < 0.5, rng.choice((0.0, 0.5, 1.0))
    style = rng.choice(("blank", "blank", "tight", "wrapped"))
    width = rng.choice((72, 80, 96))
    end_marker = rng.choice(("", "", "--- end of tab ---", "[end of tab]", "— end —"))
    reading_share = rng.choice((0.0, 0.5, 1.0))
    heading_share = rng.choice((0.0, 0.0, 0.6))  # the readable text opens with the headline
    byline_share = rng.choice((0.2, 0.5, 0.8))
    suffix_share = rng.choice((1.0, 0.8, 0.5))  # tabs whose <title> carries the site's name
    ad_share, related_share, newsletter_share = rng.choice((0.0, 0.3)), rng.choice((0.0, 0.4, 0.7)), rng.choice((0.0, 0.3))
    exported = datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 23), rng.randint(0, 59))
    forms: dict[str, str] = {}  # each site's <title> form on this page

    # The tabs: the articles in order, one to three other pages among them.
    extras = rng.sample(("inbox", "weather", "search", "video"), rng.choice((0, 1, 1, 2, 2, 3)))
    tabs: list[SourceArticle | str] = list(articles)
    for kind in extras:
        tabs.insert(rng.randint(0, len(tabs)), kind)
    armenian = rng.random() < 0.8
    if armenian:
        spots = [k for k in extras if k in ("inbox", "weather")]
        armenian_at: SourceArticle | str = rng.choice(spots) if spots else rng.choice(articles)
    else:
        armenian_at = ""
    total = len(tabs)
    windows = min(total - 1, rng.choice((1, 2, 2, 3, 3, 4)))
    cuts = sorted(rng.sample(range(1, total), windows - 1))
    window_of = [1 + bisect_right(cuts, i) for i in range(total)]

    b.add(rng.choice((f"{app} {version} — open tabs export", f"{app} v{version}", f"Exported with {app} {version}")), "header")
    if rng.random() < 0.5:
        b.add(f"Export date: {exported:%Y-%m-%d} {exported:%H:%M}", "header")
    else:
        b.add(f"Exported {exported.day} {_MONTHS[exported.month - 1]} {exported.year}, {exported:%H:%M}", "header")
    b.add(f"{total} tabs, {windows} window{'s' if windows > 1 else ''}", "header")
    if rng.random() < 0.3:
        b.add(rng.choice(("Format: plain text (reader view)", "Mode: readable text only, images removed")), "header")

    def separator(n: int) -> None:
        b.add({
            "equals": f"===== Tab {n} of {total} =====",
            "hash": f"## [{n}]",
            "dashes": f"--- tab {n} ---",
            "box": f"[{n}/{total}] " + "─" * 40,
        }[rule], "separator")

    def meta(n: int, pinned: bool) -> None:
        if windowed:
            b.add(f"Window {window_of[n - 1]}{' · pinned' if pinned else ''}", "header")
        if rng.random() < saved_share:
            seen = exported - timedelta(minutes=rng.randint(3, 60 * 30))
            b.add(rng.choice(("Saved: {}", "Last visited: {}")).format(f"{seen:%Y-%m-%d %H:%M}"), "time")

    def slug(text: str) -> str:
        return "+".join(re.sub(r"[^a-z0-9 ]+", "", text.lower()).split()[:4]) or "news"

    def other_page(kind: str, n: int) -> None:
        """A tab that is not news: all its lines furniture."""
        if kind == "inbox":
            user = rng.choice(AUTHORS).split()[0].lower()
            b.add(f"{fields[0]}Inbox ({rng.randint(2, 40)}) - {user}@fernmail.example - Fernmail", "header")
            b.add(f"{fields[1]}https://mail.fernmail.example/u/0/#inbox", "header")
            meta(n, rng.random() < 0.5)
            b.blank()
            b.add("Compose", "header")
            b.add("Inbox · Starred · Snoozed · Sent · Drafts · Spam", "header")
            rows = rng.sample(_TABS_MAIL_ROWS, rng.randint(3, 5))
            clock = exported.hour * 60 + exported.minute  # newest first
            if armenian_at == "inbox":
                rows.insert(rng.randint(0, len(rows)), (_TABS_ARMENIAN["inbox"], ""))
            for subject, preview in rows:
                clock -= rng.randint(3, 50)
                line = f"{rng.choice(AUTHORS)}  {subject}{' - ' + preview if preview else ''}  {_clock(clock, False)}"
                b.add(line, "readmore")
            b.add(f"1–{len(rows)} of {rng.randint(200, 4000)}", "footer")
        elif kind == "weather":
            place = rng.choice(_TABS_PLACES)
            b.add(f"{fields[0]}{place} 10-Day Weather Forecast | Skycast", "header")
            b.add(f"{fields[1]}https://www.skycast.example/weather/10day/{slug(place)}", "header")
            meta(n, False)
            b.blank()
            b.add(f"{place} · As of {_clock(exported.hour * 60 + exported.minute - 20, False)}", "header")
            now = rng.randint(8, 24)
            sky = rng.choice(("Light rain", "Partly cloudy", "Sunny", "Overcast"))
            b.add(f"{now}° {sky} · Feels like {now - rng.randint(0, 3)}°", "header")
            day = exported
            for _ in range(rng.randint(3, 5)):
                day += timedelta(days=1)
                high = rng.randint(10, 26)
                sky = rng.choice(("Showers", "Cloudy", "Sunny", "Windy", "Rain"))
                b.add(f"{day:%a} {day.day}   {high}° / {high - rng.randint(4, 9)}°   {sky}", "header")
            if armenian_at == "weather":
                b.add("Saved locations", "header")
                b.add(_TABS_ARMENIAN["weather"], "header")
        elif kind == "search":
            query = " ".join(w.lower() for w in _tag_words(rng.choice(ctx.other_titles), 3))
            b.add(f"{fields[0]}{query} - Quarrysearch", "header")
            b.add(f"{fields[1]}https://quarrysearch.example/search?q={query.replace(' ', '+')}", "header")
            meta(n, False)
            b.blank()
            b.add(f"About {rng.randint(10, 900)},000 results", "header")
            for title in rng.sample(ctx.other_titles, min(rng.randint(2, 4), len(ctx.other_titles))):
                b.add(f"{rng.choice(_SEARCH_OTHER_SITES)[0]} › news", "readmore")
                b.add(title, "readmore")
        else:
            video = rng.choice(_TABS_VIDEOS)
            b.add(f"{fields[0]}({rng.randint(1, 9)}) {video} - Vidstream", "header")
            code = "".join(rng.choice("abcdefXYZ0123456789_") for _ in range(11))
            b.add(f"{fields[1]}https://vidstream.example/watch?v={code}", "header")
            meta(n, rng.random() < 0.3)
            b.blank()
            b.add(video, "header")
            views = f"{rng.randint(2, 990)}{rng.choice(('K', f',{rng.randint(100, 999)}'))}"
            b.add(f"{views} views · {rng.randint(2, 11)} hours ago", "comments")
            b.add(f"{rng.randint(12, 4000):,} Comments   Sort by", "comments")
            if rng.random() < 0.6:
                b.add("Up next", "readmore")
                for title in rng.sample(ctx.other_titles, min(2, len(ctx.other_titles))):
                    b.add(title, "readmore")

    def news_page(article: SourceArticle, n: int) -> None:
        name, url = display_name(article.outlet), _article_url(rng, article)
        if url.count(".") == 1 and rng.random() < 0.6:
            url = url.replace("https://", "https://www.")
        if rng.random() < 0.2:
            url += rng.choice(("?ref=home", "?utm_source=newsletter&utm_medium=email", "#comments", "?CMP=share_btn_link"))
        host = url.split("/")[2].removeprefix("www.")
        if article.outlet not in forms:
            forms[article.outlet] = rng.choice(("{t} | {o}", "{t} - {o}", "{t} — {o}")) if rng.random() < suffix_share else "{t}"
        page_title = forms[article.outlet].format(t=article.title, o=name)
        named = page_title != article.title
        writer = rng.choice(AUTHORS) if rng.random() < byline_share else ""
        byline = rng.choice((f"By {writer}", f"By {writer}", f"{writer}, {name}")) if writer else ""
        named = named or byline.endswith(f", {name}")
        b.add(fields[0] + page_title, "title")
        b.add(fields[1] + url, "readmore" if named else "outlet")
        meta(n, rng.random() < 0.25)
        b.blank()
        if rng.random() < heading_share:
            b.add(article.title, "title")
        if byline:
            b.add(byline, "byline")
        if rng.random() < reading_share:
            minutes = max(1, round(sum(len(p.split()) for p in article.paragraphs) / 220))
            form = rng.choice(("Estimated reading time: {} min", "{} min read", "Reading time: ~{} minute" + "s" * (minutes > 1)))
            b.add(form.format(minutes), "time")
        if style == "blank" and b.lines[-1]:
            b.blank()
        ad_at = rng.randrange(max(1, len(article.paragraphs) - 1)) if rng.random() < ad_share else -1
        armenian_ad = armenian_at is article

        def between(position: int) -> None:
            if position == ad_at:
                if style != "tight":
                    b.blank()
                b.add(rng.choice(("Advertisement", "ADVERTISEMENT", "Advertisement - scroll to continue")), "sponsored")

        b.start(article, name if named else host, article.title)
        write_body(b, article, style, rng, between=between, width=width)
        b.end()
        if armenian_ad:
            b.blank()
            b.add(rng.choice(("Advertisement", "Sponsored", "Ad")), "sponsored")
            b.add(_TABS_ARMENIAN["ad"], "sponsored")
        if rng.random() < related_share:
            b.blank()
            b.add(rng.choice(("Related:", "Related stories", "More on this story:", "You may also like")), "readmore")
            bullet = rng.choice(("- ", "• ", "* ", ""))
            for title in rng.sample(ctx.other_titles, min(rng.randint(2, 4), len(ctx.other_titles))):
                b.add(bullet + title, "readmore")
        if rng.random() < newsletter_share:
            b.blank()
            b.add(rng.choice(("Sign up for our morning newsletter", "Get the best stories in your inbox every day",
                              "Don't miss a story: sign up for our daily briefing")), "newsletter")
            b.add(rng.choice(("Enter your email address   Subscribe", "Email address  [ Sign up ]", "Subscribe")), "newsletter")

    for n, tab in enumerate(tabs, start=1):
        b.blank()
        if n > 1 and rule == "equals":
            b.blank()
        separator(n)
        if isinstance(tab, str):
            other_page(tab, n)
        else:
            news_page(tab, n)
        if end_marker:
            b.add(end_marker, "separator")
    b.blank()
    if rng.random() < 0.6:
        b.add(rng.choice((f"# end of export · {total} tabs", f"— {app}: {total} tabs exported —", "EOF")), "footer")


_TERMINAL_PRODUCTS = (
    ("MERIDIAN WIREVIEW", "Meridian Newsroom Systems"),
    ("Relay Desk Client", "Relay Media Software"),
    ("NEWSGATE PRO", "Newsgate Ltd"),
    ("Tidewater AgencyLink", "Tidewater Information Services"),
)
#: The codes of the agencies among the corpus's outlets, as their wires sign their slugs;
#: any other outlet's items reach the desk through a syndication feed with its own code.
_TERMINAL_AGENCY_CODES = {"AFP": "AFP", "AP": "AP", "UPI": "UPI", "VOA": "VOA", "PRI": "PRI", "NYT": "NYT", "reuters.com": "RTRS"}
_TERMINAL_FEEDS = ("SYND", "WEBX", "PLW", "NFP")
_TERMINAL_TOPICS = ("WLD", "WLD", "GEN", "EUR", "US", "MDE", "ASIA", "HEA", "CRIM", "POL", "DIS", "TEC", "ENT", "SCI")
_TERMINAL_REGIONS = ("EU", "US", "ME", "AS", "AF", "LT", "GEN")
_TERMINAL_SLUG_SKIP = frozenset(
    {"this", "that", "with", "from", "after", "have", "says", "said", "will", "what", "when", "into", "over", "about",
     "their", "they", "been", "were", "more", "just", "your", "here", "there", "could", "would", "report", "reports",
     "update", "urgent", "video", "watch", "photos"}
)
#: Notes the desk's editors, the agencies and the terminal's vendor put in the queue: no
#: article, all furniture.
_TERMINAL_ADVISORIES = (
    ("EDITORS' ADVISORY", "Editors: a fuller version of the lead world story will move by {t} GMT. Please hold space for the update."),
    ("SERVICE NOTE", "The overnight world summary will be delayed by about twenty minutes because of a feed outage. We regret any inconvenience."),
    ("PICTURE ADVISORY", "Pictures to accompany items in this queue are in the Photos tab under the same slugs."),
    ("DIARY", "Coming up: news conferences in Geneva at 0900 GMT and in Washington at 1500 GMT. Times are subject to change."),
    ("KILL NOTICE", "Subscribers are asked not to use an item withdrawn earlier today. A corrected version will follow."),
)
#: The layout's one language no other layout uses: Swahili, an invented East African
#: agency's Swahili service advisory ("NOTICE", "NOTICE TO EDITORS", "Swahili service"):
#: "The Swahili service will send a summary of East Africa news at 16:00 GMT", "Sports news
#: will be delayed by 30 minutes today because of technical problems", "Swahili service
#: clients are asked to use the new 'Africa' queue from Monday".
_TERMINAL_SWAHILI_HEAD = ("PNA Huduma ya Kiswahili — TAARIFA", "TAARIFA KWA WAHARIRI / Huduma ya Kiswahili")
_TERMINAL_SWAHILI = (
    "Huduma ya Kiswahili itatuma muhtasari wa habari za Afrika Mashariki saa 16:00 GMT.",
    "Habari za michezo zitachelewa kwa dakika 30 leo kutokana na matatizo ya kiufundi.",
    "Wateja wa huduma ya Kiswahili wanaombwa kutumia foleni mpya ya 'Afrika' kuanzia Jumatatu.",
)
_TERMINAL_UPDATE_NOTES = (
    "(Adds quotes, background)", "(Adds details, byline)", "(Updates with official statement)",
    "(Adds reaction in paragraphs 4-6)", "(Recasts, adds new figures)", "(Corrects spelling of name in paragraph 3)",
)


def _wire_terminal(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A newsroom's wire-service client terminal, its "World" queue exported as plain text,
    items of several agencies and outlets in one queue. The terminal's header (invented
    product and version, desk and user, "Queue: World | Filter: all sources | 14 items", the
    export time, "Showing 5 of 14" on some pages); then each item: a status line of codes in
    one of four shapes fixed per page ("14:32 GMT  Prio 3  WLD  BC-EBOLA-NURSE-AFP  523 words",
    "14:32Z | P3 | WLD | EBOLA-NURSE/ | AFP | 523w", "1432GMT  BC-EU--Ebola-Nurse,0523" or a
    fixed-width row "Mar 12 14:32  WLD  P3  EBOLA-NURSE-SYND  523w"), with "[URGENT]" or
    "FLASH" on some items, a version tag ("UPDATE 2", "REFILE", "CORRECTED") in it on some,
    and the outlet in a source column ("Src: X" or "Source: X") on every item, some items or
    none, by page; an "EMBARGOED UNTIL ..." line on some items; the headline; a version note
    under it on updated items ("(Adds quotes, background)"); "By A" on some; the text (flush
    or indented, wrapped at a wire width on some pages, a "MORE" take break inside some
    items); then a credit line under the text in the page's wordings ("(Reporting by A;
    Editing by B)", which names no outlet, "-- X", "Distributed by X", "Copyright 2024 X");
    "(END)" with a time on some pages; "Keywords:" and "Topic codes:" lines, and "Related
    items:" lists of other stories' headlines, on some items; the item separator fixed per
    page ("----...", "=== END ITEM ===", a row of dots). Between items: advisory items (a
    status line, a heading and a note, all furniture), a "Queue paused — 3 new items"
    banner; on most pages a Swahili service advisory of an East African agency. The
    terminal's footer.

    Title rule: the headline line is the article's own title, alone on its line; the wire's
    version prefixes ("UPDATE 2", "REFILE", "CORRECTED", "[URGENT]", "FLASH") are never put
    before it but on the status line, and the version note "(Adds ...)" on a line of its own
    under it. Outlet rule: an item names its outlet (display_name) in the status line's
    source column, in the credit line under the text, or both; an item whose credit line
    names no outlet ("(Reporting by ...)") always has the source column. A status line with
    the source column, or whose slug ends in the code of the agency the article is from
    ("-AFP", "-RTRS"), is "outlet"; one without either is "time" (a clock and codes), as is
    the embargo line."""
    product, vendor = rng.choice(_TERMINAL_PRODUCTS)
    version = f"{rng.randint(4, 11)}.{rng.randint(0, 9)}"
    shape = rng.choice(("classic", "pipes", "ap", "columns"))
    src_mode = rng.choice(("all", "all", "some", "none"))
    src_word = rng.choice(("Src: ", "Src: ", "Source: "))
    credit_forms = rng.sample(("reporting", "dash", "distributed", "copyright"), rng.randint(1, 3))
    if src_mode == "none" and credit_forms == ["reporting"]:
        credit_forms.append(rng.choice(("dash", "distributed", "copyright")))
    style = rng.choice(("tight", "tight", "blank", "wrapped"))
    indent = rng.choice(("", "", "   ", "  "))
    width = rng.choice((64, 69, 72))
    separator = rng.choice(("-" * rng.choice((40, 60, 72)), "=== END ITEM ===", ". " * 30, "." * 48))
    end_trailer = rng.random() < 0.5
    take_share = rng.choice((0.0, 0.0, 0.25))
    byline_share = rng.choice((0.0, 0.3, 0.6))
    keyword_share, topic_share = rng.choice((0.0, 0.5, 0.9)), rng.choice((0.0, 0.5, 0.9))
    related_share = rng.choice((0.0, 0.3, 0.5))
    newest_first = rng.random() < 0.6
    day = datetime(2024, rng.randint(1, 12), rng.randint(1, 28))
    feed = rng.choice(_TERMINAL_FEEDS)
    blank_after_title = style == "blank" or rng.random() < 0.5

    # The queue: the articles, with zero to two advisory items and on most pages the Swahili
    # service advisory among them, and the "queue paused" banner on some pages.
    entries: list[SourceArticle | str] = list(articles)
    for kind in rng.sample(range(len(_TERMINAL_ADVISORIES)), rng.choice((0, 1, 1, 2))):
        entries.insert(rng.randint(1, len(entries)), f"advisory:{kind}")
    if rng.random() < 0.8:
        entries.insert(rng.randint(0, len(entries)), "swahili")
    paused_at = rng.randint(1, len(entries) - 1) if rng.random() < 0.5 else -1
    total = len(entries) + rng.choice((0, 0, rng.randint(2, 12)))
    # The items' clock times, all on the export's day, newest first on most pages.
    first = rng.randint(5 * 60, 17 * 60)
    minutes = sorted(rng.sample(range(first, first + rng.randint(90, 360)), len(entries)), reverse=newest_first)
    exported = max(minutes) + rng.randint(1, 40)

    def code_words(title: str, count: int) -> list[str]:
        words = [re.sub(r"[^A-Za-z0-9]", "", w) for w in title.split()]
        picked = [w for w in words if len(w) >= 4 and w.lower() not in _TERMINAL_SLUG_SKIP]
        return list(dict.fromkeys(w.upper() for w in picked))[:count] or ["NEWS"]

    def status(
        minute: int, topic: str, slug: list[str], code: str, words: int, flag: str, tag: str, src: str,
    ) -> str:
        hhmm = _clock(minute, False)
        source = f"{src_word}{src}" if src else ""
        if shape == "classic":
            parts = [f"{flag} " * bool(flag) + f"{hhmm} GMT", f"Prio {rng.choice((1, 2, 3, 3, 3, 4))}", topic,
                     "BC-" + "-".join(slug) + f"-{code}" + f" {tag}" * bool(tag), f"{words} words", source]
            return "  ".join(p for p in parts if p)
        if shape == "pipes":
            parts = [f"{flag} " * bool(flag) + f"{hhmm}Z", f"P{rng.choice((1, 2, 3, 3, 4))}", topic,
                     "-".join(slug) + "/" + f" ({tag})" * bool(tag), code, f"{words}w", source]
            return " | ".join(p for p in parts if p)
        if shape == "ap":
            region = "GEN" if topic in ("GEN", "WLD") else rng.choice(_TERMINAL_REGIONS)
            head = f"{hhmm.replace(':', '')}GMT  BC-{region}--" + "-".join(w.capitalize() for w in slug)
            head += f",{words:04d}"
            extra = [f"<{flag}>" if flag else "", tag, code, source]
            return "  ".join(p for p in [head, *extra] if p)
        stamp = f"{day:%b} {day.day:2d} {hhmm}"
        cols = [stamp, topic.ljust(4), f"P{rng.choice((2, 3, 3, 4))}", ("-".join(slug) + f"-{code}").ljust(28),
                f"{words}w".rjust(5), (flag or tag).ljust(9), source]
        return "  ".join(cols).rstrip()

    # The terminal's header.
    b.add(f"{product} {version}" if rng.random() < 0.5 else f"{product} {version} — {vendor}", "header")
    desk = rng.choice(("Foreign desk", "International desk (night)", "World news desk", "Multimedia hub — World"))
    user = rng.choice(("jdelgado", "m.lind", "okafor_h", "desk07", "p.vos"))
    b.add(f"Desk: {desk} | User: {user}", "header")
    b.add(f"Queue: World | Filter: all sources | {total} items", "header")
    b.add(f"Exported {day:%Y-%m-%d} {_clock(exported, False)} GMT · plain text", "header")
    if total > len(entries) and rng.random() < 0.6:
        b.add(f"Showing {len(entries)} of {total} (selected items)", "header")
    b.add(rng.choice(("=" * 60, "-" * 60, "#" * 40)), "separator")

    for number, entry in enumerate(entries):
        if number == paused_at:
            b.blank()
            b.add(rng.choice((f"*** Queue paused — {rng.randint(2, 9)} new items ***",
                              f">> Queue paused — {rng.randint(2, 9)} new items. Press F5 to resume <<",
                              f"[Queue paused: {rng.randint(2, 9)} new items waiting]")), "header")
        b.blank()
        minute = minutes[number]
        if entry == "swahili" or (isinstance(entry, str) and entry.startswith("advisory:")):
            if entry == "swahili":
                heading, note = rng.choice(_TERMINAL_SWAHILI_HEAD), rng.choice(_TERMINAL_SWAHILI)
                slug, code = ["HUDUMA", "KISWAHILI"], "PNA"
            else:
                heading, note = _TERMINAL_ADVISORIES[int(entry.split(":")[1])]
                note = note.format(t=_clock(minute + rng.randint(30, 120), False).replace(":", ""))
                slug, code = ["ADVISORY", heading.split()[0].strip("'")], rng.choice(("DESK", feed))
            shown_src = {"all": True, "some": rng.random() < 0.5, "none": False}[src_mode]
            line = status(minute, "ADV", slug, code, len(note.split()), "", "", "Desk" if shown_src else "")
            b.add(line, "header" if shown_src else "time")
            b.add(heading, "header")
            if blank_after_title:
                b.blank()
            b.add(indent + note, "header")
            b.blank()
            b.add(separator, "separator")
            continue

        article = entry
        outlet = display_name(article.outlet)
        agency_code = _TERMINAL_AGENCY_CODES.get(article.outlet)
        code = agency_code or feed
        words = sum(len(p.split()) for p in article.paragraphs)
        topic = rng.choice(_TERMINAL_TOPICS)
        slug = code_words(article.title, rng.randint(2, 3))
        flag = rng.choice(("[URGENT]", "FLASH", "URGENT")) if rng.random() < 0.15 else ""
        updated = rng.random() < 0.3
        tag = rng.choice(("UPDATE 1", "UPDATE 2", "UPDATE 3", "REFILE", "CORRECTED")) if updated else ""
        credit = rng.choice(credit_forms)
        with_src = {"all": True, "some": rng.random() < 0.5, "none": False}[src_mode] or credit == "reporting"
        line = status(minute, topic, slug, code, words, flag, tag, outlet if with_src else "")
        b.add(line, "outlet" if with_src or agency_code else "time")
        if rng.random() < 0.12:
            lift = datetime.fromordinal(day.toordinal() + 1) + timedelta(minutes=rng.choice((1, 60, 5 * 60)))
            b.add(rng.choice((f"EMBARGOED UNTIL {lift:%H%M} GMT {lift:%A %B} {lift.day}".upper(),
                              f"Embargoed until {lift:%H:%M} GMT {lift.day} {lift:%b} {lift.year}",
                              f"*** EMBARGO: not for publication before {lift:%H:%M} GMT ***")), "time")
        b.add(article.title, "title")
        if tag.startswith("UPDATE") or (tag == "CORRECTED" and rng.random() < 0.8):
            note = rng.choice(_TERMINAL_UPDATE_NOTES[-1:] if tag == "CORRECTED" else _TERMINAL_UPDATE_NOTES[:-1])
            b.add(note, "section")
        if rng.random() < byline_share:
            b.add(f"By {rng.choice(AUTHORS)}", "byline")
        if blank_after_title:
            b.blank()
        take_at = rng.randrange(max(1, len(article.paragraphs) - 1)) if rng.random() < take_share else -1

        def take_break(position: int, at: int = take_at, slug: list[str] = slug, code: str = code) -> None:
            if position == at:
                if style != "tight":
                    b.blank()
                b.add(indent + rng.choice(("MORE", "-- MORE --", "(MORE)")), "separator")
                b.blank()
                joined = "-".join(slug)
                b.add(f"{joined}-{code} 2ND TAKE" if rng.random() < 0.5 else f"BC-{joined} (TAKE 2)", "separator")
                if style != "tight":
                    b.blank()

        b.start(article, outlet, article.title)
        write_body(b, article, style, rng, between=take_break if take_at >= 0 else None, indent=indent, width=width)
        b.end()
        if style != "tight" or rng.random() < 0.5:
            b.blank()
        if credit == "reporting":
            reporters = rng.sample(AUTHORS, 3)
            if rng.random() < 0.5:
                b.add(f"(Reporting by {reporters[0]}; Editing by {reporters[1]})", "byline")
            else:
                b.add(f"(Reporting by {reporters[0]}; Writing by {reporters[2]}; Editing by {reporters[1]})", "byline")
        elif credit == "dash":
            b.add(f"-- {outlet}", "outlet")
        elif credit == "distributed":
            b.add(rng.choice((f"Distributed by {outlet}", f"Distributed by {outlet} via {product}")), "outlet")
        else:
            notice = rng.choice(("", ". All rights reserved."))
            b.add(f"Copyright {day.year} {outlet}{notice}", "outlet")
        if end_trailer:
            b.add(f"(END) {_clock(minute, False).replace(':', '')}{rng.randint(0, 59):02d} GMT", "time")
        keywords, topics = rng.random() < keyword_share, rng.random() < topic_share
        related = rng.random() < related_share and bool(ctx.other_titles)
        if keywords or topics or related:
            b.blank()
        if keywords:
            subject = rng.choice(("GOVT", "CRIME", "HEALTH", "CONFLICT", "MEDIA"))
            b.add(f"Keywords: {' '.join(slug)} {subject}", "tags")
        if topics:
            codes = dict.fromkeys((topic, *rng.sample(("GEN", "WLD", "LEN", "EUR", "US", "POL", "DIS", "CRIM", "HEA", "INT"), 3)))
            story_id = f"n{rng.choice('LRS')}{rng.randint(1, 9)}N{rng.randint(10, 99)}" + "".join(
                rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)
            )
            b.add(f"Topic codes: {' '.join(codes)}  ID: {story_id}", "tags")
        if related:
            picked = rng.sample(ctx.other_titles, min(rng.randint(2, 3), len(ctx.other_titles)))
            b.add(rng.choice(("Related items:", "RELATED ITEMS", f"Related items ({len(picked)}):")), "readmore")
            marker = rng.choice(("  > ", "  * ", "  - "))
            for title in picked:
                b.add(marker + title, "readmore")
        b.blank()
        b.add(separator, "separator")

    b.blank()
    b.add(rng.choice((f"-- End of queue export: {len(entries)} items --", f"[{len(entries)} items exported from queue World]",
                      "-- END OF EXPORT --")), "footer")
    b.add(f"{product} {version} © {day.year} {vendor}. For newsroom use only; agency copy may not be redistributed.",
          "copyright")


#: The e-book news fetcher's invented names, and the feeds it files articles under.
_EBOOK_TOOLS = ("Quillfetch", "Newsbinder", "Feedshelf", "Inkpress Fetcher")
_EBOOK_FEEDS = (
    "World", "Top Stories", "Front Page", "Latest News", "US & Canada", "UK News", "Odd News", "Science",
    "Technology", "Europe", "Middle East", "Entertainment",
)
#: The navigation bar the fetcher prints over and under each article, as the text converter
#: leaves its links; and the bar under a section's menu.
_EBOOK_NAV = (
    "| Next | Section Menu | Main Menu |",
    "| Next | Section Menu | Main Menu | Previous |",
    "[ Next ] [ Section menu ] [ Main menu ]",
    "< Previous | Next > | Sections | Contents",
)
_EBOOK_SECTION_NAV = ("| Next section | Main menu |", "[ Next section ] [ Main menu ]", "< Previous section | Next >")
#: The title page's line in Ukrainian, from the tool's localised template ("Made with X ·
#: news sources: 3" / "Enjoy reading! The contents are on the next page.").
_EBOOK_UKRAINIAN = ("Створено за допомогою {tool} · джерел новин: {sources}", "Приємного читання! Зміст — на наступній сторінці.")


_EbookSection = tuple[str, bool, list[SourceArticle]]


def _ebook_sections(rng: random.Random, articles: list[SourceArticle], by_outlet: bool) -> list[_EbookSection]:
    """The periodical's sections as (name, whether the name is the outlet's, articles). A
    fetcher run over several outlets' recipes files each outlet's articles under its own
    section (one outlet's articles in a row); a single merged recipe files them by feed."""
    if by_outlet:
        groups: dict[str, list[SourceArticle]] = {}
        for article in articles:
            groups.setdefault(article.outlet, []).append(article)
        feed_suffix = rng.random() < 0.35  # "The Guardian — World" on some pages
        return [
            (display_name(outlet) + (f" — {rng.choice(_EBOOK_FEEDS)}" if feed_suffix else ""), True, members)
            for outlet, members in groups.items()
        ]
    feeds = rng.sample(_EBOOK_FEEDS, len(articles))
    sections: list[_EbookSection] = []
    rest = list(articles)
    while rest:
        take = min(len(rest), rng.randint(1, 3))
        sections.append((feeds.pop(), False, rest[:take]))
        rest = rest[take:]
    return sections


def _ebook_news_digest(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A periodical made by an e-book news fetcher (several outlets' feeds downloaded into one
    e-book) converted back to plain text. A title page (periodical name, date, on most pages
    a Ukrainian line from the tool's localised title page), a table of contents with the
    sections and their articles' titles; each section's heading ("Section 2: World", "2.
    The Guardian", the outlet when sections are per outlet, its articles then in a row) over
    the tool's section bar and its menu (the titles again, with the feed's line of
    description under each on some pages); then each article: the tool's navigation bar above
    it on some pages, the title, a meta line in the page's form ("By A | X | 12 March
    2024", "By A" over a date, "X · 12 Mar 2024", or none), an image's alt text on some, the
    text with page or location markers between paragraphs, "This article was downloaded by
    <tool> from <URL>" under it (on every article, or on some), the navigation bar again.
    The tool's colophon at the end.

    Outlet rule: an article is credited to its display name when the section heading or
    its meta line names it (both "outlet" lines, a byline with the outlet "byline"); where
    neither does, the tool's "downloaded from" note is always printed and the article's
    outlet is the site in its address (the note is "outlet" wherever it stands). Title rule:
    only the title over the text is "title"; the contents list and the section menus,
    which repeat it, are "section", and the menu's description "pullquote"."""
    tool = rng.choice(_EBOOK_TOOLS)
    version = f"{rng.randint(3, 7)}.{rng.randint(0, 19)}.{rng.randint(0, 4)}"
    periodical = rng.choice(("Morning Feeds", "The Daily Pile", "News Digest", "Commute Reader", f"{tool} News"))
    day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    by_outlet = rng.random() < 0.5
    heading_form = rng.choice(("Section {n}: {name}", "{name}", "SECTION {n} — {name}", "{n}. {name}"))
    nav = rng.choice(_EBOOK_NAV)
    nav_above = rng.random() < 0.6
    meta_form = rng.choice(("by_pipe_outlet", "by_then_date", "outlet_dot_date", "none"))
    note_everywhere = rng.random() < 0.6
    note_form = rng.choice((
        "This article was downloaded by {tool} from {url}",
        "This article was downloaded by {tool} from {url}.",
        "Downloaded by {tool} {version} from {url}",
    ))
    marker_form = rng.choice(("[Page {n}]", "— {n} —", "Location {loc}", "p. {n}", ""))
    describe = rng.random() < 0.5
    style = rng.choice(("blank", "blank", "tight"))
    sections = _ebook_sections(rng, articles, by_outlet)
    page_number = rng.randint(1, 3)
    locations_a_page = rng.randint(38, 45)

    def marker() -> None:
        """A page or location marker the converter kept from the e-book's page list."""
        nonlocal page_number
        if marker_form and rng.random() < 0.3:
            page_number += 1
            b.add(marker_form.format(n=page_number, loc=page_number * locations_a_page), "footer")

    def heading(n: int, name: str) -> str:
        return heading_form.format(n=n, name=name)

    # The title page and the table of contents.
    b.add(periodical, "header")
    b.add(f"{_WEEKDAYS[day.weekday()]}, {day.day} {_MONTHS[day.month - 1]} {day.year}", "header")
    if rng.random() < 0.75:
        sources = len({a.outlet for a in articles})
        b.add(rng.choice(_EBOOK_UKRAINIAN).format(tool=tool, sources=sources), "header")
    b.blank()
    b.add(rng.choice(("Table of Contents", "Contents", "Sections")), "section")
    for n, (name, _, members) in enumerate(sections, start=1):
        b.add(heading(n, name), "section")
        for article in members:
            b.add(f"    {article.title}", "section")
    marker()
    for n, (name, names_outlet, members) in enumerate(sections, start=1):
        b.blank()
        b.add(heading(n, name), "outlet" if names_outlet else "section")
        b.add(rng.choice(_EBOOK_SECTION_NAV), "header")
        for article in members:
            b.add(f"  * {article.title}", "section")
            if describe:
                b.add(f"    {_teaser(article)}", "pullquote")
        for article in members:
            outlet = display_name(article.outlet)
            url = _article_url(rng, article)
            b.blank()
            marker()
            if nav_above:
                b.add(nav, "header")
                b.blank()
            b.add(article.title, "title")
            named = names_outlet
            published = date.fromordinal(day.toordinal() - rng.randint(0, 1))
            if meta_form == "by_pipe_outlet":
                dated = f"{published.day} {_MONTHS[published.month - 1]} {published.year}"
                b.add(f"By {rng.choice(AUTHORS)} | {outlet} | {dated}", "byline")
                named = True
            elif meta_form == "by_then_date" and rng.random() < 0.8:
                b.add(f"By {rng.choice(AUTHORS)}", "byline")
                clock = _clock(rng.randint(300, 1300), True)
                b.add(f"{_MONTHS[published.month - 1][:3]} {published.day}, {published.year} {clock}", "time")
            elif meta_form == "outlet_dot_date":
                b.add(f"{outlet} · {published.day} {_MONTHS[published.month - 1][:3]} {published.year}", "outlet")
                named = True
            if rng.random() < 0.2:  # an image's alt text, left where the image stood
                caption = rng.choice(_CAPTIONS_CARDS)
                b.add(rng.choice(("[image]", f"Image: {caption}", f"[Photo: {caption}]")), "caption")
            b.blank()
            b.start(article, outlet if named else _site(article.outlet), article.title)
            write_body(b, article, style, rng, between=lambda _: marker())
            b.end()
            if note_everywhere or not named or rng.random() < 0.5:
                b.blank()
                b.add(note_form.format(tool=tool, version=version, url=url), "outlet")
            b.blank()
            b.add(nav, "footer")
    b.blank()
    b.add(rng.choice((f"Generated by {tool} {version} on {day.isoformat()}", f"End of {periodical}",
                      f"This periodical was made with {tool}. Articles remain the property of their publishers.")), "footer")


def _story_claim(story: str, articles: list[SourceArticle]) -> str:
    """The claim a story's folder is named for ("emergent/a-bird-pooped-on-vladimir-putin-during-a-speech")
    as words, names capitalised as the articles write them, "…" where the name was cut
    short; "" for a cluster that has no such name."""
    family, _, slug = story.partition("/")
    if family != "emergent" or not slug:
        return ""
    # A word is a name where the articles' text capitalises it inside sentences more often
    # than not; an acronym keeps the capitals a title gives it (not a word a title shouts).
    seen = Counter(w.strip("'’\":,.?!()") for a in articles for p in a.paragraphs for w in p.split()[1:])
    acronyms = {w.lower(): w for a in articles for w in re.findall(r"\b[A-Z]{2,4}\b", a.title)}

    def shown(word: str) -> str:
        if word in acronyms and not seen[word]:
            return acronyms[word]
        return word.capitalize() if seen[word.capitalize()] > seen[word] else word

    claim = re.sub(r"(\w\w) s\b", r"\1's", " ".join(shown(w) for w in slug.split("-")))
    return claim[:1].upper() + claim[1:] + ("…" if len(slug) >= 50 else "")


#: The fact-checker's own words in the research document: tasks, notes between sources, the
#: comments gathered at the end, and one comment in Hindi ("Match this figure against the
#: ministry's report." / "What is the original source of this quote?").
_DOC_TASKS = (
    "Find the original post and archive it", "Check the figure against the official release",
    "Ask the press office for comment", "Compare the quotes across sources", "Draft the verdict paragraph",
    "Confirm the date and the place", "Reverse image search the main photo", "Find who the 'officials' are",
)
_DOC_NOTES = (
    "Note: this one uses the same agency copy as the source above, so not independent.",
    "Q: where does the number in para 3 come from? No link given.",
    "Quote differs slightly from the other versions, check against the video.",
    "Adds nothing new beyond the headline claim, keep for the timeline only.",
    "NB the date here is a day earlier than in the others.",
    "Status: checked ✔ figures match the release.",
    "Earliest version we found so far. Wayback capture saved.",
    "Who is the second source here? Not named anywhere.",
)
_DOC_COMMENTS = (
    "check this figure", "source for this?", "same wording as the wire copy, so not independent",
    "is this quote verified anywhere else?", "date looks off, compare with the first source",
    "this is the key claim, lead with it", "can we get the original document?", "agree, flagging for the editor",
)
_DOC_HINDI = ("यह आंकड़ा मंत्रालय की रिपोर्ट से मिलाएँ।", "इस उद्धरण का मूल स्रोत क्या है?")


def _research_doc_export(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A fact-checker's shared research document downloaded from an online word processor as
    plain text: the document title (a byte-order mark before it on some pages), "Last
    edited by A 3 hours ago", owner and status, a table of contents (page numbers on some
    pages), a task list with check boxes, the claim, then a heading per source and the
    pasted article: the outlet given in the page's mix of ways (in the heading "Source 2:
    X"; a "Source: X" line above the title or under the text; the pasted address; "Title
    (X, 12 March)" on the title line), the site's byline and date pasted with it on some,
    comment anchors "[a]" at the end of some paragraphs, the checker's notes, questions and
    key-claim quotes between sources, horizontal rules and page breaks; a draft verdict with
    a suggested edit; the comments gathered at the end ("[a]Jane Doe: check this figure",
    one in Hindi on most pages), assignments and replies under some.

    Outlet rule: an article named by name (heading, "Source:" line, title line) is credited
    to its display name, one given only by its pasted address to the site; the line that
    names it is "outlet" (the title line with "(X, 12 March)" stays "title"). Title rule:
    the title line is "title"; the contents entries are "section"."""
    people = rng.sample(AUTHORS, 4)
    day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    claim = _story_claim(ctx.story, articles)
    topic = claim.rstrip("…") if claim and rng.random() < 0.5 else _story_topic(articles)
    prefix = rng.choice(("Source {n}", "S{n}", "Article {n}", "#{n}"))
    joiner = rng.choice((": ", " — ", " – "))
    forms = rng.sample(("heading", "source_line", "url", "paren"), rng.randint(2, 4))
    box_open, box_done = rng.choice((("☐", "☑"), ("[ ]", "[x]"), ("* [ ]", "* [x]")))
    style = rng.choice(("tight", "blank"))
    rule = rng.choice(("________________", "________________", "* * *"))
    page_break = rng.choice(("[page break]", "--- page break ---", "⸻ Page break ⸻"))
    names_in_comments = rng.random() < 0.7
    comments: list[tuple[str, str, str]] = []  # (letter, commenter, text), in the order of their anchors

    def anchor(text: str) -> str:
        """A comment's anchor letter after ``text``; the comment goes to the end of the document."""
        letter = chr(ord("a") + len(comments)) if len(comments) < 26 else f"a{chr(ord('a') + len(comments) - 26)}"
        comments.append((letter, rng.choice(people), rng.choice(_DOC_COMMENTS)))
        return f"{text}[{letter}]"

    def heading(n: int, article: SourceArticle, form: str) -> str:
        head = prefix.format(n=n)
        return head + joiner + display_name(article.outlet) if form == "heading" else head

    picked_forms = [rng.choice(forms) for _ in articles]
    headings = [heading(n, a, f) for n, (a, f) in enumerate(zip(articles, picked_forms), start=1)]
    sections = ["Tasks", *(["Claim"] if claim else []), *headings, "Verdict (draft)"]
    # The export starts with a byte-order mark on some pages, as the word processor writes it.
    document = rng.choice((f"Fact check: {topic}", f"FC research — {topic} (working doc)", f"{topic} — sources & notes"))
    b.add(("\ufeff" if rng.random() < 0.4 else "") + document, "header")
    ago = _ago(rng, ("{n} minutes ago", "{n} hours ago"))
    b.add(rng.choice((f"Last edited by {people[0]} {ago}", f"Last edit was {ago}",
                      f"Last edited by {people[0]} on {day.day} {_MONTHS[day.month - 1]}, {_clock(rng.randint(480, 1200), False)}")), "header")
    b.add(f"Owner: {people[1]} · Status: {rng.choice(('In progress', 'DRAFT — do not publish', 'Ready for edit'))}", "header")
    b.blank()
    b.add(rng.choice(("Contents", "Table of contents")), "section")
    numbered_toc = rng.random() < 0.5
    for page, entry in enumerate(sections, start=1):
        b.add(f"{entry}\t{page}" if numbered_toc else entry, "section")
    b.blank()
    b.add("Tasks", "section")
    for task in rng.sample(_DOC_TASKS, rng.randint(3, 5)):
        done = rng.random() < 0.35
        line = f"{box_done if done else box_open} {task}"
        if rng.random() < 0.2:
            line += f" (@{rng.choice(people)})"
        b.add(anchor(line) if rng.random() < 0.15 else line, "comments")
    if claim:
        b.blank()
        b.add("Claim", "section")
        b.add(f"“{claim}”", "comments")
    for n, (article, form) in enumerate(zip(articles, picked_forms), start=1):
        outlet = display_name(article.outlet)
        shown = _site(article.outlet) if form == "url" else outlet
        b.blank()
        if n > 1 and rng.random() < 0.3:
            b.add(page_break, "separator")
            b.blank()
        b.add(heading(n, article, form), "outlet" if form == "heading" else "section")
        url, url_above, source_above = _article_url(rng, article), rng.random() < 0.6, rng.random() < 0.5
        if form == "url" and url_above:
            b.add(url, "outlet")
        if form == "source_line" and source_above:
            b.add(rng.choice(("Source: {}", "Outlet: {}", "From {}:")).format(outlet), "outlet")
        if form == "paren":
            b.add(f"{article.title} ({outlet}, {rng.randint(1, day.day)} {_MONTHS[day.month - 1]})", "title")
        else:
            b.add(anchor(article.title) if rng.random() < 0.1 else article.title, "title")
        if form == "url" and not url_above:
            b.add(url, "outlet")
        if rng.random() < 0.35:
            b.add(f"By {rng.choice(AUTHORS)}", "byline")
            b.add(f"Updated {_MONTHS[day.month - 1][:3]} {day.day}, {day.year}", "time")
        if style == "blank":
            b.blank()
        b.start(article, shown, article.title)
        _doc_paste(b, rng, article, style, anchor)
        b.end()
        if form == "source_line" and not source_above:
            b.add(f"Source: {outlet}", "outlet")
        b.blank()
        if rng.random() < 0.5:
            key = _highlights(rng, article, 1)
            if key:
                b.add(f"Key claim: “{key[0]}”", "pullquote")
        if rng.random() < 0.6:
            note = rng.choice(_DOC_NOTES)
            b.add(anchor(note) if rng.random() < 0.2 else note, "comments")
        if rng.random() < 0.5:
            b.add(rule, "separator")
    b.blank()
    b.add("Verdict (draft)", "section")
    first, suggested = rng.sample(("Unproven", "False", "Misleading", "Mostly true", "Missing context"), 2)
    b.add(rng.choice((f"Rating: {first} [suggested: {suggested} — {rng.choice(people)}]",
                      f"Rating: {first} → suggested edit by {rng.choice(people)}: “{suggested}”")), "comments")
    _doc_comments(b, rng, comments, people, names_in_comments)


def _doc_paste(b: _PageBuilder, rng: random.Random, article: SourceArticle, style: str, anchor: Callable[[str], str]) -> None:
    """The pasted text, a paragraph a line: a comment's anchor "[c]" after some paragraphs
    (the word processor puts it where the commented words end)."""
    for position, paragraph in enumerate(article.paragraphs):
        if position and style == "blank":
            b.blank()
        label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
        commented = label == ARTICLE_TEXT and rng.random() < 0.15
        b.body(anchor(paragraph) if commented else paragraph, paragraph, label)


def _doc_comments(
    b: _PageBuilder, rng: random.Random, comments: list[tuple[str, str, str]], people: list[str], with_names: bool
) -> None:
    """The comments, gathered under a rule at the end of the export in the order of their
    anchors ("[a]Jane Doe: check this figure"), one in Hindi on most pages, an assignment or
    a reply under some."""
    if comments and rng.random() < 0.75:
        at = rng.randrange(len(comments))
        comments[at] = (comments[at][0], comments[at][1], rng.choice(_DOC_HINDI))
    b.blank()
    b.add("________________", "separator")
    for letter, person, text in comments:
        b.add(f"[{letter}]{person}: {text}" if with_names else f"[{letter}]{text}", "comments")
        if rng.random() < 0.2:
            follow_up = (f"_Assigned to {rng.choice(people)}_", f"{rng.choice(people)}: done, see notes", "_Marked as resolved_")
            b.add(rng.choice(follow_up), "comments")


#: Capitalised words that name no one: a story heading is made of the others.
_TOPIC_SKIP = frozenset({
    "The", "And", "For", "With", "From", "This", "That", "What", "When", "Will", "Have", "Into", "About", "Just", "Their",
    "Here", "Why", "How", "Who", "His", "Her", "Its", "Not", "But", "After", "Over", "Says", "Said", "News", "Watch",
    "Video", "Photo", "Photos", "Update", "Updated", "Report", "Reports", "Breaking", "Urgent", "Exclusive", "Man", "Woman",
    "Police", "Officials", "Internet", "People", "Hoax", "Fake", "Viral", "Rumor", "Rumour", "Read", "More",
})


_COVERAGE_APPS = ("Newsloom", "Headway News", "Pressroll", "Frontpage+")
#: Outlets credited with the items nobody expanded, and the fact-checkers of the "Fact check" group.
_COVERAGE_OTHER_OUTLETS = (
    "Reuters", "Associated Press", "BBC", "NPR", "The Guardian", "CNN", "Sky News", "CBS News", "Al Jazeera",
    "USA Today", "The Independent", "Newsweek", "Yahoo News", "MSN", "The Hill", "Axios",
)
_COVERAGE_CHECKERS = ("Full Fact", "PolitiFact", "AFP Fact Check", "Snopes", "Lead Stories", "Reuters Fact Check")
_COVERAGE_LOCAL = ("Manchester Evening News", "The Boston Globe", "Toronto Star", "WCVB Boston", "KTLA 5", "Evening Standard",
                   "Belfast Telegraph", "The Oregonian")
#: Headlines of the items nobody expanded, about the page's story.
_COVERAGE_HEADLINES = (
    "{topic}: what we know so far", "Live updates: {topic}", "Why {topic} matters", "{topic} — the latest",
    "Explainer: {topic}", "Reaction grows over {topic}", "{topic}: key questions answered", "In pictures: {topic}",
    "What experts say about {topic}", "{topic}: timeline of events",
)
#: The footer's language and region line in Bulgarian ("Language and region: Bulgaria (Bulgarian)").
_COVERAGE_BULGARIAN = ("Език и регион: България (български)", "Български · Промяна на езика и региона")


def _story_topic(articles: list[SourceArticle]) -> str:
    """A short heading for the story, as the app names it: the run of capitalised words (a
    name: "Stan Beaton", "Abu Bakr") that most of its titles share, taken from titles in
    sentence case (a title in title case capitalises every word, names or not; a word in
    capitals is emphasis); else its titles' most used long word."""
    titles = [[re.sub(r"['’]s$", "", w.strip("'’\":,.?!()[]")) for w in a.title.split()] for a in articles]
    runs: set[str] = set()
    for words in titles:
        if sum(len(w) >= 4 and w[:1].islower() for w in words) < 2:
            continue
        run: list[str] = []
        for word in [*words[1:], ""]:
            if word[:1].isupper() and word not in _TOPIC_SKIP and not (word.isupper() and len(word) >= 5):
                run.append(word)
                continue
            runs.update(" ".join(run[i:j]) for i in range(len(run)) for j in range(i + 1, min(len(run), i + 3) + 1))
            run = []
    lowered = [" ".join(words).lower() for words in titles]
    if runs:
        return max(sorted(runs), key=lambda r: (sum(r.lower() in t for t in lowered), len(r.split())))
    long_words = Counter(w.lower() for words in titles for w in dict.fromkeys(words) if len(w) >= 6 and w not in _TOPIC_SKIP)
    return long_words.most_common(1)[0][0].capitalize() if long_words else "Top story"


def _full_coverage_page(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A news-aggregator app's "Full coverage" page for one story, copied as text, the user
    having expanded some items and pasted each one's article under it. "Sign in" and the
    app's navigation, "Full coverage" over the story's heading, "Follow" / "Share"; then the
    groups in order ("Top coverage", "Timeline" with a date line over each item, "Opinion",
    "Fact check", "From local sources", "Frequently asked questions", "More headlines" /
    "All coverage"). Each item: the outlet (its name, its logo's alt text "Reuters logo"
    over the name or alone, or "X · 2 hours ago" on one line, by page), an "Opinion" kicker
    in that group, the headline, the time ("2 hours ago", "Yesterday", "Mar 12"), "By A" on
    some, the icon names a copy leaves ("more_vert", "bookmark_border") on some pages; under
    an expanded item the pasted text. Between them unexpanded items of the same story (or
    of other stories under "More headlines"), fact checks ("Claim: ...", "Fact check by X:
    False"), FAQ questions with a sentence of a page's article as the answer, "See more" and
    "More headlines" buttons; the footer with a Bulgarian language line on most pages.

    Title rule: an expanded item's headline is "title"; every line of an unexpanded item
    (outlet, headline, time) is "readmore", as are the fact checks; an FAQ answer quoting
    an article is "pullquote". Outlet rule: an expanded item is credited to its display
    name; its logo line and its name line are both "outlet"."""
    app = rng.choice(_COVERAGE_APPS)
    topic = _story_topic(articles)
    outlet_form = rng.choice(("name", "logo_and_name", "logo_only", "name_dot_time"))
    icons = rng.random() < 0.4
    dated = rng.random() < 0.3  # dates instead of "3 days ago" for older items
    byline_share = rng.choice((0.0, 0.3, 0.6))
    style = rng.choice(("blank", "tight"))
    today = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    timeline_day = today.toordinal() - rng.randint(8, 14)
    timeline_form = rng.choice(("{d} {mon}", "{mon} {d}, {y}", "{weekday}, {d} {month}"))
    headlines = [form.format(topic=topic) for form in _COVERAGE_HEADLINES]
    rng.shuffle(headlines)
    pool = list(ctx.other_titles)
    # The last group lists the story's other coverage, or other stories' headlines.
    last_heading = rng.choice(("More headlines", "All coverage"))

    def when() -> str:
        gone = rng.choice((0, 0, 0, 1, rng.randint(2, 9)))
        if gone == 0:
            return _ago(rng, ("{n} hours ago", "{n} minutes ago", "1 hour ago"))
        if gone == 1:
            return "Yesterday"
        day = date.fromordinal(today.toordinal() - gone)
        return f"{_MONTHS[day.month - 1][:3]} {day.day}" if dated else f"{gone} days ago"

    def timeline_date() -> None:
        """The Timeline's date line over an item, each a day or two after the one before."""
        nonlocal timeline_day
        timeline_day = min(today.toordinal(), timeline_day + rng.randint(0, 2))
        day = date.fromordinal(timeline_day)
        month = _MONTHS[day.month - 1]
        b.add(timeline_form.format(d=day.day, mon=month[:3], month=month, y=day.year, weekday=_WEEKDAYS[day.weekday()]), "time")

    def item_head(group: str, outlet: str, headline: str, labels: tuple[str, str, str]) -> None:
        """An item's outlet, kicker, headline and time lines, labelled (outlet, title, time)."""
        outlet_label, title_label, time_label = labels
        b.blank()
        timeline = group == "Timeline"
        if timeline:
            timeline_date()
        time = "" if timeline else when()
        if outlet_form == "name_dot_time":
            b.add(f"{outlet} · {time}" if time else outlet, outlet_label)
        if outlet_form in ("logo_and_name", "logo_only"):
            b.add(f"{outlet} logo", outlet_label)
        if outlet_form in ("name", "logo_and_name"):
            b.add(outlet, outlet_label)
        if group == "Opinion":
            b.add("Opinion", "section" if title_label == "title" else "readmore")
        b.add(headline, title_label)
        if time and outlet_form != "name_dot_time":
            b.add(time, time_label)

    def unexpanded(group: str) -> None:
        """An item nobody opened: all its lines link elsewhere."""
        outlet = rng.choice(_COVERAGE_LOCAL if group == "From local sources" else _COVERAGE_OTHER_OUTLETS)
        same_story = group != "More headlines" or last_heading == "All coverage"
        headline = headlines.pop() if same_story and headlines else pool.pop() if pool else f"More on {topic}"
        item_head(group, outlet, headline, ("readmore", "readmore", "readmore"))
        if icons:
            b.add("more_vert", "share")

    def expanded(group: str, article: SourceArticle) -> None:
        outlet = display_name(article.outlet)
        item_head(group, outlet, article.title, ("outlet", "title", "time"))
        if group == "Opinion" or rng.random() < byline_share:
            b.add(f"By {rng.choice(AUTHORS)}", "byline")
        if icons:
            b.add(rng.choice(("more_vert", "bookmark_border  share  more_vert")), "share")
        if style == "blank":
            b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, style, rng)
        b.end()

    # Each group gets its share of the pasted articles; the first two always go to Top coverage.
    groups = {"Top coverage": articles[:2], "Timeline": [], "Opinion": [], "From local sources": [], "More headlines": []}
    for article in articles[2:]:
        groups[rng.choice(tuple(groups))].append(article)
    _coverage_masthead(b, rng, app, topic)
    for group, members in groups.items():
        b.blank()
        b.add(group if group != "More headlines" else last_heading, "section")
        if group == "From local sources":
            b.add(rng.choice(("Coverage from outlets near where it happened", "Local news")), "section")
        for article in members:
            if rng.random() < 0.5:
                unexpanded(group)
            expanded(group, article)
        for _ in range(rng.randint(0 if members else 1, 2)):
            unexpanded(group)
        if members or rng.random() < 0.5:
            b.blank()
            b.add(rng.choice(("See more", "More headlines", "View all")), "readmore")
        if group == "Opinion":
            _coverage_fact_checks(b, rng, articles, ctx, topic)
        if group == "From local sources" and rng.random() < 0.7:
            _coverage_questions(b, rng, articles, topic)
    b.blank()
    b.add(rng.choice(_COVERAGE_BULGARIAN) if rng.random() < 0.75 else "English (United Kingdom)", "footer")
    b.add("About · Privacy · Terms · Help · Send feedback", "footer")
    b.add(f"© {today.year} {app}", "copyright")


def _coverage_masthead(b: _PageBuilder, rng: random.Random, app: str, topic: str) -> None:
    """The app's bar as a copy of the page starts: sign-in, navigation and search box, then
    the story's heading with its follow and share buttons."""
    b.add("Sign in", "header")
    b.add(f"{app}  Home  For you  Following  {rng.choice(('World', 'U.S.', 'U.K.'))}  Local  Business", "header")
    b.add("Search for topics, locations & sources", "header")
    b.blank()
    b.add("Full coverage", "section")
    b.add(topic, "section")
    b.add(rng.choice(("☆ Follow   ⤴ Share", "Follow  Share", "+ Follow")), "share")


def _coverage_fact_checks(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext, topic: str) -> None:
    """The "Fact check" group: fact-checkers' ratings of the claim, none of them an article."""
    claim = _story_claim(ctx.story, articles) or f"Viral posts about {topic}"
    b.blank()
    b.add("Fact check", "section")
    for checker in rng.sample(_COVERAGE_CHECKERS, rng.randint(1, 2)):
        b.blank()
        b.add(checker, "readmore")
        b.add(f"Claim: {claim}", "readmore")
        b.add(f"Claim by: {rng.choice(('Social media users', 'Viral posts', 'Multiple sources'))}", "readmore")
        b.add(f"Fact check by {checker}: {rng.choice(('False', 'Unproven', 'Misleading', 'Mostly false', 'Missing context'))}", "readmore")


def _coverage_questions(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], topic: str) -> None:
    """The "Frequently asked questions" group: each answer a sentence of one of the page's
    articles, credited to its outlet, the article's words shown again."""
    b.blank()
    b.add("Frequently asked questions", "section")
    questions = [f"What happened with {topic}?", "When did this happen?", "Who is involved?", "What do officials say?"]
    for question in rng.sample(questions, 2):
        source = rng.choice(articles)
        answer = _highlights(rng, source, 1)
        b.blank()
        b.add(f"Q: {question}" if rng.random() < 0.5 else question, "readmore")
        if answer:
            b.add(answer[0], "pullquote")
            b.add(f"— {display_name(source.outlet)}", "readmore")


# --------------------------------------------------------------------------- a topic hub with partners' articles


#: The hub's site and its section menu.
_HUB_SITES = (
    ("The Calder Review", "Politics  Money  Science  Culture  Opinion  Video  Podcasts"),
    ("Northgate Daily", "News  UK  World  Business  Health  Tech  Lifestyle  Travel"),
    ("Pinewood Post", "Latest  Local  Nation  World  Climate  Sport  Puzzles"),
    ("Meridian Online", "Home  Topics  Newsletters  Live  Explainers  Podcasts  Shop"),
)
#: Other topics in the hub's navigation strip.
_HUB_TOPICS = (
    "Climate", "Elections 2024", "Artificial intelligence", "Cost of living", "Royal family", "Space", "Housing",
    "Crime", "Health", "Middle East", "Streaming", "Social media", "Energy", "Immigration",
)
#: The topic's description under its heading.
_HUB_DESCRIPTIONS = (
    "All our coverage of {topic}, together with the best reporting from our partner newsrooms.",
    "The latest news, analysis and partner reporting on {topic}, updated throughout the day.",
    "Follow {topic} to see new stories first and get an alert when something big happens.",
    "Everything we know about {topic}: news, explainers and stories from publishers we work with.",
)
#: Headlines on the hub's own subject in its "Trending in ..." box.
_HUB_TRENDING = (
    "{topic}: five things we still don't know",
    "How {topic} unfolded, hour by hour",
    "Opinion: {topic} should worry all of us",
    "{topic} explained in under two minutes",
    "Readers ask: your questions on {topic}, answered",
    "The week in {topic}",
    "Analysis: where {topic} goes from here",
    "{topic}: the pictures that tell the story",
)
#: A partner's embedded video, which a copy of the page keeps as one line of text.
_HUB_VIDEOS = (
    "Video: {topic} — the moment it happened (0:{s:02d})",
    "Video: Watch the first reaction to {topic} (1:{s:02d})",
    "VIDEO: What we know about {topic} so far (2:{s:02d})",
    "▶ Video: {topic} in 60 seconds",
    "Video player loading… {topic}: latest footage",
)
#: Estonian: "Estonian edition" / "Read us in Estonian too", in the footer; or a promo
#: headed "Advertisement": "Winter tyres up to -30%. See the offers!", "A holiday in
#: Pärnu: a spa package for two from 149 €".
_HUB_ESTONIAN_EDITION = ("Eesti väljaanne", "Loe meid ka eesti keeles")
_HUB_ESTONIAN_PROMO = ("Talverehvid kuni -30%. Vaata pakkumisi!", "Puhka Pärnus: spaapakett kahele alates 149 €")
#: How a partner's article is marked over its title; only "Partner content" leaves the
#: partner unnamed there.
_HUB_PARTNER_LABELS = ("Partner content", "From our partners at {o}", "Provided by {o}", "{o} logo")
#: A line under the text pointing to the partner's own page.
_HUB_ORIGINALS = (
    "Read the original at {o}",
    "Read the original article on {site} ›",
    "This story originally appeared on {o}.",
    "More from {o} →",
)


def _topic_hub_page(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A news site's topic hub saved as text, carrying partner outlets' articles in full:
    the site's bar and menu, a strip of topics, "Topic: <subject>" (or "TOPIC" over the
    subject), a follow button and the topic's description. Each article: a partner label
    ("Partner content", "From our partners at X", "Provided by X", or the partner's logo
    alt text "X logo"), the title, a standfirst repeating a sentence of the text on some,
    byline and time in one of several forms ("A | X" over a date, "By A" in capitals, "X
    Staff · 2h ago", a time alone), the text with an inline "Video: ..." placeholder or
    "Advertisement" lines between paragraphs on some, then "Read the original at X" or
    nothing. Between articles: "Most read" and "Trending in <topic>" numbered lists, an
    Estonian promo on some pages; "Load more" and the site's footer (the Estonian edition
    link there on the other pages).

    Outlet rule: an article is credited to the partner's display name, or to its web domain
    when only "Read the original article on domain" names it. The standfirst is "pullquote"."""
    site, sections = rng.choice(_HUB_SITES)
    topic = _story_subject(articles)
    partner_labels = rng.sample(_HUB_PARTNER_LABELS, 2)  # a hub marks its partners one or two ways
    ad_line = rng.choice(("Advertisement", "ADVERTISEMENT", "— Advertisement —", "Ad · Scroll to continue"))
    style = rng.choice(("blank", "tight"))
    estonian_promo_after = rng.randrange(len(articles) - 1) if rng.random() < 0.5 else -1
    today = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    sidebars = rng.sample(("most read", "trending"), 2)
    rank_form = rng.choice(("{}. {}", "{} {}", "{}  {}"))

    _hub_masthead(b, rng, site, sections, topic)
    for number, article in enumerate(articles):
        _hub_article(b, rng, article, rng.choice(partner_labels), ad_line, style, topic, today)
        if number == len(articles) - 1:
            break
        if number == estonian_promo_after:
            _ad_box(b, "Reklaam", rng.choice(_HUB_ESTONIAN_PROMO))
        # Each sidebar box is printed once, where the copy caught it between two articles.
        if sidebars and rng.random() < 0.5:
            box = sidebars.pop()
            b.blank()
            if box == "most read":
                b.add(rng.choice(("Most read", f"Most read on {site}", "MOST READ TODAY")), "readmore")
                headlines = rng.sample(ctx.other_titles, min(5, len(ctx.other_titles)))
            else:
                b.add(f"Trending in {topic}", "readmore")
                headlines = [headline.format(topic=topic) for headline in rng.sample(_HUB_TRENDING, 3)]
            for rank, headline in enumerate(headlines, start=1):
                b.add(rank_form.format(rank, headline), "readmore")
    b.blank()
    b.add(rng.choice(("Load more stories", "See more partner stories", f"More on {topic} ↓")), "readmore")
    b.blank()
    if estonian_promo_after < 0:
        b.add(f"{rng.choice(('English', 'International edition'))} | {rng.choice(_HUB_ESTONIAN_EDITION)}", "footer")
    b.add(site, "footer")
    b.add("About us · Our partners · Corrections · Accessibility · Careers · Contact", "footer")
    b.add(
        rng.choice((
            "Partner stories are published under licence and are not edited by our newsroom.",
            "Articles marked as partner content come from publishers we work with.",
        )),
        "footer",
    )
    b.add(f"© {today.year} {site} Media Group", "copyright")


def _story_subject(articles: list[SourceArticle]) -> str:
    """A story's subject as a topic page or a blog post names it: a two-word name ("Kanye
    West", "Islamic State") found in the articles' opening paragraphs (sentence case, where
    capitals mark names) that their titles use most, else the story's heading."""
    in_texts: Counter[str] = Counter()
    for article in articles:
        text = " ".join(article.paragraphs[:2])
        # A capital opening a sentence marks no name ("Three Afghan soldiers ...").
        names = [
            m.group()
            for m in re.finditer(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", text)
            if m.start() and not re.search(r"[.!?\"“”]\s*$", text[: m.start()])
        ]
        in_texts.update(n for n in dict.fromkeys(names) if not set(n.split()) & _TOPIC_SKIP.union(_WEEKDAYS, _MONTHS))
    titles = [a.title.casefold() for a in articles]
    ranked = sorted(in_texts, key=lambda n: (-sum(n.casefold() in t for t in titles), -in_texts[n]))
    if ranked and any(ranked[0].casefold() in t for t in titles):
        return ranked[0]
    return _story_topic(articles)


def _hub_masthead(b: _PageBuilder, rng: random.Random, site: str, sections: str, topic: str) -> None:
    """The site's bar and menu, the topics strip, then the topic's heading, follow button
    and description."""
    b.add(rng.choice(("Jump to content", "Skip navigation")), "header")
    b.add(site, "header")
    b.add(rng.choice((f"☰ Menu  {sections}  🔍", f"{sections}  |  Subscribe  Sign in")), "header")
    b.blank()
    strip = [topic, *rng.sample(_HUB_TOPICS, 5)]
    rng.shuffle(strip)
    b.add(rng.choice(("Topics: ", "Explore topics ›  ", "")) + "  ·  ".join(strip), "header")
    b.blank()
    if rng.random() < 0.6:
        b.add(f"Topic: {topic}", "section")
    else:
        b.add("TOPIC", "section")
        b.add(topic, "section")
    followers = f"{rng.randint(1, 48)},{rng.randint(0, 999):03d} followers"
    b.add(rng.choice(("+ Follow topic", f"+ Follow topic  ·  {followers}", f"🔔 Follow {topic}", "Following ✓")), "share")
    b.add(rng.choice(_HUB_DESCRIPTIONS).format(topic=topic), "section")
    if rng.random() < 0.5:
        b.add(rng.choice(("Latest", "Newest first ▾", "Sort by: Most recent")), "section")


def _hub_article(
    b: _PageBuilder, rng: random.Random, article: SourceArticle, partner_label: str, ad_line: str, style: str, topic: str, today: date
) -> None:
    """One partner article: its label, title, standfirst on some, byline and time, the text
    with a video placeholder or ad lines inside on some, and the link to the original."""
    outlet = display_name(article.outlet)
    b.blank()
    labelled = partner_label != "Partner content"
    b.add(partner_label.format(o=outlet), "outlet" if labelled else "section")
    b.add(article.title, "title")
    standfirst = _highlights(rng, article, 1) if rng.random() < 0.35 else []
    if standfirst:
        b.add(standfirst[0], "pullquote")
    in_byline = _hub_byline(b, rng, outlet, today)
    # The partner has to be named somewhere: when neither label nor byline did, the link under the text does.
    original = rng.choice(_HUB_ORIGINALS) if not (labelled or in_byline) or rng.random() < 0.45 else ""
    shown = outlet if labelled or in_byline or "{o}" in original else _site(article.outlet)
    slots = max(1, len(article.paragraphs) - 1)
    video_at = rng.randrange(slots) if rng.random() < 0.35 else -1
    ads_at = set(rng.sample(range(slots), min(slots, rng.randint(1, 2)))) if rng.random() < 0.45 else set()

    def set_apart() -> None:
        if style == "blank":
            b.blank()

    def inline(position: int) -> None:
        # The embed and the ad slot stand between paragraphs, set apart as on the page.
        if position == video_at:
            set_apart()
            b.add(rng.choice(_HUB_VIDEOS).format(topic=topic, s=rng.randint(5, 59)), "caption")
        if position in ads_at:
            set_apart()
            b.add(ad_line, "sponsored")

    if style == "blank":
        b.blank()
    b.start(article, shown, article.title)
    write_body(b, article, style, rng, between=inline)
    b.end()
    if original:
        b.blank()
        b.add(original.format(o=outlet, site=_site(article.outlet)), "outlet")
    if rng.random() < 0.35:
        b.add(rng.choice(("Share this story", "⤴ Share   🔖 Save", "Share on Facebook · Share on X · Email")), "share")


def _hub_byline(b: _PageBuilder, rng: random.Random, outlet: str, today: date) -> bool:
    """The byline and time in one of the forms partners' articles come with; True when a
    line names the outlet."""
    author = rng.choice(AUTHORS)
    minutes = rng.randint(6 * 60, 23 * 60)
    month = _MONTHS[today.month - 1]
    when = rng.choice((
        f"Published {month[:3]} {today.day}, {today.year}, {_clock(minutes, True)}",
        f"{_WEEKDAYS[today.weekday()][:3]} {today.day} {month} {today.year} {_clock(minutes, False).replace(':', '.')} GMT",
        _ago(rng, ("Last updated {n} hours ago", "Updated {n}h ago", "{n} minutes ago")),
        f"{_clock(minutes, True)} · {rng.randint(2, 9)} min read",
    ))
    form = rng.choice(("name | outlet", "BY NAME", "by name · time", "outlet staff", "time only"))
    if form == "name | outlet":
        b.add(f"{author} | {outlet}", "byline")
        b.add(when, "time")
    elif form == "BY NAME":
        b.add(f"BY {author.upper()}", "byline")
        b.add(when, "time")
    elif form == "by name · time":
        b.add(f"By {author} · {when}", "byline")
    elif form == "outlet staff":
        b.add(f"{outlet} Staff · {when}", "byline")
    else:
        b.add(when, "time")
    return form in ("name | outlet", "outlet staff")


# --------------------------------------------------------------------------- a blogger's roundup post


#: The blog, its tagline and the platform its footer names.
_BLOGS = (
    ("Kettle Logic", "Notes on the news, brewed slowly", "Blog at WordPress.com."),
    ("The Lamp-Post", "A daily sift of the papers since 2009", "Powered by Ghost"),
    ("Second Reading", "Same story, every outlet, side by side", "Published with Blogger"),
    ("Fourth Column", "Media, politics and the occasional rant", "Proudly self-hosted on a very old server"),
)
_BLOGGERS = (("Callum Reid", "callumr"), ("Ines Moura", "inesm"), ("Priya Raman", "praman"), ("Ted Okonjo", "tedo"))
_BLOG_POST_TITLES = (
    "Roundup: {topic}",
    "Morning links, {date}: {topic}",
    "{topic}, and what everyone else is saying",
    "Daily roundup #{n}: {topic}",
    "What I'm reading today ({topic} edition)",
)
_BLOG_INTROS = (
    "Morning all. A lot overnight on {topic}, and the accounts don't quite agree, so here are the main ones in full.",
    "Today's roundup is mostly one story. I've pasted the pieces whole so you can compare them without clicking through.",
    "Quick one today: {topic}. Below are the reports I've found, roughly in the order they appeared.",
    "I said I'd stop writing about {topic}. I lied. Here is the coverage so far, with my notes in between.",
)
#: The blogger's lead-in sentences: the first ones name the outlet, the rest do not.
_BLOG_LEAD_INS_NAMING = (
    "{o} has the fullest account so far:",
    "Here's how {o} is reporting it:",
    "{o} leads with a different angle:",
    "The most detailed version I've found is from {o}, pasted whole:",
    "And for completeness, here's {o}:",
    "{o} got there first this morning:",
)
_BLOG_LEAD_INS_PLAIN = (
    "This one is worth reading in full:",
    "Next, the piece everyone seems to be sharing.",
    "Another account, with a couple of details nobody else has:",
    "Pasting this one whole because the link keeps breaking:",
)
#: The attribution under a pasted text, on its own line.
_BLOG_ATTRIBUTIONS = ("— {o}", "({o})", "via {o}", "via {site}")
_BLOG_REMARKS = (
    "Note how the numbers differ from the account above.",
    "I'd treat the quotes in that one with some care until someone else confirms them.",
    "Not much new there, but the timeline is useful.",
    "Worth comparing the headline with what the text actually says.",
    "That last paragraph is the bit I keep coming back to.",
)
_BLOG_UPDATES = (
    "Update {t}: a reader points out that the figures in one of the pieces above have since been corrected.",
    "Update {t}: still no official statement. I'll add it here if one comes.",
    "UPDATE ({t}): one of the links above now goes to a newer version of the story.",
    "Update, {t}: thanks to everyone who emailed; the typo in the post title is fixed.",
)
_BLOG_SIGN_OFFS = ("That's all for today. Back tomorrow.", "More tomorrow, news permitting.", "As ever, corrections welcome below.")
_BLOG_COMMENTERS = ("margaret_h", "Dave in Leeds", "quietreader", "T. Ochoa", "norfolkbroad", "Ravi S.", "pedantic_pete", "Lou")
_BLOG_COMMENTS = (
    "Thanks for pulling these together, saves me an hour every morning.",
    "The second piece contradicts the first on the timeline. Which is right?",
    "I'd be careful with the tabloid version, they've been wrong on this before.",
    "Great roundup as always.",
    "Has anyone seen an official statement yet?",
    "Slightly different figures in every one of these. Typical.",
)
#: Tagalog comments: "Thanks for the summary, what happened is clearer now." / "So many
#: different versions of this news, it's confusing!"
_BLOG_TAGALOG = ("Salamat sa buod, mas malinaw na ngayon ang nangyari.", "Ang daming magkakaibang bersyon ng balitang ito, nakakalito!")
#: Whoever tipped the blogger off ("h/t @someone").
_BLOG_TIPPERS = ("presswatcher", "jkl_news", "marg_hanley", "sub_editor", "o_adeyemi", "newsnerd42")
_BLOGROLL = (
    "Harbour Lights", "A Thousand Small Edits", "Column Inches", "The Dogged Sub", "Loose Leads", "Marginalia Daily",
    "Corrections Corner", "Slow Newsday",
)


def _blog_roundup_post(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A blogger's daily roundup post saved as text, pasting several outlets' articles whole:
    the blog's name, tagline and menu (its blogroll sidebar here on some pages), the post
    title, "Posted by <name> on <date>", categories; the blogger's opening lines, then for
    each article a lead-in sentence of the blogger's (naming the outlet on some: "The
    Guardian has the fullest account so far:"), the title, "By A" on some, the text (behind
    "> ", indented, or plain, by page or by article), and an attribution under it on some
    ("— X", "(X)", "via X", "via domain", and "h/t @someone", which names no outlet); the
    blogger's remarks between, "Update 3pm: ..." at the end, share and like buttons, the
    comments (names, times, a Tagalog one), the blogroll and archives, the platform footer.

    Outlet rule: every article is named by its lead-in or its attribution, or both; it is
    credited to the display name, or to the domain when "via domain" alone names it. The
    blogger's own sentences are "comments", like a curator's note."""
    blog, tagline, platform = rng.choice(_BLOGS)
    blogger, handle = rng.choice(_BLOGGERS)
    topic = _story_subject(articles)
    day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    long_date = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
    post_title = rng.choice(_BLOG_POST_TITLES).format(topic=topic, date=f"{day.day} {_MONTHS[day.month - 1]}", n=rng.randint(200, 1900))
    quoting = rng.choice(("> ", "    ", "", "by article"))
    sidebar_first = rng.random() < 0.3
    categories = rng.choice((
        f"Categories: Roundups, Media, {topic}",
        f"Filed under: Daily links · {topic}",
        f"Posted in Links, News | Tagged {topic.lower()}, press, roundup",
    ))
    categories_above = rng.random() < 0.6

    b.add(blog, "header")
    b.add(tagline, "header")
    b.add(rng.choice(("Home  About  Archive  Contact  RSS", "Home | About me | Archives | Subscribe")), "header")
    if sidebar_first:
        _blog_sidebar(b, rng, "header", day)
    b.blank()
    b.add(post_title, "section")
    b.add(
        rng.choice((
            f"Posted by {blogger} on {_WEEKDAYS[day.weekday()]}, {long_date}",
            f"Posted on {long_date} by {handle}",
            f"{long_date} · {blogger} · {rng.randint(2, 5)} comments",
            f"by {blogger} | {day.day} {_MONTHS[day.month - 1]} {day.year} | {_clock(rng.randint(6 * 60, 10 * 60), True)}",
        )),
        "byline",
    )
    if categories_above:
        b.add(categories, "tags")
    b.blank()
    b.add(rng.choice(_BLOG_INTROS).format(topic=topic), "comments")
    # A blogger does not write the same sentence twice in a post.
    lead_ins = (rng.sample(_BLOG_LEAD_INS_NAMING, len(_BLOG_LEAD_INS_NAMING)), rng.sample(_BLOG_LEAD_INS_PLAIN, len(_BLOG_LEAD_INS_PLAIN)))
    remarks = rng.sample(_BLOG_REMARKS, len(_BLOG_REMARKS))
    for number, article in enumerate(articles):
        indent = rng.choice(("> ", "    ", "")) if quoting == "by article" else quoting
        _blog_paste(b, rng, article, indent, lead_ins)
        if number < len(articles) - 1 and remarks and rng.random() < 0.35:
            b.blank()
            b.add(remarks.pop(), "comments")
    if rng.random() < 0.6:
        b.blank()
        hour = rng.randint(1, 6)
        b.add(rng.choice(_BLOG_UPDATES).format(t=rng.choice((f"{hour}pm", f"{hour}:{rng.randint(10, 59)}pm", f"{hour + 12}:{rng.randint(10, 59)}"))), "comments")
    b.blank()
    b.add(rng.choice(_BLOG_SIGN_OFFS), "comments")
    b.blank()
    b.add(rng.choice(("Pass it on:  Email · Bluesky · Mastodon · Reddit · Copy link", "SHARE  ✉  🦋  🐘  🔗")), "share")
    if rng.random() < 0.5:
        b.add("Like this:", "share")
        b.add("Like Loading…", "share")
    if not categories_above:
        b.add(categories, "tags")
    _blog_comments(b, rng, post_title, day)
    if not sidebar_first:
        _blog_sidebar(b, rng, "footer", day)
    b.blank()
    b.add(f"© {day.year} {blogger}. Quoted articles belong to their publishers.", "copyright")
    b.add(platform, "footer")


def _blog_paste(
    b: _PageBuilder, rng: random.Random, article: SourceArticle, indent: str, lead_ins: tuple[list[str], list[str]]
) -> None:
    """The blogger's lead-in (taken from the page's unused ones, naming the outlet or not),
    the pasted title and text, and the attribution under it."""
    naming, plain = lead_ins
    outlet = display_name(article.outlet)
    site = _site(article.outlet)
    lead_names = rng.random() < 0.5
    # Where the lead-in does not name the outlet, the attribution under the text does.
    attribution = rng.choice(_BLOG_ATTRIBUTIONS) if not lead_names or rng.random() < 0.3 else ""
    shown = outlet if lead_names or "{o}" in attribution else site
    b.blank()
    if lead_names:
        b.add(naming.pop().format(o=outlet), "outlet")
        b.blank()
    elif plain and rng.random() < 0.7:
        b.add(plain.pop(), "comments")
        b.blank()
    title_form = rng.choice(("{}", "{}", "“{}”"))
    b.add(indent + title_form.format(article.title), "title")
    if rng.random() < 0.3:
        b.add(f"{indent}By {rng.choice(AUTHORS)}", "byline")
    if rng.random() < 0.6:
        b.blank()
    b.start(article, shown, article.title)
    write_body(b, article, rng.choice(("blank", "blank", "tight")), rng, indent=indent)
    b.end()
    if attribution:
        b.add(attribution.format(o=outlet, site=site), "outlet")
    if rng.random() < 0.2:
        b.add(f"h/t @{rng.choice(_BLOG_TIPPERS)}", "comments")


def _blog_comments(b: _PageBuilder, rng: random.Random, post_title: str, day: date) -> None:
    """The comments under the post, one in Tagalog, and the reply form's heading."""
    count = rng.randint(2, 5)
    says = rng.random() < 0.6
    tagalog_at = rng.randrange(count)
    b.blank()
    b.add(
        rng.choice((f"{count} thoughts on “{post_title}”", f"{count} responses to “{post_title}”", f"Discussion ({count} comments)")),
        "comments",
    )
    minutes = rng.randint(9 * 60, 12 * 60)
    comments = rng.sample(_BLOG_COMMENTS, count)
    for position, commenter in enumerate(rng.sample(_BLOG_COMMENTERS, count)):
        minutes += rng.randint(3, 90)
        b.blank()
        b.add(f"{commenter} says:" if says else commenter, "comments")
        b.add(f"{_MONTHS[day.month - 1]} {day.day}, {day.year} at {_clock(minutes, True).lower()}", "time")
        b.add(rng.choice(_BLOG_TAGALOG) if position == tagalog_at else comments[position], "comments")
        b.add("Reply", "comments")
    b.blank()
    b.add(rng.choice(("Leave a Reply", "Join the discussion")), "comments")
    b.add("Your email address stays private. Fields marked * are required.", "comments")


def _blog_sidebar(b: _PageBuilder, rng: random.Random, label: str, day: date) -> None:
    """The blogroll and archives, at the top or the foot of the copy as the theme puts them."""
    b.blank()
    b.add(rng.choice(("Blogroll", "BLOGROLL", "Blogs I read")), label)
    for name in rng.sample(_BLOGROLL, 4):
        b.add(name, label)
    b.blank()
    b.add("Archives", label)
    for back in range(3):  # the post's month and the two before it
        month = date(day.year - (day.month - back < 1), (day.month - back - 1) % 12 + 1, 1)
        b.add(f"{_MONTHS[month.month - 1]} {month.year} ({rng.randint(9, 31)})", label)
    b.add("Subscribe via RSS · by email", label)


# --------------------------------------------------------------------------- a regional portal's syndicated copy


#: The portal, its town for the weather box, its time zone, its owner, and a language link
#: for a community it serves: Somali "Read in Somali", Haitian Creole "Read the news in
#: Creole", Khmer "Read in Khmer", Hmong "Read the news in Hmong".
_PORTALS = (
    ("Twin Rivers Now", "St. Cloud, MN", "CDT", "Northstar Local Media", ("Ku akhri af-Soomaali", "Af-Soomaali")),
    ("Gulf Breeze Daily Online", "Homestead, FL", "EDT", "Sabal Media Group", ("Li nouvèl yo an kreyòl", "Kreyòl ayisyen")),
    ("Merrimack Valley Today", "Lowell, MA", "EDT", "Millyard Media", ("អានជាភាសាខ្មែរ", "ភាសាខ្មែរ")),
    ("Central Valley Ledger Online", "Fresno, CA", "PDT", "Sierra Vista Publishing", ("Nyeem xov xwm ua lus Hmoob", "Lus Hmoob")),
)
_PORTAL_MENUS = (
    "Home | Local News | State | Nation & World | Sports | Obituaries | Weather | Traffic | Contests | e-Edition",
    "NEWS  LOCAL  POLITICS  NATION/WORLD  SPORTS  BUSINESS  OPINION  OBITS  JOBS",
    "News ▾  Weather ▾  Sports ▾  Community ▾  Watch Live  Submit a Tip",
)
_PORTAL_KICKERS = ("NATION & WORLD", "World News", "National", "Crime & Courts", "Trending", "Tech", "Entertainment", "WIRE")
#: The outlets whose reporters file datelines with the agency's name in them: "MOSCOW (AP) —".
_PORTAL_AGENCIES = frozenset({"AP", "AFP", "UPI", "reuters.com"})
#: Places a story's text may mention first, and how a dateline prints them (AP style: a big
#: city alone, others with their state or country).
_DATELINE_PLACES = (
    ("New York", "NEW YORK"), ("Los Angeles", "LOS ANGELES"), ("Washington", "WASHINGTON"), ("Chicago", "CHICAGO"),
    ("San Francisco", "SAN FRANCISCO"), ("Boston", "BOSTON"), ("Dallas", "DALLAS"), ("Houston", "HOUSTON"),
    ("Atlanta", "ATLANTA"), ("Miami", "MIAMI"), ("Denver", "DENVER"), ("Seattle", "SEATTLE"), ("Phoenix", "PHOENIX"),
    ("Las Vegas", "LAS VEGAS"), ("St. Louis", "ST. LOUIS"), ("Ferguson", "FERGUSON, Mo."), ("Orlando", "ORLANDO, Fla."),
    ("Austin", "AUSTIN, Texas"), ("Nashville", "NASHVILLE, Tenn."), ("Cupertino", "CUPERTINO, Calif."),
    ("London", "LONDON"), ("Paris", "PARIS"), ("Berlin", "BERLIN"), ("Moscow", "MOSCOW"), ("Rome", "ROME"),
    ("Madrid", "MADRID"), ("Dublin", "DUBLIN"), ("Manchester", "MANCHESTER, England"), ("Glasgow", "GLASGOW, Scotland"),
    ("Baghdad", "BAGHDAD"), ("Beirut", "BEIRUT"), ("Damascus", "DAMASCUS, Syria"), ("Cairo", "CAIRO"),
    ("Jerusalem", "JERUSALEM"), ("Kabul", "KABUL, Afghanistan"), ("Tokyo", "TOKYO"), ("Beijing", "BEIJING"),
    ("Seoul", "SEOUL, South Korea"), ("Sydney", "SYDNEY"), ("Melbourne", "MELBOURNE, Australia"), ("Ottawa", "OTTAWA, Ontario"),
    ("Toronto", "TORONTO"), ("Mexico City", "MEXICO CITY"), ("Mosul", "MOSUL, Iraq"), ("Monrovia", "MONROVIA, Liberia"),
    ("Philadelphia", "PHILADELPHIA"), ("Detroit", "DETROIT"), ("Baltimore", "BALTIMORE"), ("Cleveland", "CLEVELAND"),
    ("Minneapolis", "MINNEAPOLIS"), ("San Diego", "SAN DIEGO"), ("New Orleans", "NEW ORLEANS"), ("Honolulu", "HONOLULU"),
    ("Salt Lake City", "SALT LAKE CITY"), ("Kansas City", "KANSAS CITY, Mo."), ("Tampa", "TAMPA, Fla."),
    ("Hollywood", "LOS ANGELES"), ("Vancouver", "VANCOUVER, British Columbia"), ("Montreal", "MONTREAL"),
    ("Hong Kong", "HONG KONG"), ("Singapore", "SINGAPORE"), ("Mumbai", "MUMBAI, India"), ("New Delhi", "NEW DELHI"),
    ("Islamabad", "ISLAMABAD"), ("Tehran", "TEHRAN, Iran"), ("Riyadh", "RIYADH, Saudi Arabia"), ("Dubai", "DUBAI, United Arab Emirates"),
    ("Istanbul", "ISTANBUL"), ("Kiev", "KYIV, Ukraine"), ("Kyiv", "KYIV, Ukraine"), ("Lagos", "LAGOS, Nigeria"),
    ("Nairobi", "NAIROBI, Kenya"), ("Johannesburg", "JOHANNESBURG"), ("Rio de Janeiro", "RIO DE JANEIRO"),
    ("Havana", "HAVANA"), ("Caracas", "CARACAS, Venezuela"), ("Brussels", "BRUSSELS"), ("Amsterdam", "AMSTERDAM"),
    ("Stockholm", "STOCKHOLM"), ("Copenhagen", "COPENHAGEN, Denmark"), ("Athens", "ATHENS, Greece"), ("Geneva", "GENEVA"),
    ("Birmingham", "BIRMINGHAM, England"), ("Liverpool", "LIVERPOOL, England"), ("Belfast", "BELFAST, Northern Ireland"),
    ("Edinburgh", "EDINBURGH, Scotland"), ("Auckland", "AUCKLAND, New Zealand"), ("Brisbane", "BRISBANE, Australia"),
    ("Aleppo", "ALEPPO, Syria"), ("Gaza", "GAZA CITY, Gaza Strip"), ("Tel Aviv", "TEL AVIV, Israel"), ("Pyongyang", "PYONGYANG, North Korea"),
    ("Bangkok", "BANGKOK"), ("Manila", "MANILA, Philippines"), ("Jakarta", "JAKARTA, Indonesia"),
)
#: A text that opens with its own dateline ("MOSCOW, Sept. 13 (UPI) --", "SEVILLE, Spain (AP) _")
#: or with the agency's tag ("(Reuters) - ") keeps it as it is.
_OWN_DATELINE = re.compile(r"^(?:\(|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,| \(| --| —| –| -| _))")
_PORTAL_SPONSORED = (
    "Homeowners in {town} Are Switching to This Cheaper Roof Coating",
    "Doctors Are Baffled by This 10-Second Morning Habit",
    "Seniors Born Before 1965 May Qualify for These New Perks",
    "The New Hybrid SUVs Are Finally Affordable — See Prices",
    "{town}: This Mattress Company Is Giving Away Free Pillows This Week",
    "Forget Expensive Hearing Aids, Do This Instead",
)
#: Credit lines under a story's text: agencies' notices for agency copy, partners' credits for the rest.
_PORTAL_AGENCY_NOTICES = (
    "Copyright © {y} {o}. All rights reserved. No part of this story may be republished, broadcast, rewritten or passed on without permission.",
    "© {y} {o}. All rights reserved. Reproduction, rebroadcast or redistribution of this content is prohibited.",
)
_PORTAL_CONTRIBUTED = "{o} contributed reporting."
_PORTAL_CREDITS = (
    "This story first appeared on {o} and is shared here through a content partnership.",
    "Originally published by {o}. Used with permission.",
    "This article was first published at {site}.",
)


def _regional_news_portal(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A regional news portal's page of syndicated agency and partner copy saved as text:
    the portal's name, the date with the weather, the section menu, a link in a community
    language (Somali, Haitian Creole, Khmer or Hmong), a breaking-news ticker, a cookie
    banner at the top or the foot. Each story: its section kicker, title, byline in one of
    several forms ("By JANE DOE" over "Associated Press", "Jane Doe / DAILY MAIL", "By The
    Associated Press", "Staff and wire reports", "By A") and a posted or updated time; the
    text, its first paragraph opening with a dateline on some ("LONDON —", or "LONDON" before
    a Reuters text's own "(Reuters) -"; agency texts keep their own "MOSCOW (AP) _"); a credit
    line under it on some (an agency's copyright notice, "This story first appeared on X
    ...", "X contributed reporting.", "... first published at domain."), the tools row
    with "Report a typo", a "Related coverage" box with headlines and times on some.
    "Sponsored Links" boxes between stories; the footer with the portal's address and
    copyright.

    Outlet rule: a story is credited to its display name (always named in the byline or
    the credit line), or to the domain where "first published at domain" alone names it.
    A dateline is not article text; the line carries it before the first paragraph."""
    portal, town, zone, owner, language = rng.choice(_PORTALS)
    day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    dash = rng.choice((" — ", " -- "))
    datelines = rng.choice((0.3, 0.6, 0.9))  # the share of stories whose copy desk adds a dateline
    style = rng.choice(("blank", "tight"))
    cookie_on_top = rng.random() < 0.5
    language_on_top = rng.random() < 0.6
    tools = rng.choice(("Share  ·  Email  ·  Print  ·  Report a typo", "f  𝕏  ✉  🖨", "Reprints & permissions  |  Report a typo"))

    b.add(portal.upper() if rng.random() < 0.4 else portal, "header")
    low = (22, 26, 35, 45, 55, 64, 70, 68, 60, 48, 36, 26)[day.month - 1]  # a northern town's season
    weather = f"{rng.randint(low, low + 22)}°F {rng.choice(('Cloudy', 'Sunny', 'Partly cloudy', 'Rain', 'Clear'))}"
    today = f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}, {day.year}"
    b.add(rng.choice((f"{today}  |  {town} {weather}", f"{weather} · {town}  ·  {today}")), "header")
    b.add(rng.choice(_PORTAL_MENUS), "header")
    if language_on_top:
        b.add(f"🌐 {language[0]}", "header")
    b.blank()
    b.add(f"{rng.choice(('BREAKING NEWS:', 'Breaking ▸', 'LATEST:'))} {rng.choice(ctx.other_titles)}", "readmore")
    if cookie_on_top:
        _portal_cookie_banner(b, rng)
    for number, article in enumerate(articles):
        _portal_story(b, rng, article, day, zone, dash if rng.random() < datelines else "", style, tools, ctx)
        if number < len(articles) - 1 and rng.random() < 0.4:
            b.blank()
            b.add(rng.choice(("Sponsored Links", "SPONSORED LINKS")), "sponsored")
            for headline in rng.sample(_PORTAL_SPONSORED, rng.randint(2, 3)):
                b.add(headline.format(town=town.split(",")[0]), "sponsored")
            b.add(rng.choice(("Ads by Plinthly", "Recommended by Adwell")), "sponsored")
    b.blank()
    if not cookie_on_top:
        _portal_cookie_banner(b, rng)
        b.blank()
    if not language_on_top:
        b.add(f"Translate this site: Español | {language[1]}", "footer")
    b.add(portal, "footer")
    b.add(f"{rng.randint(100, 999)} {rng.choice(('W. Main St.', 'Commerce Ave.', 'River Rd.'))}, {town}", "footer")
    b.add("About Us | Contact | Advertise | Submit a News Tip | Careers | Terms of Use | Privacy Policy", "footer")
    b.add("Do Not Sell or Share My Personal Information", "footer")
    b.add(f"© {day.year} {portal}, a {owner} property. All rights reserved.", "copyright")


def _portal_cookie_banner(b: _PageBuilder, rng: random.Random) -> None:
    """The consent banner, which a copy of the page catches at the top or the foot."""
    b.add(rng.choice(("Your privacy choices", "This site uses cookies")), "cookie")
    b.add(
        rng.choice((
            "We use cookies and similar tools to understand how you use our site and to show you relevant ads.",
            "Cookies let us keep local news free and count our readers. You can change your settings at any time.",
        )),
        "cookie",
    )
    b.add(rng.choice(("Got it    Manage settings", "[ Allow all ]  [ Necessary only ]")), "cookie")


def _portal_story(
    b: _PageBuilder,
    rng: random.Random,
    article: SourceArticle,
    day: date,
    zone: str,
    dash: str,
    style: str,
    tools: str,
    ctx: PageContext,
) -> None:
    """One syndicated story: kicker, title, byline and time, the text (a dateline before it
    when ``dash`` is set and the text names a place), a credit line, tools, related links."""
    outlet = display_name(article.outlet)
    agency = article.outlet in _PORTAL_AGENCIES
    b.blank()
    b.add(rng.choice(_PORTAL_KICKERS), "section")
    b.add(article.title, "title")
    in_byline = _portal_byline(b, rng, outlet, agency)
    minutes = rng.randint(5 * 60, 22 * 60)
    clock = _clock(minutes, True)
    b.add(
        rng.choice((
            f"Posted: {_MONTHS[day.month - 1][:3]} {day.day}, {day.year} / {clock} {zone}",
            f"Updated {clock.replace('AM', 'a.m.').replace('PM', 'p.m.')} {zone[0]}T {_MONTHS[day.month - 1]} {day.day}, {day.year}",
            _ago(rng, ("Updated {n} hours ago", "Posted {n} hours ago")),
        )),
        "time",
    )
    # A story its byline does not credit is credited under its text; "X contributed
    # reporting." only follows a byline that names nobody's outlet.
    forms = (*(_PORTAL_AGENCY_NOTICES if agency else _PORTAL_CREDITS), *(() if in_byline else (_PORTAL_CONTRIBUTED,)))
    credit = rng.choice(forms) if not in_byline or rng.random() < 0.4 else ""
    shown = _site(article.outlet) if credit and "{site}" in credit and not in_byline else outlet
    b.blank()
    b.start(article, shown, article.title)
    for position, paragraph in enumerate(article.paragraphs):
        if position and style == "blank":
            b.blank()
        label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
        dateline = _dateline(article, dash) if position == 0 and label == ARTICLE_TEXT else ""
        b.body(dateline + paragraph, paragraph, label)
    b.end()
    if credit:
        b.blank()
        b.add(credit.format(o=f"The {outlet}" if outlet == "Associated Press" else outlet, y=day.year, site=_site(article.outlet)), "outlet")
    b.add(tools, "share")
    if "typo" not in tools:
        b.add(rng.choice(("See a mistake? Report a typo", "Report a typo")), "share")
    if rng.random() < 0.45:
        b.blank()
        b.add(rng.choice(("Related coverage", "RELATED COVERAGE")), "readmore")
        one_line = rng.random() < 0.5
        for title in rng.sample(ctx.other_titles, min(rng.randint(2, 3), len(ctx.other_titles))):
            when = _ago(rng, ("{n} hours ago", "{n} days ago", "Yesterday"))
            if one_line:
                b.add(f"• {title} · {when}", "readmore")
            else:
                b.add(title, "readmore")
                b.add(when, "readmore")


def _portal_byline(b: _PageBuilder, rng: random.Random, outlet: str, agency: bool) -> bool:
    """The byline in one of the forms syndicated copy carries; True when it names the outlet."""
    author = rng.choice(AUTHORS)
    the = "The " if outlet == "Associated Press" else ""
    forms = ["name over outlet", "by outlet", "wire reports", "by name"] if agency else ["name / OUTLET", "name over outlet", "by name", "none"]
    form = rng.choice(forms)
    if form == "name over outlet":
        b.add(f"By {author.upper()}", "byline")
        b.add(f"{the}{outlet}" if agency else outlet, "outlet")
    elif form == "by outlet":
        b.add(f"By {the}{outlet}", "byline")
    elif form == "name / OUTLET":
        b.add(f"{author} / {outlet if '.' in outlet else outlet.upper()}", "byline")  # a domain keeps its case
    elif form == "wire reports":
        b.add(rng.choice(("Staff and wire reports", "From wire services")), "byline")
    elif form == "by name":
        b.add(f"By {author}", "byline")
    return form in ("name over outlet", "by outlet", "name / OUTLET")


def _place_named(name: str, text: str) -> re.Match[str] | None:
    """The first mention of the place itself, not of a paper or team named after it
    ("the New York Post", "Washington Redskins")."""
    return re.search(rf"\b{re.escape(name)}\b(?![’']s? (?:Post|Times)| (?:Post|Times|Daily|Magazine|Herald|Journal|Observer|Redskins|Giants|Jets|Yankees|Mets))", text)


def _dateline(article: SourceArticle, dash: str) -> str:
    """The dateline a copy desk puts before the first paragraph: the first place the text's
    opening paragraphs name, then the dash; before a Reuters text's own "(Reuters) -", the
    place alone. Nothing when ``dash`` is empty, the text has its own, or names no place."""
    first = article.paragraphs[0]
    if not dash or (_OWN_DATELINE.match(first) and not first.startswith("(Reuters)")):
        return ""
    opening = " ".join(article.paragraphs[:3])
    found = [(m.start(), place) for name, place in _DATELINE_PLACES for m in [_place_named(name, opening)] if m]
    if not found:
        return ""
    place = min(found)[1]
    return f"{place} " if first.startswith("(Reuters)") else f"{place}{dash}"


# --------------------------------------------------------------------------- a web portal's partner news


#: The portal, its services bar and the company that runs it.
_PARTNER_PORTALS = (
    ("Orbitline", "Mail   News   Weather   Money   Sports   Play   Shopping", "Orbitline Interactive"),
    ("Skylark Start", "Home · News · Finance · Weather · Sport · Entertainment · Lifestyle", "Skylark Online Services"),
    ("Homeport", "News | Money | Weather | Sports | Autos | Health | Games", "Homeport Digital Ltd"),
    ("Vantage", "Today   World   Money   Weather   Watch   Games   Deals", "Vantage Web Corp."),
)
#: The weather widget's place, its unit and a season's range of temperatures.
_PARTNER_CITIES = (("Columbus, OH", "F", 38, 82), ("Leeds", "C", 3, 24), ("Sacramento, CA", "F", 45, 95), ("Bristol", "C", 4, 23), ("Hamilton, ON", "C", -6, 27))
_PARTNER_SKIES = ("☁ Cloudy", "☀ Sunny", "⛅ Partly sunny", "🌧 Showers", "🌫 Fog")
#: The markets strip: index name and a plausible level.
_PARTNER_INDICES = (("DOW", 38900), ("S&P 500", 5100), ("NASDAQ", 16100), ("FTSE 100", 7700), ("TSX", 21800), ("BTC", 64000))
#: Other partners named in the "More for you" list.
_PARTNER_OTHERS = ("The Weather Channel", "Motor1", "Parade", "Benzinga", "Yardbarker", "Allrecipes", "Reader's Digest", "Fortune")
_PARTNER_SPONSORED = (
    ("The 7 Worst Mistakes People Make When Refinancing in 2024", "LendWise Quotes"),
    ("This Tiny Gadget Keeps Your Wi-Fi From Dropping Out (It's Genius)", "NetBoost Pro"),
    ("Retirees Are Moving to These 5 Quiet Towns — #3 Surprised Us", "Silver Years Guide"),
    ("Why Everyone in {city} Is Ditching Their Old Mattress", "Slumbr"),
    ("Dermatologists Stunned: The $12 Serum Selling Out Everywhere", "GlowLab"),
    ("New Crossover Leases Start Lower Than You'd Think", "AutoDeals Today"),
)
#: Polish: a sponsored card ("Cash loan without leaving home, check the offer" from "Bank
#: Rataj · Ad") or the footer's region picker ("Polish (Poland) · Change language and region").
_PARTNER_POLISH_AD = ("Kredyt gotówkowy bez wychodzenia z domu — sprawdź ofertę", "Bank Rataj · Reklama")
_PARTNER_POLISH_PICKER = "Polski (Polska) · Zmień język i region"
#: How the portal credits a partner, above the title or under it.
_PARTNER_CREDITS_ABOVE = ("name", "name + follow", "name · age")
_PARTNER_CREDITS_BELOW = ("story by", "author, outlet")
#: The partner's own copyright line under its text.
_PARTNER_COPYRIGHTS = (
    "Copyright © {y} {o}. Distributed by {portal} under licence.",
    "({o}) © {y}",
    "© {o} {y} — republished with permission",
)


def _partner_portal(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A big web portal's news section carrying partner outlets' articles in full, saved
    as text: the portal's services bar with weather and a markets strip, a consent banner
    on some, "Top stories" heading. Each article: the partner's name alone, with "+ Follow"
    or with its age ("X · 2h") over the title, or under it "Story by A • X" or "A, X" with
    a time line; the text, with "Continue reading" before its last paragraphs on some; the
    partner's copyright line on some; reactions and "View comments". Between articles a
    "Sponsored Content" carousel and a "More for you" list of headlines with their partners;
    the footer's language and region picker, a Polish line in it or in the carousel.

    Outlet rule: every article is credited to the partner's display name, which its credit
    line (above or below the title) always shows."""
    portal, services, owner = rng.choice(_PARTNER_PORTALS)
    day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    forms = rng.sample([*_PARTNER_CREDITS_ABOVE, *_PARTNER_CREDITS_BELOW], rng.randint(2, 3))
    style = rng.choice(("blank", "tight"))
    polish_in_carousel = rng.random() < 0.5
    carousel_after = rng.randrange(len(articles) - 1)
    city = _partner_masthead(b, rng, portal, services, day)
    for number, article in enumerate(articles):
        _partner_article(b, rng, article, rng.choice(forms), style, portal, day)
        if number == len(articles) - 1:
            break
        if number == carousel_after:
            b.blank()
            b.add(rng.choice(("Sponsored Content", "Sponsored content  ‹  ›")), "sponsored")
            cards = [(t.format(city=city), a) for t, a in rng.sample(_PARTNER_SPONSORED, rng.randint(2, 4))]
            if polish_in_carousel:
                cards.insert(rng.randint(0, len(cards)), _PARTNER_POLISH_AD)
            for headline, advertiser in cards:
                b.add(headline, "sponsored")
                b.add(advertiser, "sponsored")
        elif rng.random() < 0.45:
            _partner_more_for_you(b, rng, ctx)
    b.blank()
    b.add(rng.choice(("See more stories", "Load more ⌄")), "readmore")
    b.blank()
    b.add(f"🌐 English ({rng.choice(('United States', 'United Kingdom', 'Canada'))}) ▾", "footer")
    if not polish_in_carousel:
        b.add(_PARTNER_POLISH_PICKER, "footer")
    b.add("Privacy & cookies  ·  Terms of use  ·  Advertise  ·  About our ads  ·  Help  ·  Feedback", "footer")
    b.add(rng.choice(("Stories from partners are provided by the publishers named on them.", "Partner content is not written or edited by our staff.")), "footer")
    b.add(f"© {day.year} {owner}", "copyright")


def _partner_masthead(b: _PageBuilder, rng: random.Random, portal: str, services: str, day: date) -> str:
    """The portal's bar, its weather and markets widgets, a consent banner on some; the city shown."""
    city, unit, low, high = rng.choice(_PARTNER_CITIES)
    temperature = rng.randint(low, high)
    b.add(portal, "header")
    b.add(services, "header")
    b.add(rng.choice(("Search the web", "🔍 Search or type a URL")), "header")
    b.add(f"{city}  {temperature}°{unit}  {rng.choice(_PARTNER_SKIES)}  H {temperature + rng.randint(2, 6)}° L {temperature - rng.randint(4, 9)}°", "header")
    quotes = []
    for name, level in rng.sample(_PARTNER_INDICES, 3):
        change = rng.uniform(-1.2, 1.2)
        quotes.append(f"{name} {level * rng.uniform(0.97, 1.03):,.2f} {'▲' if change >= 0 else '▼'}{abs(change):.2f}%")
    b.add("   ".join(quotes), "header")
    if rng.random() < 0.5:
        b.blank()
        b.add(f"{portal} and our partners use cookies to personalise your news and the ads you see.", "cookie")
        b.add(rng.choice(("Accept all    Reject all    Manage preferences", "[ I agree ]   [ Show purposes ]")), "cookie")
    b.blank()
    b.add(rng.choice(("Top stories", "News · Top stories", "Your news feed")), "section")
    b.add(f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}", "time")
    return city.split(",")[0]


def _partner_article(b: _PageBuilder, rng: random.Random, article: SourceArticle, form: str, style: str, portal: str, day: date) -> None:
    """One partner article: its credit above or below the title, the text, copyright and reactions."""
    outlet = display_name(article.outlet)
    author = rng.choice(AUTHORS)
    age = _ago(rng, ("{n}h", "{n} hours ago", "{n}h ago", "{n}0m"))
    b.blank()
    if form == "name":
        b.add(outlet, "outlet")
    elif form == "name + follow":
        b.add(f"{outlet}   + Follow", "outlet")
    elif form == "name · age":
        b.add(f"{outlet} · {age}", "outlet")
    b.add(article.title, "title")
    if form == "story by":
        b.add(f"Story by {author} • {outlet}", "byline")
        b.add(rng.choice((age, f"{_MONTHS[day.month - 1][:3]} {day.day}, {day.year}", f"{rng.randint(2, 9)} min read")), "time")
    elif form == "author, outlet":
        b.add(f"{author}, {outlet}", "byline")
        if rng.random() < 0.6:
            b.add(age, "time")
    elif form == "name" and rng.random() < 0.6:
        b.add(f"Story by {author} • {age}", "byline")  # the partner already named above
    elif form == "name + follow":
        b.add(f"{age} · {rng.randint(2, 9)} min read", "time")
    b.blank()
    slots = len(article.paragraphs) - 1
    continue_at = rng.randrange(min(slots, 3)) if slots >= 2 and rng.random() < 0.3 else -1

    def continue_button(position: int) -> None:
        # The portal shows the first paragraphs, then a button that expands the rest below it.
        if position == continue_at:
            if style == "blank":
                b.blank()
            b.add(rng.choice(("Continue reading", "Continue Reading ⌄")), "readmore")

    b.start(article, outlet, article.title)
    write_body(b, article, style, rng, between=continue_button)
    b.end()
    b.blank()
    if rng.random() < 0.4:
        b.add(rng.choice(_PARTNER_COPYRIGHTS).format(o=outlet, y=day.year, portal=portal), "outlet")
    b.add(f"👍 {rng.randint(3, 900)}   😮 {rng.randint(0, 60)}   😢 {rng.randint(0, 120)}", "comments")
    b.add(rng.choice(("View comments", f"View {rng.randint(2, 480)} comments", "💬 View comments")), "comments")


def _partner_more_for_you(b: _PageBuilder, rng: random.Random, ctx: PageContext) -> None:
    """The "More for you" list: other stories' headlines, each with its partner and age on some pages."""
    b.blank()
    b.add(rng.choice(("More for you", "MORE FOR YOU")), "readmore")
    with_partner = rng.random() < 0.6
    for headline in rng.sample(ctx.other_titles, min(rng.randint(3, 5), len(ctx.other_titles))):
        b.add(headline, "readmore")
        if with_partner:
            b.add(f"{rng.choice(_PARTNER_OTHERS)} · {_ago(rng, ('{n}h', '{n}d'))}", "readmore")


# --------------------------------------------------------------------------- a local TV station's website


#: Call letters, channel, the market's name, time zone, city, and the station's owner.
_STATIONS = (
    ("WQDX", "9", "the Ridgeview Valley", "EDT", "Ridgeview, Ohio", "Pellham Broadcasting Co."),
    ("KBLV", "4", "the High Desert", "MDT", "Las Cruces, N.M.", "Sagebrush Media Group"),
    ("WHNR", "12", "Lake Country", "CDT", "Oshkosh, Wis.", "Northwoods Television, LLC"),
    ("KSNQ", "7", "the Coastal Bend", "CDT", "Corpus Christi, Texas", "Gulfside Broadcasting, Inc."),
    ("KPRW", "2", "the North Valley", "PDT", "Redding, Calif.", "Shasta Peak Media"),
)
_STATION_MENUS = (
    "News   Weather   Traffic   Sports   Video   Investigations   Community   Contests   Jobs",
    "NEWS | WEATHER | SPORTS | WATCH | {ch} ON YOUR SIDE | CONNECT | CLOSINGS",
    "Local  ·  National  ·  Weather  ·  First Alert Radar  ·  Sports  ·  Live  ·  Shows  ·  About Us",
)
_STATION_ALERTS = (
    "Winter Storm Warning", "Flood Watch", "Severe Thunderstorm Watch", "Heat Advisory", "Wind Advisory", "Dense Fog Advisory",
)
_STATION_COUNTIES = ("Ashby", "Greer", "Marlow", "Kittredge", "Dunmore", "Pell", "Oakes")
_STATION_KICKERS = ("U.S. & WORLD", "FROM OUR NETWORK", "ACROSS AMERICA", "GLOBAL", "TRENDING NOW", "WIRE STORY", "POLITICS")
_STATION_VIDEOS = (
    "VIDEO: The latest on this developing story from our network partners",
    "VIDEO: {call} {ch}'s noon headlines",
    "VIDEO: Raw footage shared with our newsroom",
    "VIDEO: What we know so far ({m}:{s:02d})",
    "VIDEO: Our network correspondent reports",
)
_STATION_APP_PROMOS = (
    "📲 Download the free {call} {ch} News app for breaking news alerts on your phone.",
    "Get First Alert weather warnings wherever you are: download our app from the App Store or Google Play.",
    "Stream {call} {ch} newscasts on your TV for free — find us on Roku, Fire TV and Apple TV.",
)
#: Copyright lines the station prints under agency copy, in its own wording.
_STATION_AGENCY_RIGHTS = (
    "This {o} report is copyright {y} and may not be rebroadcast, republished or rewritten in any form.",
    "Material from {o}, copyright {y}. {call} carries it under license; redistribution is not permitted.",
    "All content © {y} {o}. Reuse of any kind requires the written consent of the copyright holder.",
)
#: Chinese (Traditional): "Chinese news · Read our Chinese-language reports here", "Chinese news ›".
_STATION_CHINESE = ("中文新聞 · 在這裡閱讀本台中文報道", "中文新聞 ›")
#: The agencies' tags in the datelines their reporters file: "MOSCOW (AP) --", "(Reuters) -".
_AGENCY_TAGS = {"AP": "AP", "AFP": "AFP", "UPI": "UPI", "reuters.com": "Reuters"}


def _local_tv_station_site(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A local TV station's website carrying network, partner and wire stories, saved as
    text: call letters and channel, a tagline, the menu, a "Watch live" banner, a weather
    alert line, the temperature on some. Each story: a kicker, the title, "By A, X", "X
    Staff" or "Source: X" (agency copy may instead carry only its own dateline, "MOSCOW
    (AP) --" in the first paragraph), "Updated: 4:12 PM EDT Mar 3, 2024" under a "Posted:"
    line on some, a "VIDEO: ..." caption before the text or between paragraphs, an app
    promo between paragraphs on some, the station's copyright notice under agency copy on
    some, a share row, a "Recommended" box. The footer: the station's address, closed
    captioning, EEO and FCC public file links; a Chinese-language link in the menu or footer.

    Outlet rule: a story is credited to its display name where a line names it, and to the
    agency's tag ("AP", "AFP", "UPI", "Reuters") where only the text's own dateline does."""
    call, channel, market, zone, city, owner = rng.choice(_STATIONS)
    day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    style = rng.choice(("blank", "tight"))
    chinese_in_menu = rng.random() < 0.5
    share_row = rng.choice(("Share ▸ Facebook · X · Email · Text", "f   𝕏   ✉   🔗 Copy link", "SHARE  |  TWEET  |  EMAIL"))
    b.add(rng.choice((f"{call} {channel}", f"NEWS {channel} {call}", f"{call}-TV Channel {channel}")), "header")
    b.add(rng.choice((f"Working for {market}", f"{market[4:] if market.startswith('the ') else market}'s News Leader", "Coverage you can count on")), "header")
    b.add(rng.choice(_STATION_MENUS).format(ch=channel) + (f"   {rng.choice(_STATION_CHINESE)}" if chinese_in_menu else ""), "header")
    b.blank()
    b.add(rng.choice((f"🔴 WATCH LIVE: {call} {channel} News at {rng.choice(('Noon', '5', '6', '10'))}", f"▶ Watch live — {channel} News This Morning", "LIVE NOW ● Streaming on our website and app")), "header")
    alert = rng.choice(_STATION_ALERTS)
    counties = " and ".join(rng.sample(_STATION_COUNTIES, 2))
    b.add(rng.choice((
        f"⚠ WEATHER ALERT: {alert} for {counties} counties until {rng.randint(1, 11)} {rng.choice(('AM', 'PM'))} {_WEEKDAYS[rng.randrange(7)]}",
        f"{rng.randint(2, 5)} weather alerts in effect for our area · View all alerts",
    )), "header")
    if rng.random() < 0.5:
        b.add(f"{rng.randint(30, 88)}° {city.split(',')[0]}  ·  First Alert Forecast ›", "header")
    for number, article in enumerate(articles):
        _station_story(b, rng, article, (call, channel, zone), day, style, share_row)
        if number < len(articles) - 1 and rng.random() < 0.5:
            b.blank()
            b.add(rng.choice(("Recommended", "RECOMMENDED FOR YOU")), "readmore")
            for headline in rng.sample(ctx.other_titles, min(rng.randint(2, 3), len(ctx.other_titles))):
                b.add(headline, "readmore")
    b.blank()
    b.add(f"{call} {channel}  ·  {rng.randint(100, 4999)} Broadcast Plaza, {city}", "footer")
    b.add(rng.choice((
        "Closed Captioning Contact  |  EEO Public File Report  |  FCC Public File  |  FCC Applications  |  Accessibility",
        "FCC Public File · EEO Report · Closed Captioning · Terms of Service · Privacy · Ad Choices",
    )), "footer")
    b.add(f"Anyone with a disability needing help with our public file may call {rng.randint(200, 989)}-555-{rng.randint(1000, 9999)}.", "footer")
    if not chinese_in_menu:
        b.add(_STATION_CHINESE[0], "footer")
    b.add(f"© {day.year} {owner.rstrip('.')}. All rights reserved.", "copyright")


def _station_story(
    b: _PageBuilder, rng: random.Random, article: SourceArticle, station: tuple[str, str, str], day: date, style: str, share_row: str
) -> None:
    """One story: kicker, title, credit, stamps, video caption, text, agency copyright, share row."""
    call, channel, zone = station
    outlet = display_name(article.outlet)
    tag = _AGENCY_TAGS.get(article.outlet)
    in_dateline = bool(tag) and f"({tag})" in article.paragraphs[0][:60]
    forms = ["by name, outlet", "source", *([] if "." in outlet else ["outlet staff"]), *(["dateline only"] * 2 if in_dateline else [])]
    form = rng.choice(forms)
    agency_name = f"The {outlet}" if outlet == "Associated Press" else outlet
    rights = rng.choice(_STATION_AGENCY_RIGHTS) if tag and rng.random() < 0.6 else ""
    # Only the dateline names the agency, and names it by its tag.
    shown = tag if form == "dateline only" and not rights else outlet
    b.blank()
    b.add(rng.choice(_STATION_KICKERS), "section")
    b.add(article.title, "title")
    if form == "by name, outlet":
        b.add(f"By {rng.choice(AUTHORS)}, {agency_name if tag else outlet}", "byline")
    elif form == "outlet staff":
        # An agency's copy comes "By The Associated Press"; a site named by its domain has no staff line.
        b.add(f"By {agency_name}" if tag else f"{outlet} Staff", "byline")
    elif form == "source":
        b.add(f"Source: {outlet}", "outlet")
    updated = rng.randint(6 * 60, 22 * 60)
    stamp = f"{_MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    if rng.random() < 0.4:
        b.add(f"Posted: {_clock(updated - rng.randint(40, 300), True)} {zone} {stamp}", "time")
    b.add(f"Updated: {_clock(updated, True)} {zone} {stamp}", "time")
    video = rng.choice(_STATION_VIDEOS).format(call=call, ch=channel, m=rng.randint(0, 3), s=rng.randint(5, 59))
    slots = len(article.paragraphs) - 1
    video_at = rng.choice((-2, -1, rng.randrange(max(1, slots)))) if slots else -2  # -2 none, -1 above the text
    promo_at = rng.randrange(slots) if slots >= 2 and rng.random() < 0.35 else -1

    def inline(position: int) -> None:
        # The embedded player and the app promo stand between paragraphs, set apart.
        for at, text, label in ((video_at, video, "caption"), (promo_at, rng.choice(_STATION_APP_PROMOS).format(call=call, ch=channel), "newsletter")):
            if position == at:
                if style == "blank":
                    b.blank()
                b.add(text, label)

    b.blank()
    if video_at == -1:
        b.add(video, "caption")
        b.blank()
    b.start(article, shown, article.title)
    write_body(b, article, style, rng, between=inline)
    b.end()
    if rights:
        b.blank()
        b.add(rights.format(o=agency_name, y=day.year, call=call), "outlet")
    b.add(share_row, "share")


# --------------------------------------------------------------------------- an aggregator in another language


@dataclass(frozen=True)
class _ForeignUi:
    """An aggregator's interface in one language; the articles it carries stay in English."""

    sites: tuple[str, ...]
    menu: str
    cookie: tuple[str, str, str]  # heading, text, buttons
    sections: tuple[str, ...]
    sources: tuple[str, ...]  # how an article's outlet is shown: {o} the outlet, {t} a time
    times: tuple[str, ...]  # relative times: {n} a number, {c} a clock time
    share: tuple[str, ...]
    related: tuple[str, ...]  # the heading of the related list
    local_headlines: tuple[str, ...]
    ad_label: str
    ads: tuple[str, ...]
    original: str  # a link to the article on the outlet's site: {site}
    translate: str
    more: str
    footer: tuple[str, str]
    rights: str  # {y} year, {s} site


_FOREIGN_UIS = {
    "German": _ForeignUi(
        ("Nachrichtenschau", "Blickpunkt Welt"),
        "Startseite  Politik  Wirtschaft  Panorama  Wissen  Digital  Sport  Meinung",
        ("Wir respektieren Ihre Privatsphäre", "Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren   Einstellungen   Nur notwendige"),
        ("Welt", "Panorama", "Politik", "Gesellschaft", "Digital"),
        ("Quelle: {o}", "{o} · {t}", "Von {o}"),
        ("vor {n} Stunden", "vor {n} Min.", "Heute, {c} Uhr"),
        ("Teilen  ·  WhatsApp  ·  E-Mail  ·  Merken", "Artikel teilen ⤴   Link kopieren"),
        ("Mehr zum Thema", "Das könnte Sie auch interessieren"),
        ("Was bisher bekannt ist – ein Überblick", "Reaktionen aus Berlin: Regierung äußert sich", "Fragen und Antworten zum Fall", "Bilder des Tages"),
        "Gesponserter Inhalt",
        ("Jetzt Stromtarif vergleichen und bis zu 400 € im Jahr sparen", "Sprachreisen für Erwachsene: zwei Wochen Malta ab 899 €"),
        "Zum Originalartikel auf {site} ›",
        "Automatisch übersetzen  ·  Original (Englisch) anzeigen",
        "Weitere Nachrichten laden",
        ("Impressum  ·  Datenschutz  ·  AGB  ·  Cookie-Einstellungen  ·  Kontakt", "Alle Artikel sind Eigentum der jeweiligen Verlage."),
        "© {y} {s} – Alle Rechte vorbehalten",
    ),
    "Portuguese": _ForeignUi(
        ("Manchete Global", "Giro de Notícias"),
        "Início  Mundo  Política  Economia  Tecnologia  Ciência  Esportes  Entretenimento",
        ("Sua privacidade", "Usamos cookies para melhorar sua experiência e exibir anúncios relevantes. Ao continuar navegando, você concorda.", "Aceitar   Recusar   Configurar"),
        ("Mundo", "Internacional", "Tecnologia", "Curiosidades", "Política"),
        ("Fonte: {o}", "{o} · {t}", "Por {o}"),
        ("há {n} horas", "há {n} min", "Hoje, {c}"),
        ("Compartilhar:  Facebook  ·  WhatsApp  ·  X  ·  Copiar link", "Compartilhe  |  Salvar para depois"),
        ("Leia também", "Veja mais"),
        ("Entenda o caso em cinco pontos", "O que se sabe até agora", "Repercussão nas redes sociais", "Fotos: as imagens mais marcantes do dia"),
        "Conteúdo patrocinado",
        ("Cartão sem anuidade e com cashback: peça o seu em minutos", "Curso de inglês online com 50% de desconto no primeiro mês"),
        "Leia a matéria original em {site} ›",
        "Traduzir para o português  ·  Ver original (inglês)",
        "Carregar mais notícias",
        ("Sobre nós  ·  Termos de uso  ·  Política de privacidade  ·  Anuncie  ·  Fale conosco", "Os textos pertencem aos veículos de origem."),
        "© {y} {s}. Todos os direitos reservados.",
    ),
    "French": _ForeignUi(
        ("Fil d'Actu", "L'Agrégateur"),
        "Accueil  Monde  Politique  Économie  Sciences  High-tech  Sports  Culture",
        ("Vos choix en matière de cookies", "Nous utilisons des traceurs pour mesurer l'audience et vous proposer des contenus adaptés.", "Tout accepter   Continuer sans accepter   Paramétrer"),
        ("Monde", "International", "Société", "Faits divers", "High-tech"),
        ("Source : {o}", "{o} · {t}", "Par {o}"),
        ("il y a {n} heures", "il y a {n} min", "Aujourd'hui à {c}"),
        ("Partager  ·  Facebook  ·  X  ·  E-mail  ·  Copier le lien", "Partager l'article   Enregistrer"),
        ("À lire aussi", "Sur le même sujet"),
        ("Ce que l'on sait de l'affaire", "Les réactions se multiplient", "Décryptage : pourquoi ça compte", "En images : la journée en photos"),
        "Contenu sponsorisé",
        ("Isolation des combles : profitez des aides de l'État, simulation gratuite", "Votre mutuelle santé à partir de 19 € par mois. Devis en ligne"),
        "Lire l'article original sur {site} ›",
        "Traduire en français  ·  Voir l'original (anglais)",
        "Afficher plus d'articles",
        ("Mentions légales  ·  Confidentialité  ·  Gestion des cookies  ·  Contact  ·  Publicité", "Les articles restent la propriété de leurs éditeurs."),
        "© {y} {s} — Tous droits réservés",
    ),
    "Dutch": _ForeignUi(
        ("NieuwsStroom", "Kopregels.nl"),
        "Home  Binnenland  Buitenland  Economie  Tech  Wetenschap  Sport  Cultuur",
        ("Cookies op deze site", "Wij en onze partners gebruiken cookies om de site te verbeteren en advertenties af te stemmen.", "Akkoord   Weigeren   Instellingen aanpassen"),
        ("Buitenland", "Wereld", "Opmerkelijk", "Tech", "Politiek"),
        ("Bron: {o}", "{o} · {t}", "Via {o}"),
        ("{n} uur geleden", "{n} min geleden", "Vandaag, {c}"),
        ("Delen  ·  WhatsApp  ·  Facebook  ·  Mail", "Deel dit artikel   Bewaar"),
        ("Meer over dit onderwerp", "Lees ook"),
        ("Dit is wat we tot nu toe weten", "Reacties stromen binnen", "Vijf vragen over de zaak", "De dag in beeld"),
        "Gesponsorde inhoud",
        ("Energiecontract vergelijken? Bespaar tot € 350 per jaar", "Fietsvakantie langs de Rijn, nu 15% korting"),
        "Lees het originele artikel op {site} ›",
        "Vertalen naar het Nederlands  ·  Origineel tonen (Engels)",
        "Meer nieuws laden",
        ("Colofon  ·  Privacy  ·  Cookiebeleid  ·  Adverteren  ·  Contact", "Artikelen zijn eigendom van de oorspronkelijke uitgevers."),
        "© {y} {s} – Alle rechten voorbehouden",
    ),
    "Italian": _ForeignUi(
        ("Notiziario Web", "Rassegna Mondo"),
        "Home  Cronaca  Esteri  Politica  Economia  Tecnologia  Sport  Spettacoli",
        ("Informativa sui cookie", "Noi e i nostri partner utilizziamo cookie per personalizzare contenuti e annunci e analizzare il traffico.", "Accetta tutto   Rifiuta   Personalizza"),
        ("Esteri", "Mondo", "Curiosità", "Tecnologia", "Politica"),
        ("Fonte: {o}", "{o} · {t}", "Da {o}"),
        ("{n} ore fa", "{n} minuti fa", "Oggi, {c}"),
        ("Condividi  ·  WhatsApp  ·  Facebook  ·  Email", "Condividi l'articolo   Salva"),
        ("Leggi anche", "Potrebbe interessarti"),
        ("Cosa sappiamo finora", "Le reazioni dal mondo", "Il caso spiegato in tre punti", "Le foto della giornata"),
        "Contenuto sponsorizzato",
        ("Luce e gas: confronta le offerte e risparmia fino al 30%", "Vacanze in Sardegna, last minute da 59 € a notte"),
        "Leggi l'articolo originale su {site} ›",
        "Traduci in italiano  ·  Mostra originale (inglese)",
        "Carica altre notizie",
        ("Chi siamo  ·  Privacy  ·  Cookie policy  ·  Pubblicità  ·  Contatti", "Gli articoli appartengono alle rispettive testate."),
        "© {y} {s} – Tutti i diritti riservati",
    ),
}


def _foreign_ui_aggregator(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A news aggregator whose interface is German, Portuguese, French, Dutch or Italian,
    carrying English articles, saved as text: the site's name and menu, its cookie banner
    at the top or the foot, a section heading. Each article: a section kicker on some, the
    outlet in the site's format ("Quelle: X", "Fonte: X", "Source : X", "Bron: X", "X ·
    vor 3 Stunden", "Par X") over or under the English title, the site's time stamp
    ("il y a 4 heures", "há 2 horas"), a translate button on some, the English text, a link
    to the original on the outlet's site on some, the share row in the site's language.
    Between articles a related list ("Mehr zum Thema", "Leia também") with English or local
    headlines, and a sponsored box in the site's language; "load more" and the footer.

    Outlet rule: every article is credited to its display name, which its source line shows."""
    ui = _FOREIGN_UIS[rng.choice(sorted(_FOREIGN_UIS))]
    site = rng.choice(ui.sites)
    day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    source_forms = rng.sample(ui.sources, 2)
    source_first = rng.random() < 0.5  # the source line over the title, or under it
    cookie_on_top = rng.random() < 0.6
    style = rng.choice(("blank", "tight"))
    share = rng.choice(ui.share)
    b.add(site, "header")
    b.add(ui.menu, "header")
    if cookie_on_top:
        _foreign_cookie_banner(b, ui)
    b.blank()
    b.add(rng.choice(ui.sections), "section")
    for number, article in enumerate(articles):
        _foreign_article(b, rng, article, ui, rng.choice(source_forms), source_first, style)
        b.add(share, "share")
        if number == len(articles) - 1:
            break
        if rng.random() < 0.5:
            b.blank()
            b.add(rng.choice(ui.related), "readmore")
            english = rng.sample(ctx.other_titles, min(2, len(ctx.other_titles)))
            for headline in rng.sample([*english, *rng.sample(ui.local_headlines, 2)], rng.randint(2, 4)):
                b.add(f"› {headline}", "readmore")
        if rng.random() < 0.35:
            _ad_box(b, ui.ad_label, rng.choice(ui.ads))
    b.blank()
    b.add(ui.more, "readmore")
    b.blank()
    if not cookie_on_top:
        _foreign_cookie_banner(b, ui)
        b.blank()
    for line in ui.footer:
        b.add(line, "footer")
    b.add(ui.rights.format(y=day.year, s=site), "copyright")


def _foreign_cookie_banner(b: _PageBuilder, ui: _ForeignUi) -> None:
    b.blank()
    for line in ui.cookie:
        b.add(line, "cookie")


def _foreign_article(
    b: _PageBuilder, rng: random.Random, article: SourceArticle, ui: _ForeignUi, source_form: str, source_first: bool, style: str
) -> None:
    """One carried article: kicker, source line and title, time, translate button, text, original link."""
    outlet = display_name(article.outlet)
    when = rng.choice(ui.times).format(n=rng.randint(2, 11), c=_clock(rng.randint(6 * 60, 23 * 60), False))
    source = source_form.format(o=outlet, t=when)
    b.blank()
    if rng.random() < 0.4:
        b.add(rng.choice(ui.sections).upper(), "section")
    if source_first:
        b.add(source, "outlet")
    b.add(article.title, "title")
    if not source_first:
        b.add(source, "outlet")
    if "{t}" not in source_form:
        b.add(when, "time")
    if rng.random() < 0.3:
        b.add(ui.translate, "share")
    b.blank()
    b.start(article, outlet, article.title)
    write_body(b, article, style, rng)
    b.end()
    if rng.random() < 0.35:
        b.blank()
        b.add(ui.original.format(site=_site(article.outlet)), "outlet")


# --------------------------------------------------------------------------- shared by the three layouts below


def _grouped_by_outlet(articles: list[SourceArticle]) -> list[SourceArticle]:
    """The articles with each outlet's together, in the order the outlets first come: a run of
    one outlet's articles where the draw holds several."""
    order = list(dict.fromkeys(a.outlet for a in articles))
    return sorted(articles, key=lambda a: order.index(a.outlet))


def _ocr_noise(rng: random.Random, text: str, chance: float) -> str:
    """A furniture line as OCR sometimes reads it: a ligature kept ("ﬁ"), a word broken by a
    space, "rn" read as "m" or an "l" as "I". Article text is never garbled: its words are
    the source's."""
    if rng.random() >= chance:
        return text
    kind = rng.choice(("ligature", "split", "letters"))
    if kind == "ligature" and ("fi" in text or "fl" in text):
        return text.replace("fi", "ﬁ").replace("fl", "ﬂ")
    long_words = re.findall(r"[A-Za-z]{7,}", text)
    if kind == "split" and long_words:
        word = rng.choice(long_words)
        cut = rng.randint(3, len(word) - 3)
        return text.replace(word, f"{word[:cut]} {word[cut:]}", 1)
    if "rn" in text:
        return text.replace("rn", "m", 1)
    return text.replace("l", "I", 1)


# --------------------------------------------------------------------------- a web archive's capture of a portal


#: Web archives (invented): name, host, the collection a capture came from and the line
#: describing it, as the archive's "About this capture" panel gives them.
_ARCHIVES = (
    ("The Backfile Machine", "backfile.org", "Backfile Broad Crawl",
     "The broad crawl visits the home pages of news sites several times a day; its captures join the archive after a short embargo."),
    ("Webrecall", "webrecall.org", "News Portals Collection",
     "Started in 2009, this collection keeps daily copies of news portals and aggregators for researchers and the public."),
    ("Stacks Web Archive", "stacks-archive.org", "Media Watch Crawl",
     "Pages in this crawl were nominated by librarians as a record of how the news was presented online."),
    ("Permaweb", "permaweb.net", "Save Page Now",
     "This page was saved on request by a visitor using the archive's save-a-page feature."),
)
#: Captured aggregators and portals (invented): name, domain, tagline, menu, owner.
_CAPTURED_PORTALS = (
    ("NewsNest", "newsnest.com", "The day's news from every corner of the web",
     "Home | World | UK | US | Politics | Tech | Weird News | Video", "NewsNest Media Ltd"),
    ("Headline Harbor", "headlineharbor.net", "All the headlines, all in one place",
     "Top Stories  World  Business  Science  Entertainment  Odd News", "Harbor Interactive Inc."),
    ("TopWire", "topwire.co.uk", "Britain's news at a glance", "NEWS · SPORT · MONEY · SHOWBIZ · TECH · TRAVEL", "TopWire Digital Ltd"),
    ("PressFeed", "pressfeed.com", "Breaking news from 5,000 sources", "Latest  World  U.S.  Politics  Tech  Science  Offbeat", "PressFeed LLC"),
)
#: How the captured portal credits an article: "X · 3 Nov 2014 08:12" or "08:12 | X" over
#: the title, "X - 3 hours ago" or "From domain, 3 Nov 2014" under it, or X in capitals over
#: it with "Posted ..." under it.
_CAPTURE_CREDITS = ("name · stamp", "clock | name", "name - ago", "from domain", "caps + posted")
_CAPTURE_SPONSORED = (
    "Doctors can't explain why this simple habit works so well",
    "You won't believe what the cast of this 90s sitcom looks like now",
    "Homeowners in your area are getting solar panels for free",
    "The credit card experts call the best of the year",
)
#: The captured portal's one ad in another language: Swedish ("Advert" / "Save up to 40% on
#: your electricity bill – compare contracts in two minutes"; "Sponsored content" / "Your
#: dream trip to Thailand from 4,995 kronor – book by Sunday!").
_CAPTURE_SWEDISH = (
    ("Annons", "Spara upp till 40 % på elräkningen – jämför elavtal på två minuter. Elpriskollen.se"),
    ("Sponsrat innehåll", "Drömresan till Thailand från 4 995 kr – boka senast på söndag!"),
)


def _web_archive_capture(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A web archive's capture of a news aggregator or portal, saved or copied as text. At the
    top the archive's toolbar as a copy leaves it: "Archive - archive URL" (twice on some
    pages), the captured address and "Go", "214 captures", the date range, the calendar's
    months, day and years, "success"/"fail", "About this capture" with the collection and a
    sentence describing it; or a one-line banner "Capture of URL taken ..." with previous and
    next captures. Then the captured portal: name, tagline, menu, date and "Top stories";
    each article with its credit in the portal's form ("X · 3 Nov 2014 08:12", "08:12 | X",
    "X - 3 hours ago", "From domain, 3 Nov 2014", "X" in capitals over the title with
    "Posted ..." under it), a byline on some, "[Image not archived]" placeholders, "Related:"
    links inside some texts, "Read the full story at X »" under some, share and comment
    lines, related stories. An article paginated on the portal goes on after "Page 1 of 2
    Next ›" and the archive's "[continued on captured page 2]" note, under the archive's
    banner repeated for the page-2 capture, the portal's header and the title again ("(page
    2)"), between two paragraphs or inside one. Sponsored links between articles, one box in
    Swedish; the portal's footer and copyright; the archive's notes at the bottom.

    Outlet rule: an article is credited to its display name, or to its domain where the
    portal shows only the domain ("From domain, ..."); the read-more line names it the same
    way."""
    archive, host, collection, about = rng.choice(_ARCHIVES)
    portal, domain, tagline, menu, owner = rng.choice(_CAPTURED_PORTALS)
    captured = datetime(rng.randint(2013, 2016), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    page_url = f"http://www.{domain}/{rng.choice(('', 'world/', 'news/latest', 'h/World+News', 'index.html'))}"
    captures = rng.randint(12, 4800)
    full_toolbar = rng.random() < 0.65
    forms = rng.sample(_CAPTURE_CREDITS, rng.randint(1, 2))
    style = rng.choice(("blank", "tight"))
    if rng.random() < 0.4:
        articles = _grouped_by_outlet(articles)
    splittable = [i for i, a in enumerate(articles) if len(a.paragraphs) >= 3 or any(len(sentences(p)) >= 4 for p in a.paragraphs)]
    continued = set(rng.sample(splittable, min(len(splittable), rng.choice((0, 1, 1, 2)))))
    swedish_after = rng.randrange(len(articles) - 1) if rng.random() < 0.85 else -1

    _capture_toolbar(b, rng, archive, host, collection, about, page_url, captured, captures, full_toolbar)
    if rng.random() < 0.3:
        b.add(rng.choice(("Skip to main content", "Skip to navigation")), "header")
    b.add(portal.upper() if rng.random() < 0.4 else portal, "header")
    b.add(tagline, "header")
    b.add(menu, "header")
    b.add(f"{captured:%A} {captured.day} {_MONTHS[captured.month - 1]} {captured.year} · Last updated {captured:%H:%M} GMT", "header")
    if rng.random() < 0.4:
        b.add(rng.choice(("We use cookies. By using this site you agree to our cookie policy. [OK]",
                          f"{portal} uses cookies to improve your experience. Find out more | Close")), "cookie")
    b.blank()
    b.add(rng.choice(("Top Stories", "TOP STORIES", "Latest headlines", "Most popular right now")), "section")
    for number, article in enumerate(articles):

        def next_capture(article: SourceArticle = article) -> None:
            _capture_page_two(b, rng, archive, host, portal, domain, menu, article, captured, captures, full_toolbar)

        _captured_article(b, rng, article, rng.choice(forms), style, captured, ctx, next_capture if number in continued else None)
        if number == len(articles) - 1:
            break
        if number == swedish_after:
            _ad_box(b, *rng.choice(_CAPTURE_SWEDISH))
        elif rng.random() < 0.3:
            b.blank()
            b.add(rng.choice(("Sponsored Links", "Around the web", "Promoted stories")), "sponsored")
            for headline in rng.sample(_CAPTURE_SPONSORED, 2):
                b.add(headline, "sponsored")
            b.add(rng.choice(("Recommended by Linkly", "Ads by Clickwell", "Sponsored · AdChoices")), "sponsored")
    b.blank()
    b.add(rng.choice(("Load more stories", "Older stories »", "‹ Newer | Older ›")), "readmore")
    b.blank()
    b.add(f"About {portal} | Contact us | Advertise | Privacy policy | Terms of use | Sitemap", "footer")
    b.add(rng.choice(("Headlines link to the publishers' own sites; stories belong to their publishers.",
                      f"{portal} is not responsible for the content of external sites.")), "footer")
    b.add(f"© {captured.year} {owner}. All rights reserved.", "copyright")
    b.blank()
    b.add(f"Captured by {archive} on {captured.day} {_MONTHS[captured.month - 1]} {captured.year} at {captured:%H:%M:%S} UTC. "
          "Images, ads and scripts may be missing or come from other captures.", "footer")
    b.add(f"{archive} · About · Terms of Use · Privacy · Removal requests", "footer")


def _capture_stamp(when: datetime) -> str:
    return f"{when:%Y%m%d%H%M%S}"


def _capture_toolbar(
    b: _PageBuilder, rng: random.Random, archive: str, host: str, collection: str, about: str, url: str, when: datetime,
    captures: int, full: bool,
) -> None:
    """The archive's toolbar over a capture, as a copy of the page leaves it."""
    address = f"https://{host}/web/{_capture_stamp(when)}/{url}"
    first = date(rng.randint(2004, when.year - 1), rng.randint(1, 12), rng.randint(1, 28))
    last = date(rng.randint(when.year + 1, 2024), rng.randint(1, 12), rng.randint(1, 28))
    if not full:
        b.add(f"{archive} | Capture of {url} taken {when.day} {_MONTHS[when.month - 1]} {when.year} {when:%H:%M:%S} UTC", "header")
        before, after = when - timedelta(days=rng.randint(1, 9)), when + timedelta(days=rng.randint(1, 9))
        b.add(f"« Previous capture ({before.day} {before:%b} {before.year}) · Next capture ({after.day} {after:%b} {after.year}) » · "
              f"All {captures:,} captures", "header")
        if rng.random() < 0.6:
            b.add("This is an archived page. Links may lead to other captures or to the live web.", "header")
        b.blank()
        return
    b.add(f"{archive} - {address}", "header")
    if rng.random() < 0.3:  # the page's <title> and the toolbar both give it
        b.add(f"{archive} - {address}", "header")
    b.add(f"{url}\tGo" if rng.random() < 0.5 else f"{url}  Go", "header")
    b.add(f"{captures:,} captures", "header")
    b.add(f"{first.day:02d} {first:%b} {first.year} - {last.day:02d} {last:%b} {last.year}", "header")
    months = [_MONTHS[(when.month - 2 + k) % 12][:3].upper() for k in range(3)]
    b.add("\t".join(months), "header")
    b.add(f"{when.day:02d}", "header")
    b.add("\t".join(str(when.year + k) for k in (-1, 0, 1)), "header")
    if rng.random() < 0.5:
        b.add("success", "header")
        b.add("fail", "header")
    b.add("About this capture", "header")
    if rng.random() < 0.7:
        b.add("COLLECTED BY", "header")
        b.add(f"Collection: {collection}", "header")
        b.add(about, "header")
        b.add("TIMESTAMPS", "header")
    b.blank()


def _capture_page_two(
    b: _PageBuilder, rng: random.Random, archive: str, host: str, portal: str, domain: str, menu: str, article: SourceArticle,
    when: datetime, captures: int, full: bool,
) -> None:
    """Where a paginated article breaks: the portal's pager, the archive's note, and the
    page-2 capture's banner, the portal's header and the title again."""
    b.blank()
    b.add(rng.choice(("Page 1 of 2   Next ›", "1 | 2 | Next page »", "Continue to page 2 →")), "readmore")
    b.blank()
    b.add(rng.choice(("[continued on captured page 2]", "[Continued in the next capture: page 2]", "— continued on captured page 2 —")), "readmore")
    b.blank()
    later = when + timedelta(minutes=rng.randint(0, 3), seconds=rng.randint(1, 59))
    words = re.sub(r"[^a-z0-9 ]+", "", article.title.lower()).split()
    url = f"http://www.{domain}/story/{'-'.join(words[:6]) or 'story'}?page=2"
    if full:
        b.add(f"{archive} - https://{host}/web/{_capture_stamp(later)}/{url}", "header")
        b.add(f"{url}  Go", "header")
        count = rng.randint(1, max(2, captures // 40))
        b.add(f"{count} capture{'s' if count > 1 else ''}", "header")
        b.add("About this capture", "header")
    else:
        b.add(f"{archive} | Capture of {url} taken {later.day} {_MONTHS[later.month - 1]} {later.year} {later:%H:%M:%S} UTC", "header")
    b.blank()
    b.add(portal, "header")
    if rng.random() < 0.6:
        b.add(menu, "header")
    b.blank()
    b.add(rng.choice(("{t} (page 2)", "{t}", "{t} — Page 2 of 2")).format(t=article.title), "title")
    b.blank()


def _captured_article(
    b: _PageBuilder, rng: random.Random, article: SourceArticle, form: str, style: str, captured: datetime, ctx: PageContext,
    page_two: Callable[[], None] | None,
) -> None:
    """One article as the portal shows it, its credit in ``form``; ``page_two`` writes the
    break of a paginated article, between two paragraphs or inside one."""
    outlet = display_name(article.outlet)
    shown = _site(article.outlet) if form == "from domain" else outlet
    posted = captured - timedelta(minutes=rng.randint(8, 900))
    stamp = f"{posted.day} {posted:%b} {posted.year}"
    b.blank()
    if form == "name · stamp":
        b.add(f"{outlet} · {stamp} {posted:%H:%M}", "outlet")
    elif form == "clock | name":
        b.add(f"{posted:%H:%M} | {outlet}", "outlet")
    elif form == "caps + posted":
        b.add(outlet.upper(), "outlet")
    b.add(article.title, "title")
    if form == "name - ago":
        hours = max(1, (captured - posted).seconds // 3600)
        b.add(f"{outlet} - {hours} hour{'s' if hours > 1 else ''} ago", "outlet")
    elif form == "from domain":
        b.add(f"From {shown}, {stamp}", "outlet")
    elif form == "caps + posted":
        b.add(f"Posted {stamp}, {posted:%H:%M}", "time")
    if rng.random() < 0.35:
        b.add(f"By {rng.choice(AUTHORS)}", "byline")
    if rng.random() < 0.3:
        b.add(rng.choice(("[Image not archived]", "[image: photo]", "Image unavailable in this capture")), "caption")
    if style == "blank":
        b.blank()
    # Where the portal paginates the article: (paragraph, sentences before the break).
    split: tuple[int, int] | None = None
    if page_two is not None:
        inside = [(i, k) for i, p in enumerate(article.paragraphs) if not is_residue(p) for k in range(1, len(sentences(p)))]
        between = [(i, 0) for i in range(1, len(article.paragraphs))]
        split = rng.choice(inside if inside and (rng.random() < 0.4 or not between) else between)
    related_at = rng.randrange(1, len(article.paragraphs)) if len(article.paragraphs) > 2 and rng.random() < 0.3 else -1
    b.start(article, shown, article.title)
    for position, paragraph in enumerate(article.paragraphs):
        if position and style == "blank":
            b.blank()
        if position == related_at and (split is None or split[0] != position):
            b.add(f"Related: {rng.choice(ctx.other_titles)}", "readmore")
            if style == "blank":
                b.blank()
        label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
        if split is not None and page_two is not None and split[0] == position:
            if split[1] == 0:
                page_two()
                b.body(paragraph, paragraph, label)
            else:
                parts = sentences(paragraph)
                head, tail = " ".join(parts[: split[1]]), " ".join(parts[split[1] :])
                b.body(head, head, label)
                page_two()
                b.body(tail, tail, label)
        else:
            b.body(paragraph, paragraph, label)
    b.end()
    if rng.random() < 0.4:
        b.add(rng.choice(("Read the full story at {o} »", "Read more at {o}", "Full story: {o} ›")).format(o=shown), "readmore")
    b.add(rng.choice(("Share: Facebook | Twitter | Google+ | Email", "f  t  g+  ✉", "Tweet   Share   Email")), "share")
    if rng.random() < 0.5:
        b.add(rng.choice((f"{rng.randint(2, 480)} comments", f"Comments ({rng.randint(0, 99)})")), "comments")
    if rng.random() < 0.35:
        b.add(rng.choice(("Related stories", "More on this story", "See also")), "readmore")
        for title in rng.sample(ctx.other_titles, min(2, len(ctx.other_titles))):
            b.add(f"» {title}", "readmore")


# --------------------------------------------------------------------------- a student's annotated bibliography


_BIB_COURSES = (
    ("JOUR 2104", "Media Literacy and Verification"),
    ("COMM 215", "News, Truth and the Internet"),
    ("MDIA 301", "Digital Journalism Practice"),
    ("SOC 240", "Rumour, Panic and the Public"),
    ("ENGL 102", "Research Writing"),
)
_BIB_SCHOOLS = ("Northfield University", "Lakemont College", "University of Easthaven", "St Brendan's College")
_BIB_KINDS = ("Annotated Bibliography: {t}", "Annotated Source List — {t}", "Reading Pack, Week {w}: {t}", "Source Evaluation Portfolio: {t}")
_BIB_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"
#: The student's annotation: a summary, evaluations, then what the source is for. {a} is the
#: author (or the outlet), {o} the outlet, {t} the story, {b} what the report rests on,
#: {other} another outlet of the pack.
_BIB_SUMMARIES = (
    "{a} reports on {t}, drawing mainly on {b}.",
    "This article from {o} covers {t} and was one of the first versions of the story I found.",
    "In this piece {a} describes how {t} spread online in its first days.",
    "{o}'s report summarises what was known about {t} at the time of publication, relying on {b}.",
    "The article gives a short account of {t}, with most of its detail coming from {b}.",
)
_BIB_BASES = (
    "social media posts and a brief statement from officials", "an unnamed source and earlier reports by other outlets",
    "quotations from local officials", "a single press release", "an interview with one witness", "agency copy",
)
_BIB_EVALUATIONS = (
    "I found it useful because it quotes its sources directly, although it does not link to any original documents.",
    "However, most of its claims rest on unnamed sources, so I treat the central claim with caution.",
    "The headline sounds more certain than the text itself, which is something I want to discuss in my essay.",
    "Compared with the {other} version, this one adds very little new information, but it shows how the wording changed as the story travelled.",
    "The tone is noticeably more sensational than that of the other sources in this pack.",
    "It is clearly written and gives a good timeline, which I will draw on for the background section.",
    "One weakness is that it never says when the photographs were taken or by whom.",
    "I checked the main figures against two other reports and they match.",
    "The author does include a denial from the people involved, which makes the piece more balanced than I expected.",
    "My main concern is that the article was never updated, even after the claim was questioned elsewhere.",
)
_BIB_USES = (
    "I will use this source as an example of how a rumour is reported before it is confirmed.",
    "Overall I rate this source as moderately reliable for my purposes.",
    "This source is most useful to me for the quotations in its later paragraphs.",
    "I am including it mainly to compare how different outlets framed the same claim.",
    "I will probably cite it only briefly, in the section on early coverage.",
)
_BIB_NOTES = (
    "I accessed this article through the library's news database; the online version has no page numbers.",
    "The same quotation appears in the {other} report, which suggests that both come from the same agency story.",
    "The article was updated after publication; I used the version available on {accessed}.",
    "The photographs that accompany the article online are not reproduced here.",
)
#: Before and after the pasted text: a "Full text:" line, a bracketed note, begin/end rules,
#: the text inside quotation marks, or set in as a block quote; or nothing.
_BIB_PASTES = ("full_text", "bracket", "rules", "quotes", "indent", "none")


def _annotated_bibliography(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A student's annotated bibliography (a reading pack of sources) saved as PDF from a word
    processor and converted to text: the student's heading lines (name, instructor, course,
    date; or a title block with school), the document title, an assignment line and an
    introduction in the student's words. Each source: "Source 2" / "2." / "Entry 2 of 5" or
    no heading, its citation in the page's style (APA 7, APA 6 with "Retrieved from", MLA with
    "Accessed", Chicago), naming author, date, title, the outlet (in asterisks on some pages)
    and the address, with a hanging indent where wrapped; the annotation (a summary, the
    student's evaluation in the first person, what the source is for), under "Annotation:"
    or as "Summary:" and "Evaluation:" or bare, with footnote markers; then the article text
    pasted in full after "Full text:", between "--- ARTICLE TEXT ---" rules, inside quotation
    marks, set in as a block quote, or straight after the annotation; a word count on some.
    At the end the notes and the "References" / "Works Cited" / "Bibliography" list repeating
    the citations. The PDF's running head ("Running head: TOPIC   3", "Karim 3", a bare page
    number) and footer ("Page 3 of 12") stand at every page break, inside the texts too.
    Lines hard-wrapped as the PDF set them on most pages, a paragraph a line on others.

    Outlet rule: each article is credited to the outlet its citation names (its display
    name). Title rule: the citation holds the title whole; the citation is "title", its
    repetition in the list at the end "references", the annotation "comments"."""
    student, instructor = rng.sample(AUTHORS, 2)
    code, course = rng.choice(_BIB_COURSES)
    style = rng.choice(("APA 7", "APA 6", "MLA", "MLA", "Chicago"))
    wrapped = rng.random() < 0.7
    width = rng.choice((78, 84, 90))
    length = rng.randint(44, 56) if wrapped else rng.randint(16, 24)
    italics = rng.random() < 0.2  # a Markdown-ish export keeps the italics as asterisks
    heading = rng.choice(("Source {i}", "{i}.", "Entry {i} of {n}", ""))
    annotation_form = rng.choice(("label", "heading", "split", "bare"))
    paste = rng.choice(_BIB_PASTES)
    marks = {
        "full_text": (rng.choice(("Full text:", "Full text of the article:", "FULL TEXT")), ""),
        "bracket": (rng.choice(("[Full text of the article below]", "[Article text copied from the website]")), ""),
        "rules": rng.choice((("--- ARTICLE TEXT ---", "--- END OF ARTICLE ---"), ("----- Begin article -----", "----- End article -----"),
                             ("=== Full text ===", "=== End ==="))),
    }.get(paste, ("", ""))
    counted = rng.choice(("(Word count: {n})", "[{n} words]", "Article length: {n} words")) if rng.random() < 0.3 else ""
    gap = rng.random() < 0.6 or not wrapped  # blank lines between paragraphs
    handed_in = date(rng.randint(2014, 2016), rng.randint(1, 12), rng.randint(1, 28))
    order = rng.choice(("drawn", "alphabetical", "by outlet"))
    if order == "by outlet":
        articles = _grouped_by_outlet(articles)
    topic = _story_topic(articles)
    claim = _story_claim(ctx.story, articles)
    if claim and not claim.endswith("…"):
        first_word = claim.split()[0]
        phrase = "the claim that " + (claim[0].lower() + claim[1:] if first_word in ("A", "An", "The", "Some") else claim)
    else:
        phrase = f"the {topic} story"
    # Each source's citation details, fixed before the entries are ordered.
    sources = []
    for article in articles:
        outlet = display_name(article.outlet)
        published = date.fromordinal(handed_in.toordinal() - rng.randint(60, 400))
        accessed = date.fromordinal(published.toordinal() + rng.randint(3, 50))
        author = rng.choice(AUTHORS) if rng.random() < 0.7 else None
        shown = f"*{outlet}*" if italics else outlet
        citation = _bib_citation(rng, style, article, author, published, accessed, _article_url(rng, article), shown)
        sources.append((article, outlet, shown, author, accessed, citation))
    if order == "alphabetical":
        sources.sort(key=lambda s: re.sub(r"[^a-z0-9 ]", "", s[5].lower()))
    notes: list[str] = []

    p = _Printout()

    def paragraph(text: str, label: str, hanging: str = "", keep: Sequence[str] = ()) -> None:
        if not wrapped:
            p.add(text, label)
            return
        for line in _wrap_kept(text, width, keep, hanging):
            p.add(line, label)

    def marker(text: str, note: str) -> str:
        notes.append(note)
        return text + (_BIB_SUPERSCRIPTS[len(notes) - 1] if len(notes) <= 9 else f"[{len(notes)}]")

    # The heading: MLA's four lines at the left, or a title block.
    title = rng.choice(_BIB_KINDS).format(t=topic, w=rng.randint(3, 11))
    if style == "MLA":
        for line in (student, instructor, f"{code}: {course}", f"{handed_in.day} {_MONTHS[handed_in.month - 1]} {handed_in.year}"):
            p.add(line, "header")
        p.blank()
        p.add(" " * rng.randint(8, 20) + title if wrapped else title, "header")
    else:
        p.add(title, "header")
        p.add(student, "header")
        p.add(rng.choice(_BIB_SCHOOLS), "header")
        p.add(f"{code}: {course}", "header")
        p.add(f"Dr. {instructor}", "header")
        p.add(f"{_MONTHS[handed_in.month - 1]} {handed_in.day}, {handed_in.year}", "header")
    if rng.random() < 0.6:
        p.add(f"Assignment {rng.randint(1, 4)}: annotated bibliography ({rng.choice(('1,500', '2,000', '2,500'))} words)", "header")
    p.blank()
    intro = rng.choice((
        "This annotated bibliography collects {n} news reports on {t}. For each source I give the full citation in {s} "
        "style, a short annotation evaluating its reliability and its usefulness for my essay, and the full text of the "
        "article as it appeared online, so that the quotations I use can be checked.",
        "For this reading pack I selected {n} articles about {t} from different outlets. The annotations are my own; the "
        "article texts are reproduced for study purposes only and remain the property of their publishers.",
        "The sources below are the news coverage I will analyse in my final essay on {t}. I have ordered them as listed "
        "in the assignment brief, and I comment on each one before reproducing its text.",
    )).format(n=len(articles), t=phrase, s=style)
    paragraph(intro, "comments")
    others = [s[1] for s in sources]
    for i, (article, outlet, shown, author, accessed, citation) in enumerate(sources, start=1):
        other = rng.choice([o for o in others if o != outlet] or others)
        p.blank()
        if heading:
            p.add(heading.format(i=i, n=len(sources)), "section")
        if rng.random() < 0.15:
            citation = marker(citation, rng.choice(_BIB_NOTES).format(other=other, accessed=f"{accessed.day} {_MONTHS[accessed.month - 1]} {accessed.year}"))
        paragraph(citation, "title", "    ", (article.title, shown))
        if gap:
            p.blank()
        named = f"{author.split()[-1]} ({outlet})" if author and rng.random() < 0.5 else outlet
        summary = rng.choice(_BIB_SUMMARIES).format(a=named, o=outlet, t=phrase, b=rng.choice(_BIB_BASES))
        judged = [e.format(other=other) for e in rng.sample(_BIB_EVALUATIONS, rng.randint(1, 3))]
        if rng.random() < 0.3:
            judged[-1] = marker(judged[-1], rng.choice(_BIB_NOTES).format(other=other, accessed=f"{accessed.day} {_MONTHS[accessed.month - 1]} {accessed.year}"))
        use = rng.choice(_BIB_USES)
        if annotation_form == "split":
            paragraph(f"Summary: {summary}", "comments")
            paragraph(f"Evaluation: {' '.join([*judged, use])}", "comments")
        else:
            if annotation_form == "heading":
                p.add(rng.choice(("Annotation", "ANNOTATION", "My notes")), "section")
            text = " ".join([summary, *judged, use])
            paragraph(f"Annotation: {text}" if annotation_form == "label" else text, "comments")
        p.blank()
        _bib_paste(p, article, outlet, paste, marks, wrapped, width, gap)
        if counted:
            p.add(counted.format(n=sum(len(x.split()) for x in article.paragraphs)), "time")
    if notes:
        p.blank()
        p.add(rng.choice(("Notes", "NOTES", "Endnotes")), "section")
        for n, note in enumerate(notes, start=1):
            paragraph(f"{n}. {note}", "comments")
    p.blank()
    p.add({"MLA": "Works Cited", "Chicago": "Bibliography"}.get(style, "References"), "section")
    if gap:
        p.blank()
    for citation in sorted((s[5] for s in sources), key=lambda c: re.sub(r"[^a-z0-9 ]", "", c.lower())):
        paragraph(citation, "references", "    ", ())
    _bib_lay_out(b, rng, p, length, style, student, topic)


def _wrap_kept(text: str, width: int, keep: Iterable[str], hanging: str = "") -> list[str]:
    """``text`` wrapped at ``width`` and never inside one of the phrases in ``keep`` (a title, an
    outlet's name: a word processor's PDF breaks lines anywhere, but the page's truth wants a
    title whole on one line); continuation lines indented by ``hanging``."""
    for phrase in keep:
        text = text.replace(phrase, phrase.replace(" ", "\x00"))
    lines = textwrap.wrap(text, width=width, subsequent_indent=hanging, break_long_words=False, break_on_hyphens=False)
    return [line.replace("\x00", " ") for line in lines]


def _bib_month(day: date) -> str:
    """MLA's month: names of more than four letters cut to three and a full stop ("Sept.")."""
    name = _MONTHS[day.month - 1]
    return name if len(name) <= 4 else "Sept." if name == "September" else name[:3] + "."


def _bib_citation(
    rng: random.Random, style: str, article: SourceArticle, author: str | None, published: date, accessed: date, url: str, outlet: str
) -> str:
    """The article's citation in ``style``; the title kept as the outlet wrote it."""
    title = article.title if _ENDS_SENTENCE.search(article.title) else article.title + "."
    month, day, year = _MONTHS[published.month - 1], published.day, published.year
    first, surname = (author.split()[0], author.split()[-1]) if author else ("", "")
    if style in ("APA 7", "APA 6"):
        when = f"({year}, {month} {day})."
        where = url if style == "APA 7" else rng.choice((
            f"Retrieved from {url}", f"Retrieved {_MONTHS[accessed.month - 1]} {accessed.day}, {accessed.year}, from {url}",
        ))
        if author:
            return f"{surname}, {first[0]}. {when} {title} {outlet}. {where}"
        return f"{title} {when} {outlet}. {where}"
    if style == "MLA":
        who = f"{surname}, {first}. " if author else ""
        return (f"{who}“{title}” {outlet}, {published.day} {_bib_month(published)} {year}, "
                f"{url.removeprefix('https://')}. Accessed {accessed.day} {_bib_month(accessed)} {accessed.year}.")
    who = f"{surname}, {first}." if author else f"{outlet}."
    return f"{who} “{title}” {outlet}, {month} {day}, {year}. {url}."


def _bib_paste(
    p: _Printout, article: SourceArticle, outlet: str, form: str, marks: tuple[str, str], wrapped: bool, width: int, gap: bool
) -> None:
    """The article's text pasted in full in ``form``, under and over the document's ``marks``
    ("Full text:", begin and end rules); credited to ``outlet``."""
    indent = "    " if form == "indent" else ""
    if marks[0]:
        p.add(marks[0], "separator" if form == "rules" else "section")
    lines: list[tuple[str, str, str]] = []  # (text, fragment, label); ("", "", "blank") between paragraphs
    for position, text in enumerate(article.paragraphs):
        if position and gap:
            lines.append(("", "", "blank"))
        label = "residue" if is_residue(text) else ARTICLE_TEXT
        pieces = textwrap.wrap(text, width=width - len(indent), break_long_words=False, break_on_hyphens=False) if wrapped else [text]
        lines.extend((indent + piece, piece, label) for piece in pieces)
    if form == "quotes":
        first = next(i for i, line in enumerate(lines) if line[2] != "blank")
        last = max(i for i, line in enumerate(lines) if line[2] != "blank")
        lines[first] = ("“" + lines[first][0], *lines[first][1:])
        lines[last] = (lines[last][0] + "”", *lines[last][1:])
    p.start(article, outlet, article.title)
    for text, fragment, label in lines:
        if label == "blank":
            p.blank()
        else:
            p.body(text, fragment, label)
    p.end()
    if marks[1]:
        p.add(marks[1], "separator")


def _bib_lay_out(b: _PageBuilder, rng: random.Random, p: _Printout, length: int, style: str, student: str, topic: str) -> None:
    """The recorded document on PDF pages, each under its running head and over its footer
    as the style has them: MLA's "Surname 3", APA 6's "Running head: TOPIC   1" then "TOPIC
    3", APA 7's bare number at the right, Chicago's number at the foot; "Page 3 of 12" or
    the file's name at the foot on some."""
    placed = p.paged(length)
    total = placed[-1][0]
    right = " " * rng.randint(24, 60)
    running = topic.upper()[:50]
    foot = rng.choice(("page of", "file", "none")) if style != "Chicago" else rng.choice(("number", "page of"))
    file_name = rng.choice(("annotated_bibliography_final.docx", f"{student.split()[-1]}_sources_v3.docx", "Reading pack (1).docx"))

    def head(page: int) -> None:
        if style == "MLA":
            b.add(f"{right}{student.split()[-1]} {page}", "header")
        elif style == "APA 6":
            b.add(f"Running head: {running}{right}{page}" if page == 1 else f"{running}{right}{page}", "header")
        elif style == "APA 7":
            b.add(f"{right}{page}", "header")
        else:
            return
        b.blank()

    def foot_of(page: int) -> None:
        if foot == "none":
            return
        b.blank()
        if foot == "page of":
            b.add(f"Page {page} of {total}", "footer")
        elif foot == "number":
            b.add(f"{' ' * (len(right) // 2)}{page}", "footer")
        else:
            b.add(f"{file_name}{right}{page}", "footer")

    _replay_on_pages(b, placed, head, foot_of)


# --------------------------------------------------------------------------- phone screenshots run through OCR


#: The status bar as OCR reads it: the clock ({t}), then signal, network and battery ({p}) glyphs, often garbled.
_PHONE_STATUS = {
    "ios": ("{t}", "{t}  ull 令 ■", "{t} 7  .ıl 5G {p}", "{t}  ..l ? {p}%", "{t}  ıll LTE ▭ {p}%", "{t}  ull ? {p}%"),
    "android": ("{t} ⊡ ✉ •   ▼◢ {p}%", "{t} G ◆ •  Vo LTE 4G .ıll {p}%", "{t}  ✉ ⊙ ·  ⊿ {p}%", "{t} & M ·  © 46 .il {p}%"),
}
_PHONE_SAFARI_BARS = ("<  >  ⎙  📖  ⧉", "<   >   ⇧   ⊡   ⧉", "く > 凸 ⓜ ⊡", "< > [↑] [] ⊡")
_PHONE_ANDROID_NAV = ("III  O  <", "|||   ○   ‹", "Ill O <")
_PHONE_APP_TABS = ("Home   Latest   Sections   Saved   Account", "⌂ Home  ☰ Sections  🔍 Search  ☆ Saved", "Top  For you  Local  Video  More")
#: The outlet's name as its site's sticky header shows it, repeated on every screen.
_PHONE_LOGOS = ("{name}", "{caps}", "≡  {name}  🔍", "☰  {caps}   Subscribe", "{name}   Sign in  ≡")
#: News-reading apps (invented) that show several outlets' articles.
_PHONE_READER_APPS = ("Newsloop", "Brieflet", "Scrollpaper", "Tidings")
#: The one language other than English on a page: the mobile site's "continue reading in the
#: app" banner and its button, an ad's label and its copy. Indonesian ("Ad" / "Flights to
#: Bali from Rp499,000 — book now"), Czech ("Advert" / "A mortgage from 4.9% a year – work
#: out your repayment online"), Japanese ("Ad" / "First month free now! Try the popular
#: English conversation app").
_PHONE_FOREIGN = (
    ("Lanjutkan membaca di aplikasi", "Buka", "Iklan", "Promo tiket pesawat ke Bali mulai Rp499.000 — pesan sekarang"),
    ("Pokračujte ve čtení v aplikaci", "Otevřít", "Reklama", "Hypotéka od 4,9 % ročně – spočítejte si splátku online"),
    ("アプリで続きを読む", "開く", "広告", "今なら初月無料！人気の英会話アプリを試してみよう"),
)
_PHONE_ADS = (
    "This $29 gadget makes any TV a smart TV",
    "Compare car insurance quotes in 2 minutes",
    "The walking shoe podiatrists recommend",
)
_PHONE_COOKIES = (
    ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all   Manage options"),
    ("By continuing to use this site you consent to our use of cookies.", "OK"),
    ("Your privacy choices: we and our partners process data to provide and improve our services.", "I agree   More options"),
)


class _PhoneScreens:
    """One article's screenshots as OCR gives them back, written through the page builder:
    each screen holds ``rows`` rows of ``width`` characters, a block of text one line (the
    OCR joins a paragraph's rows); where the next block does not fit, the screen's bottom
    chrome, the next screen's top chrome, and on. A paragraph that does not fit goes on on
    the next screen, mid-sentence: two lines of article text with the chrome between."""

    def __init__(
        self, b: _PageBuilder, rows: int, width: int, top: Callable[[int], None], bottom: Callable[[int], None],
        noise: Callable[[], bool],
    ) -> None:
        self.b, self.rows, self.width, self.top, self.bottom, self.noise = b, rows, width, top, bottom, noise
        self.screen, self.used = 1, 0
        top(1)

    def _cost(self, text: str) -> int:
        return max(1, -(-len(text) // self.width))

    def turn(self) -> None:
        self.bottom(self.screen)
        self.screen += 1
        self.used = 0
        self.top(self.screen)

    def add(self, text: str, label: str) -> None:
        cost = self._cost(text)
        if self.used and self.used + cost > self.rows:
            self.turn()
        self.b.add(text, label)
        self.used += cost

    def block(self, lines: list[tuple[str, str]]) -> None:
        """Furniture lines that stand together on one screen (an ad's label and its copy)."""
        if self.used and self.used + sum(self._cost(text) for text, _ in lines) > self.rows:
            self.turn()
        for text, label in lines:
            self.add(text, label)

    def blank(self) -> None:
        if 0 < self.used < self.rows:  # no gap at a screen's top or foot
            self.b.blank()
            self.used += 1

    def paragraph(self, text: str, label: str) -> None:
        words = text.split()
        while words:
            room = (self.rows - self.used) * self.width
            if self.used and room < 2 * self.width:
                self.turn()
                continue
            taken, size = 0, -1
            while taken < len(words) and size + 1 + len(words[taken]) <= room:
                size += 1 + len(words[taken])
                taken += 1
            if not taken:
                if self.used:
                    self.turn()
                    continue
                taken = 1
            piece = " ".join(words[:taken])
            words = words[taken:]
            # OCR reads the scroll bar at the screen's edge as a stray "|" after some lines.
            self.b.body(piece + " |" if self.noise() else piece, piece, label)
            self.used += self._cost(piece)
            if words:
                self.turn()

    def close(self) -> None:
        self.bottom(self.screen)


def _phone_screenshot_ocr(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """Articles read on a phone, screenshotted screen by screen, run through OCR and pasted as
    one text. Every screen opens with its status bar ("9:41", signal and battery glyphs, or
    OCR garbage like "9:41  ull ? 87%") and the browser's or app's chrome: Safari's "AA
    domain ↻" at the top or, over its "< > ⎙ 📖 ⧉" bar, at the foot; Chrome's "⌂ 🔒 domain
    [3] ⋮" with Android's "III O <" at the foot; the outlet's own app ("‹  OUTLET  ⤴" over
    its tab bar); a news-reading app ("‹  Newsloop  Aa  ⋯", "X · 3h" over the title, counts at
    the foot). On a site the outlet's sticky header ("≡  X  🔍", "X" in capitals) repeats on
    every screen. The first screen holds the kicker, title, byline and time, a photo's
    caption and credit, a share row on some, a cookie bar at its foot on some; a paragraph
    cut at a screen's foot goes on, mid-sentence, after the chrome of the next. Ads between
    paragraphs; "continue reading in the app" banners and one ad in Indonesian, Czech or
    Japanese; a "More from X" list at the end. OCR noise in the furniture (ligatures "ﬁ",
    broken words, "rn" read as "m") and a stray "|" after some text lines. Batch OCR's
    "[Screenshot 4]" markers on some pages; articles apart by a gap or "---".

    Outlet rule: each article is credited to its display name, which the site's header, the
    app's bar or the reading app's source line shows."""
    platform = rng.choice(("ios", "android"))
    kinds = rng.sample(("browser", "browser", "outlet_app", "reader_app"), rng.randint(1, 3))
    status = rng.choice(_PHONE_STATUS[platform])
    address_at_foot = platform == "ios" and rng.random() < 0.6
    rows, width = rng.randint(14, 22), rng.randint(34, 44)
    marker = rng.choice(("", "", "[Screenshot {n}]", "--- IMG_{k}.PNG ---", "Image {n}:", "— Page {n} —"))
    apart = rng.choice(("gap", "---", "———", "* * *"))
    style = rng.choice(("blank", "tight"))
    banner, button, ad_label, ad_copy = rng.choice(_PHONE_FOREIGN)
    app = rng.choice(_PHONE_READER_APPS)
    android_nav = rng.choice(_PHONE_ANDROID_NAV)
    clock = rng.randint(6 * 60, 23 * 60)
    battery = rng.randint(35, 99)
    shot = {"n": 0, "k": rng.randint(1200, 8800)}
    if rng.random() < 0.4:
        articles = _grouped_by_outlet(articles)
    foreign_ad_in = rng.randrange(len(articles))
    if rng.random() < 0.3:
        b.add(rng.choice(("Text recognised from images", "OCR result", "Copied text — screenshots")), "header")
        b.blank()

    def noisy(text: str) -> str:
        return _ocr_noise(rng, text, 0.25)

    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        kind = rng.choice(kinds)
        domain = rng.choice(("", "", "www.", "m.")) + _site(article.outlet)
        logo = rng.choice(_PHONE_LOGOS).format(name=outlet, caps=outlet.upper())
        banner_on = kind == "browser" and rng.random() < 0.5
        cookie = rng.choice(_PHONE_COOKIES) if kind == "browser" and rng.random() < 0.4 else None
        tabs = rng.randint(2, 40)
        # The chrome is the same on every screen of one article; only the OCR reads it differently.
        if kind == "browser" and platform == "android":
            bar, foot = rng.choice(("⌂  🔒 {d}  [{n}]  ⋮", "O  a {d}  {n} :", "⌂  {d}  ⑶  ⋮")), rng.choice(_PHONE_ANDROID_NAV)
        elif kind == "browser":
            bar, foot = rng.choice(("AA  🔒 {d}  ↻", "AA  a {d}  C", "AA   {d}   ↻")), rng.choice(_PHONE_SAFARI_BARS)
        elif kind == "outlet_app":
            bar, foot = rng.choice(("‹  {c}  ⤴", "<  {o}   ⇧", "←  {c}  ⋮")), rng.choice(_PHONE_APP_TABS)
        else:
            bar, foot = rng.choice(("‹  {a}  Aa  ⋯", "<  {a}   ···", "←  {a}")), rng.choice(("♡ {l}   💬 {c}   ⤴ Share", "♡ {l}  ○ {c}  ⇧", "Like {l} · Comment {c} · Share"))
        bar = bar.format(d=domain, n=tabs, c=outlet.upper(), o=outlet, a=app)
        likes, replies = rng.randint(3, 900), rng.randint(0, 120)
        if number:
            b.blank()
            if apart == "gap":
                b.blank()
            else:
                b.add(apart, "separator")
                b.blank()

        def top(screen: int, kind: str = kind, bar: str = bar, logo: str = logo) -> None:
            nonlocal clock, battery
            shot["n"] += 1
            shot["k"] += 1
            if marker:
                if screen > 1:
                    b.blank()
                b.add(marker.format(n=shot["n"], k=shot["k"]), "separator")
            clock += rng.randint(0, 1)
            if rng.random() < 0.3:
                battery -= 1
            shown = f"{clock // 60 % 24}:{clock % 60:02d}" if platform == "ios" else _clock(clock, False)
            b.add(status.format(t=shown, p=battery), "header")
            if kind == "browser":
                if platform == "android" or not address_at_foot:
                    b.add(bar, "header")
                b.add(logo, "outlet")
            else:
                b.add(bar, "outlet" if kind == "outlet_app" else "header")

        def bottom(screen: int, kind: str = kind, bar: str = bar, foot: str = foot, banner_on: bool = banner_on,
                   cookie: tuple[str, str] | None = cookie, counts: tuple[int, int] = (likes, replies)) -> None:
            if screen == 1 and cookie:
                b.add(noisy(cookie[0]), "cookie")
                b.add(noisy(cookie[1]), "cookie")
            if banner_on and rng.random() < 0.6:
                b.add(f"{banner}   {button}" if rng.random() < 0.6 else banner, "sponsored")
            if kind == "browser" and platform == "ios" and address_at_foot:
                b.add(bar, "footer")
            b.add(noisy(foot.format(l=counts[0], c=counts[1])), "footer")
            if kind != "browser" and platform == "android":
                b.add(android_nav, "footer")

        screens = _PhoneScreens(b, rows, width, top, bottom, lambda: rng.random() < 0.04)
        _phone_article(screens, rng, article, kind, outlet, style, ctx, (ad_label, ad_copy) if number == foreign_ad_in else None)
        screens.close()
    if rng.random() < 0.3:
        b.blank()
        b.add(rng.choice(("Extracted with TextGrab · {n} images", "— end of OCR —", "Recognised by Scanly. Check the text for errors.")).format(n=shot["n"]), "footer")


def _phone_article(
    screens: _PhoneScreens, rng: random.Random, article: SourceArticle, kind: str, outlet: str, style: str, ctx: PageContext,
    foreign_ad: tuple[str, str] | None,
) -> None:
    """The article's own lines on its screens: the title block, the text with ads between
    paragraphs (``foreign_ad`` among them, or under the text), the share row and "More from
    X" at the end."""
    if kind == "reader_app":
        screens.add(rng.choice(("{o} · {n}h", "{o}   + Follow", "{o} · {n} hours ago")).format(o=outlet, n=rng.randint(1, 20)), "outlet")
    elif rng.random() < 0.4:
        screens.add(rng.choice(("WORLD NEWS", "NEWS", "US", "WEIRD NEWS", "TECH", "POLITICS")), "section")
    screens.add(article.title, "title")
    if rng.random() < 0.6:
        screens.add(f"By {rng.choice(AUTHORS)}", "byline")
    if rng.random() < 0.7:
        screens.add(rng.choice((
            f"Published {rng.randint(1, 23)} hours ago", f"{rng.randint(2, 9)} min read",
            f"Updated {_clock(rng.randint(0, 1439), False)} GMT, {rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2013, 2016)}",
        )), "time")
    if rng.random() < 0.4:
        screens.add(rng.choice(("f   𝕏   ✉   ⤴", "f  y  ⊠  ⊘", "Share  ·  Save")), "share")
    if rng.random() < 0.4:
        screens.blank()
        screens.add(rng.choice(_PRINT_CAPTIONS), "caption")
        screens.add(rng.choice(("Photo: {}", "Credit: {}", "{}")).format(rng.choice(_PRINT_CREDITS)), "credit")
    screens.blank()
    ads: dict[int, tuple[str, str] | None] = dict.fromkeys(rng.sample(range(1, len(article.paragraphs)), min(len(article.paragraphs) - 1, rng.randint(0, 2))))
    if foreign_ad:
        ads[rng.randrange(1, len(article.paragraphs) + 1)] = foreign_ad  # past the last paragraph: under the text
    screens.b.start(article, outlet, article.title)
    for position, paragraph in enumerate(article.paragraphs):
        if position and style == "blank":
            screens.blank()
        if position in ads:
            _phone_ad(screens, rng, ads[position])
            if style == "blank":
                screens.blank()
        screens.paragraph(paragraph, "residue" if is_residue(paragraph) else ARTICLE_TEXT)
    screens.b.end()
    screens.blank()
    if len(article.paragraphs) in ads:
        _phone_ad(screens, rng, ads[len(article.paragraphs)])
    if rng.random() < 0.5:
        screens.add(rng.choice(("Share this article", "Share", "⤴ Share")), "share")
    if rng.random() < 0.6:
        screens.add(rng.choice((f"MORE FROM {outlet.upper()}", "Most read", "More stories like this", "Recommended for you")), "readmore")
        for title in rng.sample(ctx.other_titles, min(rng.randint(1, 2), len(ctx.other_titles))):
            screens.add(title, "readmore")


def _phone_ad(screens: _PhoneScreens, rng: random.Random, ad: tuple[str, str] | None) -> None:
    """An ad between paragraphs, its label OCR-garbled on some: ``ad`` or an English one."""
    label, copy = ad or (rng.choice(("Advertisement", "ADVERTISEMENT", "Sponsored")), rng.choice(_PHONE_ADS))
    screens.block([(_ocr_noise(rng, label, 0.3), "sponsored"), (copy, "sponsored")])


# --------------------------------------------------------------------------- a professional network's feed


#: People (invented) posting and commenting on the professional network, and where they work.
_LI_PEOPLE = (
    "Grace Adebayo", "Martin Kowalczyk", "Elena Vasquez", "Tom Hargreaves", "Sunita Rao", "Lars Eriksen", "Chloe Dubois",
    "Michael O'Brien", "Fatima Al-Sayed", "Ben Carter", "Yuki Tanaka", "Olivia Brennan", "Rahul Nair", "Sofia Marin",
)
_LI_ORGS = (
    "Harbourline Media", "Saltmarsh Analytics", "Northlight Research", "Quayside Comms", "Brightwater Consulting",
    "Kestrel Strategy Group", "Meridian Risk Partners", "Lakemont College", "Ashgrove Policy Institute", "Copperleaf PR",
)
_LI_HEADLINES = (
    "Senior Editor at {org}", "Head of Communications at {org}", "Media Relations Manager | {org} | Crisis comms",
    "Founder & CEO at {org} | Speaker | Author", "Journalism lecturer at {org}", "Research Associate at {org}",
    "Fact-checker. Views my own.", "Freelance reporter covering tech, policy and everything in between",
    "Director of Public Affairs at {org} | Ex-newsroom", "Digital Strategist | Storyteller | {org}",
    "Trust & Safety Lead at {org}", "Communications Consultant | Helping brands tell true stories",
)
#: The poster's own words over what they share: an opening, a list of points on some, a question.
_LI_OPENERS = (
    "Interesting piece on how fast a story travels before anyone stops to check it.",
    "Sharing this because it is a textbook case for anyone working in communications: the first version of a story is rarely the last.",
    "This one has been doing the rounds in our team chat all morning.",
    "I keep coming back to this story. The details matter more than the headline.",
    "A good reminder that a striking headline and a verified fact are two different things.",
    "Not my usual kind of post, but this caught my eye on the train this morning.",
    "Worth five minutes of your time, whatever you think of the outlet.",
    "We discussed this exact story in my media literacy seminar yesterday. The students had a lot to say.",
    "Every so often a story comes along that shows how much our industry still has to learn.",
)
_LI_LIST_LEADS = ("Three things stood out to me:", "My takeaways:", "What I'd tell any comms team reading this:", "A few thoughts:")
_LI_POINTS = (
    "Check the original source before you share.",
    "Numbers without context are not information.",
    "Speed beats accuracy on social media, and that is the problem.",
    "Official statements came hours after the first reports.",
    "Every outlet told it slightly differently.",
    "The correction never travels as far as the claim.",
    "Local reporters had it first, as usual.",
    "Nobody asked the people on the ground until day two.",
)
_LI_LIST_MARKERS = (("1️⃣ ", "2️⃣ ", "3️⃣ "), ("→ ", "→ ", "→ "), ("1. ", "2. ", "3. "), ("• ", "• ", "• "), ("✅ ", "✅ ", "✅ "))
_LI_PASTE_INTROS = (
    "Full article below for those without a subscription 👇",
    "Pasting the text here since the link is paywalled:",
    "Here's the full piece (link at the bottom):",
    "Text below 👇",
    "Copying the article in full so it doesn't get lost:",
)
_LI_CLOSERS = (
    "What do you think? 👇", "Curious to hear your views.", "Agree or disagree?", "Thoughts?",
    "Would love to hear from people who work in this space.", "Repost if you found this useful ♻️",
)
_LI_HASHTAGS = (
    "#media", "#journalism", "#communications", "#factchecking", "#misinformation", "#leadership", "#news",
    "#crisiscomms", "#trust", "#digitalmedia", "#PR", "#storytelling",
)
_LI_REPLIES = (
    "Great share, {first}. The second half is where it gets interesting.",
    "I saw a very different version of this story elsewhere. Has anyone compared them?",
    "This is exactly why source literacy should be taught in schools.",
    "Thanks for posting the full text, the link didn't work for me.",
    "Hard to know what to believe any more with stories like this.",
    "Spot on, {first}. We covered this in our newsletter last week.",
    "Is there an official statement yet?",
    "Interesting, but I'd want to see the primary source before drawing conclusions.",
    "Couldn't agree more. Context is everything.",
    "Saving this for my students, thank you!",
)
#: Promoted posts in another language: German ("Put an end to paper chaos: digitise your
#: bookkeeping in 14 days. Try it free now!"), Spanish ("Master data analysis in 12 weeks with
#: our online master's. Limited places."), French ("Recruit the best talent in under 30 days
#: through our network of 50,000 qualified candidates.") and Dutch ("Save up to 30% on your
#: energy costs with smart sensors for offices. Request a demo today.").
_LI_PROMOTED = (
    ("Rechnungsprofi GmbH", "{n}.{k} Follower", "Schluss mit Zettelwirtschaft: Digitalisieren Sie Ihre Buchhaltung in nur 14 Tagen. Jetzt kostenlos testen!", "rechnungsprofi.example", "Mehr erfahren"),
    ("Formación Ágora", "{n}.{k} seguidores", "Domina el análisis de datos en 12 semanas con nuestro máster online. Plazas limitadas.", "agora-formacion.example", "Más información"),
    ("Cabinet Lumière Conseil", "{n} {k} abonnés", "Recrutez les meilleurs talents en moins de 30 jours grâce à notre réseau de 50 000 candidats qualifiés.", "lumiere-conseil.example", "En savoir plus"),
    ("Stroomlijn BV", "{n}.{k} volgers", "Bespaar tot 30% op uw energiekosten met slimme sensoren voor kantoren. Vraag vandaag nog een demo aan.", "stroomlijn.example", "Demo aanvragen"),
)
_LI_TIMES = ("{h}h • 🌐", "{h}h • Edited • 🌐", "{d}d • 🌐", "{d}d • Edited • 🌐", "1w • 🌐", "2w • Edited • 🌐")


def _linkedin_feed(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A professional network's home feed selected and copied as text, people sharing news.
    The network's top bar, on some pages the reader's own profile box and "Start a post";
    per post, "Feed post number 3" on some (the desktop copy's screen-reader heading), a
    context line ("Sunita Rao reposted this", "... likes this") on some, the poster's name
    ("Grace Adebayo • 2nd", or on the desktop copy the name twice over " • 3rd+" or
    "Verified • 2nd"), their headline ("Senior Editor at Harbourline Media", "Fact-checker.
    Views my own."), "3d • Edited • 🌐" (or "3d •" over "3 days ago • Visible to anyone on or
    off LinkedIn"), "+ Follow"; the poster's own commentary, never article text: an opening,
    a list of points behind "1️⃣ "/"→ "/"• " on some, a question, hashtags, "…see more". Then
    the shared article in one of three forms: the article text pasted in full by the poster
    under a line like "Full article below 👇" (the poster's title line over it on some), the
    link card (title, then "domain" or "domain • 4 min read") under the text; the link card
    first and the article text under it; or the outlet's own page post reposted under the
    poster's commentary (or under "X reposted this" alone): the page's name (twice on the
    desktop copy), "1,234,567 followers", its time, the text, the link card under it or the
    title over the text. Under each post the reactions ("👍❤️ 128 · 14 comments · 6 reposts",
    or "Owen and 127 others" over the counts), "Like Comment Repost Send" on one line or
    four, and on some "Most relevant ▾" and comments (name, degree, headline, time, text,
    "Like · Reply"), "Load more comments". Between posts "Promoted" posts in German,
    Spanish, French or Dutch, and "People you may know"; the network's footer on some.

    Outlet rule: an article pasted by a person is credited to the domain its link card
    shows; an outlet page's post reposted is credited to the page's name (its display name)."""
    desktop = rng.random() < 0.5
    numbered = desktop and rng.random() < 0.6
    style = rng.choice(("blank", "blank", "tight"))
    buttons_apart = desktop and rng.random() < 0.6
    forms = rng.sample(("pasted", "card_first", "page_repost"), rng.randint(1, 3))
    people = rng.sample(_LI_PEOPLE, 8)
    orgs = {person: rng.choice(_LI_ORGS) for person in people}
    headlines = {person: rng.choice(_LI_HEADLINES).format(org=orgs[person]) for person in people}
    if rng.random() < 0.4:
        articles = _grouped_by_outlet(articles)
    between = list(range(len(articles) - 1))
    foreign_after = rng.choice(between) if rng.random() < 0.85 else -1
    promoted = _LI_PROMOTED[rng.randrange(len(_LI_PROMOTED))]
    people_box_after = rng.choice(between) if rng.random() < 0.5 else -1

    def person_lines(name: str, degree: str, headline: str, stamp: str, follow: bool, label: str) -> None:
        if desktop and label == "comments":  # a comment's author: the name twice, degree, headline, age
            b.add(name, label)
            b.add(name, label)
            b.add(f" • {degree}", label)
            b.add(headline, label)
            b.add(stamp, "time")
        elif desktop:
            b.add(name, label)
            if rng.random() < 0.7:
                b.add(name, label)
            b.add(f"{rng.choice(('', '', 'Verified '))}• {degree}" if rng.random() < 0.5 else f" • {degree}", label)
            b.add(headline, label)
            short, _, _ = stamp.partition(" • ")
            n = int(re.sub(r"\D", "", short) or 1)
            unit = {"h": "hour", "d": "day", "w": "week"}[short[-1]]
            b.add(f"{short} • ", "time")
            b.add(f"{n} {unit}{'s' if n > 1 else ''} ago • {'Edited • ' if 'Edited' in stamp else ''}Visible to anyone on or off LinkedIn", "time")
        else:
            b.add(f"{name} • {degree}", label)
            b.add(headline, label)
            b.add(stamp, "time")
        if follow:
            b.add(rng.choice(("+ Follow", "Follow", "Connect")), "share")

    def commentary(intro: bool) -> None:
        b.add(rng.choice(_LI_OPENERS), "comments")
        if rng.random() < 0.4:
            b.blank()
            b.add(rng.choice(_LI_LIST_LEADS), "comments")
            markers = rng.choice(_LI_LIST_MARKERS)
            for marker, point in zip(markers, rng.sample(_LI_POINTS, 3)):
                b.add(marker + point, "comments")
        if rng.random() < 0.6:
            b.blank()
            b.add(rng.choice(_LI_CLOSERS), "comments")
        if rng.random() < 0.5:
            b.blank()
            b.add(" ".join(rng.sample(_LI_HASHTAGS, rng.randint(2, 5))), "tags")
        if intro:
            b.blank()
            b.add(rng.choice(_LI_PASTE_INTROS), "comments")

    def card(article: SourceArticle, domain: str) -> None:
        b.add(article.title, "title")
        b.add(rng.choice(("{d}", "{d} • {n} min read", "{d}")).format(d=domain, n=rng.randint(2, 9)), "outlet")

    def text(article: SourceArticle, outlet: str) -> None:
        b.start(article, outlet, article.title)
        write_body(b, article, style, rng)
        b.end()

    def counts(name: str) -> None:
        likes = rng.randint(4, 2400)
        faces = rng.choice(("👍❤️", "👍💡", "👍❤️👏", "👍", "👍😮💡"))
        replies, reposts = rng.randint(0, 90), rng.randint(0, 60)
        if rng.random() < 0.5:
            b.add(f"{faces} {likes:,} · {replies} comments · {reposts} reposts", "comments")
        else:
            liker = rng.choice([p for p in people if p != name])
            b.add(f"{faces} {liker} and {likes - 1:,} others" if rng.random() < 0.5 else f"{faces} {likes:,}", "comments")
            b.add(f"{replies} comments", "comments")
            if reposts:
                b.add(f"{reposts} reposts", "comments")
        if buttons_apart:
            for button in ("Like", "Comment", "Repost", "Send"):
                b.add(button, "share")
        else:
            b.add(rng.choice(("Like   Comment   Repost   Send", "Like Comment Repost Send", "👍 Like  💬 Comment  ♻️ Repost  ➤ Send")), "share")
        if rng.random() < 0.45:
            b.add(rng.choice(("Most relevant ▾", "Most relevant", "Add a comment…")), "comments")
            for commenter in rng.sample([p for p in people if p != name], rng.randint(1, 3)):
                b.blank()
                person_lines(commenter, rng.choice(("1st", "2nd", "3rd+")), headlines[commenter],
                             rng.choice(("{h}h", "{d}d", "1w")).format(h=rng.randint(1, 23), d=rng.randint(1, 6)), False, "comments")
                b.add(rng.choice(_LI_REPLIES).format(first=name.split()[0]), "comments")
                b.add(rng.choice(("Like · Reply", f"Like · {rng.randint(1, 40)}  |  Reply", f"Like · {rng.randint(1, 12)} | Reply · {rng.randint(1, 3)} replies")), "comments")
            if rng.random() < 0.5:
                b.add(rng.choice(("Load more comments", "See more comments")), "comments")

    # The network's top bar, copied with the feed; the reader's own box on some pages.
    if desktop and rng.random() < 0.5:
        b.add("Skip to main content", "header")
    b.add("LinkedIn", "header")
    if desktop:
        for item in ("Search", "Home", "My Network", "Jobs", "Messaging", "Notifications", "Me", "For Business"):
            b.add(item, "header")
        if rng.random() < 0.5:
            b.add(rng.choice(("Try Premium for €0", "Reactivate Premium: 50% Off", "Try 1 month of Premium for €0")), "header")
    else:
        b.add("Home   My Network   Jobs   Messaging   Notifications", "header")
    me = rng.choice([p for p in _LI_PEOPLE if p not in people])
    if rng.random() < 0.5:
        b.blank()
        b.add(me, "header")
        b.add(rng.choice(_LI_HEADLINES).format(org=rng.choice(_LI_ORGS)), "header")
        b.add("Profile viewers", "header")
        b.add(str(rng.randint(3, 400)), "header")
        b.add("Post impressions", "header")
        b.add(f"{rng.randint(100, 9999):,}", "header")
    if rng.random() < 0.6:
        b.blank()
        b.add("Start a post", "header")
        b.add(rng.choice(("Media   Event   Write article", "Photo   Video   Event   Write article")), "header")
        b.add(rng.choice(("Sort by: Top ▾", "Sort by: Recent ▾", "Select feed view: Most relevant first")), "header")
    post = 0
    for number, article in enumerate(articles):
        post += 1
        form = rng.choice(forms)
        poster = rng.choice(people)
        stamp = rng.choice(_LI_TIMES).format(h=rng.randint(1, 23), d=rng.randint(1, 6))
        degree = rng.choice(("2nd", "3rd+", "2nd", "1st"))
        domain = _site(article.outlet).removeprefix("www.")
        b.blank()
        if numbered:
            b.add(f"Feed post number {post}", "separator")
        if form == "page_repost":
            page = display_name(article.outlet)
            bare = rng.random() < 0.35  # a plain repost: no words of the poster's own
            if bare:
                b.add(f"{poster} reposted this", "comments")
            else:
                if rng.random() < 0.25:
                    b.add(f"{rng.choice([p for p in people if p != poster])} likes this", "comments")
                person_lines(poster, degree, headlines[poster], stamp, degree != "1st" and rng.random() < 0.5, "byline")
                b.blank()
                commentary(False)
                b.blank()
            b.add(page, "outlet")
            if desktop and rng.random() < 0.7:
                b.add(page, "outlet")
            b.add(f"{rng.randint(20_000, 9_000_000):,} followers", "comments")
            b.add(rng.choice(_LI_TIMES).format(h=rng.randint(1, 23), d=rng.randint(1, 6)), "time")
            title_first = rng.random() < 0.3
            if title_first:
                b.add(article.title, "title")
            if style == "blank" or title_first:
                b.blank()
            text(article, page)
            if not title_first:
                b.blank()
                card(article, domain)
        else:
            if rng.random() < 0.25:
                b.add(f"{rng.choice([p for p in people if p != poster])} {rng.choice(('likes this', 'commented on this', 'finds this insightful', 'reposted this'))}", "comments")
            person_lines(poster, degree, headlines[poster], stamp, degree != "1st" and rng.random() < 0.5, "byline")
            b.blank()
            if form == "pasted":
                commentary(True)
                b.blank()
                if rng.random() < 0.35:
                    b.add(rng.choice(("📰 {}", "{}", "\"{}\"")).format(article.title), "title")
                    if style == "blank":
                        b.blank()
                text(article, domain)
                b.blank()
                if rng.random() < 0.3:
                    b.add("…see less", "readmore")
                card(article, domain)
            else:
                commentary(False)
                if rng.random() < 0.4:
                    b.add("…see more", "readmore")
                b.blank()
                card(article, domain)
                b.blank()
                text(article, domain)
        b.blank()
        counts(poster)
        if number == foreign_after:
            company, followers, copy, site, button = promoted
            b.blank()
            if numbered:
                post += 1
                b.add(f"Feed post number {post}", "separator")
            b.add(company, "sponsored")
            b.add(followers.format(n=rng.randint(1, 90), k=rng.randint(100, 999)), "sponsored")
            b.add("Promoted", "sponsored")
            b.blank()
            b.add(copy, "sponsored")
            b.add(site, "sponsored")
            b.add(button, "sponsored")
            if rng.random() < 0.5:
                b.add(f"👍 {rng.randint(5, 300)} · {rng.randint(1, 20)} comments", "sponsored")
        if number == people_box_after:
            b.blank()
            b.add("People you may know", "section")
            b.add(rng.choice(("From your industry", "Based on your recent activity", "From your school")), "section")
            for suggested in rng.sample([p for p in _LI_PEOPLE if p not in people and p != me], 3):
                b.add(suggested, "readmore")
                b.add(rng.choice(_LI_HEADLINES).format(org=rng.choice(_LI_ORGS)), "readmore")
                b.add("Connect", "share")
            b.add("Show all", "readmore")
    if rng.random() < 0.5:
        b.blank()
        b.add(rng.choice(("Show more feed updates", "New posts", "You're all caught up")), "readmore")
    if rng.random() < 0.6:
        b.blank()
        b.add("About   Accessibility   Help Center   Privacy & Terms ▾   Ad Choices   Advertising   Business Services ▾   Get the LinkedIn app   More", "footer")
        b.add(f"LinkedIn Corporation © {rng.choice((2024, 2025, 2026))}", "copyright")


# --------------------------------------------------------------------------- a messaging app's chat export


#: Relatives (invented) in a family group, how their names are saved in the phone.
_WA_FAMILY = ("Mum", "Dad", "Auntie Carol", "Uncle Dev", "Grandpa Joe", "Nan", "Priya", "Tom", "Lily", "Aunt Rosa", "Cousin Mark", "Sanjay")
_WA_NAME_EMOJI = (" ❤️", " 🌸", " 👴", " 🏡", " ☀️", " 💕")
_WA_GROUPS = ("Family 🏡", "The Okafors ❤️", "Cousins 🎉", "Sunday Lunch Crew", "Family chat", "Mum & Dad & us")
#: Family chatter between the forwards: prose, furniture every word of it.
_WA_CHATTER = (
    "Morning all ☀️",
    "Has anyone heard from Tom? He hasn't answered his phone since Tuesday.",
    "Don't forget Nan's birthday lunch on Sunday, 1pm at ours. Bring a pudding if you can!",
    "Can someone pick Lily up from school tomorrow? I'm stuck at work until six.",
    "The plumber finally came. Only took him three weeks 🙄",
    "Just landed, will call you tonight x",
    "Who has the spare key for the garage?",
    "Happy anniversary Mum and Dad!! ❤️🎉",
    "Is the barbecue still on if it rains?",
    "Thank you for the flowers, they're beautiful 🌷",
    "Running late, start without me",
    "Did you all get the photos from the weekend?",
    "Night night everyone 😴",
    "The dog has eaten another sock. Vet says he'll be fine.",
)
#: Chatter of several lines: the first after the message's stamp, the rest on their own lines.
_WA_CHATTER_LONG = (
    ("Right, plan for Saturday:", "We leave at 9 to beat the traffic", "Lunch at the pub by the harbour", "Back home by 6 at the latest"),
    ("Shopping list for Sunday if anyone's going past the big supermarket:", "potatoes", "2 bottles of red", "candles for the cake!!"),
    ("Reminder that the car needs its MOT before the end of the month.", "I've booked it for Thursday morning.",
     "Can someone drop me at the station after?"),
    ("Thank you all for coming yesterday, it was lovely to have everyone round the table.", "",
     "Leftovers are in the freezer if anyone wants them. Love you all x"),
)
#: What the others answer to a forward.
_WA_ANSWERS = (
    "Is this true?? 😱", "Where did you get this from?", "{who}, this is from years ago 😂", "Terrible. Those poor people.",
    "I saw something about this on the news this morning.", "{who} please check before forwarding, half of these are made up",
    "Wow", "😮😮", "🙏", "Unbelievable", "Crazy world we live in", "Thanks for sharing", "Haha classic",
    "That's not what the other article said though.", "Read it all, very sad.", "👍", "❤️", "😂😂😂",
    "Can you send the link? The text is too long to read on my phone",
    "Same story as yesterday but with different numbers?",
)
#: What the forwarder writes over an article.
_WA_NOTES = (
    "Have you seen this??", "Read this 👇", "Just saw this, unbelievable", "Please read, important",
    "Interesting article, copying it here because of the paywall", "This is the one I was telling you about at lunch",
    "Another one on the same story", "For those who asked", "Shocking 😳", "Here's the full article in case the link doesn't open",
)
#: A chain forward's tail under the pasted text.
_WA_TAILS = (
    "Please share with everyone you know 🙏", "Forward to all your groups!!", "Pass it on, people need to know.",
    "Share before they delete it!",
)
#: The phone's language: the export's notices ("Messages and calls are end-to-end encrypted..."),
#: media and deletion placeholders, the "Forwarded" markers, and what the one relative who
#: writes in that language says: Spanish, German, Portuguese, Italian, Polish.
_WA_LOCALES = {
    "en": ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
           "<Media omitted>", "image omitted", "This message was deleted", "You deleted this message", "Forwarded", "Forwarded many times", ()),
    "es": ("Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información.",
           "<Multimedia omitido>", "imagen omitida", "Se eliminó este mensaje.", "Eliminaste este mensaje.", "Reenviado", "Reenviado muchas veces",
           ("¿Esto es verdad? Qué horror 😱", "Besos a todos, nos vemos el domingo", "Ay, pobre gente. Que Dios los ayude 🙏")),
    "de": ("Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu erfahren.",
           "<Medien ausgeschlossen>", "Bild weggelassen", "Diese Nachricht wurde gelöscht.", "Du hast diese Nachricht gelöscht.", "Weitergeleitet", "Häufig weitergeleitet",
           ("Ist das wirklich wahr? Unglaublich.", "Grüße an alle, bis Sonntag!", "Schrecklich, die armen Leute.")),
    "pt": ("As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta e ficam somente entre você e os participantes desta conversa. Nem mesmo o WhatsApp pode ler ou ouvi-las. Toque para saber mais.",
           "<Arquivo de mídia oculto>", "imagem ocultada", "Mensagem apagada", "Você apagou esta mensagem", "Encaminhada", "Encaminhada com frequência",
           ("Meu Deus, que coisa horrível! Vocês viram isso?", "Beijos para todos, saudades ❤️", "Será que é verdade? Vi outra coisa na TV.")),
    "it": ("I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerli o ascoltarli. Tocca per saperne di più.",
           "<Media omessi>", "immagine omessa", "Questo messaggio è stato eliminato", "Hai eliminato questo messaggio", "Inoltrato", "Inoltrato molte volte",
           ("Ma è vero? Non ci posso credere.", "Un bacio a tutti, a domenica!", "Che tristezza, povera gente.")),
    "pl": ("Wiadomości i połączenia są szyfrowane end-to-end. Nikt spoza tego czatu, nawet WhatsApp, nie może ich odczytać ani odsłuchać. Dotknij, aby dowiedzieć się więcej.",
           "<Pominięto multimedia>", "pominięto obraz", "Ta wiadomość została usunięta", "Usunięto tę wiadomość", "Przekazane dalej", "Wielokrotnie przekazywane dalej",
           ("Czy to prawda? Straszne.", "Buziaki dla wszystkich, do niedzieli!", "Nie mogę w to uwierzyć.")),
}
#: How the forwarded text names its outlet: the link (before the text, with the app's preview
#: on some; or under the title as an app's share text; or after the text), or the name in a
#: line of its own after the text.
_WA_SOURCE_LINES = ("— Source: {o}", "Source: {o}", "Source - {o}", "{o}", "({o})", "Copied from {o}", "Courtesy: {o}", "via {o}")
_WA_LINK_AFTER = ("{u}", "Read more: {u}", "Full story: {u}", "Link 👉 {u}")


def _whatsapp_chat_export(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A family group's chat exported as a .txt file, relatives forwarding articles. Every
    message opens with the export's stamp and the sender ("12/05/2026, 21:14 - Mum: ",
    "5/12/26, 9:14 PM - Dad: ", "[12.05.26, 21:14:07] Uncle Dev: "), a long message going on
    on lines of its own without it; the first lines are the app's notices ("Messages and calls
    are end-to-end encrypted...", in English, Spanish, German, Portuguese, Italian or Polish
    as the phone's language, and "Mum created group ..." on some). A forward comes as a link
    with, on some, the app's preview on lines of its own (the title, the domain) and then the
    text pasted in a second message; or as an app's share text (the title, the link on the
    next line, the text under them); or as text pasted under "Forwarded" / "Forwarded many
    times" (on the stamp's line or over it) or the forwarder's words ("Read this 👇"), with
    the title ("*Title*" in the app's bold, "📰 Title") or the first paragraph after the stamp,
    paragraphs apart by empty lines or not, and the outlet named after the text ("— Source:
    X", "X", "(X)", "Copied from X", the link, "Read more: URL"), a chain tail ("Please share
    with everyone you know 🙏") on some; a long text sent in two messages on some, a relative's
    answer between them on a few. Between forwards family chatter (one line or several),
    "<Media omitted>" (or iOS's "‎image omitted" and "<attached: ...>"), "This message was
    deleted", "<This message was edited>", answers and emoji; one relative writes in the
    phone's language on some pages; people added and leaving.

    Outlet rule: where the forward carries a link, the article is credited to the link's
    domain (without "www."); where it names the outlet after the text, to that name (its
    display name)."""
    export = rng.choice(("android_uk", "android_uk", "android_us", "ios_eu", "ios_uk"))
    ios = export.startswith("ios")
    language = rng.choice(("en", "en", "en", "es", "de", "pt", "it", "pl"))
    notice, media, ios_media, deleted, you_deleted, forwarded, forwarded_often, local_lines = _WA_LOCALES[language]
    group = rng.choice(_WA_GROUPS)
    family = rng.sample(_WA_FAMILY, rng.randint(4, 6))
    short = {name: name for name in family}  # how the others call them in a message
    for position in rng.sample(range(len(family)), rng.randint(0, 2)):
        saved = family[position] + rng.choice(_WA_NAME_EMOJI)
        short[saved] = family[position]
        family[position] = saved
    if rng.random() < 0.3:
        number_saved = rng.choice((f"+44 7700 900{rng.randint(100, 999)}", f"+1 (202) 555-01{rng.randint(10, 99)}"))
        family.append(number_saved)
        short[number_saved] = ""  # an unsaved number: nobody calls it by name
    forwarders = family[: max(2, len(family) // 2)]  # the older ones forward the news
    local_speaker = rng.choice(family) if local_lines and rng.random() < 0.7 else None
    style = rng.choice(("blank", "blank", "tight"))
    small_talk = rng.sample(_WA_CHATTER, len(_WA_CHATTER))  # said once each, in this order
    when = datetime(rng.choice((2024, 2025, 2026)), rng.randint(1, 12), rng.randint(1, 25), rng.randint(7, 20), rng.randint(0, 59), rng.randint(0, 59))
    if rng.random() < 0.35:
        articles = _grouped_by_outlet(articles)

    us_space = "\u202f" if rng.random() < 0.5 else " "  # newer Android exports put a narrow space before "PM"

    def head(sender: str | None) -> str:
        """The stamp that opens a message (or a notice, ``sender`` None) in the export's form."""
        if export == "android_uk":
            text = f"{when:%d/%m/%Y}, {when:%H:%M} - "
        elif export == "android_us":
            text = f"{when.month}/{when.day}/{when:%y}, {when.hour % 12 or 12}:{when:%M}{us_space}{'AM' if when.hour < 12 else 'PM'} - "
        elif export == "ios_eu":
            text = f"[{when:%d.%m.%y}, {when:%H:%M:%S}] "
        else:
            text = f"[{when:%d/%m/%Y}, {when:%H:%M:%S}] "
        if sender is None:
            return text + (f"{group}: \u200e" if ios else "")
        return f"{text}{sender}: "

    def tick(low: int = 1, high: int = 30) -> None:
        nonlocal when
        when += timedelta(minutes=rng.randint(low, high), seconds=rng.randint(0, 59))
        if when.hour >= 23 and low:  # nobody writes after eleven: the next message comes in the morning
            next_day()

    def next_day() -> None:
        nonlocal when
        when = (when + timedelta(days=rng.randint(1, 2))).replace(hour=rng.randint(7, 12), minute=rng.randint(0, 59))

    def say(sender: str, text: str, label: str = "comments") -> None:
        tick()
        b.add(head(sender) + text, label)

    def system(text: str) -> None:
        tick()
        b.add(head(None) + text, "comments")

    def chatter() -> None:
        roll = rng.random()
        sender = rng.choice(family)
        if sender == local_speaker and rng.random() < 0.6:
            say(sender, rng.choice(local_lines))
        elif roll < 0.15:
            lines = rng.choice(_WA_CHATTER_LONG)
            say(sender, lines[0])
            for line in lines[1:]:
                b.add(line, "comments")
        elif roll < 0.3:
            if ios:
                say(sender, rng.choice((f"\u200e{ios_media}", f"\u200e<attached: {rng.randint(1, 99):08d}-PHOTO-{when:%Y-%m-%d-%H-%M-%S}.jpg>")))
            else:
                say(sender, media)
        elif roll < 0.38:
            say(sender, (f"\u200e{deleted}" if ios else deleted) if rng.random() < 0.7 else you_deleted)
        elif roll < 0.43:
            system(rng.choice((f"{rng.choice(family)} added {rng.choice(('Aunt Rosa', 'Cousin Mark', 'Ade', 'Hannah'))}",
                               f"{rng.choice(family)} left", f"{rng.choice(family)} changed the group description",
                               "Missed voice call")))
        else:
            text = small_talk.pop() if small_talk else rng.choice(_WA_CHATTER)
            if rng.random() < 0.12:
                text += " <This message was edited>"
            say(sender, text)

    def url_of(article: SourceArticle) -> tuple[str, str]:
        url = _article_url(rng, article)
        if rng.random() < 0.5 and url.count(".") == 1:
            url = url.replace("https://", "https://www.")
        if rng.random() < 0.3:
            url += rng.choice(("?utm_source=whatsapp", "?ito=whatsapp_share", "?s=08", "?amp"))
        return url, url.split("/")[2].removeprefix("www.")

    def paste(article: SourceArticle, outlet: str, sender: str, first_on_stamp: bool) -> None:
        """The article's paragraphs; the first after the message's stamp where ``first_on_stamp``."""
        paragraphs = article.paragraphs
        second_part = rng.randrange(2, len(paragraphs)) if len(paragraphs) >= 4 and rng.random() < 0.2 else -1
        b.start(article, outlet, article.title)
        for position, paragraph in enumerate(paragraphs):
            label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
            if position == 0 and first_on_stamp:
                tick(0, 1)
                b.body(head(sender) + paragraph, paragraph, label)
                continue
            if position == second_part:
                if rng.random() < 0.3:
                    say(rng.choice([f for f in family if f != sender]), rng.choice(("Is there more?", "keep going 😂", "?")))
                tick(0, 2)
                b.body(head(sender) + paragraph, paragraph, label)
                continue
            if position and style == "blank":
                b.blank()
            b.body(paragraph, paragraph, label)
        b.end()

    def title_line(article: SourceArticle) -> str:
        return rng.choice(("*{}*", "*{}*", "{}", "📰 {}", "🔴 *{}*")).format(article.title)

    # The export's first lines: the app's notice, the group's creation on some.
    when -= timedelta(days=rng.randint(0, 3))
    b.add(head(None) + notice, "header")
    if rng.random() < 0.5:
        b.add(head(None) + f"{family[0]} created group \"{group}\"" if not ios else head(None) + f"{family[0]} created this group", "header")
        if rng.random() < 0.5:
            b.add(head(None) + f"{family[0]} added you", "header")
    for number, article in enumerate(articles):
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            chatter()
        if rng.random() < 0.2:
            next_day()
        sender = rng.choice(forwarders)
        form = rng.choice(("link_preview", "share_text", "named", "named", "link_after"))
        url, domain = url_of(article)
        name = display_name(article.outlet)
        if form == "link_preview":
            if rng.random() < 0.5:
                say(sender, rng.choice(_WA_NOTES))
                say(sender, url, "outlet")
            else:
                say(sender, url, "outlet")
            preview = rng.random() < 0.6
            if preview:
                b.add(article.title, "title")
                if rng.random() < 0.7:
                    b.add(domain, "outlet")
            start = rng.choice(("paragraph", "title", "note") if preview else ("title", "note"))
            if rng.random() < 0.3:
                say(sender, f"\u200e{ios_media}" if ios else media)
            if start == "paragraph":
                paste(article, domain, sender, True)
            else:
                say(sender, title_line(article) if start == "title" else rng.choice(_WA_NOTES), "title" if start == "title" else "comments")
                if start == "note":
                    b.add(title_line(article), "title")
                if style == "blank":
                    b.blank()
                paste(article, domain, sender, False)
        elif form == "share_text":
            say(sender, title_line(article), "title")
            b.add(url, "outlet")
            b.blank()
            paste(article, domain, sender, False)
        else:
            marker = rng.choice(("stamp", "above", "none", "note"))
            if marker == "above":
                tick()
                b.add(rng.choice((forwarded, forwarded_often)), "share")
                b.add(head(sender) + title_line(article), "title")
            elif marker == "stamp":
                say(sender, rng.choice((forwarded, forwarded_often)), "share")
                b.add(title_line(article), "title")
            elif marker == "note":
                say(sender, rng.choice(_WA_NOTES))
                b.add(title_line(article), "title")
            else:
                say(sender, title_line(article), "title")
            if style == "blank" or rng.random() < 0.5:
                b.blank()
            shown = domain if form == "link_after" else name
            paste(article, shown, sender, False)
            if rng.random() < 0.7:
                b.blank()
            if form == "link_after":
                b.add(rng.choice(_WA_LINK_AFTER).format(u=url), "outlet")
            else:
                b.add(rng.choice(_WA_SOURCE_LINES).format(o=name), "outlet")
            if rng.random() < 0.2:
                b.blank()
                b.add(rng.choice(_WA_TAILS), "comments")
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            answerer = rng.choice([f for f in family if f != sender])
            if answerer == local_speaker and rng.random() < 0.5:
                say(answerer, rng.choice(local_lines))
            else:
                answers = _WA_ANSWERS if short[sender] else [a for a in _WA_ANSWERS if "{who}" not in a] + ["Sorry, who is this?"]
                say(answerer, rng.choice(answers).format(who=short[sender]))
        if rng.random() < 0.25:
            say(sender, rng.choice(("Sorry meant to send that to the other group 🙈", "It was on the radio too apparently",
                                    "Just passing it on", "Don't shoot the messenger 😂", "I know, I know, but read it anyway")))
    for _ in range(rng.choice((0, 1, 2))):
        chatter()


# --------------------------------------------------------------------------- a media-bias site's story page


#: The bias-rating news site: its name, tagline and the company its footer names.
_BALANCE_SITES = (
    ("Parallax News", "See every side of every story", "Parallax Media PBC"),
    ("Levelset", "News from every angle", "Levelset Labs Inc."),
    ("Both Sides Brief", "Balanced news, rated for bias", "Both Sides Brief LLC"),
    ("Middle Lane", "Don't settle for one side of the story", "Middle Lane News Ltd"),
)
_BALANCE_LEANINGS = ("Left", "Lean Left", "Center", "Lean Right", "Right")
#: The site's own bias ratings of the corpus's common outlets; any other outlet gets one drawn per page.
_BALANCE_RATINGS = {
    "huffingtonpost.com": "Left", "huffingtonpost.co.uk": "Left", "salon.com": "Left", "slate.com": "Left", "vox.com": "Left",
    "thedailybeast.com": "Left", "jezebel.com": "Left", "buzzfeed.com": "Left", "nymag.com": "Left", "gawker.com": "Left",
    "theguardian.com": "Lean Left", "washingtonpost.com": "Lean Left", "nytimes.com": "Lean Left", "NYT": "Lean Left",
    "cnn.com": "Lean Left", "nbcnews.com": "Lean Left", "cbsnews.com": "Lean Left", "abcnews.go.com": "Lean Left",
    "time.com": "Lean Left", "theatlantic.com": "Lean Left", "independent.co.uk": "Lean Left", "npr.org": "Lean Left",
    "latimes.com": "Lean Left", "mirror.co.uk": "Lean Left", "theverge.com": "Lean Left", "wired.com": "Lean Left",
    "gizmodo.com": "Lean Left", "mashable.com": "Lean Left", "mediaite.com": "Lean Left", "aljazeera.com": "Lean Left",
    "usatoday.com": "Lean Left", "AP": "Lean Left", "metro.co.uk": "Lean Left",
    "reuters.com": "Center", "bbc.com": "Center", "bbc.co.uk": "Center", "AFP": "Center", "UPI": "Center", "VOA": "Center",
    "forbes.com": "Center", "businessinsider.com": "Center", "newsweek.com": "Center", "ibtimes.com": "Center",
    "ibtimes.co.uk": "Center", "ibtimes.co.in": "Center", "sky.com": "Center", "news.sky.com": "Center", "cbc.ca": "Center",
    "techtimes.com": "Center", "macrumors.com": "Center", "appleinsider.com": "Center", "smh.com.au": "Center",
    "english.alarabiya.net": "Center", "PRI": "Center",
    "dailymail.co.uk": "Lean Right", "telegraph.co.uk": "Lean Right", "nypost.com": "Lean Right", "express.co.uk": "Lean Right",
    "thesun.co.uk": "Lean Right", "dailystar.co.uk": "Lean Right", "theepochtimes.com": "Lean Right",
    "news.nationalpost.com": "Lean Right",
    "foxnews.com": "Right", "breitbart.com": "Right", "theblaze.com": "Right", "dailycaller.com": "Right",
    "nydailynews.com": "Lean Left", "people.com": "Lean Left", "politico.com": "Lean Left", "news.yahoo.com": "Lean Left",
    "haaretz.com": "Lean Left", "bloomberg.com": "Lean Left", "mic.com": "Left", "deadspin.com": "Left",
    "huffingtonpost.ca": "Left", "news.com.au": "Center", "cnbc.com": "Center", "online.wsj.com": "Center",
    "theglobeandmail.com": "Center", "globalnews.ca": "Center", "ctvnews.ca": "Center", "theweek.com": "Center",
    "usnews.com": "Center", "snopes.com": "Center", "upi.com": "Center", "itv.com": "Center", "timesofisrael.com": "Center",
    "espn.go.com": "Center", "washingtontimes.com": "Lean Right", "christianpost.com": "Lean Right", "torontosun.com": "Lean Right",
    "rt.com": "Lean Right", "zerohedge.com": "Right", "newsmax.com": "Right", "thegatewaypundit.com": "Right",
    "freebeacon.com": "Right", "wnd.com": "Right", "nationalreview.com": "Right",
}
_BALANCE_OWNERS = ("Media Conglomerate", "Independent", "Private Equity", "Billionaire", "Telecom", "Government", "Other")
#: Outlets of the teaser cards nobody opened, with the site's rating of each.
_BALANCE_OTHERS = (
    ("The Hill", "Center"), ("Axios", "Lean Left"), ("Washington Examiner", "Lean Right"), ("Newsmax", "Right"),
    ("Mother Jones", "Left"), ("MSNBC", "Left"), ("The Christian Science Monitor", "Center"), ("Deseret News", "Lean Right"),
    ("Yahoo News", "Lean Left"), ("The Federalist", "Right"), ("Bloomberg", "Lean Left"), ("RealClearPolitics", "Center"),
    ("Daily Wire", "Right"), ("The Intercept", "Left"), ("Wall Street Journal (News)", "Center"),
)
_BALANCE_PLACES = (
    "London, United Kingdom", "New York, United States", "Washington, DC, United States", "Los Angeles, United States",
    "Toronto, Canada", "Sydney, Australia", "Manchester, United Kingdom", "Atlanta, United States", "Dubai, United Arab Emirates",
)
#: The editors' summary: sentences naming no outlet ({c}: the claim, lower-cased; {t}: the topic).
_BALANCE_SUMMARY_OPENERS_CLAIM = (
    "Reports spreading online this week claimed that {c}.",
    "Several outlets reported that {c}, a claim that spread quickly on social media.",
    "A story that {c} drew wide coverage and a good deal of skepticism.",
)
_BALANCE_SUMMARY_OPENERS_TOPIC = (
    "Outlets across the spectrum covered {t} this week.",
    "{t} drew coverage from news sources across the political spectrum.",
    "Coverage of {t} grew over the past day as more outlets picked up the story.",
    "News sources across the political spectrum picked up the story over the past day.",
    "The story drew coverage from outlets on the left, the right and the center.",
)
_BALANCE_SUMMARY_MORE = (
    "Some sources reported the details as confirmed, while others noted that key facts could not be independently verified.",
    "Several outlets have since updated their stories with statements from officials.",
    "Left-leaning coverage focused on the people affected and on how the story spread online.",
    "Right-leaning outlets emphasized official statements and criticized early reporting as rushed.",
    "Center-rated sources largely stuck to what authorities had confirmed.",
    "The story first circulated on social media before national outlets picked it up.",
    "Headlines differed sharply in tone, from matter-of-fact to sensational.",
    "Fact-checkers have begun looking into parts of the claim.",
)
_BALANCE_UPSELLS = (
    ("Unlock factuality and ownership data with {site} Premium.", "Try 30 days free"),
    ("Support balanced, independent news: become a {site} member for $4.99/month.", "Join now"),
    ("See who owns the outlets you read. Upgrade to {site} Pro — 40% off this week.", "Upgrade"),
    ("Read without ads and compare coverage side by side with {site} Plus.", "Subscribe"),
)
#: Latvian ads ("Flights to Riga from 39 €. Book now!", "Winter tyres up to 40% off. Delivery all
#: over Latvia.", "A home loan with no down payment — find out more"), under "Reklāma" (advertisement).
_BALANCE_LATVIAN = (
    "Lidojumi uz Rīgu no 39 €. Rezervē tagad!",
    "Ziemas riepas ar atlaidi līdz 40%. Piegāde visā Latvijā.",
    "Mājokļa kredīts bez pirmās iemaksas — uzzini vairāk",
)


#: Words a claim may open with that are no name, lower-cased inside a sentence.
_BALANCE_PLAIN_OPENERS = frozenset({
    "a", "an", "the", "this", "that", "these", "there", "some", "several", "one", "two", "three", "four", "five", "police",
    "scientists", "researchers", "doctors", "officials", "people", "women", "men", "students", "parents", "photos", "video",
    "it", "its", "his", "her", "their", "an", "hundreds", "thousands", "dozens",
})


def _balance_rating(outlet: str) -> str:
    """The site's rating of an outlet it knows ("af.reuters.com" as "reuters.com"), else ""."""
    if outlet in _BALANCE_RATINGS:
        return _BALANCE_RATINGS[outlet]
    known = [key for key in _BALANCE_RATINGS if outlet.endswith("." + key)]
    return _BALANCE_RATINGS[max(known, key=len)] if known else ""


def _balance_claim(claim: str) -> tuple[str, str]:
    """The story's claim as a heading and inside a sentence ("" for none or one cut short)."""
    if not claim or claim.endswith("…"):
        return "", ""
    claim = re.sub(r"\b[Uu] s\b", "U.S.", re.sub(r"\b[Uu] k\b", "U.K.", claim))
    first = claim.split()[0]
    inside = first.lower() + claim[len(first):] if first.lower() in _BALANCE_PLAIN_OPENERS else claim
    return claim, inside


def _balance_side(rating: str) -> str:
    return "Left" if "Left" in rating else "Right" if "Right" in rating else "Center"


def _balanced_coverage_page(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A media-bias news site's page for one story (the kind that rates outlets Left to
    Right and shows how coverage splits), copied as text. The site's name, tagline, menu and
    sign-in bar, a cookie notice on some; then in one of two page kinds:

    the story page: a kicker on some, the editors' own heading for the story, "Published 3
    hours ago • Updated 20 minutes ago", "87 articles", "Summary by Site" (or "Insights by
    Site AI", "Key points") over three bullets, the bias distribution ("Left 32% · Center 41%
    · Right 27%", "L 32%  C 41%  R 27%" or "41% of the sources are Center"), on some a
    "Coverage Details" table, locked factuality and ownership boxes and a "Blindspot" box;
    the tabs ("All 87   Left 28   Center 36   Right 23") and "Sort by"; then each source's
    card, grouped under "Left (28)"-style headings on some pages: the outlet ("X", "X logo",
    "X · Lean Left", or its rating over its name), the headline, place and time, the rating
    line ("Lean Left · High Factuality · Ownership: Independent") on some, the text, "Read
    Full Article" or "Read full article at domain ›"; teaser cards of other headlines (other
    outlets, their ratings) between;

    or the headline roundup: "Headline Roundup", the date, the heading, "Summary from the
    Site News Team" over two paragraphs, then "From the Left", "From the Center", "From the
    Right" (or the bare side names), each over its outlets' articles: headline and outlet in
    either order (or "X (Lean Right)" on one line), "Site Media Bias Rating: Lean Right" on
    some, the text, "Read full story"; a side with no articles says so; "See all 87 sources",
    "Related Headline Roundups".

    Between articles a subscription upsell, a newsletter box or a Latvian ad; the site's
    methodology note, footer and copyright at the end.

    Title rule: only a pasted article's own headline is "title"; the editors' heading and
    the summary are furniture ("section", "comments"), teaser cards and related roundups
    "readmore". Outlet rule: an article is credited to its display name, which a line over
    or under its headline always shows (the logo's alt text "X logo" alone on some pages);
    "Read full article at domain ›" under the text is "outlet" too."""
    site, tagline, owner = rng.choice(_BALANCE_SITES)
    roundup = rng.random() < 0.45
    style = rng.choice(("blank", "blank", "tight"))
    today = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    topic = _story_subject(articles)
    claim, claim_inside = _balance_claim(_story_claim(ctx.story, articles))
    ratings: dict[str, str] = {}
    for article in articles:
        if article.outlet not in ratings:
            ratings[article.outlet] = _balance_rating(article.outlet) or rng.choice(_BALANCE_LEANINGS)
    factuality = {o: rng.choice(("High", "High", "Very High", "Mixed", "Mixed", "Low")) for o in ratings}
    owners = {o: rng.choice(_BALANCE_OWNERS) for o in ratings}
    sides: dict[str, list[SourceArticle]] = {"Left": [], "Center": [], "Right": []}
    for article in articles:
        sides[_balance_side(ratings[article.outlet])].append(article)
    # The story's whole coverage: far more sources than the page's articles, split roughly as they are.
    total = rng.randint(len(articles) + 6, 160)
    weights = {side: len(members) + rng.uniform(0.3, 1.6) for side, members in sides.items()}
    left = round(100 * weights["Left"] / sum(weights.values()))
    right = round(100 * weights["Right"] / sum(weights.values()))
    center = 100 - left - right
    counts = {"Left": round(total * left / 100), "Right": round(total * right / 100)}
    counts["Center"] = total - counts["Left"] - counts["Right"]
    blindspot = "Right" if right < 20 else "Left" if left < 20 else ""
    others = list(ctx.other_titles)
    rng.shuffle(others)
    latvian_after = rng.randrange(len(articles) - 1) if rng.random() < 0.6 else -1
    upsell_after = rng.randrange(len(articles) - 1) if rng.random() < 0.6 else -1

    def ago(minutes: bool = False) -> str:
        return _ago(rng, ("{n} minutes ago", "{n}0 minutes ago") if minutes else ("{n} hours ago", "{n} hours ago", "1 day ago"))

    def heading() -> str:
        if claim:
            return rng.choice((f"Reports: {claim}", f"{claim}, reports say", f"Outlets split over claim that {claim_inside}",
                               f"Viral claim that {claim_inside} draws scrutiny"))
        return rng.choice((f"{topic}: what outlets are reporting", f"{topic}: the latest", f"Coverage roundup: {topic}"))

    def summary_sentences(count: int) -> list[str]:
        opener = rng.choice(_BALANCE_SUMMARY_OPENERS_CLAIM).format(c=claim_inside) if claim else \
            rng.choice(_BALANCE_SUMMARY_OPENERS_TOPIC).format(t=topic)
        return [opener[:1].upper() + opener[1:], *rng.sample(_BALANCE_SUMMARY_MORE, count - 1)]

    def between(number: int) -> None:
        """A box after the ``number``-th article: an upsell, the Latvian ad or a newsletter box."""
        if number == upsell_after:
            copy, button = rng.choice(_BALANCE_UPSELLS)
            b.blank()
            b.add(copy.format(site=site), "sponsored")
            b.add(button, "sponsored")
        if number == latvian_after:
            _ad_box(b, "Reklāma", rng.choice(_BALANCE_LATVIAN))
        elif rng.random() < 0.15:
            b.blank()
            b.add(rng.choice(("Get the Blindspot Report in your inbox", f"The {site} Daily: balanced news every morning")), "newsletter")
            b.add("Enter your email   Sign up", "newsletter")

    def body(article: SourceArticle, outlet: str) -> None:
        if style == "blank":
            b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, style, rng)
        b.end()

    # The site's bar.
    b.add(site, "header")
    if rng.random() < 0.5:
        b.add(tagline, "header")
    if roundup:
        b.add(rng.choice(("Headline Roundups   Balanced Search   Media Bias Ratings   Blindspot   Newsletters   Donate",
                          "News | Headline Roundups | Bias Ratings | Blindspot | About | Donate")), "header")
    else:
        b.add(rng.choice(("Home   For You   Local   Blindspot   My News Bias   Search",
                          "Home  ·  For You  ·  Local  ·  Blindspot  ·  Discover")), "header")
    b.add(rng.choice(("Log in   Subscribe", "Sign in  ·  Get Premium", "Log In | Sign Up")), "header")
    if rng.random() < 0.35:
        b.blank()
        b.add(f"We use cookies to understand how you use {site} and to improve your experience. See our Privacy Policy.", "cookie")
        b.add(rng.choice(("Accept", "Got it", "[ Accept all ]  [ Settings ]")), "cookie")
    b.blank()
    if roundup:
        b.add(rng.choice(("Headline Roundup", "HEADLINE ROUNDUP")), "section")
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(today.day, "th")
        b.add(rng.choice((f"{_MONTHS[today.month - 1]} {today.day}{suffix}, {today.year}", f"{today.day} {_MONTHS[today.month - 1]} {today.year}")), "time")
        b.blank()
        b.add(heading(), "section")
        if rng.random() < 0.4:
            b.add(rng.choice(("Share  ·  Tweet  ·  Email", "f   𝕏   ✉   🔗")), "share")
        b.blank()
        b.add(rng.choice((f"Summary from the {site} News Team", f"{site} Summary", "Summary")), "section")
        said = summary_sentences(4)
        b.add(" ".join(said[:2]), "comments")
        b.blank()
        b.add(" ".join(said[2:]), "comments")
        if rng.random() < 0.5:
            b.blank()
            b.add(f"Coverage: Left {left}% · Center {center}% · Right {right}%", "comments")
        names = rng.choice((("From the Left", "From the Center", "From the Right"), ("FROM THE LEFT", "FROM THE CENTER", "FROM THE RIGHT"),
                            ("Left", "Center", "Right")))
        form = rng.choice(("title_outlet", "title_outlet", "outlet_title", "inline"))
        rating_form = rng.choice((f"{site} Media Bias Rating: {{r}}", "Media Bias Rating: {r}", "Bias rating: {r}", "{r}", ""))
        number = 0
        for side, shown_side in zip(sides, names):
            b.blank()
            b.add(shown_side, "section")
            if not sides[side]:
                b.add(rng.choice((f"No {side.lower()}-rated sources covered this story yet.",
                                  f"We couldn't find coverage of this story from the {side.lower()}.")), "section")
                continue
            for article in sides[side]:
                outlet = display_name(article.outlet)
                rating = ratings[article.outlet]
                b.blank()
                if form == "outlet_title":
                    b.add(outlet, "outlet")
                b.add(article.title, "title")
                if form == "title_outlet":
                    b.add(outlet, "outlet")
                elif form == "inline":
                    b.add(f"{outlet} ({rating})", "outlet")
                if rating_form and form != "inline":
                    b.add(rating_form.format(r=rating), "comments")
                body(article, outlet)
                if style == "blank" or rng.random() < 0.5:
                    b.blank()
                b.add(rng.choice(("Read full story", "Read full story", "Read full story ›", "Read More")), "readmore")
                if number < len(articles) - 1:
                    between(number)
                number += 1
        b.blank()
        b.add(rng.choice((f"See all {total} sources ›", f"See all {total} sources", "See More Headlines")), "readmore")
        if others:
            b.blank()
            b.add(rng.choice(("Related Headline Roundups", "More Headline Roundups")), "readmore")
            for title in others[: rng.randint(2, 3)]:
                b.add(title, "readmore")
    else:
        if rng.random() < 0.5:
            b.add(rng.choice((topic, "World", "Trending", "Viral", "Society")), "section")
        b.add(heading(), "section")
        b.add(rng.choice((f"Published {ago()} • Updated {ago(True)}", f"Published {ago()}", f"Updated {ago(True)}")), "time")
        b.add(rng.choice((f"{total} articles", f"{total} sources", f"{total} Articles")), "section")
        if rng.random() < 0.5:
            b.add(rng.choice(("Share   Save   Follow", f"+ Follow {topic}", "↗ Share  🔖 Save")), "share")
        b.blank()
        bullet = rng.choice(("• ", "- ", "· "))
        b.add(rng.choice((f"Summary by {site}", f"Insights by {site} AI", "Key points", "Summary")), "section")
        for sentence in summary_sentences(3):
            b.add(bullet + sentence, "comments")
        b.blank()
        b.add(rng.choice(("Bias Distribution", "Bias distribution", "Coverage by bias")), "section")
        b.add(rng.choice((f"Left {left}% · Center {center}% · Right {right}%", f"L {left}%   C {center}%   R {right}%",
                          f"{max(left, center, right)}% of the sources are {max(('Left', left), ('Center', center), ('Right', right), key=lambda x: x[1])[0]}")), "comments")
        if rng.random() < 0.5:
            b.blank()
            b.add("Coverage Details", "section")
            b.add(f"Total News Sources   {total}", "comments")
            b.add(f"Leaning Left   {counts['Left']}", "comments")
            b.add(f"Leaning Right   {counts['Right']}", "comments")
            b.add(f"Center   {counts['Center']}", "comments")
            b.add(f"Last Updated   {ago(True)}", "comments")
        if rng.random() < 0.5:
            b.blank()
            b.add("Factuality 🔒", "section")
            b.add("Ownership 🔒", "section")
            b.add(f"To view factuality and ownership data please upgrade to {site} Premium.", "sponsored")
        if blindspot and rng.random() < 0.8:
            b.blank()
            b.add(rng.choice(("BLINDSPOT", "Blindspot")), "readmore")
            share = left if blindspot == "Left" else right
            b.add(f"This story is a blindspot for the {blindspot}: only {share}% of the sources covering it lean {blindspot.lower()}.", "readmore")
            b.add("See the Blindspot Report ›", "readmore")
        b.blank()
        b.add(rng.choice((f"All {total}   Left {counts['Left']}   Center {counts['Center']}   Right {counts['Right']}",
                          f"All ({total}) | Left ({counts['Left']}) | Center ({counts['Center']}) | Right ({counts['Right']})")), "header")
        b.add(rng.choice(("Sort by: Newest ▾", "Sort by: Most relevant ▾", "Sort: Oldest first")), "header")
        grouped = rng.random() < 0.5
        group_form = rng.choice(("{s} ({n})", "From the {s}", "{S} · {n} SOURCES"))
        form = rng.choice(("name", "logo", "name_rating", "rating_over_name"))
        meta_share = rng.choice((0.0, 0.5, 1.0))
        link_form = rng.choice(("Read Full Article", "Read full article at {d} ›", "Read More"))
        number = 0
        for side, members in sides.items():
            if grouped and (members or rng.random() < 0.5):
                b.blank()
                b.add(group_form.format(s=side, S=side.upper(), n=counts[side]), "section")
            for article in members:
                if others and rng.random() < 0.3:
                    # A card nobody opened: another story's headline from an outlet on this side.
                    name, rating = rng.choice([o for o in _BALANCE_OTHERS if _balance_side(o[1]) == side])
                    b.blank()
                    b.add(f"{name} · {rating}" if form == "name_rating" else name, "readmore")
                    b.add(others.pop(), "readmore")
                    b.add(ago(), "readmore")
                outlet = display_name(article.outlet)
                rating = ratings[article.outlet]
                b.blank()
                if form == "name":
                    b.add(outlet, "outlet")
                elif form == "logo":
                    b.add(f"{outlet} logo", "outlet")
                elif form == "name_rating":
                    b.add(f"{outlet} · {rating}", "outlet")
                else:
                    b.add(rating, "comments")
                    b.add(outlet, "outlet")
                b.add(article.title, "title")
                b.add(rng.choice((f"{rng.choice(_BALANCE_PLACES)} · {ago()}", ago(), f"{rng.choice(_BALANCE_PLACES)}")), "time")
                if rng.random() < meta_share:
                    b.add(f"{rating if form != 'rating_over_name' else 'Bias: ' + rating} · {factuality[article.outlet]} Factuality · Ownership: {owners[article.outlet]}", "comments")
                if rng.random() < 0.2:
                    b.add(f"Reposted by {rng.randint(2, 14)} other sources", "comments")
                body(article, outlet)
                if style == "blank":
                    b.blank()
                if "{d}" in link_form:
                    b.add(link_form.format(d=_site(article.outlet)), "outlet")
                else:
                    b.add(link_form, "readmore")
                if number < len(articles) - 1:
                    between(number)
                number += 1
        b.blank()
        b.add(rng.choice((f"See all {total} sources", "Load more articles", f"Show {total - len(articles)} more")), "readmore")
    b.blank()
    b.add(rng.choice((f"How we rate bias: {site} ratings come from blind surveys, editorial reviews and third-party data.",
                      "Bias and factuality ratings are our own. Read our methodology ›")), "footer")
    b.add(rng.choice(("About · Methodology · Careers · Contact · Privacy · Terms", "About us | Media Bias Chart | FAQ | Privacy Policy | Terms")), "footer")
    b.add(f"© {today.year} {owner}", "copyright")


# --------------------------------------------------------------------------- a portal's continuous-scroll article page


#: The portal, its news section's bar and the company its footer names.
_SCROLL_PORTALS = (
    ("Beacon Start", "News   Weather   Money   Sports   Play   Watch   Shopping", "Beacon Interactive Ltd"),
    ("Helios Now", "Home · News · Finance · Weather · Sports · Lifestyle · Video", "Helios Web Services Inc."),
    ("Waypoint", "News | Finance | Weather | Sports | Health | Travel | Games", "Waypoint Online Corp."),
    ("Aurora Home", "Top stories   World   Money   Weather   Entertainment   Autos", "Aurora Digital Media"),
)
_SCROLL_SECTIONS = ("News › World", "News › US", "News › Trending", "News › Crime", "News › Offbeat", "World News", "News › Science")
_SCROLL_CITIES = (("Portland, OR", "F", 41, 88), ("Norwich", "C", 2, 25), ("Tampa, FL", "F", 58, 93), ("Cardiff", "C", 3, 22),
                  ("Calgary, AB", "C", -12, 26), ("Denver, CO", "F", 28, 90))
_SCROLL_SKIES = ("Mostly cloudy", "Sunny", "Partly cloudy", "Light rain", "Clear", "Windy")
_SCROLL_QUOTES = (("DOW", 39100), ("S&P 500", 5180), ("NASDAQ", 16300), ("AAPL", 189), ("MSFT", 412), ("NVDA", 880),
                  ("TSLA", 178), ("GOLD", 2150), ("EUR/USD", 1.08))
#: Video embeds between paragraphs ({t}: the story's topic) and who supplies them.
_SCROLL_VIDEOS = (
    "What we know so far about {t}", "Watch: Reaction pours in online", "{t}: the moment it happened", "Experts explain what happens next",
    "Video: Crowds gather as the news spreads", "Why this story went viral",
)
_SCROLL_VIDEO_SOURCES = ("Storyful", "Newsflare", "Wochit", "Veuer", "Bloomberg Quicktake", "Humble Pie Clips")
#: Sponsored cards between stories: headline and advertiser.
_SCROLL_SPONSORED = (
    ("Homeowners Under 70 Are Getting a Surprise Break on Insurance", "SmartSaver Quotes"),
    ("The Walking Shoe Podiatrists Can't Stop Recommending", "Strideline"),
    ("Here's What a Walk-In Shower Should Cost You in 2024", "BathPro Estimates"),
    ("One Spoon of This Before Bed Changes Everything, Doctors Say", "VitaRoot"),
    ("Unsold Laptops Are Being Sold for Next to Nothing", "TechClearance Deals"),
    ("The Credit Card Experts Use for Travel (No Annual Fee)", "CardScout"),
)
#: Malay: an app promo ("Download the Beacon Start app — the latest news straight to your
#: phone, free on the App Store and Google Play") and ads under "Iklan" (advertisement): "Personal
#: loans from 3.99% a year. Apply in 5 minutes!", "Langkawi holidays from RM399 per person. Book now!"
_SCROLL_MALAY_PROMO = "Muat turun aplikasi {portal} — berita terkini terus ke telefon anda. Percuma di App Store dan Google Play."
_SCROLL_MALAY_ADS = (
    "Pinjaman peribadi kadar serendah 3.99% setahun. Mohon dalam 5 minit!",
    "Percutian ke Langkawi dari RM399 seorang. Tempah sekarang!",
)
#: Photo captions set over the first paragraph, under which the portal credits the partner.
_SCROLL_CAPTIONS = (
    "File photo.", "The image was widely shared online.", "A view of the scene on Tuesday.", "Photo for illustrative purposes.",
    "Social media users were quick to react.", "Officials have not confirmed the report.",
)
#: The partner's line under its text.
_SCROLL_CREDITS = (
    "© {y} {o}",
    "Copyright {y} {o}. All rights reserved.",
    "This article originally appeared on {o}.",
    "Read the original article on {o}",
    "© {o} {y}. Republished under licence.",
)


def _portal_syndication_page(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A big portal's news article page in "continuous scroll": it opens on one partner's
    article and, as the reader scrolls, loads the next one under it, and the next; the whole
    scroll copied as text. The portal's bar, its news section's menu, sign-in and search, a
    weather line and a markets ticker, a consent banner on some; the section crumb ("News ›
    World"). Each article: the partner named in the page's forms (its name over the title, with
    "Follow" on some; "Story by A • 2h • X" under it; the author over "X" and a dated line;
    "© Provided by X" under a photo caption; or only a credit under the text), the title, a
    time or "Story by A • 2h", a reaction and share bar on some, the text with "Story continues
    below advertisement", "Advertisement" or "Related video: ..." (its supplier and length)
    between paragraphs on some, "Continue reading" where the portal folds the rest away on
    some; under the text the partner's credit ("© 2024 X", "This article originally appeared on
    X."), "More from X" with two other headlines on some, the feedback widget ("Was this article
    helpful?" / "Yes   No") and the comments link; "Up next" and the next article's title
    before it loads on some pages. Between articles a "Sponsored content" block, a "Trending
    now" list of other headlines, the markets widget again, or a Malay line (the portal's app
    promo or an ad under "Iklan"). The scroll ends on an "Up next" teaser of another story or a
    "Load more" button; the footer.

    Title rule: the headline over each text is "title"; the "Up next" teaser repeating the next
    article's title, and every other headline, is "readmore". Outlet rule: an article is
    credited to the partner's display name; every line naming it ("X", "X   Follow", "Story by A
    • 2h • X" is a "byline", "© Provided by X", the credit and "More from X" under the text) is
    "outlet" but the byline."""
    portal, menu, owner = rng.choice(_SCROLL_PORTALS)
    day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    forms = rng.sample(("name_above", "story_by", "author_outlet", "provided_by", "credit_only"), rng.randint(2, 3))
    style = rng.choice(("blank", "blank", "tight"))
    topic = _story_subject(articles)
    insert_share = rng.choice((0.0, 0.4, 0.8))  # articles with ad markers or a video between paragraphs
    fold_share = rng.choice((0.0, 0.3))
    feedback_share = rng.choice((0.3, 0.7, 1.0))
    up_next = rng.random() < 0.6
    marker = rng.choice(("Story continues below advertisement", "Advertisement", "ADVERTISEMENT", "Ad"))
    others = list(ctx.other_titles)
    rng.shuffle(others)
    malay_after = rng.randrange(len(articles) - 1) if rng.random() < 0.7 else -1

    def quotes(count: int) -> str:
        shown = []
        for name, level in rng.sample(_SCROLL_QUOTES, count):
            change = rng.uniform(-1.5, 1.5)
            value = f"{level * rng.uniform(0.97, 1.03):,.2f}" if level >= 100 else f"{level * rng.uniform(0.99, 1.01):.4f}"
            shown.append(f"{name} {value} {'▲' if change >= 0 else '▼'} {abs(change):.2f}%")
        return rng.choice(("   ", "  ·  ", " | ")).join(shown)

    def ago() -> str:
        return _ago(rng, ("{n}h", "{n}h ago", "{n} hours ago", "{n}0m"))

    def dated() -> str:
        minutes = rng.randint(5 * 60, 22 * 60)
        return rng.choice((
            f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}, {day.year} at {_clock(minutes, True)} GMT · {rng.randint(2, 8)} min read",
            f"Updated {_MONTHS[day.month - 1][:3]} {day.day}, {day.year}, {_clock(minutes, True)}",
            f"{day.day} {_MONTHS[day.month - 1]} {day.year} · {rng.randint(2, 8)} min read",
        ))

    # The portal's bar, its widgets, the consent banner on some, the crumb.
    city, unit, low, high = rng.choice(_SCROLL_CITIES)
    temperature = rng.randint(low, high)
    b.add(rng.choice((portal, f"≡  {portal}", f"{portal}  |  News")), "header")
    b.add(menu, "header")
    b.add(rng.choice(("Search the web   🔍", "Search", "Sign in   ⚙")), "header")
    b.add(f"{temperature}°{unit}  {city}  {rng.choice(_SCROLL_SKIES)}", "header")
    if rng.random() < 0.7:
        b.add(quotes(rng.randint(2, 4)), "header")
    if rng.random() < 0.4:
        b.blank()
        b.add(f"{portal} and our {rng.randint(140, 900)} partners store and access information on your device to show you personalised news and ads.", "cookie")
        b.add(rng.choice(("Accept   Reject   Manage options", "[ Accept all ]  [ Reject all ]")), "cookie")
    b.blank()
    b.add(rng.choice(_SCROLL_SECTIONS), "section")
    for number, article in enumerate(articles):
        outlet = display_name(article.outlet)
        author = rng.choice(AUTHORS)
        form = rng.choice(forms)
        last = number == len(articles) - 1
        b.blank()
        if form == "name_above":
            b.add(rng.choice(("{o}", "{o}", "{o}   Follow", "{o}  + Follow")).format(o=outlet), "outlet")
        b.add(article.title, "title")
        if form == "name_above":
            line = rng.choice((f"Story by {author} • {ago()}", ago(), f"{ago()} • {rng.randint(2, 8)} min read"))
            b.add(line, "byline" if line.startswith("Story by") else "time")
        elif form == "story_by":
            b.add(rng.choice(("Story by {a} • {t} • {o}", "Story by {a} • {o} • {t}", "{a} • {t} • {o}")).format(a=author, t=ago(), o=outlet), "byline")
        elif form == "author_outlet":
            b.add(author, "byline")
            b.add(outlet, "outlet")
            b.add(dated(), "time")
        else:
            line = rng.choice((f"Story by {author} • {ago()}", f"{author} • {ago()}", ago(), dated()))
            b.add(line, "byline" if author in line else "time")
        if rng.random() < 0.5:
            b.add(rng.choice((f"👍 {rng.randint(3, 900)}   💬 {rng.randint(1, 400)}   ↗ Share", "Share   Save   ⋯", "↗  🔖  ⋯")), "share")
        if form == "provided_by":
            b.blank()
            b.add(rng.choice(_SCROLL_CAPTIONS), "caption")
            b.add(f"© Provided by {outlet}", "outlet")
        inserts: dict[int, str] = {}
        slots = len(article.paragraphs) - 1
        if slots >= 1 and rng.random() < insert_share:
            for position in rng.sample(range(slots), min(slots, rng.randint(1, 2))):
                inserts[position] = rng.choice(("marker", "marker", "video"))
        if slots >= 3 and rng.random() < fold_share:
            inserts[rng.randrange(1, min(slots, 4))] = "fold"

        def inside(position: int, inserts: dict[int, str] = inserts) -> None:
            kind = inserts.get(position)
            if not kind:
                return
            if style == "blank":
                b.blank()
            if kind == "marker":
                b.add(marker, "sponsored")
            elif kind == "video":
                b.add(f"Related video: {rng.choice(_SCROLL_VIDEOS).format(t=topic)}", "readmore")
                b.add(rng.choice(("{s} · Duration {m}:{s2:02d}", "{s}", "{m}:{s2:02d}  ▶  {s}")).format(
                    s=rng.choice(_SCROLL_VIDEO_SOURCES), m=rng.randint(0, 3), s2=rng.randint(5, 59)), "readmore")
            else:
                b.add(rng.choice(("Continue reading", "Continue Reading", "Continue reading ⌄")), "readmore")

        if style == "blank":
            b.blank()
        b.start(article, outlet, article.title)
        write_body(b, article, style, rng, between=inside)
        b.end()
        b.blank()
        if form == "credit_only" or rng.random() < 0.35:
            b.add(rng.choice(_SCROLL_CREDITS).format(y=day.year, o=outlet), "outlet")
        if rng.random() < 0.25 and len(others) >= 2:
            b.add(f"More from {outlet}", "outlet")
            for _ in range(2):
                b.add(others.pop(), "readmore")
        if rng.random() < feedback_share:
            b.blank()
            b.add(rng.choice(("Was this article helpful?", "Did you find this story useful?", "How do you feel about this story?")), "comments")
            b.add(rng.choice(("Yes   No", "👍 Yes   👎 No", "😊  😐  😞")), "comments")
        b.add(rng.choice((f"Comments ({rng.randint(2, 900)})", f"View {rng.randint(2, 900)} comments", "Comment on this story", "💬 Join the conversation")), "comments")
        if last:
            break
        if number == malay_after:
            b.blank()
            if rng.random() < 0.5:
                b.add(_SCROLL_MALAY_PROMO.format(portal=portal), "sponsored")
            else:
                b.add("Iklan", "sponsored")
                b.add(rng.choice(_SCROLL_MALAY_ADS), "sponsored")
        else:
            box = rng.random()
            if box < 0.3:
                b.blank()
                b.add(rng.choice(("Sponsored content", "Sponsored Content", "Promoted stories")), "sponsored")
                for headline, advertiser in rng.sample(_SCROLL_SPONSORED, rng.randint(2, 3)):
                    b.add(headline, "sponsored")
                    b.add(f"{advertiser} · Ad" if rng.random() < 0.5 else advertiser, "sponsored")
            elif box < 0.5 and len(others) >= 3:
                b.blank()
                b.add(rng.choice(("Trending now", "Most popular", "TRENDING")), "readmore")
                numbered = rng.random() < 0.5
                for rank in range(1, rng.randint(3, 4)):
                    b.add(f"{rank}. {others.pop()}" if numbered else others.pop(), "readmore")
            elif box < 0.6:
                b.blank()
                b.add("Markets", "readmore")
                b.add(quotes(3), "readmore")
        if up_next:
            b.blank()
            following = articles[number + 1].title
            if rng.random() < 0.5:
                b.add(rng.choice(("Up next", "UP NEXT", "Next story")), "readmore")
                b.add(following, "readmore")
            else:
                b.add(f"Up next: {following}", "readmore")
        elif rng.random() < 0.4:
            b.blank()
            b.add(rng.choice(("Keep scrolling for more stories", "— Next story —", "⌄ Scroll for next article")), "separator")
    b.blank()
    if others and rng.random() < 0.6:
        b.add(rng.choice(("Up next", "UP NEXT")), "readmore")
        b.add(others.pop(), "readmore")
        b.add(rng.choice(("Benzinga", "The Weather Channel", "Parade", "Motor1", "Yardbarker", "Reader's Digest")), "readmore")
    else:
        b.add(rng.choice(("Load more stories", "You've reached the end. See more news ›", "More stories ⌄")), "readmore")
    b.blank()
    b.add(rng.choice(("Privacy & Cookies   Terms of use   Advertise   Feedback   Help", "Privacy | Terms | Your ad choices | Contact us")), "footer")
    b.add(rng.choice((f"Stories from our partners are supplied by the publishers named on them and may not reflect the views of {portal}.",
                      "Partner content is published under licence.")), "footer")
    b.add(f"© {day.year} {owner}", "copyright")


# --------------------------------------------------------------------------- a link forum's comment thread


#: The community, its member count and its description.
_THREAD_SUBS = (
    ("worldnews", 32_145_221, "A place for major news from around the world, excluding US-internal news."),
    ("news", 28_402_876, "The place for news articles about current events in the United States and the rest of the world."),
    ("nottheonion", 25_031_554, "For true stories that are so mind-blowingly ridiculous that you could have sworn they were from The Onion."),
    ("offbeat", 690_412, "News you might have missed: odd, strange and unusual stories from around the world."),
    ("europe", 5_612_390, "Europe: 50 (ish) countries, 230+ languages, 750M+ people... 1 subreddit."),
    ("inthenews", 312_774, "News from around the web, discussed."),
)
_THREAD_USERS = (
    "grumpy_otter", "Throwaway_8812", "PM_ME_YOUR_SOURCES", "Kiwi_in_Exile", "mild_salsa_42", "ottawa_lurker",
    "Quiet-Lab-2931", "Ill-Occasion-6271", "no_more_doomscroll", "sourdough_sam", "TheBeardedArchivist", "Fit-Bodybuilder-903",
    "hedgehog_enjoyer", "AnotherBoringUsername", "cold_brew_cynic", "Left-Plate-7713", "bananarama_redux",
    "Puzzleheaded-Ad4410", "tired_of_headlines", "mapsandchaps", "DrStrangeglove", "username_checks_out_99",
)
#: What a poster writes over an article's text, naming no outlet.
_THREAD_PASTE_INTROS = (
    "Here's the article text for those paywalled:",
    "Article text since it's paywalled:",
    "Non-paywalled text:",
    "For anyone who can't open it:",
    "Full text below, the site wouldn't load for me without turning off my adblocker.",
    "Text of the article, for the mobile folks:",
    "Copying it here because the link is geo-blocked in Europe:",
)
#: ... or naming the outlet whose article they paste.
_THREAD_NAMING_INTROS = (
    "From {o}:",
    "{o} has a fuller version:",
    "Here's the {o} write-up, which has more detail:",
    "{o} covered it too, pasting because of the paywall:",
    "Same story from {o}, no paywall:",
)
#: ... or pointing at the link they paste from.
_THREAD_LINK_INTROS = (
    "Better source:", "Here's another report:", "Different outlet, same story:", "Found another write-up:",
    "Source with less clickbait:", "Here you go:",
)
_THREAD_SOURCE_AFTER = ("Source: {u}", "Source: {o}", "(Source: {o})", "— {o}", "via {u}", "Link: {u}")
_THREAD_TOP_COMMENTS = (
    "This is the kind of story I'd have sworn was satire five years ago.",
    "Anyone have a non-paywalled source?",
    "Is there an actual source for this or just the usual chain of outlets quoting each other?",
    "The headline is doing a lot of heavy lifting here.",
    "I'll wait for a second source before I believe any of this.",
    "Can't read it, paywall. Anyone got the text?",
    "Every outlet seems to have a slightly different version of this.",
    "Honestly the comments here are better than the article.",
    "This was posted yesterday too, with a different headline.",
    "How is this news?",
)
#: Someone asking for the text, answered by a reply pasting it.
_THREAD_ASKS = (
    "Anyone have a non-paywalled source?", "Is there another source for this?", "Can someone paste the text? Paywall.",
    "Any other outlets reporting this?", "Does anyone have a link that isn't the tabloids?",
)
_THREAD_REPLIES = (
    "Thank you, kind stranger.", "Hero. Paywalls are getting ridiculous.", "Not all heroes wear capes.",
    "Thanks! The link just gives me a cookie wall.", "Appreciate it, this should be the top comment.",
    "Same. Every site wants a subscription now.", "This. Wait for the follow-up before getting outraged.",
    "Source: trust me bro", "lol", "Username checks out.", "You're not wrong.", "Happens every time.",
    "Read the article, the headline is misleading.", "Agreed.", "Reddit moment.",
)
_THREAD_QUOTE_REMARKS = (
    "This is the part nobody seems to be talking about.", "So basically nobody has confirmed anything?",
    "That's a big detail to bury halfway down.", "Wait, really?", "This line is doing a lot of work.",
    "Funny how this wasn't in the headline.",
)
_THREAD_AUTOMOD = (
    "Users often report submissions from this site and ask if it's reliable. Please be mindful of the source when reading.",
    "This submission has been flagged as possibly paywalled. Archived copies can often be found via archive.today.",
    "Please remember to follow the subreddit rules. Comments that are racist, sexist or otherwise hateful will be removed.",
    "Hi all, this story is still developing. Details may change as more information comes in.",
)
_THREAD_BOT_FOOTER = ("I am a bot, and this action was performed automatically. Please contact the moderators of this subreddit "
                      "if you have any questions or concerns.")
_THREAD_LINK_DOMAINS = ("apnews.com", "npr.org", "abc.net.au", "axios.com", "thehill.com", "vice.com", "cbc.ca", "euronews.com")
_THREAD_RULES = (
    "1. No editorialized titles", "2. No paywalled articles without a text copy", "3. Be civil", "4. No duplicate posts",
    "5. Submissions must be news articles", "6. No spam or self-promotion",
)
#: Hebrew promoted posts: "Online Python course: 30% off for those who sign up this week" and
#: "Low-interest mortgage? Check our offer today".
_THREAD_HEBREW = (
    ("u/codecamp_il", "קורס פייתון מקוון — 30% הנחה לנרשמים השבוע", "codecamp.co.il"),
    ("u/mashkanta_plus", "משכנתא בריבית נמוכה? בדקו את ההצעה שלנו עוד היום", "mashkanta-plus.co.il"),
)


def _subreddit_thread(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A link forum's comment thread (a subreddit's post with its comments) copied as text, in
    the old interface, the 2018 redesign or the current one. The post: a link post ("Title
    (reuters.com)" on one line in the old interface, the title over the link's shortened
    address or its domain in the newer ones), "submitted 14 hours ago by name" / "Posted by
    u/name" and "14 hours ago", the score, "342 comments", the action bar, "87% Upvoted",
    "sorted by: best"; or a text post by someone pasting an article ("Title (self.worldnews)"
    in the old interface) with "Source: URL" under or the URL over the text; or a moderators'
    megathread listing links. The old interface's sidebar (readers, users here now,
    description, rules) comes first, the newer ones' "About Community" last.

    Comments: a header in the interface's form ("[–] name[S] 1234 points 14 hours ago*",
    "level 2" over "name", "OP", "·", "14h" or "name · 1.2k points · 14h", "u/name avatar"
    over "name", "•", "14h ago"), award lines on some, the text, the action bar ("permalink
    embed save parent report reply", "Reply Share Report Save Follow" on one line or five,
    "Upvote 1.2K Downvote Reply Award Share"); the old interface indents replies on some
    pages. AutoModerator's stickied notice; people posting the article text ("Here's the
    article text for those paywalled:", "From Reuters:", "Better source:" over the URL, the
    title, the text plain, or behind "> " where copied from the comment's source, "Source: X"
    under it), a long one going on in a reply ("(2/2)"), people quoting a sentence of it
    behind "> " with a remark, asking for a source, thanking, joking; links to other
    stories posted with nothing pasted; "[deleted]" / "[removed]"; "Continue this thread →",
    "load more comments (12 replies)", "3 more replies"; a promoted post in Hebrew.

    Title rule: the post's title, and the title line over each pasted text, is "title"; a
    megathread's own heading is "section"; its list of links and links posted without text
    are "readmore". Outlet rule: the link post's article is credited to its domain (on the
    title line in the old interface, on the link line in the newer ones); a pasted text to
    the outlet its poster names ("From X:", "(Source: X)", "— X", the display name) or to the
    domain of the URL given over or under it; every such line is "outlet". The header of a
    comment carrying an article text is "byline"; everyone's own words are "comments"."""
    ui = rng.choice(("old", "new", "shreddit"))
    sub, members, description = rng.choice(_THREAD_SUBS)
    style = rng.choice(("blank", "blank", "tight"))
    u_prefix = "u/" if rng.random() < 0.4 else ""
    stacked = rng.random() < 0.5  # the newer interfaces' header and buttons one item a line
    indent_unit = "    " if ui == "old" and rng.random() < 0.4 else ""
    levels = ui == "new" and rng.random() < 0.7
    post_form = rng.choice(("link", "link", "self", "megathread"))
    post_age = rng.randint(3, 22)
    users = rng.sample(_THREAD_USERS, len(_THREAD_USERS))
    op = users[0]
    talkers = users[1:]
    tops = rng.sample(_THREAD_TOP_COMMENTS, len(_THREAD_TOP_COMMENTS))
    replies = rng.sample(_THREAD_REPLIES, len(_THREAD_REPLIES))
    asks = rng.sample(_THREAD_ASKS, len(_THREAD_ASKS))
    others = list(ctx.other_titles)
    rng.shuffle(others)
    topic = _story_subject(articles)
    comment_count = rng.randint(40, 3200)
    hebrew_after = rng.randrange(len(articles)) if ui != "old" and rng.random() < 0.6 else -1
    pasted: list[SourceArticle] = []

    def score(n: int) -> str:
        shown = f"{n / 1000:.1f}k".replace(".0k", "k") if n >= 1000 else str(n)
        return shown.upper() if ui == "shreddit" else shown

    ages: dict[int, int] = {}  # the age in hours of the last comment at each depth: a reply is younger

    def hours(depth: int) -> int:
        ages[depth] = rng.randint(1, ages.get(depth - 1, post_age) if depth else post_age)
        return ages[depth]

    def pad(depth: int) -> str:
        return indent_unit * depth

    def head(user: str, depth: int, label: str = "comments", *, by_op: bool = False, mod: bool = False) -> int:
        """A comment's header; returns its points for the action bar."""
        points = rng.choice((rng.randint(1, 40), rng.randint(40, 900), rng.randint(900, 6000)))
        h = hours(depth)
        if ui == "old":
            marks = ("[S]" if by_op else "") + ("[M]" if mod else "")
            shown = "[score hidden]" if mod else f"{points} point{'s' if points != 1 else ''}"
            tail = " - stickied comment" if mod else "*" if rng.random() < 0.15 else ""
            b.add(f"{pad(depth)}[–] {user}{marks} {shown} {h} hour{'s' if h != 1 else ''} ago{tail}", label)
        elif ui == "new":
            if levels:
                b.add(f"level {depth + 1}", "comments")
            if stacked:
                b.add(u_prefix + user, label)
                if by_op:
                    b.add("OP", label)
                if mod:
                    b.add("MOD", label)
                b.add("·", label)
                b.add(f"{h}h", "time")
            else:
                tags = (" OP" if by_op else "") + (" MOD" if mod else "")
                b.add(rng.choice(("{u}{t} · {h}h", "{u}{t} · {p} points · {h}h")).format(u=u_prefix + user, t=tags, h=h, p=score(points)), label)
        else:
            if stacked and user != "[deleted]" and rng.random() < 0.6:
                b.add(f"u/{user} avatar", label)
            if stacked:
                b.add(user, label)
                if by_op:
                    b.add("OP", label)
                if mod:
                    b.add("MOD", label)
                b.add("•", label)
                b.add(f"{h}h ago", "time")
            else:
                b.add(f"{user}{' OP' if by_op else ''}{' MOD' if mod else ''} • {h}h ago", label)
        if rng.random() < 0.08 and not mod:
            b.add(pad(depth) + rng.choice(("🏅 Helpful ×2", "Silver ×1  Wholesome ×1", "🏆 ×3", "Take My Energy")), "comments")
        return points

    def actions(points: int, depth: int) -> None:
        if ui == "old":
            parent = "parent " if depth else ""
            b.add(f"{pad(depth)}permalink embed save {parent}report reply", "share")
        elif ui == "new":
            if stacked:
                b.add(score(points), "comments")
                for button in ("Reply", "Share", "Report", "Save", "Follow"):
                    b.add(button, "share")
            else:
                b.add(f"{score(points)}   Reply Share Report Save Follow", "share")
        else:
            if stacked:
                for item in ("Upvote", score(points), "Downvote", "Reply", "Award", "Share"):
                    b.add(item, "share")
            else:
                b.add(f"Upvote {score(points)} Downvote Reply Award Share", "share")

    def gap() -> None:
        b.blank()

    def say(user: str, depth: int, text: str) -> None:
        """A comment of the user's own words."""
        gap()
        points = head(user, depth)
        b.add(pad(depth) + text, "comments")
        actions(points, depth)

    def more(depth: int) -> None:
        n = rng.randint(2, 40)
        if ui == "old":
            b.add(f"{pad(depth)}load more comments ({n} repl{'ies' if n != 1 else 'y'})", "comments")
        elif depth >= 2 or rng.random() < 0.4:
            b.add("Continue this thread →" if ui == "new" else f"{n} more replies", "comments")
        else:
            b.add(f"{n} more replies", "comments")

    def paragraphs(article: SourceArticle, depth: int, quote: str, user: str, split_at: int) -> None:
        """The text, a paragraph a line (with empty lines between for ``style`` "blank"); where
        ``split_at`` is given, the rest goes on in the poster's reply under the first comment."""
        prefix = pad(depth) + quote
        for position, paragraph in enumerate(article.paragraphs):
            if position == split_at:
                actions(rng.randint(20, 900), depth)
                depth += 1
                prefix = pad(depth) + quote
                gap()
                head(user, depth, "byline", by_op=user == op)
                b.add(pad(depth) + rng.choice(("(2/2)", "Continued:", "Part 2:", "...continued")), "comments")
            elif position and style == "blank":
                b.blank()
            label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
            b.body(prefix + paragraph, paragraph, label)

    def paste(article: SourceArticle, user: str, depth: int, form: str) -> None:
        """A comment carrying an article's text, in one of the posters' forms."""
        name = display_name(article.outlet)
        url = _article_url(rng, article)
        domain = _site(article.outlet).removeprefix("www.")
        quote = "> " if rng.random() < 0.15 else ""
        split_at = rng.randrange(2, len(article.paragraphs)) if len(article.paragraphs) >= 4 and rng.random() < 0.2 else -1
        after = ""
        gap()
        points = head(user, depth, "byline", by_op=user == op)
        p = pad(depth)
        if form == "post_link":
            intro = rng.choice(_THREAD_PASTE_INTROS)
            b.add(p + (intro.replace(":", " (1/2):") if split_at > 0 and intro.endswith(":") else intro), "comments")
            shown = domain
            if rng.random() < 0.3:
                gap()
                b.add(p + quote + article.title, "title")
        else:
            if form == "naming":
                b.add(p + rng.choice(_THREAD_NAMING_INTROS).format(o=name), "outlet")
                shown = name
            elif form == "url":
                b.add(p + rng.choice(_THREAD_LINK_INTROS), "comments")
                b.add(p + url, "outlet")
                shown = domain
            else:
                after = rng.choice(_THREAD_SOURCE_AFTER)
                shown = domain if "{u}" in after else name
                if rng.random() < 0.5:
                    b.add(p + rng.choice(("Pasting it here:", "Text:", "Here's the full thing:", "Mirror:")), "comments")
            if style == "blank" or rng.random() < 0.5:
                gap()
            b.add(p + quote + rng.choice(("{}", "{}", "“{}”")).format(article.title), "title")
        if style == "blank" or rng.random() < 0.5:
            gap()
        b.start(article, shown, article.title)
        paragraphs(article, depth, quote, user, split_at)
        b.end()
        depth += split_at > 0
        if after:
            if style == "blank":
                gap()
            b.add(pad(depth) + after.format(u=url, o=name), "outlet")
        if rng.random() < 0.2:
            gap()
            b.add(pad(depth) + rng.choice(("Edit: formatting", "Edit: thanks for the award, kind stranger!", "EDIT: fixed the link",
                                           "Edit: added the rest of the article")), "comments")
        actions(points, depth)
        pasted.append(article)

    def reactions(depth: int) -> None:
        """Replies under a pasted text: thanks, a quoted sentence with a remark, more replies."""
        for _ in range(rng.choice((0, 1, 1, 2))):
            if pasted and rng.random() < 0.35:
                quoted = _highlights(rng, pasted[-1], 1)
                if quoted:
                    gap()
                    points = head(rng.choice(talkers), depth)
                    b.add(pad(depth) + "> " + quoted[0], "pullquote")
                    if style == "blank":
                        b.blank()
                    b.add(pad(depth) + rng.choice(_THREAD_QUOTE_REMARKS), "comments")
                    actions(points, depth)
                    continue
            say(rng.choice(talkers), depth, replies.pop() if replies else "Thanks!")
        if rng.random() < 0.3:
            more(depth)

    def chatter() -> None:
        roll = rng.random()
        if roll < 0.12:
            gap()
            head("[deleted]", 0)
            b.add("[removed]" if rng.random() < 0.5 else "[deleted]", "comments")
            actions(rng.randint(1, 30), 0)
        elif roll < 0.3 and others:
            gap()
            points = head(rng.choice(talkers), 0)
            b.add(rng.choice(("Related:", "There's also this:", "Similar story last month:")), "comments")
            b.add(others.pop(), "readmore")
            b.add(rng.choice(_THREAD_LINK_DOMAINS), "readmore")
            actions(points, 0)
        else:
            say(rng.choice(talkers), 0, tops.pop() if tops else "Wild.")
            if rng.random() < 0.5:
                say(rng.choice(talkers), 1, replies.pop() if replies else "Yep.")
            if rng.random() < 0.3:
                more(1)

    def sidebar(label: str) -> None:
        b.blank()
        if ui == "old":
            b.add(sub, label)
            b.add("join", label)
            b.add(f"{members:,} readers", label)
            b.add(f"{rng.randint(2_000, 40_000):,} users here now", label)
        else:
            b.add("About Community", label)
            b.add(f"r/{sub}", label)
        b.add(description, label)
        if ui != "old":
            b.add(f"Created {rng.choice(('Jan', 'Mar', 'Jun', 'Nov'))} {rng.randint(1, 28)}, {rng.randint(2008, 2012)}", label)
            shown = f"{members / 1_000_000:.1f}m".replace(".0m", "m") if members >= 1_000_000 else score(members)
            b.add(f"{shown} Members", label)
            b.add(f"{score(rng.randint(2_000, 40_000))} Online", label)
        b.add(f"r/{sub} Rules" if ui != "old" else "Rules", label)
        for rule in sorted(rng.sample(_THREAD_RULES, 3)):
            b.add(rule, label)

    # The interface's top and, in the old interface, the sidebar that comes first in its copy.
    if ui == "old":
        b.add("jump to content", "header")
        b.add("my subreddits   popular - all - random - users | AskReddit - worldnews - news - pics - funny - todayilearned", "header")
        b.add(f"{sub}   comments", "header")
        sidebar("header")
    else:
        b.add(rng.choice(("reddit", "Reddit", "Skip to main content")), "header")
        b.add(rng.choice(("Search Reddit", f"r/{sub}   Search in r/{sub}")), "header")
        b.add(rng.choice(("Log In", "Get App   Log In", "Create Post   Open chat   Inbox")), "header")
    b.blank()
    # The post.
    first = articles[0]
    domain = _site(first.outlet).removeprefix("www.")
    url = _article_url(rng, first)
    post_score = rng.randint(300, 48_000)
    heading = f"Megathread: {topic}" if post_form == "megathread" else first.title
    heading_label = "section" if post_form == "megathread" else "title"
    poster = "AutoModerator" if post_form == "megathread" and rng.random() < 0.3 else op
    if ui == "old":
        b.add(str(post_score), "comments")
        suffix = f" ({domain})" if post_form == "link" else f" (self.{sub})"
        b.add(heading + suffix, heading_label)
        b.add(f"submitted {post_age} hours ago by {poster}" + (" [M]" if post_form == "megathread" else ""), "byline")
    elif ui == "new":
        b.add(f"r/{sub}", "header")
        b.add(f"Posted by u/{poster}", "byline")
        b.add(f"{post_age} hours ago", "time")
        b.add(heading, heading_label)
        if post_form == "link":
            b.add(url.removeprefix("https://").removeprefix("www.")[:36] + "...", "outlet")
    else:
        b.add(f"r/{sub}", "header")
        b.add("•", "header")
        b.add(f"{post_age} hr. ago", "time")
        b.add(poster, "byline")
        b.add(heading, heading_label)
        if post_form == "link":
            b.add(domain, "outlet")
    if post_form == "self":
        b.blank()
        url_first = rng.random() < 0.4
        if rng.random() < 0.6:
            b.add(rng.choice(("Paywalled, so pasting the text. Link at the bottom.", "Text below for anyone who can't open it.",
                              "Couldn't find a non-paywalled source so here's the full text:")), "comments")
            b.blank()
        if url_first:
            b.add(url, "outlet")
            b.blank()
        b.start(first, domain, first.title)
        paragraphs(first, 0, "", op, -1)
        b.end()
        if not url_first:
            b.blank()
            b.add(rng.choice(("Source: {u}", "{u}", "Link: {u}")).format(u=url), "outlet")
        pasted.append(first)
    elif post_form == "megathread":
        b.blank()
        b.add(f"Please keep all discussion of {topic} in this thread. Duplicate posts will be removed.", "comments")
        b.add(rng.choice(("Sources so far:", "Coverage:", "Links:")), "comments")
        listed = [(a.title, _site(a.outlet).removeprefix("www.")) for a in rng.sample(articles, rng.randint(1, len(articles)))]
        for _ in range(min(len(others), rng.randint(0, 2))):
            listed.insert(rng.randint(0, len(listed)), (others.pop(), rng.choice(_THREAD_LINK_DOMAINS)))
        line_form = rng.choice(("• {t} ({s})", "{t} ({s})", "- {t} — {s}"))
        for title, site in listed:
            b.add(line_form.format(t=title, s=site), "readmore")
    if ui == "old":
        b.add(f"{comment_count} comments share save hide report crosspost", "share")
        b.blank()
        b.add(f"all {comment_count} comments", "comments")
        b.add(rng.choice(("sorted by: best", "sorted by: top", "sorted by: new")), "comments")
    elif ui == "new":
        b.add(score(post_score), "comments")
        if stacked:
            b.add(f"{score(comment_count)} Comments", "comments")
            for button in ("Award", "Share", "Save", "Hide", "Report"):
                b.add(button, "share")
        else:
            b.add(f"{score(comment_count)} Comments   Award   Share   Save   Hide   Report", "share")
        b.add(f"{rng.randint(71, 98)}% Upvoted", "comments")
        b.blank()
        b.add("Sort By: Best", "comments")
    else:
        if stacked:
            for item in ("Upvote", score(post_score), "Downvote", score(comment_count), "Go to comments", "Share"):
                b.add(item, "share")
        else:
            b.add(f"Upvote {score(post_score)} Downvote {score(comment_count)} Go to comments Share", "share")
        b.blank()
        b.add("Sort by:", "comments")
        b.add("Best", "comments")
        b.add("Search Comments", "comments")
    # The comments.
    if rng.random() < 0.5:
        gap()
        points = head("AutoModerator", 0, mod=True)
        b.add(rng.choice(_THREAD_AUTOMOD), "comments")
        if "paywalled" in b.lines[-1]:
            b.add(f"Archive: https://archive.ph/{''.join(rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(5))}", "readmore")
        b.add(_THREAD_BOT_FOOTER, "comments")
        actions(points, 0)
    rest = articles[1:] if post_form != "megathread" else list(articles)
    if post_form == "link":
        if rng.random() < 0.3:
            chatter()
        paste(first, op if rng.random() < 0.4 else rng.choice(talkers), 0, "post_link")
        reactions(1)
    forms = rng.sample(("naming", "url", "after"), rng.randint(1, 3))
    for number, article in enumerate(rest):
        for _ in range(rng.choice((0, 1, 1, 2))):
            chatter()
        if rng.random() < 0.35:
            # Someone asks; the answer pastes the text as a reply.
            say(rng.choice(talkers), 0, asks.pop() if asks else "Source?")
            paste(article, rng.choice(talkers), 1, rng.choice(forms))
            reactions(2)
        else:
            paste(article, rng.choice([op, *talkers]), 0, rng.choice(forms))
            reactions(1)
        if number == hebrew_after:
            advertiser, copy, site = rng.choice(_THREAD_HEBREW)
            gap()
            b.add(advertiser, "sponsored")
            b.add("Promoted", "sponsored")
            b.add(copy, "sponsored")
            b.add(site, "sponsored")
            b.add("Learn More", "sponsored")
    for _ in range(rng.choice((0, 1, 2))):
        chatter()
    b.blank()
    if ui == "old":
        b.add(rng.choice(("load more comments", f"load more comments ({rng.randint(20, 400)} replies)")), "comments")
        b.blank()
        b.add("about   blog   about   advertising   careers   help   site rules   Reddit help center   reddiquette   mod guidelines", "footer")
        b.add(f"Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © {rng.choice((2022, 2023, 2024))} reddit inc. All rights reserved.", "copyright")
    else:
        b.add(rng.choice(("View more comments", "More replies", "View all comments")), "comments")
        sidebar("footer")
        b.blank()
        b.add("Reddit Rules   Privacy Policy   User Agreement", "footer")
        b.add(f"Reddit, Inc. © {rng.choice((2023, 2024, 2025))}. All rights reserved.", "copyright")


#: Chat assistants, invented; their apps' words in the language the user writes in. The
#: user's own words and the assistant's answers (English, Spanish, Portuguese or Polish)
#: are furniture; only the pasted articles are article text.
_ASSISTANTS = ("Lumen", "Parley", "Quillmate", "Orrery")
_ASSISTANT_OLD_CHATS = (
    "Birthday message for Nan", "Fix Excel VLOOKUP error", "Rewrite cover letter (shorter)", "Sourdough starter smells off",
    "Python: sort list of dicts", "Packing list for Lisbon", "Email to landlord about boiler", "Explain bond yields simply",
)
_ASSISTANT_EXPORTERS = ("ChatDump", "Convo Saver", "Threadkeeper", "ExportMyChat")
_ASSISTANT_WORDS = {
    "en": {
        "you_said": "You said:", "it_said": "{a} said:", "ask_box": "Ask anything",
        "disclaimer": "{a} can make mistakes. Check important info.",
        "label": ("Article {i} ({o}):", "Article {i} — {o}", "ARTICLE {i}: {o}", "{i}) {o}"),
        "named": ("Here's the one from {o}:", "Next, {o}:", "This is the {o} version:", "From {o}:"),
        "fields": ("Title", "Source", "Date"),
        "after": ("(source: {o})", "— {o}", "Source: {u}", "(copied from {o})"),
        "opener": (
            "I'm writing a short briefing on {t}. I'll paste {n} articles from different outlets, one at a time. Don't "
            "summarise yet, just confirm each one.",
            "Can you compare how different outlets covered {t}? I'll paste the articles.",
            "Here are {n} news articles about {t}. Read them all, then tell me where they agree and where they "
            "contradict each other.",
            "I need to fact-check the coverage of {t} for our newsletter. I'm going to give you several versions of it "
            "from different sites.",
        ),
        "begin": "Sure, paste them in. I'll wait until you say you're done.",
        "next": ("Next one:", "Another:", "ok next", "This one is from a different site:"),
        "ack": (
            "Got it: article {i} is from {o}. Ready for the next one.",
            "Thanks, I've read the {o} piece. Send the next article when you're ready.",
            "Received. This one ({o}) covers the same events; I'll wait for the rest before comparing.",
            "Noted, article {i} ({o}). Go ahead.",
        ),
        "ask": (
            "That's all of them. What do they agree on, where do they differ, and which details appear in only one?",
            "OK, done pasting. Compare them please: facts, tone, and sources.",
            "That's everything. Give me a neutral summary and a list of the claims that need checking.",
        ),
        "intro": (
            "Here's how the {n} articles compare.",
            "I've read all {n}. Short version: they report the same core facts but differ in emphasis and sourcing.",
            "Good set of sources. Here's a side-by-side reading of the {n} pieces.",
        ),
        "heads": ("What they agree on", "Where they differ", "Details found in only one source"),
        "agree": (
            "All {n} report the same basic event and attribute the key details to similar sources.",
            "None of them offers independent confirmation beyond what officials and earlier reports said.",
            "The sequence of events is broadly the same in every piece.",
            "Each one relies heavily on quotes rather than on its own reporting.",
        ),
        "differ": (
            "{o} is the most detailed and quotes the most people.",
            "{o} leans on what other outlets reported rather than on its own reporting.",
            "{o} is the most cautious, with \"reportedly\" and \"allegedly\" throughout.",
            "{o} adds background that the others leave out.",
            "{o} keeps it short and sticks to the basic facts.",
        ),
        "headline": "The most eye-catching headline is {o}'s: \"{t}\"",
        "only": "Only {o} has this line: \"{s}\"",
        "closing": (
            "Want me to draft a neutral summary from these, or flag the claims that need checking?",
            "Let me know if you want a one-paragraph version for the briefing.",
            "If it helps, I can turn this into a table of claims and which outlet makes each one.",
        ),
        "table": ("| Outlet | Headline | Tone |", ("neutral", "sensational", "cautious", "detailed")),
        "late": ("One more, from {o}. Does it change anything?", "Sorry, forgot this one ({o}):", "Also found this on {o}:"),
        "late_answer": "It doesn't change the overall picture much. {o} adds a few details, but agrees with the others on the main points.",
    },
    "es": {
        "you_said": "Tú dijiste:", "it_said": "{a} dijo:", "ask_box": "Pregunta lo que quieras",
        "disclaimer": "{a} puede cometer errores. Comprueba la información importante.",
        "label": ("Artículo {i} ({o}):", "Artículo {i} — {o}", "{i}) {o}"),
        "named": ("Este es el de {o}:", "Ahora el texto de {o}:", "De {o}:"),
        "fields": ("Título", "Fuente", "Fecha"),
        "after": ("(fuente: {o})", "— {o}", "Fuente: {u}"),
        "opener": (
            "Voy a pegarte {n} artículos de distintos medios sobre la misma noticia{t}. Espera a que los pegue todos y "
            "luego compáralos, por favor.",
            "Necesito comparar cómo han contado varios medios esta noticia{t}. Te pego los artículos.",
        ),
        "begin": "Claro, pégalos. Esperaré a que me digas que has terminado.",
        "next": ("Siguiente:", "Otro:", "Y este:"),
        "ack": ("Recibido: artículo {i}, de {o}. Pega el siguiente cuando quieras.", "Leído el texto de {o}. Sigue cuando quieras."),
        "ask": ("Ya están todos. Resume en español en qué coinciden y en qué se diferencian.",
                "Eso es todo. Compáralos: hechos, tono y fuentes. Respóndeme en español."),
        "intro": ("Aquí tienes la comparación de los {n} artículos.", "He leído los {n}. En resumen: cuentan lo mismo, pero con matices distintos."),
        "heads": ("En qué coinciden", "Diferencias", "Solo aparece en una fuente"),
        "agree": (
            "Los {n} artículos cuentan el mismo hecho y atribuyen los datos clave a fuentes parecidas.",
            "Ninguno aporta una confirmación independiente de lo que dijeron las autoridades.",
            "La secuencia de los hechos coincide en todos.",
        ),
        "differ": (
            "{o} es el más detallado y el que más fuentes cita.",
            "{o} se apoya sobre todo en lo publicado por otros medios.",
            "{o} es el más prudente: repite «supuestamente» y «según informes».",
            "{o} añade contexto que los demás omiten.",
        ),
        "headline": "El titular más llamativo es el de {o}: «{t}»",
        "only": "Solo {o} incluye esta frase: «{s}»",
        "closing": ("¿Quieres que lo convierta en una nota breve para tu equipo?", "Si quieres, preparo una tabla con cada afirmación y su fuente."),
        "table": ("| Medio | Titular | Tono |", ("neutral", "sensacionalista", "prudente", "detallado")),
        "late": ("Uno más, de {o}. ¿Cambia algo?", "Me faltaba este ({o}):"),
        "late_answer": "No cambia mucho el panorama. {o} añade algunos detalles, pero coincide en lo esencial.",
    },
    "pt": {
        "you_said": "Você disse:", "it_said": "O {a} disse:", "ask_box": "Pergunte alguma coisa",
        "disclaimer": "O {a} pode cometer erros. Confira informações importantes.",
        "label": ("Artigo {i} ({o}):", "Artigo {i} — {o}", "{i}) {o}"),
        "named": ("Agora o texto de {o}:", "Este é o de {o}:", "Fonte {o}:"),
        "fields": ("Título", "Fonte", "Data"),
        "after": ("(fonte: {o})", "— {o}", "Fonte: {u}"),
        "opener": (
            "Vou colar {n} artigos de veículos diferentes sobre a mesma notícia{t}. Espere eu colar todos e depois compare, "
            "por favor.",
            "Preciso comparar como vários sites noticiaram esta história{t}. Vou colar os textos aqui.",
        ),
        "begin": "Claro, pode colar. Vou esperar você dizer que terminou.",
        "next": ("Próximo:", "Mais um:", "E este:"),
        "ack": ("Recebido: artigo {i} (fonte: {o}). Pode mandar o próximo.", "Li o texto de {o}. Pode continuar."),
        "ask": ("Pronto, são todos. Resuma em português no que eles concordam e no que diferem.",
                "É isso. Compare os textos: fatos, tom e fontes. Responda em português."),
        "intro": ("Aqui está a comparação dos {n} artigos.", "Li os {n}. Em resumo: contam a mesma coisa, com ênfases diferentes."),
        "heads": ("Pontos em comum", "Diferenças", "Só aparece em uma fonte"),
        "agree": (
            "Os {n} artigos relatam o mesmo fato e atribuem os dados principais a fontes parecidas.",
            "Nenhum traz confirmação independente além do que disseram as autoridades.",
            "A sequência dos acontecimentos é a mesma em todos.",
        ),
        "differ": (
            "{o} é o mais detalhado e o que cita mais fontes.",
            "{o} se baseia principalmente no que outros veículos publicaram.",
            "{o} é o mais cauteloso, com “supostamente” e “segundo relatos” ao longo do texto.",
            "{o} acrescenta contexto que os outros deixam de fora.",
        ),
        "headline": "A manchete mais chamativa é a de {o}: “{t}”",
        "only": "Só {o} traz esta frase: “{s}”",
        "closing": ("Quer que eu transforme isso numa nota curta para a sua equipe?", "Posso montar uma tabela com cada afirmação e a fonte dela."),
        "table": ("| Veículo | Manchete | Tom |", ("neutro", "sensacionalista", "cauteloso", "detalhado")),
        "late": ("Mais um, do site {o}. Muda alguma coisa?", "Esqueci este ({o}):"),
        "late_answer": "Não muda muito. {o} acrescenta alguns detalhes, mas concorda no essencial.",
    },
    "pl": {
        "you_said": "Powiedziałeś(-aś):", "it_said": "{a} powiedział:", "ask_box": "Zapytaj o cokolwiek",
        "disclaimer": "{a} może popełniać błędy. Sprawdzaj ważne informacje.",
        "label": ("Artykuł {i} ({o}):", "Artykuł {i} — {o}", "{i}) {o}"),
        "named": ("Teraz tekst, źródło: {o}", "Kolejny ({o}):", "Źródło {o}:"),
        "fields": ("Tytuł", "Źródło", "Data"),
        "after": ("(źródło: {o})", "— {o}", "Źródło: {u}"),
        "opener": (
            "Wkleję kilka artykułów z różnych redakcji{t}. Poczekaj, aż wkleję wszystkie, a potem je porównaj.",
            "Chcę porównać, jak różne media opisały tę historię{t}. Wklejam teksty.",
        ),
        "begin": "Jasne, wklejaj. Poczekam, aż napiszesz, że to wszystko.",
        "next": ("Następny:", "Kolejny:", "I jeszcze ten:"),
        "ack": ("Mam artykuł {i} (źródło: {o}). Wklej następny.", "Przeczytałem tekst ({o}). Możesz wklejać dalej."),
        "ask": ("To już wszystkie. Streść po polsku, w czym się zgadzają, a w czym różnią.",
                "To wszystko. Porównaj je: fakty, ton i źródła. Odpowiedz po polsku."),
        "intro": ("Oto porównanie {n} artykułów.", "Przeczytałem wszystkie ({n}). W skrócie: opisują to samo, ale inaczej rozkładają akcenty."),
        "heads": ("W czym się zgadzają", "Różnice", "Tylko w jednym źródle"),
        "agree": (
            "Wszystkie artykuły opisują to samo zdarzenie i powołują się na podobne źródła.",
            "Żaden nie podaje niezależnego potwierdzenia poza słowami władz.",
            "Przebieg wydarzeń jest we wszystkich tekstach taki sam.",
        ),
        "differ": (
            "{o}: najwięcej szczegółów i najwięcej cytowanych osób.",
            "{o}: opiera się głównie na doniesieniach innych mediów.",
            "{o}: najostrożniejszy ton, pełno „rzekomo” i „według doniesień”.",
            "{o}: dodaje kontekst, którego brakuje w pozostałych.",
        ),
        "headline": "Najbardziej sensacyjny tytuł ma {o}: „{t}”",
        "only": "Tylko {o} ma to zdanie: „{s}”",
        "closing": ("Czy przygotować z tego krótką notatkę dla zespołu?", "Mogę też zrobić tabelę: każde twierdzenie i jego źródło."),
        "table": ("| Redakcja | Tytuł | Ton |", ("neutralny", "sensacyjny", "ostrożny", "szczegółowy")),
        "late": ("Jeszcze jeden ({o}). Czy to coś zmienia?", "Zapomniałem o tym ({o}):"),
        "late_answer": "Niewiele to zmienia. {o} dodaje kilka szczegółów, ale w głównych punktach się zgadza.",
    },
}
#: How each kind of export marks the turns: (the user's, the assistant's).
_ASSISTANT_TURN_MARKS = {
    "markdown": (("## Prompt:", "## Response:"), ("### User", "### {a}"), ("**You:**", "**{a}:**")),
    "transcript": (("User:", "Assistant:"), ("USER", "ASSISTANT"), ("Me:", "{a}:")),
}
_ASSISTANT_PASTES = ("numbered", "named", "fields", "url", "tagged", "after", "copied_page")


def _chat_topic(story: str, articles: list[SourceArticle]) -> tuple[str, str]:
    """What a user asking about the story calls it: the claim its folder is named for ("the
    claim that a meteorite landed in Nicaragua"), else its subject where that is a name the
    texts capitalise inside sentences ("Rodney Constantine"), else ""; and the subject alone
    (or "") for a chat's title."""
    subject = _story_subject(articles)
    text = " ".join(p for a in articles for p in a.paragraphs)
    named = subject if re.search(r"\b[a-z][\w,]* " + re.escape(subject) + r"\b", text) else ""
    claim = _story_claim(story, articles)
    if claim and not claim.endswith("…"):
        lowered = claim.split()[0] in ("A", "An", "The", "Some")
        return "the claim that " + (claim[0].lower() + claim[1:] if lowered else claim), named
    return named, named


def _assistant_chat_export(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A conversation with a chat assistant, copied from its web page, from its share page,
    exported by a browser extension as Markdown, or saved as a plain transcript: someone pastes
    several outlets' articles about one story and asks for a comparison. The turns under "You
    said:" / "Lumen said:", "## Prompt:" / "## Response:", "### User", "**You:**", "User:" /
    "Assistant:" or "USER"; the app's sidebar of older chats, share-page notes, export
    stamps, "Thought for 9s", "< 2/2 >", the input box and the app's disclaimer around them.

    The user (writing in English, Spanish, Portuguese or Polish, the app's words in that
    language too) pastes the articles one a turn, the assistant acknowledging each ("Got it:
    article 2 is from X"), or all in one message, or two and then one a turn; each paste in
    the page's forms: "Article 2 (X):" / "Here's the one from X:" over the title, "Title:",
    "Source:", "Date:" fields, the article's URL over it, an "<article source=X>" tag, the
    title alone with "(source: X)" / "— X" / "Source: URL" under the text, or the page copied
    whole (outlet, title, byline, date, share row, comments count); between ``` or \"\"\"
    fences on some pages. The assistant's answer compares them: headings, bullets naming the
    outlets, the most striking headline quoted, a sentence found in one source only, a table
    of outlets and headlines. One more article pasted after the answer on some pages.

    Outlet rule: an article is credited to the outlet its paste names (its display name), or
    to the domain of the URL given with it. Title rule: the pasted title line is "title"
    (with the "Title:" field name on some); titles the assistant quotes are "comments". The
    turn marks are "byline", the user's and the assistant's words "comments", headings of
    the answer "section", sentences of an article quoted in it "pullquote"."""
    assistant = rng.choice(_ASSISTANTS)
    lang = "en" if rng.random() < 0.6 else rng.choice(("es", "pt", "pl"))
    words = _ASSISTANT_WORDS[lang]
    ui = rng.choice(("copied", "copied", "shared", "markdown", "transcript"))
    if ui in ("copied", "shared"):
        you, it = words["you_said"], words["it_said"].format(a=assistant)
    else:
        you, it = (mark.format(a=assistant) for mark in rng.choice(_ASSISTANT_TURN_MARKS[ui]))
    style = rng.choice(("blank", "blank", "tight"))
    mode = rng.choice(("turns", "turns", "one_message", "mixed"))
    forms = rng.sample(_ASSISTANT_PASTES, rng.randint(1, 3))
    fence = rng.choice(("```", '"""')) if rng.random() < 0.25 else ""
    separator = rng.choice(("---", "=====", "", "***"))
    bullet = rng.choice(("- ", "* ")) if ui == "markdown" else rng.choice(("", "• ", "- "))
    late = len(articles) > 3 and mode != "one_message" and rng.random() < 0.35
    pasted = articles[:-1] if late else list(articles)
    topic, subject = _chat_topic(ctx.story, articles)
    if lang != "en":
        # A name in brackets after the language's own words for the story.
        topic = f" ({'temat: ' if lang == 'pl' else ''}{subject})" if subject else ""
    elif not topic:
        topic = "this story"
    when = datetime(rng.choice((2024, 2025)), rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 21), rng.randint(0, 59))
    title = rng.choice(("Comparing coverage of {t}", "{t} news comparison", "Fact-check: {t}")).format(t=subject) if subject else rng.choice(
        ("News article comparison", "Compare news articles", "Article fact-check request"))

    def mark(user: bool) -> None:
        nonlocal when
        when += timedelta(minutes=rng.randint(0, 4))
        b.blank()
        b.add(you if user else it, "byline")
        if ui == "markdown" and rng.random() < 0.4:
            b.add(f"_{when:%d/%m/%Y, %H:%M}_", "time")
        elif ui == "copied" and not user and rng.random() < 0.2:
            b.add(rng.choice(("Thought for {n}s", "Reasoned for {n} seconds")).format(n=rng.randint(3, 40)), "time")

    def gap() -> None:
        if style == "blank":
            b.blank()

    def paste(number: int, article: SourceArticle, form: str, named: str = "") -> None:
        """One article as the user pastes it; ``named`` when the line over it already names the outlet."""
        outlet = display_name(article.outlet)
        url = _article_url(rng, article)
        shown = named or outlet
        after = ""
        if not named:
            if form == "numbered":
                b.add(rng.choice(words["label"]).format(i=number, o=outlet), "outlet")
            elif form == "named":
                b.add(rng.choice(words["named"]).format(o=outlet), "outlet")
            elif form == "url":
                b.add(url, "outlet")
                shown = _site(article.outlet).removeprefix("www.")
            elif form == "tagged":
                b.add(f'<article id="{number}" source="{outlet}">', "outlet")
            elif form == "after":
                after = rng.choice(words["after"])
                if "{u}" in after:
                    shown = _site(article.outlet).removeprefix("www.")
            elif form == "copied_page":
                b.add(outlet, "outlet")
        if fence:
            b.add(fence, "separator")
        if form == "fields" and not named:
            name_title, name_source, name_date = words["fields"]
            b.add(f"{name_title}: {article.title}", "title")
            b.add(f"{name_source}: {outlet}", "outlet")
            if rng.random() < 0.5:
                b.add(f"{name_date}: {when.day - rng.randint(0, min(5, when.day - 1))}/{when.month}/{when.year}", "time")
        else:
            b.add(article.title, "title")
        if form == "copied_page" and not named:
            b.add(f"By {rng.choice(AUTHORS)}", "byline")
            b.add(_ago(rng, ("{n} hours ago", "Updated {n} hours ago", "Published {n} days ago")), "time")
            b.add(rng.choice(("Share  Save", "Share this article", "f  X  in  ✉")), "share")
        gap()
        b.start(article, shown, article.title)
        write_body(b, article, style, rng)
        b.end()
        if form == "copied_page" and not named and rng.random() < 0.6:
            b.add(rng.choice(("Comments ({n})", "View {n} comments", "{n} comments")).format(n=rng.randint(3, 900)), "comments")
        if fence:
            b.add(fence, "separator")
        if form == "tagged" and not named:
            b.add("</article>", "separator")
        if after:
            b.add(after.format(o=outlet, u=url), "outlet")

    def answer() -> None:
        """The assistant's comparison, in the user's language."""
        first, second, third = words["heads"]
        heading = (lambda h: rng.choice(("### {}", "**{}**", "## {}")).format(h)) if ui == "markdown" else (lambda h: h)
        mark(False)
        b.add(rng.choice(words["intro"]).format(n=len(pasted)), "comments")
        b.blank()
        b.add(heading(first), "section")
        for line in rng.sample(words["agree"], 2):
            b.add(bullet + line.format(n=len(pasted)), "comments")
        b.blank()
        b.add(heading(second), "section")
        outlets = list(dict.fromkeys(display_name(a.outlet) for a in pasted))
        for outlet, line in zip(rng.sample(outlets, min(3, len(outlets))), rng.sample(words["differ"], 3)):
            b.add(bullet + line.format(o=outlet), "comments")
        striking = rng.choice(pasted)
        b.add(bullet + words["headline"].format(o=display_name(striking.outlet), t=striking.title), "comments")
        single = rng.choice(pasted)
        quoted = _highlights(rng, single, 1)
        if quoted and rng.random() < 0.7:
            b.blank()
            b.add(heading(third), "section")
            b.add(bullet + words["only"].format(o=display_name(single.outlet), s=quoted[0]), "pullquote")
        if rng.random() < 0.4:
            head, tones = words["table"]
            b.blank()
            b.add(head, "comments")
            b.add("|---|---|---|", "comments")
            for article in pasted:
                b.add(f"| {display_name(article.outlet)} | {article.title} | {rng.choice(tones)} |", "comments")
        b.blank()
        b.add(rng.choice(words["closing"]), "comments")
        if ui == "copied" and rng.random() < 0.2:
            b.add("< 2/2 >", "comments")

    # The page's top: the app's sidebar, the share page's notes, or the export's stamps.
    if ui == "copied":
        if rng.random() < 0.5:
            b.add(assistant, "header")
            b.add("New chat", "header")
            b.add("Search chats", "header")
            b.add("Chats", "header")
            for old in rng.sample(_ASSISTANT_OLD_CHATS, rng.randint(2, 5)):
                b.add(old, "header")
            b.blank()
        b.add(title, "header")
    elif ui == "shared":
        b.add(title, "header")
        b.add(f"This is a copy of a conversation between {assistant} & Anonymous.", "header")
        b.add("Report conversation", "header")
    elif ui == "markdown":
        b.add(f"# {title}", "header")
        b.blank()
        exported = when + timedelta(days=rng.randint(0, 20), minutes=rng.randint(30, 600))
        b.add(f"**Created:** {when:%d/%m/%Y %H:%M:%S}", "header")
        b.add(f"**Exported:** {exported:%d/%m/%Y %H:%M:%S}", "header")
        b.add(f"**Link:** https://{assistant.lower()}.example/c/{rng.randint(10**7, 10**8 - 1):x}-{rng.randint(1000, 9999)}", "header")
        b.blank()
        b.add("---", "separator")
    else:
        b.add(f"Conversation with {assistant}", "header")
        b.add(f"Started {when:%Y-%m-%d %H:%M}", "header")
    # The user's first message: the task, and in one message all the articles (or two).
    mark(True)
    b.add(rng.choice(words["opener"]).format(t=topic, n=len(pasted)), "comments")
    together = {"one_message": len(pasted), "mixed": min(2, len(pasted)), "turns": 0}[mode]
    for number, article in enumerate(pasted[:together], start=1):
        if number > 1 and separator:
            b.blank()
            b.add(separator, "separator")
        b.blank()
        paste(number, article, rng.choice(forms))
    if mode == "one_message":
        b.blank()
        b.add(rng.choice(words["ask"]), "comments")
    else:
        mark(False)
        b.add(words["begin"] if mode == "turns" else rng.choice(words["ack"]).format(i=together, o=display_name(pasted[together - 1].outlet)), "comments")
        for number, article in enumerate(pasted[together:], start=together + 1):
            mark(True)
            if number > 1 and rng.random() < 0.3:
                b.add(rng.choice(words["next"]), "comments")
            paste(number, article, rng.choice(forms))
            if number == len(pasted) and rng.random() < 0.5:
                # The question in the message that carries the last article.
                b.blank()
                break
            mark(False)
            b.add(rng.choice(words["ack"]).format(i=number, o=display_name(article.outlet)), "comments")
            if number == len(pasted):
                mark(True)
        b.add(rng.choice(words["ask"]), "comments")
    answer()
    if late:
        article = articles[-1]
        outlet = display_name(article.outlet)
        mark(True)
        b.add(rng.choice(words["late"]).format(o=outlet), "outlet")
        b.blank()
        paste(len(articles), article, "named", named=outlet)
        mark(False)
        b.add(words["late_answer"].format(o=outlet), "comments")
    # The page's foot.
    b.blank()
    if ui == "copied":
        b.add(words["ask_box"], "footer")
        b.add(words["disclaimer"].format(a=assistant), "footer")
    elif ui == "shared":
        b.add(words["disclaimer"].format(a=assistant), "footer")
        b.add(f"Get smarter answers, upload files and more with a free {assistant} account.", "footer")
        b.add("Log in   Sign up for free", "footer")
    elif ui == "markdown":
        b.add("---", "separator")
        b.add(f"Powered by {rng.choice(_ASSISTANT_EXPORTERS)}", "footer")
    else:
        b.add("— end of conversation —", "footer")


#: Invented courts' parties, firms and motions; the US districts with their division and a
#: judge's initials as case numbers carry them.
_COURT_DISTRICTS = (
    ("SOUTHERN DISTRICT OF NEW YORK", 1, "PKC", "New York, New York"),
    ("CENTRAL DISTRICT OF CALIFORNIA", 2, "JFW", "Los Angeles, California"),
    ("NORTHERN DISTRICT OF ILLINOIS", 1, "MFK", "Chicago, Illinois"),
    ("DISTRICT OF MASSACHUSETTS", 1, "DJC", "Boston, Massachusetts"),
)
_COURT_COMPANIES = (
    "HARBOURLINE MEDIA LLC", "NORTHGATE PUBLISHING, INC.", "QUAYSIDE HOLDINGS CORP.", "BRIGHTWATER DIGITAL LTD.",
    "PINECREST BROADCASTING CO.",
)
_COURT_FIRMS = ("Aldous & Finch LLP", "Marrow Kettle LLP", "Cheswick Hale LLP", "Brandt Oyelaran LLP")
_COURT_MOTIONS = (
    "DEFENDANT'S MOTION TO DISMISS", "DEFENDANT'S MOTION FOR A CHANGE OF VENUE", "DEFENDANT'S REQUEST FOR JUDICIAL NOTICE",
    "PLAINTIFF'S OPPOSITION TO MOTION TO DISMISS", "PLAINTIFF'S MOTION FOR A PRELIMINARY INJUNCTION",
)
_COURT_ONTARIO_CITIES = ("Toronto", "Ottawa", "Hamilton", "London")
_COURT_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: The invented news database some exhibits were printed from, and the cookie notices a few
#: printouts caught at the foot of a page.
_COURT_DATABASE = "Lexfield"
_COURT_COOKIES = (
    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.  Accept  Manage",
    "This site uses cookies. Find out more in our cookie policy.  OK",
)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _court_exhibit_bundle(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """A court filing that puts news reports before the court, as the e-filed PDF converts to
    text: an attorney's declaration (a US federal court), a law clerk's affidavit (Ontario) or
    a solicitor's witness statement (England) describing each exhibit ("Attached hereto as
    Exhibit B is a true and correct copy of an article titled "T," published by X on ...",
    or the printout of a URL), then the exhibits: a slip sheet ("EXHIBIT B"), the Ontario
    commissioner's stamp ("This is Exhibit "B" referred to in the Affidavit of ...") or one
    exhibit cover with tabs. Every PDF page carries the court's stamp at its top: the US
    filing system's "Case 1:24-cv-03187-PKC  Document 42-3  Filed 05/14/24  Page 3 of 7"
    (each exhibit its own attachment with its own page count), Ontario's bilingual e-filing
    stamp in English and French, or nothing; and a folio at its foot (a page of the motion
    record, "OG1/14", "Gallagher Decl. Ex. B", a page number), inside the articles too.

    An exhibit is a web page printed from a browser (the print date and "Title | X" over
    every printed page, the URL and "2/4" under it; the site's name and menu, title, byline,
    date, share row, caption, "Advertisement" between paragraphs, related links, a cookie
    notice), a news database's printout (its running head, "X" and "Copyright © 2015 X",
    date, section, title, author, text, index references, word count, "End of Document"),
    or the text pasted in a document under its title and its source (outlet and date, or
    the URL). Text hard-wrapped as the PDF set it.

    Outlet rule: each article is credited to the outlet its exhibit names over its text
    (the site's name at the top of a printout, the database's outlet line, "X | date" in a
    pasted copy) or to the domain of the URL a pasted copy gives. Title rule: the exhibit's
    title line is "title"; the declaration's description of each exhibit is "comments", the
    caption of the case and the filing's heading "header"."""
    court = rng.choice(("us", "us", "ontario", "england"))
    clerk = rng.choice(AUTHORS)
    surname = clerk.split()[-1]
    initials = "".join(part[0] for part in clerk.split())
    plaintiff = rng.choice([a for a in AUTHORS if a != clerk]).upper()
    writers = [a for a in AUTHORS if a != clerk and a.upper() != plaintiff]  # the articles' bylines
    defendant = rng.choice(_COURT_COMPANIES)
    firm = rng.choice(_COURT_FIRMS)
    published = date(rng.choice((2014, 2015)), rng.randint(1, 12), rng.randint(1, 28))
    filed = date(published.year + rng.randint(1, 3), rng.randint(1, 12), rng.randint(1, 28))
    width = rng.choice((80, 86, 92))
    length = rng.randint(46, 58)
    twelve_hour = rng.random() < 0.7
    lettered = court != "us" or rng.random() < 0.7
    marks = [chr(ord("A") + i) if lettered else str(i + 1) for i in range(len(articles))]
    kinds = [rng.choice(("print", "print", "print", "database", "pasted")) for _ in articles]
    topic = _story_subject(articles)
    district, division, judge, city = rng.choice(_COURT_DISTRICTS)
    case = f"{division}:{filed.year % 100}-cv-{rng.randint(1000, 9999):05d}-{judge}"
    document = rng.randint(18, 140)
    page_ids = rng.random() < 0.3
    us_folio = rng.choice(("bates", "decl", "none"))
    bates = [rng.randint(100, 4000)]
    bates_prefix = rng.choice(("DEF", "PLTF", initials.upper() + "_"))
    ontario_city = rng.choice(_COURT_ONTARIO_CITIES)
    ontario_file = f"CV-{filed.year % 100}-{rng.randint(10**7, 10**8 - 1):08d}-0000"
    exhibit_mark = f"{initials}1"
    record_page = rng.randint(1, 40) if court == "ontario" else 0

    def us_date(day: date) -> str:
        return f"{day.month:02d}/{day.day:02d}/{day.year % 100:02d}"

    def long_date(day: date) -> str:
        return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}" if court != "england" else f"{day.day} {_MONTHS[day.month - 1]} {day.year}"

    def stamp(attachment: str, page: int, total: int) -> None:
        """The court's stamp at the top of a PDF page."""
        if court == "us":
            tail = f"   PageID #: {rng.randint(200, 4000)}" if page_ids else ""
            b.add(f"Case {case}   Document {document}{attachment}   Filed {us_date(filed)}   Page {page} of {total}{tail}", "header")
            b.blank()
        elif court == "ontario":
            b.add(f"Electronically filed / Déposé par voie électronique : {filed.day:02d}-{_COURT_MONTHS_SHORT[filed.month - 1]}-{filed.year}", "header")
            b.add(f"{ontario_city} Superior Court of Justice / Cour supérieure de justice", "header")
            b.add(f"Court File No./N° du dossier du greffe : {ontario_file}", "header")
            b.blank()

    def folio(exhibit: str, page: int) -> None:
        """The page's foot: the record's page number, the exhibit's page, or the declaration's."""
        nonlocal record_page
        b.blank()
        if court == "ontario":
            record_page += 1
            b.add(str(record_page), "footer")
        elif court == "england" and exhibit:
            record_page += 1
            b.add(f"{exhibit_mark}/{record_page}", "footer")
        elif not exhibit:
            b.add(str(page), "footer")
        elif us_folio == "decl":
            b.add(f"{surname} Decl. Ex. {exhibit}", "footer")
        elif us_folio == "bates":
            bates[0] += 1
            b.add(f"{' ' * rng.randint(40, 60)}{bates_prefix}{bates[0]:06d}", "footer")

    def lay_out(p: _Printout, attachment: str, exhibit: str, first_page: int, total: int,
                head: Callable[[int], None] | None = None, foot: Callable[[int], None] | None = None) -> None:
        """The recorded lines on PDF pages, from ``first_page`` of an attachment of ``total``
        pages; ``head`` and ``foot`` write a printout's own margins inside the court's."""

        def top(page: int) -> None:
            stamp(attachment, first_page + page - 1, total)
            if head:
                head(page)

        def bottom(page: int) -> None:
            if foot:
                foot(page)
            folio(exhibit, first_page + page - 1)

        _replay_on_pages(b, p.paged(length), top, bottom)

    def wrapped(p: _Printout, text: str, label: str, indent: str = "") -> None:
        for line in textwrap.wrap(text, width=width - len(indent), break_long_words=False):
            p.add(indent + line, label)

    def text(p: _Printout, article: SourceArticle) -> None:
        for position, paragraph in enumerate(article.paragraphs):
            if position:
                p.blank()
            label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
            for piece in textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False):
                p.body(piece, piece, label)

    # What each exhibit is, as the declaration describes it.
    urls = [_article_url(rng, a) for a in articles]
    days = [published + timedelta(days=rng.randint(0, 20)) for _ in articles]
    printed_at = [
        datetime(filed.year, filed.month, filed.day, rng.randint(8, 19), rng.randint(0, 59)) - timedelta(days=rng.randint(2, 30))
        for _ in articles
    ]
    descriptions = []
    for mark, article, kind, url, day, printed in zip(marks, articles, kinds, urls, days, printed_at):
        outlet = display_name(article.outlet)
        shown_on = long_date(day)
        printed_on = long_date(printed.date())
        if court == "us":
            lead = rng.choice(("Attached hereto as Exhibit {m} is", "Attached as Exhibit {m} is")).format(m=mark)
        elif court == "ontario":
            lead = f'Attached as Exhibit "{mark}" to this my affidavit is'
        else:
            lead = f"At tab {marks.index(mark) + 1} of {exhibit_mark} is"
        if kind == "print" and rng.random() < 0.4:
            descriptions.append(f"{lead} a true and correct copy of a printout of the web page located at {url}, as it appeared on {printed_on}.")
        elif kind == "database":
            descriptions.append(f"{lead} a true and correct copy of the article \u201c{article.title}\u201d ({outlet}, {shown_on}), "
                                f"retrieved from the {_COURT_DATABASE} news database on {printed_on}.")
        else:
            descriptions.append(f"{lead} a true and correct copy of an article titled \u201c{article.title},\u201d published by {outlet} "
                                f"on {shown_on}, as printed from its website on {printed_on}.")

    # The declaration, affidavit or witness statement.
    p = _Printout()
    if court == "us":
        p.add("UNITED STATES DISTRICT COURT", "header")
        p.add(district, "header")
        p.blank()
        p.add(f"{plaintiff},", "header")
        p.add(f"{'Plaintiff,':>24}{'Case No. ' + case:>40}", "header")
        p.add(f"{'v.':>12}", "header")
        p.add(f"{defendant},", "header")
        p.add(f"{'Defendant.':>24}", "header")
        p.blank()
        motion = rng.choice(_COURT_MOTIONS)
        p.add(f"DECLARATION OF {clerk.upper()} IN SUPPORT OF {motion}", "header")
        p.blank()
        p.add(f"I, {clerk}, declare as follows:", "comments")
        openers = [
            f"I am an attorney at {firm}, counsel for {'Defendant' if motion.startswith('DEF') else 'Plaintiff'} in this action. "
            "I have personal knowledge of the facts set out in this declaration and, if called as a witness, could and would "
            "testify to them.",
            f"I submit this declaration to place before the Court copies of news reports concerning {topic} that are cited "
            "in the accompanying memorandum of law.",
        ]
        closers = [
            "I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.",
        ]
        signature = [f"Executed on {long_date(filed)} at {city}.", "", f"/s/ {clerk}", clerk]
    elif court == "ontario":
        p.add("ONTARIO", "header")
        p.add("SUPERIOR COURT OF JUSTICE", "header")
        p.add("BETWEEN:", "header")
        p.add(f"{plaintiff}", "header")
        p.add("Plaintiff", "header")
        p.add("- and -", "header")
        p.add(defendant, "header")
        p.add("Defendant", "header")
        p.blank()
        p.add(f"AFFIDAVIT OF {clerk.upper()}", "header")
        p.add(f"(sworn {long_date(filed)})", "header")
        p.blank()
        p.add(f"I, {clerk}, of the City of {ontario_city}, in the Province of Ontario, law clerk, MAKE OATH AND SAY:", "comments")
        openers = [
            f"I am a law clerk with {firm}, lawyers for the Defendant, and as such have knowledge of the matters to which I "
            "depose in this affidavit.",
            f"I have searched the websites of news outlets for reports concerning {topic}. Copies of the reports I found are "
            "attached as exhibits as set out below.",
        ]
        closers = ["I swear this affidavit for the purposes of the Defendant's motion and for no improper purpose."]
        signature = [f"SWORN BEFORE ME at the City of {ontario_city}, in the Province of Ontario, on {long_date(filed)}.", "",
                     "_______________________________", "Commissioner for Taking Affidavits", "", clerk.upper()]
    else:
        for line in ("Claimant", clerk, "First", f"Exhibit: {exhibit_mark}", long_date(filed)):
            p.add(f"{line:>{width}}", "header")
        p.blank()
        for line in ("IN THE HIGH COURT OF JUSTICE", "KING'S BENCH DIVISION", "MEDIA AND COMMUNICATIONS LIST",
                     f"Claim No. KB-{filed.year}-{rng.randint(1000, 99999):06d}", "BETWEEN:", plaintiff, "Claimant", "- and -",
                     re.sub(r",? (?:LLC|INC\.|CORP\.|LTD\.|CO\.)$", " LIMITED", defendant), "Defendant"):
            p.add(line, "header")
        p.blank()
        p.add(f"FIRST WITNESS STATEMENT OF {clerk.upper()}", "header")
        p.blank()
        p.add(f"I, {clerk}, of {firm}, solicitors for the Claimant, will say as follows:", "comments")
        openers = [
            "I am a solicitor of the Senior Courts and a partner in the firm. I make this statement from my own knowledge "
            "unless I say otherwise.",
            f"There is now produced and shown to me a paginated bundle of true copies of the published articles concerning "
            f"{topic} referred to below, marked \"{exhibit_mark}\".",
        ]
        closers = ["I believe that the facts stated in this witness statement are true, and I understand the consequences "
                   "of making a false statement in a document verified by a statement of truth."]
        signature = ["Signed ..............................", clerk, long_date(filed)]
    for number, paragraph in enumerate([*openers, *descriptions, *closers], start=1):
        p.blank()
        lines = textwrap.wrap(f"{number}.  {paragraph}", width=width - 6, break_long_words=False)
        for line in lines[:1]:
            p.add(line, "comments")
        for line in lines[1:]:
            p.add("    " + line, "comments")
    p.blank()
    for line in signature:
        p.add(line, "footer" if line else "blank")
    pages = p.paged(length)[-1][0]
    lay_out(p, "", "", 1, pages)
    if court == "england":
        # The exhibit's own cover, once, before its tabs.
        b.blank()
        b.add(f"This is the exhibit marked \u201c{exhibit_mark}\u201d referred to in the first witness statement of {clerk} "
              f"dated {long_date(filed)}.", "section")
        b.blank()
        b.add(exhibit_mark, "section")
        folio("cover", 0)

    # The exhibits.
    for number, (mark, article, kind, url, day, printed) in enumerate(zip(marks, articles, kinds, urls, days, printed_at), start=1):
        outlet = display_name(article.outlet)
        attachment = f"-{number}"
        q = _Printout()
        head = foot = None
        if kind == "print":
            masthead = outlet.upper() if rng.random() < 0.3 else outlet
            browser_title = f"{article.title} | {outlet}" if rng.random() < 0.6 else f"{article.title} - {outlet}"
            if len(browser_title) > 70 and rng.random() < 0.5:
                browser_title = browser_title[:64].rstrip() + "\u2026"
            stamp_text = f"{printed.month}/{printed.day}/{printed.year % 100}, {_clock(printed.hour * 60 + printed.minute, twelve_hour)}"
            printed_pages = [0]

            def head(page: int, stamp_text: str = stamp_text, browser_title: str = browser_title) -> None:
                b.add(f"{stamp_text}{' ' * rng.randint(8, 30)}{browser_title}", "header")
                b.blank()

            def foot(page: int, url: str = url, printed_pages: list[int] = printed_pages) -> None:
                b.blank()
                shown_url = url if len(url) < 72 else url[:70] + "\u2026"
                b.add(f"{shown_url}{' ' * rng.randint(4, 12)}{page}/{printed_pages[0]}", "footer")

            q.add(masthead, "outlet")
            q.add(rng.choice(_PRINT_MENUS), "header")
            q.blank()
            q.add(article.title, "title")
            if rng.random() < 0.6:
                q.add(f"By {rng.choice(writers)}", "byline")
            q.add(rng.choice((
                f"Published {day.day} {_MONTHS[day.month - 1]} {day.year}",
                f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} GMT",
                f"{_MONTHS[day.month - 1]} {day.day}, {day.year}",
            )), "time")
            if rng.random() < 0.5:
                q.add(rng.choice(("Share  Tweet  Email", "f  X  in  ✉  Share", "Share this article")), "share")
            if rng.random() < 0.4:
                q.blank()
                q.add(rng.choice(_PRINT_CAPTIONS), "caption")
                q.add(f"Photograph: {rng.choice(_PRINT_CREDITS)}", "credit")
            q.blank()
            ad_after = rng.randrange(len(article.paragraphs)) if len(article.paragraphs) > 3 and rng.random() < 0.4 else -1
            q.start(article, masthead, article.title)
            for position, paragraph in enumerate(article.paragraphs):
                if position:
                    q.blank()
                label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
                for piece in textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False):
                    q.body(piece, piece, label)
                if position == ad_after and position < len(article.paragraphs) - 1:
                    q.blank()
                    q.add("Advertisement", "sponsored")
            q.end()
            q.blank()
            if rng.random() < 0.5:
                q.add(rng.choice(("Related", "More on this story", "Most read")), "readmore")
                for other in rng.sample(ctx.other_titles, min(len(ctx.other_titles), rng.randint(1, 3))):
                    q.add(other, "readmore")
                q.blank()
            q.add(f"© {day.year} {outlet}", "copyright")
            if rng.random() < 0.25:
                q.add(rng.choice(_COURT_COOKIES), "cookie")
            printed_pages[0] = q.paged(length)[-1][0]
        elif kind == "database":
            copy_year = filed.year

            def head(page: int, day: date = day, outlet: str = outlet) -> None:
                b.add(f"{day.month}/{day.day}/{day.year % 100} {outlet} (Online) (Pg. Unavail. Online)", "header")
                b.blank()

            def foot(page: int, copy_year: int = copy_year) -> None:
                b.blank()
                b.add(f"© {copy_year} {_COURT_DATABASE}. No claim to original government works.{' ' * 8}{page}", "footer")

            q.add(f"{day.year} LXNEWS {rng.randint(100000, 9999999)}", "header")
            q.blank()
            q.add(outlet, "outlet")
            q.add(f"Copyright © {day.year} {outlet}", "copyright")
            q.blank()
            q.add(f"{_MONTHS[day.month - 1]} {day.day}, {day.year}", "time")
            q.add(f"Section: {rng.choice(('News', 'World', 'US News', 'Technology', 'Entertainment'))}", "section")
            q.blank()
            q.add(article.title, "title")
            q.blank()
            if rng.random() < 0.6:
                q.add(rng.choice(writers), "byline")
                q.blank()
            q.start(article, outlet, article.title)
            text(q, article)
            q.end()
            q.blank()
            q.add("---- Index References ----", "tags")
            q.blank()
            q.add(f"News Subject: ({', '.join(w for w in _tag_words(article.title, 3))})", "tags")
            q.add("Language: EN", "tags")
            q.add(f"Word Count: {sum(len(x.split()) for x in article.paragraphs)}", "tags")
            q.blank()
            q.add("End of Document", "footer")
        else:
            q.add(article.title, "title")
            if rng.random() < 0.5:
                q.add(f"{outlet} | {long_date(day)}", "outlet")
                shown = outlet
            else:
                q.add(f"Source: {url}", "outlet")
                shown = _site(article.outlet).removeprefix("www.")
            if rng.random() < 0.5:
                q.add(f"Accessed {long_date(printed.date())}", "time")
            q.blank()
            q.start(article, shown, article.title)
            text(q, article)
            q.end()
        printed_total = q.paged(length)[-1][0]
        if court == "us":
            # A slip sheet, then the exhibit: one attachment of the filing.
            stamp(attachment, 1, printed_total + 1)
            for _ in range(rng.randint(6, 14)):
                b.blank()
            b.add(f"{' ' * rng.randint(20, 34)}EXHIBIT {mark}", "section")
            b.blank()
            lay_out(q, attachment, mark, 2, printed_total + 1, head, foot)
        elif court == "ontario":
            stamp("", 1, 1)
            b.add(f"This is Exhibit \u201c{mark}\u201d referred to in the Affidavit of {clerk}", "section")
            b.add(f"sworn before me this {_ordinal(filed.day)} day of {_MONTHS[filed.month - 1]}, {filed.year}.", "section")
            b.blank()
            b.add("_______________________________", "section")
            b.add("A Commissioner for taking affidavits, etc.", "section")
            folio(mark, 1)
            lay_out(q, "", mark, 1, printed_total, head, foot)
        else:
            b.blank()
            b.add(f"TAB {number}", "section")
            b.blank()
            lay_out(q, "", mark, 1, printed_total, head, foot)


#: A language school's reading lesson and an exam board's reading paper, invented; the
#: teacher's and the examiners' words are furniture, so are the learners' languages (an
#: instruction repeated in Spanish, Polish, Italian or Turkish) and a national exam's heading
#: (Italian, Greek or Polish).
_LESSON_CENTRES = ("Bridgewater Language Centre", "Kestrel English School", "Lakemont Institute of English", "Hollybank Academy of Languages")
_LESSON_LEVELS = ("Upper-Intermediate (B2)", "Advanced (C1)", "Intermediate (B1+)", "Proficiency (C2)")
_LESSON_TITLES = (
    "Lesson {k}: One story, {n} newspapers", "Media literacy: comparing news reports", "Same news, different angles",
    "Reading the news critically: {t}",
)
_LESSON_WARM_UPS = (
    "Have you heard about {t}? What do you know about the story?",
    "Where do you usually get your news: a newspaper, a website, an app or social media?",
    "Do you trust everything you read online? Why or why not?",
    "Why might two newspapers report the same event in different ways?",
)
_LESSON_QUESTIONS = (
    "What happened, according to this text? Summarise it in two sentences.",
    "Who does the writer quote? Make a list of the sources.",
    "Find one fact and one opinion in paragraph {p}.",
    "Which words in the headline are chosen to catch the reader's attention?",
    "How does the writer want the reader to feel? Find evidence in the text.",
    "Is there any information here that is missing from the other texts?",
)
_LESSON_COMPARE_ROWS = ("Headline", "Newspaper / website", "Main source quoted", "Tone (neutral? sensational?)", "Facts only in this text")
_LESSON_DISCUSSION = (
    "Which text would you trust most? Why?",
    "Did any of the texts change your opinion about the story?",
    "Should newspapers publish a story before it has been confirmed?",
    "How could you check whether the main claim is true?",
    "Is it fair to call any of these texts 'fake news'? Explain your answer.",
)
_LESSON_HOMEWORK = (
    "Find another report of this story online and write a paragraph comparing it with the texts above (150–200 words).",
    "Write the story as a neutral news brief of about 120 words, using only facts that all the texts agree on.",
    "Learn the words in your vocabulary log. There will be a short quiz next lesson.",
)
_LESSON_L1 = {
    "es": ("Lee los textos y responde a las preguntas.", "Escribe el significado en tu idioma.", "¿De qué texto es cada frase?"),
    "pl": ("Przeczytaj teksty i odpowiedz na pytania.", "Zapisz znaczenie w swoim języku.", "Z którego tekstu pochodzi każde zdanie?"),
    "it": ("Leggi i testi e rispondi alle domande.", "Scrivi il significato nella tua lingua.", "Da quale testo viene ogni frase?"),
    "tr": ("Metinleri okuyun ve soruları cevaplayın.", "Anlamını kendi dilinizde yazın.", "Her cümle hangi metinden alınmış?"),
}
_EXAM_BOARDS = ("Northbridge Examinations Board", "Atlantic Certificate in English", "Midshire Assessment Council")
_EXAM_NATIONAL = {
    "it": ("Esame di Stato — Seconda prova scritta", "Lingua inglese · Comprensione del testo",
           "Leggi i testi e rispondi alle domande in lingua inglese."),
    "el": ("Πανελλαδικές Εξετάσεις — Αγγλική Γλώσσα", "Κατανόηση γραπτού λόγου",
           "Διαβάστε τα κείμενα και απαντήστε στις ερωτήσεις στα αγγλικά."),
    "pl": ("Egzamin maturalny — Język angielski, poziom rozszerzony", "Rozumienie tekstów pisanych",
           "Przeczytaj teksty i wykonaj zadania w języku angielskim."),
}
_EXAM_DETAIL_QUESTIONS = (
    "Look at lines {a}–{b}. Give two details the writer uses to describe what happened.",
    "Look at lines {a}–{b}. What does the writer suggest about the people involved?",
    "Explain in your own words what is reported in lines {a}–{b}.",
    "In lines {a}–{b}, find a phrase which shows that the information has not been confirmed.",
)
_EXAM_LONG_QUESTIONS = (
    "Compare how the texts present the story. Refer to at least two texts in your answer.",
    "Which text gives the most reliable account of events? Give reasons for your answer.",
)


def _lesson_text(w: _PageBuilder | _PdfPages, article: SourceArticle, numbering: str, wrapped: bool, width: int, gap: bool) -> int:
    """An article as a handout sets it: a paragraph a line or hard-wrapped, with paragraph
    numbers ("[3] ", "3  ", continuation lines set in) or an exam's line numbers in the
    margin every fifth line; returns the number of lines, for questions that cite them."""
    count = 0
    for position, paragraph in enumerate(article.paragraphs):
        if position and gap:
            w.blank()
        label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
        prefix = {"brackets": f"[{position + 1}] ", "numbers": f"{position + 1}".ljust(4)}.get(numbering, "")
        room = width - len(prefix) - (5 if numbering == "margin" else 0)
        pieces = textwrap.wrap(paragraph, width=room, break_long_words=False, break_on_hyphens=False) if wrapped else [paragraph]
        for k, piece in enumerate(pieces):
            count += 1
            if numbering == "margin":
                lead = f"{count:>3}  " if count % 5 == 0 else "     "
            else:
                lead = prefix if k == 0 else " " * len(prefix)
            w.body(lead + piece, piece, label)
    return count


def _reading_lesson_handout(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """Several outlets' reports of one story set as reading texts, saved as text from a
    document or its PDF: a language school's lesson handout or an exam board's reading paper.

    The handout: the school, the level, the lesson's title, teacher, "Name: ______"; an
    instruction repeated in the learners' language (Spanish, Polish, Italian or Turkish);
    a warm-up with numbered questions and the headlines listed for prediction; then each
    text under "Text A" / "TEXT 1" / "Text B: X" / "Text C — from X" or no heading, its title,
    the outlet above ("Source: X, 3 March 2015") or under it ("(X, 3 March 2015; abridged)",
    "Source: URL"), or only in the "Sources" list at the end, a word count on some; the text
    a paragraph a line or hard-wrapped, with paragraph numbers ("[3]", "3") on some pages;
    comprehension questions, a vocabulary log of words from the text with blanks, after each
    text or all after the texts; "Who said it?" sentences quoted from the texts, a table for
    comparing the texts, discussion, homework, an answer key, the copyright note.

    The reading paper: the board's heading or a national exam's in Italian, Greek or Polish,
    time allowed, candidate boxes, instructions; each text under "Text 1", "This text is
    from X." / "Source: X" above or under it, its title, its lines numbered in the margin
    every fifth line; questions citing lines ("Look at lines 10–14 ...") with marks in
    brackets, multiple choice whose options are sentences from the texts; "END OF QUESTION
    PAPER" and copyright acknowledgements naming the outlets. PDF page footers and running
    heads ("Turn over ▶", "Page 3") at page breaks, inside texts too, on some pages.

    Outlet rule: each text is credited to the outlet its heading or source line names (its
    display name), the domain of its source URL, or, where only the "Sources" list or the
    acknowledgements name it, to the outlet named there. Title rule: the text's title line
    is "title"; headlines listed in the warm-up are "readmore", questions and instructions
    "comments", sentences of a text quoted in a task "pullquote"."""
    exam = rng.random() < 0.35
    wrapped = exam or rng.random() < 0.5
    width = rng.choice((70, 76, 84))
    gap = rng.random() < 0.7
    paged = rng.random() < 0.5
    letters = [chr(ord("A") + i) for i in range(len(articles))] if not exam and rng.random() < 0.7 else [str(i + 1) for i in range(len(articles))]
    numbering = "margin" if exam and rng.random() < 0.8 else rng.choice(("none", "none", "brackets", "numbers"))
    source_form = rng.choice(("heading", "above", "below", "below", "end", "url")) if not exam else rng.choice(("above", "below", "end"))
    day = date(rng.choice((2014, 2015)), rng.randint(1, 12), rng.randint(1, 28))
    topic = _story_subject(articles)
    centre = rng.choice(_LESSON_CENTRES)
    board = rng.choice(_EXAM_BOARDS)
    national = rng.choice(sorted(_EXAM_NATIONAL)) if exam and rng.random() < 0.4 else ""
    l1 = rng.choice(sorted(_LESSON_L1)) if not exam and rng.random() < 0.6 else ""
    tasks_after_each = not exam and rng.random() < 0.5
    year = day.year + 1
    sessions = f"{_MONTHS[rng.randint(4, 6)]} {year}"
    text_word = "Text" if exam or rng.random() < 0.7 else "TEXT"
    marker = rng.choice(("• ", "- ", ""))
    head_form = rng.choice((f"{board} · Reading · {sessions}", "Page {p}", "[{p}]") if exam else
                           (f"{centre} · Reading lesson", f"{centre} · Photocopiable", "{p}"))
    foot_form = rng.choice((("Turn over ▶",), (f"© {board} {year}", "[Turn over"), ("Page {p}",)) if exam else
                           (("Page {p}",), (f"{centre} — photocopiable for classroom use", "{p}"), ("{p}",)))

    def header(page: int) -> str:
        return head_form.format(p=page)

    def footer(page: int) -> list[str]:
        return [line.format(p=page) for line in foot_form]

    w: _PageBuilder | _PdfPages = _PdfPages(b, rng.randint(44, 60), header, footer) if paged else b

    def heading(text: str) -> None:
        w.blank()
        w.add(text, "section")

    def dated(when: date) -> str:
        return f"{when.day} {_MONTHS[when.month - 1]} {when.year}"

    sources = []
    for letter, article in zip(letters, articles):
        outlet = display_name(article.outlet)
        sources.append((letter, article, outlet, _article_url(rng, article), day + timedelta(days=rng.randint(-2, 3))))
    quotes: list[tuple[str, str]] = []  # (sentence, its text's letter), for tasks that quote the texts

    # The top of the document.
    if exam:
        if national:
            first, second, instruction = _EXAM_NATIONAL[national]
            w.add(first, "header")
            w.add(second, "header")
        else:
            w.add(board.upper(), "header")
            w.add("English Language", "header")
            w.add("Paper 1: Reading", "header")
        w.add(sessions, "header")
        w.add(f"Time allowed: {rng.choice(('1 hour', '1 hour 15 minutes', '1 hour 30 minutes'))}", "header")
        w.blank()
        w.add("Candidate name: ______________________   Candidate number: __________", "header")
        heading("INSTRUCTIONS")
        w.add("Answer all the questions.", "comments")
        w.add("Write your answers in the spaces provided.", "comments")
        w.add("The number of marks for each question is shown in brackets [ ].", "comments")
        if national:
            w.add(instruction, "comments")
        w.blank()
        w.add(f"Read Texts 1 to {len(articles)}, which are about the same news story, and then answer the questions.", "comments")
    else:
        w.add(centre, "header")
        w.add(f"{rng.choice(_LESSON_LEVELS)} · Reading & Discussion", "header")
        w.add(rng.choice(_LESSON_TITLES).format(k=rng.randint(3, 24), n=len(articles), t=topic), "header")
        w.add(f"Teacher: {rng.choice(AUTHORS)}", "header")
        w.add("Name: ______________________   Date: __________", "header")
        heading(rng.choice(("Warm-up (5 minutes)", "Lead-in", "1. Before you read")))
        for number, question in enumerate(rng.sample(_LESSON_WARM_UPS, rng.randint(2, 3)), start=1):
            w.add(f"{number}. {question.format(t=topic)}", "comments")
        if rng.random() < 0.5:
            w.blank()
            w.add("Look at the headlines. Which one sounds most neutral? Which sounds most sensational?", "comments")
            for letter, article, *_ in sources:
                w.add(f"{letter}. {article.title}", "readmore")
        heading(rng.choice(("Reading", "2. Reading", "While you read")))
        w.add("Read the texts and answer the questions.", "comments")
        if l1:
            w.add(_LESSON_L1[l1][0], "comments")

    def tasks(letter: str, article: SourceArticle, lines: int) -> None:
        """The questions on one text."""
        if exam:
            w.blank()
            start = int(letter) * 3 - 2
            w.add(f"Questions {start}–{start + 2} refer to Text {letter}.", "comments")
            a = rng.randint(1, max(1, lines - 5))
            detail = rng.choice(_EXAM_DETAIL_QUESTIONS).format(a=a, b=min(lines, a + rng.randint(3, 5)))
            if numbering != "margin":
                # Without line numbers the paper points to a paragraph.
                detail = re.sub(r"lines \d+–\d+", f"paragraph {rng.randint(1, len(article.paragraphs))}", detail)
            w.blank()
            w.add(f"{start}  {detail}  [2]", "comments")
            w.add("....................................................................", "comments")
            w.blank()
            w.add(f"{start + 1}  According to Text {letter}, which of the following is true?  [1]", "comments")
            own = _highlights(rng, article, 1)
            pool = [s for other in articles if other is not article for s in _highlights(rng, other, 1)]
            options = own + rng.sample(pool, min(len(pool), 3))
            rng.shuffle(options)
            for choice, sentence in zip("ABCD", options):
                w.add(f"   {choice}  {sentence}", "pullquote")
            w.blank()
            w.add(f"{start + 2}  {rng.choice(_LESSON_QUESTIONS[3:]).format(p=2)}  [{rng.randint(2, 4)}]", "comments")
            w.add("....................................................................", "comments")
            return
        heading(rng.choice((f"Questions on {text_word} {letter}", f"{text_word} {letter}: comprehension")
                           + (("Comprehension",) if tasks_after_each else ())))
        paragraphs = len(article.paragraphs)
        for number, question in enumerate(rng.sample(_LESSON_QUESTIONS, rng.randint(2, 4)), start=1):
            w.add(f"{number}. {question.format(p=rng.randint(1, paragraphs))}", "comments")
        vocabulary = list(dict.fromkeys(
            word.strip(".,;:'\"“”‘’()").lower()
            for p in article.paragraphs
            for word in p.split()
            if len(word.strip(".,;:'\"“”‘’()")) >= 9 and word.strip(".,;:'\"“”‘’()").isalpha() and word[:1].islower()
        ))
        if vocabulary:
            heading(rng.choice(("Vocabulary log", "Vocabulary", "Words from the text")))
            w.add("Write the meaning of each word in your language.", "comments")
            if l1:
                w.add(_LESSON_L1[l1][1], "comments")
            for word in rng.sample(vocabulary, min(len(vocabulary), rng.randint(3, 5))):
                w.add(f"{marker}{word}  ______________________", "comments")

    # The texts.
    for letter, article, outlet, url, when in sources:
        w.blank()
        label = f"{text_word} {letter}"
        shown = outlet
        if source_form == "heading":
            w.add(rng.choice(("{l}: {o}", "{l} — from {o}", "{l} ({o})")).format(l=label, o=outlet), "outlet")
        else:
            w.add(label, "section")
        if source_form == "above":
            w.add((f"This text is from {outlet}." if exam else f"Source: {outlet}, {dated(when)}"), "outlet")
        w.blank()
        w.add(article.title, "title")
        if not exam and rng.random() < 0.3:
            w.add(f"({sum(len(p.split()) for p in article.paragraphs)} words)", "time")
        if gap or not wrapped:
            w.blank()
        if source_form == "url":
            shown = _site(article.outlet).removeprefix("www.")
        w.start(article, shown, article.title)
        lines = _lesson_text(w, article, numbering, wrapped, width, gap)
        w.end()
        if source_form == "below":
            w.blank()
            w.add(rng.choice(("({o}, {d}; abridged)", "Source: {o}", "From {o}, {d}")).format(o=outlet, d=dated(when)), "outlet")
        elif source_form == "url":
            w.blank()
            w.add(f"Source: {url}", "outlet")
        quotes.extend((sentence, letter) for sentence in _highlights(rng, article, 1))
        if tasks_after_each or exam:
            tasks(letter, article, lines)
    if not exam and not tasks_after_each:
        heading(rng.choice(("3. After reading", "After you read", "Comprehension")))
        for letter, article, *_ in sources:
            tasks(letter, article, 0)

    # What comes after the texts.
    if exam:
        w.blank()
        last = len(articles) * 3 + 1
        w.add(f"{last}  {rng.choice(_EXAM_LONG_QUESTIONS)}  [10]", "comments")
        for _ in range(3):
            w.add("....................................................................", "comments")
        w.blank()
        w.add("END OF QUESTION PAPER", "footer")
        heading("Copyright acknowledgements")
        for letter, article, outlet, url, when in sources:
            w.add(f"Text {letter}: \u201c{article.title}\u201d \u00a9 {outlet}, {when.year}." if source_form == "end"
                  else f"Text {letter} \u00a9 {outlet} {when.year}.", "copyright")
        w.add("Every effort has been made to trace copyright holders. The board will be pleased to correct any omission.", "copyright")
    else:
        asked = len(quotes) >= 2 and rng.random() < 0.7
        if asked:
            heading(rng.choice(("Who said it?", "Which text?", "4. Which text says this?")))
            w.add("Read the sentences. Which text does each one come from? Write the letter.", "comments")
            if l1:
                w.add(_LESSON_L1[l1][2], "comments")
            rng.shuffle(quotes)
            for number, (sentence, _) in enumerate(quotes, start=1):
                w.add(f"{number}. {sentence}  ____", "pullquote")
        if rng.random() < 0.6:
            heading("Compare the texts")
            w.add(" " * 30 + "".join(f"Text {letter:<10}" for letter in letters), "comments")
            for row in _LESSON_COMPARE_ROWS[: rng.randint(3, 5)]:
                w.add(f"{row:<30}" + "_________   " * len(letters), "comments")
        heading(rng.choice(("Discussion", "5. Speaking", "Talk about it")))
        for number, question in enumerate(rng.sample(_LESSON_DISCUSSION, 3), start=1):
            w.add(f"{number}. {question}", "comments")
        heading("Homework")
        w.add(rng.choice(_LESSON_HOMEWORK), "comments")
        if source_form == "end":
            heading(rng.choice(("Sources", "Texts taken from")))
            for letter, article, outlet, url, when in sources:
                w.add(f"Text {letter}: {article.title}. {outlet}, {dated(when)}.", "references")
        if asked and rng.random() < 0.5:
            heading("Answer key (teacher's copy)")
            w.add("Which text? " + "  ".join(f"{n}. {letter}" for n, (_, letter) in enumerate(quotes, start=1)), "comments")
        w.blank()
        w.add(f"Texts reproduced for classroom use only. \u00a9 the publishers. Worksheet \u00a9 {centre} {year}.", "copyright")
    if paged:
        w.close_page()


# --------------------------------------------------------------------------- the Congressional Record


#: Members of Congress who put the reports in the Record (invented): the Record's name for the
#: member, the full name, the state, and whether the member's remarks slip into Spanish.
_RECORD_MEMBERS = (
    ("Mr. CALDWELL", "Thomas Caldwell", "Vermont", False),
    ("Ms. ABERNATHY", "Ruth Abernathy", "Ohio", False),
    ("Mr. OKONKWO", "Daniel Okonkwo", "Maryland", False),
    ("Mrs. FAIRBANKS", "Helen Fairbanks", "Oregon", False),
    ("Mr. VILLANUEVA", "Joaquín Villanueva", "Texas", True),
    ("Ms. ORTIZ-REYES", "Carmen Ortiz-Reyes", "Florida", True),
)
#: The Government Publishing Office's abbreviations of months in the Record's source lines.
_RECORD_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
#: The two letters of a month in the GPO's file names ("A03MR6.012").
_RECORD_MONTH_CODES = ("JA", "FE", "MR", "AP", "MY", "JN", "JY", "AU", "SE", "OC", "NO", "DE")
#: Agencies spelled out where a sentence names them (the Record's "[From ...]" lines, a reader's credit).
_RECORD_SPELLED_OUT = {"AFP": "Agence France-Presse", "UPI": "United Press International"}
#: The member's own words: why the reports go in the Record ({t} the story, {n} how many).
_RECORD_OPENINGS = (
    "I rise today to draw the attention of my colleagues to the reporting this week on {t}.",
    "I want to take a few minutes to discuss the news coverage of {t}, which has raised serious questions in my State and "
    "across the country.",
    "constituents have written to my office in large numbers about {t}, and many of them have asked me what actually happened.",
    "over the past several days {n} news organizations have reported on {t}, and their accounts do not agree in every detail.",
)
_RECORD_REASONS = (
    "I believe the American people are best served when the facts are out in the open, so that they can weigh the "
    "evidence for themselves.",
    "I do not endorse every claim made in these reports, but I believe they should be part of the record of this body.",
    "I commend the reporters who have worked to establish the facts, often under difficult conditions and against a "
    "deadline.",
    "We should be careful not to draw conclusions before the facts are known, and careful, too, about which accounts we repeat.",
)
_RECORD_SPANISH = (
    "Como decimos en mi distrito, \u201cla verdad siempre sale a flote\u201d: the truth always comes out.",
    "Many of my constituents followed this story in Spanish, and they asked me the same question: \u201c\u00bfQui\u00e9n "
    "tiene la raz\u00f3n?\u201d Who is right?",
)
#: What the member says of each report when naming them first, and between reports printed
#: one at a time: each said once.
_RECORD_VERDICTS = (
    "gives the fullest account so far", "differs on several points from the others", "relies largely on official sources",
    "was among the first to report the story", "adds details the others leave out", "quotes witnesses at some length",
)
_RECORD_TURNS = (
    "another account appeared the same day.", "I want to turn now to a report that tells the story differently.",
    "the next report adds details the others leave out.", "a further account was published shortly afterward.",
    "I would also draw attention to the following report.",
)
_RECORD_NUMBERS = ("two", "three", "four", "five", "six")
_RECORD_CLOSINGS = (
    "I thank my colleagues, and I yield the floor.",
    "I yield back the balance of my time.",
    "I hope my colleagues will take the time to read them.",
)


def _story_name(articles: list[SourceArticle]) -> str:
    """The story's subject where the texts write it as a name ("Seinfeld", "Islamic State"),
    else "": a word the titles shout or a plain word ("EYE", "Angry", "On Jan") names no story
    in a sentence, so the speaker says "this story"."""
    subject = _story_subject(articles)
    text = " ".join(p for a in articles for p in a.paragraphs)
    return "" if subject == "Top story" or text.count(subject.lower()) > text.count(subject) else subject


def _outlet_in_prose(outlet: str) -> str:
    """The outlet as a sentence names it (the Record's "[From ...]" line, a reader's spoken
    credit): "the Washington Post", "the Daily Mail", "CNN", "Agence France-Presse",
    "bellingcat.com"."""
    name = _RECORD_SPELLED_OUT.get(outlet, display_name(outlet))
    if name.startswith("The "):
        return "the " + name[4:]
    newspaper = r"(?:Mail|Mirror|Times|Post|Star|Express|Telegraph|Independent|Guardian|Herald|Journal|Tribune|Sun|Globe|Daily News|Press)"
    return f"the {name}" if re.search(rf"\b{newspaper}$", name) and "." not in name else name


def _congressional_record(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """The Congressional Record with news reports a member of Congress had printed in it, as
    text: the GPO's text version of a Senate, House or Extensions of Remarks item ("[Congressional
    Record Volume 161, Number 34 (Tuesday, March 3, 2015)]", "[Senate]", "[Pages S1234-S1236]",
    "[[Page S1235]]" markers where the printed pages turn, inside the texts too, paragraphs
    set off by first-line indents, titles and source lines centred), or the daily edition's PDF
    converted to text (narrow column lines, the running head "S1235   CONGRESSIONAL RECORD —
    SENATE   March 3, 2015" and the GPO's "VerDate ..." production line at every page break).

    The item: a heading in capitals; in the Senate the member's floor remarks, or the
    "<bullet>" of a statement submitted for the Record; in the House the member's remarks and
    the Speaker pro tempore's "Is there objection ...?"; in Extensions of Remarks the "HON.
    NAME / of state / in the house of representatives / date" block. The member asks
    unanimous consent to print the articles ("There being no objection, the material was
    ordered to be printed in the Record, as follows:"), all together after the remarks or one
    at a time between them, and on some pages names each outlet and title in the remarks
    first; one member's remarks slip into Spanish. Each article: "[From the Washington Post,
    Mar. 2, 2015]" (agencies spelled out, " (London)" after some British papers), its
    title, "(By Jane Doe)" on some, the text; "____" between the articles; the floor's
    procedure after the item (yielding the floor, a quorum call).

    Outlet rule: each article is credited to the outlet its "[From ...]" line names (the
    display name, the agency spelled out, or the domain). Title rule: the title line under
    the source line is "title"; the member's remarks and the chamber's procedure are
    "comments", the Record's own headers and page markers "header"."""
    chamber = rng.choice(("senate", "senate", "house", "extensions"))
    pdf = rng.random() < 0.35
    member, full_name, state, speaks_spanish = rng.choice(_RECORD_MEMBERS)
    sitting = date(rng.choice((2014, 2015)), rng.randint(1, 12), rng.randint(1, 24))
    sitting += timedelta(days=(7 - sitting.weekday()) % 7 if sitting.weekday() >= 5 else 0)  # the chambers sit on weekdays
    submitted = chamber == "senate" and rng.random() < 0.3  # a statement not spoken on the floor
    one_at_a_time = rng.random() < 0.35
    described = not one_at_a_time and rng.random() < 0.5
    width = rng.choice((44, 48, 52)) if pdf else 72
    length = rng.randint(90, 150)
    prefix = {"senate": "S", "house": "H", "extensions": "E"}[chamber]
    first_page = rng.randint(120, 6800) if chamber != "extensions" else rng.randint(40, 1900)
    topic = _story_name(articles)
    address = {"senate": "Mr. President", "house": "Mr. Speaker", "extensions": "Mr. Speaker"}[chamber]
    if rng.random() < 0.3:
        address = address.replace("Mr.", "Madam")
    gentle, pronoun = ("gentlewoman", "her") if member.startswith(("Ms.", "Mrs.")) else ("gentleman", "his")
    day_name = f"{_WEEKDAYS[sitting.weekday()]}, {_MONTHS[sitting.month - 1]} {sitting.day}, {sitting.year}"
    p = _Printout()

    def centred(text: str, label: str) -> None:
        p.add(text if pdf else " " * max(2, (width - len(text)) // 2) + text, label)

    bullet_due = submitted  # a submitted statement opens with the bullet, once

    def remarks(text: str, speaker: str = "") -> None:
        """A paragraph of the proceedings, opened by its speaker's name where one takes the floor."""
        nonlocal bullet_due
        opening = f"{speaker}. " if speaker else ""
        bullet = "<bullet> " if bullet_due else ""
        bullet_due = False
        indent = "" if pdf else "  "
        for line in textwrap.wrap(bullet + opening + text, width=width, initial_indent=indent, break_long_words=False):
            p.add(line, "comments")

    def printed(article: SourceArticle) -> None:
        """The article as the Record prints it, under its source line."""
        source = _outlet_in_prose(article.outlet)
        shown = _RECORD_SPELLED_OUT.get(article.outlet, display_name(article.outlet))
        where = " (London)" if article.outlet.endswith(".co.uk") and rng.random() < 0.4 else ""
        when = sitting - timedelta(days=rng.randint(0, 6))
        p.blank()
        centred(f"[From {source}{where}, {_RECORD_MONTHS[when.month - 1]} {when.day}, {when.year}]", "outlet")
        p.blank()
        centred(article.title, "title")
        if rng.random() < 0.5:
            p.blank()
            writers = rng.sample(AUTHORS, rng.choice((1, 1, 2)))
            centred(f"(By {' and '.join(writers)})", "byline")
        p.blank()
        p.start(article, shown, article.title)
        first, rest = ("", "") if pdf else ("       ", "     ")
        for paragraph in article.paragraphs:
            label = "residue" if is_residue(paragraph) else ARTICLE_TEXT
            lines = textwrap.wrap(paragraph, width=width, initial_indent=first, subsequent_indent=rest,
                                  break_long_words=False, break_on_hyphens=False)
            for line in lines:
                p.body(line, line.strip(), label)
        p.end()

    def consent(what: str) -> None:
        if chamber == "senate":
            remarks(f"{address}, I ask unanimous consent that {what} be printed in the Record.")
            remarks("There being no objection, the material was ordered to be printed in the Record, as follows:")
        elif chamber == "house":
            remarks(f"{address}, I ask unanimous consent to include in the Record {what}.")
            remarks(f"The SPEAKER pro tempore. Is there objection to the request of the {gentle} from {state}?")
            remarks("There was no objection.")
        else:
            remarks(f"{address}, I submit {what} for the Record.")

    # The item's heading, and who speaks.
    p.blank()
    if submitted:
        centred("ADDITIONAL STATEMENTS", "section")
        p.blank()
    headings = ("REPORTS ON {t}", "NEWS COVERAGE OF {t}", "THE FACTS ABOUT {t}", "RECENT REPORTING ON {t}") if topic else (
        "NEWS REPORTS", "PRESS REPORTS SUBMITTED FOR THE RECORD", "RECENT NEWS REPORTS")
    centred(rng.choice(headings).format(t=topic.upper()), "section")
    p.blank()
    if chamber == "extensions":
        centred("_" * 6, "separator")
        p.blank()
        for line in (f"HON. {full_name.upper()}", f"of {state.lower()}", "in the house of representatives", day_name):
            centred(line, "header")
            p.blank()
    if chamber == "house":
        remarks(f"({member} asked and was given permission to address the House for 1 minute and to revise and extend {pronoun} remarks.)")
    opening = rng.choice(_RECORD_OPENINGS).format(t=topic or "this story", n=_RECORD_NUMBERS[len(articles) - 2])
    remarks(f"{address}, {opening}", member)
    if speaks_spanish and chamber != "senate" and rng.random() < 0.7:
        remarks(rng.choice(_RECORD_SPANISH))
    remarks(rng.choice(_RECORD_REASONS))
    if described:
        verdicts = rng.sample(_RECORD_VERDICTS, len(articles))
        for ordinal, article, verdict in zip(("first", "second", "third", "fourth", "fifth", "sixth"), articles, verdicts):
            remarks(f"The {ordinal}, from {_outlet_in_prose(article.outlet)}, is titled \u201c{article.title}\u201d and {verdict}.")
    if one_at_a_time:
        turns = rng.sample(_RECORD_TURNS, len(articles) - 1)
        for number, article in enumerate(articles):
            consent(f"the following article from {_outlet_in_prose(article.outlet)}")
            printed(article)
            if number < len(articles) - 1:
                p.blank()
                remarks(f"{address}, {turns[number]}", member)
    else:
        consent("the following articles")
        for number, article in enumerate(articles):
            if number:
                p.blank()
                centred("____", "separator")
            printed(article)
    # The floor's business after the item.
    p.blank()
    if submitted:
        p.add("<bullet>", "comments")
    elif chamber == "senate" and rng.random() < 0.5:
        remarks(f"{address}, I suggest the absence of a quorum.", member)
        remarks("The PRESIDING OFFICER. The clerk will call the roll.")
        remarks("The legislative clerk proceeded to call the roll.")
    elif chamber == "senate":
        remarks(f"{address}, {rng.choice(_RECORD_CLOSINGS)}", member)
        remarks(f"The PRESIDING OFFICER. The Senator from {rng.choice(('Iowa', 'Delaware', 'Maine', 'Nevada'))}.")
    elif chamber == "house":
        remarks(f"{address}, {rng.choice(_RECORD_CLOSINGS)}", member)
        remarks(f"The SPEAKER pro tempore. The {gentle}'s time has expired." if rng.random() < 0.5
                else "The SPEAKER pro tempore. Members are reminded to address their remarks to the Chair.")
    p.blank()
    centred("_" * 6 if chamber == "extensions" else "____________________", "separator")

    # The Record's own header, and the pages the item falls on.
    placed = p.paged(length)
    pages = placed[-1][0]
    code = f"{sitting.day:02d}{_RECORD_MONTH_CODES[sitting.month - 1]}"
    name = {"senate": "SENATE", "house": "HOUSE", "extensions": "Extensions of Remarks"}[chamber]
    if not pdf:
        office = "Government Publishing Office" if sitting >= date(2014, 12, 17) else "Government Printing Office"
        b.add(f"[Congressional Record Volume {sitting.year - 1854}, Number {rng.randint(1, 160)} ({day_name})]", "header")
        b.add(f"[{name.title() if chamber != 'extensions' else name}]", "header")
        pages_shown = f"Page {prefix}{first_page}" if pages == 1 else f"Pages {prefix}{first_page}-{prefix}{first_page + pages - 1}"
        b.add(f"[{pages_shown}]", "header")
        b.add(f"From the Congressional Record Online through the {office} [www.gpo.gov]", "header")
        b.blank()
    gap = " " * rng.randint(6, 14)
    software = "Sep 11 2014" if sitting >= date(2014, 9, 11) else "Mar 15 2010"
    operator = rng.choice(("lotter", "jbell", "tjames", "mstockstill", "smartinez"))
    frames = rng.randint(1, 90)  # the GPO's frame number of the item's first page

    def head(page: int) -> None:
        number = f"{prefix}{first_page + page - 1}"
        if not pdf:
            b.blank()
            b.add(f"[[Page {number}]]", "header")
            return
        running = f"CONGRESSIONAL RECORD \u2014 {name.upper()}"
        when = f"{_MONTHS[sitting.month - 1]} {sitting.day}, {sitting.year}"
        b.add(f"{number}{gap}{running}{gap}{when}" if (first_page + page) % 2 else f"{when}{gap}{running}{gap}{number}", "header")
        b.blank()

    def foot(page: int) -> None:
        if not pdf:
            return
        b.blank()
        if page == 1 and chamber != "senate":
            b.add("Matter set in this typeface indicates words inserted or appended, rather than spoken, by a Member of the House on the floor.", "footer")
        elif page == 1 and submitted:
            b.add("This \u2018\u2018bullet\u2019\u2019 symbol identifies statements or insertions which are not spoken by a Member of the Senate on the floor.", "footer")
        frame = frames + page - 1
        b.add(f"VerDate {software}   {rng.randint(0, 5):02d}:{rng.randint(0, 59):02d} {_COURT_MONTHS_SHORT[sitting.month - 1]} "
              f"{sitting.day + 1:02d}, {sitting.year}  Jkt {rng.randint(39, 49):03d}060  PO 00000  Frm {frame:05d}  Fmt 4624  "
              f"Sfmt 0634  E:\\CR\\FM\\A{code}6.{frame:03d}  {prefix}{code}PT1", "footer")
        if rng.random() < 0.7:
            b.add(f"{operator} on DSK{rng.randint(2, 9)}VPTVN1PROD with {'SENATE' if chamber == 'senate' else 'HOUSE' if chamber == 'house' else 'REMARKS'}", "footer")

    _replay_on_pages(b, placed, head, foot)


# --------------------------------------------------------------------------- a reading service's transcript


#: Services that read the papers aloud, and their shows (invented): radio reading services
#: for blind and print-disabled listeners, a talking newspaper, a narrated-news podcast.
_READING_SHOWS = (
    ("Cascade Radio Reading Service", "The Morning Papers"),
    ("Lakeshore Audio Reader", "Today's Papers, Read Aloud"),
    ("Harbour Talking News", "The Weekly Talking News"),
    ("Readaloud", "The Papers, Read to You"),
    ("Northfield Radio Reading Service", "Newsline"),
)
#: The words of a podcast app's transcript view in the listener's language: its heading,
#: the automatic-transcript notice, its buttons, the chapters' heading.
_READING_APP_WORDS = {
    "en": ("Transcript", "Transcripts are generated automatically and may contain errors.", "Follow · Share · Download", "Chapters"),
    "de": ("Transkript", "Automatisch erstelltes Transkript. Es kann Fehler enthalten.", "Folgen · Teilen · Laden", "Kapitel"),
    "es": ("Transcripción", "Transcripción generada automáticamente. Puede contener errores.", "Seguir · Compartir · Descargar", "Capítulos"),
    "pt": ("Transcrição", "Transcrição gerada automaticamente. Pode conter erros.", "Seguir · Compartilhar · Baixar", "Capítulos"),
}
#: How a reader credits an article before reading it ({o} the outlet, {t} the title, {d} the
#: day, {p} a print page): the title in the same sentence, before or after the outlet.
_READING_CREDITS = (
    "From {o}, {d}. The headline: {t}",
    "This next one is from {o}. It's headlined \u201c{t}.\u201d",
    "{o} has this, under the headline \u201c{t}.\u201d",
    "Page {p} of {o}. {t}",
    "Headline: {t}. That's from {o}.",
    "Now {o}, with the headline {t}",
)
#: The host's links between the readings; some name the next outlet before its credit.
_READING_LINKS = (
    "A rather different account there. Let's see how {o} covered it.",
    "Quite a lot of detail in that one. Over to {o}, which takes a different line.",
    "Thank you. And now the same story as {o} reported it.",
    "We'll stay with this story, because several papers led with it this morning.",
    "Right. Let's move on to the next paper.",
    "Stay with us. There's more on this story after the break.",
)
#: What a reader says of a photograph beside the text: reading services describe them.
_READING_PHOTOS = (
    "There's a photograph with this story. The caption reads: Officials speak to reporters earlier this week.",
    "Beside the article there's a picture of the scene; the caption says it was taken on Monday.",
    "There's a photo here, credited to Getty Images, of crowds gathered outside.",
    "The article carries a small map showing where it happened.",
)
_READING_ENDS = ("End of article.", "That was from {o}.", "That report by {a} for {o}.", "And that's the end of that one.")
_READING_SPONSORS = (
    "Support for {s} comes from Brightwater Opticians, helping the community see clearly for forty years.",
    "{s} is made possible by our volunteers and by listeners like you. To donate, call 1-800-555-0143.",
    "This program is intended for people who are blind, visually impaired or otherwise print-disabled.",
)
#: The one programme note in Spanish: the service's Spanish-language readings.
_READING_SPANISH = (
    "Escuche la lectura de peri\u00f3dicos en espa\u00f1ol los s\u00e1bados a las nueve de la ma\u00f1ana.",
    "Para recibir un receptor especial, llame al 1-800-555-0143. El servicio es gratuito.",
)


def _reading_service_transcript(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """The transcript of a show that reads the papers aloud (a radio reading service for
    blind listeners, a talking newspaper, a narrated-news podcast), its host introducing and
    its volunteers reading several outlets' reports of one story in full, copied as text in
    one of three forms.

    A podcast app's transcript view: the show, the episode, its date and length, the app's
    words in English, German, Spanish or Portuguese ("Transkript", the automatic-transcript
    notice), chapters with clock times ("04:12 Daily Mail: T") or show notes listing the
    reports on some; then the speech in short segments, a clock time ("12:04") over each,
    a paragraph of an article cut into several. The service's published transcript: speaker
    lines ("HANNAH OKAFOR, HOST:" at a speaker's first turn, "OKAFOR:" opening later turns on
    the same line as the first words, the first sentence of a text too), sound cues
    ("(SOUNDBITE OF MUSIC)"), the service's notice that the transcript may not be in its final
    form. A transcription service's file: "Hannah Okafor (00:12:04):" over each turn, the
    audio file's name and the service's credit.

    The spoken credits: the host or the reader names the outlet and the title in one sentence
    ("From X, 3 March. The headline: T", "Headline: T. That's from X.", "Page 7 of X. T"), a
    byline ("By Jane Doe.") on some; the reader describes a photograph between paragraphs on
    some; "End of article." / "That was from X." / "That report by A for X." after some texts;
    the host's links between the readings, some naming the next outlet; underwriting
    messages, a programme note in Spanish, music.

    Outlet rule: each article is credited to the outlet its spoken credit names (its display
    name, an agency spelled out). Title rule: the line of the spoken credit is "title" (the title stands in it);
    speaker lines are "byline", the host's words "comments", clock times "time", underwriting
    and the Spanish note "sponsored", sound cues "separator"."""
    service, show = rng.choice(_READING_SHOWS)
    form = rng.choice(("app", "published", "transcription"))
    language = rng.choice(("en", "en", "de", "es", "pt"))
    host, *readers = rng.sample(AUTHORS, 3)
    writers = [a for a in AUTHORS if a not in (host, *readers)]
    aired = date(rng.choice((2014, 2015)), rng.randint(1, 12), rng.randint(1, 28))
    episode = rng.randint(40, 900)
    credited_by_host = rng.random() < 0.4
    gaps = form != "app" or rng.random() < 0.3  # empty lines between segments or paragraphs
    spanish_at = rng.randrange(len(articles)) if rng.random() < 0.5 else -1
    topic = _story_name(articles)
    # What is said, in order: ("say", speaker, text, label), ("read", speaker, paragraph, label),
    # ("cue", text, label), ("start", article, outlet, title), ("end",).
    events: list[tuple] = []
    chapters: list[tuple[int, str]] = []  # (index into events, the chapter's name)

    def say(speaker: str, text: str, label: str = "comments") -> None:
        events.append(("say", speaker, text, label))

    events.append(("cue", rng.choice(("(SOUNDBITE OF MUSIC)", "[MUSIC]", "(THEME MUSIC)")), "separator"))
    say(host, f"Good morning, and welcome to {show} from {service}. I'm {host}.")
    lead = f"lead with {topic}" if topic else "carry the same story"
    say(host, f"This morning several of the papers {lead}, and we're going to hear how each of them reported it.")
    if rng.random() < 0.6:
        say(host, rng.choice(_READING_SPONSORS).format(s=show), "sponsored")
    for number, article in enumerate(articles):
        outlet = _RECORD_SPELLED_OUT.get(article.outlet, display_name(article.outlet))
        spoken = _outlet_in_prose(article.outlet)
        reader = readers[number % len(readers)]
        writer = rng.choice(writers)
        said = aired - timedelta(days=rng.randint(0, 2))
        day = "this morning" if said == aired else f"{_WEEKDAYS[said.weekday()]}, {_MONTHS[said.month - 1]} {said.day}"
        # A page number only for a newspaper ("the Daily Mail"): a web site has no pages.
        wordings = [wording for wording in _READING_CREDITS if "{p}" not in wording or spoken.startswith("the ")]
        credit = rng.choice(wordings).format(o=spoken, t=article.title, d=day, p=rng.randint(2, 40))
        credit = re.sub(r"^the ", "The ", credit) + ("" if re.search(r"[.!?\"”]$", credit) else ".")
        chapters.append((len(events), f"{outlet}: {article.title}"))
        if number:
            say(host, rng.choice(_READING_LINKS).format(o=spoken))
        if credited_by_host:
            say(host, f"{credit} Reading it for us, {reader}.", "title")
        else:
            if not number or rng.random() < 0.5:
                say(host, f"Here's {reader}.")
            say(reader, credit, "title")
        if rng.random() < 0.5:
            say(reader, f"By {writer}.", "byline")
        photo_after = rng.randrange(len(article.paragraphs) - 1) if len(article.paragraphs) > 1 and rng.random() < 0.4 else -1
        events.append(("start", article, outlet, article.title))
        for position, paragraph in enumerate(article.paragraphs):
            events.append(("read", reader, paragraph, "residue" if is_residue(paragraph) else ARTICLE_TEXT))
            if position == photo_after:
                say(reader, rng.choice(_READING_PHOTOS), "caption")
        events.append(("end",))
        if rng.random() < 0.6:
            end = rng.choice(_READING_ENDS).format(o=spoken, a=writer)
            say(reader, end, "outlet" if spoken in end else "comments")
        if number == spanish_at:
            events.append(("cue", rng.choice(("[STATION IDENTIFICATION]", "(SOUNDBITE OF MUSIC)")), "separator"))
            say(host, rng.choice(_READING_SPANISH), "sponsored")
    say(host, f"And that's all from {show} for today. I'm {host}. Thank you to our readers, {' and '.join(readers)}.")
    events.append(("cue", rng.choice(("(SOUNDBITE OF MUSIC)", "[MUSIC]", "[END OF RECORDING]")), "separator"))

    # The speech as the form sets it down, recorded first: the chapters over it need its clock times.
    p = _Printout()
    chapter_times: list[tuple[int, str]] = []
    seconds = 0.0
    current = ""
    introduced: set[str] = set()

    def clock(at: float) -> str:
        whole = int(at)
        if form == "transcription":
            return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}"
        return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}" if whole >= 3600 else f"{whole // 60}:{whole % 60:02d}"

    def segments(text: str) -> list[str]:
        """An automatic transcript's segments: a few whole sentences, up to about thirty words."""
        pieces: list[str] = []
        for sentence in sentences(text):
            if pieces and len(pieces[-1].split()) + len(sentence.split()) <= rng.choice((12, 20, 30)):
                pieces[-1] += " " + sentence
            else:
                pieces.append(sentence)
        return pieces or [text]

    for index, event in enumerate(events):
        kind = event[0]
        chapter_times.extend((int(seconds), name) for at, name in chapters if at == index)
        if kind == "start":
            p.start(*event[1:])
            continue
        if kind == "end":
            p.end()
            continue
        if kind == "cue":
            if form == "app":
                p.add(clock(seconds), "time")
            elif gaps:
                p.blank()
            p.add("[Music]" if form == "app" else event[1], event[2])
            seconds += rng.randint(4, 12)
            current = ""
            continue
        speaker, text, label = event[1:]
        # The app cuts the reading into short segments; a credit stays whole, its title in it.
        for piece in segments(text) if form == "app" and kind == "read" else [text]:
            prefix = ""
            if form == "app":
                if gaps:
                    p.blank()
                p.add(clock(seconds), "time")
            elif speaker != current:
                p.blank()
                if form == "transcription":
                    p.add(f"{speaker} ({clock(seconds)}):", "byline")
                elif speaker not in introduced:
                    p.add(f"{speaker.upper()}, {'HOST' if speaker == host else rng.choice(('READER', 'VOLUNTEER READER'))}:", "byline")
                    introduced.add(speaker)
                else:
                    prefix = f"{speaker.split()[-1].upper()}: "
            elif gaps:
                p.blank()
            current = speaker
            if kind == "read":
                p.body(prefix + piece, piece, label)
            else:
                p.add(prefix + piece, label)
            seconds += len(piece.split()) / 2.5 + rng.uniform(0.2, 1.5)

    # What stands over the transcript.
    heading, notice, buttons, chapters_word = _READING_APP_WORDS[language]
    minutes = int(seconds) // 60 + 1
    if form == "app":
        b.add(show, "header")
        b.add(service, "header")
        b.add(f"Episode {episode} \u00b7 {aired.day} {_MONTHS[aired.month - 1][:3]} {aired.year} \u00b7 {minutes} min", "header")
        b.add(buttons, "header")
        notes = rng.choice(("notes", "chapters", "none"))
        b.blank()
        if notes == "notes":
            b.add(rng.choice(("Episode notes", "Show notes")), "section")
            b.add(f"The papers on {topic or 'one story'}, read in full by our volunteers.", "header")
            for article in articles:
                b.add(f"\u2022 {article.title} ({display_name(article.outlet)})", "readmore")
            b.blank()
        elif notes == "chapters":
            b.add(chapters_word, "section")
            b.add("00:00 Welcome", "readmore")
            for start, name in chapter_times:
                b.add(f"{start // 60:02d}:{start % 60:02d} {name}", "readmore")
            b.blank()
        b.add(heading, "section")
        b.add(notice, "header")
    elif form == "published":
        b.add(f"{service} \u2014 Transcripts", "header")
        b.add(f"{show.upper()} \u2014 {_WEEKDAYS[aired.weekday()]}, {_MONTHS[aired.month - 1]} {aired.day}, {aired.year}", "header")
        b.add(f"Program {episode} \u00b7 {minutes} minutes", "header")
    else:
        b.add(f"{re.sub(r'[^a-z0-9]+', '_', show.lower()).strip('_')}_{episode}_{aired:%Y%m%d}.mp3", "header")
        b.add(f"Transcript by Scribewell \u00b7 {minutes} min \u00b7 {len(readers) + 1} speakers", "header")
    _replay_on_pages(b, [(1, op) for op in p.ops], lambda page: None, lambda page: None)

    # What closes it.
    b.blank()
    if form == "published":
        b.add(f"Copyright \u00a9 {aired.year} {service}. All rights reserved. Visit our website terms of use for further information.", "copyright")
        b.add(f"{service} transcripts are created on a rush deadline by volunteers. This text may not be in its final form "
              "and may be updated or revised in the future. The authoritative record is the audio.", "footer")
    elif form == "transcription":
        b.add("Transcribed by Scribewell \u2014 https://scribewell.example", "footer")
    else:
        b.add(f"\u00a9 {aired.year} {service}", "copyright")


# --------------------------------------------------------------------------- an e-reader's clippings file


#: The e-reader's words in its clippings file, by the device's language: a highlight's, a
#: note's and a bookmark's metadata line ({loc} the location) and the stamp after "|"
#: ({w} weekday, {d} day, {m} month, {y} year, {H}/{h} 24- and 12-hour, {M} minute, {S}
#: second, {p} AM/PM); then the weekdays and months in that language.
_CLIPPINGS_WORDS = {
    "en-us": ("- Your Highlight on Location {loc}", "- Your Note on Location {loc}", "- Your Bookmark on Location {loc}",
              "Added on {w}, {m} {d}, {y} {h}:{M}:{S} {p}", _WEEKDAYS, _MONTHS),
    "en-gb": ("- Your Highlight on page {page} | Location {loc}", "- Your Note on page {page} | Location {loc}",
              "- Your Bookmark on page {page} | Location {loc}", "Added on {w}, {d} {m} {y} {H}:{M}:{S}", _WEEKDAYS, _MONTHS),
    "old": ("- Highlight Loc. {loc}", "- Note Loc. {loc}", "- Bookmark Loc. {loc}", "Added on {w}, {m} {d:02d}, {y}, {h:02d}:{M} {p}",
            _WEEKDAYS, _MONTHS),
    "de": ("- Ihre Markierung bei Position {loc}", "- Ihre Notiz bei Position {loc}", "- Ihr Lesezeichen bei Position {loc}",
           "Hinzugefügt am {w}, {d}. {m} {y} {H}:{M}:{S}",
           ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
           ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember")),
    "es": ("- Tu subrayado en la posición {loc}", "- Tu nota en la posición {loc}", "- Tu marcador en la posición {loc}",
           "Añadido el {w}, {d} de {m} de {y} {H}:{M}:{S}",
           ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
           ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")),
    "fr": ("- Votre surlignement sur l'emplacement {loc}", "- Votre note sur l'emplacement {loc}", "- Votre signet sur l'emplacement {loc}",
           "Ajouté le {w} {d} {m} {y} {H}:{M}:{S}",
           ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
           ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")),
}
#: Books on the same device (invented), each with a passage its reader marked: one Spanish.
_CLIPPINGS_BOOKS = (
    ("The Salt Road", "Marta Lind", "The harbour had been silting up for a century before anyone thought to measure it."),
    ("A Short History of Harbours", "Owen Gallagher", "Every port town tells the same lie about itself: that the sea made it, and not the merchants."),
    ("Notes on Weather", "Ingrid Nyberg", "Weather is the one subject on which every stranger is an expert, and every expert a stranger."),
    ("The Long Quiet", "Kenji Arai", "She kept the letters in a biscuit tin under the stairs, and never once read them again."),
    ("La casa de los vientos", "Rosa Delgado", "Nadie en el pueblo recordaba quién había plantado el primer olivo, pero todos sabían quién lo había cortado."),
)
_CLIPPINGS_NOTES = (
    "compare with the other reports", "check this figure", "not in the agency version?", "who is the source for this?",
    "quote for the essay", "same wording as the first one", "contradicts the earlier piece",
)
_CLIPPINGS_DIGESTS = ("Readlater", "Paperkite", "Inkdrop Digest")
_CLIPPINGS_MANAGERS = ("Clipbook", "Highlightly", "Marginalia Export")


def _ereader_clippings(b: _PageBuilder, rng: random.Random, articles: list[SourceArticle], ctx: PageContext) -> None:
    """An e-reader's clippings file, the one text file the device appends every highlight,
    note and bookmark to, with several outlets' articles on one story highlighted whole
    among the reader's marks in books; or that file as a clippings manager exports it.

    The raw file (its first line opening with a byte-order mark on some): entries one under
    another, each the document's line ("Book Title (Author)"), a metadata line in the
    device's language (US or British English, the old "- Highlight Loc. 120-138 | Added on
    ..." of early devices, German, Spanish or French: "- Ihre Markierung bei Position
    1203-1250 | Hinzugefügt am Dienstag, 3. März 2015 07:41:12"), an empty line, the marked
    text, "==========". An article comes as a newspaper edition's document ("The Washington
    Post (The Washington Post)", the title and "By Jane Doe" opening the marked text), a page
    sent to the device ("T (theguardian.com)", "T - The Guardian (Jane Doe)", the text alone
    under it), or one article of a read-later service's daily digest ("Readlater: Tuesday,
    Mar. 3 (Readlater)", its title and site opening the text); the text on one line or a
    paragraph a line. Single sentences of the articles marked on their own, before or after
    the whole, notes ("check this figure"), bookmarks with no text, "<You have reached the
    clipping limit for this item>", and passages of books (one Spanish) between.

    The manager's export: a heading and count, each document once under "## Title" with its
    author line, its marks under it behind "> ", "— Location 120 · Added 3 Mar 2015" after
    each, notes as "Note: ...", rules between documents.

    Outlet rule: each article is credited to the outlet its document names (the edition's
    name, the page's site or domain in brackets or after " - ") or, in a digest, to the site
    line under its title. Title rule: the line that holds the title (the document's line of
    a sent page, the first line of an edition's or a digest's article) is "title"; sentences
    marked alone are "pullquote", notes and books' passages "comments", metadata "time"."""
    manager = rng.random() < 0.35
    device = rng.choice(("en-us", "en-us", "en-gb", "old", "de", "es", "fr"))
    highlight_form, note_form, bookmark_form, added_form, weekdays, months = _CLIPPINGS_WORDS[device]
    one_line = rng.random() < 0.5
    kinds = rng.sample(("edition", "sent_domain", "sent_named", "digest"), rng.randint(1, 3))
    digest = rng.choice(_CLIPPINGS_DIGESTS)
    when = datetime(rng.choice((2014, 2015)), rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59))
    # Each entry: (document key, document title, its author, the title's label, the author's label,
    # kind of mark, location, page, when, what is marked as write operations).
    entries: list[tuple] = []
    next_location: dict[str, int] = {}  # where the next article of a document (a digest's) starts
    books = rng.sample(_CLIPPINGS_BOOKS, len(_CLIPPINGS_BOOKS))  # each passage marked once

    def mark(document: tuple[str, str, str, str], kind: str, start: int, size: int, ops: list[tuple]) -> None:
        """One entry: ``size`` bytes marked from location ``start`` (a location is 128 bytes)."""
        nonlocal when
        end = start + size // 128
        where = f"{start}-{end}" if kind == "highlight" and end > start else str(start)
        when += timedelta(minutes=rng.randint(1, 600))
        entries.append((f"{document[0]} ({document[1]})", *document, kind, where, start // 30 + 1, when, ops))

    def book_marks() -> None:
        if not books or rng.random() < 0.2:
            title, author, _ = rng.choice(_CLIPPINGS_BOOKS)
            mark((title, author, "section", "byline"), "bookmark", rng.randint(100, 4000), 0, [])
            return
        title, author, passage = books.pop()
        mark((title, author, "section", "byline"), "highlight", rng.randint(100, 4000), len(passage), [("line", passage, "comments")])

    for article in articles:
        name, domain = display_name(article.outlet), _site(article.outlet)
        kind = rng.choice(kinds)
        if kind == "edition" and article.outlet not in OUTLET_NAMES:
            kind = "sent_domain"  # only the big outlets sell an edition for the device
        writer = rng.choice(AUTHORS)
        if kind == "edition":
            document = (name, name if rng.random() < 0.6 else f"{name} Digital Edition", "outlet", "outlet")
            shown = name
        elif kind == "sent_domain":
            document = (article.title, domain, "title", "outlet")
            shown = domain
        elif kind == "sent_named":
            document = (f"{article.title} - {name}", writer, "title", "byline")
            shown = name
        else:
            document = (f"{digest}: {_WEEKDAYS[when.weekday()]}, {_RECORD_MONTHS[when.month - 1]} {when.day}", digest, "header", "header")
            shown = domain if rng.random() < 0.6 else name
        ops: list[tuple] = []
        if kind == "edition":
            ops.append(("line", article.title, "title"))
            if rng.random() < 0.6:
                ops.append(("line", f"By {writer}", "byline"))
        elif kind == "digest":
            ops.append(("line", article.title, "title"))
            ops.append(("line", shown, "outlet"))
        ops.append(("start", article, shown, article.title))
        if one_line:
            ops.append(("body", " ".join(article.paragraphs), ARTICLE_TEXT))
        else:
            ops.extend(("body", p, "residue" if is_residue(p) else ARTICLE_TEXT) for p in article.paragraphs)
        ops.append(("end",))
        # Where the article stands in its document, and its sentences marked alone within it.
        text = " ".join(article.paragraphs)
        key = f"{document[0]} ({document[1]})"
        base = next_location.get(key, rng.randint(20, 400))
        next_location[key] = base + len(text) // 128 + rng.randint(5, 200)
        singles = [(base + text.find(s) // 128, s) for s in _highlights(rng, article, rng.choice((0, 1, 2)))]
        singles_first = rng.random() < 0.5
        if rng.random() < 0.4:
            book_marks()
        for at, sentence in singles if singles_first else []:
            mark(document, "highlight", at, len(sentence), [("line", sentence, "pullquote")])
        mark(document, "highlight", base, len(text), ops)
        for at, sentence in singles if not singles_first else []:
            mark(document, "highlight", at, len(sentence), [("line", sentence, "pullquote")])
        if rng.random() < 0.4:
            mark(document, "note", base + rng.randint(0, len(text) // 128), 0, [("line", rng.choice(_CLIPPINGS_NOTES), "comments")])
        if kind == "edition" and device.startswith("en") and rng.random() < 0.25:
            limit = " <You have reached the clipping limit for this item>"
            mark(document, "highlight", base + len(text) // 128, len(limit), [("line", limit, "comments")])
    if rng.random() < 0.6:
        book_marks()

    def stamp(at: datetime) -> str:
        hour12 = (at.hour - 1) % 12 + 1
        return added_form.format(w=weekdays[at.weekday()], d=at.day, m=months[at.month - 1], y=at.year, H=f"{at.hour:02d}",
                                 h=hour12, M=f"{at.minute:02d}", S=f"{rng.randint(0, 59):02d}", p="AM" if at.hour < 12 else "PM")

    def marked(ops: list[tuple], quote: str) -> None:
        """What a mark holds, behind the manager's quote marks where it has them."""
        for op in ops:
            if op[0] == "start":
                b.start(*op[1:])
            elif op[0] == "end":
                b.end()
            elif op[0] == "body":
                b.body(quote + op[1], op[1], op[2])
            else:
                b.add(quote + op[1], op[2])

    if not manager:
        for number, (key, title, author, title_label, author_label, kind, where, page, at, ops) in enumerate(entries):
            bom = "\ufeff" if number == 0 and rng.random() < 0.5 else ""
            b.add(f"{bom}{title} ({author})", title_label)
            form = {"highlight": highlight_form, "note": note_form, "bookmark": bookmark_form}[kind]
            b.add(f"{form.format(loc=where, page=page)} | {stamp(at)}", "time")
            b.blank()
            marked(ops, "")
            if not ops:
                b.blank()
            b.add("==========", "separator")
        return

    # The manager's export: each document once, its marks under it.
    tool = rng.choice(_CLIPPINGS_MANAGERS)
    documents = list(dict.fromkeys(entry[0] for entry in entries))
    marks = [e for e in entries if e[5] != "bookmark"]
    b.add(f"# {rng.choice(('Kindle highlights', 'My clippings', 'Highlights & notes'))}", "header")
    b.add(f"Exported by {tool} \u00b7 {len(marks)} highlights and notes from {len(documents)} titles \u00b7 "
          f"{when.day} {_MONTHS[when.month - 1]} {when.year}", "header")
    for key in documents:
        own = [e for e in marks if e[0] == key]
        if not own:
            continue
        _, title, author, title_label, author_label = own[0][:5]
        b.blank()
        b.add(f"## {title}", title_label)
        b.add(rng.choice(("by {a}", "Author: {a}", "{a}")).format(a=author), author_label)
        counts = Counter(e[5] for e in own)
        b.add(f"{counts['highlight']} highlight{'s' * (counts['highlight'] != 1)} \u00b7 {counts['note']} note{'s' * (counts['note'] != 1)}", "time")
        for entry in own:
            kind, where, at, ops = entry[5], entry[6], entry[8], entry[9]
            b.blank()
            if kind == "note":
                b.add(f"Note: {ops[0][1]}", "comments")
            else:
                marked(ops, "> ")
            span = where.replace("-", "\u2013")
            b.add(f"\u2014 Location {span} \u00b7 Added {at.day} {_MONTHS[at.month - 1][:3]} {at.year}", "time")
        b.blank()
        b.add("---", "separator")


LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        Layout("daily_digest", "seed-like: outlet, time, '- outlet', title, body on one line; Spanish ad", _daily_digest),
        Layout("source_after_title", "title, 'Source: X · Updated', share bar, read-more, newsletter", _source_after_title),
        Layout("pipe_bylines", "title, 'By A | X | 2h', numbered list in the body, tags, comment count", _pipe_bylines),
        Layout("domain_dash", "title, '— domain', 'N hrs ago', captions with credits, German ad", _domain_dash),
        Layout("outlet_groups", "one outlet heading over several of its articles", _outlet_groups, outlet_runs=True),
        Layout("cards", "kicker, title, 'By A, X', updated time, caption and credit, reactions", _cards),
        Layout("briefing_room", "'X • N hours ago' above title, cookie box, newsletter inside, French ad", _briefing_room),
        Layout("posted_by", "'Posted N days ago by X', credit and caption, '1)' list, Related box, share", _posted_by),
        Layout("text_browser", "text-browser dump: wrapped lines, [n] links, '(domain) time', references", _text_browser),
        Layout("outlet_after_body", "outlet named only under the body, reactions, Spanish ad", _outlet_after_body),
        Layout("live_feed", "clock, OUTLET in capitals, title, dash list, hashtags, outlet runs", _live_feed, outlet_runs=True),
        Layout("ledger", "kicker, 'Words by A for X', pull quote, illustration credit, French ad", _ledger),
        Layout("reader_digest", "outlet named under the body ('Source: X', 'via X'), app name as site, Italian ad", _reader_digest),
        Layout("wire_ticker", "'[14:05]', 'OUTLET | DESK' in capitals, title, bullet list, outlet runs, Dutch ad", _wire_ticker, outlet_runs=True),
        Layout("mail_digest", "plain-text e-mail: wrapped paragraphs, 'from X, N hours ago', links, rules", _mail_digest),
        Layout("link_board", "'Posted by u/name', 'Title (domain)', score and comment bar", _link_board),
        Layout("news_river", "'Title | Outlet' or 'Title — Outlet' on one line, time, excerpt, Swedish ad", _news_river),
        Layout("radio_log", "clock alone, the outlet's bare name (capitals on some pages), title, outlet runs", _radio_log, outlet_runs=True),
        Layout("labelled_fields", "'Headline: Title', 'Publisher: X | time', 'Comments are closed.', Czech ad", _labelled_fields),
        Layout("bracket_tags", "'[Outlet] Title', 'posted 3h ago', reactions, Hungarian ad", _bracket_tags),
        Layout("markdown_export", "'## Title', '*X* — time', image links, '> ' pull quote, '---' rules", _markdown_export),
        Layout("headline_suffix", "'Title - Outlet' on one line, time, excerpt, coverage links, Polish ad", _headline_suffix),
        Layout("table_rows", "one row 'Outlet   Title   Time' in space-set columns, text under it, Norwegian ad", _table_rows),
        Layout("press_review", "'3. Outlet: Title' on one line, 'Continue reading on X', Italian newsletter", _press_review),
        Layout("rss_reader", "'★ Title', 'Outlet · N min read · 3h', action bar, Portuguese ad", _rss_reader),
        Layout("river_of_links", "'Author / Outlet:' over 'Title — first paragraph' on one line, 'Discussion:' lines, Japanese ad", _river_of_links),
        Layout("brief_column", "e-edition briefs: title (capitals on some pages), text, credit line under it ('From X reports'), Slovenian ad", _brief_column),
        Layout("regional_roundup", "regional daily: section headings in capitals over stories of different outlets, title, 'By A' on some, text, credit line under it in the page's wording ('Distributed by X', 'X / wire'), Danish ad", _regional_roundup),
        Layout("post_cards", "microblog feed: 'X @handle · 3h', the post, link card with domain and title under it, counts, Indonesian ad", _post_cards),
        Layout("clipping_book", "PDF clippings book: contents, 'X | date | Section | p. 12', title, wrapped text, page footer and header inside clips", _clipping_book),
        Layout("community_wire", "community weekly's wire page: title, posted line, text, outlet only in a credit line under it ('With files from X', 'This report by X was first published ...', '(With inputs from X)', agency copyright notice), Punjabi ads", _community_wire),
        Layout("links_letter", "newsletter issue of links: the editor's write-up, then the preview card with the title and domain (or 'X · N min read'), 'Via X' above on some pages, Finnish sponsor", _links_letter),
        Layout("replica_jumps", "newspaper e-edition as text: masthead, title, 'By A' over 'X', narrow wrapped columns; mid-sentence jumps 'See SLUG, Page A6', folio 'A6 | PAPER | DATE', 'SLUG from Page A1'; captions, pull quotes, Vietnamese ad inside text", _replica_jumps),
        Layout("coverage_board", "one event: 'From the Left/Center/Right', 'Outlet · Lean Left' over the title, ratings, Greek ad", _coverage_board),
        Layout("forum_thread", "'Thread: Title', 'Started by name', 'From Outlet:', text behind '> ', Dutch ad", _forum_thread),
        Layout("for_you_feed", "app feed: reason line, 'X logo', 'X  ·  Follow' above title, 'Nh ago · N min read', Turkish ad", _for_you_feed),
        Layout("wire_briefs", "newspaper briefs: title, text, '(X)' / '— X' on its own line after, '* * *', Spanish newsletter", _wire_briefs),
        Layout("channel_export", "channel posts: '[dd.mm.yyyy hh:mm]', emoji title, 'Source: URL' or 'Forwarded from X', Russian ad", _channel_export),
        Layout("social_posts", "social feed: page name, '2h · 🌐', the post, link card with the title after it, comments, Romanian ad", _social_posts),
        Layout("monitoring_report", "PDF report as text: contents, page headers/footers inside articles, 'Source: X, date, Page 4, N words', '© X'", _monitoring_report),
        Layout("archive_export", "news archive's search results as text: 'Document 2 of 5', title, outlet alone (with '(Online)' or a city on some), dated line, 'Length: N words', 'Body', text, 'Load-Date:', classification, 'End of Document', Lithuanian access note", _archive_export),
        Layout("team_chat_export", "work chat export: 'Name  9:41 AM' or name over clock, message, link unfurled (site name, title, description), text pasted after, reactions, '↳' replies, Catalan message", _team_chat_export),
        Layout("reading_list_export", "read-later export: title, 'Saved from X' or the domain, saved date, 'N min read', tags, 'Highlights (2)' with sentences of the text above or under it, Korean export line", _reading_list_export),
        Layout("magazine_flip", "social magazine: section headings, OUTLET in capitals (with '· 4h' on some) over the title, curator's comment, text, 'Flipped by user into Magazine' above or under, counts, Croatian sponsored card", _magazine_flip),
        Layout("fediverse_thread", "federated thread export: 'Name @user@instance · 3h', CW and 'Show more', the outlet's account posting title and text or a person's post with the link card (site or domain, title) under it, ALT text, boost counts, Welsh reply", _fediverse_thread),
        Layout("clipper_notebook", "note app's notebook of web clips: note title, 'Clipped from URL', created/updated stamps, notebook and tags above or under the clip, headline again in some clips, own notes between, Slovak note", _clipper_notebook),
        Layout("forwarded_mail", "plain-text e-mail thread: 'Forwarded message' blocks with From:/Date:/Subject:/To:, notes, the pasted article with 'From X:', 'X | date', 'Sent via X app' or its URL, '> ' quoted replies, signatures, disclaimers, Icelandic disclaimer", _forwarded_mail),
        Layout("browser_print", "web pages printed to PDF as text: print header (date, 'Title | X') and footer (URL, '1/3') at every page break, inside articles too; masthead, menus, cookie notice, captions, 'Advertisement', share rows, 'Most popular', Thai promoted line", _browser_print),
        Layout("search_news_tab", "search engine's News tab copied with articles pasted under their results: consent banner, query, filters, '◉ X' or domain with '3 hours ago', headline, snippet '...', 'People also ask', 'Top stories', 'Related searches', page numbers, Georgian line", _search_news_tab),
        Layout("open_tabs_export", "browser extension's export of all open tabs as text: '7 tabs, 3 windows', '===== Tab 3 of 7 =====' or '## [3]', 'Title: T | X' (or T alone), 'URL:', 'Window 2 · pinned', 'Saved:', byline, text, 'Related:', inbox/weather/search/video tabs among them, Armenian line", _open_tabs_export),
        Layout("wire_terminal", "wire-service client terminal's queue export: header 'Queue: World | Filter: all sources | 14 items', status line of codes ('14:32 GMT  Prio 3  WLD  BC-SLUG-AFP  523 words', '[URGENT]', 'UPDATE 2', 'Src: X' on some), title, '(Adds quotes, background)', text with 'MORE' take breaks, credit '(Reporting by A; Editing by B)' / '-- X' / 'Distributed by X' / 'Copyright 2024 X', 'Keywords:', 'Topic codes:', 'Related items:', advisories, 'Queue paused' banner, Swahili service advisory", _wire_terminal),
        Layout("ebook_news_digest", "e-book news fetcher's periodical as plain text: title page (Ukrainian line), contents, 'Section 2: World' or the outlet as section heading over a menu of titles and descriptions, '| Next | Section Menu | Main Menu |' bars, title, 'By A | X | date' / 'X · date' / 'By A' or nothing, text with '[Page 12]' / 'Location 480' markers, 'This article was downloaded by T from URL', colophon", _ebook_news_digest),
        Layout("research_doc_export", "fact-checker's research document as plain text: title, 'Last edited by A', contents, task check boxes, claim, 'Source 2: X' / 'Source: X' / pasted URL / 'Title (X, 12 March)', pasted byline, '[a]' comment anchors after paragraphs, notes and 'Key claim:' quotes, page breaks, draft verdict with a suggestion, comments gathered at the end, Hindi comment", _research_doc_export),
        Layout("full_coverage_page", "aggregator app's 'Full coverage' page for one story: 'Sign in', groups (Top coverage, Timeline, Opinion, Fact check, From local sources, FAQ, More headlines), 'X logo' / X / 'X · 2 hours ago' over the headline, time, text pasted under expanded items, unexpanded items between, 'more_vert', 'See more', Bulgarian footer line", _full_coverage_page),
        Layout("topic_hub_page", "news site's topic hub carrying partners' articles: 'Topic: T', follow button, description, topics strip; 'Partner content' / 'From our partners at X' / 'Provided by X' / 'X logo' over the title, standfirst, 'A | X' / 'BY A' / 'X Staff · 2h ago' or a time, 'Video: ...' and 'Advertisement' lines inside texts, 'Read the original at X' under some; 'Most read' and 'Trending in T' lists between, Estonian promo or edition link", _topic_hub_page),
        Layout("blog_roundup_post", "blogger's roundup post pasting articles whole: blog header, post title, 'Posted by A on date', categories; the blogger's lead-in ('X has the fullest account so far:') or none, title, text behind '> ', indented or plain, '— X' / '(X)' / 'via X' / 'via domain' / 'h/t @someone' under it, remarks between, 'Update 3pm: ...', share and like buttons, comments with names and times (one in Tagalog), blogroll and archives at the top or foot", _blog_roundup_post),
        Layout("regional_news_portal", "regional portal of agency and partner copy: name, date and weather, menu, community-language link (Somali, Haitian Creole, Khmer, Hmong), breaking ticker, cookie banner; kicker, title, 'By JANE DOE' over 'The Associated Press' / 'A / OUTLET' / 'By The Associated Press' / 'Staff and wire reports', posted time, a dateline before the first paragraph on some ('LONDON —', 'LONDON (Reuters) -'), agency copyright notice / 'This story first appeared on X ...' / 'X contributed reporting.' under some, 'Report a typo', 'Related coverage' with times, 'Sponsored Links' boxes, footer", _regional_news_portal),
        Layout("partner_portal", "web portal's news section of partner articles: services bar, weather and markets widgets, consent banner; 'X' / 'X   + Follow' / 'X · 2h' over the title or 'Story by A • X' / 'A, X' under it, time, 'Continue reading' inside some texts, partner copyright under some, reactions, 'View comments'; 'Sponsored Content' carousel, 'More for you' headlines with partners, region picker, Polish line", _partner_portal),
        Layout("local_tv_station_site", "local TV station's site of network and wire stories: call letters and channel, menu, 'WATCH LIVE' banner, weather alert; kicker, title, 'By A, X' / 'X Staff' / 'Source: X' or only the agency's own dateline '(AP)', 'Posted:'/'Updated: 4:12 PM EDT Mar 3, 2024', 'VIDEO: ...' caption, app promo inside texts, station's copyright notice under agency copy, share row, 'Recommended' boxes; closed captioning/EEO/FCC public file footer, Chinese link", _local_tv_station_site),
        Layout("foreign_ui_aggregator", "aggregator with a German/Portuguese/French/Dutch/Italian interface carrying English articles: site menu, cookie banner; kicker, 'Quelle: X' / 'Fonte: X' / 'Source : X' / 'Bron: X' / 'X · vor 3 Stunden' over or under the English title, local time stamp, translate button, text, 'original on domain' link, local share row; 'Mehr zum Thema'-style lists, local sponsored box, footer", _foreign_ui_aggregator),
        Layout("web_archive_capture", "web archive's capture of a news portal as text: the archive's toolbar ('Archive - URL', 'N captures', date range, calendar months, 'Go', 'About this capture' with its collection) or a one-line capture banner; the portal's header, 'X · 3 Nov 2014 08:12' / '08:12 | X' over the title or 'X - 3 hours ago' / 'From domain, date' under it, '[Image not archived]', 'Related:' inside texts, 'Read the full story at X »', paginated texts going on after '[continued on captured page 2]' under the repeated banner and the title again, sponsored links, Swedish ad, the archive's notes", _web_archive_capture),
        Layout("annotated_bibliography", "student's annotated bibliography exported to PDF, as text: heading lines, title, assignment, introduction; per source 'Source 2' or none, an APA/MLA/Chicago citation (author, date, title, outlet, URL, 'Retrieved from' / 'Accessed'), the student's first-person annotation ('Annotation:', 'Summary:'/'Evaluation:' or bare) with footnote markers, the text after 'Full text:', between rules, in quotation marks, as a block quote or bare; running heads ('Karim 3', 'Running head: T  3') and 'Page 3 of 12' at page breaks inside texts; notes and 'Works Cited' / 'References' list", _annotated_bibliography),
        Layout("phone_screenshot_ocr", "phone screenshots run through OCR: per screen a status bar ('9:41  ull ? 87%'), browser or app chrome (Safari 'AA domain', Chrome '⌂ domain [3] ⋮', the outlet's app bar, a reading app's bar and 'X · 3h'), the site's sticky logo line; title block, text cut mid-sentence at screen breaks, ads, 'continue reading in the app' banners and an ad in Indonesian, Czech or Japanese, cookie bar, OCR noise in the furniture and stray '|' after text lines; '[Screenshot 4]' markers, articles apart by a gap or '---'", _phone_screenshot_ocr),
        Layout("linkedin_feed", "professional network's feed copied as text: 'Feed post number 3', 'X reposted this', the poster's name ('Name • 2nd', or twice over ' • 3rd+'), headline, '3d • Edited • 🌐', the poster's commentary with lists and hashtags; the article pasted by the poster with the link card (title, domain) under it, the card over the text, or an outlet page's post reposted (page name, followers, time, text, card); reactions, 'Like Comment Repost Send', comments with headlines, 'Promoted' posts in German/Spanish/French/Dutch, 'People you may know'", _linkedin_feed),
        Layout("whatsapp_chat_export", "family group chat exported as .txt: '12/05/2026, 21:14 - Mum: ' or '[12.05.26, 21:14:07] Dad: ' stamps, long messages going on without them; encryption notice in English/Spanish/German/Portuguese/Italian/Polish; forwards as a link with the preview (title, domain) then the pasted text, share text (title, link, text), or text under 'Forwarded many times' / a note with '*Title*' and '— Source: X' / 'X' / the link after it; chain tails, chatter, '<Media omitted>', 'This message was deleted', answers and emoji", _whatsapp_chat_export),
        Layout("balanced_coverage_page", "media-bias news site's story page: editors' heading and summary ('Summary by X' bullets or 'Summary from the X News Team'), 'Left 32% · Center 41% · Right 27%', coverage details, locked factuality/ownership, 'Blindspot' box, tabs; source cards ('X' / 'X logo' / 'X · Lean Left' / the rating over X, title, place and time, 'Lean Left · High Factuality · Ownership: ...') or 'From the Left/Center/Right' roundup (title and X, 'Media Bias Rating: Lean Right'), text, 'Read Full Article' / 'Read full article at domain ›'; teaser cards of other headlines, upsells, 'See all 87 sources', Latvian ad", _balanced_coverage_page),
        Layout("portal_syndication_page", "portal's continuous-scroll article page of partner stories: services bar, weather, markets ticker, consent banner, crumb; 'X' / 'X   Follow' over the title, 'Story by A • 2h • X', author over 'X' and date, '© Provided by X' under a caption, or only '© 2024 X' / 'This article originally appeared on X.' under the text; 'Story continues below advertisement', 'Related video: ...', 'Continue reading' inside texts; 'More from X', 'Was this article helpful? Yes No', comments link, 'Up next' with the next title; sponsored content, 'Trending now', Malay promo or ad", _portal_syndication_page),
        Layout("subreddit_thread", "link forum thread copied as text (old, 2018 or current interface): 'Title (domain)' / title over the link or domain, 'submitted 14 hours ago by name' / 'Posted by u/name', or a text post with 'Source: URL', or a megathread of links; comments ('[–] name[S] 1234 points 14 hours ago', 'level 2' / name / 'OP' / '·' / '14h', 'u/name avatar', 'Reply Share Report Save Follow', 'Upvote 1.2K Downvote'), AutoModerator, article texts pasted under 'Here's the article text for those paywalled:' / 'From X:' / 'Better source:' + URL with the title, '(Source: X)' under, split '(2/2)' replies, '> ' quoted sentences, links without text, '[deleted]', 'Continue this thread →', Hebrew promoted post", _subreddit_thread),
        Layout("assistant_chat_export", "conversation with a chat assistant copied from its page, its share page, a Markdown export or a transcript: 'You said:' / 'Lumen said:', '## Prompt:' / '## Response:', 'User:' / 'Assistant:'; sidebar of older chats, export stamps, 'Thought for 9s'; the user (English, Spanish, Portuguese or Polish, the app's words too) pasting articles one a turn with the assistant's 'Got it: article 2 is from X' between, or all in one message: 'Article 2 (X):' / 'Here's the one from X:' over the title, 'Title:'/'Source:'/'Date:' fields, the URL over it, '<article source=X>' tags, '(source: X)' / 'Source: URL' under the text, or the page copied whole (X, title, byline, time, share row); fences; the assistant's comparison with headings, bullets naming outlets, a quoted headline and sentence, a table of outlets and headlines; one more article after the answer on some; input box, disclaimer", _assistant_chat_export),
        Layout("court_exhibit_bundle", "court filing with news reports as exhibits, e-filed PDF as text: US declaration ('Attached hereto as Exhibit B is a true and correct copy of an article titled \"T,\" published by X ...'), Ontario affidavit or English witness statement; case caption; 'EXHIBIT B' slip sheets, Ontario commissioner's stamp, exhibit cover and 'TAB 3'; the court's stamp on every page ('Case 1:24-cv-03187-PKC  Document 42-3  Filed 05/14/24  Page 3 of 7', Ontario's English/French e-filing stamp) and folios ('OG1/14', 'Gallagher Decl. Ex. B', Bates numbers), inside texts too; exhibits as browser printouts (print date and 'T | X' over each page, URL and '2/4' under it, X's name and menu, title, byline, date, share row, caption, 'Advertisement', related links, cookie notice), news-database printouts (running head, X, 'Copyright © 2015 X', section, title, author, index references, 'End of Document') or pasted text under 'X | date' or 'Source: URL'", _court_exhibit_bundle),
        Layout("reading_lesson_handout", "language school's reading lesson or exam board's reading paper as text: school, level, lesson title, 'Name: ____', instructions repeated in Spanish/Polish/Italian/Turkish or a national exam's heading in Italian/Greek/Polish; warm-up questions and the headlines listed; 'Text A' / 'TEXT 1' / 'Text B: X' / 'Text C — from X' headings, 'Source: X, date' above or '(X, date; abridged)' / 'Source: URL' under the text, or X only in a 'Sources' list or copyright acknowledgements; paragraph numbers '[3]' or margin line numbers every fifth line; comprehension questions, vocabulary logs with blanks, 'Which text says this?' quoted sentences, multiple choice of sentences from the texts, 'Look at lines 10–14', comparison table, discussion, homework, answer key; PDF page footers ('Turn over ▶', 'Page 3') inside texts on some", _reading_lesson_handout),
        Layout("congressional_record", "Congressional Record item with news reports printed in it, as the GPO's text version ('[Congressional Record Volume 161, Number 34 (...)]', '[Senate]', '[Pages S1234-S1236]', '[[Page S1235]]' where pages turn, inside texts too, first-line indents, centred lines) or the daily PDF as text (narrow lines, 'S1235   CONGRESSIONAL RECORD — SENATE   March 3, 2015' and 'VerDate ...' lines at page breaks); heading in capitals, Senate floor remarks or a '<bullet>' statement, House remarks with the Speaker pro tempore, or Extensions of Remarks' 'HON. NAME / of state' block; the member's remarks naming outlets and titles on some, unanimous consent ('There being no objection, the material was ordered to be printed in the Record, as follows:') for all at once or one at a time; '[From the Washington Post, Mar. 2, 2015]' (agencies spelled out, ' (London)'), title, '(By A)' on some, text, '____' between; quorum call or yielding the floor; Spanish in one member's remarks", _congressional_record),
        Layout("reading_service_transcript", "transcript of a show reading the papers aloud (radio reading service, talking newspaper, narrated-news podcast): a podcast app's view (episode line, 'Transcript' and the automatic-transcript notice in English/German/Spanish/Portuguese, show notes or chapters '04:12 X: T', a clock time over every short segment, paragraphs cut into several), the service's published transcript ('HANNAH OKAFOR, HOST:' then 'OKAFOR: ' opening later turns, text too, '(SOUNDBITE OF MUSIC)', rush-deadline notice) or a transcription file ('Hannah Okafor (00:12:04):' over each turn); spoken credits by host or reader with the title in them ('From X, this morning. The headline: T', 'Headline: T. That's from X.', 'Page 7 of X. T'), 'By A.' on some, photo described between paragraphs, 'End of article.' / 'That was from X.' after some, host's links naming the next outlet, underwriting, Spanish programme note", _reading_service_transcript),
        Layout("ereader_clippings", "e-reader's clippings file with articles highlighted whole among book passages: entries of 'Document (Author)', '- Your Highlight on Location 51-212 | Added on ...' (US/British English, early devices' 'Loc.', German, Spanish or French), the marked text, '=========='; an edition's document 'X (X)' with title and 'By A' opening the text, a sent page 'T (domain)' / 'T - X (A)', or a read-later digest's 'Digest: Tuesday, Mar. 3' with title and site opening the text; text on one line or a paragraph a line; single sentences marked alone, notes, bookmarks, clipping-limit notice, a Spanish book passage; or a manager's export: '## Title', author line, marks behind '> ', '— Location 51–212 · Added 3 Mar 2015', 'Note: ...', rules", _ereader_clippings),
    )
}
#: Kept out of development: the layouts least like the others (wrapped text-browser lines;
#: the outlet only after the body; clock-led feed with capitalised outlets; pull quotes
#: and "for X" bylines), and those added later (Markdown; a feed reader). A held-out layout
#: whose errors a session reads and fixes becomes a development layout: headline_suffix in
#: the eleventh session; press_review, forum_thread and table_rows in the twelfth. The
#: twelfth session added three, written before any reader change: an app's "For you" feed,
#: a newspaper's wire briefs, a messaging channel's posts; and two more later, after some
#: reader changes, never developed on: a social network's feed of outlets' posts (link card
#: with the title after the text), and a monitoring agency's PDF report converted to text
#: (page headers and footers inside articles). In the thirteenth session helper sessions
#: wrote three more blind, without reading the reader, one in each family the held-out
#: layouts failed on: a community weekly's wire page with the outlet named only in a
#: credit line under the text (community_wire), a newsletter's "links of the week" issue
#: with the link card and its title after the editor's write-up (links_letter), and a
#: newspaper's e-edition as text with stories jumping pages, folios between the lines of
#: a story (replica_jumps). replica_jumps became a development layout in the seventeenth
#: session, whose page text was read and whose errors were fixed; to keep a third of the
#: layouts held out, the seventeenth session added a news archive's search results saved
#: as text (archive_export) blind, written by a helper session that did not read the reader.
#: Later helper sessions, again without reading the reader, wrote five more: three for
#: development (a work chat channel's export with unfurled links, a read-later app's export
#: with highlights, a social magazine's cards) and two held out, a federated network's thread
#: export (fediverse_thread) and a note-taking app's notebook of web clips (clipper_notebook).
#: In the twenty-first session a helper session that did not read the reader wrote two more
#: blind, both held out: an e-mail thread of colleagues forwarding articles to each other
#: (forwarded_mail) and web pages printed to PDF and converted to text, the browser's print
#: header and footer at every page break (browser_print). The same session read a social
#: network's copied posts it wrote by hand (a name over its handle, a federated handle,
#: counts under the post) and fixed the reader for them; social_posts and fediverse_thread,
#: of that family, became development layouts then, their pages read.
#: Also in the twenty-first session, a helper session that did not read the reader wrote a
#: search engine's "News" results tab copied with articles pasted under their results
#: (search_news_tab) blind, held out, in place of browser_print: the session fixed the reader
#: for browsers' print margins on printouts it made itself, knowing that family from the
#: helper's account of browser_print, so browser_print became a development layout.
#: A browser extension's export of all open tabs' readable text as one file, news tabs
#: among an inbox, a forecast, search results and a video page (open_tabs_export), was
#: written blind, held out, by a helper session in the twenty-first session that did not
#: read the reader.
#: A newsroom's wire-service client terminal, its queue of agency and outlet items exported
#: as text (wire_terminal), was written blind, held out, by a helper session in the
#: twenty-first session that did not read the reader. It stands in for forwarded_mail: the
#: session fixed the reader for forwarded e-mails on threads it made itself, knowing that
#: family from the helper's account of forwarded_mail (and a glimpse of a dozen of its
#: lines), so forwarded_mail became a development layout.
#: In the twenty-second session a helper session that did not read the reader wrote three
#: more blind, all held out: a periodical an e-book news fetcher made from several outlets'
#: feeds, converted back to plain text, its sections, menus, navigation bars and "downloaded
#: from" notes around the articles (ebook_news_digest); a fact-checker's shared research
#: document exported as plain text, articles pasted under source headings among the
#: checker's tasks, notes, comment anchors and the comments gathered at the end
#: (research_doc_export); and a news app's "Full coverage" page for one story copied as
#: text, a few items expanded with their articles pasted under them among unexpanded items,
#: fact checks and questions (full_coverage_page). wire_terminal and search_news_tab became
#: development layouts then, the session fixing the reader for their families.
#: Later in the twenty-second session a helper session that did not read the reader wrote
#: three more blind, all held out: a news site's topic hub carrying partner outlets'
#: articles in full under partner labels, with sidebars of headlines between them
#: (topic_hub_page); a blogger's daily roundup post pasting outlets' articles whole between
#: the blogger's own lead-ins and remarks, with attributions under the texts and a comments
#: section (blog_roundup_post); and a regional news portal's page of agency and partner
#: copy, datelines opening the first paragraphs and credit or copyright lines under the
#: texts (regional_news_portal). community_wire and wire_briefs became development layouts
#: then, the session fixing the reader for their families.
#: At the end of the twenty-second session a helper session that did not read the reader
#: wrote three more blind, all held out: a big web portal's news section running partner
#: outlets' articles in full under the partners' names, with a sponsored carousel and
#: "More for you" headlines between them (partner_portal); a local TV station's website
#: carrying network and wire stories, agency copy named on some only by its own dateline,
#: with live banners, weather alerts, video captions and app promos around the texts
#: (local_tv_station_site); and a news aggregator whose whole interface is German,
#: Portuguese, French, Dutch or Italian while the articles it carries are English
#: (foreign_ui_aggregator). regional_news_portal and topic_hub_page became development
#: layouts then, their pages read; the session fixed the reader for the first's family.
#: In the twenty-fourth session ebook_news_digest and blog_roundup_post, the two weakest
#: held-out families, became development layouts, the session fixing the reader for them.
#: Later in the twenty-fourth session a helper session that did not read the reader wrote
#: three more blind, all held out: a web archive's capture of a news portal saved as text,
#: the archive's toolbar over the portal's page and its notes under it, paginated articles
#: going on under the banner of the next capture (web_archive_capture); a student's
#: annotated bibliography exported to PDF and converted to text, each source's citation and
#: the student's own evaluative annotation over the pasted article, running heads and page
#: footers inside the texts, the citations again at the end (annotated_bibliography); and
#: articles read on a phone, screenshotted and run through OCR, the status bar, browser or
#: app chrome and the site's sticky header at every screen break, mid-sentence too
#: (phone_screenshot_ocr).
#: Later in the twenty-fourth session annotated_bibliography, read 0.0% exact with the outlet
#: at the start, became a development layout, the session fixing the reader for its family.
#: Later still in the twenty-fourth session a helper session that did not read the reader
#: wrote two more blind, both held out: a professional network's feed copied as text, people
#: sharing articles under their names, headlines and their own commentary, the text pasted
#: over its link card or under it, or an outlet page's post reposted, with reactions,
#: comments, foreign-language promoted posts and "People you may know" between
#: (linkedin_feed); and a family group's chat exported as a .txt file, relatives forwarding
#: articles as links with previews, share texts or pasted texts under "Forwarded" markers,
#: every message opening with the export's stamp and long ones going on without it, among
#: family chatter, media placeholders and deleted messages (whatsapp_chat_export).
#: In the twenty-fifth session phone_screenshot_ocr and whatsapp_chat_export, the two
#: weakest held-out families (2.3% and 17.0% exact with the outlet), became development
#: layouts, the session fixing the reader for their families.
#: In the twenty-fifth session a helper session that did not read the reader wrote three
#: more blind, all held out: a media-bias news site's page for one story copied as text,
#: the editors' heading and summary, the coverage split and ratings over the outlets'
#: articles pasted in source cards or under "From the Left / Center / Right", teaser cards
#: of other headlines and upsells between (balanced_coverage_page); a big portal's article
#: page in continuous scroll, one partner's story loading under the other, each credited
#: over its title, in a "Story by" line, under a photo or only under its text, with ad
#: markers, related videos and folds inside the texts and feedback widgets and "Up next"
#: teasers between (portal_syndication_page); and a link forum's comment thread in one of
#: three interfaces, the linked article and other outlets' versions pasted into the post
#: or comments by people naming the outlet or giving the URL, among chatter, quoted
#: sentences, links without text, bots' notices and collapsed replies (subreddit_thread).
#: In the twenty-sixth session research_doc_export and open_tabs_export, the two weakest
#: held-out families (14.0% and 26.2% exact with the outlet), became development layouts.
#: In the same session a helper session that did not read the reader wrote three more blind,
#: all held out: a conversation with a chat assistant copied or exported as text, the user
#: pasting several outlets' articles one a turn or all in one message under their own labels,
#: fields, URLs or tags, the assistant acknowledging each and answering with a comparison
#: that names the outlets, quotes headlines and sentences and tabulates them
#: (assistant_chat_export); a court filing that puts news reports before the court, the
#: e-filed PDF as text, a declaration, affidavit or witness statement describing each
#: exhibit, then the exhibits (browser printouts, news-database printouts, pasted texts)
#: behind slip sheets or stamps, the court's stamp and folios at every page break, inside the
#: texts too (court_exhibit_bundle); and a language school's reading lesson or an exam
#: board's reading paper setting the outlets' reports as texts, with paragraph or line
#: numbers, instructions in the learners' language, questions, vocabulary logs, sentences of
#: the texts quoted in tasks and the outlets named in headings, source lines or only in a
#: list at the end (reading_lesson_handout).
#: In the twenty-seventh session linkedin_feed and subreddit_thread, two of the weakest
#: held-out families (44.7% and 29.2% exact with the outlet), became development layouts.
#: In the same session a helper session that did not read the reader wrote three more blind,
#: all held out: the Congressional Record with several outlets' reports a member had printed
#: in it, as the GPO's text version or the daily PDF converted to text, the member's remarks
#: and the chamber's procedure around the articles, "[From the Washington Post, Mar. 2,
#: 2015]" over each title, page markers or running heads and production lines where the
#: printed pages turn, inside the texts too (congressional_record); the transcript of a show
#: that reads the papers aloud for blind listeners, copied from a podcast app, the service's
#: site or a transcription file, the outlet and title spoken in one sentence of the credit
#: before each reading, clock times over short segments or speaker names opening turns and
#: the first lines of texts (reading_service_transcript); and an e-reader's clippings file,
#: articles highlighted whole under their document's line ("T (theguardian.com)", "The
#: Washington Post (The Washington Post)") and a metadata line in the device's language,
#: among single sentences, notes and book passages, or its clippings manager's export grouped
#: by document (ereader_clippings).
HELD_OUT = frozenset(
    {"text_browser", "outlet_after_body", "live_feed", "ledger", "markdown_export", "rss_reader",
     "for_you_feed", "channel_export", "monitoring_report",
     "links_letter", "archive_export", "clipper_notebook",
     "full_coverage_page",
     "partner_portal", "local_tv_station_site", "foreign_ui_aggregator",
     "web_archive_capture",
     "balanced_coverage_page", "portal_syndication_page",
     "assistant_chat_export", "court_exhibit_bundle", "reading_lesson_handout",
     "congressional_record", "reading_service_transcript", "ereader_clippings"}
)
DEVELOPMENT = frozenset(LAYOUTS) - HELD_OUT


# --------------------------------------------------------------------------- generation


def _pick_articles(rng: random.Random, story: Story, outlet_runs: bool) -> list[SourceArticle]:
    """3-6 articles of the story from at least two outlets; with ``outlet_runs``, two or more
    from one outlet, next to each other."""
    wanted = min(rng.randint(3, 6), len(story.articles))
    if outlet_runs:
        repeated = rng.choice(story.repeated_outlets())
        same = [a for a in story.articles if a.outlet == repeated]
        run = rng.sample(same, min(len(same), rng.randint(2, 3)))
        others = [a for a in story.articles if a.outlet != repeated]
        rest = rng.sample(others, min(len(others), max(1, wanted - len(run))))
        picked = rest[: len(rest) // 2] + run + rest[len(rest) // 2 :]
        # Any other outlet's articles also stay together, as on a page sorted by publisher.
        order = list(dict.fromkeys(a.outlet for a in picked))
        return sorted(picked, key=lambda a: order.index(a.outlet))
    for _ in range(20):
        picked = rng.sample(story.articles, wanted)
        if len({a.outlet for a in picked}) >= 2:
            return picked
    # Rarely reached: one article of each outlet first, then any others.
    first_of_outlet = list({a.outlet: a for a in reversed(story.articles)}.values())
    rest = [a for a in story.articles if a not in first_of_outlet]
    return (first_of_outlet + rest)[:wanted]


def generate_pages(
    pages_per_layout: int = 10,
    seed: int = 13,
    layouts: Iterable[str] | None = None,
    root: Path | None = None,
) -> list[Page]:
    """Pages for each layout, each deterministic from (seed, layout, page number)."""
    stories = load_stories(root or CORPUS)
    pages = []
    for name in layouts or LAYOUTS:
        layout = LAYOUTS[name]
        eligible = [s for s in stories if s.repeated_outlets()] if layout.outlet_runs else list(stories)
        for number in range(pages_per_layout):
            # A string seed is hashed the same way in every run (unlike hash()).
            rng = random.Random(f"{seed}/{name}/{number}")
            story = rng.choice(eligible)
            articles = _pick_articles(rng, story, layout.outlet_runs)
            # Real headlines of other stories for the link boxes: they look just like titles.
            elsewhere = [s for s in rng.sample(stories, min(12, len(stories))) if s is not story]
            others = tuple(s.articles[0].title for s in elsewhere if s.articles[0].title)
            builder = _PageBuilder()
            layout.write(builder, rng, articles, PageContext(others or ("More news",), story.name))
            pages.append(builder.build(f"{name}-s{seed}-{number:02d}", name, name in HELD_OUT, story.name))
    return pages


class LabelledLine(NamedTuple):
    page_id: str
    line_index: int
    line_text: str
    label: str  # a key of LABELS; "body" is article text
    layout_name: str
    is_held_out: bool


def labelled_lines(pages: Iterable[Page]) -> Iterator[LabelledLine]:
    """Every line of every page with its label, for training a line classifier: train on
    lines with ``is_held_out`` false only. Blank lines are included (label "blank"); so are
    "residue" lines (the source article's own leftovers), which a trainer should skip as
    the score does. Everything but "body" is not article text."""
    for page in pages:
        for index, (line, label) in enumerate(zip(page.lines, page.labels)):
            yield LabelledLine(page.page_id, index, line, label, page.layout, page.held_out)


def write_pages(pages: list[Page], folder: Path) -> None:
    """<id>.txt (the page) and <id>.json (its truth) under pages/, every line in lines.jsonl."""
    (folder / "pages").mkdir(parents=True, exist_ok=True)
    for page in pages:
        (folder / "pages" / f"{page.page_id}.txt").write_text(page.text, encoding="utf-8")
        truth = {
            "page_id": page.page_id,
            "layout": page.layout,
            "held_out": page.held_out,
            "story": page.story,
            "labels": list(page.labels),
            "articles": [asdict(a) for a in page.articles],
        }
        truth_json = json.dumps(truth, ensure_ascii=False, indent=1)
        (folder / "pages" / f"{page.page_id}.json").write_text(truth_json, encoding="utf-8")
    with (folder / "lines.jsonl").open("w", encoding="utf-8") as out:
        for row in labelled_lines(pages):
            out.write(json.dumps(row._asdict(), ensure_ascii=False) + "\n")
    layouts = [{"name": x.name, "description": x.description, "held_out": x.name in HELD_OUT} for x in LAYOUTS.values()]
    (folder / "layouts.json").write_text(json.dumps({"layouts": layouts, "labels": LABELS}, indent=1), encoding="utf-8")


# --------------------------------------------------------------------------- scoring


def normal_outlet(name: str) -> str:
    """"The Telegraph", "THE TELEGRAPH", "telegraph" read alike; so do "bbc.com" and "BBC.com"."""
    name = name.casefold().strip()
    name = re.sub(r"^(?:www\.|the\s+)", "", name)
    return re.sub(r"[^\w]+", "", name)


def normal_title(title: str) -> str:
    title = title.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(title.casefold().split()).strip(" .!?:;\"'#")


@dataclass(frozen=True)
class ArticleResult:
    index: int
    found: bool  # one reader article holds at least half of its body text
    exact: bool  # that article holds all its body lines, whole, and nothing else
    outlet_right: bool
    title_right: bool
    expected_outlet: str
    read_outlet: str
    expected_title: str
    read_title: str


@dataclass(frozen=True)
class LineError:
    line: int
    label: str
    text: str


@dataclass(frozen=True)
class PageScore:
    page_id: str
    layout: str
    held_out: bool
    articles: tuple[ArticleResult, ...]
    leaked: tuple[LineError, ...]  # non-article lines inside some reader article
    lost: tuple[LineError, ...]  # body lines of which under half is in any reader article
    cut: tuple[LineError, ...]  # body lines kept only in part
    merged: int  # reader articles holding body lines of two or more true articles
    split: int  # true articles whose body lines are spread over two or more reader articles
    phantoms: tuple[str, ...]  # reader articles with no body line at all: their outlet and text
    furniture_lines: int
    body_lines: int


def _non_space(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def score_page(page: Page, reading: PageReading | None = None) -> PageScore:
    """Compare a reading of ``page.text`` (by default ``read_page``'s) with the page's truth.

    The reader's body pieces carry offsets into the text; each is mapped to its page line,
    and a line counts as held by an article by the share of its non-space characters the
    article's pieces cover.
    """
    text = page.text
    reading = reading if reading is not None else read_page(text)
    starts, position = [], 0
    for line in page.lines:
        starts.append(position)
        position += len(line) + 1
    # A body line's size is that of the article text it carries: a "> " quote mark or a
    # list marker before it is the page's, and a reader may leave it out.
    size = [_non_space(fragment or line) for line, fragment in zip(page.lines, page.fragments)]
    # held[article][line] = non-space characters of the line that the reader article keeps
    held: list[dict[int, int]] = []
    for article in reading.articles:
        lines: dict[int, int] = {}
        for piece in article.body:
            line = bisect_right(starts, piece.start) - 1
            lines[line] = lines.get(line, 0) + _non_space(text[piece.start : piece.end])
        held.append(lines)

    def kept_share(line: int) -> float:
        return sum(h.get(line, 0) for h in held) / max(1, size[line])

    owner = {line: t for t, truth in enumerate(page.articles) for line in truth.body_lines}
    allowed = {line for truth in page.articles for line in (*truth.body_lines, *truth.residue_lines)}
    results, split = [], 0
    for t, truth in enumerate(page.articles):
        total = sum(size[line] for line in truth.body_lines)
        per_reader = [sum(h.get(line, 0) for line in truth.body_lines) for h in held]
        holders = [r for r, amount in enumerate(per_reader) if amount]
        split += len(holders) >= 2
        best = max(range(len(held)), key=lambda r: per_reader[r], default=None)
        found = best is not None and per_reader[best] * 2 >= total
        exact = (
            found
            and holders == [best]
            and all(held[best].get(line, 0) >= size[line] for line in truth.body_lines)
            and set(held[best]) <= set(truth.body_lines) | set(truth.residue_lines)
        )
        read = reading.articles[best] if found else None
        results.append(
            ArticleResult(
                t,
                found,
                exact,
                bool(read and normal_outlet(read.source) == normal_outlet(truth.outlet)),
                bool(read and normal_title(read.title) == normal_title(truth.title)),
                truth.outlet,
                read.source if read else "",
                truth.title,
                read.title if read else "",
            )
        )
    leaked = tuple(
        LineError(line, page.labels[line], page.lines[line])
        for line in range(len(page.lines))
        if line not in allowed and page.labels[line] not in NOT_SCORED and any(h.get(line) for h in held)
    )
    body = sorted(owner)
    lost = tuple(LineError(line, "body", page.lines[line]) for line in body if kept_share(line) < 0.5)
    cut = tuple(LineError(line, "body", page.lines[line]) for line in body if 0.5 <= kept_share(line) < 1.0)
    merged = sum(len({owner[line] for line in h if line in owner}) >= 2 for h in held)
    phantoms = tuple(
        f"{article.source or '(no outlet)'}: {' '.join(p.text for p in article.body)[:100]}"
        for article, h in zip(reading.articles, held)
        if not any(line in owner for line in h)
    )
    furniture = sum(1 for line, label in enumerate(page.labels) if line not in allowed and label not in NOT_SCORED)
    return PageScore(
        page.page_id, page.layout, page.held_out, tuple(results), leaked, lost, cut, merged, split, phantoms, furniture, len(body)
    )


def form_counts(score: PageScore) -> Counter[str]:
    """What the form grids (credit, feed and jump forms) count on one page: its articles,
    those exact with the outlet ("right"), exact, with the outlet or the title right, stories
    read in parts ("split"), and furniture lines leaked and article lines lost."""
    counts: Counter[str] = Counter()
    for article in score.articles:
        counts["articles"] += 1
        counts["right"] += article.exact and article.outlet_right
        counts["exact"] += article.exact
        counts["outlet"] += article.outlet_right
        counts["title"] += article.title_right
    counts["split"] += score.split
    counts["leaked"] += len(score.leaked)
    counts["lost"] += len(score.lost)
    return counts


@dataclass(frozen=True)
class Tally:
    pages: int = 0
    articles: int = 0
    found: int = 0
    exact: int = 0
    outlet_right: int = 0
    title_right: int = 0
    exact_and_outlet: int = 0
    furniture_lines: int = 0
    leaked: int = 0
    body_lines: int = 0
    lost: int = 0
    cut: int = 0
    merged: int = 0
    split: int = 0
    phantoms: int = 0

    def plus(self, score: PageScore) -> Tally:
        a = score.articles
        return Tally(
            self.pages + 1,
            self.articles + len(a),
            self.found + sum(r.found for r in a),
            self.exact + sum(r.exact for r in a),
            self.outlet_right + sum(r.outlet_right for r in a),
            self.title_right + sum(r.title_right for r in a),
            self.exact_and_outlet + sum(r.exact and r.outlet_right for r in a),
            self.furniture_lines + score.furniture_lines,
            self.leaked + len(score.leaked),
            self.body_lines + score.body_lines,
            self.lost + len(score.lost),
            self.cut + len(score.cut),
            self.merged + score.merged,
            self.split + score.split,
            self.phantoms + len(score.phantoms),
        )


def tally(scores: Iterable[PageScore]) -> Tally:
    total = Tally()
    for score in scores:
        total = total.plus(score)
    return total


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    –"


_HEADER = (
    f"{'layout':<22}{'pages':>6}{'arts':>6}{'exact':>8}{'ex+out':>8}{'found':>8}{'outlet':>8}{'title':>8}"
    f"{'leaked':>12}{'lost':>12}{'cut':>5}{'merged':>7}{'split':>6}{'phantom':>8}"
)


def table_row(name: str, t: Tally) -> str:
    return (
        f"{name:<22}{t.pages:>6}{t.articles:>6}{_share(t.exact, t.articles):>8}{_share(t.exact_and_outlet, t.articles):>8}"
        f"{_share(t.found, t.articles):>8}{_share(t.outlet_right, t.articles):>8}{_share(t.title_right, t.articles):>8}"
        f"{f'{t.leaked}/{t.furniture_lines}':>12}{f'{t.lost}/{t.body_lines}':>12}"
        f"{t.cut:>5}{t.merged:>7}{t.split:>6}{t.phantoms:>8}"
    )


def report(scores: list[PageScore]) -> str:
    """Per layout, then development and held-out layouts summed separately."""
    rows = [_HEADER]
    for held in (False, True):
        for name in LAYOUTS:
            chosen = [s for s in scores if s.layout == name and s.held_out == held]
            if chosen:
                rows.append(table_row(name + (" *" if held else ""), tally(chosen)))
    rows.append("-" * len(_HEADER))
    for label, held in (("development", False), ("held out *", True)):
        chosen = [s for s in scores if s.held_out == held]
        if chosen:
            rows.append(table_row(label, tally(chosen)))
    rows.append(
        "exact: all body lines whole in one article and nothing else; ex+out: exact with the outlet right; "
        "leaked: furniture lines in an article / all furniture lines; lost: body lines under half kept / all body lines"
    )
    return "\n".join(rows)


def error_report(scores: list[PageScore], examples: int) -> str:
    """The error forms, most common first, each with a few examples."""
    leaked = Counter(e.label for s in scores for e in s.leaked)
    out = ["furniture leaked, by label: " + (", ".join(f"{k} {v}" for k, v in leaked.most_common()) or "none")]
    for label, _ in leaked.most_common():
        for score, error in [(s, e) for s in scores for e in s.leaked if e.label == label][:examples]:
            out.append(f"  [{label}] {score.page_id}:{error.line}: {error.text[:110]!r}")
    misread = Counter(r.read_outlet or "(none)" for s in scores for r in s.articles if r.found and not r.outlet_right)
    out.append("outlet read instead, most common: " + ", ".join(f"{k!r} {v}" for k, v in misread.most_common(8)))
    found = [(s, r) for s in scores for r in s.articles if r.found]
    sections = (
        ("body lines lost", [(s, e.line, repr(e.text[:110])) for s in scores for e in s.lost]),
        ("body lines cut", [(s, e.line, repr(e.text[:110])) for s in scores for e in s.cut]),
        ("articles not found", [(s, r.index, r.expected_title[:80]) for s in scores for r in s.articles if not r.found]),
        (
            "outlet wrong",
            [(s, r.index, f"expected {r.expected_outlet!r}, read {r.read_outlet!r}") for s, r in found if not r.outlet_right],
        ),
        (
            "title wrong",
            [
                (s, r.index, f"expected {r.expected_title[:60]!r}, read {r.read_title[:60]!r}")
                for s, r in found
                if not r.title_right
            ],
        ),
        ("phantom articles", [(s, n, text) for s in scores for n, text in enumerate(s.phantoms)]),
    )
    for title, items in sections:
        out.append(f"{title}: {len(items)}")
        out.extend(f"  {score.page_id}:{where}: {what}" for score, where, what in items[:examples])
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages-per-layout", type=int, default=10)
    parser.add_argument("--seed", type=int, default=13)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--held-out-only", action="store_true")
    which.add_argument("--dev-only", action="store_true")
    parser.add_argument("--show-errors", type=int, default=0, metavar="K", help="print up to K examples of each error form")
    parser.add_argument("--write", type=Path, metavar="DIR", help="write the pages and their truth here")
    args = parser.parse_args(argv)
    names = sorted(HELD_OUT) if args.held_out_only else sorted(DEVELOPMENT) if args.dev_only else list(LAYOUTS)
    names = [n for n in LAYOUTS if n in names]
    try:
        pages = generate_pages(args.pages_per_layout, args.seed, names)
    except CorpusMissing as missing:
        print(missing, file=sys.stderr)
        return 2
    if args.write:
        write_pages(pages, args.write)
        print(f"wrote {len(pages)} pages to {args.write}")
    scores = [score_page(page) for page in pages]
    print(report(scores))
    if args.show_errors:
        print()
        print(error_report(scores, args.show_errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
