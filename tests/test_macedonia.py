"""Model-free tests of a bare "Macedonia", the state on a page that names it otherwise.

From 1991 to 2019 news wrote "Macedonia" for the state now called North Macedonia; the name
also belongs to a Greek region. states.tsv lists the bare name, and the coder counts it for
the state only where the page names the state in other words ("Skopje"). Acronyms of the
Philippines' Moro armed groups code as the groups. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary

PUBLISHED = "2018-06-20"

ACCUSED = "Greece accused Macedonia of stalling."

PARSES = {
    ACCUSED: [
        ('Greece', 1, 'nsubj', 'PROPN', 'NNP', 'Greece'),
        ('accused', 1, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('Macedonia', 1, 'dobj', 'PROPN', 'NNP', 'Macedonia'),
        ('of', 1, 'prep', 'ADP', 'IN', 'of'),
        ('stalling', 3, 'pcomp', 'VERB', 'VBG', 'stall'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Skopje denied the charge.': [
        ('Skopje', 1, 'nsubj', 'PROPN', 'NNP', 'Skopje'),
        ('denied', 1, 'ROOT', 'VERB', 'VBD', 'deny'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('charge', 1, 'dobj', 'NOUN', 'NN', 'charge'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Fighters of the MNLF attacked the MILF.': [
        ('Fighters', 4, 'nsubj', 'NOUN', 'NNS', 'fighter'),
        ('of', 0, 'prep', 'ADP', 'IN', 'of'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('MNLF', 1, 'pobj', 'PROPN', 'NNP', 'MNLF'),
        ('attacked', 4, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('MILF', 4, 'dobj', 'PROPN', 'NNP', 'MILF'),
        ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder, texts, kind):
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return [row for row in summary(events) if row[0] == kind]


def test_bare_macedonia_on_a_page_naming_skopje_is_the_state(coder):
    # Named after the bare use, too: the whole page decides.
    assert _coded(coder, [ACCUSED, 'Skopje denied the charge.'], "ACCUSE") == [
        ("ACCUSE", "asserted", ["GRC"], ["MKD"])]


def test_bare_macedonia_alone_names_no_actor(coder):
    # (Perhaps the Greek region: the accusation is Greece's, aimed at no state.)
    assert _coded(coder, [ACCUSED], "ACCUSE") == [("ACCUSE", "asserted", ["GRC"], [])]


def test_the_moro_groups_acronyms_code_as_the_groups(coder):
    assert _coded(coder, ['Fighters of the MNLF attacked the MILF.'], "ASSAULT") == [
        ("ASSAULT", "asserted", ["PHL"], ["MILF"])]
