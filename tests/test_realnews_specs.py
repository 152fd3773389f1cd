"""The real-news gold in benchmarks/realnews holds labels and anchors, never article text."""

import json
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parents[1] / "benchmarks" / "realnews"
SPECS = sorted(FOLDER.glob("*.json"))


def test_the_folder_holds_only_specs_and_a_readme():
    assert SPECS, "no spec in benchmarks/realnews"
    others = [p.name for p in FOLDER.iterdir() if p.suffix != ".json" and p.name != "README.md"]
    assert others == []


def _anchors(spec: dict):
    for cluster in spec["gold_clusters"]:
        for member in cluster["members"]:
            yield cluster["id"], member["anchor"]
    for i, pair in enumerate(spec["negative_pairs"]):
        yield f"negative {i}", pair["a"]["anchor"]
        yield f"negative {i}", pair["b"]["anchor"]
    for i, item in enumerate(spec["speaker_gold"]):
        yield f"speaker {i}", item["anchor"]


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_anchors_are_short_and_no_field_carries_text(path):
    spec = json.loads(path.read_text(encoding="utf-8"))
    long = [(where, a) for where, a in _anchors(spec) if not 4 <= len(a.split()) <= 10]
    assert long == []
    allowed = {"url", "outlet", "language", "published_at", "slug", "title_desc", "query_index",
               "excerpt_sha256", "excerpt_chars"}
    for event in spec["events"]:
        for doc in event["documents"]:
            assert set(doc) <= allowed, f"unexpected fields in {doc['url']}: {set(doc) - allowed}"
            assert len(doc["title_desc"].split()) <= 20


def test_the_splits_share_no_event_or_document():
    events = [{e["id"] for e in json.loads(p.read_text(encoding="utf-8"))["events"]} for p in SPECS]
    urls = [{d["url"] for e in json.loads(p.read_text(encoding="utf-8"))["events"]
             for d in e["documents"]} for p in SPECS]
    for i in range(len(SPECS)):
        for j in range(i + 1, len(SPECS)):
            assert not events[i] & events[j] and not urls[i] & urls[j]


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_every_document_names_a_query_of_its_event(path):
    """The corpus is rebuilt by re-running each document's query: an index past the event's
    queries leaves the page unrecoverable."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    lost = [(e["id"], d["url"]) for e in spec["events"] for d in e["documents"]
            if not 0 <= d["query_index"] < len(e["queries"])]
    assert lost == []
