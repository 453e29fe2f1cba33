"""Model-free tests of a charge named again and denied: "..., a charge Abu Dhabi has denied".

The parser may hang "accused the Emirates of supplying the drones" on the "denied" that
follows "a charge": the accusing is told as done all the same (ACCUSE asserted), while what it
alleges stays alleged. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
"Sudan's army accused the United Arab Emirates of supplying the drones used in the attack, a charge Abu Dhabi has repeatedly denied.": [
    ('Sudan', 2, 'poss', 'PROPN', 'NNP', 'Sudan'),
("'s", 0, 'case', 'PART', 'POS', "'s"),
    ('army', 3, 'nsubj', 'NOUN', 'NN', 'army'),
    ('accused', 23, 'ccomp', 'VERB', 'VBD', 'accuse'),
    ('the', 7, 'det', 'DET', 'DT', 'the'),
    ('United', 7, 'compound', 'PROPN', 'NNP', 'United'),
    ('Arab', 7, 'compound', 'PROPN', 'NNP', 'Arab'),
    ('Emirates', 3, 'dobj', 'PROPN', 'NNPS', 'Emirates'),
    ('of', 3, 'prep', 'ADP', 'IN', 'of'),
    ('supplying', 8, 'pcomp', 'VERB', 'VBG', 'supply'),
    ('the', 11, 'det', 'DET', 'DT', 'the'),
    ('drones', 9, 'dobj', 'NOUN', 'NNS', 'drone'),
    ('used', 11, 'acl', 'VERB', 'VBN', 'use'),
    ('in', 12, 'prep', 'ADP', 'IN', 'in'),
    ('the', 15, 'det', 'DET', 'DT', 'the'),
    ('attack', 13, 'pobj', 'NOUN', 'NN', 'attack'),
    (',', 23, 'punct', 'PUNCT', ',', ','),
    ('a', 18, 'det', 'DET', 'DT', 'a'),
    ('charge', 20, 'compound', 'NOUN', 'NN', 'charge'),
    ('Abu', 20, 'compound', 'PROPN', 'NNP', 'Abu'),
    ('Dhabi', 23, 'nsubj', 'PROPN', 'NNP', 'Dhabi'),
    ('has', 23, 'aux', 'AUX', 'VBZ', 'have'),
    ('repeatedly', 23, 'advmod', 'ADV', 'RB', 'repeatedly'),
    ('denied', 23, 'ROOT', 'VERB', 'VBN', 'deny'),
    ('.', 23, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_a_charge_the_accused_denied_was_made(coder: Coder) -> None:
    text = ("Sudan's army accused the United Arab Emirates of supplying the drones used in the "
            "attack, a charge Abu Dhabi has repeatedly denied.")
    events = [(ev.event, ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient])
              for ev in code_one(coder, text, PARSES[text], "2025-05-06")]
    assert ("ACCUSE", "asserted", ["SDN"], ["ARE"]) in events
    assert all(status != "asserted" for event, status, *_ in events if event == "AID")
