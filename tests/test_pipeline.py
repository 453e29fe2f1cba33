"""The orchestrator end to end: bad inputs reported and stored, good ones coded; re-runs
skip unchanged documents; edits replace rows; a failing segmenter or a slow document
never stops the run."""

from __future__ import annotations

import json
import time
from pathlib import Path

import duckdb
import pytest

import parley.pipeline as pipeline_module
from parley.config import load_options
from parley.pipeline import Pipeline, code_paths
from parley.records import Document

pytestmark = pytest.mark.model

TABLES = ("documents", "parts", "comments", "events", "event_entities", "problems")

ARTICLES = {
    "alpha.txt": (
        "Border talks stall again\n\n"
        "Russia invaded Ukraine in February 2022, officials said.\n\n"
        "The United States condemned Russia on Friday.\n"
    ),
    "beta.txt": (
        "Shelling reported near the river\n\n"
        "Ukraine accused Russia of shelling Kharkiv on 3 March 2022.\n"
    ),
    "gamma.html": (
        "<html><head><title>Envoys meet</title></head><body><article>"
        "<h1>Envoys meet in Ankara</h1>"
        "<p>Turkey hosted talks between Russia and Ukraine on 10 March 2022.</p>"
        "<p>France praised Turkey for the meeting, a spokesman said.</p>"
        "</article></body></html>"
    ),
}


def _options(db: Path, **limits):
    overrides = {"store": {"db": str(db)}}
    if limits:
        overrides["limits"] = limits
    return load_options(overrides=overrides)


