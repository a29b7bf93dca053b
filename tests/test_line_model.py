"""The learned line classifier (consistency/ingest/line_model.py, models/line-classifier.json)
and its use by the page reader."""

from __future__ import annotations

import pytest

from consistency.ingest import line_model
from consistency.ingest.pages import read_page

PROSE = (
    "The regional council voted on Tuesday to close the old bridge to heavy lorries after engineers "
    "found cracks in two of its supports, a decision that officials said would add an hour to some deliveries."
)


@pytest.fixture(scope="module")
def model() -> line_model.LineModel:
    loaded = line_model.default_model()
    assert loaded is not None, "models/line-classifier.json is missing; run models/train_line_classifier.py"
    return loaded


def classes_of(lines: list[str], model: line_model.LineModel) -> list[str]:
    probabilities = line_model.classify_lines(lines, model)
    return [line_model.CLASSES[row.argmax()] if line.strip() else "" for line, row in zip(lines, probabilities)]


def test_line_model_file_is_small_and_matches_the_features(model):
    assert line_model.DEFAULT_MODEL.stat().st_size < 1_000_000
    assert model.weights.shape == (len(line_model.FEATURES), len(line_model.CLASSES))


def test_line_model_reads_lines_by_their_shape(model):
    # The share bar's words ("Pin", "Toot", "Bluesky") appear nowhere in the training pages.
    lines = [
        "Quarry road bridge closed to lorries after cracks found",
        "Updated 3 hours ago",
        "",
        PROSE,
        "",
        "Pin  ·  Toot  ·  Bluesky  ·  Mail",
        "",
        PROSE.replace("Tuesday", "Monday").replace("old bridge", "ferry pier"),
        "",
        # The model knows pages end in site furniture (a known bias: a page's very last
        # line is read as furniture more readily; the reader never drops an article's only prose).
        "About · Help",
    ]
    found = classes_of(lines, model)
    assert found[0] == "title"
    assert found[1] == "meta"
    assert found[3] == "body" and found[7] == "body"
    assert found[5] == "furniture"


def test_line_model_repeated_short_lines_are_furniture(model):
    lines = []
    for number in range(3):
        lines += [f"Headline number {number} about the harbour plan for next year", PROSE, "Zap it ⚡ 14", ""]
    found = classes_of(lines, model)
    assert [found[i] for i in (2, 6, 10)] == ["furniture"] * 3


def test_read_page_finds_outlets_named_under_the_body():
    """A layout unlike the fixtures: the outlet only under each body, with furniture whose
    words the rules do not list ("Zap it", "Pin · Toot")."""
    page = "\n".join(
        [
            "Quarry road bridge closed to lorries after cracks found",
            "",
            PROSE,
            "",
            "— Harbour Herald",
            "Zap it ⚡ 14  ·  Pin  ·  Toot",
            "",
            "Ferry pier shut for repairs as storms batter the coast",
            "",
            PROSE.replace("old bridge", "ferry pier").replace("Tuesday", "Monday"),
            "",
            "— Daily Courier",
            "Zap it ⚡ 3  ·  Pin  ·  Toot",
            "",
            "Night buses to run to the airport from July, agency says",
            "",
            PROSE.replace("old bridge", "night bus route").replace("Tuesday", "Friday"),
            "",
            "— Valley Times",
            "Zap it ⚡ 27  ·  Pin  ·  Toot",
            "",
        ]
    )
    reading = read_page(page)
    assert [a.source for a in reading.articles] == ["Harbour Herald", "Daily Courier", "Valley Times"]
    assert [a.title.split()[0] for a in reading.articles] == ["Quarry", "Ferry", "Night"]
    for article in reading.articles:
        text = " ".join(p.text for p in article.body)
        assert text.startswith("The regional council") and "Zap" not in text and "Toot" not in text


