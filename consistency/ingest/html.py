"""Read a saved web page into one article: its main text, title, outlet and date, and
which extractor found the text.

The page is prepared first: ad and promotion boxes that hold little text are removed (a
box whose class says "paywall" or "subscribe" may wrap the whole article, so one that holds
article paragraphs stays), and tables used for page layout (cells of prose, as pages were
built around 2000) become plain blocks, so that their cells read as paragraphs and not as
one row of a table.

Extractors are then tried in order: trafilatura (favoring precision), trafilatura favoring
recall, readability-lxml, jusText, and a baseline of every block of prose on the page
("paragraphs"). The first that finds enough prose wins; when the first finds the article
but a second finds twice as much prose that contains it (an article split into several
boxes), the second wins. What is left is cleaned of short furniture lines ("Advertisement",
"Read more: ...", bylines); a line that holds article sentences is never removed.

``read_html`` returns an ``HtmlReading``; ``consistency.loaders.parse_html`` turns it into
a ``Document``.
"""

from __future__ import annotations

import codecs
import copy
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlparse

from consistency.ingest.pages import Piece, page_pieces

#: Class or id words that mark ad and promotion boxes in a page's markup.
AD_MARKUP = re.compile(
    r"(?:^|[-_\s])(?:ad|ads|advert|adverts|advertisement|adslot|ad-slot|sponsor|sponsored|promo|promoted|gpt|dfp"
    r"|outbrain|taboola|newsletter|paywall|subscribe|social-share|share-bar)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
#: A box marked as an ad is kept when it holds this many words, or two paragraphs of prose.
_AD_BOX_MAX_WORDS = 80
#: An extractor that finds fewer words of prose than this has found little.
ENOUGH_PROSE = 50
#: Block elements: their text starts a new line.
_BLOCKS = frozenset(
    "address article aside blockquote center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
#: Elements that never hold article text.
_NOT_TEXT = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "select", "button", "head")
#: Page chrome left out by the paragraph baseline.
_CHROME = ("nav", "header", "footer", "aside", "form", "menu")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_META_CHARSET_TEXT = re.compile(r"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
#: A copyright line: "© 2002 Dunmore Evening Star. All rights reserved.", "© Copyright 2011-2019
#: Example.com", "Copyright © 2019, Los Angeles Times |".
_YEARS = r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)?\d\d)?"
_COPYRIGHT = re.compile(
    rf"(?:©|\(c\)|copyright)(?:[\s,.:]*(?:©|\(c\)|copyright|{_YEARS}|by\b))*[\s,.:]*"
    r"(?!all\s+rights)(?P<name>[^\W\d_][\w&'’ -]{0,60}?(?:\.(?:com|net|org|info|co|tv|news)(?:\.[a-z]{2})?)?)"
    r"\s*(?:[.,|;•]|\s+all\s+rights|\s*$)",
    re.IGNORECASE,
)
_CORPORATE = re.compile(
    rf"(?:,?\s+(?:inc|ltd|llc|plc|corp|corporation|co|company|gmbh|limited|pty|pvt|s\.a|{_YEARS})\.?|\s*[&-]|\s+and)+$",
    re.IGNORECASE,
)
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|:·•»]\s+")

#: What a piece's classification must say for it to be dropped as furniture when short.
_FURNITURE_KINDS = ("boilerplate", "meta")
#: Reasons the line classifier gives that say where a line stands on a page of several
#: articles, or what language it is in, not that it is furniture: on a web page whose
#: article was already found, such lines are article text.
_NOT_FURNITURE = ("menu or link list", "text in another language", "header line", "after the last article")
#: A furniture line is short: longer lines hold article sentences and stay.
_FURNITURE_MAX_WORDS = 12
_LINK_TOKEN = re.compile(r"\S*(?:@|://|www\.|\.(?:com|org|net|co|uk|io)\b)\S*|#\w+", re.IGNORECASE)


@dataclass(frozen=True)
class HtmlReading:
    """A page read as one article. ``body`` pieces index into ``text``."""

    text: str
    body: tuple[Piece, ...]
    dropped: tuple[Piece, ...]
    title: str
    site: str
    url: str
    date: str
    found_by: str


@dataclass(frozen=True)
class _Candidate:
    name: str
    text: str
    prose: int


class HtmlError(Exception):
    """The page cannot be read as HTML at all."""


