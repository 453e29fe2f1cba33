"""Model-free tests of an outsider attending an event of the story's two parties.

"Malaysia attended the ceremony", in a report on the Philippines and the MILF, is a meeting of
all three (CONSULT, multilateral), as the gold sets code attendance ("The ambassadors of the
United States and China attended the talks"). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "2014-03-28"

ATTENDED = 'Malaysia attended the ceremony.'

PARSES = {
    'The Philippines accused the MILF.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Philippines', 2, 'nsubj', 'PROPN', 'NNP', 'Philippines'),
        ('accused', 2, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('MILF', 2, 'dobj', 'PROPN', 'NNP', 'MILF'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The MILF accused the Philippines.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('MILF', 2, 'nsubj', 'NOUN', 'NNS', 'MILF'),
        ('accused', 2, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('Philippines', 2, 'dobj', 'PROPN', 'NNPS', 'Philippines'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    ATTENDED: [
        ('Malaysia', 1, 'nsubj', 'PROPN', 'NNP', 'Malaysia'),
        ('attended', 1, 'ROOT', 'VERB', 'VBD', 'attend'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('ceremony', 1, 'dobj', 'NOUN', 'NN', 'ceremony'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _attended(coder, texts):
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return [(kind, sorted(actor), recipient)
            for kind, _, actor, recipient in told_in(events, ATTENDED)]


def test_an_outsider_attending_meets_the_storys_two(coder):
    story = ['The Philippines accused the MILF.', 'The MILF accused the Philippines.']
    assert _attended(coder, [*story, ATTENDED]) == [("CONSULT", ["MILF", "MYS", "PHL"], [])]


def test_attending_with_no_story_pair_is_the_attendees_alone(coder):
    assert _attended(coder, [ATTENDED]) == [("CONSULT", ["MYS"], [])]
