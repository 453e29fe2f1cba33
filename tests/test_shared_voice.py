"""Model-free tests of passive voice shared by conjoined verbs: in "Turkish objections have
been no secret and openly discussed for years" the objections are what is discussed (a topic:
no CONSULT), while "Turkey has objected and discussed the plan with Sweden" is Turkey talking
with Sweden. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2022-06-01"

PARSES = {
    "Turkish objections have been no secret and openly discussed for years.": [
        ("Turkish", 1, "amod", "ADJ", "JJ", "turkish"),
        ("objections", 3, "nsubj", "NOUN", "NNS", "objection"),
        ("have", 3, "aux", "AUX", "VBP", "have"),
        ("been", 3, "ROOT", "AUX", "VBN", "be"),
        ("no", 5, "det", "DET", "DT", "no"),
        ("secret", 3, "attr", "ADJ", "JJ", "secret"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("openly", 8, "advmod", "ADV", "RB", "openly"),
        ("discussed", 3, "conj", "VERB", "VBN", "discuss"),
        ("for", 8, "prep", "ADP", "IN", "for"),
        ("years", 9, "pobj", "NOUN", "NNS", "year"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Turkey has objected and discussed the plan with Sweden.": [
        ("Turkey", 2, "nsubj", "PROPN", "NNP", "Turkey"),
        ("has", 2, "aux", "AUX", "VBZ", "have"),
        ("objected", 2, "ROOT", "VERB", "VBN", "object"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("discussed", 2, "conj", "VERB", "VBD", "discuss"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("plan", 4, "dobj", "NOUN", "NN", "plan"),
        ("with", 4, "prep", "ADP", "IN", "with"),
        ("Sweden", 7, "pobj", "PROPN", "NNP", "Sweden"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, sorted(e.code for e in ev.actor), [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_conjoined_participle_of_a_copula_is_passive(coder: Coder) -> None:
    text = "Turkish objections have been no secret and openly discussed for years."
    assert [c for c in coded(coder, text) if c[0] == "CONSULT"] == []


def test_conjoined_verb_with_an_object_stays_active(coder: Coder) -> None:
    text = "Turkey has objected and discussed the plan with Sweden."
    assert ("CONSULT", ["SWE", "TUR"], []) in coded(coder, text)
