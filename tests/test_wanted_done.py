"""Model-free tests of wanting an act done, and of "they" and "we" inside a quote.

"Iran wants US sanctions lifted" asks the lifting of whoever would lift them (REQUEST, CAMEO
1054 "demand easing of sanctions"): the United States, which the act names, else the party
the document gives. Inside a quote, "they" is never the speaker's side (that would be "we"),
and the quote's "we" names the speaker's side: in "“They wanted the sanctions lifted, and we
could not do that,” Trump said", North Korea asked it of the United States. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

import spacy

from docbuild import build_doc, code_doc, code_one, reparsed, summary
from parley.events.coder import Coder
from parley.events.dates import DateResolver
from parley.events.state import DocState
from parley.records import Sentence

PUBLISHED = "2019-03-01"

PARSES = {
    "Trump met Kim Jong Un in Hanoi on Wednesday.": [
        ("Trump", 1, "nsubj", "NOUN", "NN", "trump"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("Kim", 4, "compound", "PROPN", "NNP", "Kim"),
        ("Jong", 4, "compound", "PROPN", "NNP", "Jong"),
        ("Un", 1, "dobj", "PROPN", "NNP", "Un"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Hanoi", 5, "pobj", "PROPN", "NNP", "Hanoi"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Wednesday", 7, "pobj", "PROPN", "NNP", "Wednesday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Trump criticised North Korea.": [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("criticised", 1, "ROOT", "VERB", "VBD", "criticise"),
        ("North", 3, "compound", "PROPN", "NNP", "North"),
        ("Korea", 1, "dobj", "PROPN", "NNP", "Korea"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    '"They wanted the sanctions lifted, and we could not do that," Trump said.': [
        ("\"", 16, "punct", "PUNCT", "``", "\""),
        ("They", 2, "nsubj", "PRON", "PRP", "they"),
        ("wanted", 16, "ccomp", "VERB", "VBD", "want"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("sanctions", 5, "nsubj", "NOUN", "NNS", "sanction"),
        ("lifted", 2, "ccomp", "VERB", "VBN", "lift"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("we", 11, "nsubj", "PRON", "PRP", "we"),
        ("could", 11, "aux", "AUX", "MD", "could"),
        ("not", 11, "neg", "PART", "RB", "not"),
        ("do", 2, "conj", "VERB", "VB", "do"),
        ("that", 11, "dobj", "PRON", "DT", "that"),
        (",", 16, "punct", "PUNCT", ",", ","),
        ("\"", 16, "punct", "PUNCT", "''", "\""),
        ("Trump", 16, "nsubj", "PROPN", "NNP", "Trump"),
        ("said", 16, "ROOT", "VERB", "VBD", "say"),
        (".", 16, "punct", "PUNCT", ".", "."),
    ],
    "Iran wants US sanctions lifted before talks.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("wants", 1, "ROOT", "VERB", "VBZ", "want"),
        ("US", 3, "compound", "PROPN", "NNP", "US"),
        ("sanctions", 4, "nsubj", "NOUN", "NNS", "sanction"),
        ("lifted", 1, "ccomp", "VERB", "VBN", "lift"),
        ("before", 4, "prep", "ADP", "IN", "before"),
        ("talks", 5, "pobj", "NOUN", "NNS", "talk"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia wanted NATO troops withdrawn from Eastern Europe.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("wanted", 1, "ROOT", "VERB", "VBD", "want"),
        ("NATO", 3, "compound", "PROPN", "NNP", "NATO"),
        ("troops", 4, "nsubj", "NOUN", "NNS", "troop"),
        ("withdrawn", 1, "ccomp", "VERB", "VBN", "withdraw"),
        ("from", 4, "prep", "ADP", "IN", "from"),
        ("Eastern", 7, "compound", "PROPN", "NNP", "Eastern"),
        ("Europe", 5, "pobj", "PROPN", "NNP", "Europe"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "North Korea wanted all sanctions removed in return.": [
        ("North", 1, "compound", "PROPN", "NNP", "North"),
        ("Korea", 2, "nsubj", "PROPN", "NNP", "Korea"),
        ("wanted", 2, "ROOT", "VERB", "VBD", "want"),
        ("all", 4, "det", "DET", "DT", "all"),
        ("sanctions", 2, "dobj", "NOUN", "NNS", "sanction"),
        ("removed", 4, "acl", "VERB", "VBN", "remove"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("return", 6, "pobj", "NOUN", "NN", "return"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}

QUOTE = '"They wanted the sanctions lifted, and we could not do that," Trump said.'
HE_QUOTE = '"They wanted the sanctions lifted, and we could not do that," he said.'
PARSES[HE_QUOTE] = reparsed(PARSES[QUOTE], {"Trump": ("he", 16, "nsubj", "PRON", "PRP", "he")})


def one(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_wanting_an_act_done_asks_it_of_the_party_it_names(coder: Coder) -> None:
    assert ("REQUEST", "asserted", ["IRN"], ["USA"]) in one(
        coder, "Iran wants US sanctions lifted before talks.")
    assert ("REQUEST", "asserted", ["RUS"], ["NATO"]) in one(
        coder, "Russia wanted NATO troops withdrawn from Eastern Europe.")


def test_wanting_an_act_done_with_no_party_named_leaves_the_recipient_to_the_document(
        coder: Coder) -> None:
    assert one(coder, "North Korea wanted all sanctions removed in return.") == [
        ("REQUEST", "asserted", ["PRK"], [])]


def test_a_quoted_they_is_the_other_side_and_the_quoted_we_the_speakers(coder: Coder) -> None:
    story = ["Trump met Kim Jong Un in Hanoi on Wednesday.", "Trump criticised North Korea.",
             "Trump criticised North Korea.", QUOTE]
    events = code_doc(coder, [(text, PARSES[text]) for text in story], PUBLISHED)
    assert summary(ev for ev in events if ev.event_text == QUOTE) == [
        ("REQUEST", "asserted", ["PRK"], ["USA"])]


def test_the_quoted_we_is_a_party_the_sentence_names(coder: Coder) -> None:
    # The document-level fill aims a verbal act at the parties its sentence names; the
    # speaker's "we" is one of them.
    state = DocState(PUBLISHED, DateResolver(PUBLISHED))
    vocab = spacy.blank("en").vocab
    events = []
    for text in ["Trump met Kim Jong Un in Hanoi on Wednesday.", "Trump criticised North Korea.",
                 "Trump criticised North Korea.", HE_QUOTE]:
        sent = Sentence("doc-1", 0, len(text), text, "body")
        events += coder.code_sentence(build_doc(vocab, text, PARSES[text]), sent,
                                      state.dates.resolve(text), state)
    (request,) = [ev for ev in events if ev.event_text == HE_QUOTE]
    assert [e.code for e in state.named[request.id]] == ["USA"]
