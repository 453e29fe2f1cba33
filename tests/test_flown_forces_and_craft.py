"""Model-free tests of forces flown somewhere and of aircraft that strike.

"Britain flew 600 soldiers to Freetown" sends forces by air: a deployment (MOBILIZE, CAMEO
154), as "sent soldiers" is; "Britain flew to Freetown" is still a visit. "The helicopters
struck a fuel depot", after Russian helicopters were told firing, is Russia's attack: aircraft,
tanks and guns are weapons, fired by whoever the text last told attacking, never actors of
their own. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2022-03-10"

PARSES = {
    'Britain flew 600 soldiers to Freetown.': [
        ('Britain', 1, 'nsubj', 'PROPN', 'NNP', 'Britain'),
        ('flew', 1, 'ROOT', 'VERB', 'VBD', 'fly'),
        ('600', 3, 'nummod', 'NUM', 'CD', '600'),
        ('soldiers', 1, 'dobj', 'NOUN', 'NNS', 'soldier'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Freetown', 4, 'pobj', 'PROPN', 'NNP', 'Freetown'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Britain flew to Freetown.': [
        ('Britain', 1, 'nsubj', 'PROPN', 'NNP', 'Britain'),
        ('flew', 1, 'ROOT', 'VERB', 'VBD', 'fly'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Freetown', 2, 'pobj', 'PROPN', 'NNP', 'Freetown'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
'Russian helicopters fired on Ukrainian positions.': [
        ('Russian', 1, 'amod', 'ADJ', 'JJ', 'russian'),
        ('helicopters', 2, 'nsubj', 'NOUN', 'NNS', 'helicopter'),
        ('fired', 2, 'ROOT', 'VERB', 'VBD', 'fire'),
        ('on', 2, 'prep', 'ADP', 'IN', 'on'),
        ('Ukrainian', 5, 'amod', 'ADJ', 'JJ', 'ukrainian'),
        ('positions', 3, 'pobj', 'NOUN', 'NNS', 'position'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The helicopters struck a fuel depot.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('helicopters', 2, 'nsubj', 'NOUN', 'NNS', 'helicopter'),
        ('struck', 2, 'ROOT', 'VERB', 'VBD', 'strike'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('fuel', 5, 'compound', 'NOUN', 'NN', 'fuel'),
        ('depot', 2, 'dobj', 'NOUN', 'NN', 'depot'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}

FIRED = "Russian helicopters fired on Ukrainian positions."
STRUCK = "The helicopters struck a fuel depot."


def test_soldiers_flown_somewhere_are_deployed(coder: Coder) -> None:
    text = "Britain flew 600 soldiers to Freetown."
    coded = summary(code_one(coder, text, PARSES[text], PUBLISHED))
    assert [c[:3] for c in coded] == [("MOBILIZE", "asserted", ["GBR"])]


def test_flying_somewhere_alone_is_a_visit(coder: Coder) -> None:
    text = "Britain flew to Freetown."
    coded = summary(code_one(coder, text, PARSES[text], PUBLISHED))
    assert [c[:3] for c in coded] == [("CONSULT", "asserted", ["GBR"])]


def test_aircraft_told_before_strike_for_whoever_fired_them(coder: Coder) -> None:
    events = code_doc(coder, [(FIRED, PARSES[FIRED]), (STRUCK, PARSES[STRUCK])], PUBLISHED)
    struck = summary(ev for ev in events if ev.event_text == STRUCK)
    assert [c[:3] for c in struck] == [("ASSAULT", "asserted", ["RUS"])]
