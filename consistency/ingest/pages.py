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

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations, groupby

from consistency.ingest.lines import (
    ACCOUNT_NAME,
    BARE_DOMAIN,
    FUNCTION_WORDS,
    MAIL_LINE,
    MEDIA_WORDS,
    MONTH,
    AD_LABEL_WORDS,
    CALENDAR_WORD,
    CLOCK_TIME,
    CREDIT_LINE,
    FETCHER_CREDIT,
    domain_after_headline,
    article_text_after_furniture,
    byline_prefix_end,
    classify,
    dominant_script,
    features,
    WEAK_CUES,
    furniture_reason,
    header_parts,
    headline_and_its_domain,
    inline_junk_spans,
    is_meta_part,
    leads_in,
    name_bar_outlet,
    PAGE_LANGUAGE,
    PRINT_MARGIN,
    STAMP_VERBS,
    rough_sentences,
    wire_status_fields,
)
from consistency.ingest import line_model
from consistency.ingest.jumps import (
    folio_page,
    is_page_label,
    joined_across_jumps,
    jump_line,
    PAGE_COUNTER,
    PRINT_ADDRESS,
    PRINT_STAMP,
    print_header_title,
    print_margin,
    section_labels_marked,
)
from consistency.ingest.records import export_records, field_label

_LINE = re.compile(r"([^\r\n]*)(\r\n|\n|\r|$)")
#: A few words or a pointing mark before a page's address: "Link 👉 https://...", "Read
#: more: https://...", a saved tab's "Address: https://...".
_LINK_LEAD = re.compile(
    r"(?i)^(?:(?:link|read\s+more|more|full\s+(?:story|article)|article|story|source|url|(?:web\s+|page\s+)?address|location|permalink)\b\s*)?"
    r"[^\w\s<]{0,3}\s*(?=<?(?:https?://|www\.))"
)
#: A web page's address alone on its line, perhaps in angle brackets: its host, "www." left out.
#: (A full address: "pic.twitter.com/x1y2" under an embedded post is the post's picture.)
_ADDRESS_LINE = re.compile(r"^<?(?:https?://|www\.)(?:www\.)?(?P<host>[a-z0-9][\w-]*(?:\.[\w-]+)+)/\S*?>?$", re.IGNORECASE)


def _page_address(text: str) -> re.Match[str] | None:
    """A page's address alone on the line, past the words that lead to it ("Link 👉",
    "Address:")."""
    return _ADDRESS_LINE.match(_LINK_LEAD.sub("", text.strip()))


#: Lines that name an article's outlet after its body ("Originally published by X", "(Source:
#: X)"; a news app's share line, "Sent via the Reuters app for Android").
_TRAILING_OUTLET = re.compile(
    r"""^(?:[-–—]\s*source\s*:|\(\s*source\s*:|[-–—]?\s*(?:originally\s+published\s+(?:by|in|on)
    |(?:this\s+(?:story|article|report|piece)\s+)?(?:was\s+)?first\s+(?:published|appeared)\s+(?:by|in|on|at)
    |read\s+the\s+full\s+(?:story|article|report)\s+(?:at|on|in)|republished\s+(?:from|courtesy\s+of)
    |(?:republished|reproduced|reprinted)\s+with\s+(?:the\s+)?permission\s+(?:from|of)
    |(?:read\s+(?:the\s+)?(?:full\s+|whole\s+|complete\s+|more\s+|original\s+)?(?:story|article|report|piece)?|full\s+(?:story|article|report|coverage)
       |continue\s+reading)\s*(?:at|on|in|from|by|via)\s+
    |(?:story|article|report)\s+from\s+|(?:published|reported|distributed)\s+by\s+|copied\s+from\s+
    |full\s+(?:story|article|report)\s*:\s*|(?:read\s+|see\s+)?more\s+(?:at|from)\s+)
    |(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}\s+)?(?=(?:[A-Z]|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b)[\w&.'’ -]{1,50}?(?:\.|,|\s+all\s+rights\s+reserved|$)))
    \s*(?P<name>.{2,60}?)(?:\s+via\s+[^.]{2,40}?|\s+and\s+is\s+[^.]{2,80}?)?\s*(?:\.?\s*all\s+rights\s+reserved|\.\s*used\s+with\s+permission)?[.→›»)]{0,2}\s*$
    |^[—–-]\s*(?P<closing>[A-Z][^,]{1,50}),\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))
    |^(?:this|the)\s+(?:story|article|report|piece|post)\s+(?:by|from)\s+(?P<credited>[^,;]{2,60}?)\s+(?:was|is)\s+(?:first\s+|originally\s+)?(?:published|posted|appeared)\b.*$
    |^(?:sent|shared)\s+(?:via|from|with|using)\s+(?:the\s+)?(?!(?:\w+\s+)?(?:mail|gmail|outlook|messages|messenger)\s+app)(?P<app>[^.]{2,40}?)\s+app(?:\s+(?:for|on)\s+\w[\w ]{0,20})?\.?$""",
    re.IGNORECASE | re.VERBOSE,
)
#: A site's web domain alone under a text, after a dash or in brackets: its credit, which
#: ends the text ("— vox.com", "(vox.com)"); a blogger's remark may follow.
_CREDIT_BY_DOMAIN = re.compile(r"^(?:[-–—]\s*(?:[a-z0-9-]+\.)+[a-z]{2,}|\((?:[a-z0-9-]+\.)+[a-z]{2,}\))$")
#: "Title (The Guardian, 5 November)": a name and a day in brackets after a title.
_NAME_AND_DAY_IN_BRACKETS_AT_END = re.compile(r"\s\((?P<name>[^(),\d]{2,40}),\s*(?P<date>[^(),]{3,30})\)\s*$")
#: A counter's label before the name: "Article 1 – New York Magazine", "#4: upi.com".
_COUNTED_NAME = re.compile(
    r"(?i)^(?:#\s?\d{1,3}|(?:article|source|item|story|report|link|clip(?:ping)?|text|piece|no\.?)\s?#?\d{1,3})"
    r"\s*[:\-–—|·•]\s*(?P<name>(?:[^:\s]|[^\S\t](?!\s)){2,60}?)\s*$"  # (no page number after a tab)
    # "SECTION 1 — The Guardian — Entertainment": a digest's section, its outlet, its desk.
    r"|^(?i:section|chapter)\s\d{1,3}\s+[–—|·•]\s+(?P<sectioned>[^–—|·•:\t]{2,60}?)\s+[–—|·•]\s+[^–—|·•:\t]{2,40}$"
)
_OUTLET_PATTERNS = (
    re.compile(
        r"^(?:source|src|via|publisher|publication|newspaper|outlet|logo|courtesy(?:\s+of)?|from)\s*[:\-–—·|•]?\s+"
        r"(?P<name>.{2,60}?)\s*(?:\((?:print|web|online|radio|tv|broadcast)\))?\s*$",
        re.IGNORECASE,
    ),
    # "Source:" in the languages of the pages we read ("Quelle: X", "Fuente: X", "Źródło: X"),
    # with its colon: without one these are words of a sentence.
    re.compile(
        r"^(?:quelle|fuente|fonte|bron|źródło|zrodlo|kaynak|kilde|källa|lähde|forrás|zdroj|izvor|sursa|sursă|πηγή|источник|джерело"
        r"|herkunft|origine|provenance|medio|diario|zeitung|veröffentlicht\s+von|publié\s+par|publicado\s+por)\s*:\s*"
        r"(?P<name>[^:]{2,60}?)\s*$",
        re.IGNORECASE,
    ),
    _TRAILING_OUTLET,
    _COUNTED_NAME,
    re.compile(r"^(?:[-–—•»›]\s+|[–—]+)(?P<name>[^\s–—].{1,58}?)\s*$"),
    re.compile(r"^\[\s*(?P<name>[^\]]{2,60}?)\s*\]$"),
    re.compile(r"^\(\s*(?P<name>[^():]{2,60}?)\s*\)$"),
    re.compile(r"^(?P<name>[^\s].{1,58}?)\s+[›»→]$"),
    re.compile(r"^(?P<name>[A-Z][A-Z0-9&.' -]{2,40}?)\s*:$"),
    re.compile(r"^(?P<name>(?:[a-z0-9-]+\.)+[a-z]{2,})\s*:$"),  # "standard.co.uk:" over its text
    # A partner's label over its article: "From our partners at X", "Provided by X", "X logo".
    re.compile(r"(?i)^(?:from\s+our\s+partners?\s+at|(?:©\s*)?provided\s+by)\s+(?P<name>.{2,60}?)\s*$"),
    re.compile(r"^(?P<name>[^\s].{1,58}?)\s+(?i:logo)$"),
    # An aggregator's group heading: "MEDIAITE (2 stories)".
    re.compile(r"(?i)^(?P<name>[^()]{2,60}?)\s*\(\s*\d{1,3}\s+(?:stories|articles|reports|items|updates)\s*\)$"),
    FETCHER_CREDIT,
    # A clipper's stamp: "Saved from example.com on 3 May 2024", "Clipped 3 May 2024 from X".
    re.compile(
        rf"(?i)^{STAMP_VERBS}\s+(?:(?:on\s+)?[\w,./-]+(?:\s+[\w,./-]+){{0,3}}?\s+)??(?:from|via)\s+"
        r"(?P<name>.{2,60}?)(?:\s*[·|,]?\s+(?:on|at)\s+\S*\d.{0,24})?$"
    ),
)
_CONNECTORS = {"of", "the", "and", "&", "de", "du", "la", "le", "for", "on", "in"}
#: Short words of a name in capitals that are words, not acronyms ("THE", "OF").
_NAME_JOINERS = frozenset({"the", "of", "and", "for", "on", "in", "a", "an", "at", "to"})
#: One-word labels of a consent banner's buttons, a text browser's image markers, a post's
#: audience and a comment's actions, in the languages of the pages we read; in brackets they look like
#: "[Reuters]", beside a time like "Reuters · 2h".
_BUTTON_LABELS = frozenset(
    "settings accept decline reject agree ok img image manage preferences continue "
    "aceptar rechazar configurar akzeptieren ablehnen einstellungen accepter refuser paramètres "
    "accetta rifiuta impostazioni aceitar recusar configurações "
    # a post's audience beside its time: "2h · Public"
    "public friends followers everyone "
    # a comment's actions beside its time: "Reply · 2h"
    "reply replies like likes report edited "
    # a forum's marks by a commenter's name: the post's author, a moderator
    "op mod".split()
)


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
    #: The piece goes on the previous piece's line: a hard-wrapped line joined again.
    wrapped: bool = False
    #: A name after an icon ("📰 Mirror"): it may name an outlet, never a line of a text.
    after_icon: bool = False


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


#: A line set in as a block quote is (four spaces or a tab before its text).
_BLOCK_INDENT = re.compile(r"^(?: {4}|\t)\s*\S")


def _quoted(line: str) -> bool:
    """The line is quoted behind "> " (its mark blanked to QUOTED_INDENT) or set in as a
    block quote."""
    return line.startswith(QUOTED_INDENT) or bool(_BLOCK_INDENT.match(line))


def _quoted_lines(text: str) -> set[int]:
    """The numbers of the quoted lines (``_quoted``)."""
    return {number for number, match in enumerate(_LINE.finditer(text), start=1) if _quoted(match.group(1))}


def page_pieces(text: str) -> list[Piece]:
    """Every non-blank piece of every line, classified, in input order."""
    script, share = dominant_script(text)
    page_script = script if share >= 0.8 else ""
    pieces: list[Piece] = []
    after_blank = True
    quoted_lines: set[int] = set()
    for number, match in enumerate(_LINE.finditer(text), start=1):
        line, line_start = match.group(1), match.start(1)
        if _quoted(line):
            quoted_lines.add(number)
        if not line.strip():
            after_blank = True
            if match.end() >= len(text):
                break
            continue
        if MAIL_LINE.match(line.strip()):
            # "On Fri, Oct 25, 2024 at 6:11 AM Nora Blake <nora@example.com> wrote:": one line
            # of the e-mail, though it holds an address.
            left = len(line) - len(line.lstrip())
            pieces.append(Piece(line_start + left, line_start + len(line.rstrip()), number, "boilerplate", "e-mail header", line.strip(), after_blank))
            after_blank = False
            if match.end() >= len(text):
                break
            continue
        cursor, first = 0, True
        stamp = CHAT_STAMP.match(line)
        if stamp:
            # "[11/08/2025, 11:09:56] Nan: ...": a chat export's message opens with its stamp
            # and sender, and what follows is read as a line of its own.
            left = len(line) - len(line.lstrip())
            pieces.append(Piece(line_start + left, line_start + stamp.end("sender") + 1, number, "meta", CHAT_STAMP_REASON,
                                line[left : stamp.end("sender") + 1], after_blank))
            cursor = stamp.end()
        rest = line[cursor:]
        if _FORWARD_MARK.match(rest):
            # "Forwarded", "Häufig weitergeleitet": a chat app's mark over a forwarded message.
            left = cursor + len(rest) - len(rest.lstrip())
            pieces.append(Piece(line_start + left, line_start + len(line.rstrip()), number, "boilerplate", "forwarded mark", line[left:].strip(), after_blank and not stamp))
            after_blank = False
            if match.end() >= len(text):
                break
            continue
        # A title with its outlet is one title: "[X] PICTURES: Shocking Pictures Compare..." holds no credit.
        titled = _title_with_outlet(rest) is not None and features(rest).words <= 30
        cuts = [] if titled else [
            (cursor + start, cursor + end, reason) for start, end, reason in inline_junk_spans(rest, page_script)
            if not _credit_in_prose(rest, start, end, reason)
        ]
        cuts.append((len(line), len(line), ""))
        after_icon = False
        for junk_start, junk_end, reason in cuts:
            kept = line[cursor:junk_start]
            if kept.strip():
                left = cursor + len(kept) - len(kept.lstrip())
                right = cursor + len(kept.rstrip())
                for start, end, kind, why in _classified_stretches(line, left, right):
                    pieces.append(Piece(line_start + start, line_start + end, number, kind, why, line[start:end], after_blank and first, after_icon=after_icon))
                    first = False
            if junk_end > junk_start:
                pieces.append(Piece(line_start + junk_start, line_start + junk_end, number, "boilerplate", reason, line[junk_start:junk_end]))
            cursor, after_icon = junk_end, reason == "icon"
        after_blank = False
        if match.end() >= len(text):
            break
    pieces = _mark_notices(_senders_notes(_signatures(_account_names_over_handles(section_labels_marked(_domains_over_titles(_app_bars(pieces, text)))))))
    # "Page title: Headline | Site", "Title: ...": a saved tab's title field, however its bar looks.
    pieces = [replace(p, kind="short", reason="") if p.kind == "boilerplate" and _TITLE_FIELD.match(p.text.strip()) else p for p in pieces]
    pieces = _titles_before_ledes(_name_lists(_long_titles(_lead_ins_kept(_source_lead_ins(_mark_read_more_lists(_mark_contents_lists(_mark_comment_threads(_mark_sponsored(_mark_captions(_articles_in_other_languages(pieces)))))))))))
    return _sentence_ends_after_a_break(_print_headers(_citations(_endnotes(_comments_on_texts(_readers_notes(_quoting_writers_remarks(pieces, quoted_lines)))), text)))


#: A page break's blank lines, where its running lines were taken out: more than one.
BREAK_BLANK_LINES = 2
#: The most words of a sentence's end that a page break carried to the next page ("2012.").
CARRIED_WORDS = 6


def _sentence_ends_after_a_break(pieces: list[Piece]) -> list[Piece]:
    """A sentence's last words carried past a page break ("... appointed Deputy Director
    in" / the break / "2012."): a long line of the text that ends with no end mark, then
    several blank lines, then a few words that end the sentence, in small letters or
    figures. They are the text's, however little they look like it."""
    out = list(pieces)
    for position in range(1, len(pieces)):
        cut, carried = pieces[position - 1], pieces[position]
        if (
            cut.kind == "body" and carried.kind != "body" and carried.line - cut.line > BREAK_BLANK_LINES
            and _alone_on_its_line(pieces, position - 1) and _alone_on_its_line(pieces, position)
            and len(cut.text.rstrip()) >= CUT_LINE_CHARS and _SENTENCE_GOES_ON.search(cut.text.rstrip())
            and features(carried.text).ends_like_sentence and len(carried.text.split()) <= CARRIED_WORDS
            and re.match(r"[a-z0-9]", carried.text.strip())
        ):
            out[position] = replace(carried, kind="body", reason=_CUT_BY_A_PAGE_BREAK)
    return out


#: A chat export's message stamp and sender at the start of a line: "[11/08/2025, 11:09:56]
#: Nan: ", "6/16/26, 7:04 PM - Aunt Rosa: ".
_CHAT_TIME = r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
CHAT_STAMP = re.compile(
    rf"^\s*\u200e?(?:\[{_CHAT_TIME}\]\s*|{_CHAT_TIME}\s+[-–]\s+)(?P<sender>[^:\s][^:]{{0,40}}?):(?:\s+|$)"
)
CHAT_STAMP_REASON = "chat message stamp"
#: The mark a chat app sets over a forwarded message, in the languages of the pages we read.
_FORWARD_MARK = re.compile(
    r"(?i)^\W*(?:(?:häufig\s+)?weitergeleitet|forwarded(?:\s+many\s+times)?|reenviado(?:\s+muchas\s+veces)?"
    r"|encaminhad[ao](?:\s+com\s+frequência)?|transféré(?:\s+plusieurs\s+fois)?|inoltrato(?:\s+molte\s+volte)?"
    r"|(?:vaak\s+)?doorgestuurd)\W*$"
)
#: What a chat's own message holds at most: a text shared in it is longer or has a title.
CHAT_MESSAGE_SENTENCES = 3
CHAT_MESSAGE_WORDS = 40
ANOTHER_SENDER = "a chat message by someone else"

#: A sentence in which the page speaks of the texts it holds: the texts named as such
#: ("articles", "the coverage", "news partners") with the page or its writer pointing at
#: them ("I selected five articles", "here are the reports", "the sources below").
_TEXTS_NAMED = re.compile(
    r"(?i)\b(?:articles|reports|stories|pieces|accounts|coverage|outlets|publishers|"
    r"(?:news\s+)?partners|clippings|cuttings|texts)\b"
)
_PAGE_POINTING = re.compile(
    r"(?i)\b(?:I|I've|I'm|I'll|we've|we'll|my|here\s+(?:are|is)|below|the\s+following|"
    r"this\s+(?:\w+\s+)?(?:pack|round-?up|bibliography|digest|page|newsletter|log|list|"
    r"collection|file|thread|post|reader|briefing))\b"
)
#: How many words apart the pointer and the texts it points at stand at most.
_POINTING_REACH = 5
#: What the page's own note on its texts holds at most.
PAGE_NOTE_SENTENCES = 4
PAGE_NOTE_WORDS = 90


#: A verb that gives a statement to its source.
_REPORTING_VERB = re.compile(r"(?i)\b(?:said|says|(?<!\bto\s)say|told|tells|according|reported|reports|announced|confirmed|claimed|claims|stated|added)\b")
#: A count in words ("Two people were hurt"); "one" is as often a pronoun.
_COUNT_IN_WORDS = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b"
)
_HANDLE_TOKEN = re.compile(r"(?:\bu/|@)\S+|\S*_\S*")
#: A list's numbers ("1.", "2)", "1️⃣") count nothing.
_LIST_NUMBER = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}[.)]|\d\ufe0f?\u20e3)(?=\s|$)")
#: Where a list's item opens within a sentence: a bullet, or a label's colon.
_LIST_ITEM_BREAK = re.compile(r"\s*[•▪▸►→➡✅✔☑✓]\ufe0f?\s*|:\s+")
#: A name after a comma that ends the sentence: the person it addresses ("Great share, Sofia.").
_ADDRESSED_NAME = re.compile(r",\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?[.!]?\s*$")
#: The first person, capitalised wherever it stands.
_FIRST_PERSON = frozenset({"I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll"})


def _states_no_fact(body: Sequence[Piece]) -> bool:
    """No sentence of the text names anyone or anything (a capitalised word after its
    first), holds a figure or a count, quotes, or gives its words to a source ("Couldn't
    agree more. Context is everything."). Every report states some fact of that kind. (In a
    reader's aside, only names, figures and quotations count.)"""
    said = " ".join(p.text for p in body)
    if not said.strip():
        return False
    aside = _a_readers_aside(said)
    for start, end in rough_sentences(said) or [(0, len(said))]:
        # (A user's handle, "u/mild_salsa_42", "@sunita_r", names no one by its figures,
        # nor does a list count anything by its numbers.)
        sentence = _LIST_NUMBER.sub(" ", _HANDLE_TOKEN.sub(" ", said[start:end]))
        # Each item after a bullet or a label's colon opens with a capital ("My takeaways:
        # ✅ Every outlet told it..."); a name after a comma at the end addresses someone
        # ("Great share, Sofia.").
        for item in _LIST_ITEM_BREAK.split(_ADDRESSED_NAME.sub("", sentence)):
            words = [w.strip("•*-–—:;,.!?()[]") for w in item.split()]
            if any(w[:1].isupper() and w not in _FIRST_PERSON for w in words[1:]):
                return False
        if re.search(r"\d|[\"“”]", sentence) or not aside and (_REPORTING_VERB.search(sentence) or _COUNT_IN_WORDS.search(sentence)):
            return False
    return True


#: A reader's aside is this short at most, in words and in sentences.
ASIDE_WORDS = 80
ASIDE_SENTENCES = 6
#: A word of the first person singular or the second: a writer speaking of themselves or to
#: the reader. ("We" and "our" are as often a council's or a company's.)
_PERSONAL = re.compile(r"\bI\b|\bI['’](?:m|ve|d|ll)\b|(?i:\b(?:my|me|you|your)\b)")


def _a_readers_aside(said: str) -> bool:
    """A few sentences in the first or second person ("Three things stood out to me: ...",
    "Worth five minutes of your time"): a writer speaking for themselves, whose counts and
    verbs of saying tell of the texts they share, not of events."""
    if _QUOTATION_MARK.search(said):
        return False  # "'If you flash your pass, they let you in,' he said.": someone quoted
    return len(said.split()) <= ASIDE_WORDS and len(rough_sentences(said)) <= ASIDE_SENTENCES and bool(_PERSONAL.search(said))


#: A quotation mark: double marks, curly single ones, or a straight one opening a word.
_QUOTATION_MARK = re.compile(r"[\"“”‘]|(?:^|\s)'\w|\w[.,!?]'(?:\s|$)")


def _the_page_on_its_texts(draft: "_Draft") -> bool:
    """The draft is the page's note on the texts it holds ("For this reading pack I
    selected five articles about the story..."; "Here is the coverage so far, with my
    notes in between"), not one of them: short, and one of its sentences points at them."""
    said = " ".join(p.text for p in draft.body)
    sentences = [said[start:end] for start, end in rough_sentences(said)]
    if len(sentences) > PAGE_NOTE_SENTENCES or features(said).words > PAGE_NOTE_WORDS:
        return False
    return any(_points_at_texts(s) for s in sentences)


def _points_at_texts(sentence: str) -> bool:
    """A word naming the texts stands within _POINTING_REACH words of one pointing at them."""
    if re.search(r"[\"“”]", sentence):
        # Someone quoted ("I have seen the reports") speaks in a text, not for the page.
        return False
    def words_before(offset: int) -> int:
        return len(sentence[:offset].split())

    named = [words_before(m.start()) for m in _TEXTS_NAMED.finditer(sentence)]
    pointers = [words_before(m.end()) for m in _PAGE_POINTING.finditer(sentence)]
    return any(abs(n - p) <= _POINTING_REACH for n in named for p in pointers)


def _titled_in_its_message(draft: "_Draft", hints: "_LineHints | None") -> bool:
    """A title stands over the text in the same chat message, or in one by the same sender
    (a line over another person's message is theirs, not a title)."""
    if draft.title_below is not None:
        return True
    title = _title_of(draft.header, hints)
    if title is None:
        return False
    stamps = [p for p in draft.header if p.reason == CHAT_STAMP_REASON]
    title_sender = next((_chat_sender(p) for p in reversed(stamps) if p.line <= title.line), "")
    return all(_chat_sender(p) == title_sender for p in stamps if p.line > title.line)


def _chat_sender(piece: Piece) -> str:
    stamp = CHAT_STAMP.match(piece.text)
    return stamp.group("sender").strip() if stamp else ""


_CITED_OUTLET = r"[*_]?(?P<outlet>(?:[a-z0-9-]+\.)+[a-z]{2,}|(?![^.,]*\b(?:said|says|told|added|asked|wrote)\b)[A-Z0-9][^.,:;“”\"()*_]{1,59}?)[*_]?"
#: A reference to a news article in the styles students and researchers cite in: APA ("Doe,
#: J. (2015, May 3). Title? Outlet. https://..."; "Title. (2015, May 3). Outlet."), MLA and
#: Chicago ("Doe, Jane. “Title.” Outlet, 3 May 2015, https://...").
_CITATION_FORMS = (
    re.compile(rf"^(?:\d{{1,3}}[.)]\s+)?[A-Z][^()“”\"]{{1,150}}?\s\((?:\d{{4}}|n\.d\.)[^()]{{0,25}}\)\.\s+(?P<title>[^()]{{8,300}}?[.?!])\s+{_CITED_OUTLET}[.,](?:\s|$)"),
    re.compile(rf"^(?:\d{{1,3}}[.)]\s+)?(?P<title>[A-Z“\"][^()]{{7,300}}?[.?!])\s+\((?:\d{{4}}|n\.d\.)[^()]{{0,25}}\)\.\s+{_CITED_OUTLET}[.,](?:\s|$)"),
    re.compile(rf"^(?:\d{{1,3}}[.)]\s+)?(?:[A-Z][^“”\"]{{1,150}}?\.\s+)?[“\"](?P<title>[^“”\"]{{8,300}}?[.?!])[”\"]\s*{_CITED_OUTLET}[,.]\s+"
               rf"(?i:\d{{1,2}}\s+{MONTH}|{MONTH}\.?\s+\d{{1,2}}|\d{{4}}\b|https?://|www\.|[a-z0-9-]+\.[a-z]{{2,}}/)"),
)
#: Most words in a reference to an article, its address and access date included.
CITATION_WORDS = 80
#: Most words in a label over a reference ("Entry 3 of 5", "Source 2").
CITATION_LABEL_WORDS = 5
#: The heading over a list of references at a document's end.
_REFERENCES_HEADING = re.compile(r"(?i)^\W*(?:references|reference\s+list|works\s+cited|bibliography|sources\s+cited)\W*$")


#: A heading over a writer's numbered notes, and one of the notes ("1. The article was
#: updated after publication", "[2] Same quotation as in ...", "³ Accessed through ...").
_NOTES_HEADING = re.compile(r"(?i)^\W*(?:notes|endnotes|end\s+notes|footnotes|foot\s+notes|notes\s+and\s+sources)\W*$")
_NUMBERED_NOTE = re.compile(r"^\s*(?:\d{1,3}[.)]|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S")


def _endnotes(pieces: list[Piece]) -> list[Piece]:
    """Numbered notes right under a "Notes" or "Endnotes" heading are the writer's notes
    on the texts, not a text: each line from the heading on while each new line opens
    with its note's number (a note may run over several lines)."""
    marked = list(pieces)
    for position, piece in enumerate(pieces):
        if piece.kind not in ("short", "body", "boilerplate") or not _NOTES_HEADING.match(piece.text.strip()):
            continue
        notes = []
        for later in range(position + 1, len(pieces)):
            note = pieces[later]
            opens_a_line = pieces[later - 1].line != note.line
            if opens_a_line and not _NUMBERED_NOTE.match(note.text) and not (notes and note.line == pieces[notes[-1]].line + 1 and not note.paragraph_start):
                break
            notes.append(later)
        if notes and _NUMBERED_NOTE.match(pieces[notes[0]].text):
            for i in [position, *notes]:
                marked[i] = replace(pieces[i], kind="boilerplate", reason="the writer's notes")
    return marked


def _citation(text: str) -> tuple[int, int, str] | None:
    """(start, end, outlet) of the cited article's title in a reference to it, or None."""
    for form in _CITATION_FORMS:
        match = form.match(text)
        if match and not is_meta_part(match.group("outlet")):
            start, end = match.span("title")
            while end > start and text[end - 1] in ".,;:“”\"" and not text[start:end].endswith(("?.", "!.")):
                end -= 1
            return start, end, match.group("outlet").strip()
    return None


def _blocks(pieces: list[Piece]) -> list[list[int]]:
    """Positions of the pieces set one under another, no blank line or new paragraph
    between them, block by block."""
    blocks: list[list[int]] = []
    for position, piece in enumerate(pieces):
        if blocks and not piece.paragraph_start and piece.line <= pieces[blocks[-1][-1]].line + 1:
            blocks[-1].append(position)
        else:
            blocks.append([position])
    return blocks


def _citations(pieces: list[Piece], text: str) -> list[Piece]:
    """A reference to an article over its pasted text names its title and outlet (a
    student's annotated bibliography, a researcher's reading pack): the title is the line's
    title, the outlet its outlet; the authors, the address and "Accessed ..." are the
    reference's. Under a "References" heading they are the list at the document's end."""
    replaced: dict[int, list[Piece]] = {}
    in_references = False
    for block in _blocks(pieces):
        first, last = pieces[block[0]], pieces[block[-1]]
        if _REFERENCES_HEADING.match(first.text.strip()):
            in_references = True
            block = block[1:]  # (the list may start right under its heading)
            if not block:
                continue
        if in_references:
            # References one under another, no blank between: the whole block is the list.
            printed = re.sub(r"[\r\n]", " ", text[pieces[block[0]].start : pieces[block[-1]].end])
            if _citation(printed):
                replaced.update({i: [replace(pieces[i], kind="boilerplate", reason="list of references")] for i in block})
            continue
        # The reference as printed, its line breaks as spaces: offsets stay the page's. It
        # may start under a label of its own ("Entry 1 of 6").
        label = pieces[block[0]]
        labelled = len(block) > 1 and label.line < pieces[block[1]].line and features(label.text).words <= CITATION_LABEL_WORDS and not label.text.rstrip().endswith(".")
        opening = block[1] if labelled else block[0]
        printed = re.sub(r"[\r\n]", " ", text[pieces[opening].start : last.end])
        cited = _citation(printed) if features(printed).words <= CITATION_WORDS else None
        if cited is None:
            continue
        start, end, outlet = pieces[opening].start + cited[0], pieces[opening].start + cited[1], cited[2]
        titled = False
        for i in block:
            piece = pieces[i]
            if piece.end > start and piece.start < end:
                # The pieces the title runs over give way to the title.
                replaced[i] = [] if titled else [Piece(start, end, piece.line, "short", _TITLE_THEN_OUTLET + outlet, " ".join(text[start:end].split()), piece.paragraph_start)]
                titled = True
            else:
                replaced[i] = [replace(piece, kind="boilerplate", reason="reference to the text")]
    if not replaced:
        return pieces
    return [new for position, piece in enumerate(pieces) for new in replaced.get(position, [piece])]


#: A reader's note on a text, by its label: "Summary: ...", "Evaluation: ...", "My notes: ...".
_NOTE_LABEL = re.compile(
    r"(?i)^\W*(?:annotation|evaluation|assessment|critique|reflection|relevance|my\s+notes?|notes?\s+to\s+self|summary\s+and\s+evaluation"
    r"|summary|analysis\s+notes?|reader['’]s\s+note|why\s+(?:it|this)\s+matters\s+to\s+(?:me|us))\s*:\s*\S"
)
#: Most words in a reader's labelled note on a text.
LABELLED_NOTE_WORDS = 150


def _readers_notes(pieces: list[Piece]) -> list[Piece]:
    """A reader's notes on a text, a paragraph under a label ("Summary: Jezebel's report
    summarises ...", "Evaluation: One weakness is ..."), where two such labels stand on
    the page: a student's or a researcher's words, not the text's."""
    labelled = [
        position for position, p in enumerate(pieces)
        if p.kind in ("body", "short") and (position == 0 or pieces[position - 1].line != p.line) and _NOTE_LABEL.match(p.text)
    ]
    if len(labelled) < 2:
        return pieces
    marked = list(pieces)
    for position in labelled:
        end = position + 1
        while end < len(pieces) and pieces[end].line <= pieces[end - 1].line + 1 and not pieces[end].paragraph_start and end not in labelled:
            end += 1
        if sum(features(p.text).words for p in pieces[position:end]) <= LABELLED_NOTE_WORDS:
            marked[position:end] = [replace(p, kind="boilerplate", reason="a reader's note") for p in pieces[position:end]]
    return marked


#: What a researcher writes of a text as a text, in the page's own voice: a note's label
#: ("NB", "Status:"), the text pointed at as one of several ("this one", "the other
#: versions"), what they did with it ("I checked the figures"), what they judged ("agency
#: copy", "not independent", "useful to me"). Each pattern counts once.
_NOTE_MARK = re.compile(r"(?i)^\W*(?:NB\b|N\.B\.|(?:note|q|status|to-?do|query)\s*:)")
_ON_A_TEXT = (
    _NOTE_MARK,
    re.compile(r"(?i)\b(?:this|that)\s+(?:article|piece|source|version|one|text)\b|\bthe\s+(?:headline|author|tone)\b"),
    re.compile(r"(?i)\bthe\s+other\s+(?:sources|reports|versions|articles|outlets|ones|copies)\b|\bthe\s+others\b|\bother\s+versions\b|\bsources?\s+above\b"),
    re.compile(r"\bI\s+(?:checked|used|found|accessed|rate|treat|compared|cross-checked|could\s+not|couldn't|comment|will\s+analy[sz]e)\b"),
    re.compile(
        r"(?i)\b(?:agency|wire)\s+(?:copy|story)\b|\bnot\s+independent\b|\breliab(?:le|ility)\b|\bmy\s+(?:purposes|essay|notes|research)\b"
        r"|\buseful\s+to\s+me\b|\bcheck(?:ed)?\s+(?:it\s+)?against\b"
    ),
)
#: How many of those a paragraph holds at least, how many such paragraphs hold on the
#: page together (two paragraphs, or one that holds them all), and most words of one.
ON_A_TEXT_CUES = 2
ON_A_TEXT_PAGE_CUES = 4
ON_A_TEXT_WORDS = 120
#: A paragraph this short needs only a note's label, where the page holds two with two marks.
ON_A_TEXT_NOTE_WORDS = 30
_QUOTED_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]")


def _comments_on_texts(pieces: list[Piece]) -> list[Piece]:
    """A researcher's comments on the texts a page holds ("Note: this one uses the same
    agency copy as the source above, so not independent."; "I checked the main figures
    against two other reports"), where the page holds enough of them: their words, not a
    text's."""
    # A paragraph: a block's run of prose or short lines.
    paragraphs = [
        list(run) for block in _blocks(pieces)
        for is_text, run in groupby(block, key=lambda i: pieces[i].kind in ("body", "short")) if is_text
    ]
    found = []  # (paragraph, its words, how many of the marks it holds)
    for paragraph in paragraphs:
        said = " ".join(pieces[i].text for i in paragraph)
        unquoted = _QUOTED_SPAN.sub(" ", said)
        found.append((paragraph, features(said).words, sum(bool(cue.search(unquoted)) for cue in _ON_A_TEXT)))
    if sum(cues for _, words, cues in found if cues >= ON_A_TEXT_CUES and words <= ON_A_TEXT_WORDS) < ON_A_TEXT_PAGE_CUES:
        return pieces
    # On such a page a short paragraph under a note's label is a note too ("Status:
    # checked, figures match the release").
    commenting = [
        paragraph for paragraph, words, cues in found
        if cues >= ON_A_TEXT_CUES and words <= ON_A_TEXT_WORDS
        or words <= ON_A_TEXT_NOTE_WORDS and _NOTE_MARK.match(pieces[paragraph[0]].text)
    ]
    marked = list(pieces)
    for paragraph in commenting:
        for i in paragraph:
            marked[i] = replace(pieces[i], kind="boilerplate", reason="a reader's note")
    return marked


#: Why a line is dropped as the quoting writer's own words, and why a quoted text under
#: them starts an article.
WRITERS_REMARK = "the quoting writer's remark"
QUOTED_AFTER_REMARK = "a quoted text after the writer's remark"
#: Fewest lines of prose quoted on a page whose own prose between the quotes is remarks.
QUOTED_PROSE_LINES = 6


def _quoting_writers_remarks(pieces: list[Piece], quoted_lines: set[int]) -> list[Piece]:
    """A blog post or a newsletter that quotes the stories whole ("> " before each
    paragraph) between its writer's own words: where two quoted texts or more hold most of
    the page's prose, the prose outside them is the writer's ("Not much new there, but the
    timeline is useful."), not a story's."""
    prose = [p for p in pieces if p.kind == "body"]
    quoted = [p for p in prose if p.line in quoted_lines]
    own = [p for p in prose if p.line not in quoted_lines]
    if len(quoted) < QUOTED_PROSE_LINES or len(quoted) < 2 * len(own) or not own:
        return pieces
    # Quoted texts apart: some line that is not quoted stands between two quoted ones.
    first, last = min(quoted_lines), max(quoted_lines)
    if not any(first < p.line < last and p.line not in quoted_lines for p in pieces):
        return pieces
    # A paragraph of its own, a blank line above and below: not a thread's title over its
    # byline, nor a message over the link it shares.
    return [
        replace(p, kind="boilerplate", reason=WRITERS_REMARK)
        if p.kind == "body" and p.line not in quoted_lines and p.paragraph_start and (position + 1 == len(pieces) or pieces[position + 1].line > p.line + 1)
        else p
        for position, p in enumerate(pieces)
    ]


_LIST_LABEL = re.compile(r"^\s*[A-Z][a-z]{2,15}:\s+")
#: "Ars Technica", "9to5Mac", "@verge": up to three words that start with a capital or digit.
_LISTED_NAME = re.compile(r"@\w+|[A-Z0-9][\w.'’&-]*(?: (?:of|the|and|[A-Z0-9][\w.'’&-]*)){0,2}")
_LIST_JOINS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _domains_over_titles(pieces: list[Piece]) -> list[Piece]:
    """A web domain alone on its line ("news24.com"; after the site's icon or beside its
    time too: "▣ viralnova.com · 2 days ago"), set apart from any text above it and right
    over a short line or a date, names the outlet by its title; elsewhere (under a text,
    over a text) it is a link."""
    marked = list(pieces)
    for position, piece in enumerate(pieces):
        if piece.reason != "link" or not BARE_DOMAIN.match(piece.text.strip()):
            continue
        others = [p for p in pieces[max(0, position - 3) : position + 4] if p.line == piece.line and p is not piece]
        if not all(p.reason == "icon" or p.kind == "meta" for p in others):
            continue
        before = next((p for p in reversed(pieces[:position]) if p.line != piece.line), None)
        after = next((p for p in pieces[position + 1 :] if p.line != piece.line), None)
        under_text = before is not None and before.kind == "body" and before.line == piece.line - 1
        if not under_text and after is not None and after.kind in ("short", "meta") and after.line == piece.line + 1:
            marked[position] = replace(piece, kind="short")
    return marked