def redecode(text: str) -> str:
    """The page again, decoded in the charset its ``<meta>`` declares, where the bytes were
    read as Windows-1252 or Latin-1 (``decode_input`` tries UTF-8 and those only) and the
    page declares another single-byte or legacy charset (windows-1251, koi8-r, shift_jis)."""
    match = _META_CHARSET_TEXT.search(text[:4096])
    if not match or text.isascii():
        return text
    try:
        declared = codecs.lookup(match.group(1)).name
    except LookupError:
        return text
    if declared in ("utf-8", "utf-8-sig", "ascii", "cp1252", "latin-1", "iso8859-1", "utf-16", "utf-32"):
        return text
    for single_byte in ("cp1252", "latin-1"):
        try:
            raw = text.encode(single_byte)
        except UnicodeEncodeError:
            continue
        try:
            raw.decode("utf-8")
            return text  # the page was read as UTF-8: its bytes were not these
        except UnicodeDecodeError:
            pass
        try:
            return raw.decode(declared)
        except UnicodeDecodeError:
            return text
    return text


def parse_tree(text: str):
    """The page as an lxml tree, or None when nothing parses."""
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(_XML_DECLARATION.sub("", text, count=1) or "<html></html>")
    except Exception:  # lxml raises several kinds on odd input (empty documents, bad encodings)
        return None


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def prose_words(text: str) -> int:
    """Words in the lines of ``text`` that read as prose: a sentence of at least eight
    words, or a line of at least twenty. Navigation, buttons and headings count nothing."""
    total = 0
    for line in text.splitlines():
        words = _words(line)
        if words >= 20 or (words >= 8 and _SENTENCE_END.search(line)):
            total += words
    return total


def _remove_ad_boxes(tree) -> None:
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None or element.tag in ("html", "body"):
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if not AD_MARKUP.search(marks):
            continue
        text = element.text_content()
        paragraphs = sum(1 for p in element.iter("p") if _words(p.text_content()) >= 15)
        if _words(text) < _AD_BOX_MAX_WORDS and paragraphs < 2:
            element.drop_tree()


def _own_words(cell) -> int:
    """Words in a table cell, less those of tables nested in it."""
    total = _words(cell.text or "")
    for child in cell:
        if isinstance(child.tag, str) and child.tag != "table":
            total += _words(child.text_content())
        total += _words(child.tail or "")
    return total


def _unwrap_layout_tables(tree) -> None:
    """Tables that lay out a page, not data: a cell holds a paragraph's worth of words, or
    blocks (paragraphs, lists, tables). Their rows and cells become plain blocks."""
    for table in list(tree.iter("table")):
        parts = [e for e in table.iter("tbody", "thead", "tfoot", "tr", "td", "th") if next(e.iterancestors("table"), None) is table]
        cells = [e for e in parts if e.tag in ("td", "th")]
        layout = any(
            _own_words(cell) >= 40
            or any(isinstance(d.tag, str) and d.tag in ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "blockquote") for d in cell.iterdescendants())
            for cell in cells
        )
        if layout:
            for element in (table, *parts):
                element.tag = "div"
                for attribute in ("width", "valign", "align", "bgcolor", "colspan", "rowspan"):
                    element.attrib.pop(attribute, None)


def block_text(tree, leave_out: tuple[str, ...] = ()) -> str:
    """The text of ``tree`` with one line per block and per ``<br>``."""
    from lxml import etree

    tree = copy.deepcopy(tree)
    for element in list(tree.iter(*_NOT_TEXT, *leave_out, etree.Comment, etree.ProcessingInstruction)):
        if element.getparent() is not None:
            element.drop_tree() if hasattr(element, "drop_tree") else element.getparent().remove(element)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS or tag == "br":
                flush()
            current.append(element.text or "")
        else:
            if tag in _BLOCKS:
                flush()
            if element is not tree:
                current.append(element.tail or "")
    flush()
    return "\n".join(lines)


def _trafilatura(tree, **options) -> tuple[str, object]:
    import trafilatura

    found = trafilatura.bare_extraction(
        copy.deepcopy(tree), with_metadata=True, include_comments=False, include_tables=True, **options
    )
    return ((found.text or "") if found is not None else ""), found


def _readability(html: str) -> str:
    from readability import Document as ReadabilityDocument

    summary = ReadabilityDocument(html).summary(html_partial=True)
    tree = parse_tree(summary)
    return block_text(tree) if tree is not None else ""


