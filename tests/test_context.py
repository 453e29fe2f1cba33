"""PLOVER contexts from the cue words of an event's sentence (model-free)."""

from __future__ import annotations

import spacy

from docbuild import code_one
from parley.events.coder import Coder
from parley.events.context import ContextCues, join
from parley.export import flat_record, plover_record

CUES = ContextCues()


def test_single_words_and_phrases_give_their_contexts_once_each() -> None:
    lemma = ["the", "un", "say", "refugee", "flee", "as", "troop", "and", "tank", "mass", "near", "the", "refugee", "camp"]
    assert CUES.of(lemma) == "migration,military"
    assert CUES.of(["a", "vote", "on", "human", "right", "in", "parliament"]) == (
        "election,human_rights,legislative")


def test_a_mode_says_its_context_first() -> None:
    assert CUES.of(["germany", "send", "aid", "to", "ukraine"], "military") == "military"
    assert CUES.of(["qatar", "send", "food"], "humanitarian") == "humanitarian"


def test_no_cue_no_context() -> None:
    assert CUES.of(["the", "two", "leader", "meet", "in", "geneva"]) is None
    assert join([]) is None


def test_coded_events_carry_the_context_and_exports_list_it() -> None:
    text = "Russia and Ukraine signed a grain deal."
    rows = [("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
            ("and", 0, "cc", "CCONJ", "CC", "and"),
            ("Ukraine", 0, "conj", "PROPN", "NNP", "Ukraine"),
            ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
            ("a", 6, "det", "DET", "DT", "a"),
            ("grain", 6, "compound", "NOUN", "NN", "grain"),
            ("deal", 3, "dobj", "NOUN", "NN", "deal"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    events = code_one(Coder(spacy.blank("en")), text, rows, "2022-07-22")
    agree = next(e for e in events if e.event == "AGREE")
    assert agree.context == "economic"
    assert plover_record(agree)["context"] == ["economic"]
    assert flat_record(agree)["context"] == "economic"
