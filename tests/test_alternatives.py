"""Model-free tests of the course set against another ("instead of", "rather than").

The course a wish or a condition sets another against is the one taken: "Had Ankara summoned
Russia's ambassador rather than shooting the bomber down" tells that Ankara shot it down, and
"had ECOWAS talked instead of closing its borders" that ECOWAS closed them. Against a course
told as taken, it is the one not taken: "filled the dam instead of negotiating" tells no talks.
(The parser may take the "of" of "instead of" for a conjunction; the gerund still has the
clause's subject.) Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2021-01-20"

PARSES = {
    "Had Ankara summoned Russia's ambassador rather than shooting the bomber down, the affair might have ended.": [
        ('Had', 2, 'aux', 'AUX', 'VBD', 'have'),
        ('Ankara', 2, 'nsubj', 'PROPN', 'NNP', 'Ankara'),
        ('summoned', 2, 'ROOT', 'VERB', 'VBD', 'summon'),
        ('Russia', 5, 'poss', 'PROPN', 'NNP', 'Russia'),
        ("'s", 3, 'case', 'PART', 'POS', "'s"),
        ('ambassador', 2, 'dobj', 'NOUN', 'NN', 'ambassador'),
        ('rather', 7, 'advmod', 'ADV', 'RB', 'rather'),
        ('than', 2, 'prep', 'ADP', 'IN', 'than'),
        ('shooting', 7, 'pcomp', 'VERB', 'VBG', 'shoot'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('bomber', 8, 'dobj', 'NOUN', 'NN', 'bomber'),
        ('down', 8, 'prt', 'ADP', 'RP', 'down'),
        (',', 17, 'punct', 'PUNCT', ',', ','),
        ('the', 14, 'det', 'DET', 'DT', 'the'),
        ('affair', 17, 'nsubj', 'NOUN', 'NN', 'affair'),
        ('might', 17, 'aux', 'AUX', 'MD', 'might'),
        ('have', 17, 'aux', 'AUX', 'VB', 'have'),
        ('ended', 2, 'conj', 'VERB', 'VBN', 'end'),
        ('.', 17, 'punct', 'PUNCT', '.', '.'),
    ],
    'Had ECOWAS talked instead of closing its borders with Mali, Malians would have been spared.': [
        ('Had', 2, 'aux', 'AUX', 'VBD', 'have'),
        ('ECOWAS', 2, 'nsubj', 'NOUN', 'NNS', 'ecowa'),
        ('talked', 15, 'advcl', 'VERB', 'VBN', 'talk'),
        ('instead', 4, 'advmod', 'ADV', 'RB', 'instead'),
        ('of', 2, 'prep', 'ADP', 'IN', 'of'),
        ('closing', 4, 'pcomp', 'VERB', 'VBG', 'close'),
        ('its', 7, 'poss', 'PRON', 'PRP$', 'its'),
        ('borders', 5, 'dobj', 'NOUN', 'NNS', 'border'),
        ('with', 5, 'prep', 'ADP', 'IN', 'with'),
        ('Mali', 8, 'pobj', 'PROPN', 'NNP', 'Mali'),
        (',', 15, 'punct', 'PUNCT', ',', ','),
        ('Malians', 15, 'nsubjpass', 'PROPN', 'NNP', 'Malians'),
        ('would', 15, 'aux', 'AUX', 'MD', 'would'),
        ('have', 15, 'aux', 'AUX', 'VB', 'have'),
        ('been', 15, 'auxpass', 'AUX', 'VBN', 'be'),
        ('spared', 15, 'ROOT', 'VERB', 'VBN', 'spar'),
        ('.', 15, 'punct', 'PUNCT', '.', '.'),
    ],
    'Ethiopia filled the dam instead of negotiating with Egypt.': [
        ('Ethiopia', 1, 'nsubj', 'PROPN', 'NNP', 'Ethiopia'),
        ('filled', 1, 'ROOT', 'VERB', 'VBD', 'fill'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('dam', 1, 'dobj', 'NOUN', 'NN', 'dam'),
        ('instead', 5, 'advmod', 'ADV', 'RB', 'instead'),
        ('of', 1, 'prep', 'ADP', 'IN', 'of'),
        ('negotiating', 5, 'pcomp', 'VERB', 'VBG', 'negotiate'),
        ('with', 6, 'prep', 'ADP', 'IN', 'with'),
        ('Egypt', 7, 'pobj', 'PROPN', 'NNP', 'Egypt'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'ECOWAS talked instead of closing its borders with Mali.': [
        ('ECOWAS', 1, 'nsubj', 'NOUN', 'NNS', 'ecowa'),
        ('talked', 1, 'ROOT', 'VERB', 'VBD', 'talk'),
        ('instead', 3, 'advmod', 'ADV', 'RB', 'instead'),
        ('of', 1, 'prep', 'ADP', 'IN', 'of'),
        ('closing', 3, 'pcomp', 'VERB', 'VBG', 'close'),
        ('its', 6, 'poss', 'PRON', 'PRP$', 'its'),
        ('borders', 4, 'dobj', 'NOUN', 'NNS', 'border'),
        ('with', 4, 'prep', 'ADP', 'IN', 'with'),
        ('Mali', 7, 'pobj', 'PROPN', 'NNP', 'Mali'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_the_course_a_condition_sets_another_against_was_taken(coder: Coder) -> None:
    shot = _code(coder, "Had Ankara summoned Russia's ambassador rather than shooting the bomber "
                        "down, the affair might have ended.")
    assert ("ACCUSE", "hypothetical", ["TUR"], ["RUS"]) in shot
    assert [ev[:3] for ev in shot if ev[0] == "ASSAULT"] == [("ASSAULT", "asserted", ["TUR"])]
    closed = _code(coder, "Had ECOWAS talked instead of closing its borders with Mali, Malians "
                          "would have been spared.")
    assert ("COERCE", "asserted", ["ECOWAS"], ["MLI"]) in closed
    assert [ev[:2] for ev in closed if ev[0] == "CONSULT"] == [("CONSULT", "hypothetical")]


def test_the_course_set_against_one_taken_was_not_taken(coder: Coder) -> None:
    assert _code(coder, "Ethiopia filled the dam instead of negotiating with Egypt.") == [
        ("CONSULT", "negated", ["ETH", "EGY"], [])]
    talked = _code(coder, "ECOWAS talked instead of closing its borders with Mali.")
    assert ("COERCE", "negated", ["ECOWAS"], ["MLI"]) in talked
