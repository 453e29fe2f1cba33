"""Model-free tests of rulers and blocs named without a state.

"The junta" after "Sudan's junta" is Sudan's (a text names a junta or regime once with its state,
then alone); with no such mention before, it is no one's. "West African leaders" are ECOWAS, as
"Southeast Asian leaders" are ASEAN. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2022-02-01"

PARSES = {
    "Sudan's junta expelled the UN envoy.": [
        ("Sudan", 2, "poss", "PROPN", "NNP", "Sudan"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("junta", 3, "nsubj", "NOUN", "NN", "junta"),
        ("expelled", 3, "ROOT", "VERB", "VBD", "expel"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("UN", 6, "compound", "PROPN", "NNP", "UN"),
        ("envoy", 3, "dobj", "NOUN", "NN", "envoy"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The junta also expelled the French ambassador.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("junta", 3, "nsubj", "NOUN", "NN", "junta"),
        ("also", 3, "advmod", "ADV", "RB", "also"),
        ("expelled", 3, "ROOT", "VERB", "VBD", "expel"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("French", 6, "amod", "ADJ", "JJ", "french"),
        ("ambassador", 3, "dobj", "NOUN", "NN", "ambassador"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "West African leaders imposed sanctions on Mali.": [
        ("West", 1, "amod", "ADJ", "JJ", "west"),
        ("African", 2, "amod", "ADJ", "JJ", "african"),
        ("leaders", 3, "nsubj", "NOUN", "NNS", "leader"),
        ("imposed", 3, "ROOT", "VERB", "VBD", "impose"),
        ("sanctions", 3, "dobj", "NOUN", "NNS", "sanction"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Mali", 5, "pobj", "PROPN", "NNP", "Mali"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}

NAMED = "Sudan's junta expelled the UN envoy."
ALONE = "The junta also expelled the French ambassador."


def coded(coder: Coder, *texts: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events if ev.event_text == texts[-1]]


def test_the_junta_is_the_one_named_before_with_its_state(coder: Coder) -> None:
    assert coded(coder, NAMED, ALONE) == [("SANCTION", ["SDN"], ["FRA"])]


def test_a_junta_never_named_with_its_state_is_no_ones(coder: Coder) -> None:
    assert coded(coder, ALONE) == []


def test_west_african_leaders_are_ecowas(coder: Coder) -> None:
    assert coded(coder, "West African leaders imposed sanctions on Mali.") == [
        ("SANCTION", ["ECOWAS"], ["MLI"])]
