"""`render_report` on a small clustered fixture database (tests/fixtures/report/corpus.sql):
the right versions under the right outlets, diff markup only where texts differ, escaping."""

import re
from pathlib import Path

import lxml.html
import pytest

from compare import db
from compare.errors import CompareError
from compare.report import md_pieces, render_report
from compare.report.diff import diff_words, is_identical, mark_terms

FIXTURE = Path(__file__).parent / "fixtures" / "report" / "corpus.sql"
# claim -> outlet of its document, as written in the fixture
OUTLET_OF = {"a1": "Wire Service", "a2": "Harbor Gazette", "a3": "Daily Ledger",
             "a4": "Eastern Dispatch", "a5": "Civic Monitor", "a6": "Pacific Courier",
             "b1": "Eastern Dispatch", "b2": "Daily Ledger", "c1": "Eastern Dispatch",
             "e1": "Daily Ledger"}
COOPERATION, PARTNERS, HOSTILE, PROFITS = "a1c0a1c0", "b2d0b2d0", "c3e0c3e0", "d4f0d4f0"


_PLACEHOLDER = {"VARCHAR": "'fixture'", "INTEGER": "0", "BIGINT": "0", "DOUBLE": "0",
                "FLOAT": "0", "BOOLEAN": "false", "TIMESTAMP": "current_timestamp",
                "DATE": "current_date", "JSON": "'{}'"}


def load_fixture(con) -> None:
    """Insert the fixture rows. Required columns the fixture does not name (added to a stage's
    table after the fixture was written, e.g. bookkeeping hashes) get a placeholder default."""
    sql = FIXTURE.read_text(encoding="utf-8")
    named = {}
    for table, cols in re.findall(r"insert into (\w+) \(([^)]*)\)", sql):
        named[table] = {c.strip() for c in cols.split(",")}
    for table, cols in named.items():
        for column, kind in con.execute(
                "select column_name, data_type from information_schema.columns where "
                "table_name = ? and is_nullable = 'NO' and column_default is null",
                [table]).fetchall():
            if column not in cols:
                default = "[]" if kind.endswith("[]") else _PLACEHOLDER.get(kind, "'fixture'")
                con.execute(f'alter table {table} alter column "{column}" set default {default}')
    con.execute(sql)


@pytest.fixture()
def con(tmp_path):
    con = db.connect(tmp_path / "report.duckdb")
    load_fixture(con)
    yield con
    con.close()


def html_of(con, **options):
    return lxml.html.document_fromstring(render_report(con, fmt="html", **options))


def version(doc, claim_id):
    """The element holding one version: its card, or its table row when rows are grouped."""
    [element] = doc.xpath(f'//*[@data-claim="{claim_id}"][not(ancestor::*[@data-claim])]')
    return element


def cluster(doc, cluster_id):
    [details] = doc.xpath(f'//details[@data-cluster="{cluster_id}"]')
    return details


# --- word diff -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, medoid, inserted, deleted", [
    ("Russia seeks partners", "Russia seeks partners", [], []),
    ("“Russia seeks Partners.”", "Russia seeks partners.", [], []),  # typography and case only
    ("Moscow seeks partners", "Russia seeks partners", ["Moscow"], ["Russia"]),
    ("Russia seeks new partners", "Russia seeks partners", ["new"], []),
    ("Russia seeks partners", "Russia seeks partners in Europe", [], ["in Europe"]),
])
def test_diff_words_finds_insertions_deletions_and_substitutions(text, medoid, inserted, deleted):
    pieces = diff_words(text, medoid)
    assert [p.text for p in pieces if p.op == "insert"] == inserted
    assert [p.text for p in pieces if p.op == "delete"] == deleted
    # the version's own words, in order, are everything but the deletions
    assert "".join(p.text for p in pieces if p.op != "delete").split() == text.split()
    assert is_identical(text, medoid) == (not inserted and not deleted)


def test_substitutions_are_flagged_and_terms_marked():
    pieces = mark_terms(diff_words("Moscow perhaps seeks partners", "Russia seeks partners"),
                        {"hedge": ["perhaps"], "loaded": []})
    assert [(p.op, p.sub, p.mark) for p in pieces if p.text.strip() == "perhaps"] == \
        [("insert", True, "hedge")]
    assert md_pieces(pieces) == "~~Russia~~ **Moscow _perhaps_** seeks partners"


