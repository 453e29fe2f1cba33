"""Scoring event output against gold, with the rules of EVENTS.md section 9.

A predicted event matches a gold event when its sentence is the gold sentence
(whitespace-normalised, containment either way), the type is the same, and the codes of
both sides overlap (in at least two codes when the gold names two or more). Each gold event
matches at most one prediction. Event P/R/F1 count asserted events only; predictions marked
asserted that match a gold event of another status are status errors.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from parley.errors import EvalError

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text or "").strip()


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file into dicts.

    Raises:
        EvalError: When the file is missing or a line is not JSON.
    """
    out = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(f"cannot read {path}: {exc.strerror or exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{number}: not JSON ({exc.msg})") from exc
    return out


def _codes(side: Iterable[Any]) -> set[str]:
    return {(e["code"] if isinstance(e, dict) else e) for e in side or []}


def _same_sentence(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def _matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if pred["event"] != gold["event"] or not _same_sentence(pred["_sent"], gold["_sent"]):
        return False
    p = _codes(pred.get("actor")) | _codes(pred.get("recipient"))
    g = set(gold.get("actor") or []) | set(gold.get("recipient") or [])
    common = p & g
    return len(common) >= (2 if len(g) >= 2 else 1)


def _date_agrees(pred: str | None, gold: str) -> bool:
    return bool(pred) and len(pred) >= len(gold) and pred[: len(gold)] == gold


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _pair(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Match gold to predictions one-to-one, as many pairs as possible.

    A maximum bipartite matching (augmenting paths): a greedy pass can let one gold event
    take the only prediction another gold event could match. Candidates are tried
    direction-agreeing first, so a better prediction is not taken by a worse one.
    """
    options = []
    for g in golds:
        cands = [pi for pi, p in enumerate(preds) if _matches(p, g)]
        cands.sort(key=lambda pi, g=g: (not _direction_ok(preds[pi], g), pi))
        options.append(cands)
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in options[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return _improve(preds, golds, {gi: pi for pi, gi in owner.items()})


def _fit(pred: dict[str, Any], gold: dict[str, Any]) -> int:
    """How well a matched pair agrees beyond matching: direction first, then date."""
    date = gold.get("date")
    return 3 * _direction_ok(pred, gold) + (bool(date) and _date_agrees(pred.get("date"), date))


def _improve(preds: list[dict[str, Any]], golds: list[dict[str, Any]],
             match: dict[int, int]) -> list[tuple[int, int]]:
    """Among matchings as large, prefer the pairs that agree in direction and date.

    The augmenting paths fix only how many pairs there are: two predictions of one sentence
    that could each match either of two gold events ("Qatar mediated" and "the two sides
    met", both a CONSULT among the same three codes) may come out crossed, scoring a right
    prediction as wrong in direction. Reassigning a gold event to a free prediction, or
    swapping two pairs' predictions, while it raises the pairs' agreement, keeps the count
    and ends (the agreement only rises).
    """
    changed = True
    while changed:
        changed = False
        taken = set(match.values())
        for gi, pi in list(match.items()):
            best = _fit(preds[pi], golds[gi])
            for pj, p in enumerate(preds):
                if pj not in taken and _matches(p, golds[gi]) and _fit(p, golds[gi]) > best:
                    taken.discard(pi)
                    taken.add(pj)
                    match[gi], pi, best, changed = pj, pj, _fit(p, golds[gi]), True
            for gk, pk in list(match.items()):
                if gk == gi or not (_matches(preds[pk], golds[gi])
                                    and _matches(preds[pi], golds[gk])):
                    continue
                if _fit(preds[pk], golds[gi]) + _fit(preds[pi], golds[gk]) > best + _fit(
                        preds[pk], golds[gk]):
                    match[gi], match[gk], pi, changed = pk, pi, pk, True
                    best = _fit(preds[pi], golds[gi])
    return sorted(match.items())


def _direction_ok(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    return bool(_codes(pred.get("actor")) & set(gold.get("actor") or [])) and bool(
        _codes(pred.get("recipient")) & set(gold.get("recipient") or []))


def score_events(gold: list[dict[str, Any]], pred: list[dict[str, Any]],
                 comment_spans: dict[str, list[tuple[int, int]]] | None = None) -> dict[str, Any]:
    """Score predicted events against gold events.

    Args:
        gold: Gold lines (``doc``, ``sentence``, ``event``, ``actor``, ``recipient``,
            ``date``, ``status``).
        pred: PLOVER records (``doc_id``, ``event_text``, ``event``, ``actor``,
            ``recipient``, ``date``, ``status``, ``segment``, ``text_info``).
        comment_spans: Per document, character spans of the reader comments; with it,
            body events whose sentence lies in a comment are counted as leakage.

    Returns:
        JSON-able metrics: event precision/recall/F1 (asserted), status errors, direction,
        date accuracy, comment leakage, and per-type recall.
    """
    docs = {g["doc"] for g in gold}
    gold_events = [dict(g, _sent=_norm(g["sentence"])) for g in gold if g.get("event")]
    preds = [dict(p, _sent=_norm(p.get("event_text", ""))) for p in pred
             if p.get("doc_id") in docs and p.get("event")]
    by_doc_gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_doc_pred: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold_events:
        by_doc_gold[g["doc"]].append(g)
    for p in preds:
        by_doc_pred[p["doc_id"]].append(p)

    tp = 0
    status_errors = 0
    direction_total = direction_ok = 0
    date_total = date_ok = 0
    gold_asserted = sum(1 for g in gold_events if g.get("status") == "asserted")
    pred_asserted = sum(1 for p in preds if p.get("status") == "asserted")
    recall_by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    matched_any = 0
    for doc in docs:
        golds, ps = by_doc_gold[doc], by_doc_pred[doc]
        a_gold = [g for g in golds if g.get("status") == "asserted"]
        a_pred = [p for p in ps if p.get("status") == "asserted"]
        pairs = _pair(a_pred, a_gold)
        tp += len(pairs)
        for g in a_gold:
            recall_by_type[g["event"]][1] += 1
        for gi, pi in pairs:
            g, p = a_gold[gi], a_pred[pi]
            recall_by_type[g["event"]][0] += 1
            if g.get("actor") and g.get("recipient"):
                direction_total += 1
                direction_ok += _direction_ok(p, g)
            if g.get("date"):
                date_total += 1
                date_ok += _date_agrees(p.get("date"), g["date"])
        taken = {pi for _, pi in pairs}
        rest = [p for i, p in enumerate(a_pred) if i not in taken]
        other = [g for g in golds if g.get("status") != "asserted"]
        status_errors += len(_pair(rest, other))
        matched_any += len(_pair(ps, golds))

    leakage = 0
    if comment_spans is not None:
        for p in preds:
            if p.get("segment") == "comment":
                continue
            info = p.get("text_info") or {}
            start = info.get("start", -1)
            if any(s <= start < e for s, e in comment_spans.get(p["doc_id"], [])):
                leakage += 1

    precision = tp / pred_asserted if pred_asserted else 0.0
    recall = tp / gold_asserted if gold_asserted else 0.0
    return {
        "gold_events": len(gold_events),
        "gold_asserted": gold_asserted,
        "pred_events": len(preds),
        "pred_asserted": pred_asserted,
        "true_positives": tp,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(_f1(precision, recall), 4),
        "status_errors": status_errors,
        "direction": round(direction_ok / direction_total, 4) if direction_total else None,
        "direction_pairs": direction_total,
        "date_accuracy": round(date_ok / date_total, 4) if date_total else None,
        "date_pairs": date_total,
        "comment_leakage": leakage if comment_spans is not None else None,
        "recall_any_status": round(matched_any / len(gold_events), 4) if gold_events else 0.0,
        "recall_by_type": {t: round(a / n, 4) for t, (a, n) in sorted(recall_by_type.items())},
        "status_counts": dict(Counter(p.get("status") for p in preds)),
    }


def comment_spans_from_segments(segments: dict[str, Any], corpus: Path) -> dict[str, list[tuple[int, int]]]:
    """Character spans of the gold comment lines, per document (for leakage)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for doc in segments.get("docs", []):
        path = corpus / f"{doc['doc']}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        starts = [0]
        for line in text.split("\n"):
            starts.append(starts[-1] + len(line) + 1)
        spans = []
        for first, last, label in doc.get("labels", []):
            if label == "comment":
                lo = starts[min(first - 1, len(starts) - 1)]
                hi = starts[min(last, len(starts) - 1)]
                spans.append((lo, hi))
        out[doc["doc"]] = spans
    return out


__all__ = ["comment_spans_from_segments", "read_jsonl", "score_events"]
