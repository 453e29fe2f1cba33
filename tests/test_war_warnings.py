"""Model-free tests of warnings that an act of others would mean war.

"Iran said any Israeli attack would be met with force" threatens Israel (CAMEO 130), told now;
the attack itself is only supposed (any attack: none is told). A warning verb ("warned that
...") is coded by the lexicon already, once. An attack called a disaster, or any deal welcome,
threatens no one. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2024-04-10"

PARSES = {
    "Iran said any Israeli attack would be met with force.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("any", 4, "det", "DET", "DT", "any"),
        ("Israeli", 4, "amod", "ADJ", "JJ", "israeli"),
        ("attack", 7, "nsubjpass", "NOUN", "NN", "attack"),
        ("would", 7, "aux", "AUX", "MD", "would"),
        ("be", 7, "auxpass", "AUX", "VB", "be"),
        ("met", 1, "ccomp", "VERB", "VBN", "meet"),
        ("with", 7, "prep", "ADP", "IN", "with"),
        ("force", 8, "pobj", "NOUN", "NN", "force"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Iran warned that any Israeli attack would be met with force.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("that", 8, "mark", "SCONJ", "IN", "that"),
        ("any", 5, "det", "DET", "DT", "any"),
        ("Israeli", 5, "amod", "ADJ", "JJ", "israeli"),
        ("attack", 8, "nsubjpass", "NOUN", "NN", "attack"),
        ("would", 8, "aux", "AUX", "MD", "would"),
        ("be", 8, "auxpass", "AUX", "VB", "be"),
        ("met", 1, "ccomp", "VERB", "VBN", "meet"),
        ("with", 8, "prep", "ADP", "IN", "with"),
        ("force", 9, "pobj", "NOUN", "NN", "force"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Iran said any deal would be welcome.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("any", 3, "det", "DET", "DT", "any"),
        ("deal", 5, "nsubj", "NOUN", "NN", "deal"),
        ("would", 5, "aux", "AUX", "MD", "would"),
        ("be", 1, "ccomp", "AUX", "VB", "be"),
        ("welcome", 5, "acomp", "ADJ", "JJ", "welcome"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Iran said an Israeli attack would be a disaster.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("an", 4, "det", "DET", "DT", "an"),
        ("Israeli", 4, "amod", "ADJ", "JJ", "israeli"),
        ("attack", 6, "nsubj", "NOUN", "NN", "attack"),
        ("would", 6, "aux", "AUX", "MD", "would"),
        ("be", 1, "ccomp", "AUX", "VB", "be"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("disaster", 6, "attr", "NOUN", "NN", "disaster"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_any_attack_met_with_force_threatens_its_doer(coder: Coder) -> None:
    events = coded(coder, "Iran said any Israeli attack would be met with force.")
    assert sorted(events) == [("ASSAULT", "hypothetical", ["ISR"], []),
                              ("THREATEN", "asserted", ["IRN"], ["ISR"])]


def test_a_warning_verb_is_one_threat(coder: Coder) -> None:
    events = coded(coder, "Iran warned that any Israeli attack would be met with force.")
    assert [e for e in events if e[0] == "THREATEN"] == [("THREATEN", "asserted", ["IRN"], ["ISR"])]
    assert ("ASSAULT", "hypothetical", ["ISR"], []) in events


def test_no_war_named_is_no_threat(coder: Coder) -> None:
    assert coded(coder, "Iran said any deal would be welcome.") == []
    assert all(e[0] != "THREATEN" for e in coded(coder, "Iran said an Israeli attack would be a disaster."))
