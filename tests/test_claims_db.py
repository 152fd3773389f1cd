"""`compare extract` and extract_claims: claims and speakers in the database."""

from pathlib import Path

import pytest

from typer.testing import CliRunner

from compare import db
from compare.claims import extract_claims
from compare.cli import app
from compare.hashing import digest, text_hash

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


def add_document(con, doc_id, text, title=None, teasers=None):
    con.execute("insert into documents (doc_id, text_hash, outlet, title, text, teasers) "
                "values (?, ?, 'Test Outlet', ?, ?, ?)",
                [doc_id, text_hash(text), title, text, teasers or []])


def test_a_long_batch_with_no_relay_at_all_is_written():
    """Thousands of claims none of which names a relay (a column of nothing but NULLs) are
    written: DuckDB cannot read the type of a long column of None."""
    con = db.connect(":memory:")
    text = "\n\n".join(f"The river rose by {n} centimetres in the town." for n in range(2500))
    add_document(con, "d1", text)
    report = extract_claims(con)
    assert report.n_claims == 2500
    assert con.execute("select count(*), count(via), count(speaker_id) from claims"
                       ).fetchone() == (2500, 0, 0)


def test_a_long_batch_with_a_rare_relay_is_written():
    """Thousands of claims of which a few name a relay, far from the batch's start: DuckDB
    reads a column's type from a sample of its values, and a sample of None failed."""
    con = db.connect(":memory:")
    plain = [f"The river rose by {n} centimetres in the town." for n in range(4200)]
    plain[287] = "Ana Holm told Reuters that the dam would hold."
    add_document(con, "d1", "\n\n".join(plain))
    report = extract_claims(con)
    assert report.n_claims == 4200
    assert con.execute("select count(*), count(via), max(via) from claims").fetchone() == (
        4200, 1, "Reuters")


def test_extract_claims_writes_claims_speakers_and_extractions():
    con = db.connect(":memory:")
    text = (FIXTURES / "harbour.txt").read_text(encoding="utf-8")
    teaser = text.index("Also on")
    add_document(con, "d1", text, title="Harbour deal will bring jobs – Marlow",
                 teasers=[{"char_start": teaser, "char_end": len(text)}])
    report = extract_claims(con)
    assert report.n_docs == 1 and report.n_claims == 10
    assert "10 claims" in report.summary()
    rows = con.execute("select kind, speaker, speaker_role, cue_lemma, text from claims_full "
                       "order by seq").fetchall()
    assert rows[0][:3] == ("headline", "Helena Marlow", "Prime Minister")
    quotes = [r for r in rows if r[0] == "quote"]
    assert len(quotes) == 4 and {r[1] for r in quotes} == {"Helena Marlow"}
    assert rows[-1][0] == "teaser"
    assert ("reported", "Harbour Workers Union", None, "according to") in [r[:4] for r in rows]
    said = dict(con.execute("select kind, count(content) from claims group by kind").fetchall())
    assert said["quote"] == 4 and said.get("narration", 0) == 0  # what speech attributes
    kinds = dict(con.execute("select name, kind from speakers").fetchall())
    assert kinds == {"Helena Marlow": "person", "Harbour Workers Union": "organisation"}
    assert con.execute("select count(*) from extractions").fetchone()[0] == 1


def test_claim_ids_are_stable_and_extraction_is_incremental():
    con = db.connect(":memory:")
    add_document(con, "d1", "The ferry leaves at noon, Captain Ola Berg said.")
    extract_claims(con)
    cid, start, end = con.execute("select claim_id, char_start, char_end from claims").fetchone()
    assert cid == digest("d1", start, end)
    assert extract_claims(con).n_docs == 0  # nothing new
    add_document(con, "d2", "“We sail at dawn,” Ola Berg said.")
    assert extract_claims(con).n_docs == 1
    again = extract_claims(con, doc_ids=["d1"])  # re-extract replaces the old claims
    assert again.n_docs == 1
    assert con.execute("select count(*) from claims where doc_id = 'd1'").fetchone()[0] == 1
    assert con.execute("select claim_id from claims where doc_id = 'd1'").fetchone()[0] == cid


def speaker_names(con):
    return [r[0] for r in con.execute("select s.name from claims c join speakers s "
                                      "using (speaker_id) order by c.doc_id, c.seq").fetchall()]


