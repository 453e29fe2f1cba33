"""Model-free tests of who an attack is on when the text names only where it happened,
and of people named by title and surname (EVENTS.md section 3).

An attack in another state on no one named, or on people named only as a group, is on that
state ("bombed targets in Libya", "killed four people ... in Tel Aviv", "in the Rwandan town of
Gisenyi", "carried out strikes in Lebanon"); so is a withdrawal from places of no state named ("the
villages it held in southern Lebanon"). A title and a
surname name the office holder of the day ("President Bush" in 2003), even where the
surname alone is too ambiguous to be an alias. A camp "for Rwandan refugees" is theirs;
militiamen "armed with machetes" were armed by no one. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2003-03-10"

PARSES = {
    "President Bush threatened further action against Russia.": [
        ("President", 1, "compound", "PROPN", "NNP", "President"),
        ("Bush", 2, "nsubj", "PROPN", "NNP", "Bush"),
        ("threatened", 2, "ROOT", "VERB", "VBD", "threaten"),
        ("further", 4, "amod", "ADJ", "JJ", "further"),
        ("action", 2, "dobj", "NOUN", "NN", "action"),
        ("against", 4, "prep", "ADP", "IN", "against"),
        ("Russia", 5, "pobj", "PROPN", "NNP", "Russia"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Two Palestinian gunmen killed four people when they opened fire in Tel Aviv.": [
        ("Two", 2, "nummod", "NUM", "CD", "two"),
        ("Palestinian", 2, "amod", "ADJ", "JJ", "palestinian"),
        ("gunmen", 3, "nsubj", "NOUN", "NNS", "gunman"),
        ("killed", 3, "ROOT", "VERB", "VBD", "kill"),
        ("four", 5, "nummod", "NUM", "CD", "four"),
        ("people", 3, "dobj", "NOUN", "NNS", "people"),
        ("when", 8, "advmod", "SCONJ", "WRB", "when"),
        ("they", 8, "nsubj", "PRON", "PRP", "they"),
        ("opened", 3, "advcl", "VERB", "VBD", "open"),
        ("fire", 8, "dobj", "NOUN", "NN", "fire"),
        ("in", 8, "prep", "ADP", "IN", "in"),
        ("Tel", 12, "compound", "PROPN", "NNP", "Tel"),
        ("Aviv", 10, "pobj", "PROPN", "NNP", "Aviv"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Britain bombed targets in Libya.": [
        ("Britain", 1, "nsubj", "PROPN", "NNP", "Britain"),
        ("bombed", 1, "ROOT", "VERB", "VBD", "bomb"),
        ("targets", 1, "dobj", "NOUN", "NNS", "target"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Libya", 3, "pobj", "PROPN", "NNP", "Libya"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Burundian militiamen armed with machetes attacked a camp near Goma.": [
        ("Burundian", 1, "amod", "ADJ", "JJ", "burundian"),
        ("militiamen", 5, "nsubj", "NOUN", "NNS", "militiaman"),
        ("armed", 1, "acl", "VERB", "VBN", "arm"),
        ("with", 2, "prep", "ADP", "IN", "with"),
        ("machetes", 3, "pobj", "NOUN", "NNS", "machete"),
        ("attacked", 5, "ROOT", "VERB", "VBD", "attack"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("camp", 5, "dobj", "NOUN", "NN", "camp"),
        ("near", 5, "prep", "ADP", "IN", "near"),
        ("Goma", 8, "pobj", "PROPN", "NNP", "Goma"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Israeli air strikes on Gaza killed at least 30 people on Tuesday.": [
        ("Israeli", 2, "amod", "ADJ", "JJ", "israeli"),
        ("air", 2, "compound", "NOUN", "NN", "air"),
        ("strikes", 5, "nsubj", "NOUN", "NNS", "strike"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Gaza", 3, "pobj", "PROPN", "NNP", "Gaza"),
        ("killed", 5, "ROOT", "VERB", "VBN", "kill"),
        ("at", 7, "advmod", "ADV", "RB", "at"),
        ("least", 8, "advmod", "ADV", "RBS", "least"),
        ("30", 9, "nummod", "NUM", "CD", "30"),
        ("people", 5, "dobj", "NOUN", "NNS", "people"),
        ("on", 5, "prep", "ADP", "IN", "on"),
        ("Tuesday", 10, "pobj", "PROPN", "NNP", "Tuesday"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "North Korea test-fired two ballistic missiles into the sea.": [
        ("North", 1, "compound", "PROPN", "NNP", "North"),
        ("Korea", 4, "nsubj", "PROPN", "NNP", "Korea"),
        ("test", 4, "npadvmod", "NOUN", "NN", "test"),
        ("-", 4, "punct", "PUNCT", "HYPH", "-"),
        ("fired", 4, "ROOT", "VERB", "VBD", "fire"),
        ("two", 7, "nummod", "NUM", "CD", "two"),
        ("ballistic", 7, "amod", "ADJ", "JJ", "ballistic"),
        ("missiles", 4, "dobj", "NOUN", "NNS", "missile"),
        ("into", 4, "prep", "ADP", "IN", "into"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("sea", 8, "pobj", "NOUN", "NN", "sea"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Congolese shells killed five civilians in the Rwandan town of Gisenyi.": [
        ("Congolese", 1, "amod", "ADJ", "JJ", "congolese"),
        ("shells", 2, "nsubj", "NOUN", "NNS", "shell"),
        ("killed", 2, "ROOT", "VERB", "VBD", "kill"),
        ("five", 4, "nummod", "NUM", "CD", "five"),
        ("civilians", 2, "dobj", "NOUN", "NNS", "civilian"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("Rwandan", 8, "amod", "ADJ", "JJ", "rwandan"),
        ("town", 5, "pobj", "NOUN", "NN", "town"),
        ("of", 8, "prep", "ADP", "IN", "of"),
        ("Gisenyi", 9, "pobj", "PROPN", "NNP", "Gisenyi"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Israel carried out hundreds of strikes in Lebanon.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("carried", 1, "ROOT", "VERB", "VBD", "carry"),
        ("out", 1, "prt", "ADP", "RP", "out"),
        ("hundreds", 1, "dobj", "NOUN", "NNS", "hundred"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("strikes", 4, "pobj", "NOUN", "NNS", "strike"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Lebanon", 6, "pobj", "PROPN", "NNP", "Lebanon"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Israel's army pulled out of the villages it held in southern Lebanon.": [
        ("Israel", 2, "poss", "PROPN", "NNP", "Israel"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("army", 3, "nsubj", "NOUN", "NN", "army"),
        ("pulled", 3, "ROOT", "VERB", "VBD", "pull"),
        ("out", 3, "prep", "ADP", "IN", "out"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("villages", 5, "pobj", "NOUN", "NNS", "village"),
        ("it", 9, "nsubj", "PRON", "PRP", "it"),
        ("held", 7, "relcl", "VERB", "VBD", "hold"),
        ("in", 9, "prep", "ADP", "IN", "in"),
        ("southern", 12, "amod", "ADJ", "JJ", "southern"),
        ("Lebanon", 10, "pobj", "PROPN", "NNP", "Lebanon"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str, event: str) -> list[tuple]:
    return [([(e.code, e.sector) for e in ev.actor], [(e.code, e.sector) for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED) if ev.event == event]


def test_an_attack_on_targets_in_another_state_is_on_that_state(coder: Coder) -> None:
    assert coded(coder, "Britain bombed targets in Libya.", "ASSAULT") == [
        ([("GBR", "")], [("LBY", "")])]


def test_people_killed_where_the_attackers_are_foreign_are_of_that_place(coder: Coder) -> None:
    # The place is on the when-clause, not on "killed"; Tel Aviv is Israel's.
    text = "Two Palestinian gunmen killed four people when they opened fire in Tel Aviv."
    assert coded(coder, text, "ASSAULT") == [([("PSE", "")], [("ISR", "CVL")])]


def test_a_title_and_a_surname_name_the_office_holder_of_the_day(coder: Coder) -> None:
    text = "President Bush threatened further action against Russia."
    assert coded(coder, text, "THREATEN") == [([("USA", "GOV")], [("RUS", "")])]


def test_men_armed_with_machetes_were_armed_by_no_one(coder: Coder) -> None:
    text = "Burundian militiamen armed with machetes attacked a camp near Goma."
    assert [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)] == [
        ("ASSAULT", ["BDI"], ["COD"])]


def test_people_killed_by_strikes_on_a_place_are_of_that_place(coder: Coder) -> None:
    text = "Israeli air strikes on Gaza killed at least 30 people on Tuesday."
    assert coded(coder, text, "ASSAULT") == [([("ISR", "")], [("PSE", "CVL")])]


def test_a_test_fired_missile_is_a_weapons_test(coder: Coder) -> None:
    text = "North Korea test-fired two ballistic missiles into the sea."
    assert coded(coder, text, "ASSAULT") == []
    assert coded(coder, text, "MOBILIZE") == [([("PRK", "")], [])]


def test_a_place_named_by_its_states_adjective_locates_the_attack(coder: Coder) -> None:
    text = "Congolese shells killed five civilians in the Rwandan town of Gisenyi."
    assert coded(coder, text, "ASSAULT") == [([("COD", "")], [("RWA", "CVL")])]


def test_strikes_carried_out_in_a_state_are_on_it(coder: Coder) -> None:
    assert coded(coder, "Israel carried out hundreds of strikes in Lebanon.", "ASSAULT") == [
        ([("ISR", "")], [("LBN", "")])]


def test_a_withdrawal_from_places_in_a_state_is_from_that_state(coder: Coder) -> None:
    text = "Israel's army pulled out of the villages it held in southern Lebanon."
    assert coded(coder, text, "RETREAT") == [([("ISR", "MIL")], [("LBN", "")])]
