"""Score page segmentations against gold (``seeds.segments.json`` format).

Per line: precision, recall and F1 of every label over non-blank lines, their macro mean
and accuracy. Per comment: the tree is right when a gold comment has a predicted comment
with the same first line whose parent has the same first line as the gold parent (ids are
mapped through first lines, so a different id scheme does not matter), plus addressee and
inferred-author accuracy over gold comments.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parley.records import PART_LABELS


def _gold_lines(doc: dict[str, Any], nonblank: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for first, last, label in doc.get("labels", []):
        for no in range(first, last + 1):
            if no in nonblank:
                out[no] = label
    return out


def _pred_lines(pred: dict[str, Any], nonblank: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for part in pred.get("parts", []):
        for no in range(part["first_line"], part["last_line"] + 1):
            if no in nonblank:
                out[no] = part["label"]
    return out


def _nonblank(corpus_dir: Path, doc_id: str, gold_lines: list[list[Any]]) -> set[int]:
    path = corpus_dir / f"{doc_id}.txt"
    if path.is_file():
        lines = path.read_text(encoding="utf-8").split("\n")
        return {i for i, line in enumerate(lines, start=1) if line.strip()}
    # Without the text every gold line counts (ranges in gold skip no blank lines then).
    return {no for first, last, _ in gold_lines for no in range(first, last + 1)}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def _line_scores(pairs: list[tuple[str | None, str | None]]) -> dict[str, Any]:
    present = sorted(
        {g for g, _ in pairs if g} | {p for _, p in pairs if p},
        key=lambda x: PART_LABELS.index(x) if x in PART_LABELS else len(PART_LABELS),
    )
    per: dict[str, dict[str, float]] = {}
    for label in present:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        per[label] = _prf(tp, fp, fn)
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    acc = sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0
    return {
        "labels": per,
        "line_macro_f1": round(macro, 4),
        "line_accuracy": round(acc, 4),
        "lines": len(pairs),
    }


def _comment_scores(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
    g_first = {c["id"]: c["first_line"] for c in gold.get("comments", [])}
    p_first = {c["id"]: c["first_line"] for c in pred.get("comments", [])}
    p_by_line = {c["first_line"]: c for c in pred.get("comments", [])}
    exact = addr = 0
    misses: list[str] = []
    for c in gold.get("comments", []):
        p = p_by_line.get(c["first_line"])
        g_parent = g_first.get(c["parent"]) if c.get("parent") else None
        p_parent = p_first.get(p["parent"]) if p and p.get("parent") else None
        if p is not None and g_parent == p_parent:
            exact += 1
        else:
            misses.append(c["id"])
        if p is not None and (p.get("addressee") or None) == (c.get("addressee") or None):
            addr += 1
    inferred = gold.get("inferred_handles", {}) or {}
    a_ok = 0
    for cid, handle in inferred.items():
        p = p_by_line.get(g_first.get(cid, -1))
        if p is not None and p.get("author") == handle:
            a_ok += 1
    n = len(gold.get("comments", []))
    return {
        "comments_gold": n,
        "comments_pred": len(pred.get("comments", [])),
        "comments_exact": exact,
        "comment_misses": misses,
        "addressee_correct": addr,
        "addressee_total": n,
        "author_correct": a_ok,
        "author_total": len(inferred),
    }


def score_pages(
    gold: dict[str, Any], pred: list[dict[str, Any]], corpus_dir: Path
) -> dict[str, Any]:
    """Score predicted pages against gold.

    Args:
        gold: Parsed ``seeds.segments.json`` (``{"docs": [{"doc", "labels", "comments",
            "inferred_handles"}]}``).
        pred: ``page_to_json`` dicts, matched to gold by ``doc_id``.
        corpus_dir: Folder with ``<doc_id>.txt`` (to ignore blank lines).

    Returns:
        JSON-able metrics: per-label P/R/F1, ``line_macro_f1``, ``line_accuracy``, comment
        tree, addressee and inferred-author counts, and ``docs`` per-document breakdowns.
        A gold document with no prediction counts as all lines and comments missed.
    """
    by_id = {p.get("doc_id"): p for p in pred}
    all_pairs: list[tuple[str | None, str | None]] = []
    totals = dict.fromkeys(
        (
            "comments_gold",
            "comments_exact",
            "addressee_correct",
            "addressee_total",
            "author_correct",
            "author_total",
        ),
        0,
    )
    docs: dict[str, Any] = {}
    for g in gold.get("docs", []):
        doc_id = g["doc"]
        p = by_id.get(doc_id, {"parts": [], "comments": []})
        nonblank = _nonblank(Path(corpus_dir), doc_id, g.get("labels", []))
        gl, pl = _gold_lines(g, nonblank), _pred_lines(p, nonblank)
        pairs = [(gl.get(no), pl.get(no)) for no in sorted(set(gl) | set(pl))]
        all_pairs += pairs
        cs = _comment_scores(g, p)
        for k in totals:
            totals[k] += cs[k]
        docs[doc_id] = {**_line_scores(pairs), **cs, "predicted": doc_id in by_id}
    out: dict[str, Any] = _line_scores(all_pairs)
    out.update(totals)
    out["comment_tree_accuracy"] = (
        round(totals["comments_exact"] / totals["comments_gold"], 4)
        if totals["comments_gold"]
        else 1.0
    )
    out["addressee_accuracy"] = (
        round(totals["addressee_correct"] / totals["addressee_total"], 4)
        if totals["addressee_total"]
        else 1.0
    )
    out["docs"] = docs
    return out


__all__ = ["score_pages"]
