"""A news database's export read record by record: each record's text is one document, its
outlet and title come from the record's fields, and no field is a line of any text."""

import textwrap

import pytest

from consistency.ingest.pages import read_page, unwrap
from consistency.loaders import parse_text_article

#: Three outlets' reports of one made-up event: (outlet, title, paragraphs).
REPORTS = [
    (
        "The Harbour Herald",
        "Ferry service to resume after storm damage repaired",
        [
            "The island ferry will run again on Monday after crews finished repairing the pier that the storm damaged last week.",
            "US officials from the coast guard inspected the landing on Friday and said it was safe for passengers.",
            "The operator said the first crossing would leave the mainland at 7:05 a.m.",
        ],
    ),
    (
        "Valley Sentinel",
        "Island pier reopens, ferries back from Monday",
        [
            "Ferries to the island return on Monday, the operator said, after a week in which the storm left the pier unusable.",
            "Inspectors checked the repaired landing on Friday and found no remaining damage to the structure.",
        ],
    ),
    (
        "coastwatch.example.com",
        "Storm-hit ferry link restored",
        [
            "The ferry link to the island is restored from Monday, with the first boat due to leave at 7:35 a.m.",
            "Repairs to the pier took six days and cost more than the council had set aside for the year.",
            "Residents who had relied on a temporary water taxi said they were relieved to have the ferry back.",
        ],
    ),
]


def _legacy_export() -> str:
    """The older full-text service: "N of M DOCUMENTS", copyright, outlet, date, fields in
    capitals, "BODY:", the text, "LOAD-DATE:"."""
    lines = ["Search results: 3 documents", ""]
    for number, (outlet, title, paragraphs) in enumerate(REPORTS, start=1):
        lines += [
            f"{number} of 3 DOCUMENTS".center(60), "",
            f"Copyright 2024 {outlet}".center(60), "All Rights Reserved".center(60), "",
            outlet.center(60), "", "March 4, 2024 Monday".center(60), "",
            f"SECTION: NEWS; Pg. {number + 2}", "", f"LENGTH: {sum(len(p.split()) for p in paragraphs)} words", "",
            f"HEADLINE: {title}", "", "BYLINE: Staff reporter", "", "BODY:", "",
        ]
        for paragraph in paragraphs:
            lines += [paragraph, ""]
        lines += ["LOAD-DATE: March 5, 2024", "", "LANGUAGE: ENGLISH", "", ""]
    return "\n".join(lines)


def _coded_export() -> str:
    """The business database's two-letter codes, the text in a lead ("LP") and the rest
    ("TD")."""
    lines = []
    for number, (outlet, title, paragraphs) in enumerate(REPORTS, start=1):
        lines += [
            f"HD {title}", "BY Staff reporter", f"WC {sum(len(p.split()) for p in paragraphs)} words", "PD 4 March 2024",
            f"SN {outlet}", f"SC HH{number}", "LA English", f"CY Copyright 2024 {outlet}. All rights reserved.",
            "LP", paragraphs[0], "", "TD", *[line for p in paragraphs[1:] for line in (p, "")],
            "NS gcat : Political/General News", f"AN Document HH{number}0000202403040001", "",
        ]
    return "\n".join(lines)


def _documents(text: str):
    return parse_text_article("export.txt", text, "export").documents


@pytest.mark.parametrize("export", [_legacy_export, _coded_export], ids=["legacy capitals", "two-letter codes"])
def test_records_each_record_of_an_archive_export_is_one_document_with_its_outlet_and_title(export):
    documents = _documents(export())
    assert [(d.source, d.title) for d in documents] == [(outlet, title) for outlet, title, _ in REPORTS]
    for document, (_, _, paragraphs) in zip(documents, REPORTS):
        # The whole text, the lead and the rest alike, and not a field line in it.
        assert document.text.split() == " ".join(paragraphs).split()
        assert "a record of a news database's export" in document.found_by


def test_records_a_sentence_that_opens_like_a_code_stays_in_the_text():
    # "US officials from the coast guard ..." opens with two capitals, as a code line does.
    text = _documents(_coded_export())[0].text
    assert "US officials from the coast guard inspected the landing" in text


def test_records_an_aggregator_page_with_labelled_lines_is_not_read_as_an_export():
    # "Share this:", "Related:" and "Photo:" recur under each article, but nothing an archive
    # keeps (a length, a document, a load date): the page reader reads it as a page.
    lines = []
    for outlet, title, paragraphs in REPORTS:
        lines += [title, f"Source: {outlet}", "", *[line for p in paragraphs for line in (p, "")]]
        lines += ["Photo: the pier at low tide", "Share this: Facebook · X · Email", "Related: More storm coverage", "", ""]
    reading = read_page("\n".join(lines))
    assert not any("database" in article.found_by for article in reading.articles)
    assert [article.source for article in reading.articles] == [outlet for outlet, _, _ in REPORTS]


def test_records_the_page_header_and_footer_around_the_records_are_no_record_text():
    text = "NEWS ARCHIVE · Export\nPrinted on 4 March 2024 by user 1042\n\n" + _legacy_export() + "About · Terms of use · Privacy\n"
    documents = _documents(text)
    assert documents[0].title == REPORTS[0][1]
    assert not any("Terms of use" in d.text or "Printed on" in d.text for d in documents)


def test_records_a_hard_wrapped_field_over_the_next_field_is_not_joined_to_it():
    # Saved at 72 columns, "Title: ..." fills its line and "Authors: ..." would have fitted
    # on it: a wrapped sentence's shape, but each field is a line of its own.
    paragraphs = [p for _, _, ps in REPORTS for p in ps]
    lines = [piece for paragraph in paragraphs for piece in [*textwrap.wrap(paragraph, 72), ""]]
    title = "Title: Ferry service to resume on Monday after storm damage is repaired"
    assert len(title) <= 72
    unwrapped = unwrap("\n".join([title, "Authors: Staff reporter", "", *lines]))
    assert unwrapped is not None
    assert unwrapped.text.startswith(f"{title}\nAuthors: Staff reporter\n")


def test_records_one_record_exported_alone_is_read_without_its_fields():
    # Nothing recurs on a one-record export; its block of labelled fields, one of them an
    # archive's ("Length: 61 words"), and the bare "Body" under them still show it.
    outlet, title, paragraphs = REPORTS[0]
    text = "\n".join(
        [
            title, outlet, "March 4, 2024 Monday", f"Copyright 2024 {outlet} All Rights Reserved", "",
            "Section: NEWS; Pg. 3", "Length: 61 words", "Byline: Staff reporter", f"Highlight: {paragraphs[0]}", "",
            "Body", "", *[line for p in paragraphs for line in (p, "")], "Load-Date: March 5, 2024", "", "End of Document", "",
        ]
    )
    (document,) = _documents(text)
    assert (document.source, document.title) == (outlet, title)
    assert document.text.split() == " ".join(paragraphs).split()


def test_records_an_article_with_a_few_labelled_lines_is_not_an_export():
    # "Published:", "Updated:" and "Tags:" over a story's text are a site's, and say nothing
    # only an archive keeps: the page is read as it was.
    outlet, title, paragraphs = REPORTS[1]
    text = "\n".join([title, f"By Staff reporter, {outlet}", "Published: March 4, 2024", "Updated: March 4, 2024", "", *paragraphs, "", "Tags: ferry, storm"])
    (article,) = read_page(text).articles
    assert "database" not in article.found_by
