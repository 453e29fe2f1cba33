"""Model-free tests of clauses joined to what is said (EVENTS.md sections 2 and 5).

"said Togo had shelled its posts and that Ghana would defend its sovereignty": the second
clause is said as directly as the first, so its "would" is a future in reported speech, and
the speaker announcing its own side's force there threatens now (CAMEO 13x). A "would" joined
to a plain clause ("Togo shelled Ghana and would attack Benin") stays hypothetical. Working
with another party is cooperating with it; being ready to is an intent to cooperate. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder
from parley.records import EventMention

PUBLISHED = "2024-05-10"

PARSES = {
    "Ghana's president said Togo had shelled its border posts and that Ghana would defend its sovereignty.": [
        ("Ghana", 2, "poss", "PROPN", "NNP", "Ghana"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("president", 3, "nsubj", "NOUN", "NN", "president"),
        ("said", 3, "ROOT", "VERB", "VBD", "say"),
        ("Togo", 6, "nsubj", "PROPN", "NNP", "Togo"),
        ("had", 6, "aux", "AUX", "VBD", "have"),
        ("shelled", 3, "ccomp", "VERB", "VBN", "shell"),
        ("its", 9, "poss", "PRON", "PRP$", "its"),
        ("border", 9, "compound", "NOUN", "NN", "border"),
        ("posts", 6, "dobj", "NOUN", "NNS", "post"),
        ("and", 6, "cc", "CCONJ", "CC", "and"),
        ("that", 14, "mark", "SCONJ", "IN", "that"),
        ("Ghana", 14, "nsubj", "PROPN", "NNP", "Ghana"),
        ("would", 14, "aux", "AUX", "MD", "would"),
        ("defend", 6, "conj", "VERB", "VB", "defend"),
        ("its", 16, "poss", "PRON", "PRP$", "its"),
        ("sovereignty", 14, "dobj", "NOUN", "NN", "sovereignty"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Chile said it did not want a war with Peru but would defend its borders.": [
        ("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 5, "nsubj", "PRON", "PRP", "it"),
        ("did", 5, "aux", "AUX", "VBD", "do"),
        ("not", 5, "neg", "PART", "RB", "not"),
        ("want", 1, "ccomp", "VERB", "VB", "want"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("war", 5, "dobj", "NOUN", "NN", "war"),
        ("with", 7, "prep", "ADP", "IN", "with"),
        ("Peru", 8, "pobj", "PROPN", "NNP", "Peru"),
        ("but", 5, "cc", "CCONJ", "CC", "but"),
        ("would", 12, "aux", "AUX", "MD", "would"),
        ("defend", 5, "conj", "VERB", "VB", "defend"),
        ("its", 14, "poss", "PRON", "PRP$", "its"),
        ("borders", 12, "dobj", "NOUN", "NNS", "border"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Togo shelled Ghana and would attack Benin.": [
        ("Togo", 1, "nsubj", "PROPN", "NNP", "Togo"),
        ("shelled", 1, "ROOT", "VERB", "VBD", "shell"),
        ("Ghana", 1, "dobj", "PROPN", "NNP", "Ghana"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("would", 5, "aux", "AUX", "MD", "would"),
        ("attack", 1, "conj", "VERB", "VB", "attack"),
        ("Benin", 5, "dobj", "PROPN", "NNP", "Benin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Peru said it was ready to work with Chile.": [
        ("Peru", 1, "nsubj", "PROPN", "NNP", "Peru"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 3, "nsubj", "PRON", "PRP", "it"),
        ("was", 1, "ccomp", "AUX", "VBD", "be"),
        ("ready", 3, "acomp", "ADJ", "JJ", "ready"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("work", 4, "xcomp", "VERB", "VB", "work"),
        ("with", 6, "prep", "ADP", "IN", "with"),
        ("Chile", 7, "pobj", "PROPN", "NNP", "Chile"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[EventMention]:
    return code_one(coder, text, PARSES[text], PUBLISHED)


def found(events: list[EventMention], event: str, status: str = "asserted") -> list[tuple]:
    return [([e.code for e in ev.actor], [e.code for e in ev.recipient]) for ev in events
            if ev.event == event and ev.status == status]


def test_a_clause_joined_to_a_reported_one_is_reported_too(coder: Coder) -> None:
    events = coded(coder, "Ghana's president said Togo had shelled its border posts and that "
                          "Ghana would defend its sovereignty.")
    assert [[e.code for e in ev.actor] for ev in events if ev.event == "ASSAULT"
            and ev.status == "asserted"] == [["TGO"]]
    assert [ev.status for ev in events if ev.event == "ASSAULT" and ev.actor[0].code == "GHA"] == [
        "future"]
    assert [[e.code for e in ev.actor] for ev in events if ev.event == "THREATEN"
            and ev.status == "asserted"] == [["GHA"]]


def test_would_after_but_in_what_is_said_announces_force(coder: Coder) -> None:
    events = coded(coder, "Chile said it did not want a war with Peru but would defend its borders.")
    assert [[e.code for e in ev.actor] for ev in events if ev.event == "THREATEN"
            and ev.status == "asserted"] == [["CHL"]]
    assert not found(events, "ASSAULT")


def test_would_joined_to_a_told_act_is_no_report(coder: Coder) -> None:
    events = coded(coder, "Togo shelled Ghana and would attack Benin.")
    assert found(events, "ASSAULT") == [(["TGO"], ["GHA"])]
    assert found(events, "ASSAULT", "hypothetical") == [(["TGO"], ["BEN"])]
    assert not found(events, "THREATEN")


def test_ready_to_work_with_another_is_an_intent_to_cooperate(coder: Coder) -> None:
    events = coded(coder, "Peru said it was ready to work with Chile.")
    assert found(events, "AGREE") == [(["PER"], ["CHL"])]
    assert found(events, "COOPERATE", "hypothetical") == [(["PER", "CHL"], [])]
    assert not found(events, "COOPERATE")
