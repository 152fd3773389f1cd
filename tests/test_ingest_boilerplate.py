"""Page boilerplate rules: what is removed, what is kept (negative cases), teasers, datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from compare.errors import InputError
from compare.ingest.boilerplate import clean
from compare.ingest.metadata import byline, dateline, domain_of, parse_date
from compare.ingest.rules import load_rules

RULES = load_rules()
BODY = "The minister said on Monday that the talks would continue next week."


@pytest.mark.parametrize("line", [
    "top of page", "Bottom of page", "1 view", "12 views", "1,204 Views", "3 comments",
    "Subscribe and keep up to date with all the latest news from Harbor",
    "Think your friends would be interested? Share this story!", "Share this article",
    "We use cookies to give you the best experience.", "Accept all cookies",
    "Home | World | Politics | Opinion", "© 2023 Riverside Courier. All rights reserved.",
    "Advertisement", "(Reporting by Jo Lin; editing by the night desk)",
])
def test_chrome_lines_are_removed(line):
    out = clean(f"{BODY}\n\n{line}\n\nA second paragraph, he said.", title=None, rules=RULES)
    assert out.text == f"{BODY}\n\nA second paragraph, he said."
    assert out.n_chrome_lines == 1


@pytest.mark.parametrize("line", [
    "Subscribers to the state channel rose by a third, the company said.",
    "The top of page one carried the minister's photograph, critics noted.",
    "“We will share this story with the whole world,” she said.",
    "Five views were heard in the debate, the chairman said.",
    "Home is where the heart is, the president added.",
    "Cookies and sweets were handed out at the rally.",
])
def test_body_lines_that_resemble_chrome_are_kept(line):
    text = f"{BODY}\n\n{line}"
    assert clean(text, title=None, rules=RULES).text == text


def test_navigation_headline_dateline_byline_in_the_header():
    raw = ("top of page\nRiver Post\n\n  • The coastal desk\n\nPorts reopen after the storm\n\n"
           "18 Oct, 2021 14:05\nBy Jane Roe\n\n" + BODY + "\n\nbottom of page\n")
    out = clean(raw, title=None, rules=RULES)
    assert out.text == BODY
    assert (out.title, out.dateline, out.author) == (
        "Ports reopen after the storm", "18 Oct, 2021 14:05", "Jane Roe")
    assert out.n_chrome_lines == 4


def test_known_title_is_dropped_from_the_top_once():
    raw = "Ports Reopen After The Storm!\n\n" + BODY + "\n\nPorts reopen after the storm"
    out = clean(raw, title="Ports reopen after the storm", rules=RULES)
    assert out.text == BODY + "\n\nPorts reopen after the storm"  # only the top copy goes
    assert out.title == "Ports reopen after the storm"


def test_text_that_starts_with_a_paragraph_has_no_inferred_title():
    out = clean(BODY + "\n\nSecond paragraph here, he said.", title=None, rules=RULES)
    assert out.title is None and out.text.startswith(BODY)


def test_short_headline_is_a_headline_not_navigation():
    out = clean("Talks resume\n\n" + BODY, title=None, rules=RULES)
    assert (out.title, out.text) == ("Talks resume", BODY)


def test_question_headline_is_a_headline():
    out = clean("Could the talks fail again?\n\n" + BODY, title=None, rules=RULES)
    assert (out.title, out.text) == ("Could the talks fail again?", BODY)


def test_short_structured_lines_under_a_short_headline_are_kept():
    """A fixtures page: nothing here is navigation (no menu rule, no bullet), nothing a date."""
    raw = "Rovers v United\n\nRiver Park\n\nTuesday, 1 March\n\n2000 GMT\n\n" + BODY
    out = clean(raw, title=None, rules=RULES)
    assert out.title == "Rovers v United"
    assert out.text == "River Park\n\nTuesday, 1 March\n\n2000 GMT\n\n" + BODY
    assert (out.dateline, out.n_chrome_lines) == (None, 0)


def test_known_title_keeps_a_long_kicker_above_it():
    raw = "An exclusive interview with the head of the port authority\n\nPorts reopen\n\n" + BODY
    out = clean(raw, title="Ports reopen", rules=RULES)
    assert out.text == "An exclusive interview with the head of the port authority\n\n" + BODY


def test_teasers_are_kept_with_their_spans():
    raw = (BODY + "\n\nAlso on rt.com Minister claims talks are ‘frozen’\n\nMore text, he said."
           "\n\n• READ MORE: Ports reopen")
    out = clean(raw, title=None, rules=RULES)
    assert out.text == raw  # teasers stay in the text, as written
    spans = [out.text[s:e] for s, e in out.teasers]
    assert spans == ["Also on rt.com Minister claims talks are ‘frozen’", "READ MORE: Ports reopen"]
    assert out.cue_domain == "rt.com"


@pytest.mark.parametrize("line, teaser", [
    # "read also" lines in the languages read are teasers; a sentence that only mentions
    # reading is not
    ("Читай также: Испания обыграла Англию", True),
    ("Читайте также: Сборная улетела домой", True),
    ("Lire aussi : Le sélectionneur quitte son poste", True),
    ("À lire aussi : Le sélectionneur quitte son poste", True),
    ("Lea también: El Gobierno anuncia medidas", True),
    ("Lesen Sie auch: Der Trainer muss gehen", True),
    ("Lire aussi le rapport complet, a-t-il dit.", False),
])
def test_read_also_lines_in_other_languages_are_teasers(line, teaser):
    out = clean(BODY + "\n\n" + line, title=None, rules=RULES)
    assert [out.text[s:e] for s, e in out.teasers] == ([line] if teaser else [])


def test_html_paragraphs_are_separated_by_blank_lines():
    out = clean("Head line of page\nFirst paragraph, he said.\nRelated: other story",
                title="Head line of page", rules=RULES, paragraph_sep="\n\n")
    assert out.text == "First paragraph, he said.\n\nRelated: other story"
    assert out.teasers == [(len("First paragraph, he said.\n\n"), len(out.text))]


@pytest.mark.parametrize("line, expected", [
    ("18 Oct, 2021 14:05", "18 Oct, 2021 14:05"),
    ("March 2, 2018", "March 2, 2018"),
    ("Published: 2020-03-05 09:30 GMT", "2020-03-05 09:30 GMT"),
    ("Updated Tuesday, 5 March 2019", "Tuesday, 5 March 2019"),
    ("The 2018 election", None),
    ("Oct 2021 was cold, she said.", None),
    ("12 views", None),
    ("2000 GMT", None),
])
def test_dateline(line, expected):
    assert dateline(line) == expected


@pytest.mark.parametrize("raw, expected", [
    ("2018-03-02", (dt.datetime(2018, 3, 2), None)),
    ("2021-10-18T14:05:00+03:00", (dt.datetime(2021, 10, 18, 11, 5), None)),
    ("18 Oct, 2021 14:05", (dt.datetime(2021, 10, 18, 14, 5), None)),
    ("sometime in spring", (None, "sometime in spring")),
    ("", (None, None)),
])
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://www.rt.com/russia/1-x/", "rt.com"), ("http://m.bbc.co.uk/news", "bbc.co.uk"),
    ("example.org/path", "example.org"), ("not a url", None), (None, None),
])
def test_domain_of(url, expected):
    assert domain_of(url) == expected


def test_outlet_names_for_domains_and_subdomains():
    assert RULES.outlet_for("rt.com") == "RT"
    assert RULES.outlet_for("de.rt.com") == "RT"
    assert RULES.outlet_for("unknown.example") == "unknown.example"


def test_bylines():
    assert byline("By Jane Roe and Tom Lund") == "Jane Roe and Tom Lund"
    assert byline("By our energy correspondent") == "our energy correspondent"
    assert byline("By the end of the year the plant will close.") is None


def test_extra_rules_from_the_environment(tmp_path, monkeypatch):
    extra = tmp_path / "mine.yaml"
    extra.write_text("chrome:\n  - 'listen to this article'\nteasers:\n  - 'watch:'\n",
                     encoding="utf-8")
    monkeypatch.setenv("COMPARE_RULES", str(extra))
    rules = load_rules()
    out = clean(f"Listen to this article\n\n{BODY}\n\nWatch: the full speech", title=None,
                rules=rules)
    assert out.text == f"{BODY}\n\nWatch: the full speech"
    assert out.teasers == [(len(BODY) + 2, len(out.text))]


def test_bad_rules_file_is_an_input_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("chrome:\n  - '(unclosed'\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_rules([bad])
    assert str(err.value) == (f"{bad}: invalid chrome pattern '(unclosed': missing ), unterminated "
                              "subpattern at position 0 (fix the regular expression)")
