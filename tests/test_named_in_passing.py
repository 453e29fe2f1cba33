"""Model-free tests of people named in passing within a sentence.

- "Merkel and her foreign minister": a possessive pronoun is first the person just named in the
  sentence, before the last person of the sentences before.
- "Erdogan and his ally, Ilham Aliyev": a noun owned by someone and named by its apposition is
  the one the apposition names, not its owner.
- "Omar Faris, head of the government in Tripoli, and his rival, ...": a name the dictionaries
  do not know is learnt from its own apposition, not from what is joined to that, for later
  sentences ("Faris's government").
- "pressed Washington for a deal": the one pressed is asked.
- "Erdogan said ... at the request of Merkel, who wants talks. He warned ...": "he" as the next
  subject is the one the sentence before was about, not the last person it named.
- "called on both sides": the sides of the story's conflict, not the last two parties that
  acted together.

Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2020-01-20"

PARSES = {
    "Putin arrived in Berlin on Sunday.": [
        ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
        ("arrived", 1, "ROOT", "VERB", "VBD", "arrive"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Berlin", 2, "pobj", "PROPN", "NNP", "Berlin"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Sunday", 4, "pobj", "PROPN", "NNP", "Sunday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Merkel and her foreign minister met Erdogan.": [
        ("Merkel", 5, "nsubj", "PROPN", "NNP", "Merkel"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("her", 4, "poss", "PRON", "PRP$", "her"),
        ("foreign", 4, "amod", "ADJ", "JJ", "foreign"),
        ("minister", 0, "conj", "NOUN", "NN", "minister"),
        ("met", 5, "ROOT", "VERB", "VBD", "meet"),
        ("Erdogan", 5, "dobj", "PROPN", "NNP", "Erdogan"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Erdogan and his ally, Ilham Aliyev, condemned the attack.": [
        ("Erdogan", 8, "nsubj", "PROPN", "NNP", "Erdogan"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("his", 3, "poss", "PRON", "PRP$", "his"),
        ("ally", 0, "conj", "NOUN", "NN", "ally"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("Ilham", 6, "compound", "PROPN", "NNP", "Ilham"),
        ("Aliyev", 3, "appos", "PROPN", "NNP", "Aliyev"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("condemned", 8, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("attack", 8, "dobj", "NOUN", "NN", "attack"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ],
    "Omar Faris, head of the government in Tripoli, and his rival, Khalifa Haftar, did not meet.": [
        ("Omar", 1, "compound", "PROPN", "NNP", "Omar"),
        ("Faris", 19, "nsubj", "PROPN", "NNP", "Faris"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("head", 1, "appos", "NOUN", "NN", "head"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("government", 4, "pobj", "NOUN", "NN", "government"),
        ("in", 6, "prep", "ADP", "IN", "in"),
        ("Tripoli", 7, "pobj", "PROPN", "NNP", "Tripoli"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("his", 12, "poss", "PRON", "PRP$", "his"),
        ("rival", 3, "conj", "NOUN", "NN", "rival"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("Khalifa", 15, "compound", "PROPN", "NNP", "Khalifa"),
        ("Haftar", 12, "appos", "PROPN", "NNP", "Haftar"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("did", 19, "aux", "AUX", "VBD", "do"),
        ("not", 19, "neg", "PART", "RB", "not"),
        ("meet", 19, "ROOT", "VERB", "VB", "meet"),
        (".", 19, "punct", "PUNCT", ".", "."),
    ],
    "Turkey signed an accord with Faris's government.": [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
        ("an", 3, "det", "DET", "DT", "an"),
        ("accord", 1, "dobj", "NOUN", "NN", "accord"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("Faris", 7, "poss", "PROPN", "NNP", "Faris"),
        ("'s", 5, "case", "PART", "POS", "'s"),
        ("government", 4, "pobj", "NOUN", "NN", "government"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Tehran pressed Washington for a deal.": [
        ("Tehran", 1, "nsubj", "PROPN", "NNP", "Tehran"),
        ("pressed", 1, "ROOT", "VERB", "VBD", "press"),
        ("Washington", 1, "dobj", "PROPN", "NNP", "Washington"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("deal", 3, "pobj", "NOUN", "NN", "deal"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Erdogan said Turkey had paused its survey at the request of Merkel, who wants talks.": [
        ("Erdogan", 1, "nsubj", "PROPN", "NNP", "Erdogan"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Turkey", 4, "nsubj", "PROPN", "NNP", "Turkey"),
        ("had", 4, "aux", "AUX", "VBD", "have"),
        ("paused", 1, "ccomp", "VERB", "VBN", "pause"),
        ("its", 6, "poss", "PRON", "PRP$", "its"),
        ("survey", 4, "dobj", "NOUN", "NN", "survey"),
        ("at", 4, "prep", "ADP", "IN", "at"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("request", 7, "pobj", "NOUN", "NN", "request"),
        ("of", 9, "prep", "ADP", "IN", "of"),
        ("Merkel", 10, "pobj", "PROPN", "NNP", "Merkel"),
        (",", 11, "punct", "PUNCT", ",", ","),
        ("who", 14, "nsubj", "PRON", "WP", "who"),
        ("wants", 11, "relcl", "VERB", "VBZ", "want"),
        ("talks", 14, "dobj", "NOUN", "NNS", "talk"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "He warned that anyone who attacked the ship would pay a heavy price.": [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("that", 9, "mark", "SCONJ", "IN", "that"),
        ("anyone", 9, "nsubj", "PRON", "NN", "anyone"),
        ("who", 5, "nsubj", "PRON", "WP", "who"),
        ("attacked", 3, "relcl", "VERB", "VBD", "attack"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("ship", 5, "dobj", "NOUN", "NN", "ship"),
        ("would", 9, "aux", "AUX", "MD", "would"),
        ("pay", 1, "ccomp", "VERB", "VB", "pay"),
        ("a", 12, "det", "DET", "DT", "a"),
        ("heavy", 12, "amod", "ADJ", "JJ", "heavy"),
        ("price", 9, "dobj", "NOUN", "NN", "price"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Turkey accused Greece of piracy.": [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
        ("Greece", 1, "dobj", "PROPN", "NNP", "Greece"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("piracy", 3, "pobj", "NOUN", "NN", "piracy"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Turkey threatened Greece.": [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("threatened", 1, "ROOT", "VERB", "VBD", "threaten"),
        ("Greece", 1, "dobj", "PROPN", "NNP", "Greece"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Greece and Egypt signed a maritime deal.": [
        ("Greece", 3, "nsubj", "PROPN", "NNP", "Greece"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Egypt", 0, "conj", "PROPN", "NNP", "Egypt"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("maritime", 6, "amod", "ADJ", "JJ", "maritime"),
        ("deal", 3, "dobj", "NOUN", "NN", "deal"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Germany called on both sides to de-escalate.": [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("both", 4, "det", "DET", "DT", "both"),
        ("sides", 2, "pobj", "NOUN", "NNS", "side"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("de", 5, "pobj", "NOUN", "NN", "de"),
        ("-", 5, "pobj", "NOUN", "NN", "-"),
        ("escalate", 5, "pobj", "NOUN", "NN", "escalate"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, *texts: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)
    return [(ev.event, ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events if ev.event_text == texts[-1]]


def test_her_is_first_the_person_just_named(coder: Coder) -> None:
    assert coded(coder, "Putin arrived in Berlin on Sunday.",
                 "Merkel and her foreign minister met Erdogan.") == [
        ("CONSULT", "asserted", ["DEU", "TUR"], [])]


def test_an_owned_noun_is_who_its_apposition_names(coder: Coder) -> None:
    assert coded(coder, "Erdogan and his ally, Ilham Aliyev, condemned the attack.") == [
        ("ACCUSE", "asserted", ["TUR", "AZE"], [])]


def test_a_name_is_learnt_from_its_own_apposition(coder: Coder) -> None:
    first = "Omar Faris, head of the government in Tripoli, and his rival, Khalifa Haftar, did not meet."
    assert coded(coder, first) == [("CONSULT", "negated", ["LBY", "LNA"], [])]
    signed = [c for c in coded(coder, first, "Turkey signed an accord with Faris's government.")
              if c[1] == "asserted"]
    assert signed == [("AGREE", "asserted", ["TUR", "LBY"], [])]


def test_the_one_pressed_for_something_is_asked(coder: Coder) -> None:
    assert coded(coder, "Tehran pressed Washington for a deal.") == [
        ("REQUEST", "asserted", ["IRN"], ["USA"])]


def test_he_as_the_next_subject_is_who_the_sentence_before_was_about(coder: Coder) -> None:
    assert coded(coder, "Erdogan said Turkey had paused its survey at the request of Merkel, "
                 "who wants talks.",
                 "He warned that anyone who attacked the ship would pay a heavy price.") == [
        ("THREATEN", "asserted", ["TUR"], [])]


def test_both_sides_are_the_storys_sides(coder: Coder) -> None:
    assert coded(coder, "Turkey accused Greece of piracy.", "Turkey threatened Greece.",
                 "Greece and Egypt signed a maritime deal.",
                 "Germany called on both sides to de-escalate.") == [
        ("REQUEST", "asserted", ["DEU"], ["GRC", "TUR"])]
