"""The worker processes behind ``--jobs``: started once, tasks to whichever is free,
results in task order, one message to every worker, failures raised in the parent."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterator

import pytest

from quotecheck.pipeline.parallel import balanced, start_method
from quotecheck.pipeline.workers import WorkerFailedError, WorkerLostError, Workers

_told: list[str] = []


def _nothing() -> None:
    """Set-up of a test worker: none."""


def _slow_then_pid(seconds: float) -> tuple[float, int]:
    time.sleep(seconds)
    return seconds, os.getpid()


def _remember(word: str) -> None:
    _told.append(word)


def _told_here(_: int) -> tuple[int, list[str]]:
    time.sleep(0.05)
    return os.getpid(), list(_told)


def _fail(_: int) -> None:
    raise ValueError("a bug in a worker")


def _die(_: int) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.fixture
def workers() -> Iterator[Workers]:
    running = Workers(2, multiprocessing.get_context(start_method()), _nothing, ())
    try:
        yield running
    finally:
        running.terminate()


def test_results_come_in_task_order_from_both_workers(workers: Workers) -> None:
    delays = [0.4, 0.0, 0.3, 0.0, 0.0, 0.1]
    results = list(workers.map(_slow_then_pid, delays))
    assert [d for d, _ in results] == delays
    assert len({pid for _, pid in results}) == 2
    assert os.getpid() not in {pid for _, pid in results}


def test_a_broadcast_reaches_every_worker_once(workers: Workers) -> None:
    workers.broadcast(_remember, "sources")
    seen = list(workers.map(_told_here, range(8)))
    assert len({pid for pid, _ in seen}) == 2
    assert all(told == ["sources"] for _, told in seen)


def test_a_failing_task_raises_in_the_parent_with_its_traceback(workers: Workers) -> None:
    with pytest.raises(ValueError, match="a bug in a worker") as caught:
        list(workers.map(_fail, [1]))
    assert isinstance(caught.value.__cause__, WorkerFailedError)
    assert "_fail" in str(caught.value.__cause__)


def test_a_worker_that_dies_is_an_error_not_a_hang(workers: Workers) -> None:
    with pytest.raises(WorkerLostError):
        list(workers.map(_die, [1]))


def test_batches_are_consecutive_and_about_equal() -> None:
    weights = [5, 1, 1, 1, 1, 1, 5, 1, 1, 1, 1, 1]
    batches = balanced(weights, 4)
    assert [k for batch in batches for k in batch] == list(range(12))
    assert [sum(weights[k] for k in batch) for batch in batches] == [5, 5, 5, 5]
    assert balanced([], 4) == []
    assert balanced([1, 1], 8) == [[0], [1]]
