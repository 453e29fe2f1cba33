"""Model-free tests of shows of force, texts that provide for acts, ordered measures and
courtesies.

Missiles fired into the waters off a state are a show of force aimed at it (MOBILIZE), not an
attack; a deal providing for a release gives no aid; penalties "ordered by" a president are the
penalties, not a request; "I want to thank Iran" thanks Iran now and states no intent. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2022-08-06"

PARSES = {
    "China fired ballistic missiles into waters off Taiwan on Thursday.": [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
        ("ballistic", 3, "amod", "ADJ", "JJ", "ballistic"),
        ("missiles", 1, "dobj", "NOUN", "NNS", "missile"),
        ("into", 1, "prep", "ADP", "IN", "into"),
        ("waters", 4, "pobj", "NOUN", "NNS", "water"),
        ("off", 5, "prep", "ADP", "IN", "off"),
        ("Taiwan", 6, "pobj", "PROPN", "NNP", "Taiwan"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Thursday", 8, "pobj", "PROPN", "NNP", "Thursday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The deal also provides for the release of up to 5,000 Taliban prisoners.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("deal", 3, "nsubj", "NOUN", "NN", "deal"),
        ("also", 3, "advmod", "ADV", "RB", "also"),
        ("provides", 3, "ROOT", "VERB", "VBZ", "provide"),
        ("for", 3, "prep", "ADP", "IN", "for"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("release", 4, "pobj", "NOUN", "NN", "release"),
        ("of", 6, "prep", "ADP", "IN", "of"),
        ("up", 10, "quantmod", "ADP", "IN", "up"),
        ("to", 10, "quantmod", "PART", "TO", "to"),
        ("5,000", 12, "nummod", "NUM", "CD", "5,000"),
        ("Taliban", 12, "compound", "PROPN", "NNP", "Taliban"),
        ("prisoners", 7, "pobj", "NOUN", "NNS", "prisoner"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Those penalties, ordered by President Donald Trump, targeted Turkey's defence ministry.": [
        ("Those", 1, "det", "DET", "DT", "those"),
        ("penalties", 1, "ROOT", "NOUN", "NNS", "penalty"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("ordered", 1, "acl", "VERB", "VBN", "order"),
        ("by", 3, "agent", "ADP", "IN", "by"),
        ("President", 7, "compound", "PROPN", "NNP", "President"),
        ("Donald", 7, "compound", "PROPN", "NNP", "Donald"),
        ("Trump", 4, "pobj", "PROPN", "NNP", "Trump"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("targeted", 13, "amod", "VERB", "VBN", "target"),
        ("Turkey", 13, "poss", "PROPN", "NNP", "Turkey"),
        ("'s", 10, "case", "PART", "POS", "'s"),
        ("defence", 13, "compound", "NOUN", "NN", "defence"),
        ("ministry", 7, "appos", "NOUN", "NN", "ministry"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "\"I want to thank Iran for giving us early notice,\" Trump wrote.": [
        ("\"", 14, "punct", "PUNCT", "``", "\""),
        ("I", 2, "nsubj", "PRON", "PRP", "I"),
        ("want", 14, "ccomp", "VERB", "VBP", "want"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("thank", 2, "xcomp", "VERB", "VB", "thank"),
        ("Iran", 4, "dobj", "PROPN", "NNP", "Iran"),
        ("for", 4, "prep", "ADP", "IN", "for"),
        ("giving", 6, "pcomp", "VERB", "VBG", "give"),
        ("us", 7, "dative", "PRON", "PRP", "we"),
        ("early", 10, "amod", "ADJ", "JJ", "early"),
        ("notice", 7, "dobj", "NOUN", "NN", "notice"),
        (",", 14, "punct", "PUNCT", ",", ","),
        ("\"", 14, "punct", "PUNCT", "''", "\""),
        ("Trump", 14, "nsubj", "PROPN", "NNP", "Trump"),
        ("wrote", 14, "ROOT", "VERB", "VBD", "write"),
        (".", 14, "punct", "PUNCT", ".", "."),
    ],
    "Turkey sent a survey ship into waters claimed by Greece.": [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("survey", 4, "compound", "NOUN", "NN", "survey"),
        ("ship", 1, "dobj", "NOUN", "NN", "ship"),
        ("into", 1, "prep", "ADP", "IN", "into"),
        ("waters", 5, "pobj", "NOUN", "NNS", "water"),
        ("claimed", 6, "acl", "VERB", "VBN", "claim"),
        ("by", 7, "agent", "ADP", "IN", "by"),
        ("Greece", 8, "pobj", "PROPN", "NNP", "Greece"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Greek warships shadowed a Turkish survey vessel.": [
        ("Greek", 1, "amod", "ADJ", "JJ", "greek"),
        ("warships", 2, "nsubj", "NOUN", "NNS", "warship"),
        ("shadowed", 2, "ROOT", "VERB", "VBD", "shadow"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("Turkish", 6, "amod", "ADJ", "JJ", "turkish"),
        ("survey", 6, "compound", "NOUN", "NN", "survey"),
        ("vessel", 2, "dobj", "NOUN", "NN", "vessel"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_missiles_fired_into_waters_off_a_state_are_a_show_of_force(coder: Coder) -> None:
    text = "China fired ballistic missiles into waters off Taiwan on Thursday."
    assert coded(coder, text) == [("MOBILIZE", "asserted", ["CHN"], ["TWN"])]


def test_a_deal_providing_for_a_release_gives_no_aid(coder: Coder) -> None:
    text = "The deal also provides for the release of up to 5,000 Taliban prisoners."
    assert not any(ev[0] == "AID" for ev in coded(coder, text))


def test_ordered_penalties_are_no_request(coder: Coder) -> None:
    text = "Those penalties, ordered by President Donald Trump, targeted Turkey's defence ministry."
    found = coded(coder, text)
    assert not any(ev[0] == "REQUEST" for ev in found)
    assert any(ev[0] == "SANCTION" and ev[2] == ["USA"] for ev in found)


def test_wanting_to_thank_thanks_and_states_no_intent(coder: Coder) -> None:
    text = "\"I want to thank Iran for giving us early notice,\" Trump wrote."
    assert coded(coder, text) == [("SUPPORT", "asserted", ["USA"], ["IRN"])]


def test_ships_sent_into_claimed_waters_or_shadowing_are_shows_of_force(coder: Coder) -> None:
    # A ship sent or shadowing is a deployment (MOBILIZE 154); waters claimed by a state are
    # that state's. (Jets or aircraft "sent" to a state are as often aid: no row.)
    for text, recipient in (("Turkey sent a survey ship into waters claimed by Greece.", ["GRC"]),
                            ("Greek warships shadowed a Turkish survey vessel.", ["TUR"])):
        events = code_one(coder, text, PARSES[text], PUBLISHED)
        assert [(ev.event, ev.cameo, [e.code for e in ev.recipient]) for ev in events] == [
            ("MOBILIZE", "154", recipient)], text
