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
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from consistency.ingest.jumps import is_page_label, jump_line, print_margin
from consistency.lang import es as spanish
from consistency.lang import pt as portuguese

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

def _top_level_alternatives(source: str) -> list[str]:
    alternatives, current, depth, position = [], "", 0, 0
    while position < len(source):
        character = source[position]
        if character == "\\":
            current += source[position : position + 2]
            position += 2
            continue
        depth += (character == "(") - (character == ")")
        if character == "|" and depth == 0:
            alternatives.append(current.strip())
            current = ""
        else:
            current += character
        position += 1
    return [*alternatives, current.strip()]


def _opening_words(alternative: str) -> set[str] | None:
    """The lower-case prefixes a match of ``alternative`` starts with, or None when it may
    start with something other than a word ("©", a digit, a currency sign)."""
    rest = re.sub(r"^\^\\s\*", "", alternative)
    rest = rest[2:] if rest.startswith("\\b") else rest
    if rest.startswith("(?:"):
        depth = 0
        for end, character in enumerate(rest):
            depth += (character == "(") - (character == ")")
            if depth == 0:
                break
        words: set[str] = set()
        for inner in _top_level_alternatives(rest[3:end]):
            opening = _opening_words(inner)
            if opening is None:
                return None
            words |= opening
        return words
    word = re.match(r"[A-Za-z]+", rest)
    if not word:
        return None
    # "cookies?" or "advertis(?:e|ing)": the letters before an optional part are a prefix.
    optional = rest[word.end() : word.end() + 1] in ("?", "*", "{")
    return {word.group().lower()[: -1 if optional else None]}


class WordAnchoredSearch:
    """``pattern.search`` for a case-blind alternation of many ``\\b``-led phrases, tried
    only where a word opens with one of the phrases' first words.

    ``re`` tries every alternative at every character; a page paragraph of 5,000 characters
    took 9 ms against 85 alternatives, and this pattern decided most of the reading time.
    A match can only start at such a word (or at the signs of the alternatives that do not
    open with a word, or at the text's start), so trying ``pattern.match`` there in order
    finds the same leftmost match."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        openings: set[str] = set()
        self._signs: set[str] = set()
        self._digits = self._every_token = False
        for alternative in _top_level_alternatives(pattern.pattern):
            opening = _opening_words(alternative)
            if opening is not None:
                openings |= opening
                continue
            lead = alternative[2:] if alternative.startswith("\\b") else alternative
            if lead.startswith("\\d"):
                self._digits = True
            elif re.fullmatch(r"\[[^\]\\-]+\].*", lead, re.DOTALL):
                self._signs |= set(lead[1 : lead.index("]")])
            elif lead[:1] and not lead[:1].isalnum() and lead[:1] not in "\\([.^$*+?{|":
                self._signs.add(lead[0])
            else:
                self._every_token = True  # an opening we cannot read: try everywhere
        # Where a match may start, found by one small case-blind pattern: a word opening like
        # a phrase (the first words as a trie, one branch per letter), a digit, a sign.
        places = r"\b(?:" + "|".join([_trie(sorted(openings)), *([r"\d"] if self._digits else [])]) + ")"
        if self._signs:
            places += "|[" + re.escape("".join(sorted(self._signs))) + "]"
        self._places = re.compile(r"\w+|[^\w\s]" if self._every_token else places, pattern.flags & re.IGNORECASE)

        # A paragraph, then each of its sentences, then a sentence again as furniture is
        # looked for: the same text is searched up to three times.
        self.search = lru_cache(maxsize=1024)(self._search)

    def _search(self, text: str) -> re.Match | None:
        match = self.pattern.match
        found = match(text, 0)  # where "^"-led alternatives match
        if found:
            return found
        for place in self._places.finditer(text):
            found = match(text, place.start())
            if found:
                return found
        return None


def _trie(words: list[str]) -> str:
    """A regular expression matching any of ``words`` (as prefixes), one branch per first letter."""
    if not words:
        return "(?!)"
    if "" in words:
        return ""
    branches = []
    for first in sorted({word[0] for word in words}):
        rest = _trie([word[1:] for word in words if word[0] == first])
        branches.append(re.escape(first) + (f"(?:{rest})" if "|" in rest else rest))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


#: Vocabulary of page furniture. Strong cues mark a piece as furniture even when it reads
#: like a sentence; weak cues only when the piece is short.
STRONG_CUES = WordAnchoredSearch(re.compile(
    r"""\bsponsored\b(?<![a-z]\ssponsored)|\bpromoted\s+(?:links|content|stories)\b|\badvertisement\b|\badvertis(?:e|ing)\s+with\b
    |\bsubscribe\s+(?:to|now|for)\b|\bnewsletter\b|\bcookies?\b|\bprivacy\s+(?:policy|settings|notice)\b|\bwe\s+value\s+your\s+privacy\b
    |\bterms\s+(?:of|and)\s+(?:use|service|conditions)\b|©|\ball\s+rights\s+reserved\b|\bcopyright\b
    |\bconfidentiality\s+notice\b|\bthis\s+e-?mail\s+and\s+any\s+attachments\b|\bthe\s+intended\s+recipient\b|\bbefore\s+printing\s+this\s+e-?mail\b
    |\bautomated\s+news\s+(?:agency\s+)?feed\b|\bwithout\s+modifications\s+to\s+(?:the\s+)?text\b
    |\bgenerated\s+from\s+an?\s+(?:automated|syndicated)\b|\bskip\s+to\s+(?:main\s+)?content\b
    |\byou\s+may\s+(?:also\s+)?like\b|\b(?:paid|partner)\s+content\b|\bjoin\s+[\d,.]+k?\s+(?:other\s+)?(?:readers|subscribers)\b|\bnot\s+responsible\s+for\s+the\s+content\s+of\s+external\b|\bfrom\s+our\s+partners\b(?!\s+at\b)|\brecommended\s+for\s+you\b|\bby\s+taboola\b|\boutbrain\b
    |\bdownload\s+(?:the|our)\s+(?:\w+\s+)?app\b|\bclick\s+here\b|\bsign\s+up\s+(?:for|free)\b|\bjoin\s+our\b
    |\b(?:published|generated)\s+automatically\b|\b(?:syndicated|automated|agency|wire)\s+(?:news\s+)?feed\b
    |\bhas\s+not\s+been\s+edited\b|\bwithout\s+(?:any\s+)?(?:changes|modifications|edits)\s+to\s+(?:the\s+)?text\b
    |\bshare\s+on\s+(?:facebook|x|twitter|linkedin|whatsapp|reddit)\b|\bcopy\s+link\b|\bview\s+comments\b
    |\bstory\s+continues\b|\btap\s+to\s+(?:expand|read|view|open)\b|\bread\s+the\s+full\s+(?:story|article|report)\b
    |\bview\s+this\s+email\b|\bforwarded\s+this\s+email\b|\byou\s+are\s+receiving\s+this\b|\breply\s+to\s+this\s+email\b
    |\bthat'?s\s+all\s+for\s+today\b|\bsee\s+you\s+tomorrow\b|\bopen\s+in\s+(?:the\s+)?app\b|\bnext\s+story\b
    |\bsee\s+(?:the\s+)?full\s+forecast\b|\b(?:republished|reproduced|reprinted)\s+(?:under|with)\s+(?:licen[cs]e|permission)\b
    |\bredistribution\s+(?:is\s+)?prohibited\b|\bfor\s+internal\s+use\b|\bup(?<![a-z]\sup)\s+next\b|\bhow\s+we\s+use\s+your\s+data\b
    |\bunsubscribe\b|\byour\s+inbox\b|\bno\s+spam\b|\bbe\s+the\s+first\s+to\s+(?:comment|share|review)\b
    |\bjoin\s+the\s+(?:conversation|discussion)\b|\bsign\s+in\s+to\s+(?:comment|join|reply)\b
    |\b(?:load|show|see)\s+(?:\d+\s+)?more\s+(?:comments|stories|articles|news)\b|\bloading\s+more\b|\bback\s+to\s+top\b
    |\bwhy\s+am\s+i\s+seeing\s+this\b|\bclose\s+ad\b|\bscroll\s+to\s+continue\b|\bcontinues?\s+(?:below|after\s+(?:the\s+)?advert)
    |\b\d+%\s+off\b|\bfrom\s+[£$€]\s?\d[\d.,]*+(?:\s*(?:million|billion|bn|m|k)\b)?(?!\s*(?:to|and|-|–)\s*[£$€]?\d)|\b[£$€]\s?\d[\d.,]*\s*(?:pp|a\s+month|per\s+month|/mo)\b|\bT&Cs?\s+apply\b
    |\bfree\s+(?:trial|delivery|shipping)\b|\bbook\s+(?:now|today|by)\b|\bcall\s+\d{3,}|\bshop\s+now\b|\blearn\s+more\b
    |\bsee\s+availability\b|\bfind\s+out\s+more\b|\bcompare\s+[\w ]{0,20}(?:quotes|prices|deals)\b|\bcapital\s+at\s+risk\b
    |\bthis\s+one\s+trick\b|\bmay\s+not\s+be\s+(?:published|reproduced|broadcast|redistributed)|\brepublished\s+under\s+licen[cs]e\b
    |\bshare\s+this\b|\bno\s+comments\b|\bhave\s+a\s+(?:story|news\s+tip)\b|\badvertise\s+with\s+us\b|\bimprove\s+your\s+experience\b
    |\b(?:ok,?\s+got\s+it|accept\s+all|manage\s+preferences)\b
    |^\s*(?:tags|topics|keywords|topic\s+codes|filed\s+under|categories|related|read\s+more|also\s+read|see\s+also|more\s+on\s+this\s+story)\s*:
    |\bReply\s*·\s*Like\b|^\s*(?:recommended|promoted|ads|content)\s+by\s+[\w.]+(?:\s+[\w.]+)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
))
WEAK_CUES = re.compile(
    r"""\bcomments?\b|\bshare\b|\btweet\b|\bfollow\b|\brelated\b|\bread\s+(?:more|next|also)\b|\balso\s+read\b
    |\bmost\s+(?:read|popular|viewed|shared)\b|\btrending\b|\bloading\b|\bmenu\b|\bhome\b|\blog\s?in\b
    |\bsign\s+(?:in|up)\b|\bregister\b|\bsubscribe\b|\bexplore\b|\btry\s+our\b|\bfeatures\b|\bwatch\b
    |\blisten\b|\bprint\b|\bemail\b|\bsave\b|\bundo\b|\bclose\b|\bnext\b|\bprevious\b|\bmore\s+from\b
    |\btop\s+stories\b|\blatest\b|\bmore\s+stories\b|\bvideos?\b|\bgallery\b|\bphotos?\b|\btags?\b|\btopics\b
    |\bsponsored\b|\bpromoted\b|\bad\b|\badvertisement\b
    |\b(?:gesponsert|anzeige|werbung|patrocinado|publicidad|publicidade|publicit[ée]|sponsoris[ée]e?|pubblicit[àa]|annonce|annons
    |sponsorizzato|gesponsord|sponsrad|sponsorowane)\b
    |\b(?:teilen|compartir|compartilhar|partager|condividi|suscribirse|abonnieren|s'abonner|jetzt\s+anmelden)\b
    |\b(?:mehr\s+erfahren|en\s+savoir\s+plus|saiba\s+mais|m[aá]s\s+informaci[oó]n|learn\s+more)\b
    |\bcontinue\s+reading\b|\breport\s+an?\s+(?:error|typo|correction)\b|\bget\s+the\s+app\b
    |\bstay\s+informed\b|\bnever\s+miss\s+an?(?:other)?\s+(?:story|thing|update)\b|\bwant\s+more\s+(?:stories|news)\s+like\s+this\b""",
    re.IGNORECASE | re.VERBOSE,
)
#: A reader's curation stamp: "Flipped by dev96 into Morning Reads", "Pinned by @ana to
#: World news" (a verb, a user's handle, the collection).
CURATION_STAMP = re.compile(r"^\W*(?i:[a-z]+ed\s+by)\s+(?:@[\w.-]+|[a-z\d_.-]+)\s+(?i:into|to|on)\s+[^,;.]+$")
#: A line wholly in brackets that opens in lower case, three words or more apart: someone's
#: aside ("(copying it in so it stays in the archive)", "(adds quotes, background)"), not a
#: paragraph of the text ("(news.com.au)" names a site).
_ASIDE = re.compile(r"^\(\s*[a-z][^()\s]*(?:\s+[^()\s]+){2,}\s*\)$")
#: A revision note under a wire item's title, saying what this version changed: "(Adds
#: quotes, background)", "(Corrects spelling of name in paragraph 3)", "(Updates with
#: new figures)".
_REVISION_NOTE = re.compile(
    r"^\((?:Adds?|Corrects?|Recasts?|Updates?|Changes?|Fixes|Removes?|Rewrites?|Refiles?|Repeats?|Inserts?|Deletes?"
    r"|Clarifies|Withdraws?|Replaces?|Restores?|Expands?|Tops?|Writes?\s+through)\b[^()]*\)$"
)
#: A wire item's slug: "ISIS-LEADER-BAKR/", "BC-TOUR-AGENT-PLW", "BC-US--STORM-FLORIDA".
WIRE_SLUG = r"(?:[A-Z0-9]{2,}-+)+[A-Z0-9]{2,}/?"
#: A wire service's marks around an item's text: where it ends ("(END) 191952 GMT", "=== END
#: ITEM ===", "-- End of queue export: 6 items --") or goes on in a later take ("(MORE)",
#: "-- MORE --", "BC-STORM-FLORIDA (TAKE 2)", "STORM-FLORIDA 2ND TAKE"), and its embargo
#: ("Embargoed until 00:01 GMT 29 Feb 2024").
WIRE_MARK = re.compile(
    r"^[\W_]*(?:\(?(?:END|MORE)\)?(?:\s+\d{4,6}(?:\s*(?:GMT|UTC|Z))?)?"
    r"|(?i:end\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:item|story|export|queue|transmission|message|take))\b[^.!?]{0,30}?"
    r"|(?i:end\s+item)|(?i:embargo(?:ed)?)\b[^.!?]{0,40}?\d{1,2}[:.]\d{2}[^.!?]{0,30}?"
    rf"|{WIRE_SLUG}\s+(?:\(TAKE\s+\d+\)|\d+(?:ST|ND|RD|TH)\s+TAKE))[\W_]*$"
)
#: The fields of a wire item's status line: its time, desk and codes apart by bars or wide
#: gaps ("19:19Z | P3 | POL | ISIS-LEADER-BAKR/ | PLW | 306w | Src: X").
_STATUS_FIELD = re.compile(r"\s*[|¦]\s*|\s{2,}")
#: A wire item's codes: its slug, its priority ("P3", "Prio 1") and its length ("306w", "398 words").
_WIRE_CODE = re.compile(rf"^(?:{WIRE_SLUG}(?:\s+\(.*\))?|P(?:rio(?:rity)?)?\s?\d|\d{{1,5}}\s?(?:w|words))$")


