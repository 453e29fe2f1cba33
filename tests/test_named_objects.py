"""Model-free tests of objects named something, and of requests of a state's own people.

"Zarif called the strike an act of international terrorism" labels the strike (an ACCUSE of who
struck); it calls no walkout ("called a general strike" does). "The State Department urged
American citizens to leave Iraq" asks its own people, not Iraq. "Arrested 49 soldiers from Ivory
Coast": the group is from where the parser's "from" on the verb, right after it, says. Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

import spacy

from docbuild import build_doc, code_doc
from parley.events.coder import Coder
from parley.events.syntax import match_verb

PUBLISHED = "2020-01-03"

PARSES = {
    "Zarif called the strike an act of international terrorism.": [
        ("Zarif", 1, "nsubj", "PROPN", "NNP", "Zarif"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("strike", 1, "dobj", "NOUN", "NN", "strike"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("act", 1, "oprd", "NOUN", "NN", "act"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("international", 8, "amod", "ADJ", "JJ", "international"),
        ("terrorism", 6, "pobj", "NOUN", "NN", "terrorism"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The State Department urged American citizens to leave Iraq.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("State", 2, "compound", "PROPN", "NNP", "State"),
        ("Department", 3, "nsubj", "PROPN", "NNP", "Department"),
        ("urged", 3, "ROOT", "VERB", "VBD", "urge"),
        ("American", 5, "amod", "ADJ", "JJ", "american"),
        ("citizens", 3, "dobj", "NOUN", "NNS", "citizen"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("leave", 3, "xcomp", "VERB", "VB", "leave"),
        ("Iraq", 7, "dobj", "PROPN", "NNP", "Iraq"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The union called a general strike.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("union", 2, "nsubj", "NOUN", "NN", "union"),
        ("called", 2, "ROOT", "VERB", "VBD", "call"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("general", 5, "amod", "ADJ", "JJ", "general"),
        ("strike", 2, "dobj", "NOUN", "NN", "strike"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "A US drone strike killed the general.": [
        ("A", 3, "det", "DET", "DT", "a"),
        ("US", 3, "compound", "PROPN", "NNP", "US"),
        ("drone", 3, "compound", "NOUN", "NN", "drone"),
        ("strike", 4, "nsubj", "NOUN", "NN", "strike"),
        ("killed", 4, "ROOT", "VERB", "VBD", "kill"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("general", 4, "dobj", "NOUN", "NN", "general"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Mali's junta arrested 49 soldiers from Ivory Coast at the airport.": [
        ("Mali", 2, "poss", "PROPN", "NNP", "Mali"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("junta", 3, "nsubj", "NOUN", "NN", "junta"),
        ("arrested", 3, "ROOT", "VERB", "VBD", "arrest"),
        ("49", 5, "nummod", "NUM", "CD", "49"),
        ("soldiers", 3, "dobj", "NOUN", "NNS", "soldier"),
        ("from", 3, "prep", "ADP", "IN", "from"),
        ("Ivory", 8, "compound", "PROPN", "NNP", "Ivory"),
        ("Coast", 6, "pobj", "PROPN", "NNP", "Coast"),
        ("at", 3, "prep", "ADP", "IN", "at"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("airport", 9, "pobj", "NOUN", "NN", "airport"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, *texts: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)
    return [(ev.event, ev.cameo, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events if ev.event_text == texts[-1]]


def test_an_act_called_an_act_of_terrorism_accuses_who_did_it(coder: Coder) -> None:
    assert coded(coder, "A US drone strike killed the general.",
                 "Zarif called the strike an act of international terrorism.") == [
        ("ACCUSE", "112", ["IRN"], ["USA"])]


def test_an_object_named_something_is_not_acted_on(coder: Coder) -> None:
    def matched(text: str) -> str | None:
        doc = build_doc(spacy.blank("en").vocab, text, PARSES[text])
        entry = match_verb(doc[1 if text.startswith("Zarif") else 2],
                           coder.lexicon.verb_entries("call"))
        return entry.event if entry is not None else None

    assert matched("The union called a general strike.") == "PROTEST"
    assert matched("Zarif called the strike an act of international terrorism.") is None


def test_a_request_of_ones_own_people_is_aimed_at_them(coder: Coder) -> None:
    assert coded(coder, "The State Department urged American citizens to leave Iraq.") == [
        ("REQUEST", "020", ["USA"], ["USA"])]


def test_a_groups_from_hung_on_the_verb_still_says_where_it_is_from(coder: Coder) -> None:
    assert coded(coder, "Mali's junta arrested 49 soldiers from Ivory Coast at the airport.") == [
        ("COERCE", "173", ["MLI"], ["CIV"])]