# --- HTML ------------------------------------------------------------------------------------

def test_every_version_sits_under_its_own_outlet(con):
    doc = html_of(con)
    # six outlets: rows grouped by outlet, one tbody per outlet with a rowgroup header
    for body in cluster(doc, COOPERATION).xpath('.//table[@class="grouped"]/tbody'):
        outlet = body.get("data-outlet")
        assert body.xpath('./tr/th[@scope="rowgroup"]')[0].text_content().startswith(outlet)
        claims = body.xpath(".//article/@data-claim")
        assert claims and all(OUTLET_OF[c] == outlet for c in claims)
    assert sorted(cluster(doc, COOPERATION).xpath(".//article/@data-claim")) == \
        ["a1", "a2", "a3", "a4", "a5", "a6"]
    # two outlets: one column each, the header above the cell with that outlet's versions
    [table] = cluster(doc, PARTNERS).xpath('.//table[@class="side"]')
    heads = [th.text for th in table.xpath("./thead/tr/th[@scope='col']")]
    cells = table.xpath("./tbody/tr/td")
    assert heads == ["Eastern Dispatch", "Daily Ledger"]  # first appearance first
    assert [cell.xpath(".//article/@data-claim") for cell in cells] == [["b1"], ["b2"]]


def test_diff_markup_where_texts_differ_and_none_where_identical(con):
    doc = html_of(con)
    medoid, republished, curly = version(doc, "a1"), version(doc, "a2"), version(doc, "a5")
    assert "medoid" in medoid.xpath(".//span[contains(@class,'badge')]/text()")
    for same in (medoid, republished, curly):
        assert same.xpath(".//ins | .//del") == []
    for same in (republished, curly):
        assert "verbatim" in same.xpath(".//span[contains(@class,'badge')]/text()")
    reworded = version(doc, "a3")
    assert reworded.xpath(".//del/text()") == ["the United States"]
    assert reworded.xpath(".//ins/text()") == ["Washington"]
    assert reworded.xpath(".//del/@class") == ["sub"]
    added = version(doc, "a6")
    assert "and Asia" in added.xpath(".//ins/text()")
    assert version(doc, "b2").xpath(".//ins/text()") == ["Moscow"]
    assert "verbatim" not in reworded.xpath(".//span[contains(@class,'badge')]/text()")


def test_speaker_cue_class_kind_date_link_hedges_and_loaded_terms(con):
    doc = html_of(con)
    framed = version(doc, "a4")
    assert framed.xpath(".//span[@class='speaker']/text()") == ["Vladimir Putin"]
    assert framed.xpath(".//span[@class='cue']/text()") == ["claimed"]
    assert framed.xpath(".//span[contains(@class,'cls')]/text()") == ["distancing"]
    assert "reported" in framed.xpath(".//span[contains(@class,'kind')]/text()")
    assert framed.xpath(".//mark[@class='hedge']/text()") == ["perhaps"]
    assert framed.xpath(".//mark[@class='loaded']/text()") == ["so-called"]
    assert framed.xpath(".//a/@href") == ["https://dispatch.example/4"]
    assert framed.xpath(".//time/@datetime") == ["2024-03-05T08:00:00"]
    assert version(doc, "a3").xpath(".//a/@href") == ["https://ledger.example/3?x=1&y=2"]


def test_narrative_and_siblings_are_linked(con):
    doc = html_of(con)
    context = cluster(doc, COOPERATION).xpath(".//p[@class='context']")[0]
    assert "Russia seeks cooperation with Europe" in context.text_content()
    assert context.xpath(".//a/@href") == [f"#c-{PARTNERS}"]
    assert cluster(doc, HOSTILE).xpath(".//span[@class='related']") == []


def test_overview_numbers_ranking_heatmap_and_timeline(con):
    doc = html_of(con)
    numbers = dict(zip(doc.xpath("//dl[@class='numbers']//dt/text()"),
                       doc.xpath("//dl[@class='numbers']//dd/text()")))
    assert numbers["Documents"] == "8" and numbers["Outlets"] == "6"
    assert numbers["Claims"] == "10" and numbers["Speakers"] == "3"
    ranking = doc.xpath("//table[@class='ranking']/tbody/tr/@data-cluster")
    assert ranking == [COOPERATION, PARTNERS, HOSTILE, PROFITS]  # most outlets first
    [svg] = doc.xpath("//svg[@class='heatmap']")
    cells = svg.xpath(".//rect/title/text()")
    assert len(cells) == 4 * 6  # clusters x outlets
    assert "Civic Monitor: omits it (cluster 2)" in cells
    assert "Eastern Dispatch: 1 version (cluster 2)" in cells
    circles = doc.xpath("//svg[@class='timeline']//circle")
    assert len(circles) == 6 + 2 + 1 + 1  # first appearance of each outlet in each cluster


