"""Read a page of text into articles: find where each article starts, its outlet and
title, and which pieces are site furniture.

Aggregator pages print one article after another, each under a small header block (an
outlet line, a time, a title) and with ads or links between them. The reader classifies
every piece of every line (``lines.classify``), cuts ad fragments out of body lines, and
starts a new article where a header block with a title stands before prose. A heading on
its own between two paragraphs does not start an article; a title together with an outlet
or date line, or after furniture, does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from consistency.ingest.lines import (
    article_text_after_furniture,
    byline_prefix_end,
    classify,
    dominant_script,
    features,
    WEAK_CUES,
    furniture_reason,
    header_parts,
    inline_junk_spans,
    is_meta_part,
    rough_sentences,
)

_LINE = re.compile(r"([^\r\n]*)(\r\n|\n|\r|$)")
#: Lines that name an article's outlet after its body ("Originally published by X").
_TRAILING_OUTLET = re.compile(
    r"""^(?:[-–—]\s*source\s*:|[-–—]?\s*(?:originally\s+published\s+(?:by|in|on)
    |(?:this\s+(?:story|article)\s+)?(?:was\s+)?first\s+(?:published|appeared)\s+(?:by|in|on)
    |read\s+the\s+full\s+(?:story|article|report)\s+(?:at|on|in)|republished\s+(?:from|courtesy\s+of))
    |(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?=[A-Z][\w&.'’ -]{1,50}?(?:\.|,|\s+all\s+rights\s+reserved|$)))
    \s*(?P<name>.{2,60}?)\s*(?:\.?\s*all\s+rights\s+reserved)?[.→›»]?\s*$
    |^[—–-]\s*(?P<closing>[A-Z][^,]{1,50}),\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))""",
    re.IGNORECASE | re.VERBOSE,
)
_OUTLET_PATTERNS = (
    re.compile(
        r"^(?:source|via|publisher|publication|newspaper|outlet|logo|courtesy(?:\s+of)?|from)\s*[:\-–—]?\s+"
        r"(?P<name>.{2,60}?)\s*(?:\((?:print|web|online|radio|tv|broadcast)\))?\s*$",
        re.IGNORECASE,
    ),
    _TRAILING_OUTLET,
    re.compile(r"^[-–—•]\s+(?P<name>[^\s].{1,58}?)\s*$"),
    re.compile(r"^\[\s*(?P<name>[^\]]{2,60}?)\s*\]$"),
    re.compile(r"^(?P<name>[A-Z][A-Z0-9&.' -]{2,40}?)\s*:$"),
)
_CONNECTORS = {"of", "the", "and", "&", "de", "du", "la", "le", "for", "on", "in"}


@dataclass(frozen=True)
class Piece:
    """A piece of one line of the input; ``start``/``end`` are offsets into the input."""

    start: int
    end: int
    line: int
    kind: str
    reason: str
    text: str
    paragraph_start: bool = False


@dataclass(frozen=True)
class PageArticle:
    source: str
    title: str
    body: tuple[Piece, ...]
    #: How the article was found: what started it, and where its outlet was named.
    found_by: str = ""


@dataclass(frozen=True)
class PageReading:
    articles: tuple[PageArticle, ...]
    dropped: tuple[Piece, ...]
    site: str = ""


def page_pieces(text: str) -> list[Piece]:
    """Every non-blank piece of every line, classified, in input order."""
    script, share = dominant_script(text)
    page_script = script if share >= 0.8 else ""
    pieces: list[Piece] = []
    after_blank = True
    for number, match in enumerate(_LINE.finditer(text), start=1):
        line, line_start = match.group(1), match.start(1)
        if not line.strip():
            after_blank = True
            if match.end() >= len(text):
                break
            continue
        cursor, first = 0, True
        cuts = inline_junk_spans(line, page_script) + [(len(line), len(line), "")]
        for junk_start, junk_end, reason in cuts:
            kept = line[cursor:junk_start]
            if kept.strip():
                left = cursor + len(kept) - len(kept.lstrip())
                right = cursor + len(kept.rstrip())
                for start, end, kind, why in _classified_stretches(line, left, right):
                    pieces.append(Piece(line_start + start, line_start + end, number, kind, why, line[start:end], after_blank and first))
                    first = False
            if junk_end > junk_start:
                pieces.append(Piece(line_start + junk_start, line_start + junk_end, number, "boilerplate", reason, line[junk_start:junk_end]))
            cursor = junk_end
        after_blank = False
        if match.end() >= len(text):
            break
    return _mark_sponsored(_mark_captions(_articles_in_other_languages(pieces)))


_OTHER_LANGUAGE = "text in another language"


def _articles_in_other_languages(pieces: list[Piece]) -> list[Piece]:
    """A run of prose in another language long enough to be an article is one: an ad or a
    sponsored box in another language is a line or two, an article is paragraphs. Whether
    it is then compared is the language's business, not the reader's."""
    marked = list(pieces)
    position = 0
    while position < len(marked):
        if marked[position].reason != _OTHER_LANGUAGE:
            position += 1
            continue
        end = position
        while end < len(marked) and marked[end].reason == _OTHER_LANGUAGE:
            end += 1
        run = marked[position:end]
        words = sum(features(piece.text).words for piece in run)
        sentences = sum(len(rough_sentences(piece.text)) for piece in run)
        whole_text = not any(p.kind in ("body", "short") for p in marked[:position] + marked[end:])
        if words >= 60 or (words >= 35 and sentences >= 2) or (whole_text and words >= 12):
            for offset, piece in enumerate(run):
                found = features(piece.text)
                kind = "body" if found.ends_like_sentence or found.words >= 12 else "short"
                marked[position + offset] = Piece(piece.start, piece.end, piece.line, kind, "", piece.text, piece.paragraph_start)
        position = end
    return marked


_SPONSOR_LABEL = re.compile(r"(?i)^\W*(?:sponsored|promoted|paid\s+(?:post|content)|partner\s+content|advertorial)\W*$")


def _mark_sponsored(pieces: list[Piece]) -> list[Piece]:
    """The short line under a "Sponsored" label is the sponsor's text."""
    marked = list(pieces)
    for position, label in enumerate(marked[:-1]):
        if not _SPONSOR_LABEL.match(label.text):
            continue
        following = [p for p in range(position + 1, len(marked)) if marked[p].line == label.line + 1]
        if following and sum(features(marked[p].text).words for p in following) <= 30:
            for p in following:
                piece = marked[p]
                marked[p] = Piece(piece.start, piece.end, piece.line, "boilerplate", "sponsored text", piece.text)
    return marked


def _mark_captions(pieces: list[Piece]) -> list[Piece]:
    """A photo's caption: the one short sentence that shares a line with a photo credit
    ("Crews inspect the wall. Photo: J. Smith"), or stands alone right under a credit line."""
    marked = list(pieces)
    for position in range(1, len(marked)):
        credit, caption = marked[position], marked[position - 1]
        if credit.reason != "photo credit" or caption.line != credit.line or caption.kind not in ("body", "short"):
            continue
        before = marked[position - 2] if position >= 2 else None
        opens_line = before is None or before.line != caption.line or before.kind == "boilerplate"
        if opens_line and features(caption.text).words <= 30 and len(rough_sentences(caption.text)) <= 2:
            # The caption comes before its credit; text after a credit is the article's.
            marked[position - 1] = Piece(caption.start, caption.end, caption.line, "boilerplate", "photo caption", caption.text)
    for position in range(1, len(marked)):
        credit, caption = marked[position - 1], marked[position]
        alone_on_line = all(p.line != caption.line for p in marked[position + 1 : position + 2])
        credit_alone = position < 2 or marked[position - 2].line != credit.line
        if (
            credit.reason == "photo credit"
            and credit_alone
            and caption.line == credit.line + 1
            and caption.kind == "body"
            and alone_on_line
            and len(rough_sentences(caption.text)) == 1
            and features(caption.text).words <= 25
        ):
            marked[position] = Piece(caption.start, caption.end, caption.line, "boilerplate", "photo caption", caption.text)
    return marked


def _classified_stretches(line: str, left: int, right: int) -> list[tuple[int, int, str, str]]:
    """Classify ``line[left:right]``; where it holds several sentences, furniture
    sentences (an ad, a link, a credit) are cut out and the rest classified as a whole."""
    text = line[left:right]
    byline_end = byline_prefix_end(text)
    if byline_end is not None:
        cut = left + len(text[:byline_end].rstrip())
        return [(left, cut, "meta", "byline"), *_classified_stretches(line, left + byline_end, right)]
    kind, why = classify(text)
    sentences = rough_sentences(text)
    if len(sentences) < 2 and kind != "body" and not (kind == "boilerplate" and len(text.split()) >= 8):
        return [(left, right, kind, why)]
    stretches: list[tuple[int, int, str, str]] = []
    kept_start, previous_end = None, 0

    def close_kept() -> None:
        nonlocal kept_start
        if kept_start is not None:
            stretches.append((kept_start, previous_end, "", ""))
            kept_start = None

    for start, end in sentences:
        reason = furniture_reason(text[start:end])
        if reason:
            close_kept()
            resume = article_text_after_furniture(text[start:end])
            if resume is None:
                stretches.append((start, end, "boilerplate", reason))
                continue
            cut = start + len(text[start : start + resume].rstrip())
            stretches.append((start, cut, "boilerplate", reason))
            kept_start, previous_end = start + resume, end
        else:
            # An ad in another language or a credit can run straight into the sentence.
            resume = article_text_after_furniture(text[start:end], furniture_prefix_only=True)
            if resume is not None:
                close_kept()
                prefix_end = start + len(text[start : start + resume].rstrip())
                stretches.append((start, prefix_end, "boilerplate", furniture_reason(text[start:prefix_end])))
                kept_start, previous_end = start + resume, end
                continue
            kept_start = start if kept_start is None else kept_start
            previous_end = end
    close_kept()
    if len(stretches) == 1 and not stretches[0][2]:
        return [(left, right, kind, why)]
    result = []
    whole_kind, whole_why = kind, why
    for start, end, kind, why in stretches:
        if not kind:
            kind, why = classify(text[start:end])
            if whole_kind == "boilerplate" and (kind != "body" or features(text[start:end]).words < 10):
                # Only a full sentence of prose is rescued from a furniture line ("Scroll to
                # continue Marlowe Energy blamed..."); ad copy between its cues stays with it.
                kind, why = whole_kind, whole_why
        result.append((left + start, left + end, kind, why))
    return result


_NOT_A_NAME = re.compile(r"(?i)^(?:page|p\.|pp\.|section|issue|vol\.?|no\.|edition|clip)\s*[\w.]+$|:")
_ROLES = re.compile(
    r"(?i)\b(?:reporter|correspondent|editor|writer|staff|columnist|contributor|journalist|desk|chief|bureau|producer|analyst)\b"
)


def _named_by_pattern(text: str) -> str:
    for pattern in _OUTLET_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        name = next((group for group in (match.groupdict().get("name"), match.groupdict().get("closing")) if group), "")
        if _looks_like_name(name):
            return _tidy_name(name)
    # "By Daniel Osei, Copperfield Business Journal": the name after the byline's comma,
    # unless it is the writer's role ("Staff Reporter").
    byline = re.match(r"(?i)^\s*by\s+[^,|·•]{2,60},\s*(?P<name>[^,|·•]{2,60}?)\s*,?$", text)
    if byline and _looks_like_name(byline.group("name")) and not _ROLES.search(byline.group("name")):
        return _tidy_name(byline.group("name"))
    via = re.search(r"\bvia\s+(?P<name>[A-Z][^,|·•]{1,60}?)\s*$", text)
    if via and _looks_like_name(via.group("name")) and is_meta_part(text[: via.start()].strip() or "x"):
        return _tidy_name(via.group("name"))
    return ""


def outlet_name(piece: Piece) -> str:
    """The outlet a header piece names, or "" when it names none.

    Named outright ("Source: X", "via X", "[X]", "X:", "- X", "Originally published by
    X"), or as the name among the dates of a header line ("X · 9 March 2025 · 5 min read",
    "By A | X | 3 August 2025").
    """
    text = piece.text.strip()
    named = _named_by_pattern(text)
    if named:
        return named
    parts = header_parts(text)
    if len(parts) >= 2 and any(is_meta_part(part) for part in parts):
        for part in parts:
            named = _named_by_pattern(part)
            if named:
                return named
            if is_meta_part(part) or re.match(r"(?i)by\s", part):
                continue
            named = (
                _tidy_name(part) if _looks_like_name(part) and not _NOT_A_NAME.search(part) else ""
            )
            if named:
                return named
    return ""


def _looks_like_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 6 or features(text).ends_like_sentence or not text[:1].isalpha():
        return False
    if len(words) == 1 and WEAK_CUES.fullmatch(text.lower()):
        return False  # "Save", "Share": buttons, not outlets
    return all(word[:1].isupper() or word[:1].isdigit() or word.lower() in _CONNECTORS for word in words)


def _tidy_name(name: str) -> str:
    name = name.strip(" -–—:[]→›»")
    if name.isupper():
        # "CAPITAL WIRE" reads as "Capital Wire"; short acronyms such as "BBC" stay.
        name = " ".join(word if len(word) <= 3 else word.capitalize() for word in name.split())
    return name


def _is_title(piece: Piece) -> bool:
    if piece.kind != "short" or outlet_name(piece):
        return False
    return features(piece.text).words >= 3 or piece.text.startswith("#")


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.lower().split()).rstrip(".!") == " ".join(b.lower().split()).rstrip(".!")


