"""The whole check: load -> split -> embed -> group stories -> align -> compare -> rank."""

from __future__ import annotations

import hashlib
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterator, Protocol, Sequence, TextIO

from consistency.alignment import (
    AlignmentSettings,
    align_sentences,
    classify_relation,
    document_centroids,
    group_claims,
    group_stories,
    proper_names,
)
from consistency.cache import EmbeddingCache, package_digest
from consistency.comparators import PairContext, load_builtin_comparators
from consistency.comparators._languages import compare_pair
from consistency.comparators.denied_claim import as_denied_claim
from consistency.copies import find_copies
from consistency.embedding import Embedder, load_embedder, model_for
from consistency.errors import InputError, ModelError, NotEnoughDocuments
from consistency.language import detect_language, is_compared, not_compared_note
from consistency.loaders import ReadOptions, input_bytes, read_corpus, require_two_documents
from consistency.store import AddResult, IndexedCorpus, SentenceStore, text_digest
from consistency.contradiction import ContradictionModel, ContradictionSettings, contradiction_findings
from consistency.ranking import rank_discrepancies
from consistency.stories import STORY_BY_STORY_FROM_BYTES, check_paths_by_story, story_thresholds
from consistency.records import AlignedPair, Claim, Document, DocumentSummary, Finding, Note, Report, Sentence
from consistency.sentences import split_sentences
from consistency.verifier import DEFAULT_VERIFIER, StoryContext, Verifier, verify_findings

#: Pairs in these relations differ only in style, so comparing them could only find noise.
STYLE_ONLY_RELATIONS = ("identical", "copy-variant")


@dataclass(frozen=True)
class CheckSettings:
    model: str | None = None
    alignment: AlignmentSettings = field(default_factory=AlignmentSettings)
    #: Comparator names to run; empty means all registered.
    comparators: tuple[str, ...] = ()
    include_alignments: bool = False
    #: Folder of the embedding cache; None embeds everything afresh.
    cache_dir: str | None = None
    #: The optional NLI contradiction stage; None skips it.
    nli: ContradictionSettings | None = None
    #: Inputs this large are checked one story at a time (``consistency.stories``).
    story_by_story_from_bytes: int = STORY_BY_STORY_FROM_BYTES
    #: The same-fact verifier that rescores findings: "default" (models/verifier.json), a
    #: model file, or "" for the comparators' own scores (rules alone). On judged real news
    #: held out from its training it ranks findings clearly better than the rules
    #: (models/verifier.md).
    verifier: str = "default"
    #: Processes that compare pairs: 0 is one per core this process may use, 1 compares
    #: here. Comparing is pure Python; on 2 cores it takes a quarter less time (each worker
    #: reads the sentences it meets afresh).
    compare_processes: int = 0


class Progress(Protocol):
    """Receives progress of long stages; the CLI draws bars, the library draws nothing."""

    def stage(self, name: str, total: int | None) -> AbstractContextManager[Callable[[int], None]]:
        """Enter for the duration of a stage; the yielded function advances it by n items."""


class SilentProgress:
    @contextmanager
    def stage(self, name: str, total: int | None) -> Iterator[Callable[[int], None]]:
        yield lambda done: None


#: A copy's sentence and its original differ by an edit or two; below this cosine they are
#: two different sentences of one text.
EDITED_TWIN_SIMILARITY = 0.85


def pairs_to_compare(pairs: Sequence[AlignedPair], documents: dict[str, Document]) -> list[AlignedPair]:
    """The aligned pairs that can disagree: not style-only twins, and between a copy and its
    original only a sentence and its edited twin (other pairs are two different sentences
    of one text)."""
    chosen = []
    for pair in pairs:
        first, second = documents[pair.a.doc_id], documents[pair.b.doc_id]
        same_copy_group = (first.copy_of or first.id) == (second.copy_of or second.id)
        if same_copy_group and pair.similarity < EDITED_TWIN_SIMILARITY:
            continue
        if pair.relation not in STYLE_ONLY_RELATIONS:
            chosen.append(pair)
    return chosen


