"""``check --engine ray``: the story-by-story check (``consistency.stories``) with its two
divisible stages run on a Ray cluster.

On the driver, in three passes:

1. Read each document, split it, set it aside in the spool, and send its sentences to
   the embedding actors (``consistency.engine.ray_embedding``), grouped as the local
   engine would embed them: the whole corpus in one call below
   ``story_by_story_from_bytes``, each document on its own above it. The vectors come
   back into the cache.
2. Once every vector is in the cache, stop the actors; read each document back for its
   centroid and names, and group stories exactly as the local engine does.
3. Send each story of two or more documents to a worker as one task, with the cache
   entries it reads (``consistency.engine.story_cache``); as tasks finish (``ray.wait``),
   set their records aside in the spool under keys that give the corpus's order, and put
   what they wrote in the cache. A story of one document has nothing to compare and is
   summarised here.

So the report is the local engine's byte for byte, whichever order tasks finish in, and
the driver holds what the story-by-story path holds plus the few stories under way.
A worker that dies is replaced and its task run again (``TASK_RETRIES``); Ctrl-C cancels
every task under way and returns nothing, so no report is written.
"""

from __future__ import annotations

from array import array
from contextlib import ExitStack
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Sequence, TextIO

from consistency.alignment import proper_names
from consistency.cache import EmbeddingCache, package_digest
from consistency.embedding import Embedder, check_provisional_model, run_with_model
from consistency.engine import EngineSettings, WorkerMismatch
from consistency.engine.ray_embedding import (
    ClusterEmbedding, EmbedderRecipe, EmbeddingActors, result_of, run_on_cpus, worker_embedder,
)
from consistency.engine.story_cache import CacheEntries, RecordWrite, StoryCache, VectorWrite, write_back
from consistency.errors import NotEnoughDocuments
from consistency.language import is_compared, not_compared_note
from consistency.loaders import ReadOptions, input_bytes, iter_corpus
from consistency.records import Document, Note, Report
from consistency.sentences import split_sentences
from consistency.spool import Spool, int_key
from consistency.stories import CentroidIndex, PackedNames, check_story, set_aside, spooled_report, story_members

if TYPE_CHECKING:
    from consistency.engine.ray_cluster import Cluster
    from consistency.pipeline import CheckSettings, Progress

#: Story tasks under way per worker: one running, one ready to start when it ends, so no
#: worker waits on the driver; few enough that the driver holds little.
TASKS_PER_WORKER = 2
#: A story task whose worker process dies is run again this many times.
TASK_RETRIES = 3


@dataclass(frozen=True)
class StoryWork:
    """What one story task needs: the story's documents and the cache entries its check
    reads, keyed by the driver's embedder (``identity``)."""

    story: int
    documents: tuple[Document, ...]
    n_sentences: tuple[int, ...]
    identity: str
    entries: CacheEntries
    #: The driver's ``package_digest``: a worker running other code would find otherwise.
    code: str


@dataclass(frozen=True)
class StoryOutcome:
    """A story task's report and what its check wrote to the cache."""

    report: Report
    vector_writes: tuple[VectorWrite, ...]
    record_writes: tuple[RecordWrite, ...]


def run_story(work: StoryWork, settings: "CheckSettings", recipe: EmbedderRecipe) -> StoryOutcome:
    """The body of a story task, on a worker: ``check_story``, as the local engine runs it."""
    run_on_cpus(1)  # the verifier's windows may load the model here: one thread, as the task has one CPU
    if package_digest() != work.code:
        raise WorkerMismatch(
            "a Ray worker runs another version of consistency than the driver: install the same version on every node"
        )
    embedder = worker_embedder(recipe)
    if embedder.cache_identity != work.identity:
        raise WorkerMismatch(
            f"a Ray worker embeds with {embedder.cache_identity}, the driver with {work.identity}: install the same "
            "model and package versions on every node, with the same CONSISTENCY_BACKEND"
        )
    cache = StoryCache(work.entries)
    report = check_story(work.documents, work.n_sentences, work.story, settings, embedder, cache)
    return StoryOutcome(report, tuple(cache.vector_writes), tuple(cache.record_writes))