@dataclass
class _Draft:
    header: list[Piece]
    started_by: str = "first prose"
    body: list[Piece] = field(default_factory=list)
    trailer: list[Piece] = field(default_factory=list)
    #: Outlets named in furniture right under the body ("© 2025 Lakeshore Tribune.").
    trailer_names: list[str] = field(default_factory=list)


def _title_of(header: list[Piece]) -> Piece | None:
    """The title closest to the body; where a page repeats it, its first printing."""
    for piece in reversed(header):
        if _is_title(piece):
            return next(p for p in header if _same_text(p.text, piece.text))
    return None


def _starts_article(header: list[Piece], furniture_since_body: bool, page_outlets: set[str]) -> str:
    """What in the lines above a paragraph starts a new article ("" when nothing does)."""
    title = _title_of(header)
    if title is None:
        return ""
    others = [p for p in header if p is not title]
    if any(p.kind == "meta" for p in others):
        return "title by a date or byline"
    if any(outlet_name(p) or p.text.strip() in page_outlets for p in others):
        return "title by an outlet line"
    words = features(title.text).words
    # A headline set apart by a blank line is longer than a subheading ("What happens next").
    if furniture_since_body and words >= 5:
        return "headline after furniture"
    return "headline as a paragraph" if title.paragraph_start and words >= 6 else ""


