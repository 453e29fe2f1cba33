"""Model-free tests of stated intents and demands told in speech (EVENTS.md sections 2 and 5).

An actor's stated wish, readiness, interest or announcement of its own cooperative act is an
asserted AGREE now (CAMEO 03x), of a forceful act an asserted THREATEN (13x); the act itself
keeps its own status. Saying another party must act is a REQUEST of it. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder
from parley.records import EventMention

PUBLISHED = "2014-03-06"

PARSES = {
    "Sweden's prime minister said he wants to open talks with Norway.": [
        ("Sweden", 3, "poss", "PROPN", "NNP", "Sweden"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("prime", 3, "amod", "ADJ", "JJ", "prime"),
        ("minister", 4, "nsubj", "NOUN", "NN", "minister"),
        ("said", 4, "ROOT", "VERB", "VBD", "say"),
        ("he", 6, "nsubj", "PRON", "PRP", "he"),
        ("wants", 4, "ccomp", "VERB", "VBZ", "want"),
        ("to", 8, "aux", "PART", "TO", "to"),
        ("open", 6, "xcomp", "VERB", "VB", "open"),
        ("talks", 8, "dobj", "NOUN", "NNS", "talk"),
        ("with", 9, "prep", "ADP", "IN", "with"),
        ("Norway", 10, "pobj", "PROPN", "NNP", "Norway"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Kenya said that it and Ethiopia could work out a settlement within a year.": [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("it", 7, "nsubj", "PRON", "PRP", "it"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("Ethiopia", 3, "conj", "PROPN", "NNP", "Ethiopia"),
        ("could", 7, "aux", "AUX", "MD", "could"),
        ("work", 1, "ccomp", "VERB", "VB", "work"),
        ("out", 7, "prt", "ADP", "RP", "out"),
        ("a", 10, "det", "DET", "DT", "a"),
        ("settlement", 7, "dobj", "NOUN", "NN", "settlement"),
        ("within", 7, "prep", "ADP", "IN", "within"),
        ("a", 13, "det", "DET", "DT", "a"),
        ("year", 11, "pobj", "NOUN", "NN", "year"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Chile appeared willing to come to an agreement with Peru.": [
        ("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"),
        ("appeared", 1, "ROOT", "VERB", "VBD", "appear"),
        ("willing", 1, "oprd", "ADJ", "JJ", "willing"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("come", 2, "xcomp", "VERB", "VB", "come"),
        ("to", 4, "prep", "ADP", "IN", "to"),
        ("an", 7, "det", "DET", "DT", "an"),
        ("agreement", 5, "pobj", "NOUN", "NN", "agreement"),
        ("with", 7, "prep", "ADP", "IN", "with"),
        ("Peru", 8, "pobj", "PROPN", "NNP", "Peru"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia said on Tuesday that Sudan must return a helicopter.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Tuesday", 2, "pobj", "PROPN", "NNP", "Tuesday"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("Sudan", 7, "nsubj", "PROPN", "NNP", "Sudan"),
        ("must", 7, "aux", "AUX", "MD", "must"),
        ("return", 1, "ccomp", "VERB", "VB", "return"),
        ("a", 9, "det", "DET", "DT", "a"),
        ("helicopter", 7, "dobj", "NOUN", "NN", "helicopter"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Finland will give Tanzania a grant, the Finnish foreign minister said.": [
        ("Finland", 2, "nsubj", "PROPN", "NNP", "Finland"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("give", 11, "ccomp", "VERB", "VB", "give"),
        ("Tanzania", 2, "dative", "PROPN", "NNP", "Tanzania"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("grant", 2, "dobj", "NOUN", "NN", "grant"),
        (",", 11, "punct", "PUNCT", ",", ","),
        ("the", 10, "det", "DET", "DT", "the"),
        ("Finnish", 10, "amod", "ADJ", "JJ", "finnish"),
        ("foreign", 10, "amod", "ADJ", "JJ", "foreign"),
        ("minister", 11, "nsubj", "NOUN", "NN", "minister"),
        ("said", 11, "ROOT", "VERB", "VBD", "say"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ],
    "Norway is willing to send troops to help defend Saudi Arabia.": [
        ("Norway", 1, "nsubj", "PROPN", "NNP", "Norway"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("willing", 1, "acomp", "ADJ", "JJ", "willing"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("send", 2, "xcomp", "VERB", "VB", "send"),
        ("troops", 4, "dobj", "NOUN", "NNS", "troop"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("help", 4, "advcl", "VERB", "VB", "help"),
        ("defend", 7, "xcomp", "VERB", "VB", "defend"),
        ("Saudi", 10, "compound", "PROPN", "NNP", "Saudi"),
        ("Arabia", 8, "dobj", "PROPN", "NNP", "Arabia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Cuba said Venezuela could host the talks.": [
        ("Cuba", 1, "nsubj", "PROPN", "NNP", "Cuba"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Venezuela", 4, "nsubj", "PROPN", "NNP", "Venezuela"),
        ("could", 4, "aux", "AUX", "MD", "could"),
        ("host", 1, "ccomp", "VERB", "VB", "host"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("talks", 4, "dobj", "NOUN", "NNS", "talk"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Chad expressed interest in joining the African Union.": [
        ("Chad", 1, "nsubj", "PROPN", "NNP", "Chad"),
        ("expressed", 1, "ROOT", "VERB", "VBD", "express"),
        ("interest", 1, "dobj", "NOUN", "NN", "interest"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("joining", 3, "pcomp", "VERB", "VBG", "join"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("African", 7, "compound", "PROPN", "NNP", "African"),
        ("Union", 4, "dobj", "PROPN", "NNP", "Union"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The United States wants Iran to halt enrichment.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("United", 2, "compound", "PROPN", "NNP", "United"),
        ("States", 3, "nsubj", "PROPN", "NNP", "States"),
        ("wants", 3, "ROOT", "VERB", "VBZ", "want"),
        ("Iran", 6, "nsubj", "PROPN", "NNP", "Iran"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("halt", 3, "ccomp", "VERB", "VB", "halt"),
        ("enrichment", 6, "dobj", "NOUN", "NN", "enrichment"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Opposition groups in Zimbabwe are demanding new elections.": [
        ("Opposition", 1, "compound", "NOUN", "NN", "opposition"),
        ("groups", 5, "nsubj", "NOUN", "NNS", "group"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Zimbabwe", 2, "pobj", "PROPN", "NNP", "Zimbabwe"),
        ("are", 5, "aux", "AUX", "VBP", "be"),
        ("demanding", 5, "ROOT", "VERB", "VBG", "demand"),
        ("new", 7, "amod", "ADJ", "JJ", "new"),
        ("elections", 5, "dobj", "NOUN", "NNS", "election"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Not only is Obama refusing to talk, he and others are making false statements targeted at Putin.": [
        ("Not", 2, "preconj", "PART", "RB", "not"),
        ("only", 0, "advmod", "ADV", "RB", "only"),
        ("is", 4, "aux", "AUX", "VBZ", "be"),
        ("Obama", 4, "nsubj", "PROPN", "NNP", "Obama"),
        ("refusing", 12, "advcl", "VERB", "VBG", "refuse"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("talk", 4, "xcomp", "VERB", "VB", "talk"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("he", 12, "nsubj", "PRON", "PRP", "he"),
        ("and", 8, "cc", "CCONJ", "CC", "and"),
        ("others", 8, "conj", "NOUN", "NNS", "other"),
        ("are", 12, "aux", "AUX", "VBP", "be"),
        ("making", 12, "ROOT", "VERB", "VBG", "make"),
        ("false", 14, "amod", "ADJ", "JJ", "false"),
        ("statements", 12, "dobj", "NOUN", "NNS", "statement"),
        ("targeted", 14, "acl", "VERB", "VBN", "target"),
        ("at", 15, "prep", "ADP", "IN", "at"),
        ("Putin", 16, "pobj", "PROPN", "NNP", "Putin"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ],
    "British sanctions target Russian banks.": [
        ("British", 1, "amod", "ADJ", "JJ", "british"),
        ("sanctions", 2, "nsubj", "NOUN", "NNS", "sanction"),
        ("target", 2, "ROOT", "VERB", "VBP", "target"),
        ("Russian", 4, "amod", "ADJ", "JJ", "russian"),
        ("banks", 2, "dobj", "NOUN", "NNS", "bank"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Thousands protested in front of the US embassy in Seoul.": [
        ("Thousands", 1, "nsubj", "NOUN", "NNS", "thousand"),
        ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("front", 2, "pobj", "NOUN", "NN", "front"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("US", 7, "compound", "PROPN", "NNP", "US"),
        ("embassy", 4, "pobj", "NOUN", "NN", "embassy"),
        ("in", 7, "prep", "ADP", "IN", "in"),
        ("Seoul", 8, "pobj", "PROPN", "NNP", "Seoul"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Students held a rally outside the French embassy in Bamako.": [
        ("Students", 1, "nsubj", "NOUN", "NNS", "student"),
        ("held", 1, "ROOT", "VERB", "VBD", "hold"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("rally", 1, "dobj", "NOUN", "NN", "rally"),
        ("outside", 1, "prep", "ADP", "IN", "outside"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("French", 7, "amod", "ADJ", "JJ", "french"),
        ("embassy", 4, "pobj", "NOUN", "NN", "embassy"),
        ("in", 7, "prep", "ADP", "IN", "in"),
        ("Bamako", 8, "pobj", "PROPN", "NNP", "Bamako"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Brazil issued a reminder to Peru that it must pay the debt.": [
        ("Brazil", 1, "nsubj", "PROPN", "NNP", "Brazil"),
        ("issued", 1, "ROOT", "VERB", "VBD", "issue"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("reminder", 1, "dobj", "NOUN", "NN", "reminder"),
        ("to", 1, "dative", "ADP", "IN", "to"),
        ("Peru", 4, "pobj", "PROPN", "NNP", "Peru"),
        ("that", 9, "mark", "SCONJ", "IN", "that"),
        ("it", 9, "nsubj", "PRON", "PRP", "it"),
        ("must", 9, "aux", "AUX", "MD", "must"),
        ("pay", 3, "acl", "VERB", "VB", "pay"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("debt", 9, "dobj", "NOUN", "NN", "debt"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Israel is opposed to French mediation.": [
        ("Israel", 2, "nsubjpass", "PROPN", "NNP", "Israel"),
        ("is", 2, "auxpass", "AUX", "VBZ", "be"),
        ("opposed", 2, "ROOT", "VERB", "VBN", "oppose"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("French", 5, "amod", "ADJ", "JJ", "french"),
        ("mediation", 3, "pobj", "NOUN", "NN", "mediation"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Vietnam is committed to opening up the economy.": [
        ("Vietnam", 2, "nsubjpass", "PROPN", "NNP", "Vietnam"),
        ("is", 2, "auxpass", "AUX", "VBZ", "be"),
        ("committed", 2, "ROOT", "VERB", "VBN", "commit"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("opening", 3, "pcomp", "VERB", "VBG", "open"),
        ("up", 4, "prt", "ADP", "RP", "up"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("economy", 4, "dobj", "NOUN", "NN", "economy"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "The United States has called for Eritrean forces to leave Tigray.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("United", 2, "compound", "PROPN", "NNP", "United"),
        ("States", 4, "nsubj", "PROPN", "NNP", "States"),
        ("has", 4, "aux", "AUX", "VBZ", "have"),
        ("called", 4, "ROOT", "VERB", "VBN", "call"),
        ("for", 9, "mark", "SCONJ", "IN", "for"),
        ("Eritrean", 7, "amod", "ADJ", "JJ", "eritrean"),
        ("forces", 9, "nsubj", "NOUN", "NNS", "force"),
        ("to", 9, "aux", "PART", "TO", "to"),
        ("leave", 4, "advcl", "VERB", "VB", "leave"),
        ("Tigray", 9, "dobj", "PROPN", "NNP", "Tigray"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Russia said it would continue to supply weapons to Syria.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("continue", 1, "ccomp", "VERB", "VB", "continue"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("supply", 4, "xcomp", "VERB", "VB", "supply"),
        ("weapons", 6, "dobj", "NOUN", "NNS", "weapon"),
        ("to", 6, "prep", "ADP", "IN", "to"),
        ("Syria", 8, "pobj", "PROPN", "NNP", "Syria"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Egypt said on Monday that it might cut ties with Sudan.": [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Monday", 2, "pobj", "PROPN", "NNP", "Monday"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("it", 7, "nsubj", "PRON", "PRP", "it"),
        ("might", 7, "aux", "AUX", "MD", "might"),
        ("cut", 1, "ccomp", "VERB", "VB", "cut"),
        ("ties", 7, "dobj", "NOUN", "NNS", "tie"),
        ("with", 8, "prep", "ADP", "IN", "with"),
        ("Sudan", 9, "pobj", "PROPN", "NNP", "Sudan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Kenya appeared to be pulling its troops out of Somalia.": [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
        ("appeared", 1, "ROOT", "VERB", "VBD", "appear"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("be", 4, "aux", "AUX", "VB", "be"),
        ("pulling", 1, "xcomp", "VERB", "VBG", "pull"),
        ("its", 6, "poss", "PRON", "PRP$", "its"),
        ("troops", 4, "dobj", "NOUN", "NNS", "troop"),
        ("out", 4, "prep", "ADP", "IN", "out"),
        ("of", 7, "prep", "ADP", "IN", "of"),
        ("Somalia", 8, "pobj", "PROPN", "NNP", "Somalia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    '"We do not want a war, but will defend our border," Peru said.': [
        ('"', 16, "punct", "PUNCT", "``", '"'),
        ("We", 4, "nsubj", "PRON", "PRP", "we"),
        ("do", 4, "aux", "AUX", "VBP", "do"),
        ("not", 4, "neg", "PART", "RB", "not"),
        ("want", 16, "ccomp", "VERB", "VB", "want"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("war", 4, "dobj", "NOUN", "NN", "war"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("but", 4, "cc", "CCONJ", "CC", "but"),
        ("will", 10, "aux", "AUX", "MD", "will"),
        ("defend", 4, "conj", "VERB", "VB", "defend"),
        ("our", 12, "poss", "PRON", "PRP$", "our"),
        ("border", 10, "dobj", "NOUN", "NN", "border"),
        (",", 16, "punct", "PUNCT", ",", ","),
        ('"', 16, "punct", "PUNCT", "''", '"'),
        ("Peru", 16, "nsubj", "PROPN", "NNP", "Peru"),
        ("said", 16, "ROOT", "VERB", "VBD", "say"),
        (".", 16, "punct", "PUNCT", ".", "."),
    ],
    "Peru said Chile will defend its border.": [
        ("Peru", 1, "nsubj", "PROPN", "NNP", "Peru"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Chile", 4, "nsubj", "PROPN", "NNP", "Chile"),
        ("will", 4, "aux", "AUX", "MD", "will"),
        ("defend", 1, "ccomp", "VERB", "VB", "defend"),
        ("its", 6, "poss", "PRON", "PRP$", "its"),
        ("border", 4, "dobj", "NOUN", "NN", "border"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def code_text(coder: Coder, text: str) -> list[EventMention]:
    return code_one(coder, text, PARSES[text], PUBLISHED)


def found(events: list[EventMention], event: str, status: str = "asserted") -> list[tuple]:
    return [([e.code for e in ev.actor], [e.code for e in ev.recipient]) for ev in events
            if ev.event == event and ev.status == status]


def test_a_wish_to_talk_is_an_agree_by_the_speaker_whom_he_resolves_to(coder: Coder) -> None:
    events = code_text(coder, "Sweden's prime minister said he wants to open talks with Norway.")
    assert found(events, "AGREE") == [(["SWE"], ["NOR"])]
    # The talks themselves are only wished for, with both parties in them.
    assert found(events, "CONSULT", "hypothetical") == [(["SWE", "NOR"], [])]


def test_a_speaker_saying_it_and_another_could_settle_states_its_intent(coder: Coder) -> None:
    events = code_text(coder, "Kenya said that it and Ethiopia could work out a settlement "
                              "within a year.")
    assert found(events, "AGREE") == [(["KEN"], ["ETH"])]
    assert found(events, "AGREE", "hypothetical") == [(["KEN", "ETH"], [])]


def test_willing_to_come_to_an_agreement_with(coder: Coder) -> None:
    events = code_text(coder, "Chile appeared willing to come to an agreement with Peru.")
    assert found(events, "AGREE") == [(["CHL"], ["PER"])]
    assert found(events, "AGREE", "hypothetical") == [(["CHL", "PER"], [])]


def test_announcing_ones_own_aid_is_an_agree_now(coder: Coder) -> None:
    events = code_text(coder, "Finland will give Tanzania a grant, the Finnish foreign "
                              "minister said.")
    assert found(events, "AID", "future") == [(["FIN"], ["TZA"])]
    assert found(events, "AGREE") == [(["FIN"], ["TZA"])]


def test_one_offer_of_help_is_one_agree_not_a_threat(coder: Coder) -> None:
    events = code_text(coder, "Norway is willing to send troops to help defend Saudi Arabia.")
    assert found(events, "AGREE") == [(["NOR"], ["SAU"])]
    assert not found(events, "THREATEN")


def test_a_third_partys_act_told_by_a_speaker_is_no_intent(coder: Coder) -> None:
    events = code_text(coder, "Cuba said Venezuela could host the talks.")
    assert not found(events, "AGREE")


def test_interest_in_joining_is_an_agree_and_the_joining_only_wished(coder: Coder) -> None:
    events = code_text(coder, "Chad expressed interest in joining the African Union.")
    assert found(events, "AGREE") == [(["TCD"], ["AU"])]
    assert not found(events, "COOPERATE")
    assert found(events, "COOPERATE", "hypothetical") == [(["TCD"], ["AU"])]


def test_saying_another_party_must_act_requests_it_of_that_party(coder: Coder) -> None:
    events = code_text(coder, "Russia said on Tuesday that Sudan must return a helicopter.")
    assert found(events, "REQUEST") == [(["RUS"], ["SDN"])]
    request = next(e for e in events if e.event == "REQUEST")
    assert request.date == "2014-03-04"  # the Tuesday before publication


def test_wanting_another_party_to_act_requests_it(coder: Coder) -> None:
    events = code_text(coder, "The United States wants Iran to halt enrichment.")
    assert found(events, "REQUEST") == [(["USA"], ["IRN"])]
    assert not found(events, "AGREE")


def test_a_collective_noun_takes_its_sector_from_its_modifier(coder: Coder) -> None:
    events = code_text(coder, "Opposition groups in Zimbabwe are demanding new elections.")
    request = next(e for e in events if e.event == "REQUEST")
    assert [(e.code, e.sector) for e in request.actor] == [("ZWE", "OPP")]


def test_words_aimed_at_someone_accuse_and_he_is_the_earlier_subject(coder: Coder) -> None:
    events = code_text(coder, "Not only is Obama refusing to talk, he and others are making "
                              "false statements targeted at Putin.")
    assert found(events, "ACCUSE") == [(["USA"], ["RUS"])]
    assert not found(events, "ASSAULT")


def test_measures_aimed_at_someone_are_no_attack(coder: Coder) -> None:
    events = code_text(coder, "British sanctions target Russian banks.")
    assert not found(events, "ASSAULT")
    assert found(events, "SANCTION") == [(["GBR"], ["RUS"])]


def test_a_rally_outside_an_embassy_is_aimed_at_its_state(coder: Coder) -> None:
    events = code_text(coder, "Students held a rally outside the French embassy in Bamako.")
    protest = next(e for e in events if e.event == "PROTEST")
    assert [(e.code, e.sector) for e in protest.actor] == [("MLI", "EDU")]
    assert [e.code for e in protest.recipient] == ["FRA"]


def test_a_protest_in_front_of_an_embassy_is_by_the_city_and_at_the_embassys_state(
        coder: Coder) -> None:
    events = code_text(coder, "Thousands protested in front of the US embassy in Seoul.")
    assert found(events, "PROTEST") == [(["KOR"], ["USA"])]


def test_a_reminder_that_it_must_act_requests_it_of_whom_it_is_issued_to(coder: Coder) -> None:
    events = code_text(coder, "Brazil issued a reminder to Peru that it must pay the debt.")
    assert found(events, "REQUEST") == [(["BRA"], ["PER"])]


def test_a_stance_in_the_passive_form_is_the_subjects_own_act(coder: Coder) -> None:
    events = code_text(coder, "Israel is opposed to French mediation.")
    assert found(events, "REJECT") == [(["ISR"], ["FRA"])]
    events = code_text(coder, "Vietnam is committed to opening up the economy.")
    assert found(events, "AGREE") == [(["VNM"], [])]


def test_calling_for_a_party_to_act_requests_it_of_that_party(coder: Coder) -> None:
    events = code_text(coder, "The United States has called for Eritrean forces to leave Tigray.")
    assert found(events, "REQUEST") == [(["USA"], ["ERI"])]


def test_announcing_to_carry_on_an_act_is_an_intent(coder: Coder) -> None:
    events = code_text(coder, "Russia said it would continue to supply weapons to Syria.")
    assert found(events, "AGREE") == [(["RUS"], ["SYR"])]
    assert found(events, "AID", "future") == [(["RUS"], ["SYR"])]


def test_saying_ones_own_side_might_cut_ties_is_a_threat_now(coder: Coder) -> None:
    events = code_text(coder, "Egypt said on Monday that it might cut ties with Sudan.")
    # "might" told by the party itself is a threat made, not the writer's guess.
    assert found(events, "THREATEN") == [(["EGY"], ["SDN"])]
    assert found(events, "SANCTION", "hypothetical") == [(["EGY"], ["SDN"])]


def test_what_a_party_appears_to_do_is_not_told_as_done(coder: Coder) -> None:
    events = code_text(coder, "Kenya appeared to be pulling its troops out of Somalia.")
    assert not found(events, "RETREAT")
    assert found(events, "RETREAT", "hypothetical") == [(["KEN"], ["SOM"])]


def test_a_party_saying_we_will_fight_threatens_now(coder: Coder) -> None:
    events = code_text(coder, '"We do not want a war, but will defend our border," Peru said.')
    assert found(events, "THREATEN") == [(["PER"], [])]
    assert found(events, "ASSAULT", "future") == [(["PER"], [])]
    # Another party's act told by the speaker is no threat of the speaker's, nor of the other.
    events = code_text(coder, "Peru said Chile will defend its border.")
    assert not found(events, "THREATEN")