@lru_cache(maxsize=None)
def _remote_story(ray):
    # retry_exceptions stays off: an error of ours (a bad model file) fails the same way again.
    return ray.remote(num_cpus=1, max_retries=TASK_RETRIES, retry_exceptions=False)(run_story)


class _Tally:
    """Sentences embedded so far, shown on whichever progress bar is current."""

    def __init__(self) -> None:
        self.done = 0
        self.advance: Callable[[int], None] = lambda done: None

    def __call__(self, done: int) -> None:
        self.done += done
        self.advance(done)


def check_paths_on_ray(
    paths: Sequence[str],
    settings: "CheckSettings",
    engine: EngineSettings,
    stdin: TextIO | None = None,
    embedder: Embedder | None = None,
    progress: "Progress | None" = None,
    read_options: ReadOptions = ReadOptions(),
) -> Report:
    """``check_paths`` with embedding and story checks on the Ray cluster ``engine`` names:
    the same report, byte for byte. Without a model named, it is chosen while reading
    (``run_with_model``), as the local engine reading story by story chooses it."""
    return run_with_model(
        lambda model, provisional: _check_paths_on_ray(paths, settings, engine, stdin, model, progress, read_options, provisional),
        settings.model, embedder, paths,
    )


def _check_paths_on_ray(
    paths: Sequence[str],
    settings: "CheckSettings",
    engine: EngineSettings,
    stdin: TextIO | None,
    embedder: Embedder,
    progress: "Progress | None",
    read_options: ReadOptions,
    provisional_model: bool = False,
) -> Report:
    from consistency.engine.ray_cluster import import_ray, ray_cluster
    from consistency.pipeline import SilentProgress

    progress = progress or SilentProgress()
    # Ray runs stories side by side already; a task forking processes of its own would
    # crowd the cores Ray counts on (and fork a process that holds Ray's threads).
    settings = replace(settings, compare_processes=1)
    recipe = EmbedderRecipe.of(embedder)
    # The local engine embeds a corpus under this size in one Embedder.embed call and a
    # larger one a document at a time; batches formed the same way give the same vectors.
    in_one_call = input_bytes(paths) < settings.story_by_story_from_bytes
    spool = Spool()
    cache = EmbeddingCache(settings.cache_dir or spool.folder / "cache")
    try:
        with ExitStack() as stack:
            with progress.stage("Starting Ray", None):
                cluster = stack.enter_context(ray_cluster(engine))
            ray = import_ray()
            notes, languages, counts = _read_and_embed(
                paths, stdin, read_options, ray, cluster, recipe, embedder, cache, spool, in_one_call, progress,
                provisional_model,
            )
            if len(counts) < 2:
                raise NotEnoughDocuments(
                    f"found {'no document' if not counts else 'only one document'} with text in {', '.join(paths)}; "
                    "give at least two articles to compare"
                )
            members, truncated = _group_stories(spool, len(counts), cache, embedder, settings, progress)
            n_pairs = _check_stories(ray, cluster, members, counts, spool, cache, settings, recipe, embedder, progress)
    finally:
        cache.close()
    return spooled_report(
        spool, embedder.identity, n_pairs,
        (*notes, *_truncation_notes(truncated, members, in_one_call), *not_compared_note(languages)),
    )


def _read_and_embed(
    paths, stdin, read_options, ray, cluster: "Cluster", recipe, embedder: Embedder, cache: EmbeddingCache,
    spool: Spool, in_one_call: bool, progress: "Progress", provisional_model: bool = False,
) -> tuple[list[Note], list[str], array]:
    """Pass 1: every document read, split and set aside; every sentence's vector in the cache."""
    notes: list[Note] = []
    languages: list[str] = []
    counts = array("i")
    tally = _Tally()
    actors = EmbeddingActors(ray, recipe, cluster.workers, embedder.cache_identity)
    embedding = ClusterEmbedding(actors, embedder, cache, tally)
    corpus_texts: list[str] = []
    try:
        with progress.stage("Reading", None) as advance:
            for position, document in enumerate(iter_corpus(paths, stdin, cache, read_options, None, notes)):
                check_provisional_model(document.language, provisional_model)
                sentences = split_sentences(document, cache) if is_compared(document.language) else []
                languages.append(document.language)
                counts.append(len(sentences))
                spool.add("documents", int_key(position), document)
                if in_one_call:
                    corpus_texts.extend(sentence.text for sentence in sentences)
                else:
                    embedding.add([sentence.text for sentence in sentences])
                advance(1)
        embedding.add(corpus_texts)  # plans the batches, sends the first
        del corpus_texts
        with progress.stage("Embedding", embedding.sent) as advance:
            advance(tally.done)
            tally.advance = advance
            embedding.finish()
    except BaseException:
        embedding.cancel()
        raise
    finally:
        actors.close()  # their CPUs go to the story tasks
    spool.index("documents")
    return notes, languages, counts


