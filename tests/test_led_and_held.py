"""Model-free tests of forces named by their commander, visits made for talks, and a state's
leaders held by its own army.

"Rebels led by Ahmed al-Sharaa" are his group, and "the presidential guard commanded by General
Tiani" is his army (a guard is armed). A delegation sent "for talks with Abiy" is one visit to
Abiy, not a visit and talks besides. "Myanmar's military detained Aung San Suu Kyi" is an arrest
within one state: the recipient is that state, though it is the actor's own. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    "Rebels led by Ahmed al-Sharaa attacked the city of Aleppo.": [
        ("Rebels", 7, "nsubj", "NOUN", "NNS", "rebel"),
        ("led", 0, "acl", "VERB", "VBN", "lead"),
        ("by", 1, "agent", "ADP", "IN", "by"),
        ("Ahmed", 6, "compound", "PROPN", "NNP", "Ahmed"),
        ("al", 6, "compound", "PROPN", "NNP", "al"),
        ("-", 6, "compound", "PROPN", "NNP", "-"),
        ("Sharaa", 2, "pobj", "PROPN", "NNP", "Sharaa"),
        ("attacked", 7, "ROOT", "VERB", "VBD", "attack"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("city", 7, "dobj", "NOUN", "NN", "city"),
        ("of", 9, "prep", "ADP", "IN", "of"),
        ("Aleppo", 10, "pobj", "PROPN", "NNP", "Aleppo"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
    "Members of the presidential guard commanded by General Abdourahamane Tiani detained Bazoum.": [
        ("Members", 10, "nsubj", "NOUN", "NNS", "member"),
        ("of", 0, "prep", "ADP", "IN", "of"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("presidential", 4, "amod", "ADJ", "JJ", "presidential"),
        ("guard", 1, "pobj", "NOUN", "NN", "guard"),
        ("commanded", 4, "acl", "VERB", "VBN", "command"),
        ("by", 5, "agent", "ADP", "IN", "by"),
        ("General", 9, "compound", "PROPN", "NNP", "General"),
        ("Abdourahamane", 9, "compound", "PROPN", "NNP", "Abdourahamane"),
        ("Tiani", 6, "pobj", "PROPN", "NNP", "Tiani"),
        ("detained", 10, "ROOT", "VERB", "VBD", "detain"),
        ("Bazoum", 10, "dobj", "PROPN", "NNP", "Bazoum"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ],
    "Eritrea sent a delegation led by its foreign minister to Addis Ababa for talks with Abiy.": [
        ("Eritrea", 1, "nsubj", "PROPN", "NNP", "Eritrea"),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("delegation", 1, "dobj", "NOUN", "NN", "delegation"),
        ("led", 3, "acl", "VERB", "VBN", "lead"),
        ("by", 4, "agent", "ADP", "IN", "by"),
        ("its", 8, "poss", "PRON", "PRP$", "its"),
        ("foreign", 8, "amod", "ADJ", "JJ", "foreign"),
        ("minister", 5, "pobj", "NOUN", "NN", "minister"),
        ("to", 4, "prep", "ADP", "IN", "to"),
        ("Addis", 11, "compound", "PROPN", "NNP", "Addis"),
        ("Ababa", 9, "pobj", "PROPN", "NNP", "Ababa"),
        ("for", 4, "prep", "ADP", "IN", "for"),
        ("talks", 12, "pobj", "NOUN", "NNS", "talk"),
        ("with", 13, "prep", "ADP", "IN", "with"),
        ("Abiy", 14, "pobj", "PROPN", "NNP", "Abiy"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Myanmar's military detained Aung San Suu Kyi.": [
        ("Myanmar", 2, "poss", "PROPN", "NNP", "Myanmar"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("military", 3, "nsubj", "NOUN", "NN", "military"),
        ("detained", 3, "ROOT", "VERB", "VBD", "detain"),
        ("Aung", 7, "compound", "PROPN", "NNP", "Aung"),
        ("San", 7, "compound", "PROPN", "NNP", "San"),
        ("Suu", 7, "compound", "PROPN", "NNP", "Suu"),
        ("Kyi", 3, "dobj", "PROPN", "NNP", "Kyi"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str, published: str) -> list[tuple[str, str, list[str], list[str]]]:
    return summary(code_one(coder, text, PARSES[text], published))


def test_rebels_led_by_a_named_leader_are_his_group(coder: Coder) -> None:
    events = code_one(coder, "Rebels led by Ahmed al-Sharaa attacked the city of Aleppo.",
                      PARSES["Rebels led by Ahmed al-Sharaa attacked the city of Aleppo."],
                      "2024-11-30")
    assert summary(events) == [("ASSAULT", "asserted", ["HTS"], ["SYR"])]
    assert events[0].actor[0].sector == "REB"


def test_a_guard_commanded_by_a_general_is_his_army(coder: Coder) -> None:
    text = "Members of the presidential guard commanded by General Abdourahamane Tiani detained Bazoum."
    events = code_one(coder, text, PARSES[text], "2023-07-27")
    assert summary(events) == [("COERCE", "asserted", ["NER"], ["NER"])]
    assert events[0].actor[0].sector == "MIL"


def test_a_visit_for_talks_is_one_visit_to_whom_it_meets(coder: Coder) -> None:
    # (The model hangs "for talks" on the delegation's "led", not on "sent".)
    text = "Eritrea sent a delegation led by its foreign minister to Addis Ababa for talks with Abiy."
    assert coded(coder, text, "2018-07-01") == [("CONSULT", "asserted", ["ERI"], ["ETH"])]


def test_an_army_holding_its_states_leader_acts_on_its_own_state(coder: Coder) -> None:
    assert coded(coder, "Myanmar's military detained Aung San Suu Kyi.", "2021-02-02") == [
        ("COERCE", "asserted", ["MMR"], ["MMR"])]
