"""Classify pieces of a page: article prose, short header lines, or site furniture.

The decision rests on general features of web text, not on any one site's strings: how
many words a piece has and how many of them are function words (prose is full of "the",
"of", "and"; menus, ads and headers are not), whether it ends like a sentence, whether it
looks like a link, whether it uses the vocabulary of page furniture (sponsored, subscribe,
cookies, comments, related, read more), and whether it is written in another script than
the page around it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: English function words: their share separates running prose from headers and menus.
FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for from with and or but nor as than that this these those is
    are was were be been being has have had do does did will would could should may might must
    can shall it its they them their he she his her him we our us you your i me my there here
    not no so if when while after before since until because who which whom whose what where
    how why about into over under between through during against among also only just very
    more most some any all both each other such own same then too up down out off again once
    said says""".split()
)

#: Vocabulary of page furniture. Strong cues mark a piece as furniture even when it reads
#: like a sentence; weak cues only when the piece is short.
STRONG_CUES = re.compile(
    r"""\bsponsored\b|\bpromoted\s+(?:links|content|stories)\b|\badvertisement\b|\badvertis(?:e|ing)\s+with\b
    |\bsubscribe\s+(?:to|now|for)\b|\bnewsletter\b|\bcookies?\b|\bprivacy\s+(?:policy|settings)\b
    |\bterms\s+(?:of|and)\s+(?:use|service|conditions)\b|©|\ball\s+rights\s+reserved\b|\bcopyright\b
    |\bautomated\s+news\s+(?:agency\s+)?feed\b|\bwithout\s+modifications\s+to\s+(?:the\s+)?text\b
    |\bgenerated\s+from\s+an?\s+(?:automated|syndicated)\b|\bskip\s+to\s+(?:main\s+)?content\b
    |\byou\s+may\s+(?:also\s+)?like\b|\brecommended\s+for\s+you\b|\bby\s+taboola\b|\boutbrain\b
    |\bdownload\s+(?:the|our)\s+app\b|\bclick\s+here\b|\bsign\s+up\s+for\b|\bjoin\s+our\b""",
    re.IGNORECASE | re.VERBOSE,
)
WEAK_CUES = re.compile(
    r"""\bcomments?\b|\bshare\b|\btweet\b|\bfollow\b|\brelated\b|\bread\s+(?:more|next|also)\b|\balso\s+read\b
    |\bmost\s+(?:read|popular|viewed|shared)\b|\btrending\b|\bloading\b|\bmenu\b|\bhome\b|\blog\s?in\b
    |\bsign\s+(?:in|up)\b|\bregister\b|\bsubscribe\b|\bexplore\b|\btry\s+our\b|\bfeatures\b|\bwatch\b
    |\blisten\b|\bprint\b|\bemail\b|\bsave\b|\bundo\b|\bclose\b|\bnext\b|\bprevious\b|\bmore\s+from\b
    |\btop\s+stories\b|\blatest\b|\bmore\s+stories\b|\bvideos?\b|\bgallery\b|\bphotos?\b|\btags?\b|\btopics\b""",
    re.IGNORECASE | re.VERBOSE,
)
LINK_LIKE = re.compile(r"https?://|www\.|\.(?:com|org|net|co\.uk|in)\b|(?:^|\s)/[\w-]+/|(?:^|\s)[@#]\w+", re.IGNORECASE)
#: Photo and image credits: "(Image: AP)", "Photo: Getty Images", "AP image", "File photo".
PHOTO_CREDIT = re.compile(
    r"""\((?i:image|photo|picture|pic|file\s+photo|representational\s+image|credit)s?\b[^()]{0,60}\)
    |\b(?i:image|photo|picture|pic)s?(?:\s+(?i:credit))?\s*:\s*[A-Z][\w.&'/ -]{0,40}?(?=$|\s{2}|\s(?=[A-Z][a-z]+\s[a-z])|[.;])
    |(?:^|(?<=\s))(?:[A-Z]{2,6}|Getty|Reuters|File)\s+(?:image|photo|picture)s?\b""",
    re.VERBOSE,
)
#: Agency credit lines at an article's end: "X reported from Y", "Z contributed to this report".
CREDIT_LINE = re.compile(
    r"\b(?:reported\s+from|contributed\s+(?:to\s+this\s+report|reporting)|writing\s+by|editing\s+by|additional\s+reporting\s+by)\b",
    re.IGNORECASE,
)
RELATIVE_TIME = re.compile(
    r"^\s*(?:updated|published|posted|last\s+updated)?\s*:?\s*(?:\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?)\s+ago|an?\s+(?:second|minute|hour|day|week)\s+ago|just\s+now|yesterday|today)\b",
    re.IGNORECASE,
)
READ_TIME = re.compile(r"^\s*\d+\s*(?:min|minute)s?\s+read\s*$", re.IGNORECASE)
MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DATE_LINE = re.compile(
    rf"""^\s*(?:(?:updated|published|posted|last\s+updated|first\s+published|date)\s*(?:on|at)?\s*:?\s*)?
    (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?
    (?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+\d{{4}}|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})
    [\s,|•·-]*(?:(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:[A-Z]{{2,4}})?)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
BYLINE = re.compile(r"^\s*(?:by|written\s+by|words\s+by|reporting\s+by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\b", re.IGNORECASE)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: A full stop or exclamation, or any end mark inside closing quotes. A bare "?" or a
#: closing quote alone is how headlines end too.
_SENTENCE_END = re.compile(r"""(?:[.!…]|[.!?]["”’')])\s*$""")


@dataclass(frozen=True)
class PieceFeatures:
    words: int
    function_share: float
    ends_like_sentence: bool
    strong_cue: bool
    weak_cue: bool
    link_like: bool


def features(text: str) -> PieceFeatures:
    words = _WORD.findall(text)
    lowered = [word.lower() for word in words]
    share = sum(word in FUNCTION_WORDS for word in lowered) / len(words) if words else 0.0
    return PieceFeatures(
        words=len(words),
        function_share=share,
        ends_like_sentence=bool(_SENTENCE_END.search(text)),
        strong_cue=bool(STRONG_CUES.search(text)),
        weak_cue=bool(WEAK_CUES.search(text)),
        link_like=bool(LINK_LIKE.search(text)),
    )


def classify(text: str) -> tuple[str, str]:
    """Label a piece of one line: ``body``, ``short`` (a header, title or subheading
    candidate), ``meta`` (a date, byline or credit) or ``boilerplate``; with the reason."""
    stripped = text.strip()
    if not stripped:
        return "blank", ""
    found = features(stripped)
    if found.words == 0:
        return "boilerplate", "no words"
    if RELATIVE_TIME.match(stripped) or READ_TIME.match(stripped) or DATE_LINE.match(stripped):
        return "meta", "date or time"
    if BYLINE.match(stripped) and found.words <= 12:
        return "meta", "byline"
    if CREDIT_LINE.search(stripped) and found.words <= 40:
        return "meta", "reporting credit"
    if found.strong_cue and found.words <= 40:
        return "boilerplate", "page furniture"
    if found.link_like and found.words <= 25:
        return "boilerplate", "link"
    if PHOTO_CREDIT.fullmatch(stripped):
        return "boilerplate", "photo credit"
    prose = (found.ends_like_sentence and found.words >= 4 and found.function_share > 0) or (
        found.words >= 20 and found.function_share >= 0.15
    )
    if found.weak_cue and found.words <= 4:
        return "boilerplate", "page furniture"
    if prose:
        return "body", ""
    if found.weak_cue and found.words <= 6 and not found.function_share:
        return "boilerplate", "page furniture"
    return "short", ""


def script_of(character: str) -> str:
    """A coarse script name: the first word of the Unicode name (LATIN, HANGUL, CJK...)."""
    try:
        name = unicodedata.name(character)
    except ValueError:
        return ""
    return name.split(" ", 1)[0]


def dominant_script(text: str) -> tuple[str, float]:
    counts: dict[str, int] = {}
    for character in text:
        if character.isalpha():
            script = script_of(character)
            counts[script] = counts.get(script, 0) + 1
    total = sum(counts.values())
    if not total:
        return "", 0.0
    script = max(sorted(counts), key=counts.__getitem__)
    return script, counts[script] / total


#: Ad-widget labels as widgets print them (title case or capitals), inside a body line.
INLINE_CUES = re.compile(
    r"""\b(?:by\s+)?(?:Taboola|Outbrain|Revcontent|MGID)\b|\bSponsored(?:\s+(?:Links?|Content|Stories|Ads?))?\b
    |\bPromoted(?:\s+(?:Links?|Content|Stories))?\b|\bYou\s+May\s+(?:Also\s+)?Like\b|\bADVERTISEMENT\b|\bAdvertisement\b
    |\b(?:Also|Must)\s+[Rr]ead\s*:|\bREAD\s+(?:MORE|ALSO)\b|\bRead\s+[Mm]ore\s*:|\bStory\s+continues\s+below\b
    |\bContinue\s+reading\s+below\b|\bRecommended\s+(?:for\s+you|Stories|Videos)\b|\bSkip\s+Ad\b""",
    re.VERBOSE,
)
WIDGET_BUTTONS = frozenset({"Undo", "Close", "Hide", "Dismiss", "Skip", "×", "✕"})


def inline_junk_spans(line: str, page_script: str) -> list[tuple[int, int, str]]:
    """Spans of ad fragments, photo credits and foreign-script runs inside one line."""
    spans: list[tuple[int, int, str]] = []
    for match in INLINE_CUES.finditer(line):
        spans.append((match.start(), match.end(), "ad fragment"))
    for match in PHOTO_CREDIT.finditer(line):
        spans.append((match.start(), match.end(), "photo credit"))
    if page_script:
        for match in re.finditer(r"\S+", line):
            token = match.group()
            scripts = {script_of(c) for c in token if c.isalpha()}
            if scripts and page_script not in scripts:
                spans.append((match.start(), match.end(), "other-script fragment"))
    if not spans:
        return []
    spans.sort()
    merged = [list(spans[0])]
    for start, end, reason in spans[1:]:
        gap = line[merged[-1][1] : start]
        if start <= merged[-1][1] or not gap.strip() or re.fullmatch(r"[\s\[\](){}|•·:,-]*", gap):
            merged[-1][1] = max(merged[-1][1], end)
            if merged[-1][2] != reason:
                merged[-1][2] = "ad fragment"
        else:
            merged.append([start, end, reason])
    result = []
    for start, end, reason in merged:
        # A widget's own button ("Undo") right after it belongs to it.
        following = re.match(r"\s*[\[(]?(\S+?)[\])]?(?=\s|$)", line[end:])
        if following and following.group(1) in WIDGET_BUTTONS:
            end += following.end()
        # Brackets and punctuation left dangling at the edges go with the fragment.
        while end < len(line) and line[end] in "])}|•·":
            end += 1
        while start > 0 and line[start - 1] in "[({":
            start -= 1
        result.append((start, end, reason))
    return result