def _group_stories(
    spool: Spool, n_documents: int, cache: EmbeddingCache, embedder: Embedder, settings: "CheckSettings",
    progress: "Progress",
) -> tuple[dict[int, list[int]], dict[int, tuple[Note, ...]]]:
    """Pass 2: each document's centroid and names from the cache, then the stories; also
    the notes on sentences longer than the model reads, by document position."""
    from consistency.pipeline import truncation_notes

    centroids, names = CentroidIndex(), PackedNames()
    truncated: dict[int, tuple[Note, ...]] = {}
    with progress.stage("Grouping stories", n_documents) as advance:
        for position, document in enumerate(spool.sequence("documents")):
            sentences = split_sentences(document, cache) if is_compared(document.language) else []
            centroids.add(document.id, sentences, embedder.embed([s.text for s in sentences], cache=cache))
            names.append(proper_names(sentences, document.language))
            notes = truncation_notes(sentences, {document.id: document}, embedder)
            if notes:
                truncated[position] = notes
            advance(1)
    return story_members(centroids, names, settings, embedder), truncated


def _truncation_notes(
    truncated: dict[int, tuple[Note, ...]], members: dict[int, list[int]], in_one_call: bool
) -> list[Note]:
    """The notes in the local engine's order: by document when it checks the corpus at
    once; story by story, for stories of two or more documents, when it checks a story at
    a time."""
    if in_one_call:
        return [note for position in sorted(truncated) for note in truncated[position]]
    return [
        note
        for story, positions in sorted(members.items())
        if len(positions) > 1
        for position in positions
        for note in truncated.get(position, ())
    ]


def _check_stories(
    ray, cluster: "Cluster", members: dict[int, list[int]], counts: array, spool: Spool, cache: EmbeddingCache,
    settings: "CheckSettings", recipe: EmbedderRecipe, embedder: Embedder, progress: "Progress",
) -> int:
    """Pass 3: every story checked, its records in the spool; returns the aligned pairs."""
    run = _remote_story(ray)
    identity = embedder.cache_identity
    under_way: dict = {}  # ObjectRef -> the story's document positions by id
    n_pairs = 0

    def collect() -> int:
        ready, _ = ray.wait(list(under_way), num_returns=1)
        outcome: StoryOutcome = result_of(ray, ready[0], "checking a story")
        set_aside(spool, outcome.report, under_way.pop(ready[0]))
        write_back(cache, outcome.vector_writes, outcome.record_writes)
        return outcome.report.n_aligned_pairs

    # The largest stories first, so none is left running alone at the end.
    order = sorted(members.items(), key=lambda item: (-sum(counts[p] for p in item[1]), item[0]))
    with progress.stage("Checking stories", len(members)) as advance:
        try:
            for story, positions in order:
                documents = [spool.get("documents", int_key(position)) for position in positions]
                position_of = {document.id: position for document, position in zip(documents, positions)}
                n_sentences = tuple(counts[position] for position in positions)
                if len(documents) == 1:
                    set_aside(spool, check_story(documents, n_sentences, story, settings, embedder, cache), position_of)
                    advance(1)
                    continue
                while len(under_way) >= TASKS_PER_WORKER * cluster.workers:
                    n_pairs += collect()
                    advance(1)
                entries = CacheEntries.read_for(documents, cache, identity)
                work = StoryWork(story, tuple(documents), n_sentences, identity, entries, package_digest())
                under_way[run.remote(work, settings, recipe)] = position_of
            while under_way:
                n_pairs += collect()
                advance(1)
        except BaseException:
            for reference in under_way:
                ray.cancel(reference, force=True)
            raise
    return n_pairs
