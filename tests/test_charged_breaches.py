"""Model-free tests of breaches charged (EVENTS.md sections 2, 3, 5).

Saying that another party broke a rule, a law or a promise ("NATO said Russia violated the
ceasefire", "say Moscow is in breach of the plan", "the inquiry found that the recognition
broke international law") accuses that party (CAMEO 112). The breach is the speaker's charge,
not a deed the text tells, so it is not coded as a rejection or an assault as well. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2008-08-27"

PARSES = {
    "China said the Philippine ship had intruded into Chinese waters.": [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Philippine", 4, "amod", "ADJ", "JJ", "philippine"),
        ("ship", 6, "nsubj", "NOUN", "NN", "ship"),
        ("had", 6, "aux", "AUX", "VBD", "have"),
        ("intruded", 1, "ccomp", "VERB", "VBN", "intrude"),
        ("into", 6, "prep", "ADP", "IN", "into"),
        ("Chinese", 9, "amod", "ADJ", "JJ", "chinese"),
        ("waters", 7, "pobj", "NOUN", "NNS", "water"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The United States determined that the RSF had committed genocide.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("United", 2, "compound", "PROPN", "NNP", "United"),
        ("States", 3, "nsubj", "PROPN", "NNP", "States"),
        ("determined", 3, "ROOT", "VERB", "VBD", "determine"),
        ("that", 8, "mark", "SCONJ", "IN", "that"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("RSF", 8, "nsubj", "PROPN", "NNP", "RSF"),
        ("had", 8, "aux", "AUX", "VBD", "have"),
        ("committed", 3, "ccomp", "VERB", "VBN", "commit"),
        ("genocide", 8, "dobj", "NOUN", "NN", "genocide"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Germany said Russia violated the ceasefire.": [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("violated", 1, "ccomp", "VERB", "VBD", "violate"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("ceasefire", 3, "dobj", "NOUN", "NN", "ceasefire"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Western governments say Russia is in breach of the plan.": [
        ("Western", 1, "amod", "ADJ", "JJ", "western"),
        ("governments", 2, "nsubj", "NOUN", "NNS", "government"),
        ("say", 2, "ROOT", "VERB", "VBP", "say"),
        ("Russia", 4, "nsubj", "PROPN", "NNP", "Russia"),
        ("is", 2, "ccomp", "AUX", "VBZ", "be"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("breach", 5, "pobj", "NOUN", "NN", "breach"),
        ("of", 6, "prep", "ADP", "IN", "of"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("plan", 7, "pobj", "NOUN", "NN", "plan"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "The EU's inquiry found that Moscow's recognition of Abkhazia broke international law.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("EU", 3, "poss", "PROPN", "NNP", "EU"),
        ("'s", 1, "case", "PART", "POS", "'s"),
        ("inquiry", 4, "nsubj", "NOUN", "NN", "inquiry"),
        ("found", 4, "ROOT", "VERB", "VBD", "find"),
        ("that", 11, "mark", "SCONJ", "IN", "that"),
        ("Moscow", 8, "poss", "PROPN", "NNP", "Moscow"),
        ("'s", 6, "case", "PART", "POS", "'s"),
        ("recognition", 11, "nsubj", "NOUN", "NN", "recognition"),
        ("of", 8, "prep", "ADP", "IN", "of"),
        ("Abkhazia", 9, "pobj", "PROPN", "NNP", "Abkhazia"),
        ("broke", 4, "ccomp", "VERB", "VBD", "break"),
        ("international", 13, "amod", "ADJ", "JJ", "international"),
        ("law", 11, "dobj", "NOUN", "NN", "law"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "A spokesman for Ethiopia said the memorandum broke no law.": [
        ("A", 1, "det", "DET", "DT", "a"),
        ("spokesman", 4, "nsubj", "NOUN", "NN", "spokesman"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("Ethiopia", 2, "pobj", "PROPN", "NNP", "Ethiopia"),
        ("said", 4, "ROOT", "VERB", "VBD", "say"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("memorandum", 7, "nsubj", "NOUN", "NN", "memorandum"),
        ("broke", 4, "ccomp", "VERB", "VBD", "break"),
        ("no", 9, "det", "DET", "DT", "no"),
        ("law", 7, "dobj", "NOUN", "NN", "law"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Russia recognised Abkhazia.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("recognised", 1, "ROOT", "VERB", "VBD", "recognise"),
        ("Abkhazia", 1, "dobj", "PROPN", "NNP", "Abkhazia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "NATO said it violated the resolutions.": [
        ("NATO", 1, "nsubj", "PROPN", "NNP", "NATO"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 3, "nsubj", "PRON", "PRP", "it"),
        ("violated", 1, "ccomp", "VERB", "VBD", "violate"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("resolutions", 3, "dobj", "NOUN", "NNS", "resolution"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Georgia broke the siege of the town.": [
        ("Georgia", 1, "nsubj", "PROPN", "NNP", "Georgia"),
        ("broke", 1, "ROOT", "VERB", "VBD", "break"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("siege", 1, "dobj", "NOUN", "NN", "siege"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("town", 4, "pobj", "NOUN", "NN", "town"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(text: str, coder: Coder) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_saying_another_violated_a_ceasefire_accuses_it(coder: Coder) -> None:
    assert coded("Germany said Russia violated the ceasefire.", coder) == [
        ("ACCUSE", "asserted", ["DEU"], ["RUS"])]


def test_saying_another_is_in_breach_accuses_it(coder: Coder) -> None:
    assert coded("Western governments say Russia is in breach of the plan.", coder) == [
        ("ACCUSE", "asserted", ["WST"], ["RUS"])]


def test_a_finding_that_a_deed_broke_the_law_accuses_its_author(coder: Coder) -> None:
    events = coded("The EU's inquiry found that Moscow's recognition of Abkhazia broke "
                   "international law.", coder)
    assert ("ACCUSE", "asserted", ["EU"], ["RUS"]) in events
    assert not [e for e in events if e[0] == "REJECT"]


def test_breaking_no_law_accuses_no_one(coder: Coder) -> None:
    events = coded("A spokesman for Ethiopia said the memorandum broke no law.", coder)
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_it_that_broke_the_rule_is_the_deed_last_told(coder: Coder) -> None:
    texts = ["Russia recognised Abkhazia.", "NATO said it violated the resolutions."]
    events = summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))
    assert ("ACCUSE", "asserted", ["NATO"], ["RUS"]) in events
    assert not [e for e in events if e[0] == "REJECT"]


def test_breaking_a_siege_is_no_breach(coder: Coder) -> None:
    events = coded("Georgia broke the siege of the town.", coder)
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_saying_anothers_ship_intruded_accuses_its_state(coder: Coder) -> None:
    found = coded("China said the Philippine ship had intruded into Chinese waters.", coder)
    assert found == [("ACCUSE", "asserted", ["CHN"], ["PHL"])]


def test_a_finding_of_genocide_accuses_the_group_found_to_commit_it(coder: Coder) -> None:
    found = coded("The United States determined that the RSF had committed genocide.", coder)
    # (The genocide is the finding's charge, not a deed the text tells.)
    assert found == [("ACCUSE", "asserted", ["USA"], ["RSF"])]
