"""A small report built record by record, so renderer tests know every value in it.

Three outlets, two claims: the floor (two discrepancies, high) and a quote (one, medium),
plus a low-severity date finding that joined no claim. One outlet's sentence carries
text that must stay text in every format: rich markup, an ANSI escape, HTML and a
spreadsheet formula.
"""

from __future__ import annotations

from consistency.records import AlignedPair, Claim, Discrepancy, Document, DocumentSummary, Finding, Report, Sentence

HOSTILE_TEXT = "=HYPERLINK(\"x\") [bold]Fire[/bold] \x1b[31mon</table><script>alert(1)</script> the 14th floor."


HOSTILE_TITLE = "<b>Tower</b> fire <img src=x onerror=\"document.body.dataset.pwned='yes'\">"


def sentence(doc_id: str, source: str, index: int, text: str) -> Sentence:
    return Sentence(doc_id, source, index, text, 0, len(text))


def span_of(text: str, value: str) -> tuple[tuple[int, int], ...]:
    start = text.index(value)
    return ((start, start + len(value)),)


def discrepancy(ident: str, a: Sentence, b: Sentence, kind: str, severity: str, a_value: str, b_value: str,
                claim: str = "", score: float = 0.9) -> Discrepancy:
    finding = Finding(
        kind=kind, score=score, severity=severity, a_value=a_value, b_value=b_value,
        a_spans=span_of(a.text, a_value), b_spans=span_of(b.text, b_value),
        explanation=f"{a.source} says '{a_value}'; {b.source} says '{b_value}'",
    )
    return Discrepancy(ident, AlignedPair(a, b, 0.8, "paraphrase"), finding, claim)


HERALD_FLOOR = sentence("herald", "Harbour Herald", 0, "The fire began on the 12th floor of Kestrel Tower.")
COURIER_FLOOR = sentence("courier", "Daily Courier", 0, HOSTILE_TEXT)
WIRE_FLOOR = sentence("wire", "Coastal Wire", 0, "Flames broke out on the 12th floor, the fire service said.")
HERALD_QUOTE = sentence("herald", "Harbour Herald", 1, 'The chief called it "a very hard day".')
WIRE_QUOTE = sentence("wire", "Coastal Wire", 1, 'The chief called it "a hard day for all".')
HERALD_DATE = sentence("herald", "Harbour Herald", 2, "The tower reopens on May 3.")
COURIER_DATE = sentence("courier", "Daily Courier", 2, "The tower reopens on May 5.")


def hand_built_report() -> Report:
    documents = (
        DocumentSummary(Document("herald", "Harbour Herald", "", title="Fire at Kestrel Tower", path="herald.txt"), 3, 0),
        DocumentSummary(Document("courier", "Daily Courier", "", title=HOSTILE_TITLE, path="courier.txt"), 3, 0),
        DocumentSummary(Document("wire", "Coastal Wire", "", title="Tower blaze", path="wire.txt"), 2, 0),
        DocumentSummary(Document("post", "Northern Post", "", title="Tower blaze", path="post.txt", copy_of="wire"), 2, 0),
    )
    floor = Claim("c000000000001", (HERALD_FLOOR, COURIER_FLOOR, WIRE_FLOOR))
    quote = Claim("c000000000002", (HERALD_QUOTE, WIRE_QUOTE))
    discrepancies = (
        discrepancy("d000000000001", HERALD_FLOOR, COURIER_FLOOR, "number", "high", "12th", "14th", floor.id, 1.0),
        discrepancy("d000000000002", WIRE_FLOOR, COURIER_FLOOR, "number", "high", "12th", "14th", floor.id, 0.8),
        discrepancy("d000000000003", HERALD_QUOTE, WIRE_QUOTE, "quote", "medium", "a very hard day", "a hard day for all",
                    quote.id),
        discrepancy("d000000000004", HERALD_DATE, COURIER_DATE, "date", "low", "May 3", "May 5"),
    )
    return Report(documents, discrepancies, (), model="hand-built", claims=(floor, quote), n_aligned_pairs=7)
