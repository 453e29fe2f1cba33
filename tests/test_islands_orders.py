"""Model-free tests of "the island", orders to no one else, and deterred acts.

"the island" after a text about Taiwan is Taiwan; ordering a carrier (a thing) or one's own
troops asks nothing of anyone, while ordering another state to act is a demand; an invasion
deterred did not happen. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2022-08-06"

PARSES = {
    "China held drills near Taiwan.": [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("held", 1, "ROOT", "VERB", "VBD", "hold"),
        ("drills", 1, "dobj", "NOUN", "NNS", "drill"),
        ("near", 1, "prep", "ADP", "IN", "near"),
        ("Taiwan", 3, "pobj", "PROPN", "NNP", "Taiwan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "China held drills around the island on Friday.": [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("held", 1, "ROOT", "VERB", "VBD", "hold"),
        ("drills", 1, "dobj", "NOUN", "NNS", "drill"),
        ("around", 2, "prep", "ADP", "IN", "around"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("island", 3, "pobj", "NOUN", "NN", "island"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Friday", 6, "pobj", "PROPN", "NNP", "Friday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Washington ordered the carrier to stay in the region.": [
        ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
        ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("carrier", 1, "dobj", "NOUN", "NN", "carrier"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("stay", 1, "xcomp", "VERB", "VB", "stay"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("region", 6, "pobj", "NOUN", "NN", "region"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia ordered Ukraine to withdraw its forces.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
        ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("withdraw", 1, "xcomp", "VERB", "VB", "withdraw"),
        ("its", 6, "poss", "PRON", "PRP$", "its"),
        ("forces", 4, "dobj", "NOUN", "NNS", "force"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The troops were enough to deter a Turkish invasion.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
        ("were", 2, "ROOT", "AUX", "VBD", "be"),
        ("enough", 2, "acomp", "ADJ", "JJ", "enough"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("deter", 3, "xcomp", "VERB", "VB", "deter"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("Turkish", 8, "amod", "ADJ", "JJ", "turkish"),
        ("invasion", 5, "dobj", "NOUN", "NN", "invasion"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_the_island_is_the_island_state_the_text_tells_of(coder: Coder) -> None:
    texts = ["China held drills near Taiwan.", "China held drills around the island on Friday."]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)
    later = [ev for ev in events if ev.start > 0]
    assert [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in later] == [("MOBILIZE", ["CHN"], ["TWN"])]


def test_an_order_to_a_thing_asks_no_one(coder: Coder) -> None:
    assert coded(coder, "Washington ordered the carrier to stay in the region.") == []


def test_an_order_to_another_state_is_a_demand(coder: Coder) -> None:
    found = coded(coder, "Russia ordered Ukraine to withdraw its forces.")
    assert ("REQUEST", "asserted", ["RUS"], ["UKR"]) in found


def test_a_deterred_invasion_did_not_happen(coder: Coder) -> None:
    found = coded(coder, "The troops were enough to deter a Turkish invasion.")
    assert [ev for ev in found if ev[0] == "ASSAULT"] == [
        ("ASSAULT", "hypothetical", ["TUR"], [])]
