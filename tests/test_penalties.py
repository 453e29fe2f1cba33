"""Model-free tests of penalties a speaker promises another.

"Khamenei said Israel would be severely punished" and "Netanyahu said Hamas will pay a heavy
price" are threats by the speaker's side (CAMEO 13x); "Modi warned that Pakistan would pay a
heavy price" is one warning, aimed at Pakistan; a release promised ("the hostages would be
freed") threatens no one. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-06-14"

PARSES = {
    "Khamenei said Israel would be severely punished.": [
        ("Khamenei", 1, "nsubj", "PROPN", "NNP", "Khamenei"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Israel", 6, "nsubjpass", "PROPN", "NNP", "Israel"),
        ("would", 6, "aux", "AUX", "MD", "would"),
        ("be", 6, "auxpass", "AUX", "VB", "be"),
        ("severely", 6, "advmod", "ADV", "RB", "severely"),
        ("punished", 1, "ccomp", "VERB", "VBN", "punish"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Netanyahu said Hamas will pay a heavy price.": [
        ("Netanyahu", 1, "nsubj", "PROPN", "NNP", "Netanyahu"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Hamas", 4, "nsubj", "PROPN", "NNP", "Hamas"),
        ("will", 4, "aux", "AUX", "MD", "will"),
        ("pay", 1, "ccomp", "VERB", "VB", "pay"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("heavy", 7, "amod", "ADJ", "JJ", "heavy"),
        ("price", 4, "dobj", "NOUN", "NN", "price"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Modi warned that Pakistan would pay a heavy price.": [
        ("Modi", 1, "nsubj", "PROPN", "NNP", "Modi"),
        ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("Pakistan", 5, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("would", 5, "aux", "AUX", "MD", "would"),
        ("pay", 1, "ccomp", "VERB", "VB", "pay"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("heavy", 8, "amod", "ADJ", "JJ", "heavy"),
        ("price", 5, "dobj", "NOUN", "NN", "price"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Netanyahu said the hostages would be freed.": [
        ("Netanyahu", 1, "nsubj", "PROPN", "NNP", "Netanyahu"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("hostages", 6, "nsubjpass", "NOUN", "NNS", "hostage"),
        ("would", 6, "aux", "AUX", "MD", "would"),
        ("be", 6, "auxpass", "AUX", "VB", "be"),
        ("freed", 1, "ccomp", "VERB", "VBN", "free"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Peru has long said that a new dam on the river would be a cause for war.": [
        ("Peru", 3, "nsubj", "PROPN", "NNP", "Peru"),
        ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("long", 3, "advmod", "ADV", "RB", "long"),
        ("said", 3, "ROOT", "VERB", "VBN", "say"),
        ("that", 12, "mark", "SCONJ", "IN", "that"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("new", 7, "amod", "ADJ", "JJ", "new"),
        ("dam", 12, "nsubj", "NOUN", "NN", "dam"),
        ("on", 7, "prep", "ADP", "IN", "on"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("river", 8, "pobj", "NOUN", "NN", "river"),
        ("would", 12, "aux", "AUX", "MD", "would"),
        ("be", 3, "ccomp", "AUX", "VB", "be"),
        ("a", 14, "det", "DET", "DT", "a"),
        ("cause", 12, "attr", "NOUN", "NN", "cause"),
        ("for", 14, "prep", "ADP", "IN", "for"),
        ("war", 15, "pobj", "NOUN", "NN", "war"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The African Union made clear that Sudan would pay a price for more attacks.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("African", 2, "compound", "PROPN", "NNP", "African"),
        ("Union", 3, "nsubj", "PROPN", "NNP", "Union"),
        ("made", 3, "ROOT", "VERB", "VBD", "make"),
        ("clear", 3, "ccomp", "ADJ", "JJ", "clear"),
        ("that", 8, "mark", "SCONJ", "IN", "that"),
        ("Sudan", 8, "nsubj", "PROPN", "NNP", "Sudan"),
        ("would", 8, "aux", "AUX", "MD", "would"),
        ("pay", 3, "ccomp", "VERB", "VB", "pay"),
        ("a", 10, "det", "DET", "DT", "a"),
        ("price", 8, "dobj", "NOUN", "NN", "price"),
        ("for", 10, "prep", "ADP", "IN", "for"),
        ("more", 13, "amod", "ADJ", "JJR", "more"),
        ("attacks", 11, "pobj", "NOUN", "NNS", "attack"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The African Union agreed on Friday to draw up sanctions against Sudanese generals.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("African", 2, "compound", "PROPN", "NNP", "African"),
        ("Union", 3, "nsubj", "PROPN", "NNP", "Union"),
        ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Friday", 4, "pobj", "PROPN", "NNP", "Friday"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("draw", 3, "xcomp", "VERB", "VB", "draw"),
        ("up", 7, "prt", "ADP", "RP", "up"),
        ("sanctions", 7, "dobj", "NOUN", "NNS", "sanction"),
        ("against", 9, "prep", "ADP", "IN", "against"),
        ("Sudanese", 12, "amod", "ADJ", "JJ", "sudanese"),
        ("generals", 10, "pobj", "NOUN", "NNS", "general"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Chad and Niger agreed to exchange prisoners.": [
        ("Chad", 3, "nsubj", "PROPN", "NNP", "Chad"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Niger", 0, "conj", "PROPN", "NNP", "Niger"),
        ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("exchange", 3, "xcomp", "VERB", "VB", "exchange"),
        ("prisoners", 5, "dobj", "NOUN", "NNS", "prisoner"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Kenya said its government would take all necessary measures to protect the border.": [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("its", 3, "poss", "PRON", "PRP$", "its"),
        ("government", 5, "nsubj", "NOUN", "NN", "government"),
        ("would", 5, "aux", "AUX", "MD", "would"),
        ("take", 1, "ccomp", "VERB", "VB", "take"),
        ("all", 8, "det", "DET", "DT", "all"),
        ("necessary", 8, "amod", "ADJ", "JJ", "necessary"),
        ("measures", 5, "dobj", "NOUN", "NNS", "measure"),
        ("to", 10, "aux", "PART", "TO", "to"),
        ("protect", 8, "relcl", "VERB", "VB", "protect"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("border", 10, "dobj", "NOUN", "NN", "border"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Kenya said the war would resume after the pause.": [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("war", 5, "nsubj", "NOUN", "NN", "war"),
        ("would", 5, "aux", "AUX", "MD", "would"),
        ("resume", 1, "ccomp", "VERB", "VB", "resume"),
        ("after", 5, "prep", "ADP", "IN", "after"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("pause", 6, "pobj", "NOUN", "NN", "pause"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Kenya said Somalia would take all necessary measures.": [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Somalia", 4, "nsubj", "PROPN", "NNP", "Somalia"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("take", 1, "ccomp", "VERB", "VB", "take"),
        ("all", 7, "det", "DET", "DT", "all"),
        ("necessary", 7, "amod", "ADJ", "JJ", "necessary"),
        ("measures", 4, "dobj", "NOUN", "NNS", "measure"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_punishment_foretold_is_a_threat(coder: Coder) -> None:
    assert coded(coder, "Khamenei said Israel would be severely punished.") == [
        ("THREATEN", "asserted", ["IRN"], ["ISR"])]


def test_a_heavy_price_foretold_is_a_threat(coder: Coder) -> None:
    assert coded(coder, "Netanyahu said Hamas will pay a heavy price.") == [
        ("THREATEN", "asserted", ["ISR"], ["HAMAS"])]


def test_a_warning_of_a_price_is_one_threat_aimed_at_the_payer(coder: Coder) -> None:
    assert coded(coder, "Modi warned that Pakistan would pay a heavy price.") == [
        ("THREATEN", "asserted", ["IND"], ["PAK"])]


def test_a_promised_release_threatens_no_one(coder: Coder) -> None:
    found = coded(coder, "Netanyahu said the hostages would be freed.")
    assert not any(ev[0] == "THREATEN" for ev in found)


def test_naming_a_cause_for_war_is_a_threat_to_no_one_named(coder: Coder) -> None:
    assert coded(coder, "Peru has long said that a new dam on the river would be a cause "
                        "for war.") == [("THREATEN", "asserted", ["PER"], [])]


def test_making_clear_that_another_would_pay_a_price_threatens_it(coder: Coder) -> None:
    assert coded(coder, "The African Union made clear that Sudan would pay a price for more "
                        "attacks.") == [("THREATEN", "asserted", ["AU"], ["SDN"])]


def test_agreeing_to_punish_another_threatens_it(coder: Coder) -> None:
    found = coded(coder, "The African Union agreed on Friday to draw up sanctions against "
                         "Sudanese generals.")
    assert ("THREATEN", "asserted", ["AU"], ["SDN"]) in found
    assert ("SANCTION", "future", ["AU"], ["SDN"]) in found
    assert not any(ev[0] == "AGREE" for ev in found)
    # Agreeing on an act that punishes no one stays an agreement.
    assert coded(coder, "Chad and Niger agreed to exchange prisoners.")[0] == (
        "AGREE", "asserted", ["TCD", "NER"], [])


def test_a_side_announcing_its_own_measures_or_war_threatens(coder: Coder) -> None:
    assert coded(coder, "Kenya said its government would take all necessary measures to "
                        "protect the border.") == [("THREATEN", "asserted", ["KEN"], [])]
    assert coded(coder, "Kenya said the war would resume after the pause.") == [
        ("THREATEN", "asserted", ["KEN"], [])]
    # Another side's measures, told by the speaker, are no threat of the speaker's.
    assert coded(coder, "Kenya said Somalia would take all necessary measures.") == []
