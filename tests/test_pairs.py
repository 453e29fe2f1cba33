"""Model-free tests of meetings with a mediator and the pair they leave: "Serbia and Kosovo
spent several hours with the EU envoy" is a meeting of all three (time spent with someone is
a CONSULT), but "both countries" after it are still Serbia and Kosovo, the last two parties
that acted together. And "both leaders" a third party telephones are the sides of the story's
conflict, not the envoys who last attended its talks together. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2023-02-28"

TALKS = "Serbia and Kosovo held talks in Brussels on Monday."
HOURS = "Serbia and Kosovo spent several hours with the EU envoy."
BOTH = "Both countries agreed to meet again in March."
ENVOYS = "Envoys of France and Germany attended the talks."
CALLED = "Macron telephoned both leaders on Friday."

PARSES = {
    "Serbia and Kosovo held talks in Brussels on Monday.": [
        ("Serbia", 3, "nsubj", "PROPN", "NNP", "Serbia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Kosovo", 0, "conj", "PROPN", "NNP", "Kosovo"),
        ("held", 3, "ROOT", "VERB", "VBD", "hold"),
        ("talks", 3, "dobj", "NOUN", "NNS", "talk"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("Brussels", 5, "pobj", "PROPN", "NNP", "Brussels"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Monday", 7, "pobj", "PROPN", "NNP", "Monday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Serbia and Kosovo spent several hours with the EU envoy.": [
        ("Serbia", 3, "nsubj", "PROPN", "NNP", "Serbia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Kosovo", 0, "conj", "PROPN", "NNP", "Kosovo"),
        ("spent", 3, "ROOT", "VERB", "VBD", "spend"),
        ("several", 5, "amod", "ADJ", "JJ", "several"),
        ("hours", 3, "dobj", "NOUN", "NNS", "hour"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("EU", 9, "compound", "PROPN", "NNP", "EU"),
        ("envoy", 6, "pobj", "NOUN", "NN", "envoy"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Both countries agreed to meet again in March.": [
        ("Both", 1, "det", "DET", "DT", "both"),
        ("countries", 2, "nsubj", "NOUN", "NNS", "country"),
        ("agreed", 2, "ROOT", "VERB", "VBD", "agree"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("meet", 2, "xcomp", "VERB", "VB", "meet"),
        ("again", 4, "advmod", "ADV", "RB", "again"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("March", 6, "pobj", "PROPN", "NNP", "March"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Envoys of France and Germany attended the talks.": [
        ("Envoys", 5, "nsubj", "NOUN", "NNS", "envoy"),
        ("of", 0, "prep", "ADP", "IN", "of"),
        ("France", 1, "pobj", "PROPN", "NNP", "France"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("Germany", 2, "conj", "PROPN", "NNP", "Germany"),
        ("attended", 5, "ROOT", "VERB", "VBD", "attend"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("talks", 5, "dobj", "NOUN", "NNS", "talk"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Macron telephoned both leaders on Friday.": [
        ("Macron", 1, "nsubj", "PROPN", "NNP", "Macron"),
        ("telephoned", 1, "ROOT", "VERB", "VBD", "telephone"),
        ("both", 3, "det", "DET", "DT", "both"),
        ("leaders", 1, "dobj", "NOUN", "NNS", "leader"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Friday", 4, "pobj", "PROPN", "NNP", "Friday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def test_both_countries_after_a_mediated_meeting_are_the_pair(coder: Coder) -> None:
    events = code_doc(coder, [(s, PARSES[s]) for s in (TALKS, HOURS, BOTH)], PUBLISHED)
    assert [(ev.event, ev.status, sorted(e.code for e in ev.actor)) for ev in events] == [
        ("CONSULT", "asserted", ["SRB", "XKX"]),
        ("CONSULT", "asserted", ["EU", "SRB", "XKX"]),
        ("AGREE", "asserted", ["SRB", "XKX"]),
        ("CONSULT", "future", ["SRB", "XKX"]),
    ]


def test_both_leaders_are_the_sides_of_the_story_not_the_last_attendees(coder: Coder) -> None:
    events = code_doc(coder, [(s, PARSES[s]) for s in (TALKS, HOURS, ENVOYS, CALLED)], PUBLISHED,
                      infer=False)
    call = events[-1]
    assert (call.event, call.status) == ("CONSULT", "asserted")
    assert sorted(e.code for e in call.actor + call.recipient) == ["FRA", "SRB", "XKX"]


SPOKE = "Erdogan spoke to Putin by telephone."
SPOKE_ROWS = [
    ("Erdogan", 1, "nsubj", "PROPN", "NNP", "Erdogan"),
    ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
    ("to", 1, "prep", "ADP", "IN", "to"),
    ("Putin", 2, "pobj", "PROPN", "NNP", "Putin"),
    ("by", 1, "prep", "ADP", "IN", "by"),
    ("telephone", 4, "pobj", "NOUN", "NN", "telephone"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
TALKING = "Erdogan has kept talking to Putin."
TALKING_ROWS = [
    ("Erdogan", 2, "nsubj", "PROPN", "NNP", "Erdogan"),
    ("has", 2, "aux", "AUX", "VBZ", "have"),
    ("kept", 2, "ROOT", "VERB", "VBN", "keep"),
    ("talking", 2, "xcomp", "VERB", "VBG", "talk"),
    ("to", 3, "prep", "ADP", "IN", "to"),
    ("Putin", 4, "pobj", "PROPN", "NNP", "Putin"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_the_one_spoken_to_is_a_party_to_the_talk(coder: Coder) -> None:
    for text, rows in ((SPOKE, SPOKE_ROWS), (TALKING, TALKING_ROWS)):
        events = code_doc(coder, [(text, rows)], "2022-09-01", infer=False)
        assert [(ev.event, ev.status, sorted(e.code for e in ev.actor), ev.recipient)
                for ev in events] == [("CONSULT", "asserted", ["RUS", "TUR"], [])], text


SIGNED = "Armenia and Azerbaijan signed the agreement on Friday."
SIGNED_ROWS = [
    ("Armenia", 3, "nsubj", "PROPN", "NNP", "Armenia"),
    ("and", 0, "cc", "CCONJ", "CC", "and"),
    ("Azerbaijan", 0, "conj", "PROPN", "NNP", "Azerbaijan"),
    ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("agreement", 3, "dobj", "NOUN", "NN", "agreement"),
    ("on", 3, "prep", "ADP", "IN", "on"),
    ("Friday", 6, "pobj", "PROPN", "NNP", "Friday"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_signers_named_are_the_parties_of_the_agreement_they_sign(coder: Coder) -> None:
    # "the agreement" could refer back to the pair told before; the subject names its own.
    events = code_doc(coder, [(TALKS, PARSES[TALKS]), (SIGNED, SIGNED_ROWS)], PUBLISHED,
                      infer=False)
    signed = [ev for ev in events if ev.event == "AGREE" and ev.status == "asserted"]
    assert [sorted(e.code for e in ev.actor) for ev in signed] == [["ARM", "AZE"]]


PARTIES = "The United States agreed with the parties on steps to end the violence."
PARTIES_ROWS = [
    ("The", 2, "det", "DET", "DT", "the"),
    ("United", 2, "compound", "PROPN", "NNP", "United"),
    ("States", 3, "nsubj", "PROPN", "NNP", "States"),
    ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
    ("with", 3, "prep", "ADP", "IN", "with"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("parties", 4, "pobj", "NOUN", "NNS", "party"),
    ("on", 3, "prep", "ADP", "IN", "on"),
    ("steps", 7, "pobj", "NOUN", "NNS", "step"),
    ("to", 10, "aux", "PART", "TO", "to"),
    ("end", 8, "relcl", "VERB", "VB", "end"),
    ("the", 12, "det", "DET", "DT", "the"),
    ("violence", 10, "dobj", "NOUN", "NN", "violence"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_the_parties_said_of_no_one_are_the_storys_sides(coder: Coder) -> None:
    # (Sides of a conflict, not political parties: no PTY sector.)
    events = code_doc(coder, [(TALKS, PARSES[TALKS]), (PARTIES, PARTIES_ROWS)], PUBLISHED,
                      infer=False)
    agreed = [ev for ev in events if ev.event == "AGREE" and ev.status == "asserted"]
    assert [sorted((e.code, e.sector) for e in ev.actor) for ev in agreed] == [
        [("SRB", ""), ("USA", ""), ("XKX", "")]]