def _repeated_names(pieces: list[Piece]) -> set[str]:
    """Short capitalised lines that recur on the page: outlet headers, not titles."""
    counts: dict[str, int] = {}
    for piece in pieces:
        if piece.kind == "short" and _looks_like_name(piece.text):
            counts[piece.text.strip()] = counts.get(piece.text.strip(), 0) + 1
        name = outlet_name(piece)
        if name:
            counts[name] = counts.get(name, 0) + 1
    return {name for name, count in counts.items() if count >= 2}


def _site_name(pieces: list[Piece]) -> tuple[str, Piece | None]:
    """A site name stated at the top of the page: "Newsfold — your daily digest", or a bare
    name line above the site's navigation."""
    leading = [p for p in pieces[:6] if p.kind != "boilerplate" or p.reason != "page furniture"]
    if len(leading) >= 2 and leading[0].kind == "short" and leading[1].kind == "boilerplate":
        name = leading[0].text.strip()
        if _looks_like_name(name) and len(name.split()) <= 4 and not _NOT_A_NAME.search(name):
            return _tidy_name(name), leading[0]
    for piece in pieces[:3]:
        if piece.kind == "body":
            break
        match = re.match(r"^(?P<name>[^—–|]{2,40}?)\s+[—–|-]\s+(?P<tagline>.+)$", piece.text)
        if (
            piece.kind in ("short", "boilerplate")
            and match
            and _looks_like_name(match.group("name"))
            and len(header_parts(piece.text)) == 2
            and re.search(r"\b[a-z]{3,}\b", match.group("tagline"))
        ):
            return _tidy_name(match.group("name")), piece
    return "", None


