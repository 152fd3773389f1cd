"""Per-host queues and pacing: one host sees at most one request every ``delay`` seconds,
counted from the end of its previous response (so a slow server is not pressed harder),
while other hosts are served in between. Single-threaded, so Ctrl-C stops it cleanly; the
clock and sleep are injectable for tests."""

from __future__ import annotations

import itertools
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterator


@dataclass
class Task:
    """One request to make. ``origin``: the listed URL it serves (a redirect keeps it)."""

    url: str
    origin: str
    robots: bool = False  # the robots.txt of the URL's site, not a page
    attempt: int = 0
    hops: int = 0


@dataclass
class _Host:
    order: int
    delay: float
    ready_at: float = float("-inf")
    queue: deque = field(default_factory=deque)


class Pacer:
    """Hands out tasks in the order the hosts allow: ``for task in pacer`` sleeps until the
    next task's host is ready; call ``done`` or ``retry`` after each request."""

    def __init__(self, delay: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.delay, self.clock, self.sleep = delay, clock, sleep
        self._hosts: dict[str, _Host] = {}
        self._order = itertools.count()

    def add(self, key: str, task: Task) -> None:
        self._host(key).queue.append(task)

    def slow_down(self, key: str, delay: float) -> None:
        """A longer delay for one host (robots.txt's Crawl-delay)."""
        host = self._host(key)
        host.delay = max(host.delay, delay)

    def remove(self, key: str, drop: Callable[[Task], bool]) -> list[Task]:
        """Take out the waiting tasks of ``key`` for which ``drop`` is true."""
        host = self._host(key)
        dropped = [t for t in host.queue if drop(t)]
        host.queue = deque(t for t in host.queue if not drop(t))
        return dropped

    def __iter__(self) -> Iterator[tuple[str, Task]]:
        while True:
            waiting = [(h.ready_at, h.order, key) for key, h in self._hosts.items() if h.queue]
            if not waiting:
                return
            ready_at, _, key = min(waiting)
            wait = ready_at - self.clock()
            if wait > 0:
                self.sleep(wait)
            yield key, self._hosts[key].queue.popleft()

    def done(self, key: str) -> None:
        """The request to ``key`` just ended: its next one waits ``delay``."""
        host = self._hosts[key]
        host.ready_at = self.clock() + host.delay

    def retry(self, key: str, task: Task, wait: float) -> None:
        """Try ``task`` again first, after ``wait`` seconds (back-off, Retry-After); the
        host's other tasks wait as long."""
        host = self._hosts[key]
        task.attempt += 1
        host.queue.appendleft(task)
        host.ready_at = self.clock() + max(host.delay, wait)

    def _host(self, key: str) -> _Host:
        if key not in self._hosts:
            self._hosts[key] = _Host(next(self._order), self.delay)
        return self._hosts[key]