def wire_status_fields(text: str) -> list[str] | None:
    """The fields of a wire item's status line, or None when ``text`` is none: four fields
    or more, two of them codes (slug, priority, length). Its desk codes ("POL", "WLD") are
    no outlets; only a labelled field ("Src: X") names one."""
    fields = [field.strip() for field in _STATUS_FIELD.split(text.strip()) if field.strip()]
    if len(fields) < 4 or sum(bool(_WIRE_CODE.match(field)) for field in fields) < 2:
        return None
    return fields


#: A post's own labels: a content warning over it ("CW: news, violence"), the description of
#: its picture under it ("ALT: Photo of people gathered outside a building"), the button that
#: opens it ("[Show more]", "See less").
_CONTENT_WARNING = re.compile(r"(?i)^(?:CW|TW|content\s+warning|trigger\s+warning)\s*:\s*\S")
_IMAGE_DESCRIPTION = re.compile(r"^(?:ALT|Alt|Alt\s+text|ALT\s+text|Image\s+description)\s*:\s*\S")
_SHOW_MORE = re.compile(r"(?i)^\[?\s*(?:show|see|read)\s+(?:more|less)\s*\]?$")
#: An e-mail's own lines: its header fields that name people ("From: Dana Whitfield
#: <dana@example.com>", "To: ..."; its subject may be the forwarded title, its date opens
#: it), the line over a forwarded or
#: quoted message ("---------- Forwarded message ---------", "-----Original Message-----",
#: "Begin forwarded message:", "On Tue, Mar 3, 2026 at 9:10 AM, Dana <...> wrote:") and the
#: phone's sign-off ("Sent from my iPhone").
_MAIL_ADDRESS = r"(?:<[^<>\s]+@[^<>\s]+>|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
MAIL_LINE = re.compile(
    rf"^(?:(?:From|To|Cc|CC|Bcc|Reply-To)\s*:\s*.*{_MAIL_ADDRESS}.*"
    # (A copy line names people, with or without their addresses: "Cc: Nora Blake".)
    r"|(?:Cc|CC|Bcc|BCC)\s*:\s*\S.*"
    # A reply's header, perhaps quoted ("> ") in a reply to it, or cut where the mail program
    # wrapped it: "On Fri, Jan 26, 2024 at 11:18 PM Dev Mehta <" / "dev.mehta@example.com> wrote:".
    r"|-*\s*(?:Forwarded message|Original Message)\s*-*|Begin forwarded message:|(?:>\s*)*On\s.{5,160}\swrote:"
    r"|(?:>\s*)*On\s.{5,160}\s<|(?:>\s*)*[\w.+-]+@[\w-]+(?:\.[\w-]+)+>\s+wrote:"
    r"|Sent from my \w+(?:\s\w+)?|Get Outlook for \w+|Sent from (?:Mail|Outlook) for \w+)$"
)
#: A search box's prompt: "Search Facebook", "Search or paste URL", "Search news…".
_SEARCH_BOX = re.compile(
    r"^(?:Search|SEARCH)(?:\s+(?:(?:the\s+)?[A-Z][\w.]*|news|articles|stories|topics|posts|this\s+site|or\s+(?:\w+\s+)?(?:URL|a\s+link|links?|keywords?)))?\s*(?:…|\.{3})?$"
)
#: A kicker over a title saying what kind of piece it is ("Opinion", "Analysis", "Fact
#: check", "Local coverage"): neither the title nor the outlet's name.
_KICKER = re.compile(
    r"(?i)(?:opinion|analysis|comment|commentary|editorial|explainer|review|exclusive|interview|feature|obituary|perspective"
    r"|fact\s+check|news\s+analysis|local\s+coverage|highly\s+cited|top\s+coverage|in\s+depth|first\s+person)"
)
#: The dash that leads a credit line: "— engadget.com".
_DASH_LEAD = re.compile(r"^[—–-]+\s*")
#: A web domain alone: "croatiantimes.com", "www.news24.com", "au.ibtimes.com".
BARE_DOMAIN = re.compile(r"(?i)^(?:www\.)?[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|info|news|tv|biz|gov|edu|online|blog|media|io|[a-z]{2})$")
LINK_LIKE = re.compile(
    r"https?://|www\.|\.(?:com|org|net|co\.uk|in)\b|(?:^|\s)/[\w-]+/|(?:^|\s)[@#]\w+|\b[\w.+-]+@[\w-]+\.\w+",
    re.IGNORECASE,
)
#: Photo and image credits: "(Image: AP)", "Photo: Getty Images", "AP image", "File photo".
_NAME_TOKEN = r"(?:[A-Z][\w.&'’-]*|[a-z]+[A-Z][\w-]*|via|/|&|and|of|the)"
#: "Those pictures did massive damage": a credit names an agency or a person before
#: "Photo" ("AP Photo", "Getty Images"), never a determiner.
_DETERMINER = (
    r"(?:The|This|That|These|Those|Her|His|Its|Our|Their|My|Your|Some|Such|Both|All|Any|Many|Other|Several|Few|More|Most|"
    r"No|Two|Three|New|Old|Recent|Earlier|Later|Similar)"
)
PHOTO_CREDIT = re.compile(
    rf"""\((?i:image|photo|photograph|picture|pic|file\s+photo|representational\s+image|credit)s?\b[^()]{{0,60}}\)
    |\b(?i:image|photo|photograph|foto|illustration|picture|pic|credit)s?(?:\s+(?i:credit|courtesy\s+of))?\s*:\s*(?:\[\d{{1,4}}\])?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,5}}?(?:\s*/\s*[\w ]{{1,30}}?)?(?=\s+[A-Z][\w'’-]*\s+[a-z\d]|\s+[A-Z]{{2,}}\b|\s*$|\s*[.;])
    |(?:^|(?<=[\s.]))(?!{_DETERMINER}\s)(?:[A-Z][\w&.'-]*\s+){{1,3}}(?:file\s+)?(?i:photo|image|picture)s?\b(?!\s+(?:of|shows|from)\b)(?!\s*:)
    |\b(?i:photo|image|picture)s?\s+courtesy\s+of\s+[\w .&'-]{{2,50}}$|📷
    |(?:^|(?<=[.!?]\s)|(?<=^Source:\s))(?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w'’-]*/(?:[A-Z][\w&.'’-]*\s*){{1,4}}(?:/\s*[A-Z]{{2,6}}\s*)?$""",
    re.VERBOSE,
)
#: An ad's label in front of its text, in the languages of the ads we see ("Ad: ...",
#: "Gesponsert: Try it free", "Contenido patrocinado: ...").
AD_LABEL_WORDS = (
    r"(?:ad|advert(?:isement)?|anzeige|werbung|annonce|annons|gesponsert|gesponsord|sponsrad|sponsorowane|sponsorizzato"
    r"|patrocinado|contenido\s+patrocinado|publicidad|publicidade|publicit[ée]|pubblicit[àa]|sponsored|promoted(?:\s+stories)?"
    r"|paid\s+content|partner\s+content)"
)
AD_LABEL_LEAD = re.compile(rf"(?i)^\W*{AD_LABEL_WORDS}\s*:\s*\S")
#: "Advertisement" in more languages: Polish and Czech, Estonian, Danish and Norwegian,
#: Turkish, the South Slavic languages, Finnish, Hungarian, Dutch, Romanian, Russian, Greek.
OTHER_AD_WORDS = r"(?:reklama|reklaam|reklame|reklam|oglas|mainos|hirdet[ée]s|advertentie|publicitate|реклама|διαφήμιση)"
#: An ad's label alone on its line, in the languages of the ads we see.
_AD_LABEL_ALONE = re.compile(rf"(?i)\W*(?:{AD_LABEL_WORDS}|{OTHER_AD_WORDS})\W*")


