"""Model-free test of a refusal the model joins to the clause its subject reports.

"Machar says the vote was rigged and has refused to recognise the result": the model may
join "has refused" to "was rigged", as if the vote refused. A present perfect of its own
beside the reported clause's passive is no part of that clause: Machar refused. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses this sentence (written for this
test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Machar says the vote was rigged and has refused to recognise the result.': [
        ('Machar', 1, 'nsubj', 'PROPN', 'NNP', 'Machar'),
        ('says', 1, 'ROOT', 'VERB', 'VBZ', 'say'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('vote', 5, 'nsubjpass', 'NOUN', 'NN', 'vote'),
        ('was', 5, 'auxpass', 'AUX', 'VBD', 'be'),
        ('rigged', 1, 'ccomp', 'VERB', 'VBN', 'rig'),
        ('and', 5, 'cc', 'CCONJ', 'CC', 'and'),
        ('has', 8, 'aux', 'AUX', 'VBZ', 'have'),
        ('refused', 5, 'conj', 'VERB', 'VBN', 'refuse'),
        ('to', 10, 'aux', 'PART', 'TO', 'to'),
        ('recognise', 8, 'xcomp', 'VERB', 'VB', 'recognise'),
        ('the', 12, 'det', 'DET', 'DT', 'the'),
        ('result', 10, 'dobj', 'NOUN', 'NN', 'result'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_the_speaker_refused(coder: Coder) -> None:
    text = "Machar says the vote was rigged and has refused to recognise the result."
    coded = [(ev.event, ev.status, [a.code for a in ev.actor])
             for ev in code_one(coder, text, PARSES[text], "2016-08-01")]
    assert ("REJECT", "asserted", ["SPLM-IO"]) in coded
