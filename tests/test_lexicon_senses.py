"""Model-free tests of verb senses the lexicon tells apart by their object (EVENTS.md
section 2, ``data/verbs.tsv``).

"flew weapons to Somalia" delivers arms (AID), while "flew to Somalia" is a visit; "signed a
law" is a state's own act, not an agreement with anyone; "took over the mediation" and a
mission that "takes over in January" take on a task, not a place; "violated Polish airspace"
is a show of force against Poland, not the violation of a rule. Ending "the state of war", or
declaring "an end to" it, is a truce (RETREAT), where ending a state of emergency concedes;
ordering "an end to" an operation halts it. Tanks that "poured into Georgia" invade it, where
a state that "poured troops into" a place masses its own forces (MOBILIZE); one that "keeps
soldiers at" a place has them stationed there, and sanctions "kept in place" are imposed still.
Money given ("gave Kyiv $2 billion", "250 million euros") is economic aid. A city seized is
occupied (as a city taken), where property seized is confiscated. Two neighbours reopening
their border crossings cooperate (COOPERATE), as reopening embassies does, and so does an
airline resuming flights to the other; peace made is agreed (AGREE), as peace signed is.
Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2024-12-13"

PARSES = {
    'Rwanda made peace with Burundi in June.': [
        ('Rwanda', 1, 'nsubj', 'PROPN', 'NNP', 'Rwanda'),
        ('made', 1, 'ROOT', 'VERB', 'VBD', 'make'),
        ('peace', 1, 'dobj', 'NOUN', 'NN', 'peace'),
        ('with', 1, 'prep', 'ADP', 'IN', 'with'),
        ('Burundi', 3, 'pobj', 'PROPN', 'NNP', 'Burundi'),
        ('in', 1, 'prep', 'ADP', 'IN', 'in'),
        ('June', 5, 'pobj', 'PROPN', 'NNP', 'June'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Turkish Airlines resumed flights to Yerevan.': [
        ('Turkish', 1, 'compound', 'PROPN', 'NNP', 'Turkish'),
        ('Airlines', 2, 'nsubj', 'PROPN', 'NNPS', 'Airlines'),
        ('resumed', 2, 'ROOT', 'VERB', 'VBD', 'resume'),
        ('flights', 2, 'dobj', 'NOUN', 'NNS', 'flight'),
        ('to', 3, 'prep', 'ADP', 'IN', 'to'),
        ('Yerevan', 4, 'pobj', 'PROPN', 'NNP', 'Yerevan'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Kyrgyzstan and Tajikistan reopened two border crossings.': [
        ('Kyrgyzstan', 3, 'nsubj', 'PROPN', 'NNP', 'Kyrgyzstan'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Tajikistan', 0, 'conj', 'PROPN', 'NNP', 'Tajikistan'),
        ('reopened', 3, 'ROOT', 'VERB', 'VBD', 'reopen'),
        ('two', 6, 'nummod', 'NUM', 'CD', 'two'),
        ('border', 6, 'compound', 'NOUN', 'NN', 'border'),
        ('crossings', 3, 'dobj', 'NOUN', 'NNS', 'crossing'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "M23 rebels seized Goma.": [
        ("M23", 1, "compound", "PROPN", "NNP", "M23"),
        ("rebels", 2, "nsubj", "NOUN", "NNS", "rebel"),
        ("seized", 2, "ROOT", "VERB", "VBD", "seize"),
        ("Goma", 2, "dobj", "PROPN", "NNP", "Goma"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Washington gave Kyiv $2 billion.": [
        ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
        ("gave", 1, "ROOT", "VERB", "VBD", "give"),
        ("Kyiv", 1, "dative", "PROPN", "NNP", "Kyiv"),
        ("$", 5, "quantmod", "SYM", "$", "$"),
        ("2", 5, "compound", "NUM", "CD", "2"),
        ("billion", 1, "dobj", "NUM", "CD", "billion"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The EU gave Moldova 250 million euros.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("EU", 2, "nsubj", "PROPN", "NNP", "EU"),
        ("gave", 2, "ROOT", "VERB", "VBD", "give"),
        ("Moldova", 2, "dative", "PROPN", "NNP", "Moldova"),
        ("250", 5, "compound", "NUM", "CD", "250"),
        ("million", 6, "nummod", "NUM", "CD", "million"),
        ("euros", 2, "dobj", "NOUN", "NNS", "euro"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Moscow keeps soldiers at Cobasna.": [
        ("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"),
        ("keeps", 1, "ROOT", "VERB", "VBZ", "keep"),
        ("soldiers", 1, "dobj", "NOUN", "NNS", "soldier"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("Cobasna", 3, "pobj", "PROPN", "NNP", "Cobasna"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "ECOWAS kept the sanctions on Niger in place.": [
        ("ECOWAS", 1, "nsubj", "PROPN", "NNP", "ECOWAS"),
        ("kept", 1, "ROOT", "VERB", "VBD", "keep"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Niger", 4, "pobj", "PROPN", "NNP", "Niger"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("place", 6, "pobj", "NOUN", "NN", "place"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Israel kept troops on five hilltops.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("kept", 1, "ROOT", "VERB", "VBD", "keep"),
        ("troops", 1, "dobj", "NOUN", "NNS", "troop"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("five", 5, "nummod", "NUM", "CD", "five"),
        ("hilltops", 3, "pobj", "NOUN", "NNS", "hilltop"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Thailand poured troops into Cambodia.": [
        ("Thailand", 1, "nsubj", "PROPN", "NNP", "Thailand"),
        ("poured", 1, "ROOT", "VERB", "VBD", "pour"),
        ("troops", 1, "dobj", "NOUN", "NNS", "troop"),
        ("into", 1, "prep", "ADP", "IN", "into"),
        ("Cambodia", 3, "pobj", "PROPN", "NNP", "Cambodia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russian tanks poured into Georgia.": [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("tanks", 2, "nsubj", "NOUN", "NNS", "tank"),
        ("poured", 2, "ROOT", "VERB", "VBD", "pour"),
        ("into", 2, "prep", "ADP", "IN", "into"),
        ("Georgia", 3, "pobj", "PROPN", "NNP", "Georgia"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "A Chinese ship rammed a Philippine vessel.": [
        ("A", 2, "det", "DET", "DT", "a"),
        ("Chinese", 2, "amod", "ADJ", "JJ", "chinese"),
        ("ship", 3, "nsubj", "NOUN", "NN", "ship"),
        ("rammed", 3, "ROOT", "VERB", "VBD", "ram"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("Philippine", 6, "amod", "ADJ", "JJ", "philippine"),
        ("vessel", 3, "dobj", "NOUN", "NN", "vessel"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Egypt flew weapons to Somalia.": [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("flew", 1, "ROOT", "VERB", "VBD", "fly"),
        ("weapons", 1, "dobj", "NOUN", "NNS", "weapon"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Somalia", 3, "pobj", "PROPN", "NNP", "Somalia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Somalia's president signed a law.": [
        ("Somalia", 2, "poss", "PROPN", "NNP", "Somalia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("president", 3, "nsubj", "NOUN", "NN", "president"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("law", 3, "dobj", "NOUN", "NN", "law"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The African Union mission takes over in January.": [
        ("The", 3, "det", "DET", "DT", "the"),
        ("African", 2, "compound", "PROPN", "NNP", "African"),
        ("Union", 3, "compound", "PROPN", "NNP", "Union"),
        ("mission", 4, "nsubj", "NOUN", "NN", "mission"),
        ("takes", 4, "ROOT", "VERB", "VBZ", "take"),
        ("over", 4, "prt", "ADP", "RP", "over"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("January", 6, "pobj", "PROPN", "NNP", "January"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The African Union took over the mediation.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("African", 2, "compound", "PROPN", "NNP", "African"),
        ("Union", 3, "nsubj", "PROPN", "NNP", "Union"),
        ("took", 3, "ROOT", "VERB", "VBD", "take"),
        ("over", 3, "prt", "ADP", "RP", "over"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("mediation", 3, "dobj", "NOUN", "NN", "mediation"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Russian drones violated Polish airspace.": [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("drones", 2, "nsubj", "NOUN", "NNS", "drone"),
        ("violated", 2, "ROOT", "VERB", "VBD", "violate"),
        ("Polish", 4, "amod", "ADJ", "JJ", "polish"),
        ("airspace", 2, "dobj", "NOUN", "NN", "airspace"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Ethiopia and Eritrea declared an end to the state of war.": [
        ("Ethiopia", 3, "nsubj", "PROPN", "NNP", "Ethiopia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Eritrea", 0, "conj", "PROPN", "NNP", "Eritrea"),
        ("declared", 3, "ROOT", "VERB", "VBD", "declare"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("end", 3, "dobj", "NOUN", "NN", "end"),
        ("to", 5, "prep", "ADP", "IN", "to"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("state", 6, "pobj", "NOUN", "NN", "state"),
        ("of", 8, "prep", "ADP", "IN", "of"),
        ("war", 9, "pobj", "NOUN", "NN", "war"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Russia ordered an end to its military operation.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
        ("an", 3, "det", "DET", "DT", "an"),
        ("end", 1, "dobj", "NOUN", "NN", "end"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("its", 7, "poss", "PRON", "PRP$", "its"),
        ("military", 7, "amod", "ADJ", "JJ", "military"),
        ("operation", 4, "pobj", "NOUN", "NN", "operation"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Ethiopia and Eritrea formally ended the state of war.": [
        ("Ethiopia", 4, "nsubj", "PROPN", "NNP", "Ethiopia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Eritrea", 0, "conj", "PROPN", "NNP", "Eritrea"),
        ("formally", 4, "advmod", "ADV", "RB", "formally"),
        ("ended", 4, "ROOT", "VERB", "VBD", "end"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("state", 4, "dobj", "NOUN", "NN", "state"),
        ("of", 6, "prep", "ADP", "IN", "of"),
        ("war", 7, "pobj", "NOUN", "NN", "war"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Greece ended the state of emergency.": [
        ("Greece", 1, "nsubj", "PROPN", "NNP", "Greece"),
        ("ended", 1, "ROOT", "VERB", "VBD", "end"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("state", 1, "dobj", "NOUN", "NN", "state"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("emergency", 4, "pobj", "NOUN", "NN", "emergency"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia, which keeps about 1,500 troops in Transnistria, has rejected the plan.": [
        ("Russia", 11, "nsubj", "PROPN", "NNP", "Russia"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("which", 3, "nsubj", "PRON", "WDT", "which"),
        ("keeps", 0, "relcl", "VERB", "VBZ", "keep"),
        ("about", 5, "quantmod", "ADV", "RB", "about"),
        ("1,500", 6, "nummod", "NUM", "CD", "1,500"),
        ("troops", 3, "dobj", "NOUN", "NNS", "troop"),
        ("in", 6, "prep", "ADP", "IN", "in"),
        ("Transnistria", 7, "pobj", "PROPN", "NNP", "Transnistria"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("has", 11, "aux", "AUX", "VBZ", "have"),
        ("rejected", 11, "ROOT", "VERB", "VBN", "reject"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("plan", 11, "dobj", "NOUN", "NN", "plan"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ],
    "The deal gives Armenia a stake in the peace.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("deal", 2, "nsubj", "NOUN", "NN", "deal"),
        ("gives", 2, "ROOT", "VERB", "VBZ", "give"),
        ("Armenia", 2, "dative", "PROPN", "NNP", "Armenia"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("stake", 2, "dobj", "NOUN", "NN", "stake"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("peace", 6, "pobj", "NOUN", "NN", "peace"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_flying_weapons_to_a_state_is_military_aid(coder: Coder) -> None:
    events = code_one(coder, "Egypt flew weapons to Somalia.",
                      PARSES["Egypt flew weapons to Somalia."], PUBLISHED)
    assert summary(events) == [("AID", "asserted", ["EGY"], ["SOM"])]
    assert events[0].cameo == "072"


def test_forces_pouring_into_a_state_invade_it(coder: Coder) -> None:
    assert coded(coder, "Russian tanks poured into Georgia.") == [
        ("ASSAULT", "asserted", ["RUS"], ["GEO"])]


def test_pouring_troops_into_a_place_masses_them(coder: Coder) -> None:
    assert coded(coder, "Thailand poured troops into Cambodia.") == [
        ("MOBILIZE", "asserted", ["THA"], ["KHM"])]


def test_soldiers_kept_in_a_place_are_stationed_there(coder: Coder) -> None:
    assert coded(coder, "Moscow keeps soldiers at Cobasna.") == [
        ("MOBILIZE", "asserted", ["RUS"], ["MDA"])]
    # Troops kept "on" hilltops hold ground; no stationing in anyone's state is told.
    assert coded(coder, "Israel kept troops on five hilltops.") == []


def test_where_troops_are_kept_may_hang_on_the_troops(coder: Coder) -> None:
    # (The parser hangs "in Transnistria" on "troops" in the relative clause.)
    text = "Russia, which keeps about 1,500 troops in Transnistria, has rejected the plan."
    assert ("MOBILIZE", "asserted", ["RUS"], ["MDA"]) in coded(coder, text)


def test_a_phrase_on_the_object_completes_only_a_pattern_naming_that_object(
        coder: Coder) -> None:
    # ("give in" is to concede; a stake "in" the peace is given, nothing conceded.)
    assert coded(coder, "The deal gives Armenia a stake in the peace.") == []


def test_sanctions_kept_in_place_are_sanctions(coder: Coder) -> None:
    assert coded(coder, "ECOWAS kept the sanctions on Niger in place.") == [
        ("SANCTION", "asserted", ["ECOWAS"], ["NER"])]


def test_money_given_is_economic_aid(coder: Coder) -> None:
    for text, giver, receiver in (("Washington gave Kyiv $2 billion.", "USA", "UKR"),
                                  ("The EU gave Moldova 250 million euros.", "EU", "MDA")):
        events = code_one(coder, text, PARSES[text], PUBLISHED)
        assert summary(events) == [("AID", "asserted", [giver], [receiver])]
        assert events[0].mode == "economic"


def test_a_city_seized_is_occupied(coder: Coder) -> None:
    taken = code_one(coder, "M23 rebels seized Goma.", PARSES["M23 rebels seized Goma."],
                     PUBLISHED)
    assert summary(taken) == [("ASSAULT", "asserted", ["M23"], ["COD"])]
    assert taken[0].mode == "occupy"


def test_signing_a_law_is_no_agreement(coder: Coder) -> None:
    assert coded(coder, "Somalia's president signed a law.") == []


def test_a_mission_taking_over_seizes_nothing(coder: Coder) -> None:
    assert coded(coder, "The African Union mission takes over in January.") == []


def test_taking_over_a_mediation_seizes_nothing(coder: Coder) -> None:
    assert [e for e in coded(coder, "The African Union took over the mediation.")
            if e[0] == "ASSAULT"] == []


def test_violating_a_states_airspace_is_a_show_of_force_against_it(coder: Coder) -> None:
    assert coded(coder, "Russian drones violated Polish airspace.") == [
        ("MOBILIZE", "asserted", ["RUS"], ["POL"])]


def test_ending_the_state_of_war_is_a_truce_of_both(coder: Coder) -> None:
    declared = "Ethiopia and Eritrea declared an end to the state of war."
    assert coded(coder, declared) == [("RETREAT", "asserted", ["ETH", "ERI"], [])]
    # The war a truce ended was fought, at a time the sentence does not tell.
    ended = "Ethiopia and Eritrea formally ended the state of war."
    events = code_one(coder, ended, PARSES[ended], PUBLISHED)
    assert summary(events) == [("RETREAT", "asserted", ["ETH", "ERI"], []),
                               ("ASSAULT", "asserted", ["ETH", "ERI"], [])]
    assert events[1].date is None


def test_ending_a_state_of_emergency_is_no_truce(coder: Coder) -> None:
    assert coded(coder, "Greece ended the state of emergency.") == [
        ("CONCEDE", "asserted", ["GRC"], [])]


def test_ordering_an_end_to_an_operation_halts_it(coder: Coder) -> None:
    assert coded(coder, "Russia ordered an end to its military operation.") == [
        ("RETREAT", "asserted", ["RUS"], [])]


_UNDER_THE_DEAL = [
    ("Israeli", 1, "amod", "ADJ", "JJ", "israeli"),
    ("troops", 3, "nsubj", "NOUN", "NNS", "troop"),
    ("will", 3, "aux", "AUX", "MD", "will"),
    ("withdraw", 3, "ROOT", "VERB", "VB", "withdraw"),
    ("from", 3, "prep", "ADP", "IN", "from"),
    ("Lebanon", 4, "pobj", "PROPN", "NNP", "Lebanon"),
    ("under", 3, "prep", "ADP", "IN", "under"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("deal", 6, "pobj", "NOUN", "NN", "deal"),
    (".", 3, "punct", "PUNCT", ".", "."),
]
_FROM_THE_DEAL = [
    ("The", 2, "det", "DET", "DT", "the"),
    ("United", 2, "compound", "PROPN", "NNP", "United"),
    ("States", 3, "nsubj", "PROPN", "NNP", "States"),
    ("withdrew", 3, "ROOT", "VERB", "VBD", "withdraw"),
    ("from", 3, "prep", "ADP", "IN", "from"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("deal", 4, "pobj", "NOUN", "NN", "deal"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_a_patterns_preposition_must_govern_its_noun(coder: Coder) -> None:
    # "withdraw from deal" (SANCTION) needs the deal to be what "from" governs; troops that
    # withdraw from Lebanon under a deal retreat.
    text = "Israeli troops will withdraw from Lebanon under the deal."
    assert summary(code_one(coder, text, _UNDER_THE_DEAL, PUBLISHED)) == [
        ("RETREAT", "future", ["ISR"], ["LBN"])]
    text = "The United States withdrew from the deal."
    assert [ev.event for ev in code_one(coder, text, _FROM_THE_DEAL, PUBLISHED)] == ["SANCTION"]


_PLACED_ON_LIST = [
    ("The", 2, "det", "DET", "DT", "the"),
    ("United", 2, "compound", "PROPN", "NNP", "United"),
    ("States", 3, "nsubj", "PROPN", "NNP", "States"),
    ("placed", 3, "ROOT", "VERB", "VBD", "place"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("FARC", 3, "dobj", "NOUN", "NNS", "FARC"),
    ("on", 3, "prep", "ADP", "IN", "on"),
    ("its", 9, "poss", "PRON", "PRP$", "its"),
    ("terrorist", 9, "amod", "ADJ", "JJ", "terrorist"),
    ("list", 6, "pobj", "NOUN", "NN", "list"),
    (".", 3, "punct", "PUNCT", ".", "."),
]
_CLOSED_CROSSING = [
    ("Thailand", 1, "nsubj", "PROPN", "NNP", "Thailand"),
    ("closed", 1, "ROOT", "VERB", "VBD", "close"),
    ("every", 4, "det", "DET", "DT", "every"),
    ("land", 4, "compound", "NOUN", "NN", "land"),
    ("crossing", 1, "dobj", "VERB", "VBG", "cross"),
    ("with", 4, "prep", "ADP", "IN", "with"),
    ("Cambodia", 5, "pobj", "PROPN", "NNP", "Cambodia"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_listing_a_group_as_terrorist_is_a_sanction(coder: Coder) -> None:
    text = "The United States placed the FARC on its terrorist list."
    assert summary(code_one(coder, text, _PLACED_ON_LIST, PUBLISHED)) == [
        ("SANCTION", "asserted", ["USA"], ["FARC"])]


def test_closing_the_crossings_with_a_state_restricts_it(coder: Coder) -> None:
    # (The model tags "crossing" a verb, lemma "cross".)
    text = "Thailand closed every land crossing with Cambodia."
    assert summary(code_one(coder, text, _CLOSED_CROSSING, PUBLISHED)) == [
        ("COERCE", "asserted", ["THA"], ["KHM"])]


_AIRLINER = [
    ("Belarus", 1, "nsubj", "PROPN", "NNP", "Belarus"),
    ("forced", 1, "ROOT", "VERB", "VBD", "force"),
    ("an", 3, "det", "DET", "DT", "an"),
    ("airliner", 1, "dobj", "NOUN", "NN", "airliner"),
    ("flying", 3, "acl", "VERB", "VBG", "fly"),
    ("to", 4, "prep", "ADP", "IN", "to"),
    ("Vilnius", 5, "pobj", "PROPN", "NNP", "Vilnius"),
    ("to", 4, "prep", "ADP", "IN", "to"),
    ("land", 7, "pobj", "NOUN", "NN", "land"),
    ("in", 8, "prep", "ADP", "IN", "in"),
    ("Minsk", 9, "pobj", "PROPN", "NNP", "Minsk"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_participle_on_an_object_is_the_objects_own_act(coder: Coder) -> None:
    # The airliner flew to Vilnius, not Belarus (a statement condemning something is its
    # maker's condemnation; an airliner's flight is its own).
    text = "Belarus forced an airliner flying to Vilnius to land in Minsk."
    assert [ev.event for ev in code_one(coder, text, _AIRLINER, PUBLISHED)] == ["COERCE"]


_ACCORDING_TO = [
    ("Egypt", 2, "nsubj", "PROPN", "NNP", "Egypt"),
    ("has", 2, "aux", "AUX", "VBZ", "have"),
    ("supplied", 2, "ROOT", "VERB", "VBN", "supply"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("Sudanese", 5, "amod", "ADJ", "JJ", "sudanese"),
    ("army", 2, "dobj", "NOUN", "NN", "army"),
    ("with", 2, "prep", "ADP", "IN", "with"),
    ("drones", 6, "pobj", "NOUN", "NNS", "drone"),
    (",", 2, "punct", "PUNCT", ",", ","),
    ("according", 2, "prep", "VERB", "VBG", "accord"),
    ("to", 9, "prep", "ADP", "IN", "to"),
    ("diplomats", 10, "pobj", "NOUN", "NNS", "diplomat"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_according_to_names_a_source_not_the_one_supplied(coder: Coder) -> None:
    # "to diplomats" under "according" is no "supply ... to X": the army supplied stays the
    # recipient.
    text = "Egypt has supplied the Sudanese army with drones, according to diplomats."
    assert summary(code_one(coder, text, _ACCORDING_TO, PUBLISHED)) == [
        ("AID", "asserted", ["EGY"], ["SDN"])]


_VISA_RESTRICTIONS = [
    ("The", 2, "det", "DET", "DT", "the"),
    ("United", 2, "compound", "PROPN", "NNP", "United"),
    ("States", 3, "nsubj", "PROPN", "NNP", "States"),
    ("imposed", 3, "ROOT", "VERB", "VBD", "impose"),
    ("visa", 5, "compound", "NOUN", "NN", "visa"),
    ("restrictions", 3, "dobj", "NOUN", "NNS", "restriction"),
    ("on", 5, "prep", "ADP", "IN", "on"),
    ("Georgian", 8, "amod", "ADJ", "JJ", "georgian"),
    ("officials", 6, "pobj", "NOUN", "NNS", "official"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_visa_restrictions_on_a_states_officials_are_a_sanction(coder: Coder) -> None:
    # (Restrictions alone restrict movement, COERCE; on visas they punish officials.)
    text = "The United States imposed visa restrictions on Georgian officials."
    assert summary(code_one(coder, text, _VISA_RESTRICTIONS, PUBLISHED)) == [
        ("SANCTION", "asserted", ["USA"], ["GEO"])]


def test_ramming_a_states_vessel_attacks_that_state(coder: Coder) -> None:
    assert coded(coder, "A Chinese ship rammed a Philippine vessel.") == [
        ("ASSAULT", "asserted", ["CHN"], ["PHL"])]


def test_neighbours_reopening_crossings_cooperate(coder: Coder) -> None:
    text = "Kyrgyzstan and Tajikistan reopened two border crossings."
    assert summary(code_one(coder, text, PARSES[text], PUBLISHED)) == [
        ("COOPERATE", "asserted", ["KGZ", "TJK"], [])]


def test_peace_made_is_agreed(coder: Coder) -> None:
    text = "Rwanda made peace with Burundi in June."
    [(event, status, actor, recipient)] = summary(code_one(coder, text, PARSES[text], PUBLISHED))
    assert (event, status, sorted(actor), recipient) == ("AGREE", "asserted", ["BDI", "RWA"], [])


def test_flights_resumed_to_a_capital_cooperate(coder: Coder) -> None:
    text = "Turkish Airlines resumed flights to Yerevan."
    assert summary(code_one(coder, text, PARSES[text], PUBLISHED)) == [
        ("COOPERATE", "asserted", ["TUR"], ["ARM"])]