def _ocr_joined(text: str) -> str:
    """A short line as text recognition may have broken it, mended: spaces inside one word
    closed ("ADV ERTISEMENT"), a capital I between small letters read as the l it was
    ("RekIama"). A longer line is left as it is."""
    if len(text) > 24 or len(text.split()) > 3:
        return text
    return re.sub(r"(?<=[a-z])I(?=[a-z])", "l", text.replace(" ", ""))


#: Where a picture stood: "[IMG]", "[Image]", a gallery's "Image 2 of 5".
IMAGE_MARKER = re.compile(
    r"(?i)^(?:\[\d{1,4}\])?(?:\[(?:img|image|photo|picture|video)\]|(?:image|photo|picture|slide)\s+\d{1,3}\s+(?:of|/)\s+\d{1,3})$"
)
#: Agency credit lines at an article's end: "X reported from Y", "Z contributed to this report".
CREDIT_LINE = re.compile(
    r"\b(?:reported\s+from|contributed\s+(?:to\s+this\s+report|reporting|from)|writing\s+by|editing\s+by|additional\s+reporting\s+by)\b"
    # A partner's text credited under it: "This story first appeared on X and is shared here
    # through a content partnership.", "This article was first published at x.com.",
    # "Originally published by X. Used with permission." (Not "This article originally
    # appeared on X.", which articles print as their own last line.)
    r"|^(?:this\s+(?:story|article)\s+)?(?:was\s+)?(?:first|originally)\s+(?:published|appeared)\s+(?:by|in|on|at)\s+\S+(?:\s+\S+){0,5}?"
    r"(?:\s+and\s+is\s+(?:shared|republished|used)\b.*|\.\s*used\s+with\s+permission\.?)$"
    r"|^(?:this\s+(?:story|article)\s+)?(?:was\s+)?first\s+published\s+at\s+\S+\.$"
    # "This report by X was first published March 10, 2024.": a partner's, with its day.
    r"|^(?:this|the)\s+(?:story|article|report|piece|post)\s+by\s+\S+(?:\s+\S+){0,5}?\s+was\s+(?:first\s+|originally\s+)?(?:published|posted)\b[^.]*\.?$"
    r"|^\s*\(?reporting\s+by\b",
    re.IGNORECASE,
)
#: An e-book news fetcher's credit under each text: "This article was downloaded by calibre
#: from https://example.com/story/1" names the site the text came from, not the fetcher.
FETCHER_CREDIT = re.compile(
    r"(?i)^(?:this\s+(?:article|story|page|item)\s+was\s+)?(?:downloaded|fetched|retrieved|captured|converted)\s+(?:by|with|using)\s+"
    r"[\w .-]{1,40}?\s+from\s+<?(?:https?://)?(?:www\.)?(?P<name>[a-z0-9][\w-]*(?:\.[\w-]+)+)(?:[/?#]\S*)?>?\.?$"
)
#: A line that names the outlet though it looks like furniture: "© Provided by X", as a
#: portal prints over a partner's text.
_NAMING_LINE = re.compile(r"(?i)^\W*©\s*provided\s+by\s+\S.*$")
#: A text's length as a clipping service or a student's pack gives it: "[365 words]",
#: "(Word count: 391)", "Article length: 397 words", "Length: 512 words".
_WORD_COUNT = re.compile(r"(?i)^[\[(]?\s*(?:(?:word\s+count|(?:article\s+)?length|words)\s*:\s*[\d,]+(?:\s+words)?|[\d,]+\s+words)\s*[\])]?\.?$")
#: Separators that join parts of header lines, menus and link lists.
#: Bars, bullets, arrows and wide gaps join links of any length; a dash also joins the two
#: halves of a headline.
_LINK_SEPARATOR = re.compile(r"\s*[|·•›»▲►]\s*|\s{3,}")
PART_SEPARATOR = re.compile(_LINK_SEPARATOR.pattern + r"|\s+[—–]\s+")
#: The commonest function words of other languages written in Latin script: a line full
#: of them is an ad or notice in another language, not an English article's text.
FOREIGN_FUNCTION_WORDS = frozenset(
    """de la el los las y en del por para con una un es al lo se su sus desde hoy
    und der die das mit für nur den dem des ein eine ist im jetzt auf zu sie
    le les et pour avec une est du au aux sur pas vous nous
    com do da em os uma sem seu sua ao na no dos das agora
    het een van voor niet zijn uw je jouw bij naar wordt deze ook
    il gli della delle dei degli nel nella alla sono anche questo""".split()
)
_ANY_FUNCTION_WORDS = FUNCTION_WORDS | FOREIGN_FUNCTION_WORDS
_ONLY_FOREIGN_WORDS = FOREIGN_FUNCTION_WORDS - FUNCTION_WORDS
RELATIVE_TIME = re.compile(
    r"^\s*(?:staff\s+report|updated|published|posted|last\s+updated)?\s*:?\s*(?:\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?)(?:\s+ago)?|an?\s+(?:second|minute|hour|day|week)\s+ago|just\s+now|(?:yesterday|today)(?:,?\s+at\s+\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?)?)\s*$"
    r"|^\s*(?:updated|published|posted|last\s+updated)\s*:?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*$",
    re.IGNORECASE,
)
#: "5 min read", "Reading time: 4 minutes", "≈ 2 min", "~3 mins": how long the text takes to read.
READ_TIME = re.compile(
    r"^\s*(?:\d+\s*(?:min|minute)s?\s+read|(?:(?:estimated\s+)?reading\s+time\s*:?\s*|[≈~]\s*)\d+\s*(?:min|minute)s?\.?)\s*$",
    re.IGNORECASE,
)
#: The verbs of a time stamp: "Updated 3 March 2024", "Added on 2024-08-10", "Saved 5 Jul 2024".
STAMP_VERBS = r"(?:updated|published|posted|edited|modified|added|saved|clipped|created|shared|filed|archived|bookmarked)"
#: A month's or a weekday's name, short or long: "Jan.", "February", "Thurs".
CALENDAR_WORD = r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)"
MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DATE_LINE = re.compile(
    rf"""^\s*(?:(?:{STAMP_VERBS}|last\s+updated|first\s+published|date|yesterday|today)\s*(?:on|at)?\s*[:,]?\s*)?
    (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?
    (?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?(?:,?\s+\d{{4}})?|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})
    [\s,|•·-]*(?:(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:[A-Z]{{2,4}})?)?\s*$
    |^\s*(?:(?:updated|published|posted|last\s+updated)\s*:?\s*)?\d{{1,2}}[:.]\d{{2}}\s*(?:a\.?m\.?|p\.?m\.?)?\s*,?\s*
    (?:{MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH}\.?\s+\d{{4}})\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
#: Months in the languages of the aggregators we read, long and short: German, French,
#: Italian and Dutch ("März", "févr.", "mei") here; Spanish and Portuguese names from their
#: language data (``consistency.lang``), with the short forms their pages print ("abr.", "set.").
_OTHER_MONTHS = (
    "januar jänner februar märz maerz mai juni juli oktober dezember mär okt dez"
    " janvier janv février fevrier févr mars avril avr juin juillet juil août aout septembre octobre novembre décembre decembre déc"
    " ene abr ago dic fev set out"
    " gennaio gen febbraio aprile maggio mag giugno giu luglio lug settembre ottobre ott dicembre"
    " januari februari maart mei augustus"
).split()
_FOREIGN_MONTH = rf"(?:{'|'.join(sorted({*_OTHER_MONTHS, *portuguese.MONTHS, *spanish.MONTHS}, key=len, reverse=True))})\.?"
_FOREIGN_WEEKDAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|(?:segunda|terça|quarta|quinta|sexta)-feira"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
)
_FOREIGN_UNIT = (
    r"(?:sekunden|sek\.?|minuten|min\.?|stunden|std\.?|tagen|wochen|monaten|secondes|minutes|heures|h|jours|semaines|mois"
    r"|segundos|minutos|horas|días|dias|semanas|meses|secondi|minuti|ore|giorni|settimane|mesi|seconden|uur|dagen|weken|maanden)"
)
_FOREIGN_ONE = r"(?:einer?\s+(?:minute|stunde|woche)|einem\s+tag|une?\s+(?:minute|heure|jour|semaine)|una?\s+(?:minuto|hora|día|dia|semana)|un['’]ora|un\s+(?:minuto|giorno)|een\s+(?:minuut|dag|week))"
#: Time stamps of aggregators whose interface is in another language: "vor 3 Stunden", "il y
#: a 2 h", "hace 3 horas", "há 3 horas", "3 ore fa", "3 uur geleden", "12. März 2024", "3 de
#: março de 2024", "Aktualisiert: 12.03.2024, 14:05", "Mis à jour le 3 mars 2024 à 14h05".
FOREIGN_DATE_LINE = re.compile(
    rf"""^\s*(?:(?:vor|il\s+y\s+a|hace|há|ha)\s+(?:\d{{1,3}}\s*{_FOREIGN_UNIT}|{_FOREIGN_ONE})
    |(?:\d{{1,3}}\s*{_FOREIGN_UNIT}|{_FOREIGN_ONE})\s+(?:fa|geleden)
    |(?:(?:aktualisiert|veröffentlicht|stand|mis\s+à\s+jour|publié|actualizado|publicado|atualizado|aggiornato|pubblicato|bijgewerkt|gepubliceerd)
       (?:\s+(?:am|le|el|em|il|op))?\s*:?\s*)?
      (?:(?:gestern|heute|hier|aujourd['’]hui|ayer|hoy|ontem|hoje|ieri|oggi|gisteren|vandaag)\b
        |(?:{_FOREIGN_WEEKDAY},?\s+)?(?:\d{{1,2}}\.?\s*(?:de\s+)?{_FOREIGN_MONTH}(?:\s+(?:de\s+)?\d{{4}})?|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}))
      (?:[\s,|•·-]*(?:um|à|a\s+las|às|alle|om)?\s*\d{{1,2}}[:.h]\d{{2}}(?:\s*uhr)?)?)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
#: "By" in any case, then a capitalised name: "By signing up you agree" is no byline.
BYLINE = re.compile(r"^\s*(?i:by|written\s+by|words\s+by|reporting\s+by|(?:story|article|report)\s+by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\b")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: A full stop or exclamation, or any end mark inside closing quotes (one or two: ".''"). A bare "?" or a
#: closing quote alone is how headlines end too.
_SENTENCE_END = re.compile(r"""(?:[.!…]|[.!?]["”’')]{1,2})\s*$""")


@dataclass(frozen=True)
class PieceFeatures:
    words: int
    function_share: float
    ends_like_sentence: bool
    strong_cue: bool
    weak_cue: bool
    link_like: bool


#: Furniture cues that are also words of news prose: an article may tell of a copyright
#: program, a newsletter or an advertisement. (Cookie banners speak of cookies as prose does.)
_CUES_NEWS_SPEAKS_OF = re.compile(
    r"\b(?:sponsored|advertisement|newsletter|copyright|learn\s+more|find\s+out\s+more)\b"
    r"|\bfrom\s+[£$€]\s?\d[\d.,]*+(?:\s*(?:million|billion|bn|m|k)\b)?",
    re.IGNORECASE,
)
#: Furniture speaks to the reader ("your inbox", "our newsletter", "click"); prose about
#: such things does not.
_READER_ADDRESS = re.compile(r"(?i)\b(?:you|your|yours|our|(?-i:us)|click|tap|subscribe|sign\s+up|please)\b|©")
CUED_PROSE_WORDS = 12
CUED_PROSE_FUNCTION_SHARE = 0.25
CUE_WORDS_INTO_PROSE = 3


def _cue_words_in_prose(text: str, words: int, share: float, ends_like_sentence: bool) -> bool:
    """A sentence of prose whose only furniture cues are words news also uses, spoken to
    no reader: "... violating the Copyright Alert System, a voluntary copyright program."."""
    if words < CUED_PROSE_WORDS or share < CUED_PROSE_FUNCTION_SHARE or not ends_like_sentence:
        return False
    cue = _CUES_NEWS_SPEAKS_OF.search(text)
    if _READER_ADDRESS.search(text) or not cue:
        return False
    # Furniture leads with its label ("Sponsored by ...", "Newsletter: ..."); prose names
    # the thing further in.
    if len(_WORD.findall(text[: cue.start()])) < CUE_WORDS_INTO_PROSE:
        return False
    # Every cue one of those words (not "continues after advertisement"). The plain pattern
    # is slow, but few sentences get this far.
    return all(_CUES_NEWS_SPEAKS_OF.fullmatch(match.group()) for match in STRONG_CUES.pattern.finditer(text))


def features(text: str) -> PieceFeatures:
    words = _WORD.findall(text)
    lowered = [word.lower() for word in words]
    # On a page in another language its own function words make its prose prose.
    known = FUNCTION_WORDS if PAGE_LANGUAGE.get() == "en" else _ANY_FUNCTION_WORDS
    share = sum(word in known for word in lowered) / len(words) if words else 0.0
    ends_like_sentence = bool(_SENTENCE_END.search(text))
    return PieceFeatures(
        words=len(words),
        function_share=share,
        ends_like_sentence=ends_like_sentence,
        strong_cue=bool(STRONG_CUES.search(text)) and not _cue_words_in_prose(text, len(words), share, ends_like_sentence),
        weak_cue=bool(WEAK_CUES.search(text)),
        link_like=bool(LINK_LIKE.search(text)),
    )


CLOCK_TIME = re.compile(r"^\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*$", re.IGNORECASE)


def _mostly_furniture_words(text: str) -> bool:
    """A short label made of furniture words ("Related Articles", "Most Read", "Share"),
    as opposed to a subheading that merely contains one ("What happens next")."""
    lead = len(text) - len(text.lstrip())
    # "Watch" after a name names a watchdog or a column ("Coast Watch", "Human Rights
    # Watch"); first, it is a link to a video ("Watch the video").
    cues = [cue for cue in WEAK_CUES.finditer(text) if cue.start() == lead or cue.group().lower() != "watch" or text[cue.start() - 1] != " "]
    if not cues:
        return False
    covered = sum(len(_WORD.findall(match.group())) for match in cues)
    return cues[0].start() == lead or len(_WORD.findall(text)) - covered <= 1


def is_meta_part(text: str) -> bool:
    return bool(
        RELATIVE_TIME.match(text) or READ_TIME.match(text) or DATE_LINE.match(text) or FOREIGN_DATE_LINE.match(text)
        or (BYLINE.match(text) and not _byline_then_article(text)) or CLOCK_TIME.match(text)
    )


#: A wire dateline that opens an article: "BEIJING/SEOUL, Oct 9 (Reuters) -".
WIRE_DATELINE = re.compile(
    rf"""\b[A-Z][A-Z.'’/-]+(?:\s+[A-Z][A-Z.'’/-]+)*(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?
    (?:,?\s+(?i:{MONTH})\.?\s+\d{{1,2}})?\s*\([A-Z][\w.&' -]{{1,30}}\)\s*[-–—]""",
    re.VERBOSE,
)


def _byline_then_article(text: str) -> bool:
    """A byline that runs straight into the article's first sentences, as one paragraph
    ("By Jane Roe LAGOS, May 2 (Reuters) - The army said ..."): the line is the article's."""
    found = features(text)
    return found.function_share >= 0.15 and (found.words > 20 and found.ends_like_sentence or found.words >= 40)


def byline_prefix_end(text: str) -> int | None:
    """Where the article starts in a paragraph that opens with a byline: at its wire
    dateline when there is one; None when the byline cannot be told from the text."""
    if not BYLINE.match(text) or not _byline_then_article(text):
        return None
    dateline = WIRE_DATELINE.search(text, 0, min(len(text), 250))
    return dateline.start() if dateline and dateline.start() > 0 else None


#: A writer's name as a byline gives it: "Rosa Delgado", "M. Ferro", "A and B".
_PERSON = r"(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,2}"
#: Words that outlets' names are made of and people's are not ("Fox News", "Daily Mail").
MEDIA_WORDS = re.compile(
    r"\b(?:News|Times|Post|Mail|Herald|Press|Journal|Telegraph|Tribune|Gazette|Daily|Radio|TV|Television|Magazine|Wire"
    r"|Media|Network|Today|Observer|Guardian|Standard|Express|Star|Sun|Independent|Chronicle|Review|Report|Insider|Weekly"
    r"|Courier|Bulletin|Record|Examiner|Globe|Mirror|Sentinel|Dispatch|Register|Agency|Service|Broadcasting|Channel|Online)\b"
)
#: "Rosa Delgado | SLATE": a byline without "By", the writer's name and the outlet's.
NAME_BAR_OUTLET = re.compile(rf"^\s*(?P<author>{_PERSON}(?:\s+and\s+{_PERSON})?)\s+\|\s+(?P<name>[^|]{{2,40}}?)\s*$")
#: "Dev Mehta / HUFFPOST UK", "Ingrid Nyberg / indiatoday.intoday.in": the same with a slash
#: set apart by spaces (a photographer's credit is written "Tom Field/EPA").
NAME_SLASH_OUTLET = re.compile(rf"^\s*(?P<author>{_PERSON}(?:\s+and\s+{_PERSON})?)\s+/\s+(?P<name>[^/|]{{2,40}}?)\s*$")
#: A social account as a feed prints it over each post: "The Independent @independent",
#: "Reuters (@Reuters)", "Reuters ✓", "Reuters shared a link.": the display name, then the
#: handle (a federated one names its server too: "@reuters@mastodon.social"), its mark of
#: a verified account or both, or what the account did.
ACCOUNT_NAME = re.compile(
    r"^\s*(?P<name>[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|the|and|for|de|la)){0,5}|[a-z0-9][\w-]*(?:\.[\w-]+)+)"
    r"(?:\s*[✓✔☑]\ufe0f?(?:\s+\(?@[\w.-]{2,60}(?:@[\w-]+(?:\.[\w-]+)+)?\)?)?|\s+\(?@[\w.-]{2,60}(?:@[\w-]+(?:\.[\w-]+)+)?\)?"
    r"|\s+shared\s+(?:a|an|this|their)\s+(?:link|post|story|article)\.?)\s*$"
)
#: Words of a site's own links that have a name's shape ("Privacy Policy | Terms of Use").
_SITE_LINK_WORDS = re.compile(
    r"(?i)\b(?:privacy|policy|terms|contact|about|careers|advertise|help|cookies?|newsletters?|home|news|sports?"
    r"|weather|world|business|politics|opinion|local|entertainment|lifestyle|health|travel|us|faq|jobs|shop)\b"
)


#: A byline without "By": the writer's name and role ("Marta Lind, Staff writer", "Jane Doe,
#: Senior Political Correspondent").
_NAME_AND_ROLE = re.compile(
    rf"^{_PERSON},\s+(?:[A-Za-z-]+\s+){{0,3}}(?i:reporter|correspondent|editor|writer|columnist|contributor|journalist"
    r"|producer|analyst|critic|photographer|chief)s?$"
)
#: What a saved page prints for a screen reader before a picture's credit or caption.
_SCREEN_READER_LABEL = re.compile(r"(?i)^(?:image|picture|photo|video)\s+(?P<what>source|caption|description),\s+\S")


def name_bar_outlet(text: str) -> str:
    """The outlet of a "Writer Name | OUTLET" or "Writer Name / OUTLET" byline, or ""."""
    match = NAME_BAR_OUTLET.match(text) or NAME_SLASH_OUTLET.match(text)
    if not match or _SITE_LINK_WORDS.search(match.group("author")) or WEAK_CUES.search(text) or STRONG_CUES.search(text):
        return ""
    # "The Washington Post | World", "Daily Mail | World": an outlet and its section.
    if match.group("author").startswith("The ") or MEDIA_WORDS.search(match.group("author")):
        return ""
    return match.group("name")


#: What else joins the links of a share bar or a menu: "WhatsApp / Mail / Listen",
#: "Reddit :: Bluesky", "{ Pin  Listen }".
_LINK_JOINER = re.compile(r"\s+(?:/|::|[{}<>])\s+|\s*[{}]\s*|\s{2,}")


def _short_links(text: str) -> bool:
    """Three or more parts of a few words each, joined as links are."""
    parts = [part for part in _LINK_JOINER.split(text) if part.strip(" <>{}")]
    return len(parts) >= 3 and all(len(part.split()) <= 3 for part in parts)


def header_parts(text: str) -> list[str]:
    return [part.strip() for part in PART_SEPARATOR.split(text.strip()) if part.strip(" -–—")]


#: "da" in "Lula da Silva", "de" in "Ana de Souza", "DE" in "RIO DE JANEIRO": a particle of
#: a name, not a word of another language.
_NAME_PARTICLE = re.compile(
    r"(?<=[^\W\d_]\s)(?:da|de|do|dos|das|del|della|di|van|von|der|la|le|du)(?=\s+[A-ZÀ-Þ]|\s*$)"
    r"|(?<=[A-ZÀ-Þ]\s)(?:DA|DE|DO|DOS|DAS|DEL|DELLA|DI|DU)(?=\s+[A-ZÀ-Þ]{2})"
)

#: The language of the page being read: in an English page a sentence of Portuguese or
#: Spanish is a sponsored box; in a Portuguese page it is the article.
PAGE_LANGUAGE: ContextVar[str] = ContextVar("page_language", default="en")


#: "Los" in "Los Angeles", "LOS ANGELES", "Las Vegas", "El Paso", "Al Arabiya": a
#: capitalised word of another language before another capitalised word starts a name.
_NAME_START = re.compile(r"\b(?:Los|LOS|Las|LAS|El|EL|La|LA|Le|LE|Des|DES|Del|DEL|Al|AL)\s+(?=[A-ZÀ-Þ])")


def foreign_language(text: str) -> bool:
    """Whether ``text`` is in another language than an English page's."""
    if PAGE_LANGUAGE.get() != "en" or FOREIGN_DATE_LINE.match(text):
        return False  # (an interface's time stamp, "il y a 3 heures", over an English story is no ad)
    # Web addresses and handles are no language's words ("com" in "marketwatch.com").
    text = _ADDRESS_TOKEN.sub(" ", text)
    # Most text has no foreign function word at all; leaving out name particles only
    # takes such words away, so the answer is known at once.
    found = _WORD.findall(text)
    if _ONLY_FOREIGN_WORDS.isdisjoint(map(str.lower, found)):
        return _no_english_in_a_sentence(text, found)
    tokens = _WORD.findall(_NAME_START.sub(" ", _NAME_PARTICLE.sub(" ", text)))
    # In a line of mixed case a word in capitals is an abbreviation ("4:33 p.m. ET"), no
    # language's function word.
    if sum(token.isupper() for token in tokens) * 2 <= len(tokens):
        tokens = [token for token in tokens if not (token.isupper() and len(token) >= 2)]
    words = [token.lower() for token in tokens]
    foreign = sum(word in _ONLY_FOREIGN_WORDS for word in words)
    english = sum(word in FUNCTION_WORDS for word in words)
    return (foreign >= 2 and foreign > english) or (foreign >= 1 and english == 0 and len(words) >= 3)


#: "marketwatch.com", "@handle": not "a.m." or "U.S.", whose letters stand alone.
_ADDRESS_TOKEN = re.compile(r"@[\w.-]+|\b[\w-]{2,}(?:\.[\w-]{2,})+/?\S*")
#: An English sentence of this many words, written in sentence case, has a function word.
FOREIGN_SENTENCE_WORDS = 8


def _no_english_in_a_sentence(text: str, words: list[str]) -> bool:
    """A sentence of a language whose words we do not list ("Belanja hemat setiap hari
    dengan gratis ongkir ke seluruh Indonesia."): it ends as a sentence, is long, mostly of
    lower-case words (not a headline's or a list of names' capitals), and has not one
    English function word. ``words`` are the text's words, as the caller found them."""
    if not _SENTENCE_END.search(text):
        return False  # a headline in sentence case ("Mexico police find mass grave near site")
    if len(words) < FOREIGN_SENTENCE_WORDS or sum(word.islower() for word in words) * 3 < len(words) * 2:
        return False
    return not any(word.lower() in FUNCTION_WORDS for word in words)


#: At most this many words in each of two parts around a dash make a menu, not a headline.
MENU_ITEM_WORDS = 6


#: A table of contents' entry: "3  Reuters — Title ..... 12", "Title …… 4".
_CONTENTS_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}$|…{2,}\s*\d{1,4}$")
_ATTACHED_LINK_MARKER = re.compile(r"\[\d{1,4}\](?=[^\W\d_])")


#: A forum's or a feed's buttons and counts under a post, and nothing else: "Upvote",
#: "Upvote 324 Downvote Reply Award Share", "permalink embed save parent report reply",
#: "Go to comments", "12 Likes · 3 Comments".
_SOCIAL_CONTROL = (
    r"(?:up|down)?votes?|repl(?:y|ies)|awards?|give\s+award|shares?|save[ds]?|report|permalink|embed|parent|hide"
    r"|likes?|comments?|go\s+to\s+comments|reposts?|retweets?|send|bookmarks?|more\s+replies"
)
#: A feed's note of what someone in the reader's network did with the post under it:
#: "Martin Kowalczyk likes this", "Sunita Rao reposted this", "Ana Ruiz retweeted".
_FEED_ACTIVITY = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:and\s+\d+\s+others?\s+)?"
    r"(?:(?:likes?|loves?|liked|loved|commented\s+on|celebrates?|supports?|reacted\s+to)\s+(?:this|this\s+post|a\s+post)"
    r"|(?:reposted|retweeted|shared)(?:\s+this)?|finds?\s+this\s+\w+)$"
)
_SOCIAL_CONTROLS = re.compile(rf"(?i)(?:{_SOCIAL_CONTROL})(?:\s+(?:{_SOCIAL_CONTROL}))*")
_POST_COUNT = re.compile(r"(?i)[\d.,]+[km]?|[·•|]")


