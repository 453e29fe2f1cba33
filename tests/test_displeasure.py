"""Model-free tests of displeasure a side says it feels at another's act ("disappointed by
the American statement", "regretted Ethiopia's absence", "deeply disappointed that Somalia had
left"): a complaint of whoever did it (ACCUSE, CAMEO 111); a regret that blames no one is no
event. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written
for these tests)."""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2020-03-01"

PARSES = {
    "Ethiopia said it was disappointed by the American statement.": [
        ("Ethiopia", 1, "nsubj", "PROPN", "NNP", "Ethiopia"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubjpass", "PRON", "PRP", "it"),
        ("was", 4, "auxpass", "AUX", "VBD", "be"),
        ("disappointed", 1, "ccomp", "VERB", "VBN", "disappoint"),
        ("by", 4, "agent", "ADP", "IN", "by"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("American", 8, "amod", "ADJ", "JJ", "american"),
        ("statement", 5, "pobj", "NOUN", "NN", "statement"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Egypt said it regretted Ethiopia's absence.": [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 3, "nsubj", "PRON", "PRP", "it"),
        ("regretted", 1, "ccomp", "VERB", "VBD", "regret"),
        ("Ethiopia", 6, "poss", "PROPN", "NNP", "Ethiopia"),
        ("'s", 4, "case", "PART", "POS", "'s"),
        ("absence", 3, "dobj", "NOUN", "NN", "absence"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Egypt said it regretted that no deal had been reached.": [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 3, "nsubj", "PRON", "PRP", "it"),
        ("regretted", 1, "ccomp", "VERB", "VBD", "regret"),
        ("that", 9, "mark", "SCONJ", "IN", "that"),
        ("no", 6, "det", "DET", "DT", "no"),
        ("deal", 9, "nsubjpass", "NOUN", "NN", "deal"),
        ("had", 9, "aux", "AUX", "VBD", "have"),
        ("been", 9, "auxpass", "AUX", "VBN", "be"),
        ("reached", 3, "ccomp", "VERB", "VBN", "reach"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Kenya was deeply disappointed that Somalia had left the talks.": [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
        ("was", 1, "ROOT", "AUX", "VBD", "be"),
        ("deeply", 3, "advmod", "ADV", "RB", "deeply"),
        ("disappointed", 1, "acomp", "ADJ", "JJ", "disappointed"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("Somalia", 7, "nsubj", "PROPN", "NNP", "Somalia"),
        ("had", 7, "aux", "AUX", "VBD", "have"),
        ("left", 3, "ccomp", "VERB", "VBN", "leave"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("talks", 7, "dobj", "NOUN", "NNS", "talk"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_displeasure_at_anothers_act_is_a_complaint_of_it(coder: Coder) -> None:
    assert coded(coder, "Ethiopia said it was disappointed by the American statement.") == [
        ("ACCUSE", "asserted", ["ETH"], ["USA"])]
    assert coded(coder, "Egypt said it regretted Ethiopia's absence.") == [
        ("ACCUSE", "asserted", ["EGY"], ["ETH"])]
    assert coded(coder, "Kenya was deeply disappointed that Somalia had left the talks.")[0] == (
        "ACCUSE", "asserted", ["KEN"], ["SOM"])


def test_a_regret_that_blames_no_one_is_no_event(coder: Coder) -> None:
    assert coded(coder, "Egypt said it regretted that no deal had been reached.") == []
