"""Large inputs are checked one story at a time; the report must not change."""

import json
from dataclasses import replace

import pytest

from consistency.errors import NotEnoughDocuments
from consistency.pipeline import CheckSettings, check_paths
from consistency.report import report_to_json
from tests.conftest import FakeEmbedder

FIRE_HERALD = "A fire broke out on the 12th floor of Kestrel Tower on Tuesday. The alarm was raised at 9:10 a.m. by a guard."
FIRE_COURIER = "A fire broke out on the 14th floor of Kestrel Tower on Tuesday. The alarm was raised at 9:40 a.m. by a guard."
VOTE_HERALD = "The council of Port Wexley voted 7-2 to widen the cycle lanes on Quay Street. Mayor Ines Talbot backed the plan."
VOTE_COURIER = "The council of Port Wexley voted 6-3 to widen the cycle lanes on Quay Street. Mayor Ines Talbot opposed the plan."
LONE = "Harvest festival crowds filled the Ashgrove showground for a third day of music and markets."


@pytest.fixture
def corpus(write_article, tmp_path):
    folder = tmp_path / "corpus"
    for name, source, text in [
        ("fire-herald.txt", "Harbour Herald", FIRE_HERALD), ("fire-courier.txt", "Daily Courier", FIRE_COURIER),
        ("vote-herald.txt", "Harbour Herald", VOTE_HERALD), ("vote-courier.txt", "Daily Courier", VOTE_COURIER),
        ("festival.txt", "Valley Courier", LONE),
    ]:
        write_article(name, source, text, folder=folder)
    return folder


@pytest.mark.parametrize("cache", ["shared", "none"])
def test_story_by_story_gives_the_same_json_as_the_whole_corpus_at_once(corpus, tmp_path, cache):
    settings = CheckSettings(cache_dir=str(tmp_path / "cache") if cache == "shared" else None, include_alignments=True)
    whole = check_paths([str(corpus)], settings, embedder=FakeEmbedder())
    by_story = check_paths([str(corpus)], replace(settings, story_by_story_from_bytes=0), embedder=FakeEmbedder())
    assert whole.discrepancies, "the corpus must disagree somewhere for this test to mean anything"
    assert report_to_json(by_story, include_alignments=True) == report_to_json(whole, include_alignments=True)


def test_story_by_story_keeps_no_article_text_in_its_document_list(corpus):
    report = check_paths([str(corpus)], CheckSettings(story_by_story_from_bytes=0), embedder=FakeEmbedder())
    assert {summary.document.text for summary in report.documents} == {""}
    assert sum(summary.n_sentences for summary in report.documents) == 9


def test_story_by_story_still_needs_two_documents(write_article, tmp_path):
    write_article("only.txt", "Harbour Herald", FIRE_HERALD)
    with pytest.raises(NotEnoughDocuments, match="only one document"):
        check_paths([str(tmp_path)], CheckSettings(story_by_story_from_bytes=0), embedder=FakeEmbedder())


def test_story_by_story_forgets_each_storys_sentences_once_it_is_checked(corpus):
    # What the comparators remember of a sentence is only useful within its story; kept
    # for the whole corpus it would grow with the corpus.
    from consistency.dates import extract_dates

    extract_dates.cache_clear()
    check_paths([str(corpus)], CheckSettings(), embedder=FakeEmbedder())
    assert extract_dates.cache_info().currsize > 0, "the whole corpus at once keeps what it read"
    check_paths([str(corpus)], CheckSettings(story_by_story_from_bytes=0), embedder=FakeEmbedder())
    assert extract_dates.cache_info().currsize == 0


def test_a_report_checked_story_by_story_is_read_from_disk_as_it_is_written(corpus, tmp_path):
    from consistency.output import write_atomic
    from consistency.report import report_json_pieces
    from consistency.spool import SpooledSequence

    report = check_paths([str(corpus)], CheckSettings(story_by_story_from_bytes=0), embedder=FakeEmbedder())
    assert isinstance(report.discrepancies, SpooledSequence) and len(report.discrepancies) > 0
    write_atomic(str(tmp_path / "report.json"), report_json_pieces(report))
    written = (tmp_path / "report.json").read_text(encoding="utf-8")
    assert written == report_to_json(report)
    pair_scores = [d["pair_score"] for d in json.loads(written)["discrepancies"]]
    assert pair_scores == sorted(pair_scores, reverse=True), "ranked across stories, the likeliest first"


@pytest.mark.parametrize("name", ["table", "json", "jsonl", "csv", "markdown", "html"])
def test_every_report_format_reads_the_same_from_a_story_by_story_report(corpus, name):
    from consistency.cli._util import plain_text
    from consistency.renderers import RenderOptions, TextPieces, load_builtin_renderers

    renderer = load_builtin_renderers().get(name)
    whole = check_paths([str(corpus)], CheckSettings(), embedder=FakeEmbedder())
    by_story = check_paths([str(corpus)], CheckSettings(story_by_story_from_bytes=0), embedder=FakeEmbedder())

    def text(report, **options) -> str:
        rendered = renderer(report, RenderOptions(**options))
        return rendered if isinstance(rendered, str) else str(rendered) if isinstance(rendered, TextPieces) else plain_text(rendered)

    assert text(by_story) == text(whole)
    assert "Kestrel Tower" in text(by_story)