def _social_controls(line: str) -> bool:
    """The line holds a post's buttons and counts only, one button at least."""
    parts = re.split(r"(\s+|[·•|])", line.strip())
    words = " ".join(part for part in parts if part.strip() and not _POST_COUNT.fullmatch(part.strip()))
    return bool(words) and bool(_SOCIAL_CONTROLS.fullmatch(words))


#: An item of a to-do list behind its box, ticked or not: "☐ Ask the press office",
#: "[x] Compare the quotes", "- [ ] Archive the post".
_TASK_ITEM = re.compile(r"^(?:[-*]\s+)?(?:[☐☑☒]|\[[ xX✓✔]\])\s+\S")


#: A counter over each text a page collects: "Entry 1 of 6", "[Article 2 of 5]", "Result 3 of 12".
_COUNTER_LABEL = re.compile(
    r"(?i)^[\[(]?\s*(?:entry|article|item|story|source|result|text|report|clipping|document|record|post|message|tab)"
    r"\s+\d{1,3}\s+(?:of|/)\s+\d{1,3}\s*[\])]?\s*:?$"
)
#: A label over a text pasted whole: "Full text:", "[Full text of the article below]", "Article text:".
_FULL_TEXT_LABEL = re.compile(
    r"(?i)^[\[(]?\s*(?:full\s+text|full\s+article|article\s+text)(?:\s+of\s+the\s+(?:article|story|report))?"
    r"(?:\s+(?:below|follows))?\s*[:.]?\s*[\])]?\s*:?$"
)


