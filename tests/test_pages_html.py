"""The HTML page segmenter: composed text, comment trees from the DOM, hostile input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.pages import page_to_json, segment
from parley.pages.evaluate import score_pages
from parley.records import PART_LABELS, Document, Page

PAGES_DIR = Path(__file__).resolve().parent / "pages"


def expected(name: str) -> dict:
    """The hand-written expectations of a test page (``pages/<name>.expected.json``)."""
    return json.loads((PAGES_DIR / f"{name}.expected.json").read_text(encoding="utf-8"))


def pages(suffix: str) -> list[str]:
    """Names of the test pages with a suffix (".txt" or ".html")."""
    return sorted(p.stem for p in PAGES_DIR.glob(f"*{suffix}"))


def _seg(name: str) -> Page:
    html = (PAGES_DIR / f"{name}.html").read_text(encoding="utf-8")
    return segment(Document(id=name, text="", source=name, html=html))


def _labels(page: Page) -> dict[int, str]:
    out: dict[int, str] = {}
    for part in page.parts:
        for no in range(part.first_line, part.last_line + 1):
            out[no] = part.label
    return out


def test_there_are_enough_html_pages():
    assert len(pages(".html")) >= 4


@pytest.mark.parametrize("name", pages(".html"))
def test_html_page_parts(name):
    page = _seg(name)
    want = expected(name)
    lines = page.text.split("\n")
    labels = _labels(page)
    for prefix, label in want["lines"]:
        hits = [i for i, line in enumerate(lines, start=1) if line.startswith(prefix)]
        assert hits, f"no line starts with {prefix!r}"
        assert labels[hits[0]] == label, (prefix, labels[hits[0]])
    body = "\n".join(line for i, line in enumerate(lines, start=1) if labels.get(i) == "body")
    for words in want["not_body"]:
        assert words not in body
    assert page.author == want["author"]
    assert page.published == want["published"]


@pytest.mark.parametrize("name", pages(".html"))
def test_html_page_scores(name, tmp_path):
    page = _seg(name)
    (tmp_path / f"{name}.txt").write_text(page.text, encoding="utf-8")
    gold = expected(name)
    scores = score_pages({"docs": [gold]}, [page_to_json(page)], tmp_path)
    assert scores["line_macro_f1"] >= 0.95, scores["docs"][name]
    assert scores["line_accuracy"] == 1.0, scores["docs"][name]
    assert scores["comments_exact"] == len(gold["comments"])
    assert scores["addressee_correct"] == len(gold["comments"])
    got = [(c.first_line, c.last_line) for c in page.comments]
    assert got == [(c["first_line"], c["last_line"]) for c in gold["comments"]]


@pytest.mark.parametrize("name", pages(".html"))
def test_html_comment_tree(name):
    page = _seg(name)
    want = expected(name)
    got = [
        {"id": c.id, "parent": c.parent, "author": c.author, "addressee": c.addressee}
        for c in page.comments
    ]
    assert got == [
        {k: c[k] for k in ("id", "parent", "author", "addressee")} for c in want["comments"]
    ]
    lines = page.text.split("\n")
    for c, w in zip(page.comments, want["comments"], strict=True):
        assert lines[c.first_line - 1].startswith(w["starts"])
        # The offsets cover the comment's text: the author line is not part of it.
        assert page.text[c.start :].startswith(w["text_starts"])
        assert c.end <= len(page.text)


@pytest.mark.parametrize("name", pages(".html"))
def test_html_parts_cover_composed_text(name):
    page = _seg(name)
    lines = page.text.split("\n")
    labels = _labels(page)
    nonblank = {i for i, line in enumerate(lines, start=1) if line.strip()}
    assert nonblank <= set(labels)
    assert set(labels.values()) <= set(PART_LABELS)
    assert page.text.startswith(lines[0]) and page.parts[0].label == "title"
    js = page_to_json(page)
    assert js["doc_id"] == name and js["parts"] and isinstance(js["comments"], list)


def test_comments_come_after_the_article():
    page = _seg("wp_comment_list")
    first_comment = min(c.first_line for c in page.comments)
    assert all(p.last_line < first_comment for p in page.parts if p.label == "body")


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html><body></body></html>",
        "<p>unclosed <b>tags <i>everywhere",
        "\x00\x01\x02 binary \xff garbage",
        "<ul class='comments'>" + "<li><ul>" * 300 + "deep" + "</ul></li>" * 300 + "</ul>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>declared</p></body></html>",
        "<html><body><ol class='comment-list'><li></li><li><p></p></li></ol></body></html>",
    ],
)
def test_hostile_html_never_raises(html):
    page = segment(Document(id="h", text="", source="h", html=html))
    assert isinstance(page, Page)
    lines = page.text.split("\n")
    for part in page.parts:
        assert 1 <= part.first_line <= part.last_line <= len(lines)


def test_plain_paragraph_html_is_body():
    html = (
        "<html><body><div><p>"
        + "The envoys met again on Friday and agreed on a short statement. " * 4
        + "</p></div></body></html>"
    )
    page = segment(Document(id="p", text="", source="p", html=html))
    assert "body" in {p.label for p in page.parts}
    assert page.comments == []


def test_article_h1_wins_over_site_logo_and_xml_declaration_is_read():
    html = (
        '<?xml version="1.0" encoding="utf-8"?><html><body>'
        '<h1 class="site-title">The Review</h1><article><h1>Envoys Meet in Rome</h1>'
        "<p>The envoys met in Rome on Tuesday and agreed to continue the talks next month, "
        "a statement said after the meeting ended.</p></article></body></html>"
    )
    page = segment(Document(id="r", text="", source="r", html=html))
    assert page.text.split("\n")[0] == "Envoys Meet in Rome"
    assert [(p.label, p.first_line) for p in page.parts] == [("title", 1), ("body", 3)]


def test_only_comments_html_has_no_body():
    html = (
        '<html><body><ol class="comment-list"><li class="comment"><cite class="fn">Ana</cite>'
        "<p>The border talks need a mediator both sides trust.</p>"
        '<ul class="children"><li class="comment"><cite class="fn">Ben</cite>'
        "<p>ana - there is no such mediator left.</p></li></ul></li></ol></body></html>"
    )
    page = segment(Document(id="c", text="", source="c", html=html))
    assert {p.label for p in page.parts} == {"comment"}
    assert [(c.id, c.parent, c.author, c.addressee) for c in page.comments] == [
        ("1", None, "Ana", None),
        ("1.1", "1", "Ben", "ana"),
    ]
