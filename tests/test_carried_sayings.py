"""Model-free tests of three readings of what is done: a label on "the move" told earlier in
the same sentence accuses whoever made that move; a saying that a trip or a call is made for
("flew to Kampala to urge Uganda ...") is done as the trip is, while any other aim of a trip
("travelled to Dhaka to begin talks") stays an aim; and the act that ranks its doer ("became
the first country to recognise ...") is done as the becoming is; and the state a meeting
place is told to be in ("in Kingston, Jamaica") is where, not a party pressed. Docs are built by hand in
the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one
from parley.events.coder import Coder

PUBLISHED = "2024-03-20"

MOVE = "Chile sent warships into waters claimed by Peru, and Lima called the move a dangerous escalation."
URGED = "A team of Kenyan ministers flew to Kampala on Monday to urge Uganda to close the border."
AIMED = "The Indian envoy travelled to Dhaka on Friday to begin talks with Bangladesh."
FIRST = "Norway became the first country in Europe to recognise the new government of Bolivia."

PARSES: dict[str, list[tuple]] = {
    MOVE: [
        ("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("warships", 1, "dobj", "NOUN", "NNS", "warship"),
        ("into", 1, "prep", "ADP", "IN", "into"),
        ("waters", 3, "pobj", "NOUN", "NNS", "water"),
        ("claimed", 4, "acl", "VERB", "VBN", "claim"),
        ("by", 5, "agent", "ADP", "IN", "by"),
        ("Peru", 6, "pobj", "PROPN", "NNP", "Peru"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("Lima", 11, "nsubj", "PROPN", "NNP", "Lima"),
        ("called", 1, "conj", "VERB", "VBD", "call"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("move", 11, "dobj", "NOUN", "NN", "move"),
        ("a", 16, "det", "DET", "DT", "a"),
        ("dangerous", 16, "amod", "ADJ", "JJ", "dangerous"),
        ("escalation", 11, "oprd", "NOUN", "NN", "escalation"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ],
    URGED: [
        ("A", 1, "det", "DET", "DT", "a"),
        ("team", 5, "nsubj", "NOUN", "NN", "team"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("Kenyan", 4, "amod", "PROPN", "NNP", "Kenyan"),
        ("ministers", 2, "pobj", "NOUN", "NNS", "minister"),
        ("flew", 5, "ROOT", "VERB", "VBD", "fly"),
        ("to", 5, "prep", "ADP", "IN", "to"),
        ("Kampala", 6, "pobj", "PROPN", "NNP", "Kampala"),
        ("on", 5, "prep", "ADP", "IN", "on"),
        ("Monday", 8, "pobj", "PROPN", "NNP", "Monday"),
        ("to", 11, "aux", "PART", "TO", "to"),
        ("urge", 5, "advcl", "VERB", "VB", "urge"),
        ("Uganda", 11, "dobj", "PROPN", "NNP", "Uganda"),
        ("to", 14, "aux", "PART", "TO", "to"),
        ("close", 11, "xcomp", "VERB", "VB", "close"),
        ("the", 16, "det", "DET", "DT", "the"),
        ("border", 14, "dobj", "NOUN", "NN", "border"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    AIMED: [
        ("The", 2, "det", "DET", "DT", "the"),
        ("Indian", 2, "amod", "ADJ", "JJ", "indian"),
        ("envoy", 3, "nsubj", "NOUN", "NN", "envoy"),
        ("travelled", 3, "ROOT", "VERB", "VBD", "travel"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("Dhaka", 4, "pobj", "PROPN", "NNP", "Dhaka"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Friday", 6, "pobj", "PROPN", "NNP", "Friday"),
        ("to", 9, "aux", "PART", "TO", "to"),
        ("begin", 3, "advcl", "VERB", "VB", "begin"),
        ("talks", 9, "dobj", "NOUN", "NNS", "talk"),
        ("with", 10, "prep", "ADP", "IN", "with"),
        ("Bangladesh", 11, "pobj", "PROPN", "NNP", "Bangladesh"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    FIRST: [
        ("Norway", 1, "nsubj", "PROPN", "NNP", "Norway"),
        ("became", 1, "ROOT", "VERB", "VBD", "become"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("first", 4, "amod", "ADJ", "JJ", "first"),
        ("country", 1, "attr", "NOUN", "NN", "country"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("Europe", 5, "pobj", "PROPN", "NNP", "Europe"),
        ("to", 8, "aux", "PART", "TO", "to"),
        ("recognise", 1, "advcl", "VERB", "VB", "recognise"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("new", 11, "amod", "ADJ", "JJ", "new"),
        ("government", 8, "dobj", "NOUN", "NN", "government"),
        ("of", 11, "prep", "ADP", "IN", "of"),
        ("Bolivia", 12, "pobj", "PROPN", "NNP", "Bolivia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}
# The same shape with no rank: "became a country ... to recognise" ranks no one.
UNRANKED = FIRST.replace("the first country", "a country")
PARSES[UNRANKED] = [("a", 3, "det", "DET", "DT", "a") if i == 2 else
                    (w, h - 1 if h > 3 else h, d, p, t, lem)
                    for i, (w, h, d, p, t, lem) in enumerate(PARSES[FIRST]) if w != "first"]


def found(coder: Coder, text: str, event: str) -> list[tuple]:
    return [(ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED) if ev.event == event]


def test_a_label_on_the_move_told_before_it_accuses_whoever_made_it(coder: Coder) -> None:
    assert found(coder, MOVE, "ACCUSE") == [("asserted", ["PER"], ["CHL"])]


def test_a_saying_a_trip_is_made_for_is_done_as_the_trip_is(coder: Coder) -> None:
    assert found(coder, URGED, "REQUEST") == [("asserted", ["KEN"], ["UGA"])]


def test_any_other_aim_of_a_trip_stays_an_aim(coder: Coder) -> None:
    talks = found(coder, AIMED, "CONSULT")
    assert ("hypothetical", ["BGD", "IND"], []) in [(s, sorted(a), r) for s, a, r in talks]
    assert all(r for s, a, r in talks if s == "asserted")  # only the visit is done


def test_the_act_that_ranks_its_doer_is_done(coder: Coder) -> None:
    assert [s for s, *_ in found(coder, FIRST, "SUPPORT")] == ["asserted"]


def test_an_act_that_ranks_no_one_stays_an_aim(coder: Coder) -> None:
    assert [s for s, *_ in found(coder, UNRANKED, "SUPPORT")] == ["hypothetical"]


MET_IN = ("Caribbean leaders and Blinken met behind closed doors in Kingston, Jamaica, to press "
          "for elections.")
PARSES[MET_IN] = [
    ("Caribbean", 1, "amod", "ADJ", "JJ", "caribbean"),
    ("leaders", 4, "nsubj", "NOUN", "NNS", "leader"),
    ("and", 1, "cc", "CCONJ", "CC", "and"),
    ("Blinken", 1, "conj", "PROPN", "NNP", "Blinken"),
    ("met", 4, "ROOT", "VERB", "VBD", "meet"),
    ("behind", 4, "prep", "ADP", "IN", "behind"),
    ("closed", 7, "amod", "VERB", "VBN", "close"),
    ("doors", 5, "pobj", "NOUN", "NNS", "door"),
    ("in", 7, "prep", "ADP", "IN", "in"),
    ("Kingston", 8, "pobj", "PROPN", "NNP", "Kingston"),
    (",", 9, "punct", "PUNCT", ",", ","),
    ("Jamaica", 9, "appos", "PROPN", "NNP", "Jamaica"),
    (",", 9, "punct", "PUNCT", ",", ","),
    ("to", 14, "aux", "PART", "TO", "to"),
    ("press", 4, "advcl", "VERB", "VB", "press"),
    ("for", 14, "prep", "ADP", "IN", "for"),
    ("elections", 15, "pobj", "NOUN", "NNS", "election"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

def test_the_state_a_meeting_place_is_in_is_not_the_one_pressed(coder: Coder) -> None:
    # (With the document's inference, which gives a one-sided appeal the party its sentence
    # names: "Jamaica" here only says where Kingston is.)
    pressed = [(ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient])
               for ev in code_doc(coder, [(MET_IN, PARSES[MET_IN])], PUBLISHED)
               if ev.event == "REQUEST"]
    assert pressed == [("asserted", ["USA"], [])]
