"""Model-free tests of three status readings and a name of ASEAN.

"urged people not to accept the coup": what someone is urged not to do is wished (hypothetical),
not told as undone; "all parties are to hold talks": "be to" plans (future); "until its envoy
has met every party": a present perfect after "until" has not happened yet (future).
"Southeast Asian leaders" are ASEAN's. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

import spacy

from docbuild import build_doc, code_one
from parley.events.coder import Coder
from parley.events.status import FUTURE, HYPOTHETICAL, clause_status

PUBLISHED = "2021-04-25"
_VOCAB = spacy.blank("en").vocab

PARSES = {
    "A statement urged people not to accept the coup.": [
        ("A", 1, "det", "DET", "DT", "a"),
        ("statement", 2, "nsubj", "NOUN", "NN", "statement"),
        ("urged", 2, "ROOT", "VERB", "VBD", "urge"),
        ("people", 2, "dobj", "NOUN", "NNS", "people"),
        ("not", 6, "neg", "PART", "RB", "not"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("accept", 2, "xcomp", "VERB", "VB", "accept"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("coup", 6, "dobj", "NOUN", "NN", "coup"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Under the plan, all parties are to hold talks.": [
        ("Under", 6, "prep", "ADP", "IN", "under"),
        ("the", 2, "det", "DET", "DT", "the"),
        ("plan", 0, "pobj", "NOUN", "NN", "plan"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("all", 5, "det", "DET", "DT", "all"),
        ("parties", 6, "nsubj", "NOUN", "NNS", "party"),
        ("are", 6, "ROOT", "AUX", "VBP", "be"),
        ("to", 8, "aux", "PART", "TO", "to"),
        ("hold", 6, "xcomp", "VERB", "VB", "hold"),
        ("talks", 8, "dobj", "NOUN", "NNS", "talk"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
    "ASEAN must keep the junta out until its envoy has met every party.": [
        ("ASEAN", 2, "nsubj", "PROPN", "NNP", "ASEAN"),
        ("must", 2, "aux", "AUX", "MD", "must"),
        ("keep", 2, "ROOT", "VERB", "VB", "keep"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("junta", 2, "dobj", "NOUN", "NN", "junta"),
        ("out", 2, "prt", "ADP", "RP", "out"),
        ("until", 10, "mark", "SCONJ", "IN", "until"),
        ("its", 8, "poss", "PRON", "PRP$", "its"),
        ("envoy", 10, "nsubj", "NOUN", "NN", "envoy"),
        ("has", 10, "aux", "AUX", "VBZ", "have"),
        ("met", 2, "advcl", "VERB", "VBN", "meet"),
        ("every", 12, "det", "DET", "DT", "every"),
        ("party", 10, "dobj", "NOUN", "NN", "party"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Southeast Asian leaders met the junta chief in Jakarta.": [
        ("Southeast", 1, "amod", "ADJ", "JJ", "southeast"),
        ("Asian", 2, "amod", "ADJ", "JJ", "asian"),
        ("leaders", 3, "nsubj", "NOUN", "NNS", "leader"),
        ("met", 3, "ROOT", "VERB", "VBD", "meet"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("junta", 6, "compound", "ADJ", "JJ", "junta"),
        ("chief", 3, "dobj", "NOUN", "NN", "chief"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("Jakarta", 7, "pobj", "PROPN", "NNP", "Jakarta"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def status_of(text: str, word: str) -> str:
    doc = build_doc(_VOCAB, text, PARSES[text])
    return clause_status(next(t for t in doc if t.text == word))


def test_what_is_urged_not_done_is_wished() -> None:
    assert status_of("A statement urged people not to accept the coup.", "accept") == HYPOTHETICAL


def test_be_to_plans_an_act() -> None:
    assert status_of("Under the plan, all parties are to hold talks.", "hold") == FUTURE


def test_a_present_perfect_after_until_has_not_happened() -> None:
    text = "ASEAN must keep the junta out until its envoy has met every party."
    assert status_of(text, "met") == FUTURE


def test_southeast_asian_leaders_are_aseans(coder: Coder) -> None:
    text = "Southeast Asian leaders met the junta chief in Jakarta."
    events = code_one(coder, text, PARSES[text], PUBLISHED)
    assert [(ev.event, [e.code for e in ev.actor]) for ev in events] == [
        ("CONSULT", ["ASEAN"])]
