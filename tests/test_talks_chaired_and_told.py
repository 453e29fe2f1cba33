"""Model-free tests of talks chaired and parties brought together, calls, and what one tells
another to do.

- "Norway chaired talks between Sri Lanka and the Tamil Tigers", "the talks were chaired by
  the UN envoy": a third party chairing the parties' talks mediates (CONSULT 045).
- "Qatar brought Ruto together with Ethiopia's prime minister": both are brought (the
  parser hangs "together" on the "with").
- "Macron told Putin by telephone that ...": a call.
- "the Israeli army told them not to return": telling a party to act asks it (REQUEST 020);
  telling one's own ("told its soldiers to hold their fire") or telling reporters something
  asks no party.
- "Ethiopia wants peace with Eritrea" (a wish to settle, CAMEO 037); "wrecked two oil
  platforms" (ASSAULT destroy).

Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary, told_in
from parley.events.coder import Coder

PARSES = {
    'Norway chaired talks between Sri Lanka and the Tamil Tigers in Oslo.': [
        ('Norway', 1, 'nsubj', 'PROPN', 'NNP', 'Norway'),
        ('chaired', 1, 'ROOT', 'VERB', 'VBD', 'chair'),
        ('talks', 1, 'dobj', 'NOUN', 'NNS', 'talk'),
        ('between', 2, 'prep', 'ADP', 'IN', 'between'),
        ('Sri', 5, 'compound', 'PROPN', 'NNP', 'Sri'),
        ('Lanka', 3, 'pobj', 'PROPN', 'NNP', 'Lanka'),
        ('and', 5, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 9, 'det', 'DET', 'DT', 'the'),
        ('Tamil', 9, 'compound', 'PROPN', 'NNP', 'Tamil'),
        ('Tigers', 5, 'conj', 'PROPN', 'NNPS', 'Tigers'),
        ('in', 9, 'prep', 'ADP', 'IN', 'in'),
        ('Oslo', 10, 'pobj', 'PROPN', 'NNP', 'Oslo'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Talks between Israel and Syria opened in Geneva.': [
        ('Talks', 5, 'nsubj', 'NOUN', 'NNS', 'talk'),
        ('between', 0, 'prep', 'ADP', 'IN', 'between'),
        ('Israel', 1, 'pobj', 'PROPN', 'NNP', 'Israel'),
        ('and', 2, 'cc', 'CCONJ', 'CC', 'and'),
        ('Syria', 2, 'conj', 'PROPN', 'NNP', 'Syria'),
        ('opened', 5, 'ROOT', 'VERB', 'VBD', 'open'),
        ('in', 5, 'prep', 'ADP', 'IN', 'in'),
        ('Geneva', 6, 'pobj', 'PROPN', 'NNP', 'Geneva'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
    'The talks were chaired by the UN envoy.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('talks', 3, 'nsubjpass', 'NOUN', 'NNS', 'talk'),
        ('were', 3, 'auxpass', 'AUX', 'VBD', 'be'),
        ('chaired', 3, 'ROOT', 'VERB', 'VBN', 'chair'),
        ('by', 3, 'agent', 'ADP', 'IN', 'by'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('UN', 7, 'compound', 'PROPN', 'NNP', 'UN'),
        ('envoy', 4, 'pobj', 'NOUN', 'NN', 'envoy'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Qatar brought Ruto together with Ethiopia's prime minister in Doha.": [
        ('Qatar', 1, 'nsubj', 'PROPN', 'NNP', 'Qatar'),
        ('brought', 1, 'ROOT', 'VERB', 'VBD', 'bring'),
        ('Ruto', 1, 'dobj', 'PROPN', 'NNP', 'Ruto'),
        ('together', 4, 'advmod', 'ADV', 'RB', 'together'),
        ('with', 1, 'prep', 'ADP', 'IN', 'with'),
        ('Ethiopia', 8, 'poss', 'PROPN', 'NNP', 'Ethiopia'),
        ("'s", 5, 'case', 'PART', 'POS', "'s"),
        ('prime', 8, 'amod', 'ADJ', 'JJ', 'prime'),
        ('minister', 4, 'pobj', 'NOUN', 'NN', 'minister'),
        ('in', 8, 'prep', 'ADP', 'IN', 'in'),
        ('Doha', 9, 'pobj', 'PROPN', 'NNP', 'Doha'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Thousands of Lebanese drove south on Monday, even as the Israeli army told them not to return.': [
        ('Thousands', 3, 'nsubj', 'NOUN', 'NNS', 'thousand'),
        ('of', 0, 'prep', 'ADP', 'IN', 'of'),
        ('Lebanese', 1, 'pobj', 'PROPN', 'NNPS', 'Lebanese'),
        ('drove', 3, 'ROOT', 'VERB', 'VBD', 'drive'),
        ('south', 3, 'advmod', 'ADV', 'RB', 'south'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 5, 'pobj', 'PROPN', 'NNP', 'Monday'),
        (',', 3, 'punct', 'PUNCT', ',', ','),
        ('even', 13, 'advmod', 'ADV', 'RB', 'even'),
        ('as', 13, 'mark', 'SCONJ', 'IN', 'as'),
        ('the', 12, 'det', 'DET', 'DT', 'the'),
        ('Israeli', 12, 'amod', 'ADJ', 'JJ', 'israeli'),
        ('army', 13, 'nsubj', 'NOUN', 'NN', 'army'),
        ('told', 3, 'advcl', 'VERB', 'VBD', 'tell'),
        ('them', 13, 'dobj', 'PRON', 'PRP', 'they'),
        ('not', 17, 'neg', 'PART', 'RB', 'not'),
        ('to', 17, 'aux', 'PART', 'TO', 'to'),
        ('return', 13, 'xcomp', 'VERB', 'VB', 'return'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Israel's army told its soldiers to hold their fire.": [
        ('Israel', 2, 'poss', 'PROPN', 'NNP', 'Israel'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('army', 3, 'nsubj', 'NOUN', 'NN', 'army'),
        ('told', 3, 'ROOT', 'VERB', 'VBD', 'tell'),
        ('its', 5, 'poss', 'PRON', 'PRP$', 'its'),
        ('soldiers', 3, 'dobj', 'NOUN', 'NNS', 'soldier'),
        ('to', 7, 'aux', 'PART', 'TO', 'to'),
        ('hold', 3, 'xcomp', 'VERB', 'VB', 'hold'),
        ('their', 9, 'poss', 'PRON', 'PRP$', 'their'),
        ('fire', 7, 'dobj', 'NOUN', 'NN', 'fire'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Putin told reporters that he wanted to talk.': [
        ('Putin', 1, 'nsubj', 'PROPN', 'NNP', 'Putin'),
        ('told', 1, 'ROOT', 'VERB', 'VBD', 'tell'),
        ('reporters', 1, 'dobj', 'NOUN', 'NNS', 'reporter'),
        ('that', 5, 'mark', 'SCONJ', 'IN', 'that'),
        ('he', 5, 'nsubj', 'PRON', 'PRP', 'he'),
        ('wanted', 1, 'ccomp', 'VERB', 'VBD', 'want'),
        ('to', 7, 'aux', 'PART', 'TO', 'to'),
        ('talk', 5, 'xcomp', 'VERB', 'VB', 'talk'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Macron told Putin by telephone that the shelling must stop.': [
        ('Macron', 1, 'nsubj', 'PROPN', 'NNP', 'Macron'),
        ('told', 1, 'ROOT', 'VERB', 'VBD', 'tell'),
        ('Putin', 1, 'dobj', 'PROPN', 'NNP', 'Putin'),
        ('by', 1, 'prep', 'ADP', 'IN', 'by'),
        ('telephone', 3, 'pobj', 'NOUN', 'NN', 'telephone'),
        ('that', 9, 'mark', 'SCONJ', 'IN', 'that'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('shelling', 9, 'nsubj', 'NOUN', 'NN', 'shelling'),
        ('must', 9, 'aux', 'AUX', 'MD', 'must'),
        ('stop', 1, 'ccomp', 'VERB', 'VB', 'stop'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Abiy said that Ethiopia wants peace with Eritrea.': [
        ('Abiy', 1, 'nsubj', 'PROPN', 'NNP', 'Abiy'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('that', 4, 'mark', 'SCONJ', 'IN', 'that'),
        ('Ethiopia', 4, 'nsubj', 'PROPN', 'NNP', 'Ethiopia'),
        ('wants', 1, 'ccomp', 'VERB', 'VBZ', 'want'),
        ('peace', 4, 'dobj', 'NOUN', 'NN', 'peace'),
        ('with', 5, 'prep', 'ADP', 'IN', 'with'),
        ('Eritrea', 6, 'pobj', 'PROPN', 'NNP', 'Eritrea'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'The US Navy wrecked two Iranian oil platforms.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('US', 2, 'compound', 'PROPN', 'NNP', 'US'),
        ('Navy', 3, 'nsubj', 'PROPN', 'NNP', 'Navy'),
        ('wrecked', 3, 'ROOT', 'VERB', 'VBD', 'wreck'),
        ('two', 7, 'nummod', 'NUM', 'CD', 'two'),
        ('Iranian', 7, 'amod', 'ADJ', 'JJ', 'iranian'),
        ('oil', 7, 'compound', 'NOUN', 'NN', 'oil'),
        ('platforms', 3, 'dobj', 'NOUN', 'NNS', 'platform'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}

PUBLISHED = "2022-05-12"
CHAIRED = "Norway chaired talks between Sri Lanka and the Tamil Tigers in Oslo."
OPENED = "Talks between Israel and Syria opened in Geneva."
CHAIRED_BY = "The talks were chaired by the UN envoy."
TOGETHER = "Qatar brought Ruto together with Ethiopia's prime minister in Doha."
TOLD_NOT_TO = ("Thousands of Lebanese drove south on Monday, even as the Israeli army told them "
               "not to return.")
TOLD_OWN = "Israel's army told its soldiers to hold their fire."
TOLD_REPORTERS = "Putin told reporters that he wanted to talk."
BY_TELEPHONE = "Macron told Putin by telephone that the shelling must stop."
PEACE = "Abiy said that Ethiopia wants peace with Eritrea."
WRECKED = "The US Navy wrecked two Iranian oil platforms."


def _coded(coder: Coder, text: str) -> list:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_third_party_chairing_the_talks_mediates_between_their_parties(coder: Coder) -> None:
    assert ("CONSULT", "asserted", ["NOR"], ["LKA", "LTTE"]) in _coded(coder, CHAIRED)


def test_talks_chaired_by_a_third_party_told_before_are_mediated(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (OPENED, CHAIRED_BY)], PUBLISHED)
    assert told_in(events, CHAIRED_BY)[0][2:] == (["UN"], ["ISR", "SYR"])


def test_both_brought_together_are_mediated_between(coder: Coder) -> None:
    assert _coded(coder, TOGETHER) == [("CONSULT", "asserted", ["QAT"], ["KEN", "ETH"])]


def test_telling_a_party_not_to_act_asks_it(coder: Coder) -> None:
    assert ("REQUEST", "asserted", ["ISR"], ["LBN"]) in _coded(coder, TOLD_NOT_TO)


def test_telling_one_s_own_or_the_press_asks_no_party(coder: Coder) -> None:
    assert _coded(coder, TOLD_OWN) == []
    assert all(event != "REQUEST" for event, *_ in _coded(coder, TOLD_REPORTERS))


def test_telling_by_telephone_is_a_call(coder: Coder) -> None:
    assert ("CONSULT", "asserted", ["FRA", "RUS"], []) in _coded(coder, BY_TELEPHONE)


def test_wanting_peace_with_a_party_is_a_wish_to_settle(coder: Coder) -> None:
    events = code_one(coder, PEACE, PARSES[PEACE], PUBLISHED)
    assert [(ev.event, ev.cameo, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events] == [("AGREE", "037", ["ETH"], ["ERI"])]


def test_wrecking_platforms_destroys_them(coder: Coder) -> None:
    events = code_one(coder, WRECKED, PARSES[WRECKED], PUBLISHED)
    assert [(ev.event, ev.mode, [e.code for e in ev.recipient]) for ev in events] == [
        ("ASSAULT", "destroy", ["IRN"])]
