import numpy as np
import pytest

from consistency.alignment import AlignmentSettings, align_sentences, classify_relation, document_centroids, group_stories
from consistency.records import Sentence
from consistency.style import style_key


def sentences_and_vectors(rows):
    """rows: (doc_id, vector) -> sentences numbered per document, unit vectors."""
    sentences, counters = [], {}
    for doc_id, _ in rows:
        index = counters.setdefault(doc_id, 0)
        counters[doc_id] += 1
        sentences.append(Sentence(doc_id, doc_id.upper(), index, f"{doc_id} sentence {index}", 0, 10))
    vectors = np.array([vector for _, vector in rows], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return sentences, vectors


def test_alignment_pairs_only_sentences_of_different_documents():
    sentences, vectors = sentences_and_vectors([("a", [1, 0, 0]), ("a", [1, 0.01, 0]), ("b", [1, 0, 0.02])])
    pairs = align_sentences(sentences, vectors, {"a": 0, "b": 0})
    assert pairs and all(pair.a.doc_id != pair.b.doc_id for pair in pairs)


def test_alignment_keeps_top_k_per_other_document_above_the_floor():
    rows = [("a", [1, 0, 0])] + [("b", [1, 0.1 * i, 0]) for i in range(5)] + [("b", [0, 0, 1])]
    sentences, vectors = sentences_and_vectors(rows)
    pairs = align_sentences(sentences, vectors, {"a": 0, "b": 0}, AlignmentSettings(top_k=2, min_similarity=0.5))
    partners_of_a = sorted(pair.b.index for pair in pairs if pair.a.doc_id == "a")
    # a's two nearest in b are b0 and b1; other b sentences reach a only as their own top-2
    assert {0, 1} <= set(partners_of_a)
    assert all(pair.similarity >= 0.5 for pair in pairs)
    assert not any(pair.b.index == 5 for pair in pairs)  # orthogonal sentence never pairs


def test_alignment_finds_a_pair_that_is_only_second_best_from_one_side():
    # b0 is a's best match, but b1 (a contradicting variant with an extra clause) must survive too
    sentences, vectors = sentences_and_vectors([("a", [1, 0, 0]), ("b", [1, 0.05, 0]), ("b", [1, 0.6, 0])])
    pairs = align_sentences(sentences, vectors, {"a": 0, "b": 0}, AlignmentSettings(top_k=3))
    assert {(pair.a.index, pair.b.index) for pair in pairs} == {(0, 0), (0, 1)}


def test_an_article_of_a_story_told_by_many_outlets_is_compared_with_its_closest_articles_only():
    # Fourteen articles of one story drift apart one step at a time: the first and the
    # last are each other's furthest, and neither is among the other's ten closest.
    rows = [(f"d{i:02d}", [1, 0.08 * i, 0]) for i in range(14)]
    sentences, vectors = sentences_and_vectors(rows)
    story = {doc_id: 0 for doc_id, _ in rows}
    compared = {(p.a.doc_id, p.b.doc_id) for p in align_sentences(sentences, vectors, story)}
    assert ("d00", "d01") in compared and ("d00", "d10") in compared
    assert ("d00", "d13") not in compared and ("d01", "d13") not in compared
    everything = AlignmentSettings(compared_documents=0)
    compared = {(p.a.doc_id, p.b.doc_id) for p in align_sentences(sentences, vectors, story, everything)}
    assert ("d00", "d13") in compared


def test_alignment_never_crosses_stories():
    sentences, vectors = sentences_and_vectors([("a", [1, 0, 0]), ("b", [1, 0, 0]), ("c", [1, 0, 0])])
    pairs = align_sentences(sentences, vectors, {"a": 0, "b": 0, "c": 1})
    assert {(p.a.doc_id, p.b.doc_id) for p in pairs} == {("a", "b")}


def test_alignment_groups_documents_into_stories_by_centroid():
    sentences, vectors = sentences_and_vectors(
        [("a", [1, 0, 0]), ("a", [0.9, 0.1, 0]), ("b", [1, 0.05, 0]), ("c", [0, 0, 1]), ("d", [0, 0.1, 1])]
    )
    centroids = document_centroids(["a", "b", "c", "d"], sentences, vectors)
    assert group_stories(centroids, 0.6) == [0, 0, 1, 1]


def test_look_alike_stories_in_different_towns_stay_apart_however_many_there_are():
    # 30 fires told alike (same centroid), each in its own town with its own mayor; every
    # report also names a "Bay" and a "Mayor", and one report per town names only its town.
    import numpy as np

    angles = np.repeat(np.arange(30) * 2 * np.pi / 30, 3)
    centroids = np.stack([np.ones(90), 0.02 * np.cos(angles), 0.02 * np.sin(angles)], axis=1).astype(np.float32)
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    names = []
    for town in range(30):
        names += [frozenset({f"town{town}", f"mayor{town}", "bay", "mayor"})] * 2 + [frozenset({f"town{town}", "bay"})]
    stories = group_stories(centroids, 0.6, names)
    assert len(set(stories)) == 30
    assert all(len({stories[3 * town + k] for k in range(3)}) == 1 for town in range(30))


def test_a_report_naming_nothing_joins_one_story_and_does_not_merge_two():
    # Two fires told alike, in two towns; a short wire brief names neither town and reads
    # like both. It belongs with the closer one; the towns stay two stories.
    import numpy as np

    centroids = np.array([[1, 0.30, 0], [1, 0.28, 0], [1, -0.30, 0], [1, -0.28, 0], [1, 0.05, 0]], dtype=np.float32)
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    names = [frozenset({"ashgrove", "talbot"})] * 2 + [frozenset({"norvale", "okafor"})] * 2 + [frozenset()]
    assert group_stories(centroids, 0.6, names) == [0, 0, 1, 1, 0]
    assert group_stories(centroids, 0.6) == [0, 0, 0, 0, 0], "without names everything this alike is one story"


def test_a_few_reports_of_one_event_naming_the_same_places_are_one_story():
    # Five wire reports of one blast, written on two days: alike but not near copies
    # (centroid cosine about 0.75), every one naming the city and its mayor, each also a
    # name of its own. Counted in five documents alone, names all five give weigh nothing
    # and the reports fell apart into several stories that were never compared.
    import numpy as np

    basis, _ = np.linalg.qr(np.random.default_rng(5).normal(size=(16, 6)))
    common, own = basis[:, 0], basis[:, 1:].T  # six orthonormal directions
    centroids = [0.866 * common + 0.5 * own[k] for k in range(5)]
    centroids = np.array(centroids, dtype=np.float32)
    pairwise = centroids @ centroids.T
    assert 0.7 < pairwise[np.triu_indices(5, 1)].min() and pairwise[np.triu_indices(5, 1)].max() < 0.8
    names = [frozenset({"moscow", "luzhkov", "pechatniki", f"witness{k}"}) for k in range(5)]
    assert group_stories(centroids, 0.64, names) == [0, 0, 0, 0, 0]


def test_stories_are_the_same_whether_documents_are_looked_up_in_blocks_or_all_at_once(monkeypatch):
    # A large corpus looks up neighbours a block of documents at a time, from an index
    # built as the documents stream by; the stories must not depend on the block size.
    import faiss
    import numpy as np

    from consistency import alignment
    from consistency.stories import PackedNames

    rng = np.random.default_rng(3)
    topics = rng.normal(size=(12, 16))
    centroids = (topics[np.arange(60) % 12] + 0.3 * rng.normal(size=(60, 16))).astype(np.float32)
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    names = [frozenset({f"place{row % 12}", f"person{row % 12}", f"extra{row % 5}"}) for row in range(60)]
    all_at_once = group_stories(centroids, 0.6, names)
    assert 1 < len(set(all_at_once)) < 60, "the corpus must have stories of several documents"

    monkeypatch.setattr(alignment, "STORY_QUERY_ROWS", 7)
    index = faiss.IndexFlatIP(16)
    index.add(centroids)
    packed = PackedNames()
    for found in names:
        packed.append(found)
    assert group_stories(index, 0.6, packed) == all_at_once


@pytest.mark.parametrize(
    "text_a, text_b, similarity, relation",
    [
        ("The fire began at 9 a.m.", "The fire  began at 9 a.m.", 0.99, "identical"),
        ("The U.S. signed a defence pact in honour of them.", "The US signed a defense pact in honor of them.", 0.97, "copy-variant"),
        ('He said it was "deeply saddening".', "He said it was 'deeply saddening'", 0.97, "copy-variant"),
        ("The fire began on the 12th floor.", "The fire began on the 14th floor.", 0.97, "paraphrase"),
        ("The fire began on the 12th floor.", "Crews reached the tower quickly.", 0.5, "related"),
    ],
)
def test_alignment_relation_separates_copies_from_changed_facts(text_a, text_b, similarity, relation):
    a = Sentence("a", "A", 0, text_a, 0, len(text_a))
    b = Sentence("b", "B", 0, text_b, 0, len(text_b))
    assert classify_relation(a, b, similarity, AlignmentSettings()) == relation


@pytest.mark.parametrize("a, b", [("four people", "for people"), ("filled", "filed"), ("1,000", "1,001"), ("15,000", "16,000")])
def test_style_key_keeps_words_that_differ_in_fact(a, b):
    assert style_key(a) != style_key(b)


@pytest.mark.parametrize("a, b", [("colour", "color"), ("centre", "center"), ("travelled", "traveled"), ("1,000 men", "1000 men"), ("U.K.", "UK"),
                                  ("my mum", "my mom"), ("a 41-storey tower", "a 41-story tower"), ("300 metres", "300 meters"),
                                  ("under anaesthetic", "under anesthetic"), ("he was hanged", "he was hung")])
def test_style_key_merges_spelling_variants(a, b):
    assert style_key(a) == style_key(b)


@pytest.mark.parametrize(
    "with_dateline",
    ["PORT WEXLEY — Three people died.", "SEOUL, South Korea — Three people died.", "KANANASKIS: Three people died.", "LONDON (Reuters) - Three people died."],
)
def test_style_key_ignores_a_dropped_wire_dateline(with_dateline):
    assert style_key(with_dateline) == style_key("Three people died.")


def test_style_key_keeps_an_ordinary_opening_word():
    assert style_key("NATO said three people died.") != style_key("Three people died.")


def test_alignment_large_story_path_finds_the_exact_pairs():
    rng = np.random.default_rng(3)
    centers = rng.standard_normal((30, 32)).astype(np.float32)
    rows = []
    for doc in range(12):
        for sentence in range(25):
            rows.append((f"d{doc}", centers[(doc * 7 + sentence) % 30] + rng.standard_normal(32).astype(np.float32) * 0.3))
    sentences, vectors = sentences_and_vectors(rows)
    stories = {f"d{doc}": 0 for doc in range(12)}
    exact = align_sentences(sentences, vectors, stories, AlignmentSettings())
    approximate = align_sentences(sentences, vectors, stories, AlignmentSettings(exact_limit=100))
    exact_keys = {(p.a.doc_id, p.a.index, p.b.doc_id, p.b.index) for p in exact}
    approximate_keys = {(p.a.doc_id, p.a.index, p.b.doc_id, p.b.index) for p in approximate}
    assert len(exact_keys & approximate_keys) >= 0.95 * len(exact_keys)
    assert len(approximate_keys) <= 1.05 * len(exact_keys)
