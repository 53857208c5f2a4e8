"""The worker processes behind ``--jobs``: started once, tasks to whichever is free,
results in task order, one message to every worker, failures raised in the parent."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotecheck.cli.inputs import name_inputs
from quotecheck.findings import ArticleResult
from quotecheck.pipeline.parallel import _start_worker, balanced, shrinking, start_method
from quotecheck.pipeline.run import new_store, run_verify
from quotecheck.pipeline.workers import (
    HOLD_CHECK_SECONDS,
    TaskCounter,
    WorkerFailedError,
    WorkerLostError,
    Workers,
    take,
)
from quotecheck.settings import CheckSettings

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


def _loaded_slowly(at: float) -> float:
    """Loading an answer in the parent: half a second; when it ended."""
    time.sleep(0.5)
    return time.time()


class _SlowToLoad:
    """An answer the parent takes half a second to load."""

    def __reduce__(self) -> tuple[object, tuple[float]]:
        return _loaded_slowly, (time.time(),)


def _answer_or_start(number: int) -> object:
    """Task 0 answers with something slow to load; task 1 says when it started."""
    return _SlowToLoad() if number == 0 else time.time()


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


def test_a_worker_gets_its_next_task_before_its_answer_is_loaded() -> None:
    """One worker, two tasks: the second starts while the parent still loads the first
    one's answer (the worker does not wait for the parent)."""
    alone = Workers(1, multiprocessing.get_context(start_method()), _nothing, ())
    try:
        loaded, started = list(alone.map(_answer_or_start, [0, 1]))
    finally:
        alone.terminate()
    assert isinstance(loaded, float) and isinstance(started, float)
    assert started < loaded - 0.1


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


@pytest.mark.parametrize("jobs", [2, 3])
def test_batches_shrink_towards_the_end_of_a_round(jobs: int) -> None:
    """Batches of an eighth of a job's share of the work at first, then shrinking, the
    last ones about a 32nd of a job's share: the workers finish a round together."""
    weights = [3, 1, 2] * 100
    batches = shrinking(weights, jobs)
    assert [k for batch in batches for k in batch] == list(range(300))
    sizes = [sum(weights[k] for k in batch) for batch in batches]
    share = sum(weights) / jobs
    assert max(sizes) <= share / 8 + 3  # never more than the fixed batches of before
    assert sizes[-2] <= share / 32 + 3 < sizes[0]  # the tail is small
    assert all(later <= earlier + 3 for earlier, later in itertools.pairwise(sizes))
    assert len(batches) <= jobs * 16
    assert shrinking([], jobs) == [] and shrinking([5], jobs) == [[0]]


def _pid(_: int) -> int:
    return os.getpid()


def test_workers_ignore_ctrl_c_and_leave_it_to_the_parent(tmp_path: Path) -> None:
    """A terminal's Ctrl-C reaches every process of the group: the workers must not die of
    it (nor print a traceback); the parent ends them. (Two tasks that each wait for the
    other to start: one for each worker.)"""
    running = Workers(2, multiprocessing.get_context(start_method()), _start_worker,
                      (CheckSettings(), new_store))
    try:
        pids = set(running.map(_meet, [str(tmp_path / "before")] * 2))
        assert len(pids) == 2 and os.getpid() not in pids
        for pid in pids:
            os.kill(pid, signal.SIGINT)
        time.sleep(0.3)
        assert set(running.map(_meet, [str(tmp_path / "after")] * 2)) == pids
    finally:
        running.terminate()


