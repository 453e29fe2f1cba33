"""Model-free tests of who a pronoun and a pact stand for: "the leaders of Spain, Italy and
Greece said they regretted the decision and remained committed to the agreement" has the
three states (through the leaders' "of" phrase, and through "remained", which shares the
subject of "regretted") stand by the agreement; leaving "the trade agreement with Mexico" is
a SANCTION of Mexico, told beside (not instead of) the sanctions reimposed on it. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2018-05-09"

PARSES = {
    "In a joint statement, the leaders of Spain, Italy and Greece said they regretted the decision and remained committed to the agreement.": [
        ("In", 13, "prep", "ADP", "IN", "in"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("joint", 3, "amod", "ADJ", "JJ", "joint"),
        ("statement", 0, "pobj", "NOUN", "NN", "statement"),
        (",", 13, "punct", "PUNCT", ",", ","),
        ("the", 6, "det", "DET", "DT", "the"),
        ("leaders", 13, "nsubj", "NOUN", "NNS", "leader"),
        ("of", 6, "prep", "ADP", "IN", "of"),
        ("Spain", 7, "pobj", "PROPN", "NNP", "Spain"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ("Italy", 8, "conj", "PROPN", "NNP", "Italy"),
        ("and", 10, "cc", "CCONJ", "CC", "and"),
        ("Greece", 10, "conj", "PROPN", "NNP", "Greece"),
        ("said", 13, "ROOT", "VERB", "VBD", "say"),
        ("they", 15, "nsubj", "PRON", "PRP", "they"),
        ("regretted", 13, "ccomp", "VERB", "VBD", "regret"),
        ("the", 17, "det", "DET", "DT", "the"),
        ("decision", 15, "dobj", "NOUN", "NN", "decision"),
        ("and", 15, "cc", "CCONJ", "CC", "and"),
        ("remained", 15, "conj", "VERB", "VBD", "remain"),
        ("committed", 19, "acomp", "ADJ", "JJ", "committed"),
        ("to", 20, "prep", "ADP", "IN", "to"),
        ("the", 23, "det", "DET", "DT", "the"),
        ("agreement", 21, "pobj", "NOUN", "NN", "agreement"),
        (".", 13, "punct", "PUNCT", ".", "."),
    ],
    "President Donald Trump pulled the United States out of the trade agreement with Mexico on Monday and ordered the reimposition of American sanctions on Mexico.": [
        ("President", 2, "compound", "PROPN", "NNP", "President"),
        ("Donald", 2, "compound", "PROPN", "NNP", "Donald"),
        ("Trump", 3, "nsubj", "PROPN", "NNP", "Trump"),
        ("pulled", 3, "ROOT", "VERB", "VBD", "pull"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("United", 6, "compound", "PROPN", "NNP", "United"),
        ("States", 3, "dobj", "PROPN", "NNP", "States"),
        ("out", 3, "prep", "ADP", "IN", "out"),
        ("of", 7, "prep", "ADP", "IN", "of"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("trade", 11, "compound", "NOUN", "NN", "trade"),
        ("agreement", 8, "pobj", "NOUN", "NN", "agreement"),
        ("with", 11, "prep", "ADP", "IN", "with"),
        ("Mexico", 12, "pobj", "PROPN", "NNP", "Mexico"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Monday", 14, "pobj", "PROPN", "NNP", "Monday"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("ordered", 3, "conj", "VERB", "VBD", "order"),
        ("the", 19, "det", "DET", "DT", "the"),
        ("reimposition", 17, "dobj", "NOUN", "NN", "reimposition"),
        ("of", 19, "prep", "ADP", "IN", "of"),
        ("American", 22, "amod", "ADJ", "JJ", "american"),
        ("sanctions", 20, "pobj", "NOUN", "NNS", "sanction"),
        ("on", 22, "prep", "ADP", "IN", "on"),
        ("Mexico", 23, "pobj", "PROPN", "NNP", "Mexico"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.mode, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_they_after_leaders_of_three_states_is_the_three(coder: Coder) -> None:
    text = ("In a joint statement, the leaders of Spain, Italy and Greece said they regretted "
            "the decision and remained committed to the agreement.")
    # (Regretting the decision is mild criticism of whoever made it, named elsewhere.)
    assert coded(coder, text) == [("ACCUSE", "disapprove", ["ESP", "ITA", "GRC"], []),
                                  ("AGREE", None, ["ESP", "ITA", "GRC"], [])]


def test_leaving_a_pact_with_a_party_sanctions_it_beside_other_sanctions(
        coder: Coder) -> None:
    text = ("President Donald Trump pulled the United States out of the trade agreement with "
            "Mexico on Monday and ordered the reimposition of American sanctions on Mexico.")
    assert coded(coder, text) == [("SANCTION", "withdraw", ["USA"], ["MEX"]),
                                  ("SANCTION", None, ["USA"], ["MEX"])]
