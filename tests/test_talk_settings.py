"""Model-free tests of talks the parser splits up: in "sealed after three days of talks in the
Qatari capital between Sudan and Chad, Niger, Libya, Egypt and Eritrea" the "between" phrase
hangs on the capital, yet names the talks' parties, all six of them (a list of conjuncts is
no deeper a phrase than one name); and a deal sealed with no agent was sealed by the parties
to those talks. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2024-03-02"

SIX = ("The accord was sealed after three days of talks in the Qatari capital between Sudan and "
       "Chad, Niger, Libya, Egypt and Eritrea.")

PARSES = {
    "The accord was sealed after three days of talks in the Qatari capital between Sudan and Chad, Niger, Libya, Egypt and Eritrea.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("accord", 3, "nsubjpass", "NOUN", "NN", "accord"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("sealed", 3, "ROOT", "VERB", "VBN", "seal"),
        ("after", 3, "prep", "ADP", "IN", "after"),
        ("three", 6, "nummod", "NUM", "CD", "three"),
        ("days", 4, "pobj", "NOUN", "NNS", "day"),
        ("of", 6, "prep", "ADP", "IN", "of"),
        ("talks", 7, "pobj", "NOUN", "NNS", "talk"),
        ("in", 8, "prep", "ADP", "IN", "in"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("Qatari", 12, "amod", "ADJ", "JJ", "qatari"),
        ("capital", 9, "pobj", "NOUN", "NN", "capital"),
        ("between", 12, "prep", "ADP", "IN", "between"),
        ("Sudan", 13, "pobj", "PROPN", "NNP", "Sudan"),
        ("and", 14, "cc", "CCONJ", "CC", "and"),
        ("Chad", 14, "conj", "PROPN", "NNP", "Chad"),
        (",", 16, "punct", "PUNCT", ",", ","),
        ("Niger", 16, "conj", "PROPN", "NNP", "Niger"),
        (",", 18, "punct", "PUNCT", ",", ","),
        ("Libya", 18, "conj", "PROPN", "NNP", "Libya"),
        (",", 20, "punct", "PUNCT", ",", ","),
        ("Egypt", 20, "conj", "PROPN", "NNP", "Egypt"),
        ("and", 22, "cc", "CCONJ", "CC", "and"),
        ("Eritrea", 22, "conj", "PROPN", "NNP", "Eritrea"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The accord was sealed on Friday.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("accord", 3, "nsubjpass", "NOUN", "NN", "accord"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("sealed", 3, "ROOT", "VERB", "VBN", "seal"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Friday", 4, "pobj", "PROPN", "NNP", "Friday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_parties_hung_on_the_place_of_the_talks(coder: Coder) -> None:
    parties = ["SDN", "TCD", "NER", "LBY", "EGY", "ERI"]
    assert coded(coder, SIX) == [("AGREE", parties, []), ("CONSULT", parties, [])]


def test_a_deal_sealed_by_no_one_named_is_not_coded(coder: Coder) -> None:
    assert coded(coder, "The accord was sealed on Friday.") == []
