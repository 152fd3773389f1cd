"""One HTTP GET with the standard library: no redirects followed (each hop is archived and
checked against robots.txt by the caller), every status returned as a response, the body
read whole up to a size limit. Proxies come from the usual ``http_proxy`` variables."""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass

ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"
# Responses that say "try again later": retried, and never taken as the page's last word.
TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504, 507, 508, 509,
                                520, 521, 522, 523, 524})
_CHUNK = 1 << 16


@dataclass
class Exchange:
    """A request as sent and the response as received (headers in order, body undecoded)."""

    url: str
    request_line: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    protocol: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


class TransferFailed(Exception):
    """No response: a timeout, a refused or reset connection, a bad certificate, a body over
    the limit. ``retryable`` says whether trying again later may help."""

    def __init__(self, reason: str, detail: str, *, retryable: bool):
        super().__init__(detail)
        self.reason, self.detail, self.retryable = reason, detail, retryable


class _EveryStatus(urllib.request.HTTPErrorProcessor):
    """Hands 3xx, 4xx and 5xx responses back as they are (so redirects are not followed)."""

    def http_response(self, request, response):
        return response

    https_response = http_response


_NOT_FOLLOWING = urllib.request.build_opener(_EveryStatus)
_FOLLOWING = urllib.request.build_opener()


def get(url: str, *, user_agent: str, timeout: float, max_bytes: int,
        follow_redirects: bool = False) -> Exchange:
    """GET ``url``; raise ``TransferFailed`` when no complete response came back.
    ``follow_redirects`` is for robots.txt (RFC 9309 asks to follow them)."""
    headers = {"User-Agent": user_agent, "Accept": ACCEPT, "Accept-Encoding": "identity"}
    request = urllib.request.Request(url, headers=headers)
    try:
        response = (_FOLLOWING if follow_redirects else _NOT_FOLLOWING).open(
            request, timeout=timeout)
    except urllib.error.HTTPError as err:  # only when following: the final 4xx/5xx
        response = err
    except urllib.error.URLError as err:
        raise _failure(err.reason) from None
    except (OSError, http.client.HTTPException) as exc:
        raise _failure(exc) from None
    except ValueError as exc:
        raise TransferFailed("bad URL", str(exc), retryable=False) from None
    with response:
        body = _read(response, max_bytes)
        version = getattr(response, "version", None) or getattr(response.fp, "version", 11)
        sent = [("Host", request.host), *((k, v) for k, v in request.header_items()
                                          if k.lower() != "host"), ("Connection", "close")]
        return Exchange(url=url, request_line=f"GET {request.selector} HTTP/1.1",
                        request_headers=sent, status=response.status or response.code,
                        reason=response.reason or "",
                        protocol="HTTP/1.0" if version == 10 else "HTTP/1.1",
                        headers=list(response.headers.items()), body=body)


def _read(response, max_bytes: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    try:
        while chunk := response.read(_CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise TransferFailed("too large", f"response over the {max_bytes / 1e6:g} MB "
                                     "limit", retryable=False)
            parts.append(chunk)
    except (OSError, http.client.HTTPException) as exc:
        raise _failure(exc) from None
    return b"".join(parts)


def _failure(reason) -> TransferFailed:
    """A network error as a short reason (for the summary) and a detail (for the warning)."""
    if isinstance(reason, ssl.SSLCertVerificationError):
        return TransferFailed("bad certificate", f"TLS certificate not accepted: "
                              f"{reason.verify_message or reason}", retryable=False)
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return TransferFailed("timeout", "timed out", retryable=True)
    if isinstance(reason, socket.gaierror):
        return TransferFailed("unknown host", f"cannot resolve the host name: "
                              f"{reason.strerror or reason}", retryable=True)
    if isinstance(reason, http.client.IncompleteRead):
        return TransferFailed("connection error", "the response was cut short", retryable=True)
    if isinstance(reason, OSError):
        return TransferFailed("connection error", reason.strerror or str(reason) or
                              type(reason).__name__, retryable=True)
    return TransferFailed("connection error", str(reason) or type(reason).__name__,
                          retryable=True)
