"""Model-free tests of an attack told again as a subject (EVENTS.md sections 3 to 5).

"Israel struck Syrian convoys on Tuesday. The strikes followed days of clashes that began on
Sunday": the strikes are the attack told, by Israel on Syria, on Tuesday; they happened,
whatever the clause says they did. What a speaker says the strikes were ("Netanyahu said the
strikes were a warning") tells no act. Docs are built by hand in the shape en_core_web_sm
3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2025-07-20"

PARSES = {
    "Israel struck Syrian convoys on Tuesday.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("struck", 1, "ROOT", "VERB", "VBD", "strike"),
        ("Syrian", 3, "amod", "ADJ", "JJ", "syrian"),
        ("convoys", 1, "dobj", "NOUN", "NNS", "convoy"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Tuesday", 4, "pobj", "PROPN", "NNP", "Tuesday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The strikes followed days of clashes that began on Sunday.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("strikes", 2, "nsubj", "NOUN", "NNS", "strike"),
        ("followed", 2, "ROOT", "VERB", "VBD", "follow"),
        ("days", 2, "dobj", "NOUN", "NNS", "day"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("clashes", 4, "pobj", "NOUN", "NNS", "clash"),
        ("that", 7, "nsubj", "PRON", "WDT", "that"),
        ("began", 5, "relcl", "VERB", "VBD", "begin"),
        ("on", 7, "prep", "ADP", "IN", "on"),
        ("Sunday", 8, "pobj", "PROPN", "NNP", "Sunday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Netanyahu said the strikes were a warning.": [
        ("Netanyahu", 1, "nsubj", "PROPN", "NNP", "Netanyahu"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("strikes", 4, "nsubj", "NOUN", "NNS", "strike"),
        ("were", 1, "ccomp", "AUX", "VBD", "be"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("warning", 4, "attr", "NOUN", "NN", "warning"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}

STRUCK = "Israel struck Syrian convoys on Tuesday."


def coded(coder: Coder, *texts: str) -> list:
    return code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)


def test_an_attack_told_again_as_a_subject_is_the_attack_told(coder: Coder) -> None:
    events = coded(coder, STRUCK, "The strikes followed days of clashes that began on Sunday.")
    again = [e for e in events if e.event_text.startswith("The strikes")]
    assert [(e.event, e.status, [a.code for a in e.actor], [r.code for r in e.recipient], e.date)
            for e in again] == [("ASSAULT", "asserted", ["ISR"], ["SYR"], "2025-07-15")]


def test_what_a_speaker_says_the_attack_was_tells_no_act(coder: Coder) -> None:
    events = coded(coder, STRUCK, "Netanyahu said the strikes were a warning.")
    assert not [e for e in events if e.event == "ASSAULT" and "Netanyahu" in e.event_text]


def test_a_sentence_naming_only_an_attack_is_worth_parsing(coder: Coder) -> None:
    assert coder.wants("The strikes followed days of clashes that began on Sunday.")
