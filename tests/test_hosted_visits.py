"""Model-free tests of visits told from the host's side: "welcomed Macron to Brasilia" is a
visit (not praise), and a visit received or welcomed has the visitor as actor and the host
as recipient (EVENTS.md); "hosted" stays as told, as the gold sets and the PLOVER GSR code a
host. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2024-03-30"

WELCOMED = "On Friday, Lula welcomed Macron to Brasilia."
RECEIVED = "Modi received Albanese in New Delhi."
HOSTED = "Oman hosted Araghchi last week."

PARSES: dict[str, list[tuple]] = {
    "On Friday, Lula welcomed Macron to Brasilia.": [
        ("On", 4, "prep", "ADP", "IN", "on"),
        ("Friday", 0, "pobj", "PROPN", "NNP", "Friday"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("Lula", 4, "nsubj", "PROPN", "NNP", "Lula"),
        ("welcomed", 4, "ROOT", "VERB", "VBD", "welcome"),
        ("Macron", 4, "dobj", "PROPN", "NNP", "Macron"),
        ("to", 4, "prep", "ADP", "IN", "to"),
        ("Brasilia", 6, "pobj", "PROPN", "NNP", "Brasilia"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Modi received Albanese in New Delhi.": [
        ("Modi", 1, "nsubj", "PROPN", "NNP", "Modi"),
        ("received", 1, "ROOT", "VERB", "VBD", "receive"),
        ("Albanese", 1, "dobj", "PROPN", "NNPS", "Albanese"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("New", 5, "compound", "PROPN", "NNP", "New"),
        ("Delhi", 3, "pobj", "PROPN", "NNP", "Delhi"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Oman hosted Araghchi last week.": [
        ("Oman", 1, "nsubj", "PROPN", "NNP", "Oman"),
        ("hosted", 1, "ROOT", "VERB", "VBD", "host"),
        ("Araghchi", 1, "dobj", "PROPN", "NNP", "Araghchi"),
        ("last", 4, "amod", "ADJ", "JJ", "last"),
        ("week", 1, "npadvmod", "NOUN", "NN", "week"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def found(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.mode, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED) if ev.status == "asserted"]


def test_welcoming_a_leader_to_a_city_hosts_his_visit(coder: Coder) -> None:
    assert found(coder, WELCOMED) == [("CONSULT", "visit", ["FRA"], ["BRA"])]


def test_a_visit_received_has_the_visitor_as_actor(coder: Coder) -> None:
    assert found(coder, RECEIVED) == [("CONSULT", "visit", ["AUS"], ["IND"])]


def test_a_visit_hosted_keeps_the_host_as_actor(coder: Coder) -> None:
    assert found(coder, HOSTED) == [("CONSULT", "visit", ["OMN"], ["IRN"])]
