"""Model-free tests of an act named again to set it in time.

"Armenia and Azerbaijan agreed on Friday to exchange prisoners. The deal came after two days of
talks in Moscow." The second sentence opens by naming the agreement again; the gold sets code
that agreement again there, by the same parties and on the same day, where it was told in the
sentence just before. A sentence that tells something else of the deal ("The deal collapsed
within a week") is no such echo. Any act named by its noun is recalled so ("British jets struck
Houthi targets on Thursday. The strikes followed weeks of attacks"): an ASSAULT again. Docs are built
by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in
from parley.events.coder import Coder

PUBLISHED = "2021-03-08"

AGREED = "Armenia and Azerbaijan agreed on Friday to exchange prisoners."
CAME = "The deal came after two days of talks in Moscow."
COLLAPSED = "The deal collapsed within a week."
STRUCK = "British jets struck Houthi targets on Thursday."
FOLLOWED = "The strikes followed weeks of attacks on shipping."

PARSES = {
    STRUCK: [
        ("British", 1, "amod", "ADJ", "JJ", "british"),
        ("jets", 2, "nsubj", "NOUN", "NNS", "jet"),
        ("struck", 2, "ROOT", "VERB", "VBD", "strike"),
        ("Houthi", 4, "compound", "PROPN", "NNP", "Houthi"),
        ("targets", 2, "dobj", "NOUN", "NNS", "target"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Thursday", 5, "pobj", "PROPN", "NNP", "Thursday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    FOLLOWED: [
        ("The", 1, "det", "DET", "DT", "the"),
        ("strikes", 2, "nsubj", "NOUN", "NNS", "strike"),
        ("followed", 2, "ROOT", "VERB", "VBD", "follow"),
        ("weeks", 2, "dobj", "NOUN", "NNS", "week"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("attacks", 4, "pobj", "NOUN", "NNS", "attack"),
        ("on", 5, "prep", "ADP", "IN", "on"),
        ("shipping", 6, "pobj", "NOUN", "NN", "shipping"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    AGREED: [
        ("Armenia", 3, "nsubj", "PROPN", "NNP", "Armenia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Azerbaijan", 0, "conj", "PROPN", "NNP", "Azerbaijan"),
        ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Friday", 4, "pobj", "PROPN", "NNP", "Friday"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("exchange", 3, "xcomp", "VERB", "VB", "exchange"),
        ("prisoners", 7, "dobj", "NOUN", "NNS", "prisoner"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    CAME: [
        ("The", 1, "det", "DET", "DT", "the"),
        ("deal", 2, "nsubj", "NOUN", "NN", "deal"),
        ("came", 2, "ROOT", "VERB", "VBD", "come"),
        ("after", 2, "prep", "ADP", "IN", "after"),
        ("two", 5, "nummod", "NUM", "CD", "two"),
        ("days", 3, "pobj", "NOUN", "NNS", "day"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("talks", 6, "pobj", "NOUN", "NNS", "talk"),
        ("in", 7, "prep", "ADP", "IN", "in"),
        ("Moscow", 8, "pobj", "PROPN", "NNP", "Moscow"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    COLLAPSED: [
        ("The", 1, "det", "DET", "DT", "the"),
        ("deal", 2, "nsubj", "NOUN", "NN", "deal"),
        ("collapsed", 2, "ROOT", "VERB", "VBD", "collapse"),
        ("within", 2, "prep", "ADP", "IN", "within"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("week", 3, "pobj", "NOUN", "NN", "week"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def test_the_deal_named_again_is_the_same_agreement(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (AGREED, CAME)], PUBLISHED)
    echo = [ev for ev in events if ev.event_text == CAME and ev.event == "AGREE"]
    assert [(ev.status, sorted(e.code for e in ev.actor), [e.code for e in ev.recipient],
             ev.date, ev.date_source) for ev in echo] == [
        ("asserted", ["ARM", "AZE"], [], "2021-03-05", "narrative")]
    # (Its parties are inferred, not read in the sentence.)
    assert all(e.start == -1 for ev in echo for e in ev.actor)


def test_no_echo_without_an_agreement_before(coder: Coder) -> None:
    events = code_doc(coder, [(CAME, PARSES[CAME])], PUBLISHED)
    assert not [ev for ev in events if ev.event == "AGREE"]


def test_what_else_the_deal_did_is_no_echo(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (AGREED, COLLAPSED)], PUBLISHED)
    assert not [ev for ev in told_in(events, COLLAPSED) if ev[0] == "AGREE"]


def test_a_deal_told_sentences_back_is_out_of_view(coder: Coder) -> None:
    # ("The deal" names the agreement just told; with another sentence between, it may be
    # any deal the story has since spoken of.)
    events = code_doc(coder, [(t, PARSES[t]) for t in (AGREED, COLLAPSED, CAME)], PUBLISHED)
    assert not [ev for ev in told_in(events, CAME) if ev[0] == "AGREE"]


def test_strikes_named_again_are_the_same_strikes(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (STRUCK, FOLLOWED)], "2024-01-13")
    echo = [ev for ev in events if ev.event_text == FOLLOWED and ev.event == "ASSAULT"]
    assert [(ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient], ev.date)
            for ev in echo] == [("asserted", ["GBR"], ["HOUTHI"], "2024-01-11")]
