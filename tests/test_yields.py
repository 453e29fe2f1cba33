"""Model-free tests of verb patterns and the phrases around them: "fired warning shots at a
Turkish fishing boat on Sunday" is "fire at" (a time phrase "on Sunday" is no particle of the
verb), lifting a veto is a yield (CONCEDE), not the veto again, and blocking a sanctions
package is a veto (REJECT) of the sanctions, which are not told as imposed. Docs are built by hand in
the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2024-03-04"

PARSES = {
    "Greek coast guard ships fired warning shots at a Turkish fishing boat on Sunday.": [
        ("Greek", 3, "amod", "ADJ", "JJ", "greek"),
        ("coast", 2, "compound", "NOUN", "NN", "coast"),
        ("guard", 3, "compound", "NOUN", "NN", "guard"),
        ("ships", 4, "nsubj", "NOUN", "NNS", "ship"),
        ("fired", 4, "ROOT", "VERB", "VBD", "fire"),
        ("warning", 6, "compound", "NOUN", "NN", "warning"),
        ("shots", 4, "dobj", "NOUN", "NNS", "shot"),
        ("at", 4, "prep", "ADP", "IN", "at"),
        ("a", 11, "det", "DET", "DT", "a"),
        ("Turkish", 11, "amod", "ADJ", "JJ", "turkish"),
        ("fishing", 11, "compound", "NOUN", "NN", "fishing"),
        ("boat", 7, "pobj", "NOUN", "NN", "boat"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Sunday", 12, "pobj", "PROPN", "NNP", "Sunday"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Austria lifted its veto on Romania's Schengen membership after months of talks.": [
        ("Austria", 1, "nsubj", "PROPN", "NNP", "Austria"),
        ("lifted", 1, "ROOT", "VERB", "VBD", "lift"),
        ("its", 3, "poss", "PRON", "PRP$", "its"),
        ("veto", 1, "dobj", "NOUN", "NN", "veto"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Romania", 8, "poss", "PROPN", "NNP", "Romania"),
        ("'s", 5, "case", "PART", "POS", "'s"),
        ("Schengen", 8, "compound", "PROPN", "NNP", "Schengen"),
        ("membership", 4, "pobj", "NOUN", "NN", "membership"),
        ("after", 1, "prep", "ADP", "IN", "after"),
        ("months", 9, "pobj", "NOUN", "NNS", "month"),
        ("of", 10, "prep", "ADP", "IN", "of"),
        ("talks", 11, "pobj", "NOUN", "NNS", "talk"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Slovakia blocked a new EU sanctions package against Belarus on Monday.": [
        ("Slovakia", 1, "nsubj", "PROPN", "NNP", "Slovakia"),
        ("blocked", 1, "ROOT", "VERB", "VBD", "block"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("new", 6, "amod", "ADJ", "JJ", "new"),
        ("EU", 5, "compound", "PROPN", "NNP", "EU"),
        ("sanctions", 6, "compound", "NOUN", "NNS", "sanction"),
        ("package", 1, "dobj", "NOUN", "NN", "package"),
        ("against", 6, "prep", "ADP", "IN", "against"),
        ("Belarus", 7, "pobj", "PROPN", "NNP", "Belarus"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Monday", 9, "pobj", "PROPN", "NNP", "Monday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_a_time_phrase_is_no_particle(coder: Coder) -> None:
    text = "Greek coast guard ships fired warning shots at a Turkish fishing boat on Sunday."
    assert coded(coder, text) == [("ASSAULT", ["GRC"], ["TUR"])]


def test_lifting_a_veto_is_a_yield(coder: Coder) -> None:
    text = "Austria lifted its veto on Romania's Schengen membership after months of talks."
    assert coded(coder, text) == [("CONCEDE", ["AUT"], ["ROU"])]


def test_blocking_a_sanctions_package_vetoes_it(coder: Coder) -> None:
    text = "Slovakia blocked a new EU sanctions package against Belarus on Monday."
    assert coded(coder, text) == [("REJECT", ["SVK"], ["EU"])]