#: A video's label in a text's flow: a word of video or sound, its running time in brackets
#: at the end ("VIDEO: What we know so far (2:43)"), or its player's "loading" line.
_VIDEO_LABEL = re.compile(
    r"(?i)^(?:(?=.*\b(?:video|watch|clip|footage|audio|listen|play)\b).*\(\d{1,2}:\d{2}(?::\d{2})?\)|\W*video\s+player\s+(?:is\s+)?loading\b.*)$"
)
VIDEO_LABEL_WORDS = 15


#: Why a printout's repeated header or footer line is furniture.
PRINT_MARGIN = "print margin"


def classify(text: str) -> tuple[str, str]:
    """Label a piece of one line: ``body``, ``short`` (a header, title or subheading
    candidate), ``meta`` (a date, byline or credit) or ``boilerplate``; with the reason."""
    # A text browser's link markers ("18 [11]September") are not the line's words.
    stripped = _ATTACHED_LINK_MARKER.sub("", text).strip()
    if not stripped:
        return "blank", ""
    found = features(stripped)
    if found.words == 0 and CLOCK_TIME.match(stripped.strip("[]()")):
        return "meta", "date or time"  # "14:05", "[9:05]": a feed's clock, over its item
    if found.words == 0:
        return "boilerplate", "no words"
    if MAIL_LINE.match(stripped):
        return "boilerplate", "e-mail header"
    if is_meta_part(stripped):
        return "meta", "date or time" if not BYLINE.match(stripped) else "byline"
    if wire_status_fields(stripped):
        return "meta", "wire status line"
    if jump_line(stripped):
        return "boilerplate", "jump line"
    if print_margin(stripped):
        return "boilerplate", PRINT_MARGIN
    if is_page_label(stripped):
        return "boilerplate", "page label"  # a printed page's folio: "Page 6", "A6", "— 6 —"
    if _CONTENTS_ENTRY.search(stripped):
        return "boilerplate", "contents entry"
    if _TASK_ITEM.match(stripped):
        return "boilerplate", "task list item"
    if _COUNTER_LABEL.match(stripped) or _FULL_TEXT_LABEL.match(stripped):
        return "boilerplate", "label over a text"
    if _AD_LABEL_ALONE.fullmatch(stripped) or _AD_LABEL_ALONE.fullmatch(_ocr_joined(stripped)):
        return "boilerplate", "page furniture"  # an ad's label, as text recognition may break it: "Adverti sement", "RekIama"
    if _VIDEO_LABEL.match(stripped) and found.words <= VIDEO_LABEL_WORDS:
        return "boilerplate", "video label"
    if _WORD_COUNT.match(stripped):
        return "boilerplate", "word count"
    parts = header_parts(stripped)
    if name_bar_outlet(stripped) or _NAME_AND_ROLE.match(stripped):
        return "meta", "byline"
    if labelled := _SCREEN_READER_LABEL.match(stripped):
        # A saved page's labels for a picture: "Image source, PA Media", "Image caption, ...".
        return "boilerplate", "photo credit" if labelled.group("what").lower() == "source" else "photo caption"
    if len(parts) == 1 and not found.ends_like_sentence:
        # A plain hyphen, a comma or a wide gap joins a name and a date as a dash does:
        # "Daily Mail - Aug 24, 2014", "espn.go.com, 12:34pm EST", "LOS ANGELES TIMES  17
        # minutes ago".
        name_and_date = [part.strip() for part in re.split(r"\s+-\s+|,\s+|\s{2,}", stripped, maxsplit=1)]
        if (len(name_and_date) == 2 and all(name_and_date) and len(name_and_date[0].split()) <= 5
                and is_meta_part(name_and_date[-1])):
            return "meta", "header line"
    if len(parts) >= 2 and not found.ends_like_sentence:
        if any(is_meta_part(part) for part in parts):
            return "meta", "header line"
        # Two parts around a dash are a menu when both are a few words ("Home – News");
        # a headline with a dash ("Wife chops off ... twice – then stray animal steals
        # it") is not. Bars and bullets join links of any length.
        dashed = not _LINK_SEPARATOR.search(stripped)
        item_words = MENU_ITEM_WORDS if dashed else 12
        # Three parts joined by bars or bullets are a menu; by dashes only when short too
        # ("A fisherman caught a catfish — measuring almost 9 feet — in the Po Delta").
        if (len(parts) >= 3 and not dashed) or all(features(part).words <= item_words for part in parts):
            return "boilerplate", "menu or link list"
    if re.match(r"^\s*\d+\.\s+\S.*\s{2,}2\.\s+\S", stripped):
        return "boilerplate", "menu or link list"
    if _short_links(stripped) and not found.ends_like_sentence:
        return "boilerplate", "menu or link list"
    if CREDIT_LINE.search(stripped) and found.words <= 40:
        return "meta", "reporting credit"
    if _NAMING_LINE.match(stripped) and found.words <= 12:
        return "short", ""  # "© Provided by The Guardian": the outlet's name
    if found.strong_cue and found.words <= 40 or CURATION_STAMP.match(stripped) and found.words <= 12:
        return "boilerplate", "page furniture"
    if WIRE_MARK.match(stripped):
        return "boilerplate", "wire mark"
    if (_ASIDE.match(stripped) or _REVISION_NOTE.match(stripped)) and found.words <= 15 or _SEARCH_BOX.match(stripped) or _SHOW_MORE.match(stripped):
        return "boilerplate", "page furniture"
    if _CONTENT_WARNING.match(stripped) and found.words <= 10:
        return "boilerplate", "content warning"
    if _IMAGE_DESCRIPTION.match(stripped) and found.words <= 80:
        return "boilerplate", "image description"
    if AD_LABEL_LEAD.match(stripped) and found.words <= 40:
        return "boilerplate", "sponsored text"
    if ACCOUNT_NAME.match(stripped) and found.words <= 8:
        return "meta", "account name"
    if (
        found.words <= 8 and sum(unicodedata.category(c) == "So" for c in stripped) >= 1 and not found.ends_like_sentence
        and not _bulleted_sentence(stripped, found)
    ):
        return "boilerplate", "widget"
    if _KICKER.fullmatch(stripped):
        return "boilerplate", "kicker"
    if _DASH_LEAD.match(stripped) and BARE_DOMAIN.match(_DASH_LEAD.sub("", stripped, count=1)):
        return "short", ""  # "— engadget.com": a credit naming the site, as "— Business Insider" does
    if FETCHER_CREDIT.match(stripped):
        return "short", ""  # a credit naming the site, as "— engadget.com" does
    if found.link_like and found.words <= 25 and not _prose_naming_a_site(stripped, found) and not headline_and_its_domain(stripped):
        return "boilerplate", "link"
    if IMAGE_MARKER.match(stripped):
        return "boilerplate", "image marker"
    if PHOTO_CREDIT.fullmatch(stripped) or re.match(r"(?i)^(?:image|photo|picture|pic)s?(?:\s+credit)?\s*:", stripped) and not found.ends_like_sentence:
        return "boilerplate", "photo credit"
    if foreign_language(stripped):
        return "boilerplate", "text in another language"
    prose = (found.ends_like_sentence and found.words >= 4 and found.function_share > 0) or (
        found.words >= 20 and found.function_share >= 0.15
    )
    if found.words <= 4 and _mostly_furniture_words(stripped):
        return "boilerplate", "page furniture"
    if prose:
        return "body", ""
    if _social_controls(stripped):
        return "boilerplate", "widget"
    if _FEED_ACTIVITY.match(stripped):
        return "boilerplate", "feed activity"
    return "short", ""


