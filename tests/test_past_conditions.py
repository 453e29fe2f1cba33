"""Model-free tests of two readings of past acts: an inverted conditional opened by a
conjunction ("And had Boric met Boluarte in Lima, ...") is still a condition, not a meeting
told as held; and an act told as done in a year-less month that lies after the publication
("In October, Chile banned ...", in an August report) was done in that month of the year
before. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, reparsed
from parley.events.coder import Coder

PUBLISHED = "2023-08-10"

HAD = "And had Boric met Boluarte in Lima, the two might have settled the dispute."
OCTOBER = "In October, Chile banned charter flights to Peru."

PARSES: dict[str, list[tuple]] = {
    "And had Boric met Boluarte in Lima, the two might have settled the dispute.": [
        ("And", 3, "cc", "CCONJ", "CC", "and"),
        ("had", 3, "aux", "AUX", "VBD", "have"),
        ("Boric", 3, "nsubj", "PROPN", "NNP", "Boric"),
        ("met", 12, "advcl", "VERB", "VBD", "meet"),
        ("Boluarte", 3, "dobj", "PROPN", "NNP", "Boluarte"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("Lima", 5, "pobj", "PROPN", "NNP", "Lima"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("the", 9, "det", "DET", "DT", "the"),
        ("two", 12, "nsubj", "NUM", "CD", "two"),
        ("might", 12, "aux", "AUX", "MD", "might"),
        ("have", 12, "aux", "AUX", "VB", "have"),
        ("settled", 12, "ROOT", "VERB", "VBN", "settle"),
        ("the", 14, "det", "DET", "DT", "the"),
        ("dispute", 12, "dobj", "NOUN", "NN", "dispute"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ],
    "In October, Chile banned charter flights to Peru.": [
        ("In", 4, "prep", "ADP", "IN", "in"),
        ("October", 0, "pobj", "PROPN", "NNP", "October"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("Chile", 4, "nsubj", "PROPN", "NNP", "Chile"),
        ("banned", 4, "ROOT", "VERB", "VBD", "ban"),
        ("charter", 6, "compound", "NOUN", "NN", "charter"),
        ("flights", 4, "dobj", "NOUN", "NNS", "flight"),
        ("to", 6, "prep", "ADP", "IN", "to"),
        ("Peru", 7, "pobj", "PROPN", "NNP", "Peru"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
}
# The parser makes the inverted clause the main one when a clause stands between it and the
# rest ("And had Putin met Erdogan in Paris, as the Turkish president asked, the two might
# have ..."): the same sentence in that shape.
ROOTED = HAD.replace("dispute", "row")
PARSES[ROOTED] = reparsed(PARSES[HAD], {
    "dispute": ("row", 12, "dobj", "NOUN", "NN", "row"),
    "met": ("met", 3, "ROOT", "VERB", "VBD", "meet"),
    "settled": ("settled", 3, "advcl", "VERB", "VBN", "settle")})


def test_a_meeting_in_a_condition_opened_by_and_is_not_told_as_held(coder: Coder) -> None:
    for text in (HAD, ROOTED):
        met = [ev.status for ev in code_one(coder, text, PARSES[text], PUBLISHED)
               if ev.event == "CONSULT"]
        assert met == ["hypothetical"], text


def test_a_done_act_in_a_month_after_publication_was_the_year_before(coder: Coder) -> None:
    banned = [(ev.status, ev.date) for ev in code_one(coder, OCTOBER, PARSES[OCTOBER], PUBLISHED)
              if ev.event == "SANCTION"]
    assert banned == [("asserted", "2022-10")]
