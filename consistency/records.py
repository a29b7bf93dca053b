"""Typed records that pass between pipeline stages.

All are frozen: a stage never mutates what an earlier stage produced. The JSON report is
built from these records by ``consistency.report``.
"""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = ("high", "medium", "low")


@dataclass(frozen=True)
class Document:
    """One article from one outlet.

    ``text`` is the cleaned article text. ``offsets`` maps it back to the input it was
    read from: runs ``(text_start, input_start, length)``, where the input is the decoded
    file (or the record's ``text`` field for JSON records). ``copy_of`` names the document
    this one is a syndicated copy of. ``language`` is the ISO 639-1 code of the text's
    language ("" until detected: a document built by hand is taken as English); ``found_by`` says how the reader found the article (the layout cue of a page,
    the extractor of an HTML file).
    """

    id: str
    source: str
    text: str
    title: str = ""
    path: str = ""
    url: str = ""
    published: str = ""
    offsets: tuple[tuple[int, int, int], ...] = ()
    copy_of: str = ""
    language: str = ""
    found_by: str = ""

    def input_offset(self, position: int) -> int:
        """Where character ``position`` of ``text`` stands in the input; -1 if unknown."""
        if not self.offsets:
            return position
        for text_start, input_start, length in self.offsets:
            if text_start <= position < text_start + length:
                return input_start + position - text_start if input_start >= 0 else -1
        return -1


@dataclass(frozen=True)
class DroppedText:
    """Input text that was read but is not article text: furniture, ads, headers."""

    path: str
    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Note:
    """Something about how the input was read that the user should know: an input left
    out, records skipped, a sentence the model reads only in part. A ``detail`` (the
    encoding a file was read in) is shown only when asked for (``--verbose``)."""

    path: str
    message: str
    detail: bool = False

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document; ``text == document.text[start:end]``."""

    doc_id: str
    source: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class AlignedPair:
    """Two sentences from different documents that may state the same fact.

    ``a`` always comes before ``b`` in corpus order, so a pair has one spelling.
    """

    a: Sentence
    b: Sentence
    similarity: float
    relation: str


@dataclass(frozen=True)
class Finding:
    """One way in which two aligned sentences disagree.

    Spans are ``(start, end)`` character offsets into each sentence's text and cover the
    differing values, so ``a.text[start:end]`` is ``a_value`` (or part of it).
    """

    kind: str
    score: float
    severity: str
    a_value: str
    b_value: str
    a_spans: tuple[tuple[int, int], ...]
    b_spans: tuple[tuple[int, int], ...]
    explanation: str

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {self.severity!r}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score must lie in [0, 1], not {self.score}")


@dataclass(frozen=True)
class Discrepancy:
    id: str
    pair: AlignedPair
    finding: Finding
    #: The claim (see ``Claim``) the disagreeing statement belongs to, "" if none.
    claim: str = ""
    #: How sure we are that the pair disagrees at all, all its findings taken together
    #: (see ``consistency.ranking.pair_score``).
    pair_score: float = 0.0


@dataclass(frozen=True)
class Claim:
    """One statement as several outlets made it: their aligned sentences."""

    id: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class DocumentSummary:
    document: Document
    n_sentences: int
    story: int


@dataclass(frozen=True)
class Report:
    documents: tuple[DocumentSummary, ...]
    discrepancies: tuple[Discrepancy, ...]
    alignments: tuple[AlignedPair, ...]
    model: str = ""
    claims: tuple[Claim, ...] = ()
    #: Aligned sentence pairs compared, whether or not ``alignments`` lists them.
    n_aligned_pairs: int = 0
    notes: tuple[Note, ...] = ()

    @property
    def n_sentences(self) -> int:
        return sum(summary.n_sentences for summary in self.documents)
