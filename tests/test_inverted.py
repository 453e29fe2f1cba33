"""Model-free tests of inverted conditionals ("had the government wanted ...") when the parser
makes the conditional the main clause of its sentence: what is wanted there is a condition,
not an asserted request. A past counterfactual of what was NOT done ("Had Beijing not massed
troops", "If Russia had not invaded Ukraine, ... would have") tells that it was done; an open
condition ("if the Kurds had not left by Friday") stays hypothetical. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2023-06-01"

ROOTED = ("While Serbian media blame the clashes on the Kosovo side, it is obvious that Belgrade "
          "could easily have stopped the violence from spreading – at the very least contained "
          "it – had the Vucic government wanted Kosovo to talk.")

PARSES = {
    "While Serbian media blame the clashes on the Kosovo side, it is obvious that Belgrade could easily have stopped the violence from spreading – at the very least contained it – had the Vucic government wanted Kosovo to talk.": [
        ("While", 3, "mark", "SCONJ", "IN", "while"),
        ("Serbian", 2, "amod", "ADJ", "JJ", "serbian"),
        ("media", 3, "nsubj", "NOUN", "NNS", "medium"),
        ("blame", 12, "advcl", "VERB", "VBP", "blame"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("clashes", 3, "dobj", "NOUN", "NNS", "clash"),
        ("on", 5, "prep", "ADP", "IN", "on"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("Kosovo", 9, "compound", "PROPN", "NNP", "Kosovo"),
        ("side", 6, "pobj", "NOUN", "NN", "side"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("it", 12, "nsubj", "PRON", "PRP", "it"),
        ("is", 36, "ccomp", "AUX", "VBZ", "be"),
        ("obvious", 12, "acomp", "ADJ", "JJ", "obvious"),
        ("that", 19, "mark", "SCONJ", "IN", "that"),
        ("Belgrade", 19, "nsubj", "PROPN", "NNP", "Belgrade"),
        ("could", 19, "aux", "AUX", "MD", "could"),
        ("easily", 19, "advmod", "ADV", "RB", "easily"),
        ("have", 19, "aux", "AUX", "VB", "have"),
        ("stopped", 12, "ccomp", "VERB", "VBN", "stop"),
        ("the", 21, "det", "DET", "DT", "the"),
        ("violence", 19, "dobj", "NOUN", "NN", "violence"),
        ("from", 19, "prep", "ADP", "IN", "from"),
        ("spreading", 22, "pcomp", "VERB", "VBG", "spread"),
        ("\u2013", 23, "punct", "PUNCT", ":", "\u2013"),
        ("at", 23, "prep", "ADP", "IN", "at"),
        ("the", 29, "det", "DET", "DT", "the"),
        ("very", 28, "advmod", "ADV", "RB", "very"),
        ("least", 29, "advmod", "ADJ", "JJS", "least"),
        ("contained", 25, "pobj", "VERB", "VBN", "contain"),
        ("it", 29, "dobj", "PRON", "PRP", "it"),
        ("\u2013", 19, "punct", "PUNCT", ":", "\u2013"),
        ("had", 36, "aux", "AUX", "VBD", "have"),
        ("the", 35, "det", "DET", "DT", "the"),
        ("Vucic", 35, "amod", "PROPN", "NNP", "Vucic"),
        ("government", 36, "nsubj", "NOUN", "NN", "government"),
        ("wanted", 36, "ROOT", "VERB", "VBD", "want"),
        ("Kosovo", 39, "nsubj", "PROPN", "NNP", "Kosovo"),
        ("to", 39, "aux", "PART", "TO", "to"),
        ("talk", 36, "ccomp", "VERB", "VB", "talk"),
        (".", 36, "punct", "PUNCT", ".", "."),
    ],
    "Had Ukraine joined NATO, Russia would have attacked.": [
        ("Had", 2, "aux", "AUX", "VBD", "have"),
        ("Ukraine", 2, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("joined", 8, "advcl", "VERB", "VBD", "join"),
        ("NATO", 2, "dobj", "PROPN", "NNP", "NATO"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ("Russia", 8, "nsubj", "PROPN", "NNP", "Russia"),
        ("would", 8, "aux", "AUX", "MD", "would"),
        ("have", 8, "aux", "AUX", "VB", "have"),
        ("attacked", 8, "ROOT", "VERB", "VBN", "attack"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ],
    "Had Beijing not massed troops near the line, twenty soldiers would still be alive.": [
        ("Had", 3, "aux", "AUX", "VBD", "have"),
        ("Beijing", 3, "nsubj", "PROPN", "NNP", "Beijing"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("massed", 13, "advcl", "VERB", "VBN", "mass"),
        ("troops", 3, "dobj", "NOUN", "NNS", "troop"),
        ("near", 3, "prep", "ADP", "IN", "near"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("line", 5, "pobj", "NOUN", "NN", "line"),
        (",", 13, "punct", "PUNCT", ",", ","),
        ("twenty", 10, "nummod", "NUM", "CD", "twenty"),
        ("soldiers", 13, "nsubj", "NOUN", "NNS", "soldier"),
        ("would", 13, "aux", "AUX", "MD", "would"),
        ("still", 13, "advmod", "ADV", "RB", "still"),
        ("be", 13, "ROOT", "AUX", "VB", "be"),
        ("alive", 13, "acomp", "ADJ", "JJ", "alive"),
        (".", 13, "punct", "PUNCT", ".", "."),
    ],
    "If Russia had not invaded Ukraine, the talks would have continued.": [
        ("If", 4, "mark", "SCONJ", "IN", "if"),
        ("Russia", 4, "nsubj", "PROPN", "NNP", "Russia"),
        ("had", 4, "aux", "AUX", "VBD", "have"),
        ("not", 4, "neg", "PART", "RB", "not"),
        ("invaded", 11, "advcl", "VERB", "VBN", "invade"),
        ("Ukraine", 4, "dobj", "PROPN", "NNP", "Ukraine"),
        (",", 11, "punct", "PUNCT", ",", ","),
        ("the", 8, "det", "DET", "DT", "the"),
        ("talks", 11, "nsubj", "NOUN", "NNS", "talk"),
        ("would", 11, "aux", "AUX", "MD", "would"),
        ("have", 11, "aux", "AUX", "VB", "have"),
        ("continued", 11, "ROOT", "VERB", "VBN", "continue"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ],
    "Turkey warned that the offensive would resume if the Kurds had not left by Friday.": [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("offensive", 6, "nsubj", "NOUN", "NN", "offensive"),
        ("would", 6, "aux", "AUX", "MD", "would"),
        ("resume", 1, "ccomp", "VERB", "VB", "resume"),
        ("if", 12, "mark", "SCONJ", "IN", "if"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("Kurds", 12, "nsubj", "PROPN", "NNPS", "Kurds"),
        ("had", 12, "aux", "AUX", "VBD", "have"),
        ("not", 12, "neg", "PART", "RB", "not"),
        ("left", 6, "advcl", "VERB", "VBN", "leave"),
        ("by", 12, "prep", "ADP", "IN", "by"),
        ("Friday", 13, "pobj", "PROPN", "NNP", "Friday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_inverted_conditional_parsed_as_main_clause(coder: Coder) -> None:
    assert ("REQUEST", "hypothetical", ["SRB"], ["XKX"]) in coded(coder, ROOTED)
    # The media's blame is the writer's report, asserted.
    assert ("ACCUSE", "asserted", ["SRB"], []) in coded(coder, ROOTED)


def test_sentence_opening_inversion_is_conditional(coder: Coder) -> None:
    assert coded(coder, "Had Ukraine joined NATO, Russia would have attacked.") == [
        ("COOPERATE", "hypothetical", ["UKR"], ["NATO"]),
        ("ASSAULT", "hypothetical", ["RUS"], [])]


def test_what_had_not_been_done_in_hindsight_was_done(coder: Coder) -> None:
    text = "Had Beijing not massed troops near the line, twenty soldiers would still be alive."
    assert ("MOBILIZE", "asserted", ["CHN"], []) in coded(coder, text)
    text = "If Russia had not invaded Ukraine, the talks would have continued."
    assert ("ASSAULT", "asserted", ["RUS"], ["UKR"]) in coded(coder, text)


def test_an_open_condition_of_what_has_not_happened_stays_hypothetical(coder: Coder) -> None:
    text = "Turkey warned that the offensive would resume if the Kurds had not left by Friday."
    assert not [e for e in coded(coder, text) if e[1] == "asserted" and e[0] != "THREATEN"]
