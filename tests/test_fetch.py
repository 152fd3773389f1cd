"""`compare fetch`: robots.txt, pacing, retries, the WARC (and its cache), the ingest, the CLI,
against a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare import db
from compare.cli import app
from compare.fetch import FetchInterrupted, fetch_urls, read_url_list
from compare.fetch import archive
from compare.fetch.pacing import Pacer, Task
from compare.fetch.robots import Robots

FAST = dict(rate=0.05, retries=2, backoff=0.01, timeout=5)


def article(n: int) -> bytes:
    paragraphs = "".join(
        f"<p>Paragraph {i} of report {n}: the harbour authority of town {n} said on Monday "
        f"that the new pier, number {n * 7 + i}, would open to ferries before the summer "
        "season, after months of delays blamed on the weather and on late deliveries.</p>"
        for i in range(4))
    return (f"<html lang='en'><head><title>Pier {n} opens soon</title></head><body>"
            f"<article><h1>Pier {n} opens soon</h1>{paragraphs}</article></body></html>").encode()


class Server(ThreadingHTTPServer):
    """Routes: path -> list of (status, headers, body); each request takes the next one and
    the last repeats. Every request is logged as (path, monotonic time, user agent)."""

    daemon_threads = True
    block_on_close = False

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.log: list[tuple[str, float, str]] = []
        self.lock = threading.Lock()
        self.routes = {
            "/robots.txt": [(200, {}, b"User-agent: *\nDisallow: /private\n")],
            "/private/secret": [(200, {}, article(99))],
            "/flaky": [(500, {}, b"oops"), (200, {}, article(5))],
            "/missing": [(404, {}, b"no such page")],
            "/moved": [(301, {"Location": "/news/4"}, b"")],
            "/busy": [(429, {"Retry-After": "3600"}, b"slow down")],
            **{f"/news/{n}": [(200, {}, article(n))] for n in range(1, 5)},
        }

    def handle_error(self, request, client_address):
        pass  # a client that gave up on /slow: not the test's business

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    def requests(self, path: str | None = None) -> list[str]:
        return [p for p, _, _ in self.log if path is None or p == path]


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        server: Server = self.server
        with server.lock:
            server.log.append((self.path, time.monotonic(), self.headers.get("User-Agent")))
            n = len(server.requests(self.path))
            route = server.routes.get(self.path, [(404, {}, b"not found")])
        status, headers, body = route[min(n, len(route)) - 1]
        if callable(body):
            body = body()
        self.send_response(status)
        headers = {"Content-Type": "text/html; charset=utf-8", **headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    srv = Server()
    thread = threading.Thread(target=srv.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def con():
    c = db.connect(":memory:")
    yield c
    c.close()


def responses(folder: Path) -> dict[str, list[tuple[str, str, bytes]]]:
    """Records of the folder's WARCs read back with warcio: type -> (uri, date, payload)."""
    from warcio.archiveiterator import ArchiveIterator

    found: dict[str, list] = {}
    for path in archive.warc_files(folder):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                found.setdefault(record.rec_type, []).append((
                    record.rec_headers.get_header("WARC-Target-URI"),
                    record.rec_headers.get_header("WARC-Date"), record.content_stream().read()))
    return found