def leads_in(text: str) -> bool:
    """A clause that ends in a colon and leads into what follows ("Early Sunday morning, the
    site broke the news:"). A label with a colon ("More:", "Daily Mail:") is a word or two."""
    stripped = text.strip()
    if not stripped.endswith(":") or stripped.count("(") > stripped.count(")"):  # "(Image:" opens a credit
        return False
    found = features(stripped)
    return found.words >= 5 and found.function_share > 0 and not found.weak_cue


def script_of(character: str) -> str:
    """A coarse script name: the first word of the Unicode name (LATIN, HANGUL, CJK...)."""
    if character < "\u0250":
        return "LATIN" if character.isalpha() else ""
    try:
        name = unicodedata.name(character)
    except ValueError:
        return ""
    return name.split(" ", 1)[0]


#: The letters below U+0250 (Latin and its extensions), to count them in one pass of C.
_LATIN_LETTER = re.compile("[" + re.escape("".join(c for c in map(chr, range(0x250)) if c.isalpha())) + "]")
_BELOW_IPA = re.compile("[\x00-\u024f]+")


def dominant_script(text: str) -> tuple[str, float]:
    counts: dict[str, int] = {}
    latin = len(_LATIN_LETTER.findall(text))
    if latin:
        counts["LATIN"] = latin
    for character in _BELOW_IPA.sub("", text):
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
    r"""\b(?:by\s+)?(?:Taboola|Outbrain|Revcontent|MGID)\b|\bSponsored(?:\s+(?i:links?|content|stories|ads?))?\b
    |\bPromoted(?:\s+(?i:links?|content|stories))?\b|\bYou\s+May\s+(?:Also\s+)?Like\b|\bADVERTISEMENT\b|\bAdvertisement\b
    |\b(?:Anzeige|Werbung|Publicidade|Publicidad|Publicité|Pubblicità|Reklama|Advertentie|Annonce|Annons)\b
    |\b(?:(?:Also|Must)\s+[Rr]ead|READ\s+(?:MORE|ALSO)|Read\s+[Mm]ore|Related|More\s+on\s+this)\s*:.*$|\bStory\s+continues\s+below\b
    |\bContinue\s+reading\s+below\b|\bRecommended\s+(?:for\s+you|Stories|Videos|by(?:\s+[A-Z][\w.]*)?)\b|\bSkip\s+Ad\b
    |\b(?:Click\s+[Hh]ere|Learn\s+[Mm]ore|Shop\s+[Nn]ow|Find\s+[Oo]ut\s+[Mm]ore|See\s+[Mm]ore|Sign\s+[Uu]p)\b(?=\s+[A-Z]|\s*[›»▶→]|\s*$)""",
    re.VERBOSE,
)
WIDGET_BUTTONS = frozenset({"Undo", "Close", "Hide", "Dismiss", "Skip", "×", "✕"})


