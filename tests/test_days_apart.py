"""Model-free tests of acts told a given number of days apart from a dated one (EVENTS.md
section 4).

"Putin proposed the talks on May 11, a day after the leaders travelled to Kyiv": the travel
was on May 10; "two days before Ukraine struck Moscow" puts the strike two days after the
dated act. With no distance ("after Ukraine struck Moscow") the clause keeps the date it is
told with. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2025-05-20"

PARSES = {
    "Putin proposed the talks on May 11, a day after the leaders of France and Germany travelled to Kyiv.": [
        ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
        ("proposed", 1, "ROOT", "VERB", "VBD", "propose"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("talks", 1, "dobj", "NOUN", "NNS", "talk"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("May", 4, "pobj", "PROPN", "NNP", "May"),
        ("11", 5, "nummod", "NUM", "CD", "11"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("a", 9, "det", "DET", "DT", "a"),
        ("day", 17, "npadvmod", "NOUN", "NN", "day"),
        ("after", 17, "mark", "SCONJ", "IN", "after"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("leaders", 17, "nsubj", "NOUN", "NNS", "leader"),
        ("of", 12, "prep", "ADP", "IN", "of"),
        ("France", 13, "pobj", "PROPN", "NNP", "France"),
        ("and", 14, "cc", "CCONJ", "CC", "and"),
        ("Germany", 14, "conj", "PROPN", "NNP", "Germany"),
        ("travelled", 1, "advcl", "VERB", "VBD", "travel"),
        ("to", 17, "prep", "ADP", "IN", "to"),
        ("Kyiv", 18, "pobj", "PROPN", "NNP", "Kyiv"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia attacked Kyiv on May 11, two days before Ukraine struck Moscow.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        ("Kyiv", 1, "dobj", "PROPN", "NNP", "Kyiv"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("May", 3, "pobj", "PROPN", "NNP", "May"),
        ("11", 4, "nummod", "NUM", "CD", "11"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("two", 8, "nummod", "NUM", "CD", "two"),
        ("days", 11, "npadvmod", "NOUN", "NNS", "day"),
        ("before", 11, "mark", "SCONJ", "IN", "before"),
        ("Ukraine", 11, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("struck", 1, "advcl", "VERB", "VBD", "strike"),
        ("Moscow", 11, "dobj", "PROPN", "NNP", "Moscow"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia attacked Kyiv on May 11, after Ukraine struck Moscow.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        ("Kyiv", 1, "dobj", "PROPN", "NNP", "Kyiv"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("May", 3, "pobj", "PROPN", "NNP", "May"),
        ("11", 4, "nummod", "NUM", "CD", "11"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("after", 9, "mark", "SCONJ", "IN", "after"),
        ("Ukraine", 9, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("struck", 1, "advcl", "VERB", "VBD", "strike"),
        ("Moscow", 9, "dobj", "PROPN", "NNP", "Moscow"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def dates(coder: Coder, text: str) -> dict[str, str | None]:
    return {text[ev.trigger_start:ev.trigger_end]: ev.date
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)}


def test_an_act_a_day_after_which_another_was_is_a_day_earlier(coder: Coder) -> None:
    text = ("Putin proposed the talks on May 11, a day after the leaders of France and "
            "Germany travelled to Kyiv.")
    assert dates(coder, text) == {"proposed": "2025-05-11", "travelled": "2025-05-10"}


def test_an_act_two_days_before_which_another_was_is_two_days_later(coder: Coder) -> None:
    text = "Russia attacked Kyiv on May 11, two days before Ukraine struck Moscow."
    assert dates(coder, text) == {"attacked": "2025-05-11", "struck": "2025-05-13"}


def test_with_no_distance_the_clause_keeps_the_date_told(coder: Coder) -> None:
    text = "Russia attacked Kyiv on May 11, after Ukraine struck Moscow."
    assert dates(coder, text) == {"attacked": "2025-05-11", "struck": "2025-05-11"}
