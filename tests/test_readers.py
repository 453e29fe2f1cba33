"""Readers: encodings, BOMs, line ends, bad inputs reported (never fatal), JSON Lines, WARC and
WARC.gz, folders, stable ids and the ``--published`` default."""

from __future__ import annotations

import codecs
import io
import json
import time
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parley.config import LimitOptions
from parley.read import read_inputs
from parley.records import Document, Problem

TEXT = "Talks in Geneva\n\nThe envoys met on Monday and agreed to meet again.\n"


def _read(*paths, limits: LimitOptions | None = None, published: str | None = None):
    items = list(read_inputs(paths, limits, published))
    docs = [i for i in items if isinstance(i, Document)]
    problems = [i for i in items if isinstance(i, Problem)]
    return docs, problems


def _one_doc(path: Path) -> Document:
    docs, problems = _read(path)
    assert problems == []
    assert len(docs) == 1
    return docs[0]


# -- plain text: encodings and line ends ------------------------------------------------------


def test_utf8(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_bytes("Kyiv and Kraków held talks — again.\n".encode())
    doc = _one_doc(path)
    assert doc.text == "Kyiv and Kraków held talks — again.\n"
    assert doc.id == "plain"
    assert doc.source == str(path)
    assert len(doc.sha256) == 64


def test_utf8_bom_is_removed(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Café talks resumed.\n".encode())
    assert _one_doc(path).text == "Café talks resumed.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path, encoding):
    path = tmp_path / "wide.txt"
    raw = "Café talks in Zürich ended.\n".encode(encoding)
    if encoding == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw
    path.write_bytes(raw)
    assert _one_doc(path).text == "Café talks in Zürich ended.\n"


def test_cp1252_text_is_detected(tmp_path):
    path = tmp_path / "legacy.txt"
    text = "Caf\xe9 talks in Z\xfcrich were held on Monday, and the delegates left on Tuesday.\n"
    path.write_bytes(text.encode("cp1252"))
    doc = _one_doc(path)
    assert "Café talks in Zürich" in doc.text


def test_crlf_and_cr_are_normalised_with_consistent_offsets(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes(b"Title line\r\n\r\nFirst sentence.\r\nSecond line.\rThird.\r\n")
    doc = _one_doc(path)
    assert "\r" not in doc.text
    assert doc.text == "Title line\n\nFirst sentence.\nSecond line.\nThird.\n"
    start = doc.text.index("First")
    assert doc.text[start:start + len("First sentence.")] == "First sentence."
    # Line numbers follow "\n" only: line 3 is the first sentence.
    assert doc.text.split("\n")[2] == "First sentence."


# -- bad inputs are reported, never fatal -----------------------------------------------------


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + b"IHDR")
    docs, problems = _read(path)
    assert docs == []
    assert [(p.reason, p.source) for p in problems] == [("binary", str(path))]
    assert "binary" in problems[0].detail


@pytest.mark.parametrize("content", [b"", b"   \n\t \r\n  ", codecs.BOM_UTF8 + b"  \n"])
def test_empty_and_whitespace_only(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    docs, problems = _read(path)
    assert docs == []
    assert [p.reason for p in problems] == ["empty"]


def test_oversize_by_limit(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("word " * 400, encoding="utf-8")
    docs, problems = _read(path, limits=LimitOptions(max_bytes=1000))
    assert docs == []
    assert [p.reason for p in problems] == ["too_large"]
    assert "max_bytes" in problems[0].detail


def test_fifty_megabyte_page_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:
        fh.write(b"a " * (25 * 1024 * 1024))
    assert path.stat().st_size == 50 * 1024 * 1024
    good = tmp_path / "small.txt"
    good.write_text(TEXT, encoding="utf-8")
    read_bytes = Path.read_bytes

    def guarded(self: Path) -> bytes:
        assert self != path, "a file over the limit must be refused from its size alone"
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    started = time.perf_counter()
    docs, problems = _read(tmp_path)
    assert time.perf_counter() - started < 5
    assert [d.id for d in docs] == ["small"]
    assert [(p.reason, p.source) for p in problems] == [("too_large", str(path))]


def test_undecodable_bytes_are_reported_not_raised(tmp_path):
    # A UTF-16 BOM followed by an odd number of bytes cannot be UTF-16.
    path = tmp_path / "broken.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + b"a\x00b")
    docs, problems = _read(path)
    assert docs == []
    assert [p.reason for p in problems] == ["undecodable"]


def test_missing_path_is_reported(tmp_path):
    docs, problems = _read(tmp_path / "nowhere.txt")
    assert docs == []
    assert [p.reason for p in problems] == ["missing"]


# -- JSON Lines -------------------------------------------------------------------------------


def _jsonl(path: Path, lines: list[str], final_newline: bool = True) -> Path:
    path.write_text("\n".join(lines) + ("\n" if final_newline else ""), encoding="utf-8")
    return path


def test_jsonl_good_bad_and_truncated_lines(tmp_path):
    path = _jsonl(tmp_path / "feed.jsonl", [
        json.dumps({"id": "one", "text": "The envoys met in Oslo.", "url": "https://ex.org/1",
                    "title": "Oslo", "published": "2022-11-17T09:00:00Z"}),
        "{this is not json",
        json.dumps({"id": "two", "text": "A second, shorter report."}),
        json.dumps({"id": "three", "text": "   "}),
        json.dumps({"id": 4, "title": "no text or html"}),
        '{"id": "five", "text": "cut off in the mid',
    ], final_newline=False)
    docs, problems = _read(path)
    assert [d.id for d in docs] == ["one", "two"]
    first = docs[0]
    assert first.url == "https://ex.org/1" and first.title == "Oslo"
    assert first.published == "2022-11-17"
    assert first.source == f"{path}#1"
    reasons = {p.source: p.reason for p in problems}
    assert reasons == {
        f"{path}#2": "parse_error",
        f"{path}#4": "empty",
        f"{path}#5": "unreadable",
        f"{path}#6": "truncated",
    }


def test_jsonl_html_records_and_hash_ids(tmp_path):
    html = "<html><body><h1>Ceasefire</h1><p>The sides agreed a truce.</p></body></html>"
    path = _jsonl(tmp_path / "pages.jsonl", [
        json.dumps({"html": html, "url": "https://ex.org/a", "published": "17 Nov 2022"}),
        json.dumps({"text": "No id here either."}),
    ])
    docs, problems = _read(path)
    assert problems == []
    assert docs[0].html == html and docs[0].text == ""
    assert docs[0].url == "https://ex.org/a"
    assert len(docs[0].id) == 16 and docs[1].id != docs[0].id
    again, _ = _read(path)
    assert [d.id for d in again] == [d.id for d in docs]


def test_jsonl_record_over_the_limit(tmp_path):
    path = _jsonl(tmp_path / "big.jsonl", [
        json.dumps({"id": "big", "text": "x " * 1000}),
        json.dumps({"id": "ok", "text": "Short."}),
    ])
    docs, problems = _read(path, limits=LimitOptions(max_bytes=500))
    assert [d.id for d in docs] == ["ok"]
    assert [p.reason for p in problems] == ["too_large"]


def test_jsonl_published_forms(tmp_path):
    path = _jsonl(tmp_path / "dates.jsonl", [
        json.dumps({"id": "iso", "text": "a.", "published": "2022-11-17T09:00:00Z"}),
        json.dumps({"id": "http", "text": "b.", "published": "Thu, 17 Nov 2022 09:00:00 GMT"}),
        json.dumps({"id": "junk", "text": "c.", "published": "last week"}),
    ])
    docs, _ = _read(path)
    assert [d.published for d in docs] == ["2022-11-17", "2022-11-17", None]


# -- WARC -------------------------------------------------------------------------------------

PAGES = [
    ("https://news.example.org/talks", "Mon, 14 Mar 2022 10:00:00 GMT",
     "<html><head><title>Talks</title></head><body><p>Envoys met in Istanbul.</p></body></html>"),
    ("https://news.example.org/truce", None,
     "<html><body><p>The truce held for a second night.</p></body></html>"),
    ("https://news.example.org/aid", "Tue, 15 Mar 2022 08:30:00 GMT",
     "<html><body><p>Aid convoys reached the city.</p></body></html>"),
]


def _warc(path: Path, gz: bool, pages=PAGES) -> Path:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, modified, html in pages:
        headers = [("Content-Type", "text/html; charset=utf-8")]
        if modified:
            headers.append(("Last-Modified", modified))
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=http))
    # A non-HTML response and a request record are not documents.
    http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://news.example.org/logo.png", "response",
        payload=io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00"), http_headers=http))
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_records_become_documents(tmp_path, name):
    path = _warc(tmp_path / name, gz=name.endswith(".gz"))
    docs, problems = _read(path)
    assert problems == []
    assert [d.url for d in docs] == [url for url, _, _ in PAGES]
    assert [d.published for d in docs] == ["2022-03-14", None, "2022-03-15"]
    assert all(d.html and "<p>" in d.html for d in docs)
    assert docs[0].source == f"{path}#{PAGES[0][0]}"
    # The id hangs on the URL: the same page in another archive keeps its id.
    other = _warc(tmp_path / ("again." + name), gz=name.endswith(".gz"), pages=PAGES[:1])
    again, _ = _read(other)
    assert again[0].id == docs[0].id
    assert len({d.id for d in docs}) == 3


@pytest.mark.parametrize("fraction", [0.5, 0.8, 0.9, 0.97])
@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_truncated_warc_reads_what_it_can(tmp_path, name, fraction):
    gz = name.endswith(".gz")
    whole = _warc(tmp_path / ("whole" + name[3:]), gz=gz, pages=PAGES * 3)
    data = whole.read_bytes()
    whole.unlink()
    path = tmp_path / name
    path.write_bytes(data[: int(len(data) * fraction)])
    docs, problems = _read(path)
    assert 1 <= len(docs) <= 9
    assert [d.url for d in docs] == [url for url, _, _ in (PAGES * 3)[: len(docs)]]
    # The record cut in the middle is never coded as if it were the whole page.
    assert all(d.html.rstrip().endswith("</html>") for d in docs)
    assert [p.reason for p in problems] == ["truncated"]
    assert problems[0].source == str(path)


def test_garbage_warc_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "noise.warc.gz"
    path.write_bytes(b"\x1f\x8b" + b"not really gzip at all" * 10)
    docs, problems = _read(path)
    assert docs == []
    assert problems and problems[0].reason == "truncated"


# -- folders, ids, the --published default ----------------------------------------------------


def test_folder_of_everything(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "b.htm").write_text("<html><body><p>Talks resumed.</p></body></html>",
                                encoding="utf-8")
    _jsonl(root / "c.jsonl", [json.dumps({"id": "c1", "text": "A report."})])
    _warc(root / "sub" / "d.warc.gz", gz=True, pages=PAGES[:1])
    _warc(root / "sub" / "e.warc", gz=False, pages=PAGES[1:2])
    (root / "README.md").write_text("# notes about this folder\n", encoding="utf-8")
    (root / "notes.json").write_text("{}", encoding="utf-8")
    (root / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (root / "tool.exe").write_bytes(b"MZ\x90\x00")
    (root / "blob.bin").write_bytes(b"\x00\x01")
    (root / "sub" / "empty.txt").write_bytes(b"")
    docs, problems = _read(root)
    assert sorted(d.id for d in docs if d.url is None) == ["a", "b", "c1"]
    assert sorted(d.url for d in docs if d.url) == [PAGES[0][0], PAGES[1][0]]
    assert {(Path(p.source).name, p.reason) for p in problems} == {
        ("tool.exe", "unsupported"), ("blob.bin", "unsupported"), ("empty.txt", "empty")}
    html_doc = next(d for d in docs if d.id == "b")
    assert html_doc.html is not None


def test_explicit_unsupported_file(tmp_path):
    path = tmp_path / "slides.pdf"
    path.write_bytes(b"%PDF-1.4")
    docs, problems = _read(path)
    assert docs == [] and [p.reason for p in problems] == ["unsupported"]


def test_duplicate_stems_get_distinct_stable_ids(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"Report from {folder}.\n",
                                                      encoding="utf-8")
    docs, _ = _read(tmp_path)
    ids = [d.id for d in docs]
    assert len(set(ids)) == 2 and "report" in ids
    again, _ = _read(tmp_path)
    assert [d.id for d in again] == ids


def test_published_default_only_when_metadata_has_none(tmp_path):
    path = _jsonl(tmp_path / "mixed.jsonl", [
        json.dumps({"id": "dated", "text": "a.", "published": "2021-05-01"}),
        json.dumps({"id": "undated", "text": "b."}),
    ])
    plain = tmp_path / "plain.txt"
    plain.write_text(TEXT, encoding="utf-8")
    docs, _ = _read(path, plain, published="2022-07-23")
    assert {d.id: d.published for d in docs} == {
        "dated": "2021-05-01", "undated": "2022-07-23", "plain": "2022-07-23"}
    docs, _ = _read(path, plain)
    assert {d.id: d.published for d in docs} == {
        "dated": "2021-05-01", "undated": None, "plain": None}


def test_a_reader_crash_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    import parley.read as read_module

    def boom(path, limits):
        raise ValueError("hostile bytes")
        yield  # pragma: no cover - makes this a generator like the real readers

    (tmp_path / "a.htm").write_text("<p>Talks resumed.</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setitem(read_module._READERS, ".htm", boom)
    docs, problems = _read(tmp_path)
    assert [d.id for d in docs] == ["b"]
    assert [(Path(p.source).name, p.reason) for p in problems] == [("a.htm", "unreadable")]
    assert "hostile bytes" in problems[0].detail


def test_a_file_named_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    docs, problems = _read(tmp_path, tmp_path / "a.txt", str(tmp_path / "." / "a.txt"))
    assert [d.id for d in docs] == ["a"] and problems == []


def test_database_files_in_an_input_folder_are_skipped_silently(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "parley.duckdb").write_bytes(b"DUCK\x00\x00")
    (tmp_path / "parley.duckdb.wal").write_bytes(b"\x00")
    docs, problems = _read(tmp_path)
    assert [d.id for d in docs] == ["a"] and problems == []
