"""Joining a Ray cluster, or starting one on this machine for the length of a run.

Everything here imports Ray lazily: the package works, and ``--help`` stays instant,
without the extra installed.
"""

from __future__ import annotations

import logging
import os
import socket
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from consistency.engine import ClusterUnreachable, EngineSettings, RayNotInstalled

logger = logging.getLogger(__name__)

#: Environment a worker must share with the driver to embed as it does: the backend
#: (ONNX Runtime or torch) and where exported ONNX graphs are kept.
SHARED_ENVIRONMENT = ("CONSISTENCY_BACKEND", "CONSISTENCY_GRAPHS")
#: How long to wait for a cluster's head node to accept a connection. Ray itself retries
#: an address that does not answer for minutes, printing as it goes.
CONNECT_TIMEOUT_S = 5.0
#: Ray's default port for a head node's GCS, as 'ray start --head' opens it.
DEFAULT_PORT = 6379


def import_ray():
    try:
        import ray
    except ImportError:
        raise RayNotInstalled() from None
    return ray


@dataclass(frozen=True)
class Cluster:
    """The Ray cluster a run uses: how many workers it may keep busy at once."""

    workers: int
    #: Whether this run started Ray (and so stops it) or joined one already running.
    started_here: bool


@contextmanager
def ray_cluster(engine: EngineSettings) -> Iterator[Cluster]:
    """Ray for one run: the instance this process already runs (a library caller's or a
    test's), the cluster at ``engine.address``, or a new one on this machine with
    ``engine.workers`` CPUs, stopped afterwards."""
    ray = import_ray()
    if ray.is_initialized():
        with _notices_off_stdout(ray):
            yield Cluster(_workers(engine, ray), started_here=False)
        return
    environment = {name: os.environ[name] for name in SHARED_ENVIRONMENT if name in os.environ}
    quiet = dict(log_to_driver=False, logging_level=logging.ERROR, runtime_env={"env_vars": environment} if environment else None)
    if engine.address is None:
        ray.init(num_cpus=engine.workers or os.cpu_count() or 1, include_dashboard=False, **quiet)
    else:
        _check_reachable(engine.address)
        try:
            with _stderr_to_log():
                ray.init(address=engine.address, **quiet)
        except ConnectionError as error:
            raise ClusterUnreachable(engine.address, _first_sentence(str(error))) from None
    try:
        with _notices_off_stdout(ray):
            yield Cluster(_workers(engine, ray), started_here=True)
    finally:
        ray.shutdown()


@contextmanager
def _notices_off_stdout(ray) -> Iterator[None]:
    """Ray prints its notices to the driver's standard output, where the report may be
    going: "a worker died or was killed", "the task will be retried". For the length of
    a run they go to the log instead. They need nothing from the user: Ray retries the
    work, and work that fails past its retries is an error of ours."""
    worker_module = getattr(getattr(ray, "_private", None), "worker", None)
    printer = getattr(worker_module, "print_to_stdstream", None)
    if printer is None:  # another Ray than the one pinned; its notices print as they do
        yield
        return

    def to_log(data: dict, ignore_prefix: bool) -> None:
        for line in data.get("lines", ()):
            logger.info("ray (%s): %s", data.get("pid", ""), line)

    worker_module.print_to_stdstream = to_log
    try:
        yield
    finally:
        worker_module.print_to_stdstream = printer


@contextmanager
def _stderr_to_log() -> Iterator[None]:
    """Ray's core, joining a cluster, writes a line to the process's stderr each second it
    waits for an address that answers but is not Ray's (about 20 s); the user gets one line
    of ours instead, and the log keeps Ray's. Joining starts no process that could inherit
    the redirection."""
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as captured:
        os.dup2(captured.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            captured.seek(0)
            for line in captured.read().decode("utf-8", "replace").splitlines():
                logger.info("ray: %s", line)


def _first_sentence(message: str) -> str:
    first = message.strip().splitlines()[0] if message.strip() else "no answer"
    return first.split(". ")[0].rstrip(".")


def _workers(engine: EngineSettings, ray) -> int:
    """As many workers as asked for, at most one per CPU of the cluster: an embedding actor
    holds its CPU while it lives, and one more than the CPUs would wait for ever."""
    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    return min(engine.workers or cpus, cpus)


def _check_reachable(address: str) -> None:
    """Fail at once, with one line, where Ray would retry for minutes: a HOST:PORT whose
    port takes no connection. "auto" is left to Ray, which answers at once."""
    if address == "auto" or address.startswith("ray://"):
        return
    host, _, port = address.rpartition(":")
    if not host:
        host, port = address, str(DEFAULT_PORT)
    if not port.isdigit():
        raise ClusterUnreachable(address, f"'{port}' is not a port number; write HOST:PORT")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_TIMEOUT_S):
            pass
    except TimeoutError:
        raise ClusterUnreachable(address, f"no answer within {CONNECT_TIMEOUT_S:g} s") from None
    except OSError as error:
        raise ClusterUnreachable(address, (error.strerror or type(error).__name__).lower()) from None
