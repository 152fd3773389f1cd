"""claim_framing: cue classes, hedges, loaded terms, scare quotes, voice and speaker labels."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare import db, framing
from compare.cli import app
from compare.errors import InputError
from compare.framing import (cue_class, find_terms, frame_claims, frame_one, load_lexicons,
                             scare_quotes, speaker_label)

CORPUS = Path(__file__).parent / "fixtures" / "framing" / "corpus.sql"
LEX = load_lexicons([])


def corpus_db(path=":memory:"):
    con = db.connect(path)
    con.execute(CORPUS.read_text(encoding="utf-8"))
    return con


@pytest.mark.parametrize("cue, lemma, expected", [
    ("said", "say", "neutral"),
    ("told", None, "neutral"),
    ("noted", None, "neutral"),
    ("According to", None, "neutral"),
    ("insisted", "insist", "emphatic"),
    ("has insisted", None, "emphatic"),
    ("Stressed", None, "emphatic"),
    ("emphasised", None, "emphatic"),
    ("claims", "claim", "distancing"),
    ("alleged", None, "distancing"),
    ("argued", None, "argumentative"),
    ("conceded", None, "concessive"),
    ("admitted", None, "concessive"),  # doubled consonant
    ("slammed", None, "critical"),
    ("acknowledged", None, "concessive"),
    ("declared", None, "assertive"),
    ("suggested", None, "tentative"),
    ("quipped", "quip", "other"),     # a cue the lexicon does not know
    (None, None, None),               # no cue at all: narration
])
def test_cue_class(cue, lemma, expected):
    assert cue_class(cue, lemma, LEX) == expected


@pytest.mark.parametrize("mention, name, kind, expected", [
    ("Dmitry Peskov", "Dmitry Peskov", "person", "name"),
    ("Peskov", "Dmitry Peskov", "person", "name"),
    ("Russian President Vladimir Putin", "Vladimir Putin", "person", "name"),
    ("President Vladimir Putin’s press secretary, Dmitry Peskov", "Dmitry Peskov", None, "name"),
    ("the president", "Vladimir Putin", "person", "title"),
    ("the Kremlin spokesman", "Dmitry Peskov", "person", "title"),
    ("the Kremlin", "Dmitry Peskov", "person", "institution"),
    ("the Kremlin", None, None, "institution"),
    ("the European Council on Foreign Relations", "European Council on Foreign Relations",
     "organisation", "institution"),
    ("he", "Dmitry Peskov", "person", "pronoun"),
    ("him", None, None, "pronoun"),
    ("Ivan Petrov", None, None, "name"),    # unresolved, but a capitalised name
    ("sources", None, None, "other"),
    ("Critics", None, None, "other"),                           # capitalised, but no name
    ("Valdoria’s envoy", None, None, "title"),
    ("the Valdorian minister", None, None, "title"),            # a demonym is not a name
    ("Foreign Minister Irina Kostina", None, None, "name"),      # unresolved, but named
    ("the Baltic Institute for Policy Studies", None, None, "institution"),
    (None, None, None, "none"),
    ("  ", None, None, "none"),
])
def test_speaker_label(mention, name, kind, expected):
    assert speaker_label(mention, name, kind, LEX) == expected


@pytest.mark.parametrize("text, lexicon, expected", [
    ("Troops were reportedly moved, and may leave.", "hedges", ["reportedly", "may"]),
    ("The talks were held in May.", "hedges", []),                  # a month, not a hedge
    ("May the talks succeed?", "hedges", ["may"]),                  # sentence start
    ("The so-called referendum", "loaded_terms", ["so-called"]),
    ("We are not at all interested, absolutely not.", "intensifiers", ["at all", "absolutely"]),
    ("Everybody made a discovery", "intensifiers", []),             # "very" inside words
    ("a one-sided report and new narrative-busting polling", "loaded_terms",
     ["one-sided", "narrative-busting"]),
    ("Illegal sanctions by the regime, illegal twice", "loaded_terms", ["illegal", "regime"]),
    ("propagandists spread propaganda", "loaded_terms", ["propagandists", "propaganda"]),
    ("a regimental band", "loaded_terms", []),
])
def test_find_terms(text, lexicon, expected):
    skip = lexicon in framing.NAME_SENSITIVE
    assert find_terms(text, LEX.terms[lexicon], skip_names=skip) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("7% described it as “an ally” that “shares our interests and values,”", "narration",
     ["an ally", "shares our interests and values"]),
    ("Brussels has ‘destroyed’ once friendly ties, Russia’s minister claims", "teaser",
     ["destroyed"]),
    ("Russia’s troops and NATO’s plans", "narration", []),          # apostrophes only
    ("‘We are partners’: Orlov tells the West", "headline", []),     # a quote, not a scare quote
    ("Orlov: “We are still partners” with the West", "headline", []),
    ("“We are not at all interested in this,”", "quote", []),      # a quote: no scare quote
    ("the ministry wrote that “there are currently no relations with the EU at all.”",
     "narration", []),                                              # too long for a scare quote
    ("they are seeking ties “guided by their interests.”", "reported", []),  # speaker's words
    ("he told the makers of “Master of the Game,” a film", "narration", []),  # a title
])
def test_scare_quotes(text, kind, expected):
    assert scare_quotes(text, kind) == expected


def test_frame_one_attribution_and_voice():
    quoted = frame_one(text="We are not at all interested in this.", kind="quote",
                       cue="insisted", speaker_id="dmitry-peskov", speaker_mention="he",
                       speaker_name="Dmitry Peskov", lex=LEX)
    assert (quoted.cue_class, quoted.is_attributed, quoted.speaker_label) == \
        ("emphatic", True, "pronoun")
    assert quoted.intensifiers == ["at all"]
    own = frame_one(text="Analysts made a fanfare of the buildup.", kind="narration", lex=LEX)
    assert (own.cue_class, own.is_attributed, own.speaker_label) == (None, False, "none")
    assert own.loaded_terms == ["fanfare"]
    unresolved = frame_one(text="It will work.", kind="reported", cue="said",
                           speaker_mention="he", lex=LEX)   # "he" without antecedent
    assert unresolved.is_attributed and unresolved.speaker_label == "pronoun"


def test_frame_claims_fills_one_row_per_claim_and_is_incremental():
    con = corpus_db()
    assert frame_claims(con) == 14
    assert frame_claims(con) == 0
    rows = dict((r[0], r[1:]) for r in con.execute(
        "select claim_id, cue_class, hedges, loaded_terms, n_scare_quotes, is_attributed, "
        "speaker_label from claim_framing").fetchall())
    assert rows["c05"] == ("emphatic", [], [], 0, True, "title")
    assert rows["c03"] == ("neutral", ["reportedly"], [], 0, True, "pronoun")
    assert rows["c06"] == (None, [], ["one-sided", "propaganda"], 0, False, "none")
    assert rows["c07"][3:] == (2, False, "none")
    assert rows["c14"] == ("argumentative", ["may"], [], 0, True, "institution")
    con.execute("insert into claims (claim_id, doc_id, seq, text, text_hash, kind) "
                "values ('c99', 'd1', 9, 'Allegedly it rained.', 'h99', 'narration')")
    assert frame_claims(con) == 1
    assert con.execute("select hedges from claim_framing where claim_id = 'c99'"
                       ).fetchone()[0] == ["allegedly"]


def test_user_lexicons_extend_the_bundled_ones_and_reframe(tmp_path, monkeypatch):
    con = corpus_db()
    frame_claims(con)
    (tmp_path / "cues.txt").write_text("[distancing]\nsay\nsaid\n", encoding="utf-8")
    (tmp_path / "hedges.txt").write_text("# mine\n!reportedly\nby summer\n", encoding="utf-8")
    monkeypatch.setenv("COMPARE_LEXICONS", str(tmp_path))
    assert load_lexicons().version != LEX.version
    assert frame_claims(con) == 14        # every row was made with other lexicons
    assert con.execute("select count(*), count(distinct claim_id) from claim_framing"
                       ).fetchone() == (14, 14)  # framed again, not twice (no key: 013)
    got = dict(con.execute("select claim_id, cue_class || ' ' || hedges::varchar "
                           "from claim_framing").fetchall())
    assert got["c02"] == "distancing []"
    assert got["c03"] == "neutral []"
    assert got["c14"] == "argumentative [may, by summer]"


def test_a_malformed_lexicon_names_file_and_line(tmp_path):
    (tmp_path / "cues.txt").write_text("# cues\nsaid\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_lexicons([tmp_path])
    assert f"{tmp_path / 'cues.txt'}:2:" in str(err.value)
    assert "[section]" in str(err.value)


def test_frame_claims_is_one_transaction(monkeypatch):
    con = corpus_db()
    monkeypatch.setattr(framing, "BATCH", 5)
    real = framing.frame_one
    calls = []

    def failing(**kw):
        calls.append(1)
        if len(calls) == 12:
            raise KeyboardInterrupt
        return real(**kw)

    monkeypatch.setattr(framing, "frame_one", failing)
    with pytest.raises(KeyboardInterrupt):
        frame_claims(con)
    assert con.execute("select count(*) from claim_framing").fetchone()[0] == 0


def test_cli_frame_with_a_lexicon_folder(tmp_path):
    path = tmp_path / "x.duckdb"
    corpus_db(str(path)).close()
    mine = tmp_path / "lex"
    mine.mkdir()
    (mine / "loaded_terms.txt").write_text("survey\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", str(path), "frame", "--lexicons", str(mine)])
    assert result.exit_code == 0, result.output
    assert "Framed 14 claims." in result.output
    con = db.connect(str(path), read_only=True)
    assert con.execute("select loaded_terms from claim_framing where claim_id = 'c07'"
                       ).fetchone()[0] == ["survey"]


def test_a_changed_claim_is_reframed_and_a_deleted_one_dropped():
    con = corpus_db()
    frame_claims(con)
    con.execute("update claims set speaker_id = null, speaker_mention = null, cue = null, "
                "cue_lemma = null, kind = 'narration' where claim_id = 'c05'")
    con.execute("delete from claims where claim_id = 'c14'")
    assert frame_claims(con) == 1
    assert con.execute("select cue_class, is_attributed, speaker_label from claim_framing "
                       "where claim_id = 'c05'").fetchone() == (None, False, "none")
    assert con.execute("select count(*) from claim_framing").fetchone()[0] == 13
