"""Model-free tests of acts owned by a noun and of steps taken toward an act.

"the American decision to leave the deal" is left by its owner, not by the one who criticised
the decision; "Russia's offer to mediate" would be Russia's mediation; "said it would take every
step to isolate Damascus", told after a conjoined verb, is a threat by the one who said it,
and "would take further steps against Israel unless it halted its attacks" one too (the halt is
the condition, no act intended);
regretting another side's decision is mild criticism of it, regretting a loss no act. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2021-03-04"

PARSES = {
    "Britain criticised the American decision to leave the deal.": [
        ("Britain", 1, "nsubj", "PROPN", "NNP", "Britain"),
        ("criticised", 1, "ROOT", "VERB", "VBD", "criticise"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("American", 4, "amod", "ADJ", "JJ", "american"),
        ("decision", 1, "dobj", "NOUN", "NN", "decision"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("leave", 4, "acl", "VERB", "VB", "leave"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("deal", 6, "dobj", "NOUN", "NN", "deal"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Britain welcomed Russia's offer to mediate.": [
        ("Britain", 1, "nsubj", "PROPN", "NNP", "Britain"),
        ("welcomed", 1, "ROOT", "VERB", "VBD", "welcome"),
        ("Russia", 4, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("offer", 1, "dobj", "NOUN", "NN", "offer"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("mediate", 4, "acl", "VERB", "VB", "mediate"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Moscow said it would take further steps against Israel unless it halted its attacks.": [
        ("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("take", 1, "ccomp", "VERB", "VB", "take"),
        ("further", 6, "amod", "ADJ", "JJ", "further"),
        ("steps", 4, "dobj", "NOUN", "NNS", "step"),
        ("against", 6, "prep", "ADP", "IN", "against"),
        ("Israel", 7, "pobj", "PROPN", "NNP", "Israel"),
        ("unless", 11, "mark", "SCONJ", "IN", "unless"),
        ("it", 11, "nsubj", "PRON", "PRP", "it"),
        ("halted", 4, "advcl", "VERB", "VBD", "halt"),
        ("its", 13, "poss", "PRON", "PRP$", "its"),
        ("attacks", 11, "dobj", "NOUN", "NNS", "attack"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Ankara condemned the raid and said it would take every step to isolate Damascus.": [
        ("Ankara", 1, "nsubj", "PROPN", "NNP", "Ankara"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("raid", 1, "dobj", "NOUN", "NN", "raid"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("said", 1, "conj", "VERB", "VBD", "say"),
        ("it", 8, "nsubj", "PRON", "PRP", "it"),
        ("would", 8, "aux", "AUX", "MD", "would"),
        ("take", 5, "ccomp", "VERB", "VB", "take"),
        ("every", 10, "det", "DET", "DT", "every"),
        ("step", 8, "dobj", "NOUN", "NN", "step"),
        ("to", 12, "aux", "PART", "TO", "to"),
        ("isolate", 8, "advcl", "VERB", "VB", "isolate"),
        ("Damascus", 12, "dobj", "PROPN", "NNP", "Damascus"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Paris and Berlin said they regretted the American decision.": [
        ("Paris", 3, "nsubj", "PROPN", "NNP", "Paris"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Berlin", 0, "conj", "PROPN", "NNP", "Berlin"),
        ("said", 3, "ROOT", "VERB", "VBD", "say"),
        ("they", 5, "nsubj", "PRON", "PRP", "they"),
        ("regretted", 3, "ccomp", "VERB", "VBD", "regret"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("American", 8, "amod", "ADJ", "JJ", "american"),
        ("decision", 5, "dobj", "NOUN", "NN", "decision"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Iran regretted the loss of life.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("regretted", 1, "ROOT", "VERB", "VBD", "regret"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("loss", 1, "dobj", "NOUN", "NN", "loss"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("life", 4, "pobj", "NOUN", "NN", "life"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_the_owner_of_a_decision_acts_on_it(coder: Coder) -> None:
    found = coded(coder, "Britain criticised the American decision to leave the deal.")
    assert ("ACCUSE", "asserted", ["GBR"], ["USA"]) in found
    assert ("SANCTION", "asserted", ["USA"], []) in found
    assert not any(ev[0] == "SANCTION" and ev[2] == ["GBR"] for ev in found)


def test_the_owner_of_an_offer_would_act(coder: Coder) -> None:
    found = coded(coder, "Britain welcomed Russia's offer to mediate.")
    assert ("CONSULT", "hypothetical", ["RUS"], []) in found
    assert not any(ev[0] == "CONSULT" and "GBR" in ev[2] for ev in found)


def test_steps_announced_after_a_conjoined_verb_are_a_threat(coder: Coder) -> None:
    text = "Ankara condemned the raid and said it would take every step to isolate Damascus."
    found = coded(coder, text)
    assert ("THREATEN", "asserted", ["TUR"], ["SYR"]) in found
    assert ("SANCTION", "hypothetical", ["TUR"], ["SYR"]) in found


def test_steps_taken_unless_a_condition_is_met_are_a_threat(coder: Coder) -> None:
    found = coded(coder, "Moscow said it would take further steps against Israel unless it "
                  "halted its attacks.")
    assert ("THREATEN", "asserted", ["RUS"], []) in found
    assert not any(ev[0] == "AGREE" for ev in found)


def test_regretting_a_decision_criticises_its_maker(coder: Coder) -> None:
    assert coded(coder, "Paris and Berlin said they regretted the American decision.") == [
        ("ACCUSE", "asserted", ["FRA", "DEU"], ["USA"])]


def test_regretting_a_loss_is_no_act(coder: Coder) -> None:
    assert coded(coder, "Iran regretted the loss of life.") == []
