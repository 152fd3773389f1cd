"""robots.txt rules of one site, from the response to its robots.txt (RFC 9309): a 4xx means
no rules (allow all); a 429, a 5xx or no response (after retries) means the site could not
say, so nothing is fetched from it in this run. Matching is urllib.robotparser's: the first
matching rule of the group wins (RFC 9309 prefers the longest)."""

from __future__ import annotations

from urllib.robotparser import RobotFileParser


class Robots:
    """Whether ``user_agent`` may fetch a URL of one site, and the Crawl-delay it asks for."""

    def __init__(self, parser: RobotFileParser, user_agent: str, *, unreachable: str = ""):
        self._parser, self._agent = parser, user_agent
        self.unreachable = unreachable  # why nothing may be fetched, when robots.txt failed

    @classmethod
    def from_response(cls, status: int, body: bytes, user_agent: str) -> "Robots":
        parser = RobotFileParser()
        if 200 <= status < 300:
            parser.parse(body.decode("utf-8", "replace").splitlines())
        elif 300 <= status < 500 and status != 429:  # missing, or over 5 redirects
            parser.allow_all = True
        else:  # 429, 5xx (after retries), a redirect loop
            return cls.unavailable(f"robots.txt answered HTTP {status}", user_agent)
        return cls(parser, user_agent)

    @classmethod
    def unavailable(cls, why: str, user_agent: str) -> "Robots":
        parser = RobotFileParser()
        parser.disallow_all = True
        return cls(parser, user_agent, unreachable=why)

    def allows(self, url: str) -> bool:
        return self._parser.can_fetch(self._agent, url)

    def crawl_delay(self) -> float:
        """Seconds the site asks between requests (0 when it asks nothing)."""
        try:
            return float(self._parser.crawl_delay(self._agent) or 0)
        except (TypeError, ValueError):
            return 0.0
