"""Where a check's work runs: the engine.

``local`` runs every stage in this process (``consistency.pipeline``). ``ray`` runs the
two stages that divide, embedding (a batch of sentences at a time) and checking (a story
at a time), on a Ray cluster; reading the input, grouping stories and writing the report
stay here, on the driver (``consistency.engine.ray_check``). Both engines give the same
report byte for byte. Ray is an optional extra (``pip install 'consistency[ray]'``),
imported only once the ray engine runs, so ``consistency --help`` stays instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence, TextIO

from consistency.errors import ConsistencyError, SettingsError, UnknownComponent
from consistency.loaders import ReadOptions

if TYPE_CHECKING:
    from consistency.embedding import Embedder
    from consistency.pipeline import CheckSettings, Progress
    from consistency.records import Report
    from consistency.store import AddResult

ENGINES = ("local", "ray")


@dataclass(frozen=True)
class EngineSettings:
    """Which engine runs a check and, for Ray, on which cluster with how many workers."""

    name: str = "local"
    #: A running Ray cluster to join: "auto" (the one this machine belongs to) or
    #: "HOST:PORT" of its head node. None starts a Ray instance on this machine for the run.
    address: str | None = None
    #: Embedding actors and story tasks at once; None: one per CPU of the cluster.
    workers: int | None = None

    def __post_init__(self) -> None:
        if self.name not in ENGINES:
            raise UnknownComponent("engine", self.name, list(ENGINES))
        if self.name == "local" and (self.address is not None or self.workers is not None):
            raise SettingsError("--ray-address and --workers only apply with --engine ray")
        if self.workers is not None and self.workers < 1:
            raise SettingsError(f"--workers {self.workers}: give 1 or more")


class EngineError(ConsistencyError):
    """The engine could not run the check."""


class RayNotInstalled(EngineError):
    """--engine ray needs Ray, which is not installed here; install it with: pip install 'consistency[ray]'"""


class ClusterUnreachable(EngineError):
    """No Ray cluster answers at the address given."""

    def __init__(self, address: str, reason: str):
        self.address = address
        super().__init__(
            f"--ray-address {address}: no Ray cluster answers there ({reason}); start one with 'ray start --head' on "
            "its head node and give that node's HOST:PORT (6379 by default), or leave out --ray-address to run Ray "
            "on this machine"
        )


class WorkerMismatch(EngineError):
    """A worker embeds with another model or backend than this machine."""


def check_paths(
    paths: Sequence[str],
    settings: "CheckSettings",
    engine: EngineSettings = EngineSettings(),
    stdin: TextIO | None = None,
    embedder: "Embedder | None" = None,
    progress: "Progress | None" = None,
    index_folder: str | None = None,
    read_options: ReadOptions = ReadOptions(),
) -> "Report":
    """``consistency.pipeline.check_paths`` on the chosen engine; the same report either way.

    Against a sentence index, the ray engine embeds the new articles on the cluster and
    checks them here: the index is one corpus, not stories to hand out."""
    from consistency import pipeline

    if engine.name == "local":
        return pipeline.check_paths(paths, settings, stdin, embedder, progress, index_folder, read_options)
    if index_folder is None:
        from consistency.engine.ray_check import check_paths_on_ray

        return check_paths_on_ray(paths, settings, engine, stdin, embedder, progress, read_options)
    from consistency.engine.ray_embedding import embedding_on_ray

    with embedding_on_ray(engine, settings, embedder) as cluster_embedder:
        return pipeline.check_paths(paths, settings, stdin, cluster_embedder, progress, index_folder, read_options)


def add_to_index(
    index_folder: str,
    paths: Sequence[str],
    settings: "CheckSettings",
    engine: EngineSettings = EngineSettings(),
    stdin: TextIO | None = None,
    embedder: "Embedder | None" = None,
    progress: "Progress | None" = None,
    read_options: ReadOptions = ReadOptions(),
) -> "AddResult":
    """``consistency.pipeline.add_to_index`` on the chosen engine: on Ray, the new articles'
    sentences are embedded on the cluster."""
    from consistency import pipeline

    if engine.name == "local":
        return pipeline.add_to_index(index_folder, paths, settings, stdin, embedder, progress, read_options)
    from consistency.engine.ray_embedding import embedding_on_ray

    with embedding_on_ray(engine, settings, embedder) as cluster_embedder:
        return pipeline.add_to_index(index_folder, paths, settings, stdin, cluster_embedder, progress, read_options)