def compare_pairs(
    pairs: Sequence[AlignedPair],
    documents: dict[str, Document],
    comparator_names: Sequence[str] = (),
    on_pair: Callable[[int], None] = lambda done: None,
    cache: EmbeddingCache | None = None,
    processes: int = 1,
) -> list[tuple[AlignedPair, Finding]]:
    """Run the chosen comparators (all registered when none named) on ``pairs``, which
    ``pairs_to_compare`` has chosen. With a ``cache``, a pair compared before by the same
    code (same sentences, outlets, publication dates and similarity) is not compared again.
    With ``processes`` other than 1 (0: one per core), many pairs are compared in worker
    processes; the findings are the same, in the same order."""
    registry = load_builtin_comparators()
    names = tuple(comparator_names or registry.names())
    chosen = [(name, registry.get(name)) for name in names]
    keys = [_pair_key(pair, documents, names) for pair in pairs] if cache else []
    # The same pairs compared again (a re-run): one record holds all their findings, so
    # that a warm run does not look up every pair on its own. Not for a run so large that
    # the record itself would weigh on memory; its pairs are looked up one by one.
    all_pairs_key = _all_pairs_key(keys) if cache and len(pairs) <= ALL_PAIRS_RECORD_UP_TO else ""
    if all_pairs_key:
        every = cache.get_records("findings of pairs", [all_pairs_key], package_digest()).get(all_pairs_key)
        if every is not None:
            on_pair(len(pairs))
            return [(pairs[position], _finding_from_record(record)) for position, record in every]
    known = cache.get_records("findings", keys, package_digest()) if cache else {}
    remembered = [key in known for key in keys] if cache else [False] * len(pairs)
    on_pair(sum(remembered))
    unknown = [pair for pair, seen in zip(pairs, remembered) if not seen]
    computed = iter(_compare_each(unknown, documents, chosen, on_pair, processes))
    found, fresh, positions = [], [], []
    for position, pair in enumerate(pairs):
        if remembered[position]:
            findings = [_finding_from_record(record) for record in known[keys[position]]]
        else:
            findings = next(computed)
            if cache:
                fresh.append((keys[position], [asdict(finding) for finding in findings]))
        found.extend((pair, finding) for finding in findings)
        positions.extend([position] * len(findings))
    if fresh:
        cache.put_records("findings", fresh, package_digest())
    if all_pairs_key:
        every = [[position, asdict(finding)] for position, (_, finding) in zip(positions, found)]
        cache.put_records("findings of pairs", [(all_pairs_key, every)], package_digest())
    return found


#: Runs of up to this many pairs keep all their findings in one record as well.
ALL_PAIRS_RECORD_UP_TO = 50_000


