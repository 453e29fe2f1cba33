"""Model-free tests of accusing labels, of whom "he" is when one speaks of someone, and of
wanting to receive (EVENTS.md sections 2 and 3).

Pinning an accusing label on a party ("called Assad a war criminal", "described the PKK as a
terrorist organisation", "said the strikes were a war crime") is an ACCUSE of that party, or
of whoever did the act the label is pinned on (``data/labels.tsv``). "Stated of Assad that he
has to go" asks it of Assad, not of the speaker. Wanting to receive something from a party
asks it of them; receiving aid from a party makes it the giver. What one is accused of is the
accused's alleged act; a document "condemning" something condemns it in the name of whoever
the document names, else of whoever issued it. Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, reparsed
from parley.events.coder import Coder

PUBLISHED = "2012-06-01"

PARSES = {
    # (The parser takes "unprovoked" for a participle, lemma "unprovoke".)
    "Pakistan called India's attack unprovoked.": [
        ("Pakistan", 1, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("India", 4, "poss", "PROPN", "NNP", "India"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("attack", 1, "dobj", "NOUN", "NN", "attack"),
        ("unprovoked", 1, "oprd", "VERB", "VBN", "unprovoke"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Pakistan called India's measures unjust.": [
        ("Pakistan", 1, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("India", 4, "poss", "PROPN", "NNP", "India"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("measures", 1, "dobj", "NOUN", "NNS", "measure"),
        ("unjust", 1, "oprd", "ADJ", "JJ", "unjust"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Erdogan called Assad a war criminal.": [
        ("Erdogan", 1, "nsubj", "PROPN", "NNP", "Erdogan"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("Assad", 1, "dobj", "PROPN", "NNP", "Assad"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("war", 5, "compound", "NOUN", "NN", "war"),
        ("criminal", 1, "oprd", "NOUN", "NN", "criminal"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Ankara described the PKK as a terrorist organisation.": [
        ("Ankara", 1, "nsubj", "PROPN", "NNP", "Ankara"),
        ("described", 1, "ROOT", "VERB", "VBD", "describe"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("PKK", 1, "dobj", "PROPN", "NNP", "PKK"),
        ("as", 1, "prep", "ADP", "IN", "as"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("terrorist", 7, "amod", "ADJ", "JJ", "terrorist"),
        ("organisation", 4, "pobj", "NOUN", "NN", "organisation"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The Ukrainian foreign minister said the Russian strikes were a war crime.": [
        ("The", 3, "det", "DET", "DT", "the"),
        ("Ukrainian", 3, "amod", "ADJ", "JJ", "ukrainian"),
        ("foreign", 3, "amod", "ADJ", "JJ", "foreign"),
        ("minister", 4, "nsubj", "NOUN", "NN", "minister"),
        ("said", 4, "ROOT", "VERB", "VBD", "say"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("Russian", 7, "amod", "ADJ", "JJ", "russian"),
        ("strikes", 8, "nsubj", "NOUN", "NNS", "strike"),
        ("were", 4, "ccomp", "AUX", "VBD", "be"),
        ("a", 11, "det", "DET", "DT", "a"),
        ("war", 11, "compound", "NOUN", "NN", "war"),
        ("crime", 8, "attr", "NOUN", "NN", "crime"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Obama has stated of Assad that he has to go.": [
        ("Obama", 2, "nsubj", "PROPN", "NNP", "Obama"),
        ("has", 2, "aux", "AUX", "VBZ", "have"),
        ("stated", 2, "ROOT", "VERB", "VBN", "state"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("Assad", 3, "pobj", "PROPN", "NNP", "Assad"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("he", 7, "nsubj", "PRON", "PRP", "he"),
        ("has", 2, "ccomp", "VERB", "VBZ", "have"),
        ("to", 9, "aux", "PART", "TO", "to"),
        ("go", 7, "xcomp", "VERB", "VB", "go"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Iraq hopes to get loans from Japan.": [
        ("Iraq", 1, "nsubj", "PROPN", "NNP", "Iraq"),
        ("hopes", 1, "ROOT", "VERB", "VBZ", "hop"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("get", 1, "xcomp", "VERB", "VB", "get"),
        ("loans", 3, "dobj", "NOUN", "NNS", "loan"),
        ("from", 3, "prep", "ADP", "IN", "from"),
        ("Japan", 5, "pobj", "PROPN", "NNP", "Japan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Kenya received military aid from Britain.": [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
        ("received", 1, "ROOT", "VERB", "VBD", "receive"),
        ("military", 3, "amod", "ADJ", "JJ", "military"),
        ("aid", 1, "dobj", "NOUN", "NN", "aid"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("Britain", 4, "pobj", "PROPN", "NNP", "Britain"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Moscow accused Kyiv of shelling the Zaporizhzhia nuclear plant.": [
        ("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"),
        ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
        ("Kyiv", 1, "dobj", "PROPN", "NNP", "Kyiv"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("shelling", 3, "pcomp", "VERB", "VBG", "shell"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("Zaporizhzhia", 8, "nmod", "PROPN", "NNP", "Zaporizhzhia"),
        ("nuclear", 8, "amod", "ADJ", "JJ", "nuclear"),
        ("plant", 4, "dobj", "NOUN", "NN", "plant"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia vetoed a UN resolution condemning the annexation.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("vetoed", 1, "ROOT", "VERB", "VBD", "veto"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("UN", 4, "compound", "PROPN", "NNP", "UN"),
        ("resolution", 1, "dobj", "NOUN", "NN", "resolution"),
        ("condemning", 4, "acl", "VERB", "VBG", "condemn"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("annexation", 5, "dobj", "NOUN", "NN", "annexation"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Egypt issued a statement condemning the attack.": [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("issued", 1, "ROOT", "VERB", "VBD", "issue"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("statement", 1, "dobj", "NOUN", "NN", "statement"),
        ("condemning", 3, "acl", "VERB", "VBG", "condemn"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("attack", 4, "dobj", "NOUN", "NN", "attack"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "In recent days, Macron has publicly stated of Assad that he “has to go”, is a “war criminal”, who is gassing his own people.": [
        ("In", 7, "prep", "ADP", "IN", "in"),
        ("recent", 2, "amod", "ADJ", "JJ", "recent"),
        ("days", 0, "pobj", "NOUN", "NNS", "day"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("Macron", 7, "nsubj", "PROPN", "NNP", "Macron"),
        ("has", 7, "aux", "AUX", "VBZ", "have"),
        ("publicly", 7, "advmod", "ADV", "RB", "publicly"),
        ("stated", 7, "ROOT", "VERB", "VBN", "state"),
        ("of", 7, "prep", "ADP", "IN", "of"),
        ("Assad", 8, "pobj", "PROPN", "NNP", "Assad"),
        ("that", 13, "mark", "SCONJ", "IN", "that"),
        ("he", 13, "nsubj", "PRON", "PRP", "he"),
        ("\u201c", 13, "punct", "PUNCT", "``", "\""),
        ("has", 7, "ccomp", "VERB", "VBZ", "have"),
        ("to", 15, "aux", "PART", "TO", "to"),
        ("go", 13, "xcomp", "VERB", "VB", "go"),
        ("\u201d", 13, "punct", "PUNCT", "''", "\""),
        (",", 18, "punct", "PUNCT", ",", ","),
        ("is", 7, "conj", "AUX", "VBZ", "be"),
        ("a", 22, "det", "DET", "DT", "a"),
        ("\u201c", 22, "punct", "PUNCT", "``", "\""),
        ("war", 22, "compound", "NOUN", "NN", "war"),
        ("criminal", 18, "attr", "NOUN", "NN", "criminal"),
        ("\u201d", 22, "punct", "PUNCT", "''", "\""),
        (",", 22, "punct", "PUNCT", ",", ","),
        ("who", 27, "nsubj", "PRON", "WP", "who"),
        ("is", 27, "aux", "AUX", "VBZ", "be"),
        ("gassing", 22, "relcl", "VERB", "VBG", "gas"),
        ("his", 30, "poss", "PRON", "PRP$", "his"),
        ("own", 30, "amod", "ADJ", "JJ", "own"),
        ("people", 27, "dobj", "NOUN", "NNS", "people"),
        (".", 18, "punct", "PUNCT", ".", "."),
    ],
    "Pakistan called India's measures unilateral, unjust and politically motivated.": [
        ("Pakistan", 1, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("India", 4, "poss", "PROPN", "NNP", "India"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("measures", 1, "dobj", "NOUN", "NNS", "measure"),
        ("unilateral", 4, "amod", "ADJ", "JJ", "unilateral"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("unjust", 4, "amod", "ADJ", "JJ", "unjust"),
        ("and", 7, "cc", "CCONJ", "CC", "and"),
        ("politically", 10, "advmod", "ADV", "RB", "politically"),
        ("motivated", 7, "conj", "ADJ", "JJ", "motivated"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "India called the Pakistani strikes unjustified and reckless.": [
        ("India", 1, "nsubj", "PROPN", "NNP", "India"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Pakistani", 4, "amod", "ADJ", "JJ", "pakistani"),
        ("strikes", 1, "dobj", "NOUN", "NNS", "strike"),
        ("unjustified", 1, "oprd", "ADJ", "JJ", "unjustified"),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("reckless", 5, "conj", "ADJ", "JJ", "reckless"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Israel struck Damascus on Wednesday.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("struck", 1, "ROOT", "VERB", "VBD", "strike"),
        ("Damascus", 1, "dobj", "PROPN", "NNP", "Damascus"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Wednesday", 3, "pobj", "PROPN", "NNP", "Wednesday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The Arab League called them a flagrant violation.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("Arab", 2, "compound", "PROPN", "NNP", "Arab"),
        ("League", 3, "nsubj", "PROPN", "NNP", "League"),
        ("called", 3, "ROOT", "VERB", "VBD", "call"),
        ("them", 3, "dative", "PRON", "PRP", "they"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("flagrant", 7, "amod", "ADJ", "JJ", "flagrant"),
        ("violation", 3, "oprd", "NOUN", "NN", "violation"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Ukraine's president called the Russian strike an act of barbarism.": [
        ("Ukraine", 2, "poss", "PROPN", "NNP", "Ukraine"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("president", 3, "nsubj", "NOUN", "NN", "president"),
        ("called", 3, "ROOT", "VERB", "VBD", "call"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("Russian", 6, "amod", "ADJ", "JJ", "russian"),
        ("strike", 3, "dobj", "NOUN", "NN", "strike"),
        ("an", 8, "det", "DET", "DT", "an"),
        ("act", 3, "oprd", "NOUN", "NN", "act"),
        ("of", 8, "prep", "ADP", "IN", "of"),
        ("barbarism", 9, "pobj", "NOUN", "NN", "barbarism"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Russian troops seized the Kodori Gorge on Tuesday.": [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
        ("seized", 2, "ROOT", "VERB", "VBD", "seize"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("Kodori", 5, "compound", "PROPN", "NNP", "Kodori"),
        ("Gorge", 2, "dobj", "PROPN", "NNP", "Gorge"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Tuesday", 6, "pobj", "PROPN", "NNP", "Tuesday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Georgia called the move an annexation of its territory.": [
        ("Georgia", 1, "nsubj", "PROPN", "NNP", "Georgia"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("move", 1, "dobj", "NOUN", "NN", "move"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("annexation", 1, "oprd", "NOUN", "NN", "annexation"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("its", 8, "poss", "PRON", "PRP$", "its"),
        ("territory", 6, "pobj", "NOUN", "NN", "territory"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Hun Manet asked the council to stop what he called Thailand's unprovoked aggression.": [
        ("Hun", 1, "compound", "PROPN", "NNP", "Hun"),
        ("Manet", 2, "nsubj", "PROPN", "NNP", "Manet"),
        ("asked", 2, "ROOT", "VERB", "VBD", "ask"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("council", 2, "dobj", "NOUN", "NN", "council"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("stop", 2, "xcomp", "VERB", "VB", "stop"),
        ("what", 9, "dobj", "PRON", "WP", "what"),
        ("he", 9, "nsubj", "PRON", "PRP", "he"),
        ("called", 6, "ccomp", "VERB", "VBD", "call"),
        ("Thailand", 13, "poss", "PROPN", "NNP", "Thailand"),
        ("'s", 10, "case", "PART", "POS", "'s"),
        ("unprovoked", 13, "amod", "ADJ", "JJ", "unprovoked"),
        ("aggression", 9, "oprd", "NOUN", "NN", "aggression"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "India struck camps in Pakistan on Wednesday.": [
        ("India", 1, "nsubj", "PROPN", "NNP", "India"),
        ("struck", 1, "ROOT", "VERB", "VBD", "strike"),
        ("camps", 1, "dobj", "NOUN", "NNS", "camp"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Pakistan", 3, "pobj", "PROPN", "NNP", "Pakistan"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Wednesday", 5, "pobj", "PROPN", "NNP", "Wednesday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Pakistan called the strikes an act of war.": [
        ("Pakistan", 1, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("strikes", 1, "dobj", "NOUN", "NNS", "strike"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("act", 1, "oprd", "NOUN", "NN", "act"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("war", 6, "pobj", "NOUN", "NN", "war"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The US held exercises with Guyana, which Venezuela called a provocation.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("US", 2, "nsubj", "PROPN", "NNP", "US"),
        ("held", 2, "ROOT", "VERB", "VBD", "hold"),
        ("exercises", 2, "dobj", "NOUN", "NNS", "exercise"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("Guyana", 4, "pobj", "PROPN", "NNP", "Guyana"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("which", 9, "dobj", "PRON", "WDT", "which"),
        ("Venezuela", 9, "nsubj", "PROPN", "NNP", "Venezuela"),
        ("called", 5, "relcl", "VERB", "VBD", "call"),
        ("a", 11, "det", "DET", "DT", "a"),
        ("provocation", 9, "dobj", "NOUN", "NN", "provocation"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Pakistan called the Afghan attack unprovoked.": [
        ("Pakistan", 1, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Afghan", 4, "amod", "ADJ", "JJ", "afghan"),
        ("attack", 1, "dobj", "NOUN", "NN", "attack"),
        ("unprovoked", 1, "oprd", "ADJ", "JJ", "unprovoked"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Lula called Macron his dear friend.": [
        ("Lula", 1, "nsubj", "PROPN", "NNP", "Lula"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("Macron", 1, "dobj", "PROPN", "NNP", "Macron"),
        ("his", 5, "poss", "PRON", "PRP$", "his"),
        ("dear", 5, "amod", "ADJ", "JJ", "dear"),
        ("friend", 1, "oprd", "NOUN", "NN", "friend"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Delhi acted because of what it called Canadian interference in its internal affairs.": [
        ("Delhi", 1, "nsubj", "PROPN", "NNP", "Delhi"),
        ("acted", 1, "ROOT", "VERB", "VBD", "act"),
        ("because", 1, "prep", "SCONJ", "IN", "because"),
        ("of", 2, "pcomp", "ADP", "IN", "of"),
        ("what", 6, "dobj", "PRON", "WP", "what"),
        ("it", 6, "nsubj", "PRON", "PRP", "it"),
        ("called", 2, "pcomp", "VERB", "VBD", "call"),
        ("Canadian", 8, "amod", "ADJ", "JJ", "canadian"),
        ("interference", 6, "oprd", "NOUN", "NN", "interference"),
        ("in", 8, "prep", "ADP", "IN", "in"),
        ("its", 12, "poss", "PRON", "PRP$", "its"),
        ("internal", 12, "amod", "ADJ", "JJ", "internal"),
        ("affairs", 9, "pobj", "NOUN", "NNS", "affair"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Lula said Argentina's leaders had acted as accomplices of smugglers.": [
        ("Lula", 1, "nsubj", "PROPN", "NNP", "Lula"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Argentina", 4, "poss", "PROPN", "NNP", "Argentina"),
        ("'s", 2, 'case', 'PART', 'POS', "'s"),
        ("leaders", 6, "nsubj", "NOUN", "NNS", "leader"),
        ("had", 6, "aux", "AUX", "VBD", "have"),
        ("acted", 1, "ccomp", "VERB", "VBN", "act"),
        ("as", 6, "prep", "ADP", "IN", "as"),
        ("accomplices", 7, "pobj", "NOUN", "NNS", "accomplice"),
        ("of", 8, "prep", "ADP", "IN", "of"),
        ("smugglers", 9, "pobj", "NOUN", "NNS", "smuggler"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Manila said that the Chinese had behaved like pirates.": [
        ("Manila", 1, "nsubj", "PROPN", "NNP", "Manila"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Chinese", 6, "nsubj", "PROPN", "NNPS", "Chinese"),
        ("had", 6, "aux", "AUX", "VBD", "have"),
        ("behaved", 1, "ccomp", "VERB", "VBN", "behave"),
        ("like", 6, "prep", "ADP", "IN", "like"),
        ("pirates", 7, "pobj", "NOUN", "NNS", "pirate"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}

# The same parse with a label that accuses no one.
PARSES["Pakistan called the strikes an act of defiance."] = reparsed(
    PARSES["Pakistan called the strikes an act of war."],
    {"war": ("defiance", 6, "pobj", "NOUN", "NN", "defiance")})


def found(coder: Coder, text: str, event: str, status: str = "asserted") -> list[tuple]:
    return [([e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)
            if ev.event == event and ev.status == status]


def test_calling_a_leader_a_war_criminal_accuses_him(coder: Coder) -> None:
    assert found(coder, "Erdogan called Assad a war criminal.", "ACCUSE") == [(["TUR"], ["SYR"])]


def test_a_label_on_a_generic_head_is_its_modifier(coder: Coder) -> None:
    text = "Ankara described the PKK as a terrorist organisation."
    assert found(coder, text, "ACCUSE") == [(["TUR"], ["PKK"])]


def test_a_label_on_an_act_accuses_whoever_did_it(coder: Coder) -> None:
    text = "The Ukrainian foreign minister said the Russian strikes were a war crime."
    assert found(coder, text, "ACCUSE") == [(["UKR"], ["RUS"])]
    # The strikes themselves are told by the writer as done.
    assert found(coder, text, "ASSAULT") == [(["RUS"], [])]


def test_a_second_claim_joined_to_the_saying_is_about_the_first_ones_subject(
        coder: Coder) -> None:
    text = ("In recent days, Macron has publicly stated of Assad that he “has to go”, is a "
            "“war criminal”, who is gassing his own people.")
    assert found(coder, text, "ACCUSE") == [(["FRA"], ["SYR"])]
    assert found(coder, text, "REQUEST") == [(["FRA"], ["SYR"])]


def test_he_in_what_is_stated_of_someone_is_that_someone(coder: Coder) -> None:
    text = "Obama has stated of Assad that he has to go."
    assert found(coder, text, "REQUEST") == [(["USA"], ["SYR"])]


def test_hoping_to_get_loans_from_a_state_asks_them_of_it(coder: Coder) -> None:
    text = "Iraq hopes to get loans from Japan."
    assert found(coder, text, "REQUEST") == [(["IRQ"], ["JPN"])]
    # The loans are hoped for, given by Japan to Iraq.
    assert found(coder, text, "AID", "hypothetical") == [(["JPN"], ["IRQ"])]


def test_receiving_aid_from_a_state_makes_it_the_giver(coder: Coder) -> None:
    assert found(coder, "Kenya received military aid from Britain.", "AID") == [(["GBR"], ["KEN"])]


def test_the_act_one_is_accused_of_is_the_accuseds(coder: Coder) -> None:
    text = "Moscow accused Kyiv of shelling the Zaporizhzhia nuclear plant."
    assert found(coder, text, "ACCUSE") == [(["RUS"], ["UKR"])]
    assert [a for a, _ in found(coder, text, "ASSAULT", "hypothetical")] == [["UKR"]]


def test_a_resolution_condemns_in_the_name_of_its_body(coder: Coder) -> None:
    assert found(coder, "Russia vetoed a UN resolution condemning the annexation.", "ACCUSE") == [
        (["UN"], [])]


def test_a_statement_condemns_in_the_name_of_its_issuer(coder: Coder) -> None:
    assert found(coder, "Egypt issued a statement condemning the attack.", "ACCUSE") == [
        (["EGY"], [])]


def test_calling_a_states_measures_unjust_accuses_it(coder: Coder) -> None:
    assert found(coder, "Pakistan called India's measures unjust.", "ACCUSE") == [
        (["PAK"], ["IND"])]


def test_a_label_the_parser_takes_for_a_participle_is_still_a_label(coder: Coder) -> None:
    assert found(coder, "Pakistan called India's attack unprovoked.", "ACCUSE") == [
        (["PAK"], ["IND"])]


def test_adjectives_after_the_object_are_its_label(coder: Coder) -> None:
    # (The parser hangs a list of adjectives after the object on the object itself.)
    text = "Pakistan called India's measures unilateral, unjust and politically motivated."
    assert found(coder, text, "ACCUSE") == [(["PAK"], ["IND"])]


def test_strikes_called_unjustified_are_no_strike_called(coder: Coder) -> None:
    text = "India called the Pakistani strikes unjustified and reckless."
    assert found(coder, text, "ACCUSE") == [(["IND"], ["PAK"])]
    assert found(coder, text, "PROTEST") == []


def test_a_label_on_them_accuses_whoever_did_the_deed_told(coder: Coder) -> None:
    # ("them" are the strikes; the parser takes the pronoun for an indirect object.)
    struck, text = "Israel struck Damascus on Wednesday.", "The Arab League called them a flagrant violation."
    events = code_doc(coder, [(struck, PARSES[struck]), (text, PARSES[text])], PUBLISHED,
                      infer=False)
    assert [([e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events if ev.event == "ACCUSE"] == [(["ARL"], ["ISR"])]


def test_calling_an_act_barbarism_accuses_whoever_did_it(coder: Coder) -> None:
    text = "Ukraine's president called the Russian strike an act of barbarism."
    assert found(coder, text, "ACCUSE") == [(["UKR"], ["RUS"])]


def test_calling_a_move_an_annexation_accuses_whoever_made_it(coder: Coder) -> None:
    seized, text = ("Russian troops seized the Kodori Gorge on Tuesday.",
                    "Georgia called the move an annexation of its territory.")
    events = code_doc(coder, [(seized, PARSES[seized]), (text, PARSES[text])], PUBLISHED,
                      infer=False)
    assert [([e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events if ev.event == "ACCUSE"] == [(["GEO"], ["RUS"])]


def test_a_label_naming_whose_act_it_is_accuses_them(coder: Coder) -> None:
    # (Called in a free relative, the calling is told as done, though the stopping is asked.)
    text = "Hun Manet asked the council to stop what he called Thailand's unprovoked aggression."
    assert found(coder, text, "ACCUSE") == [(["KHM"], ["THA"])]


def test_calling_strikes_an_act_of_war_accuses_whoever_struck(coder: Coder) -> None:
    struck = "India struck camps in Pakistan on Wednesday."
    for label, accused in (("war", [(["PAK"], ["IND"])]), ("defiance", [])):
        text = f"Pakistan called the strikes an act of {label}."
        events = code_doc(coder, [(struck, PARSES[struck]), (text, PARSES[text])], PUBLISHED,
                          infer=False)
        assert [([e.code for e in ev.actor], [e.code for e in ev.recipient])
                for ev in events if ev.event == "ACCUSE"] == accused


def test_calling_an_attack_unprovoked_accuses_whoever_attacked(coder: Coder) -> None:
    assert found(coder, "Pakistan called the Afghan attack unprovoked.", "ACCUSE") == [
        (["PAK"], ["AFG"])]


def test_a_label_pinned_by_a_relative_clause_is_on_what_the_pronoun_stands_for(
        coder: Coder) -> None:
    # (The parser takes the label for a second object of "called".)
    text = "The US held exercises with Guyana, which Venezuela called a provocation."
    assert found(coder, text, "ACCUSE") == [(["VEN"], ["GUY"])]


def test_calling_a_leader_a_friend_praises_him(coder: Coder) -> None:
    assert found(coder, "Lula called Macron his dear friend.", "SUPPORT") == [(["BRA"], ["FRA"])]


def test_what_a_side_calls_a_states_interference_accuses_that_state(coder: Coder) -> None:
    text = "Delhi acted because of what it called Canadian interference in its internal affairs."
    assert found(coder, text, "ACCUSE") == [(["IND"], ["CAN"])]


def test_saying_a_side_acted_as_a_label_accuses_it(coder: Coder) -> None:
    text = "Lula said Argentina's leaders had acted as accomplices of smugglers."
    assert found(coder, text, "ACCUSE") == [(["BRA"], ["ARG"])]
    text = "Manila said that the Chinese had behaved like pirates."
    assert found(coder, text, "ACCUSE") == [(["PHL"], ["CHN"])]
