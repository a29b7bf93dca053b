"""Pages of labelled records: a news database's search results exported as one text.

A researcher who searches a news archive saves the hits as one text, each record an
article's text between fields the service prints the same way for every record ("Section:
NEWS; Pg. 4", "LENGTH: 523 words", "Load-Date: ...", two-letter codes such as "SN" and
"TD", "End of Document"). The fields recur record after record, and that is how such a page
shows itself, whatever the service's words: a line's form (its label, or its words with
the numbers taken out) that recurs about once in every record is a field. The lines
between fields that hold prose are a record's text; the fields and lines around it name
its title and outlet.

This module reads lines and returns records (line numbers, title, outlet); the page reader
turns them into articles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from consistency.ingest.lines import CALENDAR_WORD, FUNCTION_WORDS, classify

#: "Section: NEWS; Pg. 4", "LOAD-DATE: May 2, 2015", "Publication title: X", "Full text:":
#: a label of up to four words, a colon, the value (or nothing).
_LABELLED = re.compile(r"^(?P<label>[A-Za-z][A-Za-z.'’-]*(?:[ /-][A-Za-z.'’-]+){0,3})\s*:(?:\s+(?P<value>\S.*?))?\s*$")
#: A business database's two- or three-letter field codes: "SN The Courier", "TD", "PD 3 May 2015".
_CODED = re.compile(r"^(?P<code>[A-Z]{2,3})(?:\s+(?P<value>\S.*?))?\s*$")
#: A field's label runs to at most this many characters ("Language of publication").
LABEL_CHARS = 32
#: Labels and codes whose value is the record's title or its outlet.
TITLE_LABELS = frozenset({"title", "headline", "hd", "hl", "article title", "document title", "head"})
SOURCE_LABELS = frozenset({
    "source", "sn", "publication", "publication title", "publication info", "publication name", "newspaper",
    "newspaper title", "journal", "outlet", "source title", "source name", "publication-name", "publication-title",
})
#: A field's value ends where the service adds the place, date or page: "X; London", "X (Online)", "X, 3 May".
_VALUE_END = re.compile(r"\s*(?:[;|]|\s[-–—]\s|,\s|\s\(|\s\[).*$")
#: A record's text says whole sentences; a field never does.
PROSE_WORDS = 8
PROSE_FUNCTION_WORDS = 2
#: A headline at the head of a record's text runs to at most this many lines.
HEADLINE_LINES = 2
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
#: A form is a field when it recurs in at least this share of the records, at most twice in each.
FIELD_SHARE = 0.5
#: A record exported alone has at least this many labelled lines.
ONE_RECORDS_FIELDS = 4
#: ... and three of them at least one under another.
FIELD_BLOCK = 3
#: A bare line under a record's fields ("Body", "Full text") has at most this many words.
BARE_FIELD_WORDS = 3
#: A field's value is short; a longer one is counted only beside other fields.
FIELD_VALUE_WORDS = 12
#: A page is an export when at least this many labelled or coded forms are fields.
LABELLED_FIELDS = 3
#: Lines of at most this many words get a form of their own (their words, numbers out).
SHORT_LINE_WORDS = 8
#: What only an archive prints for each record: its length in words, its document number
#: or type, the day it was loaded, the database; a monitoring service: reach and sentiment.
_ARCHIVE_FIELD = re.compile(
    r"(?i)\b(?:\d[\d,]*\s+words|word\s*count|documents?|load-?date|accession|database|reach|circulation|sentiment)\b|^(?:WC|AN)\b"
)
_COPYRIGHT = re.compile(r"(?i)^\W*(?:copyright|©|\(c\))")


@dataclass(frozen=True)
class Record:
    title: str
    outlet: str
    #: Which line named the outlet: "the 'SN' field", "a copyright line", "a name line".
    outlet_from: str
    #: 0-based numbers of the lines that hold the record's text.
    text_lines: tuple[int, ...]


@dataclass(frozen=True)
class _Line:
    number: int
    text: str  # stripped
    form: str  # "label:section", "code:SN", "line:# of # documents", or "" (a long line)
    label: str  # the label or code, casefolded; "" when the line has none
    value: str

    @property
    def prose(self) -> bool:
        # A headline runs long without a full stop; "Publication info: The Courier; Leeds.
        # 9 Mar 2016: 4." ends like a sentence but says none: prose carries function words.
        words = self.text.split()
        return (
            len(words) >= PROSE_WORDS and bool(_SENTENCE_END.search(self.text))
            and sum(word.casefold() in FUNCTION_WORDS for word in words) >= PROSE_FUNCTION_WORDS
        )


_DATE_WORD = re.compile(rf"(?i)^(?:\d[\d:./,-]*(?:st|nd|rd|th)?,?|{CALENDAR_WORD},?|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]{{1,3}}[sd]t)$")
#: "snopes.com", "snopes.com (Chicago)": a site's address, not a headline.
_WEB_NAME = re.compile(r"(?i)^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?:\s*\([^()]*\))?$")


def _date_line(text: str) -> bool:
    """"October 12, 2014 Sunday 9:41 AM GMT", "12.03.2024": nothing but a date and time."""
    return all(_DATE_WORD.match(word) for word in text.split())


def _words(line: _Line) -> int:
    return len(line.text.split())


def _labelled(text: str) -> re.Match[str] | None:
    """"Label: value" with a label of a field's length, or None."""
    labelled = _LABELLED.match(text)
    return labelled if labelled and len(labelled.group("label")) <= LABEL_CHARS else None


