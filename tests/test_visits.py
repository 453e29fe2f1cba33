"""Model-free tests of visits, de-escalation, detention and stances toward an agreement
(EVENTS.md sections 2 and 5).

Setting foot in a state is a visit; halting exercises is a de-escalation (RETREAT, CAMEO 087),
which a party announcing it states as its intent; taking someone into custody and capturing
a pilot are detentions (COERCE); a party that "had not wanted to" (the act left out) refuses.
Being ready for an act named by a noun ("ready for a full ceasefire with Russia"), like
standing by an agreement ("remained committed to the agreement with Iran"), is an AGREE of
its other parties. Talks one offers to host are only offered (also when the tagger takes
"host" for a noun); pausing fighting is a truce (RETREAT), not a halt of talks; closing one's
airspace to a state's flights coerces that state. Talks "before" they begin have not
happened yet; "it was striking television" strikes no one. A trip to several states is one
visit to each; hosting several guests stays one event of the host's, and the guests it
brought together met. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

import pytest

from docbuild import code_doc, code_one
from parley.events.coder import Coder

PUBLISHED = "2022-03-10"

PARSES = {
    "Donald Trump set foot in North Korea on Sunday.": [
        ("Donald", 1, "compound", "PROPN", "NNP", "Donald"),
        ("Trump", 2, "nsubj", "PROPN", "NNP", "Trump"),
        ("set", 2, "ROOT", "VERB", "VBD", "set"),
        ("foot", 2, "dobj", "NOUN", "NN", "foot"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("North", 6, "compound", "PROPN", "NNP", "North"),
        ("Korea", 4, "pobj", "PROPN", "NNP", "Korea"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Sunday", 7, "pobj", "PROPN", "NNP", "Sunday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "The United States would halt its military exercises, Trump said.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("United", 2, "compound", "PROPN", "NNP", "United"),
        ("States", 4, "nsubj", "PROPN", "NNP", "States"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("halt", 10, "ccomp", "VERB", "VB", "halt"),
        ("its", 7, "poss", "PRON", "PRP$", "its"),
        ("military", 7, "amod", "ADJ", "JJ", "military"),
        ("exercises", 4, "dobj", "NOUN", "NNS", "exercise"),
        (",", 10, "punct", "PUNCT", ",", ","),
        ("Trump", 10, "nsubj", "PROPN", "NNP", "Trump"),
        ("said", 10, "ROOT", "VERB", "VBD", "say"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ],
    "Pakistan's military took the pilot into custody.": [
        ("Pakistan", 2, "poss", "PROPN", "NNP", "Pakistan"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("military", 3, "nsubj", "NOUN", "NN", "military"),
        ("took", 3, "ROOT", "VERB", "VBD", "take"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("pilot", 3, "dobj", "NOUN", "NN", "pilot"),
        ("into", 3, "prep", "ADP", "IN", "into"),
        ("custody", 6, "pobj", "NOUN", "NN", "custody"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Pakistan shot down a jet and captured its pilot.": [
        ("Pakistan", 1, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("shot", 1, "ROOT", "VERB", "VBD", "shoot"),
        ("down", 1, "prt", "ADP", "RP", "down"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("jet", 1, "dobj", "NOUN", "NN", "jet"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("captured", 1, "conj", "VERB", "VBD", "capture"),
        ("its", 8, "poss", "PRON", "PRP$", "its"),
        ("pilot", 6, "dobj", "NOUN", "NN", "pilot"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Kosovo was ready to sign the agreement, but Serbia had not wanted to.": [
        ("Kosovo", 1, "nsubj", "PROPN", "NNP", "Kosovo"),
        ("was", 1, "ROOT", "AUX", "VBD", "be"),
        ("ready", 1, "acomp", "ADJ", "JJ", "ready"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("sign", 2, "xcomp", "VERB", "VB", "sign"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("agreement", 4, "dobj", "NOUN", "NN", "agreement"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("but", 1, "cc", "CCONJ", "CC", "but"),
        ("Serbia", 12, "nsubj", "PROPN", "NNP", "Serbia"),
        ("had", 12, "aux", "AUX", "VBD", "have"),
        ("not", 12, "neg", "PART", "RB", "not"),
        ("wanted", 1, "conj", "VERB", "VBN", "want"),
        ("to", 12, "xcomp", "PART", "TO", "to"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ],
    "Britain and France remained committed to the agreement with Iran.": [
        ("Britain", 3, "nsubj", "PROPN", "NNP", "Britain"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("France", 0, "conj", "PROPN", "NNP", "France"),
        ("remained", 3, "ROOT", "VERB", "VBD", "remain"),
        ("committed", 3, "acomp", "ADJ", "JJ", "committed"),
        ("to", 4, "prep", "ADP", "IN", "to"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("agreement", 5, "pobj", "NOUN", "NN", "agreement"),
        ("with", 7, "prep", "ADP", "IN", "with"),
        ("Iran", 8, "pobj", "PROPN", "NNP", "Iran"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Trump met Kim at the border.": [
        ("Trump", 1, "nsubj", "NOUN", "NN", "trump"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("Kim", 1, "dobj", "PROPN", "NNP", "Kim"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("border", 3, "pobj", "NOUN", "NN", "border"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "It was striking television.": [
        ("It", 2, "nsubj", "PRON", "PRP", "it"),
        ("was", 2, "aux", "AUX", "VBD", "be"),
        ("striking", 2, "ROOT", "VERB", "VBG", "strike"),
        ("television", 2, "dobj", "NOUN", "NN", "television"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Before the talks between Israel and Hamas begin, Egypt should put an offer on the table.": [
        ("Before", 7, "mark", "SCONJ", "IN", "before"),
        ("the", 2, "det", "DET", "DT", "the"),
        ("talks", 7, "nsubj", "NOUN", "NNS", "talk"),
        ("between", 2, "prep", "ADP", "IN", "between"),
        ("Israel", 3, "pobj", "PROPN", "NNP", "Israel"),
        ("and", 4, "cc", "CCONJ", "CC", "and"),
        ("Hamas", 4, "conj", "PROPN", "NNP", "Hamas"),
        ("begin", 11, "advcl", "VERB", "VBP", "begin"),
        (",", 11, "punct", "PUNCT", ",", ","),
        ("Egypt", 11, "nsubj", "PROPN", "NNP", "Egypt"),
        ("should", 11, "aux", "AUX", "MD", "should"),
        ("put", 11, "ROOT", "VERB", "VB", "put"),
        ("an", 13, "det", "DET", "DT", "an"),
        ("offer", 11, "dobj", "NOUN", "NN", "offer"),
        ("on", 11, "prep", "ADP", "IN", "on"),
        ("the", 16, "det", "DET", "DT", "the"),
        ("table", 14, "pobj", "NOUN", "NN", "table"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ],
    "Erdogan offered to host talks between Putin and Zelensky.": [
        ("Erdogan", 1, "nsubj", "PROPN", "NNP", "Erdogan"),
        ("offered", 1, "ROOT", "VERB", "VBD", "offer"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("host", 1, "xcomp", "NOUN", "NN", "host"),
        ("talks", 3, "dobj", "NOUN", "NNS", "talk"),
        ("between", 4, "prep", "ADP", "IN", "between"),
        ("Putin", 5, "pobj", "PROPN", "NNP", "Putin"),
        ("and", 6, "cc", "CCONJ", "CC", "and"),
        ("Zelensky", 6, "conj", "PROPN", "NNP", "Zelensky"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Israel agreed to pause fighting for four days.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("pause", 1, "xcomp", "VERB", "VB", "pause"),
        ("fighting", 3, "dobj", "NOUN", "NN", "fighting"),
        ("for", 3, "prep", "ADP", "IN", "for"),
        ("four", 7, "nummod", "NUM", "CD", "four"),
        ("days", 5, "pobj", "NOUN", "NNS", "day"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Pakistan closed its airspace to Indian flights.": [
        ("Pakistan", 1, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("closed", 1, "ROOT", "VERB", "VBD", "close"),
        ("its", 3, "poss", "PRON", "PRP$", "its"),
        ("airspace", 1, "dobj", "NOUN", "NN", "airspace"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Indian", 6, "amod", "ADJ", "JJ", "indian"),
        ("flights", 4, "pobj", "NOUN", "NNS", "flight"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Ukraine was ready for a full ceasefire with Russia.": [
        ("Ukraine", 1, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("was", 1, "ROOT", "AUX", "VBD", "be"),
        ("ready", 1, "acomp", "ADJ", "JJ", "ready"),
        ("for", 2, "prep", "ADP", "IN", "for"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("full", 6, "amod", "ADJ", "JJ", "full"),
        ("ceasefire", 3, "pobj", "NOUN", "NN", "ceasefire"),
        ("with", 6, "prep", "ADP", "IN", "with"),
        ("Russia", 7, "pobj", "PROPN", "NNP", "Russia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Kuwait's emir has visited Saudi Arabia, Oman and Qatar since June.": [
        ("Kuwait", 2, "poss", "PROPN", "NNP", "Kuwait"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("emir", 4, "nsubj", "NOUN", "NN", "emir"),
        ("has", 4, "aux", "AUX", "VBZ", "have"),
        ("visited", 4, "ROOT", "VERB", "VBN", "visit"),
        ("Saudi", 6, "compound", "PROPN", "NNP", "Saudi"),
        ("Arabia", 4, "dobj", "PROPN", "NNP", "Arabia"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("Oman", 6, "conj", "PROPN", "NNP", "Oman"),
        ("and", 8, "cc", "CCONJ", "CC", "and"),
        ("Qatar", 8, "conj", "PROPN", "NNP", "Qatar"),
        ("since", 4, "prep", "SCONJ", "IN", "since"),
        ("June", 11, "pobj", "PROPN", "NNP", "June"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Qatar hosted the leaders of Chad and Niger in Doha.": [
        ("Qatar", 1, "nsubj", "PROPN", "NNP", "Qatar"),
        ("hosted", 1, "ROOT", "VERB", "VBD", "host"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("leaders", 1, "dobj", "NOUN", "NNS", "leader"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("Chad", 4, "pobj", "PROPN", "NNP", "Chad"),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("Niger", 5, "conj", "PROPN", "NNP", "Niger"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Doha", 8, "pobj", "PROPN", "NNP", "Doha"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient], ev.status)
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_setting_foot_in_a_state_is_a_visit(coder: Coder) -> None:
    assert coded(coder, "Donald Trump set foot in North Korea on Sunday.") == [
        ("CONSULT", ["USA"], ["PRK"], "asserted")]


def test_halting_exercises_is_a_de_escalation_announced_as_an_intent(coder: Coder) -> None:
    text = "The United States would halt its military exercises, Trump said."
    assert coded(coder, text) == [("RETREAT", ["USA"], [], "future"),
                                  ("AGREE", ["USA"], [], "asserted")]


@pytest.mark.parametrize("text", ["Pakistan's military took the pilot into custody.",
                                  "Pakistan shot down a jet and captured its pilot."])
def test_taking_or_capturing_people_is_a_detention(coder: Coder, text: str) -> None:
    assert [ev for ev in coded(coder, text) if ev[0] == "COERCE"] == [
        ("COERCE", ["PAK"], [], "asserted")]


def test_not_having_wanted_to_is_a_refusal(coder: Coder) -> None:
    text = "Kosovo was ready to sign the agreement, but Serbia had not wanted to."
    assert ("REJECT", ["SRB"], [], "asserted") in coded(coder, text)
    assert ("AGREE", ["XKX"], [], "asserted") in coded(coder, text)


def test_remaining_committed_to_an_agreement_is_an_agree(coder: Coder) -> None:
    text = "Britain and France remained committed to the agreement with Iran."
    assert coded(coder, text) == [("AGREE", ["GBR", "FRA"], ["IRN"], "asserted")]


def test_talks_before_they_begin_are_future(coder: Coder) -> None:
    text = "Before the talks between Israel and Hamas begin, Egypt should put an offer on the table."
    assert ("CONSULT", ["ISR", "HAMAS"], [], "future") in coded(coder, text)
    assert not [ev for ev in coded(coder, text) if ev[3] == "asserted" and ev[0] == "CONSULT"]


def test_a_striking_sight_is_no_strike(coder: Coder) -> None:
    assert coded(coder, "It was striking television.") == []
    # Not even where "it" could stand for a party named before.
    sentences = ["Trump met Kim at the border.", "It was striking television."]
    events = code_doc(coder, [(t, PARSES[t]) for t in sentences], PUBLISHED)
    assert [ev.event for ev in events] == ["CONSULT"]


def test_talks_one_offers_to_host_are_only_offered(coder: Coder) -> None:
    text = "Erdogan offered to host talks between Putin and Zelensky."
    assert coded(coder, text) == [("AGREE", ["TUR"], ["RUS", "UKR"], "asserted"),
                                  ("CONSULT", ["RUS", "UKR"], [], "hypothetical")]


def test_pausing_fighting_is_a_truce(coder: Coder) -> None:
    assert coded(coder, "Israel agreed to pause fighting for four days.") == [
        ("AGREE", ["ISR"], [], "asserted"), ("RETREAT", ["ISR"], [], "future")]


def test_closing_airspace_to_a_states_flights_coerces_it(coder: Coder) -> None:
    assert coded(coder, "Pakistan closed its airspace to Indian flights.") == [
        ("COERCE", ["PAK"], ["IND"], "asserted")]


def test_being_ready_for_a_ceasefire_is_an_agree(coder: Coder) -> None:
    assert coded(coder, "Ukraine was ready for a full ceasefire with Russia.") == [
        ("AGREE", ["UKR"], ["RUS"], "asserted")]


def test_a_trip_to_several_states_is_a_visit_to_each(coder: Coder) -> None:
    text = "Kuwait's emir has visited Saudi Arabia, Oman and Qatar since June."
    visits = [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
              for ev in code_doc(coder, [(text, PARSES[text])], PUBLISHED)]
    assert sorted(visits) == [("CONSULT", ["KWT"], ["OMN"]), ("CONSULT", ["KWT"], ["QAT"]),
                              ("CONSULT", ["KWT"], ["SAU"])]
    text = "Qatar hosted the leaders of Chad and Niger in Doha."
    events = code_doc(coder, [(text, PARSES[text])], PUBLISHED)
    # (The host's line stays one, to both guests; the guests it brought together met.)
    assert [[e.code for e in ev.recipient] for ev in events if ev.actor[0].code == "QAT"] == [
        ["TCD", "NER"]]
    assert [([e.code for e in ev.actor], ev.recipient) for ev in events
            if ev.actor[0].code != "QAT"] == [(["TCD", "NER"], [])]
