"""Model-free tests of a person the dictionaries do not know, named beside a subject.

"The group's leader, Abubakar Shekau, appeared in a video, and he offered to free the girls":
"he" is the subject told earlier in the sentence, whose party the noun gives (the group's:
Boko Haram), not the last known person of the text (Goodluck Jonathan). Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PARSES = {
    "The group's leader, Abubakar Shekau, appeared in a video, and he offered to free the girls.": [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('group', 3, 'poss', 'NOUN', 'NN', 'group'),
        ("'s", 1, 'case', 'PART', 'POS', "'s"),
        ('leader', 8, 'nsubj', 'NOUN', 'NN', 'leader'),
        (',', 3, 'punct', 'PUNCT', ',', ','),
        ('Abubakar', 6, 'compound', 'PROPN', 'NNP', 'Abubakar'),
        ('Shekau', 3, 'appos', 'PROPN', 'NNP', 'Shekau'),
        (',', 3, 'punct', 'PUNCT', ',', ','),
        ('appeared', 8, 'ROOT', 'VERB', 'VBD', 'appear'),
        ('in', 8, 'prep', 'ADP', 'IN', 'in'),
        ('a', 11, 'det', 'DET', 'DT', 'a'),
        ('video', 9, 'pobj', 'NOUN', 'NN', 'video'),
        (',', 8, 'punct', 'PUNCT', ',', ','),
        ('and', 8, 'cc', 'CCONJ', 'CC', 'and'),
        ('he', 15, 'nsubj', 'PRON', 'PRP', 'he'),
        ('offered', 8, 'conj', 'VERB', 'VBD', 'offer'),
        ('to', 17, 'aux', 'PART', 'TO', 'to'),
        ('free', 15, 'xcomp', 'VERB', 'VB', 'free'),
        ('the', 19, 'det', 'DET', 'DT', 'the'),
        ('girls', 17, 'dobj', 'NOUN', 'NNS', 'girl'),
        ('.', 15, 'punct', 'PUNCT', '.', '.'),
    ],
    'Goodluck Jonathan visited Chibok.': [
        ('Goodluck', 1, 'compound', 'PROPN', 'NNP', 'Goodluck'),
        ('Jonathan', 2, 'nsubj', 'PROPN', 'NNP', 'Jonathan'),
        ('visited', 2, 'ROOT', 'VERB', 'VBD', 'visit'),
        ('Chibok', 2, 'dobj', 'PROPN', 'NNP', 'Chibok'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Boko Haram attacked a village in Nigeria.': [
        ('Boko', 1, 'compound', 'PROPN', 'NNP', 'Boko'),
        ('Haram', 2, 'nsubj', 'PROPN', 'NNP', 'Haram'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('a', 4, 'det', 'DET', 'DT', 'a'),
        ('village', 2, 'dobj', 'NOUN', 'NN', 'village'),
        ('in', 2, 'prep', 'ADP', 'IN', 'in'),
        ('Nigeria', 5, 'pobj', 'PROPN', 'NNP', 'Nigeria'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}

STORY = ["Boko Haram attacked a village in Nigeria.", "Goodluck Jonathan visited Chibok."]
TEXT = "The group's leader, Abubakar Shekau, appeared in a video, and he offered to free the girls."


def test_he_is_the_subject_named_beside_its_noun(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in [*STORY, TEXT]], "2014-05-18")
    told = summary(e for e in events if e.event_text == TEXT)
    assert ("AGREE", "asserted") in [e[:2] for e in told]
    assert {code for e in told for code in e[2]} == {"BOKOHARAM"}
