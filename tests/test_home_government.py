"""Model-free tests of "the government" in a text about one state, of censorship as an act
at home, and of two-word agent phrases.

- "The government suspended live broadcasts", in a report that has told of Kenya's police
  twice, is Kenya's government; in a report about the Houthis it is no Houthi government
  (the text's main party is no state), so it stays unnamed.
- Censorship silences the censor's own media: its recipient is the censor's state, not the
  story's other side.
- "Kenyan church leaders" are clergy (REL), though "leaders" alone are officials (GOV).

Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written
for this test).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PARSES = {
    "Kenya's police arrested Odinga.": [
        ('Kenya', 2, 'poss', 'PROPN', 'NNP', 'Kenya'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('police', 3, 'nsubj', 'NOUN', 'NNS', 'police'),
        ('arrested', 3, 'ROOT', 'VERB', 'VBD', 'arrest'),
        ('Odinga', 3, 'dobj', 'PROPN', 'NNP', 'Odinga'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Kenya's police banned the rally.": [
        ('Kenya', 2, 'poss', 'PROPN', 'NNP', 'Kenya'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('police', 3, 'nsubj', 'NOUN', 'NNS', 'police'),
        ('banned', 3, 'ROOT', 'VERB', 'VBD', 'ban'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('rally', 3, 'dobj', 'NOUN', 'NN', 'rally'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The government suspended live broadcasts.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('government', 2, 'nsubj', 'NOUN', 'NN', 'government'),
        ('suspended', 2, 'ROOT', 'VERB', 'VBD', 'suspend'),
        ('live', 4, 'amod', 'ADJ', 'JJ', 'live'),
        ('broadcasts', 2, 'dobj', 'NOUN', 'NNS', 'broadcast'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The government accused the Houthis.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('government', 2, 'nsubj', 'NOUN', 'NN', 'government'),
        ('accused', 2, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('Houthis', 2, 'dobj', 'PROPN', 'NNP', 'Houthis'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Houthis attacked Saudi Arabia.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Houthis', 2, 'nsubj', 'PROPN', 'NNP', 'Houthis'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('Saudi', 4, 'compound', 'PROPN', 'NNP', 'Saudi'),
        ('Arabia', 2, 'dobj', 'PROPN', 'NNP', 'Arabia'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Houthis seized a ship.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Houthis', 2, 'nsubj', 'PROPN', 'NNP', 'Houthis'),
        ('seized', 2, 'ROOT', 'VERB', 'VBD', 'seize'),
        ('a', 4, 'det', 'DET', 'DT', 'a'),
        ('ship', 2, 'dobj', 'NOUN', 'NN', 'ship'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Kenyan church leaders condemned the attack.': [
        ('Kenyan', 2, 'amod', 'ADJ', 'JJ', 'kenyan'),
        ('church', 2, 'compound', 'NOUN', 'NN', 'church'),
        ('leaders', 3, 'nsubj', 'NOUN', 'NNS', 'leader'),
        ('condemned', 3, 'ROOT', 'VERB', 'VBD', 'condemn'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('attack', 3, 'dobj', 'NOUN', 'NN', 'attack'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Kenyan leaders condemned the attack.': [
        ('Kenyan', 1, 'amod', 'ADJ', 'JJ', 'kenyan'),
        ('leaders', 2, 'nsubj', 'NOUN', 'NNS', 'leader'),
        ('condemned', 2, 'ROOT', 'VERB', 'VBD', 'condemn'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('attack', 2, 'dobj', 'NOUN', 'NN', 'attack'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}

KENYA = ["Kenya's police arrested Odinga.", "Kenya's police banned the rally."]
YEMEN = ["The Houthis attacked Saudi Arabia.", "The Houthis seized a ship."]


def _told(coder: Coder, story: list[str], text: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in [*story, text]], "2008-01-02")
    return [(e.event, e.status, [(a.code, a.sector) for a in e.actor], [a.code for a in e.recipient])
            for e in events if e.event_text == text]


def test_the_government_of_a_one_state_story_is_that_states(coder: Coder) -> None:
    assert _told(coder, KENYA, "The government suspended live broadcasts.") == [
        ("COERCE", "asserted", [("KEN", "GOV")], ["KEN"])]


def test_the_government_in_a_story_about_rebels_stays_unnamed(coder: Coder) -> None:
    assert _told(coder, YEMEN, "The government accused the Houthis.") == []


def test_censorship_is_aimed_at_home(coder: Coder) -> None:
    assert _told(coder, [], "The government suspended live broadcasts.") == []
    events = _told(coder, KENYA, "The government suspended live broadcasts.")
    assert [e[3] for e in events] == [["KEN"]]


def test_church_leaders_are_clergy(coder: Coder) -> None:
    church = _told(coder, KENYA, "Kenyan church leaders condemned the attack.")
    assert [e[2] for e in church] == [[("KEN", "REL")]]
    leaders = _told(coder, KENYA, "Kenyan leaders condemned the attack.")
    assert [e[2] for e in leaders] == [[("KEN", "GOV")]]
