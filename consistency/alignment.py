"""Find which sentences of different documents may state the same fact.

Contradicting sentences are often not each other's nearest neighbour (one carries an
extra clause of time, place or source), so alignment favours recall: every sentence is
paired with its ``top_k`` nearest sentences in every other document of the same story,
above a similarity floor, and the comparators decide what differs.

Documents are first grouped into stories, so that two unrelated articles in one run are
never aligned sentence by sentence.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Hashable, Sequence

from consistency.ingest.lines import FUNCTION_WORDS
from consistency.lang import calendar_words
from consistency.records import AlignedPair, Sentence
from consistency.style import style_key

if TYPE_CHECKING:
    import faiss
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
    top_k: int = 6
    min_similarity: float = 0.25
    #: At most this many partners per sentence, the most similar first. In a story told by
    #: fifty outlets, five neighbours in every other document would be 245 partners per
    #: sentence; this keeps alignment linear in the number of sentences.
    max_partners: int = 40
    #: Each article is compared with at most this many others of its story: the closest by
    #: centroid, a pair kept when either article chooses the other. A story told by fifty
    #: outlets then costs fifty times this, not fifty squared; and large stories hold
    #: reports of neighbouring events (two castings for one film, "killed" and "wounded" in
    #: one air strike) that are each other's furthest articles. On the 194 Emergent claim
    #: folders it takes findings between articles of different claims from 3.2% to 1.7%
    #: (benchmarks/story_grouping.py --findings); no labelled story has this many articles.
    compared_documents: int = 10
    #: Stories with more sentences than this are aligned through an approximate (HNSW)
    #: index instead of exact search: at 10^5 vectors exact search still beats building
    #: the graph, at 10^6 it no longer does (docs/benchmarks.md).
    exact_limit: int = 100_000
    #: Cosine between document centroids from which two documents may be one story (a
    #: candidate pair for ``group_stories``); None: the sentence model's own
    #: (``Embedder.story_similarity``), since each model spreads its cosines differently.
    story_similarity: float | None = None
    #: Cosine above which a pair that is not a copy counts as a paraphrase (the same
    #: statement reworded). On eval/, labelled same-statement pairs are best told from the
    #: other aligned pairs at 0.55-0.6 (F1 0.56, precision 0.54 and recall 0.58 at 0.6;
    #: precision is a floor, as not every same-statement pair is labelled).
    #: benchmarks/alignment_quality.py --relations measures it.
    paraphrase_similarity: float = 0.6


def document_centroids(doc_ids: Sequence[str], sentences: Sequence[Sentence], vectors: "np.ndarray") -> "np.ndarray":
    """Weighted mean sentence vector of each document, L2-normalised; shape (len(doc_ids), dim).
    Sentence ``i`` weighs exp(-i / ``LEAD_DECAY``): the lead says which event a report tells."""
    import numpy as np

    position = {doc_id: row for row, doc_id in enumerate(doc_ids)}
    sums = np.zeros((len(doc_ids), vectors.shape[1]), dtype=np.float64)
    for sentence, vector in zip(sentences, vectors):
        sums[position[sentence.doc_id]] += math.exp(-sentence.index / LEAD_DECAY) * vector.astype(np.float64)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.maximum(norms, 1e-12)).astype(np.float32)


#: Day and month names: capitalised, but no name of a place, person or body.
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def proper_names(sentences: Sequence[Sentence], language: str = "", accents: bool = False) -> frozenset[str]:
    """Capitalised words inside sentences (not their first word): the places, people and
    organisations a report names. In an article in another language than English, or with
    ``accents`` (a corpus of several languages), accented names are read whole and
    without their accents, so "Guaíba" in one outlet is "Guaiba" in another."""
    names = set()
    english = language in ("", "en")
    # Month and weekday names of the article's language are not names ("Março"), but in an
    # English article "Marco" and "Domingo" are people.
    calendar = CALENDAR_WORDS if english else _every_calendar_word()
    capitalised = _CAPITALISED_ASCII if english and not accents else _CAPITALISED
    for sentence in sentences:
        for word in capitalised.findall(sentence.text):
            lowered = word.lower().rstrip("'’s")
            if lowered in FUNCTION_WORDS or lowered in calendar or capitalised is _CAPITALISED and len(lowered) < 3:
                continue
            names.add(without_accents(lowered) if not lowered.isascii() else lowered)
    return frozenset(names)


@lru_cache(maxsize=1)
def _every_calendar_word() -> frozenset[str]:
    return CALENDAR_WORDS | calendar_words()


#: A capitalised word inside a sentence, accented letters included ("Guaíba", "Éireann").
_CAPITALISED = re.compile(r"(?<=\s)[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]*)*")
#: The same in ASCII letters, as English-only corpora have always been grouped.
_CAPITALISED_ASCII = re.compile(r"(?<=\s)[A-Z][a-zA-Z'’-]{2,}")


def without_accents(word: str) -> str:
    """"guaíba" -> "guaiba": outlets and languages accent one name differently."""
    import unicodedata

    return "".join(character for character in unicodedata.normalize("NFKD", word) if not unicodedata.combining(character))


def distinctive_names(names: Sequence[frozenset[str]]) -> "Callable[[int], frozenset[str]]":
    """Document ``i``'s names without those most documents share, as a function of ``i``:
    "Bay", "Mayor" or a president in the news every day say nothing about which story a
    report tells. A name counts while it appears in at most a twentieth of the documents
    (and always in 10). Only the counts are held, so ``names`` may be read from disk."""
    frequency: dict[Hashable, int] = {}
    for found in names:
        for name in found:
            frequency[name] = frequency.get(name, 0) + 1
    limit = max(10, len(names) // 20)
    return lambda row: frozenset(name for name in names[row] if frequency[name] <= limit)


#: Documents whose neighbours are looked up at once while grouping stories.
STORY_QUERY_ROWS = 4096

#: How much the meaning of two reports (their centroids' cosine) counts in their story
#: similarity; the rest is the names they share, weighted by rarity (``name_weights``).
STORY_CENTROID_WEIGHT = 0.7
#: Two groups of documents are one story while the average story similarity of their
#: documents, every one of one group with every one of the other, reaches this. On the 194
#: rumours of ../shared/real-news/emergent/ (benchmarks/story_grouping.py), B-cubed F1
#: against the claim folders was 0.93 at 0.5, 0.93 at 0.525, 0.91 at 0.55 and 0.89 at
#: 0.575, with 19%, 13%, 6% and 7% of document pairs within stories pairing two claims
#: (single link at 0.64: F1 0.61, 97%). What remains are rumours about one event: two
#: castings of one film, a wounded or a killed leader after one air strike.
STORY_LINKAGE = 0.55
#: In a corpus of at most ``SMALL_CORPUS_DOCUMENTS`` reports, a story of one or two joins the
#: story it resembles from an average similarity this much lower than the linkage (0.45 for
#: MiniLM's 0.55): a lone preview or follow-up of an event reads less like the other reports
#: than they read like each other (ten wire reports of a Danish strike over two weeks were
#: three stories, the eve-of-strike pair and a later radio report apart). On random folders of
#: Emergent claims (benchmarks/story_grouping.py --mixed), it takes folders of one claim read
#: as several stories from 89 to 47 of 194, and B-cubed F1 on folders of 2-3 claims from
#: 0.940 to 0.967 and of 8-25 claims from 0.923 to 0.952; within-story pairs across claims
#: rise from 0.1% to 0.3% and from 0.8% to 0.9%. In the whole folder of 1,777 articles it
#: would raise findings across claims from 1.9% to 2.8% (small stories there are more often
#: another rumour's outliers), hence the corpus size.
SMALL_STORY_SIZE = 2
SMALL_STORY_MARGIN = 0.10
SMALL_CORPUS_DOCUMENTS = 100
#: all-MiniLM-L6-v2's centroid cosine from which two documents may be one story (a
#: candidate pair for ``group_stories``, which then asks their groups to be alike on
#: average, ``STORY_LINKAGE``). On eval/ documents of one story scored 0.66 or more, of
#: different stories 0.63 or less; on the seed page 0.91 and 0.53 (before centroids weighed
#: the lead, ``LEAD_DECAY``; eval/ still groups perfectly).
STORY_SIMILARITY = 0.64
#: A document's centroid weighs its sentence ``i`` by exp(-i / LEAD_DECAY): a report says
#: what happened first and background later, and two stories on one topic share the
#: background. On the rumours above, lead weighting lifts F1 by about 0.02.
LEAD_DECAY = 5.0
#: A name's rarity is counted as if the corpus held at least this many documents. Counted
#: in the corpus alone, a name every report gives weighs nothing, so a folder of seven wire
#: reports on one blast, all naming Moscow and its mayor, was read as three stories by
#: their centroids alone and most of its pairs were never compared. Checking each rumour
#: folder of ../shared/real-news/emergent/ on its own, 3,808 of 10,107 same-rumour document
#: pairs fell in different stories; with this floor 1,942 do. Mixed folders of 2-3 rumours
#: (2-5 reports each) group at B-cubed F1 0.937 (0.902 before), of 8-25 rumours at 0.941
#: (0.930); the whole corpus (1,777 documents) is as before.
NAME_RARITY_MIN_DOCUMENTS = 200


def name_weights(names: Sequence[frozenset[Hashable]]) -> "Callable[[int], dict[Hashable, float]]":
    """Document ``i``'s names, each weighted by its rarity (log(documents / documents naming
    it), documents at least ``NAME_RARITY_MIN_DOCUMENTS``), as a unit vector (a dict), as a
    function of ``i``: the dot product of two is how much two reports name the same rare
    people and places. Sums are exact (``math.fsum``), so the weights do not depend on the
    order in which a set yields its names."""
    frequency: dict[Hashable, int] = {}
    for found in names:
        for name in found:
            frequency[name] = frequency.get(name, 0) + 1
    count = max(len(names), NAME_RARITY_MIN_DOCUMENTS)

    def weights(row: int) -> dict[Hashable, float]:
        raw = {name: math.log(count / frequency[name]) for name in names[row]}
        norm = math.sqrt(math.fsum(value * value for value in raw.values()))
        return {name: value / norm for name, value in raw.items()} if norm > 0 else {}

    return weights


def group_stories(
    centroids: "np.ndarray | faiss.IndexFlatIP",
    threshold: float,
    names: Sequence[frozenset[Hashable]] | None = None,
    shared_names: int = 2,
    neighbours: int = 64,
    linkage: float = STORY_LINKAGE,
    centroid_weight: float = STORY_CENTROID_WEIGHT,
) -> list[int]:
    """Label each document with a story number.

    Candidates: each document is compared with its ``neighbours`` nearest documents
    (faiss, a block of documents at a time, so this scales to many thousands). A pair is a
    candidate when their centroids' cosine reaches ``threshold`` and, when ``names`` are
    given, they name at least ``shared_names`` of the same distinctive people or places (or
    all the names one of them gives, when it gives fewer; ``distinctive_names``): two fires
    in two cities read alike but are two stories.

    Stories: starting from single documents, the two groups joined by a candidate pair
    whose average story similarity is highest are merged, while it reaches ``linkage``
    (average-link clustering), or ``linkage`` less ``SMALL_STORY_MARGIN`` when one of the
    two holds at most ``SMALL_STORY_SIZE`` documents and the corpus at most
    ``SMALL_CORPUS_DOCUMENTS``. The story similarity of two documents is
    ``centroid_weight`` x their centroids' cosine + the rest x the overlap of their names
    (``name_weights``; centroids alone without ``names``). Averages come from each group's
    sums of centroids and of name weights, so each merge costs one dot product per
    neighbouring group. Unlike joining every linked pair (single link), a document that
    reads like two stories cannot chain them into one: it joins the story whose members,
    on average, it resembles.

    A document naming nothing cannot tell stories apart: documents naming nothing are
    grouped among themselves (by centroids), then each such group joins the story of its
    closest named neighbour, and never links two stories into one. Stories are numbered in
    order of their first document. ``centroids`` are rows of an array, or already in an
    inner product index (which spares a corpus read story by story a second copy).
    """
    import heapq

    import faiss
    import numpy as np

    if isinstance(centroids, faiss.Index):
        index = centroids
    else:
        index = faiss.IndexFlatIP(centroids.shape[1])
        if len(centroids):
            index.add(np.ascontiguousarray(centroids, dtype=np.float32))
    count = index.ntotal
    parent = list(range(count))
    distinctive = distinctive_names(names) if names is not None else None
    weights_of = name_weights(names) if names is not None else None

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    # Candidate pairs. A document naming nothing may join one story but never bridge two:
    # its best candidate among named documents is kept aside for the end.
    adjacent: dict[int, set[int]] = {}
    best_named: dict[int, tuple[float, int]] = {}
    for first in range(0, count, STORY_QUERY_ROWS):
        rows = index.reconstruct_n(first, min(STORY_QUERY_ROWS, count - first))
        scores, nearest = index.search(rows, min(count, neighbours))
        for offset in range(len(rows)):
            i = first + offset
            own = distinctive(i) if distinctive is not None else None
            for score, j in zip(scores[offset].tolist(), nearest[offset].tolist()):
                if j < 0 or j == i or score < threshold:
                    continue
                if own is not None:
                    theirs = distinctive(j)
                    if bool(own) != bool(theirs):
                        nameless, named = (j, i) if own else (i, j)
                        candidate = (-score, named)
                        best_named[nameless] = min(best_named.get(nameless, candidate), candidate)
                        continue
                    if len(own & theirs) < min(shared_names, len(own), len(theirs)):
                        continue  # both name things, but not the same things
                adjacent.setdefault(i, set()).add(j)
                adjacent.setdefault(j, set()).add(i)

    # Average-link clustering over the candidate pairs. A group is known by its smallest
    # document; it holds its size, its sum of centroids and its sum of name weights.
    size: dict[int, int] = {}
    vector_sum: dict[int, "np.ndarray"] = {}
    name_sum: dict[int, dict[Hashable, float]] = {}
    version: dict[int, int] = {}

    def ensure(group: int) -> None:
        if group not in size:
            size[group] = 1
            vector_sum[group] = index.reconstruct(group).astype(np.float64)
            name_sum[group] = weights_of(group) if weights_of is not None else {}
            version[group] = 0

    def similarity(a: int, b: int) -> float:
        centroid = float(vector_sum[a] @ vector_sum[b])
        names_a, names_b = name_sum[a], name_sum[b]
        if weights_of is None or not names_a or not names_b:
            together = centroid  # groups naming nothing are told apart by centroids alone
        else:
            if len(names_a) > len(names_b):
                names_a, names_b = names_b, names_a
            shared = math.fsum(value * names_b[name] for name, value in names_a.items() if name in names_b)
            together = centroid_weight * centroid + (1 - centroid_weight) * shared
        return together / (size[a] * size[b])

    heap: list[tuple[float, int, int, int, int]] = []
    small_margin = SMALL_STORY_MARGIN if count <= SMALL_CORPUS_DOCUMENTS else 0.0

    def consider(a: int, b: int) -> None:
        a, b = min(a, b), max(a, b)
        score = similarity(a, b)
        floor = linkage - small_margin if min(size[a], size[b]) <= SMALL_STORY_SIZE else linkage
        if score >= floor:
            heapq.heappush(heap, (-score, a, b, version[a], version[b]))

    for i in sorted(adjacent):
        ensure(i)
        for j in adjacent[i]:
            if j > i:
                ensure(j)
                consider(i, j)
    while heap:
        _, a, b, version_a, version_b = heapq.heappop(heap)
        if version.get(a) != version_a or version.get(b) != version_b:
            continue  # one of the two has grown (or gone) since
        parent[b] = a
        size[a] += size.pop(b)
        vector_sum[a] += vector_sum.pop(b)
        merged = name_sum[a]
        for name, value in name_sum.pop(b).items():
            merged[name] = merged.get(name, 0.0) + value
        version[a] += 1
        del version[b]
        around = adjacent.pop(a) | adjacent.pop(b)
        around -= {a, b}
        adjacent[a] = around
        for other in around:
            adjacent[other].discard(b)
            adjacent[other].add(a)
            consider(a, other)
    for merged in (adjacent, vector_sum, name_sum):
        merged.clear()  # free them before the next pass; the closures above still name them

    best_of_group: dict[int, tuple[float, int]] = {}
    for nameless, candidate in best_named.items():
        group = root(nameless)
        best_of_group[group] = min(best_of_group.get(group, candidate), candidate)
    for group, (_, named) in sorted(best_of_group.items()):
        first, second = root(group), root(named)
        parent[max(first, second)] = min(first, second)
    numbers: dict[int, int] = {}
    return [numbers.setdefault(root(i), len(numbers)) for i in range(count)]


def _keep_pairs(query_rows, target_rows, scores, neighbours, floor: float, best: dict[tuple[int, int], float]) -> None:
    """Record each (query, neighbour) pair above ``floor`` under its higher score."""
    import numpy as np

    keep = (neighbours >= 0) & (scores >= floor)
    queries = np.repeat(np.asarray(query_rows), neighbours.shape[1]).reshape(neighbours.shape)[keep]
    targets = target_rows[neighbours[keep]]
    for query, target, score in zip(queries.tolist(), targets.tolist(), scores[keep].tolist()):
        _record(best, query, target, score)


def _record(best: dict[tuple[int, int], float], row: int, other: int, score: float) -> None:
    """Keep the pair of two rows, in row order, under the higher of its scores."""
    key = (row, other) if row < other else (other, row)
    if score > best.get(key, -1.0):
        best[key] = score


def _alignment_units(sentences: Sequence[Sentence], copy_of: dict[str, str]) -> list[tuple[str, bool]]:
    """Each sentence's unit of alignment: its document, and whether it is a sentence a copy
    adds to its original (``copies.fresh_sentences``)."""
    if not copy_of:
        return [(sentence.doc_id, False) for sentence in sentences]
    from consistency.copies import fresh_sentences

    by_document: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        by_document[sentence.doc_id].append(sentence)
    fresh = {
        doc_id: fresh_sentences(by_document[doc_id], by_document.get(original, ()))
        for doc_id, original in copy_of.items() if doc_id in by_document
    }
    return [(sentence.doc_id, sentence.index in fresh.get(sentence.doc_id, ())) for sentence in sentences]


def _approximate_story_pairs(rows, unit_of, vectors, may_pair, settings, best) -> None:
    """Pairs in a story too large for exact search: one HNSW graph over its sentences,
    each sentence's nearest ``max_partners`` + 24 fetched, then at most ``top_k`` kept per
    other document, as the exact path does. Recall against exact search is measured by
    ``make bench``."""
    import faiss
    import numpy as np

    rows = np.asarray(rows)
    index = faiss.IndexHNSWFlat(vectors.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = 80
    index.add(np.ascontiguousarray(vectors[rows]))
    fetch = min(len(rows), settings.max_partners + 24)
    index.hnsw.efSearch = max(64, fetch)
    scores, neighbours = index.search(np.ascontiguousarray(vectors[rows]), fetch)
    for position, query in enumerate(rows.tolist()):
        per_document: dict[tuple[str, bool], int] = defaultdict(int)
        for score, local in zip(scores[position].tolist(), neighbours[position].tolist()):
            if local < 0 or score < settings.min_similarity:
                continue
            target = int(rows[local])
            other = unit_of[target]
            if not may_pair(unit_of[query], other) or per_document[other] >= settings.top_k:
                continue
            per_document[other] += 1
            _record(best, query, target, score)


def _closest_documents(
    sentences: Sequence[Sentence], vectors: "np.ndarray", story_of_document: dict[str, int], limit: int
) -> dict[str, set[str]] | None:
    """For each article of a story of more than ``limit`` + 1 articles, the ``limit`` others
    of its story closest to it by centroid (ties by id); None when no story is that large."""
    import numpy as np

    documents_of_story: dict[int, list[str]] = defaultdict(list)
    for doc_id in dict.fromkeys(sentence.doc_id for sentence in sentences):
        documents_of_story[story_of_document[doc_id]].append(doc_id)
    large = [doc_ids for doc_ids in documents_of_story.values() if limit and len(doc_ids) > limit + 1]
    if not large:
        return None
    doc_ids = sorted(doc_id for story in large for doc_id in story)
    wanted = set(doc_ids)
    rows = [row for row, sentence in enumerate(sentences) if sentence.doc_id in wanted]
    centroids = document_centroids(doc_ids, [sentences[row] for row in rows], vectors[rows])
    row_of = {doc_id: row for row, doc_id in enumerate(doc_ids)}
    chosen: dict[str, set[str]] = {}
    for story in large:
        members = sorted(story)
        story_centroids = centroids[[row_of[d] for d in members]]
        for block in range(0, len(members), 1024):  # a block of rows at a time: memory stays linear
            similarity = story_centroids[block : block + 1024] @ story_centroids.T
            for offset, row in enumerate(similarity):
                position = block + offset
                row[position] = -np.inf
                # Every article as close as the limit-th closest, ties included, then the
                # closest first and by id: the same articles whatever the order of ties.
                floor = np.partition(row, len(row) - limit)[len(row) - limit]
                near = np.flatnonzero(row >= floor)
                ranked = sorted((-float(row[other]), members[other]) for other in near)
                chosen[members[position]] = {other for _, other in ranked[:limit]}
    return chosen


def _limit_partners(best: dict[tuple[int, int], float], limit: int) -> dict[tuple[int, int], float]:
    """Keep a pair when it is among the ``limit`` most similar pairs of either sentence."""
    partners: dict[int, list[tuple[float, tuple[int, int]]]] = defaultdict(list)
    for key, score in best.items():
        partners[key[0]].append((score, key))
        partners[key[1]].append((score, key))
    kept: set[tuple[int, int]] = set()
    for ranked in partners.values():
        if len(ranked) <= limit:
            kept.update(key for _, key in ranked)
        else:
            kept.update(key for _, key in sorted(ranked, key=lambda item: (-item[0], item[1]))[:limit])
    return {key: best[key] for key in kept}


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
    involving: set[str] | None = None,
) -> list[AlignedPair]:
    """Pair sentences across documents of one story.

    ``vectors`` has shape (len(sentences), dim) with unit rows. A syndicated copy (a key
    of ``copy_of``) is aligned only with the document it copies, so what the story says
    is compared once; the sentences it adds (``copies.fresh_sentences``: a later version
    of the story with a new toll) are its own and are aligned with every document. With
    ``involving``, only pairs with at least one sentence from those documents are made
    (new articles checked against an index). Returns pairs in corpus order of (a, b);
    ``a`` precedes ``b``.
    """
    copy_of = copy_of or {}
    chosen = _closest_documents(sentences, vectors, story_of_document, settings.compared_documents)

    unit_of = _alignment_units(sentences, copy_of)

    def may_pair(first_unit: tuple[str, bool], second_unit: tuple[str, bool]) -> bool:
        (first, first_fresh), (second, second_fresh) = first_unit, second_unit
        if first == second or story_of_document[first] != story_of_document[second]:
            return False
        if chosen is not None and first in chosen and second not in chosen[first] and first not in chosen.get(second, ()):
            return False
        if involving is not None and first not in involving and second not in involving:
            return False
        if (first in copy_of and not first_fresh) or (second in copy_of and not second_fresh):
            return copy_of.get(first, first) == copy_of.get(second, second)
        return True

    import faiss
    import numpy as np

    rows_of_unit: dict[tuple[str, bool], list[int]] = defaultdict(list)
    rows_of_story: dict[int, list[int]] = defaultdict(list)
    for row, sentence in enumerate(sentences):
        rows_of_unit[unit_of[row]].append(row)
        rows_of_story[story_of_document[sentence.doc_id]].append(row)

    best: dict[tuple[int, int], float] = {}
    large = {story for story, rows in rows_of_story.items() if len(rows) > settings.exact_limit}
    for story in sorted(large):
        _approximate_story_pairs(rows_of_story[story], unit_of, vectors, may_pair, settings, best)
    for unit, target_rows in rows_of_unit.items():
        if story_of_document[unit[0]] in large:
            continue
        story_rows = rows_of_story[story_of_document[unit[0]]]
        query_rows = [row for row in story_rows if may_pair(unit_of[row], unit)]
        if not query_rows:
            continue
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(np.ascontiguousarray(vectors[target_rows]))
        scores, neighbours = index.search(
            np.ascontiguousarray(vectors[query_rows]), min(settings.top_k, len(target_rows))
        )
        _keep_pairs(query_rows, np.asarray(target_rows), scores, neighbours, settings.min_similarity, best)

    if settings.max_partners:
        best = _limit_partners(best, settings.max_partners)

    pairs = []
    for (row_a, row_b), score in sorted(best.items()):
        a, b = sentences[row_a], sentences[row_b]
        similarity = round(min(score, 1.0), 4)
        pairs.append(AlignedPair(a, b, similarity, classify_relation(a, b, similarity, settings)))
    return pairs


#: Two sentences that are each other's closest match but further apart than this say
#: different things (one outlet gives a fact its own sentence the other lacks).
CLAIM_SIMILARITY = 0.5


def group_claims(pairs: Sequence[AlignedPair]) -> list[tuple[Sentence, ...]]:
    """Join aligned sentences into claims: one group per statement, with every outlet's
    version of it.

    Two sentences join when each is the other's most similar sentence in the other
    document (a copy's twin counts too): a sentence pairs with several partners in a
    document, but states its claim once there. A group holds at most one sentence of each
    document. Groups are returned in corpus order, each sorted by document and position,
    and hold sentences of at least two documents.
    """
    best_in: dict[tuple[tuple[str, int], str], tuple[float, tuple[str, int]]] = {}
    for pair in pairs:
        for here, there in ((pair.a, pair.b), (pair.b, pair.a)):
            key = ((here.doc_id, here.index), there.doc_id)
            candidate = (pair.similarity, (there.doc_id, there.index))
            if key not in best_in or candidate[0] > best_in[key][0]:
                best_in[key] = candidate
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    sentence_of: dict[tuple[str, int], Sentence] = {}
    documents_in: dict[tuple[str, int], set[str]] = {}
    mutual = [
        pair for pair in pairs
        if pair.similarity >= CLAIM_SIMILARITY
        and best_in[((pair.a.doc_id, pair.a.index), pair.b.doc_id)][1] == (pair.b.doc_id, pair.b.index)
        and best_in[((pair.b.doc_id, pair.b.index), pair.a.doc_id)][1] == (pair.a.doc_id, pair.a.index)
    ]
    # Closest pairs join first; a group never takes a second sentence of one document, so a
    # sentence that mentions two facts cannot chain two claims into one.
    for pair in sorted(mutual, key=lambda p: (-p.similarity, p.a.doc_id, p.a.index, p.b.doc_id, p.b.index)):
        a, b = (pair.a.doc_id, pair.a.index), (pair.b.doc_id, pair.b.index)
        root_a, root_b = root(a), root(b)
        if root_a == root_b:
            continue
        documents_a = documents_in.setdefault(root_a, {a[0]})
        documents_b = documents_in.setdefault(root_b, {b[0]})
        if documents_a & documents_b:
            continue
        sentence_of[a], sentence_of[b] = pair.a, pair.b
        first, second = sorted((root_a, root_b))
        parent[second] = first
        documents_in[first] = documents_a | documents_b
    groups: dict[tuple[str, int], list[Sentence]] = defaultdict(list)
    for node, sentence in sentence_of.items():
        groups[root(node)].append(sentence)
    order = {}
    for pair in pairs:
        for sentence in (pair.a, pair.b):
            order.setdefault((sentence.doc_id, sentence.index), len(order))
    claims = [tuple(sorted(members, key=lambda s: order[(s.doc_id, s.index)])) for members in groups.values()]
    return sorted(claims, key=lambda claim: order[(claim[0].doc_id, claim[0].index)])