#: A notice's label: a few words in capitals ("EDITORS' ADVISORY", "KILL NOTICE").
_NOTICE_LABEL = re.compile(r"^[^a-z]*[A-Z][^a-z]*$")
NOTICE_LABEL_WORDS = 5
NOTICE_WORDS = 30


def _notice_label(piece: Piece) -> bool:
    text = piece.text.strip()
    return (
        piece.kind in ("short", "boilerplate") and piece.reason in ("", "section label") and bool(_NOTICE_LABEL.match(text))
        and features(text).words <= NOTICE_LABEL_WORDS and not _DOMAIN_NAME.match(text)  # "PJMEDIA.COM" names an outlet
    )


def _mark_notices(pieces: list[Piece]) -> list[Piece]:
    """A service's notice to its readers between the page's items: its date or status line,
    a label in capitals and one paragraph of a sentence or two, nothing more ("EDITORS'
    ADVISORY" / "Editors: a fuller version will move by 0958 GMT.")."""
    marked = list(pieces)
    for position in range(1, len(pieces) - 1):
        stamp, label, said = pieces[position - 1], pieces[position], pieces[position + 1]
        after = pieces[position + 2] if position + 2 < len(pieces) else None
        text = said.text.strip()
        # (Not a story's outlet in capitals under its title and byline: "THE NEW YORK TIMES".)
        titled = position >= 2 and pieces[position - 2].kind == "short" and 0 < stamp.line - pieces[position - 2].line <= 2
        if (
            stamp.kind == "meta" and stamp.reason != "byline" and not titled and 0 < label.line - stamp.line <= 2 and _notice_label(label)
            and said.kind == "body" and 0 < said.line - label.line <= 2 and _alone_on_its_line(pieces, position + 1)
            and (after is None or after.kind != "body") and text.endswith((".", "!", "?"))
            and len(rough_sentences(text)) <= 2 and features(text).words <= NOTICE_WORDS
        ):
            marked[position : position + 2] = [replace(piece, kind="boilerplate", reason="a notice") for piece in (label, said)]
    return marked


def _name_lists(pieces: list[Piece]) -> list[Piece]:
    """A label over a list of names ("Discussion: Engadget, 9to5Mac and Ars Technica",
    "More: Wired and Quartz") links to other outlets' stories: furniture."""
    marked = list(pieces)
    for position, piece in enumerate(pieces):
        label = _LIST_LABEL.match(piece.text) if piece.kind == "short" else None
        if label is None or not _LIST_JOINS.search(piece.text[label.end() :]):
            continue
        names = _LIST_JOINS.split(piece.text[label.end() :].strip())
        if all(_LISTED_NAME.fullmatch(n) or _DOMAIN_NAME.match(n) for n in names):
            marked[position] = replace(piece, kind="boilerplate", reason="list of names")
    return marked


#: "Give a homeless man $100 and see what he does — A video that went viral...": a title
#: and the text's first sentences on one line.
_TITLE_DASH_LEDE = re.compile(r"^(?P<title>[^.!?]{15,200}?[^\s.!?,:;])\s+[—–]\s+(?P<lede>[\"“‘'(]?[A-Z0-9].{40,})$")
#: "RIO DE JANEIRO, Brazil —", "NEW YORK (Reuters) —": a dateline before the dash, no title.
_DATELINE = re.compile(r"^[A-Z][A-Za-z.'’ -]+,\s|\(|^[A-Z][A-Z.'’ -]+$")
TITLE_WORDS_BEFORE_DASH = 4


def _titles_before_ledes(pieces: list[Piece]) -> list[Piece]:
    """On a page where two stretches of prose or more open with "Title — First sentence..."
    on one line, the words before the dash are a title of their own."""
    splits: dict[int, re.Match[str]] = {}
    for position, piece in enumerate(pieces):
        previous = pieces[position - 1] if position else None
        if piece.kind != "body" or previous is not None and previous.kind == "body":
            continue
        match = _TITLE_DASH_LEDE.match(piece.text)
        if match and not _DATELINE.search(match.group("title")) and features(match.group("title")).words >= TITLE_WORDS_BEFORE_DASH:
            splits[position] = match
    if len(splits) < 2:
        return pieces
    result: list[Piece] = []
    for position, piece in enumerate(pieces):
        match = splits.get(position)
        if match is None:
            result.append(piece)
            continue
        result.append(Piece(piece.start, piece.start + match.end("title"), piece.line, "short", "", match.group("title"), piece.paragraph_start))
        result.append(Piece(piece.start + match.start("lede"), piece.end, piece.line, "body", piece.reason, match.group("lede")))
    return result


def _long_titles(pieces: list[Piece]) -> list[Piece]:
    """A long line with no closing full stop, on its own, right over its outlet or date line
    ("Iraq's ambassador urges UN to investigate claims...: 'We have bodies...'" /
    "The Independent ›"): a headline, however many words it has."""
    def header_info(piece: Piece | None) -> bool:
        return piece is not None and (piece.kind == "meta" or bool(outlet_name(piece)))

    marked = list(pieces)
    for position, piece in enumerate(pieces):
        before = pieces[position - 1] if position else None
        after = pieces[position + 1] if position + 1 < len(pieces) else None
        if piece.kind != "body" or (before is not None and before.line == piece.line) or (after is not None and after.line == piece.line):
            continue
        found = features(piece.text)
        if found.ends_like_sentence or found.words > 40:
            continue
        over_its_outlet = after is not None and after.line == piece.line + 1 and header_info(after) and not (
            before is not None and before.kind == "body" and before.line == piece.line - 1  # a paragraph's last line
        )
        under_its_outlet = before is not None and before.line == piece.line - 1 and header_info(before) and (
            after is None or after.line > piece.line + 1  # then a blank line: not a paragraph's first line
        )
        # A feed's item: a clock, the outlet's bare name, the headline, then whole paragraphs.
        under_a_feed_name = (
            position >= 2 and before is not None and before.line == piece.line - 1 and before.kind == "short"
            and _looks_like_name(before.text.strip()) and pieces[position - 2].kind == "meta"
            and pieces[position - 2].line == before.line - 1 and CLOCK_TIME.match(pieces[position - 2].text.strip("[]() "))
            and after is not None and after.kind == "body" and features(after.text).ends_like_sentence
        )
        if over_its_outlet or under_its_outlet or under_a_feed_name:
            marked[position] = replace(piece, kind="short", reason="")
    return marked


#: A box's label over a list of links to other stories, in the languages of the ads we see:
#: "Related:", "See also:", "Read more:", "Lesen Sie auch:", "Lea también:", "À lire aussi :".
_READ_MORE_WORDS = (
    r"related(?:\s+(?:stories|articles|coverage|links|items))?|see\s+also|read\s+(?:more|also|next)|also\s+read"
    r"|more\s+(?:on\s+this(?:\s+story)?|stories|from\s+\w+(?:\s+\w+)?)|you\s+might\s+also\s+like|lesen\s+sie\s+auch|mehr\s+zum\s+thema"
    r"|lea\s+tambi[ée]n|leia\s+tamb[ée]m|[àa]\s+lire\s+aussi|leggi\s+anche"
    r"|most\s+(?:read|popular|viewed|shared)(?:\s+(?:on|at|in)\s+[\w .'’&-]{1,40})?"
)
_READ_MORE_LABEL = re.compile(rf"(?i)^\W*(?:{_READ_MORE_WORDS})\s*:?\s*$")
#: The same labels with the linked headline on their line, which opens like a headline:
#: "Related stories Comcast calls rumor ...", "Lesen Sie auch: Is Kim Jong Un's sister in
#: charge?", "Recommended There Are Still Two McDonald's...", "More: HP to split in two".
_READ_MORE_LEAD = re.compile(
    rf"(?i)^\W*(?:{_READ_MORE_WORDS}|recommended|more\s*:)\s*:?\s+(?P<headline>(?-i:[\"“‘'A-Z0-9#]).*)$"
)


def _linked_headline(piece: Piece) -> bool:
    """A read-more label and the headline it links on one line; a sentence of the article
    that opens with such words ends with a full stop."""
    match = _READ_MORE_LEAD.match(piece.text.strip())
    if match is None:
        return False
    headline = match.group("headline").rstrip()
    return features(headline).words <= 25 and not (headline.endswith(".") and not headline.endswith("..."))


def _alone_on_its_line(pieces: list[Piece], position: int) -> bool:
    """No other piece shares the line of ``pieces[position]``."""
    line = pieces[position].line
    return (position == 0 or pieces[position - 1].line != line) and (position + 1 == len(pieces) or pieces[position + 1].line != line)


def _linked_story(text: str) -> bool:
    """A link to a story: its headline with its outlet and its time ("Wintour Pissed Off
    With New 1 World Trade… — Al Jazeera · 9 days ago")."""
    parts = header_parts(text)
    timed = False
    while len(parts) >= 2 and is_meta_part(parts[-1]):
        parts.pop()
        text, timed = text[: text.rindex(parts[-1]) + len(parts[-1])], True
    if not timed or _BYLINE_START.match(text):
        return False  # (a title over its byline "By A · example.com" is no list)
    if _title_with_outlet(text) is not None:
        return True
    # (A headline in capitals too: "AUNT CUTS OFF ... — CBS News · 8 days ago".)
    suffix = _TITLE_SUFFIX.match(text.strip())
    return suffix is not None and features(suffix.group("title")).words >= 4 and (
        _looks_like_name(suffix.group("name")) or bool(_DOMAIN_NAME.match(suffix.group("name")))
    )


#: Fewest words in a line that repeats a text's opening words as a contents entry's summary.
CONTENTS_SUMMARY_WORDS = 6
#: Fewest words in a title that a contents entry repeats.
CONTENTS_TITLE_WORDS = 4


def _contents_key(text: str) -> str:
    """A line as a table of contents repeats it: no list marker, case or spacing, no "…" where it was cut."""
    text = _ITEM_START.sub("", text.strip(), count=1)
    return " ".join(text.lower().split()).rstrip(".…").rstrip()


def _mark_contents_lists(pieces: list[Piece]) -> list[Piece]:
    """A page's table of contents, or a box of links to its own stories: list items that
    each repeat a title standing alone elsewhere on the page, not as a list item, each
    perhaps followed by the opening of its text, cut short ("* Woman cuts off ..." / "    A
    woman in Henan province has been arrested for…"); two lines or more in a row. The
    stories stand elsewhere; these lines are furniture, not a list inside the text above."""
    alone = [_alone_on_its_line(pieces, position) for position in range(len(pieces))]
    titles_at: dict[str, set[int]] = {}
    for position, piece in enumerate(pieces):
        if alone[position] and piece.kind == "short" and not _ITEM_START.match(piece.text):
            titles_at.setdefault(_contents_key(piece.text), set()).add(piece.line)

    def entry(i: int) -> bool:
        piece = pieces[i]
        key = _contents_key(piece.text)
        # (A title has words enough; "- Time of India" under a headline is its outlet.)
        return alone[i] and bool(_ITEM_START.match(piece.text)) and features(key).words >= CONTENTS_TITLE_WORDS and bool(titles_at.get(key, set()) - {piece.line})

    def summary(i: int) -> bool:
        key = _contents_key(pieces[i].text)
        return alone[i] and features(key).words >= CONTENTS_SUMMARY_WORDS and any(
            other.kind == "body" and other.line != pieces[i].line and _contents_key(other.text).startswith(key) for other in pieces
        )

    marked = list(pieces)
    position = 0
    while position < len(pieces):
        end = position
        while end < len(pieces) and (end == position or pieces[end].line == pieces[end - 1].line + 1) and entry(end):
            end += 1
            if end < len(pieces) and pieces[end].line == pieces[end - 1].line + 1 and summary(end):
                end += 1
        if end - position < 2 and alone[position] and _CONTENTS_LABEL.match(pieces[position].text):
            # "Contents" over the titles, and perhaps the sections that hold them, up to a blank line.
            end = position + 1
            while end < len(pieces) and pieces[end].line == pieces[end - 1].line + 1 and alone[end]:
                end += 1
            run_lines = {piece.line for piece in pieces[position:end]}
            repeated = sum(1 for piece in pieces[position + 1 : end] if titles_at.get(_contents_key(piece.text), set()) - run_lines)
            end = end if repeated >= 2 else position
        if end - position >= 2:
            marked[position:end] = [replace(piece, kind="boilerplate", reason="contents entry") for piece in pieces[position:end]]
        position = max(end, position + 1)
    return marked


#: A table of contents' heading: "Contents", "Table of Contents", "In this issue", "Sections".
_CONTENTS_LABEL = re.compile(r"(?i)^\W*(?:(?:table\s+of\s+)?contents|in\s+this\s+(?:issue|edition)|sections|index)\W*$")


def _mark_read_more_lists(pieces: list[Piece]) -> list[Piece]:
    """The lines right under a "Related:" label, up to the next blank line, are its links
    when they are list items or headlines (no full stop); the article resumes after them.
    A label with its headline on one line is such a link too, and so are two lines or more
    in a row that each give a story's headline and outlet, whatever their label."""
    marked = list(pieces)
    linked = [_alone_on_its_line(pieces, position) and _linked_story(piece.text) for position, piece in enumerate(pieces)]
    for position, piece in enumerate(pieces):
        in_a_run = any(
            linked[other] and abs(pieces[other].line - piece.line) == 1 for other in (position - 1, position + 1) if 0 <= other < len(pieces)
        )
        if linked[position] and in_a_run:
            marked[position] = replace(piece, kind="boilerplate", reason="read-more link")
    for position, label in enumerate(pieces):
        alone = _alone_on_its_line(pieces, position)
        if alone and label.kind in ("short", "body") and _linked_headline(label):
            marked[position] = replace(label, kind="boilerplate", reason="read-more link")
            continue
        if not alone or not _READ_MORE_LABEL.match(label.text):
            continue
        end = position + 1
        while end < len(pieces) and pieces[end].line == pieces[end - 1].line + 1:  # up to a blank or split line
            found = features(pieces[end].text)
            headline = pieces[end].kind in ("short", "body") and not found.ends_like_sentence and found.words <= 20
            # A ranked list counts from 1 under its label ("1 Tom Brokaw 'wants ...'", "2 China: ..."):
            # its headlines may run long.
            rank = re.match(r"^(\d{1,2})[.)]?\s+\S", pieces[end].text.strip())
            ranked = rank is not None and int(rank.group(1)) == end - position and found.words <= 40
            if not (_ITEM_START.match(pieces[end].text) or headline or ranked) or outlet_name(pieces[end]):
                break  # (a line naming an outlet opens the next article: "(AFP)")
            end += 1
        if end > position + 1:
            marked[position:end] = [replace(piece, kind="boilerplate", reason="read-more link") for piece in pieces[position:end]]
    return marked


_SOURCE_LEAD_IN = "a lead-in naming the text's source"
#: Most words of a line that leads into a pasted text and names its source.
SOURCE_LEAD_IN_WORDS = 12
_WEB_DOMAIN_WORD = re.compile(r"(?i)(?<![\w@./-])(?:[a-z0-9][\w-]*\.)+(?:com|org|net|co\.uk|co|uk|news|tv|info|[a-z]{2})(?![\w.-]*\w)")


def _source_in_a_lead_in(text: str) -> str:
    """The source a line that leads into a pasted text names: by its web domain ("ajc.com
    got there first this morning:", "And for completeness, here's vox.com:"), or by its
    name in the writer's own voice ("Here's how Daily Mail is reporting it:"); "" for any
    other line."""
    stripped = text.strip()
    if not leads_in(stripped) or features(stripped).words > SOURCE_LEAD_IN_WORDS or len(rough_sentences(stripped)) != 1:
        return ""
    # By its web domain, as the line's first words or its last: a text names its sources
    # by their names ("The Washington Post followed up Monday with a similar analysis:"),
    # or in the middle of a sentence ("a site called InSerbia.info published a piece
    # under the headline:"), and goes on.
    domains = _WEB_DOMAIN_WORD.findall(stripped)
    words = stripped.rstrip(":").split()
    if len(domains) == 1 and domains[0] in (words[0], words[-1]):
        return domains[0]
    # By its name, in the writer's own voice ("Here's how Daily Mail is reporting it:", "The
    # most detailed version I've found is from The Verge, pasted whole:"): one name, and
    # nothing else the line states.
    if domains or not (_PERSONAL.search(stripped) or _HERE_IS.search(stripped)) or _REPORTING_VERB.search(stripped):
        return ""  # ("Here's what he told the BBC:" leads into a quotation.)
    names = [run for run in _CAPITALISED_RUN.findall(stripped) if run.split()[0] not in _FIRST_PERSON]
    names = [run for run in names if not (stripped.startswith(run) and len(run.split()) == 1) and run != "The"]
    if len(names) != 1 or not _looks_like_name(names[0]) or re.search(r"\d|[\"“”]", stripped) or re.search(r"['’]s$", names[0]):
        return ""  # (A possessive is no source: "Here's the clip that got Reddit's attention:".)
    if not re.search(rf"(?i)\b(?:here['’]s|here\s+is|how|from)\s+{re.escape(names[0])}", stripped):
        return ""  # the source, not what is shown: "Here's the group performing during Soul Train:"
    return _tidy_name(names[0])


