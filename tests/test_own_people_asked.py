"""Model-free tests of a state's leader appealing to its own people.

"Juan Manuel Santos urged Colombians to approve the deal", in a report on Colombia's war with
the FARC: the demonym names Colombia's people (CVL), so the appeal is Colombia's to its own
citizens (COL -> COL), not one to the FARC that the story's other side would give. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for this
test).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PARSES = {
    'Juan Manuel Santos urged Colombians to approve the deal.': [
        ('Juan', 2, 'compound', 'PROPN', 'NNP', 'Juan'),
        ('Manuel', 2, 'compound', 'PROPN', 'NNP', 'Manuel'),
        ('Santos', 3, 'nsubj', 'PROPN', 'NNP', 'Santos'),
        ('urged', 3, 'ROOT', 'VERB', 'VBD', 'urge'),
        ('Colombians', 3, 'dobj', 'PROPN', 'NNPS', 'Colombians'),
        ('to', 6, 'aux', 'PART', 'TO', 'to'),
        ('approve', 3, 'xcomp', 'VERB', 'VB', 'approve'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('deal', 6, 'dobj', 'NOUN', 'NN', 'deal'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The FARC attacked Colombia.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('FARC', 2, 'nsubj', 'NOUN', 'NNS', 'FARC'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('Colombia', 2, 'dobj', 'PROPN', 'NNP', 'Colombia'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_an_appeal_to_ones_own_people_is_aimed_at_home(coder: Coder) -> None:
    story = ["The FARC attacked Colombia."]
    text = "Juan Manuel Santos urged Colombians to approve the deal."
    events = code_doc(coder, [(t, PARSES[t]) for t in [*story, text]], "2016-10-01")
    told = [e for e in events if e.event_text == text and e.event == "REQUEST"]
    assert [([a.code for a in e.actor], [(r.code, r.sector) for r in e.recipient])
            for e in told] == [(["COL"], [("COL", "CVL")])]
