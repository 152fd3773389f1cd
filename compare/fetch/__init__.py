"""Stage fetch: a list of URLs -> a WARC of the raw responses beside the database ->
``documents`` (through ``compare.ingest``).

    from compare import db
    from compare.fetch import fetch_urls, read_url_list
    con = db.connect("compare.duckdb")
    urls, warnings = read_url_list("urls.txt")
    report = fetch_urls(con, urls, warc_dir="compare-warc", rate=1.0)
    print(report.summary())   # fetched 3, cached 0, disallowed by robots.txt 1, failed 0; ...

Modules: ``urls`` (the list file, URL spelling), ``client`` (one GET, standard library),
``robots`` (robots.txt rules), ``pacing`` (per-host queues and delays), ``archive`` (the WARC
folder, which is also the cache), ``core`` (the fetch loop, retries, redirects, the ingest).
"""

from compare.fetch.core import (DEFAULT_USER_AGENT, FetchInterrupted, FetchReport, Failure,
                                fetch_urls)
from compare.fetch.urls import read_url_list

__all__ = ["DEFAULT_USER_AGENT", "FetchInterrupted", "FetchReport", "Failure", "fetch_urls",
           "read_url_list"]
