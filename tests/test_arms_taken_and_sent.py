"""Model-free tests of arms taken up, fired, laid down and sent.

"The FARC took up arms in 1964" begins an armed struggle (ASSAULT), and "opened fire with small
arms" fires them: neither supplies arms, which the bare noun "arms" tells only as "arms to X".
"Congolese soldiers handed themselves over to UN peacekeepers" surrender (RETREAT, CAMEO
0874), no aid. "Russia sent tanks and troops into South Ossetia" deploys forces (MOBILIZE);
"Germany sent tanks to Ukraine" still arms it (AID), as "Russia sent missiles to Syria" does;
"Iran sent missiles toward Israel" fires them at it (ASSAULT). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2023-01-30"

PARSES = {
    'The FARC took up arms in 1964.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('FARC', 2, 'nsubj', 'NOUN', 'NNS', 'FARC'),
        ('took', 2, 'ROOT', 'VERB', 'VBD', 'take'),
        ('up', 2, 'prt', 'ADP', 'RP', 'up'),
        ('arms', 2, 'dobj', 'NOUN', 'NNS', 'arm'),
        ('in', 2, 'prep', 'ADP', 'IN', 'in'),
        ('1964', 5, 'pobj', 'NUM', 'CD', '1964'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Pakistani troops opened fire with small arms.': [
        ('Pakistani', 1, 'amod', 'ADJ', 'JJ', 'pakistani'),
        ('troops', 2, 'nsubj', 'NOUN', 'NNS', 'troop'),
        ('opened', 2, 'ROOT', 'VERB', 'VBD', 'open'),
        ('fire', 2, 'dobj', 'NOUN', 'NN', 'fire'),
        ('with', 2, 'prep', 'ADP', 'IN', 'with'),
        ('small', 6, 'amod', 'ADJ', 'JJ', 'small'),
        ('arms', 4, 'pobj', 'NOUN', 'NNS', 'arm'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Congolese soldiers handed themselves over to UN peacekeepers.': [
        ('Congolese', 1, 'amod', 'ADJ', 'JJ', 'congolese'),
        ('soldiers', 2, 'nsubj', 'NOUN', 'NNS', 'soldier'),
        ('handed', 2, 'ROOT', 'VERB', 'VBD', 'hand'),
        ('themselves', 2, 'dobj', 'PRON', 'PRP', 'themselves'),
        ('over', 2, 'prt', 'ADP', 'RP', 'over'),
        ('to', 2, 'prep', 'ADP', 'IN', 'to'),
        ('UN', 7, 'compound', 'PROPN', 'NNP', 'UN'),
        ('peacekeepers', 5, 'pobj', 'NOUN', 'NNS', 'peacekeeper'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Russia sent tanks and troops into South Ossetia.': [
        ('Russia', 1, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('sent', 1, 'ROOT', 'VERB', 'VBD', 'send'),
        ('tanks', 1, 'dobj', 'NOUN', 'NNS', 'tank'),
        ('and', 2, 'cc', 'CCONJ', 'CC', 'and'),
        ('troops', 2, 'conj', 'NOUN', 'NNS', 'troop'),
        ('into', 1, 'prep', 'ADP', 'IN', 'into'),
        ('South', 7, 'compound', 'PROPN', 'NNP', 'South'),
        ('Ossetia', 5, 'pobj', 'PROPN', 'NNP', 'Ossetia'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Germany sent tanks to Ukraine.': [
        ('Germany', 1, 'nsubj', 'PROPN', 'NNP', 'Germany'),
        ('sent', 1, 'ROOT', 'VERB', 'VBD', 'send'),
        ('tanks', 1, 'dobj', 'NOUN', 'NNS', 'tank'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Ukraine', 3, 'pobj', 'PROPN', 'NNP', 'Ukraine'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Iran sent missiles toward Israel.': [
        ('Iran', 1, 'nsubj', 'PROPN', 'NNP', 'Iran'),
        ('sent', 1, 'ROOT', 'VERB', 'VBD', 'send'),
        ('missiles', 1, 'dobj', 'NOUN', 'NNS', 'missile'),
        ('toward', 1, 'prep', 'ADP', 'IN', 'toward'),
        ('Israel', 3, 'pobj', 'PROPN', 'NNP', 'Israel'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Russia sent missiles to Syria.': [
        ('Russia', 1, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('sent', 1, 'ROOT', 'VERB', 'VBD', 'send'),
        ('missiles', 1, 'dobj', 'NOUN', 'NNS', 'missile'),
        ('to', 1, 'dative', 'ADP', 'IN', 'to'),
        ('Syria', 3, 'pobj', 'PROPN', 'NNP', 'Syria'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str, recipients: bool = False) -> list[tuple]:
    return [(ev.event, ev.cameo, [a.code for a in ev.actor],
             *([[r.code for r in ev.recipient]] if recipients else []))
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_taking_up_arms_is_armed_struggle(coder: Coder) -> None:
    assert _coded(coder, "The FARC took up arms in 1964.") == [("ASSAULT", "190", ["FARC"])]


def test_firing_small_arms_supplies_none(coder: Coder) -> None:
    coded = _coded(coder, "Pakistani troops opened fire with small arms.")
    assert [c[0] for c in coded] == ["ASSAULT"]


def test_soldiers_handing_themselves_over_surrender(coder: Coder) -> None:
    coded = _coded(coder, "Congolese soldiers handed themselves over to UN peacekeepers.")
    assert coded == [("RETREAT", "0874", ["COD"])]


def test_tanks_sent_with_troops_are_deployed(coder: Coder) -> None:
    coded = _coded(coder, "Russia sent tanks and troops into South Ossetia.")
    assert coded == [("MOBILIZE", "154", ["RUS"])]


def test_tanks_sent_to_a_state_arm_it(coder: Coder) -> None:
    assert _coded(coder, "Germany sent tanks to Ukraine.") == [("AID", "072", ["DEU"])]


def test_missiles_sent_toward_a_state_strike_at_it(coder: Coder) -> None:
    # 'send missile' is also the AID row (missiles sent to an ally); the preposition decides.
    assert _coded(coder, "Iran sent missiles toward Israel.", recipients=True) == [
        ("ASSAULT", "194", ["IRN"], ["ISR"])]


def test_missiles_sent_to_a_state_arm_it(coder: Coder) -> None:
    assert _coded(coder, "Russia sent missiles to Syria.") == [("AID", "072", ["RUS"])]
