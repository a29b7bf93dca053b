"""Stories that a printed page breaks off and goes on with pages later, read as one article.

A newspaper's e-edition saved as text prints a story's start on the front page, a jump line
where it breaks ("See HARBOUR, Page A6", "(Continued on page 6)"), and the rest on a later
page under a jump head (the headline again, the story's slug, or nothing) and a line saying
where it came from ("HARBOUR from Page A1"). The page reader finds the two parts as two
articles; here each rest is joined to its start when the two are tied by the slug, by the
headline, or by the page the jump line names and the folio ("A6 | THE SENTINEL | ...") over
the rest.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from consistency.ingest.pages import PageArticle

#: A piece of a page (``pages.Piece``): its line number, kind and text.
P = TypeVar("P")

#: A page as a jump line names it: "Page A6", "page 6", "A6", "p. 6".
_PAGE = r"(?:(?i:page|pg\.?|p\.)\s*)?(?P<page>[A-Z]?\d{1,3})"
#: The slug a jump line names its story by: one to three words in capitals ("HARBOUR").
def _slug(name: str) -> str:
    return rf"(?P<{name}>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){{0,2}})"



#: Where a story breaks off: "Continued on Page A6", "See HARBOUR, Page A6", "Please see
#: HARBOUR on A6", "Turn to HARBOUR, page 6", "» HARBOUR, A6", "Cont. on A6", "Story continues
#: on page 6", each perhaps in parentheses.
JUMP_OUT = re.compile(
    rf"""^\(?\s*(?:
        (?i:continued|cont(?:'d|\.|inued)?|story\s+continues|(?:please\s+)?turn\s+to|(?:please\s+)?see)\s*(?:{_slug("slug")}\s*,?\s*)?(?i:on\s+)?
        |(?:»|>>|→|▶)\s*{_slug("arrow_slug")}?\s*,?\s*
    ){_PAGE}\s*\)?\.?\s*$""",
    re.VERBOSE,
)
#: Over a story's rest: "Continued from Page A1", "HARBOUR from Page A1", "HARBOUR,
#: continued from A1", "From page 1", "Cont. from A1".
JUMP_IN = re.compile(
    rf"""^\(?\s*(?:{_slug("slug")}\s*,?\s+)?(?i:(?:continued|cont(?:'d|\.|inued)?)\s+)?(?i:from)\s+{_PAGE}\s*\)?\.?\s*$""",
    re.VERBOSE,
)
#: A folio's page label among its parts ("A6 | THE SENTINEL | DATE", "The Sentinel, date   A6",
#: "Page 6", "— 6 —").
_FOLIO_PART = re.compile(r"^(?:(?i:page|p\.)\s*\d{1,3}|[A-Z]\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—])$")
_FOLIO_CUT = re.compile(r"\s*[|·•]\s*|\s{3,}")
FOLIO_WORDS = 14


#: A web page printed from a browser carries the browser's margins on every printed page,
#: between an article's lines where a page breaks: the header ("12/4/26, 10:15 AM  Title |
#: Outlet", the date and time printed, then the page's title; or the title, then the page's
#: address) and the footer (the page's address and "1/3", or "Page 1 of 3" and the date),
#: each on one line or on two.
_PRINT_STAMP = r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
_ADDRESS = r"(?:(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S*)"
_PRINT_HEADER = re.compile(rf"^{_PRINT_STAMP}\s+(?![AaPp]\.?[Mm]\.?$)(?P<title>\S.*)$|^(?P<first>\S.*?\S)\s{{3,}}{_ADDRESS}$")
PRINT_STAMP = re.compile(rf"^{_PRINT_STAMP}$")
PAGE_COUNTER = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")
PRINT_ADDRESS = re.compile(rf"^{_ADDRESS}$")
_PRINT_FOOTER = re.compile(rf"^{_ADDRESS}\s+\d{{1,3}}\s*/\s*\d{{1,3}}$|^(?i:page)\s+\d{{1,3}}\s+(?i:of)\s+\d{{1,3}}(?:\s{{2,}}\S.*)?$")


def print_header_title(text: str) -> str:
    """The page's title a browser's print header shows ("Title | Outlet"), or ""."""
    match = _PRINT_HEADER.match(text.strip())
    if not match:
        return ""
    return (match.group("title") or match.group("first")).strip()


def print_margin(text: str) -> bool:
    """A browser's print header or footer (``_PRINT_HEADER``, ``_PRINT_FOOTER``) on one line."""
    stripped = text.strip()
    return bool(_PRINT_HEADER.match(stripped) or _PRINT_FOOTER.match(stripped))


@dataclass(frozen=True)
class JumpLine:
    start: int
    #: Its line's index among the page's lines.
    index: int
    #: "out" where the story breaks off, "in" over its rest.
    direction: str
    slug: str
    page: str


def jump_line(text: str) -> tuple[str, str, str] | None:
    """("out" or "in", the slug or "", the page named) for a jump line, else None."""
    stripped = text.strip()
    for direction, pattern in (("in", JUMP_IN), ("out", JUMP_OUT)):
        match = pattern.match(stripped)
        if match:
            slug = match.group("slug") or match.groupdict().get("arrow_slug") or ""
            return direction, slug.casefold(), match.group("page").upper()
    return None


def folio_page(text: str) -> str:
    """The page label a folio line shows ("A6", "6"), or "" for any other line."""
    if len(text.split()) > FOLIO_WORDS:
        return ""
    for part in _FOLIO_CUT.split(text.strip()):
        if is_page_label(part):
            return re.sub(r"\D", "", part) if not re.match(r"[A-Z]\d", part.strip()) else part.strip()
    return ""


#: An e-reader's place in a book, printed where its text was copied: "Location 220", "Loc. 1,204 of 5,310".
_READER_LOCATION = re.compile(r"(?i)^(?:location\s+|loc\.\s*)[\d,]{1,7}(?:\s+of\s+[\d,]{1,7})?$")


def is_page_label(text: str) -> bool:
    """A printed page's label: "A6", "Page 6", "— 6 —", or an e-reader's "Location 220"."""
    stripped = text.strip()
    return bool(_FOLIO_PART.match(stripped) or _READER_LOCATION.match(stripped))


#: At most this many words in a section label under a folio ("WORLD & NATION").
SECTION_WORDS = 4


def section_labels_marked(pieces: list[P]) -> list[P]:
    """A short line in capitals right under a printed page's folio ("A6 | THE SENTINEL |
    TUESDAY" / "THE NATION") is the page's section label: furniture, not an outlet heading."""
    lines: dict[int, list[str]] = {}
    for piece in pieces:
        lines.setdefault(piece.line, []).append(piece.text)
    folio_lines = {number for number, texts in lines.items() if folio_page("   ".join(texts))}
    if not folio_lines:
        return pieces
    return [
        replace(piece, kind="boilerplate", reason="section label")
        if piece.line - 1 in folio_lines and piece.kind == "short" and len(lines[piece.line]) == 1
        and piece.text.isupper() and len(piece.text.split()) <= SECTION_WORDS and not re.search(r"[.!?]$", piece.text.strip())
        else piece
        for piece in pieces
    ]


def _same_page(a: str, b: str) -> bool:
    """"A6" and "6" name one page when the letters do not disagree."""
    letters_a, letters_b = a.rstrip("0123456789"), b.rstrip("0123456789")
    return a[len(letters_a) :] == b[len(letters_b) :] and (not letters_a or not letters_b or letters_a == letters_b)


def _normal_title(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title).casefold().split())


def joined_across_jumps(text: str, articles: Sequence[PageArticle]) -> list[PageArticle]:
    """The articles with each story's rest after a jump joined to its start."""
    held = sorted(piece.start for article in articles for piece in article.body)
    page_lines: list[tuple[int, str, bool]] = []  # (offset, line, held by an article)
    offset = 0
    for line in text.split("\n"):
        first_held = bisect.bisect_left(held, offset)
        page_lines.append((offset, line, first_held < len(held) and held[first_held] < offset + len(line)))
        offset += len(line) + 1
    jumps: list[JumpLine] = []
    folios: list[tuple[int, str]] = []
    for index, (offset, line, in_a_text) in enumerate(page_lines):
        if line.strip() and not in_a_text:
            found = jump_line(line)
            page = "" if found else folio_page(line)
            if found:
                jumps.append(JumpLine(offset, index, *found))
            elif page:
                folios.append((offset, page))
    outs = [jump for jump in jumps if jump.direction == "out"]
    if not outs:
        return list(articles)
    articles = _stranded_lines_kept(articles, page_lines, outs)
    articles = _headlines_over_rests_dropped(articles, page_lines, [jump for jump in jumps if jump.direction == "in"])
    # A rest that runs on under the last article of the page before it (no headline over
    # it) begins at its jump line, or at the folio of a page a jump line sends a story to.
    cuts = [jump.start for jump in jumps if jump.direction == "in"] + [
        at for at, page in folios if any(jump.start < at and _same_page(page, jump.page) for jump in outs)
    ]

    articles = [part for article in articles for part in _cut_at(article, cuts)]
    starts = [article.body[0].start if article.body else -1 for article in articles]
    owners = sorted((piece.start, position) for position, article in enumerate(articles) for piece in article.body)

    def owner_above(offset: int) -> int | None:
        above = [position for start, position in owners if start < offset]
        return above[-1] if above else None

    def first_below(offset: int) -> int | None:
        below = [(start, position) for start, position in owners if start > offset]
        return below[0][1] if below and starts[below[0][1]] == below[0][0] else None

    def folio_over(position: int) -> str:
        above = [(at, page) for at, page in folios if at < starts[position]]
        if not above or owner_above(starts[position]) is not None and owner_above(above[-1][0]) != owner_above(starts[position]):
            return ""  # another article begins between the folio and this one
        return above[-1][1]

    jump_ins = {first_below(jump.start): jump for jump in jumps if jump.direction == "in"}
    candidates: list[tuple[int, int, int, int]] = []
    for jump in jumps:
        source = owner_above(jump.start) if jump.direction == "out" else None
        if source is None:
            continue
        for target, article in enumerate(articles):
            if target == source or starts[target] <= jump.start:
                continue
            jump_in = jump_ins.get(target)
            score = 0
            if jump.slug and jump_in is not None and jump_in.slug == jump.slug:
                score += 4
            if articles[source].title and _normal_title(article.title) == _normal_title(articles[source].title):
                score += 4
            if _same_page(folio_over(target), jump.page):
                score += 2
            if jump_in is not None:
                score += 1
            if not article.title or (jump.slug and _normal_title(article.title) == jump.slug):
                score += 1
            if score >= 3:
                candidates.append((-score, jump.start, source, target))
    joined_into: dict[int, int] = {}
    used_jumps: set[int] = set()

    def story_start(position: int) -> int:
        while position in joined_into:
            position = joined_into[position]
        return position

    for _, at, source, target in sorted(candidates):
        if at in used_jumps or target in joined_into or story_start(source) == target:
            continue
        used_jumps.add(at)
        joined_into[target] = source
    if not joined_into:
        return list(articles)
    # A story may jump twice (A1 -> A6 -> A9): each part goes under the story's start.
    rests: dict[int, list[int]] = {}
    for target in sorted(joined_into):
        rests.setdefault(story_start(target), []).append(target)
    result = []
    for position, article in enumerate(articles):
        if position in joined_into:
            continue
        for target in rests.get(position, []):
            article = _with_rest(article, articles[target])
        result.append(article)
    return result


#: At most this many lines stand between a text's last line read and its jump line.
STRANDED_LINES = 3


def _stranded_lines_kept(
    articles: Sequence[PageArticle], page_lines: list[tuple[int, str, bool]], outs: list[JumpLine]
) -> list[PageArticle]:
    """A story cut off inside a paragraph leaves a line or two of it over the jump line that
    read as no prose alone ("However, the embassy's information"): they are the story's,
    when only blank lines stand between them and its text."""
    from consistency.ingest.lines import classify

    result = list(articles)
    for jump in outs:
        index = jump.index - 1
        run: list[int] = []
        while index >= 0 and page_lines[index][1].strip() and not page_lines[index][2]:
            run.insert(0, index)
            index -= 1
        gap = index
        while gap >= 0 and not page_lines[gap][1].strip():
            gap -= 1
        if not run or len(run) > STRANDED_LINES or gap < 0 or not page_lines[gap][2]:
            continue
        if any(classify(page_lines[i][1].strip()) not in (("body", ""), ("short", "")) for i in run):
            continue
        line_start = page_lines[gap][0]
        owner = next(
            (position for position, article in enumerate(result) if article.body and line_start <= article.body[-1].start < line_start + len(page_lines[gap][1]) + 1),
            None,
        )
        if owner is None:
            continue
        last = result[owner].body[-1]
        added = []
        for number, i in enumerate(run):
            offset, line = page_lines[i][0], page_lines[i][1]
            left = len(line) - len(line.lstrip())
            added.append(
                replace(
                    last, start=offset + left, end=offset + len(line.rstrip()), line=i + 1, kind="body", reason="",
                    text=line.strip(), paragraph_start=number == 0 and gap < i - 1, wrapped=number > 0,
                )
            )
        result[owner] = replace(result[owner], body=(*result[owner].body, *added))
    return result


def _headlines_over_rests_dropped(
    articles: Sequence[PageArticle], page_lines: list[tuple[int, str, bool]], jump_ins: list[JumpLine]
) -> list[PageArticle]:
    """The headline printed again over a story's rest, right over its "from" line, is no
    line of any text, though it ends in a full stop ("Apple's brand may go. The service
    stays.") and was read as one."""
    titles = {_normal_title(article.title) for article in articles if article.title}
    headlines: set[int] = set()
    for jump in jump_ins:
        index = jump.index - 1
        while index >= 0 and not page_lines[index][1].strip():
            index -= 1
        if index >= 0 and _normal_title(page_lines[index][1]) in titles:
            headlines.add(page_lines[index][0])
    if not headlines:
        return list(articles)
    line_starts = [offset for offset, _, _ in page_lines]
    kept = []
    for article in articles:
        body = tuple(piece for piece in article.body if line_starts[bisect.bisect_right(line_starts, piece.start) - 1] not in headlines)
        if body:
            kept.append(replace(article, body=body) if len(body) < len(article.body) else article)
    return kept


def _cut_at(article: PageArticle, cuts: list[int]) -> list[PageArticle]:
    """The article in parts at the cuts that fall inside its text; later parts have no title."""
    parts: list[PageArticle] = []
    body = list(article.body)
    for cut in sorted(cuts):
        before = [piece for piece in body if piece.start < cut]
        if before and len(before) < len(body):
            parts.append(replace(article, body=tuple(before)) if not parts else replace(article, title="", body=tuple(before), found_by="rest after a jump"))
            body = body[len(before) :]
            body[0] = replace(body[0], paragraph_start=True, wrapped=False)
    if not parts:
        return [article]
    return [*parts, replace(article, title="", body=tuple(body), found_by="rest after a jump")]


def _with_rest(start: PageArticle, rest: PageArticle) -> PageArticle:
    """The story's start with its rest after it; a sentence cut by the jump reads whole."""
    body = list(rest.body)
    if start.body and body and not re.search(r"[.!?…][\"'”’)]*\s*$", start.body[-1].text) and body[0].text[:1].islower():
        body[0] = replace(body[0], paragraph_start=False, wrapped=True)
    return replace(
        start,
        source=start.source or rest.source,
        title=start.title or rest.title,
        body=(*start.body, *body),
        found_by=f"{start.found_by}; joined with its rest after a jump",
    )
