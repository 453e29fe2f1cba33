"""Model-free tests of leaving a treaty and of acts whose author is named after them
(EVENTS.md sections 2 and 3).

Withdrawing from a treaty, agreement, deal or body is a SANCTION (EVENTS.md), not a
pull-back of forces, told by a verb ("pulled the United States out of the agreement") or a
noun ("the withdrawal of the United States from the deal", "their withdrawal from ECOWAS",
by all three states "their" refers to). Whoever claims or carries out an act did it ("a
bombing claimed by Jaish-e-Mohammed"); a group's own name beats the state it is based in;
and a noun that is the subject of a verb of the same act is told once, by the verb.
Penalties imposed and terrorist designations are sanctions. A capital named only as where
something happened is no party to aim an act at; "the country" is the state just named; "a
memorandum of understanding with Somaliland" was signed with Somaliland. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one
from parley.events.coder import Coder

PUBLISHED = "2018-05-09"

PARSES = {
    "Trump pulled the United States out of the nuclear agreement with Iran.": [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("pulled", 1, "ROOT", "VERB", "VBD", "pull"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("United", 4, "compound", "PROPN", "NNP", "United"),
        ("States", 1, "dobj", "PROPN", "NNP", "States"),
        ("out", 1, "prep", "ADP", "IN", "out"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("nuclear", 9, "amod", "ADJ", "JJ", "nuclear"),
        ("agreement", 6, "pobj", "NOUN", "NN", "agreement"),
        ("with", 9, "prep", "ADP", "IN", "with"),
        ("Iran", 10, "pobj", "PROPN", "NNP", "Iran"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Trump said the withdrawal of the United States from the deal would force Iran to negotiate.": [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("withdrawal", 12, "nsubj", "NOUN", "NN", "withdrawal"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("United", 7, "compound", "PROPN", "NNP", "United"),
        ("States", 4, "pobj", "PROPN", "NNP", "States"),
        ("from", 3, "prep", "ADP", "IN", "from"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("deal", 8, "pobj", "NOUN", "NN", "deal"),
        ("would", 12, "aux", "AUX", "MD", "would"),
        ("force", 1, "ccomp", "VERB", "VB", "force"),
        ("Iran", 12, "dobj", "PROPN", "NNP", "Iran"),
        ("to", 15, "aux", "PART", "TO", "to"),
        ("negotiate", 12, "xcomp", "VERB", "VB", "negotiate"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "A bombing claimed by the Pakistan-based militant group Jaish-e-Mohammed killed 40 Indian police officers.": [
        ("A", 1, "det", "DET", "DT", "a"),
        ("bombing", 15, "nsubj", "NOUN", "NN", "bombing"),
        ("claimed", 1, "acl", "VERB", "VBN", "claim"),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("Pakistan", 7, "npadvmod", "PROPN", "NNP", "Pakistan"),
        ("-", 7, "punct", "PUNCT", "HYPH", "-"),
        ("based", 9, "amod", "VERB", "VBN", "base"),
        ("militant", 9, "amod", "ADJ", "JJ", "militant"),
        ("group", 3, "pobj", "NOUN", "NN", "group"),
        ("Jaish", 9, "appos", "PROPN", "NNP", "Jaish"),
        ("-", 10, "punct", "PUNCT", "HYPH", "-"),
        ("e", 10, "nummod", "NOUN", "NN", "e"),
        ("-", 1, "punct", "PROPN", "NNP", "-"),
        ("Mohammed", 1, "appos", "PROPN", "NNP", "Mohammed"),
        ("killed", 15, "ROOT", "VERB", "VBD", "kill"),
        ("40", 19, "nummod", "NUM", "CD", "40"),
        ("Indian", 19, "amod", "ADJ", "JJ", "indian"),
        ("police", 19, "compound", "NOUN", "NN", "police"),
        ("officers", 15, "dobj", "NOUN", "NNS", "officer"),
        (".", 15, "punct", "PUNCT", ".", "."),
    ],
    "The EU responded in June by imposing penalties on Kosovo.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("EU", 2, "nsubj", "PROPN", "NNP", "EU"),
        ("responded", 2, "ROOT", "VERB", "VBD", "respond"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("June", 3, "pobj", "PROPN", "NNP", "June"),
        ("by", 2, "prep", "ADP", "IN", "by"),
        ("imposing", 5, "pcomp", "VERB", "VBG", "impose"),
        ("penalties", 6, "dobj", "NOUN", "NNS", "penalty"),
        ("on", 7, "prep", "ADP", "IN", "on"),
        ("Kosovo", 8, "pobj", "PROPN", "NNP", "Kosovo"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Washington designated the Revolutionary Guards a terrorist organisation.": [
        ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
        ("designated", 1, "ROOT", "VERB", "VBD", "designate"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Revolutionary", 4, "compound", "PROPN", "NNP", "Revolutionary"),
        ("Guards", 1, "dative", "PROPN", "NNPS", "Guards"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("terrorist", 7, "amod", "ADJ", "JJ", "terrorist"),
        ("organisation", 1, "dobj", "NOUN", "NN", "organisation"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "In Hanoi, Trump rejected the offer.": [
        ("In", 4, "prep", "ADP", "IN", "in"),
        ("Hanoi", 0, "pobj", "PROPN", "NNP", "Hanoi"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("Trump", 4, "nsubj", "PROPN", "NNP", "Trump"),
        ("rejected", 4, "ROOT", "VERB", "VBD", "reject"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("offer", 4, "dobj", "NOUN", "NN", "offer"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Ethiopia signed a memorandum of understanding with Somaliland.": [
        ("Ethiopia", 1, "nsubj", "PROPN", "NNP", "Ethiopia"),
        ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("memorandum", 1, "dobj", "NOUN", "NN", "memorandum"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("understanding", 4, "pobj", "NOUN", "NN", "understanding"),
        ("with", 5, "prep", "ADP", "IN", "with"),
        ("Somaliland", 6, "pobj", "PROPN", "NNP", "Somaliland"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The African Union condemned the coup in Gabon and suspended the country.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("African", 2, "compound", "PROPN", "NNP", "African"),
        ("Union", 3, "nsubj", "PROPN", "NNP", "Union"),
        ("condemned", 3, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("coup", 3, "dobj", "NOUN", "NN", "coup"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("Gabon", 6, "pobj", "PROPN", "NNP", "Gabon"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("suspended", 3, "conj", "VERB", "VBD", "suspend"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("country", 9, "dobj", "NOUN", "NN", "country"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Burkina Faso, Mali and Niger announced their withdrawal from ECOWAS.": [
        ("Burkina", 1, "compound", "PROPN", "NNP", "Burkina"),
        ("Faso", 6, "nsubj", "PROPN", "NNP", "Faso"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("Mali", 1, "conj", "PROPN", "NNP", "Mali"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("Niger", 3, "conj", "PROPN", "NNP", "Niger"),
        ("announced", 6, "ROOT", "VERB", "VBD", "announce"),
        ("their", 8, "poss", "PRON", "PRP$", "their"),
        ("withdrawal", 6, "dobj", "NOUN", "NN", "withdrawal"),
        ("from", 8, "prep", "ADP", "IN", "from"),
        ("ECOWAS", 9, "pobj", "PROPN", "NNP", "ECOWAS"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
    "Pashinyan and Aliyev put their names to the document on Saturday.": [
        ("Pashinyan", 3, "nsubj", "PROPN", "NNP", "Pashinyan"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Aliyev", 0, "conj", "PROPN", "NNP", "Aliyev"),
        ("put", 3, "ROOT", "VERB", "VBD", "put"),
        ("their", 5, "poss", "PRON", "PRP$", "their"),
        ("names", 3, "dobj", "NOUN", "NNS", "name"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("document", 6, "pobj", "NOUN", "NN", "document"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Saturday", 9, "pobj", "PROPN", "NNP", "Saturday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str, event: str) -> list[tuple]:
    return [([e.code for e in ev.actor], [e.code for e in ev.recipient], ev.status)
            for ev in code_one(coder, text, PARSES[text], PUBLISHED) if ev.event == event]


def test_pulling_out_of_an_agreement_is_a_sanction(coder: Coder) -> None:
    text = "Trump pulled the United States out of the nuclear agreement with Iran."
    # Aimed at the pact's other party, which the phrase names.
    assert coded(coder, text, "SANCTION") == [(["USA"], ["IRN"], "asserted")]
    assert coded(coder, text, "RETREAT") == []


def test_the_withdrawal_from_a_deal_is_a_sanction(coder: Coder) -> None:
    text = ("Trump said the withdrawal of the United States from the deal would force Iran "
            "to negotiate.")
    assert coded(coder, text, "SANCTION") == [(["USA"], [], "asserted")]
    assert coded(coder, text, "RETREAT") == []


def test_an_attack_claimed_by_a_group_is_the_groups_and_told_once(coder: Coder) -> None:
    text = ("A bombing claimed by the Pakistan-based militant group Jaish-e-Mohammed killed "
            "40 Indian police officers.")
    assert coded(coder, text, "ASSAULT") == [(["JEM"], ["IND"], "asserted")]


def test_penalties_imposed_on_a_state_are_a_sanction(coder: Coder) -> None:
    text = "The EU responded in June by imposing penalties on Kosovo."
    assert coded(coder, text, "SANCTION") == [(["EU"], ["XKX"], "asserted")]


def test_designating_a_terrorist_organisation_is_a_sanction(coder: Coder) -> None:
    text = "Washington designated the Revolutionary Guards a terrorist organisation."
    assert coded(coder, text, "SANCTION") == [(["USA"], ["IRN"], "asserted")]


def test_a_capital_named_as_the_place_is_no_party(coder: Coder) -> None:
    text = "In Hanoi, Trump rejected the offer."
    events = code_doc(coder, [(text, PARSES[text])], PUBLISHED)
    assert [([e.code for e in ev.actor], [e.code for e in ev.recipient]) for ev in events] == [
        (["USA"], [])]


def test_leaving_a_regional_body_is_a_sanction_by_all_who_leave(coder: Coder) -> None:
    text = "Burkina Faso, Mali and Niger announced their withdrawal from ECOWAS."
    assert coded(coder, text, "SANCTION") == [(["BFA", "MLI", "NER"], ["ECOWAS"], "asserted")]
    assert coded(coder, text, "RETREAT") == []


def test_the_country_is_the_state_just_named(coder: Coder) -> None:
    text = "The African Union condemned the coup in Gabon and suspended the country."
    assert coded(coder, text, "SANCTION") == [(["AU"], ["GAB"], "asserted")]


def test_a_memorandum_of_understanding_with_a_party_is_signed_with_it(coder: Coder) -> None:
    text = "Ethiopia signed a memorandum of understanding with Somaliland."
    assert coded(coder, text, "AGREE") == [(["ETH", "SOM"], [], "asserted")]


def test_putting_names_to_a_document_signs_it(coder: Coder) -> None:
    text = "Pashinyan and Aliyev put their names to the document on Saturday."
    assert coded(coder, text, "AGREE") == [(["ARM", "AZE"], [], "asserted")]
