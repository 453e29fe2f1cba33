"""score_pages: line labels, comment tree, addressees and inferred authors."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.pages.evaluate import score_pages

TEXT = "Head\n\nbody one\nbody two\n\n  1. first comment\n\n    1. @ann reply\n\n  2. second\n"


def _gold() -> dict:
    return {
        "docs": [
            {
                "doc": "d1",
                "labels": [
                    [1, 1, "title"],
                    [3, 4, "body"],
                    [6, 10, "comment"],
                    [11, 40, "boilerplate"],
                ],
                "comments": [
                    {"id": "1", "first_line": 6, "last_line": 6, "parent": None, "addressee": None},
                    {
                        "id": "1.1",
                        "first_line": 8,
                        "last_line": 8,
                        "parent": "1",
                        "addressee": "ann",
                    },
                    {
                        "id": "2",
                        "first_line": 10,
                        "last_line": 10,
                        "parent": None,
                        "addressee": None,
                    },
                ],
                "inferred_handles": {"1": "ann"},
            }
        ]
    }


def _pred(**changes) -> dict:
    pred = {
        "doc_id": "d1",
        "parts": [
            {"label": "title", "first_line": 1, "last_line": 1},
            {"label": "body", "first_line": 3, "last_line": 4},
            {"label": "comment", "first_line": 6, "last_line": 6},
            {"label": "comment", "first_line": 8, "last_line": 8},
            {"label": "comment", "first_line": 10, "last_line": 10},
        ],
        "comments": [
            {
                "id": "1",
                "parent": None,
                "first_line": 6,
                "last_line": 6,
                "addressee": None,
                "author": "ann",
            },
            {
                "id": "1.1",
                "parent": "1",
                "first_line": 8,
                "last_line": 8,
                "addressee": "ann",
                "author": None,
            },
            {
                "id": "2",
                "parent": None,
                "first_line": 10,
                "last_line": 10,
                "addressee": None,
                "author": None,
            },
        ],
    }
    pred.update(changes)
    return pred


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "d1.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def test_perfect_prediction(corpus):
    s = score_pages(_gold(), [_pred()], corpus)
    assert s["line_macro_f1"] == 1.0
    assert s["line_accuracy"] == 1.0
    # blank lines (2, 5, 7, 9) and gold lines past the end of the file are not counted
    assert s["lines"] == 6
    assert (s["comments_exact"], s["comments_gold"]) == (3, 3)
    assert s["comment_tree_accuracy"] == 1.0
    assert (s["addressee_correct"], s["addressee_total"]) == (3, 3)
    assert (s["author_correct"], s["author_total"]) == (1, 1)
    assert s["docs"]["d1"]["line_macro_f1"] == 1.0


def test_id_scheme_does_not_matter(corpus):
    pred = _pred()
    for c, new in zip(pred["comments"], ["a", "b", "c"], strict=True):
        c["id"] = new
    pred["comments"][1]["parent"] = "a"
    assert score_pages(_gold(), [pred], corpus)["comments_exact"] == 3


def test_wrong_parent_and_addressee(corpus):
    pred = _pred()
    pred["comments"][1]["parent"] = None
    pred["comments"][1]["addressee"] = None
    s = score_pages(_gold(), [pred], corpus)
    assert s["comments_exact"] == 2
    assert s["docs"]["d1"]["comment_misses"] == ["1.1"]
    assert s["addressee_correct"] == 2


def test_wrong_labels_lower_f1(corpus):
    pred = _pred(parts=[{"label": "body", "first_line": 1, "last_line": 10}])
    s = score_pages(_gold(), [pred], corpus)
    assert s["labels"]["body"]["precision"] == pytest.approx(2 / 6, abs=1e-3)
    assert s["labels"]["title"]["recall"] == 0.0
    assert s["line_accuracy"] == pytest.approx(2 / 6, abs=1e-3)
    assert s["line_macro_f1"] < 0.5


def test_missing_prediction_counts_as_missed(corpus):
    s = score_pages(_gold(), [], corpus)
    assert s["line_accuracy"] == 0.0
    assert s["comments_exact"] == 0
    assert s["docs"]["d1"]["predicted"] is False


def test_result_is_json_serialisable(corpus):
    import json

    json.dumps(score_pages(_gold(), [_pred()], corpus))
