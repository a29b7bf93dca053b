"""Find which sentences of different documents may state the same fact.

Contradicting sentences are often not each other's nearest neighbour (one carries an
extra clause of time, place or source), so alignment favours recall: every sentence is
paired with its ``top_k`` nearest sentences in every other document of the same story,
above a similarity floor, and the comparators decide what differs.

Documents are first grouped into stories, so that two unrelated articles in one run are
never aligned sentence by sentence.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from consistency.records import AlignedPair, Sentence
from consistency.style import style_key

if TYPE_CHECKING:
    import numpy as np

RELATIONS = ("identical", "copy-variant", "paraphrase", "related")


@dataclass(frozen=True)
class AlignmentSettings:
    #: Neighbours kept per sentence in each other document, and the cosine floor for a
    #: pair. On real coverage of one event the 10th percentile of contradicting pairs sat
    #: near 0.45. On eval/ (13 stories, 154 labelled divergent pairs), the share of divergent
    #: pairs kept and the pairs per sentence were: top 3 over 0.3: 0.935 (3.6); top 3 over
    #: 0.25: 0.942 (4.4); top 5 over 0.25: 0.961 (5.3); top 5 over 0.2: 0.981 (6.6). A pair
    #: dropped here can never be reported, so recall wins (benchmarks/alignment_quality.py).
    top_k: int = 5
    min_similarity: float = 0.25
    #: Cosine between document centroids above which two documents report one story. On
    #: eval/ documents of one story scored 0.66 or more, of different stories 0.63 or less;
    #: on the seed page 0.91 and 0.53.
    story_similarity: float = 0.64
    #: Cosine above which a pair that is not a copy counts as a paraphrase.
    paraphrase_similarity: float = 0.8


def document_centroids(doc_ids: Sequence[str], sentences: Sequence[Sentence], vectors: "np.ndarray") -> "np.ndarray":
    """Mean sentence vector of each document, L2-normalised; shape (len(doc_ids), dim)."""
    import numpy as np

    position = {doc_id: row for row, doc_id in enumerate(doc_ids)}
    sums = np.zeros((len(doc_ids), vectors.shape[1]), dtype=np.float64)
    for sentence, vector in zip(sentences, vectors):
        sums[position[sentence.doc_id]] += vector
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.maximum(norms, 1e-12)).astype(np.float32)


def group_stories(centroids: "np.ndarray", threshold: float) -> list[int]:
    """Label each document with a story number: linked documents share one.

    Two documents are linked when their centroids' cosine reaches ``threshold``; stories
    are the connected groups, numbered in order of their first document.
    """
    count = len(centroids)
    parent = list(range(count))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    similarity = centroids @ centroids.T
    for i in range(count):
        for j in range(i + 1, count):
            if similarity[i, j] >= threshold:
                parent[max(root(i), root(j))] = min(root(i), root(j))
    numbers: dict[int, int] = {}
    return [numbers.setdefault(root(i), len(numbers)) for i in range(count)]


def classify_relation(a: Sentence, b: Sentence, similarity: float, settings: AlignmentSettings) -> str:
    if " ".join(a.text.split()) == " ".join(b.text.split()):
        return "identical"
    if style_key(a.text) == style_key(b.text):
        return "copy-variant"
    if similarity >= settings.paraphrase_similarity:
        return "paraphrase"
    return "related"


def align_sentences(
    sentences: Sequence[Sentence],
    vectors: "np.ndarray",
    story_of_document: dict[str, int],
    settings: AlignmentSettings = AlignmentSettings(),
    copy_of: dict[str, str] | None = None,
) -> list[AlignedPair]:
    """Pair sentences across documents of one story.

    ``vectors`` has shape (len(sentences), dim) with unit rows. A syndicated copy (a key
    of ``copy_of``) is aligned only with the document it copies, so what the story says
    is compared once. Returns pairs in corpus order of (a, b); ``a`` precedes ``b``.
    """
    copy_of = copy_of or {}

    def may_pair(first: str, second: str) -> bool:
        if first == second or story_of_document[first] != story_of_document[second]:
            return False
        if first in copy_of or second in copy_of:
            return copy_of.get(first, first) == copy_of.get(second, second)
        return True

    import faiss
    import numpy as np

    rows_of_document: dict[str, list[int]] = defaultdict(list)
    for row, sentence in enumerate(sentences):
        rows_of_document[sentence.doc_id].append(row)

    best: dict[tuple[int, int], float] = {}
    for doc_id, target_rows in rows_of_document.items():
        query_rows = [row for row, sentence in enumerate(sentences) if may_pair(sentence.doc_id, doc_id)]
        if not query_rows:
            continue
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(np.ascontiguousarray(vectors[target_rows]))
        scores, neighbours = index.search(
            np.ascontiguousarray(vectors[query_rows]), min(settings.top_k, len(target_rows))
        )
        for query, row_scores, row_neighbours in zip(query_rows, scores, neighbours):
            for score, local in zip(row_scores, row_neighbours):
                if local < 0 or score < settings.min_similarity:
                    continue
                key = (min(query, target_rows[local]), max(query, target_rows[local]))
                best[key] = max(best.get(key, -1.0), float(score))

    pairs = []
    for (row_a, row_b), score in sorted(best.items()):
        a, b = sentences[row_a], sentences[row_b]
        similarity = round(min(score, 1.0), 4)
        pairs.append(AlignedPair(a, b, similarity, classify_relation(a, b, similarity, settings)))
    return pairs
