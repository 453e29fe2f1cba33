"""Model-free tests of whose a craft or a group is (EVENTS.md section 3).

A boat or a tanker named by where it came from is that state's ("struck a boat carrying fuel
from Lebanon"), unless the text gives its route ("sailing from Cyprus to Gaza"). A person's
group ("Imran Khan's supporters") is of the person's state with the group's own sector, so
citizens storming a building protest at their own government. Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder
from parley.records import EventMention

PUBLISHED = "2023-05-10"

PARSES = {
    "Imran Khan's supporters stormed an army headquarters in Rawalpindi.": [
        ("Imran", 1, "compound", "PROPN", "NNP", "Imran"),
        ("Khan", 3, "poss", "PROPN", "NNP", "Khan"),
        ("'s", 1, "case", "PART", "POS", "'s"),
        ("supporters", 4, "nsubj", "NOUN", "NNS", "supporter"),
        ("stormed", 4, "ROOT", "VERB", "VBD", "storm"),
        ("an", 7, "det", "DET", "DT", "an"),
        ("army", 7, "compound", "NOUN", "NN", "army"),
        ("headquarters", 4, "dobj", "NOUN", "NN", "headquarters"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("Rawalpindi", 8, "pobj", "PROPN", "NNP", "Rawalpindi"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The Israeli navy struck a boat carrying fuel from Lebanon on Monday.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("Israeli", 2, "amod", "ADJ", "JJ", "israeli"),
        ("navy", 3, "nsubj", "NOUN", "NN", "navy"),
        ("struck", 3, "ROOT", "VERB", "VBD", "strike"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("boat", 3, "dobj", "NOUN", "NN", "boat"),
        ("carrying", 5, "acl", "VERB", "VBG", "carry"),
        ("fuel", 6, "dobj", "NOUN", "NN", "fuel"),
        ("from", 6, "prep", "ADP", "IN", "from"),
        ("Lebanon", 8, "pobj", "PROPN", "NNP", "Lebanon"),
        ("on", 6, "prep", "ADP", "IN", "on"),
        ("Monday", 10, "pobj", "PROPN", "NNP", "Monday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The Israeli navy struck a boat sailing from Cyprus to Gaza on Monday.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("Israeli", 2, "amod", "ADJ", "JJ", "israeli"),
        ("navy", 3, "nsubj", "NOUN", "NN", "navy"),
        ("struck", 3, "ROOT", "VERB", "VBD", "strike"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("boat", 3, "dobj", "NOUN", "NN", "boat"),
        ("sailing", 5, "acl", "VERB", "VBG", "sail"),
        ("from", 6, "prep", "ADP", "IN", "from"),
        ("Cyprus", 7, "pobj", "PROPN", "NNP", "Cyprus"),
        ("to", 6, "prep", "ADP", "IN", "to"),
        ("Gaza", 9, "pobj", "PROPN", "NNP", "Gaza"),
        ("on", 6, "prep", "ADP", "IN", "on"),
        ("Monday", 11, "pobj", "PROPN", "NNP", "Monday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Abdullah Ocalan called on Turkey to free prisoners.": [
        ("Abdullah", 1, "compound", "PROPN", "NNP", "Abdullah"),
        ("Ocalan", 2, "nsubj", "PROPN", "NNP", "Ocalan"),
        ("called", 2, "ROOT", "VERB", "VBD", "call"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Turkey", 3, "pobj", "PROPN", "NNP", "Turkey"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("free", 7, "amod", "ADJ", "JJ", "free"),
        ("prisoners", 5, "pobj", "NOUN", "NNS", "prisoner"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[EventMention]:
    return code_one(coder, text, PARSES[text], PUBLISHED)


def test_a_boat_named_by_where_it_came_from_is_that_states(coder: Coder) -> None:
    events = coded(coder, "The Israeli navy struck a boat carrying fuel from Lebanon on Monday.")
    assert [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events] == [("ASSAULT", ["ISR"], ["LBN"])]


def test_a_route_tells_no_owner(coder: Coder) -> None:
    events = coded(coder, "The Israeli navy struck a boat sailing from Cyprus to Gaza on Monday.")
    assert [(ev.event, [e.code for e in ev.actor]) for ev in events] == [("ASSAULT", ["ISR"])]
    assert not any(e.code == "CYP" for ev in events for e in ev.recipient)


def test_a_persons_supporters_have_the_groups_sector(coder: Coder) -> None:
    events = coded(coder, "Imran Khan's supporters stormed an army headquarters in Rawalpindi.")
    protest = next(ev for ev in events if ev.event == "PROTEST")
    assert [(e.code, e.sector) for e in protest.actor] == [("PAK", "CVL")]
    assert [(e.code, e.sector) for e in protest.recipient] == [("PAK", "GOV")]


def test_the_pkks_founder_acts_for_the_pkk(coder: Coder) -> None:
    events = coded(coder, "Abdullah Ocalan called on Turkey to free prisoners.")
    request = next(ev for ev in events if ev.event == "REQUEST")
    assert [e.code for e in request.actor] == ["PKK"]
    assert [e.code for e in request.recipient] == ["TUR"]
