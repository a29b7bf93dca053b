"""Embedding on a Ray cluster: actors that each load the model once, sent batches of
sentences sorted by length; the vectors go into the driver's cache.

Plain actors rather than Ray Data's ``map_batches``: a batch's make-up shapes its vectors
in their last bits (each sentence is padded to the batch's longest, and the kernels sum
over that width), so vectors identical to the local engine's need the very batches
``Embedder.embed`` forms, which Ray Data would re-form from its own blocks. Ray Data's
streaming executor also keeps processes of its own busy, which on a two-core machine
costs more than the batches it would move.

The driver forms each group's batches as ``Embedder.embed`` does for one call (the
distinct sentences not in the cache, sorted by length, ``batch_size`` at a time), sends
them in blocks to whichever actor has least waiting, and puts a group's vectors in the
cache once all its batches are back, normalised as ``Embedder.embed`` normalises them.
An actor whose process dies is restarted by Ray (the model loads again) and its
unfinished block is sent again, so a lost worker costs time, never vectors.
"""

from __future__ import annotations

import os
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from consistency.cache import normalise_sentence
from consistency.embedding import (
    MULTILINGUAL_MODEL, Embedder, SentenceTransformerEmbedder, UniversalSentenceEncoderEmbedder, embedders, load_embedder,
)
from consistency.engine import EngineError, EngineSettings, WorkerMismatch
from consistency.errors import ConsistencyError, ModelError

if TYPE_CHECKING:
    import numpy as np

    from consistency.cache import EmbeddingCache
    from consistency.pipeline import CheckSettings

#: Sentences sent to an actor at once: enough that a round trip (about 2 ms) is nothing
#: beside embedding them (over a second), few enough that actors share the work evenly.
BLOCK_SENTENCES = 256
#: Blocks waiting at each actor: one being embedded, one ready to start.
BLOCKS_PER_ACTOR = 2
#: Sentences planned but not yet sent before reading waits for the actors: about 40 MB of
#: text, more than a corpus the local engine embeds in one call (under 20 MB) holds.
QUEUED_SENTENCES = 250_000
#: An actor whose process dies is restarted this many times, its unfinished work resent.
ACTOR_RESTARTS = 3


@dataclass(frozen=True)
class EmbedderRecipe:
    """How a worker builds the driver's embedder. A sentence-transformers model travels as
    its bundled name (each node finds its own installed copy) or its folder, and each
    worker loads it; any other embedder (a plugin's, a test's) travels pickled, so its
    module must be importable on the workers."""

    model: str | None = None
    folder: str | None = None
    name: str | None = None
    given: Embedder | None = field(default=None, compare=False)

    @classmethod
    def of(cls, embedder: Embedder) -> "EmbedderRecipe":
        if isinstance(embedder, UniversalSentenceEncoderEmbedder):
            return cls(model=MULTILINGUAL_MODEL)  # each node loads its installed package's weights
        if isinstance(embedder, SentenceTransformerEmbedder):
            # Its loaded model and ONNX session stay here; each worker loads its own.
            if embedder.identity in embedders:
                return cls(model=embedder.identity)
            return cls(folder=str(embedder.folder), name=embedder.identity)
        return cls(given=embedder)

    def build(self) -> Embedder:
        if self.given is not None:
            return self.given
        if self.folder is not None:
            return SentenceTransformerEmbedder(self.folder, name=self.name)
        return load_embedder(self.model)


_built: dict[EmbedderRecipe, Embedder] = {}


def worker_embedder(recipe: EmbedderRecipe) -> Embedder:
    """The recipe's embedder, built once per worker process: a worker that checks many
    stories loads the model (when it needs it at all) once."""
    if recipe.given is not None:
        return recipe.given
    if recipe not in _built:
        _built[recipe] = recipe.build()
    return _built[recipe]


