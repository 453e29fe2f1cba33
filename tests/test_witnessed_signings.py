"""Model-free tests of onlookers at a signing.

Whoever looks on as parties sign meets them: the onlooker's CONSULT (CAMEO 040) has the
signers as its recipients, as the development sets code "in the presence of", "watched by",
"looked on", "at their side" and "as their host". An onlooker is no signer, and one of the
signers' own side adds no meeting. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2020-02-29"

PARSES = {
    "Colombia and the FARC signed the text, watched by Cuba's president.": [
        ('Colombia', 4, 'nsubj', 'PROPN', 'NNP', 'Colombia'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('FARC', 0, 'conj', 'NOUN', 'NNS', 'FARC'),
        ('signed', 4, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('text', 4, 'dobj', 'NOUN', 'NN', 'text'),
        (',', 6, 'punct', 'PUNCT', ',', ','),
        ('watched', 6, 'acl', 'VERB', 'VBN', 'watch'),
        ('by', 8, 'agent', 'ADP', 'IN', 'by'),
        ('Cuba', 12, 'poss', 'PROPN', 'NNP', 'Cuba'),
        ("'s", 10, 'case', 'PART', 'POS', "'s"),
        ('president', 9, 'pobj', 'NOUN', 'NN', 'president'),
        ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
    "Indonesia signed the deal as Finland's president looked on.": [
        ('Indonesia', 1, 'nsubj', 'PROPN', 'NNP', 'Indonesia'),
        ('signed', 1, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('deal', 1, 'dobj', 'NOUN', 'NN', 'deal'),
        ('as', 8, 'mark', 'SCONJ', 'IN', 'as'),
        ('Finland', 7, 'poss', 'PROPN', 'NNP', 'Finland'),
        ("'s", 5, 'case', 'PART', 'POS', "'s"),
        ('president', 8, 'nsubj', 'NOUN', 'NN', 'president'),
        ('looked', 1, 'advcl', 'VERB', 'VBD', 'look'),
        ('on', 8, 'prt', 'ADP', 'RP', 'on'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'The United States signed the deal as Secretary of State Mike Pompeo looked on.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('United', 2, 'compound', 'PROPN', 'NNP', 'United'),
        ('States', 3, 'nsubj', 'PROPN', 'NNP', 'States'),
        ('signed', 3, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('deal', 3, 'dobj', 'NOUN', 'NN', 'deal'),
        ('as', 12, 'mark', 'SCONJ', 'IN', 'as'),
        ('Secretary', 11, 'nmod', 'PROPN', 'NNP', 'Secretary'),
        ('of', 7, 'prep', 'ADP', 'IN', 'of'),
        ('State', 8, 'pobj', 'PROPN', 'NNP', 'State'),
        ('Mike', 11, 'compound', 'PROPN', 'NNP', 'Mike'),
        ('Pompeo', 12, 'nsubj', 'PROPN', 'NNP', 'Pompeo'),
        ('looked', 3, 'advcl', 'VERB', 'VBD', 'look'),
        ('on', 12, 'prt', 'ADP', 'RP', 'on'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Israel signed the documents on the South Lawn, with President Donald Trump as its host.': [
        ('Israel', 1, 'nsubj', 'PROPN', 'NNP', 'Israel'),
        ('signed', 1, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('documents', 1, 'dobj', 'NOUN', 'NNS', 'document'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('South', 7, 'compound', 'PROPN', 'NNP', 'South'),
        ('Lawn', 4, 'pobj', 'PROPN', 'NNP', 'Lawn'),
        (',', 1, 'punct', 'PUNCT', ',', ','),
        ('with', 1, 'prep', 'ADP', 'IN', 'with'),
        ('President', 12, 'compound', 'PROPN', 'NNP', 'President'),
        ('Donald', 12, 'compound', 'PROPN', 'NNP', 'Donald'),
        ('Trump', 9, 'pobj', 'PROPN', 'NNP', 'Trump'),
        ('as', 12, 'prep', 'ADP', 'IN', 'as'),
        ('its', 15, 'poss', 'PRON', 'PRP$', 'its'),
        ('host', 13, 'pobj', 'NOUN', 'NN', 'host'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Abiy Ahmed and Hassan Sheikh Mohamud agreed, with Recep Tayyip Erdogan at their side, to end the quarrel.': [
        ('Abiy', 1, 'compound', 'PROPN', 'NNP', 'Abiy'),
        ('Ahmed', 6, 'nsubj', 'PROPN', 'NNP', 'Ahmed'),
        ('and', 1, 'cc', 'CCONJ', 'CC', 'and'),
        ('Hassan', 5, 'compound', 'PROPN', 'NNP', 'Hassan'),
        ('Sheikh', 5, 'compound', 'PROPN', 'NNP', 'Sheikh'),
        ('Mohamud', 1, 'conj', 'PROPN', 'NNP', 'Mohamud'),
        ('agreed', 6, 'ROOT', 'VERB', 'VBD', 'agree'),
        (',', 6, 'punct', 'PUNCT', ',', ','),
        ('with', 6, 'prep', 'ADP', 'IN', 'with'),
        ('Recep', 11, 'compound', 'PROPN', 'NNP', 'Recep'),
        ('Tayyip', 11, 'compound', 'PROPN', 'NNP', 'Tayyip'),
        ('Erdogan', 8, 'pobj', 'PROPN', 'NNP', 'Erdogan'),
        ('at', 6, 'prep', 'ADP', 'IN', 'at'),
        ('their', 14, 'poss', 'PRON', 'PRP$', 'their'),
        ('side', 12, 'pobj', 'NOUN', 'NN', 'side'),
        (',', 6, 'punct', 'PUNCT', ',', ','),
        ('to', 17, 'aux', 'PART', 'TO', 'to'),
        ('end', 6, 'xcomp', 'VERB', 'VB', 'end'),
        ('the', 19, 'det', 'DET', 'DT', 'the'),
        ('quarrel', 17, 'dobj', 'NOUN', 'NN', 'quarrel'),
        ('.', 6, 'punct', 'PUNCT', '.', '.'),
    ],
    'Abiy Ahmed and Isaias Afwerki signed the accord in the presence of Crown Prince Mohammed bin Salman.': [
        ('Abiy', 1, 'compound', 'PROPN', 'NNP', 'Abiy'),
        ('Ahmed', 5, 'nsubj', 'PROPN', 'NNP', 'Ahmed'),
        ('and', 1, 'cc', 'CCONJ', 'CC', 'and'),
        ('Isaias', 4, 'compound', 'PROPN', 'NNP', 'Isaias'),
        ('Afwerki', 1, 'conj', 'PROPN', 'NNP', 'Afwerki'),
        ('signed', 5, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('accord', 5, 'dobj', 'NOUN', 'NN', 'accord'),
        ('in', 5, 'prep', 'ADP', 'IN', 'in'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('presence', 8, 'pobj', 'NOUN', 'NN', 'presence'),
        ('of', 10, 'prep', 'ADP', 'IN', 'of'),
        ('Crown', 16, 'compound', 'PROPN', 'NNP', 'Crown'),
        ('Prince', 16, 'compound', 'PROPN', 'NNP', 'Prince'),
        ('Mohammed', 16, 'compound', 'PROPN', 'NNP', 'Mohammed'),
        ('bin', 16, 'compound', 'PROPN', 'NNP', 'bin'),
        ('Salman', 11, 'pobj', 'PROPN', 'NNP', 'Salman'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str, published: str = PUBLISHED):
    return summary(code_one(coder, text, PARSES[text], published))


def test_one_watching_a_signing_meets_its_signers(coder: Coder) -> None:
    assert _code(coder, "Colombia and the FARC signed the text, watched by Cuba's president.") == [
        ("AGREE", "asserted", ["COL", "FARC"], []),
        ("CONSULT", "asserted", ["CUB"], ["COL", "FARC"])]


def test_one_looking_on_meets_the_signer(coder: Coder) -> None:
    assert sorted(_code(coder, "Indonesia signed the deal as Finland's president looked on.")) == [
        ("AGREE", "asserted", ["IDN"], []),
        ("CONSULT", "asserted", ["FIN"], ["IDN"])]


def test_a_host_of_the_signing_meets_the_signer(coder: Coder) -> None:
    text = "Israel signed the documents on the South Lawn, with President Donald Trump as its host."
    assert sorted(_code(coder, text)) == [
        ("AGREE", "asserted", ["ISR"], []),
        ("CONSULT", "asserted", ["USA"], ["ISR"])]


def test_one_in_whose_presence_they_signed_meets_them(coder: Coder) -> None:
    text = ("Abiy Ahmed and Isaias Afwerki signed the accord in the presence of Crown Prince "
            "Mohammed bin Salman.")
    assert _code(coder, text, "2018-09-17") == [
        ("AGREE", "asserted", ["ETH", "ERI"], []),
        ("CONSULT", "asserted", ["SAU"], ["ETH", "ERI"])]


def test_one_at_their_side_is_no_party_to_the_agreement(coder: Coder) -> None:
    text = ("Abiy Ahmed and Hassan Sheikh Mohamud agreed, with Recep Tayyip Erdogan at their "
            "side, to end the quarrel.")
    assert _code(coder, text, "2024-12-12") == [
        ("AGREE", "asserted", ["ETH", "SOM"], []),
        ("CONSULT", "asserted", ["TUR"], ["ETH", "SOM"])]


def test_an_onlooker_of_the_signers_own_side_adds_no_meeting(coder: Coder) -> None:
    text = "The United States signed the deal as Secretary of State Mike Pompeo looked on."
    assert _code(coder, text) == [("AGREE", "asserted", ["USA"], [])]
