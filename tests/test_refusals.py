"""Model-free tests of refusals, and of who "I" and "we" are (EVENTS.md sections 2, 3, 5).

What is not acceptable to a party, or an offer a party calls unacceptable, it refuses; a deed
it calls unacceptable it condemns.

Not accepting something is rejecting it (CAMEO 12x), unlike "will not help", a help that did
not happen. A negated or averse stance toward cooperation ("not ready to sign", "unwilling to
negotiate", "not interested in having Japan at the table") is a refusal told now. In a quote,
"I" and "we" are the speaker; outside quotes they are the writer and name no party. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one, reparsed
from parley.events.coder import Coder
from parley.records import EventMention

PUBLISHED = "2019-05-02"

PARSES = {
    "Serbia did not accept the proposal from Kosovo.": [
        ("Serbia", 3, "nsubj", "PROPN", "NNP", "Serbia"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("accept", 3, "ROOT", "VERB", "VB", "accept"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("proposal", 3, "dobj", "NOUN", "NN", "proposal"),
        ("from", 5, "prep", "ADP", "IN", "from"),
        ("Kosovo", 6, "pobj", "PROPN", "NNP", "Kosovo"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Hamas said it was not ready to sign an agreement with Israel.": [
        ("Hamas", 1, "nsubj", "PROPN", "NNP", "Hamas"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 3, "nsubj", "PRON", "PRP", "it"),
        ("was", 1, "ccomp", "AUX", "VBD", "be"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("ready", 3, "acomp", "ADJ", "JJ", "ready"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("sign", 5, "xcomp", "VERB", "VB", "sign"),
        ("an", 9, "det", "DET", "DT", "an"),
        ("agreement", 7, "dobj", "NOUN", "NN", "agreement"),
        ("with", 9, "prep", "ADP", "IN", "with"),
        ("Israel", 10, "pobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Iran is unwilling to negotiate with Iraq.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("unwilling", 1, "acomp", "ADJ", "JJ", "unwilling"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("negotiate", 2, "xcomp", "VERB", "VB", "negotiate"),
        ("with", 4, "prep", "ADP", "IN", "with"),
        ("Iraq", 5, "pobj", "PROPN", "NNP", "Iraq"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia was not interested in having Japan at the table.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("was", 1, "ROOT", "AUX", "VBD", "be"),
        ("not", 1, "neg", "PART", "RB", "not"),
        ("interested", 1, "acomp", "ADJ", "JJ", "interested"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("having", 4, "pcomp", "VERB", "VBG", "have"),
        ("Japan", 5, "dobj", "PROPN", "NNP", "Japan"),
        ("at", 5, "prep", "ADP", "IN", "at"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("table", 7, "pobj", "NOUN", "NN", "table"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "“We are ready to sign a ceasefire with Armenia,” Azerbaijan's president told reporters.": [
        ("\u201c", 15, "punct", "PUNCT", "``", "\""),
        ("We", 2, "nsubj", "PRON", "PRP", "we"),
        ("are", 15, "ccomp", "AUX", "VBP", "be"),
        ("ready", 2, "acomp", "ADJ", "JJ", "ready"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("sign", 3, "xcomp", "VERB", "VB", "sign"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("ceasefire", 5, "dobj", "NOUN", "NN", "ceasefire"),
        ("with", 7, "prep", "ADP", "IN", "with"),
        ("Armenia", 8, "pobj", "PROPN", "NNP", "Armenia"),
        (",", 15, "punct", "PUNCT", ",", ","),
        ("\u201d", 15, "punct", "PUNCT", "''", "\""),
        ("Azerbaijan", 14, "poss", "PROPN", "NNP", "Azerbaijan"),
        ("'s", 12, "case", "PART", "POS", "'s"),
        ("president", 15, "nsubj", "NOUN", "NN", "president"),
        ("told", 15, "ROOT", "VERB", "VBD", "tell"),
        ("reporters", 15, "dobj", "NOUN", "NNS", "reporter"),
        (".", 15, "punct", "PUNCT", ".", "."),
    ],
    "We should demand that the United States stop arming Ukraine.": [
        ("We", 2, "nsubj", "PRON", "PRP", "we"),
        ("should", 2, "aux", "AUX", "MD", "should"),
        ("demand", 2, "ROOT", "VERB", "VB", "demand"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("United", 6, "compound", "PROPN", "NNP", "United"),
        ("States", 7, "nsubj", "PROPN", "NNP", "States"),
        ("stop", 2, "ccomp", "VERB", "VBP", "stop"),
        ("arming", 7, "xcomp", "VERB", "VBG", "arm"),
        ("Ukraine", 8, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Iran might not be willing to negotiate with Iraq.": [
        ("Iran", 3, "nsubj", "PROPN", "NNP", "Iran"),
        ("might", 3, "aux", "AUX", "MD", "might"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("be", 3, "ROOT", "AUX", "VB", "be"),
        ("willing", 3, "acomp", "ADJ", "JJ", "willing"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("negotiate", 4, "xcomp", "VERB", "VB", "negotiate"),
        ("with", 6, "prep", "ADP", "IN", "with"),
        ("Iraq", 7, "pobj", "PROPN", "NNP", "Iraq"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The United States said it would not meet the kidnappers' demands.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("United", 2, "compound", "PROPN", "NNP", "United"),
        ("States", 3, "nsubj", "PROPN", "NNP", "States"),
        ("said", 3, "ROOT", "VERB", "VBD", "say"),
        ("it", 7, "nsubj", "PRON", "PRP", "it"),
        ("would", 7, "aux", "AUX", "MD", "would"),
        ("not", 7, "neg", "PART", "RB", "not"),
        ("meet", 3, "ccomp", "VERB", "VB", "meet"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("kidnappers", 11, "poss", "NOUN", "NNS", "kidnapper"),
        ("'", 9, "case", "PART", "POS", "'"),
        ("demands", 7, "dobj", "NOUN", "NNS", "demand"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "These are interests which Japan wishes to negotiate with China.": [
        ("These", 1, "nsubj", "PRON", "DT", "these"),
        ("are", 1, "ROOT", "AUX", "VBP", "be"),
        ("interests", 1, "attr", "NOUN", "NNS", "interest"),
        ("which", 7, "dobj", "PRON", "WDT", "which"),
        ("Japan", 5, "nsubj", "PROPN", "NNP", "Japan"),
        ("wishes", 2, "relcl", "VERB", "VBZ", "wish"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("negotiate", 5, "xcomp", "VERB", "VB", "negotiate"),
        ("with", 7, "prep", "ADP", "IN", "with"),
        ("China", 8, "pobj", "PROPN", "NNP", "China"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The deal has never been acceptable to Israel.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("deal", 4, "nsubj", "NOUN", "NN", "deal"),
        ("has", 4, "aux", "AUX", "VBZ", "have"),
        ("never", 4, "neg", "ADV", "RB", "never"),
        ("been", 4, "ROOT", "AUX", "VBN", "be"),
        ("acceptable", 4, "acomp", "ADJ", "JJ", "acceptable"),
        ("to", 5, "prep", "ADP", "IN", "to"),
        ("Israel", 6, "pobj", "PROPN", "NNP", "Israel"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Turkey called the vote unacceptable.": [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("vote", 1, "dobj", "NOUN", "NN", "vote"),
        ("unacceptable", 1, "oprd", "ADJ", "JJ", "unacceptable"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia's annexation of Crimea is unacceptable, the German chancellor said.": [
        ("Russia", 2, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("annexation", 5, "nsubj", "NOUN", "NN", "annexation"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("Crimea", 3, "pobj", "PROPN", "NNP", "Crimea"),
        ("is", 11, "ccomp", "AUX", "VBZ", "be"),
        ("unacceptable", 5, "acomp", "ADJ", "JJ", "unacceptable"),
        (",", 11, "punct", "PUNCT", ",", ","),
        ("the", 10, "det", "DET", "DT", "the"),
        ("German", 10, "amod", "ADJ", "JJ", "german"),
        ("chancellor", 11, "nsubj", "NOUN", "NN", "chancellor"),
        ("said", 11, "ROOT", "VERB", "VBD", "say"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ],
    "Iran will not talk with the United States.": [
        ("Iran", 3, "nsubj", "PROPN", "NNP", "Iran"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("talk", 3, "ROOT", "VERB", "VB", "talk"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("United", 7, "compound", "PROPN", "NNP", "United"),
        ("States", 4, "pobj", "PROPN", "NNP", "States"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Iran did not talk with the United States.": [
        ("Iran", 3, "nsubj", "PROPN", "NNP", "Iran"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("talk", 3, "ROOT", "VERB", "VB", "talk"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("United", 7, "compound", "PROPN", "NNP", "United"),
        ("States", 4, "pobj", "PROPN", "NNP", "States"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Serbia will not recognise Kosovo.": [
        ("Serbia", 3, "nsubj", "PROPN", "NNP", "Serbia"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("recognise", 3, "ROOT", "VERB", "VB", "recognise"),
        ("Kosovo", 3, "dobj", "PROPN", "NNP", "Kosovo"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Serbia did not recognise Kosovo.": [
        ("Serbia", 3, "nsubj", "PROPN", "NNP", "Serbia"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("recognise", 3, "ROOT", "VERB", "VB", "recognise"),
        ("Kosovo", 3, "dobj", "PROPN", "NNP", "Kosovo"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Abiy should say that Ethiopia will not recognise Somaliland.": [
        ("Abiy", 2, "nsubj", "PROPN", "NNP", "Abiy"),
        ("should", 2, "aux", "AUX", "MD", "should"),
        ("say", 2, "ROOT", "VERB", "VB", "say"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("Ethiopia", 7, "nsubj", "PROPN", "NNP", "Ethiopia"),
        ("will", 7, "aux", "AUX", "MD", "will"),
        ("not", 7, "neg", "PART", "RB", "not"),
        ("recognise", 2, "ccomp", "VERB", "VB", "recognise"),
        ("Somaliland", 7, "dobj", "PROPN", "NNP", "Somaliland"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}

# The same parse with an offer for the deed.
PARSES["Turkey called the proposal unacceptable."] = reparsed(
    PARSES["Turkey called the vote unacceptable."],
    {"vote": ("proposal", 1, "dobj", "NOUN", "NN", "proposal")})


def found(text: str, coder: Coder, event: str, status: str = "asserted") -> list[tuple]:
    events: list[EventMention] = code_one(coder, text, PARSES[text], PUBLISHED)
    return [([e.code for e in ev.actor], [e.code for e in ev.recipient]) for ev in events
            if ev.event == event and ev.status == status]


def test_not_accepting_a_proposal_is_a_refusal_not_a_negated_agreement(coder: Coder) -> None:
    text = "Serbia did not accept the proposal from Kosovo."
    assert found(text, coder, "REJECT") == [(["SRB"], ["XKX"])]
    assert not found(text, coder, "AGREE", "negated")


def test_not_ready_to_sign_is_a_refusal_of_the_other_signatory(coder: Coder) -> None:
    text = "Hamas said it was not ready to sign an agreement with Israel."
    assert found(text, coder, "REJECT") == [(["HAMAS"], ["ISR"])]
    # The signing itself stays a possibility, not a negated or asserted agreement.
    assert not found(text, coder, "AGREE")
    assert found(text, coder, "AGREE", "hypothetical") == [(["HAMAS", "ISR"], [])]


def test_not_meeting_demands_is_a_refusal(coder: Coder) -> None:
    text = "The United States said it would not meet the kidnappers' demands."
    assert found(text, coder, "REJECT") == [(["USA"], [])]
    assert not found(text, coder, "CONCEDE", "negated")


def test_unwilling_to_negotiate_is_a_refusal(coder: Coder) -> None:
    text = "Iran is unwilling to negotiate with Iraq."
    assert found(text, coder, "REJECT") == [(["IRN"], ["IRQ"])]
    assert not found(text, coder, "AGREE")


def test_a_stance_that_may_not_hold_is_no_refusal(coder: Coder) -> None:
    text = "Iran might not be willing to negotiate with Iraq."
    assert not found(text, coder, "REJECT")
    assert found(text, coder, "AGREE", "hypothetical") == [(["IRN"], ["IRQ"])]


def test_not_interested_in_a_party_at_the_table_refuses_that_party(coder: Coder) -> None:
    text = "Russia was not interested in having Japan at the table."
    assert found(text, coder, "REJECT") == [(["RUS"], ["JPN"])]


def test_we_in_a_quote_is_the_speaker(coder: Coder) -> None:
    text = "“We are ready to sign a ceasefire with Armenia,” Azerbaijan's president told reporters."
    assert found(text, coder, "AGREE") == [(["AZE"], ["ARM"])]


def test_the_writers_we_names_no_party(coder: Coder) -> None:
    text = "We should demand that the United States stop arming Ukraine."
    assert not [ev for ev in code_one(coder, text, PARSES[text], PUBLISHED)
                if ev.event == "REQUEST" and ev.actor]


def test_what_is_never_acceptable_to_a_party_it_refuses(coder: Coder) -> None:
    assert found("The deal has never been acceptable to Israel.", coder, "REJECT") == [
        (["ISR"], [])]


def test_calling_an_offer_unacceptable_refuses_it(coder: Coder) -> None:
    assert found("Turkey called the proposal unacceptable.", coder, "REJECT") == [(["TUR"], [])]


def test_calling_a_deed_unacceptable_condemns_it(coder: Coder) -> None:
    assert found("Turkey called the vote unacceptable.", coder, "ACCUSE") == [(["TUR"], [])]
    assert not found("Turkey called the vote unacceptable.", coder, "REJECT")


def test_saying_an_act_is_unacceptable_condemns_whoever_did_it(coder: Coder) -> None:
    text = "Russia's annexation of Crimea is unacceptable, the German chancellor said."
    assert found(text, coder, "ACCUSE") == [(["DEU"], ["RUS"])]
    assert not found(text, coder, "REJECT")


def test_a_relative_pronoun_object_does_not_make_a_wish_someone_elses(coder: Coder) -> None:
    text = "These are interests which Japan wishes to negotiate with China."
    assert found(text, coder, "AGREE") == [(["JPN"], ["CHN"])]


def test_a_party_that_will_not_talk_refuses_the_other(coder: Coder) -> None:
    text = "Iran will not talk with the United States."
    assert found(text, coder, "REJECT") == [(["IRN"], ["USA"])]
    assert not found(text, coder, "CONSULT", "negated")
    # Talks that did not take place are told as such, no refusal.
    text = "Iran did not talk with the United States."
    assert not found(text, coder, "REJECT")
    assert found(text, coder, "CONSULT", "negated") == [(["IRN", "USA"], [])]


def test_a_recognition_one_will_not_grant_is_a_refusal_told_now(coder: Coder) -> None:
    assert found("Serbia will not recognise Kosovo.", coder, "REJECT") == [(["SRB"], ["XKX"])]
    # A recognition that did not happen is told as such, no refusal.
    assert found("Serbia did not recognise Kosovo.", coder, "REJECT") == []
    assert found("Serbia did not recognise Kosovo.", coder, "SUPPORT", "negated") == [
        (["SRB"], ["XKX"])]


def test_a_refusal_one_is_only_asked_to_state_is_not_told(coder: Coder) -> None:
    text = "Abiy should say that Ethiopia will not recognise Somaliland."
    assert found(text, coder, "REJECT") == []
