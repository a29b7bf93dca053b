"""Story grouping does not chain: a report that reads like two stories does not make them one."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from consistency.alignment import STORY_SIMILARITY, document_centroids, group_stories, proper_names
from consistency.pipeline import CheckSettings, check_documents, check_paths
from consistency.records import Document
from consistency.sentences import split_sentences
from tests.conftest import FakeEmbedder

FIRE = [
    "A fire broke out at Kestrel Tower in Ashgrove on Tuesday morning.",
    "Mayor Ines Talbot said crews from Ashgrove reached Kestrel Tower within minutes.",
    "Smoke from Kestrel Tower drifted over the Ashgrove harbour for hours.",
    "Talbot thanked the Ashgrove crews and said the tower would be inspected.",
]
VOTE = [
    "The council of Norvale voted to widen the cycle lanes on Quay Street.",
    "Councillor Ade Okafor said Norvale riders had asked for wider lanes on Quay Street for years.",
    "Shops on Quay Street in Norvale objected to losing parking spaces.",
    "Okafor said work on Quay Street would begin in the spring.",
]


def chain_documents() -> list[Document]:
    """Three reports of a fire, three of a vote, and a round-up that tells both."""
    documents = []
    for outlet in range(3):
        documents.append(Document(f"fire-{outlet}", f"Outlet {outlet}", " ".join(FIRE[outlet:] + FIRE[:outlet])))
        documents.append(Document(f"vote-{outlet}", f"Outlet {outlet}", " ".join(VOTE[outlet:] + VOTE[:outlet])))
    round_up = [FIRE[0], VOTE[0], FIRE[1], VOTE[1], FIRE[2], VOTE[2]]
    documents.append(Document("round-up", "Wire Digest", " ".join(round_up)))
    return documents


def test_a_round_up_that_reads_like_two_stories_does_not_chain_them():
    embedder = FakeEmbedder()
    documents = chain_documents()
    sentences = {d.id: split_sentences(d) for d in documents}
    flat = [s for d in documents for s in sentences[d.id]]
    vectors = embedder.embed([s.text for s in flat])
    doc_ids = [d.id for d in documents]
    centroids = document_centroids(doc_ids, flat, vectors)
    names = [proper_names(sentences[doc_id]) for doc_id in doc_ids]
    threshold = STORY_SIMILARITY
    round_up, fire, vote = doc_ids.index("round-up"), doc_ids.index("fire-0"), doc_ids.index("vote-0")
    # The chain: the round-up is linked to both stories (similar enough, naming the same
    # places), while the two stories have nothing in common. Joining every linked pair
    # would make all seven documents one story.
    assert float(centroids[round_up] @ centroids[fire]) >= threshold
    assert float(centroids[round_up] @ centroids[vote]) >= threshold
    assert len(names[round_up] & names[fire]) >= 2 and len(names[round_up] & names[vote]) >= 2
    assert float(centroids[fire] @ centroids[vote]) < 0.3

    stories = group_stories(centroids, threshold, names)
    story_of = dict(zip(doc_ids, stories))
    assert len({story_of[f"fire-{k}"] for k in range(3)}) == 1
    assert len({story_of[f"vote-{k}"] for k in range(3)}) == 1
    assert story_of["fire-0"] != story_of["vote-0"]
    assert story_of["round-up"] in {story_of["fire-0"], story_of["vote-0"]}
    assert stories == group_stories(centroids, threshold, names), "the same input gives the same stories"
    firsts = [stories.index(number) for number in range(max(stories) + 1)]
    assert firsts == sorted(firsts), "numbered in order of first document"

    report = check_documents(documents, CheckSettings(), embedder=embedder)
    reported = {summary.document.id: summary.story for summary in report.documents}
    assert reported["fire-0"] != reported["vote-0"]


def test_the_chain_is_cut_the_same_way_when_checked_story_by_story(tmp_path, write_article):
    folder = tmp_path / "corpus"
    for document in chain_documents():
        write_article(f"{document.id}.txt", document.source, document.text, folder=folder)
    whole = check_paths([str(folder)], CheckSettings(), embedder=FakeEmbedder())
    by_story = check_paths([str(folder)], CheckSettings(story_by_story_from_bytes=0), embedder=FakeEmbedder())
    stories = {s.document.id: s.story for s in whole.documents}
    assert stories == {s.document.id: s.story for s in by_story.documents}
    assert stories["fire-0"] != stories["vote-0"]


EMERGENT = Path(__file__).resolve().parents[2] / "shared" / "real-news" / "emergent"
#: Rumours that share a topic word (Ebola, ISIS) but tell different events.
LOOK_ALIKE_CLAIMS = [
    "a-man-in-frisco-texas-being-examined-for-ebola-came-into",
    "some-isis-fighters-have-contracted-ebola",
    "there-is-a-case-of-ebola-in-kansas-city",
    "isis-is-dropping-bombs-containing-live-scorpions",
    "isis-is-harvesting-and-selling-human-organs-to-help-fund-its",
    "isis-beheaded-british-aid-worker-daivd-haines",
    "isis-used-chlorine-gas-in-an-attack-near-fallujah",
    "kurdish-fighter-rehana-was-killed-by-isis",
]


@pytest.mark.model
@pytest.mark.skipif(not EMERGENT.is_dir(), reason="../shared/real-news/emergent is not beside this checkout")
def test_real_rumours_on_one_topic_stay_apart(real_embedder):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from story_grouping import bcubed

    from consistency.loaders import read_corpus

    documents = list(read_corpus([str(EMERGENT / claim) for claim in LOOK_ALIKE_CLAIMS]).documents)
    claims = [Path(d.path).parent.name for d in documents]
    sentences = {d.id: split_sentences(d) for d in documents}
    flat = [s for d in documents for s in sentences[d.id]]
    vectors = real_embedder.embed([s.text for s in flat])
    doc_ids = [d.id for d in documents]
    stories = group_stories(
        document_centroids(doc_ids, flat, vectors),
        STORY_SIMILARITY,
        [proper_names(sentences[doc_id]) for doc_id in doc_ids],
    )
    mixed = {story: Counter(c for s, c in zip(stories, claims) if s == story) for story in set(stories)}
    assert all(len(count) == 1 for count in mixed.values()), [dict(c) for c in mixed.values() if len(c) > 1]
    precision, recall, f1 = bcubed(stories, claims)
    assert f1 >= 0.9, (precision, recall, f1)


def _one_event_and_a_late_report(unrelated: int):
    """Four reports of one event (cosine 0.8 to each other) and a late follow-up close to one
    of them (0.66) but not the others (0.42): on average 0.48 like the story, under the
    linkage. ``unrelated`` reports of other things, each alone, fill out the corpus."""
    import numpy as np

    dimensions = 6 + unrelated
    rows = []
    for axis in (1, 2, 3, 4):
        row = np.zeros(dimensions)
        row[0], row[axis] = 1.0, 0.5
        rows.append(row / np.linalg.norm(row))
    late = np.zeros(dimensions)
    late[0], late[1] = 0.42 * 1.25 ** 0.5, 2 * (0.66 - 0.42) * 1.25 ** 0.5
    late[5] = (1 - late[0] ** 2 - late[1] ** 2) ** 0.5
    rows.append(late)
    for axis in range(6, dimensions):
        row = np.zeros(dimensions)
        row[axis] = 1.0
        rows.append(row)
    return np.asarray(rows, dtype=np.float32)


def test_a_late_report_joins_the_story_of_its_event_in_a_small_folder():
    stories = group_stories(_one_event_and_a_late_report(unrelated=3), STORY_SIMILARITY)
    assert len(set(stories[:5])) == 1
    assert len(set(stories[5:])) == 3 and not set(stories[5:]) & {stories[0]}


def test_in_a_large_corpus_a_late_report_needs_the_full_linkage():
    # Among many stories a lone report like one member of a story is as often another story's.
    stories = group_stories(_one_event_and_a_late_report(unrelated=120), STORY_SIMILARITY)
    assert len(set(stories[:4])) == 1 and stories[4] != stories[0]