#: Pictographs or shapes before a name ("📰 Mirror", "🔗 bbc.co.uk", "◉ Reuters"): a news
#: app's icon, not the name's.
_ICON_BEFORE_NAME = re.compile(r"^\s*((?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u25A0-\u25FF\u2B00-\u2BFF]\ufe0f?)+)\s+(?=\S)")
#: A site's icon copied as the letter drawn in it, set apart from the name ("D  Daily Mail",
#: "M  Mediaite").
_LETTER_ICON_BEFORE_NAME = re.compile(r"^\s*([A-Z])(?:\s{2,}|\t)(?=\S)")
ICON_NAME_WORDS = 4


def _icon_before_a_name(line: str) -> tuple[int, int] | None:
    """The span of an icon that stands before a bare name or web address, else None."""
    match = _ICON_BEFORE_NAME.match(line) or _LETTER_ICON_BEFORE_NAME.match(line)
    if not match:
        return None
    rest = line[match.end() :].strip()
    # "◉ Reuters · 3 hours ago": the name, then its time.
    parts = header_parts(rest)
    if len(parts) >= 2 and all(is_meta_part(part) for part in parts[1:]):
        rest = parts[0]
    words = rest.split()
    if not 1 <= len(words) <= ICON_NAME_WORDS or rest[-1] in ".!?:,;":
        return None
    if match.re is _LETTER_ICON_BEFORE_NAME and not any(word.startswith(match.group(1)) for word in words):
        return None
    if not (LINK_LIKE.search(rest) or all(word[:1].isupper() or word.lower() in ("of", "the", "and", "&") for word in words)):
        return None
    return match.start(1), match.end(1)


def inline_junk_spans(line: str, page_script: str) -> list[tuple[int, int, str]]:
    """Spans of ad fragments, photo credits, foreign-script runs and an icon before a name
    inside one line."""
    spans: list[tuple[int, int, str]] = []
    icon = _icon_before_a_name(line)
    if icon:
        spans.append((*icon, "icon"))
    for match in INLINE_CUES.finditer(line):
        spans.append((match.start(), match.end(), "ad fragment"))
    for match in PHOTO_CREDIT.finditer(line):
        spans.append((match.start(), match.end(), "photo credit"))
    # A letter below U+0250 is Latin: on a Latin page only a line with a letter beyond
    # that can hold another script's fragment.
    beyond_latin = page_script != "LATIN" or any(character.isalpha() for character in _BELOW_IPA.sub("", line))
    if page_script and beyond_latin:
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
        joinable = start <= merged[-1][1] or not gap.strip() or re.fullmatch(r"[\s\[\](){}|•·:,-]*", gap)
        if joinable and (merged[-1][2] == reason or start < merged[-1][1]):
            merged[-1][1] = max(merged[-1][1], end)
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


_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
#: Cuts at end marks, at widget separators, and before an emoji that opens a widget; an
#: emoji followed by a lower-case word sits inside a sentence ("A fire 🔥 broke out").
_ROUGH_SENTENCE_END = re.compile(
    rf"""(?<=[.!?…])["”’')\]]*\s+(?=\S)|\s*[·›»▶→]\s+|\s+[·›»▶→]\s*|\s+(?=[{_EMOJI}])(?![{_EMOJI}\ufe0f\u200d]*(?:\s+[a-z]|[.!?,;:]))"""
)