def test_url_list_skips_comments_and_reports_bad_lines(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("# my list\n\nhttps://example.org/a#top\nftp://example.org/x\n"
                       "  https://example.org/a  \nnot a url\nhttps://пример.рф/статья?q=1\n",
                       encoding="utf-8")
    urls, warnings = read_url_list(listing)
    assert urls == ["https://example.org/a",
                    "https://xn--e1afmkfd.xn--p1ai/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?q=1"]
    assert warnings == [f"{listing}:4: not an http(s) URL (fix or remove the line)",
                        f"{listing}:6: not an http(s) URL (fix or remove the line)"]


def test_pacer_keeps_each_host_waiting_and_serves_others_meanwhile():
    now = [0.0]
    pacer = Pacer(1.0, clock=lambda: now[0], sleep=lambda s: now.__setitem__(0, now[0] + s))
    for url in ("a1", "a2", "a3"):
        pacer.add("a", Task(url, url))
    pacer.add("b", Task("b1", "b1"))
    served = []
    for host, task in pacer:
        served.append((task.url, now[0]))
        now[0] += 0.25  # the request takes a quarter second
        if task.url == "a2" and not task.attempt:
            pacer.retry(host, task, 3.0)  # back-off: a's queue waits 3 s
        else:
            pacer.done(host)
    assert served == [("a1", 0.0), ("b1", 0.25), ("a2", 1.25), ("a2", 4.5), ("a3", 5.75)]


def test_fetch_obeys_robots_paces_retries_and_archives(server, con, tmp_path):
    warc_dir = tmp_path / "c-warc"
    listed = [server.url(p) for p in ("/news/1", "/private/secret", "/news/2", "/flaky",
                                      "/missing", "/news/3")]
    report = fetch_urls(con, listed, warc_dir=warc_dir, user_agent="testbot/1.0", **{
        **FAST, "rate": 0.1})

    assert "/private/secret" not in server.requests()
    assert report.disallowed == [server.url("/private/secret")]
    assert server.requests("/robots.txt") == ["/robots.txt"]
    assert server.requests("/flaky") == ["/flaky", "/flaky"]  # 500, then 200
    assert report.fetched == 4 and report.cached == 0
    assert [(f.url, f.reason) for f in report.failures] == [(server.url("/missing"), "HTTP 404")]
    assert f"{server.url('/missing')}: HTTP 404 Not Found" in "\n".join(report.warnings)
    assert {agent for _, _, agent in server.log} == {"testbot/1.0"}
    times = [t for _, t, _ in server.log]
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.1

    records = responses(warc_dir)
    archived = [uri for uri, _, _ in records["response"]]
    assert sorted(archived) == sorted(server.url(p) for p in (
        "/news/1", "/news/2", "/flaky", "/missing", "/news/3"))  # the 500 was retried, not kept
    assert len(records["request"]) == 5 and len(records["warcinfo"]) == 1
    assert all(date.startswith("20") for _, date, _ in records["response"])
    assert [body for uri, _, body in records["response"] if uri.endswith("/flaky")] == [article(5)]
    assert report.warc.parent == warc_dir and not list(warc_dir.glob(".*"))

    docs = con.execute("select url, title from documents order by url").fetchall()
    assert docs == [(server.url("/flaky"), "Pier 5 opens soon"),
                    *((server.url(f"/news/{n}"), f"Pier {n} opens soon") for n in (1, 2, 3))]
    assert report.ingest.ingested == 4

    before = len(server.log)
    again = fetch_urls(con, listed, warc_dir=warc_dir, **FAST)
    assert server.requests()[before:] == ["/robots.txt"]  # asked again for /private/secret
    assert (again.fetched, again.cached, again.warc) == (0, 5, None)
    assert again.disallowed == report.disallowed
    assert again.ingest.ingested == 0
    assert len(archive.warc_files(warc_dir)) == 1

    refreshed = fetch_urls(con, [server.url("/news/1")], warc_dir=warc_dir, refresh=True, **FAST)
    assert refreshed.fetched == 1 and len(archive.warc_files(warc_dir)) == 2
    assert refreshed.ingest.unchanged == 1 and refreshed.ingest.ingested == 0


def test_redirects_are_followed_and_each_hop_archived(server, con, tmp_path):
    report = fetch_urls(con, [server.url("/moved")], warc_dir=tmp_path, **FAST)
    assert report.fetched == 1 and server.requests() == ["/robots.txt", "/moved", "/news/4"]
    assert [uri for uri, _, _ in responses(tmp_path)["response"]] == [
        server.url("/moved"), server.url("/news/4")]
    again = fetch_urls(con, [server.url("/moved")], warc_dir=tmp_path, **FAST)
    assert again.cached == 1 and len(server.log) == 3  # followed through the archive


def test_a_long_retry_after_ends_the_tries_and_is_not_cached(server, con, tmp_path):
    report = fetch_urls(con, [server.url("/busy")], warc_dir=tmp_path, max_retry_after=60,
                        **FAST)
    assert server.requests("/busy") == ["/busy"]
    assert report.failures[0].reason == "HTTP 429"
    assert "Retry-After: 3600" in report.failures[0].detail
    server.routes["/busy"] = [(429, {"Retry-After": "0"}, b""), (200, {}, article(6))]
    server.log.clear()
    again = fetch_urls(con, [server.url("/busy")], warc_dir=tmp_path, **FAST)
    assert again.fetched == 1 and server.requests("/busy") == ["/busy"] * 2


def test_timeouts_are_retried_then_reported(server, con, tmp_path):
    def slow():
        time.sleep(1.0)
        return b"late"

    server.routes["/slow"] = [(200, {}, slow)]
    report = fetch_urls(con, [server.url("/slow")], warc_dir=tmp_path,
                        **{**FAST, "timeout": 0.2, "retries": 1})
    assert server.requests("/slow") == ["/slow", "/slow"]
    assert [f.reason for f in report.failures] == ["timeout"] and report.warc is None


@pytest.mark.parametrize("status", [503, 404])
def test_robots_txt_errors(server, con, tmp_path, status):
    """RFC 9309: a robots.txt in error (5xx) disallows everything, a missing one allows all."""
    server.routes["/robots.txt"] = [(status, {}, b"")]
    report = fetch_urls(con, [server.url("/news/1"), server.url("/private/secret")],
                        warc_dir=tmp_path, **FAST)
    if status == 503:
        assert server.requests() == ["/robots.txt"] * 3  # tried, retried twice
        assert [f.reason for f in report.failures] == ["robots.txt unreachable"] * 2
        assert "robots.txt answered HTTP 503" in report.warnings[0]
    else:
        assert report.fetched == 2 and "/private/secret" in server.requests()


def test_crawl_delay_is_honoured_when_longer_than_the_rate(server, con, tmp_path):
    robots = b"User-agent: testbot\nCrawl-delay: 2\n\nUser-agent: *\nDisallow: /\n"
    assert Robots.from_response(200, robots, "testbot/1.0").crawl_delay() == 2
    assert Robots.from_response(200, robots, "other/1.0").crawl_delay() == 0
    server.routes["/robots.txt"] = [(200, {}, robots)]
    report = fetch_urls(con, [server.url("/news/1")], warc_dir=tmp_path,
                        user_agent="testbot/1.0", **FAST)
    assert report.fetched == 1  # one page: the 2 s would only come before a second one
    assert report.notes == [f"{server.url('')}: robots.txt asks for 2 s between requests "
                            "(honoured)"]


def test_ctrl_c_keeps_a_readable_warc_and_the_rest_is_fetched_next_time(server, con, tmp_path):
    listed = [server.url(f"/news/{n}") for n in range(1, 5)]

    def interrupt_after_two(task, done, total):
        if task == "fetch" and done == 2:
            raise KeyboardInterrupt

    with pytest.raises(FetchInterrupted) as stop:
        fetch_urls(con, listed, warc_dir=tmp_path, progress=interrupt_after_two, **FAST)
    assert [uri for uri, _, _ in responses(tmp_path)["response"]] == listed[:2]
    assert stop.value.report.warc.exists() and not list(tmp_path.glob(".*"))
    assert con.execute("select count(*) from documents").fetchone()[0] == 0

    report = fetch_urls(con, listed, warc_dir=tmp_path, **FAST)
    assert (report.cached, report.fetched) == (2, 2)
    assert report.ingest.ingested == 4  # the interrupted run's pages too


def test_a_killed_run_is_cut_after_its_last_whole_record(server, con, tmp_path):
    fetch_urls(con, [server.url("/news/1")], warc_dir=tmp_path, **FAST)
    whole = archive.warc_files(tmp_path)[0]
    part = tmp_path / ".fetch-20000101T000000Z.warc.gz.part"
    data = whole.read_bytes()
    part.write_bytes(data + gzip.compress(os.urandom(5000))[:100])
    whole.unlink()
    assert archive.recover(tmp_path) == [tmp_path / "fetch-20000101T000000Z.warc.gz"]
    assert [uri for uri, _, _ in responses(tmp_path)["response"]] == [server.url("/news/1")]
    assert archive._whole_members(archive.warc_files(tmp_path)[0]) == len(data)


def test_warcs_are_read_oldest_first_so_the_latest_response_wins(tmp_path):
    names = ["fetch-20260101T000000Z-2.warc.gz", "fetch-20260101T000000Z.warc.gz",
             "fetch-20260101T000000Z-10.warc.gz", "fetch-20250101T000000Z.warc.gz"]
    for name in names:
        (tmp_path / name).touch()
    assert [p.name for p in archive.warc_files(tmp_path)] == [names[3], names[1], names[0],
                                                              names[2]]


def test_cli_fetch_prints_warnings_and_a_one_line_summary(server, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# test\n{server.url('/news/1')}\n{server.url('/missing')}\n"
                       "mailto:someone@example.org\n", encoding="utf-8")
    db_path = tmp_path / "c.duckdb"
    args = ["--db", str(db_path), "fetch", str(listing), "--rate", "0.05", "--retries", "1",
            "--user-agent", "clibot/2.0"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n") == 1 and result.stdout.startswith(
        "fetched 1, cached 0, disallowed by robots.txt 0, failed 1 (1 HTTP 404); ingested 1, ")
    assert f"Warning: {listing}:4: not an http(s) URL (fix or remove the line)" in result.stderr
    assert f"Warning: {server.url('/missing')}: HTTP 404 Not Found" in result.stderr
    assert len(archive.warc_files(tmp_path / "c-warc")) == 1
    assert {agent for _, _, agent in server.log} == {"clibot/2.0"}

    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and again.stdout.startswith("fetched 0, cached 2,")


def test_cli_fetch_errors_are_one_line(tmp_path):
    empty = tmp_path / "urls.txt"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    for args, message in ((["fetch", str(tmp_path / "none.txt")], "none.txt: no such file"),
                          (["fetch", str(empty)], "urls.txt: no URLs to fetch")):
        result = CliRunner().invoke(app, ["--db", str(tmp_path / "c.duckdb"), *args])
        assert result.exit_code == 1 and result.output.startswith("Error: ")
        assert message in result.output and "Traceback" not in result.output