def _corpus(root: Path, bad: bool = True) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    if bad:
        (root / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
        (root / "blank.txt").write_text("  \n\n ", encoding="utf-8")
        (root / "feed.jsonl").write_text(
            json.dumps({"id": "delta", "text": "Talks end\n\nChina urged Russia to "
                        "negotiate with Ukraine in April 2022.\n"}) + "\n{broken\n",
            encoding="utf-8")
    return root


def _dump(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    finally:
        con.close()


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch, tmp_path):
    monkeypatch.delenv("PARLEY_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)


def test_good_files_coded_bad_files_reported_and_stored(tmp_path):
    db = tmp_path / "run.duckdb"
    summary = code_paths([_corpus(tmp_path / "in")], _options(db))
    assert summary.documents == 4 and summary.unchanged == 0
    reasons = sorted((Path(p.source).name, p.reason) for p in summary.problems)
    assert reasons == [("blank.txt", "empty"), ("feed.jsonl#2", "parse_error"),
                       ("picture.txt", "binary")]
    dump = _dump(db)
    assert sorted(r[0] for r in dump["documents"]) == ["alpha", "beta", "delta", "gamma"]
    stored = sorted((Path(r[0]).name, r[2]) for r in dump["problems"])
    assert stored == reasons
    assert sum(summary.events.values()) >= 3
    assert len(dump["events"]) >= 3
    assert summary.parts["title"] >= 3 and summary.parts["body"] >= 3
    html_text = next(r[-1] for r in dump["documents"] if r[0] == "gamma")
    assert "Turkey hosted talks" in html_text and "<p>" not in html_text


def test_truncated_archive_and_oversize_page_in_one_run(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    root = _corpus(tmp_path / "in", bad=False)
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for n in range(3):
        html = (f"<html><body><h1>Report {n}</h1><p>Germany urged Russia to withdraw "
                f"from Ukraine, report {n} said.</p></body></html>")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://ex.org/{n}", "response", payload=io.BytesIO(html.encode()),
            http_headers=http))
    data = buf.getvalue()
    (root / "crawl.warc.gz").write_bytes(data[: int(len(data) * 0.8)])
    (root / "huge.txt").write_text("Words and more words. " * 200, encoding="utf-8")
    db = tmp_path / "mixed.duckdb"
    summary = code_paths([root], _options(db, max_bytes=3000))
    assert sorted((Path(p.source).name, p.reason) for p in summary.problems) == [
        ("crawl.warc.gz", "truncated"), ("huge.txt", "too_large")]
    dump = _dump(db)
    assert sorted((Path(r[0]).name, r[2]) for r in dump["problems"]) == [
        ("crawl.warc.gz", "truncated"), ("huge.txt", "too_large")]
    urls = sorted(r[2] for r in dump["documents"] if r[2])
    assert urls == ["https://ex.org/0", "https://ex.org/1"]
    assert summary.documents == 5


def test_second_run_skips_unchanged_and_leaves_tables_identical(tmp_path):
    db = tmp_path / "twice.duckdb"
    root = _corpus(tmp_path / "in")
    code_paths([root], _options(db))
    first = _dump(db)
    summary = code_paths([root], _options(db))
    assert summary.documents == 0 and summary.unchanged == 4
    assert sum(summary.events.values()) == 0
    assert _dump(db) == first


def test_edited_file_alone_is_recoded(tmp_path):
    db = tmp_path / "edit.duckdb"
    root = _corpus(tmp_path / "in", bad=False)
    code_paths([root], _options(db))
    before = _dump(db)
    (root / "beta.txt").write_text(
        "Shelling reported near the river\n\nUkraine accused Russia of shelling Kharkiv.\n\n"
        "Poland condemned Russia on 4 March 2022.\n", encoding="utf-8")
    summary = code_paths([root], _options(db))
    assert summary.documents == 1 and summary.unchanged == 2
    after = _dump(db)
    beta_before = [r for r in before["events"] if r[1] == "beta"]
    beta_after = [r for r in after["events"] if r[1] == "beta"]
    assert beta_after != beta_before
    assert any("Poland" in r[14] for r in beta_after)
    # Every other document's rows are untouched.
    for table, key in (("documents", 0), ("parts", 0), ("events", 1)):
        assert ([r for r in after[table] if r[key] != "beta"]
                == [r for r in before[table] if r[key] != "beta"])
    ids = {r[0] for r in after["events"]}
    assert all(r[0] in ids for r in after["event_entities"])


def test_fixed_input_loses_its_stale_problem(tmp_path):
    db = tmp_path / "fix.duckdb"
    root = _corpus(tmp_path / "in", bad=False)
    (root / "later.txt").write_bytes(b"\x00\x01\x02 not yet text")
    code_paths([root], _options(db))
    assert [r[2] for r in _dump(db)["problems"]] == ["binary"]
    (root / "later.txt").write_text("Later report\n\nIndia urged Pakistan to talk.\n",
                                    encoding="utf-8")
    summary = code_paths([root], _options(db))
    assert summary.problems == []
    assert _dump(db)["problems"] == []


def test_segmenter_crash_is_reported_and_page_coded_as_body(tmp_path, monkeypatch):
    real = pipeline_module.segment

    def flaky(doc: Document):
        if doc.id == "beta":
            raise RuntimeError("segmenter exploded")
        return real(doc)

    monkeypatch.setattr(pipeline_module, "segment", flaky)
    db = tmp_path / "seg.duckdb"
    summary = code_paths([_corpus(tmp_path / "in", bad=False)], _options(db))
    assert summary.documents == 3
    [problem] = summary.problems
    assert (problem.reason, problem.doc_id, problem.stage) == ("segment_error", "beta", "pages")
    assert "segmenter exploded" in problem.detail
    dump = _dump(db)
    beta_parts = [r for r in dump["parts"] if r[0] == "beta"]
    assert [r[2] for r in beta_parts] == ["body"]
    assert beta_parts[0][3] == 0
    assert any(r[1] == "beta" for r in dump["events"])
    assert [(r[2], r[4]) for r in dump["problems"]] == [("segment_error", "beta")]


def test_html_segmenter_crash_falls_back_to_the_article_text(tmp_path, monkeypatch):
    real = pipeline_module.segment

    def flaky(doc: Document):
        if doc.html is not None:
            raise ValueError("bad markup")
        return real(doc)

    monkeypatch.setattr(pipeline_module, "segment", flaky)
    db = tmp_path / "html.duckdb"
    summary = code_paths([_corpus(tmp_path / "in", bad=False)], _options(db))
    assert summary.documents == 3
    assert [(p.reason, p.doc_id) for p in summary.problems] == [("segment_error", "gamma")]
    text = next(r[-1] for r in _dump(db)["documents"] if r[0] == "gamma")
    assert "Turkey hosted talks" in text and "<p>" not in text


def test_sentence_splitting_crash_for_one_document(tmp_path, monkeypatch):
    real = pipeline_module.page_sentences

    def flaky(nlp, page, code_comments=True):
        if page.doc_id == "alpha":
            raise MemoryError("runaway tokenizer")
        return real(nlp, page, code_comments)

    monkeypatch.setattr(pipeline_module, "page_sentences", flaky)
    db = tmp_path / "nlp.duckdb"
    summary = code_paths([_corpus(tmp_path / "in", bad=False)], _options(db))
    assert summary.documents == 2
    assert [(p.reason, p.doc_id, p.stage) for p in summary.problems] == [
        ("nlp_error", "alpha", "nlp")]
    assert sorted(r[0] for r in _dump(db)["documents"]) == ["beta", "gamma"]


def test_slow_document_times_out_and_the_others_are_coded(tmp_path, monkeypatch):
    real = pipeline_module.segment

    def slow(doc: Document):
        if doc.id == "alpha":
            time.sleep(0.4)
        return real(doc)

    monkeypatch.setattr(pipeline_module, "segment", slow)
    db = tmp_path / "slow.duckdb"
    summary = code_paths([_corpus(tmp_path / "in", bad=False)], _options(db, max_seconds=0.2))
    assert summary.documents == 2
    assert [(p.reason, p.doc_id) for p in summary.problems] == [("timeout", "alpha")]
    dump = _dump(db)
    assert sorted(r[0] for r in dump["documents"]) == ["beta", "gamma"]
    assert [(r[2], r[4]) for r in dump["problems"]] == [("timeout", "alpha")]


def _run_stored(pipe: Pipeline, tmp_path: Path, db: Path):
    """Run ``pipe`` over the good corpus into the store at ``db``; its run summary."""
    from parley.read import read_inputs
    from parley.store import Store

    with Store(db) as store:
        return pipe.run(read_inputs([_corpus(tmp_path / "in", bad=False)]), store)


def test_coder_crash_for_one_document(tmp_path, monkeypatch):
    db = tmp_path / "crash.duckdb"
    options = _options(db)
    pipe = Pipeline(options)
    real = pipe.coder.code

    def broken(page, *args, **kwargs):
        if page.doc_id == "gamma":
            raise KeyError("lexicon hole")
        return real(page, *args, **kwargs)

    monkeypatch.setattr(pipe.coder, "code", broken)
    summary = _run_stored(pipe, tmp_path, db)
    assert summary.documents == 2
    assert [(p.reason, p.doc_id, p.stage) for p in summary.problems] == [
        ("coder_error", "gamma", "events")]


def test_coder_crash_on_one_sentence_keeps_the_documents_others(tmp_path, monkeypatch):
    db = tmp_path / "sentence.duckdb"
    pipe = Pipeline(_options(db))
    real = pipe.coder.code_sentence

    def broken(doc, sent, *args, **kwargs):
        if "invaded" in sent.text:
            raise RecursionError("runaway reference")
        return real(doc, sent, *args, **kwargs)

    monkeypatch.setattr(pipe.coder, "code_sentence", broken)
    summary = _run_stored(pipe, tmp_path, db)
    assert summary.documents == 3
    assert [(p.reason, p.doc_id, p.stage) for p in summary.problems] == [
        ("coder_error", "alpha", "events")]
    assert "RecursionError" in summary.problems[0].detail
    kept = set(duckdb.connect(str(db)).execute(
        "SELECT doc_id, event FROM events").fetchall())
    # alpha's other sentence ("The United States condemned Russia") is still coded.
    assert ("alpha", "ACCUSE") in kept
    assert ("alpha", "ASSAULT") not in kept


def test_published_default_fills_only_undated_documents(tmp_path):
    db = tmp_path / "pub.duckdb"
    root = tmp_path / "in"
    root.mkdir()
    (root / "undated.txt").write_text(ARTICLES["alpha.txt"], encoding="utf-8")
    (root / "meta.jsonl").write_text(json.dumps(
        {"id": "meta", "text": ARTICLES["beta.txt"], "published": "2021-06-01"}) + "\n",
        encoding="utf-8")
    (root / "paged.txt").write_text(
        "Envoys return to Doha\n\n14 March 2023\n\nQatar hosted talks on Monday.\n",
        encoding="utf-8")
    code_paths([root], _options(db), published="2022-07-23")
    docs = {r[0]: r[4] for r in _dump(db)["documents"]}
    # Metadata first, then a date printed on the page, then the user's default.
    assert docs == {"undated": "2022-07-23", "meta": "2021-06-01", "paged": "2023-03-14"}


def test_code_page_without_store():
    pipe = Pipeline(load_options())
    page, events = pipe.code_page(Document("solo", ARTICLES["beta.txt"], "solo.txt"))
    assert page.doc_id == "solo" and page.text == ARTICLES["beta.txt"]
    assert ("ACCUSE", "UKR", "RUS") in [
        (e.event, e.actor[0].code, e.recipient[0].code if e.recipient else None)
        for e in events]
    for e in events:
        assert e.doc_id == "solo"
        assert page.text[e.start:e.end] == e.event_text


def test_markup_too_deep_for_the_parsers_is_still_read(tmp_path):
    # Nesting past what lxml reads: the page is not lost, it is coded as plain text and the
    # run says so.
    root = tmp_path / "in"
    root.mkdir()
    deep = "<div>" * 3000 + "Russia invaded Ukraine on 24 February 2022." + "</div>" * 3000
    (root / "deep.html").write_text(f"<html><body>{deep}</body></html>", encoding="utf-8")
    db = tmp_path / "deep.duckdb"
    summary = code_paths([root], _options(db))
    assert summary.documents == 1
    assert [p.reason for p in summary.problems] == ["no_structure"]
    dump = _dump(db)
    assert any("Russia invaded Ukraine" in (r[-1] or "") for r in dump["documents"])
    assert any(r[4] == "ASSAULT" for r in dump["events"])