#: A month's short name and its day: "Jun. 5" ends no sentence.
_MONTH_BEFORE_DAY = re.compile(rf"(?i)\b{MONTH}\.$")


def rough_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of sentence-like stretches, cut at end marks and at widget separators."""
    spans, start = [], 0
    for match in _ROUGH_SENTENCE_END.finditer(text):
        if _MONTH_BEFORE_DAY.search(text, 0, match.start()) and text[match.end() : match.end() + 1].isdigit():
            continue
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


#: What a reader can follow: a web address, a path, a handle, a hashtag ("#1" in a
#: sentence is a rank), an e-mail address. A bare domain in a sentence is only named.
_ADDRESS = re.compile(r"https?://|(?:^|\s)/[\w-]+/|(?:^|\s)(?:@\w|#[^\W\d_])|\w@[\w-]+\.")
#: What a reader follows: a web or e-mail address or a path; a handle or hashtag is named.
_FOLLOWED_ADDRESS = re.compile(r"https?://|(?:^|\s)/[\w-]+/|\w@[\w-]+\.")


def _prose_naming_a_site(text: str, found: PieceFeatures) -> bool:
    """A sentence of the article that names a website ("Snopes.com came up with a number of
    arguments that..."), not a link: it reads as prose and holds no web or e-mail
    address, path, handle or hashtag to follow. A long sentence of prose may name a
    handle or hashtag ("users tweeted using a hashtag that translates to #NotVeiled.")."""
    if found.strong_cue or found.weak_cue and found.words < 12:
        return False
    if _ADDRESS.search(text):
        return (
            not _FOLLOWED_ADDRESS.search(text) and not found.weak_cue and found.words >= 10
            and found.function_share >= 0.25 and found.ends_like_sentence
        )
    return found.words >= 6 and found.function_share >= 0.15 and (found.ends_like_sentence or found.words >= 12)


def _emoji_led_prose(found: PieceFeatures) -> bool:
    """A sentence some outlets open with an emoji ("🔥 A fire broke out on ... ."): it ends
    like a sentence and reads like one, where a widget label does not."""
    return found.ends_like_sentence and found.words >= 5 and found.function_share >= 0.2


#: Bullets and arrows that open list items and headlines ("▪ She had no idea.", "● Iraqi
#: rumours claim IS leader slain").
_BULLET = re.compile(r"^\s*[▪■●◆▸◦▶►]\s+\S")


def _bulleted_sentence(sentence: str, found: PieceFeatures) -> bool:
    """Words of a sentence or a headline behind a bullet, not a widget's label ("● Live",
    "▶ Watch the video")."""
    if found.weak_cue:
        return False
    if _BULLET.match(sentence):
        return found.words >= 5 or (found.words >= 3 and found.function_share > 0)
    # Any other symbol before a headline ("★ Harbour reopens to ships"), where it is the
    # line's only one: a reaction bar holds several ("👍 3  👀 2").
    stripped = sentence.strip()
    marks = sum(unicodedata.category(c) == "So" for c in stripped)
    return marks == 1 and unicodedata.category(stripped[0]) == "So" and stripped[1:2].isspace() and found.words >= 5


#: "Headline words (bbc.co.uk)": a link board's title with its outlet's domain after it,
#: and perhaps the day it ran ("(bbc.co.uk, 16 November)").
DOMAIN_IN_BRACKETS_AT_END = re.compile(
    r"\s[(\[](?P<domain>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?:,\s*(?P<date>[^()\[\],]{3,30}))?[)\]]\s*$", re.IGNORECASE
)


def domain_after_headline(line: str) -> re.Match[str] | None:
    """The bracketed domain (and day) that ends "Headline words (bbc.co.uk, 16 November)"."""
    end = DOMAIN_IN_BRACKETS_AT_END.search(line)
    if end is None or end.group("date") and not is_meta_part(end.group("date")):
        return None
    return end


def headline_and_its_domain(line: str) -> bool:
    """"Headline words (bbc.co.uk)": three words or more, no link, a domain in brackets."""
    end = domain_after_headline(line)
    if end is None:
        return False
    headline = line[: end.start()]
    return len(headline.split()) >= 3 and not LINK_LIKE.search(headline)


#: Where two words were glued when a page's list of links lost its line breaks: a word's
#: last lower-case letters or digits against the next one's capital ("... Glaciers Are
#: MeltingCBI and Ricoh: ... British JobsRobots to Steal ... UK Jobs by 2034People").
_GLUED_WORDS = re.compile(r"(?:[a-z]{3}|\d{3})[A-Z]")
#: So many glued words in one sentence are a list of headlines, not a sentence: one or two
#: are names ("BlackBerry", "#HandsUpDontShoot", "@BarackObama"). (In the real news of
#: ../shared/real-news/, every paragraph with three or more is a related-links strip.)
GLUED_HEADLINES = 3


def headlines_run_together(sentence: str) -> bool:
    if not _GLUED_WORDS.search(sentence):
        return False
    glued = {word for word in sentence.split() if word[0] not in "@#(" and _GLUED_WORDS.search(word)}
    return len(glued) >= GLUED_HEADLINES


def furniture_reason(sentence: str) -> str:
    """Why a sentence inside a body line is furniture, or "" when it is article text."""
    # Each test only as it is needed: this runs on every sentence and many prefixes.
    if STRONG_CUES.search(sentence) and features(sentence).strong_cue:
        return "page furniture"
    if headlines_run_together(sentence):
        return "headlines run together"
    if unicodedata.category(sentence.strip()[:1] or " ") == "So":
        found = features(sentence)
        if found.words <= 15 and not _emoji_led_prose(found) and not _bulleted_sentence(sentence, found):
            return "widget"
    if LINK_LIKE.search(sentence) and not ACCOUNT_NAME.match(sentence):
        return "link"
    if PHOTO_CREDIT.match(sentence.strip()):
        return "photo credit"
    if foreign_language(sentence):
        return "text in another language"
    return ""


_CLAUSE_VERB = re.compile(r"^(?:said|says|told|has|had|have|was|were|is|are|will|would|can|could|did|\w+ed)$", re.IGNORECASE)


def _furniture_prefix(prefix: str, closed_by_separator: bool = False) -> bool:
    """Words in front of a sentence that are furniture, not the start of the sentence: a
    clause that names a website in passing ("telling ESPN.com his comments were...") is
    the sentence's."""
    if len(prefix.split()) < 3:
        return False
    reason = furniture_reason(prefix)
    if reason == "link" and not _ADDRESS.search(prefix) and features(prefix).function_share >= 0.15:
        return False
    if reason == "text in another language" and len(prefix.split()) < 6 and not (closed_by_separator or features(prefix).weak_cue):
        # "LOS ANGELES, California (", "El Diario de las": too few words to tell, unless an
        # ad's label ("Anzeige") or a dash closing them ("Jetzt Probefahrt vereinbaren –")
        # says what they are.
        return False
    return bool(reason)


def article_text_after_furniture(sentence: str, furniture_prefix_only: bool = False) -> int | None:
    """Where article text resumes inside a furniture sentence that runs into it without
    punctuation ("Scroll to continue Marlowe Energy blamed..."); None if it does not.

    Ad widgets end without a full stop, so the next sentence is found by its opening:
    after a closing dash or arrow, at a capitalised function word ("The", "It"), or at a
    capitalised word whose clause reaches a verb within four words.
    """
    search_from = 0
    if furniture_prefix_only and STRONG_CUES.search(sentence) and not features(sentence).strong_cue:
        return None  # prose that speaks of a newsletter or a copyright, not an ad before it
    if not furniture_prefix_only:
        cue = STRONG_CUES.search(sentence) or LINK_LIKE.search(sentence) or PHOTO_CREDIT.match(sentence)
        search_from = cue.end() if cue else 0
    tokens = list(re.finditer(r"\S+", sentence))
    if furniture_prefix_only:
        tokens = tokens[:40]  # an ad fragment in front of a sentence is short
    for position, token in enumerate(tokens):
        if token.start() < search_from or position == 0:
            continue
        word = token.group().lstrip("\"“'‘(")
        if not word[:1].isupper():
            continue
        previous = tokens[position - 1].group()
        following = [t.group().strip(",.;:") for t in tokens[position + 1 : position + 5]]
        after_separator = previous in ("—", "–", "-", "›", "»", "▶", "→", "|")
        function_word = word.lower() in FUNCTION_WORDS
        reaches_verb = previous[:1].islower() and any(_CLAUSE_VERB.match(w) for w in following)
        subject_then_verb = (
            previous[:1].islower()
            and previous.lower() not in FUNCTION_WORDS
            and bool(following)
            and following[0][:1].islower()
        )
        if after_separator or function_word or reaches_verb or subject_then_verb:
            rest = sentence[token.start() :]
            if furniture_prefix_only and not _furniture_prefix(sentence[: token.start()], after_separator):
                continue
            if classify(rest)[0] == "body" and not furniture_reason(rest):
                return token.start()
    return None
