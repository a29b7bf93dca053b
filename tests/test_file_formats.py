"""JSON Lines, CSV, Markdown and HTML reports of a hand-built report with hostile text."""

import base64
import csv
import hashlib
import io
import json
import re
from html.parser import HTMLParser

import jsonschema

from consistency.overview import DiscrepancyFilter
from consistency.renderers import RenderOptions, load_builtin_renderers
from consistency.renderers.csv import COLUMNS
from consistency.report import report_to_dict, schema
from tests.hand_built_report import hand_built_report


def render(name: str, **filters) -> str:
    return str(load_builtin_renderers().get(name)(hand_built_report(), RenderOptions(selection=DiscrepancyFilter(**filters))))


def test_jsonl_is_one_schema_discrepancy_per_line():
    lines = render("jsonl").splitlines()
    assert [json.loads(line) for line in lines] == report_to_dict(hand_built_report())["discrepancies"]
    item_schema = {**schema()["properties"]["discrepancies"]["items"], "$defs": schema()["$defs"]}
    for line in lines:
        jsonschema.validate(json.loads(line), item_schema)
    assert len(render("jsonl", kinds=("quote",)).splitlines()) == 1


def test_json_filtered_report_still_validates():
    data = json.loads(render("json", min_severity="medium"))
    jsonschema.validate(data, schema())
    assert [d["severity"] for d in data["discrepancies"]] == ["high", "high", "medium"]


def test_csv_has_one_flat_row_per_discrepancy():
    rows = list(csv.DictReader(io.StringIO(render("csv"))))
    assert len(rows) == 4 and list(rows[0]) == list(COLUMNS)
    first = rows[0]
    assert (first["kind"], first["severity"], first["source_a"], first["value_a"], first["value_b"]) == (
        "number", "high", "Harbour Herald", "12th", "14th")
    assert first["text_a"] == "The fire began on the 12th floor of Kestrel Tower."
    assert float(first["score"]) == 1.0 and first["sentence_index_b"] == "0"


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised():
    rows = list(csv.DictReader(io.StringIO(render("csv"))))
    assert rows[0]["text_b"].startswith("'=HYPERLINK(")
    formula = re.compile(r"^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]")
    for row in rows:
        for column in COLUMNS:
            assert not formula.match(row[column]), (column, row[column])


def test_markdown_escapes_article_text_and_bolds_the_values():
    text = render("markdown")
    assert "<script>" not in text and "</table>" not in text
    assert r"\<script\>alert(1)\</script\>" in text and r"\[bold\]Fire\[/bold\]" in text
    assert "the **12th** floor" in text and "\\<b\\>Tower\\</b\\> fire" in text
    table_rows = [line for line in text.splitlines() if line.startswith("| 1 |")]
    assert len(table_rows) == 1 and table_rows[0].count(" | ") == 5  # no stray cell break from article text


class TagCounter(HTMLParser):
    def __init__(self):
        super().__init__()
        self.starts, self.ends, self.scripts = {}, {}, []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.starts[tag] = self.starts.get(tag, 0) + 1
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self.ends[tag] = self.ends.get(tag, 0) + 1
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def test_html_escapes_article_text_and_runs_only_its_own_script():
    page = render("html")
    tags = TagCounter()
    tags.feed(page)
    assert tags.starts["script"] == 1 and tags.starts["table"] == tags.ends["table"] == 2
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;/table&gt;" in page
    assert "[bold]Fire[/bold]" in page
    digest = base64.b64encode(hashlib.sha256(tags.scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing fetched from elsewhere


def test_html_has_summary_claims_documents_and_agreement_matrix():
    page = render("html")
    for section in ('id="summary"', 'id="discrepancies"', 'id="agreement"', 'id="claims"', 'id="documents"'):
        assert section in page
    assert page.count('class="discrepancy"') == 4
    assert '<mark class="a">12th</mark>' in page and '<mark class="b">14th</mark>' in page
    assert 'data-outlet-a="Harbour Herald" data-outlet-b="Coastal Wire"' in page
    assert "copy of Coastal Wire" in page
    assert 'title="Harbour Herald and Daily Courier: 2 in conflict of 2 shared"' in page
