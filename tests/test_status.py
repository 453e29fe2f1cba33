"""Model-free rule tests for parley.events.status (EVENTS.md section 5).

Every Doc is built by hand (words, heads, dependency labels, tags, lemmas) in the shape
en_core_web_sm 3.8 gives these sentences, so the rules are tested without loading a model.
All example sentences are written for these tests.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Token

from docbuild import Row, build_doc
from parley.events import status
from parley.events.status import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    clause_status,
    noun_status,
    own_status,
)

_VOCAB = spacy.blank("en").vocab


def make_doc(text: str, rows: list[Row]) -> Doc:
    """A parsed Doc whose text is exactly ``text`` (spaces follow the sentence)."""
    return build_doc(_VOCAB, text, rows)


def tok(doc: Doc, word: str) -> Token:
    """The first token spelled ``word``."""
    return next(t for t in doc if t.text == word)


def test_public_api_is_pinned() -> None:
    assert sorted(status.__all__) == ["ASSERTED", "FUTURE", "HYPOTHETICAL", "NEGATED",
                                      "alternative", "clause_status", "counterfactual", "first_conjunct",
                                      "foretold", "infinitive",
                                      "noun_status", "own_status", "undone_counterfactual"]


# -- the verb's own negation and auxiliaries -------------------------------------------------

INVADED = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("invaded", 1, "ROOT", "VERB", "VBD", "invade"),
    ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_plain_past_is_asserted() -> None:
    doc = make_doc("Russia invaded Ukraine.", INVADED)
    assert own_status(tok(doc, "invaded")) is None
    assert clause_status(tok(doc, "invaded")) == ASSERTED


def test_did_not_is_negated() -> None:
    doc = make_doc("Russia did not withdraw its troops.", [
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("withdraw", 3, "ROOT", "VERB", "VB", "withdraw"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("troops", 3, "dobj", "NOUN", "NNS", "troop"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert own_status(tok(doc, "withdraw")) == NEGATED
    assert clause_status(tok(doc, "withdraw")) == NEGATED


def test_never_is_negated() -> None:
    doc = make_doc("Moscow never attacked the convoy.", [
        ("Moscow", 2, "nsubj", "PROPN", "NNP", "Moscow"),
        ("never", 2, "neg", "ADV", "RB", "never"),
        ("attacked", 2, "ROOT", "VERB", "VBD", "attack"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("convoy", 2, "dobj", "NOUN", "NN", "convoy"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "attacked")) == NEGATED


def test_never_as_advmod_is_negated() -> None:
    # The parser sometimes labels "never" advmod rather than neg; the word decides.
    doc = make_doc("Moscow never attacked the convoy.", [
        ("Moscow", 2, "nsubj", "PROPN", "NNP", "Moscow"),
        ("never", 2, "advmod", "ADV", "RB", "never"),
        ("attacked", 2, "ROOT", "VERB", "VBD", "attack"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("convoy", 2, "dobj", "NOUN", "NN", "convoy"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "attacked")) == NEGATED


def test_what_nearly_happened_did_not() -> None:
    doc = make_doc("The talks between Russia and Ukraine nearly collapsed on Friday.", [
        ("The", 1, "det", "DET", "DT", "the"),
        ("talks", 7, "nsubj", "NOUN", "NNS", "talk"),
        ("between", 1, "prep", "ADP", "IN", "between"),
        ("Russia", 2, "pobj", "PROPN", "NNP", "Russia"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("Ukraine", 3, "conj", "PROPN", "NNP", "Ukraine"),
        ("nearly", 7, "advmod", "ADV", "RB", "nearly"),
        ("collapsed", 7, "ROOT", "VERB", "VBD", "collapse"),
        ("on", 7, "prep", "ADP", "IN", "on"),
        ("Friday", 8, "pobj", "PROPN", "NNP", "Friday"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "collapsed")) == NEGATED


def test_what_is_nearly_completed_was_mostly_done() -> None:
    doc = make_doc("Israel has nearly completed its withdrawal from Gaza.", [
        ("Israel", 3, "nsubj", "PROPN", "NNP", "Israel"),
        ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("nearly", 3, "advmod", "ADV", "RB", "nearly"),
        ("completed", 3, "ROOT", "VERB", "VBN", "complete"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("withdrawal", 3, "dobj", "NOUN", "NN", "withdrawal"),
        ("from", 5, "prep", "ADP", "IN", "from"),
        ("Gaza", 6, "pobj", "PROPN", "NNP", "Gaza"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "completed")) == ASSERTED


@pytest.mark.parametrize("not_dep", ["neg", "preconj"])
def test_not_only_but_stays_asserted(not_dep: str) -> None:
    # en_core_web_sm labels this "not" preconj; a neg label must not negate either.
    doc = make_doc("Russia not only shelled the city but also cut the power.", [
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("not", 3, not_dep, "PART", "RB", "not"),
        ("only", 1, "advmod", "ADV", "RB", "only"),
        ("shelled", 3, "ROOT", "VERB", "VBD", "shell"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("city", 3, "dobj", "NOUN", "NN", "city"),
        ("but", 3, "cc", "CCONJ", "CC", "but"),
        ("also", 8, "advmod", "ADV", "RB", "also"),
        ("cut", 3, "conj", "VERB", "VBD", "cut"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("power", 8, "dobj", "NOUN", "NN", "power"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "shelled")) == ASSERTED
    assert clause_status(tok(doc, "cut")) == ASSERTED


def test_will_is_future() -> None:
    doc = make_doc("Talks will resume on Tuesday.", [
        ("Talks", 2, "nsubj", "NOUN", "NNS", "talk"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("resume", 2, "ROOT", "VERB", "VB", "resume"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Tuesday", 3, "pobj", "PROPN", "NNP", "Tuesday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert own_status(tok(doc, "resume")) == FUTURE
    assert clause_status(tok(doc, "resume")) == FUTURE


def test_wont_is_negated() -> None:
    # spaCy splits "won't" into "wo" + "n't".
    doc = make_doc("Russia won't help Ukraine.", [
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("wo", 3, "aux", "AUX", "MD", "will"),
        ("n't", 3, "neg", "PART", "RB", "not"),
        ("help", 3, "ROOT", "VERB", "VB", "help"),
        ("Ukraine", 3, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "help")) == NEGATED


def test_could_have_is_hypothetical() -> None:
    doc = make_doc("NATO could have prevented the war.", [
        ("NATO", 3, "nsubj", "PROPN", "NNP", "NATO"),
        ("could", 3, "aux", "AUX", "MD", "could"),
        ("have", 3, "aux", "AUX", "VB", "have"),
        ("prevented", 3, "ROOT", "VERB", "VBN", "prevent"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("war", 3, "dobj", "NOUN", "NN", "war"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "prevented")) == HYPOTHETICAL


def test_must_is_hypothetical() -> None:
    doc = make_doc("The US must negotiate with Russia.", [
        ("The", 1, "det", "DET", "DT", "the"),
        ("US", 3, "nsubj", "PROPN", "NNP", "US"),
        ("must", 3, "aux", "AUX", "MD", "must"),
        ("negotiate", 3, "ROOT", "VERB", "VB", "negotiate"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("Russia", 4, "pobj", "PROPN", "NNP", "Russia"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "negotiate")) == HYPOTHETICAL


def test_should_is_hypothetical() -> None:
    doc = make_doc("Kyiv should negotiate.", [
        ("Kyiv", 2, "nsubj", "PROPN", "NNP", "Kyiv"),
        ("should", 2, "aux", "AUX", "MD", "should"),
        ("negotiate", 2, "ROOT", "VERB", "VB", "negotiate"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "negotiate")) == HYPOTHETICAL


def test_would_is_hypothetical_outside_reported_speech() -> None:
    doc = make_doc("Russia would attack.", [
        ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
        ("would", 2, "aux", "AUX", "MD", "would"),
        ("attack", 2, "ROOT", "VERB", "VB", "attack"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert own_status(tok(doc, "attack")) == HYPOTHETICAL
    assert own_status(tok(doc, "attack"), reported=True) == FUTURE


# -- governing verbs -------------------------------------------------------------------------


def _xcomp(text: str, governor: str, governor_lemma: str, verb: str, verb_lemma: str) -> Doc:
    """"<Subject> <governor> to <verb> <Object>." parsed as en_core_web_sm does."""
    subject, _, _, _, obj = text.rstrip(".").split(" ")
    return make_doc(text, [
        (subject, 1, "nsubj", "PROPN", "NNP", subject),
        (governor, 1, "ROOT", "VERB", "VBD", governor_lemma),
        ("to", 3, "aux", "PART", "TO", "to"),
        (verb, 1, "xcomp", "VERB", "VB", verb_lemma),
        (obj, 3, "dobj", "PROPN", "NNP", obj),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])


def test_plans_to_is_future() -> None:
    doc = make_doc("Washington plans to send a delegation.", [
        ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
        ("plans", 1, "ROOT", "VERB", "VBZ", "plan"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("send", 1, "xcomp", "VERB", "VB", "send"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("delegation", 3, "dobj", "NOUN", "NN", "delegation"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "send")) == FUTURE
    assert clause_status(tok(doc, "plans")) == ASSERTED


def test_planning_that_is_negated_passes_its_status_down() -> None:
    doc = make_doc("Washington does not plan to send a delegation.", [
        ("Washington", 3, "nsubj", "PROPN", "NNP", "Washington"),
        ("does", 3, "aux", "AUX", "VBZ", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("plan", 3, "ROOT", "VERB", "VB", "plan"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("send", 3, "xcomp", "VERB", "VB", "send"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("delegation", 5, "dobj", "NOUN", "NN", "delegation"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "send")) == NEGATED


def test_refused_to_negates_the_complement_not_the_refusal() -> None:
    doc = make_doc("Russia refused to negotiate.", [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("refused", 1, "ROOT", "VERB", "VBD", "refuse"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("negotiate", 1, "xcomp", "VERB", "VB", "negotiate"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "negotiate")) == NEGATED
    # A verbal act is asserted in itself (EVENTS.md section 5).
    assert clause_status(tok(doc, "refused")) == ASSERTED


def test_began_to_inherits_asserted() -> None:
    doc = make_doc("Russia began to withdraw.", [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("began", 1, "ROOT", "VERB", "VBD", "begin"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("withdraw", 1, "xcomp", "VERB", "VB", "withdraw"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "withdraw")) == ASSERTED


def test_will_begin_to_inherits_future() -> None:
    doc = make_doc("Russia will begin to withdraw.", [
        ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("begin", 2, "ROOT", "VERB", "VB", "begin"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("withdraw", 2, "xcomp", "VERB", "VB", "withdraw"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "withdraw")) == FUTURE


def test_wants_to_is_hypothetical() -> None:
    doc = make_doc("Turkey wants to join the talks.", [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("wants", 1, "ROOT", "VERB", "VBZ", "want"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("join", 1, "xcomp", "VERB", "VB", "join"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("talks", 3, "dobj", "NOUN", "NNS", "talk"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "join")) == HYPOTHETICAL
    assert clause_status(tok(doc, "wants")) == ASSERTED


def test_threatened_to_is_asserted_threat_of_hypothetical_act() -> None:
    doc = _xcomp("Russia threatened to invade Ukraine.", "threatened", "threaten",
                 "invade", "invade")
    assert clause_status(tok(doc, "threatened")) == ASSERTED
    assert clause_status(tok(doc, "invade")) == HYPOTHETICAL


# -- conditional and reported clauses --------------------------------------------------------


def test_if_clause_is_hypothetical() -> None:
    doc = make_doc("If Russia attacks Finland, NATO will respond.", [
        ("If", 2, "mark", "SCONJ", "IN", "if"),
        ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
        ("attacks", 7, "advcl", "VERB", "VBZ", "attack"),
        ("Finland", 2, "dobj", "PROPN", "NNP", "Finland"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("NATO", 7, "nsubj", "PROPN", "NNP", "NATO"),
        ("will", 7, "aux", "AUX", "MD", "will"),
        ("respond", 7, "ROOT", "VERB", "VB", "respond"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "attacks")) == HYPOTHETICAL
    assert clause_status(tok(doc, "respond")) == FUTURE


def test_inverted_conditional_is_hypothetical() -> None:
    doc = make_doc("Had Ukraine joined NATO, Russia would have attacked earlier.", [
        ("Had", 2, "aux", "AUX", "VBD", "have"),
        ("Ukraine", 2, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("joined", 8, "advcl", "VERB", "VBD", "join"),
        ("NATO", 2, "dobj", "PROPN", "NNP", "NATO"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ("Russia", 8, "nsubj", "PROPN", "NNP", "Russia"),
        ("would", 8, "aux", "AUX", "MD", "would"),
        ("have", 8, "aux", "AUX", "VB", "have"),
        ("attacked", 8, "ROOT", "VERB", "VBN", "attack"),
        ("earlier", 8, "advmod", "ADV", "RBR", "early"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "joined")) == HYPOTHETICAL
    assert clause_status(tok(doc, "attacked")) == HYPOTHETICAL


def test_temporal_advcl_is_not_conditional() -> None:
    doc = make_doc("When Russia attacked Ukraine, NATO met.", [
        ("When", 2, "advmod", "SCONJ", "WRB", "when"),
        ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
        ("attacked", 6, "advcl", "VERB", "VBD", "attack"),
        ("Ukraine", 2, "dobj", "PROPN", "NNP", "Ukraine"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("NATO", 6, "nsubj", "PROPN", "NNP", "NATO"),
        ("met", 6, "ROOT", "VERB", "VBD", "meet"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "attacked")) == ASSERTED


def test_reported_would_is_future() -> None:
    doc = make_doc("Moscow said it would withdraw its forces.", [
        ("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("withdraw", 1, "ccomp", "VERB", "VB", "withdraw"),
        ("its", 6, "poss", "PRON", "PRP$", "its"),
        ("forces", 4, "dobj", "NOUN", "NNS", "force"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "withdraw")) == FUTURE


def test_reported_past_is_asserted() -> None:
    doc = make_doc("Moscow said it withdrew its forces.", [
        ("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 3, "nsubj", "PRON", "PRP", "it"),
        ("withdrew", 1, "ccomp", "VERB", "VBD", "withdraw"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("forces", 3, "dobj", "NOUN", "NNS", "force"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "withdrew")) == ASSERTED


def test_that_clause_of_evidence_is_hypothetical() -> None:
    doc = make_doc("There is no evidence that China pressured Russia.", [
        ("There", 1, "expl", "PRON", "EX", "there"),
        ("is", 1, "ROOT", "VERB", "VBZ", "be"),
        ("no", 3, "det", "DET", "DT", "no"),
        ("evidence", 1, "attr", "NOUN", "NN", "evidence"),
        ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("China", 6, "nsubj", "PROPN", "NNP", "China"),
        ("pressured", 3, "acl", "VERB", "VBD", "pressure"),
        ("Russia", 6, "dobj", "PROPN", "NNP", "Russia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "pressured")) == HYPOTHETICAL


def test_that_clause_of_evidence_as_ccomp_is_hypothetical() -> None:
    doc = make_doc("The claim that China pressured Russia spread.", [
        ("The", 1, "det", "DET", "DT", "the"),
        ("claim", 6, "nsubj", "NOUN", "NN", "claim"),
        ("that", 4, "mark", "SCONJ", "IN", "that"),
        ("China", 4, "nsubj", "PROPN", "NNP", "China"),
        ("pressured", 1, "ccomp", "VERB", "VBD", "pressure"),
        ("Russia", 4, "dobj", "PROPN", "NNP", "Russia"),
        ("spread", 6, "ROOT", "VERB", "VBD", "spread"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "pressured")) == HYPOTHETICAL


def test_purpose_clause_is_hypothetical() -> None:
    doc = make_doc("Turkey met Russia to end the war.", [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("Russia", 1, "dobj", "PROPN", "NNP", "Russia"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("end", 1, "advcl", "VERB", "VB", "end"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("war", 4, "dobj", "NOUN", "NN", "war"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "end")) == HYPOTHETICAL
    assert clause_status(tok(doc, "met")) == ASSERTED


def test_coordinated_verb_shares_the_modal() -> None:
    doc = make_doc("NATO could have warned and stopped Russia.", [
        ("NATO", 3, "nsubj", "PROPN", "NNP", "NATO"),
        ("could", 3, "aux", "AUX", "MD", "could"),
        ("have", 3, "aux", "AUX", "VB", "have"),
        ("warned", 3, "ROOT", "VERB", "VBN", "warn"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("stopped", 3, "conj", "VERB", "VBN", "stop"),
        ("Russia", 5, "dobj", "PROPN", "NNP", "Russia"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "stopped")) == HYPOTHETICAL


# -- negative determiners --------------------------------------------------------------------


def test_no_agreement_noun_is_negated() -> None:
    doc = make_doc("No agreement was reached.", [
        ("No", 1, "det", "DET", "DT", "no"),
        ("agreement", 3, "nsubjpass", "NOUN", "NN", "agreement"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("reached", 3, "ROOT", "VERB", "VBN", "reach"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert noun_status(tok(doc, "agreement")) == NEGATED
    # The subject's "no" negates the verb too.
    assert clause_status(tok(doc, "reached")) == NEGATED


def test_noun_without_negation_has_no_status_of_its_own() -> None:
    doc = make_doc("The agreement was reached.", [
        ("The", 1, "det", "DET", "DT", "the"),
        ("agreement", 3, "nsubjpass", "NOUN", "NN", "agreement"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("reached", 3, "ROOT", "VERB", "VBN", "reach"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert noun_status(tok(doc, "agreement")) is None
    assert clause_status(tok(doc, "reached")) == ASSERTED


def test_subject_with_no_is_negated() -> None:
    doc = make_doc("No country recognised the annexation.", [
        ("No", 1, "det", "DET", "DT", "no"),
        ("country", 2, "nsubj", "NOUN", "NN", "country"),
        ("recognised", 2, "ROOT", "VERB", "VBD", "recognise"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("annexation", 2, "dobj", "NOUN", "NN", "annexation"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert own_status(tok(doc, "recognised")) == NEGATED
    assert clause_status(tok(doc, "recognised")) == NEGATED


def test_a_clause_under_a_main_verb_marked_if_is_hypothetical() -> None:
    # The small parser's shape when a typo ("where to" for "were to") breaks a conditional:
    # "if" hangs on the main verb, the call on the subject.
    doc = make_doc("If Chile where to call for talks, that would help.", [
        ("If", 10, "mark", "SCONJ", "IN", "if"),
        ("Chile", 10, "nsubj", "PROPN", "NNP", "Chile"),
        ("where", 4, "advmod", "SCONJ", "WRB", "where"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("call", 1, "relcl", "VERB", "VB", "call"),
        ("for", 4, "prep", "ADP", "IN", "for"),
        ("talks", 5, "pobj", "NOUN", "NNS", "talk"),
        (",", 10, "punct", "PUNCT", ",", ","),
        ("that", 10, "nsubj", "PRON", "DT", "that"),
        ("would", 10, "aux", "AUX", "MD", "would"),
        ("help", 10, "ROOT", "VERB", "VB", "help"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "call")) == HYPOTHETICAL


def test_what_a_party_is_unlikely_to_do_is_hypothetical() -> None:
    doc = make_doc("Qatar was unlikely to accept the demands.", [
        ("Qatar", 1, "nsubj", "PROPN", "NNP", "Qatar"),
        ("was", 1, "ROOT", "AUX", "VBD", "be"),
        ("unlikely", 1, "acomp", "ADJ", "JJ", "unlikely"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("accept", 2, "xcomp", "VERB", "VB", "accept"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("demands", 4, "dobj", "NOUN", "NNS", "demand"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert clause_status(tok(doc, "accept")) == HYPOTHETICAL
