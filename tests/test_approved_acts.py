"""Model-free tests of aid inside an object, aid packages, allowances into a place, and acts
approved.

"pledged 500 million euros in military aid to Ukraine" promises aid to Ukraine (a stated
intent, AGREE) and "a $1.5 billion aid package for Ukraine" is aid to Ukraine; "allowed fuel
deliveries into Gaza" concedes to Gaza's people; approving the release of prisoners decides a
release still to come (AGREE, with a future RETREAT), while approving a sanctions package is
the sanctions and approving a mobilisation orders it. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2020-09-12"

PARSES = {
    "Germany pledged another 500 million euros in military aid to Ukraine.": [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("pledged", 1, "ROOT", "VERB", "VBD", "pledge"),
        ("another", 5, "det", "DET", "DT", "another"),
        ("500", 4, "compound", "NUM", "CD", "500"),
        ("million", 5, "nummod", "NUM", "CD", "million"),
        ("euros", 1, "dobj", "NOUN", "NNS", "euro"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("military", 8, "amod", "ADJ", "JJ", "military"),
        ("aid", 6, "pobj", "NOUN", "NN", "aid"),
        ("to", 8, "prep", "ADP", "IN", "to"),
        ("Ukraine", 9, "pobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Japan announced a $1.5 billion aid package for Ukraine.": [
        ("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"),
        ("announced", 1, "ROOT", "VERB", "VBD", "announce"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("$", 5, "quantmod", "SYM", "$", "$"),
        ("1.5", 5, "compound", "NUM", "CD", "1.5"),
        ("billion", 7, "nummod", "NUM", "CD", "billion"),
        ("aid", 7, "compound", "NOUN", "NN", "aid"),
        ("package", 1, "dobj", "NOUN", "NN", "package"),
        ("for", 7, "prep", "ADP", "IN", "for"),
        ("Ukraine", 8, "pobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Israel allowed fuel deliveries into Gaza.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("allowed", 1, "ROOT", "VERB", "VBD", "allow"),
        ("fuel", 3, "compound", "NOUN", "NN", "fuel"),
        ("deliveries", 1, "dobj", "NOUN", "NNS", "delivery"),
        ("into", 1, "prep", "ADP", "IN", "into"),
        ("Gaza", 4, "pobj", "PROPN", "NNP", "Gaza"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The EU approved a new sanctions package against Russia.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("EU", 2, "nsubj", "PROPN", "NNP", "EU"),
        ("approved", 2, "ROOT", "VERB", "VBD", "approve"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("new", 6, "amod", "ADJ", "JJ", "new"),
        ("sanctions", 6, "compound", "NOUN", "NNS", "sanction"),
        ("package", 2, "dobj", "NOUN", "NN", "package"),
        ("against", 6, "prep", "ADP", "IN", "against"),
        ("Russia", 7, "pobj", "PROPN", "NNP", "Russia"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Afghan elders approved the release of 400 prisoners.": [
        ("Afghan", 1, "amod", "ADJ", "JJ", "afghan"),
        ("elders", 2, "nsubj", "NOUN", "NNS", "elder"),
        ("approved", 2, "ROOT", "VERB", "VBD", "approve"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("release", 2, "dobj", "NOUN", "NN", "release"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("400", 7, "nummod", "NUM", "CD", "400"),
        ("prisoners", 5, "pobj", "NOUN", "NNS", "prisoner"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Ukraine's parliament approved a partial mobilisation of the armed forces on Monday.": [
        ('Ukraine', 2, 'poss', 'PROPN', 'NNP', 'Ukraine'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('parliament', 3, 'nsubj', 'NOUN', 'NN', 'parliament'),
        ('approved', 3, 'ROOT', 'VERB', 'VBD', 'approve'),
        ('a', 6, 'det', 'DET', 'DT', 'a'),
        ('partial', 6, 'amod', 'ADJ', 'JJ', 'partial'),
        ('mobilisation', 3, 'dobj', 'NOUN', 'NN', 'mobilisation'),
        ('of', 6, 'prep', 'ADP', 'IN', 'of'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('armed', 10, 'amod', 'ADJ', 'JJ', 'armed'),
        ('forces', 7, 'pobj', 'NOUN', 'NNS', 'force'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 11, 'pobj', 'PROPN', 'NNP', 'Monday'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_aid_inside_the_object_goes_to_its_receiver(coder: Coder) -> None:
    text = "Germany pledged another 500 million euros in military aid to Ukraine."
    assert coded(coder, text) == [("AGREE", "asserted", ["DEU"], ["UKR"])]


def test_an_aid_package_for_a_state_is_aid_to_it(coder: Coder) -> None:
    text = next(t for t in PARSES if t.startswith("Japan"))
    assert coded(coder, text) == [("AID", "asserted", ["JPN"], ["UKR"])]


def test_deliveries_allowed_into_a_place_concede_to_its_state(coder: Coder) -> None:
    assert coded(coder, "Israel allowed fuel deliveries into Gaza.") == [
        ("CONCEDE", "asserted", ["ISR"], ["PSE"])]


def test_an_approved_sanctions_package_is_the_sanctions(coder: Coder) -> None:
    assert coded(coder, "The EU approved a new sanctions package against Russia.") == [
        ("SANCTION", "asserted", ["EU"], ["RUS"])]


def test_an_approved_release_is_decided_and_still_to_come(coder: Coder) -> None:
    assert coded(coder, "Afghan elders approved the release of 400 prisoners.") == [
        ("AGREE", "asserted", ["AFG"], []), ("RETREAT", "future", ["AFG"], [])]


def test_an_approved_mobilisation_is_ordered(coder: Coder) -> None:
    text = "Ukraine's parliament approved a partial mobilisation of the armed forces on Monday."
    assert coded(coder, text) == [("MOBILIZE", "asserted", ["UKR"], [])]