def read_page(text: str, split: bool = True) -> PageReading:
    """Find the articles on a page. With ``split=False`` the page is one article."""
    pieces = page_pieces(text)
    site, site_piece = _site_name(pieces) if split else ("", None)
    page_outlets = _repeated_names(pieces)
    drafts: list[_Draft] = []
    dropped: list[Piece] = []
    header: list[Piece] = []
    furniture_since_body = False
    pieces_since_body = 0
    for piece in pieces:
        pieces_since_body += 1
        if piece is site_piece:
            dropped.append(Piece(piece.start, piece.end, piece.line, "boilerplate", "site name", piece.text))
        elif piece.kind == "body":
            started_by = _starts_article(header, furniture_since_body, page_outlets) if split else ""
            if not drafts or started_by:
                if drafts:
                    # "Originally published by X" under an article names that article's outlet.
                    drafts[-1].trailer.extend(p for p in header if _TRAILING_OUTLET.match(p.text.strip()))
                    header = [p for p in header if not _TRAILING_OUTLET.match(p.text.strip())]
                drafts.append(_Draft(header, started_by or ("first prose" if split else "whole text")))
            else:
                # Headings between paragraphs are article text; dates and bylines are not.
                drafts[-1].body.extend(p for p in header if p.kind == "short")
                dropped.extend(p for p in header if p.kind != "short")
            drafts[-1].body.append(piece)
            header, furniture_since_body, pieces_since_body = [], False, 0
        elif piece.kind in ("short", "meta"):
            header.append(piece)
        else:
            dropped.append(piece)
            furniture_since_body = True
            trailing = _TRAILING_OUTLET.match(piece.text.strip())
            copyright_line = re.match(r"(?i)\s*(?:©|\(c\)|copyright)", piece.text)
            if drafts and not header and trailing and (not copyright_line or pieces_since_body == 1):
                # Under the body, before anything else: names the article's outlet.
                name = outlet_name(piece)
                if name:
                    drafts[-1].trailer_names.append(name)
    if drafts:
        drafts[-1].trailer.extend(p for p in header if _TRAILING_OUTLET.match(p.text.strip()))
        header = [p for p in header if not _TRAILING_OUTLET.match(p.text.strip())]
    if not drafts and any(p.kind == "short" for p in header):
        # Nothing reads as prose (a page of short lines): keep what there is as the text.
        drafts.append(_Draft([], "short lines only", [p for p in header if p.kind == "short"]))
        header = [p for p in header if p.kind != "short"]
    dropped.extend(p if p.reason else _relabel(p, "after the last article") for p in header)
    if len(drafts) > 1:
        # One untitled sentence among titled articles ("Good morning! Here are four
        # stories...") is the page talking, not an article.
        for draft in [d for d in drafts if _title_of(d.header) is None]:
            text = " ".join(p.text for p in draft.body)
            if len(rough_sentences(text)) <= 2 and features(text).words <= 25:
                drafts.remove(draft)
                dropped.extend(_relabel(p, "page intro") for p in [*draft.header, *draft.body])
    articles = [_finish(draft, page_outlets, dropped) for draft in drafts]
    return PageReading(tuple(articles), tuple(sorted(dropped, key=lambda p: p.start)), site)


