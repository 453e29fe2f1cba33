"""Model-free tests of acts told as the setting of another ("swapped prisoners after talks in
Istanbul", "met at talks hosted by Hungary"): the setting happened as the clause tells, even
under a verb that agrees to or undoes something else; a group's own summit ("at their
summit") is no meeting with the ones it then deals with; and "they" after a lone mediator
is the pair it brought together. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder
from test_pairs import PARSES as PAIRS
from test_pairs import TALKS

PUBLISHED = "2023-02-28"

HOSTED = "The two leaders met again in Budapest in June, at talks hosted by Hungary's prime minister."
THEY = "A deal that they agreed in Ohrid has largely held."
SWAPPED = "Russia and Ukraine swapped prisoners after talks in Istanbul."
AGREED = "Thailand and Cambodia agreed to a ceasefire after talks in Putrajaya."
SUMMIT = "At their summit, EU leaders thanked Turkey."

PARSES = {
    TALKS: PAIRS[TALKS],  # "Serbia and Kosovo held talks in Brussels on Monday."
    HOSTED: [
        ("The", 2, "det", "DET", "DT", "the"),
        ("two", 2, "nummod", "NUM", "CD", "two"),
        ("leaders", 3, "nsubj", "NOUN", "NNS", "leader"),
        ("met", 3, "ROOT", "VERB", "VBD", "meet"),
        ("again", 3, "advmod", "ADV", "RB", "again"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("Budapest", 5, "pobj", "PROPN", "NNP", "Budapest"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("June", 7, "pobj", "PROPN", "NNP", "June"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("at", 3, "prep", "ADP", "IN", "at"),
        ("talks", 10, "pobj", "NOUN", "NNS", "talk"),
        ("hosted", 11, "acl", "VERB", "VBN", "host"),
        ("by", 12, "agent", "ADP", "IN", "by"),
        ("Hungary", 17, "poss", "PROPN", "NNP", "Hungary"),
        ("'s", 14, "case", "PART", "POS", "'s"),
        ("prime", 17, "amod", "ADJ", "JJ", "prime"),
        ("minister", 13, "pobj", "NOUN", "NN", "minister"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    THEY: [
        ("A", 1, "det", "DET", "DT", "a"),
        ("deal", 9, "nsubj", "NOUN", "NN", "deal"),
        ("that", 4, "dobj", "PRON", "WDT", "that"),
        ("they", 4, "nsubj", "PRON", "PRP", "they"),
        ("agreed", 1, "relcl", "VERB", "VBD", "agree"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("Ohrid", 5, "pobj", "PROPN", "NNP", "Ohrid"),
        ("has", 9, "aux", "AUX", "VBZ", "have"),
        ("largely", 9, "advmod", "ADV", "RB", "largely"),
        ("held", 9, "ROOT", "VERB", "VBN", "hold"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ],
    SWAPPED: [
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Ukraine", 0, "conj", "PROPN", "NNP", "Ukraine"),
        ("swapped", 3, "ROOT", "VERB", "VBD", "swap"),
        ("prisoners", 3, "dobj", "NOUN", "NNS", "prisoner"),
        ("after", 3, "prep", "ADP", "IN", "after"),
        ("talks", 5, "pobj", "NOUN", "NNS", "talk"),
        ("in", 6, "prep", "ADP", "IN", "in"),
        ("Istanbul", 7, "pobj", "PROPN", "NNP", "Istanbul"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    AGREED: [
        ("Thailand", 3, "nsubj", "PROPN", "NNP", "Thailand"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Cambodia", 0, "conj", "PROPN", "NNP", "Cambodia"),
        ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("ceasefire", 4, "pobj", "NOUN", "NN", "ceasefire"),
        ("after", 3, "prep", "ADP", "IN", "after"),
        ("talks", 7, "pobj", "NOUN", "NNS", "talk"),
        ("in", 8, "prep", "ADP", "IN", "in"),
        ("Putrajaya", 9, "pobj", "PROPN", "NNP", "Putrajaya"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    SUMMIT: [
        ("At", 6, "prep", "ADP", "IN", "at"),
        ("their", 2, "poss", "PRON", "PRP$", "their"),
        ("summit", 0, "pobj", "NOUN", "NN", "summit"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("EU", 5, "compound", "PROPN", "NNP", "EU"),
        ("leaders", 6, "nsubj", "NOUN", "NNS", "leader"),
        ("thanked", 6, "ROOT", "VERB", "VBD", "thank"),
        ("Turkey", 6, "dobj", "PROPN", "NNP", "Turkey"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
}


def _code(coder: Coder, *sentences: str, published: str = PUBLISHED) -> list:
    return summary(code_doc(coder, [(s, PARSES[s]) for s in sentences], published,
                            infer=False))


def test_talks_after_which_prisoners_were_swapped_were_held(coder: Coder) -> None:
    assert _code(coder, SWAPPED) == [
        ("RETREAT", "asserted", ["RUS", "UKR"], []),
        ("CONSULT", "asserted", ["RUS", "UKR"], []),
    ]


def test_talks_after_which_a_ceasefire_was_agreed_are_no_part_of_what_was_agreed(
        coder: Coder) -> None:
    # (The ceasefire agreed to is still to come; the talks before it were held.)
    assert ("CONSULT", "asserted", ["THA", "KHM"], []) in _code(coder, AGREED, published="2025-07-29")


def test_a_groups_own_summit_is_no_meeting_with_the_one_it_thanks(coder: Coder) -> None:
    assert _code(coder, SUMMIT) == [("SUPPORT", "asserted", ["EU"], ["TUR"])]


def test_they_after_a_lone_mediator_is_the_pair_it_brought_together(coder: Coder) -> None:
    events = _code(coder, TALKS, HOSTED, THEY)
    assert ("CONSULT", "asserted", ["HUN"], ["SRB", "XKX"]) in events
    assert events[-1] == ("AGREE", "asserted", ["SRB", "XKX"], [])
