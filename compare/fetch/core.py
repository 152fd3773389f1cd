"""``fetch_urls``: fetch listed pages politely into this run's WARC, then ingest the WARCs."""

from __future__ import annotations

import datetime as dt
import email.utils
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import duckdb

from compare import __version__
from compare.fetch import archive, client, urls as urlkit
from compare.fetch.pacing import Pacer, Task
from compare.fetch.robots import Robots
from compare.progress import Progress, no_progress

if TYPE_CHECKING:
    from compare.ingest import IngestReport

DEFAULT_USER_AGENT = f"compare/{__version__} (news research fetcher)"
DEFAULT_MAX_BYTES = 20_000_000
MAX_HOPS = 5  # redirects followed from one listed URL


@dataclass
class Failure:
    """A listed URL that yielded no page: ``reason`` groups them in the summary ("HTTP 404",
    "timeout"), ``detail`` says what happened."""

    url: str
    reason: str
    detail: str
    hint: str

    def __str__(self) -> str:
        return f"{self.url}: {self.detail} ({self.hint})"


@dataclass
class FetchReport:
    """What one fetch did, per listed URL: ``fetched`` (archived now with a 2xx response,
    after any redirects), ``cached`` (archived by an earlier run), ``disallowed`` by
    robots.txt, ``failures``. ``warc`` is this run's WARC (None when nothing was fetched),
    ``ingest`` what ingesting the WARCs did."""

    fetched: int = 0
    cached: int = 0
    disallowed: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warc: Path | None = None
    ingest: IngestReport | None = None

    def summary(self) -> str:
        """One line, e.g. ``fetched 3, cached 0, disallowed by robots.txt 1, failed 1
        (1 HTTP 404); ingested 3, unchanged 0, republications 0, skipped 0``."""
        text = (f"fetched {self.fetched}, cached {self.cached}, disallowed by robots.txt "
                f"{len(self.disallowed)}, failed {len(self.failures)}")
        if self.failures:
            reasons = Counter(f.reason for f in self.failures)
            text += " (" + ", ".join(f"{n} {reason}" for reason, n in reasons.most_common()) + ")"
        if self.ingest is not None:
            text += f"; {self.ingest.summary()}"
        return text


class FetchInterrupted(KeyboardInterrupt):
    """Ctrl-C while fetching: the responses fetched so far are kept in ``report.warc``."""

    def __init__(self, report: FetchReport):
        super().__init__()
        self.report = report


def fetch_urls(con: duckdb.DuckDBPyConnection, urls: Iterable[str], *,
               warc_dir: str | os.PathLike, refresh: bool = False, rate: float = 1.0,
               retries: int = 3, backoff: float = 1.0, max_retry_after: float = 120.0,
               timeout: float = 30.0, user_agent: str = DEFAULT_USER_AGENT,
               max_bytes: int = DEFAULT_MAX_BYTES, outlet: str | None = None,
               progress: Progress = no_progress) -> FetchReport:
    """Fetch ``urls`` into a new WARC in ``warc_dir``, then ingest the WARCs not ingested yet.

    Polite: robots.txt is fetched once per site and obeyed for ``user_agent``; one host gets
    a request at most every ``rate`` seconds (or its Crawl-delay), counted from the end of the
    previous one; 429, 5xx, timeouts and connection errors are retried ``retries`` times after
    ``backoff`` * 2^n seconds (a Retry-After up to ``max_retry_after`` s is honoured, a longer
    one ends the tries). Redirects are followed (up to 5 per URL), each hop archived and
    checked against robots.txt. URLs with a response in ``warc_dir`` are not fetched again
    unless ``refresh``. 4xx responses are archived and reported, not retried.
    """
    folder = Path(os.path.abspath(warc_dir))
    progress = progress or no_progress
    report = FetchReport()
    report.notes += [f"recovered the records of an interrupted fetch into {p}"
                     for p in archive.recover(folder)]
    fetcher = _Fetcher(report, known={} if refresh else archive.archived(folder),
                       rate=rate, retries=retries, backoff=backoff,
                       max_retry_after=max_retry_after, timeout=timeout,
                       user_agent=user_agent, max_bytes=max_bytes, progress=progress)
    listed = []
    for url in urls:
        if (normal := urlkit.normalise(url)) is None:
            report.failures.append(Failure(url, "bad URL", "not an http(s) URL",
                                           "fix or remove it"))
        else:
            listed.append(normal)
    if fetcher.plan(listed):
        run = archive.WarcRun(folder, user_agent=user_agent)
        try:
            try:
                fetcher.run(run)
            finally:
                report.warc = run.close()
        except KeyboardInterrupt as stop:
            raise FetchInterrupted(report) from stop
    report.warnings += [f"{url}: disallowed by robots.txt (not fetched)"
                        for url in report.disallowed]
    report.warnings += [str(failure) for failure in report.failures]
    report.ingest = _ingest(con, folder, outlet=outlet, progress=progress)
    report.warnings += report.ingest.warnings
    return report