def test_an_interrupted_run_ends_its_workers_at_once(tmp_path: Path) -> None:
    """Ctrl-C while results come in (here: raised by the progress callback): the report
    holds what was done, marked incomplete, and no worker is left running."""
    for i in range(6):
        (tmp_path / f"s{i}.md").write_text(f"She said “line {i} is here” ([o](o.txt)).\n")
    (tmp_path / "o.txt").write_text("Line 0 is here. Line 1 is here.\n")
    workers: list[multiprocessing.process.BaseProcess] = []

    def interrupt(result: ArticleResult) -> None:
        workers.extend(multiprocessing.active_children())
        raise KeyboardInterrupt

    report = run_verify(list(name_inputs([str(tmp_path)])), CheckSettings(), jobs=2,
                        progress=interrupt)
    assert report.complete is False and len(report.articles) == 1
    assert len(workers) == 1  # two jobs: the main process and one worker
    assert not any(process.is_alive() for process in workers)


def _meet(log: str) -> int:
    """Note this process in ``log``, then wait (at most 5 s) until two processes have."""
    with open(log, "a", encoding="utf-8") as file:
        file.write(f"{os.getpid()}\n")
    waiting = time.monotonic() + 5
    while len(set(Path(log).read_text().split())) < 2 and time.monotonic() < waiting:
        time.sleep(0.01)
    return os.getpid()


def test_the_main_process_takes_tasks_too(tmp_path: Path) -> None:
    """With ``here``, the main process takes tasks as a worker does: two tasks that each
    wait for the other to start are done by the main process and the one worker."""
    alone = Workers(1, multiprocessing.get_context(start_method()), _nothing, ())
    try:
        pids = list(alone.map(_meet, [str(tmp_path / "met")] * 2, here=True))
        later = {pid for _, pid in alone.map(_slow_then_pid, [0.0] * 3)}  # without ``here``
    finally:
        alone.terminate()
    assert os.getpid() in pids and len(set(pids)) == 2
    assert later == set(pids) - {os.getpid()}  # the same worker, round after round


def test_a_broadcast_not_waited_for_comes_before_the_next_round(workers: Workers) -> None:
    """Without waiting, each worker still runs the broadcast before the next round's
    tasks; its failure is raised by that round."""
    workers.broadcast(_remember, "plans", wait=False)
    seen = list(workers.map(_told_here, range(6)))
    assert all(told == ["plans"] for _, told in seen)
    workers.broadcast(_fail, 0, wait=False)
    with pytest.raises(ValueError, match="a bug in a worker"):
        list(workers.map(_pid, range(2)))


def _slowly_note(log: str) -> None:
    time.sleep(0.3)
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"{os.getpid()}\n")


def test_a_broadcast_waited_for_after_one_not_waited_for_waits_for_its_own(
        workers: Workers, tmp_path: Path) -> None:
    """The answer of an earlier broadcast not waited for is no answer to this one."""
    log = tmp_path / "noted"
    workers.broadcast(_remember, "plans", wait=False)
    workers.broadcast(_slowly_note, str(log))
    assert len(set(log.read_text(encoding="utf-8").split())) == 2  # both workers, done


def test_a_worker_gone_between_rounds_is_an_error_not_a_crash(workers: Workers) -> None:
    """A worker killed while idle: the next round (or broadcast) says a worker was lost,
    whether its pipe is found broken when the round is sent or when answers are awaited."""
    pids = set(workers.map(_pid, range(1)))
    assert pids
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.3)
    with pytest.raises(WorkerLostError):
        list(workers.map(_pid, range(4), here=True))


def test_a_counter_held_by_a_lost_process_is_an_error_not_a_hang() -> None:
    """A process killed while it held the shared task counter: the others stop waiting for
    it within a few seconds; while all are alive they wait."""
    context = multiprocessing.get_context(start_method())
    counter = TaskCounter(context.RawValue("q", 5), context.Lock())
    assert take(counter, lambda: True) == 5 and counter.value.value == 6
    counter.lock.acquire()  # as if a process had died holding it
    checks: list[int] = []

    def alive() -> bool:
        checks.append(1)
        return len(checks) < 2

    started = time.monotonic()
    with pytest.raises(WorkerLostError):
        take(counter, alive)
    assert len(checks) == 2 and time.monotonic() - started < 2 * HOLD_CHECK_SECONDS + 1