def test_html_is_escaped_self_contained_and_semantic(con):
    text = render_report(con, fmt="html")
    doc = lxml.html.document_fromstring(text)
    assert doc.xpath("//b") == []  # the claim's "<b>sharply</b>" stays text
    assert "<b>sharply</b>" in version(doc, "e1").text_content()
    assert doc.xpath("//link | //img | //iframe | //script[@src]") == []
    assert not re.search(r"""(src|href)=["']?(https?:)?//(?!\w+\.example)""", text)
    assert "@import" not in text and "url(" not in text
    for table in doc.xpath("//table"):
        assert table.xpath("./thead/tr/th[@scope]"), lxml.html.tostring(table)[:200]
    assert "@media print" in text
    assert len(doc.xpath("//details[@open]")) == 4  # few clusters: all open


def test_javascript_urls_are_not_linked(con):
    con.execute("update documents set url = 'javascript:alert(1)' where doc_id = 'd4'")
    doc = html_of(con)
    assert version(doc, "a4").xpath(".//a") == []
    assert "javascript:" not in render_report(con, fmt="md")


# --- filters and levels ----------------------------------------------------------------------

def test_filters_choose_clusters(con):
    ids = lambda **kw: html_of(con, **kw).xpath("//details/@data-cluster")  # noqa: E731
    assert ids(min_outlets=2) == [COOPERATION, PARTNERS]
    assert ids(cluster_ids=["b2d"]) == [PARTNERS]  # a unique prefix is enough
    assert ids(outlets=["dispatch"]) == [COOPERATION, PARTNERS, HOSTILE]  # domain substring
    assert ids(speaker="lavrov") == [HOSTILE]
    assert ids(limit=1) == [COOPERATION]
    with pytest.raises(CompareError, match="no cluster of the latest run matches id 'zz'"):
        render_report(con, cluster_ids=["zz"])
    with pytest.raises(CompareError, match="unknown report format 'pdf'"):
        render_report(con, fmt="pdf")
    with pytest.raises(CompareError, match="unknown level"):
        render_report(con, level="topic")


def test_narrative_level_puts_both_speakers_side_by_side_under_their_outlets(con):
    doc = html_of(con, level="narrative", speaker="Peskov")
    [narrative] = doc.xpath("//details[@data-cluster]")
    assert narrative.get("data-cluster") == "n1000001"
    outlets = {a.get("data-claim"): a.get("data-outlet") for a in narrative.xpath(".//article")}
    assert outlets["a1"] == "Wire Service" and outlets["b1"] == "Eastern Dispatch"
    speaker = lambda c: version(doc, c).xpath(".//span[@class='speaker']/text()")  # noqa: E731
    assert speaker("a1") == ["Vladimir Putin"] and speaker("b1") == ["Dmitry Peskov"]
    related = narrative.xpath(".//span[@class='related']")[0].text_content()
    assert COOPERATION in related and PARTNERS in related


def test_no_clusters_yet_is_a_clear_error(tmp_path):
    empty = db.connect(tmp_path / "empty.duckdb")
    with pytest.raises(CompareError, match="no claim-level clusters yet"):
        render_report(empty)


# --- Markdown --------------------------------------------------------------------------------

def test_markdown_has_the_sections_tables_and_diffs(con):
    md = render_report(con, fmt="md")
    headings = re.findall(r"^## (.+)$", md, flags=re.M)
    assert headings[:4] == ["Corpus in numbers", "Clusters by spread",
                            "Coverage: which outlets carry each cluster",
                            "First appearance per outlet"]
    assert [h.split(".")[0] for h in headings[4:]] == ["1", "2", "3", "4"]
    rows = {}  # version rows: | outlet | date | speaker | cue | kind | version | terms | evidence |
    for line in md.splitlines():
        cells = re.split(r"(?<!\\)\|", line)
        if line.startswith("| ") and len(cells) == 10 and "quote" in cells[5]:
            rows[cells[6].strip()] = cells
    reworded = next(c for t, c in rows.items() if "**Washington**" in t)
    assert reworded[1].strip() == "Daily Ledger"
    assert "~~the United States~~ **Washington**" in reworded[6]
    verbatim = [c for t, c in rows.items() if t.startswith("*verbatim:*")]
    assert len(verbatim) == 2 and all("~~" not in c[6] and "**" not in c[6] for c in verbatim)
    assert "**Russia is _perhaps_**" in md and "**_so-called_**" in md


