"""Model-free tests of rules for whatever may happen: "for every ten additional prisoners that
Israel releases" tells no release (hypothetical, whether the tagger reads "releases" as a verb
or as a noun), while "the prisoners that Israel released" tells one. Docs are built by hand in
the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests; the third is
the first with "releases" tagged as a plural noun and "Israel" as its compound, as the parser
reads a sentence of the same shape in the news set).
"""

from __future__ import annotations

from docbuild import code_one, reparsed
from parley.events.coder import Coder

PUBLISHED = "2023-11-25"

EVERY = ("The truce could be extended by a day for every ten additional prisoners that Israel "
         "releases.")
MISTAGGED = EVERY.replace("The truce", "This truce")

PARSES: dict[str, list[tuple]] = {
    "The truce could be extended by a day for every ten additional prisoners that Israel releases.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("truce", 4, "nsubjpass", "NOUN", "NN", "truce"),
        ("could", 4, "aux", "AUX", "MD", "could"),
        ("be", 4, "auxpass", "AUX", "VB", "be"),
        ("extended", 4, "ROOT", "VERB", "VBN", "extend"),
        ("by", 4, "agent", "ADP", "IN", "by"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("day", 5, "pobj", "NOUN", "NN", "day"),
        ("for", 7, "prep", "ADP", "IN", "for"),
        ("every", 12, "det", "DET", "DT", "every"),
        ("ten", 12, "nummod", "NUM", "CD", "ten"),
        ("additional", 12, "amod", "ADJ", "JJ", "additional"),
        ("prisoners", 8, "pobj", "NOUN", "NNS", "prisoner"),
        ("that", 15, "dobj", "PRON", "WDT", "that"),
        ("Israel", 15, "nsubj", "PROPN", "NNP", "Israel"),
        ("releases", 12, "relcl", "VERB", "VBZ", "release"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The truce held after the prisoners that Israel released returned home.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("truce", 9, "nsubj", "NOUN", "NN", "truce"),
        ("held", 1, "acl", "VERB", "VBN", "hold"),
        ("after", 2, "prep", "ADP", "IN", "after"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("prisoners", 3, "pobj", "NOUN", "NNS", "prisoner"),
        ("that", 8, "dobj", "PRON", "WDT", "that"),
        ("Israel", 8, "nsubj", "PROPN", "NNP", "Israel"),
        ("released", 5, "relcl", "VERB", "VBD", "release"),
        ("returned", 9, "ROOT", "VERB", "VBN", "return"),
        ("home", 9, "advmod", "NOUN", "NN", "home"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ],
}
# The third sentence: the first with "This", "releases" tagged as a plural noun and "Israel" as
# its compound, as the parser reads a sentence of the same shape in the news set.
PARSES[MISTAGGED] = reparsed(PARSES[EVERY], {
    "The": ("This", 1, "det", "DET", "DT", "this"),
    "Israel": ("Israel", 15, "compound", "PROPN", "NNP", "Israel"),
    "releases": ("releases", 12, "relcl", "NOUN", "NNS", "release")})


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.status, [e.code for e in ev.actor])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_every_one_that_a_party_releases_is_a_rule(coder: Coder) -> None:
    assert ("RETREAT", "hypothetical", ["ISR"]) in coded(coder, EVERY)
    assert ("RETREAT", "hypothetical", ["ISR"]) in coded(coder, MISTAGGED)


def test_the_ones_a_party_released_were_released(coder: Coder) -> None:
    text = "The truce held after the prisoners that Israel released returned home."
    assert ("RETREAT", "asserted", ["ISR"]) in coded(coder, text)
