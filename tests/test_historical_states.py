"""Tests of historical states' capitals and seats: a city names the state of its day.

"Moscow" in a report of 1962 or 1990 is the Soviet Union's government, in one of 2022
Russia's; "Belgrade" in 1999 is the Federal Republic of Yugoslavia's. states.tsv gives each
historical state the days it existed, and the coder picks the state by the date, as it picks
a person's office. Dictionary tests match on the blank English tokenizer; the coder tests
use docs built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

import pytest
import spacy

from docbuild import code_one, summary
from parley.events.actors import ActorDictionary, resolve

_NLP = spacy.blank("en")


def _tokenize(text: str) -> list[str]:
    return [t.text for t in _NLP.tokenizer(text)]


@pytest.fixture(scope="module")
def dictionary(coder) -> ActorDictionary:
    # (The rule tests' coder already holds the shipped dictionary, built on the same blank
    # tokenizer; no need to load the tables again.)
    return coder.actors


def _code_on(dictionary: ActorDictionary, name: str, date: str | None) -> tuple[str, str]:
    [mention] = dictionary.match(_tokenize(name))
    entry = resolve(mention.entries, date)
    return entry.code, entry.sector


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Moscow", "1962-10-28", "SUN"), ("Moscow", "1991-02", "SUN"), ("Moscow", "1991-12-26", "SUN"),
    ("Moscow", "1992", "RUS"), ("Moscow", "2022-02-24", "RUS"),
    ("Kremlin", "1990", "SUN"), ("Kremlin", "2014-03", "RUS"),
    ("Belgrade", "1999-03-24", "YUG"), ("Belgrade", "2008-02-17", "SRB"),
    ("Prague", "1968-08", "CSK"), ("Prague", "1993-01-01", "CZE"),
    ("East Berlin", "1961", "DDR")])
def test_a_capital_names_the_state_of_its_day(dictionary, name, date, code):
    assert _code_on(dictionary, name, date) == (code, "GOV")


@pytest.mark.parametrize("name", ["Moscow", "Kremlin", "Belgrade", "Prague"])
def test_an_undated_capital_names_the_state_of_today(dictionary, name):
    # (A page without a publication date is read as news of the present.)
    assert _code_on(dictionary, name, None)[0] in ("RUS", "SRB", "CZE")


def test_the_state_of_the_day_keeps_its_own_names(dictionary):
    # The state's own name, and a current state's name on an old date, stay as they are.
    assert _code_on(dictionary, "Soviet Union", "2020")[0] == "SUN"
    assert _code_on(dictionary, "Russia", "1990")[0] == "RUS"


REJECTED = 'Moscow rejected the American proposal.'
PARSES = {
    REJECTED: [
        ('Moscow', 1, 'nsubj', 'PROPN', 'NNP', 'Moscow'),
        ('rejected', 1, 'ROOT', 'VERB', 'VBD', 'reject'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('American', 4, 'amod', 'ADJ', 'JJ', 'american'),
        ('proposal', 1, 'dobj', 'NOUN', 'NN', 'proposal'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


@pytest.mark.parametrize(("published", "code"), [("1962-10-26", "SUN"), ("2021-12-17", "RUS")])
def test_a_report_codes_the_capital_as_the_state_of_its_day(coder, published, code):
    events = code_one(coder, REJECTED, PARSES[REJECTED], published)
    assert summary(events) == [("REJECT", "asserted", [code], ["USA"])]