def _justext(html: str) -> str:
    import justext

    paragraphs = justext.justext(html, justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _paragraphs(tree) -> str:
    """Every line of prose on the page, with the short lines (subheadings) between two."""
    lines = block_text(tree, leave_out=_CHROME).splitlines()
    prose = [prose_words(line) > 0 for line in lines]
    kept = [
        line
        for number, line in enumerate(lines)
        if prose[number] or (any(prose[:number]) and any(prose[number + 1 :]) and _words(line) <= 20)
    ]
    return "\n".join(kept)


def _contained(small: str, large: str) -> float:
    """The share of ``small``'s words (with multiplicity) that ``large`` also holds."""
    a, b = Counter(w.lower() for w in _WORD.findall(small)), Counter(w.lower() for w in _WORD.findall(large))
    return sum((a & b).values()) / max(1, sum(a.values()))


def _choose(first: _Candidate, fallbacks: dict[str, Callable[[], str]], page_prose: int) -> _Candidate:
    """The text to read.

    The first extractor's, unless it found little prose: then the fallbacks in order, each
    taken when it finds more prose than the text so far and holds most of it (or that text
    had next to none), until one finds enough. Where the first found enough, readability's
    text is taken when it holds twice the prose, including the first's, and jusText finds
    about as much within it: two extractors agree the article goes on past what the first
    kept (an article printed in several boxes). That is looked into only where the page's
    paragraphs (``page_prose`` words) hold twice the first's prose."""
    results: dict[str, _Candidate] = {}

    def run(name: str) -> _Candidate:
        if name not in results:
            try:
                text = fallbacks[name]() or ""
            except Exception:  # an extractor that fails on a page is skipped; the others still read it
                text = ""
            results[name] = _Candidate(name, text, prose_words(text))
        return results[name]

    chosen = first
    if chosen.prose < ENOUGH_PROSE:
        for name in fallbacks:
            candidate = run(name)
            if candidate.prose > chosen.prose and (chosen.prose < 10 or _contained(chosen.text, candidate.text) >= 0.6):
                chosen = candidate
            if chosen.prose >= ENOUGH_PROSE:
                break
        return chosen
    if "readability" not in fallbacks or "jusText" not in fallbacks or page_prose < 2 * chosen.prose:
        return chosen
    longer = run("readability")
    if longer.prose >= 2 * chosen.prose and _contained(chosen.text, longer.text) >= 0.8:
        check = run("jusText")
        if check.prose >= 0.8 * longer.prose and _contained(check.text, longer.text) >= 0.8:
            return longer
    return chosen


def _is_furniture(piece: Piece, no_prose: bool = False) -> bool:
    """Whether a piece of the extracted text is furniture. Where the text holds no prose at
    all (a page of links and labels), every line the classifier calls furniture is."""
    if piece.kind not in _FURNITURE_KINDS:
        return False
    if no_prose:
        return True
    if piece.reason in _NOT_FURNITURE:
        return False
    words = piece.text.split()
    if piece.reason == "link":
        # A quoted tweet or a sentence naming a web address is text; a bare address,
        # handle or "Follow us" line is not.
        return len(_LINK_TOKEN.sub(" ", piece.text).split()) <= 4 or (len(words) <= 8 and not _SENTENCE_END.search(piece.text))
    if piece.reason == "other-script fragment":
        # A quotation in another script is text; a lone word (a name, a label) is not.
        return len(words) <= 1
    return len(words) <= _FURNITURE_MAX_WORDS


def _same(a: str, b: str) -> bool:
    return " ".join(_WORD.findall(a.lower())) == " ".join(_WORD.findall(b.lower()))


def _title_parts(tree) -> list[str]:
    titles = tree.xpath("//title")
    text = " ".join(titles[0].text_content().split()) if titles else ""
    return [part.strip() for part in _TITLE_SEPARATOR.split(text) if part.strip()] if text else []


def _copyright_name(tree) -> str:
    """The name in the page's copyright line ("© 2002 Dunmore Evening Star.")."""
    text = block_text(tree)
    for line in reversed(text.splitlines()):
        if not re.search(r"©|\(c\)|copyright", line, re.IGNORECASE):
            continue
        for match in _COPYRIGHT.finditer(line):
            name = _CORPORATE.sub("", match.group("name").strip(" -–.,"))
            if 1 <= len(name.split()) <= 6 and not re.fullmatch(r"(?i)(?:the\s+)?(?:author|authors|owner|owners|all\s+rights.*)", name):
                return name.strip()
    return ""


def _page_url(tree, found) -> str:
    url = (getattr(found, "url", None) or "").strip() if found is not None else ""
    if url:
        return url
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content', '//base/@href'):
        values = [v.strip() for v in tree.xpath(xpath) if v.strip().startswith("http")]
        if values:
            return values[0]
    return ""


def domain(url: str) -> str:
    host = (urlparse(url).hostname or "").lower()
    return re.sub(r"^(?:www\d*|m)\.", "", host)


def site_name(tree, found, url: str) -> str:
    """The outlet: the site name the page states (og:site_name and the like), else the name
    in its copyright line, else the domain of its address."""
    stated = (getattr(found, "sitename", None) or "").strip() if found is not None else ""
    host = domain(url)
    if stated and not (host and stated.lower() in (host, f"www.{host}")):
        return stated  # not the domain, which trafilatura gives where the page names no site
    return _copyright_name(tree) or host or stated


def _title(found, parts: list[str], pieces: list[Piece]) -> tuple[str, list[Piece]]:
    """The title, and the pieces without the title where the text repeats it. A first line
    that the ``<title>`` begins ("Mill fire closes Route 9 - Evening Star" above "Mill fire
    closes Route 9 for a second day") is the title when the metadata gives another."""
    title = ((getattr(found, "title", None) or "") if found is not None else "").strip()
    if pieces:
        first = pieces[0]
        words = first.text.split()
        heading = len(words) <= 25 and not _SENTENCE_END.search(first.text) and first.kind != "body"
        line = " ".join(_WORD.findall(first.text.lower()))
        begins = any(
            line == " ".join(_WORD.findall(part.lower()))
            or (len(part.split()) >= 3 and (line + " ").startswith(" ".join(_WORD.findall(part.lower())) + " "))
            for part in parts
        )
        if heading and (begins or (title and _same(first.text, title))):
            title = " ".join(words) if not (title and _same(first.text, title)) else title
            pieces = [p for p in pieces if p.line != first.line]
    return title, pieces


def read_html(text: str) -> HtmlReading | None:
    """The page as one article, or None when no extractor finds any text in it.

    Raises ``HtmlError`` when trafilatura is missing."""
    try:
        import trafilatura
    except ImportError:
        raise HtmlError("reading HTML needs trafilatura; run 'make setup'") from None
    text = redecode(text)
    tree = parse_tree(text)
    if tree is None:
        return None
    from lxml import html as lxml_html

    _remove_ad_boxes(tree)
    _unwrap_layout_tables(tree)
    serialised: list[str] = []

    def prepared() -> str:
        """The prepared page as markup, for the extractors that parse it themselves."""
        if not serialised:
            serialised.append(lxml_html.tostring(tree, encoding="unicode"))
        return serialised[0]

    main_text, found = _trafilatura(tree, favor_precision=True)
    chosen = _choose(
        _Candidate("trafilatura", main_text, prose_words(main_text)),
        {
            "trafilatura favor_recall": lambda: _trafilatura(tree, favor_recall=True)[0],
            "readability": lambda: _readability(prepared()),
            "jusText": lambda: _justext(prepared()),
            "paragraphs": lambda: _paragraphs(tree),
        },
        sum(words for words in (_words(p.text_content()) for p in tree.iter("p")) if words >= 8),
    )
    if not chosen.text.strip():
        return None
    if found is None:
        try:
            found = trafilatura.extract_metadata(copy.deepcopy(tree))
        except Exception:  # metadata is a nicety: a page without it is still read
            found = None
    pieces = page_pieces(chosen.text)
    title, pieces = _title(found, _title_parts(tree), pieces)
    no_prose = chosen.prose == 0
    body = tuple(p for p in pieces if not _is_furniture(p, no_prose))
    dropped = tuple(p for p in pieces if _is_furniture(p, no_prose))
    url = _page_url(tree, found)
    date = ((getattr(found, "date", None) or "") if found is not None else "").strip()
    return HtmlReading(chosen.text, body, dropped, title, site_name(tree, found, url), url, date, chosen.name)


__all__ = ["HtmlReading", "HtmlError", "read_html", "prose_words", "redecode", "block_text", "site_name", "domain"]