def test_markdown_escapes_table_breaking_text(con):
    md = render_report(con, fmt="md", cluster_ids=[PROFITS])
    [row] = [line for line in md.splitlines()
             if "Quarterly profits" in line and "narration" in line]
    assert len(re.split(r"(?<!\\)\|", row)) == 10  # the claim's "|" does not add a column
    assert "\\<b\\>sharply\\</b\\>" in row


def test_a_large_cluster_keeps_every_version_but_collapses_the_tail(con):
    # 30 more versions of the partners claim from one outlet (e.g. a live blog repeating it)
    for i in range(30):
        con.execute("insert into claims (claim_id, doc_id, seq, text, text_hash, kind, speaker_id)"
                    " values (?, 'd8', ?, ?, 'tx', 'reported', 'dmitry-peskov')",
                    [f"x{i:02d}", 10 + i, f"Moscow is looking for partners inside the Union {i}."])
        con.execute("insert into cluster_members values ('run-claim', ?, ?, 0.9)",
                    [PARTNERS, f"x{i:02d}"])
    doc = html_of(con, cluster_ids=[PARTNERS])
    [cell] = doc.xpath("//td[@data-outlet='Daily Ledger']")
    shown = cell.xpath("./article/@data-claim")
    hidden = cell.xpath("./details[@class='more']/article/@data-claim")
    assert len(shown) == 12 and len(shown) + len(hidden) == 31
    assert cell.xpath("./details/summary/text()") == ["19 more from Daily Ledger"]


# --- codebook narratives ---------------------------------------------------------------------

CODEBOOK = FIXTURE.parent / "narratives.sql"  # an invented codebook: who carries which narrative


def load_codebook(con) -> None:
    con.execute(CODEBOOK.read_text(encoding="utf-8"))


@pytest.fixture()
def coded(con):
    load_codebook(con)
    return con


def narrative(doc, narrative_id):
    [details] = doc.xpath(f'//details[@data-narrative="{narrative_id}"]')
    return details


def test_no_narrative_section_without_a_codebook(con):
    assert "Codebook narratives" not in render_report(con, fmt="md")
    assert html_of(con).xpath("//section[@id='narratives'] | //details[@data-narrative]") == []


def test_html_narrative_section_has_coverage_speakers_and_versions(coded):
    doc = html_of(coded)
    assert doc.xpath("//details/@data-narrative") == ["open-west", "hostile", "sanctions"]
    west = narrative(doc, "open-west")
    # a6 scores below the threshold; c1 is rejected by the analyst over a model match
    carried = {a.get("data-claim"): a.get("data-outlet") for a in west.xpath(".//article")}
    assert carried == {c: OUTLET_OF[c] for c in ("a1", "a2", "a3", "a4", "a5", "b1", "b2")}
    coverage = west.xpath(".//table[@class='coverage']/tbody/tr/@data-outlet")
    assert sorted(coverage) == sorted({OUTLET_OF[c] for c in carried})
    ledger = west.xpath(".//table[@class='coverage']/tbody/tr[@data-outlet='Daily Ledger']/td")
    assert [td.text for td in ledger] == ["2024-02-26", "2025-10-06", "2", "2", "2"]
    speakers = [(tr.xpath("./th")[0].text_content(), tr.xpath("./td")[0].text)
                for tr in west.xpath(".//table[@class='speakers']/tbody/tr")]
    assert speakers == [("Vladimir Putin", "5"), ("Dmitry Peskov", "2")]
    # one dot per outlet and week, each linking to the narrative
    dots = west.xpath(".//svg[@class='narrative-timeline']//a")
    assert len(dots) == 7 and {a.get("href") for a in dots} == {"#n-open-west"}
    evidence = {a.get("data-claim"): a.xpath(".//p[@class='evidence']")[0].text_content()
                for a in west.xpath(".//article")}
    assert evidence["b2"].endswith("accepted by the analyst")
    assert "propagated from claim a1" in evidence["a5"]
    assert evidence["a3"].endswith("model score 0.84")
    empty = narrative(doc, "sanctions")
    assert empty.xpath(".//article") == [] and "No claim carries it yet" in empty.text_content()


