"""Model-free tests of reduced passives (a participle with an agent describing a noun): "the
amount spent by Japan on Indonesia" is Japan's aid to Indonesia; "those trained by France",
after "Iraqi soldiers", are Iraqi soldiers France trained; a deal "brokered by Qatar" stays
the broker's mediation. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2021-03-02"

PARSES = {
    "Germany trained 9,000 Iraqi soldiers, not counting those trained by France.": [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("trained", 1, "ROOT", "VERB", "VBD", "train"),
        ("9,000", 4, "nummod", "NUM", "CD", "9,000"),
        ("Iraqi", 4, "amod", "ADJ", "JJ", "iraqi"),
        ("soldiers", 1, "dobj", "NOUN", "NNS", "soldier"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("not", 7, "neg", "PART", "RB", "not"),
        ("counting", 1, "advcl", "VERB", "VBG", "count"),
        ("those", 7, "dobj", "PRON", "DT", "those"),
        ("trained", 8, "acl", "VERB", "VBN", "train"),
        ("by", 9, "agent", "ADP", "IN", "by"),
        ("France", 10, "pobj", "PROPN", "NNP", "France"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "That sum dwarfs the amount spent by Japan on Indonesia last year.": [
        ("That", 1, "det", "DET", "DT", "that"),
        ("sum", 2, "nsubj", "NOUN", "NN", "sum"),
        ("dwarfs", 2, "ROOT", "VERB", "VBZ", "dwarf"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("amount", 2, "dobj", "NOUN", "NN", "amount"),
        ("spent", 4, "acl", "VERB", "VBN", "spend"),
        ("by", 5, "agent", "ADP", "IN", "by"),
        ("Japan", 6, "pobj", "PROPN", "NNP", "Japan"),
        ("on", 5, "prep", "ADP", "IN", "on"),
        ("Indonesia", 8, "pobj", "PROPN", "NNP", "Indonesia"),
        ("last", 11, "amod", "ADJ", "JJ", "last"),
        ("year", 5, "npadvmod", "NOUN", "NN", "year"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "The accord, brokered by Qatar, held for a week.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("accord", 1, "ROOT", "NOUN", "NN", "accord"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("brokered", 1, "acl", "VERB", "VBN", "broker"),
        ("by", 3, "agent", "ADP", "IN", "by"),
        ("Qatar", 4, "pobj", "PROPN", "NNP", "Qatar"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("held", 1, "acl", "VERB", "VBN", "hold"),
        ("for", 7, "prep", "ADP", "IN", "for"),
        ("a", 10, "det", "DET", "DT", "a"),
        ("week", 8, "pobj", "NOUN", "NN", "week"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient], ev.status)
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_participle_with_agent_is_passive(coder: Coder) -> None:
    text = "That sum dwarfs the amount spent by Japan on Indonesia last year."
    assert coded(coder, text) == [("AID", ["JPN"], ["IDN"], "asserted")]


def test_those_stands_for_the_plural_noun_before_it(coder: Coder) -> None:
    text = "Germany trained 9,000 Iraqi soldiers, not counting those trained by France."
    assert coded(coder, text) == [("AID", ["DEU"], ["IRQ"], "asserted"),
                                  ("AID", ["FRA"], ["IRQ"], "asserted")]


def test_brokered_by_stays_mediation(coder: Coder) -> None:
    text = "The accord, brokered by Qatar, held for a week."
    assert coded(coder, text) == [("CONSULT", ["QAT"], [], "asserted")]
