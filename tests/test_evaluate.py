"""Event scoring, EVENTS.md section 9, on small hand-written gold and prediction lists."""

from __future__ import annotations

import json

import pytest

from parley.errors import EvalError
from parley.evaluate import comment_spans_from_segments, read_jsonl, score_events

S1 = "Russian forces shelled Kharkiv on 3 March 2022, the mayor said."
S2 = "France praised Turkey for hosting the talks."


def gold(sentence=S1, event="ASSAULT", actor=("RUS",), recipient=("UKR",), date=None,
         status="asserted", doc="d"):
    return {"doc": doc, "sentence": sentence, "event": event, "actor": list(actor),
            "recipient": list(recipient), "date": date, "status": status, "mode": None}


def pred(text=S1, event="ASSAULT", actor=("RUS",), recipient=("UKR",), date=None,
         status="asserted", doc="d", segment="body", start=0):
    return {"doc_id": doc, "event_text": text, "event": event,
            "actor": [{"code": c, "sector": ""} for c in actor],
            "recipient": [{"code": c, "sector": ""} for c in recipient], "date": date,
            "status": status, "segment": segment,
            "text_info": {"start": start, "end": start + len(text)}}


def test_exact_match_is_a_true_positive():
    m = score_events([gold()], [pred()])
    assert (m["true_positives"], m["precision"], m["recall"], m["f1"]) == (1, 1.0, 1.0, 1.0)


@pytest.mark.parametrize("text", [
    "Russian forces shelled Kharkiv on 3 March 2022",           # pred inside gold
    "Earlier: " + S1 + " More followed.",                        # gold inside pred
    S1.replace(" ", "  ").replace("on 3", "on\n3"),              # whitespace differs
])
def test_sentence_containment_either_way(text):
    assert score_events([gold()], [pred(text=text)])["true_positives"] == 1


def test_different_sentence_does_not_match():
    assert score_events([gold()], [pred(text=S2)])["true_positives"] == 0


def test_type_must_match():
    m = score_events([gold()], [pred(event="COERCE")])
    assert m["true_positives"] == 0 and m["precision"] == 0.0 and m["recall"] == 0.0


def test_code_overlap_needs_two_codes_when_gold_has_two():
    assert score_events([gold()], [pred(actor=("RUS",), recipient=("USA",))])[
        "true_positives"] == 0
    assert score_events([gold()], [pred(actor=("RUS", "UKR"), recipient=())])[
        "true_positives"] == 1
    # A gold event with one code needs one in common.
    one = gold(actor=("RUS",), recipient=())
    assert score_events([one], [pred(actor=("RUS",), recipient=("USA",))])[
        "true_positives"] == 1
    assert score_events([one], [pred(actor=("BLR",), recipient=("USA",))])[
        "true_positives"] == 0


def test_one_to_one_matching():
    m = score_events([gold()], [pred(), pred()])
    assert m["true_positives"] == 1
    assert m["precision"] == 0.5 and m["recall"] == 1.0
    m = score_events([gold(), gold()], [pred()])
    assert m["true_positives"] == 1 and m["recall"] == 0.5


def test_matching_finds_the_most_pairs():
    # p1 could serve either gold event, p2 only the first: both must be matched.
    both = gold(actor=("RUS",), recipient=("UKR",))
    belarus = gold(actor=("BLR",), recipient=())
    p1 = pred(actor=("RUS", "BLR"), recipient=("UKR",))
    p2 = pred(actor=("RUS",), recipient=("UKR",))
    m = score_events([both, belarus], [p1, p2])
    assert m["true_positives"] == 2 and m["precision"] == 1.0 and m["recall"] == 1.0


def test_only_asserted_events_count_for_precision_and_recall():
    golds = [gold(), gold(sentence=S2, event="SUPPORT", actor=("FRA",), recipient=("TUR",),
                          status="negated")]
    preds = [pred(status="hypothetical"),
             pred(text=S2, event="SUPPORT", actor=("FRA",), recipient=("TUR",),
                  status="negated")]
    m = score_events(golds, preds)
    assert m["gold_asserted"] == 1 and m["pred_asserted"] == 0
    assert m["true_positives"] == 0 and m["precision"] == 0.0 and m["recall"] == 0.0
    assert m["status_errors"] == 0
    assert m["recall_any_status"] == 1.0


def test_asserted_prediction_of_a_non_asserted_gold_is_a_status_error():
    golds = [gold(status="future"), gold(sentence=S2, event="SUPPORT", actor=("FRA",),
                                         recipient=("TUR",))]
    preds = [pred(status="asserted"),
             pred(text=S2, event="SUPPORT", actor=("FRA",), recipient=("TUR",))]
    m = score_events(golds, preds)
    assert m["status_errors"] == 1
    assert m["true_positives"] == 1 and m["precision"] == 0.5 and m["recall"] == 1.0


def test_direction():
    swapped = pred(actor=("UKR",), recipient=("RUS",))
    m = score_events([gold()], [swapped])
    assert m["true_positives"] == 1
    assert m["direction"] == 0.0 and m["direction_pairs"] == 1
    assert score_events([gold()], [pred()])["direction"] == 1.0
    # Gold without both sides: not counted for direction.
    m = score_events([gold(actor=("RUS", "UKR"), recipient=())], [pred()])
    assert m["direction"] is None and m["direction_pairs"] == 0