def _all_pairs_key(keys: Sequence[str]) -> str:
    digest = hashlib.sha256()
    for key in keys:
        digest.update(key.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


#: Fewer pairs than this are compared here: starting worker processes would cost more.
PAIRS_FOR_PROCESSES = 4000
_PAIRS_PER_TASK = 500
#: What the worker processes compare, handed over by fork rather than pickled.
_work: tuple = ()


def _compare_each(
    pairs: Sequence[AlignedPair], documents: dict[str, Document], chosen: list, on_pair: Callable[[int], None], processes: int
) -> list[list[Finding]]:
    """The findings of each pair, in order: here, or in worker processes when there are
    many pairs, more than one core, and the system forks safely (Linux)."""
    import multiprocessing
    import os
    import sys

    if not processes:
        processes = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    # Fork only where it is safe with the libraries' threads loaded (not macOS, no Windows).
    if processes < 2 or len(pairs) < PAIRS_FOR_PROCESSES or not sys.platform.startswith("linux"):
        each = []
        for pair in pairs:
            each.append(_compare_one(pair, documents, chosen))
            on_pair(1)
        return each
    global _work
    _work = (pairs, documents, chosen)
    try:
        tasks = [(start, min(start + _PAIRS_PER_TASK, len(pairs))) for start in range(0, len(pairs), _PAIRS_PER_TASK)]
        each = []
        with multiprocessing.get_context("fork").Pool(min(processes, len(tasks)), _ignore_interrupts) as pool:
            for findings in pool.imap(_compare_task, tasks):
                each.extend(findings)
                on_pair(len(findings))
        return each
    finally:
        _work = ()


def _ignore_interrupts() -> None:
    """Ctrl-C is the parent's to handle (it stops the workers); a worker that took it too
    would print a traceback of its own."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _compare_task(task: tuple[int, int]) -> list[list[Finding]]:
    pairs, documents, chosen = _work
    return [_compare_one(pair, documents, chosen) for pair in pairs[task[0] : task[1]]]


def _compare_one(pair: AlignedPair, documents: dict[str, Document], chosen: list) -> list[Finding]:
    context = PairContext(documents[pair.a.doc_id], documents[pair.b.doc_id], pair.similarity)
    return compare_pair(pair, context, chosen, lambda finding: as_denied_claim(pair.a, pair.b, finding))


def _pair_key(pair: AlignedPair, documents: dict[str, Document], names: tuple[str, ...]) -> str:
    """Everything a comparator reads of a pair."""
    first, second = documents[pair.a.doc_id], documents[pair.b.doc_id]
    fields = [*names, pair.a.text, pair.b.text, pair.a.source, pair.b.source, first.published, second.published,
              repr(pair.similarity), _text_digest(first.text), _text_digest(second.text)]
    # Each field led by its length, so that no text can pass for another's fields: a third
    # of the time of JSON for the 30,000 pairs of a mid-sized run.
    return "".join(f"{len(field)}:{field}" for field in fields)


#: Comparators read the whole of each article (what else it states), so its text is part of
#: a pair's key; one article is in many pairs.
_text_digest = lru_cache(maxsize=4096)(text_digest)


def _finding_from_record(record: dict) -> Finding:
    return Finding(**{**record, "a_spans": tuple(map(tuple, record["a_spans"])), "b_spans": tuple(map(tuple, record["b_spans"]))})


@dataclass(frozen=True)
class Candidates:
    """What the comparators proposed for a set of documents, with everything around it
    that the verifier and the report need."""

    documents: list[Document]
    sentences_by_document: dict[str, list[Sentence]]
    sentences: list[Sentence]
    story_of_document: dict[str, int]
    pairs: list[AlignedPair]
    found: list[tuple[AlignedPair, Finding]]
    notes: tuple[Note, ...]
    involving: set[str] | None
    model: str


def find_candidates(
    documents: Sequence[Document],
    settings: CheckSettings,
    embedder: Embedder,
    progress: Progress,
    indexed: IndexedCorpus | None,
    cache: EmbeddingCache | None,
    story: int | None = None,
) -> Candidates:
    """Split, embed, group stories, align and compare: every finding a comparator
    proposes, before the verifier weighs them."""
    import numpy as np

    if settings.comparators:
        registry = load_builtin_comparators()
        for name in settings.comparators:
            registry.get(name)  # fail on a misspelt name before any slow work
    nli_model = ContradictionModel(settings.nli.folder) if settings.nli else None  # fail before slow work
    known = _indexed_documents(indexed, embedder)
    documents = [d for d in documents if d.id not in known or known[d.id].text != d.text]
    for document in documents:
        if document.id in known:
            raise InputError(document.path, f"document id '{document.id}' is in the index with other text; give it another id")

    sentences_by_document: dict[str, list[Sentence]] = {}
    with progress.stage("Splitting sentences", len(documents)) as advance:
        for document in documents:
            # Another language's sentences are not embedded: nothing reads them further on.
            sentences_by_document[document.id] = split_sentences(document, cache) if is_compared(document.language) else []
            advance(1)
    new_sentences = [sentence for document in documents for sentence in sentences_by_document[document.id]]
    notes = truncation_notes(new_sentences, {document.id: document for document in documents}, embedder)

    with progress.stage("Embedding", len(new_sentences)) as advance:
        new_vectors = embedder.embed([sentence.text for sentence in new_sentences], on_batch=advance, cache=cache)

    involving = {document.id for document in documents} if indexed else None
    all_documents = [*(indexed.documents if indexed else ()), *documents]
    if indexed:
        for sentence in indexed.sentences:
            sentences_by_document.setdefault(sentence.doc_id, []).append(sentence)
    sentences = [sentence for document in all_documents for sentence in sentences_by_document[document.id]]
    parts = [indexed.vectors] if indexed and len(indexed.vectors) else []
    if len(new_sentences):
        parts.append(new_vectors)
    vectors = np.vstack(parts) if parts else np.zeros((0, 1), dtype=np.float32)

    doc_ids = [document.id for document in all_documents]
    if story is None:
        several_languages = any(document.language not in ("", "en") for document in all_documents)
        names = [proper_names(sentences_by_document[d.id], d.language, several_languages) for d in all_documents]
        stories = group_stories(document_centroids(doc_ids, sentences, vectors), names=names, **story_thresholds(settings, embedder))
    else:
        stories = [story] * len(doc_ids)
    story_of_document = dict(zip(doc_ids, stories))
    copy_of = find_copies(all_documents, sentences_by_document, involving, story_of_document)
    all_documents = [replace(document, copy_of=copy_of.get(document.id, "")) for document in all_documents]
    pairs = align_sentences(sentences, vectors, story_of_document, settings.alignment, copy_of, involving)

    by_id = {document.id: document for document in all_documents}
    compared = pairs_to_compare(pairs, by_id)
    with progress.stage("Comparing", len(compared)) as advance:
        found = compare_pairs(compared, by_id, settings.comparators, advance, cache, settings.compare_processes)
    if nli_model is not None:
        with progress.stage("Reading with the NLI model", len(compared)) as advance:
            found += contradiction_findings(compared, nli_model, settings.nli)
            advance(len(compared))
    return Candidates(
        all_documents, sentences_by_document, sentences, story_of_document, pairs, found, notes, involving,
        embedder.identity,
    )


def check_documents(
    documents: Sequence[Document],
    settings: CheckSettings = CheckSettings(),
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    indexed: IndexedCorpus | None = None,
    cache: EmbeddingCache | None = None,
    story: int | None = None,
) -> Report:
    """Find where the documents disagree; ``embedder`` defaults to ``settings.model``.

    With ``indexed`` (a loaded sentence index), the documents are checked against the
    indexed ones as well as each other, and only pairs involving them are compared.
    ``cache`` defaults to the one in ``settings.cache_dir``. With ``story``, the documents
    are already known to tell that one story and are not grouped again.
    """
    if cache is None and settings.cache_dir:
        with open_cache(settings) as own_cache:
            return check_documents(documents, settings, embedder, progress, indexed, own_cache, story)
    verifier = load_verifier(settings)  # fail on a bad model file before any slow work
    embedder = embedder or load_embedder(model_for(settings.model, (document.language for document in documents)))
    candidates = find_candidates(documents, settings, embedder, progress or SilentProgress(), indexed, cache, story)
    return build_report(candidates, settings, verified(candidates, verifier, embedder, cache))


def load_verifier(settings: CheckSettings) -> Verifier | None:
    if not settings.verifier:
        return None
    return Verifier.load(DEFAULT_VERIFIER if settings.verifier == "default" else settings.verifier)


def verified(
    candidates: Candidates, verifier: Verifier | None, embedder: Embedder, cache: EmbeddingCache | None
) -> list[tuple[AlignedPair, Finding]]:
    """The candidates' findings scored by the verifier, or as the comparators scored them."""
    if verifier is None:
        return candidates.found
    context = StoryContext.build(candidates.pairs, candidates.found, lambda texts: embedder.embed(texts, cache=cache),
                                 candidates.story_of_document)
    return verify_findings(candidates.found, context, verifier)


def build_report(candidates: Candidates, settings: CheckSettings, found: Sequence[tuple[AlignedPair, Finding]]) -> Report:
    """Rank the findings (``candidates.found`` as weighed) and group them into a report."""
    pairs, all_documents = candidates.pairs, candidates.documents
    position = {document.id: row for row, document in enumerate(all_documents)}
    claims = tuple(
        sorted(
            (Claim(claim_id(members), members) for members in group_claims(pairs)),
            key=lambda claim: (position[claim.sentences[0].doc_id], claim.sentences[0].index),
        )
    )
    claim_of = {(s.doc_id, s.index): claim.id for claim in claims for s in claim.sentences}
    discrepancies = tuple(
        replace(d, claim=claim_of.get((d.pair.a.doc_id, d.pair.a.index)) or claim_of.get((d.pair.b.doc_id, d.pair.b.index), ""))
        for d in rank_discrepancies(found)
    )
    involving = candidates.involving
    doc_ids = [document.id for document in all_documents]
    shown = set(involving) | {d for pair in pairs for d in (pair.a.doc_id, pair.b.doc_id)} if involving is not None else set(doc_ids)
    return Report(
        documents=tuple(
            DocumentSummary(document, len(candidates.sentences_by_document[document.id]), candidates.story_of_document[document.id])
            for document in all_documents
            if document.id in shown
        ),
        discrepancies=discrepancies,
        alignments=tuple(pairs) if settings.include_alignments else (),
        model=candidates.model,
        claims=claims,
        n_aligned_pairs=len(pairs),
        notes=candidates.notes,
    )


def truncation_notes(sentences: Sequence[Sentence], documents: dict[str, Document], embedder: Embedder) -> tuple[Note, ...]:
    """A note for each sentence longer than the model reads: only its beginning places it
    among the others, though the comparators still read all of it."""
    return tuple(
        Note(
            documents[sentences[position].doc_id].path,
            f"sentence {sentences[position].index + 1} of document '{sentences[position].doc_id}' has "
            f"{len(sentences[position].text.split()):,} words, more than the model's {embedder.max_tokens} tokens; "
            "only its beginning counts for alignment, all of it is compared",
        )
        for position in embedder.overlong([sentence.text for sentence in sentences])
    )


def claim_id(sentences: Sequence[Sentence]) -> str:
    key = ";".join(f"{s.doc_id}:{s.index}" for s in sentences)
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _indexed_documents(indexed: IndexedCorpus | None, embedder: Embedder) -> dict[str, Document]:
    if indexed is None:
        return {}
    if indexed.cache_identity and indexed.cache_identity != embedder.cache_identity:
        raise ModelError(f"the index was built with model {indexed.model}; check with --model {indexed.model}")
    return {document.id: document for document in indexed.documents}


def check_paths(
    paths: Sequence[str],
    settings: CheckSettings = CheckSettings(),
    stdin: TextIO | None = None,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    index_folder: str | None = None,
    read_options: ReadOptions = ReadOptions(),
) -> Report:
    """Load articles from ``paths`` (files, folders, ``-``) and check them, against the
    sentence index in ``index_folder`` when one is given."""
    if index_folder is None and input_bytes(paths) >= settings.story_by_story_from_bytes:
        return check_paths_by_story(paths, settings, stdin, embedder, progress, read_options)
    with open_cache(settings) as cache:
        indexed = SentenceStore(index_folder).load() if index_folder else None
        corpus = read_corpus(paths, stdin, cache, read_options)
        if indexed is None:
            require_two_documents(corpus, paths)
        elif not corpus.documents:
            raise NotEnoughDocuments(f"found no document with text in {', '.join(paths)}")
        report = check_documents(corpus.documents, settings, embedder, progress, indexed, cache)
        languages = not_compared_note(summary.document.language for summary in report.documents)
        return replace(report, notes=corpus.notes + report.notes + languages)


@contextmanager
def open_cache(settings: CheckSettings) -> Iterator[EmbeddingCache | None]:
    """The cache in ``settings.cache_dir``, closed afterwards; None without one."""
    if not settings.cache_dir:
        yield None
        return
    cache = EmbeddingCache(settings.cache_dir)
    try:
        yield cache
    finally:
        cache.close()


def add_to_index(
    index_folder: str,
    paths: Sequence[str],
    settings: CheckSettings = CheckSettings(),
    stdin: TextIO | None = None,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    read_options: ReadOptions = ReadOptions(),
) -> AddResult:
    """Add the articles in ``paths`` to the sentence index in ``index_folder``."""
    progress = progress or SilentProgress()
    embedder = embedder or load_embedder(settings.model)
    with open_cache(settings) as cache:
        corpus = read_corpus(paths, stdin, cache, read_options)
        if not corpus.documents:
            raise NotEnoughDocuments(f"found no document with text in {', '.join(paths)}")
        sentences = {document.id: split_sentences(document, cache) for document in corpus.documents}

        def vectors_of(new_sentences: list[Sentence]):
            with progress.stage("Embedding", len(new_sentences)) as advance:
                return embedder.embed([s.text for s in new_sentences], on_batch=advance, cache=cache)

        return SentenceStore(index_folder).add(corpus.documents, sentences, vectors_of, embedder)


@dataclass(frozen=True)
class Comparison:
    similarity: float
    discrepancies: tuple


def compare_statements(
    text_a: str,
    text_b: str,
    # A lone pair has no story around it for the verifier to read: rules score it unless asked.
    settings: CheckSettings = CheckSettings(verifier=""),
    embedder: Embedder | None = None,
    similarity: float | None = None,
    source_a: str = "A",
    source_b: str = "B",
) -> Comparison:
    """Run every comparator on one pair of statements, as ``check`` does on an aligned
    pair; their similarity comes from the model unless given."""
    documents = {
        "a": Document("a", source_a, text_a, language=detect_language(text_a)),
        "b": Document("b", source_b, text_b, language=detect_language(text_b)),
    }
    a = Sentence("a", source_a, 0, text_a, 0, len(text_a))
    b = Sentence("b", source_b, 0, text_b, 0, len(text_b))
    if similarity is None:
        embedder = embedder or load_embedder(model_for(settings.model, (d.language for d in documents.values())))
        vectors = embedder.embed_few([text_a, text_b])
        similarity = round(float(vectors[0] @ vectors[1]), 4)
    pair = AlignedPair(a, b, similarity, classify_relation(a, b, similarity, settings.alignment))
    compared = pairs_to_compare([pair], documents)
    found = compare_pairs(compared, documents, settings.comparators)
    if settings.nli:
        found += contradiction_findings(compared, ContradictionModel(settings.nli.folder), settings.nli)
    verifier = load_verifier(settings)
    if verifier is not None:
        embed = embedder.embed_few if embedder is not None else None
        found = verify_findings(found, StoryContext.build([pair], found, embed), verifier)
    return Comparison(similarity, rank_discrepancies(found))
