import io
import re

from rich.console import Console

from consistency.overview import DiscrepancyFilter
from consistency.records import Sentence
from consistency.renderers import RenderOptions
from consistency.renderers.table import A_STYLE, B_STYLE, discrepancy_cells, highlighted, render_table
from tests.hand_built_report import hand_built_report


def as_text(width: int, **filters) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, highlight=False, soft_wrap=False)
    console.print(render_table(hand_built_report(), RenderOptions(selection=DiscrepancyFilter(**filters))))
    return out.getvalue()


def test_table_summary_comes_first_then_claims_most_severe_first():
    text = as_text(120)
    assert text.index("consistency report") < text.index("Claim 1 of 3")
    assert "4 discrepancies (2 number, 1 date, 1 quote); 2 high, 1 medium, 1 low" in text
    assert "4 from 4 outlets in 1 story (1 syndicated copy)" in text
    first, second, third = (text.index(f"Claim {n} of 3: {s}") for n, s in ((1, "high"), (2, "medium"), (3, "low")))
    assert first < second < text.index("chief called") < third < text.index("reopens")


def test_table_article_markup_and_escapes_print_as_written():
    text = as_text(160)
    assert "[bold]Fire[/bold]" in text
    assert "<script>alert(1)</script>" in text
    assert "\x1b" not in text
    assert "\\x1b[31m" in text
    override = Sentence("x", "Evil\u202eOutlet", 0, "ok\rno", 0, 5)
    assert highlighted(override, (), "").plain == "ok\\rno"


def test_table_highlights_each_sides_differing_value():
    report = hand_built_report()
    _, side_a, side_b, _ = discrepancy_cells(report.discrepancies[0])
    styled_a = [side_a.plain[span.start:span.end] for span in side_a.spans if span.style == A_STYLE]
    styled_b = [side_b.plain[span.start:span.end] for span in side_b.spans if span.style == B_STYLE]
    assert styled_a == ["12th"] and styled_b == ["14th"]


def test_table_wraps_at_a_narrow_width_without_cutting_values():
    text = as_text(72)
    assert max(len(line) for line in text.splitlines()) <= 72
    assert "…" not in text
    for value in ("12th", "14th", "a very hard", "May 3", "May 5"):
        assert re.search(r"\W+".join(map(re.escape, value.split())), text), value


def test_table_filters_say_what_is_shown():
    text = as_text(120, kinds=("quote",))
    assert re.search(r"Shown +1 of 4 \(kind quote\)", text)
    assert "chief called" in text and "reopens" not in text
    assert "No discrepancies match the filters." in as_text(120, top=0)