def _relabel(piece: Piece, reason: str) -> Piece:
    return Piece(piece.start, piece.end, piece.line, piece.kind, reason, piece.text, piece.paragraph_start)


def _outlet_of(draft: _Draft, title_piece: Piece | None, page_outlets: set[str]) -> tuple[str, set[int], str]:
    """The article's outlet, the positions (in header + trailer) of the pieces naming it,
    and where it was named.

    Named outright in the header first; then "Originally published by" under the body;
    then a bare name line next to a date line, or one the page repeats.
    """
    pieces = [*draft.header, *draft.trailer]
    naming = {position for position, piece in enumerate(pieces) if piece is not title_piece and outlet_name(piece)}
    for position in sorted(naming):
        if position < len(draft.header):
            return outlet_name(pieces[position]), naming, "above"
    for position in sorted(naming):
        return outlet_name(pieces[position]), naming, "below"
    if draft.trailer_names:
        return draft.trailer_names[0], naming, "in the line below"
    has_meta = any(p.kind == "meta" for p in draft.header)
    for position, piece in enumerate(draft.header):
        text = piece.text.strip()
        if piece is title_piece or piece.kind != "short" or not _looks_like_name(text) or _NOT_A_NAME.search(text):
            continue
        neighbours = draft.header[max(0, position - 1) : position] + draft.header[position + 1 : position + 2]
        right_above_title = has_meta and len(text.split()) >= 2 and title_piece in neighbours[-1:]
        if text in page_outlets or any(n.kind == "meta" for n in neighbours) or right_above_title:
            return _tidy_name(text), naming | {position}, "name line"
    return "", naming, ""