class EmbeddingWorker:
    """The body of an embedding actor: the model, loaded once, and the batches it is sent."""

    def __init__(self, recipe: EmbedderRecipe, cpus: int):
        run_on_cpus(cpus)
        # An error here would reach the driver as Ray's "actor died", its cause in words
        # only; kept, it is raised by ``identity`` as itself.
        self.failure: ConsistencyError | None = None
        try:
            self.embedder = recipe.build()
        except ConsistencyError as error:
            self.failure = error

    def identity(self) -> str:
        if self.failure is not None:
            raise self.failure
        return self.embedder.cache_identity

    def embed_batches(self, batches: list[list[str]]) -> list["np.ndarray"]:
        """Each batch's vectors as the model gives them, not yet normalised."""
        import numpy as np

        embedded = []
        for batch in batches:
            vectors = np.asarray(self.embedder.embed_batch(batch), dtype=np.float32)
            if vectors.ndim != 2 or vectors.shape[0] != len(batch):
                raise ModelError(f"embedder {self.embedder.identity} returned shape {vectors.shape} for {len(batch)} sentences")
            embedded.append(vectors)
        return embedded


def run_on_cpus(cpus: int) -> None:
    """Size the model's thread pool in this Ray worker process to the CPUs Ray gave its
    actor or task, not to every core of its node: ONNX Runtime sizes its pool by
    ``os.cpu_count()``, so four actors on a four-core node would each start four threads.
    The process runs this job's work alone. (Ray already sets OMP_NUM_THREADS, which the
    torch path follows.) A matrix product's sums run in the same order whatever the
    threads, so the vectors do not change (tests/test_ray_engine.py compares them)."""
    os.cpu_count = lambda: cpus


@lru_cache(maxsize=None)
def _remote_worker(ray):
    return ray.remote(max_restarts=ACTOR_RESTARTS, max_task_retries=ACTOR_RESTARTS)(EmbeddingWorker)


def result_of(ray, reference, what: str):
    """``ray.get`` with Ray's failures as our errors: a library error raised on a worker
    as itself, a worker lost past its retries as one line."""
    from ray.exceptions import RayError, RayTaskError

    try:
        return ray.get(reference)
    except RayTaskError as error:
        if isinstance(error.cause, ConsistencyError):
            raise error.cause from None
        # A bug, as if it had happened here; the worker's traceback stays chained to it.
        raise error.cause from error
    except RayError as error:
        raise EngineError(
            f"{what} failed on the Ray cluster after its retries ({type(error).__name__}); see the Ray logs "
            "(/tmp/ray/session_latest/logs on each node)"
        ) from None


