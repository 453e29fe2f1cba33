"""Model-free tests of lexicon rows learnt from the third development set's kinds of text.

Forces crossing into a state invade it; holding a state responsible accuses it (the parser
makes "responsible" a clause); drones sent toward a state attack it; tariffs on a state's goods
and halted imports from it are SANCTIONs; exercises around a state are aimed at it. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2022-08-03"

PARSES = {
    "Turkish troops crossed into Syria later in the day.": [
        ("Turkish", 1, "amod", "ADJ", "JJ", "turkish"),
        ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
        ("crossed", 2, "ROOT", "VERB", "VBD", "cross"),
        ("into", 2, "prep", "ADP", "IN", "into"),
        ("Syria", 3, "pobj", "PROPN", "NNP", "Syria"),
        ("later", 6, "advmod", "ADV", "RB", "later"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("day", 6, "pobj", "NOUN", "NN", "day"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Tehran said it held the United States responsible.": [
        ("Tehran", 1, "nsubj", "PROPN", "NNP", "Tehran"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 3, "nsubj", "PRON", "PRP", "it"),
        ("held", 1, "ccomp", "VERB", "VBD", "hold"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("United", 6, "compound", "PROPN", "NNP", "United"),
        ("States", 3, "dobj", "PROPN", "NNP", "States"),
        ("responsible", 3, "ccomp", "ADJ", "JJ", "responsible"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Iran had sent around 100 drones toward Israel.": [
        ("Iran", 2, "nsubj", "PROPN", "NNP", "Iran"),
        ("had", 2, "aux", "AUX", "VBD", "have"),
        ("sent", 2, "ROOT", "VERB", "VBN", "send"),
        ("around", 4, "advmod", "ADV", "RB", "around"),
        ("100", 5, "nummod", "NUM", "CD", "100"),
        ("drones", 2, "dobj", "NOUN", "NNS", "drone"),
        ("toward", 2, "prep", "ADP", "IN", "toward"),
        ("Israel", 6, "pobj", "PROPN", "NNP", "Israel"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Trump also announced higher tariffs on Turkish steel.": [
        ("Trump", 2, "nsubj", "PROPN", "NNP", "Trump"),
        ("also", 2, "advmod", "ADV", "RB", "also"),
        ("announced", 2, "ROOT", "VERB", "VBD", "announce"),
        ("higher", 4, "amod", "ADJ", "JJR", "high"),
        ("tariffs", 2, "dobj", "NOUN", "NNS", "tariff"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Turkish", 7, "amod", "ADJ", "JJ", "turkish"),
        ("steel", 5, "pobj", "NOUN", "NN", "steel"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Beijing halted imports of citrus fruit from Taiwan.": [
        ("Beijing", 1, "nsubj", "PROPN", "NNP", "Beijing"),
        ("halted", 1, "ROOT", "VERB", "VBD", "halt"),
        ("imports", 1, "dobj", "NOUN", "NNS", "import"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("citrus", 5, "amod", "ADJ", "JJ", "citrus"),
        ("fruit", 3, "pobj", "NOUN", "NN", "fruit"),
        ("from", 2, "prep", "ADP", "IN", "from"),
        ("Taiwan", 6, "pobj", "PROPN", "NNP", "Taiwan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "China announced live-fire exercises around Taiwan.": [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("announced", 1, "ROOT", "VERB", "VBD", "announce"),
        ("live", 4, "amod", "ADJ", "JJ", "live"),
        ("-", 4, "punct", "PUNCT", "HYPH", "-"),
        ("fire", 5, "compound", "NOUN", "NN", "fire"),
        ("exercises", 1, "dobj", "NOUN", "NNS", "exercise"),
        ("around", 5, "prep", "ADP", "IN", "around"),
        ("Taiwan", 6, "pobj", "PROPN", "NNP", "Taiwan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_crossing_into_a_state_is_an_incursion(coder: Coder) -> None:
    assert coded(coder, "Turkish troops crossed into Syria later in the day.") == [
        ("ASSAULT", "asserted", ["TUR"], ["SYR"])]


def test_holding_a_state_responsible_accuses_it(coder: Coder) -> None:
    assert coded(coder, "Tehran said it held the United States responsible.") == [
        ("ACCUSE", "asserted", ["IRN"], ["USA"])]


def test_drones_sent_toward_a_state_attack_it(coder: Coder) -> None:
    assert coded(coder, "Iran had sent around 100 drones toward Israel.") == [
        ("ASSAULT", "asserted", ["IRN"], ["ISR"])]


def test_tariffs_on_a_state_s_goods_sanction_it(coder: Coder) -> None:
    assert coded(coder, "Trump also announced higher tariffs on Turkish steel.") == [
        ("SANCTION", "asserted", ["USA"], ["TUR"])]


def test_halted_imports_sanction_the_exporter(coder: Coder) -> None:
    assert coded(coder, "Beijing halted imports of citrus fruit from Taiwan.") == [
        ("SANCTION", "asserted", ["CHN"], ["TWN"])]


def test_exercises_around_a_state_are_aimed_at_it(coder: Coder) -> None:
    assert coded(coder, "China announced live-fire exercises around Taiwan.") == [
        ("MOBILIZE", "asserted", ["CHN"], ["TWN"])]
