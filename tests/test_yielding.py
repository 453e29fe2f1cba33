"""Model-free tests of refusing to yield, force not ruled out, European governments and the
subject a sentence with no event leaves for "it".

"will not back down" refuses to yield (REJECT, CAMEO 124); "has not ruled out taking Taiwan by
force" threatens force, while not ruling out talks is no act; "European governments" are the
EU; after "The People's Liberation Army practised a blockade", "It" is China even though that
sentence codes no event. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2022-08-12"

PARSES = {
    "Taiwan will not back down, Tsai said.": [
        ("Taiwan", 3, "nsubj", "PROPN", "NNP", "Taiwan"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("back", 7, "ccomp", "VERB", "VB", "back"),
        ("down", 3, "prt", "ADP", "RP", "down"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("Tsai", 7, "nsubj", "PROPN", "NNP", "Tsai"),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
    "Beijing has not ruled out taking Taiwan by force.": [
        ("Beijing", 3, "nsubj", "PROPN", "NNP", "Beijing"),
        ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("ruled", 3, "ROOT", "VERB", "VBN", "rule"),
        ("out", 3, "prt", "ADP", "RP", "out"),
        ("taking", 3, "xcomp", "VERB", "VBG", "take"),
        ("Taiwan", 5, "dobj", "PROPN", "NNP", "Taiwan"),
        ("by", 5, "prep", "ADP", "IN", "by"),
        ("force", 7, "pobj", "NOUN", "NN", "force"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Israel has not ruled out talks with Hamas.": [
        ("Israel", 3, "nsubj", "PROPN", "NNP", "Israel"),
        ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("ruled", 3, "ROOT", "VERB", "VBN", "rule"),
        ("out", 3, "prt", "ADP", "RP", "out"),
        ("talks", 3, "dobj", "NOUN", "NNS", "talk"),
        ("with", 5, "prep", "ADP", "IN", "with"),
        ("Hamas", 6, "pobj", "PROPN", "NNP", "Hamas"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "European governments condemned the incursion.": [
        ("European", 1, "amod", "ADJ", "JJ", "european"),
        ("governments", 2, "nsubj", "NOUN", "NNS", "government"),
        ("condemned", 2, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("incursion", 2, "dobj", "NOUN", "NN", "incursion"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "The People's Liberation Army practised a blockade of the island.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("People", 4, "poss", "PROPN", "NNPS", "People"),
        ("'s", 1, "case", "PART", "POS", "'s"),
        ("Liberation", 4, "compound", "PROPN", "NNP", "Liberation"),
        ("Army", 5, "nsubj", "PROPN", "NNP", "Army"),
        ("practised", 5, "ROOT", "VERB", "VBD", "practise"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("blockade", 5, "dobj", "NOUN", "NN", "blockade"),
        ("of", 7, "prep", "ADP", "IN", "of"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("island", 8, "pobj", "NOUN", "NN", "island"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "It sanctioned Japan on Friday.": [
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("sanctioned", 1, "ROOT", "VERB", "VBD", "sanction"),
        ("Japan", 1, "dobj", "PROPN", "NNP", "Japan"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Friday", 3, "pobj", "PROPN", "NNP", "Friday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_not_backing_down_refuses_to_yield(coder: Coder) -> None:
    assert coded(coder, "Taiwan will not back down, Tsai said.") == [
        ("REJECT", "asserted", ["TWN"], [])]


def test_force_not_ruled_out_is_a_threat(coder: Coder) -> None:
    assert coded(coder, "Beijing has not ruled out taking Taiwan by force.") == [
        ("THREATEN", "asserted", ["CHN"], ["TWN"])]


def test_talks_not_ruled_out_are_no_asserted_act(coder: Coder) -> None:
    found = coded(coder, "Israel has not ruled out talks with Hamas.")
    assert not any(ev[1] == "asserted" for ev in found)


def test_european_governments_are_the_eu(coder: Coder) -> None:
    assert coded(coder, "European governments condemned the incursion.") == [
        ("ACCUSE", "asserted", ["EU"], [])]


def test_it_is_the_subject_of_a_sentence_that_coded_no_event(coder: Coder) -> None:
    texts = ["The People's Liberation Army practised a blockade of the island.",
             "It sanctioned Japan on Friday."]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)
    assert [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events] == [("SANCTION", ["CHN"], ["JPN"])]