class EmbeddingActors:
    """One embedding actor per worker, each loading the model once, started when the
    first batch needs them (a run whose vectors are all cached starts none), and checked
    to embed with the very model and backend the driver keys its cache by."""

    def __init__(self, ray, recipe: EmbedderRecipe, workers: int, identity: str):
        self.ray, self.recipe, self.workers, self.identity = ray, recipe, workers, identity
        self.actors: list = []
        self.waiting: list[int] = []

    def start(self) -> None:
        if self.actors:
            return
        # The cluster's CPUs shared out: one worker on two cores embeds on both, as the
        # local engine does; two embed on one each.
        cpus = max(1, int(self.ray.cluster_resources().get("CPU", 1)) // self.workers)
        remote = _remote_worker(self.ray).options(num_cpus=cpus)
        self.actors = [remote.remote(self.recipe, cpus) for _ in range(self.workers)]
        self.waiting = [0] * self.workers
        for found in {result_of(self.ray, actor.identity.remote(), "starting an embedding worker") for actor in self.actors}:
            if found != self.identity:
                self.close()
                raise WorkerMismatch(
                    f"a Ray worker embeds with {found}, this machine with {self.identity}: install the same model and "
                    "package versions on every node, with the same CONSISTENCY_BACKEND"
                )

    def least_busy(self) -> int:
        self.start()
        return min(range(len(self.actors)), key=self.waiting.__getitem__)

    def close(self) -> None:
        """Stop the actors: their CPUs go to the story tasks that follow."""
        for actor in self.actors:
            self.ray.kill(actor)
        self.actors, self.waiting = [], []


@dataclass
class _Group:
    """The sentences of one ``Embedder.embed`` call that the cache lacks."""

    texts: list[str]
    waiting: int
    parts: list[tuple[list[int], "np.ndarray"]] = field(default_factory=list)


@dataclass(frozen=True)
class _Batch:
    group: int
    rows: list[int]
    texts: list[str]


class ClusterEmbedding:
    """Groups of sentences embedded on the actors into ``cache``, each group as one
    ``Embedder.embed`` call would embed it there, so the vectors are the local engine's.

    ``add`` plans a group's batches and sends what the actors have room for, without
    waiting (unless ``QUEUED_SENTENCES`` wait to be sent: reading then waits for the
    actors, so a corpus read faster than it embeds does not pile up in memory);
    ``finish`` sends the rest and waits until every vector is in the cache."""

    def __init__(
        self, actors: EmbeddingActors, embedder: Embedder, cache: "EmbeddingCache",
        on_embedded: Callable[[int], None] = lambda done: None,
    ):
        self.ray, self.actors, self.cache = actors.ray, actors, cache
        self.identity, self.batch_size = embedder.cache_identity, embedder.batch_size
        self.on_embedded = on_embedded
        self.sent = 0
        self._next_group = 0
        self._groups: dict[int, _Group] = {}
        self._filling: list[_Batch] = []
        self._queued: deque[list[_Batch]] = deque()
        self._queued_sentences = 0
        self._in_flight: dict = {}  # ObjectRef -> (actor, its block of batches)
        #: Sentences sent and not yet in the cache: a later group finds them there, as a
        #: later ``Embedder.embed`` call would have.
        self._underway: set[str] = set()

    def add(self, texts: Sequence[str]) -> None:
        unique = [key for key in dict.fromkeys(normalise_sentence(text) for text in texts) if key not in self._underway]
        found = self.cache.get_many(self.identity, unique)
        missing = [unique[position] for position in range(len(unique)) if position not in found]
        if not missing:
            return
        # Embedder._embed_batches's order: by length, ties in first-seen order.
        order = sorted(range(len(missing)), key=lambda row: (len(missing[row]), row))
        rows_of_batches = [order[start : start + self.batch_size] for start in range(0, len(order), self.batch_size)]
        group, self._next_group = self._next_group, self._next_group + 1
        self._groups[group] = _Group(missing, len(rows_of_batches))
        self._underway.update(missing)
        self.sent += len(missing)
        for rows in rows_of_batches:
            self._filling.append(_Batch(group, rows, [missing[row] for row in rows]))
            if sum(len(batch.rows) for batch in self._filling) >= BLOCK_SENTENCES:
                self._queue_filling()
        self._send_what_fits()
        while self._queued_sentences > QUEUED_SENTENCES:
            self._collect(wait=True)
            self._send_what_fits()

    def finish(self) -> None:
        self._queue_filling()
        while self._queued or self._in_flight:
            self._send_what_fits()
            self._collect(wait=True)

    def cancel(self) -> None:
        for reference in self._in_flight:
            self.ray.cancel(reference)
        self._in_flight.clear()
        self._queued.clear()

    def _queue_filling(self) -> None:
        if self._filling:
            self._queued.append(self._filling)
            self._queued_sentences += sum(len(batch.rows) for batch in self._filling)
            self._filling = []

    def _send_what_fits(self) -> None:
        if self._in_flight:
            self._collect(wait=False)
        while self._queued and len(self._in_flight) < BLOCKS_PER_ACTOR * self.actors.workers:
            block = self._queued.popleft()
            self._queued_sentences -= sum(len(batch.rows) for batch in block)
            actor = self.actors.least_busy()
            reference = self.actors.actors[actor].embed_batches.remote([batch.texts for batch in block])
            self._in_flight[reference] = (actor, block)
            self.actors.waiting[actor] += 1

    def _collect(self, wait: bool) -> None:
        """Take in the blocks that are back: at least one if ``wait``, else those ready now."""
        if not self._in_flight:
            return
        ready, _ = self.ray.wait(list(self._in_flight), num_returns=len(self._in_flight) if not wait else 1,
                                 timeout=None if wait else 0)
        for reference in ready:
            actor, block = self._in_flight.pop(reference)
            self.actors.waiting[actor] -= 1
            for batch, vectors in zip(block, result_of(self.ray, reference, "embedding a block of sentences")):
                group = self._groups[batch.group]
                group.parts.append((batch.rows, vectors))
                group.waiting -= 1
                if not group.waiting:
                    self._store(self._groups.pop(batch.group))
                self.on_embedded(len(batch.rows))

    def _store(self, group: _Group) -> None:
        import numpy as np

        # Assembled and normalised exactly as Embedder._embed_batches does it.
        matrix = np.empty((len(group.texts), group.parts[0][1].shape[1]), dtype=np.float32)
        matrix[[row for rows, _ in group.parts for row in rows]] = np.vstack([vectors for _, vectors in group.parts])
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        self.cache.put_many(self.identity, group.texts, matrix / np.maximum(norms, 1e-12))
        self._underway.difference_update(group.texts)


class ClusterEmbedder(Embedder):
    """The driver's embedder with ``embed`` run on the cluster's actors, for the stages
    that embed one batch of articles (``index add``, a check against an index). Everything
    else (names, token counts, ``compare``'s few sentences) is the driver's embedder's."""

    def __init__(self, local: Embedder, ray, recipe: EmbedderRecipe, workers: int):
        self.local, self.ray, self.recipe, self.workers = local, ray, recipe, workers
        self.identity, self.batch_size, self.max_tokens = local.identity, local.batch_size, local.max_tokens
        self._actors = EmbeddingActors(ray, recipe, workers, local.cache_identity)

    @property
    def cache_identity(self) -> str:
        return self.local.cache_identity

    def token_count(self, text: str) -> int:
        return self.local.token_count(text)

    def overlong(self, texts: Sequence[str]) -> list[int]:
        return self.local.overlong(texts)

    def embed_few(self, texts: Sequence[str]) -> "np.ndarray":
        return self.local.embed_few(texts)

    def embed_batch(self, texts: Sequence[str]) -> "np.ndarray":
        return self.local.embed_batch(texts)

    def embed(
        self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None, cache: "EmbeddingCache | None" = None
    ) -> "np.ndarray":
        from consistency.engine.story_cache import StoryCache

        target = cache if cache is not None else StoryCache()
        reported = 0

        def advance(done: int) -> None:
            nonlocal reported
            reported += done
            if on_batch:
                on_batch(done)

        embedding = ClusterEmbedding(self._actors, self.local, target, advance)
        try:
            embedding.add(texts)
            embedding.finish()
        except BaseException:
            embedding.cancel()
            raise
        vectors = self.local.embed(texts, cache=target)  # every vector is in the cache now
        if on_batch and len(texts) > reported:
            on_batch(len(texts) - reported)  # sentences the cache held, or repeated
        return vectors

    def close(self) -> None:
        self._actors.close()


@contextmanager
def embedding_on_ray(engine: EngineSettings, settings: "CheckSettings", embedder: Embedder | None) -> Iterator[ClusterEmbedder]:
    """An embedder that embeds on the Ray cluster ``engine`` names, for one run."""
    from consistency.engine.ray_cluster import import_ray, ray_cluster

    local = embedder or load_embedder(settings.model)
    recipe = EmbedderRecipe.of(local)
    with ray_cluster(engine) as cluster:
        cluster_embedder = ClusterEmbedder(local, import_ray(), recipe, cluster.workers)
        try:
            yield cluster_embedder
        finally:
            cluster_embedder.close()

