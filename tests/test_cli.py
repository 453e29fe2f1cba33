"""The command line through typer's runner: summaries and exit codes, the four event
formats, comment events only on request, pages JSON, the timeline's filters and refusals,
help texts that end with an example, and ``eval events``."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from parley.cli import EXAMPLES, app

runner = CliRunner()

THREAD = """Ceasefire talks resume in Istanbul

The United States condemned Russia on 5 March 2022, a spokesman said.

Turkey hosted talks between the delegations in Istanbul on Monday.

3 Comments

bob
I doubt anything will come of it.

alice
@bob Russia invaded Ukraine in 2022.

Comments are closed.
"""

SECOND = """Strikes near the border

Ukraine accused Russia of shelling Kharkiv on 3 March 2022.

India urged Pakistan to resume talks in April 2021.
"""

PLOVER_REQUIRED = ("id", "doc_id", "segment", "event", "actor", "recipient", "date",
                   "date_precision", "status", "event_text", "text_info")


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch, tmp_path):
    monkeypatch.delenv("PARLEY_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "thread.txt").write_text(THREAD, encoding="utf-8")
    (inputs / "second.txt").write_text(SECOND, encoding="utf-8")
    db = root / "coded.duckdb"
    # Module-scoped, so set up before the per-test guard against a user's config.
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("PARLEY_CONFIG", raising=False)
        mp.chdir(root)
        result = runner.invoke(app, ["code", str(inputs), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _flat(text: str) -> str:
    # rich wraps messages at the terminal width.
    return re.sub(r"\s+", " ", text)


def _plover(db: Path, *extra: str) -> list[dict]:
    result = runner.invoke(app, ["events", "--db", str(db), *extra])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


# -- code -------------------------------------------------------------------------------------


@pytest.mark.model
def test_code_prints_summary_and_exits_zero(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "second.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "in" / "junk.bin").write_bytes(b"\x00\x01")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["code", str(tmp_path / "in"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "documents coded" in result.stdout
    assert re.search(r"documents coded\s*│\s*1\b", result.stdout)
    assert "problem [unsupported]" in result.stdout
    assert db.exists()
    again = runner.invoke(app, ["code", str(tmp_path / "in"), "--db", str(db)])
    assert again.exit_code == 0
    assert re.search(r"unchanged \(skipped\)\s*│\s*1\b", again.stdout)


@pytest.mark.model
def test_code_with_only_bad_files_exits_one(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "in" / "b.txt").write_text("   \n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(tmp_path / "in"), "--db",
                                 str(tmp_path / "bad.duckdb")])
    assert result.exit_code == 1
    assert "problem [binary]" in result.stdout and "problem [empty]" in result.stdout
    assert "nothing could be coded" in _flat(result.stderr)


def test_code_exits_two_when_the_store_fails(tmp_path):
    (tmp_path / "a.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "db_is_a_folder").mkdir()
    result = runner.invoke(app, ["code", str(tmp_path / "a.txt"), "--db",
                                 str(tmp_path / "db_is_a_folder")])
    assert result.exit_code == 2
    assert "cannot open" in _flat(result.stderr)


def test_code_refuses_a_bad_published_date(tmp_path):
    (tmp_path / "a.txt").write_text(SECOND, encoding="utf-8")
    for bad in ("July 2022", "2022-07", "2022-02-30"):
        result = runner.invoke(app, ["code", str(tmp_path / "a.txt"), "--published", bad])
        assert result.exit_code == 2
        assert "--published must be a date like 2022-02-24" in _flat(result.stderr)


def test_code_reports_a_bad_config(tmp_path):
    (tmp_path / "a.txt").write_text(SECOND, encoding="utf-8")
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[limits]\nmax_bytes = -1\n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(tmp_path / "a.txt"), "--config", str(cfg)])
    assert result.exit_code == 2
    assert "limits.max_bytes" in _flat(result.stderr)


# -- events -----------------------------------------------------------------------------------


@pytest.mark.model
def test_events_plover_has_required_fields(coded_db):
    records = _plover(coded_db)
    assert records
    for rec in records:
        assert all(key in rec for key in PLOVER_REQUIRED), rec
        assert set(rec["text_info"]) == {"start", "end"}
        assert rec["segment"] != "comment"
    body = [r for r in records if r["doc_id"] == "thread"]
    assert [(r["event"], r["actor"][0]["code"], r["recipient"][0]["code"]) for r in body] == [
        ("ACCUSE", "USA", "RUS")]
    assert body[0]["date"] == "2022-03-05" and body[0]["date_precision"] == "day"


@pytest.mark.model
def test_include_comments_adds_comment_events(coded_db):
    default = _plover(coded_db)
    everything = _plover(coded_db, "--include-comments")
    extra = [r for r in everything if r not in default]
    assert extra and all(r["segment"] == "comment" for r in extra)
    assert any(r["event"] == "ASSAULT" and r["comment_id"] == "2" for r in extra)
    assert not any(r["segment"] == "comment" for r in default)


@pytest.mark.model
def test_events_csv_has_header(coded_db, tmp_path):
    out = tmp_path / "e.csv"
    result = runner.invoke(app, ["events", "--db", str(coded_db), "--format", "csv",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and {"id", "doc_id", "event", "actor_codes", "date", "status"} <= set(rows[0])
    assert len(rows) == len(_plover(coded_db))


@pytest.mark.model
def test_events_parquet_is_readable(coded_db, tmp_path):
    out = tmp_path / "e.parquet"
    result = runner.invoke(app, ["events", "--db", str(coded_db), "--format", "parquet",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == len(_plover(coded_db))
    assert {"id", "event", "actor_codes", "recipient_codes"} <= set(table.column_names)


def test_events_parquet_needs_a_file(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "x.duckdb"), "--format",
                                 "parquet"])
    assert result.exit_code == 2
    assert "-o" in _flat(result.stderr)


@pytest.mark.model
def test_events_gdelt_header(coded_db):
    result = runner.invoke(app, ["events", "--db", str(coded_db), "--format", "gdelt"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = lines[0].split("\t")
    for column in ("GLOBALEVENTID", "SQLDATE", "Actor1Code", "EventCode", "QuadClass",
                   "GoldsteinScale"):
        assert column in header
    row = dict(zip(header, lines[1].split("\t"), strict=True))
    assert re.fullmatch(r"\d{8}", row["SQLDATE"])


def test_events_unknown_format(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "x.duckdb"), "--format", "xml"])
    assert result.exit_code == 2
    assert "plover" in _flat(result.stderr)


def test_events_on_missing_db_exits_two(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "parley code" in _flat(result.stderr)


# -- pages ------------------------------------------------------------------------------------


@pytest.mark.model
def test_pages_json_shape(coded_db, tmp_path):
    out = tmp_path / "pages.json"
    result = runner.invoke(app, ["pages", "--db", str(coded_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    pages = json.loads(out.read_text(encoding="utf-8"))
    assert [p["doc_id"] for p in pages] == ["second", "thread"]
    for page in pages:
        assert set(page) == {"doc_id", "author", "published", "parts", "comments"}
        for part in page["parts"]:
            assert set(part) == {"label", "first_line", "last_line", "start", "end"}
    thread = pages[1]
    assert [p["label"] for p in thread["parts"]][:2] == ["title", "body"]
    assert [(c["id"], c["author"], c["addressee"]) for c in thread["comments"]] == [
        ("1", "bob", None), ("2", "alice", "bob")]
    for comment in thread["comments"]:
        assert set(comment) == {"id", "parent", "first_line", "last_line", "start", "end",
                                "addressee", "author"}
    stdout = runner.invoke(app, ["pages", "--db", str(coded_db)])
    assert json.loads(stdout.stdout) == pages


# -- timeline ---------------------------------------------------------------------------------


@pytest.mark.model
def test_timeline_dyad_filters(coded_db):
    both = runner.invoke(app, ["timeline", "--db", str(coded_db)])
    assert both.exit_code == 0, both.output
    assert "IND" in both.stdout and "USA" in both.stdout
    pair = runner.invoke(app, ["timeline", "--db", str(coded_db), "--dyad", "rus,ukr"])
    assert pair.exit_code == 0, pair.output
    assert "UKR -> RUS" in pair.stdout
    # The shelling Ukraine accuses Russia of is Russia's, and only alleged.
    assert "RUS -> UKR  ASSAULT:heavy-weapons  (hypothetical)" in pair.stdout
    assert "IND" not in pair.stdout and "USA" not in pair.stdout
    assert "2 events" in _flat(pair.stderr)


@pytest.mark.model
def test_timeline_since_filters(coded_db):
    result = runner.invoke(app, ["timeline", "--db", str(coded_db), "--since", "2022-01-01"])
    assert result.exit_code == 0, result.output
    assert "IND" not in result.stdout
    assert "2022-03-05" in result.stdout


@pytest.mark.parametrize("args", [["--dyad", "RUS"], ["--dyad", "RUS,UKR,USA"],
                                  ["--since", "yesterday"], ["--since", "2022-13"],
                                  ["--since", "2022-02-30"]])
def test_timeline_bad_arguments_exit_two(tmp_path, args):
    result = runner.invoke(app, ["timeline", "--db", str(tmp_path / "x.duckdb"), *args])
    assert result.exit_code == 2
    assert args[0] in _flat(result.stderr)


# -- help -------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", list(EXAMPLES))
def test_help_ends_with_the_example(command):
    args = [] if command == "parley" else command.split()
    result = runner.invoke(app, [*args, "--help"], terminal_width=100)
    assert result.exit_code == 0
    text = re.sub(r"\s+", " ", result.stdout).strip()
    example = f"Example: {EXAMPLES[command]}"
    assert text.endswith(example), text[-300:]
    assert EXAMPLES[command].startswith("parley ")


# -- eval -------------------------------------------------------------------------------------


def test_eval_events_on_a_tiny_pair(tmp_path):
    gold = [
        {"doc": "d", "sentence": "Russia shelled Kharkiv.", "event": "ASSAULT",
         "actor": ["RUS"], "recipient": ["UKR"], "date": "2022-03", "status": "asserted"},
        {"doc": "d", "sentence": "France praised Turkey.", "event": "SUPPORT",
         "actor": ["FRA"], "recipient": ["TUR"], "date": None, "status": "asserted"},
        {"doc": "d", "sentence": "Nothing happened here.", "event": None, "actor": [],
         "recipient": [], "date": None, "status": None},
    ]
    pred = [
        {"doc_id": "d", "event_text": "Russia shelled Kharkiv.", "event": "ASSAULT",
         "actor": [{"code": "RUS"}], "recipient": [{"code": "UKR"}], "date": "2022-03-02",
         "status": "asserted", "segment": "body", "text_info": {"start": 0, "end": 23}},
        {"doc_id": "d", "event_text": "Nothing happened here.", "event": "ACCUSE",
         "actor": [{"code": "USA"}], "recipient": [], "date": None, "status": "asserted",
         "segment": "body", "text_info": {"start": 48, "end": 70}},
    ]
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("".join(json.dumps(x) + "\n" for x in gold), encoding="utf-8")
    p.write_text("".join(json.dumps(x) + "\n" for x in pred), encoding="utf-8")
    result = runner.invoke(app, ["eval", "events", "--gold", str(g), "--pred", str(p)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["precision"] == 0.5
    assert metrics["recall"] == 0.5
    assert metrics["f1"] == 0.5
    assert metrics["date_accuracy"] == 1.0 and metrics["direction"] == 1.0


def test_eval_events_bad_file_exits_two(tmp_path):
    g = tmp_path / "gold.jsonl"
    g.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "events", "--gold", str(g), "--pred", str(g)])
    assert result.exit_code == 2
    assert "not JSON" in _flat(result.stderr)


@pytest.mark.model
def test_eval_pages_on_the_coded_thread(coded_db, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "thread.txt").write_text(THREAD, encoding="utf-8")
    pred = tmp_path / "pages.json"
    assert runner.invoke(app, ["pages", "--db", str(coded_db), "-o", str(pred)]).exit_code == 0
    # A gold written by hand for THREAD: the reply by alice is a top-level comment to bob.
    gold = {"docs": [{"doc": "thread",
                      "labels": [[1, 1, "title"], [3, 5, "body"], [7, 7, "boilerplate"],
                                 [9, 10, "comment"], [12, 13, "comment"],
                                 [15, 15, "boilerplate"]],
                      "comments": [{"id": "1", "parent": None, "first_line": 9,
                                    "addressee": None},
                                   {"id": "2", "parent": None, "first_line": 12,
                                    "addressee": "bob"}]}]}
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(app, ["eval", "pages", "--gold", str(gold_path), "--pred", str(pred),
                                 "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["comments_gold"] == 2
    assert metrics["addressee_accuracy"] == 1.0
    assert metrics["docs"]["thread"]["predicted"] is True
    bad = runner.invoke(app, ["eval", "pages", "--gold", str(tmp_path / "nope.json"),
                              "--pred", str(pred), "--corpus", str(corpus)])
    assert bad.exit_code == 2 and "cannot read" in _flat(bad.stderr)


@pytest.mark.model
@pytest.mark.parametrize("command", [["events"], ["events", "--format", "parquet"], ["pages"]])
def test_unwritable_output_is_a_message(coded_db, tmp_path, command):
    out = tmp_path / "no" / "such" / "folder" / "out.file"
    result = runner.invoke(app, [*command, "--db", str(coded_db), "-o", str(out)])
    assert result.exit_code == 2
    assert "error:" in result.stderr and "Traceback" not in result.output


def test_timeline_orders_by_date_and_prints_markup_verbatim():
    from rich.console import Console

    from parley.records import Entity, EventMention
    from parley.timeline import print_timeline, timeline_rows

    def ev(doc, date, text):
        return EventMention(f"id-{doc}", doc, "body", "ACCUSE", [Entity("UKR")],
                            [Entity("RUS")], date, None, None, "asserted", text, 0, len(text))

    events = [ev("c", None, "Undated."), ev("b", "2022-05", "[bold]Kyiv[/bold] said."),
              ev("a", "2022-03-01", "First.")]
    assert [r["date"] for r in timeline_rows(events)] == ["2022-03-01", "2022-05", "undated"]
    console = Console(record=True, width=200)
    assert print_timeline(events, console) == 3
    assert "[bold]Kyiv[/bold] said." in console.export_text()


@pytest.mark.model
def test_code_with_a_user_dictionary_codes_its_actors(tmp_path) -> None:
    from typer.testing import CliRunner

    from parley.cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Talks stall\n\nThe Zorlandian Liberation Army attacked Ukraine on 3 March 2022.\n",
        encoding="utf-8")
    (tmp_path / "mine.tsv").write_text(
        "code\tsector\tnames\nZLA\tREB\tZorlandian Liberation Army\n", encoding="utf-8")
    db = tmp_path / "d.duckdb"
    runner = CliRunner()
    result = runner.invoke(app, ["code", str(tmp_path / "in"), "--db", str(db),
                                 "--dictionary", str(tmp_path / "mine.tsv")])
    assert result.exit_code == 0, result.output
    out = runner.invoke(app, ["events", "--db", str(db)])
    events = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert any(e["event"] == "ASSAULT" and e["actor"][0]["code"] == "ZLA" for e in events)
    bad = runner.invoke(app, ["code", str(tmp_path / "in"), "--db", str(db),
                              "--dictionary", str(tmp_path / "nope.tsv")])
    assert bad.exit_code == 2