def test_a_cyrillic_speaker_takes_the_latin_spelling_a_page_gives_the_person():
    con = db.connect(":memory:")
    add_document(con, "d1", "«Мы готовы к диалогу», — сказала Олексія Магучіна.")
    extract_claims(con)
    # no page spells her in Latin yet: shown as English-language news romanises her name
    assert speaker_names(con) == ["Oleksia Mahuchina"]
    add_document(con, "d2", "Fans cheered Oleksiia Mahuchina at the stadium on Sunday.")
    extract_claims(con)  # a later run: the page names her without quoting her
    assert speaker_names(con) == ["Oleksiia Mahuchina"]
    aliases = con.execute("select aliases from speakers").fetchone()[0]
    assert "Олексія Магучіна" in aliases
    assert con.execute("select count(*) from people_named where doc_id = 'd2'").fetchone()[0] == 1
    extract_claims(con, doc_ids=["d2"])  # re-extraction replaces the page's rows
    assert con.execute("select count(*) from people_named").fetchone()[0] == 1
    assert speaker_names(con) == ["Oleksiia Mahuchina"]  # the page's spelling stays


def test_a_cyrillic_speaker_no_one_or_two_people_fit_is_romanised():
    con = db.connect(":memory:")
    add_document(con, "d1", "«Мы готовы», — сказал Иван Сомов. «Мы тоже», — сказал Жомарт "
                            "Орлов. «Да», — сказал Олег Лебедев.")
    add_document(con, "d2", "Petr Somov met Jomart Orlov, Jomard Orlov, Oleg Lebedev and Olga "
                            "Lebedev in Berlin.")
    extract_claims(con)  # Somov: another first name; Orlov: two fit; Lebedev: Oleg, not Olga
    assert speaker_names(con) == ["Ivan Somov", "Zhomart Orlov", "Oleg Lebedev"]
    aliases = con.execute("select list_sort(aliases) from speakers order by name").fetchall()
    assert [a[0] for a in aliases] == [["Иван Сомов"], ["Олег Лебедев"], ["Жомарт Орлов"]]


def test_a_cyrillic_speaker_of_ukrainian_pages_is_romanised_the_ukrainian_way():
    """A name with no Ukrainian-only letter ("Мстислав Чернов") is read by its page's language:
    "Mstyslav" on Ukrainian pages, "Mstislav" on Russian ones."""
    con = db.connect(":memory:")
    add_document(con, "d1", "«Ми зробили цей фільм», — сказав Мстислав Чернов.")
    add_document(con, "d2", "«Мы сделали этот фильм», — сказал Мстислав Орлов.")
    con.execute("update documents set language = case doc_id when 'd1' then 'uk' else 'ru' end")
    extract_claims(con)
    assert speaker_names(con) == ["Mstyslav Chernov", "Mstislav Orlov"]


def test_failed_extraction_writes_nothing(monkeypatch):
    import compare.claims as claims

    con = db.connect(":memory:")
    add_document(con, "d1", "The ferry leaves at noon.")
    add_document(con, "d2", "The ferry returns at six.")
    calls = []

    def boom(text, **kw):
        calls.append(text)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return []

    monkeypatch.setattr(claims, "extract_from_text", boom)
    try:
        extract_claims(con)
    except KeyboardInterrupt:
        pass
    assert con.execute("select count(*) from extractions").fetchone()[0] == 0


def test_cli_ingest_then_extract(tmp_path):
    path = str(tmp_path / "x.duckdb")
    runner = CliRunner()
    res = runner.invoke(app, ["--db", path, "ingest", str(FIXTURES),
                              "--manifest", str(FIXTURES / "manifest.csv")])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["--db", path, "extract"])
    assert res.exit_code == 0, res.output
    assert "from 2 documents" in res.output
    con = db.connect(path, read_only=True)
    speakers = {r[0] for r in con.execute(
        "select speaker from claims_full where kind in ('quote', 'reported')").fetchall()}
    assert {"Helena Marlow", "Irina Sand", "Tomas Vell"} <= speakers
    con.close()
    res = runner.invoke(app, ["--db", path, "extract"])
    assert "from 0 documents" in res.output
    res = runner.invoke(app, ["--db", path, "extract", "--doc-id", "nope"])
    assert res.exit_code == 1 and "no document with id nope" in res.output


def test_a_document_over_the_time_budget_is_extracted_and_reported(monkeypatch):
    import compare.claims as claims

    con = db.connect(":memory:")
    add_document(con, "d1", "Lena Ost said the port would reopen.", title="Port")
    monkeypatch.setattr(claims, "SLOW_DOCUMENT_SECONDS", -1.0)  # every document is "slow"
    report = extract_claims(con)
    assert report.n_claims >= 1
    assert len(report.warnings) == 1 and report.warnings[0].startswith("document d1 (Port): ")
    monkeypatch.setattr(claims, "SLOW_DOCUMENT_SECONDS", 10.0)
    add_document(con, "d2", "Lena Ost said the bridge would reopen.")
    assert extract_claims(con).warnings == []