def _finish(draft: _Draft, page_outlets: set[str], dropped: list[Piece]) -> PageArticle:
    title_piece = _title_of(draft.header)
    title = title_piece.text.strip().lstrip("#").strip() if title_piece else ""
    for position, piece in enumerate(dropped):
        if title and piece.kind == "boilerplate" and _same_text(piece.text, title):
            dropped[position] = _relabel(piece, "title repeated")
    source, naming, named = _outlet_of(draft, title_piece, page_outlets)
    for position, piece in enumerate([*draft.header, *draft.trailer]):
        if piece is title_piece:
            continue
        if position in naming or (piece.text.strip() in page_outlets):
            dropped.append(_relabel(piece, "outlet line"))
        elif title and _same_text(piece.text, title):
            dropped.append(_relabel(piece, "title repeated"))
        else:
            dropped.append(piece if piece.reason else _relabel(piece, "header line"))
    body = list(draft.body)
    # A title repeated as the body's opening words is not a second claim.
    while title and body and _same_text(body[0].text[: len(title)], title):
        first = body.pop(0)
        rest = first.text[len(title) :]
        cut = len(title) + len(rest) - len(rest.lstrip())
        dropped.append(Piece(first.start, first.start + len(title), first.line, "boilerplate", "title repeated", first.text[: len(title)]))
        if rest.strip():
            body.insert(0, Piece(first.start + cut, first.end, first.line, first.kind, first.reason, first.text[cut:], first.paragraph_start))
    found_by = f"start: {draft.started_by}" + (f"; outlet: {named}" if named else "")
    return PageArticle(source, title, tuple(body), found_by)


def assemble(body: tuple[Piece, ...]) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Join body pieces into clean text; return it with its map of runs
    ``(clean_start, input_start, length)`` back into the input."""
    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    length = 0
    previous: Piece | None = None
    for piece in body:
        if previous is not None:
            separator = " " if piece.line == previous.line else ("\n\n" if piece.paragraph_start else "\n")
            parts.append(separator)
            length += len(separator)
        runs.append((length, piece.start, len(piece.text)))
        parts.append(piece.text)
        length += len(piece.text)
        previous = piece
    return "".join(parts), tuple(runs)
