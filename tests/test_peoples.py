"""Model-free tests of peoples named after a state's adjective: "Afghan Uzbek militias" are
Afghanistan's (an ethnic group of that state), not Uzbekistan's, while "Kazakh troops" and
"Kyrgyz border posts" alone still name their states. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2020-01-01"

MINORITY = "Afghan Uzbek militias attacked Taliban fighters."
STATES = "Kazakh troops attacked Kyrgyz border posts."

PARSES: dict[str, list[tuple]] = {
    "Afghan Uzbek militias attacked Taliban fighters.": [
        ("Afghan", 2, "amod", "PROPN", "NNP", "Afghan"),
        ("Uzbek", 2, "compound", "PROPN", "NNP", "Uzbek"),
        ("militias", 3, "nsubj", "NOUN", "NNS", "militia"),
        ("attacked", 3, "ROOT", "VERB", "VBD", "attack"),
        ("Taliban", 5, "compound", "PROPN", "NNP", "Taliban"),
        ("fighters", 3, "dobj", "NOUN", "NNS", "fighter"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Kazakh troops attacked Kyrgyz border posts.": [
        ("Kazakh", 1, "compound", "PROPN", "NNP", "Kazakh"),
        ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
        ("attacked", 2, "ROOT", "VERB", "VBD", "attack"),
        ("Kyrgyz", 5, "compound", "PROPN", "NNP", "Kyrgyz"),
        ("border", 5, "compound", "NOUN", "NN", "border"),
        ("posts", 2, "dobj", "NOUN", "NNS", "post"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def attacks(coder: Coder, text: str) -> list[tuple]:
    return [([e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED) if ev.event == "ASSAULT"]


def test_a_people_after_a_states_adjective_is_that_states(coder: Coder) -> None:
    assert attacks(coder, MINORITY) == [(["AFG"], ["TALIBAN"])]


def test_a_peoples_adjective_alone_is_its_state(coder: Coder) -> None:
    assert attacks(coder, STATES) == [(["KAZ"], ["KGZ"])]
