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
