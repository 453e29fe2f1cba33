"""Model-free tests of unnamed agents in a text about one party, and of a participle that
tells what an act did (EVENTS.md sections 2 and 3).

"Security forces killed dozens of people" in a report that has so far told only of
Myanmar's army acting is Myanmar's forces; in a report about two sides it is no one's. In
"Venezuelan soldiers opened fire on Friday, killing two protesters" the killing is the firing's
result: one assault, aimed at whom it killed. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2021-04-20"

PARSES = {
    "The Myanmar army detained Suu Kyi.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("Myanmar", 2, "compound", "PROPN", "NNP", "Myanmar"),
        ("army", 3, "nsubj", "NOUN", "NN", "army"),
        ("detained", 3, "ROOT", "VERB", "VBD", "detain"),
        ("Suu", 5, "compound", "PROPN", "NNP", "Suu"),
        ("Kyi", 3, "dobj", "PROPN", "NNP", "Kyi"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The Myanmar army detained Win Myint.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("Myanmar", 2, "compound", "PROPN", "NNP", "Myanmar"),
        ("army", 3, "nsubj", "NOUN", "NN", "army"),
        ("detained", 3, "ROOT", "VERB", "VBD", "detain"),
        ("Win", 5, "compound", "PROPN", "NNP", "Win"),
        ("Myint", 3, "dobj", "PROPN", "NNP", "Myint"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Russia and Ukraine clashed near Kharkiv.": [
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Ukraine", 0, "conj", "PROPN", "NNP", "Ukraine"),
        ("clashed", 3, "ROOT", "VERB", "VBD", "clash"),
        ("near", 3, "prep", "ADP", "IN", "near"),
        ("Kharkiv", 4, "pobj", "PROPN", "NNP", "Kharkiv"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Security forces killed dozens of people.": [
        ("Security", 1, "compound", "NOUN", "NN", "security"),
        ("forces", 2, "nsubj", "NOUN", "NNS", "force"),
        ("killed", 2, "ROOT", "VERB", "VBD", "kill"),
        ("dozens", 2, "dobj", "NOUN", "NNS", "dozen"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("people", 4, "pobj", "NOUN", "NNS", "people"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Venezuelan soldiers opened fire on Friday, killing two protesters.": [
        ("Venezuelan", 1, "amod", "ADJ", "JJ", "venezuelan"),
        ("soldiers", 2, "nsubj", "NOUN", "NNS", "soldier"),
        ("opened", 2, "ROOT", "VERB", "VBD", "open"),
        ("fire", 2, "dobj", "NOUN", "NN", "fire"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Friday", 4, "pobj", "PROPN", "NNP", "Friday"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("killing", 2, "advcl", "VERB", "VBG", "kill"),
        ("two", 9, "nummod", "NUM", "CD", "two"),
        ("protesters", 7, "dobj", "NOUN", "NNS", "protester"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, *texts: str) -> list[tuple[str, str, list[str], list[str]]]:
    return summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))


def test_unnamed_forces_in_a_text_about_one_party_are_its_own(coder: Coder) -> None:
    events = coded(coder, "The Myanmar army detained Suu Kyi.",
                   "The Myanmar army detained Win Myint.",
                   "Security forces killed dozens of people.")
    assert events[-1] == ("ASSAULT", "asserted", ["MMR"], ["MMR"])


def test_unnamed_forces_once_one_party_has_acted_are_no_ones(coder: Coder) -> None:
    events = coded(coder, "The Myanmar army detained Suu Kyi.",
                   "Security forces killed dozens of people.")
    assert [e for e in events if e[0] == "ASSAULT"] == []


def test_unnamed_forces_in_a_text_about_two_sides_are_no_ones(coder: Coder) -> None:
    events = coded(coder, "Russia and Ukraine clashed near Kharkiv.",
                   "Russia and Ukraine clashed near Kharkiv.",
                   "Security forces killed dozens of people.")
    assert [e for e in events if e[0] == "ASSAULT" and e[3]] == []
    assert len(events) == 2


def test_a_participle_telling_what_fire_did_is_the_same_assault(coder: Coder) -> None:
    text = "Venezuelan soldiers opened fire on Friday, killing two protesters."
    events = code_doc(coder, [(text, PARSES[text])], PUBLISHED, infer=False)
    assert summary(events) == [("ASSAULT", "asserted", ["VEN"], ["VEN"])]
    assert text[events[0].trigger_start:events[0].trigger_end] == "opened"
