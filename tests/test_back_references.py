"""Model-free tests of acts told again by what they used or made: weapons told before
("The rockets hit a school"), pacts rejected or condemned ("rejected the deal", "the
agreement between Israel and the Emirates"), a deed judged as "it" ("condemned it"), one's own measures lifted ("lifted its
sanctions"), and "the group's" men, of the group last named. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests)."""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2020-01-01"

PARSES = {
    "Syria fired rockets at two towns in Turkey on Monday.": [
        ("Syria", 1, "nsubj", "PROPN", "NNP", "Syria"),
        ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
        ("rockets", 1, "dobj", "NOUN", "NNS", "rocket"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("two", 5, "nummod", "NUM", "CD", "two"),
        ("towns", 3, "pobj", "NOUN", "NNS", "town"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("Turkey", 6, "pobj", "PROPN", "NNP", "Turkey"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Monday", 8, "pobj", "PROPN", "NNP", "Monday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The rockets hit a school in Kilis.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("rockets", 2, "nsubj", "NOUN", "NNS", "rocket"),
        ("hit", 2, "ROOT", "VERB", "VBD", "hit"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("school", 2, "dobj", "NOUN", "NN", "school"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("Kilis", 5, "pobj", "PROPN", "NNP", "Kilis"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Kenya and Somalia signed a border deal on Friday.": [
        ("Kenya", 3, "nsubj", "PROPN", "NNP", "Kenya"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Somalia", 0, "conj", "PROPN", "NNP", "Somalia"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("border", 6, "compound", "NOUN", "NN", "border"),
        ("deal", 3, "dobj", "NOUN", "NN", "deal"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Friday", 7, "pobj", "PROPN", "NNP", "Friday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Eritrea rejected the deal.": [
        ("Eritrea", 1, "nsubj", "PROPN", "NNP", "Eritrea"),
        ("rejected", 1, "ROOT", "VERB", "VBD", "reject"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("deal", 1, "dobj", "NOUN", "NN", "deal"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Iran condemned the agreement between Israel and the Emirates.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("agreement", 1, "dobj", "NOUN", "NN", "agreement"),
        ("between", 3, "prep", "ADP", "IN", "between"),
        ("Israel", 4, "pobj", "PROPN", "NNP", "Israel"),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("Emirates", 5, "conj", "PROPN", "NNPS", "Emirates"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Belarus forced a Lithuanian airliner to land in Minsk on Sunday.": [
        ("Belarus", 1, "nsubj", "PROPN", "NNP", "Belarus"),
        ("forced", 1, "ROOT", "VERB", "VBD", "force"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("Lithuanian", 4, "compound", "ADJ", "JJ", "lithuanian"),
        ("airliner", 1, "dobj", "NOUN", "NN", "airliner"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("land", 5, "pobj", "NOUN", "NN", "land"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Minsk", 7, "pobj", "PROPN", "NNP", "Minsk"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Sunday", 9, "pobj", "PROPN", "NNP", "Sunday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Poland's president called it an act of terrorism, and Germany condemned it.": [
        ("Poland", 2, "poss", "PROPN", "NNP", "Poland"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("president", 3, "nsubj", "NOUN", "NN", "president"),
        ("called", 3, "ROOT", "VERB", "VBD", "call"),
        ("it", 3, "dobj", "PRON", "PRP", "it"),
        ("an", 6, "det", "DET", "DT", "an"),
        ("act", 3, "oprd", "NOUN", "NN", "act"),
        ("of", 6, "prep", "ADP", "IN", "of"),
        ("terrorism", 7, "pobj", "NOUN", "NN", "terrorism"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("Germany", 12, "nsubj", "PROPN", "NNP", "Germany"),
        ("condemned", 3, "conj", "VERB", "VBD", "condemn"),
        ("it", 12, "dobj", "PRON", "PRP", "it"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ],
    "West African leaders imposed sanctions on Guinea on Sunday.": [
        ("West", 1, "amod", "ADJ", "JJ", "west"),
        ("African", 2, "amod", "ADJ", "JJ", "african"),
        ("leaders", 3, "nsubj", "NOUN", "NNS", "leader"),
        ("imposed", 3, "ROOT", "VERB", "VBD", "impose"),
        ("sanctions", 3, "dobj", "NOUN", "NNS", "sanction"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Guinea", 5, "pobj", "PROPN", "NNP", "Guinea"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Sunday", 7, "pobj", "PROPN", "NNP", "Sunday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "ECOWAS lifted its sanctions in July.": [
        ("ECOWAS", 1, "nsubj", "PROPN", "NNP", "ECOWAS"),
        ("lifted", 1, "ROOT", "VERB", "VBD", "lift"),
        ("its", 3, "poss", "PRON", "PRP$", "its"),
        ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("July", 4, "pobj", "PROPN", "NNP", "July"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Eritrea called the deal null and void and recalled its ambassador to Kenya.": [
        ("Eritrea", 1, "nsubj", "PROPN", "NNP", "Eritrea"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("deal", 4, "compound", "NOUN", "NN", "deal"),
        ("null", 1, "dobj", "NOUN", "NN", "null"),
        ("and", 4, "cc", "CCONJ", "CC", "and"),
        ("void", 4, "conj", "ADJ", "JJ", "void"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("recalled", 1, "conj", "VERB", "VBD", "recall"),
        ("its", 10, "poss", "PRON", "PRP$", "its"),
        ("ambassador", 8, "dobj", "NOUN", "NN", "ambassador"),
        ("to", 10, "prep", "ADP", "IN", "to"),
        ("Kenya", 11, "pobj", "PROPN", "NNP", "Kenya"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Greece and Egypt signed an agreement, which Turkey called null and void.": [
        ("Greece", 3, "nsubj", "PROPN", "NNP", "Greece"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Egypt", 0, "conj", "PROPN", "NNP", "Egypt"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("agreement", 3, "dobj", "NOUN", "NN", "agreement"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("which", 9, "dobj", "PRON", "WDT", "which"),
        ("Turkey", 9, "nsubj", "PROPN", "NNP", "Turkey"),
        ("called", 5, "relcl", "VERB", "VBD", "call"),
        ("null", 9, "oprd", "NOUN", "NN", "null"),
        ("and", 10, "cc", "CCONJ", "CC", "and"),
        ("void", 10, "conj", "ADJ", "JJ", "void"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Hezbollah fired rockets at Israel.": [
        ("Hezbollah", 1, "nsubj", "PROPN", "NNP", "Hezbollah"),
        ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
        ("rockets", 1, "dobj", "NOUN", "NNS", "rocket"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("Israel", 3, "pobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "An Israeli strike killed a commander of the group's elite force.": [
        ("An", 2, "det", "DET", "DT", "an"),
        ("Israeli", 2, "amod", "ADJ", "JJ", "israeli"),
        ("strike", 3, "nsubj", "NOUN", "NN", "strike"),
        ("killed", 3, "ROOT", "VERB", "VBD", "kill"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("commander", 3, "dobj", "NOUN", "NN", "commander"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("group", 11, "poss", "NOUN", "NN", "group"),
        ("'s", 8, "case", "PART", "POS", "'s"),
        ("elite", 11, "amod", "ADJ", "JJ", "elite"),
        ("force", 6, "pobj", "NOUN", "NN", "force"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The RSF shelled Khartoum.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("RSF", 2, "nsubj", "PROPN", "NNP", "RSF"),
        ("shelled", 2, "ROOT", "VERB", "VBD", "shell"),
        ("Khartoum", 2, "dobj", "PROPN", "NNP", "Khartoum"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "The paramilitary group withdrew from Khartoum.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("paramilitary", 2, "amod", "ADJ", "JJ", "paramilitary"),
        ("group", 3, "nsubj", "NOUN", "NN", "group"),
        ("withdrew", 3, "ROOT", "VERB", "VBD", "withdraw"),
        ("from", 3, "prep", "ADP", "IN", "from"),
        ("Khartoum", 4, "pobj", "PROPN", "NNP", "Khartoum"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, *texts: str, status: str = "asserted") -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events if ev.status == status]


def test_weapons_told_before_are_fired_by_whoever_fired_them(coder: Coder) -> None:
    events = coded(coder, "Syria fired rockets at two towns in Turkey on Monday.",
                   "The rockets hit a school in Kilis.")
    assert events.count(("ASSAULT", ["SYR"], ["TUR"])) == 1
    assert ("ASSAULT", ["SYR"], []) in events
    # With no attack told before, the rockets are nobody's.
    assert not coded(coder, "The rockets hit a school in Kilis.")


def test_rejecting_the_deal_is_aimed_at_its_parties(coder: Coder) -> None:
    events = coded(coder, "Kenya and Somalia signed a border deal on Friday.",
                   "Eritrea rejected the deal.")
    assert ("REJECT", ["ERI"], ["KEN", "SOM"]) in events


def test_a_pact_named_with_its_parties_is_aimed_at_them(coder: Coder) -> None:
    events = coded(coder, "Kenya and Somalia signed a border deal on Friday.",
                   "Iran condemned the agreement between Israel and the Emirates.")
    # Its own parties, not the pair the text told last.
    assert ("ACCUSE", ["IRN"], ["ISR", "ARE"]) in events


def test_a_deed_judged_as_it_is_aimed_at_whoever_did_it(coder: Coder) -> None:
    events = coded(coder, "Belarus forced a Lithuanian airliner to land in Minsk on Sunday.",
                   "Poland's president called it an act of terrorism, and Germany condemned it.")
    assert ("ACCUSE", ["POL"], ["BLR"]) in events
    assert ("ACCUSE", ["DEU"], ["BLR"]) in events


def test_lifting_ones_own_sanctions_is_aimed_at_whom_they_hit(coder: Coder) -> None:
    events = coded(coder, "West African leaders imposed sanctions on Guinea on Sunday.",
                   "ECOWAS lifted its sanctions in July.")
    assert ("CONCEDE", ["ECOWAS"], ["GIN"]) in events
    assert coded(coder, "ECOWAS lifted its sanctions in July.") == [("CONCEDE", ["ECOWAS"], [])]


def test_a_pact_called_void_is_rejected_and_an_envoy_recalled_from_its_host(
        coder: Coder) -> None:
    events = coded(coder, "Kenya and Somalia signed a border deal on Friday.",
                   "Eritrea called the deal null and void and recalled its ambassador to Kenya.")
    assert ("REJECT", ["ERI"], ["KEN", "SOM"]) in events
    assert ("SANCTION", ["ERI"], ["KEN"]) in events


def test_an_act_told_in_a_relative_clause_is_not_what_a_pact_is_about(coder: Coder) -> None:
    events = coded(coder, "Greece and Egypt signed an agreement, which Turkey called null and "
                          "void.")
    assert ("AGREE", ["GRC", "EGY"], []) in events
    assert not any(ev[0] == "AGREE" and ev[2] for ev in events)


def test_the_groups_men_are_of_the_group_last_named(coder: Coder) -> None:
    events = coded(coder, "Hezbollah fired rockets at Israel.",
                   "An Israeli strike killed a commander of the group's elite force.")
    assert events == [("ASSAULT", ["HEZBOLLAH"], ["ISR"]), ("ASSAULT", ["ISR"], ["HEZBOLLAH"])]


def test_the_paramilitary_group_is_the_group_last_named(coder: Coder) -> None:
    # ("paramilitary" says what kind of group, not which: still a short reference.)
    assert coded(coder, "The RSF shelled Khartoum.",
                 "The paramilitary group withdrew from Khartoum.")[-1] == (
        "RETREAT", ["RSF"], ["SDN"])
