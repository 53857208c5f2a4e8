"""Worker processes started once, each with its own pipe: tasks go to whichever worker is
free, results come back in the order the tasks were given, and one message can go to every
worker (the run's shared sources, pickled once).

Lighter than :class:`multiprocessing.pool.Pool` for this use: no helper threads in the
parent (the pool's worker-handler thread spins while results wait in its pipe, which costs
the parent, the serial part of the run, a tenth of a second per run), and a broadcast.
"""

from __future__ import annotations

import pickle
import traceback
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")


class WorkerLostError(RuntimeError):
    """A worker process ended without answering (killed, or out of memory)."""


class WorkerFailedError(RuntimeError):
    """Where a worker's task failed: the traceback in the worker, as text."""


def _serve(conn: Connection, start: Callable[..., None], args: tuple[Any, ...]) -> None:
    """A worker's life: set up once, then run each task it is sent until told to stop."""
    start(*args)
    while True:
        try:
            message = conn.recv()
        except EOFError:  # the parent is gone
            return
        if message is None:
            return
        function, argument = message
        try:
            answer: tuple[bool, Any] = (True, function(argument))
        except Exception as exc:  # a bug: raised in the parent, with where it happened
            answer = (False, (exc, traceback.format_exc()))
        try:
            conn.send(answer)
        except Exception as exc:  # e.g. an exception that cannot be pickled
            conn.send((False, (RuntimeError(f"{type(exc).__name__}: {exc}"), "")))


class Workers:
    """``count`` worker processes, each set up once by ``start(*args)``."""

    def __init__(self, count: int, context: BaseContext, start: Callable[..., None],
                 args: tuple[Any, ...]) -> None:
        self._conns: list[Connection] = []
        self._processes = []
        for _ in range(count):
            mine, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, start, args),  # type: ignore[attr-defined]
                                      daemon=True)
            process.start()
            theirs.close()
            self._conns.append(mine)
            self._processes.append(process)

    def map(self, function: Callable[[Task], Result], tasks: Iterable[Task]
            ) -> Iterator[Result]:
        """``function`` of each task, run by whichever worker is free, in task order."""
        pending = enumerate(tasks)
        busy: dict[Connection, int] = {}
        done: dict[int, Result] = {}
        given = 0

        def hand_out(conn: Connection) -> None:
            for number, task in pending:
                conn.send((function, task))
                busy[conn] = number
                return

        for conn in self._conns:
            hand_out(conn)
        while busy:
            for ready in wait(list(busy)):
                conn = self._conns[self._conns.index(ready)]  # type: ignore[arg-type]
                number, answer = busy.pop(conn), self._receive(conn)
                hand_out(conn)  # the worker goes on while its answer is loaded here
                done[number] = self._unpack(answer)
            while given in done:
                yield done.pop(given)
                given += 1

    def broadcast(self, function: Callable[[Task], object], argument: Task) -> None:
        """Run ``function(argument)`` once in every worker (pickled once), and wait."""
        message = pickle.dumps((function, argument), protocol=pickle.HIGHEST_PROTOCOL)
        for conn in self._conns:
            conn.send_bytes(message)
        for conn in self._conns:
            self._answer(conn)

    @classmethod
    def _answer(cls, conn: Connection) -> Any:
        """A worker's answer, loaded (its error raised here)."""
        return cls._unpack(cls._receive(conn))

    @staticmethod
    def _receive(conn: Connection) -> bytes:
        """A worker's answer, still pickled."""
        try:
            return conn.recv_bytes()
        except (EOFError, OSError):  # OSError: the pipe was reset as the worker died
            raise WorkerLostError("a worker process ended unexpectedly") from None

    @staticmethod
    def _unpack(answer: bytes) -> Any:
        """What a worker's task returned, or its error raised here."""
        ok, value = pickle.loads(answer)
        if not ok:
            error, where = value
            raise error from WorkerFailedError(where)
        return value

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