def test_direction_prefers_the_right_way_round():
    m = score_events([gold()], [pred(actor=("UKR",), recipient=("RUS",)), pred()])
    assert m["true_positives"] == 1 and m["direction"] == 1.0


def test_two_golds_either_prediction_could_match_are_not_paired_crossed():
    # "Qatar hosted a meeting of the two delegations": the host's CONSULT and the
    # parties' own. Either prediction matches either gold event; the matching must pair
    # the host's prediction with the host's gold, whatever order they come in.
    host = gold(event="CONSULT", actor=("QAT",), recipient=("USA", "IRN"))
    met = gold(event="CONSULT", actor=("USA", "IRN"), recipient=())
    p_met = pred(event="CONSULT", actor=("USA", "IRN"), recipient=())
    p_host = pred(event="CONSULT", actor=("QAT",), recipient=("USA", "IRN"))
    for golds in ([host, met], [met, host]):
        for preds in ([p_met, p_host], [p_host, p_met]):
            m = score_events(golds, preds)
            assert m["true_positives"] == 2
            assert m["direction"] == 1.0 and m["direction_pairs"] == 1


def test_matched_pairs_prefer_the_agreeing_date():
    golds = [gold(date="2022-03-03"), gold(date="2022-03-05")]
    preds = [pred(date="2022-03-03"), pred(date="2022-03-05")]
    for order in (preds, preds[::-1]):
        m = score_events(golds, order)
        assert m["true_positives"] == 2 and m["date_accuracy"] == 1.0


def test_a_free_prediction_the_right_way_round_replaces_a_crossed_one():
    # Gold 1 can take either prediction, gold 2 only the reversed one; the most pairs
    # stays two, and the right-way prediction goes where direction counts.
    both = gold()
    reversed_only = gold(actor=("UKR",), recipient=())
    preds = [pred(actor=("UKR",), recipient=("RUS",)), pred()]
    for golds in ([both, reversed_only], [reversed_only, both]):
        for order in (preds, preds[::-1]):
            m = score_events(golds, order)
            assert m["true_positives"] == 2 and m["direction"] == 1.0


@pytest.mark.parametrize(("gold_date", "pred_date", "agrees"), [
    ("2022-02", "2022-02-24", True),
    ("2022-02-24", "2022-02-24", True),
    ("2022", "2022-07", True),
    ("2022-02-24", "2022", False),
    ("2022-02-24", "2022-02", False),
    ("2022-02-24", "2022-02-25", False),
    ("2022-02", None, False),
])
def test_date_accuracy_at_gold_precision(gold_date, pred_date, agrees):
    m = score_events([gold(date=gold_date)], [pred(date=pred_date)])
    assert m["date_pairs"] == 1
    assert m["date_accuracy"] == (1.0 if agrees else 0.0)


def test_date_accuracy_is_none_without_gold_dates():
    m = score_events([gold(date=None)], [pred(date="2022-03-03")])
    assert m["date_accuracy"] is None and m["date_pairs"] == 0


def test_comment_leakage_with_comment_spans():
    preds = [pred(start=0), pred(text=S2, event="SUPPORT", actor=("FRA",),
                                 recipient=("TUR",), start=120),
             pred(text="Russia invaded Ukraine.", start=150, segment="comment")]
    spans = {"d": [(100, 200)]}
    m = score_events([gold()], preds, spans)
    assert m["comment_leakage"] == 1
    assert score_events([gold()], preds)["comment_leakage"] is None
    assert score_events([gold()], preds, {"d": []})["comment_leakage"] == 0


def test_predictions_for_other_documents_are_ignored():
    m = score_events([gold()], [pred(), pred(doc="elsewhere")])
    assert m["pred_events"] == 1 and m["precision"] == 1.0


def test_no_event_gold_lines_and_recall_by_type():
    golds = [gold(), {"doc": "d", "sentence": "A quiet day.", "event": None, "actor": [],
                      "recipient": [], "date": None, "status": None},
             gold(sentence=S2, event="SUPPORT", actor=("FRA",), recipient=("TUR",))]
    m = score_events(golds, [pred()])
    assert m["gold_events"] == 2
    assert m["recall_by_type"] == {"ASSAULT": 1.0, "SUPPORT": 0.0}


def test_read_jsonl_errors(tmp_path):
    with pytest.raises(EvalError, match="cannot read"):
        read_jsonl(tmp_path / "absent.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(gold()) + "\n\n{oops\n", encoding="utf-8")
    with pytest.raises(EvalError, match=":3: not JSON"):
        read_jsonl(bad)


def test_comment_spans_from_segments(tmp_path):
    (tmp_path / "d.txt").write_text("Title\n\nBody line.\n\nann\nA comment.\n",
                                    encoding="utf-8")
    segments = {"docs": [{"doc": "d", "labels": [[1, 1, "title"], [3, 3, "body"],
                                                 [5, 6, "comment"]]},
                         {"doc": "missing", "labels": []}]}
    spans = comment_spans_from_segments(segments, tmp_path)
    text = (tmp_path / "d.txt").read_text(encoding="utf-8")
    assert list(spans) == ["d"]
    [(start, end)] = spans["d"]
    assert text[start:end] == "ann\nA comment.\n"
