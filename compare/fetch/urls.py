"""The URL list file, and URLs made safe to request: one spelling per page, so the archive
and the cache agree on what was fetched."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote, urldefrag, urljoin, urlsplit, urlunsplit

from compare.errors import InputError

_PATH_SAFE = "/%:@!$&'()*+,;=~-._"
_QUERY_SAFE = _PATH_SAFE + "?"


def read_url_list(path: str | os.PathLike) -> tuple[list[str], list[str]]:
    """(URLs in file order without repeats, warnings): one URL per line; blank lines and
    lines starting with ``#`` are ignored, a line that is not an http(s) URL is skipped with
    a ``FILE:LINE:`` warning."""
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise InputError(path, "no such file", hint="give a text file with one URL per line")
    except IsADirectoryError:
        raise InputError(path, "is a folder", hint="give a text file with one URL per line")
    except OSError as exc:
        raise InputError(path, f"cannot read the file: {exc.strerror or exc}",
                         hint="check that it exists and is readable")
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text", hint="save the URL list as UTF-8")
    urls: dict[str, None] = {}
    warnings: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        url = normalise(line)
        if url is None:
            warnings.append(InputError(path, "not an http(s) URL", line=number,
                                       hint="fix or remove the line").format())
        else:
            urls.setdefault(url)
    return list(urls), warnings


def normalise(url: str, base: str | None = None) -> str | None:
    """``url`` (resolved against ``base``, as a redirect's Location is) as ASCII, without its
    fragment; None when it is not an absolute http(s) URL."""
    url = url.strip()
    if not url or any(c.isspace() for c in url):
        return None
    if base is not None:
        url = urljoin(base, url)
    url, _ = urldefrag(url)
    try:
        parts = urlsplit(url)
        port = parts.port
        host = _ascii_host(parts.hostname or "")
    except (ValueError, UnicodeError):
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host:
        return None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != {"http": 80, "https": 443}[scheme]:
        netloc += f":{port}"
    if parts.username is not None:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    return urlunsplit((scheme, netloc, quote(parts.path or "/", safe=_PATH_SAFE),
                       quote(parts.query, safe=_QUERY_SAFE), ""))


def origin(url: str) -> str:
    """``scheme://host[:port]``: what one robots.txt governs (RFC 9309)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"


def host(url: str) -> str:
    """The server a request goes to, for pacing (http and https of one host share a pace)."""
    return urlsplit(url).hostname or ""


def _ascii_host(name: str) -> str:
    try:
        return name.encode("ascii").decode().lower()
    except UnicodeEncodeError:
        return name.encode("idna").decode("ascii")
