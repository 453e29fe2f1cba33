"""Model-free tests of a state's forces in a report on its war with its own rebels.

"A siege by government forces" names the agent as "government forces besieged" would: the
state the text is about. And where the text names that state's rebels (coded as the state,
sector REB), its forces' attacks with no target named are aimed at them, not at whatever
foreign party the story names most. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary

PUBLISHED = "2011-05-01"

ATTACKED = 'Libyan rebels attacked an army base near Brega.'
PRAISED = 'France praised the Libyan rebels.'
SIEGE = 'The town held out against a siege by government forces.'
SHELLED = 'Government forces shelled the port.'
AT_FRANCE = 'Government forces shelled French positions.'

PARSES = {
    ATTACKED: [
        ('Libyan', 1, 'amod', 'ADJ', 'JJ', 'libyan'),
        ('rebels', 2, 'nsubj', 'NOUN', 'NNS', 'rebel'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('an', 5, 'det', 'DET', 'DT', 'an'),
        ('army', 5, 'compound', 'NOUN', 'NN', 'army'),
        ('base', 2, 'dobj', 'NOUN', 'NN', 'base'),
        ('near', 5, 'prep', 'ADP', 'IN', 'near'),
        ('Brega', 6, 'pobj', 'PROPN', 'NNP', 'Brega'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    PRAISED: [
        ('France', 1, 'nsubj', 'PROPN', 'NNP', 'France'),
        ('praised', 1, 'ROOT', 'VERB', 'VBD', 'praise'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('Libyan', 4, 'amod', 'ADJ', 'JJ', 'libyan'),
        ('rebels', 1, 'dobj', 'NOUN', 'NNS', 'rebel'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    SIEGE: [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('town', 2, 'nsubj', 'NOUN', 'NN', 'town'),
        ('held', 2, 'ROOT', 'VERB', 'VBD', 'hold'),
        ('out', 2, 'prt', 'ADP', 'RP', 'out'),
        ('against', 2, 'prep', 'ADP', 'IN', 'against'),
        ('a', 6, 'det', 'DET', 'DT', 'a'),
        ('siege', 4, 'pobj', 'NOUN', 'NN', 'siege'),
        ('by', 6, 'prep', 'ADP', 'IN', 'by'),
        ('government', 9, 'compound', 'NOUN', 'NN', 'government'),
        ('forces', 7, 'pobj', 'NOUN', 'NNS', 'force'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    SHELLED: [
        ('Government', 1, 'compound', 'NOUN', 'NN', 'government'),
        ('forces', 2, 'nsubj', 'NOUN', 'NNS', 'force'),
        ('shelled', 2, 'ROOT', 'VERB', 'VBD', 'shell'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('port', 2, 'dobj', 'NOUN', 'NN', 'port'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    AT_FRANCE: [
        ('Government', 1, 'compound', 'NOUN', 'NN', 'government'),
        ('forces', 2, 'nsubj', 'NOUN', 'NNS', 'force'),
        ('shelled', 2, 'ROOT', 'VERB', 'VBD', 'shell'),
        ('French', 4, 'amod', 'ADJ', 'JJ', 'french'),
        ('positions', 2, 'dobj', 'NOUN', 'NNS', 'position'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _assaults(coder, texts):
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return [(row[2], row[3]) for row in summary(e for e in events if e.event_text == texts[-1])
            if row[0] == "ASSAULT"]


def test_a_siege_by_government_forces_is_the_states(coder):
    # (Before, the siege went to whoever attacked last: the rebels.)
    assert _assaults(coder, [ATTACKED, PRAISED, SIEGE]) == [(["LBY"], ["LBY"])]


def test_forces_with_no_target_strike_the_states_own_rebels(coder):
    # The story's other party, France, is not the target of the shelling.
    assert _assaults(coder, [ATTACKED, PRAISED, SHELLED]) == [(["LBY"], ["LBY"])]


def test_a_target_named_stays_the_target(coder):
    assert _assaults(coder, [ATTACKED, PRAISED, AT_FRANCE]) == [(["LBY"], ["FRA"])]
