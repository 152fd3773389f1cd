"""Where the heavy stages run: in this process (``local``) or as Ray actors (``ray``).

A stage hands the engine a list of items (a batch of documents, a chunk of texts, a block of
query rows, a connected component) and a function of ``(state, item)``; the engine yields the
results in the order of the items. The *state* is what every item needs and is costly to build
or to ship (a model, a search index, the analysed texts): ``state=(init, args)`` builds it once
per worker with ``init(*args)``. Everything else (reading DuckDB, ordering, writing) stays in the
calling process, so both engines write the same rows in the same transactions: a stage
interrupted on the driver leaves the database as it was, and the two engines give the same
tables as long as each item's result depends on the item and the state alone.

On Ray every worker is an actor with one CPU; an actor that dies (a killed worker, a lost
node) is restarted with the same state and its items are retried (``RETRIES`` times), so a
killed worker does not change the result. ``COMPARE_FAULT=STAGE:MARKER`` is a fault injector
for tests: the first worker to run an item of ``STAGE`` that can create the file ``MARKER``
kills its own process (SIGKILL).

    from compare import engine
    with engine.use("ray"):                 # a local Ray (or engine.use("ray", address=...))
        compare.open("news.duckdb").run()
"""

from __future__ import annotations

import contextlib
import os
import signal
from typing import Any, Callable, Iterator, Sequence

from compare.errors import CompareError
from compare.progress import Progress, no_progress

ENGINES = ("local", "ray")
RETRIES = 3  # attempts per item after its worker died
_WINDOW = 4  # items in flight per worker


def as_is(*parts):
    """A state that is its parts as given (one part: that part), for ``state=(as_is, ...)``."""
    return parts[0] if len(parts) == 1 else parts


class LocalEngine:
    """Runs every item in this process, in order."""

    name = "local"
    workers = 1

    def map(self, fn: Callable[[Any, Any], Any], items: Sequence, *, stage: str,
            state: tuple | None = None, progress: Progress = no_progress) -> Iterator:
        shared = state[0](*state[1]) if state is not None else None
        for n, item in enumerate(items, 1):
            yield fn(shared, item)
            progress(stage, n, len(items))

    def close(self) -> None:
        pass


class RayEngine:
    """Runs items on Ray actors (one CPU each), results back in item order. ``address``: an
    existing cluster (``ray://host:10001`` or ``auto``); none starts a local Ray with
    ``num_cpus`` (default: every core) that stops with the engine."""

    name = "ray"

    def __init__(self, address: str | None = None, num_cpus: int | None = None):
        self.address, self.num_cpus = address, num_cpus
        self.fault = os.environ.get("COMPARE_FAULT", "")  # STAGE:MARKER (tests)
        self._started = False

    def _ray(self):
        try:
            import ray
        except ImportError:
            raise CompareError("the ray engine needs Ray: pip install -c constraints.txt "
                               "-e '.[ray]' (or use --engine local)") from None
        if not ray.is_initialized():
            kwargs: dict = {"include_dashboard": False, "log_to_driver": False,
                            "configure_logging": False}
            try:
                if self.address:
                    ray.init(address=self.address, **kwargs)
                else:
                    ray.init(num_cpus=self.num_cpus, **kwargs)
            except (ConnectionError, RuntimeError) as err:
                raise CompareError(f"could not start or reach Ray ({err}); check --address, "
                                   "or use --engine local") from None
            self._started = True
        return ray

    @property
    def workers(self) -> int:
        return max(1, int(self._ray().cluster_resources().get("CPU", 1)))

    def map(self, fn: Callable[[Any, Any], Any], items: Sequence, *, stage: str,
            state: tuple | None = None, progress: Progress = no_progress) -> Iterator:
        if not len(items):
            return
        ray = self._ray()
        worker = ray.remote(num_cpus=1, max_restarts=RETRIES, max_task_retries=RETRIES)(_Worker)
        init, args = state if state is not None else (None, ())
        # the state's parts go to the object store once; each actor builds the state from them
        # with its first item (and again after a restart), so nothing large is an actor argument
        shared = (init, [ray.put(a) for a in args])
        actors = [worker.remote() for _ in range(min(self.workers, len(items)))]
        try:
            refs: dict[int, Any] = {}  # item number -> its result's reference, in flight
            submitted = 0
            for n in range(len(items)):
                while submitted < len(items) and len(refs) < _WINDOW * len(actors):
                    actor = actors[submitted % len(actors)]
                    refs[submitted] = actor.run.remote(fn, items[submitted], stage, shared,
                                                       self.fault)
                    submitted += 1
                yield _get(ray, refs.pop(n), stage)  # in order; later items keep running
                progress(stage, n + 1, len(items))
        finally:
            for actor in actors:
                ray.kill(actor)

    def close(self) -> None:
        if self._started:
            import ray

            ray.shutdown()
            self._started = False


def _get(ray, ref, stage: str):
    """A task's result; a worker that failed for good is a one-line error."""
    try:
        return ray.get(ref)
    except ray.exceptions.RayTaskError as err:
        raise err.as_instanceof_cause() from None
    except ray.exceptions.RayError as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise CompareError(f"Ray lost the {stage} stage after {RETRIES} retries ({first}); "
                           "nothing was written, run the command again") from None


class _Worker:
    """A Ray actor: builds the state with its first item, then runs items against it."""

    def __init__(self):
        self.state = self.built = None

    def run(self, fn, item, stage: str, shared: tuple, fault: str):
        init, refs = shared  # refs inside a tuple: Ray hands them over unresolved
        if self.built is None:
            import ray

            self.state = init(*ray.get(refs)) if init is not None else None
            self.built = True
        _maybe_fault(stage, fault)
        return fn(self.state, item)


def _maybe_fault(stage: str, fault: str) -> None:
    """The test fault injector (``COMPARE_FAULT=STAGE:MARKER``; see the module docstring)."""
    wanted, _, marker = fault.partition(":")
    if wanted != stage or not marker:
        return
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return
    os.kill(os.getpid(), signal.SIGKILL)


_current: LocalEngine | RayEngine | None = None


def get_engine(name: str | None = None, *, address: str | None = None,
               num_cpus: int | None = None) -> LocalEngine | RayEngine:
    """An engine by name (default: ``COMPARE_ENGINE``, else local)."""
    name = name or os.environ.get("COMPARE_ENGINE") or "local"
    if name == "local":
        return LocalEngine()
    if name == "ray":
        return RayEngine(address or os.environ.get("COMPARE_RAY_ADDRESS"), num_cpus)
    raise CompareError(f"unknown engine {name!r} (choose one of: {', '.join(ENGINES)})")


def current() -> LocalEngine | RayEngine:
    """The engine the stages use now (set with ``use``; default from ``COMPARE_ENGINE``)."""
    global _current
    if _current is None:
        _current = get_engine()
    return _current


@contextlib.contextmanager
def use(engine: str | LocalEngine | RayEngine | None = None, *, address: str | None = None,
        num_cpus: int | None = None) -> Iterator[LocalEngine | RayEngine]:
    """Run the stages called inside on ``engine``; a Ray started here stops at the end."""
    global _current
    chosen = engine if isinstance(engine, (LocalEngine, RayEngine)) else get_engine(
        engine, address=address, num_cpus=num_cpus)
    before, _current = _current, chosen
    try:
        yield chosen
    finally:
        _current = before
        if chosen is not engine:
            chosen.close()