def _ingest(con, folder: Path, *, outlet: str | None, progress: Progress):
    """Ingest the folder's WARCs that no stored document comes from yet (this run's, and
    those of a run interrupted before its ingest)."""
    from compare.ingest import ingest_paths

    done = {row[0] for row in con.execute(
        "select distinct source_path from documents where starts_with(source_path, ?)",
        [str(folder) + os.sep]).fetchall()}
    pending = [str(p) for p in archive.warc_files(folder) if str(p) not in done]
    return ingest_paths(con, pending, outlet=outlet, progress=progress)


class _Fetcher:
    """The fetch loop's state: what is archived, each site's robots.txt, the report."""

    def __init__(self, report: FetchReport, *, known: dict[str, archive.Archived], rate: float,
                 retries: int, backoff: float, max_retry_after: float, timeout: float,
                 user_agent: str, max_bytes: int, progress: Progress):
        self.report, self.known = report, known
        self.retries, self.backoff, self.max_retry_after = retries, backoff, max_retry_after
        self.get = dict(user_agent=user_agent, timeout=timeout, max_bytes=max_bytes)
        self.user_agent, self.progress = user_agent, progress
        self.pacer = Pacer(rate)
        self.robots: dict[str, Robots | None] = {}  # site -> rules (None: being fetched)
        self.total = self.done = 0

    def plan(self, listed: list[str]) -> int:
        """Queue the listed URLs not archived yet (an archived redirect is followed through
        the archive); return how many are queued."""
        for url in dict.fromkeys(listed):
            target, hops = url, 0
            while (seen := self.known.get(target)) and seen.location and hops < MAX_HOPS:
                target, hops = seen.location, hops + 1
            if target in self.known:
                self.report.cached += 1
            else:
                self.total += 1
                self._queue(Task(target, origin=url, hops=hops))
        self.progress("fetch", 0, self.total)
        return self.total

    def run(self, warc: archive.WarcRun) -> None:
        for host, task in self.pacer:
            try:
                exchange, failure = client.get(task.url, follow_redirects=task.robots,
                                               **self.get), None
            except client.TransferFailed as exc:
                exchange, failure = None, exc
            wait = self._retry_wait(task, exchange, failure)
            if wait is not None:
                self.pacer.retry(host, task, wait)
                continue
            self.pacer.done(host)
            if task.robots:
                self._robots_known(host, task, exchange, failure)
                continue
            if exchange is not None:
                warc.add(exchange)
            self._page_done(task, exchange, failure)

    def _queue(self, task: Task) -> None:
        site = urlkit.origin(task.url)
        host = urlkit.host(task.url)
        if site not in self.robots:
            self.robots[site] = None
            self.pacer.add(host, Task(f"{site}/robots.txt", origin=site, robots=True))
        rules = self.robots[site]
        if rules is None or rules.allows(task.url):
            self.pacer.add(host, task)
        else:
            self._blocked(task, rules)

    def _robots_known(self, host: str, task: Task, exchange: client.Exchange | None,
                      failure: client.TransferFailed | None) -> None:
        site = task.origin
        if exchange is None:
            rules = Robots.unavailable(f"robots.txt unreachable: {failure.detail}",
                                       self.user_agent)
        else:
            rules = Robots.from_response(exchange.status, exchange.body, self.user_agent)
        self.robots[site] = rules
        if rules.crawl_delay() > self.pacer.delay:
            self.pacer.slow_down(host, rules.crawl_delay())
            self.report.notes.append(f"{site}: robots.txt asks for {rules.crawl_delay():g} s "
                                     "between requests (honoured)")
        for blocked in self.pacer.remove(host, lambda t: not t.robots and
                                         urlkit.origin(t.url) == site and not rules.allows(t.url)):
            self._blocked(blocked, rules)

    def _blocked(self, task: Task, rules: Robots) -> None:
        if rules.unreachable:
            self._fail(task, "robots.txt unreachable", f"not fetched: {rules.unreachable}",
                       "the site could not say what it allows; try again later")
        else:
            self.report.disallowed.append(task.origin)
            self._settled()

    def _page_done(self, task: Task, exchange: client.Exchange | None,
                   failure: client.TransferFailed | None) -> None:
        if exchange is None:
            self._fail(task, failure.reason, failure.detail,
                       "not archived; a re-run tries again" if failure.retryable else
                       "not archived")
            return
        status = exchange.status
        if 300 <= status < 400 and status != 304:
            target = urlkit.normalise(exchange.header("Location") or "", task.url)
            if target is None:
                self._fail(task, "bad redirect", f"HTTP {status} without a usable Location",
                           "archived as it is")
            elif task.hops >= MAX_HOPS:
                self._fail(task, "too many redirects", f"over {MAX_HOPS} redirects, the last to "
                           f"{target}", "archived up to there")
            elif target in self.known and not self.known[target].location:
                self._archived_target(task, target)
            else:
                self._queue(Task(target, origin=task.origin, hops=task.hops + 1))
            return
        if 200 <= status < 300:
            self.known[task.url] = archive.Archived(status)
            self._settled(fetched=True)
        elif status in client.TRANSIENT_STATUSES:
            tries = f"{task.attempt + 1} {'try' if task.attempt == 0 else 'tries'}"
            asked = exchange.header("Retry-After")
            self._fail(task, f"HTTP {status}", f"HTTP {status} {exchange.reason} after {tries}"
                       + (f" (Retry-After: {asked})" if asked else ""),
                       "a re-run tries again")
        else:
            self._fail(task, f"HTTP {status}", f"HTTP {status} {exchange.reason}".strip(),
                       "archived, not retried; check the URL, or --refresh to fetch it again")

    def _archived_target(self, task: Task, target: str) -> None:
        """A redirect to a page an earlier run archived."""
        status = self.known[target].status
        if 200 <= status < 300:
            self._settled(fetched=True)
        else:
            self._fail(task, f"HTTP {status}", f"redirects to {target}, archived with HTTP "
                       f"{status}", "--refresh to fetch it again")

    def _retry_wait(self, task: Task, exchange: client.Exchange | None,
                    failure: client.TransferFailed | None) -> float | None:
        """Seconds to wait before trying ``task`` again; None when it is not tried again."""
        transient = failure.retryable if failure else exchange.status in client.TRANSIENT_STATUSES
        if not transient or task.attempt >= self.retries:
            return None
        wait = self.backoff * 2 ** task.attempt
        asked = _retry_after(exchange.header("Retry-After")) if exchange else None
        if asked is not None:
            if asked > self.max_retry_after:
                return None
            wait = max(wait, asked)
        return wait

    def _fail(self, task: Task, reason: str, detail: str, hint: str) -> None:
        url = task.url if task.url == task.origin else f"{task.origin} (redirected to {task.url})"
        self.report.failures.append(Failure(url, reason, detail, hint))
        self._settled()

    def _settled(self, *, fetched: bool = False) -> None:
        self.report.fetched += fetched
        self.done += 1
        self.progress("fetch", self.done, self.total)


def _retry_after(value: str | None) -> float | None:
    """A Retry-After header in seconds (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())
