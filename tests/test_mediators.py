"""Model-free tests of mediators, protests and suspended talks (EVENTS.md sections 2 and 3).

A host of talks between two parties mediates between them, and is no party to the talks.
Denying having done something is a denial (no PLOVER type), not a refusal. Talks "convened
by the African Union" are a CONSULT by the mediator (with the parties of the
story as recipients when the text names them); protesters storming a building are a riot
(PROTEST) by people of the place the building is in; families of hostages are civilians;
a protest is aimed at whoever its "against", "in defiance of" or "disapproval of" phrase names;
suspending one's participation in talks halts negotiations (REJECT, CAMEO 164). A deal struck
"with Russian mediation" is Russia's mediation between the deal's makers, and guarantors of
talks mediate them; so does a host of contacts between two parties. Talks someone will convene are still to
come. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2022-11-03"

PARSES = {
    "The deal was signed at the end of talks convened by the African Union.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("deal", 3, "nsubjpass", "NOUN", "NN", "deal"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("signed", 3, "ROOT", "VERB", "VBN", "sign"),
        ("at", 3, "prep", "ADP", "IN", "at"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("end", 4, "pobj", "NOUN", "NN", "end"),
        ("of", 6, "prep", "ADP", "IN", "of"),
        ("talks", 7, "pobj", "NOUN", "NNS", "talk"),
        ("convened", 8, "acl", "VERB", "VBN", "convene"),
        ("by", 9, "agent", "ADP", "IN", "by"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("African", 13, "compound", "PROPN", "NNP", "African"),
        ("Union", 10, "pobj", "PROPN", "NNP", "Union"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Protesters stormed the parliament building in Yerevan.": [
        ("Protesters", 1, "nsubj", "NOUN", "NNS", "protester"),
        ("stormed", 1, "ROOT", "VERB", "VBD", "storm"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("parliament", 4, "compound", "NOUN", "NN", "parliament"),
        ("building", 1, "dobj", "NOUN", "NN", "building"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Yerevan", 5, "pobj", "PROPN", "NNP", "Yerevan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Families of hostages staged protests in Tel Aviv.": [
        ("Families", 3, "nsubj", "NOUN", "NNS", "family"),
        ("of", 0, "prep", "ADP", "IN", "of"),
        ("hostages", 1, "pobj", "NOUN", "NNS", "hostage"),
        ("staged", 3, "ROOT", "VERB", "VBD", "stag"),
        ("protests", 3, "dobj", "NOUN", "NNS", "protest"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("Tel", 7, "compound", "PROPN", "NNP", "Tel"),
        ("Aviv", 5, "pobj", "PROPN", "NNP", "Aviv"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Sudan's army suspended its participation in the talks.": [
        ("Sudan", 2, "poss", "PROPN", "NNP", "Sudan"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("army", 3, "nsubj", "NOUN", "NN", "army"),
        ("suspended", 3, "ROOT", "VERB", "VBD", "suspend"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("participation", 3, "dobj", "NOUN", "NN", "participation"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("talks", 6, "pobj", "NOUN", "NNS", "talk"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Demonstrators in Baghdad blocked a road to show their disapproval for the United States' military policies.": [
        ("Demonstrators", 3, "nsubj", "NOUN", "NNS", "demonstrator"),
        ("in", 0, "prep", "ADP", "IN", "in"),
        ("Baghdad", 1, "pobj", "PROPN", "NNP", "Baghdad"),
        ("blocked", 3, "ROOT", "VERB", "VBD", "block"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("road", 3, "dobj", "NOUN", "NN", "road"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("show", 3, "advcl", "VERB", "VB", "show"),
        ("their", 9, "poss", "PRON", "PRP$", "their"),
        ("disapproval", 7, "dobj", "NOUN", "NN", "disapproval"),
        ("for", 9, "prep", "ADP", "IN", "for"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("United", 13, "compound", "PROPN", "NNP", "United"),
        ("States", 16, "poss", "PROPN", "NNP", "States"),
        ("'", 13, "case", "PART", "POS", "'"),
        ("military", 16, "amod", "ADJ", "JJ", "military"),
        ("policies", 10, "pobj", "NOUN", "NNS", "policy"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Palestinian youths threw stones during demonstrations against the Israeli military.": [
        ("Palestinian", 1, "amod", "ADJ", "JJ", "palestinian"),
        ("youths", 2, "nsubj", "NOUN", "NNS", "youth"),
        ("threw", 2, "ROOT", "VERB", "VBD", "throw"),
        ("stones", 2, "dobj", "NOUN", "NNS", "stone"),
        ("during", 2, "prep", "ADP", "IN", "during"),
        ("demonstrations", 4, "pobj", "NOUN", "NNS", "demonstration"),
        ("against", 5, "prep", "ADP", "IN", "against"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("Israeli", 9, "amod", "ADJ", "JJ", "israeli"),
        ("military", 6, "pobj", "NOUN", "NN", "military"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Rwanda denied backing the M23.": [
        ("Rwanda", 1, "nsubj", "PROPN", "NNP", "Rwanda"),
        ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
        ("backing", 1, "xcomp", "VERB", "VBG", "back"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("M23", 2, "dobj", "PROPN", "NNP", "M23"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Qatar hosted the talks between Rwanda and the M23.": [
        ("Qatar", 1, "nsubj", "PROPN", "NNP", "Qatar"),
        ("hosted", 1, "ROOT", "VERB", "VBD", "host"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("talks", 1, "dobj", "NOUN", "NNS", "talk"),
        ("between", 3, "prep", "ADP", "IN", "between"),
        ("Rwanda", 4, "pobj", "PROPN", "NNP", "Rwanda"),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("M23", 5, "conj", "PROPN", "NNP", "M23"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Syria and the SDF struck a deal at the weekend with Russian mediation.": [
        ("Syria", 4, "nsubj", "PROPN", "NNP", "Syria"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("SDF", 0, "conj", "PROPN", "NNP", "SDF"),
        ("struck", 4, "ROOT", "VERB", "VBD", "strike"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("deal", 4, "dobj", "NOUN", "NN", "deal"),
        ("at", 4, "prep", "ADP", "IN", "at"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("weekend", 7, "pobj", "NOUN", "NN", "weekend"),
        ("with", 4, "prep", "ADP", "IN", "with"),
        ("Russian", 12, "amod", "ADJ", "JJ", "russian"),
        ("mediation", 10, "pobj", "NOUN", "NN", "mediation"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Cuba and Norway guaranteed the talks between Colombia and the FARC.": [
        ("Cuba", 3, "nsubj", "PROPN", "NNP", "Cuba"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Norway", 0, "conj", "PROPN", "NNP", "Norway"),
        ("guaranteed", 3, "ROOT", "VERB", "VBD", "guarantee"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("talks", 3, "dobj", "NOUN", "NNS", "talk"),
        ("between", 5, "prep", "ADP", "IN", "between"),
        ("Colombia", 6, "pobj", "PROPN", "NNP", "Colombia"),
        ("and", 7, "cc", "CCONJ", "CC", "and"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("FARC", 7, "conj", "NOUN", "NNS", "FARC"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Oman hosted contacts between the Houthis and Saudi Arabia.": [
        ("Oman", 1, "nsubj", "NOUN", "NN", "oman"),
        ("hosted", 1, "ROOT", "VERB", "VBD", "host"),
        ("contacts", 1, "dobj", "NOUN", "NNS", "contact"),
        ("between", 2, "prep", "ADP", "IN", "between"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("Houthis", 3, "pobj", "PROPN", "NNP", "Houthis"),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("Saudi", 8, "compound", "PROPN", "NNP", "Saudi"),
        ("Arabia", 5, "conj", "PROPN", "NNP", "Arabia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The Ukraine Contact Group met in London.": [
        ("The", 3, "det", "DET", "DT", "the"),
        ("Ukraine", 3, "compound", "PROPN", "NNP", "Ukraine"),
        ("Contact", 3, "compound", "PROPN", "NNP", "Contact"),
        ("Group", 4, "nsubj", "PROPN", "NNP", "Group"),
        ("met", 4, "ROOT", "VERB", "VBD", "meet"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("London", 5, "pobj", "PROPN", "NNP", "London"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Kenya said it would convene a summit with Rwanda and Congo.": [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("convene", 1, "ccomp", "VERB", "VB", "convene"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("summit", 4, "dobj", "NOUN", "NN", "summit"),
        ("with", 6, "prep", "ADP", "IN", "with"),
        ("Rwanda", 7, "pobj", "PROPN", "NNP", "Rwanda"),
        ("and", 8, "cc", "CCONJ", "CC", "and"),
        ("Congo", 8, "conj", "PROPN", "NNP", "Congo"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [(e.code, e.sector) for e in ev.actor], [e.code for e in ev.recipient],
             ev.status) for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_talks_convened_by_a_body_are_its_mediation(coder: Coder) -> None:
    text = "The deal was signed at the end of talks convened by the African Union."
    assert ("CONSULT", [("AU", "IGO")], [], "asserted") in coded(coder, text)


def test_protesters_storming_a_building_riot_where_it_stands(coder: Coder) -> None:
    assert coded(coder, "Protesters stormed the parliament building in Yerevan.") == [
        ("PROTEST", [("ARM", "CVL")], ["ARM"], "asserted")]


def test_families_are_civilians_of_where_they_protest(coder: Coder) -> None:
    assert coded(coder, "Families of hostages staged protests in Tel Aviv.") == [
        ("PROTEST", [("ISR", "CVL")], ["ISR"], "asserted")]


def test_suspending_participation_in_talks_halts_them(coder: Coder) -> None:
    assert coded(coder, "Sudan's army suspended its participation in the talks.") == [
        ("REJECT", [("SDN", "MIL")], [], "asserted")]


def test_a_protest_is_aimed_at_whom_its_disapproval_names(coder: Coder) -> None:
    text = ("Demonstrators in Baghdad blocked a road to show their disapproval for the United "
            "States' military policies.")
    assert coded(coder, text) == [("PROTEST", [("IRQ", "CVL")], ["USA"], "asserted")]


def test_demonstrations_against_an_army_are_aimed_at_its_state(coder: Coder) -> None:
    text = "Palestinian youths threw stones during demonstrations against the Israeli military."
    assert coded(coder, text) == [("PROTEST", [("PSE", "CVL")], ["ISR"], "asserted")]


def test_a_host_of_talks_mediates_between_their_parties(coder: Coder) -> None:
    assert coded(coder, "Qatar hosted the talks between Rwanda and the M23.") == [
        ("CONSULT", [("QAT", "")], ["RWA", "M23"], "asserted"),
        ("CONSULT", [("RWA", ""), ("M23", "REB")], [], "asserted")]


def test_denying_having_done_something_is_no_refusal(coder: Coder) -> None:
    assert not [ev for ev in coded(coder, "Rwanda denied backing the M23.") if ev[0] == "REJECT"]


def test_mediation_a_deal_was_struck_with_mediates_between_its_makers(coder: Coder) -> None:
    text = "Syria and the SDF struck a deal at the weekend with Russian mediation."
    assert [(ev, [a for a, _ in actor], recipient, status)
            for ev, actor, recipient, status in coded(coder, text)] == [
        ("AGREE", ["SYR", "SDF"], [], "asserted"),  # the mediation is no party to the deal
        ("CONSULT", ["RUS"], ["SYR", "SDF"], "asserted")]


def test_guarantors_of_talks_mediate_them(coder: Coder) -> None:
    text = "Cuba and Norway guaranteed the talks between Colombia and the FARC."
    assert ("CONSULT", [("CUB", ""), ("NOR", "")], ["COL", "FARC"], "asserted") in coded(
        coder, text)
    assert not [e for e in coded(coder, text) if e[0] == "AGREE"]


def test_a_host_of_contacts_mediates_between_their_parties(coder: Coder) -> None:
    assert coded(coder, "Oman hosted contacts between the Houthis and Saudi Arabia.") == [
        ("CONSULT", [("OMN", "")], ["HOUTHI", "SAU"], "asserted"),
        ("CONSULT", [("HOUTHI", "REB"), ("SAU", "")], [], "asserted")]


def test_a_contact_group_is_no_contact(coder: Coder) -> None:
    # (Its meeting is an act; the group's name tells none.)
    text = "The Ukraine Contact Group met in London."
    events = code_one(coder, text, PARSES[text], PUBLISHED)
    assert [text[e.trigger_start:e.trigger_end] for e in events] == ["met"]


def test_a_summit_to_be_convened_is_still_to_come(coder: Coder) -> None:
    events = coded(coder, "Kenya said it would convene a summit with Rwanda and Congo.")
    assert [(e, status) for e, _, _, status in events if e == "CONSULT"] == [
        ("CONSULT", "future")]