def field_label(text: str) -> bool:
    """The line opens with a field's label ("Authors: ...", "Load-Date: ..."): a hard-wrapped
    line above it does not go on into it."""
    labelled = _labelled(text.strip())
    return bool(labelled) and labelled.group("label")[:1].isupper()


def _line(number: int, text: str) -> _Line:
    labelled = _labelled(text)
    coded = _CODED.match(text)
    # "NS gcat : Political/General News" is the code "NS" and its value, not a label "NS gcat".
    if labelled and not (coded and " " in labelled.group("label")):
        label = labelled.group("label").casefold()
        return _Line(number, text, "label:" + label, label, labelled.group("value") or "")
    if coded:
        return _Line(number, text, "code:" + coded.group("code"), coded.group("code").casefold(), coded.group("value") or "")
    if len(text.split()) <= SHORT_LINE_WORDS:
        return _Line(number, text, "line:" + re.sub(r"\d+", "#", " ".join(text.casefold().split())), "", "")
    return _Line(number, text, "", "", "")


def _recurring_fields(read: list[_Line], counts: Counter[str]) -> tuple[set[str], int] | None:
    """The forms that recur about once in every record, and how many records there are."""
    recurring = [count for count in counts.values() if count >= 2]
    if not recurring:
        return None
    # Most fields come once in every record: the commonest count of a recurring form.
    records = Counter(recurring).most_common(1)[0][0]
    fewest = max(2, round(records * FIELD_SHARE))
    fields = {form for form, count in counts.items() if fewest <= count <= 2 * records}
    if records < 2 or sum(not form.startswith("line:") for form in fields) < LABELLED_FIELDS:
        return None
    # Labels recur on an aggregator's page too ("Share this:", "Related:", "Photo:"); an
    # archive's records also say what the archive keeps: the length, the document.
    if not any(_ARCHIVE_FIELD.search(line.text) for line in read if line.form in fields):
        return None
    return fields, records


def _one_records_fields(read: list[_Line], counts: Counter[str]) -> tuple[set[str], int] | None:
    """One record exported alone: nothing recurs, but its labelled lines are many and one
    of them says what only an archive keeps. (A headline with a colon, "Marijuana Law New
    York: How ...", has a label of more than three words.)"""
    if any(count >= 2 for form, count in counts.items() if not form.startswith("line:")):
        return None  # labels that recur belong to several records, or to none
    labelled = [
        line for line in read
        if counts[line.form] <= 1 and (line.form.startswith("label:") and len(line.label) >= 2 and len(line.label.split()) <= 3 or line.form.startswith("code:"))
        and not line.prose
    ]
    if sum(line.form.startswith("code:") for line in labelled) < LABELLED_FIELDS:
        labelled = [line for line in labelled if line.form.startswith("label:")]
    # The fields stand in a block, one under another ("Section:", "Length:", "Byline:"),
    # and the block says what only an archive keeps.
    position = {line.number: i for i, line in enumerate(read)}
    blocks: list[list[_Line]] = []
    for line in labelled:
        if blocks and position[line.number] == position[blocks[-1][-1].number] + 1:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    if len(labelled) < ONE_RECORDS_FIELDS or not any(
        len(block) >= FIELD_BLOCK and any(_ARCHIVE_FIELD.search(line.text) for line in block) for block in blocks
    ):
        return None
    return {line.form for line in labelled}, 1


