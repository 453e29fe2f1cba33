"""Model-free tests of coups and of a verb the model takes for a modifier.

With no verb to head "Myanmar's military seized power in a coup on Monday", en_core_web_sm 3.8.0
makes "power" the root and "seized" (a finite past tense) an adjective of it; the parse is
repaired so that the military seizes power. Seizing or taking power, and a coup, are COERCE
(CAMEO 170; PLOVER has no coup type, and the gold sets code coups so). Taking a town, as
seizing one, is occupation by force (ASSAULT occupy). Toppling, ousting or overthrowing a
leader is a coup too; soldiers or officers of no named state who topple a state's president, or
seize power in a state, are its army, and "the junta" or "the officers" later in the text are
they; so are the makers of "the coup in Myanmar", a coup no one is named making. In a text
that names a state's junta ("Myanmar's junta chief"), "the generals" are that junta, and "the
army and police" that state's. Docs are built
by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

import spacy

from docbuild import build_doc, code_doc, code_one, summary
from parley.events.coder import Coder
from parley.events.repair import repair

PUBLISHED = "2021-02-02"
_VOCAB = spacy.blank("en").vocab

PARSES = {
    "Belarusian police cordoned off the square.": [
        ("Belarusian", 1, "amod", "ADJ", "JJ", "belarusian"),
        ("police", 2, "nsubj", "NOUN", "NNS", "police"),
        ("cordoned", 2, "ROOT", "VERB", "VBD", "cordone"),
        ("off", 2, "prep", "ADP", "IN", "off"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("square", 3, "pobj", "NOUN", "NN", "square"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Russia took the town of Bakhmut in May.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("took", 1, "ROOT", "VERB", "VBD", "take"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("town", 1, "dobj", "NOUN", "NN", "town"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("Bakhmut", 4, "pobj", "PROPN", "NNP", "Bakhmut"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("May", 6, "pobj", "PROPN", "NNP", "May"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Myanmar's military seized power in a coup on Monday.": [
        ("Myanmar", 4, "poss", "PROPN", "NNP", "Myanmar"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("military", 4, "amod", "ADJ", "JJ", "military"),
        ("seized", 4, "amod", "VERB", "VBD", "seize"),
        ("power", 4, "ROOT", "NOUN", "NN", "power"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("coup", 5, "pobj", "NOUN", "NN", "coup"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Monday", 8, "pobj", "PROPN", "NNP", "Monday"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The military took power in Niger on July 26.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("military", 2, "nsubj", "NOUN", "NN", "military"),
        ("took", 2, "ROOT", "VERB", "VBD", "take"),
        ("power", 2, "dobj", "NOUN", "NN", "power"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("Niger", 4, "pobj", "PROPN", "NNP", "Niger"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("July", 6, "pobj", "PROPN", "NNP", "July"),
        ("26", 7, "nummod", "NUM", "CD", "26"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Gabon's army officers staged a coup on Wednesday.": [
        ("Gabon", 3, "poss", "PROPN", "NNP", "Gabon"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("army", 3, "compound", "NOUN", "NN", "army"),
        ("officers", 4, "nsubj", "NOUN", "NNS", "officer"),
        ("staged", 4, "ROOT", "VERB", "VBD", "stag"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("coup", 4, "dobj", "NOUN", "NN", "coup"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Wednesday", 7, "pobj", "PROPN", "NNP", "Wednesday"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
}

SEIZED = "Myanmar's military seized power in a coup on Monday."


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.cameo, ev.status, [e.code for e in ev.actor], ev.date)
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_a_past_tense_taken_for_an_adjective_heads_the_sentence_again() -> None:
    doc = build_doc(_VOCAB, SEIZED, PARSES[SEIZED])
    repair(doc)
    heads = {t.text: (t.dep_, t.head.text) for t in doc}
    assert heads["seized"] == ("ROOT", "seized")
    assert heads["military"] == ("nsubj", "seized")
    assert heads["power"] == ("dobj", "seized")
    assert heads["Myanmar"] == ("poss", "military")
    assert heads["in"] == ("prep", "seized") and heads["on"] == ("prep", "seized")


def test_a_sentence_with_a_verb_root_is_left_alone() -> None:
    text = "The military took power in Niger on July 26."
    doc = build_doc(_VOCAB, text, PARSES[text])
    repair(doc)
    assert [(t.dep_, t.head.i) for t in doc] == [(r[2], r[1]) for r in PARSES[text]]


def test_seizing_or_taking_power_is_a_coup(coder: Coder) -> None:
    assert coded(coder, SEIZED) == [("COERCE", "170", "asserted", ["MMR"], "2021-02-01")]
    assert coded(coder, "The military took power in Niger on July 26.") == [
        ("COERCE", "170", "asserted", ["NER"], "2020-07-26")]


def test_a_coup_staged_is_a_coup(coder: Coder) -> None:
    assert coded(coder, "Gabon's army officers staged a coup on Wednesday.") == [
        ("COERCE", "170", "asserted", ["GAB"], "2021-01-27")]


def test_taking_a_town_is_occupation(coder: Coder) -> None:
    events = code_one(coder, "Russia took the town of Bakhmut in May.",
                      PARSES["Russia took the town of Bakhmut in May."], PUBLISHED)
    assert [(ev.event, ev.mode, [e.code for e in ev.actor]) for ev in events] == [
        ("ASSAULT", "occupy", ["RUS"])]


def test_lemmas_the_model_gets_wrong_are_corrected(coder: Coder) -> None:
    # en_core_web_sm lemmatises "cordoned" as "cordone" and "staged" as "stag".
    text = "Belarusian police cordoned off the square."
    doc = build_doc(_VOCAB, text, PARSES[text])
    repair(doc)
    assert doc[2].lemma_ == "cordon"
    events = code_one(coder, text, PARSES[text], PUBLISHED)
    assert [(ev.event, ev.mode, [e.code for e in ev.actor]) for ev in events] == [
        ("COERCE", "restrict", ["BLR"])]


def test_a_coup_is_aimed_at_the_usurpers_own_state(coder: Coder) -> None:
    # Named nowhere in the sentence, the state is the one whose power is seized (inferred:
    # no text, no offsets), not the document's other party.
    for text in (SEIZED, "Gabon's army officers staged a coup on Wednesday."):
        (event,) = code_one(coder, text, PARSES[text], PUBLISHED)
        assert [(e.code, e.text, e.start) for e in event.recipient] == [
            (event.actor[0].code, "", -1)]


# -- usurpers of no named state ------------------------------------------------------------

USURPERS = {
    "The coup in Myanmar shocked the region.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("coup", 4, "nsubj", "NOUN", "NN", "coup"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Myanmar", 2, "pobj", "PROPN", "NNP", "Myanmar"),
        ("shocked", 4, "ROOT", "VERB", "VBD", "shock"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("region", 4, "dobj", "NOUN", "NN", "region"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The junta accused ASEAN of interfering.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("junta", 2, "nsubj", "NOUN", "NN", "junta"),
        ("accused", 2, "ROOT", "VERB", "VBD", "accuse"),
        ("ASEAN", 2, "dobj", "PROPN", "NNP", "ASEAN"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("interfering", 4, "pobj", "VERB", "VBG", "interfere"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Soldiers toppled Niger's president on Wednesday.": [
        ("Soldiers", 1, "nsubj", "NOUN", "NNS", "soldier"),
        ("toppled", 1, "ROOT", "VERB", "VBD", "topple"),
        ("Niger", 4, "poss", "PROPN", "NNP", "Niger"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("president", 1, "dobj", "NOUN", "NN", "president"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Wednesday", 5, "pobj", "PROPN", "NNP", "Wednesday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The officers who seized power in Niger detained the president.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("officers", 7, "nsubj", "NOUN", "NNS", "officer"),
        ("who", 3, "nsubj", "PRON", "WP", "who"),
        ("seized", 1, "relcl", "VERB", "VBD", "seize"),
        ("power", 3, "dobj", "NOUN", "NN", "power"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("Niger", 5, "pobj", "PROPN", "NNP", "Niger"),
        ("detained", 7, "ROOT", "VERB", "VBD", "detain"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("president", 7, "dobj", "NOUN", "NN", "president"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
    "The junta accused Paris of meddling.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("junta", 2, "nsubj", "NOUN", "NN", "junta"),
        ("accused", 2, "ROOT", "VERB", "VBD", "accuse"),
        ("Paris", 2, "dobj", "PROPN", "NNP", "Paris"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("meddling", 4, "pobj", "VERB", "VBG", "meddle"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Voters ousted the ruling party.": [
        ("Voters", 1, "nsubj", "NOUN", "NNS", "voter"),
        ("ousted", 1, "ROOT", "VERB", "VBD", "oust"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("ruling", 4, "amod", "VERB", "VBG", "rule"),
        ("party", 1, "dobj", "NOUN", "NN", "party"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Myanmar's junta chief met ASEAN leaders.": [
        ("Myanmar", 3, "poss", "PROPN", "NNP", "Myanmar"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("junta", 3, "compound", "ADJ", "JJ", "junta"),
        ("chief", 4, "nsubj", "NOUN", "NN", "chief"),
        ("met", 4, "ROOT", "VERB", "VBD", "meet"),
        ("ASEAN", 6, "compound", "PROPN", "NNP", "ASEAN"),
        ("leaders", 4, "dobj", "NOUN", "NNS", "leader"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The army and police have killed hundreds of people.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("army", 5, "nsubj", "NOUN", "NN", "army"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("police", 1, "conj", "NOUN", "NNS", "police"),
        ("have", 5, "aux", "AUX", "VBP", "have"),
        ("killed", 5, "ROOT", "VERB", "VBN", "kill"),
        ("hundreds", 5, "dobj", "NOUN", "NNS", "hundred"),
        ("of", 6, "prep", "ADP", "IN", "of"),
        ("people", 7, "pobj", "NOUN", "NNS", "people"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Washington has sanctioned the generals.": [
        ("Washington", 2, "nsubj", "PROPN", "NNP", "Washington"),
        ("has", 2, "aux", "AUX", "VBZ", "have"),
        ("sanctioned", 2, "ROOT", "VERB", "VBN", "sanction"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("generals", 2, "dobj", "NOUN", "NNS", "general"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "ASEAN met in Jakarta.": [
        ("ASEAN", 1, "nsubj", "PROPN", "NNP", "ASEAN"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Jakarta", 2, "pobj", "PROPN", "NNP", "Jakarta"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Myanmar accused the bloc of breaching the deal.": [
        ("Myanmar", 1, "nsubj", "PROPN", "NNP", "Myanmar"),
        ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("bloc", 1, "dobj", "NOUN", "NN", "bloc"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("breaching", 4, "pcomp", "VERB", "VBG", "breach"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("deal", 5, "dobj", "NOUN", "NN", "deal"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def _told(coder: Coder, *texts: str) -> list:
    return summary(code_doc(coder, [(t, USURPERS[t]) for t in texts], "2023-08-01", infer=False))


def test_soldiers_toppling_a_president_seize_power_in_his_state(coder: Coder) -> None:
    assert _told(coder, "Soldiers toppled Niger's president on Wednesday.") == [
        ("COERCE", "asserted", ["NER"], ["NER"])]


def test_officers_who_seized_power_in_a_state_are_its_army(coder: Coder) -> None:
    coded = _told(coder, "The officers who seized power in Niger detained the president.")
    assert ("COERCE", "asserted", ["NER"], ["NER"]) in coded
    assert all(actor == ["NER"] for _, _, actor, _ in coded)


def test_the_junta_after_a_coup_is_the_usurpers(coder: Coder) -> None:
    coded = _told(coder, "Soldiers toppled Niger's president on Wednesday.",
                  "The junta accused Paris of meddling.")
    assert ("ACCUSE", "asserted", ["NER"], ["FRA"]) in coded
    # With no coup told, the junta is no one's.
    assert _told(coder, "The junta accused Paris of meddling.") == []


def test_a_coup_in_a_state_is_its_armys_and_they_are_the_junta(coder: Coder) -> None:
    coded = _told(coder, "The coup in Myanmar shocked the region.",
                  "The junta accused ASEAN of interfering.")
    assert coded == [("COERCE", "asserted", ["MMR"], ["MMR"]),
                     ("ACCUSE", "asserted", ["MMR"], ["ASEAN"])]


def test_voters_ousting_a_party_seize_nothing(coder: Coder) -> None:
    assert _told(coder, "Voters ousted the ruling party.") == []


def test_the_army_and_the_generals_in_a_text_about_a_junta_are_its(coder: Coder) -> None:
    coded = _told(coder, "Myanmar's junta chief met ASEAN leaders.",
                  "The army and police have killed hundreds of people.",
                  "Washington has sanctioned the generals.")
    assert ("ASSAULT", "asserted", ["MMR"], ["MMR"]) in coded
    assert ("SANCTION", "asserted", ["USA"], ["MMR"]) in coded
    # With no junta named, neither is anyone's.
    assert _told(coder, "The army and police have killed hundreds of people.",
                 "Washington has sanctioned the generals.") == [("SANCTION", "asserted", ["USA"], [])]


def test_the_bloc_accused_of_an_act_is_the_bloc_named_before(coder: Coder) -> None:
    # ("of breaching" says what it is accused of, not which bloc.)
    coded = _told(coder, "ASEAN met in Jakarta.", "Myanmar accused the bloc of breaching the deal.")
    assert ("ACCUSE", "asserted", ["MMR"], ["ASEAN"]) in coded