WRAPPED_ARTICLES = (
    (
        "Harbour Herald",
        "Ferry pier to close for a month of repairs",
        "The ferry pier at Eastgate will close for four weeks from Monday while engineers replace the "
        "timber decking that storms tore up last winter, the harbour board said on Thursday. Passengers "
        "will be taken by bus to the north quay, where a temporary landing stage has been built. The board "
        "said the work would cost about two million pounds and that the pier would reopen before the "
        "summer timetable begins.",
    ),
    (
        "Valley Times",
        "Night buses to run to the airport from July",
        "Night buses will run between the city centre and the airport every half hour from July, the "
        "transport agency said on Friday, after a trial last autumn carried more passengers than "
        "expected. The agency said the service would be paid for by the airport for its first two years. "
        "Drivers' representatives welcomed the plan but asked for more staff on the late routes.",
    ),
)


def _hard_wrapped_page(width: int = 64) -> str:
    import textwrap

    lines = ["LINKS DIGEST (text version)", ""]
    for outlet, title, body in WRAPPED_ARTICLES:
        lines += [title, f"({outlet}) 3 hours ago", ""]
        lines += textwrap.wrap(body, width=width)
        lines += ["", "[12] Share   [13] Comment", ""]
    return "\n".join(lines) + "\n"


def test_read_page_joins_hard_wrapped_lines_into_whole_sentences():
    page = _hard_wrapped_page()
    reading = read_page(page)
    assert len(reading.articles) == 2
    for article, (_, title, body) in zip(reading.articles, WRAPPED_ARTICLES):
        assert article.title == title
        text = " ".join(p.text for p in article.body)
        assert text == body  # whole sentences, nothing of the share bar
        for piece in article.body:  # each piece still leads back to the input, a line at a time
            assert page[piece.start : piece.end] == piece.text and "\n" not in piece.text
    from consistency.ingest.pages import assemble

    clean, _ = assemble(reading.articles[0].body)
    assert clean == WRAPPED_ARTICLES[0][2]  # wrapped lines are joined by spaces, not line breaks


def test_read_page_leaves_pages_that_are_not_wrapped_alone():
    from consistency.ingest.pages import unwrap

    page = "\n".join(["Ferry pier to close", "Harbour Herald · 2h", "", PROSE, "", PROSE.replace("Tuesday", "Monday"), ""] * 3)
    assert unwrap(page) is None
    assert unwrap(_hard_wrapped_page()) is not None


def test_read_page_outlet_named_after_each_body_as_full_story_at():
    titles = ("Quarry road bridge closed to lorries after cracks found", "Ferry pier shut as storms batter the coast",
              "Night buses to run to the airport from July")
    outlets = ("Harbour Herald", "Daily Courier", "Valley Times")
    lines = ["The Common Digest", "Home · World · Local · Weather", ""]
    for number, (title, outlet) in enumerate(zip(titles, outlets)):
        lines += [title, "", PROSE.replace("Tuesday", ("Monday", "Friday", "Sunday")[number]), "",
                  PROSE.replace("old bridge", "quay").replace("Tuesday", "Wednesday"), "", f"Full story at {outlet}", "",
                  "Comments (4)  ·  Save", ""]
    reading = read_page("\n".join(lines))
    assert [a.source for a in reading.articles] == list(outlets)
    assert [a.title for a in reading.articles] == list(titles)
    for article in reading.articles:
        text = " ".join(p.text for p in article.body)
        assert "Full story" not in text and "Comments" not in text