def export_records(
    lines: Sequence[str], name_of: Callable[[str], str], bare_name: Callable[[str], str]
) -> tuple[Record, ...] | None:
    """The records of a database export, or None when the page is not one.

    ``name_of`` reads the outlet a line names ("Copyright 2015 The Courier", "Source: X"),
    ``bare_name`` a line that is only a name ("The Courier", "courier.com"); both give ""
    for a line that names none."""
    read = [_line(number, text.strip()) for number, text in enumerate(lines) if text.strip()]
    # Forms are counted on the lines that say no sentence and hold a short value: a text's
    # sentences and captions that open like a field ("US officials said ...", "Dan Olsen:
    # Well, I heard ...", "Thankful: He thanked the guard on Thursday (Reuters)") make none.
    counts = Counter(line.form for line in read if line.form and not line.prose and len(line.value.split()) <= FIELD_VALUE_WORDS)
    found = _recurring_fields(read, counts) or _one_records_fields(read, counts)
    if found is None:
        return None
    fields, records = found
    coded = sum(form.startswith("code:") for form in fields) >= LABELLED_FIELDS
    field_lines = {line.number for line in read if line.form in fields and not line.prose}
    neighbours = list(zip([None, *read], read, [*read[1:], None]))

    if records == 1:
        # Nothing recurs to show the service's bare lines under the fields ("Body", "Full
        # text", "Document link"): a line of a few words right under a field, or under a
        # labelled line ("Highlight: ..."), is one.
        for before, line, _ in neighbours:
            under_a_field = before is not None and (before.number in field_lines or before.form.startswith("label:"))
            if under_a_field and len(line.text.split()) <= BARE_FIELD_WORDS and not _SENTENCE_END.search(line.text):
                field_lines.add(line.number)
    # Among the fields, a field that runs to a sentence ("HEADLINE: ...", "CY Copyright 2015
    # The Post. All rights reserved.") is one too, and so is a labelled line printed on some
    # records only ("Highlight: ...", "Graphic: ...", a bare "LP" where codes are used); such a
    # line beside the text is a field only when it says no sentence.
    for before, line, after in neighbours:
        optional = line.form.startswith("label:") and len(line.label) >= 2 or coded and line.form.startswith("code:")
        if line.number in field_lines or not (line.form in fields or optional):
            continue
        beside = [other is not None and other.number in field_lines for other in (before, after)]
        if all(beside) or any(beside) and (line.form in fields or not line.prose):
            field_lines.add(line.number)

    def is_field(line: _Line) -> bool:
        return line.number in field_lines

    # Runs of lines between fields; those with prose are texts, the others a record's
    # title, outlet and date lines.
    runs: list[list[_Line]] = [[]]
    for line in read:
        if is_field(line):
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(line)
    # (A headline may end in a question mark: alone over the outlet, date and copyright
    # lines, it holds under half the run's words.)
    texts = [
        run for run in runs
        if sum(line.prose for line in run) >= 2 or sum(_words(line) for line in run if line.prose) * 2 >= sum(_words(line) for line in run) > 0
    ]
    # Under a text, with no field between, may stand the outlet's copyright ("© The Courier")
    # and under the last the page's own footer ("About · Terms of use").
    under_text: set[int] = set()
    for run in texts:
        while len(run) > 1 and not run[-1].prose and (_COPYRIGHT.match(run[-1].text) or classify(run[-1].text)[0] == "boilerplate"):
            under_text.add(run.pop().number)
    if len(texts) < min(2, records):
        return None
    # A gap is what stands between two texts, fields and short lines together.
    position = {line.number: i for i, line in enumerate(read)}
    gaps: list[list[_Line]] = []
    previous_end = 0
    for run in texts:
        gaps.append(read[previous_end : position[run[0].number]])
        previous_end = position[run[-1].number] + 1
    after_last = read[previous_end:]
    leading_forms = {line.form for line in gaps[0] if is_field(line)}
    trailing_forms = {line.form for line in after_last if is_field(line)} - leading_forms

    # A gap with under half the fields that open the first record stands inside a record (a
    # "TD" between a lead and the rest, a printed page's footer and the next one's header):
    # its texts are one record's.
    groups: list[tuple[list[_Line], list[list[_Line]], list[_Line]]] = []
    for run, gap in zip(texts, gaps):
        if groups and (records == 1 or len({line.form for line in gap if is_field(line)} & leading_forms) * 2 < len(leading_forms)):
            groups[-1][1].append(run)
            continue
        if groups:
            # The previous record's closing fields, then this one's opening lines.
            split = max((i + 1 for i, line in enumerate(gap) if line.form in trailing_forms or line.number in under_text), default=0)
            groups[-1][2].extend(gap[:split])
            gap = gap[split:]
        groups.append((gap, [run], []))
    # Under the last record's fields stands the page's footer ("© 2026 The Archive").
    last_field = max((i + 1 for i, line in enumerate(after_last) if is_field(line) or line.number in under_text), default=0)
    groups[-1][2].extend(after_last[:last_field])
    if len(groups) < min(2, records):
        return None
    # The first record's opening lines hold the page's header too ("Printed on 4 December by
    # user 1042"): of the lines over its first opening field it keeps as many as another
    # record has there.
    def lines_over_the_fields(opening: list[_Line]) -> list[_Line]:
        first = next((i for i, line in enumerate(opening) if line.form in leading_forms and is_field(line)), len(opening))
        return [line for line in opening[:first] if not is_field(line)]

    kept_over = max((len(lines_over_the_fields(opening)) for opening, _, _ in groups[1:]), default=len(groups[0][0]))
    over = lines_over_the_fields(groups[0][0])
    page_header = {line.number for line in over[: max(0, len(over) - kept_over)]}
    groups[0] = ([line for line in groups[0][0] if line.number not in page_header], groups[0][1], groups[0][2])
    # A line in every record is the service's ("Body", "All Rights Reserved"), not an outlet's name.
    service = {form for form, count in counts.items() if count >= records} if records >= 2 else set()
    return tuple(_record(opening, runs_of_text, closing, is_field, service, name_of, bare_name) for opening, runs_of_text, closing in groups)


