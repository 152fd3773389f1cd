"""Bad input never ends in a traceback or half an ingest: skipped with a warning by default,
an error (exit 1, nothing written) with --strict. Each case asserts the exact message."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare import db
from compare.cli import app
from compare.errors import InputError
from compare.ingest import ingest_paths

GOOD = "Headline of a good article\n\nThe minister said on Monday that the talks would go on.\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def case_binary(d):
    p = write(d, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return p, f"{p}: binary file, not text (remove it from the input, or convert it to a text format)", "1 binary file"


def case_unreadable(d):
    p = d / "gone.txt"
    p.symlink_to(d / "nowhere.txt")  # a dangling link: listed, but cannot be read
    return p, f"{p}: cannot read the file: No such file or directory (check that it exists and is readable)", "1 unreadable file"


def case_malformed_json(d):
    p = write(d, "bad.json", '[\n  {"text": "one"},\n  {"text": "two",}\n]\n')
    return p, f"{p}:3: malformed JSON: Expecting property name enclosed in double quotes (column 18) (fix the file; nothing in it was read)", "1 malformed JSON file"


def case_malformed_jsonl(d):
    p = write(d, "bad.jsonl", '{"text": "The first line is fine, the minister said."}\n{"text": oops}\n')
    return p, f"{p}:2: malformed JSON: Expecting value (column 10) (fix or remove the line)", "1 malformed JSON line"


def case_json_not_object(d):
    p = write(d, "list.json", json.dumps([{"text": "A fine article, the mayor said."}, "just a string"]))
    return p, f"{p}: item 2 is a JSON str, not an object (each article must be an object with a text field)", "1 JSON item that is not an object"


def case_json_without_text(d):
    p = write(d, "feed.json", json.dumps([{"text": "The mayor said the bridge would open."},
                                          {"headline": "A title only", "summary": "Short."}]))
    return p, f"{p}: item 2: no text field (found: headline, summary) (name the article field one of: text, content, body, maintext, story_text)", "1 item without a text field"


def case_jsonl_without_text(d):
    p = write(d, "feed.jsonl", '{"text": "The mayor said the bridge would open."}\n{"title": "Only a title"}\n')
    return p, f"{p}:2: no text field (found: title) (name the article field one of: text, content, body, maintext, story_text)", "1 item without a text field"


def case_csv_without_text(d):
    p = write(d, "table.csv", "title,summary,link\nA,B,https://x.example/a\n")
    return p, f"{p}: no text column (found: title, summary, link) (name the article column one of: text, content, body, maintext, story_text)", "1 CSV without a text column"


def case_manifest_missing_file(d):
    write(d, "here.txt", GOOD)
    p = write(d, "manifest.csv", "path,outlet\nhere.txt,Outlet A\nmissing.txt,Outlet B\n")
    return p, f"{p}:3: file not found: missing.txt (paths are relative to the manifest's folder; fix the path or remove the row)", "1 missing file"


def case_empty_document(d):
    p = write(d, "empty.txt", "top of page\n\n1 view\n\nbottom of page\n")
    return p, f"{p}: empty document (nothing is left after removing page chrome; remove the item)", "1 empty document"


def case_empty_csv_row(d):
    p = write(d, "rows.csv", 'title,text\nGood,"The mayor said the bridge would open in May."\nEmpty,""\n')
    return p, f"{p}:3: empty document (the text is empty; fill it in or remove the item)", "1 empty document"


def case_empty_jsonl(d):
    p = write(d, "none.jsonl", "\n\n")
    return p, f"{p}: no articles in the file (add rows or remove the file)", "1 empty file"


def case_enormous_file(d):
    p = write(d, "huge.txt", "word " * 300_000)  # 1.5 MB, over the 1 MB limit these tests set
    return p, f"{p}: file too large: 1.5 MB over the 1 MB limit (raise the limit with --max-size MB, or split it into JSONL/CSV which is streamed)", "1 file over the size limit"


def case_unsupported(d):
    p = write(d, "notes.docx", b"PK\x03\x04")
    return p, f"{p}: unsupported file type .docx (use .txt, .md, .html, .json, .jsonl, .csv, .rss, .atom, .warc, .warc.gz or .wacz)", "1 unsupported file"


def case_bad_front_matter(d):
    p = write(d, "fm.md", "---\ntitle: [unclosed\n---\nBody text of the article, he said.\n")
    return p, f"{p}:2: front matter is not valid YAML (fix the block between the --- lines)", "1 file with bad front matter"


CASES = [case_binary, case_unreadable, case_malformed_json, case_malformed_jsonl,
         case_json_not_object, case_json_without_text, case_jsonl_without_text,
         case_csv_without_text, case_manifest_missing_file,
         case_empty_document, case_empty_csv_row, case_empty_jsonl, case_enormous_file,
         case_unsupported,
         case_bad_front_matter]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__.removeprefix("case_"))
def test_bad_item_is_skipped_with_a_warning(tmp_path, case):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "good.txt", GOOD)
    bad, message, reason = case(folder)
    con = db.connect(":memory:")
    report = ingest_paths(con, [folder / "good.txt", bad], max_bytes=1_000_000)
    assert report.warnings == [message]
    assert report.skipped == 1
    assert report.summary().endswith(f"skipped 1 ({reason})")
    assert report.ingested >= 1  # the good article (and good rows of the same file) went in


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__.removeprefix("case_"))
def test_bad_item_with_strict_is_an_error_and_nothing_is_written(tmp_path, case):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "good.txt", GOOD)
    bad, message, _ = case(folder)
    dbfile = tmp_path / "x.duckdb"
    result = CliRunner().invoke(app, ["--db", str(dbfile), "ingest", str(folder / "good.txt"),
                                      str(bad), "--strict", "--max-size", "1"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {message}\n"
    assert "Traceback" not in result.output
    assert db.connect(dbfile).execute("select count(*) from documents").fetchone()[0] == 0


def test_strict_with_worker_processes(tmp_path):
    for i in range(6):
        write(tmp_path, f"a{i}.txt", f"Headline {i} here\n\nThe mayor said item {i} was done.\n")
    bad, message, _ = case_binary(tmp_path)
    con = db.connect(":memory:")
    with pytest.raises(InputError) as err:
        ingest_paths(con, [tmp_path], strict=True, workers=2)
    assert str(err.value) == message
    assert con.execute("select count(*) from documents").fetchone()[0] == 0


def test_cli_prints_warnings_on_stderr_and_the_summary(tmp_path):
    write(tmp_path, "good.txt", GOOD)
    bad, message, _ = case_malformed_jsonl(tmp_path)
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.duckdb"), "ingest", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {message}\n"
    assert result.stdout == ("ingested 2, unchanged 0, republications 0, skipped 1 "
                             "(1 malformed JSON line)\n")


def test_non_utf8_text_is_decoded_and_said(tmp_path):
    p = write(tmp_path, "cp.txt", "Caf\u00e9 owners protest\n\nThe owners said the \u201cnew rules\u201d "
              "were unfair.\n".encode("cp1252"))
    con = db.connect(":memory:")
    report = ingest_paths(con, [p])
    assert report.warnings == [f"{p}: not UTF-8, decoded as cp1252 (check the characters, or "
                               "convert the file to UTF-8)"]
    assert report.summary() == "ingested 1, unchanged 0, republications 0, skipped 0"
    title, text = con.execute("select title, text from documents").fetchone()
    assert (title, text) == ("Caf\u00e9 owners protest",
                             "The owners said the \u201cnew rules\u201d were unfair.")
    with pytest.raises(InputError, match="decoded as cp1252"):
        ingest_paths(db.connect(":memory:"), [p], strict=True)


def test_latin1_csv_is_streamed(tmp_path):
    p = write(tmp_path, "rows.csv", 'title,text\nA,"Se\u00f1or Ruiz said the \u0081 port would reopen."\n'
              .encode("latin-1"))
    con = db.connect(":memory:")
    report = ingest_paths(con, [p])
    assert report.warnings == [f"{p}:2: line not UTF-8, decoded as latin-1 (check its "
                               "characters, or convert the file to UTF-8)"]
    assert "Se\u00f1or Ruiz" in con.execute("select text from documents").fetchone()[0]


@pytest.mark.parametrize("ext", ["jsonl", "csv"])
def test_one_bad_byte_garbles_one_line_not_the_file(tmp_path, ext):
    good = "“We will reopen the port,” Ana Ruiz said."
    bad = "Se\u00f1or Ruiz said the port would reopen."
    if ext == "jsonl":
        rows = [json.dumps({"title": t, "text": x}, ensure_ascii=False).encode("utf-8")
                for t, x in (("One", good), ("Two", good.replace("port", "dock")))]
        rows.insert(1, json.dumps({"title": "Bad", "text": bad}, ensure_ascii=False)
                    .encode("cp1252"))
    else:
        rows = [b"title,text"] + [f'{t},"{x}"'.encode("utf-8") for t, x in
                                  (("One", good), ("Two", good.replace("port", "dock")))]
        rows.insert(2, f'Bad,"{bad}"'.encode("cp1252"))
    p = tmp_path / f"rows.{ext}"
    p.write_bytes(b"\n".join(rows) + b"\n")
    con = db.connect(":memory:")
    report = ingest_paths(con, [p])
    line = 2 if ext == "jsonl" else 3
    assert report.warnings == [f"{p}:{line}: line not UTF-8, decoded as cp1252 (check its "
                               "characters, or convert the file to UTF-8)"]
    texts = dict(con.execute("select title, text from documents").fetchall())
    assert texts["One"] == good and texts["Bad"] == bad  # curly quotes kept, the bad line read


@pytest.mark.parametrize("ext", ["jsonl", "csv"])
def test_utf16_with_a_bom_is_read(tmp_path, ext):
    text = "“We will reopen the port,” Ana Ruiz said."
    body = (json.dumps({"title": "One", "text": text}, ensure_ascii=False) + "\n"
            if ext == "jsonl" else f'title,text\nOne,"{text}"\n')
    p = tmp_path / f"rows.{ext}"
    p.write_bytes(body.encode("utf-16"))  # with its BOM
    con = db.connect(":memory:")
    report = ingest_paths(con, [p])
    assert report.warnings == []
    assert con.execute("select text from documents").fetchall() == [(text,)]


def test_missing_path_and_manifest_errors(tmp_path):
    runner = CliRunner()
    dbfile = str(tmp_path / "x.duckdb")
    result = runner.invoke(app, ["--db", dbfile, "ingest", str(tmp_path / "nope")])
    assert (result.exit_code, result.stderr) == (
        1, f"Error: {tmp_path / 'nope'}: no such file or folder (check the path; nothing was "
           "ingested)\n")
    for size in ("nan", "0", "-3", "inf"):
        result = runner.invoke(app, ["--db", dbfile, "ingest", str(tmp_path), "--max-size", size])
        assert result.exit_code == 1 and "--max-size" in result.stderr, result.output
    result = runner.invoke(app, ["--db", dbfile, "ingest", "--manifest", str(tmp_path / "m.csv")])
    assert (result.exit_code, result.stderr) == (
        1, f"Error: {tmp_path / 'm.csv'}: manifest not found (check the --manifest path)\n")
    bad = write(tmp_path, "m.csv", "file_name,outlet\na.txt,X\n")
    result = runner.invoke(app, ["--db", dbfile, "ingest", "--manifest", str(bad)])
    assert (result.exit_code, result.stderr) == (
        1, f"Error: {bad}: manifest has no path column (found: file_name, outlet) (name the "
           "column of file paths one of: path, file, filename, file_path)\n")
    result = runner.invoke(app, ["--db", dbfile, "ingest"])
    assert (result.exit_code, result.stderr) == (
        1, "Error: nothing to ingest (give files or folders, or --manifest FILE)\n")


def test_interrupt_rolls_back_the_whole_ingest(tmp_path):
    for i in range(3):
        write(tmp_path, f"a{i}.txt", f"Headline {i} here\n\nThe mayor said item {i} was done.\n")
    con = db.connect(":memory:")

    def interrupt(task, done, total):
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest_paths(con, [tmp_path], progress=interrupt)
    assert con.execute("select count(*) from documents").fetchone()[0] == 0


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_unknown_files_in_folders_are_ignored_silently(tmp_path):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "photo.jpg", b"\xff\xd8\xff")
    write(tmp_path, ".hidden.txt", GOOD + "x")
    report = ingest_paths(db.connect(":memory:"), [tmp_path])
    assert (report.ingested, report.warnings) == (1, [])


@pytest.mark.parametrize("special", ["device", "fifo"])
def test_a_device_or_pipe_named_like_an_article_is_skipped_not_read(tmp_path, special):
    import os

    target = tmp_path / "endless.txt"
    if special == "device":
        target.symlink_to("/dev/zero")
    else:
        os.mkfifo(target)  # nothing ever writes: reading would wait forever
    con = db.connect(":memory:")
    report = ingest_paths(con, [tmp_path])
    assert report.warnings == [f"{target}: not a regular file (a device, pipe or socket) "
                               "(copy what it holds into a file)"]
    assert con.execute("select count(*) from documents").fetchone() == (0,)


def test_an_unclosed_quote_in_a_csv_is_reported_not_swallowed(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text('title,text\nA,"The port will reopen, the minister said.\nB,Second row.\n'
                 'C,Third row.\n', encoding="utf-8")
    con = db.connect(":memory:")
    report = ingest_paths(con, [p])
    assert report.warnings == [f"{p}:2: malformed CSV: unexpected end of data (fix the quoting "
                               "of this row; the rows after it were not read)"]
    assert con.execute("select count(*) from documents").fetchone() == (0,)
