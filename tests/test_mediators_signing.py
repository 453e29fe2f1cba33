"""Model-free test of a mediator signing alone.

"Carter, who mediated between the two leaders, signed both documents as a witness": the
mediator signs toward the parties it mediated between, so its AGREE has them as recipients
(inferred, not read), as its mediation does, and is no agreement with no one. Docs are built
by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_doc, told_in
from parley.events.coder import Coder

PARSES = {
    'Egypt and Israel signed two agreements at the White House on Sunday.': [
    ('Egypt', 3, 'nsubj', 'PROPN', 'NNP', 'Egypt'),
    ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
    ('Israel', 0, 'conj', 'PROPN', 'NNP', 'Israel'),
    ('signed', 3, 'ROOT', 'VERB', 'VBD', 'sign'),
    ('two', 5, 'nummod', 'NUM', 'CD', 'two'),
    ('agreements', 3, 'dobj', 'NOUN', 'NNS', 'agreement'),
    ('at', 3, 'prep', 'ADP', 'IN', 'at'),
    ('the', 9, 'det', 'DET', 'DT', 'the'),
    ('White', 9, 'compound', 'PROPN', 'NNP', 'White'),
    ('House', 6, 'pobj', 'PROPN', 'NNP', 'House'),
    ('on', 3, 'prep', 'ADP', 'IN', 'on'),
    ('Sunday', 10, 'pobj', 'PROPN', 'NNP', 'Sunday'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Carter, who mediated between the two leaders, signed both documents as a witness.': [
    ('Carter', 9, 'nsubj', 'PROPN', 'NNP', 'Carter'),
    (',', 0, 'punct', 'PUNCT', ',', ','),
    ('who', 3, 'nsubj', 'PRON', 'WP', 'who'),
    ('mediated', 0, 'relcl', 'VERB', 'VBD', 'mediate'),
    ('between', 3, 'prep', 'ADP', 'IN', 'between'),
    ('the', 7, 'det', 'DET', 'DT', 'the'),
    ('two', 7, 'nummod', 'NUM', 'CD', 'two'),
    ('leaders', 4, 'pobj', 'NOUN', 'NNS', 'leader'),
    (',', 0, 'punct', 'PUNCT', ',', ','),
    ('signed', 9, 'ROOT', 'VERB', 'VBD', 'sign'),
    ('both', 11, 'det', 'DET', 'DT', 'both'),
    ('documents', 9, 'dobj', 'NOUN', 'NNS', 'document'),
    ('as', 9, 'prep', 'ADP', 'IN', 'as'),
    ('a', 14, 'det', 'DET', 'DT', 'a'),
    ('witness', 12, 'pobj', 'NOUN', 'NN', 'witness'),
    ('.', 9, 'punct', 'PUNCT', '.', '.'),
    ],
}

SIGNED = "Carter, who mediated between the two leaders, signed both documents as a witness."


def test_the_mediator_signs_toward_the_parties(coder: Coder) -> None:
    events = code_doc(coder, list(PARSES.items()), "1978-09-18")
    told = told_in(events, SIGNED)
    assert ("CONSULT", "asserted", ["USA"], ["EGY", "ISR"]) in told
    assert ("AGREE", "asserted", ["USA"], ["EGY", "ISR"]) in told
    signed = next(ev for ev in events if ev.event == "AGREE" and ev.event_text == SIGNED)
    assert all(e.start == -1 for e in signed.recipient)  # inferred, not read