def test_narrative_options_choose_narratives_and_cap_versions(coded):
    doc = html_of(coded, narrative_ids=["open"], narrative_claims=2)
    assert doc.xpath("//details/@data-narrative") == ["open-west"]
    # the strongest two: the analyst's b2, then a1 (0.91, older than the propagated a2, a5)
    assert sorted(doc.xpath("//details[@data-narrative]//article/@data-claim")) == ["a1", "b2"]
    assert "the strongest 2 of 7" in narrative(doc, "open-west").text_content()
    with pytest.raises(CompareError, match="no narrative 'zz'"):
        render_report(coded, narrative_ids=["zz"])


def test_narrative_section_escapes_hostile_codebook_text(coded):
    text = render_report(coded, fmt="html")
    doc = lxml.html.document_fromstring(text)
    assert doc.xpath("//script[not(@src)]") == doc.xpath("//script")[:1]  # only the page's own
    assert doc.xpath("//b") == []
    hostile = narrative(doc, "hostile")
    assert hostile.xpath(".//summary/span[@class='label']")[0].text == \
        "Bloc <script>alert(1)</script> | *hostile*"
    assert "Europe is <b>hostile</b> & [link](javascript:x)" in hostile.text_content()
    [svg] = hostile.xpath(".//svg")
    assert svg.get("aria-label") == "Coverage of Bloc <script>alert(1)</script> | *hostile* " \
                                    "by outlet over time"
    md = render_report(coded, fmt="md")
    assert "### Bloc \\<script\\>alert(1)\\</script\\> \\| \\*hostile\\*" in md
    assert "[link](javascript" not in md


def test_markdown_narrative_section(coded):
    md = render_report(coded, fmt="md")
    section = md[md.index("## Codebook narratives"):]
    assert re.findall(r"^### (.+?) <a", section, flags=re.M) == [
        "Open to the West", "Bloc \\<script\\>alert(1)\\</script\\> \\| \\*hostile\\*",
        "Sanctions failed"]
    west = section[:section.index("### Bloc")]
    assert "5 outlets, 2 named speakers, 7 claims." in west
    assert "| Daily Ledger | 2024-02-26 | 2025-10-06 | 2 | 2 | 2 |" in west
    assert "| Dmitry Peskov | 2 | Daily Ledger, Eastern Dispatch | 2025-10-10 | 2025-10-11 |" \
        in west
    rows = [line for line in west.splitlines() if "quote" in line or "reported" in line]
    assert len(rows) == 7 and all(len(re.split(r"(?<!\\)\|", r)) == 10 for r in rows)
    assert any("Moscow is looking" in r and r.endswith("| accepted by the analyst |")
               for r in rows)
    assert "Pacific Courier" not in west and "hostile platform" not in west
    assert "No claim carries it yet" in section[section.index("### Sanctions"):]


@pytest.mark.parametrize("score, source, from_claim, says", [
    (1.0, "analyst", None, "accepted by the analyst"),
    (0.84, "model", None, "model score 0.84"),
    (0.91, "propagated", "a1", "propagated from claim a1 of its claim cluster (score 0.91)"),
    (0.12, "context", "a1", "its article carries it (claim a1) and it is the claim's nearest "
                            "entry (score 0.12)"),
])
def test_a_version_says_why_it_carries_the_narrative(score, source, from_claim, says):
    from compare.report.narratives import _why

    assert _why(score, source, from_claim) == says


def test_a_speaker_from_other_pages_shows_what_the_page_itself_says(con):
    con.execute("update claims set speaker_from_corpus = true, speaker_mention = "
                "'the Valdorian leader' where claim_id = 'a4'")
    framed = version(html_of(con), "a4")
    assert framed.xpath(".//span[@class='speaker']/text()") == ["Vladimir Putin"]
    assert "“the Valdorian leader”" in framed.text_content()
    row = next(line for line in render_report(con, fmt="md").splitlines()
               if "perhaps" in line and line.startswith("| "))
    assert "Vladimir Putin(the Valdorian leader)" in row
    assert "the Valdorian leader" not in version(html_of(con), "a3").text_content()
