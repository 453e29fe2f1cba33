"""Model-free tests of a full name's parts standing for the person later, and of an act told
again as the object of one of the story's sides.

"Jake Sullivan met Wang Yi. Sullivan warned China.": the dictionary knows Jake Sullivan by his
full name only (a bare "Sullivan" is too common to list), but a text that names him in full
means him by "Sullivan" later, in the same sentence too. "May" of Theresa May is never learnt: "in May" is the month.
"Bangkok would observe the ceasefire", after the United States and China attended the talks, is
the ceasefire of Thailand and Cambodia, the story's sides, not of the pair just told of. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import _VOCAB, build_doc, code_doc, summary
from parley.events.coder import Coder
from parley.events.dates import DateResolver
from parley.events.state import DocState
from parley.records import Sentence

PARSES = {
    "Jake Sullivan met Wang Yi, and Sullivan warned China.": [
        ("Jake", 1, "compound", "PROPN", "NNP", "Jake"),
        ("Sullivan", 2, "nsubj", "PROPN", "NNP", "Sullivan"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet"),
        ("Wang", 4, "compound", "PROPN", "NNP", "Wang"),
        ("Yi", 2, "dobj", "PROPN", "NNP", "Yi"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("Sullivan", 8, "nsubj", "PROPN", "NNP", "Sullivan"),
        ("warned", 2, "conj", "VERB", "VBD", "warn"),
        ("China", 8, "dobj", "PROPN", "NNP", "China"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ],
    "Jake Sullivan met Wang Yi.": [
        ("Jake", 1, "compound", "PROPN", "NNP", "Jake"),
        ("Sullivan", 2, "nsubj", "PROPN", "NNP", "Sullivan"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet"),
        ("Wang", 4, "compound", "PROPN", "NNP", "Wang"),
        ("Yi", 2, "dobj", "PROPN", "NNP", "Yi"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Sullivan warned China.": [
        ("Sullivan", 1, "nsubj", "PROPN", "NNP", "Sullivan"),
        ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("China", 1, "dobj", "PROPN", "NNP", "China"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Theresa May accused Russia.": [
        ("Theresa", 1, "compound", "PROPN", "NNP", "Theresa"),
        ("May", 2, "nsubj", "PROPN", "NNP", "May"),
        ("accused", 2, "ROOT", "VERB", "VBD", "accuse"),
        ("Russia", 2, "dobj", "PROPN", "NNP", "Russia"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Thailand and Cambodia clashed again.": [
        ("Thailand", 3, "nsubj", "PROPN", "NNP", "Thailand"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Cambodia", 0, "conj", "PROPN", "NNP", "Cambodia"),
        ("clashed", 3, "ROOT", "VERB", "VBD", "clash"),
        ("again", 3, "advmod", "ADV", "RB", "again"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Thailand accused Cambodia.": [
        ("Thailand", 1, "nsubj", "PROPN", "NNP", "Thailand"),
        ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
        ("Cambodia", 1, "dobj", "PROPN", "NNP", "Cambodia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The United States and China attended the talks.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("United", 2, "compound", "PROPN", "NNP", "United"),
        ("States", 5, "nsubj", "PROPN", "NNP", "States"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("China", 2, "conj", "PROPN", "NNP", "China"),
        ("attended", 5, "ROOT", "VERB", "VBD", "attend"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("talks", 5, "dobj", "NOUN", "NNS", "talk"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Bangkok would observe the ceasefire.": [
        ("Bangkok", 2, "nsubj", "PROPN", "NNP", "Bangkok"),
        ("would", 2, "aux", "AUX", "MD", "would"),
        ("observe", 2, "ROOT", "VERB", "VB", "observe"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("ceasefire", 2, "dobj", "NOUN", "NN", "ceasefire"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def _coded(coder: Coder, *texts: str, published: str = "2024-06-01") -> list:
    return summary(code_doc(coder, [(t, PARSES[t]) for t in texts], published, infer=False))


def test_a_surname_after_the_full_name_is_the_person(coder: Coder) -> None:
    assert _coded(coder, "Jake Sullivan met Wang Yi.", "Sullivan warned China.")[-1] == (
        "THREATEN", "asserted", ["USA"], ["CHN"])
    # Alone, the bare surname is no one the dictionary knows.
    assert _coded(coder, "Sullivan warned China.") == []


def test_a_surname_stands_for_the_person_in_the_same_sentence(coder: Coder) -> None:
    assert _coded(coder, "Jake Sullivan met Wang Yi, and Sullivan warned China.") == [
        ("CONSULT", "asserted", ["USA", "CHN"], []), ("THREATEN", "asserted", ["USA"], ["CHN"])]


def test_a_month_in_a_name_is_not_learnt(coder: Coder) -> None:
    text = "Theresa May accused Russia."
    state = DocState("2018-03-20", DateResolver("2018-03-20"))
    state.text = text
    sent = Sentence("doc-1", 0, len(text), text, "body")
    coded = coder.code_sentence(build_doc(_VOCAB, text, PARSES[text]), sent,
                                state.dates.resolve(text), state)
    assert summary(coded) == [("ACCUSE", "asserted", ["GBR"], ["RUS"])]
    assert "Theresa" in state.aliases and "May" not in state.aliases


def test_an_act_told_again_by_one_side_is_the_sides_act(coder: Coder) -> None:
    coded = _coded(coder, "Thailand and Cambodia clashed again.", "Thailand accused Cambodia.",
                   "The United States and China attended the talks.",
                   "Bangkok would observe the ceasefire.", published="2025-07-30")
    assert [row for row in coded if row[0] == "RETREAT"] == [
        ("RETREAT", "hypothetical", ["THA", "KHM"], [])]
