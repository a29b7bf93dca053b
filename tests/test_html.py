"""Saved web pages of our own making: nav, cookie banners, ads, related links, footers."""

import json
from pathlib import Path

import pytest

from consistency.loaders import load_documents, parse_html

HTML = sorted((Path(__file__).resolve().parent / "fixtures" / "ingest" / "html").glob("*.html"))


def test_html_fixtures_are_present():
    assert len(HTML) >= 3


@pytest.mark.parametrize("page", HTML, ids=lambda path: path.stem)
def test_html_main_text_title_site_and_date(page):
    expected = json.loads(page.with_suffix(".expected.json").read_text())
    [document] = parse_html(str(page), page.read_text(encoding="utf-8"), page.stem).documents
    assert (document.title, document.source, document.published) == (expected["title"], expected["site_name"], expected["date"])
    for sentence in expected["body_must_contain"]:
        assert sentence in document.text
    for furniture in expected["must_not_contain"]:
        assert furniture not in document.text


def test_html_script_text_in_an_article_is_data():
    page = next(p for p in HTML if "techpulse" in p.stem)
    [document] = parse_html(str(page), page.read_text(encoding="utf-8"), page.stem).documents
    assert "<script>alert(1)</script>" in document.text  # the article's words, kept as text


def test_html_files_load_through_the_folder_loader(tmp_path):
    for page in HTML:
        (tmp_path / page.name).write_bytes(page.read_bytes())
    documents = load_documents([str(tmp_path)])
    assert {d.source for d in documents} >= {"Harbour Herald", "Eastbay Gazette"}


def test_html_page_without_article_text_gives_no_document(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>")
    assert parse_html(str(page), page.read_text(), "empty").documents == []