def test_read_page_outlets_by_position_and_marked_titles():
    """Bare name lines the patterns do not read ("AFP", "ASSOCIATED PRESS") in the same
    place by every title, a section label beside them, a name beside a bare time, and
    titles behind a bullet or a "[n]" link reference."""
    bodies = [PROSE, PROSE.replace("old bridge", "ferry pier").replace("Tuesday", "Monday"),
              PROSE.replace("old bridge", "night bus route").replace("Tuesday", "Friday")]
    names = ("AFP", "ASSOCIATED PRESS", "capitalfm.co.ke")
    titles = ("Quarry road bridge closed to lorries after cracks found", "Ferry pier shut as storms batter the coast",
              "Night buses to run to the airport from July")
    lines = ["The Common Digest", ""]
    for name, kicker, title, body in zip(names, ("Lifestyle", "Weather", "Travel"), titles, bodies):
        lines += [kicker, f"» [7]{title}", name, "", body, "", "Share · Save", ""]
    lines += ["© 2025 The Common Digest"]
    reading = read_page("\n".join(lines))
    assert [a.title for a in reading.articles] == list(titles)
    assert [a.source for a in reading.articles] == ["AFP", "Associated Press", "capitalfm.co.ke"]

    from consistency.ingest.pages import Piece, outlet_name

    for line, name in (("MEDIAITE  6d", "MEDIAITE"), ("(Daily Mail) an hour ago", "Daily Mail"), ("3h — Slate", "Slate"),
                       ("Daily Mail - 2015-05-02", "Daily Mail")):
        assert outlet_name(Piece(0, len(line), 1, "short", "", line)).casefold() == name.casefold()
    assert outlet_name(Piece(0, 22, 1, "short", "", "Written by Aisha Karim")) == ""


def _storm_digest(wrapped: list[str]) -> str:
    """A digest of three copies of one storm report, its body the hard-wrapped ``wrapped``."""
    lines = ["WORLD DIGEST", ""]
    for number in range(3):
        lines += [f"Storm damage on the coast, part {number + 1}", "(Harbour Herald) 3 hours ago", "", *wrapped, ""]
    return "\n".join(lines) + "\n"


def test_read_page_joins_a_wrapped_line_whose_continuation_starts_with_a_number():
    from consistency.ingest.pages import unwrap

    # Wrapped at 61 columns: "10," did not fit after "aged" (58 + 1 + 3 > 61).
    wrapped = [
        "The council said fourteen boats were damaged in the storm on",
        "Sunday, that dozens of people had to leave their homes by the",
        "harbour and that the school hall stayed open all night; the",
        "youngest evacuee, a boy, was listed in the records as aged",
        "10, the council said, and many homes were without power for",
        "most of the day, according to figures it gave on Tuesday.",
    ]
    unwrapped = unwrap(_storm_digest(wrapped))
    assert unwrapped is not None and unwrapped.text.count(" ".join(wrapped)) == 3


def test_read_page_joins_a_wrapped_line_whose_continuation_starts_with_a_link_marker():
    from consistency.ingest.pages import unwrap

    # Wrapped at 61 columns with the browser's link markers: "[53]Colonel" did not fit
    # after "spokesman" (50 + 1 + 11 > 61) though "Colonel" alone would have.
    wrapped = [
        "The council said fourteen boats were damaged in the storm on",
        "Sunday, that dozens of people had to leave their homes by the",
        "harbour and that the school hall stayed open all night, its",
        "Central Command and the harbour board's spokesman,",
        "[53]Colonel Ines Talbot said on Tuesday, and that many homes",
        "were without power for most of the day on Monday as well.",
    ]
    assert len(wrapped[3]) == 50
    unwrapped = unwrap(_storm_digest(wrapped))
    assert unwrapped is not None and unwrapped.text.count(" ".join(wrapped)) == 3


def test_read_page_keeps_a_link_with_an_arrow_off_the_paragraph_it_follows():
    from consistency.ingest.pages import unwrap

    # The paragraph's last line ends near the width; the link under it would not have fitted
    # on it, but it is a line of its own, not the paragraph's continuation.
    wrapped = [
        "The council said fourteen boats were damaged in the storm on",
        "the coast, that dozens of people had to leave their homes by",
        "the harbour and that the school hall stayed open all night.",
        "More from the coast →",
    ]
    page = _storm_digest(wrapped)
    unwrapped = unwrap(page)
    assert unwrapped is not None and unwrapped.text.count(" ".join(wrapped[:3]) + "\nMore from the coast →") == 3
    reading = read_page(page)
    assert [" ".join(p.text for p in article.body) for article in reading.articles] == [" ".join(wrapped[:3])] * 3
