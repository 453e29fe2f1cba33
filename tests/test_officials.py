"""Model-free tests of officials the text names without their state, and of bodies named
by the noun that ends their name (EVENTS.md section 3).

"A ministry spokesman, Chen Mo, urged Manila to stop", in a story whose two sides are
China and the Philippines, is China's: an official of no state named who speaks against
one side is of the other. "The council" after "the UN Security Council" is the UN. Docs
are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2025-06-20"

PARSES = {
    "China blamed the Philippines for the clash.": [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("blamed", 1, "ROOT", "VERB", "VBD", "blame"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("Philippines", 1, "dobj", "PROPN", "NNP", "Philippines"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("clash", 4, "pobj", "NOUN", "NN", "clash"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The Philippines accused China of aggression.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("Philippines", 2, "nsubj", "PROPN", "NNP", "Philippines"),
        ("accused", 2, "ROOT", "VERB", "VBD", "accuse"),
        ("China", 2, "dobj", "PROPN", "NNP", "China"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("aggression", 4, "pobj", "NOUN", "NN", "aggression"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "A ministry spokesman, Chen Mo, urged Manila to stop.": [
        ("A", 2, "det", "DET", "DT", "a"),
        ("ministry", 2, "compound", "NOUN", "NN", "ministry"),
        ("spokesman", 7, "nsubj", "NOUN", "NN", "spokesman"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("Chen", 5, "compound", "PROPN", "NNP", "Chen"),
        ("Mo", 2, "appos", "PROPN", "NNP", "Mo"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("urged", 7, "ROOT", "VERB", "VBD", "urge"),
        ("Manila", 7, "dobj", "PROPN", "NNP", "Manila"),
        ("to", 10, "aux", "PART", "TO", "to"),
        ("stop", 7, "xcomp", "VERB", "VB", "stop"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
    "A ministry spokesman, Chen Mo, urged Manila and Washington to stop.": [
        ("A", 2, "det", "DET", "DT", "a"),
        ("ministry", 2, "compound", "NOUN", "NN", "ministry"),
        ("spokesman", 7, "nsubj", "NOUN", "NN", "spokesman"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("Chen", 5, "compound", "PROPN", "NNP", "Chen"),
        ("Mo", 2, "appos", "PROPN", "NNP", "Mo"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("urged", 7, "ROOT", "VERB", "VBD", "urge"),
        ("Manila", 7, "dobj", "PROPN", "NNP", "Manila"),
        ("and", 8, "cc", "CCONJ", "CC", "and"),
        ("Washington", 8, "conj", "PROPN", "NNP", "Washington"),
        ("to", 12, "aux", "PART", "TO", "to"),
        ("stop", 7, "xcomp", "VERB", "VB", "stop"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
    "The army chief, General Ramon Aguila, said the Chinese had lied, and he urged Beijing to leave.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("army", 2, "compound", "NOUN", "NN", "army"),
        ("chief", 8, "nsubj", "NOUN", "NN", "chief"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("General", 6, "compound", "PROPN", "NNP", "General"),
        ("Ramon", 6, "compound", "PROPN", "NNP", "Ramon"),
        ("Aguila", 2, "appos", "PROPN", "NNP", "Aguila"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("said", 8, "ROOT", "VERB", "VBD", "say"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("Chinese", 12, "nsubj", "PROPN", "NNPS", "Chinese"),
        ("had", 12, "aux", "AUX", "VBD", "have"),
        ("lied", 8, "ccomp", "VERB", "VBN", "lie"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ("and", 8, "cc", "CCONJ", "CC", "and"),
        ("he", 16, "nsubj", "PRON", "PRP", "he"),
        ("urged", 8, "conj", "VERB", "VBD", "urge"),
        ("Beijing", 16, "dobj", "PROPN", "NNP", "Beijing"),
        ("to", 19, "aux", "PART", "TO", "to"),
        ("leave", 16, "xcomp", "VERB", "VB", "leave"),
        (".", 16, "punct", "PUNCT", ".", "."),
    ],
    "A ministry spokesman, Chen Mo, said Manila bore the blame and urged it to stop.": [
        ("A", 2, "det", "DET", "DT", "a"),
        ("ministry", 2, "compound", "NOUN", "NN", "ministry"),
        ("spokesman", 7, "nsubj", "NOUN", "NN", "spokesman"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("Chen", 5, "compound", "PROPN", "NNP", "Chen"),
        ("Mo", 2, "appos", "PROPN", "NNP", "Mo"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
        ("Manila", 9, "nsubj", "PROPN", "NNP", "Manila"),
        ("bore", 7, "ccomp", "VERB", "VBD", "bear"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("blame", 9, "dobj", "NOUN", "NN", "blame"),
        ("and", 9, "cc", "CCONJ", "CC", "and"),
        ("urged", 9, "conj", "VERB", "VBD", "urge"),
        ("it", 13, "dobj", "PRON", "PRP", "it"),
        ("to", 16, "aux", "PART", "TO", "to"),
        ("stop", 13, "xcomp", "VERB", "VB", "stop"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
    "Kenya asked the UN Security Council to act.": [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
        ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("UN", 5, "compound", "PROPN", "NNP", "UN"),
        ("Security", 5, "compound", "PROPN", "NNP", "Security"),
        ("Council", 1, "dobj", "PROPN", "NNP", "Council"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("act", 1, "xcomp", "VERB", "VB", "act"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Kenya urged the council to punish Haiti.": [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
        ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("council", 1, "dobj", "NOUN", "NN", "council"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("punish", 1, "xcomp", "VERB", "VB", "punish"),
        ("Haiti", 5, "dobj", "PROPN", "NNP", "Haiti"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The council discussed the crisis.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("council", 2, "nsubj", "NOUN", "NN", "council"),
        ("discussed", 2, "ROOT", "VERB", "VBD", "discuss"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("crisis", 2, "dobj", "NOUN", "NN", "crisis"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}

#: Two sentences that make China and the Philippines the story's two sides.
SIDES = ("China blamed the Philippines for the clash.",
         "The Philippines accused China of aggression.")


def coded(coder: Coder, *texts: str) -> list[tuple]:
    return summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))


def test_an_official_speaking_against_one_side_is_of_the_other(coder: Coder) -> None:
    text = "A ministry spokesman, Chen Mo, urged Manila to stop."
    assert coded(coder, *SIDES, text)[-1] == ("REQUEST", "asserted", ["CHN"], ["PHL"])


def test_an_official_needs_the_storys_two_sides(coder: Coder) -> None:
    # (Told alone, the spokesman could be anyone's.)
    assert coded(coder, "A ministry spokesman, Chen Mo, urged Manila to stop.") == []


def test_an_official_speaking_to_another_state_too_stays_unknown(coder: Coder) -> None:
    text = "A ministry spokesman, Chen Mo, urged Manila and Washington to stop."
    assert len(coded(coder, *SIDES, text)) == 2


def test_he_after_an_official_is_the_official(coder: Coder) -> None:
    text = ("The army chief, General Ramon Aguila, said the Chinese had lied, and he urged "
            "Beijing to leave.")
    assert coded(coder, *SIDES, text)[-1] == ("REQUEST", "asserted", ["PHL"], ["CHN"])


def test_urging_it_is_not_the_named_subjects_act(coder: Coder) -> None:
    # The model joins "urged" to "bore": Manila cannot urge "it" (that would be "itself").
    text = "A ministry spokesman, Chen Mo, said Manila bore the blame and urged it to stop."
    assert coded(coder, *SIDES, text)[-1] == ("REQUEST", "asserted", ["CHN"], ["PHL"])


def test_the_council_is_the_body_named_before(coder: Coder) -> None:
    events = coded(coder, "Kenya asked the UN Security Council to act.",
                   "Kenya urged the council to punish Haiti.")
    assert ("REQUEST", "asserted", ["KEN"], ["UN"]) in events[1:]


def test_a_bodys_own_session_is_no_consultation(coder: Coder) -> None:
    events = coded(coder, "Kenya asked the UN Security Council to act.",
                   "The council discussed the crisis.")
    assert [e[0] for e in events] == ["REQUEST"]