#: "here's", "here is": a writer pointing at what follows.
_HERE_IS = re.compile(r"(?i)\bhere(?:['’]s|\s+is)\b")
#: Capitalised words in a row, with the small words a name may hold: "The Verge", "Daily
#: Mail", "Tech Times".
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+(?:of|and|&|the|de)?\s*[A-Z][\w'’&.-]*)*")


def _source_lead_ins(pieces: list[Piece]) -> list[Piece]:
    """A line of its own that names a source and leads with a colon into the title right
    under it ("myfoxdfw.com has the fullest account so far:" / the title): a header line
    naming the text's outlet, not the text's. (Over a sentence, "He told the Daily Mail:"
    leads into a quotation.)"""
    marked = list(pieces)
    for position, piece in enumerate(pieces[:-1]):
        below = pieces[position + 1]
        if (
            (piece.kind in ("short", "body") or piece.reason == "link") and _alone_on_its_line(pieces, position) and below.kind == "short"
            and not features(below.text).ends_like_sentence and below.line <= piece.line + 2 and _source_in_a_lead_in(piece.text)
        ):
            marked[position] = replace(piece, kind="meta", reason=_SOURCE_LEAD_IN)
    return marked


def _lead_ins_kept(pieces: list[Piece]) -> list[Piece]:
    """A line that leads into the next with a colon ("The letter from 1974 in full:") is the
    article's when it follows the article's text or leads into text (not when it stands
    among furniture: "Get a summary of any story:" over a button, nor as a chat message
    under its writer's name and time: "Here it is in full:")."""
    kept = list(pieces)
    for position in range(len(pieces) - 2, -1, -1):
        piece, after = pieces[position], kept[position + 1]
        before = pieces[position - 1] if position else None
        whole = after.line != piece.line and (before is None or before.line != piece.line)
        in_text = after.kind != "boilerplate" or (before is not None and before.kind == "body")
        if piece.kind == "short" and whole and in_text and leads_in(piece.text) and not _under_a_message_header(pieces, position):
            kept[position] = replace(piece, kind="body", reason="")
    for position, piece in enumerate(kept):
        if piece.kind in ("short", "body") and _item_under_a_lead_in(kept, position):
            kept[position] = replace(piece, kind="body", reason="")
    return kept


def _under_a_message_header(pieces: list[Piece], position: int) -> bool:
    """Right under a person's name and a time ("Pieter Vos" / "9:06 AM", "Nora Blake  09:16"),
    a chat message's header: the line is the message ("Here it is in full:"), not the text
    it brings."""
    before = pieces[position - 1] if position else None
    if before is None or before.kind != "meta":
        return False
    above = pieces[position - 2] if position >= 2 else None
    if above is not None and above.line == before.line - 1 and _PERSON_NAME.fullmatch(above.text.strip()):
        return True
    name, *rest = re.split(r"\s{2,}|\s*[·|•]\s*", before.text.strip(), maxsplit=1)
    return bool(rest) and bool(_PERSON_NAME.fullmatch(name)) and is_meta_part(rest[0])


def _item_under_a_lead_in(pieces: list[Piece], position: int) -> bool:
    """A list item in a run of items right under a line that leads into them ("The council
    set out two changes:" / "1. Passengers board at the quay"): the article's list."""
    if not _ITEM_START.match(pieces[position].text):
        return False
    first = position
    while first > 0 and _ITEM_START.match(pieces[first - 1].text) and pieces[first - 1].line == pieces[first].line - 1:
        first -= 1
    above = pieces[first - 1] if first else None
    return above is not None and above.line == pieces[first].line - 1 and above.kind == "body" and leads_in(above.text)


def _credit_in_prose(line: str, start: int, end: int, reason: str) -> bool:
    """"The images aren't meant to...", "Sony Pictures have sent...": words the credit
    pattern takes for a credit, in the middle of a clause that goes on in lower case."""
    if reason != "photo credit" or re.search(r"[:()\[\]📷]|(?i:courtesy)", line[start:end]):
        return False
    return bool(re.match(r"\s+[a-z]", line[end:]))


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
                marked[position + offset] = replace(piece, kind=kind, reason="")
        position = end
    return marked


#: The reason of a line of the readers' comments under a post.
_COMMENT_UNDER_A_POST = "comment under a post"


_SPONSOR_LABEL = re.compile(
    rf"(?i)^\W*(?:(?:sponsored|promoted)(?:\s+(?:stories|content|links))?|paid\s+(?:post|content)|partner\s+content|from\s+our\s+partners"
    rf"|advertorial|{AD_LABEL_WORDS})\W*$"
)


def _byline_under(pieces: list[Piece], index: int) -> bool:
    """A byline or a date line under the piece, right under it or under the line below (a
    standfirst between): an ad has none."""
    line = pieces[index].line
    below = [p for p in pieces[index + 1 : index + 5] if p.line <= line + 2]
    # (No blank line between: an ad's box ends at one, and a time over the next item may follow.)
    return any(p.line == line + 1 for p in below) and any(p.kind == "meta" for p in below)


#: The words that tell an ad's slot inside an article: "Story continues below advertisement".
_STORY_CONTINUES = re.compile(r"(?i)\b(?:story|article|text)\s+continues\b|\bcontinue\s+reading\b")


#: A sponsored link's words at most, in a box of them under its label.
SPONSORED_LINK_WORDS = 16


def _mark_sponsored(pieces: list[Piece]) -> list[Piece]:
    """The short line under a "Sponsored" label (in the languages of the ads we see) that
    stands alone on its line is the sponsor's text."""
    marked = list(pieces)

    def sponsored(index: int) -> None:
        piece = marked[index]
        if piece.kind != "boilerplate":  # furniture already keeps its own reason
            marked[index] = Piece(piece.start, piece.end, piece.line, "boilerplate", "sponsored text", piece.text)

    for position, label in enumerate(marked[:-1]):
        # Alone on its line, or with an icon only ("Promoted · 🌐", a post's stamp).
        beside = [p for p in marked[position + 1 :] if p.line == label.line]
        if not _SPONSOR_LABEL.match(label.text) or any(p.reason != "no words" and p.reason != "widget" for p in beside):
            continue  # a label with its ad on its own line ("Advertisement: ...") labels nothing below
        if any(p.line == label.line and _STORY_CONTINUES.search(p.text) for p in marked[max(0, position - 3) : position]):
            continue  # "Story continues below advertisement": the article's text goes on under it
        following = [p for p in range(position + 1, len(marked)) if marked[p].line == label.line + 1]
        if not following or sum(features(marked[p].text).words for p in following) > 30:
            continue
        if not beside and _byline_under(marked, following[-1]):
            continue  # "Partner content" / a headline / "BY JANE ROE": a partner's article, not an ad
        for p in following:
            sponsored(p)
        # A box of sponsored links: the short lines after it that are no sentences (link
        # titles), to the blank line.
        index, line = following[-1] + 1, label.line + 1
        while (
            not beside and index < len(marked) and marked[index].line == line + 1 and marked[index].kind == "short"
            and features(marked[index].text).words <= SPONSORED_LINK_WORDS and not features(marked[index].text).ends_like_sentence
        ):
            line = marked[index].line
            sponsored(index)
            index += 1
        # In a post's stamp, under the sponsor's name: the whole post to the blank line is
        # the ad ("Harbour Loans" / "Promoted · 🌐" / its copy / its link card / "Apply now").
        above = position - 1
        if beside and above >= 0 and marked[above].line == label.line - 1 and marked[above].kind == "short" and features(marked[above].text).words <= 4:
            sponsored(above)
            index, line = following[-1] + 1, label.line + 1
            while index < len(marked) and marked[index].line in (line, line + 1) and features(marked[index].text).words <= 30:
                line = marked[index].line
                sponsored(index)
                index += 1
    # A word or two alone over a box in another language is the box's label, in that
    # language too ("Oglas", "Dipromosikan"), whichever language it is: an article in
    # another language is prose by now, not such a box.
    for position, label in enumerate(marked[:-1]):
        below = marked[position + 1]
        if (
            label.kind in ("short", "meta") and below.reason == _OTHER_LANGUAGE and below.line == label.line + 1
            and (position == 0 or marked[position - 1].line != label.line)
            and features(label.text).words <= 2 and not features(label.text).ends_like_sentence
        ):
            marked[position] = replace(label, kind="boilerplate", reason="sponsored text")
            if _sponsor_over(marked, position):
                marked[position - 1] = replace(marked[position - 1], kind="boilerplate", reason="sponsored text")
                # The ad's copy, then its address and buttons, to the blank line.
                index = position + 1
                while index < len(marked) and marked[index].reason == _OTHER_LANGUAGE:
                    index += 1
                line = marked[index - 1].line
                while (
                    index < len(marked) and marked[index].line in (line, line + 1) and marked[index].kind in ("short", "meta")
                    and features(marked[index].text).words <= SPONSORED_LINK_WORDS and not features(marked[index].text).ends_like_sentence
                ):
                    line = marked[index].line
                    marked[index] = replace(marked[index], kind="boilerplate", reason="sponsored text")
                    index += 1
    return marked


def _sponsor_over(pieces: list[Piece], label: int) -> bool:
    """The line over an ad's label is the sponsor's name ("Asigurări Rapid" / "Promovat"):
    a name of a few words alone on its line, right over the label, set apart above."""
    above = label - 1
    if above < 0 or pieces[above].line != pieces[label].line - 1 or pieces[above].kind != "short":
        return False
    set_apart = pieces[above].paragraph_start or above == 0
    return (
        _alone_on_its_line(pieces, above) and set_apart
        and features(pieces[above].text).words <= 4 and _looks_like_name(pieces[above].text.strip())
    )


#: A sentence that reports what someone said is the article's lede, not a picture's caption.
#: (Not "is said to have happened": what a caption may say of its picture.)
_REPORTED = re.compile(r"(?i)\b(?:said(?! to\b)|says|reports?|reported(?! to\b)|told|tells|according)\b")


#: A print photo credit alone on its line: the photographer and the agency, "JANE DOE/REUTERS".
_PRINT_CREDIT = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*/[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")


def _mark_captions(pieces: list[Piece]) -> list[Piece]:
    """A photo's caption: the one short sentence that shares a line with a photo credit
    ("Crews inspect the wall. Photo: J. Smith"), stands alone right under a credit line, or
    right above one under the title block."""
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
    for position in range(1, len(marked) - 1):
        caption, credit = marked[position], marked[position + 1]
        # A sentence right above a credit line, under the title block rather than after a
        # paragraph: "Updated 3 minutes ago" / "The image was shared widely." / "Photograph: AP".
        after = marked[position + 2 : position + 3]
        # Or a paragraph of its own between paragraphs with a print credit under it, the
        # photographer and the agency alone ("People gather near the scene." / "JANE
        # DOE/REUTERS"), and a blank line after: a photo set in a column. (A labelled credit,
        # "(Photo: EPA)", may stand under the text's own last sentence.)
        set_apart = (
            caption.paragraph_start and all(p.line > credit.line + 1 for p in after)
            and bool(_PRINT_CREDIT.fullmatch(credit.text.strip()))
        )
        under_the_title_block = credit.reason == "photo credit" and _under_a_title_block(marked, position)
        if (
            credit.reason == "photo credit"
            and credit.line == caption.line + 1
            and all(p.line != credit.line for p in after)
            # (A line of no sentence is a caption only right under the title block's date
            # or byline: "Residents gathered outside" / "Credit: Reuters".)
            and (caption.kind == "body" or caption.kind == "short" and under_the_title_block)
            and marked[position - 1].line != caption.line
            and (marked[position - 1].kind in ("meta", "short") or set_apart or under_the_title_block)
            and len(rough_sentences(caption.text)) == 1
            and features(caption.text).words <= 20
            and not _REPORTED.search(caption.text)
        ):
            marked[position] = Piece(caption.start, caption.end, caption.line, "boilerplate", "photo caption", caption.text)
    for position in range(1, len(marked)):
        # A labelled caption right under the title, no blank between: "Title" / "Image:
        # Supporters hold up signs during a rally." (Between paragraphs such a line is
        # often the text's own.)
        caption, above = marked[position], marked[position - 1]
        if (
            caption.kind == "body" and _PICTURE_LABEL.match(caption.text) and _alone_on_its_line(marked, position)
            and above.kind == "short" and above.line == caption.line - 1 and _alone_on_its_line(marked, position - 1)
            and features(above.text).words >= HEADLINE_WORDS  # (a title; not a credit line: "Mueller Family")
            and features(caption.text).words <= CAPTION_WORDS and len(rough_sentences(caption.text)) == 1
        ):
            marked[position] = replace(caption, kind="boilerplate", reason="photo caption")
    return marked


#: A picture's label before its caption: "Image: ", "Photo: ".
_PICTURE_LABEL = re.compile(r"(?i)^(?:image|photo|photograph|picture|pic)s?\s*:\s")
#: Most words in a labelled caption ("Photo: Crews clear the road after the storm.").
CAPTION_WORDS = 25


def _under_a_title_block(pieces: list[Piece], position: int) -> bool:
    """Under a title and the dates or bylines under it, line after line, and a blank line:
    "Title" / "By Rosa Delgado" / "Published Sun 1 Sep 2024" / "" / this piece. A share
    bar may stand among them ("Share · Save")."""
    furniture_lines = {p.line for p in pieces[:position] if p.kind == "boilerplate"} - {
        p.line for p in pieces[:position] if p.kind != "boilerplate"
    }

    def lines_between(upper: int, lower: int) -> int:
        return sum(1 for line in range(upper + 1, lower) if line not in furniture_lines)

    block = [p for p in pieces[:position] if p.kind != "boilerplate"]
    # (A blank line after the block: a title under a date line is the next article's.)
    above, line, gap = len(block) - 1, pieces[position].line, 1
    while above >= 0 and block[above].kind == "meta" and lines_between(block[above].line, line) == gap:
        above, line, gap = above - 1, block[above].line, 0
    return above < len(block) - 1 and above >= 0 and block[above].kind == "short" and lines_between(block[above].line, line) == 0


#: A person's name: two or three capitalised words of letters ("Jane Doe", "Anne-Marie
#: O'Neill", "Andrew MacAskill", "Sarah N. Lynch"), not led by "The".
_PERSON_NAME = re.compile(
    r"(?!The\s)[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)*){1,2}"
)
#: A post's reactions and counts ("1.2K reactions · 340 comments", "💬 20 comments").
_ENGAGEMENT_COUNT = re.compile(
    r"(?i)\b\d[\d.,]*\s*[km]?\s+(?:comments?|shares?|likes?|reactions?|replies|reposts?|retweets?)\b"
)
#: A post's or a comment's buttons: "Like · Comment · Share", "Like · Reply · 2h".
_ACTION_WORDS = frozenset("like comment share reply repost send save report react retweet quote edited".split())
_ACTION_TOKEN = re.compile(r"[^\W\d_]+|\d+\s*[a-z]{0,3}\b", re.IGNORECASE)
#: The heading over a post's comments, or the prompts and links at their end.
_COMMENTS_HEADING = re.compile(
    r"(?i)^\W*(?:most\s+relevant|(?:most\s+relevant|top|newest|all|view\s+(?:all|more|\d+\s+more|\d+)|see\s+(?:all|more)|show\s+(?:all|more)"
    r"|load\s+more|previous|\d[\d.,]*\s*[km]?)\s+(?:comments?|replies)|comments?|write\s+a\s+(?:comment|reply)|add\s+a\s+comment)\W*$"
)
#: A blog's comments counted over them: "2 responses to “Title”", "14 thoughts on “Title”", "3 Comments".
_COUNTED_COMMENTS = re.compile(
    r"(?i)^\W*(?:(?:\d{1,4}|one|two|three)\s+(?:responses?|comments?|thoughts|replies)(?:\s+(?:to|on)\s+\S.{0,150})?"
    r"|(?:discussion|comments|responses|replies)\s*\(\d{1,4}(?:\s+(?:comments?|responses?|replies))?\))$"
)
#: What opens a blog's comment: "Jane says:".
_COMMENT_SAYS = re.compile(r"(?i)^\s*\S.{0,40}?\s+(?:says|said|wrote)\s*:\s*$")
#: The form under a blog's comments: "Leave a Reply", "Join the discussion".
_COMMENT_FORM = re.compile(r"(?i)^\W*(?:leave\s+a\s+(?:reply|comment)|join\s+the\s+discussion|post\s+a\s+comment|write\s+a\s+comment)\W*$")
#: At most this many words in a commenter's name over the time of the comment ("Dave in Leeds").
COMMENTER_WORDS = 4


def _blog_comment_opens(lines: list[list[Piece]], number: int) -> bool:
    """A blog's comment starts at line ``number``: "Jane says:", the commenter's name over
    the comment's time ("Dave in Leeds" / "January 22, 2024 at 10:11 am"), or the form."""
    text = " ".join(p.text for p in lines[number])
    if _COMMENT_SAYS.match(text) or _COMMENT_FORM.match(text):
        return True
    below = lines[number + 1] if number + 1 < len(lines) else []
    return (
        len(lines[number]) == 1 and features(text).words <= COMMENTER_WORDS and not text.rstrip().endswith(("!", "?", ":"))
        and len(below) == 1 and below[0].kind == "meta" and below[0].reason == "date or time" and not below[0].paragraph_start
    )
#: "Jane Doe: About time they fixed that quay." A reader's name, then what they wrote.
_NAMED_COMMENT = re.compile(rf"^\s*(?P<name>{_PERSON_NAME.pattern}):\s+\S")
#: A comment is a reader's few words; a line longer than this is no comment.
COMMENT_WORDS = 40


def _actions(text: str, of_a_comment: bool) -> bool:
    """Only buttons and a time: "Like · Comment · Share"; a comment's have "Reply"."""
    tokens = [t.lower() for t in _ACTION_TOKEN.findall(text)]
    words = [t for t in tokens if not t[0].isdigit()]
    if not words or any(w not in _ACTION_WORDS and not _time_like(w) for w in words):
        return False
    return "reply" in words if of_a_comment else len(set(words) & _ACTION_WORDS) >= 2


def _engagement(piece: Piece) -> bool:
    return piece.kind != "body" and (bool(_ENGAGEMENT_COUNT.search(piece.text)) or _actions(piece.text, of_a_comment=False))


#: What a post's counts count, as its bar prints them ("Reply 12 Repost 40 Like 180").
_COUNTED_ACTIONS = _ACTION_WORDS | frozenset(
    "likes comments shares replies reposts retweets quotes reactions boost boosts favourite favourites favorite favorites views bookmarks"
    # and who follows the account: "7,759,297 followers"; "Boosted 28 times"
    " followers subscribers members connections boosted favourited favorited times".split()
)


_COUNT = re.compile(r"^\d+[km]?$")


def _reaction_bar(text: str) -> bool:
    """A line of a post's counts and buttons and nothing else: "Reply 12 Repost 40 Like 180",
    "12 likes · 3 comments", "Like · Comment · Share"."""
    tokens = [t.lower() for t in _ACTION_TOKEN.findall(text)]
    words = [t for t in tokens if not t[0].isdigit()]
    counts = [t.replace(" ", "") for t in tokens if t[0].isdigit()]
    # A count is a number ("540", "5.8K"), not an age ("11h • Edited" is the post's stamp).
    if not words or any(w not in _COUNTED_ACTIONS or w == "edited" for w in words) or any(not _COUNT.match(t) for t in counts):
        return False
    return bool(counts) or len(set(words)) >= 2


#: Lines of a comment (a reader's name and words) before its actions or the next heading.
COMMENT_LINES = 3


def _comment_thread_end(lines: list[list[Piece]], first: int) -> int:
    """The line after the last of the comment thread that starts at line ``first``.

    A heading ("Most relevant", "View more comments"), a comment's actions ("Like · Reply ·
    2h") and a reader's "Name: words" are the thread's for sure; a reader's name and words
    between them are its too. Under a heading, the thread runs to the blank line."""
    confirmed, pending, opened = first, 0, False
    for number in range(first, len(lines)):
        pieces = lines[number]
        if number > first and pieces[0].paragraph_start:
            return number if opened and pending <= COMMENT_LINES else confirmed
        text = " ".join(p.text for p in pieces)
        # A post's own counts or buttons: the next post has begun.
        if features(text).words > COMMENT_WORDS or any(_engagement(p) for p in pieces) and not _actions(text, of_a_comment=True):
            break
        named = _NAMED_COMMENT.match(text)
        if _COMMENTS_HEADING.match(text) or _actions(text, of_a_comment=True) or named and not MEDIA_WORDS.search(named["name"]):
            # A heading under the comments ("Write a comment...") closes the thread.
            opened = number == first if _COMMENTS_HEADING.match(text) else opened
            confirmed, pending = number + 1, 0
        elif opened and _PERSON_NAME.fullmatch(text.strip()) and not MEDIA_WORDS.search(text):
            # The next reader's name: the comment above it is whole.
            confirmed, pending = number, 1
        else:
            pending += 1
            if pending > COMMENT_LINES:
                break
    else:
        if opened and pending <= COMMENT_LINES:
            return len(lines)
    return confirmed


def _mark_comment_threads(pieces: list[Piece]) -> list[Piece]:
    """Under a post's reactions or buttons, its readers' comments are furniture: the lines
    right under them (or apart, under a comments heading) that read as a thread
    (``_comment_thread_end``)."""
    lines: list[list[Piece]] = []
    for piece in pieces:
        if lines and lines[-1][0].line == piece.line:
            lines[-1].append(piece)
        else:
            lines.append([piece])
    marked: list[Piece] = []
    number = 0
    while number < len(lines):
        marked.extend(
            replace(p, kind="boilerplate", reason="reactions") if p.kind in ("short", "meta") and _reaction_bar(p.text) else p
            for p in lines[number]
        )
        if lines[number][0].paragraph_start and _COUNTED_COMMENTS.match(" ".join(p.text for p in lines[number])):
            # "2 responses to “Title”" over "Jane says:" / date / words / "Reply", comment
            # after comment, then the form to write one: a blog's comments, to their end.
            end = number + 1
            while end < len(lines) and (end == number + 1 or lines[end][0].paragraph_start) and _blog_comment_opens(lines, end):
                if _COMMENT_FORM.match(lines[end][0].text):
                    end += 1  # the form, to its paragraph's end
                    while end < len(lines) and not lines[end][0].paragraph_start:
                        end += 1
                else:
                    end = max(_comment_thread_end(lines, end), end + 1)
            for thread_line in lines[number:end]:
                marked.extend(replace(p, kind="boilerplate", reason=_COMMENT_UNDER_A_POST) for p in thread_line)
            number = end
            continue
        if not any(_engagement(p) for p in lines[number]):
            number += 1
            continue
        first = number + 1
        while first < len(lines) and any(_engagement(p) for p in lines[first]) and not lines[first][0].paragraph_start:
            marked.extend(lines[first])
            first += 1
        under = first < len(lines) and (
            not lines[first][0].paragraph_start or _COMMENTS_HEADING.match(" ".join(p.text for p in lines[first]))
        )
        end = _comment_thread_end(lines, first) if under else first
        for thread_line in lines[first:end]:
            marked.extend(replace(p, kind="boilerplate", reason=_COMMENT_UNDER_A_POST) for p in thread_line)
        number = end
    return marked


#: A line of furniture this short is one item, whatever separators it holds.
SHORT_HEADER_WORDS = 4


#: A cookie banner: cookies and what the site does with them, on one short line.
_COOKIE_BANNER = re.compile(r"(?is)^(?=.*\bcookies?\b)(?=.*\b(?:site|website|experience|consent|privacy|settings|preferences|partners)\b)")


def _classified_stretches(line: str, left: int, right: int) -> list[tuple[int, int, str, str]]:
    """Classify ``line[left:right]``; where it holds several sentences, furniture
    sentences (an ad, a link, a credit) are cut out and the rest classified as a whole."""
    text = line[left:right]
    byline_end = byline_prefix_end(text)
    if byline_end is not None:
        cut = left + len(text[:byline_end].rstrip())
        return [(left, cut, "meta", "byline"), *_classified_stretches(line, left + byline_end, right)]
    kind, why = classify(text)
    if why == "menu or link list" and re.fullmatch(r"\s*[^·|•]+[·|•][^·|•]+", text) and _named_by_pattern(text.strip()):
        kind, why = "meta", "header line"  # "Source · Mirror": a label and its outlet, no menu
    elif why in ("menu or link list", "link") and _COUNTED_NAME.match(text.strip()) and _named_by_pattern(text.strip()):
        kind, why = "meta", "header line"  # "#1: ABC News", "Article 1 – Reuters": a counter and its outlet
    if headline_and_its_domain(text.strip()) and kind != "body" or _title_with_outlet(text) and features(text).words <= 30:
        return [(left, right, kind, why)]  # "Leader Is Dead, U.S. Says (nytimes.com)", "N. Korea's Kim ... | Reuters": one title
    sentences = rough_sentences(text)
    if why == "reporting credit" and all(len(text[start:end].split()) <= SHORT_HEADER_WORDS for start, end in sentences[1:]):
        return [(left, right, kind, why)]  # "Originally published by X. Used with permission.": one credit
    if kind != "body" and (len(sentences) < 2 and not (kind == "boilerplate" and len(text.split()) >= 8) or len(text.split()) <= SHORT_HEADER_WORDS):
        return [(left, right, kind, why)]  # one header item ("nytimes.com · Lean Left"), not sentences
    if kind == "boilerplate" and _COOKIE_BANNER.search(text):
        return [(left, right, kind, why)]  # a cookie banner's every sentence ("Some are essential; others help us ...")
    stretches: list[tuple[int, int, str, str]] = []
    kept_start, previous_end = None, 0

    def close_kept() -> None:
        nonlocal kept_start
        if kept_start is not None:
            stretches.append((kept_start, previous_end, "", ""))
            kept_start = None

    for start, end in sentences:
        if (
            why == "reporting credit" and kept_start is not None and CREDIT_LINE.search(text[start:end])
            and len(text[kept_start:previous_end].split()) > SHORT_HEADER_WORDS
        ):
            # "... would issue a statement later. (Reporting by A; Editing by B)": the
            # article's last sentence, then the wire's credit on its line. (Not "Sarah N." /
            # "Lynch contributed to this report.": one name cut at its initial.)
            close_kept()
            stretches.append((start, end, "meta", "reporting credit"))
            continue
        reason = furniture_reason(text[start:end])
        rescued = reason in ("link", "photo credit") and kind == "body" and _prose_sentence(text[start:end])
        if rescued:
            # A sentence of the article that names a website, a handle or a picture
            # ("The results are online at www.example.gov.") stays in its paragraph.
            reason = ""
        if reason:
            close_kept()
            # Headlines glued into one run hold capitals anywhere, no article text after them.
            resume = None if reason == "headlines run together" else article_text_after_furniture(text[start:end])
            if resume is None:
                stretches.append((start, end, "boilerplate", reason))
                continue
            cut = start + len(text[start : start + resume].rstrip())
            stretches.append((start, cut, "boilerplate", reason))
            kept_start, previous_end = start + resume, end
        else:
            # An ad in another language or a credit can run straight into the sentence.
            resume = article_text_after_furniture(text[start:end], furniture_prefix_only=True)
            # In such a sentence only words led by a cue are furniture before it ("Follow
            # @metrotimessport for live scores and reaction City had led..."); its hashtag
            # is no link ("... loved the #blurka story, it was based on the false assumption").
            if resume is not None and rescued and not _cue_led(text[start : start + resume]):
                resume = None
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


def _cue_led(text: str) -> bool:
    found = features(text)
    return found.strong_cue or found.weak_cue


def _prose_sentence(sentence: str) -> bool:
    found = features(sentence)
    if found.strong_cue or found.weak_cue and found.words < 12:
        return False
    if re.search(r"https?://|(?:^|\s)/[\w-]+/", sentence):
        return False
    return found.words >= 6 and found.function_share >= 0.15 and (found.ends_like_sentence or found.words >= 12)


_DAY_OR_MONTH = re.compile(
    r"(?i)\b(?:today|yesterday|tonight|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\d"
)
#: "USA Today", "Psychology Today": a name's last word, not a day.
_TODAY_IN_A_NAME = re.compile(r"(?<=[A-Za-z])\s+Today$")


def _calendar_in_name(name: str) -> bool:
    """The words hold a day, a month's date or a number: a date, not an outlet's name."""
    return bool(_DAY_OR_MONTH.search(_TODAY_IN_A_NAME.sub("", name.strip())))


_BYLINE_OUTLET = re.compile(
    r"(?i)^\s*(?:(?:words|reporting|written|story|report|text)\s+)?by\s+(?P<author>[^,|·•/()—–]{2,60}?)"
    r"\s*(?:,|\||·|•|/|—|–|\(|\s(?:for|at|of)\s)\s*(?P<name>[^,|·•()/]{2,60}?)\s*\)?\s*(?:(?:[,|·•—–]|$)\s*(?P<rest>.*))?$"
)
_WRITER_THEN_OUTLET_IN_BRACKETS = re.compile(r"^(?:[A-Z][\w.'’-]+\s+){1,2}[A-Z][\w.'’-]+\s*\((?P<name>[^()\d]{2,40}?)\)$")
_WRITER_SLASH_OUTLET = re.compile(r"^(?P<writer>(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+)\s*/\s*(?P<name>[^/:]{2,60}?)\s*:$")
#: Not an outlet's name: a page, issue or volume ("Vol. 91, No. 64"), or a label with its colon.
_NOT_A_NAME = re.compile(r"(?i)^(?:(?:page|p\.|pp\.|section|issue|vol\.?|volume|no\.|edition|clip)\s*[\w.]+(?:\s*,\s*|\s+|$))+$|:")
#: A forum's or a network's user name, one word, no outlet's: "Pm_me_your_sources",
#: "Left-Plate-7713", "Puzzleheaded-Ad4410", "AnotherBoringUsername" (three capitals run
#: together; an outlet runs two at most: "TechCrunch", "BuzzFeed").
_ACCOUNT_HANDLE = re.compile(r"\w*_\w*|[A-Za-z]+(?:-[A-Za-z]+)*-?[A-Za-z]*\d{2,}|(?:[A-Z][a-z]+){3,}")
_ROLES = re.compile(
    r"(?i)\b(?:reporter|correspondent|editor|writer|staff|columnist|contributor|journalist|desk|chief|bureau|producer|analyst)\b"
)


#: A wire's credit line that may name an outlet rather than a writer: "The Associated Press
#: contributed to this report.", "(Reporting by Reuters; editing by Jane Doe)".
_OUTLET_IN_A_WIRE_CREDIT = re.compile(
    r"(?i)^\(?\s*(?:(?P<contributor>[^()]{2,60}?)\s+contributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)"
    r"|(?:additional\s+)?reporting\s+by\s+(?P<reporter>[^;,()]{2,60}?)\s*(?=[;,)]|$)"
    r"|with\s+(?:inputs|files)\s+from\s+(?P<supplier>[^;,()]{2,60}?)\s*\)?\.?$)"
)


def _supplier_named(text: str) -> str:
    """The supplier a credit for the material of a text names ("With files from X",
    "(With inputs from X)", "X contributed reporting"), or ""."""
    match = _OUTLET_IN_A_WIRE_CREDIT.match(text.strip())
    supplied = match and (match.group("supplier") or match.group("contributor"))
    return _outlet_credited_by_the_wire(text) if supplied else ""


def _supplier_credits_taken(draft: "_Draft", header: list[Piece], dropped: list[Piece]) -> list[Piece]:
    """The header without the wire credits in it ("With files from X", "X contributed
    reporting"), which go to the text above them: the supplier they name is that text's
    outlet when nothing else is."""
    supplied = [(p, name) for p in header if (name := _supplier_named(p.text))]
    if not supplied:
        return header
    draft.credit_below = draft.credit_below or supplied[0][1]
    dropped.extend(p for p, _ in supplied)
    return [p for p in header if all(p is not q for q, _ in supplied)]


def _outlet_credited_by_the_wire(text: str) -> str:
    """The outlet a wire's credit line names, where the name is no person's ("Jane Doe
    contributed to this report" names a writer)."""
    match = _OUTLET_IN_A_WIRE_CREDIT.match(text.strip())
    if not match:
        return ""
    # "David Henry in New York": a writer where he wrote.
    credited = match.group("contributor") or match.group("reporter") or match.group("supplier")
    name = _tidy_name(re.sub(r"\s+in\s+[A-Z][\w.'’ -]*$", "", credited))
    # "CNN's Shimon Prokupecz", "Jane Doe and Reuters", "By CNBC. The Associated Press": no one name.
    if not (_looks_like_name(name) or _DOMAIN_NAME.match(name)) or re.search(r"\band\b|['’]s?\s|\.\s", name):
        return ""
    # (Files come from an agency or a paper, never a person: "With files from Coast Watch".)
    return name if _DOMAIN_NAME.match(name) or match.group("supplier") or not _people_named([name]) else ""


#: A credit that names no one: "From Staff Reports", "Staff and agencies", "wire services".
_UNNAMED_CREDIT = re.compile(r"(?i)^(?:(?:staff|wires?|news|our|agency|agencies|services?|reports?|writers?|correspondents?|and|&)(?:\s+|$))+$")


#: A site's edition after its name: "The Guardian (UK)", "HuffPost (US edition)".
_EDITION = re.compile(r"\s*\((?i:uk|u\.k\.|us|u\.s\.|usa|au|australia|india|canada|ca|nz|ireland|asia|europe|international|intl\.?|global)(?:\s+edition)?\)$")
#: "Jane Doe, The Guardian": a writer's name without "By", then an outlet's, a name of the
#: media ("Times", "News") or a web domain.
_WRITER_COMMA_OUTLET = re.compile(r"^(?P<writer>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+),\s+(?P<name>[^,]{2,50}?)\s*$")


#: The buttons beside a site's name in its bar at the top of a phone's screen.
_APP_BAR_BUTTONS = frozenset({"subscribe", "sign in", "log in", "login", "menu", "search", "follow", "+ follow", "aa", "share"})
_FOLLOW_BUTTONS = frozenset({"follow", "+ follow"})
#: A mark of a phone's interface: an arrow, a menu's bars or dots, a magnifier.
_INTERFACE_MARK = re.compile(r"^[^\w\s]{1,4}$")


def _app_bar_name(text: str) -> str:
    """The site named in the bar a phone's browser or app keeps at the top of the screen:
    "←  THE VERGE  ⋮", "☰  VARIETY.COM   Subscribe", "CBC News   + Follow" — one name
    beside interface marks or buttons, set apart by wide gaps."""
    # (or by a dot: "Daily Mail · Follow", as a social site prints a page's name and button)
    parts = [part.strip() for part in re.split(r"\s{2,}|\s[·•]\s", text.strip()) if part.strip()]
    if not 2 <= len(parts) <= 4:
        return ""
    chrome = [part for part in parts if _INTERFACE_MARK.match(part) or part.casefold() in _APP_BAR_BUTTONS]
    names = [part for part in parts if part not in chrome]
    # (A site's own "Sign in" beside its name is the site's header, not a bar: a bar has an
    # interface mark, or a button to follow the outlet.)
    if len(names) != 1 or not any(_INTERFACE_MARK.match(part) or part.casefold() in _FOLLOW_BUTTONS for part in chrome):
        return ""
    name = names[0]
    return _tidy_name(name) if _DOMAIN_NAME.match(name) or _looks_like_name(name) else ""


def _named_by_pattern(text: str) -> str:
    name = _name_in_a_pattern(text)
    # (A date is no one's name: "By Ingrid Nyberg · Sat 5 October 2024 19.02 GMT".)
    return "" if name and is_meta_part(name) else name


def _name_in_a_pattern(text: str) -> str:
    text = _EDITION.sub("", text)
    in_a_bar = _app_bar_name(text)
    if in_a_bar:
        return in_a_bar
    writer = _WRITER_COMMA_OUTLET.match(text.strip())
    credited = writer.group("name") if writer else ""
    if (
        credited and (MEDIA_WORDS.search(credited) and _looks_like_name(credited) or _DOMAIN_NAME.match(credited))
        and not _ROLES.search(credited) and not text.rstrip().endswith((".", "!", "?"))  # ("North Korea, the Daily Star reported.")
        and all(word[:1].isupper() or word.lower() in _NAME_JOINERS for word in credited.split())
    ):
        return _tidy_name(credited)
    for pattern in _OUTLET_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        name = next((group for group in (match.groupdict().get(key) for key in ("name", "closing", "credited", "app", "sectioned")) if group), "")
        if _UNNAMED_CREDIT.match(name.strip()):
            continue
        if _looks_like_name(name) or _DOMAIN_NAME.match(_tidy_name(name)):  # "Copyright example.com 2024"
            return _tidy_name(name)
    # "The Independent @independent" over a post: the account's display name.
    account = ACCOUNT_NAME.match(text)
    if account and _looks_like_name(account.group("name")):
        return _tidy_name(account.group("name"))
    by_bar = name_bar_outlet(text)
    if by_bar and (_looks_like_name(by_bar) or _DOMAIN_NAME.match(by_bar)):
        return _tidy_name(by_bar)
    # "By Daniel Osei, Copperfield Business Journal": the name after the byline's comma,
    # unless it is the writer's role ("Staff Reporter").
    byline = re.match(r"(?i)^\s*by\s+[^,|·•]{2,60},\s*(?P<name>[^,|·•]{2,60}?)\s*,?$", text)
    if byline and (_looks_like_name(byline.group("name")) or _DOMAIN_NAME.match(byline.group("name"))) and not _ROLES.search(byline.group("name")):
        return _tidy_name(byline.group("name"))
    # "Words by A for X", "By A (X)", "Reporting by A — X", "By A / X", "Written by A at X":
    # the name after the writer's.
    written = _BYLINE_OUTLET.match(text)
    if written and not _ROLES.search(written.group("name")):
        name = written.group("name")
        rest = written.group("rest")
        if (_looks_like_name(name) or _DOMAIN_NAME.match(name)) and (not rest or is_meta_part(rest.strip(" ,|·•"))):
            return _tidy_name(name)
    # "Jane Doe (X)": a writer's name, then the outlet in brackets.
    bracketed = _WRITER_THEN_OUTLET_IN_BRACKETS.match(text)
    if bracketed and (_looks_like_name(bracketed.group("name")) or _DOMAIN_NAME.match(bracketed.group("name"))) and not _ROLES.search(bracketed.group("name")):
        return _tidy_name(bracketed.group("name"))
    # "Jane Doe / X:" over an item of a link river: the writer, then the outlet.
    slashed = _WRITER_SLASH_OUTLET.match(text)
    if slashed and (_looks_like_name(slashed.group("name")) or _DOMAIN_NAME.match(slashed.group("name"))) and not _ROLES.search(slashed.group("name")):
        return _tidy_name(slashed.group("name"))
    # "Jane Doe for X": a person's name (two words at least: "Prepared for X" is no
    # writer's), then the outlet.
    for_outlet = re.match(r"^(?:[A-Z][\w.'’-]+\s+){2,3}(?:and\s+(?:[A-Z][\w.'’-]+\s+){1,3})?for\s+(?P<name>[^,|·•]{2,60}?)\s*$", text)
    if for_outlet and _looks_like_name(for_outlet.group("name")) and not _ROLES.search(for_outlet.group("name")):
        return _tidy_name(for_outlet.group("name"))
    # "X, 3 March 2024" / "X (2h ago)": a name, then a date or time.
    dated = re.match(r"^(?P<name>[^,()]{2,60}?)\s*(?:,|\()\s*(?P<rest>[^()]+?)\)?$", text)
    if (
        dated
        and _looks_like_name(dated.group("name"))
        and is_meta_part(dated.group("rest").strip())
        and not _NOT_A_NAME.search(dated.group("name"))
        and not is_meta_part(dated.group("name"))
        and not _calendar_in_name(dated.group("name"))
    ):
        return _tidy_name(dated.group("name"))
    # "via X" or "by X" after a time ("Posted 3 days ago by X"): nobody but the outlet.
    via = re.search(r"\b(?:via|by)\s+(?P<name>[A-Z][^,|·•]{1,60}?|[\w-]+(?:\.[\w-]+)+)\s*$", text)
    if via and (_looks_like_name(via.group("name")) or _DOMAIN_NAME.match(via.group("name"))) and is_meta_part(text[: via.start()].strip() or "x"):
        return _tidy_name(via.group("name"))
    return ""


#: The weather a page prints beside its date: "Lowell, MA 65°F Partly cloudy".
_WEATHER = re.compile(r"-?\d{1,3}\s?°[CF]?")
#: "Forums › News › Today": a path through the site's sections, not an outlet and a date.
_BREADCRUMB = re.compile(r"[›»>](?:[^›»>]+[›»>])+")


def outlet_name(piece: Piece, beside_time: bool = True) -> str:
    """The outlet a header piece names, or "" when it names none.

    Named outright ("Source: X", "via X", "[X]", "X:", "- X", "Originally published by
    X"), or as the name among the dates of a header line ("X · 9 March 2025 · 5 min read",
    "By A | X | 3 August 2025").
    """
    if jump_line(piece.text):
        return ""  # "» HARBOUR, A6": where a printed story goes on, not who wrote it
    if piece.reason.startswith(_OUTLET_SLOT):
        return _slot(piece)[1]
    if piece.reason == _ACCOUNT_OVER_HANDLE:
        return _tidy_name(piece.text.strip())
    if piece.reason == _APP_BAR:
        return _app_bar_name(piece.text)
    if piece.reason == _SOURCE_LEAD_IN:
        return _source_in_a_lead_in(piece.text)
    if piece.reason == _PRINT_HEADER_LINE:
        # "Title | Outlet", "Title - Outlet": the name after the page's title (not one the
        # header cut off: "Title | Politics | IB…").
        parts = _SITE_NAME_SEPARATOR.split(_print_header_text(piece))
        name = parts[-1].strip()
        if len(parts) < 2 or name.endswith(("…", "...")):
            return ""
        return _tidy_name(name) if _looks_like_name(name) or _DOMAIN_NAME.match(name) else ""
    # A text browser's "[12]" link references are not the name's ("NEW YORK [16]MAGAZINE").
    text = _LINK_REFERENCE.sub("", piece.text).strip()
    status_fields = wire_status_fields(text)
    if status_fields:
        return next((named for field in status_fields if ":" in field and (named := _named_by_pattern(field))), "")
    named = _named_by_pattern(text)
    if named:
        return named
    parts = header_parts(text)
    if len(parts) >= 2 and _WEATHER.search(text):
        return ""  # the page's date and weather: "70°F Rain · Homestead, FL · Wednesday, July 3"
    if len(parts) >= 2 and any(is_meta_part(part) for part in parts) and not _BREADCRUMB.search(text):
        for part in parts:
            named = _named_by_pattern(part)
            if named:
                return named
            if is_meta_part(part) or re.match(r"(?i)by\s", part) or len(parts) >= 3 and is_page_label(part):
                continue  # a date, a byline, or a printed page's folio label ("A6 | THE SENTINEL | date")
            # The part may itself hold a name and a date ("National Post  15/06/2024 · 8.55").
            name_then_date = re.split(r"\s{2,}", part, maxsplit=1)
            if len(name_then_date) == 2 and is_meta_part(name_then_date[1]):
                part = name_then_date[0]
            named = _name_beside_time(part) or (
                _tidy_name(part) if _looks_like_name(part) and not _NOT_A_NAME.search(part) else ""
            )
            if named:
                return named
    return _name_beside_time(text) if beside_time else ""


_TIME_TOKEN = re.compile(
    rf"(?i)^(?:\d[\d:./-]*(?:st|nd|rd|th|am|pm|a\.m\.|p\.m\.|h|hrs?|m|mins?|d|w|s)?|{CALENDAR_WORD}"
    r"|ago|at|on|just|now|yesterday|today|an?|one|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?"
    r"|am|pm|a\.m\.|p\.m\.|(?-i:[A-Z]{2,4})|updated|published|posted|last)$"
)
#: A time zone ("EST", "GMT") goes with a clock time; without one, "USA Today" is a name.
_TIME_ZONE = re.compile(r"^[A-Z]{2,4}$")
_NAME_TIME_CUT = re.compile(r"\s+[-–—|·•¦]\s+|\s{2,}|,\s+|\)\s*|\s*\(|\s+(?:via|from)\s+")


def _time_like(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s,·|•()]+", text.strip()) if t]
    if not tokens or not all(_TIME_TOKEN.match(t) for t in tokens):
        return False
    if any(_TIME_ZONE.match(t) and t.lower() not in ("am", "pm") for t in tokens) and not re.search(r"\d", text):
        return False
    return any(re.search(r"\d|ago|now|yesterday|today", t, re.I) for t in tokens)


def _name_beside_time(text: str) -> str:
    """"MEDIAITE  6d", "(Daily Mail) an hour ago", "Daily Mail - 2015-05-02", "3h — Slate",
    "2h via Reuters": a name on one side of a separator, a time or date on the other."""
    if len(text) > 90:
        return ""
    for cut in _NAME_TIME_CUT.finditer(text):
        for name, rest in ((text[: cut.start()], text[cut.end() :]), (text[cut.end() :], text[: cut.start()])):
            name = name.strip(" ()[]-–—|·•")
            # "Highlights (2)": a count beside a label, no time.
            if not name or not rest.strip(" ()") or rest.strip(" ()").isdigit() or not _time_like(rest):
                continue
            if _DOMAIN_NAME.match(name) or (
                _looks_like_name(name) and not _NOT_A_NAME.search(name) and not _calendar_in_name(name) and not is_meta_part(name)
                and not features(name).weak_cue
            ):
                return _tidy_name(name)
    return ""


def _furniture_word_in(name: str) -> bool:
    """A word of furniture in a name-like line ("Read more", "Follow us", "Most read"), not
    a capitalised word after the first inside a name ("Coast Watch", "Human Rights Watch",
    "The Next Web")."""
    return any(
        match.start() == 0 or not match.group(0)[:1].isupper() for match in WEAK_CUES.finditer(name.strip())
    )


def _looks_like_name(text: str) -> bool:
    if _DOMAIN_NAME.match(text.strip()):
        return True  # "dailymail.co.uk": a web domain names its site
    words = text.split()
    if not 1 <= len(words) <= 6 or features(text).ends_like_sentence or not text[:1].isalpha():
        return False
    if re.search(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", text):
        return False  # "D.B.G 05/11/14": a signature's date
    if len(words) == 1 and (WEAK_CUES.fullmatch(text.lower()) or text.strip().casefold() in _BUTTON_LABELS):
        return False  # "Save", "Share", "Settings", "[IMG]": buttons and markers, not outlets
    if _ACCOUNT_HANDLE.fullmatch(text.strip()):
        return False  # "Left-Plate-7713": a user's name on a forum
    # "Added on", "Saved at": a name does not end on a joining word.
    if len(words) >= 2 and words[-1].lower() in _CONNECTORS:
        return False
    return all(word[:1].isupper() or word[:1].isdigit() or word.lower() in _CONNECTORS for word in words)


def _tidy_name(name: str) -> str:
    name = re.sub(r"\[\d{1,4}\]", "", name).strip(" -–—:[]→›»")
    # "Published by X on March 3": the date after a name is not the name's.
    dated = re.search(r"\s+(?:on|at)\s+(?P<when>.+)$", name)
    if dated and (is_meta_part(dated.group("when")) or _time_like(dated.group("when"))):
        name = name[: dated.start()]
    # "USA Today, 19.50", "Ro Herald 2014": the time or year beside a name is not the name's.
    name = re.sub(r"(?:,\s*|\s+)(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|(?:19|20)\d{2})$", "", name, flags=re.IGNORECASE).strip(" -–—:,")
    if name.isupper() and _DOMAIN_NAME.match(name):
        return name.lower()  # "CNBC.COM": a web domain is written in small letters
    if name.isupper():
        # "CAPITAL WIRE" reads as "Capital Wire", "THE TIMES OF MALTA" as "The Times of
        # Malta"; short acronyms such as "BBC" stay.
        name = " ".join(
            (word.capitalize() if position == 0 else word.lower()) if word.lower() in _NAME_JOINERS
            else word if len(word) <= 3 else word.capitalize()
            for position, word in enumerate(name.split())
        )
    return name


def _is_title(piece: Piece) -> bool:
    if piece.kind != "short" or outlet_name(piece) or _LOWER_CASE_WORD.match(piece.text.strip()):
        return False
    return features(piece.text).words >= 3 or piece.text.startswith("#")


def _same_text(a: str, b: str) -> bool:
    return _normal_line(a) == _normal_line(b)


def _normal_line(text: str) -> str:
    """The line as ``_same_text`` compares it: lower case, one space between words, no
    closing full stop or exclamation mark."""
    return " ".join(text.lower().split()).rstrip(".!")


@dataclass
class _Draft:
    header: list[Piece]
    started_by: str = "first prose"
    body: list[Piece] = field(default_factory=list)
    trailer: list[Piece] = field(default_factory=list)
    #: Outlets named in furniture right under the body ("© 2025 Lakeshore Tribune.").
    trailer_names: list[str] = field(default_factory=list)
    #: The title printed after the text, where the page prints every title so; and the
    #: title in the header that is the article's above.
    title_below: Piece | None = None
    title_of_the_one_above: Piece | None = None
    #: The site a link card under the text names, where the card stands among posts that
    #: print their own titles over their texts: the text was shared by someone, not posted
    #: by its outlet.
    card_site: str = ""
    #: The host of a page's address alone right under the text: the outlet when nothing
    #: else names one.
    address_below: str = ""
    #: The host of an address under the text that spells its title: the text's own page.
    own_address: str = ""
    #: The supplier a wire credit right under the text names ("With files from X"): the
    #: outlet when nothing else names one (it may be only a source of the text).
    credit_below: str = ""
    #: Where the body starts and ends among the page's pieces.
    first_index: int = -1
    last_index: int = -1
    #: Who shared the text, in a chat export: the sender of the message it came in.
    sender: str = ""


def _merged_into(above: _Draft, draft: _Draft, lines: Sequence[Piece]) -> None:
    """``draft`` goes on the text ``above``: ``lines`` (what of the draft is text) join
    its body, the draft's lines under its text join its trailer."""
    above.body.extend(lines)
    above.trailer.extend(draft.trailer)
    above.trailer_names.extend(draft.trailer_names)
    above.last_index = draft.last_index


#: A later part of a text cut into several posts or messages: "(2/2)", "2/3", "(cont.)",
#: "(continued)", "Part 2".
_CONTINUATION_MARK = re.compile(
    r"(?i)^\s*[(\[]?\s*(?:(?:[2-9]|1\d)\s*/\s*(?:[2-9]|1\d)|cont(?:'?d|\.|inued)|part\s+(?:[2-9]|two|three))\s*[)\]]?\s*[.:…]*\s*$"
)


#: A post's header ending in how long ago it was posted: "... 202 points 1 hour ago", "· 5h".
_POSTED_AGO = re.compile(r"(?i)\b(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\s*$|[·•]\s*\d+[smhdw]\s*$")


def _continued_texts_rejoined(drafts: list[_Draft], dropped: list[Piece]) -> None:
    """A text pasted in several posts, the later ones marked as its parts ("(2/2)", "Part
    2:" under the post's date line, over the text): each part goes on the text above. What
    stands over the mark (the post's header, a line of the text the reader took for its
    title) is left out."""
    position = 1
    while position < len(drafts):
        above, draft = drafts[position - 1], drafts[position]
        first = draft.body[0] if draft.body else None
        over = [*dropped, *draft.header]
        # (The mark opens the post: under its header's date line, with no words but the
        # post's furniture between, "Silver ×1".)
        # (A post's header may have been read as a title: "[–] cold_brew 202 points 1 hour ago".)
        stamps = [p.line for p in over if p.kind == "meta" or p.reason.startswith("byline or time") or _POSTED_AGO.search(p.text)]

        def opens_the_post(mark: Piece) -> bool:
            stamp = max((line for line in stamps if line < mark.line), default=0)
            return 0 < mark.line - stamp <= 3 and not any(stamp < p.line < mark.line and p.kind != "boilerplate" for p in over)

        marks = [
            p.line for p in over
            if first is not None and first.line - 4 <= p.line < first.line and _CONTINUATION_MARK.match(p.text) and opens_the_post(p)
        ]
        if not marks or not above.body:
            position += 1
            continue
        # (A short line between the mark and the text is the text's: a subheading.)
        below_the_mark = [p for p in draft.header if p.line > max(marks) and p.kind == "short"]
        dropped.extend(p for p in draft.header if all(p is not q for q in below_the_mark))
        _merged_into(above, draft, [*below_the_mark, *draft.body])
        drafts.remove(draft)


def _printouts_rejoined(drafts: list[_Draft], pieces: list[Piece], dropped: list[Piece]) -> None:
    """Web pages printed one after another, each printout opened by its print header
    ("12/06/2024, 16:06  Title - site.com"): a text no print header opens is a part of the
    printout it stands in (a heading inside it, or its text under a box), and goes on the
    text above."""
    opening = sorted(p.line for p in pieces if p.reason == _PRINT_HEADER_LINE)
    if len(opening) < 2:
        return

    def numbered(piece: Piece) -> bool:
        return bool(re.match(r"\d{1,2}[.)]?\s", piece.text.strip()))

    def part_of_the_printout(above: _Draft, draft: _Draft) -> bool:
        # Only a text the line model opened at a headline alone (one under its own date or
        # outlet line is an article, printed or not) that ends as prose does: no list of
        # other stories' headlines under its heading ("Trending" / "1. ...").
        return (
            draft.started_by == "title (line model)" and bool(above.body) and bool(draft.body) and not numbered(draft.body[0])
            and features(draft.body[-1].text).ends_like_sentence
            and not any(above.body[-1].line < line < draft.body[0].line for line in opening)
        )

    position = 1
    while position < len(drafts):
        above, draft = drafts[position - 1], drafts[position]
        if not part_of_the_printout(above, draft):
            position += 1
            continue
        # (A heading of the text stays; a numbered line is a list of other stories'.)
        kept = [p for p in draft.header if p.kind == "short" and not numbered(p)]
        dropped.extend(p for p in draft.header if all(p is not k for k in kept))
        _merged_into(above, draft, [*kept, *draft.body])
        drafts.remove(draft)


def _subheadings_rejoined(drafts: list[_Draft]) -> list[_Draft]:
    """On a page whose articles open with a date, byline or outlet line, a headline-like
    paragraph with none of these ("Whatever happened to the McPizza, you ask?"), or a
    short line after furniture with none of them, does not open an article of its own:
    what follows is the text of the article it stands in."""
    cued = [d for d in drafts if d.started_by.startswith(("title by", "title (line model)"))]
    if len(cued) < 2:
        return drafts
    # Where the page prints every title with its outlet, a title the line model finds
    # without one is a heading inside an article.
    paragraph_like = ["headline as a paragraph"]
    if sum(d.started_by == TITLE_WITH_OUTLET for d in drafts) >= max(2, len(cued) - 1):
        paragraph_like.append("title (line model)")
    joined: list[_Draft] = []
    for draft in drafts:
        # After furniture, only a line on its own: a kicker or a name line with the
        # title is an article's header.
        bare = (
            draft.started_by in paragraph_like or draft.started_by == "headline after furniture" and len(draft.header) == 1
        ) and all(p.kind == "short" and not outlet_name(p) for p in draft.header)
        if joined and bare:
            previous = joined[-1]
            if draft.started_by in paragraph_like:
                _merged_into(previous, draft, [*draft.header, *draft.body])
            else:
                # A line after furniture is as likely the furniture's last line ("Want more
                # stories like this?") as a subheading: it is left out, the text rejoins.
                previous.trailer.extend(draft.header)
                _merged_into(previous, draft, draft.body)
            continue
        joined.append(draft)
    return joined


#: An outlet's name has at most this many words where its words alone say it is one.
NAME_BY_DATE_WORDS = 4


def _a_button(text: str) -> bool:
    """One or two words and no count: "Follow", not a link card's "👍 1.2K · 14 comments"."""
    return 1 <= len(text.split()) <= 2 and not re.search(r"\d", text)


#: A page's or account's audience by its name: "7,414,796 followers", "1.2M subscribers".
_AUDIENCE_COUNT = re.compile(r"(?i)^\s*[\d.,]+\s*[km]?\s+(?:followers|subscribers|members|fans)\s*$")


def _by_the_stamp(piece: Piece, header: list[Piece], hints: _LineHints | None) -> bool:
    """The piece stands right over or under a date line of ``header``, or with one button
    (``_a_button``) or its audience's count between them ("Coastal Times" / "Follow" / "3h",
    "Coastal Times" / "12,840 followers" / "1w")."""
    def button_between(line: int) -> bool:
        return hints is not None and 1 <= line <= len(hints.lines) and (
            _a_button(hints.lines[line - 1]) or bool(_AUDIENCE_COUNT.match(hints.lines[line - 1]))
        )

    return any(
        p.kind == "meta" and (abs(p.line - piece.line) == 1 or abs(p.line - piece.line) == 2 and button_between((p.line + piece.line) // 2))
        for p in header
    )


def _name_by_its_date(piece: Piece, header: list[Piece], hints: _LineHints | None = None) -> bool:
    """A web domain, one name-like word ("Mashable") or an outlet's name ("International
    Business Times") alone on its line by the date line (``_by_the_stamp``): the post's or
    article's outlet line, not its title."""
    text = piece.text.strip()
    words = text.split()
    if piece.kind == "short" and len(words) <= NAME_BY_DATE_WORDS and _looks_like_name(text) and _over_an_accounts_handle(piece, header, hints):
        return True
    return piece.kind == "short" and bool(
        _DOMAIN_NAME.match(text)
        or len(words) <= NAME_BY_DATE_WORDS and _looks_like_name(text) and (MEDIA_WORDS.search(text) or len(words) == 1)
    ) and _by_the_stamp(piece, header, hints)


def _over_an_accounts_handle(piece: Piece, header: list[Piece], hints: _LineHints | None) -> bool:
    """Right over a date line that opens with the account's handle ("Kenji Arai" /
    "@kenji@social.example · 2h"): the name is the account's."""
    below = piece.line + 1
    if not any(p.kind == "meta" and p.line == below for p in header):
        return False
    line = hints.lines[below - 1] if hints is not None and below <= len(hints.lines) else next(p.text for p in header if p.line == below)
    return line.lstrip().startswith("@")


def _title_of(header: list[Piece], hints: _LineHints | None = None) -> Piece | None:
    """The title closest to the body; where a page repeats it, its first printing. A line
    the line model reads as a title comes first, and before it one that names its outlet
    the way the page prints every title ("3. Reuters: Microsoft to buy Mojang"). An
    outlet's name by the date line is none (``_name_by_its_date``)."""
    with_outlet = [p for p in header if p.reason.startswith(_TITLE_THEN_OUTLET)]
    if with_outlet:
        return with_outlet[-1]
    # A saved tab's "Title:" field names its title, whatever the lines under it look like.
    fields = [p for p in header if _TITLE_FIELD.match(p.text.strip())]
    if fields:
        return fields[-1]
    header = [p for p in header if not _name_by_its_date(p, header, hints)]
    # A site's bar ("Daily Mail · Follow", "←  THE VERGE  ⋮") tops its text's screen: the
    # title stands under it, and what is over it is the page's ("Suggested for you").
    bar = next((position for position, p in enumerate(header) if p.kind == "meta" and _app_bar_name(p.text)), None)
    header = header[bar:] if bar else header
    if hints is not None and hints.usable:
        def titled_line(piece: Piece) -> bool:
            if piece.kind != "short" or hints.title(piece) < 0.5 or _DOMAIN_NAME.match(piece.text.strip()):
                return False  # a bare web domain ("antiviral.gawker.com") names a site
            if _LOWER_CASE_WORD.match(piece.text.strip()) or _ACCOUNT_HANDLE.fullmatch(piece.text.strip()):
                return False  # "flipped by kenji into World News", "pm_me_your_sources": no headline
            # A headline the model is sure of may read like "A for X" ("Fox Affiliate Falls
            # for College Humor's Prank"); it is still the title.
            return not outlet_name(piece) or (hints.title(piece) >= 0.9 and hints.names_outlet(piece) < 0.1)

        # A standfirst under the title and its outlet line is the article's first lines.
        standfirst = _standfirst(header, hints)
        above = header[: next(i for i, p in enumerate(header) if p is standfirst[0])] if standfirst else header
        titled = [p for p in above if titled_line(p)]
        if standfirst and not titled:
            # A long headline over its outlet line, or the tabloid's headline right over its
            # bullet points.
            over_outlet = above[-1].line if above else 0
            titled = [p for p in above if p.kind == "short" and features(p.text).words >= 15 and not outlet_name(p) and p.line == over_outlet - 1]
            titled = titled or ([above[-1]] if above and _standfirst_title(above[-1]) else [])
        if titled:
            chosen = titled[-1]
            return next(p for p in header if _same_text(p.text, chosen.text))
    for piece in reversed(header):
        if _is_title(piece):
            return next(p for p in header if _same_text(p.text, piece.text))
    return None


#: A sentence's end, a closing quote or bracket after it allowed.
_SENTENCE_CLOSE = re.compile(r"[.!?…:][\"”’')\]]*$")


def _closing_line(piece: Piece, hints: "_LineHints | None") -> bool:
    """A short sentence of the article's own under its last paragraph ("Sigh. Maybe next
    year.", "Does this change how you think about the homeless?", "Here is the full
    video:"): written as a sentence, in sentence case, naming no outlet or time, and not
    what the line model is sure is furniture."""
    text = piece.text.strip()
    if piece.kind != "short" or len(text.split()) < 3 or not _SENTENCE_CLOSE.search(text):
        return False
    if not text[0].isupper() and text[0] not in "\"“‘'(" or _headline_case(text) or outlet_name(piece) or _time_like(text):
        return False
    return hints is None or not hints.usable or hints.p(piece, _FURNITURE) < SURE_FURNITURE


def _last_words_over_the_next_head(header: list[Piece], hints: "_LineHints | None") -> int:
    """How many of the lines over the next article's outlet line and title are the last
    article's last words: prose of a paragraph's length with no end mark, right under the
    text ("Brent jumped on the news, hitting 84.44" / "From trust.org" / the next title)."""
    title = _title_of(header, hints)
    if title is None:
        return 0
    head = next((i for i, p in enumerate(header) if p is title or outlet_name(p) or p.kind == "meta"), len(header))
    if head == 0 or header[head] is title:
        return 0  # a line over the title itself may be its kicker
    count = 0
    while count < head and _last_words(header[count]):
        count += 1
    return count if count == head else 0


#: Function words a line of the article's last words holds at least (a headline holds few).
LAST_WORDS_FUNCTION_SHARE = 0.2


def _last_words(piece: Piece) -> bool:
    """A line of prose of a paragraph's length, in sentence case, naming no outlet."""
    found = features(piece.text)
    text = piece.text.strip()
    return (
        piece.kind == "short" and found.words >= PARAGRAPH_WORDS and found.function_share >= LAST_WORDS_FUNCTION_SHARE
        and text[:1].isupper() and not _headline_case(text) and not outlet_name(piece)
    )


def _headline_case(text: str) -> bool:
    """Every longer word capitalised ("A GIRL GAVE THIS LETTER TO HER TEACHER", "Comcast
    Turns Complaints Back On Customer"): a headline's case; a standfirst is written as a
    sentence."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", _LINK_REFERENCE.sub("", text)) if len(word) >= 4]
    return len(words) >= 3 and all(word[0].isupper() for word in words)


#: How many lines over the outlet or date line a title stands, at most, when the line under
#: them is a standfirst.
STANDFIRST_TITLE_REACH = 3


def _standfirst(header: list[Piece], hints: _LineHints) -> list[Piece]:
    """A line of prose without an end mark under the title and its outlet or date line,
    right above the body ("Two locations in Ohio serve the item you thought was extinct"):
    the article's first line, not a second title."""
    def lead_line(piece: Piece) -> bool:
        found = features(piece.text)
        # A furniture word in a long line is the line's subject ("say reports she took photo").
        cue = found.weak_cue and (found.words < 10 or WEAK_CUES.match(piece.text.strip()))
        return (
            piece.kind == "short" and not outlet_name(piece) and found.words >= 6 and not cue
            and not _headline_case(piece.text)
        )

    # Several such lines may stand there (a tabloid's bullet points under its headline).
    start = len(header)
    while start > 0 and lead_line(header[start - 1]):
        start -= 1
    if start == len(header) or start < 1:
        return []
    # A line behind a title's mark ("▶ What was fake on the Internet", "» Mexican students
    # not among bodies") is the title: only the lines under it can be a standfirst.
    marked = [i for i in range(start, len(header)) if _TITLE_MARK.match(header[i].text.strip())]
    if marked:
        return header[marked[-1] + 1 :]
    above = header[start - 1]
    if header[start].line == above.line:
        return []
    if any(_TITLE_FIELD.match(p.text.strip()) for p in header[:start]):
        return header[start:]  # a saved tab names its title in a field above
    if above.reason.startswith(_TITLE_THEN_OUTLET):
        return header[start:]  # the title, and its outlet with it
    if not (above.kind == "meta" or hints.header_info(above) >= SURE or outlet_name(above)):
        return []
    # A title close above the outlet line (a site's name at the page's top is none): one the
    # model reads as a title, or a long line right over it that the rules took for a
    # headline (no furniture runs to fifteen words without a full stop).
    earlier = [
        p for p in header[: start - 1]
        if p.kind == "short" and not outlet_name(p) and above.line - p.line <= STANDFIRST_TITLE_REACH
        and (hints.title(p) >= 0.5 or (features(p.text).words >= 15 and p.line == above.line - 1))
    ]
    if earlier:
        return header[start:]
    # No title above the outlet or date line: the first of the lines under it is the title
    # (a tabloid's headline over its bullet points), the others the standfirst.
    if len(header) - start >= 2 and _standfirst_title(header[start]):
        return header[start + 1 :]
    return []


def _standfirst_title(piece: Piece) -> bool:
    return piece.kind == "short" and not outlet_name(piece) and features(piece.text).words >= 3


OUTLET_AND_DATE = "an outlet line and a date"
TITLE_WITH_OUTLET = "title by its outlet on the same line"
WRITER_AND_OUTLET = "a writer and outlet line over the text"
AFTER_OUTLET_BELOW = "after the outlet line under the last article"
SLOT_OVER_TEXT = "the page's outlet line over the text"
ADDRESS_OVER_TITLE = "an address spelling the title under it"


#: How many pieces an ad in a text's flow takes at most (its label, its line, a button).
AD_IN_THE_FLOW_PIECES = 3


def _past_an_ad(pieces: list[Piece], position: int) -> Piece | None:
    """The piece after ``pieces[position]``, or after the ad right under it: its label and
    the lines under it, each alone on its line, line after line."""
    following = position + 1
    if following < len(pieces) and _an_ad_label(pieces[following]) and _alone_on_its_line(pieces, following):
        line = pieces[following].line
        following += 1
        while (
            following < len(pieces) and following - position <= AD_IN_THE_FLOW_PIECES and pieces[following].kind == "boilerplate"
            and pieces[following].line == line + 1 and _alone_on_its_line(pieces, following)
        ):
            line = pieces[following].line
            following += 1
    return pieces[following] if following < len(pieces) else None


def _an_ad_label(piece: Piece) -> bool:
    """"Advertisement", "Sponsored", "Anzeige" alone: the label of an ad."""
    return piece.kind == "boilerplate" and bool(_SPONSOR_LABEL.match(piece.text))


def _starts_article(
    header: list[Piece], furniture_since_body: bool, page_outlets: set[str], hints: _LineHints | None = None
) -> str:
    """What in the lines above a paragraph starts a new article ("" when nothing does)."""
    title = _title_of(header, hints)
    if title is None:
        # An outlet line and a date over a paragraph open an article even under a title
        # too short to tell from furniture ("Kanye Banned", "— snopes.com", "yesterday").
        # (A site's bar names the outlet again at the top of every screen of its text.)
        dated = any(p.kind == "meta" and not _app_bar_name(p.text) for p in header)
        # (A bare name by the date line counts: "Coastal Times" / "3h · Public", "Coastal Times"
        # / "Follow" / "3h".)
        named = any(
            outlet_name(p) or p.text.strip() in page_outlets or _bare_name(p) and _by_the_stamp(p, header, hints) for p in header
        )
        if dated and named:
            return OUTLET_AND_DATE
        # "Jane Doe / Reuters:" right over the text after furniture: a link river's item.
        over_text = header[-1].text.strip() if header else ""
        if furniture_since_body and _WRITER_SLASH_OUTLET.match(over_text) and outlet_name(header[-1]):
            return WRITER_AND_OUTLET
        # The page's outlet line ("From AppleInsider:"), a slot of its template, right over
        # the text after furniture, under a title too long to tell from prose.
        if furniture_since_body and header and header[-1].reason.startswith(_OUTLET_SLOT):
            return SLOT_OVER_TEXT
        return ""
    others = [p for p in header if p is not title]
    if title.reason.startswith(_TITLE_THEN_OUTLET):
        return TITLE_WITH_OUTLET
    if any(p.kind == "meta" for p in others):
        return "title by a date or byline"
    # "Reuters:" right over the title names the outlet as an outlet line does.
    if any(outlet_name(p) or p.text.strip() in page_outlets or p.line == title.line - 1 and _name_with_colon(p.text) for p in others):
        return "title by an outlet line"
    if hints is not None and any(hints.header_info(p) >= SURE for p in others):
        return "title by an outlet line (line model)"
    if hints is not None and hints.usable:
        if hints.title(title) >= SURE and (title.paragraph_start or furniture_since_body or others):
            return "title (line model)"
        if hints.title(title) < 0.1 and hints.p(title, _BODY) >= 0.5:
            return ""  # the model reads it as a subheading or a line of the article
    words = features(title.text).words
    # A headline set apart by a blank line is longer than a subheading ("What happens next").
    if furniture_since_body and words >= 5:
        return "headline after furniture"
    return "headline as a paragraph" if title.paragraph_start and words >= 6 else ""


def _name_over_the_stamp(pieces: list[Piece], index: int, dropped: list[Piece], site_piece: Piece | None) -> list[Piece]:
    """A bare name alone on the line right over the date line at ``index``, or with a button
    or two between ("Coastal Times" / "Follow" / "3h", "The Associated Press" / "@AP" / "·"
    / "5h"), that the line model dropped as furniture is the post's name line: it is taken
    back from ``dropped`` and returned as a header line."""
    stamp = pieces[index]
    # (The account's handle before the time on its line, dropped as a link:
    # "@ingrid@social.example · 2 hours ago".)
    handle = 0
    while handle < index and pieces[index - handle - 1].line == stamp.line and pieces[index - handle - 1].kind == "boilerplate" and (
        len(dropped) > handle and dropped[-handle - 1] is pieces[index - handle - 1]
    ):
        handle += 1
    first = index - handle
    for back in (1, 2, 3):
        if first < back:
            return []
        run = pieces[first - back : first]  # the name line and the button under it, if any
        above, between = run[0], run[1:]
        # All dropped just now, in order; the button one (``_a_button``), not the site's name.
        taken = dropped[len(dropped) - handle - back : len(dropped) - handle]
        if above is site_piece or [id(p) for p in taken] != [id(p) for p in run] or not all(
            p.kind == "boilerplate" and _a_button(p.text) for p in between
        ):
            return []
        alone = first - back == 0 or pieces[first - back - 1].line != above.line
        if above.reason == _MODEL_FURNITURE and above.line == stamp.line - back and alone and _bare_name(above):
            dropped.pop(len(dropped) - handle - back)
            return [replace(above, kind="short", reason="name over a date line")]
    return []


#: Why a browser's print header is a header line: the first of a printout names its page.
_PRINT_HEADER_LINE = "print header"
#: Between a page's title and its site's name in the title a browser prints ("Title | Outlet").
_SITE_NAME_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
#: Reasons of the print headers' pass that the line model does not overrule.
_CUT_BY_A_PAGE_BREAK = "a paragraph cut by a page break"
_SUBJECT_AS_TITLE = "the subject of the e-mail that forwards the text"
_TITLE_IN_THE_PRINT_HEADER = "the title the print header shows"


def _print_headers(pieces: list[Piece]) -> list[Piece]:
    """A web page printed from a browser repeats its print header ("12/4/26, 10:15 AM Title |
    Outlet") on every printed page: the first of a printout names the page's title and its
    outlet and heads the article; the same header again at a page break is furniture. The
    header and the footer may each take two lines (the date and time over the title, the
    address over "1/2"); those are read only on a page that prints footers."""
    out = list(pieces)

    def alone(i: int) -> bool:
        return _alone_on_its_line(out, i)

    def under(i: int) -> Piece | None:
        return out[i + 1] if i + 1 < len(out) and out[i + 1].line == out[i].line + 1 and alone(i + 1) else None

    footers = {
        i for i, piece in enumerate(out)
        if alone(i) and (print_margin(piece.text) and not print_header_title(piece.text)
                         or PRINT_ADDRESS.match(piece.text.strip()) and under(i) is not None and PAGE_COUNTER.match(under(i).text.strip()))
    }
    titles: dict[int, str] = {}
    margins: set[int] = set()
    for i, piece in enumerate(out):
        if not alone(i):
            continue
        text, below = piece.text.strip(), under(i)
        if print_header_title(text) and (piece.reason in (PRINT_MARGIN, "link") or footers):
            titles[i] = print_header_title(text)
        elif i in footers:
            margins.add(i)
            if not print_margin(text) and below is not None:
                margins.add(i + 1)  # the counter under the address
        elif (
            footers and PRINT_STAMP.match(text) and below is not None and features(below.text).words >= 2
            # (A title the header cut off ends in "…", which reads as a sentence's end.)
            and (below.kind != "body" or below.text.rstrip().endswith(("…", "...")))
        ):
            margins.add(i)
            titles[i + 1] = below.text.strip()
    last = ""
    for i, piece in enumerate(out):
        if i in titles:
            new = titles[i] != last
            last = titles[i]
            out[i] = replace(piece, kind="meta" if new else "boilerplate", reason=_PRINT_HEADER_LINE if new else PRINT_MARGIN)
        elif i in margins:
            out[i] = replace(piece, kind="boilerplate", reason=PRINT_MARGIN)
    # A paragraph the page break cut ("The island ferry will run again on Monday" / footer /
    # header / "after crews finished ..."): both halves are the paragraph's prose, though
    # the first ends with no full stop and reads as a headline.
    margin_lines = {piece.line for piece in out if piece.reason in (PRINT_MARGIN, _PRINT_HEADER_LINE)}
    kept = [i for i, piece in enumerate(out) if piece.line not in margin_lines]
    for before, after in zip(kept, kept[1:]):
        if after - before < 2 or not any(out[i].reason == PRINT_MARGIN for i in range(before + 1, after)):
            continue
        head, tail = out[before], out[after]
        if head.kind in ("short", "body") and tail.kind in ("short", "body") and tail.text.lstrip()[:1].islower() and not features(head.text).ends_like_sentence:
            out[before], out[after] = replace(head, kind="body", reason=_CUT_BY_A_PAGE_BREAK), replace(tail, kind="body", reason=_CUT_BY_A_PAGE_BREAK)
    # The page's title as the header prints it, on a line of its own under the header: the
    # article's title (the line model, seeing it repeated on every printed page, may not).
    shown = {_SITE_NAME_SEPARATOR.split(_print_header_text(p))[0].strip(" …") for p in out if p.reason == _PRINT_HEADER_LINE}
    return [replace(p, kind="short", reason=_TITLE_IN_THE_PRINT_HEADER) if p.kind != "meta" and p.text.strip() in shown else p for p in out]


def _print_header_text(piece: Piece) -> str:
    """What a print header line shows of the page: its title, with the site's name after it."""
    return print_header_title(piece.text) or piece.text.strip()


#: An e-mail's signature holds a few short lines under its "-- " delimiter.
SIGNATURE_WORDS = 8


def _signatures(pieces: list[Piece]) -> list[Piece]:
    """An e-mail's signature: the short lines right under a "--" alone on its line (the
    sender's name, role, firm, telephone), to the blank line."""
    out = list(pieces)
    for position, piece in enumerate(pieces):
        if piece.text.strip() != "--" or position and pieces[position - 1].line == piece.line:
            continue
        line = piece.line
        for index in range(position + 1, len(pieces)):
            below = pieces[index]
            if below.line > line + 1 or features(below.text).words > SIGNATURE_WORDS or below.kind == "body" and features(below.text).ends_like_sentence:
                break
            out[index] = replace(below, kind="boilerplate", reason="e-mail signature")
            line = below.line
    return out


#: A sender's note over what an e-mail forwards is a sentence or two of this many words;
#: right over the text, with no title or outlet line between, a few words only.
NOTE_WORDS = 30
NOTE_OVER_TEXT_WORDS = 12
#: An e-mail's subject as a title: "Subject: Fwd: Title" is "Title".
_MAIL_SUBJECT = re.compile(r"^Subject:\s*(?:(?:Fwd?|FW|Re|RE|AW|WG|TR)\s*:\s*)*")


def _salutation(text: str) -> bool:
    """"Hi all,", "All -", "Team:": a few words that open a note (not "From Coast Watch:")."""
    return features(text).words <= 3 and bool(re.search(r"[,:–—-]$", text.strip())) and not re.match(r"(?i)(?:from|via|source)\b", text.strip())


def _senders_notes(pieces: list[Piece]) -> list[Piece]:
    """The sender's few words between an e-mail's header and the text it forwards ("Worth a
    look - the figures differ.", "Hi all," / "see para 3"), where a title or outlet line
    stands between them and the text, or right over the text when they are a few words
    (NOTE_OVER_TEXT_WORDS): the e-mail's, not the article's."""
    out = list(pieces)

    def header_field(index: int) -> bool:
        # "From: ... <address>", "To: ...", and the header's subject and date lines
        return pieces[index].reason == "e-mail header" or bool(re.match(r"(?:Subject|Sent|Date)\s*:", pieces[index].text.strip()))

    def in_the_note(index: int, note: list[int]) -> bool:
        # its sentences, the greeting over them and the sign-off under them ("Cheers," / "B")
        if pieces[index].kind == "body" or _salutation(pieces[index].text):
            return True
        previous = pieces[index - 1]
        return bool(note) and previous.text.rstrip().endswith(",") and _salutation(previous.text) and features(pieces[index].text).words <= 2

    for position in range(len(pieces)):
        if not header_field(position) or position + 1 < len(pieces) and header_field(position + 1):
            continue
        note: list[int] = []
        words = 0
        index = position + 1
        while index < len(pieces) and in_the_note(index, note) and words + features(pieces[index].text).words <= NOTE_WORDS:
            note.append(index)
            words += features(pieces[index].text).words
            index += 1
        if index < len(pieces) and pieces[index].kind == "body":
            # Right over the text the note is a few words: what is longer is the text's start.
            while note and words > NOTE_OVER_TEXT_WORDS:
                words -= features(pieces[note.pop()].text).words
            index = note[-1] + 1 if note else index
        if not note or index + 1 >= len(pieces):
            continue
        over_text = pieces[index].kind == "body" and pieces[index].line > pieces[note[-1]].line + 1
        if over_text:
            if words > NOTE_OVER_TEXT_WORDS:
                continue
        elif pieces[index + 1].kind == "boilerplate" or pieces[index].kind not in ("short", "meta") and not outlet_name(pieces[index]):
            continue  # ("From bellingcat.com:" over the title is still a link here)
        for i in note:
            out[i] = replace(pieces[i], kind="boilerplate", reason="the sender's note")
        start = position
        while start > 0 and header_field(start - 1) and pieces[start - 1].line == pieces[start].line - 1:
            start -= 1
        for i in range(start, position + 1):
            if pieces[i].kind == "short":
                # Right over the text, the subject is the text's title (kept from the line
                # model, which takes a line at the page's top for furniture); over a text
                # with its own title or outlet line, the e-mail's.
                if not over_text:
                    out[i] = replace(pieces[i], kind="boilerplate", reason="e-mail header")
                elif pieces[i].text.strip().startswith("Subject:"):
                    out[i] = replace(pieces[i], reason=_SUBJECT_AS_TITLE)
    # A letter's closing and the signer's name under it ("Thanks," / "Nora", "Best," / "K"),
    # wherever the note stands: the e-mail's, never a text's outlet or title.
    for position in range(len(pieces) - 1):
        closing, signer = pieces[position], pieces[position + 1]
        if signer.line == closing.line + 1 and _salutation(closing.text) and closing.text.rstrip().endswith(",") and _SIGNER.match(signer.text.strip()):
            out[position] = replace(closing, kind="boilerplate", reason="the sender's note")
            out[position + 1] = replace(signer, kind="boilerplate", reason="the sender's note")
    return out


#: A signer's name under a letter's closing: a name of a word or three, or an initial.
_SIGNER = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")


#: A social account's handle alone on its line: "@AP", "(@HoustonChron)", "@reuters@mastodon.social".
HANDLE_LINE = re.compile(r"^\(?@[\w.-]{2,60}(?:@[\w-]+(?:\.[\w-]+)+)?\)?$")
#: Why a name line right over its account's handle is a header line.
_ACCOUNT_OVER_HANDLE = "account name over its handle"


def _account_names_over_handles(pieces: list[Piece]) -> list[Piece]:
    """A name alone on the line right over a handle alone on its own ("The Associated Press"
    / "@AP", as a copied post prints its header) is the posting account's name: a header
    line that may name an outlet, not a title or the site's name."""
    out = list(pieces)
    for position, piece in enumerate(pieces[:-1]):
        below = pieces[position + 1]
        if (
            below.line == piece.line + 1 and _alone_on_its_line(pieces, position) and _alone_on_its_line(pieces, position + 1)
            and piece.kind in ("short", "boilerplate") and HANDLE_LINE.match(below.text.strip())
            and _looks_like_name(piece.text.strip()) and features(piece.text).words <= 6
        ):
            out[position] = replace(piece, kind="meta", reason=_ACCOUNT_OVER_HANDLE)
    return out


_APP_BAR = "a site's bar over a phone's screen"


def _app_bars(pieces: list[Piece], text: str) -> list[Piece]:
    """A line that is a site's bar on a phone's screen ("←  THE VERGE  ⋮") is one header
    line naming the text's outlet, however its marks were cut into pieces."""
    out: list[Piece] = []
    for _, group in groupby(pieces, key=lambda piece: piece.line):
        on_the_line = list(group)
        first, last = on_the_line[0], on_the_line[-1]
        whole = text[first.start : last.end]
        if _app_bar_name(whole):
            out.append(Piece(first.start, last.end, first.line, "meta", _APP_BAR, whole, first.paragraph_start))
        else:
            out.extend(on_the_line)
    return out


def _credit_under(draft: "_Draft", header: list[Piece]) -> int | None:
    """The position in ``header`` of a site's credit (``_credit_under_text``) right under
    the draft's text, or right under a picture's source that stands there ("aicool.me")."""
    line = draft.body[-1].line
    for position, piece in enumerate(header):
        if _named_after_a_dash(piece):
            # "— Daily Star" may stand a blank line apart; over a title or a date line, it
            # is the next article's outlet line.
            if line < piece.line <= line + 2 and not any(piece.line < q.line <= piece.line + 2 for q in header):
                return position
        elif _credit_under_text(piece) and piece.line == line + 1:
            return position
        if not _DOMAIN_NAME.match(piece.text.strip()):
            return None
        line = piece.line
    return None


def _credit_under_text(piece: Piece) -> bool:
    """A site's credit as a blog prints it under a text it pastes: its domain after a dash
    or in brackets ("— vox.com", "(vox.com)"), or its name in brackets or after "via"
    ("(BuzzFeed)", "via Daily Mail")."""
    text = piece.text.strip()
    if _CREDIT_BY_DOMAIN.match(text):
        return True
    name = outlet_name(piece) if text.startswith("(") or re.match(r"(?i)via\s", text) else ""
    # (Not a picture's credit: "(AP Photo/Eduardo Verdugo)".)
    return bool(name) and "/" not in name and not _NOT_AN_OUTLET_LEAD.search(name)


def _named_after_a_dash(piece: Piece) -> bool:
    """An outlet's name after a dash, "— Daily Star" (not a person's, signing a letter,
    nor a label between dashes, "— CBS News —")."""
    text = piece.text.strip()
    if not re.match(r"[—–]\s*\S", text) or text.endswith(("—", "–")) or _CREDIT_BY_DOMAIN.match(text):
        return False
    name = outlet_name(piece)
    return bool(name) and not _people_named([name])


def _whole_line_credit(text: str) -> bool:
    credit = _TRAILING_OUTLET.match(text.strip())
    return bool(credit and (credit.group("name") or credit.group("app")))


def _named_above(draft: _Draft, hints: _LineHints | None) -> bool:
    title = _title_of(draft.header, hints)
    return any(p is not title and outlet_name(p) for p in draft.header)


def _named_below(draft: _Draft) -> bool:
    return bool(draft.trailer_names) or any(outlet_name(p) for p in draft.trailer)


def _date_apart(header: list[Piece]) -> bool:
    """A date or time line that names nothing ("— snopes.com" / "yesterday")."""
    return any(p.kind == "meta" and not outlet_name(p) for p in header)


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


#: Lines in the place under titles where a page prints its outlet lines, before a bare name
#: there counts as one, and the share of them that surely name outlets.
OUTLET_PLACE_LINES = 3
OUTLET_PLACE_SURE_SHARE = 2 / 3


def _names_in_the_outlets_place(pieces: list[Piece], hints: _LineHints | None) -> set[str]:
    """Bare names right under a title and over its text, where the page's other articles
    print their outlet lines ("pando.com", "investorplace.com", ... "Business Insider"):
    outlet lines too, though a name alone reads less surely as one than a web domain."""
    placed: list[tuple[str, bool]] = []
    for above, piece, below in zip(pieces, pieces[1:], pieces[2:]):
        text = piece.text.strip()
        if not (above.kind == "short" and above.line == piece.line - 1 and below.kind == "body" and below.line > piece.line):
            continue
        if piece.kind not in ("short", "meta", "boilerplate") or not _looks_like_name(text) or _NOT_A_NAME.search(text):
            continue
        sure = bool(_DOMAIN_NAME.match(text)) or hints is not None and hints.usable and hints.names_outlet(piece) >= SURE
        placed.append((text, sure))
    if len(placed) < OUTLET_PLACE_LINES or sum(sure for _, sure in placed) < OUTLET_PLACE_SURE_SHARE * len(placed):
        return set()
    return {text for text, _ in placed}


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


#: Lines at the top and at the foot of a page where the site names itself.
SITE_TOP_LINES = 2
SITE_FOOT_LINES = 3


#: A footer names the site in a line or two; a longer paragraph is the article's.
SITE_FOOTER_WORDS = 25
#: The most lines of a footer under the site's name.
SITE_FOOTER_PIECES = 3


def _without_the_sites_footer(article: "PageArticle", site_names: frozenset[str], dropped: list[Piece]) -> "PageArticle":
    """The last article without the page's footer under it: a short paragraph that names
    the site ("Exported with Readwell. Saved articles remain the work of their publishers.")
    and stands last, where only the site's lines follow. (A footer alone is no article: its
    body comes back empty.)"""
    body = list(article.body)
    # The site's name alone on its line opens the footer, and what stands under it is the
    # footer's ("Pinewood Post" / "Partner stories are published under licence.").
    for position in range(len(body) - 1, max(-1, len(body) - 1 - SITE_FOOTER_PIECES), -1):
        if _tidy_name(body[position].text.strip()).casefold() in site_names and all(
            features(piece.text).words <= SITE_FOOTER_WORDS for piece in body[position + 1 :]
        ):
            dropped.extend(_relabel(piece, "the site's footer") for piece in body[position:])
            body = body[:position]
            break
    while body:
        last = body[-1]
        text = last.text.casefold()
        if features(last.text).words > SITE_FOOTER_WORDS or not any(re.search(rf"\b{re.escape(name)}\b", text) for name in site_names):
            break
        dropped.append(_relabel(body.pop(), "the site's footer"))
    return replace(article, body=tuple(body)) if len(body) < len(article.body) else article


#: The most words of a section's label over a title ("Crime & Courts", "Canada & World").
SECTION_LABEL_WORDS = 4


def _labels_over_titles(drafts: list[_Draft], hints: _LineHints | None) -> dict[str, set[int]]:
    """Short names (casefolded) that stand right over the titles of two articles or more,
    each with the articles it stands over: a section's label or a group's outlet."""
    over: dict[str, set[int]] = {}
    for k, draft in enumerate(drafts):
        title = _title_of(draft.header, hints)
        if title is None:
            continue
        for piece in draft.header:
            text = _tidy_name(piece.text.strip()).casefold()
            right_over = 0 < title.line - piece.line <= 2
            if right_over and piece.kind in ("short", "boilerplate") and 0 < len(text.split()) <= SECTION_LABEL_WORDS:
                over.setdefault(text, set()).add(k)
    return {label: where for label, where in over.items() if len(where) >= 2 and _looks_like_name(label.title())}


def _section_labels(labels: dict[str, set[int]], articles: list[PageArticle]) -> frozenset[str]:
    """Of the labels over titles, those over an article that names another outlet: a
    section's ("Crime & Courts" over a text that "Originally published by X" closes), not
    an outlet."""
    return frozenset(
        label for label, where in labels.items() if any(articles[k].source and articles[k].source.casefold() != label for k in where)
    )


#: A word and a number alone on a line: "Window 2", "Tab 7", "Part 3".
_NUMBERED_LABEL = re.compile(r"^\s*([A-Z][a-z]{2,15})\s+(\d{1,3})\s*$", re.MULTILINE)


def _numbered_labels(text: str) -> frozenset[str]:
    """Lines (casefolded) of one word and a number that the page prints with two numbers or
    more ("Window 1" ... "Window 2"): an export's or a page's counters, no outlet's name."""
    numbers: dict[str, set[str]] = {}
    for match in _NUMBERED_LABEL.finditer(text):
        numbers.setdefault(match.group(1), set()).add(match.group(2))
    return frozenset(f"{word} {number}".casefold() for word, found in numbers.items() if len(found) >= 2 for number in found)


def _site_names(text: str) -> frozenset[str]:
    """Names (casefolded) the page prints in its first lines and again in its last ones
    ("THE HARBOUR TIMES · Tuesday" ... "© 2024 The Harbour Times"): the site's own, which
    on a page of several articles is none of their outlets."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < SITE_TOP_LINES + SITE_FOOT_LINES:
        return frozenset()
    foot = " ".join(lines[-SITE_FOOT_LINES:]).casefold()
    # A printed page's folios and footers carry its name on every page: "A6 | THE SENTINEL |
    # TUESDAY", "Copyright 2024 The Sentinel".
    folios = [line.casefold() for line in lines[SITE_TOP_LINES:] if folio_page(line) or re.search(r"(?i)©|\bcopyright\b", line)]
    top = {_name_in_line(line).casefold() for line in lines[:SITE_TOP_LINES]}
    # "More from Morning Reads" under an article, the page's own name at its top: the site's.
    more_from = {_MORE_FROM.sub("", line).strip().casefold() for line in lines[SITE_TOP_LINES:] if _MORE_FROM.match(line)}
    # Screens of several sites, each under its own bar: the first bar names the first
    # text's site, not the page's.
    bars = {_app_bar_name(line).casefold() for line in lines} - {""}
    if len(bars) >= 2:
        top -= bars
    return frozenset(name for name in top if name and (name in foot or name in more_from or sum(name in folio for folio in folios) >= 2))


# --------------------------------------------------------------------------- hard-wrapped text

#: A line that opens a list item is never the continuation of the line above.
_ITEM_START = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[-–—*•▪◦■●◆►▸>]|[a-z][.)])\s")
_FIRST_WORD = re.compile(r"\S+")
_LINK_MARKER = re.compile(r"^(?:\[\d+\])+")


@dataclass(frozen=True)
class Unwrapped:
    """A page with its hard-wrapped lines joined again into logical lines.

    ``runs`` map the joined text back to the input: ``(joined_start, input_start, length,
    input_line)``, one for each stretch of an input line, in order."""

    text: str
    runs: tuple[tuple[int, int, int, int], ...]
    width: int

    def split_piece(self, piece: Piece) -> list[Piece]:
        """The piece as pieces of the input: one for each input line it covers, each with
        offsets into the input and its input line number; all but the first carry
        ``wrapped`` (they continue the first's logical line)."""
        out: list[Piece] = []
        for joined_start, input_start, length, line in self.runs:
            if joined_start >= piece.end:
                break
            low, high = max(piece.start, joined_start), min(piece.end, joined_start + length)
            if high <= low:
                continue
            start, end = input_start + low - joined_start, input_start + high - joined_start
            chunk = self.text[low:high]
            start += len(chunk) - len(chunk.lstrip())
            end -= len(chunk) - len(chunk.rstrip())
            if end <= start:
                continue
            first = not out
            out.append(
                Piece(start, end, line, piece.kind, piece.reason, self.text[low:high].strip(), piece.paragraph_start and first, not first)
            )
        return out


_BYLINE_START = re.compile(r"(?i)^\s*(?:by|posted|updated|published|written)\b")
#: A credit line under a wrapped headline has at most this many words.
CREDIT_LINE_WORDS = 6


def unwrap(text: str) -> Unwrapped | None:
    """Join hard-wrapped lines (a text browser's or an e-mail's) into logical lines, or None
    where the page is not hard-wrapped.

    A page is hard-wrapped when many of its lines are cut at one width: a line of nearly that
    width whose next line's first word would not have fitted on it (what a greedy wrapper
    leaves), the next line mostly starting in lower case, and few lines longer than the
    width. Such a line and the next are one logical line. Titles, bylines and the last line
    of a paragraph stay lines of their own: they stop short of the width."""
    matches = [m for m in _LINE.finditer(text)]
    if matches and matches[-1].start() == len(text) and not matches[-1].group(0):
        matches.pop()
    lines = [m.group(1).rstrip() for m in matches]
    count = len(lines)
    if count < 6:
        return None
    lengths = [len(line) for line in lines]
    next_word = [0] * count
    next_lower = [False] * count
    for i in range(count - 1):
        word = _FIRST_WORD.search(lines[i + 1])
        if word and not _ITEM_START.match(lines[i + 1]):
            # A "[12]" link marker before the word was printed by the browser and wrapped
            # with it: "[53]Colonel" did not fit where "Colonel" would have.
            bare = _LINK_MARKER.sub("", word.group(0))
            next_word[i] = len(word.group(0))
            next_lower[i] = bare.lstrip("\"“‘(")[:1].islower()
    filled = sum(1 for n in lengths if n)
    candidates = sorted({n for n in lengths if 30 <= n <= 200})

    def cuts(width: int) -> list[int]:
        return [
            i for i in range(count - 1)
            if next_word[i] and 0.6 * width <= lengths[i] <= width < lengths[i] + 1 + next_word[i]
        ]

    best_width, best = 0, []
    for width in candidates:
        found = cuts(width)
        if len(found) > len(best):
            best_width, best = width, found
    if len(best) < 4 or len(best) < 0.25 * filled:
        return None
    # (A printout's header and footer stand in its margins, wider than its text.)
    longer = sum(1 for n, line in zip(lengths, lines) if n > best_width + 2 and not print_margin(line))
    lower = sum(next_lower[i] for i in best)
    if longer > 0.1 * filled or lower < 0.4 * len(best):
        return None
    # A byline under a title of nearly the width starts its own line ("Posted 15/05/2015 by
    # Slate"); a bare date may end a wrapped line ("— BBC (@BBC)" / "February 26, 2015").
    def byline(line: str) -> bool:
        if not _BYLINE_START.match(line):
            return False
        kind, _ = classify(line.strip())
        return kind == "meta" or (kind == "short" and bool(_named_by_pattern(line.strip())))

    # A link of a few words and an arrow under a paragraph's last line is a line of its own,
    # however near the width that line ends ("... Abdulrahman said." / "More from Syria →").
    def arrow_link_after_a_sentence(i: int) -> bool:
        return bool(re.search(r"[.!?][\"'”’)]*$", lines[i])) and _few_words_and_an_arrow(lines[i + 1].strip())

    # A short line that names an outlet outright ("Source: Inquisitr", "via Reuters") under
    # a headline of nearly the width is a line of its own.
    def credit_line(line: str) -> bool:
        stripped = line.strip()
        return len(stripped.split()) <= CREDIT_LINE_WORDS and bool(_named_by_pattern(stripped))

    # A line in the page's own template ("from NBC News, earlier today" under each title)
    # is a line of its own, though it starts in lower case under a title of nearly the width.
    name_and_time_keys = [{key for key, _ in _slot_splits(line.strip()) if key[0] and key[1] == "<time>"} for line in lines]
    key_count = Counter(key for keys in name_and_time_keys for key in keys)

    def template_line(i: int) -> bool:
        return any(key_count[key] >= 2 for key in name_and_time_keys[i])

    # A jump line ("Continued on Page A6") under a column's last line is the page's, not the
    # text's; a field under a field ("Title: ..." over "Authors: ...") is a record's next field.
    joins = {
        i for i in best
        if (next_lower[i] or not byline(lines[i + 1])) and not arrow_link_after_a_sentence(i) and not template_line(i + 1)
        and not jump_line(lines[i + 1]) and not (field_label(lines[i]) and field_label(lines[i + 1]))
        and not credit_line(lines[i + 1]) and not print_margin(lines[i]) and not print_margin(lines[i + 1])
    }
    parts: list[str] = []
    runs: list[tuple[int, int, int, int]] = []
    size = 0
    for number, match in enumerate(matches, start=1):
        index = number - 1
        line = match.group(1)
        left = len(line) - len(line.lstrip()) if index - 1 in joins else 0
        right = len(line.rstrip()) if index in joins else len(line)
        if right > left:
            runs.append((size, match.start(1) + left, right - left, number))
        parts.append(line[left:right])
        size += right - left
        tail = " " if index in joins else match.group(2)
        parts.append(tail)
        size += len(tail)
    return Unwrapped("".join(parts), tuple(runs), best_width)


def read_page(text: str, split: bool = True) -> PageReading:
    """Find the articles on a page. With ``split=False`` the page is one article.

    A hard-wrapped page is read with its wrapped lines joined (``unwrap``); the pieces of
    the reading still carry offsets into ``text``, one piece for each input line."""
    from consistency.language import detect_language

    token = PAGE_LANGUAGE.set(detect_language(text))
    try:
        return _read_whole_page(text, split)
    finally:
        PAGE_LANGUAGE.reset(token)


#: A line quoted behind "> " (a forum post, a reply e-mail): the mark, and how many.
_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
#: Quoted lines in a row that make a quoted text, not one pull quote.
QUOTED_RUN = 3
#: What stands first where a quoted text's "> " mark was taken off: a space that is no
#: space character a page holds.
QUOTED_INDENT = "\u2002"


def _quote_marks_blanked(text: str) -> str:
    """The page with the "> " marks of quoted texts (runs of QUOTED_RUN lines or more)
    turned into spaces, so that offsets and line numbers stay those of ``text``."""
    marks = list(_QUOTE_MARK.finditer(text))
    if len(marks) < QUOTED_RUN:
        return text
    runs: list[list[re.Match[str]]] = []
    line = previous_line = previous_start = 0
    for mark in marks:
        # Counted from the mark before, so a long page is read through once. A quoted text
        # goes on past blank lines, and past one line right under a quoted one (its credit,
        # "via X"), when only blank lines follow that line.
        rows = text[previous_start : mark.start()].split("\n")
        line += len(rows) - 1
        if runs and all(not row.strip() for row in rows[2:-1]):
            runs[-1].append(mark)
        else:
            runs.append([mark])
        previous_line, previous_start = line, mark.start()
    blanked = list(text)
    for run in runs:
        if len(run) >= QUOTED_RUN:
            for mark in run:
                # (An en space first, so that the reader still knows the line was quoted.)
                blanked[mark.start() : mark.end()] = QUOTED_INDENT + " " * (mark.end() - mark.start() - 1)
    return "".join(blanked)


#: A printed page's running header or footer recurs at least this often on a saved document.
RUNNING_LINE_REPEATS = 3
RUNNING_LINE_CHARS = 100
#: "Page 3 of 12", "The Daily Ledger | A7": a header has a function word or two, a sentence more.
RUNNING_LINE_FUNCTION_WORDS = 2
#: A line of the text this long that ends without a sentence's end goes on after a page break.
CUT_LINE_CHARS = 40
#: A line of the text this long is a paragraph, never a title.
CUT_PARAGRAPH_WORDS = 25
_SENTENCE_GOES_ON = re.compile(r"[\w,;–—-]$")
#: A sentence's next word, not a name that starts in lower case ("iPhone", "eBay").
_LOWER_CASE_WORD = re.compile(r"[a-z]+(?![\w'’-]*[A-Z])\b")


def _running_lines_blanked(text: str) -> str:
    """The page with the running headers and footers of a paged document (a PDF saved as
    text: "Clippings 05.03.2024 — page 3") turned into spaces, offsets kept. Such a line
    recurs, its numbers aside, at least RUNNING_LINE_REPEATS times, and at least once
    stands inside a sentence of the text, cut by the page break around it (a paragraph's
    long line without an end mark above, a line in lower case below); an outlet or title
    line that recurs never does."""
    lines = text.split("\n")
    forms: dict[str, list[int]] = {}
    for number, line in enumerate(lines):
        stripped = line.strip()
        # A line that starts in lower case goes on a sentence, and one with the function
        # words of a sentence reads as one: the text of a story printed three times over (two
        # copies and a pull quote), not a page's header.
        # (A bar of links, "Top  For you  Local  Video", is no sentence whatever its words.)
        links = re.split(r"\s{2,}", stripped)
        if (
            stripped and len(stripped) <= RUNNING_LINE_CHARS and not _LOWER_CASE_WORD.match(stripped)
            and (
                sum(word in FUNCTION_WORDS for word in re.findall(r"[a-z]+", stripped.casefold())) <= RUNNING_LINE_FUNCTION_WORDS
                or len(links) >= 3 and all(len(link.split()) <= 2 for link in links)
            )
        ):
            forms.setdefault(re.sub(r"\d+", "#", " ".join(stripped.casefold().split())), []).append(number)
    recurring = {form: numbers for form, numbers in forms.items() if len(numbers) >= RUNNING_LINE_REPEATS}
    if not recurring:
        return text
    running_numbers = {number for numbers in recurring.values() for number in numbers}

    # (A site's bar at the top of a phone's screen may stand under its status bar on only
    # two screens.)
    bars = {number: named for number, line in enumerate(lines) if (named := _app_bar_name(line))}

    def inside_a_sentence(number: int) -> bool:
        above, below = number - 1, number + 1
        while above >= 0 and (above in running_numbers or above in bars or not lines[above].strip()):
            above -= 1
        while below < len(lines) and (below in running_numbers or below in bars or not lines[below].strip()):
            below += 1
        if above < 0 or below >= len(lines):
            return False
        cut, goes_on = lines[above].rstrip(), lines[below].lstrip()
        # The cut line goes on a paragraph's lines, or the sentence runs on through the page
        # break without an empty line (a title over a reading time stands alone).
        in_a_paragraph = above > 0 and bool(lines[above - 1].strip()) and above - 1 not in running_numbers
        tight = all(lines[between].strip() for between in range(above, below + 1))
        # (A paragraph on one line is as long as no title is.)
        one_long_line = len(cut.split()) >= CUT_PARAGRAPH_WORDS
        # (The sentence's last words may be a figure: "... first opened in" / "1912.")
        carried = bool(re.match(r"\d", goes_on)) and len(goes_on.split()) <= CARRIED_WORDS and features(goes_on).ends_like_sentence
        return (
            (in_a_paragraph or tight or one_long_line) and len(cut) >= CUT_LINE_CHARS and bool(_SENTENCE_GOES_ON.search(cut))
            and (bool(_LOWER_CASE_WORD.match(goes_on)) or carried)
        )

    running = {number for numbers in recurring.values() if any(inside_a_sentence(n) for n in numbers) for number in numbers}
    if not running:
        return text

    def beside_running(number: int) -> bool:
        for step in (-1, 1):
            near = number + step
            while 0 <= near < len(lines) and not lines[near].strip():
                near += step
            if near in running:
                return True
        return False

    # A page's footer printed beside the next page's header is page furniture too, though
    # no page break fell inside a sentence right at it; the last page's has no header after.
    # (So is a line beside that one: a phone's status bar, its address bar, the site's bar.)
    while True:
        beside = {
            number for numbers in recurring.values() if sum(beside_running(n) for n in numbers) >= len(numbers) - 1
            for number in numbers
        }
        if beside <= running:
            break
        running |= beside
    # A site's bar at the top of a phone's screens names the text's outlet where it first
    # stands, over the title; on the screens after, it cuts the text.
    named_before = ""
    for number in sorted(running):
        named = bars.get(number, "")
        if named and named != named_before:
            running.discard(number)
        named_before = named or named_before
    return "\n".join(" " * len(line) if number in running else line for number, line in enumerate(lines))


def _read_whole_page(text: str, split: bool) -> PageReading:
    if not split:
        return _read_page(text, split)
    given, text = text, _quote_marks_blanked(text)
    unwrapped = unwrap(text)
    # A database export's fields recur record after record, as a printed page's running
    # lines do: it is read before those are blanked.
    exported = _unwrapped_reading(text, unwrapped, _export_reading)
    if exported is not None:
        return exported
    # Jump lines and folios are read on the page as given: a running line may be one.
    blanked = _running_lines_blanked(text)
    reading = _unwrapped_reading(blanked, unwrapped if blanked is text else unwrap(blanked), lambda page: _read_page(page, split))
    assert reading is not None
    return replace(reading, articles=tuple(joined_across_jumps(given, reading.articles)))


def _unwrapped_reading(text: str, unwrapped: Unwrapped | None, read: Callable[[str], PageReading | None]) -> PageReading | None:
    """``read`` on the page with its hard-wrapped lines joined (``unwrapped``, from
    ``unwrap(text)``), the pieces of its reading mapped back to the page's lines."""
    if unwrapped is None:
        return read(text)
    reading = read(unwrapped.text)
    if reading is None:
        return None
    articles = tuple(
        PageArticle(a.source, a.title, tuple(p for piece in a.body for p in unwrapped.split_piece(piece)), a.found_by + "; lines unwrapped")
        for a in reading.articles
    )
    dropped = tuple(p for piece in reading.dropped for p in unwrapped.split_piece(piece))
    return PageReading(articles, dropped, reading.site)


#: The reason given to a line that names its article's outlet in the page's own template.
_OUTLET_SLOT = "outlet line (page template "
_SLOT_EDGE = "-–—|·•:,;()[]*_›»→/"


def _word_shape(word: str) -> str:
    core = word.strip(_SLOT_EDGE)
    if not core:
        return word
    if core.isdigit():
        return "0"
    if core.isupper() and len(core) > 1:
        return "XX"
    if core[:1].isupper():
        return "Xx"
    return word.lower()


#: "Updated 7 hours ago": the word of a time stamp, not a name.
_STAMP_WORD = re.compile(rf"(?i)(?:update|updates|last|{STAMP_VERBS})$")
#: Words before a name that make it a writer's or a picture's: "By", "Author:", "Photo:".
_NOT_AN_OUTLET_LEAD = re.compile(r"(?i)\bby\b|author|writer|reporter|editor|photo|picture|image|credit|foto|illustration")
#: A month or weekday alone ("FEBRUARY 11, 2014" split after its first word).
_CALENDAR_WORD = re.compile(rf"(?i){CALENDAR_WORD}")
#: A time of day in words: "this morning", "earlier today", "last night".
_DAY_PART = re.compile(r"(?i)^(?:(?:this|yesterday|late|early)\s+(?:morning|afternoon|evening)|earlier\s+today|last\s+night|tonight|just\s+now)$")
#: Words before a name that say where the article comes from: "saved from", "source:", "via".
_SLOT_LEAD = re.compile(r"(?i)(?:^|\s)(?:from|via|at|on|in)$|:$")


#: "Distributed by X", "Supplied by X": who handed the text on is an outlet, not a writer.
_HANDED_ON_BY = re.compile(r"(?i)^(?:distributed|supplied|provided|syndicated|licensed|published|republished|shared)\s+by$")


#: "By X", "Story by X", "Filed by X": a writer's name or an outlet's, as the slot's names say
#: (``_people_named``).
_CREDITED_BY = re.compile(r"(?i)(?:[a-z]+\s+)?by")


#: A person's name with an initial first: "L. Haddad", "J. R. Okafor".
_INITIALLED_NAME = re.compile(r"(?:[A-Z]\.\s*){1,2}[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*")


def _people_named(names: Iterable[str]) -> bool:
    """Half or more of a slot's names read as people's ("Jane Doe", "L. Haddad", "Pieter
    Doe and Rafael Blake"): the slot is a byline's."""
    def person(name: str) -> bool:
        parts = re.split(r"\s+(?:and|&)\s+|,\s+", name)
        return all(_PERSON_NAME.fullmatch(part) or _INITIALLED_NAME.fullmatch(part) for part in parts) and not MEDIA_WORDS.search(name)

    names = list(names)
    return sum(person(name) for name in names) * 2 >= len(names)


#: An outlet's name has at most this many words ("The Sydney Morning Herald"); longer is a headline.
SLOT_NAME_WORDS = 5
#: Capitalised words a page may print after every outlet's name ("X News Service"); one
#: word is the name's own ("Fox News", "US NEWS"), three a headline's end.
FIXED_SUFFIX_WORDS = 2


#: Names in a list: "Slashdot, Engadget and ZDNet", "Wired, Vox, Slate".
_NAME_LIST = re.compile(r",\s.*(?:\band\b|&|,)")


def _slot_splits(text: str) -> list[tuple[tuple[str, str], str]]:
    """Ways to read a short line as fixed words, a name, fixed words: (the template key,
    the name). Words before the name are kept as written and end in "from", "via", "at",
    "on", "in" or a colon ("saved from", "source:"); words after it start with a separator
    and are kept by their shape, a time or date as one mark ("from X, 3 hours ago",
    "X | WORLD"); after a comma only a time ("HP splits off PC, printer businesses" is a
    headline)."""
    words = text.split()
    if not 2 <= len(words) <= 12:
        return []
    splits = []
    for before in range(0, min(3, len(words) - 1) + 1):
        for after in range(0, min(4, len(words) - before - 1) + 1):
            if before + after == 0:
                continue
            raw_name = " ".join(words[before : len(words) - after])
            name = raw_name.strip(_SLOT_EDGE + " ")
            # "Rating: Left": a label and its value, no name.
            if not name or ":" in name or len(name.split()) > SLOT_NAME_WORDS or not (_looks_like_name(name) and name[:1].isupper() or _DOMAIN_NAME.match(name)):
                continue
            if _NAME_LIST.search(name):
                continue  # "Discussion: Slashdot, Engadget and ZDNet": several sites, no one outlet
            domain = bool(_DOMAIN_NAME.match(name))
            if not domain and (is_meta_part(name) or _calendar_in_name(name) or features(name).weak_cue
                               or _STAMP_WORD.match(name.split()[0]) or _CALENDAR_WORD.fullmatch(name)):
                continue
            prefix = " ".join(w.lower() for w in words[:before])
            marks_only = bool(prefix) and not any(c.isalnum() for c in prefix)
            handed_on = bool(_HANDED_ON_BY.search(prefix))
            # "By Noor Haddad, Health Correspondent": a writer with a role, never an outlet.
            credited_by = bool(_CREDITED_BY.fullmatch(prefix)) and "," not in name and not _ROLES.search(name)
            if prefix and not marks_only and not handed_on and not credited_by and (not _SLOT_LEAD.search(prefix) or _NOT_AN_OUTLET_LEAD.search(prefix)):
                continue  # "By Jane Doe | X": a writer's name, which bylines give
            suffix_words = words[len(words) - after :]
            suffix_text = " ".join(suffix_words).strip(_SLOT_EDGE + " ")
            if suffix_words and (
                _time_like(suffix_text) or _DAY_PART.match(suffix_text) or is_meta_part(suffix_text) and not re.match(r"(?i)by\s", suffix_text)
            ):
                if is_meta_part(" ".join(words[before:])):
                    continue  # "LAST UPDATED AT JUST NOW", "... AN HOUR AGO": the name is the time's
                suffix = "<time>"
            elif suffix_words and _ROLES.search(suffix_text):
                continue  # "Elena Brenner, Tech Editor": a writer and a role
            elif prefix and all(w.isalpha() and w.islower() for w in suffix_words):
                # "From X reports", "compiled from X dispatches": fixed words on both sides.
                suffix = " ".join(suffix_words)
            elif suffix_words and raw_name.endswith(":"):
                continue  # "Photo: WireImage", "Cc: Nora Blake": a label and its value
            elif suffix_words and (raw_name[-1] in _SLOT_EDGE.replace(",", "") or suffix_words[0][0] in _SLOT_EDGE.replace(",", "")):
                # By shape, a run of like words as one: "| WORLD" and "| ODD NEWS" alike.
                shapes = [_word_shape(w) for w in suffix_words]
                suffix = " ".join(shape for k, shape in enumerate(shapes) if not k or shape != shapes[k - 1])
            elif (
                not prefix and len(suffix_words) == 1 and suffix_words[0].isalpha() and suffix_words[0].islower()
                and name.split()[0].lower() not in FUNCTION_WORDS  # "From X reports" is the form above
            ):
                # "X wire", "X staff": one fixed word in lower case after each name.
                suffix = suffix_words[0]
            elif not prefix and len(suffix_words) == FIXED_SUFFIX_WORDS and all(w[:1].isupper() and w.isalpha() for w in suffix_words):
                # "X News Service", "X Wire Report": capitalised fixed words after the name;
                # only a slot filled with different names under different texts counts.
                suffix = " ".join(suffix_words)
            elif suffix_words:
                continue  # more words of a title, not a fixed part
            else:
                suffix = ""
            splits.append(((prefix, suffix), _tidy_name(name)))
    return splits


#: A line that is one web address, a short label before it on some ("Source:", "Read more →",
#: "Clipped from"), in angle brackets or as a Markdown link on others.
_LINK_LINE = re.compile(
    r"^(?:[^\W\d_][\w ]{0,24}?(?:\s*[:→»›↗⇗➚➜➔⟶▸►|·-]|\s+(?:from|at|via|on))\s*)?(?:\[[^\]]{1,80}\]\(|<)?"
    r"(?:https?://(?:www\.)?|www\.)"
    r"(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:[/?#][^\s)>]*)?[)>]?$",
    re.IGNORECASE,
)


#: Words of a sentence under an article's text that may credit its outlet ("With files from X.").
CREDIT_SENTENCE_WORDS = 8


def _credit_sentence_under_text(pieces: list[Piece], position: int) -> bool:
    """A short sentence that ends an article's text, nothing but furniture or the next
    title after it: where a page credits the outlet in a sentence. It names an outlet only
    as a slot of the page's template, filled with another name under other texts."""
    piece = pieces[position]
    if piece.kind != "body" or features(piece.text).words > CREDIT_SENTENCE_WORDS or not piece.text.rstrip().endswith("."):
        return False
    return _no_prose_under(pieces, position)


def _no_prose_under(pieces: list[Piece], position: int) -> bool:
    """No paragraph of prose follows the piece at ``position``: the text it is in ends there."""
    return position + 1 == len(pieces) or pieces[position + 1].kind != "body"


#: Words a credit sentence's fixed frame holds at least ("This story was produced by X."),
#: and a line that may be one at most.
CREDIT_FRAME_WORDS = 4
CREDIT_FRAME_LINE_WORDS = 30


def _credit_frames(pieces: list[Piece]) -> dict[tuple[str, str], dict[int, str]]:
    """Sentences that end articles' texts in one fixed frame around a different name ("This
    article is republished from X under a Creative Commons license."): the page's credit
    line, written as prose. Keyed as template slots; only a frame of several fixed words
    counts ("He told Reuters." / "He told CNN." are the articles' own)."""
    def last_words(position: int) -> bool:
        # The text's last paragraph, or a short sentence right under it.
        kind = pieces[position].kind
        under_prose = kind == "body" or kind == "short" and position > 0 and pieces[position - 1].kind == "body"
        return under_prose and _no_prose_under(pieces, position)

    ends = [
        position for position, piece in enumerate(pieces)
        if last_words(position) for found in [features(piece.text)]
        if found.words <= CREDIT_FRAME_LINE_WORDS and found.ends_like_sentence
    ]
    words = {position: pieces[position].text.split() for position in ends}
    frames: dict[tuple[str, str], dict[int, str]] = {}
    for first, second in combinations(ends, 2):
        a, b = words[first], words[second]
        before = 0
        while before < min(len(a), len(b)) and a[before] == b[before]:
            before += 1
        after = 0
        while after < min(len(a), len(b)) - before and a[len(a) - 1 - after] == b[len(b) - 1 - after]:
            after += 1
        middles = [" ".join(w[before : len(w) - after]).strip(_SLOT_EDGE + " .") for w in (a, b)]
        # (Two copies of one sentence may differ in their quote marks alone: "Arabia's", "Arabia’s".)
        if before + after < CREDIT_FRAME_WORDS or _normal_name(middles[0]) == _normal_name(middles[1]):
            continue
        if not all(
            name and len(name.split()) <= SLOT_NAME_WORDS and (_looks_like_name(name) and name[:1].isupper() or _DOMAIN_NAME.match(name))
            for name in middles
        ):
            continue
        key = ("<frame> " + " ".join(a[:before]).casefold(), " ".join(a[len(a) - after :]).casefold())
        frame = frames.setdefault(key, {})
        frame.setdefault(first, _tidy_name(middles[0]))
        frame.setdefault(second, _tidy_name(middles[1]))
    return frames


def _template_outlets(pieces: list[Piece]) -> list[Piece]:
    """Lines that fill one slot of the page's template with a different name each time
    ("Saved from National Post" ... "Saved from ABC News"; "NEW YORK MAGAZINE | TECH" ...
    "THE INDEPENDENT | WORLD"): the slot is where the page names each article's outlet,
    whatever its words. Such lines are marked as naming that outlet."""
    candidates = []
    for position, piece in enumerate(pieces):
        linked = _LINK_LINE.match(piece.text.strip()) if piece.kind in ("short", "meta", "boilerplate") else None
        if piece.reason in (_COMMENT_UNDER_A_POST, "e-mail header", "e-mail signature", "the sender's note"):
            continue  # "Lucia Ferro • 3rd+", "From: Jane Doe <jane@example.com>": people, not outlets
        if (
            piece.kind in ("short", "meta", "boilerplate")
            and ((piece.reason not in _CERTAIN_FURNITURE or piece.reason == "menu or link list") and len(piece.text) <= 90 or linked)
            or _credit_sentence_under_text(pieces, position)
        ):
            candidates.append((position, piece, linked))
    slots: dict[tuple[str, str], dict[int, str]] = {}
    named_by_words: set[int] = set()
    for position, piece, linked in candidates:
        named = outlet_name(piece)
        if linked and not named:
            # "Source: https://www.example.com/2015/01/story": the site the text came from.
            slots.setdefault(("<link>", ""), {})[position] = linked.group("host")
            continue
        if named:
            named_by_words.add(position)
        text = _LINK_REFERENCE.sub("", piece.text).strip()
        if re.search(r"\w\.$", text) and len(text.split()) >= 3:
            text = text[:-1]  # "With files from X.": a credit written as a sentence
        splits = _slot_splits(text)
        same_name = [key for key, name in splits if name.casefold() == named.casefold()] if named else []
        if same_name:
            # Named by its words already, in a form the slots read too ("from X, 4 hours ago").
            slots.setdefault(same_name[0], {}).setdefault(position, named)
            continue
        if named:
            # Named by its words already ("Source: X"): the slot is the words around the name.
            form = _line_form(piece)
            if "{}" in form:
                prefix, suffix = form.split("{}", 1)
                bare = suffix.strip(_SLOT_EDGE + " ")
                suffix = "<time>" if is_meta_part(bare) or _time_like(bare) or _DAY_PART.match(bare) else suffix.strip()
                slots.setdefault(("named " + prefix.strip(), suffix), {})[position] = named
            continue
        credited = _outlet_credited_by_the_wire(text)
        if credited:
            # "Reuters contributed to this report." under each text: a wire credit the page
            # fills with each article's outlet (under one text alone, the article's own line).
            form = next((word for word in ("contributed", "with files", "with inputs") if word in text.casefold()), "reporting by")
            slots.setdefault(("<wire credit>", form), {})[position] = credited
            continue
        # "from X, 3 hours ago" and "Story by X" read as dates and bylines, but name.
        named_in_meta = any(prefix and suffix == "<time>" or _CREDITED_BY.fullmatch(prefix) for (prefix, suffix), _ in splits)
        if (is_meta_part(text) or _time_like(text)) and not named_in_meta:
            continue  # "First published 4 hrs ago", "NOV 22, 2015", "Page 12": no name in it
        for key, name in splits:
            slots.setdefault(key, {}).setdefault(position, name)  # the longest name first
    for key, framed in _credit_frames(pieces).items():
        for position, name in framed.items():
            slots.setdefault(key, {}).setdefault(position, name)
    bodies = [position for position, piece in enumerate(pieces) if piece.kind == "body"]

    def one_to_a_gap(names: dict[int, str]) -> dict[int, str]:
        """The lines alone between two stretches of prose: one line to an article. Two in
        one gap (a "Source: Reddit" inside an article's text) are left out; a slot whose
        lines mostly share gaps is a list, not a template."""
        gaps: dict[int, list[int]] = {}
        for position in names:
            gaps.setdefault(bisect.bisect(bodies, position), []).append(position)
        alone = {position: names[position] for members in gaps.values() if len(members) == 1 for position in members}
        return alone if len(alone) * 4 >= len(names) * 3 else {}

    chosen: dict[int, tuple[int, str]] = {}
    ranked = sorted(slots.items(), key=lambda item: (-len(item[1]), item[0]))
    for number, (key, names) in enumerate(ranked):
        names = one_to_a_gap(names)
        if len(names) < 2 or len(set(names.values())) < 2:
            continue
        if _CREDITED_BY.fullmatch(key[0]) and not _HANDED_ON_BY.search(key[0]) and _people_named(names.values()):
            continue  # "By Jane Doe", "Story by Marta Lind": the writers' names
        for position, name in names.items():
            chosen.setdefault(position, (number, name))
    marked = list(pieces)
    for position, (number, name) in chosen.items():
        # A line its words already name keeps its kind: only its place in the template is new
        # (furniture by its look, "Source · Mirror" among share bars, is a header line).
        kind = pieces[position].kind if position in named_by_words and pieces[position].kind != "boilerplate" else "meta"
        marked[position] = replace(pieces[position], kind=kind, reason=f"{_OUTLET_SLOT}{number}): {name}")
    return marked


def _titles_by_outlet_lines(pieces: list[Piece], by_rules: dict[int, Piece]) -> list[Piece]:
    """A line the model took for furniture between an outlet line (a slot of the page's
    template) and the text right under it, right over such an outlet line, or between the
    slot line that closes the text above and the next text, is the article's title: the
    same place holds the titles of the page's other articles."""
    def adjacent(*run: Piece) -> bool:
        return all(b.line == a.line + 1 for a, b in zip(run, run[1:]))

    def slot_line(piece: Piece) -> bool:
        return piece.reason.startswith(_OUTLET_SLOT)

    out = list(pieces)
    for position, piece in enumerate(pieces):
        if piece.reason != _MODEL_FURNITURE or piece.start not in by_rules:
            continue
        above = pieces[position - 1] if position else None
        below, further = pieces[position + 1 : position + 2], pieces[position + 2 : position + 3]
        under_outlet = above is not None and below and slot_line(above) and below[0].kind == "body" and adjacent(above, piece, below[0])
        over_outlet = below and further and slot_line(below[0]) and further[0].kind == "body" and adjacent(piece, below[0], further[0])
        # After the slot line that closes the text above, over the next text: its title.
        after_closing = (
            position >= 2 and below and slot_line(above) and below[0].kind == "body"
            and by_rules.get(pieces[position - 2].start, pieces[position - 2]).kind == "body"
            and features(piece.text).words >= 3 and not features(piece.text).ends_like_sentence
        )
        if under_outlet or over_outlet or after_closing:
            out[position] = by_rules[piece.start]
    return out


def _ends_prose(piece: Piece) -> bool:
    """Prose, or a short line ending a sentence: an article's last words, not its title."""
    return piece.kind == "body" or (piece.kind == "short" and bool(_SENTENCE_CLOSE.search(piece.text.strip())))


def _slot(piece: Piece) -> tuple[str, str]:
    """(the template slot, the name) of a line ``_template_outlets`` marked; ("", "") else."""
    if not piece.reason.startswith(_OUTLET_SLOT):
        return "", ""
    slot, _, name = piece.reason[len(_OUTLET_SLOT) :].partition("): ")
    return slot, name


#: The reason given to a title line that carries its outlet after a separator.
_TITLE_THEN_OUTLET = "title with its outlet after it: "
_TITLE_SUFFIX = re.compile(r"^(?P<title>.{10,}?)\s+(?P<separator>[-–—|·•])\s+(?P<name>(?:(?!\s[-–—|·•]\s).){2,60}?)\s*$")


#: "[Reuters] Microsoft to buy Mojang": a bot or a clipping list prints the outlet first, in brackets.
_OUTLET_IN_BRACKETS_FIRST = re.compile(r"^\[(?P<name>[^\[\]\d][^\[\]]{1,59})\]\s+(?P<title>\S.{9,})$")


#: A table of contents' entry ends with its page: "Microsoft to buy Mojang ........ 4".
_PAGE_REFERENCE = re.compile(r"(?:\.{3,}|…+|\s{2,})\s*\d{1,4}$")
#: "3. Reuters: Microsoft to buy Mojang", "bbc.co.uk: Microsoft to buy Mojang": a press review
#: prints the outlet first, before a colon. Without a running number only a web domain is
#: taken for the outlet; a word before a colon is most often a kicker ("Pictured: ...").
_OUTLET_AND_COLON_FIRST = re.compile(r"^(?P<number>\d{1,3}[.)]\s+)?(?P<name>[^:\[\]]{2,60}?):\s+(?P<title>[^\s\[(].{9,})$")


#: "Reuters        Microsoft to buy Mojang        3h": a table's row printed as text, the
#: outlet's column first, then the title's, then perhaps a time.
_OUTLET_COLUMN_FIRST = re.compile(r"^(?P<name>\S(?:\S| (?! ))*)(?:\s{2,}|\t)(?P<title>\S(?:\S| (?! ))*)(?:(?:\s{2,}|\t)(?P<time>\S.*))?$")


def _numbered_title(text: str) -> bool:
    """"2. USA Today: ...": a press review's running number before an outlet and a colon."""
    colon = _OUTLET_AND_COLON_FIRST.match(_LINK_REFERENCE.sub("", text).strip())
    return colon is not None and bool(colon.group("number"))


def _title_with_outlet(text: str) -> tuple[str, str, str] | None:
    """(title, separator, outlet) of "Microsoft to buy Mojang - Reuters" (or of
    "[Reuters] Microsoft to buy Mojang", with "[]" for the separator, of "3. Reuters:
    Microsoft to buy Mojang", with ":", or of a table's row "Reuters    Microsoft to buy
    Mojang    3h", with two spaces), or None."""
    row = _OUTLET_COLUMN_FIRST.match(text.strip())
    # "LAIST.COM    58 minutes ago": a name and a time, no title.
    if row and not is_meta_part(row.group("title")) and (row.group("time") is None or is_meta_part(row.group("time").strip())):
        found = _title_and_name(row.group("title"), "  ", row.group("name"))
        if found is not None:
            return found
    line = _LINK_REFERENCE.sub("", text).strip()
    # "Title (Harbour Herald, 4 November)", "Title (harbourherald.com, 4 November)".
    in_brackets = _NAME_AND_DAY_IN_BRACKETS_AT_END.search(line) or domain_after_headline(line)
    if in_brackets and in_brackets.group("date") and is_meta_part(in_brackets.group("date")):
        found = _title_and_name(line[: in_brackets.start()], "()", in_brackets.group(1).strip())
        if found is not None:
            return found
    suffix, bracketed = _TITLE_SUFFIX.match(line), _OUTLET_IN_BRACKETS_FIRST.match(line)
    if suffix is not None and f" {suffix.group('separator')} " not in suffix.group("title"):  # else a menu of several parts
        found = _title_and_name(suffix.group("title"), suffix.group("separator"), suffix.group("name").strip())
        if found is not None:
            return found
    # "[Daily Mail] Hostage killed in Yemen - senior official": the dash is the headline's.
    if bracketed:
        return _title_and_name(bracketed.group("title"), "[]", bracketed.group("name").strip())
    colon = _OUTLET_AND_COLON_FIRST.match(line)
    if colon is None or not (colon.group("number") or _DOMAIN_NAME.match(colon.group("name").strip())):
        return None
    title = colon.group("title")
    if colon.group("name").split()[0].lower().strip("’'s") in _COLON_LABELS or _SENTENCE_END_MARK.search(title) or _PAGE_REFERENCE.search(title):
        return None
    return _title_and_name(title, ":", colon.group("name").strip())


def _title_and_name(title: str, separator: str, name: str) -> tuple[str, str, str] | None:
    if title.isupper() and separator != ":":
        return None  # a headline in capitals ending "— WATCHDOG"
    if len(name.split()) > SLOT_NAME_WORDS or len(name.strip()) < 2 or not (_looks_like_name(name) and name[:1].isupper() or _DOMAIN_NAME.match(name)):
        return None  # (one letter is a site's icon: "D  The Daily Caller")
    # After "3. Snopes:" two words are a headline ("Kanye Banned").
    # (In brackets with a day, "(Coast Watch, 4 November)", a name is no button's word.)
    if len(title.split()) < (2 if separator == ":" else 3) or not _DOMAIN_NAME.match(name) and (
        is_meta_part(name) or _time_like(name) or features(name).weak_cue and separator != "()"
    ):
        return None
    return title.strip(), separator, _tidy_name(name)


def _titles_with_outlets(pieces: list[Piece]) -> list[Piece]:
    """Title lines that end with their outlet after one separator ("Microsoft to buy Mojang
    - Reuters"), where the page does so for two titles or more with different names: each
    such line is a title, and names its outlet. Between two stretches of prose the title is
    the line nearest the prose below; lines of that form above it are links to other
    stories ("NASA: planets align on Jan 4 - AOL")."""
    bodies = [position for position, piece in enumerate(pieces) if piece.kind == "body"]
    found: dict[str, dict[int, dict[int, str]]] = {}  # separator -> gap -> position -> name
    title_part: dict[int, str] = {}
    for position, piece in enumerate(pieces):
        # A bar or a domain in the line may have made it read as a menu or a link, its
        # shape as furniture to the line model; a title that ends with initials ("2. USA
        # Today: Scorpion stings flier from L.A.") as a sentence.
        numbered = piece.kind == "body" and _numbered_title(piece.text)
        if piece.kind not in ("short", "meta") and not numbered and not (piece.kind == "boilerplate" and piece.reason in ("menu or link list", "link", _MODEL_FURNITURE)):
            continue
        split = _title_with_outlet(piece.text)
        # A date line holds a title only as a table's row does ("Reuters   Title   3h").
        if split and (piece.kind != "meta" or split[1] == "  "):
            found.setdefault(split[1], {}).setdefault(bisect.bisect(bodies, position), {})[position] = split[2]
            title_part[position] = split[0]
    marked = list(pieces)
    for separator, gaps in found.items():
        titles = {gap: max(in_gap) for gap, in_gap in gaps.items()}
        # A headline between that line and the prose is the title: the line is a name
        # and a label ("The New York Times · Lean Left").
        titles = {
            gap: position for gap, position in titles.items()
            if not (_looks_like_name(title_part[position]) and _headline_below(pieces, position))
        }
        if len(titles) < 2 or len({gaps[gap][position] for gap, position in titles.items()}) < 2:
            continue
        names = {position: gaps[gap][position] for gap, position in titles.items()}
        for gap, (position, name) in _long_titles_with_outlets(pieces, separator).items():
            names.pop(titles.get(gap, -1), None)
            names[position] = name
        for position, name in names.items():
            marked[position] = replace(pieces[position], kind="short", reason=_TITLE_THEN_OUTLET + name)
        for in_gap in gaps.values():
            for position in in_gap:
                if position not in names:
                    marked[position] = replace(pieces[position], kind="boilerplate", reason="link to another story")
    return marked


def _headline_below(pieces: list[Piece], position: int) -> bool:
    """Whether a line that may be a headline stands between ``position`` and the prose below."""
    for piece in pieces[position + 1 :]:
        if piece.kind == "body":
            return False
        if piece.kind == "short" and features(piece.text).words >= 3 and not outlet_name(piece) and not _title_with_outlet(piece.text):
            return True
    return False


def _long_titles_with_outlets(pieces: list[Piece], separator: str) -> dict[int, tuple[int, str]]:
    """On a page that prints each outlet after its title, titles long enough to read as
    prose ("Homeless man who ... but is it all a hoax? - Daily Mail"): the first line of a
    stretch of prose that ends with the page's separator and a name, by the gap it closes."""
    titles: dict[int, tuple[int, str]] = {}
    bodies = [position for position, piece in enumerate(pieces) if piece.kind == "body"]
    for gap, position in enumerate(bodies):
        previous = next((pieces[j] for j in range(position - 1, -1, -1) if pieces[j].text.strip()), None)
        if previous is None or previous.kind == "body":
            continue
        split = _title_with_outlet(pieces[position].text)
        if split and split[1] == separator and len(rough_sentences(split[0])) <= 2:
            titles[gap] = (position, split[2])
    return titles


#: The most prose a page's footer holds after the furniture that closes every article.
FOOTER_PIECES = 2
FOOTER_WORDS = 40


def _closer_form(piece: Piece) -> str:
    """A furniture line's form: its first two words, digits as "#" ("topics: vogue," and
    "topics: there," are one form; so are "35 reposts" and "12 reposts")."""
    return " ".join(re.sub(r"\d+", "#", piece.text.lower()).split()[:2])


def _page_footer_cut(pieces: list[Piece], drafts: list[_Draft], dropped: list[Piece]) -> None:
    """The page closes each article with the same furniture ("▲ 312 ▼ 💬 40 comments",
    "Topics: ...", "Archive · Share"): prose after its last one, with no article started
    since, is the page's own footer ("Links to news articles only."), not the last
    article's text."""
    if len(drafts) < 2:
        return
    forms: dict[str, list[int]] = {}
    for position, piece in enumerate(pieces):
        if (piece.kind == "boilerplate" or _arrow_link(piece)) and position > drafts[0].first_index:
            forms.setdefault(_closer_form(piece), []).append(position)

    def closes_each_article(positions: list[int]) -> bool:
        """Between half the drafts or more (drafts are not joined yet: a subheading inside an
        article opens a draft of its own, and a page's intro may read as one), and never
        inside a draft before the last."""
        gaps = list(zip(drafts, drafts[1:]))
        closed = sum(any(draft.last_index < position < following.first_index for position in positions) for draft, following in gaps)
        inside = any(draft.first_index < position < draft.last_index for draft in drafts[:-1] for position in positions)
        return closed >= max(1, (len(gaps) + 1) // 2) and not inside

    closers = [positions for positions in forms.values() if closes_each_article(positions)]
    if not closers:
        return
    last_closer = max(max(positions) for positions in closers)
    last = drafts[-1]
    if last_closer <= last.first_index:
        return
    index_of = {id(piece): position for position, piece in enumerate(pieces)}
    footer = [piece for piece in last.body if index_of.get(id(piece), -1) > last_closer]
    # A footer says a sentence or two; more is the article going on after a caption.
    if footer and len(footer) <= FOOTER_PIECES and sum(features(piece.text).words for piece in footer) <= FOOTER_WORDS:
        last.body = [piece for piece in last.body if index_of.get(id(piece), -1) <= last_closer]
        dropped.extend(_relabel(piece, "after the last article") for piece in footer)


def _record_name(text: str) -> str:
    """A line that is only an outlet's name ("The Courier", "courier.com"), tidied; "" else."""
    if _DOMAIN_NAME.match(text):
        return text.strip()
    if re.search(r"\d", text) or is_meta_part(text) or not _looks_like_name(text) or classify(text)[0] == "boilerplate":
        return ""
    return _tidy_name(text)


def _export_reading(text: str) -> PageReading | None:
    """The page read record by record when it is a news database's export (``records``)."""
    records = export_records(text.split("\n"), lambda line: outlet_name(Piece(0, len(line), 0, "short", "", line)), _record_name)
    if records is None:
        return None
    pieces = page_pieces(text)
    by_line: dict[int, list[Piece]] = {}
    for piece in pieces:
        by_line.setdefault(piece.line - 1, []).append(piece)
    articles, kept = [], set()
    for record in records:
        body = tuple(piece for number in record.text_lines for piece in by_line.get(number, ()))
        kept.update(record.text_lines)
        how = "start: a record of a news database's export; outlet: " + (record.outlet_from or "none named")
        articles.append(PageArticle(record.outlet, record.title, body, how))
    dropped = tuple(_relabel(piece, "a field of a database export") for piece in pieces if piece.line - 1 not in kept)
    return PageReading(tuple(articles), dropped)


def _read_page(text: str, split: bool = True) -> PageReading:
    pieces = page_pieces(text)
    quoted_lines = _quoted_lines(text)
    # The site's name is read from the rules' labels: the model calls its line furniture.
    site, site_piece = _site_name(pieces) if split else ("", None)
    hints = _LineHints(text) if split and USE_LINE_MODEL else None
    by_rules = {piece.start: piece for piece in pieces}
    if hints is not None:
        pieces = hints.relabel(pieces)
    # "This report was first published by X.": a whole line that credits the outlet is no
    # sentence of the article, however much it reads as one.
    pieces = [replace(p, kind="meta", reason="credit line") if p.kind == "body" and _whole_line_credit(p.text) else p for p in pieces]
    if split:
        pieces = _titles_with_outlets(_titles_by_outlet_lines(_template_outlets(_mark_readers_notes(_mark_pull_quotes(_mark_teasers(pieces, hints), hints), hints)), by_rules))
    page_outlets = _repeated_names(pieces) | (_names_in_the_outlets_place(pieces, hints) if split else set())
    # Outlet lines of a form the page prints above its first article ("More from X") head
    # the articles under them: the same form after a body is the next article's, not a
    # note under the last one.
    heading_forms = _heading_forms(pieces) if split else set()
    footing_forms = _footing_forms(pieces) if split else set()

    def footing_line(p: Piece) -> bool:
        return _line_form(p) in footing_forms

    def trailing_line(p: Piece) -> bool:
        if footing_line(p):
            return True
        # (A credit that ends in a colon points at the text under it: "Article from X:".)
        return (
            bool(_TRAILING_OUTLET.match(p.text.strip()) or FETCHER_CREDIT.match(p.text.strip()))
            and _line_form(p) not in heading_forms and not p.text.rstrip().endswith(":")
        )

    drafts: list[_Draft] = []
    dropped: list[Piece] = []
    header: list[Piece] = []
    furniture_since_body = False
    #: The page names each outlet under its article's body, and such a line came since the
    #: last body: that article has ended, whatever title line stands over the next text.
    closed_by_outlet_below = False
    pieces_since_body = 0
    #: Header lines gathered under the last body before the first furniture after it.
    lines_before_furniture: int | None = None

    def closing_lines_kept() -> None:
        """The article's last short sentences, between its body and the furniture under it,
        go back to its body."""
        nonlocal header
        if not drafts or lines_before_furniture is None:
            return
        title = _title_of(header, hints)
        closing = 0
        while closing < min(lines_before_furniture, len(header)) and header[closing] is not title and _closing_line(header[closing], hints):
            closing += 1
        drafts[-1].body.extend(header[:closing])
        header = header[closing:]

    slots_below = _slots_below(pieces) if split else set()
    # Where titles carry their outlets ("Title — engadget.com"), a source line under only
    # a few texts is those articles' own ("Source: New York Times"), not the page's: only a
    # slot under most articles closes them.
    titles_with_outlets = sum(p.reason.startswith(_TITLE_THEN_OUTLET) for p in pieces)
    slot_sizes = Counter(_slot(p)[0] for p in pieces)
    closing_slots = {slot for slot in slots_below if slot_sizes[slot] * 2 > titles_with_outlets}

    #: The host of an address over the next text that spells its title: that text's own.
    next_address = ""
    for index, piece in enumerate(pieces):
        pieces_since_body += 1
        # (An address over the next text is no line of the text above; right under that
        # text, with nothing between, it is that text's.)
        leads_on = split and (not drafts or pieces_since_body > 1) and _address_of_the_next_text(
            piece, drafts[-1] if drafts else None, pieces[index + 1 : index + 4]
        )
        if leads_on:
            next_address = _address_with_path(piece.text).group("host").lower()
        if drafts and _slot(piece)[0] in slots_below and not leads_on:
            drafts[-1].trailer.append(piece)
            # Set apart from the text after it (a title, a blank line): it closes the article.
            closed_by_outlet_below = (
                _slot(piece)[0] in closing_slots and index + 1 < len(pieces) and pieces[index + 1].line > piece.line + 1
            )
        elif piece is site_piece:
            dropped.append(Piece(piece.start, piece.end, piece.line, "boilerplate", "site name", piece.text))
        elif piece.kind == "body":
            started_by = _starts_article(header, furniture_since_body, page_outlets, hints) if split else ""
            # The outlet line under the last text closed it: a headline over this one opens
            # an article, never a subheading that rejoins it (``_subheadings_rejoined``).
            if split and closed_by_outlet_below and started_by in ("", "headline after furniture", "headline as a paragraph"):
                started_by = AFTER_OUTLET_BELOW
            # In a chat export, a message by someone other than the one who shared the text
            # is theirs, not the text's.
            sender = next((_chat_sender(p) for p in header if p.reason == CHAT_STAMP_REASON and p.line == piece.line), "")
            if split and not started_by and drafts and sender and drafts[-1].sender and sender != drafts[-1].sender:
                started_by = ANOTHER_SENDER
            # An address spelling the title under it ("#3" / "https://nypost.com/news/mansons-
            # fiancee-wanted-..." / the title) opens that text.
            if split and drafts and next_address and started_by in ("", "headline after furniture", "headline as a paragraph"):
                started_by = ADDRESS_OVER_TITLE
            # A quoted text after the quoting writer's words is another text than the one
            # quoted above them.
            if (
                split and not started_by and drafts and drafts[-1].body and piece.line in quoted_lines
                and drafts[-1].body[-1].line in quoted_lines
                and any(p.reason == WRITERS_REMARK for p in pieces[drafts[-1].last_index + 1 : index])
            ):
                started_by = QUOTED_AFTER_REMARK
            # A site's credit by its domain, or its name in brackets, right under the text, no
            # blank line between, is that text's, and ends it ("— vox.com", "(BuzzFeed)"; over a
            # title it is the title's outlet line).
            credit = _credit_under(drafts[-1], header) if split and drafts and drafts[-1].body else None
            if credit is not None:
                dropped.extend(header[:credit])
                drafts[-1].trailer.append(header[credit])
                header = header[credit + 1 :]
                started_by = started_by or AFTER_OUTLET_BELOW
            if not drafts or started_by:
                if split:
                    closing_lines_kept()
                if drafts:
                    # "Originally published by X" under an article names that article's outlet,
                    # and "With files from X" perhaps.
                    drafts[-1].trailer.extend(p for p in header if trailing_line(p))
                    header = [p for p in header if not trailing_line(p)]
                    header = _supplier_credits_taken(drafts[-1], header, dropped)
                    header = _own_address_taken(drafts[-1], header, [piece])
                    # (Only with nothing else since the text: under a link card, a line is the card's.)
                    last_words = _last_words_over_the_next_head(header, hints) if split and not furniture_since_body else 0
                    drafts[-1].body.extend(header[:last_words])
                    header = header[last_words:]
                shared_by = next((_chat_sender(p) for p in reversed(header) if p.reason == CHAT_STAMP_REASON), "")
                if shared_by and drafts:
                    # What stands under a text before the next chat message is that text's
                    # message's: "Source: X" under it names its outlet.
                    first_stamp = next(position for position, p in enumerate(header) if p.reason == CHAT_STAMP_REASON)
                    credits = [p for p in header[:first_stamp] if outlet_name(p)]
                    drafts[-1].trailer.extend(credits)
                    header = [p for p in header if all(p is not credit for credit in credits)]
                drafts.append(_Draft(header, started_by or ("first prose" if split else "whole text"), first_index=index, sender=shared_by))
                drafts[-1].own_address, next_address = next_address, ""
            else:
                # Headings between paragraphs are article text; dates and bylines are not,
                # nor a line naming the outlet under the body ("Source: X" over a page footer).
                drafts[-1].trailer.extend(p for p in header if footing_line(p))
                header = [p for p in header if not footing_line(p)]
                # A credit naming an outlet ("Republished with permission of X") is no subheading.
                credits = [(p, name) for p in header if trailing_line(p) and (name := outlet_name(p))]
                drafts[-1].trailer_names.extend(name for _, name in credits)
                dropped.extend(p for p, _ in credits)
                header = [p for p in header if all(p is not q for q, _ in credits)]
                drafts[-1].body.extend(p for p in header if p.kind == "short")
                dropped.extend(p for p in header if p.kind != "short")
            drafts[-1].body.append(piece)
            drafts[-1].last_index = index
            header, furniture_since_body, pieces_since_body = [], False, 0
            lines_before_furniture = None
            closed_by_outlet_below = False
        elif piece.kind in ("short", "meta") or (heading_forms and _line_form(piece) in heading_forms):
            if piece.kind == "meta" and split:
                header.extend(_name_over_the_stamp(pieces, index, dropped, site_piece))
            header.append(piece)
        else:
            dropped.append(piece)
            # An advertisement right in a text's flow ("Advertisement" / "Compare car
            # insurance quotes") sits between its paragraphs: no more than its ad.
            # (Each on a line of its own: "Advertisement: Découvrez Dubrovnik" is an ad box.)
            in_the_ad = not header and bool(drafts) and pieces_since_body <= AD_IN_THE_FLOW_PIECES and (
                _an_ad_label(piece) or _an_ad_label(pieces[index - 1])
            ) and _alone_on_its_line(pieces, index)
            furniture_since_body = furniture_since_body or not in_the_ad
            if drafts and lines_before_furniture is None:
                lines_before_furniture = len(header)
            trailing = _TRAILING_OUTLET.match(piece.text.strip())
            copyright_line = re.match(r"(?i)\s*(?:©|\(c\)|copyright)", piece.text)
            address = _page_address(piece.text)
            if drafts and address and _address_of_the_text(piece, drafts[-1], pieces[index + 1 : index + 4]):
                # An address under a text that spells its title: the text's own page.
                drafts[-1].own_address = drafts[-1].own_address or address.group("host").lower()
            elif drafts and not header and address and pieces_since_body == 1:
                # The page's address alone right under a pasted text ("https://www.aol.co.uk/
                # travel/..."): its site, where nothing else names the outlet.
                drafts[-1].address_below = drafts[-1].address_below or address.group("host")
            elif drafts and not header and pieces_since_body <= 2 and (supplier := _supplier_named(piece.text)):
                drafts[-1].credit_below = drafts[-1].credit_below or supplier
            # (The text's last short sentences may stand between: "Sigh. Maybe next year.")
            elif drafts and all(_closing_line(p, hints) for p in header) and trailing and (not copyright_line or pieces_since_body == 1 + len(header)):
                # Under the body, before anything else: names the article's outlet.
                name = outlet_name(piece)
                if name:
                    drafts[-1].trailer_names.append(name)
                    drafts[-1].body.extend(header)
                    header, lines_before_furniture = [], None
                    # Set apart from a line of no prose under it (the next title): it closes
                    # the article, as a template's outlet line does.
                    after = next((p for p in pieces[index + 1 :] if p.line != piece.line), None)
                    closed_by_outlet_below = after is not None and after.kind != "body" and after.line > piece.line + 1
    if split:
        closing_lines_kept()
        _page_footer_cut(pieces, drafts, dropped)
    if drafts:
        drafts[-1].trailer.extend(p for p in header if trailing_line(p))
        header = _supplier_credits_taken(drafts[-1], [p for p in header if not trailing_line(p)], dropped)
        header = _own_address_taken(drafts[-1], header, [])
    if drafts and hints is not None and hints.usable:
        header = _outlets_below(drafts, header, hints)
    if split:
        header = _titles_under_their_text(drafts, header, dropped, hints)
        _headings_in_posts_rejoined(drafts, hints)
        _cards_under_their_text(drafts, dropped, hints)
        header = _card_under_the_last_text(drafts, header, dropped, hints)
        _persons_remarks(drafts, dropped)
    if not drafts and any(p.kind == "short" for p in header):
        # Nothing reads as prose (a page of short lines): keep what there is as the text.
        drafts.append(_Draft([], "short lines only", [p for p in header if p.kind == "short"]))
        header = [p for p in header if p.kind != "short"]
    dropped.extend(p if p.reason else _relabel(p, "after the last article") for p in header)
    if split:
        drafts = _subheadings_rejoined(drafts)
        _continued_texts_rejoined(drafts, dropped)
        _printouts_rejoined(drafts, pieces, dropped)
    if len(drafts) > 1:
        # One untitled sentence among titled articles ("Good morning! Here are four
        # stories...") is the page talking, not an article.
        # Under titled articles, the page's last words are its footer though one line above
        # them both names something and reads as a date ("Rating: Left · Factuality: High").
        titled_above = all(d.title_below or _title_of(d.header, hints) is not None for d in drafts[:-1])
        untitled = [
            d for position, d in enumerate(drafts)
            if d.title_below is None and _title_of(d.header, hints) is None
            and (d.started_by != OUTLET_AND_DATE or titled_above and position == len(drafts) - 1 and not _date_apart(d.header))
        ]
        for draft in untitled:
            said = " ".join(p.text for p in draft.body)
            if len(rough_sentences(said)) <= 2 and features(said).words <= 25:
                drafts.remove(draft)
                dropped.extend(_relabel(p, "page intro") for p in [*draft.header, *draft.body])
    for draft in [d for d in drafts if d.sender and not _titled_in_its_message(d, hints)]:
        # A chat's own message, not a text shared in it: no title, a few sentences.
        said = " ".join(p.text for p in draft.body)
        if len(rough_sentences(said)) <= CHAT_MESSAGE_SENTENCES and features(said).words <= CHAT_MESSAGE_WORDS:
            drafts.remove(draft)
            dropped.extend(_relabel(p, "chat message") for p in [*draft.header, *draft.body])
    if len(drafts) >= 3:
        # The page's first or last words on the texts it holds are no text of their own.
        for draft in (drafts[0], drafts[-1]):
            if _the_page_on_its_texts(draft):
                drafts.remove(draft)
                dropped.extend(_relabel(p, "page intro") for p in [*draft.header, *draft.body])
    site_names = (_site_names(text) | _numbered_labels(text)) if len(drafts) >= 2 else frozenset()
    # Credit lines under the texts name their outlets, and nothing over the later texts
    # does: a name over the first text is the page's.
    named_above = sum(_named_above(d, hints) for d in drafts[1:])
    named_below = sum(_named_below(d) for d in drafts)
    names_below = len(drafts) >= 2 and named_above * 4 <= len(drafts) - 1 and named_below >= 2 and named_below * 2 >= len(drafts)
    labels = _labels_over_titles(drafts, hints)
    if labels:
        # A first reading (its dropped pieces thrown away) tells which labels are sections'.
        trial = [_finish(draft, page_outlets, list(dropped), hints, site_names, names_below) for draft in drafts]
        site_names |= _section_labels(labels, trial)
    articles = [_finish(draft, page_outlets, dropped, hints, site_names, names_below) for draft in drafts]
    if len(articles) >= 2 and site_names:
        last = _without_the_sites_footer(articles[-1], site_names, dropped)
        articles, drafts = (articles[:-1] + [last], drafts) if last.body else (articles[:-1], drafts[:-1])
    if len(articles) >= 3 and not articles[0].source and all(a.source for a in articles[1:]):
        # A sentence or two at the top with no outlet, above articles that all have one
        # ("Subject: Your evening briefing" / "Good evening. Here is what ..."): the page's
        # own greeting, whatever line was taken for its title.
        said = " ".join(p.text for p in articles[0].body)
        if len(rough_sentences(said)) <= 2 and features(said).words <= 25:
            dropped.extend(_relabel(p, "page intro") for p in articles[0].body)
            drafts, articles = drafts[1:], articles[1:]
    if hints is not None and hints.usable and drafts and any(_outletish(p, hints) for p in drafts[0].header):
        # A page that names outlets above their articles and leaves some out groups them:
        # an article with no outlet line of its own is the outlet heading's above it.
        for position in range(1, len(articles)):
            article, previous = articles[position], articles[position - 1]
            heading = [p for p in drafts[position - 1].header if hints.best(p) == _OUTLET and _name_in_line(p.text) == previous.source]
            own = drafts[position].header
            bylined = any(_outletish(p, hints) or re.search(r"(?i)\bby\s", p.text) for p in own)
            # The heading stands apart from its first title (a blank or a count between).
            first_title = _title_of(drafts[position - 1].header, hints)
            apart = bool(heading and first_title) and any(
                not line.strip() for line in hints.lines[heading[0].line : first_title.line - 1]
            )
            if not article.source and apart and not bylined:
                articles[position] = PageArticle(previous.source, article.title, article.body, article.found_by + "; outlet: group heading above")
    if hints is not None and hints.usable and len(drafts) >= 2:
        articles = _outlets_by_position(pieces, drafts, articles, hints, site)
    if split:
        articles = _titles_without_the_pages_label(articles)
        articles = _outlets_by_the_title_elsewhere(articles, pieces)
    named = [p for a in articles for p in a.body if p.after_icon]
    if named:
        dropped.extend(named)
        articles = [replace(a, body=tuple(p for p in a.body if not p.after_icon)) for a in articles]
        articles = [a for a in articles if a.body]
    articles = _replies_under_texts_cut(articles, dropped)
    articles = _readers_words_over_texts_cut(articles, dropped)
    # A text that names no one, counts nothing, quotes and reports no one is a reader's
    # reaction ("Saving this for my students, thank you!"), not a report.
    factless = [position for position, a in enumerate(articles) if _states_no_fact(a.body)]
    if factless and len(factless) < len(articles):
        dropped.extend(_relabel(p, "no fact stated") for position in factless for p in articles[position].body)
        articles = [a for position, a in enumerate(articles) if position not in factless]
    # A few lines quoted from a text the page holds whole ("> The teacher told Pink News:
    # ..." in a reply) are a reader's excerpt, not a text of their own.
    excerpts = _excerpts_of_other_texts(articles)
    if excerpts:
        dropped.extend(_relabel(p, "excerpt of another text") for position in excerpts for p in articles[position].body)
        articles = [a for position, a in enumerate(articles) if position not in excerpts]
    return PageReading(tuple(articles), tuple(sorted(dropped, key=lambda p: p.start)), site)


def _outlets_by_the_title_elsewhere(articles: list[PageArticle], pieces: list[Piece]) -> list[PageArticle]:
    """A text that names no outlet, whose title the page prints elsewhere with a web domain
    on the line under it (a post's title and its link, "metro.co.uk", over the thread where
    someone pastes the text): that domain is its outlet."""
    by_line = {p.line: p for p in pieces}
    over_domains: dict[str, set[str]] = defaultdict(set)  # a line's words -> the domains under it
    for p in pieces:
        below = by_line.get(p.line + 1)
        if below is not None and _DOMAIN_NAME.match(below.text.strip()):
            over_domains[_normal_line(p.text)].add(below.text.strip().lower())
    result = []
    for article in articles:
        if not article.source and article.title:
            domains = set(over_domains.get(_normal_line(article.title), ()))
            if len(domains) == 1:
                article = replace(article, source=domains.pop(), found_by=article.found_by + "; outlet: the domain under its title elsewhere")
        result.append(article)
    return result


#: A line leading into a pasted text, naming it: "Here's the full piece (link at the
#: bottom):", "Copying the article in full so it doesn't get lost:".
_LEAD_INTO_THE_TEXT = re.compile(r"(?i)^(?=.*\b(?:article|piece|story|text|report|link)\b).{0,120}:\s*$")
#: How far down a text such a line may stand, under the sharer's remarks.
LEAD_IN_REACH = 4


def _readers_words_over_texts_cut(articles: list[PageArticle], dropped: list[Piece]) -> list[PageArticle]:
    """A sharer's remarks and the line leading into the text they paste ("Not my usual kind
    of post, but this caught my eye." / "Here's the full piece (link at the bottom):"),
    none stating a fact, over the text: not the text's. ``dropped`` gets them."""
    result = []
    for article in articles:
        body = list(article.body)
        lead = next((k for k in range(min(LEAD_IN_REACH, len(body) - 1)) if _LEAD_INTO_THE_TEXT.match(body[k].text.strip())), None)
        if lead is not None and features(body[lead].text).words <= 15 and _states_no_fact(body[: lead + 1]):
            dropped.extend(_relabel(p, "the sharer's words over the text") for p in body[: lead + 1])
            article = replace(article, body=tuple(body[lead + 1 :]))
        result.append(article)
    return result


_REPLY_CONTROL = re.compile(r"(?i)(?:^|\s)(?:reply|replies|upvote|downvote)(?:\s|$)")


def _replies_under_texts_cut(articles: list[PageArticle], dropped: list[Piece]) -> list[PageArticle]:
    """A stretch of a text past a reply's controls ("Reply", "Upvote 324 Downvote") that
    states no fact ("This line is doing a lot of work.") or quotes the page's texts
    ("> An article published by Empire News...") is a reply under the text: it is cut off,
    and ``dropped`` gets its pieces."""
    # Only a reply's own controls ("Reply", "562 Reply Share Report") open a reply.
    starts = sorted(p.start for p in dropped if _REPLY_CONTROL.search(p.text))
    said = [set(_normal_sentences(" ".join(p.text for p in a.body))) for a in articles]
    result = []
    for position, article in enumerate(articles):
        body = list(article.body)
        # (What a quoted line repeats is said in another text, or above it in this one.)
        elsewhere = set().union(*(s for other, s in enumerate(said) if other != position))
        cut = len(body)
        # The stretches after the first, from the last up: a stretch stays once one does.
        breaks = [k for k in range(1, len(body)) if bisect.bisect_left(starts, body[k - 1].end) < bisect.bisect_left(starts, body[k].start)]
        for k in reversed(breaks):
            stretch = body[k:cut]
            quoted = [p for p in stretch if p.text.lstrip().startswith(">")]
            seen = elsewhere | set(_normal_sentences(" ".join(p.text for p in body[:k])))
            repeats = quoted and all(s in seen for p in quoted for s in _normal_sentences(p.text))
            if _states_no_fact(stretch) or repeats and _states_no_fact([p for p in stretch if p not in quoted]) or repeats and len(quoted) == len(stretch):
                cut = k
            else:
                break
        if cut < len(body):
            dropped.extend(_relabel(p, "a reply under the text") for p in body[cut:])
            article = replace(article, body=tuple(body[:cut]))
        result.append(article)
    return result


def _normal_sentences(text: str) -> list[str]:
    return [" ".join(re.findall(r"\w+", text[start:end].lower())) for start, end in rough_sentences(text)]


#: How many times longer than an excerpt the text it repeats is at least.
EXCERPT_SHARE_OF_TEXT = 2
#: Most words of an excerpt: a shorter copy of a report is a report.
EXCERPT_WORDS = 60
#: What a quoted line opens with: a reply's mark, a quotation mark.
_QUOTE_OPENERS = frozenset(">\"“‘'«")


def _excerpts_of_other_texts(articles: Sequence[PageArticle]) -> set[int]:
    """Positions of the texts most of whose words are sentences of a longer text on the
    page, quoted or with no outlet of their own."""
    said = [" ".join(p.text for p in a.body) for a in articles]
    sentences = [_normal_sentences(text) for text in said]
    held_by = [set(found) for found in sentences]
    words = [sum(len(s.split()) for s in found) for found in sentences]
    excerpts = set()
    for position, found in enumerate(sentences):
        # A brief its outlet prints in the other's words is a copy; an excerpt is quoted,
        # or stands with no outlet of its own.
        quoted = any(p.text.lstrip()[:1] in _QUOTE_OPENERS for p in articles[position].body)
        if articles[position].source and not quoted:
            continue
        if words[position] > EXCERPT_WORDS:
            continue
        for other, held in enumerate(held_by):
            if other == position or other in excerpts or words[other] < EXCERPT_SHARE_OF_TEXT * words[position]:
                continue
            repeated = sum(len(s.split()) for s in found if s and s in held)
            if repeated * 2 >= words[position] > 0:
                excerpts.add(position)
                break
    return excerpts


#: What a page may print before every title: a label ("Headline: ", "Thread: ") or a
#: running number ("3. ", "3) ").
_TITLE_LABEL = re.compile(r"^(?P<label>[A-Z][a-z]{2,14}(?: [a-z]{2,10})?:|\d{1,3}[.)])\s+(?=\S)")


def _titles_without_the_pages_label(articles: list[PageArticle]) -> list[PageArticle]:
    """Titles without the label the page prints before each of them: a word or two and a colon
    that every title (all but one, from four titles) opens with, or numbers counting up.
    A kicker that one headline has ("Pictured: ...") stays."""
    titled = [a for a in articles if a.title]
    if len(titled) < 2:
        return articles
    labels = [match.group("label") if (match := _TITLE_LABEL.match(a.title)) else "" for a in titled]
    numbers = [int(label[:-1]) for label in labels if label[:1].isdigit()]
    common = Counter(label for label in labels if label and not label[:1].isdigit()).most_common(1)
    label = common[0][0] if common and common[0][1] >= max(2, len(titled) - (len(titled) >= 4)) else ""
    counting = len(numbers) == len(titled) and numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    if not label and not counting:
        return articles
    stripped = []
    for article in articles:
        match = _TITLE_LABEL.match(article.title)
        if match and (match.group("label") == label or counting and match.group("label")[:1].isdigit()):
            article = replace(article, title=article.title[match.end() :])
        stripped.append(article)
    return stripped


_QUOTE_MARKS = re.compile(r"[\"“”‘’'«»„❝❞❛❜]")
#: A reader's label before a sentence of the text it quotes: "Key claim: “...”" (not a
#: speaker's, "Inspector Taylor added: “...”", which is the article's own sentence).
_QUOTE_LABEL = re.compile(r"^\s*(?![^:]*\b(?:said|says|told|tells|wrote|writes|adds|\w+ed)\b)[A-Z][\w’' ]{1,24}:\s+(?=[\"“‘«])")
#: A quote's bar in the margin: "> " as e-mail prints it, "▌" or "│" as apps do.
_QUOTE_BAR_MARK = r"(?:>|[▌│┃])"
_PULL_QUOTE_FRAME = re.compile(rf"^\s*(?:{_QUOTE_BAR_MARK}\s*|[—–-]\s*)?(?P<quote>.+?)(?:\s+[—–-]\s*[A-Z][\w.'’ -]{{1,40}})?\s*$")
_QUOTE_BAR = re.compile(rf"^\s*{_QUOTE_BAR_MARK}")
_FRAMED = re.compile(rf"{_QUOTE_BAR.pattern}|^\s*(?:[—–-]\s*[\"“‘'«❝❛]|[\"“‘'«❝❛])")
#: A frame no sentence of prose opens with: a quote bar, or an ornamental quote mark ("❝").
_ORNAMENT = re.compile(rf"{_QUOTE_BAR.pattern}|^\s*[❝❛]")


#: How far from a pull quote its article's own sentence stands, in pieces.
PULL_QUOTE_REACH = 25


def _said_elsewhere(pieces: list[Piece], position: int) -> bool:
    """The piece's words stand in a piece of prose nearby: its article says it too. (Another
    article of the story may tell the same sentence: a syndicated copy.)"""
    words = _normal_prose(pieces[position].text.lstrip("> ")).rstrip(".!?")  # a quoted "> " line too
    nearby = pieces[max(0, position - PULL_QUOTE_REACH) : position] + pieces[position + 1 : position + 1 + PULL_QUOTE_REACH]
    return bool(words) and any(other.kind == "body" and words in _normal_prose(other.text) for other in nearby)


def _normal_prose(text: str) -> str:
    """Lower case, no quote marks, no "[3]" link markers, one space between words."""
    return " ".join(_QUOTE_MARKS.sub("", re.sub(r"\[\d+\]", "", text)).lower().split())


def _wrapped_in_quotes(text: str) -> bool:
    """The whole line inside quote marks, as a pull quote is printed."""
    text = text.strip()
    return bool(re.match(r"^(?:>\s*|[—–-]\s*)?[\"“‘'«❝❛]", text)) and bool(re.search(r"[\"”’'»❞❜][.!?]?$", text))


def _list_marker_free(normal: str) -> str:
    """A normalised line without the list marker or dash in front of it."""
    return re.sub(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|[-–—*•▪◦>]|[a-z][.)])\s+", "", normal)


#: A neighbour this long that is printed twice too makes a run of repeated paragraphs (a
#: story printed twice); the lines of one hard-wrapped pull quote are shorter.
REPEATED_PARAGRAPH_WORDS = 40


def _mark_pull_quotes(given: list[Piece], hints: "_LineHints | None" = None) -> list[Piece]:
    """A pull quote: a line on its own that repeats a sentence printed elsewhere on the page
    inside a longer paragraph ("“We will not back down.”" between two paragraphs). The
    sentence is the article's once; the repetition is furniture. The longer paragraph must
    be the same article's (no header line between): two outlets' copies of one wire story
    share sentences too. A reader's label before the quote ("Key claim: “...”") is set
    aside: the quote is read as if printed alone."""
    pieces = [replace(p, text=_QUOTE_LABEL.sub("", p.text)) if _QUOTE_LABEL.match(p.text) else p for p in given]
    # (A closing mark cut off as a symbol, "❝ ... ❞", leaves the quote alone on its line.)
    per_line: dict[int, int] = {}
    for piece in pieces:
        per_line[piece.line] = per_line.get(piece.line, 0) + (piece.kind != "boilerplate")
    normal = [_normal_prose(p.text) for p in pieces]
    # The frame opens the line, though a symbol there may stand in a piece of its own
    # ("❝ U.S." cut off as a widget).
    line_start: dict[int, str] = {}
    for piece in pieces:
        line_start.setdefault(piece.line, piece.text)

    def ornamented(position: int) -> bool:
        return bool(_ORNAMENT.match(pieces[position].text) or _ORNAMENT.match(line_start[pieces[position].line]))

    # A line the line model took for furniture may still be what a pull quote repeats.
    prose = [i for i, p in enumerate(pieces) if p.kind == "body" or p.reason == _MODEL_FURNITURE]

    def header_like(piece: Piece) -> bool:
        if _TWEET_SIGNATURE.match(piece.text.strip()):
            return False  # an embedded tweet's signature: "Jane Doe (@jdoe) October 7, 2014"
        if piece.kind == "meta":
            return True
        if piece.kind != "short":
            return False
        if hints is not None and hints.usable:
            return (hints.title(piece) >= 0.5 and hints.p(piece, _FURNITURE) < 0.2) or hints.header_info(piece) >= 0.5 or bool(outlet_name(piece))
        return features(piece.text).words >= 3 or bool(outlet_name(piece))

    barrier, titles, heads = [0], [0], [0]
    for piece in pieces:
        barrier.append(barrier[-1] + header_like(piece))
        titles.append(titles[-1] + (header_like(piece) and not outlet_name(piece)))
        heads.append(heads[-1] + (header_like(piece) and piece.kind != "meta" and not outlet_name(piece)))

    def one_article(j: int, position: int) -> bool:
        """No header line between the two; or, for a highlight behind a bar or an ornament
        under the text it repeats, none but lines naming an outlet: a credit line under a
        text ("Source: The NY Times") ends it but opens nothing. (A name and a time over a
        pasted copy open a message.)"""
        if barrier[max(j, position)] == barrier[min(j, position) + 1]:
            return True
        if j > position and heads[j] == heads[position + 1]:
            # Under the title, over the byline and date of the text it quotes: only dates
            # and bylines between it and that text, and the text one run of prose. (Not
            # the title itself, which a text may well open with.)
            above = _kept_neighbour(pieces, position, -1)
            titled = above is not None and pieces[above].kind == "short" and header_like(pieces[above])
            first = next((k for k in range(position + 1, j + 1) if pieces[k].kind != "meta"), j)
            return titled and pieces[first].kind == "body" and barrier[j] == barrier[first] and first > position + 1
        return j < position and ornamented(position) and not ornamented(j) and titles[position] == titles[j + 1]

    def found_elsewhere(position: int, quote: str, longer: bool) -> bool:
        piece = pieces[position]
        # A framed line ("“...”", "> ...") may repeat a whole paragraph; a bare one only
        # part of a longer one.
        framed = longer and bool(_FRAMED.match(piece.text))
        if any(
            pieces[j].line != piece.line and quote in normal[j]
            and (
                not longer or len(normal[j]) > len(quote) + 15
                or (framed and not _FRAMED.match(pieces[j].text)) or (longer and ornamented(position) and not ornamented(j))
            )
            and one_article(j, position)
            for j in prose
        ):
            return True
        # A framed quote may run from one paragraph's last words into the next one's first.
        return framed and any(
            position not in (j, k) and barrier[max(k, position)] == barrier[min(j, position) + 1]
            and quote in f"{normal[j]} {normal[k]}" and quote not in normal[j] and quote not in normal[k]
            for j, k in zip(prose, prose[1:])
        )

    def repeats_its_twin(position: int, quote: str) -> bool:
        """The line says what another line of its article says, word for word and no more:
        one of the two is the pull quote. It is the one behind a bar or an ornamental quote
        mark ("▌ ...", "❝ ..."), else the framed one ("“...”", "> ..."), else the one wrapped
        whole in quote marks (against "“...,” he said."), else the one that is
        not part of a list. Where nothing tells them apart both stay: article text is
        never dropped on a guess."""
        for j in prose:
            if j == position or pieces[j].line == pieces[position].line or not one_article(j, position):
                continue
            if _list_marker_free(normal[j]).strip(" .,;:!?") != quote:
                continue
            if ornamented(position) != ornamented(j):
                return ornamented(position)
            framed_here, framed_there = bool(_FRAMED.match(pieces[position].text)), bool(_FRAMED.match(pieces[j].text))
            if framed_here != framed_there:
                return framed_here
            wrapped_here, wrapped_there = _wrapped_in_quotes(pieces[position].text), _wrapped_in_quotes(pieces[j].text)
            if wrapped_here != wrapped_there:
                return wrapped_here
            # A list item among list items is the article's own text, not a repetition.
            if _among_list_items(pieces, position) != _among_list_items(pieces, j):
                return _among_list_items(pieces, j)
        return False

    marked = list(given)
    for position, piece in enumerate(pieces):
        if piece.kind not in ("body", "short") or per_line[piece.line] != 1:
            continue
        match = _PULL_QUOTE_FRAME.match(piece.text)
        # Sentences are counted inside the frame: "“...” — M. Larsen" is one.
        if len(rough_sentences(match.group("quote") if match else piece.text)) > 2:
            continue
        quotes = {_list_marker_free(normal[position]).strip(" .,;:!?")}
        if match:
            quotes.add(_normal_prose(match.group("quote")).strip(" .,;:!?"))
        quotes = {q for q in quotes if len(q.split()) >= 6}
        kept_above = _kept_neighbour(pieces, position, -1)
        before = None if kept_above is None else pieces[kept_above]
        # Under an outlet or date line: a title, which its article may well quote. (Not a
        # line inside quote marks or behind a quote bar under a label the page prints apart,
        # "Highlights (1)" / "“...”": no headline.)
        set_off = _wrapped_in_quotes(piece.text) or ornamented(position)
        under_a_label = position > 0 and pieces[position - 1].kind == "boilerplate"
        if not (set_off and under_a_label) and (before is None or before.kind == "meta" or outlet_name(before)):
            continue
        if not any(found_elsewhere(position, q, True) or repeats_its_twin(position, q) for q in quotes):
            continue
        neighbours = [j for j in prose if j < position][-1:] + [j for j in prose if j > position][:1]
        if any(len(normal[j].split()) >= REPEATED_PARAGRAPH_WORDS and found_elsewhere(j, normal[j].strip(" .,;:!?"), False) for j in neighbours):
            continue  # a run of repeated paragraphs: the same story printed twice
        marked[position] = replace(given[position], kind="boilerplate", reason="pull quote")
        for j in prose:
            # What the pull quote repeats is the article's text, whatever the model said.
            same_article = barrier[max(j, position)] == barrier[min(j, position) + 1]
            repeated = any(q in normal[j] for q in quotes)
            if pieces[j].reason == _MODEL_FURNITURE and j != position and same_article and repeated:
                marked[j] = replace(given[j], kind="body", reason="")
    # A sentence the line model took for furniture because the page prints it twice is the
    # text's own where its other copy is quoted ("“Inspectors found no damage...”" in a
    # reply, "> ..."): the copy repeats it, not the other way round.
    quoted_copies = {
        _normal_prose(quoted.group("said") or quoted.group("inner")).strip(" .,;:!?")
        for p in pieces if (quoted := _QUOTED_LINE.match(p.text))
    }
    for j, piece in enumerate(pieces):
        if marked[j].reason == _MODEL_FURNITURE and features(piece.text).words >= QUOTED_COPY_WORDS and normal[j].strip(" .,;:!?") in quoted_copies:
            marked[j] = replace(given[j], kind="body", reason="")
    return marked


#: A line that is one quotation: behind a reply's "> ", or wrapped whole in quote marks.
_QUOTED_LINE = re.compile(r"^\s*(?:>\s*(?P<said>.+?)|[“\"](?P<inner>[^“”\"]+)[”\"])\s*$")
#: Fewest words of a sentence restored because a quoted line repeats it.
QUOTED_COPY_WORDS = 10


#: How many pieces further down a teaser's text may open.
TEASER_REACH = 30
#: How many time lines may stand between a search result's headline and its snippet.
HEADLINE_TIME_LINES = 2
_TEASER_END = re.compile(r"(?:…|\.\.\.)\s*$")
_BAR = re.compile(r"^\s*[|│┃▌]\s*")


def _mark_teasers(pieces: list[Piece], hints: "_LineHints | None" = None) -> list[Piece]:
    """A link card's description: the opening of a text printed further down, cut off with
    an ellipsis ("Police in Mexico have found mass graves near…" over the pasted article),
    or whole behind the card's bar ("| On Tuesday, news spread ..." over "> On Tuesday, news
    spread ..."). It repeats the text, so it is the card's furniture."""
    normal = [_normal_prose(_BAR.sub("", p.text)).removeprefix("> ") for p in pieces]
    marked = list(pieces)
    for position, piece in enumerate(pieces):
        if piece.kind not in ("body", "short"):
            continue
        if _teaser(pieces, position, normal) or hints is not None and hints.usable and piece.kind == "body" and _card_description(pieces, position, normal, hints):
            marked[position] = replace(piece, kind="boilerplate", reason="teaser of the text below")
    return marked


#: A reader's remark on what they shared: a first name, a colon and the remark in quote
#: marks ('Kenji: "Read this one for the background."'), or the remark signed with a dash
#: ('“A different angle on the same story.” — Rosa Delgado').
_READERS_NOTE = re.compile(
    r"^\s*(?:[A-Z][a-z]+:\s*[\"“](?P<said>[^\"“”]+)[\"”]"
    r"|[\"“](?P<signed>[^\"“”]+)[\"”]\s*[—–]\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*$"
)
READERS_NOTE_WORDS = 15


def _mark_readers_notes(pieces: list[Piece], hints: "_LineHints | None" = None) -> list[Piece]:
    """A reader's remark between an article's title and its text is the page's, not the
    article's first line. Between two paragraphs the same shape is a quotation, and stays."""
    if hints is None or not hints.usable:
        return pieces
    marked = list(pieces)
    for position, piece in enumerate(pieces):
        match = _READERS_NOTE.match(piece.text) if piece.kind in ("body", "short") else None
        if not match or features(match.group("said") or match.group("signed")).words > READERS_NOTE_WORDS:
            continue
        above = _kept_neighbour(pieces, position, -1)
        if above is not None and pieces[above].kind == "short" and hints.title(pieces[above]) >= 0.5 and _over_prose(pieces, position):
            marked[position] = replace(piece, kind="boilerplate", reason="a reader's note")
    return marked


def _kept_neighbour(pieces: list[Piece], position: int, step: int) -> int | None:
    """The position of the nearest piece above (``step`` -1) or below (1) that is not
    furniture, or None."""
    j = position + step
    while 0 <= j < len(pieces) and pieces[j].kind == "boilerplate":
        j += step
    return j if 0 <= j < len(pieces) else None


def _over_prose(pieces: list[Piece], position: int) -> bool:
    """The next piece that is not furniture (a caption, an update stamp) is prose."""
    below = _kept_neighbour(pieces, position, 1)
    return below is not None and pieces[below].kind == "body"


def _between_one_headline(pieces: list[Piece], position: int) -> bool:
    """Right under a headline that is printed again a line or two below: a search result's
    snippet ("Title" / "The opening sentence." / "Title" over the pasted article). The
    result's time may stand between the headline and the snippet ("Title" / "1 day ago" /
    "The opening sentence.")."""
    above = position - 1
    while above >= 0 and position - above <= HEADLINE_TIME_LINES and pieces[above].kind == "meta":
        above -= 1
    if above < 0 or pieces[above].kind not in ("short", "body"):
        return False
    # A headline: three words or more, no full stop at its end (an ellipsis may end it).
    headline = pieces[above].text.strip()
    if len(headline.split()) < 3 or _SENTENCE_CLOSE.search(headline) and not _TEASER_END.search(headline):
        return False
    if pieces[position].text.rstrip().endswith(":"):
        return False  # "Pasting the text here since the link is walled:" leads into the copy
    title = _normal_prose(headline)
    return any(
        pieces[j].kind in ("short", "body") and _normal_prose(pieces[j].text) == title and pieces[j].line - pieces[position].line <= 3
        for j in range(position + 1, min(len(pieces), position + 4))
    )


def _teaser(pieces: list[Piece], position: int, normal: list[str]) -> bool:
    """Cut off with an ellipsis, behind a bar or between two copies of one headline, the
    opening of a text further down. (Between two copies of its headline it may repeat a
    short first paragraph whole: the text's opening line under the second copy.)"""
    piece = pieces[position]
    cut_off, barred = bool(_TEASER_END.search(piece.text)), bool(_BAR.match(piece.text))
    between = not (cut_off or barred) and _between_one_headline(pieces, position)
    if not (cut_off or barred or between):
        return False
    opening = _TEASER_END.sub("", normal[position]).rstrip(" .,;:")
    if len(opening.split()) < 6:
        return False
    later = range(position + 1, min(len(pieces), position + 1 + TEASER_REACH))
    return any(
        (pieces[j].kind == "body" or between and pieces[j].kind == "short") and pieces[j].line != piece.line
        and normal[j].startswith(opening)
        and (len(normal[j]) > len(opening) if cut_off else not _BAR.match(pieces[j].text))
        for j in later
    )


def _card_description(pieces: list[Piece], position: int, normal: list[str], hints: "_LineHints") -> bool:
    """A paragraph alone under a title (a link card's description) that opens the next text
    word for word, where that text has no title of its own and a time or byline stands
    between: the card and a copy of its article pasted under it in the next message of a
    chat. A syndicated copy has its own title and keeps its opening."""
    above, below = _kept_neighbour(pieces, position, -1), _kept_neighbour(pieces, position, 1)
    if above is None or below is None or pieces[above].kind != "short" or hints.title(pieces[above]) < 0.5 or pieces[below].kind == "body":
        return False
    opening = normal[position].rstrip(" .,;:")
    if len(opening.split()) < 6:
        return False
    dated = False  # the next message's name and time stand between
    for j in range(below, min(len(pieces), position + 1 + TEASER_REACH)):
        if pieces[j].kind == "body":
            return dated and normal[j].startswith(opening)
        if pieces[j].kind == "short" and hints.title(pieces[j]) >= 0.5:
            return False
        dated = dated or pieces[j].kind == "meta"
    return False


def _relabel(piece: Piece, reason: str) -> Piece:
    return replace(piece, reason=reason)


#: Words that open a line with a colon and name no outlet ("Update:", "Editor's note:").
_COLON_LABELS = frozenset(
    """update updated note notes warning breaking exclusive analysis opinion live before after more correction text
    body summary excerpt highlights content abstract transcript from to cc bcc sent subject date re fw fwd""".split()
)


#: A title does not end with a full stop; a sentence does. (Initials are no full stop: "flight
#: from L.A.", "a message to U.S.")
_SENTENCE_END_MARK = re.compile(r"(?:(?<!\.)[^.]|(?<=\.)[^.A-Z])\.[\"”’')\]]*$")


def _name_with_colon(text: str) -> str:
    """"Daily Mail:", "Time:" right under a title: the outlet that the text below is from."""
    match = re.match(r"^\s*(?P<name>[^:]{2,60}?)\s*:\s*$", _LINK_REFERENCE.sub("", text))
    if not match:
        return ""
    name = match.group("name")
    if not _looks_like_name(name) or features(name).weak_cue or name.split()[0].lower().strip("’'s") in _COLON_LABELS:
        return ""
    return _tidy_name(name)


#: The most words a headline that reads as prose may have.
LONG_TITLE_WORDS = 35


def _outlet_of(
    draft: _Draft, title_piece: Piece | None, page_outlets: set[str], hints: _LineHints | None = None,
    site_names: frozenset[str] = frozenset(), names_below: bool = False,
) -> tuple[str, set[int], str]:
    """The article's outlet, the positions (in header + trailer) of the pieces naming it,
    and where it was named.

    Named outright in the header first; then "Originally published by" under the body;
    then a bare name line next to a date line, or one the page repeats. The site's own
    name (``_site_names``) names no article on a page of several. On a page that names
    each outlet under its text (``names_below``), the line under the body comes first.
    """
    pieces = [*draft.header, *draft.trailer]
    # A byline cut in two ("By A" · "example.com"): the domain beside it names the outlet.
    byline_lines = {p.line for p in pieces if p.kind == "meta"}

    def named(piece: Piece) -> str:
        found = outlet_name(piece)
        if not found and piece.line in byline_lines and piece.kind != "meta":
            text = piece.text.strip(" ·|•-–—/,")
            found = text if _DOMAIN_NAME.match(text) else ""
        # "Daily Mail:" right under the title, or right over the text: the text's source.
        if not found and (title_piece is not None and piece.line == title_piece.line + 1 or draft.body and piece.line == draft.body[0].line - 1):
            found = _name_with_colon(piece.text)
        return "" if found.casefold() in site_names else found

    naming = {position for position, piece in enumerate(pieces) if piece is not title_piece and named(piece)}
    above = sorted(p for p in naming if p < len(draft.header))
    if title_piece is not None and len(above) >= 2:
        # Several lines name outlets: the one next to the title is the article's (a name left
        # under the previous article's body is that one's).
        above.sort(key=lambda p: abs(pieces[p].line - title_piece.line))
    elif len(above) >= 2 and draft.body:
        # With no title, a line right over the text ("Jane Doe / Reuters:") names it.
        above.sort(key=lambda p: pieces[p].line != draft.body[0].line - 1)
    if draft.own_address and not above and draft.own_address.casefold() not in site_names:
        # Its own page's address under the text, where no line above names it: surer than a
        # line under the text that may be the text's own source ("Source: Pando Daily"),
        # not than a credit in words ("Sent via the HuffPost UK app", "First published by X").
        credits = sorted((p for p in naming if p >= len(draft.header) and _whole_line_credit(pieces[p].text)), key=lambda p: pieces[p].line)
        if credits:
            return named(pieces[credits[0]]), naming, "below"
        return draft.own_address, naming, "the address that spells its title"
    if names_below:
        # (A credit in words comes first: "Sent via the X app" over the address under it.)
        below = sorted((p for p in naming if p >= len(draft.header)), key=lambda p: (not _whole_line_credit(pieces[p].text), p))
        # Two lines of one form under a text ("Source: Reddit" / "Source: Uproxx"): the
        # first is the text's own last line, the last the page's.
        forms = [_line_form(pieces[p]) for p in below]
        if len(below) >= 2 and forms[0] and forms[0] == forms[-1]:
            below = below[::-1]
        above = below + above
    # A post under its page's name, its link card under it: the name over the post is the
    # outlet, the card's domain only its site. A person sharing a link is no outlet: there
    # the card's address names it.
    card_site = draft.card_site
    if card_site and above and all(_people_named([named(pieces[p])]) for p in above):
        return card_site, naming, "the link card's address"
    for position in above:
        return named(pieces[position]), naming, "above" if position < len(draft.header) else "below"
    # A bare name line by the date or the title (read once; three places below ask for it).
    name_line = _name_line(draft, title_piece, page_outlets, site_names)
    if draft.title_below is not None and name_line is not None:
        if card_site and _people_named([name_line[0]]):
            return card_site, naming | {name_line[1]}, "the link card's address"
        return name_line[0], naming | {name_line[1]}, "name line"
    # (Lines under the text in the page's order: the one right under it first.)
    for position in sorted(naming, key=lambda p: pieces[p].line):
        return named(pieces[position]), naming, "below"
    for name in draft.trailer_names:
        if name.casefold() not in site_names:
            return name, naming, "in the line below"
    # Opened by a name line by its date: that name, before any line the model reads.
    # (Not one plain word: "Crabzilla" over its date may be a headline the page groups.)
    if draft.started_by == OUTLET_AND_DATE and name_line is not None and (len(name_line[0].split()) >= 2 or _DOMAIN_NAME.match(name_line[0])):
        return name_line[0], naming | {name_line[1]}, "name line"
    if hints is not None and hints.usable:
        for position, piece in enumerate(pieces):
            if piece is title_piece or piece.kind == "boilerplate" or hints.names_outlet(piece) < 0.5:
                continue
            name = _name_in_line(piece.text)
            if name and name.casefold() not in site_names:
                where = "above" if position < len(draft.header) else "below"
                return name, naming | {position}, f"outlet line {where} (line model)"
    if name_line is not None:  # (with the title below, it was taken first)
        return name_line[0], naming | {name_line[1]}, "name line"
    if draft.address_below and draft.address_below.casefold() not in site_names:
        return draft.address_below, naming, "the address under the text"
    if draft.credit_below and draft.credit_below.casefold() not in site_names:
        return draft.credit_below, naming, "the wire credit under the text"
    return "", naming, ""


def _name_line(
    draft: _Draft, title_piece: Piece | None, page_outlets: set[str], site_names: frozenset[str] = frozenset()
) -> tuple[str, int] | None:
    """A bare name line in the header next to a date line, one the page repeats, or one
    right over the title: (the name, its position in the header)."""
    has_meta = any(p.kind == "meta" for p in draft.header)
    for position, piece in enumerate(draft.header):
        text = piece.text.strip()
        if piece is title_piece or piece.kind != "short" or not _looks_like_name(text) or _NOT_A_NAME.search(text):
            continue
        neighbours = draft.header[max(0, position - 1) : position] + draft.header[position + 1 : position + 2]
        # (One word after a site's icon is a name too, and a web domain: "◎ BuzzFeed", "news24.com".)
        right_above_title = has_meta and (len(text.split()) >= 2 or piece.after_icon or bool(_DOMAIN_NAME.match(text))) and title_piece in neighbours[-1:]
        if (text in page_outlets or any(n.kind == "meta" for n in neighbours) or right_above_title) and _tidy_name(text).casefold() not in site_names:
            return _tidy_name(text), position
    return None


#: Marks in front of a title that are not its words: "## ", "▶ ", "■ ", "» ".
_LINK_REFERENCE = re.compile(r"\[\d{1,4}\]")
#: A title in bold marks, as a chat or a markdown page writes it: "*Title*", "__Title__".
_BOLD_TITLE = re.compile(r"^(\*{1,2}|_{1,2})(?=\S)(.+?\S)\1$")
#: A browser's title of a page: the headline, then the site's name after a separator.
_SITE_AFTER_PAGE_TITLE = re.compile(r"^(?P<title>.{10,}?)\s+[-–—|·•:]\s+(?P<name>[^-–—|·•:]{2,40}?)\s*$")
#: A field holding a title: "Title: ", or a saved tab's "Page title: " (the page's title as
#: the browser shows it).
_TITLE_FIELD = re.compile(r"(?i)^(?:(?P<browser>page|tab|window)\s+)?title\s*:\s*(?=\S)")
#: A title in quote marks and no others: “Title”, "Title".
_QUOTED_TITLE = re.compile(r'^[“"]([^“”"]+)[”"]$')
#: Marks before a title: "## ", "▶ ", "★ ", "» " (any run of symbols before a space).
_TITLE_MARK = re.compile(r"^(?:[^\w\s\"“‘'(\[$£€¿¡]+\s+|#+)")


def _arrow_link(piece: Piece) -> bool:
    """A few words and an arrow among an article's paragraphs ("Get the app →", "More
    from Sport »"): a link, never a subheading."""
    return piece.kind == "short" and _few_words_and_an_arrow(piece.text)


def _few_words_and_an_arrow(text: str) -> bool:
    return bool(re.search(r"\s(?:→|»|›|>>|▸)\s*$", text)) and features(text).words <= 6


#: Parts of a web domain that are not the site's name: "www", generic and country endings.
_DOMAIN_ENDINGS = frozenset("www com org net co gov ac edu news info biz".split())


def _name_for_the_domain(domain: str, pieces: list[Piece], title_piece: Piece | None) -> str:
    """A bare name line among the pieces that spells the domain ("The Washington Post" for
    washingtonpost.com, "Uproxx" for uproxx.com), or ""."""
    spelled = _spellings_of_the_domain(domain)
    for piece in pieces:
        if piece is title_piece or piece.kind == "body":
            continue
        text = _BAR.sub("", piece.text).strip()
        if _looks_like_name(text) and not _DOMAIN_NAME.match(text) and _normal_name(text) in spelled:
            return _tidy_name(text)
    return ""


def _spellings_of_the_domain(domain: str) -> frozenset[str]:
    """The names a domain spells, as ``_normal_name`` writes them: "washingtonpost" for
    www.washingtonpost.com; "ibtimesuk" too for ibtimes.co.uk, a name may add its country."""
    labels = [label for label in domain.casefold().split(".") if label not in _DOMAIN_ENDINGS and len(label) > 2]
    if not labels:
        return frozenset()
    core = _normal_name(max(labels, key=len))
    return frozenset({core} | {core + label for label in domain.casefold().split(".")[1:] if label != core})


def _name_spelling_the_domain_after(title: str, domain: str) -> re.Match[str] | None:
    """"Headline — Fox News" where the text's address is on foxnews.com: a browser's title
    of the page ends with the site's name, whatever mark each site puts before it."""
    split = _SITE_AFTER_PAGE_TITLE.match(title)
    if not split:
        return None
    name = split.group("name").strip()
    if _normal_name(name) in _spellings_of_the_domain(domain) or _normal_name(name) == _normal_name(domain):
        return split  # "... — Fox News" on foxnews.com; "... — qz.com" on www.qz.com
    return None


def _finish(
    draft: _Draft, page_outlets: set[str], dropped: list[Piece], hints: _LineHints | None = None,
    site_names: frozenset[str] = frozenset(), names_below: bool = False,
) -> PageArticle:
    title_piece = draft.title_below or _title_of(draft.header, hints)
    # A text browser's "[12]" link references are not the title's words.
    title = " ".join(_TITLE_MARK.sub("", _LINK_REFERENCE.sub("", title_piece.text).strip()).split()) if title_piece else ""
    title = _MAIL_SUBJECT.sub("", title)
    # "*Title*": a chat's or a markdown page's bold marks are not the title's.
    title = _BOLD_TITLE.sub(r"\2", title)
    # “Title”: a blog's quote marks around a headline it quotes are not the title's.
    title = _QUOTED_TITLE.sub(r"\1", title)
    for position, piece in enumerate(dropped):
        if title and piece.kind == "boilerplate" and _same_text(piece.text, title):
            dropped[position] = _relabel(piece, "title repeated")
    source, naming, named = _outlet_of(draft, title_piece, page_outlets, hints, site_names, names_below)
    if not source and title_piece is not None and draft.body:
        # The page's address between the title and the text ("Address: https://www.
        # london24.com/story/..."), as a saved tab prints it: its site, where nothing else
        # names the outlet.
        addresses = [
            found.group("host").lower() for p in dropped if title_piece.line < p.line < draft.body[0].line
            for found in [_page_address(p.text)] if found
        ]
        if addresses and addresses[0] not in site_names:
            source, named = addresses[0], "the address over the text"
    if _DOMAIN_NAME.match(source):
        # A link card shows the site's name under its address ("uproxx.com/..." / "Uproxx"):
        # the name is what a reader calls the outlet.
        # (The name line may have been taken for furniture: it is looked for among the lines
        # dropped over the text too.)
        top = min((p.line for p in draft.header), default=draft.body[0].line if draft.body else 0)
        bottom = draft.body[0].line if draft.body else top
        near = [p for p in dropped if top <= p.line < bottom]
        source = _name_for_the_domain(source, [*draft.header, *draft.trailer, *near], title_piece) or source
        split = _name_spelling_the_domain_after(title, source) if _DOMAIN_NAME.match(source) else None
        if split:
            title, source, named = split.group("title"), _tidy_name(split.group("name")), "after the title, spelling the address"
    if title_piece is None and source:
        title = _title_in_row(draft.header, source)
    if title_piece is not None and title_piece.reason.startswith(_TITLE_THEN_OUTLET):
        # "Microsoft to buy Mojang - Reuters": the page prints each outlet after its title.
        # The piece as printed: a table's row keeps its columns apart.
        split = _title_with_outlet(title_piece.text) or _title_with_outlet(title)
        title = " ".join(split[0].split()) if split else title
        # (A name above that stands apart from the title, past a line of furniture, is the
        # text above's last line: "(Reddit)" / "👍 5 · Jump to original" / "[X] Title".)
        above = [p.line for position, p in enumerate(draft.header) if position in naming and p.line < title_piece.line]
        apart = bool(above) and title_piece.line - max(above) > 2
        # (A name after the title beats a web domain above it, an address's host: "Title:
        # Russia blast — UPI" over "URL: https://upi.com/...".)
        by_title = title_piece.reason[len(_TITLE_THEN_OUTLET) :]
        if not source or named != "above" or apart or _DOMAIN_NAME.match(source) and not _DOMAIN_NAME.match(by_title):
            source, named = by_title, "after the title"
    # "Title (bbc.co.uk)": a link board prints the outlet's domain after the title; a
    # reading list its name and the day ("Title (The Guardian, 5 November)").
    domain_after = domain_after_headline(title)
    name_after = _NAME_AND_DAY_IN_BRACKETS_AT_END.search(title)
    if domain_after and _DOMAIN_NAME.match(domain_after.group("domain")):
        title = title[: domain_after.start()].rstrip()
        if not source or any(weak in named for weak in _WEAK_NAMING):
            source, named = domain_after.group("domain"), "the domain after the title"
    elif name_after and is_meta_part(name_after.group("date")) and _looks_like_name(name_after.group("name")):
        title = title[: name_after.start()].rstrip()
        if not source or any(weak in named for weak in _WEAK_NAMING):
            source, named = _tidy_name(name_after.group("name")), "the name after the title"
    title_field = _TITLE_FIELD.match(title)
    if title_field:
        # "Page title: Headline — Mirror": a browser's title of the page, which ends with the
        # site's name; the name beats the host of the page's address and the line model.
        # (A plain "Title:" field's words after a dash may be its subtitle.)
        title = title[title_field.end() :]
        split = _SITE_AFTER_PAGE_TITLE.match(title) if title_field.group("browser") else None
        if split:
            title = split.group("title")
            if not source or _DOMAIN_NAME.match(source) or "line model" in named:
                source, named = split.group("name"), "after the page's title"
    moved = draft.title_of_the_one_above
    if draft.title_below is not None:
        # Titles stand under the texts: what is under the outlet or time line opens the text.
        # (Not the name line under the time that names the outlet: "2h" / "Coastal Times".)
        last_naming = _last_naming_line(draft.header)
        lead = [
            p for position, p in enumerate(draft.header)
            if position > last_naming and p.kind == "short" and p is not moved and position not in naming
        ] if last_naming is not None else []
    else:
        lead = (
            [p for p in _standfirst(draft.header, hints) if p is not title_piece and p is not moved]
            if hints is not None and hints.usable and (moved or title_piece) else []
        )
    for position, piece in enumerate([*draft.header, *draft.trailer]):
        if piece is title_piece or piece is moved or any(piece is p for p in lead):
            continue
        if position in naming or (piece.text.strip() in page_outlets):
            dropped.append(_relabel(piece, "outlet line"))
        elif title and _same_text(piece.text, title):
            dropped.append(_relabel(piece, "title repeated"))
        else:
            dropped.append(piece if piece.reason else _relabel(piece, "header line"))
    body = list(lead)
    for piece in draft.body:
        if _arrow_link(piece):
            dropped.append(_relabel(piece, "link"))
        else:
            body.append(piece)
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


def _last_naming_line(header: list[Piece]) -> int | None:
    """The position of the header's last outlet, date or time line, or None."""
    naming = [position for position, p in enumerate(header) if p.kind == "meta" or outlet_name(p)]
    return naming[-1] if naming else None


def _titles_under_their_text(
    drafts: list[_Draft], trailing: list[Piece], dropped: list[Piece], hints: _LineHints | None
) -> list[Piece]:
    """A page that prints each title after its text (a post, then its link card with the
    headline): the first article has no title over it, a title stands after the last text,
    and most other titles stand apart from the text under them, an outlet or time line
    between. Each title then goes to the text above it. Gives what is left of ``trailing``;
    ``drafts`` may lose the ones that only went on the text above."""
    if len(drafts) < 2:
        return trailing

    def card_title(pieces: list[Piece], header: list[Piece] | None = None) -> Piece | None:
        # The card's domain line ("bbc.com") names the site, it is no title; nor is the
        # outlet's name by the date line of the ``header`` the pieces are from.
        return _title_of([
            p for p in pieces if not _DOMAIN_NAME.match(p.text.strip(" 🔗↗→›»")) and not (header and _name_by_its_date(p, header, hints))
        ], hints)

    def title_by_the_address(pieces: list[Piece], header: list[Piece]) -> Piece | None:
        # A card prints its title right over or under its address ("bbc.com", "BBC.COM •
        # 3 min read"): what follows (a sponsored post's name, the next post's own lines)
        # is not the card's. A card without an address: the title nearest the next text.
        address = next((i for i, p in enumerate(pieces) if _card_domain_line(p)), None)
        if address is not None:
            beside = [p for p in pieces[max(0, address - 1) : address + 2] if abs(p.line - pieces[address].line) == 1]
            title = card_title(beside, header)
            if title is not None:
                return title
        return card_title(pieces, header)

    def above_naming(header: list[Piece]) -> list[Piece] | None:
        # Over each text its outlet or time line; short lines under it are the text's first.
        naming = _last_naming_line(header)
        return header[:naming] if naming is not None else None

    first = above_naming(drafts[0].header)
    if card_title(drafts[0].header if first is None else first, drafts[0].header) is not None:
        return trailing
    # The last title has no text under it: the line model may have called it furniture.
    last_body = drafts[-1].body[-1].end
    doubted = [p for p in dropped if p.start > last_body and p.reason == _MODEL_FURNITURE]
    candidates = sorted([*trailing, *(replace(p, kind="short", reason="") for p in doubted)], key=lambda p: p.start)
    last_title = card_title(candidates)
    if last_title is None or outlet_name(last_title):
        return trailing
    # Each article: its text, then its card's title; over the next text its outlet or time
    # line. Most must read so; a text with no such line over it goes on the text above (a
    # subheading split it), and one with the line but no title over it gets no title.
    # A card's title stands nearer the text above it than the text under it.
    cards = {id(draft): above_naming(draft.header) for draft in drafts[1:]}
    titles = {id(draft): title_by_the_address(card, draft.header) for draft in drafts[1:] for card in [cards[id(draft)]] if card is not None}
    fitting = [
        draft for above, draft in zip(drafts, drafts[1:])
        for title in [titles.get(id(draft))]
        if title is not None and not title.reason.startswith(_TITLE_THEN_OUTLET)
        and title.line - above.body[-1].line < draft.body[0].line - title.line
    ]
    if not fitting or len(fitting) * 3 < (len(drafts) - 1) * 2:
        return trailing
    for draft in [d for d in drafts[1:] if cards[id(d)] is None]:
        above = drafts[drafts.index(draft) - 1]
        _merged_into(above, draft, [*draft.header, *draft.body])
        drafts.remove(draft)
    for above, draft in zip(drafts, drafts[1:]):
        if draft in fitting:
            above.title_below = draft.title_of_the_one_above = titles[id(draft)]
            # The card's domain line names the site of the text above, with its title.
            # (Not the next post's account, a domain too, by its time: "example.com" / "3h".)
            domains = [p for p in cards[id(draft)] if _card_domain_line(p) and not _name_by_its_date(p, draft.header, hints)]
            above.trailer.extend(domains)
            # What stands over the card's title under the text above ("[Source.com]") is
            # the text's or the card's, never the next post's: it names no outlet there.
            card = cards[id(draft)]
            before_title = card[: next(i for i, p in enumerate(card) if p is titles[id(draft)])]
            leftover = [p for p in before_title if all(p is not d for d in domains)]
            dropped.extend(_relabel(p, "over a link card's title") for p in leftover)
            draft.header = [p for p in draft.header if all(p is not d for d in [*domains, *leftover])]
    drafts[-1].title_below = last_title
    dropped[:] = [p for p in dropped if p.start != last_title.start]
    return [p for p in trailing if p.start != last_title.start]


#: A card's title read as a paragraph has at most this many words.
CARD_TITLE_WORDS = 20


def _card_title(piece: Piece, hints: _LineHints | None) -> bool:
    """A link card's title, though perhaps read as a text's last paragraph: a headline of
    a line, no sentence."""
    if piece.kind == "short":
        return _title_of([piece], hints) is piece
    return features(piece.text).words <= CARD_TITLE_WORDS and not _SENTENCE_END_MARK.search(piece.text.rstrip())


def _title_over_the_post(draft: _Draft, hints: _LineHints | None) -> bool:
    """A title stands over the text of the post. A line that leads into the text ("Text
    below for anyone the link won't load for:") is the sharer's note, and a line under it
    the pasted text's own first."""
    lead = next((p.line for p in draft.header if p.text.rstrip().endswith(":")), None)
    return _title_of([p for p in draft.header if lead is None or p.line < lead], hints) is not None


def _headings_in_posts_rejoined(drafts: list[_Draft], hints: _LineHints | None) -> None:
    """On a page of posts, each under its account and time, a line the line model reads as
    a title with nothing else over it ("Webcast: The Art of Growth Hacking" after a
    "Recommended for You" box) inside a person's post is a heading of the text the person
    posted: a person's post holds no outlet's article of its own."""
    headings = ("title (line model)", "headline after furniture", "headline as a paragraph")
    if sum(d.started_by == OUTLET_AND_DATE for d in drafts) < 2 or not all(
        d.started_by in (OUTLET_AND_DATE, "title by a date or byline", *headings) for d in drafts
    ):
        return
    for above, draft in list(zip(drafts, drafts[1:])):
        if draft not in drafts or above not in drafts:
            continue
        if draft.started_by not in headings or above.started_by != OUTLET_AND_DATE or not _by_a_person(above):
            continue
        if above.title_below is not None or _title_over_the_post(above, hints):
            continue
        if not all(p.kind == "short" and not outlet_name(p) for p in draft.header):
            continue
        _merged_into(above, draft, [*draft.header, *draft.body])
        drafts.remove(draft)


def _cards_under_their_text(drafts: list[_Draft], dropped: list[Piece], hints: _LineHints | None) -> None:
    """A link card right under a text that has no title ("An accidental delivery of arms
    ..." / "washingtonpost.com"), with the next post's name or time line under the card: the
    card is the text's, its title the text's title, its address the text's site. (A page
    where every title stands under its text is read so by ``_titles_under_their_text``;
    here posts with cards and posts with titles over their texts mix.)

    Under a person's post the card's site may be a name ("Fox News") over or under the
    title, and its title may have been read as the text's last paragraph, as furniture (no
    text under it) or its site as the text's outlet line below."""
    for above, draft in zip(drafts, drafts[1:]):
        if above.title_below is not None or not draft.header or _title_over_the_post(above, hints):
            continue
        card = _card_by_the_text(above, draft.header, dropped, hints)
        if card is None:
            continue
        title, site = card
        if not any(p.kind == "meta" or outlet_name(p) for p in draft.header if p.line > max(title.line, site.line)):
            continue  # no post's header under the card: the pair is this text's title and source
        _card_given(above, title, site, dropped)
        draft.title_of_the_one_above = title
        draft.header = [p for p in draft.header if p is not title and p is not site]


def _card_by_the_text(draft: _Draft, under: list[Piece], dropped: list[Piece], hints: _LineHints | None) -> tuple[Piece, Piece] | None:
    """The link card right under ``draft``'s text, among the lines ``under`` it: its title
    and its site's line, next to each other, the first within three lines of the text. A
    site's name (not its address) counts under a person's post only."""
    last = draft.body[-1]
    person = _by_a_person(draft)
    doubted = [replace(p, kind="short", reason="") for p in dropped if p.reason == _MODEL_FURNITURE and last.line < p.line <= last.line + 4]
    moved = [p for p in draft.trailer if p.line > last.line]
    pieces = sorted([*under, *doubted, *moved], key=lambda p: p.start)
    if person and len(draft.body) > 1 and _card_title(last, hints):
        pieces.insert(0, last)  # the title read as the text's last paragraph
    def site_line(piece: Piece) -> bool:
        if _card_domain_line(piece):
            return True
        # (A person's name over a time line is the next post's: "Kenji Arai" / "@kenji · 2h".
        # A site's name may read as a person's: "Coast Watch".)
        name = _card_site(piece) if person else ""
        return bool(name) and not (_people_named([name]) and any(q.kind == "meta" and q.line == piece.line + 1 for q in under))

    def title_line(piece: Piece) -> bool:
        return (piece is last or piece.kind == "short" and _title_of([piece], hints) is piece) and not _card_domain_line(piece) and not outlet_name(piece)

    for first, second in zip(pieces, pieces[1:]):
        if second.line != first.line + 1 or first.line - last.line > 3 or first.line < last.line:
            continue
        if title_line(first) and site_line(second) and not site_line(first):
            return first, second
        if site_line(first) and title_line(second) and not site_line(second) and first is not last:
            return second, first
        if title_line(first) and site_line(second):
            return first, second
    return None


def _card_site(piece: Piece) -> str:
    """The site a link card's address line or name line names ("bbc.com • 5 min read",
    "The Guardian")."""
    if _card_domain_line(piece):
        return _tidy_name(header_parts(piece.text.strip(" 🔗↗→›»"))[0].strip())
    text = piece.text.strip()
    return outlet_name(piece) or (_tidy_name(text) if piece.kind == "short" and _looks_like_name(text) else "")


def _card_under_the_last_text(drafts: list[_Draft], trailing: list[Piece], dropped: list[Piece], hints: _LineHints | None) -> list[Piece]:
    """A link card under the page's last text, where a person posted the text: a title
    and the site's address or name next to it (``_card_by_the_text``). The card gives the
    text its title and its outlet. Gives what is left of ``trailing``."""
    last = drafts[-1] if len(drafts) >= 2 else None
    if last is None or last.title_below is not None or not _by_a_person(last) or _title_over_the_post(last, hints):
        return trailing
    card = _card_by_the_text(last, trailing, dropped, hints)
    if card is None:
        return trailing
    title, site = card
    _card_given(last, title, site, dropped)
    return [p for p in trailing if p.start not in (title.start, site.start)]


def _card_given(draft: _Draft, title: Piece, site: Piece, dropped: list[Piece]) -> None:
    """The link card under ``draft``'s text gives it its title and its site (the title
    taken out of its body or back from ``dropped``, the site's line into its trailer)."""
    draft.title_below = title
    draft.body = [p for p in draft.body if p is not title]
    if all(p is not site for p in draft.trailer):
        draft.trailer.append(site)
    draft.card_site = _card_site(site)
    dropped[:] = [p for p in dropped if p.start != title.start]


#: A sharer's remark is a sentence or two of this many words at most.
REMARK_WORDS = 25


def _by_a_person(draft: _Draft) -> bool:
    """Every name over the post is a person's: "Nora Blake @nora@social.example · 7h", or
    "Aisha Karim" over its handle and time; not "Kanye Banned" over "— snopes.com"."""
    names = [name for p in draft.header for name in [outlet_name(p)] if name] + [
        p.text.strip() for p in draft.header
        if p.kind == "short" and _looks_like_name(p.text.strip()) and any(q.kind == "meta" and 0 < q.line - p.line <= 2 for q in draft.header)
    ]
    return bool(names) and all(_people_named([name]) for name in names)


def _persons_remarks(drafts: list[_Draft], dropped: list[Piece]) -> None:
    """Posts of a person's account (a person's name over the post's time) are the person's
    words, not an outlet's: a post of a sentence or two alone ("Pulling the coverage into a
    thread, oldest first.") is no article, and the line that leads into a pasted text from
    the top of the post ("Text below for anyone the link won't load for:") is not its."""
    for draft in list(drafts):
        if len(drafts) < 2 or not _by_a_person(draft):
            continue
        said = " ".join(p.text for p in draft.body)
        # (Opened by the name and time: not a piece of a text split off under a line.)
        if draft.started_by == OUTLET_AND_DATE and draft.title_below is None and len(rough_sentences(said)) <= 2 and features(said).words <= REMARK_WORDS:
            drafts.remove(draft)
            dropped.extend(_relabel(p, "a person's post") for p in [*draft.header, *draft.body])
            continue
        stamp = max((p.line for p in draft.header if p.kind == "meta" or outlet_name(p)), default=None)
        if stamp is None:
            continue
        # ("From Daily Mail:" over the text names its outlet: it stays.)
        leads = [p for p in draft.header if p.line > stamp and p.kind == "short" and p.text.rstrip().endswith(":") and not outlet_name(p)]
        first = draft.body[0]
        if len(draft.body) > 1 and first.text.rstrip().endswith(":") and features(first.text).words <= REMARK_WORDS and not any(
            p.line > stamp and p.kind == "short" for p in draft.header
        ):
            leads.append(first)
            draft.body.remove(first)
        elif (draft.card_site or draft.title_below is not None) and len(draft.body) > 2 and _a_remark(first) and features(first.text).ends_like_sentence and _states_no_fact([first]):
            # A remark over a text the person shared with its link card ("Sharing this one,
            # worth the whole read."): the person's words, stating nothing of the story.
            leads.append(first)
            draft.body.remove(first)
        draft.header = [p for p in draft.header if p not in leads]
        dropped.extend(_relabel(p, "a person's note over the text") for p in leads)


def _a_remark(piece: Piece) -> bool:
    """A sentence or two of ``REMARK_WORDS`` words at most."""
    return len(rough_sentences(piece.text)) <= 2 and features(piece.text).words <= REMARK_WORDS


def _card_domain_line(piece: Piece) -> bool:
    """A link card's address line: the domain alone ("bbc.com", "🔗 bbc.com") or with the
    text's reading time ("dailymail.co.uk • 5 min read")."""
    parts = header_parts(piece.text.strip(" 🔗↗→›»"))
    return bool(parts) and bool(_DOMAIN_NAME.match(parts[0].strip())) and all(is_meta_part(part) for part in parts[1:])


def _title_in_row(header: list[Piece], outlet: str) -> str:
    """The title in a table's row that names the outlet but was not read as a title with
    its outlet (the only such row on its page): the column after the outlet's when it is
    no time and has three words or more, or ""."""
    for piece in reversed(header):
        row = _OUTLET_COLUMN_FIRST.match(piece.text.strip())
        if row and _normal_name(row.group("name")) == _normal_name(outlet) and not is_meta_part(row.group("title")):
            if features(row.group("title")).words >= 3:
                return row.group("title")
    return ""


# --------------------------------------------------------------------------- the line model

_TITLE, _OUTLET, _META, _FURNITURE, _BODY = (line_model.CLASSES.index(c) for c in ("title", "outlet", "meta", "furniture", "body"))
#: Reasons the rules give with certainty: the model does not overrule them.
_CERTAIN_FURNITURE = frozenset({"page furniture", "photo credit", "image marker", "widget", "sponsored text", "photo caption", "menu or link list", "text in another language", "ad fragment", "other-script fragment", "jump line", "page label", PRINT_MARGIN, "section label", "wire mark"})
#: A web domain: any country's two letters or a common generic ending ("capitalfm.co.ke").
_DOMAIN_NAME = BARE_DOMAIN
#: How sure the model must be before it overrules or fills in for the rules.
SURE = 0.6
#: ... and before it drops a short line the rules would keep.
SURE_FURNITURE = 0.8
#: Off, the reader keeps to its rules (for comparison).
USE_LINE_MODEL = True


class _LineHints:
    """The line classifier's probabilities for each line of a page."""

    def __init__(self, text: str):
        lines = [match.group(1) for match in _LINE.finditer(text)]
        if lines and lines[-1] == "" and text.endswith(("\n", "\r")):
            lines.pop()
        self.lines = lines
        self.probs = line_model.classify_lines(lines) if lines else None
        self.usable = self.probs is not None and bool(self.probs.any())

    def p(self, piece: Piece, which: int) -> float:
        if not self.usable or not 1 <= piece.line <= len(self.lines):
            return 0.0
        return float(self.probs[piece.line - 1, which])

    def best(self, piece: Piece) -> int:
        return int(self.probs[piece.line - 1].argmax()) if self.usable and 1 <= piece.line <= len(self.lines) else -1

    def title(self, piece: Piece) -> float:
        return self.p(piece, _TITLE)

    def names_outlet(self, piece: Piece) -> float:
        return self.p(piece, _OUTLET)

    def header_info(self, piece: Piece) -> float:
        return self.p(piece, _OUTLET) + self.p(piece, _META)

    def relabel(self, pieces: list[Piece]) -> list[Piece]:
        """Where the rules are unsure or silent, the model decides: a prose-like line the
        model reads as furniture (a caption, a banner sentence) is dropped; a short line it
        reads as furniture is dropped, one it reads as a byline or time is meta; a bare
        domain it reads as an outlet line is kept as a header line."""
        if not self.usable:
            return pieces
        per_line: dict[int, int] = {}
        for piece in pieces:
            per_line[piece.line] = per_line.get(piece.line, 0) + 1
        first_prose = next((position for position, piece in enumerate(pieces) if piece.kind == "body"), len(pieces))
        out = []
        for position, piece in enumerate(pieces):
            if piece.reason in (_CUT_BY_A_PAGE_BREAK, _TITLE_IN_THE_PRINT_HEADER, _SUBJECT_AS_TITLE):
                out.append(piece)
                continue
            whole = per_line[piece.line] == 1
            before = pieces[position - 1] if position else None
            after = pieces[position + 1] if position + 1 < len(pieces) else None
            # A short line between two paragraphs is a subheading until shown otherwise.
            between_prose = bool(before and after and before.kind == "body" and after.kind == "body")
            furniture, body = self.p(piece, _FURNITURE), self.p(piece, _BODY)
            kind, reason = piece.kind, piece.reason
            if piece.kind == "body" and whole:
                found = features(piece.text)
                small = found.words <= 30 and len(rough_sentences(piece.text)) <= 2
                # A whole sentence between two paragraphs ("To each his own.") is the article's,
                # unless the article says it elsewhere too: then it is a pull quote.
                def sentence_in_prose() -> bool:
                    return between_prose and found.ends_like_sentence and not _said_elsewhere(pieces, position)

                def first_sentence_under_title() -> bool:
                    # Right under a line the model reads as a title: the text's opening.
                    return (
                        before is not None and before.kind == "short" and before.line == piece.line - 1 and self.title(before) >= 0.5
                        and found.ends_like_sentence and found.words >= LEAD_SENTENCE_WORDS and found.function_share >= 0.2
                    )

                def opens_the_text() -> bool:
                    # Under the article's header (its title, outlet or date line; a blank
                    # between) and over the next paragraph: the text's first paragraph. (An
                    # ad may stand between the two paragraphs.)
                    after = _past_an_ad(pieces, position)
                    return (
                        before is not None and before.kind in ("short", "meta") and piece.line - before.line <= 2
                        and (
                            self.title(before) >= 0.5 or before.kind == "meta" or bool(outlet_name(before) or _bare_name(before))
                            or position <= first_prose
                        )
                        and after is not None and after.kind == "body" and features(after.text).ends_like_sentence
                        and found.ends_like_sentence and found.words >= LEAD_SENTENCE_WORDS and found.function_share >= 0.2
                    )

                def continues_prose() -> bool:
                    # Right under a line of prose, no blank between: the paragraph goes on,
                    # unless the model is sure it does not (a caption set tight under it) or
                    # the article says it elsewhere too (a pull quote).
                    return (
                        before is not None and before.kind == "body" and before.line == piece.line - 1 and furniture < SURE_FURNITURE
                        and found.ends_like_sentence and found.words >= LEAD_SENTENCE_WORDS and found.function_share >= 0.2
                        and not _said_elsewhere(pieces, position)
                    )

                if (
                    small and furniture >= SURE and not (_sentence_in_a_list(pieces, position) or _item_under_a_lead_in(pieces, position))
                    and not continues_prose()
                    and not _QUOTED_SPEECH.match(piece.text) and not sentence_in_prose() and not first_sentence_under_title()
                    and not opens_the_text()
                ):
                    kind, reason = "boilerplate", _MODEL_FURNITURE
                elif small and self.header_info(piece) >= SURE and found.words <= 15:
                    kind, reason = "meta", "byline or time (line model)"
                elif small and self.title(piece) >= SURE and found.words <= 25:
                    kind, reason = "short", "title (line model)"
                elif (
                    found.words <= LONG_TITLE_WORDS and not found.ends_like_sentence and self.title(piece) >= 0.4 and self.title(piece) > 2 * body
                    and self._under_a_name_line(pieces, position) and _over_prose(pieces, position)
                ):
                    # A long headline ("Giant 8ft 9in catfish ... caught with a rod and
                    # line") has the words of prose but ends with none of its marks; right
                    # under an outlet's name and over the text, it is the title.
                    kind, reason = "short", "title (line model)"
            elif piece.kind == "short" and whole and not piece.text.startswith("#"):  # "# Title" is certain
                sure = 0.9 if _looks_like_name(piece.text.strip()) else SURE_FURNITURE  # a name line may be an outlet's
                next_line = after is not None and after.line == piece.line + 1
                # The rules' own header forms stay: a title under a date and over prose, a
                # name line right over a title.
                title_form = next_line and after.kind == "body" and before is not None and (
                    before.kind == "meta"
                    # right under the outlet's line ("Shared from X" / the title / the text)
                    or before.line == piece.line - 1 and before.kind == "short" and (outlet_name(before) or self.names_outlet(before) >= SURE)
                )
                name_form = next_line and after.kind == "short" and _looks_like_name(piece.text.strip())
                # A headline set apart over a paragraph ("\nHarbour reopens after repairs\nThe
                # port ..."), as the page's other titles stand: the first article's too.
                headline_form = (
                    next_line and after.kind == "body" and self._apart_above(piece)
                    and features(piece.text).words >= HEADLINE_WORDS and not features(piece.text).ends_like_sentence
                )
                # (A saved tab's "Page title:" field is a title whatever its shape.)
                page_title = bool(_TITLE_FIELD.match(piece.text.strip()))
                if furniture >= sure and not (between_prose or title_form or name_form or headline_form or page_title) and not outlet_name(piece):
                    kind, reason = "boilerplate", _MODEL_FURNITURE
                elif self.p(piece, _META) >= SURE and not outlet_name(piece):
                    kind, reason = "meta", "byline or time (line model)"
            elif piece.kind == "boilerplate" and piece.reason == "link":
                if self.header_info(piece) >= SURE and _domain_in(piece.text) and features(piece.text).words <= 8:
                    kind, reason = "short", ""
                elif (
                    whole and body >= 0.8 and not features(piece.text).weak_cue and features(piece.text).words >= 6
                    and not re.search(r"(?:^|\s)/[\w-]+/", piece.text) and not _LINK_LINE.match(piece.text.strip())
                    and not _page_address(piece.text)
                ):
                    # A quoted tweet or a sentence naming a website is the article's.
                    kind, reason = "body", ""
                elif whole and _embedded_tweet(piece.text) and any(
                    neighbour is not None and (neighbour.kind == "body" or _TWEET_SIGNATURE.match(neighbour.text.strip()))
                    for neighbour in (before, after)
                ):
                    kind, reason = "body", ""
            if (kind, reason) != (piece.kind, piece.reason):
                piece = replace(piece, kind=kind, reason=reason)
            out.append(piece)
        return self._keep_lone_prose(pieces, out)

    def _under_a_name_line(self, pieces: list[Piece], position: int) -> bool:
        """The nearest piece above that is not furniture is a bare name ("DAILY MAIL") that
        the model does not take for a title, and no title stands over that name (else the
        piece is the text's first paragraph, under "Title / Mirror")."""
        name = _kept_neighbour(pieces, position, -1)
        if name is None or pieces[name].kind != "short" or not _bare_name(pieces[name]) or self.title(pieces[name]) >= 0.5:
            return False
        over_name = _kept_neighbour(pieces, name, -1)
        return over_name is None or not (pieces[over_name].kind == "short" and self.title(pieces[over_name]) >= 0.5)

    def _apart_above(self, piece: Piece) -> bool:
        """A blank line (or the page's top) right above the piece's line."""
        return piece.line == 1 or not self.lines[piece.line - 2].strip()

    def _keep_lone_prose(self, before: list[Piece], after: list[Piece]) -> list[Piece]:
        """Prose is taken away from an article only where the article keeps other prose: a
        short article of one sentence under its title stays, whatever its shape. Above the
        page's first title (the site's own header and banners) the model may take it."""
        def boundary(piece: Piece) -> bool:
            return piece.kind == "short" and (self.title(piece) >= 0.5 or features(piece.text).words >= 3)

        bounds = [i for i, piece in enumerate(after) if boundary(piece)]
        if not bounds:
            return [b if b.kind == "body" and a.kind != "body" else a for b, a in zip(before, after)]
        result = list(after)
        edges = [*bounds, len(after)]
        for start, end in zip(edges, edges[1:]):
            span = range(start + 1, end)
            demoted = [i for i in span if before[i].kind == "body" and after[i].kind != "body"]
            if demoted and not any(after[i].kind == "body" for i in span):
                for i in demoted:
                    result[i] = before[i]
        return result


_MODEL_FURNITURE = "furniture (line model)"
#: Words of a sentence right under a title that make it the text's opening, not a caption.
LEAD_SENTENCE_WORDS = 12
#: Words of a line set apart over a paragraph that make it a headline, not a label.
HEADLINE_WORDS = 4
#: A line of quoted speech ("“I was so shocked,” the owner said."): the article's; a pull
#: quote that repeats it is told by the repetition (``_mark_pull_quotes``).
_QUOTED_SPEECH = re.compile(r"^\s*[\"“‘']\S+(?:\s+\S+){3,}")
_TWEET_LINK = re.compile(r"pic\.twitter\.com/\w+|https?://t\.co/\w+")


def _embedded_tweet(text: str) -> bool:
    """A tweet quoted in an article ("Dog left at station with a suitcase >
    http://t.co/fK pic.twitter.com/5E"): words of its own, then the tweet's links."""
    link = _TWEET_LINK.search(text)
    if not link:
        return False
    words = re.findall(r"[^\W\d_]{2,}", re.sub(r"(?:^|\s)[@#]\w+", " ", text[: link.start()]))
    return len(words) >= 3


#: The line that signs a quoted tweet: "— Tim Mak (@timkmak) October 22, 2014".
_TWEET_SIGNATURE = re.compile(r"^(?:[—–-]+\s*)?.{0,60}\(@\w+\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$")


def _sentence_in_a_list(pieces: list[Piece], position: int) -> bool:
    """A list item that is a whole sentence ("• Six shots can be heard, followed by a
    pause."), next to another item: a list in the article. A list of links is of
    headlines, which do not end as sentences do."""
    piece = pieces[position]
    marker = _ITEM_START.match(piece.text)
    if not marker:
        return False
    found = features(piece.text[marker.end() :])
    if not (found.ends_like_sentence and found.words >= 4 and found.function_share >= 0.2):
        return False
    return _among_list_items(pieces, position, line_gap=2)


def _among_list_items(pieces: list[Piece], position: int, line_gap: int | None = None) -> bool:
    """The piece opens a list item and so does the piece before or after it (within
    ``line_gap`` lines, when given)."""
    if not _ITEM_START.match(pieces[position].text):
        return False
    return any(
        0 <= j < len(pieces) and _ITEM_START.match(pieces[j].text)
        and (line_gap is None or abs(pieces[j].line - pieces[position].line) <= line_gap)
        for j in (position - 1, position + 1)
    )


def _domain_in(text: str) -> str:
    for token in re.split(r"[\s()\[\]|·•,]+", text):
        token = token.strip(" -–—:;.")
        if _DOMAIN_NAME.match(token):
            return token
    return ""


#: An address's path; its last part is often the title in words: ".../apple-may-buy-path-8714194".
_ADDRESS_PATH = re.compile(r"^\W{0,3}<?(?:https?://)?(?:www\.)?(?P<host>[a-z0-9][\w-]*(?:\.[\w-]+)+)/(?P<path>[^\s>?#]+)", re.IGNORECASE)
#: Words of an address's last part that must be words of a text's title for the address
#: to be that text's: three at least, and most of them.
SLUG_WORDS = 3
SLUG_SHARE = 0.8


def _address_with_path(text: str) -> re.Match[str] | None:
    """The address that opens the line, past the words that lead to it, with its path."""
    return _ADDRESS_PATH.match(_LINK_LEAD.sub("", text.strip()))


def _slug_words(text: str) -> list[str]:
    """The words of the last part of the address on a line, ids and numbers left out, or
    [] when it is no address or holds fewer than SLUG_WORDS words."""
    address = _address_with_path(text)
    if not address:
        return []
    last = next((part for part in reversed(address.group("path").split("/")) if part), "")
    last = re.sub(r"\.(?:s?html?|php|aspx?)$", "", last.lower())
    words = [w for w in re.split(r"[-_+.]+", last) if w and not any(c.isdigit() for c in w)]
    return words if len(words) >= SLUG_WORDS else []


def _spelled_share(words: list[str], text: str) -> float:
    """How many of an address's words (``_slug_words``) are words of ``text``, as a share."""
    own = set(re.findall(r"[a-z0-9]+", re.sub(r"[’'‘]", "", text.lower())))
    return sum(w in own for w in words) / len(words) if words else 0.0


def _address_of_the_text(piece: Piece, draft: _Draft, below: list[Piece]) -> bool:
    """An address line under a text whose words spell that text's title (or its first
    lines), better than they spell any line ``below`` it (the next text's title: reports of
    one story share most words of their titles): the text's own address, wherever it
    stands before the next text."""
    here, there = _spelled_above_and_below(piece, draft, below)
    return here >= SLUG_SHARE and here > there


def _address_of_the_next_text(piece: Piece, draft: _Draft | None, below: list[Piece]) -> bool:
    """An address line whose words spell the title of the text right ``below`` it ("Better
    source:" / "https://metro.co.uk/news/kim-relying-on-cobra-wine-..." / the title),
    better than they spell the text above it: the next text's address, not a line under
    the text above. (A quoted line, "> https://...", is the text's own.)"""
    if piece.text.strip().startswith((">", "|")) or piece.reason == PRINT_MARGIN:
        return False
    # (A print header repeats the title of the printout the address closes: "9/20/24, 2:34
    # PM  Title | Site" under "https://site.com/title-slug  1/2".)
    below = [p for p in below if p.reason not in (_PRINT_HEADER_LINE, PRINT_MARGIN)]
    here, there = _spelled_above_and_below(piece, draft, below)
    return there >= SLUG_SHARE and there > here


def _spelled_above_and_below(piece: Piece, draft: _Draft | None, below: list[Piece]) -> tuple[float, float]:
    """How well the address on the line spells the text above it (``draft``: its title or
    first lines) and any line ``below`` it (``_spelled_share``); (0, 0) for no address."""
    words = _slug_words(piece.text)
    if not words:
        return 0.0, 0.0
    above = [*draft.header[-4:], *draft.body[:1]] if draft is not None else []
    here = max((_spelled_share(words, p.text) for p in above), default=0.0)
    there = max((_spelled_share(words, p.text) for p in below), default=0.0)
    return here, there


def _own_address_taken(draft: _Draft, header: list[Piece], after: list[Piece]) -> list[Piece]:
    """The lines left over the next text (``after`` it) once an address among them that
    spells the text above's title is taken as that text's own, with what stands between."""
    addressed = next((k for k, p in enumerate(header) if _address_of_the_text(p, draft, [*header[k + 1 :], *after])), None)
    if addressed is None:
        return header
    draft.own_address = _address_with_path(header[addressed].text).group("host").lower()
    draft.trailer.extend(header[: addressed + 1])
    return header[addressed + 1 :]


def _name_in_line(text: str) -> str:
    """The outlet named in a line the model reads as an outlet line: its name-like part once
    times, dates, bylines, separators and a label before a colon are set aside."""
    named = outlet_name(Piece(0, len(text), 1, "short", "", text))
    if named:
        return named
    domain = _domain_in(text)
    if domain:
        return _tidy_name(domain)  # ("EDP24.CO.UK" is read in small letters)
    for part in header_parts(text) or [text]:
        part = re.sub(r"^[^:]{1,20}:\s*", "", part.strip(" -–—•·|[]()")).strip()
        if not part or is_meta_part(part) or re.match(r"(?i)by\s", part):
            continue
        if _looks_like_name(part) and not _NOT_A_NAME.search(part):
            return _tidy_name(part)
    return ""


def assemble(body: tuple[Piece, ...]) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Join body pieces into clean text; return it with its map of runs
    ``(clean_start, input_start, length)`` back into the input."""
    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    length = 0
    previous: Piece | None = None
    for piece in body:
        if previous is not None:
            same_line = piece.line == previous.line or piece.wrapped
            separator = " " if same_line else ("\n\n" if piece.paragraph_start else "\n")
            parts.append(separator)
            length += len(separator)
        runs.append((length, piece.start, len(piece.text)))
        parts.append(piece.text)
        length += len(piece.text)
        previous = piece
    return "".join(parts), tuple(runs)


def _outletish(piece: Piece, hints: _LineHints) -> bool:
    if piece.kind == "boilerplate":
        return False
    if hints.names_outlet(piece) >= SURE or outlet_name(piece):
        return True
    # A bare name line ("NPR") the model half reads as an outlet line.
    text = piece.text.strip()
    return piece.kind == "short" and hints.names_outlet(piece) >= 0.25 and _looks_like_name(text) and len(text.split()) <= 4 and not _NOT_A_NAME.search(text)


def _outlets_below(drafts: list[_Draft], header: list[Piece], hints: _LineHints) -> list[Piece]:
    """On a page that names each outlet under its article's body (none above the first
    article, one under the last), the outlet line above a title is the previous article's.
    Returns what is left of the lines after the last article."""
    if any(_outletish(p, hints) for p in drafts[0].header):
        return header
    below_last = [p for p in header if _outletish(p, hints)]
    if not below_last:
        return header
    for previous, draft in zip(drafts, drafts[1:]):
        title = _title_of(draft.header, hints)
        cut = next((i for i, p in enumerate(draft.header) if p is title), len(draft.header))
        moving = [p for p in draft.header[:cut] if _outletish(p, hints)]
        if moving:
            previous.trailer.extend(moving)
            draft.header = [p for p in draft.header if all(p is not m for m in moving)]
    drafts[-1].trailer.extend(below_last)
    return [p for p in header if all(p is not m for m in below_last)]


# --------------------------------------------------------------------------- outlets by position

_COUNT_SUFFIX = re.compile(r"(?i)\s*[(\[]?\s*\d+\s+(?:stories|story|articles?|items?|posts?|reports?|updates?)\s*[)\]]?\s*$")
_MORE_FROM = re.compile(r"(?i)^\s*(?:more|latest|also|others?|stories|news)\s+(?:stories\s+)?(?:from|by|at)\s+")
#: Outlets the page's own rules or the model found with less than certainty.
_WEAK_NAMING = ("name line", "(line model)")


def _bare_name(piece: Piece) -> str:
    """The name a short line stands for, by its shape alone: "AFP", "ASSOCIATED PRESS",
    "nypost.com", "More from Reuters", "Daily Mail (3 stories)", "— Slate —"."""
    if piece.kind == "body" or (piece.kind == "boilerplate" and piece.reason not in ("furniture (line model)", "link", "header line", "")):
        return ""
    text = _COUNT_SUFFIX.sub("", piece.text.strip())
    text = _MORE_FROM.sub("", text).strip(" -–—:#[]()→›»•·|")
    if not text or len(text) > 60:
        return ""
    if _DOMAIN_NAME.match(text):
        return _tidy_name(text)  # ("NYPOST.COM" is read in small letters)
    named = outlet_name(Piece(0, len(text), piece.line, "short", "", text))
    if named:
        return named
    if (
        _looks_like_name(text)
        and not text.endswith("?")  # "Right?" closing a text: a question ("Yahoo!" is a name)
        and len(text.split()) <= 5
        and not re.search(r"\S\s{2,}\S|[|·•¦/]", text)
        and not _NOT_A_NAME.search(text)
        and not is_meta_part(text)
        and not _furniture_word_in(text)
    ):
        return _tidy_name(text)
    return ""


def _under_the_text(pieces: list[Piece], last_body: int) -> int:
    """The position of the line under an article's text, past the wire's credit of its
    writers and editors ("(Reporting by Jane Doe; Editing by John Roe)") and the article's
    own furniture (``_article_end_furniture``: a share bar, tags, a time), not past a rule
    ("----": what comes under it is the next article's)."""
    below = last_body + 1
    while (
        below < len(pieces) - 1 and below - last_body <= ARTICLE_END_LINES and features(pieces[below].text).words
        and (pieces[below].reason == "reporting credit" and not outlet_name(pieces[below]) or _article_end_furniture(pieces[below]) and not _bare_name(pieces[below]))
    ):
        below += 1
    # Past the furniture, a name with a title or a time right under it heads the next
    # article ("Read more" / "Prairie Daily Star" / "6 hours ago"): the text ends there.
    after = pieces[below + 1] if below + 1 < len(pieces) else None
    if below > last_body + 1 and after is not None and after.line == pieces[below].line + 1 and after.kind in ("short", "meta"):
        return last_body + 1
    return below


def _outlets_by_position(
    pieces: list[Piece], drafts: list[_Draft], articles: list[PageArticle], hints: _LineHints, site: str
) -> list[PageArticle]:
    """Outlets told by where a name stands rather than by its words: on a page whose
    articles leave their outlet unnamed by any pattern, a short name line that sits in the
    same place by every title ("AFP" over one, "ASSOCIATED PRESS" over the next) is the
    outlet line; a name set apart above a title by a blank line heads a group, and the
    articles under it without a name of their own are that outlet's. A name the page also
    prints in its header or footer is the site's."""
    if any(draft.title_below is not None for draft in drafts):
        return articles  # titles stand under their texts: no place by a title names an outlet
    index_of = {id(piece): position for position, piece in enumerate(pieces)}
    # The site's name: the page's first line, or a name printed again under the last article.
    # (The line right under the last body may name its outlet, under the wire's credit line.)
    footer = pieces[_under_the_text(pieces, drafts[-1].last_index) + 1 :] + pieces[:1]
    edge = {normal for p in footer if p.kind != "body" for normal in [_bare_name(p).casefold()] if normal}
    edge |= {normal for p in footer for normal in [_normal_prose(p.text)] if normal}
    if site:
        edge.add(site.casefold())

    def blank_between(a: Piece, b: Piece) -> bool:
        low, high = sorted((a.line, b.line))
        return any(not line.strip() for line in hints.lines[low : high - 1])

    # For each article: the names around its title, as (offset from the title, apart, name).
    found: list[list[tuple[int, bool, str]]] = []
    # How sure the line model is that each name's line is an outlet line: (article, offset) -> p.
    outletish: dict[tuple[int, int], float] = {}
    for number, draft in enumerate(drafts):
        title = _title_of(draft.header, hints)
        start = drafts[number - 1].last_index + 1 if number else 0
        if title is None or id(title) not in index_of or draft.first_index < 0:
            found.append([])
            continue
        t = index_of[id(title)]
        names = []
        for j in range(start, draft.first_index):
            if j == t:
                continue
            name = _bare_name(pieces[j])
            if name and name.casefold() not in edge and not any(name.casefold() in e for e in edge) and not _same_text(name, title.text):
                names.append((j - t, blank_between(pieces[j], title), name))
                outletish[number, j - t] = hints.names_outlet(pieces[j])
        found.append(names)
    titled = [k for k, draft in enumerate(drafts) if found[k] or _title_of(draft.header, hints) is not None]
    if len(titled) < 2:
        return articles

    def weak(article: PageArticle) -> bool:
        return not article.source or any(w in article.found_by.rsplit("outlet:", 1)[-1] for w in _WEAK_NAMING) and "outlet:" in article.found_by

    # A name right under most bodies, the last one's included: the page names each outlet
    # after its article, and a name above the next title is the previous article's.
    after = []
    for draft in drafts:
        j = _under_the_text(pieces, draft.last_index)
        below = pieces[j] if 0 < j < len(pieces) else None
        close = below is not None and below.line - pieces[j - 1].line <= 2
        name = _bare_name(below) if close else ""
        after.append(name if name and name.casefold() not in edge else "")
    if after[-1] and sum(bool(a) for a in after) >= max(2, (len(drafts) + 1) // 2):
        result = list(articles)
        for k, article in enumerate(result):
            if after[k] and (weak(article) or article.found_by.endswith("outlet: group heading above")):
                result[k] = PageArticle(after[k], article.title, article.body, _with_outlet(article.found_by, "name line under the body"))
        return result
    # A page that names each outlet under its body: a name above a title is the previous
    # article's (``_outlets_below``), not a heading.
    if not any(offset < 0 for offset, _, _ in found[0]) and any(a.found_by.endswith(("below", "in the line below")) for a in articles):
        return articles
    result = list(articles)

    # Group headings: a name set apart above the title by a blank line, the nearest one.
    headed = [next((name for offset, apart, name in sorted(found[k], reverse=True) if offset < 0 and apart), "") for k in range(len(drafts))]
    attached_slots: dict[int, list[str]] = {}
    for k in range(len(drafts)):
        for offset, apart, name in found[k]:
            if not apart:
                attached_slots.setdefault(offset, []).append(name)
    # Attached slots: a name beside the title in the same place for most articles, not one
    # name everywhere (a section label, the site).
    wanted = max(2, (len(titled) + 1) // 2)
    # A place that holds another name by an article whose outlet is known (a heading, a
    # byline) is a section label's.
    known = [headed[k] or (result[k].source if not weak(result[k]) else "") for k in range(len(drafts))]
    # A place that holds a name by every titled article, names that differ, is the
    # outlet's own ("ALSO FLIPPED" over "NPR" over the title) when the model reads its
    # lines as outlet lines more than the headings set apart above them: those are a
    # section's. (Under "AFP" set apart, "Lifestyle" over each title is the section.)
    heading_outletish = [outletish[k, offset] for k in range(len(drafts)) for offset, apart, name in found[k] if name == headed[k] and apart]

    def reads_as_outlets(offset: int) -> bool:
        attached = [outletish[k, offset] for k in range(len(drafts)) if (k, offset) in outletish]
        return not heading_outletish or sum(attached) / len(attached) > sum(heading_outletish) / len(heading_outletish)

    everywhere = {
        offset for offset, names in attached_slots.items()
        if len(names) == len(titled) >= 3 and len({_normal_name(n) for n in names}) >= 2 and reads_as_outlets(offset)
    }
    if everywhere:
        headed = ["" if any(o in everywhere and not apart for o, apart, _ in found[k]) else headed[k] for k in range(len(drafts))]
        known = [result[k].source if not weak(result[k]) else "" for k in range(len(drafts))]
    labels = {
        offset for k in range(len(drafts)) if known[k]
        for offset, apart, name in found[k] if not apart and _normal_name(name) != _normal_name(known[k])
    }
    slots = [
        offset for offset, names in attached_slots.items()
        if len(names) >= wanted and offset not in labels and (len({n.casefold() for n in names}) >= 2 or len(names) <= 2)
    ]
    slots.sort(key=lambda offset: (abs(offset), offset < 0))
    over_text = _names_over_the_text(pieces, drafts, found, index_of, hints, known, wanted)
    # A heading over an article that names another outlet of its own is a section's
    # ("WORLD" over "Source: Reuters"): on that page no heading names an outlet.
    if any(headed[k] and not weak(result[k]) and _normal_name(headed[k]) != _normal_name(result[k].source) for k in range(len(drafts))):
        headed = [""] * len(drafts)
    group_heads = sum(bool(h) for h in headed)
    current = ""
    for k, article in enumerate(result):
        if headed[k]:
            current = headed[k]
        if not weak(article):
            continue
        own = headed[k]
        if not own:
            for offset in slots:
                own = next((name for o, apart, name in found[k] if o == offset and not apart), "")
                if own:
                    break
            own = own or over_text[k]
            if own:
                result[k] = PageArticle(own, article.title, article.body, _with_outlet(article.found_by, "name in the outlet's place by the title"))
                continue
        if own:
            result[k] = PageArticle(own, article.title, article.body, _with_outlet(article.found_by, "group heading above"))
        elif current and group_heads and not article.source:
            result[k] = PageArticle(current, article.title, article.body, _with_outlet(article.found_by, "group heading above"))
    return result


def _names_over_the_text(
    pieces: list[Piece], drafts: list[_Draft], found: list[list[tuple[int, bool, str]]], index_of: dict[int, int],
    hints: _LineHints, known: list[str], wanted: int,
) -> list[str]:
    """For each article, the name on the line right over its text and under its title,
    where most titled articles have one there, the names differ, and none differs from an
    outlet the article names otherwise: the page's outlet line, whatever stands between it
    and the title (a byline over one text, none over the next)."""
    names = [""] * len(drafts)
    for k, draft in enumerate(drafts):
        title = _title_of(draft.header, hints) if found[k] else None
        if title is None or id(title) not in index_of:
            continue
        offset = draft.first_index - 1 - index_of[id(title)]
        over = pieces[draft.first_index - 1]
        name = next((name for o, apart, name in found[k] if o == offset > 0), "")
        # (The whole line is the name: "INQUISITR", not a byline's tail "Vos and Ada Lee, X".)
        whole_line = _alone_on_its_line(pieces, draft.first_index - 1) and _normal_name(name) == _normal_name(over.text.strip())
        names[k] = name if whole_line else ""
    named = [name for name in names if name]
    if len(named) < wanted or len({_normal_name(n) for n in named}) < 2:
        return [""] * len(drafts)
    if any(known[k] and names[k] and _normal_name(known[k]) != _normal_name(names[k]) for k in range(len(drafts))):
        return [""] * len(drafts)
    return names


def _normal_name(name: str) -> str:
    return re.sub(r"[^\w]+", "", re.sub(r"^(?:www\.|the\s+)", "", name.casefold().strip()))


def _line_form(piece: Piece) -> str:
    """The line with its outlet's name set aside: "More from Reuters" -> "more from {}"."""
    name = outlet_name(piece)
    if not name:
        return ""
    text = re.sub(r"\[\d{1,4}\]", "", piece.text.strip())
    at = text.casefold().find(name.casefold())
    if at < 0:
        return ""
    return re.sub(r"\d+", "#", (text[:at] + "{}" + text[at + len(name) :]).casefold())


def _heading_forms(pieces: list[Piece]) -> set[str]:
    """Forms of the outlet lines that stand above the page's first prose, where only a
    heading or a header line can stand; only forms that also name outlets after a body."""
    first = next((i for i, p in enumerate(pieces) if p.kind == "body"), 0)
    forms = {form for p in pieces[:first] if _TRAILING_OUTLET.match(p.text.strip()) for form in [_line_form(p)] if form}
    return forms


def _mostly_under_prose(pieces: list[Piece], positions: list[int]) -> bool:
    """Most of these lines follow an article's last words at once."""
    return sum(1 for i in positions if _text_ends_above(pieces, i)) * 2 > len(positions)


#: A line of this many words under the text's paragraphs is one of them though it ends
#: without a full stop ("... because of suffocation. / End").
PARAGRAPH_WORDS = 12


#: Words of the article's own last line that may stand between its text and the line under it
#: ("Developing…", "Advertisement").
ARTICLE_END_WORDS = 3
_CREDIT_MARK = re.compile(r"(?i)^\W*(?:©|\(c\)|copyright|photo|image|picture)")


#: Lines of the article's own furniture between its text and a line under it: a share bar,
#: its tags, its time ("Share · Tweet" / "Tags: Harbour, Weather" / "3 hours ago").
ARTICLE_END_LINES = 3
ARTICLE_END_FURNITURE_WORDS = 6
_ARTICLE_END_REASONS = frozenset({"page furniture", "menu or link list", "widget"})


def _article_end_furniture(piece: Piece) -> bool:
    """A word or two of the article's own furniture, a share bar, tags or a time stamp
    under its text, or a link to another story ("SEE ALSO: Headline"); a picture's credit
    ("© Mei Doe") closes a picture, not a text."""
    if piece.kind == "boilerplate" and _linked_headline(piece):
        return True
    if _CREDIT_MARK.match(piece.text) or outlet_name(piece):
        return False
    words = features(piece.text).words
    if piece.kind == "boilerplate":
        return words <= ARTICLE_END_WORDS or words <= ARTICLE_END_FURNITURE_WORDS and piece.reason in _ARTICLE_END_REASONS
    return piece.kind == "meta" and piece.reason == "date or time" and words <= ARTICLE_END_FURNITURE_WORDS


def _text_ends_above(pieces: list[Piece], position: int) -> bool:
    """An article's text ends right above this piece, the article's own furniture aside
    (``_article_end_furniture``)."""
    above = position - 1
    while above >= 0 and position - above <= ARTICLE_END_LINES and _article_end_furniture(pieces[above]):
        above -= 1
    if above < 0:
        return False
    piece = pieces[above]
    # A long line under the text's other paragraphs, not a title over them.
    return _ends_prose(piece) or (
        piece.kind == "short" and features(piece.text).words >= PARAGRAPH_WORDS and above > 0 and pieces[above - 1].kind == "body"
    )


def _slots_below(pieces: list[Piece]) -> set[str]:
    """Template slots (``_template_outlets``) the page fills right under each article's
    body: most of their lines follow prose at once, and nothing names an outlet above the
    first article. Every such line is the article's above it."""
    slot_lines: dict[str, list[int]] = {}
    for position, piece in enumerate(pieces):
        slot = _slot(piece)[0]
        if slot:
            slot_lines.setdefault(slot, []).append(position)
    if not slot_lines:
        return set()
    # Only the slot's own form above the first text makes it a heading ("Source: X · 3h"
    # over the first title rules out "Source: X" under a later one); another name up there
    # (the site's, a section's) says nothing of it.
    first_body = next((i for i, p in enumerate(pieces) if p.kind == "body"), len(pieces))
    leads_above = {_form_lead(p) for p in pieces[:first_body] if outlet_name(p)}

    def below(lines: list[int]) -> bool:
        # Between two of its lines something other than text stands (a title, furniture):
        # lines between one article's paragraphs ("– SHEIKH AL-MUNAJJID") sign quotes.
        apart = all(any(p.kind != "body" for p in pieces[a + 1 : b]) for a, b in zip(lines, lines[1:]))
        # A dateline's "(KMOV.com) --" opens a paragraph: text, not a line under it.
        no_text = all(pieces[i].kind != "body" for i in lines)
        # (A site's bar at the top of a phone's screen opens a text, right under the last.)
        bars = any(_app_bar_name(pieces[i].text) for i in lines)
        return apart and no_text and not bars and lines[0] > first_body and not any(_form_lead(pieces[i]) in leads_above for i in lines)

    return {slot for slot, lines in slot_lines.items() if below(lines) and _mostly_under_prose(pieces, lines)}


def _form_lead(piece: Piece) -> str:
    """The words a naming line prints before the name ("source:" of "Source: X · 3h")."""
    form = _line_form(piece)
    if "{}" not in form:
        return "?" + piece.text
    # With no words before the name, the first mark or word after it: "{} news" of "X News
    # Service", "{} |" of "X | 05.03.2024 | World".
    before, after = form.split("{}", 1)
    return before.strip() or "{} " + (after.split() or [""])[0]


def _footing_forms(pieces: list[Piece]) -> set[str]:
    """Forms of outlet lines ("Source: {}") that the page prints under each article's body:
    none stands above the first prose, one stands under the last (only a footer's prose may
    follow it), and most follow prose at once. The one under the last article has no
    article below it to name, so none does."""
    bodies = [i for i, p in enumerate(pieces) if p.kind == "body"]
    if len(bodies) < 2:
        return set()
    # Only a line of the same form over the first text makes the form a heading; the site's
    # name up there ("The Daily · Tuesday") says nothing of it.
    forms_above = {_line_form(p) for p in pieces[: bodies[0]] if outlet_name(p)}

    def only_a_footer_after(position: int) -> bool:
        after = [pieces[i] for i in bodies if i > position]
        return len(after) <= FOOTER_PIECES and sum(features(p.text).words for p in after) <= FOOTER_WORDS

    lines: dict[str, list[int]] = {}
    for position, piece in enumerate(pieces):
        # (A site's bar at the top of a phone's screen opens a text, right under the last.)
        if piece.kind in ("short", "meta") and not _app_bar_name(piece.text):
            form = _line_form(piece)
            if form and form != "{}":
                lines.setdefault(form, []).append(position)
    return {
        form for form, positions in lines.items()
        if len(positions) >= 2 and form not in forms_above and only_a_footer_after(max(positions)) and _mostly_under_prose(pieces, positions)
    }


def _with_outlet(found_by: str, named: str) -> str:
    base = found_by.split("; outlet:", 1)[0]
    return f"{base}; outlet: {named}"
