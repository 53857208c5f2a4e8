"""Worker processes started once, each with its own pipe, that take their tasks themselves:
a round's tasks go to every worker in one message, and each process (the workers and, if
asked, the main process too) takes the next task not yet taken from a counter they share;
results come back in task order. One message can also go to every worker (the run's shared
sources, pickled once).

Lighter than :class:`multiprocessing.pool.Pool` for this use: no helper threads in the
parent (the pool's worker-handler thread spins while results wait in its pipe), no wait for
the parent to hand out the next task (a worker that is done takes the next one at once, even
while the main process is busy with a task of its own), and a broadcast.
"""

from __future__ import annotations

import os
import pickle
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")
#: what a worker sends after the last task of a round it could take
ROUND_DONE = -1
#: what a worker sends when it has run a function sent to every worker
TOLD = -2
#: a message to a worker: run every task of a round, or one function once
ROUND, ONCE = "round", "once"
#: how often a process waiting for the task counter checks that the others are alive
HOLD_CHECK_SECONDS = 1.0


class WorkerLostError(RuntimeError):
    """A worker process ended without answering (killed, or out of memory)."""


class WorkerFailedError(RuntimeError):
    """Where a worker's task failed: the traceback in the worker, as text."""


@dataclass(frozen=True)
class TaskCounter:
    """The number of the next task of a round, shared by the run's processes."""

    value: Any  # a multiprocessing RawValue
    lock: Any  # a multiprocessing Lock


def take(counter: TaskCounter, alive: Callable[[], bool]) -> int:
    """The number of the next task no process has taken yet (and it is now taken); while
    another process holds the counter, ``alive`` says every process of the run still is (a
    process killed while it held the counter is an error, not a hang)."""
    while not counter.lock.acquire(timeout=HOLD_CHECK_SECONDS):
        if not alive():
            raise WorkerLostError("a process of the run ended while it held the task counter")
    try:
        number: int = counter.value.value
        counter.value.value = number + 1
    finally:
        counter.lock.release()
    return number


def _run(function: Callable[[Any], Any], argument: Any) -> tuple[bool, Any]:
    """``(True, function(argument))``, or ``(False, (error, traceback))`` for a bug."""
    try:
        return True, function(argument)
    except Exception as exc:  # a bug: raised in the parent, with where it happened
        return False, (exc, traceback.format_exc())


def _send(conn: Connection, number: int, answer: tuple[bool, Any]) -> None:
    """Send a task's answer (an answer that cannot be pickled becomes an error)."""
    try:
        conn.send((number, *answer))
    except Exception as exc:
        conn.send((number, False, (RuntimeError(f"{type(exc).__name__}: {exc}"), "")))


def _serve(conn: Connection, counter: TaskCounter, start: Callable[..., None],
           args: tuple[Any, ...]) -> None:
    """A worker's life: set up once, then run what it is sent until told to stop (or until
    the parent is gone)."""
    parent = os.getppid()
    start(*args)
    try:
        while (message := conn.recv()) is not None:
            kind, function, argument = message
            if kind == ONCE:
                _send(conn, TOLD, _run(function, argument))
                continue
            while (number := take(counter, lambda: os.getppid() == parent)) < len(argument):
                _send(conn, number, _run(function, argument[number]))
            conn.send((ROUND_DONE, True, None))
    except (EOFError, OSError, WorkerLostError):  # the parent is gone
        return


class Workers:
    """``count`` worker processes, each set up once by ``start(*args)``."""

    def __init__(self, count: int, context: BaseContext, start: Callable[..., None],
                 args: tuple[Any, ...]) -> None:
        self._conns: list[Connection] = []
        self._processes = []
        self._counter = TaskCounter(context.RawValue("q", 0),
                                    context.Lock())
        self._unheard = 0  # broadcasts not waited for whose answers are still in the pipes
        for _ in range(count):
            mine, theirs = context.Pipe()
            process = context.Process(  # type: ignore[attr-defined]
                target=_serve, args=(theirs, self._counter, start, args), daemon=True)
            process.start()
            theirs.close()
            self._conns.append(mine)
            self._processes.append(process)

    def map(self, function: Callable[[Task], Result], tasks: Sequence[Task],
            here: bool = False) -> Iterator[Result]:
        """``function`` of each task, in task order, each run by the first process free to
        take it: a worker, or (``here``) this process too, between the answers it loads."""
        self._counter.value.value = 0  # every worker is between rounds: none takes a task
        self._tell((ROUND, function, tasks))
        running, done, given = list(self._conns), dict[int, Result](), 0
        mine = here
        while running or mine:
            if mine:
                if (number := take(self._counter, self._alive)) < len(tasks):
                    done[number] = function(tasks[number])
                else:
                    mine = False
            for ready in wait(running, timeout=0 if mine else None) if running else ():
                number, value = self._answer(ready)
                if number == ROUND_DONE:
                    running.remove(ready)  # type: ignore[arg-type]
                elif number != TOLD:  # a broadcast not waited for, done (or raised)
                    done[number] = value
            while given in done:
                yield done.pop(given)
                given += 1
        self._unheard = 0  # a worker answers them before its round ends

    def broadcast(self, function: Callable[[Task], object], argument: Task,
                  wait: bool = True) -> None:
        """Run ``function(argument)`` once in every worker (pickled once), and wait; or
        (not ``wait``) go on at once: each worker runs it before the next round's tasks,
        and the next round hears of its end (or raises its error)."""
        self._tell((ONCE, function, argument))
        if not wait:
            self._unheard += 1
            return
        for conn in self._conns:
            for _ in range(self._unheard + 1):  # the answers of those not waited for first
                self._answer(conn)
        self._unheard = 0

    def _tell(self, message: tuple[str, Callable[[Any], Any], Any]) -> None:
        """Send ``message`` (pickled once) to every worker."""
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        for conn in self._conns:
            try:
                conn.send_bytes(data)
            except OSError:  # the worker is gone (a broken pipe)
                raise WorkerLostError("a worker process ended unexpectedly") from None

    def _alive(self) -> bool:
        """True while every worker process runs."""
        return all(process.is_alive() for process in self._processes)

    @staticmethod
    def _answer(conn: object) -> tuple[int, Any]:
        """A worker's answer: the task's number and what it returned (its error raised
        here)."""
        assert isinstance(conn, Connection)
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):  # OSError: the pipe was reset as the worker died
            raise WorkerLostError("a worker process ended unexpectedly") from None
        number, ok, value = pickle.loads(data)
        if not ok:
            error, where = value
            raise error from WorkerFailedError(where)
        return number, value

    def close(self) -> None:
        """Tell the workers to stop, and wait for them."""
        for conn in self._conns:
            conn.send(None)
        for process in self._processes:
            process.join()

    def terminate(self) -> None:
        """End the workers now (Ctrl-C, an error), without waiting for their tasks."""
        for process in self._processes:
            process.terminate()
        for process in self._processes:
            process.join()
