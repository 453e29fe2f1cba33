"""Throughput and memory of parley against a bare spaCy parse of the same text.

Codes a corpus (default: the seed pages from ../shared, repeated to at least --min-words)
through parley's pipeline without a store, then runs the same texts through a bare
``nlp.pipe`` of the same model (all its components), and prints documents/s, words/s, peak
RSS, the share of time spent segmenting pages, and the ratio parley / bare.

Usage: python bench/bench.py --min-words 100000 [--corpus DIR] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import spacy

from parley.config import load_options
from parley.nlp import load_nlp
from parley.pages import segment
from parley.pipeline import Pipeline
from parley.read import read_inputs
from parley.records import Document

ROOT = Path(__file__).resolve().parents[1]


def _corpus(paths: list[Path], min_words: int) -> list[Document]:
    base = [d for d in read_inputs(paths) if isinstance(d, Document)]
    if not base:
        sys.exit(f"no documents in {', '.join(map(str, paths))}")
    docs: list[Document] = []
    words = 0
    copy = 0
    while words < min_words:
        for d in base:
            docs.append(Document(id=f"{d.id}-{copy}", text=d.text, source=d.source,
                                 html=d.html, sha256=f"{d.sha256}-{copy}"))
            words += len((d.text or d.html or "").split())
        copy += 1
    return docs


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-words", type=int, default=100_000)
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    corpus = args.corpus or [ROOT.parent / "shared" / "corpus" / "seeds"]
    docs = _corpus(corpus, args.min_words)
    options = load_options()

    pipeline = Pipeline(options)
    # Warm up: the first call pays for lazy loading, which is not throughput.
    pipeline.run(docs[:1], None)

    started = time.perf_counter()
    for d in docs:
        segment(d)
    seg_seconds = time.perf_counter() - started
    fresh = [Document(id=d.id, text=d.text, source=d.source, html=d.html, sha256=d.sha256)
             for d in docs]
    started = time.perf_counter()
    summary = pipeline.run(fresh, None)
    parley_seconds = time.perf_counter() - started
    parley_rss = _peak_rss_mb()
    words = summary.words

    texts = [d.text for d in fresh]
    model = load_nlp.__wrapped__(tuple(options.nlp.models), ())  # every component: bare spaCy
    list(model.pipe(texts[:1]))
    started = time.perf_counter()
    for _ in model.pipe(texts, batch_size=options.nlp.batch_size):
        pass
    bare_seconds = time.perf_counter() - started

    result = {
        "documents": len(docs),
        "words": words,
        "events": sum(summary.events.values()),
        "sentences": summary.sentences,
        "sentences_parsed": summary.parsed,
        "parley_seconds": round(parley_seconds, 2),
        "parley_docs_per_s": round(len(docs) / parley_seconds, 2),
        "parley_words_per_s": round(words / parley_seconds),
        "bare_spacy_seconds": round(bare_seconds, 2),
        "bare_spacy_words_per_s": round(words / bare_seconds),
        "ratio_parley_over_bare": round(bare_seconds / parley_seconds, 3),
        "segmentation_seconds": round(seg_seconds, 3),
        "segmentation_share_of_coding": round(seg_seconds / parley_seconds, 4),
        "peak_rss_mb_after_parley": round(parley_rss, 1),
        "spacy": spacy.__version__,
        "model": f"{model.meta.get('name')} {model.meta.get('version')}",
    }
    for key, value in result.items():
        print(f"{key:32} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
