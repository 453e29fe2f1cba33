"""Model-free tests of vows and of the other party hung on what an act is of or for.

A vow of force is a threat ("vowed to retaliate against Israel", "vowed to continue
fighting", "vowed to punish Israel": CAMEO 13x), a vow to cooperate an agreement, and an oath of office no event; a
suspension "of air links with Serbia" is aimed at Serbia; reservists mobilised "for a possible
war against Iraq" are readied against Iraq; halting gas supplies to a state is a SANCTION. Docs
are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2024-10-02"

PARSES = {
    "Hezbollah vowed to retaliate against Israel.": [
        ("Hezbollah", 1, "nsubj", "PROPN", "NNP", "Hezbollah"),
        ("vowed", 1, "ROOT", "VERB", "VBD", "vow"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("retaliate", 1, "xcomp", "VERB", "VB", "retaliate"),
        ("against", 3, "prep", "ADP", "IN", "against"),
        ("Israel", 4, "pobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The Taliban vowed to continue fighting.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("Taliban", 2, "nsubj", "PROPN", "NNP", "Taliban"),
        ("vowed", 2, "ROOT", "VERB", "VBD", "vow"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("continue", 2, "xcomp", "VERB", "VB", "continue"),
        ("fighting", 4, "xcomp", "VERB", "VBG", "fight"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Iran vowed to keep talking with the United States.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("vowed", 1, "ROOT", "VERB", "VBD", "vow"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("keep", 1, "xcomp", "VERB", "VB", "keep"),
        ("talking", 3, "xcomp", "VERB", "VBG", "talk"),
        ("with", 4, "prep", "ADP", "IN", "with"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("United", 8, "compound", "PROPN", "NNP", "United"),
        ("States", 5, "pobj", "PROPN", "NNP", "States"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Iran's new president was sworn in on Tuesday.": [
        ("Iran", 3, "poss", "PROPN", "NNP", "Iran"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("new", 3, "amod", "ADJ", "JJ", "new"),
        ("president", 5, "nsubjpass", "NOUN", "NN", "president"),
        ("was", 5, "auxpass", "AUX", "VBD", "be"),
        ("sworn", 5, "ROOT", "VERB", "VBN", "swear"),
        ("in", 5, "prt", "ADP", "RP", "in"),
        ("on", 5, "prep", "ADP", "IN", "on"),
        ("Tuesday", 7, "pobj", "PROPN", "NNP", "Tuesday"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Italy announced a suspension of air links with Serbia.": [
        ("Italy", 1, "nsubj", "PROPN", "NNP", "Italy"),
        ("announced", 1, "ROOT", "VERB", "VBD", "announce"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("suspension", 1, "dobj", "NOUN", "NN", "suspension"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("air", 6, "compound", "NOUN", "NN", "air"),
        ("links", 4, "pobj", "NOUN", "NNS", "link"),
        ("with", 6, "prep", "ADP", "IN", "with"),
        ("Serbia", 7, "pobj", "PROPN", "NNP", "Serbia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Britain mobilized reservists for a possible war against Iraq.": [
        ("Britain", 1, "nsubj", "PROPN", "NNP", "Britain"),
        ("mobilized", 1, "ROOT", "VERB", "VBD", "mobilize"),
        ("reservists", 1, "dobj", "NOUN", "NNS", "reservist"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("possible", 6, "amod", "ADJ", "JJ", "possible"),
        ("war", 3, "pobj", "NOUN", "NN", "war"),
        ("against", 6, "prep", "ADP", "IN", "against"),
        ("Iraq", 7, "pobj", "PROPN", "NNP", "Iraq"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia halted gas supplies to Ukraine.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("halted", 1, "ROOT", "VERB", "VBD", "halt"),
        ("gas", 3, "compound", "NOUN", "NN", "gas"),
        ("supplies", 1, "dobj", "NOUN", "NNS", "supply"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Ukraine", 4, "pobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Hezbollah vowed to punish Israel.": [
        ("Hezbollah", 1, "nsubj", "PROPN", "NNP", "Hezbollah"),
        ("vowed", 1, "ROOT", "VERB", "VBD", "vow"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("punish", 1, "xcomp", "VERB", "VB", "punish"),
        ("Israel", 3, "dobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Israel said it would respond with force.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("respond", 1, "ccomp", "VERB", "VB", "respond"),
        ("with", 4, "prep", "ADP", "IN", "with"),
        ("force", 5, "pobj", "NOUN", "NN", "force"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Israel said it would respond to the letter.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("respond", 1, "ccomp", "VERB", "VB", "respond"),
        ("to", 4, "prep", "ADP", "IN", "to"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("letter", 5, "pobj", "NOUN", "NN", "letter"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_vow_of_force_is_a_threat(coder: Coder) -> None:
    assert coded(coder, "Hezbollah vowed to retaliate against Israel.") == [
        ("THREATEN", "asserted", ["HEZBOLLAH"], ["ISR"]),
        ("ASSAULT", "future", ["HEZBOLLAH"], ["ISR"]),
    ]


def test_a_vow_to_carry_on_fighting_is_a_threat(coder: Coder) -> None:
    found = coded(coder, "The Taliban vowed to continue fighting.")
    # (In 2024 the Taliban are Afghanistan's de facto government: AFG.)
    assert ("THREATEN", "asserted", ["AFG"], []) in found
    assert not any(ev[0] == "AGREE" for ev in found)


def test_a_vow_to_keep_talking_is_an_agreement(coder: Coder) -> None:
    found = coded(coder, "Iran vowed to keep talking with the United States.")
    assert ("AGREE", "asserted", ["IRN"], ["USA"]) in found
    assert not any(ev[0] == "THREATEN" for ev in found)


def test_an_oath_of_office_is_no_event(coder: Coder) -> None:
    assert coded(coder, "Iran's new president was sworn in on Tuesday.") == []


def test_a_suspension_is_aimed_at_the_party_of_what_is_suspended(coder: Coder) -> None:
    assert coded(coder, "Italy announced a suspension of air links with Serbia.") == [
        ("SANCTION", "asserted", ["ITA"], ["SRB"])]


def test_forces_readied_for_a_war_are_readied_against_its_target(coder: Coder) -> None:
    assert coded(coder, "Britain mobilized reservists for a possible war against Iraq.") == [
        ("MOBILIZE", "asserted", ["GBR"], ["IRQ"])]


def test_halting_supplies_to_a_state_is_a_sanction(coder: Coder) -> None:
    assert coded(coder, "Russia halted gas supplies to Ukraine.") == [
        ("SANCTION", "asserted", ["RUS"], ["UKR"])]


def test_a_vow_to_punish_is_a_threat(coder: Coder) -> None:
    assert coded(coder, "Hezbollah vowed to punish Israel.") == [
        ("THREATEN", "asserted", ["HEZBOLLAH"], ["ISR"])]


def test_saying_one_will_respond_with_force_is_a_threat(coder: Coder) -> None:
    assert coded(coder, "Israel said it would respond with force.") == [
        ("ASSAULT", "future", ["ISR"], []), ("THREATEN", "asserted", ["ISR"], [])]
    # (A bare "respond" answers anything.)
    assert coded(coder, "Israel said it would respond to the letter.") == []
