"""Model-free tests of adjective labels, labels pinned on a deed just told, "the two men",
receiving a visitor, and acting at someone's request (EVENTS.md sections 2 and 3).

"called the measures unjustified" accuses whoever took the measures the text just told;
"said the vote was illegal" accuses whoever held it. "The two men met" after a sentence
about Aliyev and Pashinyan is the two of them. "Putin received Lukashenko" hosts a visit,
while "received weapons" hosts no one. Acting "at the request of Merkel" was asked by her.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written
for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2021-06-10"

PARSES = {
    "Riyadh cut ties with Doha.": [
        ("Riyadh", 1, "nsubj", "PROPN", "NNP", "Riyadh"),
        ("cut", 1, "ROOT", "VERB", "VBD", "cut"),
        ("ties", 1, "dobj", "NOUN", "NNS", "tie"),
        ("with", 2, "prep", "ADP", "IN", "with"),
        ("Doha", 3, "pobj", "PROPN", "NNP", "Doha"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Qatar's foreign ministry called the measures unjustified.": [
        ("Qatar", 3, "poss", "PROPN", "NNP", "Qatar"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("foreign", 3, "amod", "ADJ", "JJ", "foreign"),
        ("ministry", 4, "nsubj", "NOUN", "NN", "ministry"),
        ("called", 4, "ROOT", "VERB", "VBD", "call"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("measures", 4, "dobj", "NOUN", "NNS", "measure"),
        ("unjustified", 4, "oprd", "ADJ", "JJ", "unjustified"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Moscow said the vote was illegal.": [
        ("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("vote", 4, "nsubj", "NOUN", "NN", "vote"),
        ("was", 1, "ccomp", "AUX", "VBD", "be"),
        ("illegal", 4, "acomp", "ADJ", "JJ", "illegal"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Putin received Lukashenko in Sochi.": [
        ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
        ("received", 1, "ROOT", "VERB", "VBD", "receive"),
        ("Lukashenko", 1, "dobj", "PROPN", "NNP", "Lukashenko"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Sochi", 3, "pobj", "PROPN", "NNP", "Sochi"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Ukraine received weapons.": [
        ("Ukraine", 1, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("received", 1, "ROOT", "VERB", "VBD", "receive"),
        ("weapons", 1, "dobj", "NOUN", "NNS", "weapon"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Aliyev and Pashinyan signed a deal.": [
        ("Aliyev", 3, "nsubj", "PROPN", "NNP", "Aliyev"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Pashinyan", 0, "conj", "PROPN", "NNP", "Pashinyan"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("deal", 3, "dobj", "NOUN", "NN", "deal"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The two men met in June.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("two", 2, "nummod", "NUM", "CD", "two"),
        ("men", 3, "nsubj", "NOUN", "NNS", "man"),
        ("met", 3, "ROOT", "VERB", "VBD", "meet"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("June", 4, "pobj", "PROPN", "NNP", "June"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Turkey suspended its survey work at the request of Merkel.": [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("suspended", 1, "ROOT", "VERB", "VBD", "suspend"),
        ("its", 4, "poss", "PRON", "PRP$", "its"),
        ("survey", 4, "compound", "NOUN", "NN", "survey"),
        ("work", 1, "dobj", "NOUN", "NN", "work"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("request", 5, "pobj", "NOUN", "NN", "request"),
        ("of", 7, "prep", "ADP", "IN", "of"),
        ("Merkel", 8, "pobj", "PROPN", "NNP", "Merkel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Turkey sent a ship into Greek waters.": [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("ship", 1, "dobj", "NOUN", "NN", "ship"),
        ("into", 1, "prep", "ADP", "IN", "into"),
        ("Greek", 6, "amod", "ADJ", "JJ", "greek"),
        ("waters", 4, "pobj", "NOUN", "NNS", "water"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Athens called the move an escalation.": [
        ("Athens", 1, "nsubj", "PROPN", "NNP", "Athens"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("move", 1, "dobj", "NOUN", "NN", "move"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("escalation", 1, "oprd", "NOUN", "NN", "escalation"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Washington condemned the reversal.": [
        ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("reversal", 1, "dobj", "NOUN", "NN", "reversal"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, *texts: str) -> list[tuple[str, str, list[str], list[str]]]:
    return summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))


def test_an_adjective_label_on_a_deed_just_told_accuses_its_doer(coder: Coder) -> None:
    events = coded(coder, "Riyadh cut ties with Doha.",
                   "Qatar's foreign ministry called the measures unjustified.")
    assert ("ACCUSE", "asserted", ["QAT"], ["SAU"]) in events


def test_a_deed_called_unjustified_with_nothing_told_before_accuses_no_one(coder: Coder) -> None:
    events = coded(coder, "Qatar's foreign ministry called the measures unjustified.")
    assert [e for e in events if e[0] == "ACCUSE"] == []


def test_saying_a_deed_was_illegal_accuses_whoever_did_it(coder: Coder) -> None:
    events = coded(coder, "Riyadh cut ties with Doha.", "Moscow said the vote was illegal.")
    assert ("ACCUSE", "asserted", ["RUS"], ["SAU"]) in events


def test_the_two_men_are_the_pair_told_before(coder: Coder) -> None:
    events = coded(coder, "Aliyev and Pashinyan signed a deal.", "The two men met in June.")
    assert ("CONSULT", "asserted", ["AZE", "ARM"], []) in events


def test_receiving_a_named_visitor_hosts_a_visit(coder: Coder) -> None:
    # (The visitor is the actor and the host the recipient, as EVENTS.md wants a visit.)
    assert coded(coder, "Putin received Lukashenko in Sochi.") == [
        ("CONSULT", "asserted", ["BLR"], ["RUS"])]


def test_receiving_a_thing_hosts_no_one(coder: Coder) -> None:
    assert [e for e in coded(coder, "Ukraine received weapons.") if e[0] == "CONSULT"] == []


def test_acting_at_the_request_of_someone_was_asked_by_them(coder: Coder) -> None:
    events = coded(coder, "Turkey suspended its survey work at the request of Merkel.")
    assert ("REQUEST", "asserted", ["DEU"], ["TUR"]) in events


def test_calling_a_move_just_told_an_escalation_accuses_its_doer(coder: Coder) -> None:
    events = coded(coder, "Turkey sent a ship into Greek waters.",
                   "Athens called the move an escalation.")
    assert ("ACCUSE", "asserted", ["GRC"], ["TUR"]) in events


def test_condemning_a_reversal_just_told_accuses_its_doer(coder: Coder) -> None:
    events = coded(coder, "Turkey sent a ship into Greek waters.",
                   "Washington condemned the reversal.")
    assert ("ACCUSE", "asserted", ["USA"], ["TUR"]) in events