def _record(
    opening: list[_Line],
    texts: list[list[_Line]],
    closing: list[_Line],
    is_field: Callable[[_Line], bool],
    service: set[str],
    name_of: Callable[[str], str],
    bare_name: Callable[[str], str],
) -> Record:
    around = opening + closing
    title = next((line.value for line in around if line.label in TITLE_LABELS and line.value), "")
    # (A line that opens with capitals is a code only where the page uses codes: "NBC News".)
    loose = [line for line in opening if not is_field(line) and not line.form.startswith("label:") or line.form.startswith("line:")]
    if not title:
        # The first loose line over the fields that is no date, no copyright, no web address
        # and names no outlet outright: a record opens with its headline.
        title = next(
            (
                line.text for line in loose
                if not is_field(line) and len(line.text.split()) >= 2 and not _date_line(line.text) and not _COPYRIGHT.match(line.text)
                and not name_of(line.text) and not _WEB_NAME.match(line.text)
            ),
            "",
        )
    if not title:
        # No field and no line over the fields holds it: the headline opens the text's run,
        # a line that says no sentence over the first that does.
        head = 0
        while head < min(HEADLINE_LINES, len(texts[0]) - 1) and not texts[0][head].prose and not _SENTENCE_END.search(texts[0][head].text):
            head += 1
        if head:
            title = " ".join(line.text for line in texts[0][:head])
            texts = [texts[0][head:], *texts[1:]]
    # "3. Title": the hit's number in the results is not the headline's.
    title = re.sub(r"^\d{1,3}[.)]\s+", "", title)
    outlet, outlet_from = "", ""
    for line in around:
        if line.label in SOURCE_LABELS and line.value:
            outlet, outlet_from = _VALUE_END.sub("", line.value).strip(), f"the '{line.text.split(':')[0].split()[0]}' field"
            break
    if not outlet:
        for line in around:
            text = line.value or line.text
            if _COPYRIGHT.match(text) and (named := name_of(text)):
                outlet, outlet_from = named, "a copyright line"
                break
    if not outlet:
        for line in loose:
            if line.text == title or line.form in service:
                continue
            # "The Courier (Online)", "NBC News (Los Angeles)": the service's note on the name.
            named = bare_name(re.sub(r"\s*\([^()]*\)$", "", line.text)) or name_of(line.text)
            if named:
                outlet, outlet_from = named, "a name line"
                break
    outlet = re.sub(r"\s*\([^()]*\)$", "", outlet)
    return Record(title, outlet, outlet_from, tuple(line.number for run in texts for line in run))