def _dated(con, doc_id, text, day):
    add_document(con, doc_id, text)
    con.execute("update documents set published_at = ?::timestamp where doc_id = ?",
                [day, doc_id])


def _role_speaker(con, fragment):
    return con.execute("""select s.name, c.speaker_from_corpus from claims c
                          left join speakers s using (speaker_id)
                          where c.text like ?""", [f"%{fragment}%"]).fetchone()


NAMED = "WHO Director-General Ana Holm said the outbreak was over."
UNNAMED = "WHO's director-general told a briefing that the committee had met."
ROLE_ACROSS_CASES = [
    # (pages: (doc id, text, date), the unnamed page's claim's speaker)
    # the one person named in the office on a page of the same weeks
    ([("a", NAMED, "2024-05-10"), ("b", UNNAMED, "2024-05-12")], "Ana Holm"),
    # the holder named only months apart, two holders
    ([("a", NAMED, "2024-01-10"), ("b", UNNAMED, "2024-05-12")], None),
    ([("a", NAMED, "2024-05-10"), ("c", NAMED.replace("Ana Holm", "Jan Berg"), "2024-05-11"),
      ("b", UNNAMED, "2024-05-12")], None),
    # an indefinite or bare role, a past office: no one person
    ([("a", NAMED, "2024-05-10"),
      ("b", "A WHO director-general told a briefing that the committee had met.",
       "2024-05-12")], None),
    ([("a", NAMED, "2024-05-10"),
      ("b", "The former WHO director-general told a briefing that the committee had met.",
       "2024-05-12")], None),
    ([("a", "Prefect Jean Holm said the storm was the worst in 90 years.", "2024-12-15"),
      ("b", "The prefect of Mayotte said it was the worst cyclone in 90 years.",
       "2024-12-15")], None),  # the holder's role does not say of where
    ([("a", "The prefect of Mayotte, Jean Holm, said the storm was severe.", "2024-12-15"),
      ("b", "The prefect of Mayotte said it was the worst cyclone in 90 years.",
       "2024-12-16")], "Jean Holm"),
    # an undated page (copies drop the date): the one holder the whole corpus names, dated or
    # not; none when the corpus names two, even months apart
    ([("a", NAMED, "2024-05-10"), ("b", UNNAMED, None)], "Ana Holm"),
    ([("a", NAMED, None), ("b", UNNAMED, None)], "Ana Holm"),
    ([("a", NAMED, "2024-01-10"), ("c", NAMED.replace("Ana Holm", "Jan Berg"), "2024-09-11"),
      ("b", UNNAMED, None)], None),
    # "In the capital X, Mayor Y": the mayor of X; the pronoun going on with the role is his
    ([("a", "In the capital Valdo, Mayor Jan Holm reported that nine people were hurt.", None),
      ("b", "The mayor of Valdo said the hospital was hit. \"The cyclone spared nothing,\" he "
            "said.", "2024-12-16")], "Jan Holm"),
]


@pytest.mark.parametrize("pages,speaker", ROLE_ACROSS_CASES)
def test_a_role_named_without_its_holder_is_resolved_across_the_corpus(pages, speaker):
    con = db.connect(":memory:")
    for doc_id, text, day in pages:
        _dated(con, doc_id, text, day)
    extract_claims(con)
    unnamed = next(w for w in ("briefing", "cyclone") if w in pages[-1][1])  # its last claim
    name, from_corpus = _role_speaker(con, unnamed)
    assert (name if from_corpus else None) == speaker  # (the page's own reading stays)


def test_a_role_resolved_across_the_corpus_does_not_depend_on_the_order_of_extraction():
    con = db.connect(":memory:")
    _dated(con, "b", UNNAMED, "2024-05-12")
    extract_claims(con)  # the holder is named nowhere yet
    assert _role_speaker(con, "briefing") == (None, False)
    _dated(con, "a", NAMED, "2024-05-10")
    extract_claims(con)  # a later run: now one page names her
    assert _role_speaker(con, "briefing") == ("Ana Holm", True)
    _dated(con, "c", NAMED.replace("Ana Holm", "Jan Berg"), "2024-05-11")
    extract_claims(con)  # and then a second holder: no one person any more
    assert _role_speaker(con, "briefing") == (None, False)
