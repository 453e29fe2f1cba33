"""Model-free test of what a kind of actor habitually does.

"until Pakistan acts against the groups that attack India": the attacking describes the groups;
it tells no attack. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2019-03-15"

PARSES = {
    "India says there can be no dialogue until Pakistan acts against the groups that attack India.": [
        ("India", 1, "nsubj", "PROPN", "NNP", "India"),
        ("says", 1, "ROOT", "VERB", "VBZ", "say"),
        ("there", 4, "expl", "PRON", "EX", "there"),
        ("can", 4, "aux", "AUX", "MD", "can"),
        ("be", 1, "ccomp", "AUX", "VB", "be"),
        ("no", 6, "det", "DET", "DT", "no"),
        ("dialogue", 4, "attr", "NOUN", "NN", "dialogue"),
        ("until", 9, "mark", "SCONJ", "IN", "until"),
        ("Pakistan", 9, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("acts", 4, "advcl", "VERB", "VBZ", "act"),
        ("against", 9, "prep", "ADP", "IN", "against"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("groups", 10, "pobj", "NOUN", "NNS", "group"),
        ("that", 14, "nsubj", "PRON", "WDT", "that"),
        ("attack", 12, "relcl", "VERB", "VBP", "attack"),
        ("India", 14, "dobj", "PROPN", "NNP", "India"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Pakistan arrested the militants who attacked the convoy.": [
        ("Pakistan", 1, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("arrested", 1, "ROOT", "VERB", "VBD", "arrest"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("militants", 1, "dobj", "NOUN", "NNS", "militant"),
        ("who", 5, "nsubj", "PRON", "WP", "who"),
        ("attacked", 3, "relcl", "VERB", "VBD", "attack"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("convoy", 5, "dobj", "NOUN", "NN", "convoy"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_habit_describing_a_kind_of_actor_tells_no_act(coder: Coder) -> None:
    text = ("India says there can be no dialogue until Pakistan acts against the groups that "
            "attack India.")
    assert not any(ev[0] == "ASSAULT" and ev[1] == "asserted" for ev in coded(coder, text))


def test_an_arrest_of_those_who_attacked_is_told(coder: Coder) -> None:
    assert coded(coder, "Pakistan arrested the militants who attacked the convoy.") == [
        ("COERCE", "asserted", ["PAK"], ["PAK"])]
