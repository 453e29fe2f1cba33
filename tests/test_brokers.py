"""Model-free tests of mediators named where the parser does not put them on the act: "The
text, brokered by Saudi Arabia and the United States" (a mediating participle on a noun that
is no act) is their mediation between the pair the text was telling about; "extended twice
through mediation by Qatar and Egypt" (the "by" phrase hung on the verb) is Qatar's and
Egypt's mediation, between the story's parties, who stay its pair; "The truce was mediated by
Qatar, with help from Egypt and the United States" is the mediation of all three, not a truce
of the helpers; "the mediators" praised later are the last ones named. Docs are built by hand
in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2023-05-14"

TALKS = "Ethiopia and Eritrea held talks in Jeddah on Saturday."
TEXT = "The text, brokered by Saudi Arabia and the United States, is not a peace treaty."
TRUCE = "The truce had been extended twice through mediation by Qatar and Egypt."

PARSES = {
    "Ethiopia and Eritrea held talks in Jeddah on Saturday.": [
        ("Ethiopia", 3, "nsubj", "PROPN", "NNP", "Ethiopia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Eritrea", 0, "conj", "PROPN", "NNP", "Eritrea"),
        ("held", 3, "ROOT", "VERB", "VBD", "hold"),
        ("talks", 3, "dobj", "NOUN", "NNS", "talk"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("Jeddah", 5, "pobj", "PROPN", "NNP", "Jeddah"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Saturday", 7, "pobj", "PROPN", "NNP", "Saturday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The text, brokered by Saudi Arabia and the United States, is not a peace treaty.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("text", 12, "nsubj", "NOUN", "NN", "text"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("brokered", 1, "acl", "VERB", "VBN", "broker"),
        ("by", 3, "agent", "ADP", "IN", "by"),
        ("Saudi", 6, "compound", "PROPN", "NNP", "Saudi"),
        ("Arabia", 4, "pobj", "PROPN", "NNP", "Arabia"),
        ("and", 6, "cc", "CCONJ", "CC", "and"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("United", 10, "compound", "PROPN", "NNP", "United"),
        ("States", 6, "conj", "PROPN", "NNP", "States"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("is", 12, "ROOT", "AUX", "VBZ", "be"),
        ("not", 12, "neg", "PART", "RB", "not"),
        ("a", 16, "det", "DET", "DT", "a"),
        ("peace", 16, "compound", "NOUN", "NN", "peace"),
        ("treaty", 12, "attr", "NOUN", "NN", "treaty"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ],
    "The truce had been extended twice through mediation by Qatar and Egypt.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("truce", 4, "nsubjpass", "NOUN", "NN", "truce"),
        ("had", 4, "aux", "AUX", "VBD", "have"),
        ("been", 4, "auxpass", "AUX", "VBN", "be"),
        ("extended", 4, "ROOT", "VERB", "VBN", "extend"),
        ("twice", 4, "advmod", "ADV", "RB", "twice"),
        ("through", 4, "prep", "ADP", "IN", "through"),
        ("mediation", 6, "pobj", "NOUN", "NN", "mediation"),
        ("by", 4, "agent", "ADP", "IN", "by"),
        ("Qatar", 8, "pobj", "PROPN", "NNP", "Qatar"),
        ("and", 9, "cc", "CCONJ", "CC", "and"),
        ("Egypt", 9, "conj", "PROPN", "NNP", "Egypt"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Sudan and South Sudan clashed near the border.": [
        ("Sudan", 4, "nsubj", "PROPN", "NNP", "Sudan"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("South", 3, "compound", "PROPN", "NNP", "South"),
        ("Sudan", 0, "conj", "PROPN", "NNP", "Sudan"),
        ("clashed", 4, "ROOT", "VERB", "VBD", "clash"),
        ("near", 4, "prep", "ADP", "IN", "near"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("border", 5, "pobj", "NOUN", "NN", "border"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The truce was mediated by Qatar, with help from Egypt and the United States.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("truce", 3, "nsubjpass", "NOUN", "NN", "truce"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("mediated", 3, "ROOT", "VERB", "VBN", "mediate"),
        ("by", 3, "agent", "ADP", "IN", "by"),
        ("Qatar", 4, "pobj", "PROPN", "NNP", "Qatar"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("help", 7, "pobj", "NOUN", "NN", "help"),
        ("from", 8, "prep", "ADP", "IN", "from"),
        ("Egypt", 9, "pobj", "PROPN", "NNP", "Egypt"),
        ("and", 10, "cc", "CCONJ", "CC", "and"),
        ("the", 14, "det", "DET", "DT", "the"),
        ("United", 14, "compound", "PROPN", "NNP", "United"),
        ("States", 10, "conj", "PROPN", "NNP", "States"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Talks between Sudan and South Sudan were convened by the African Union.": [
        ("Talks", 7, "nsubjpass", "NOUN", "NNS", "talk"),
        ("between", 0, "prep", "ADP", "IN", "between"),
        ("Sudan", 1, "pobj", "PROPN", "NNP", "Sudan"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("South", 5, "compound", "PROPN", "NNP", "South"),
        ("Sudan", 2, "conj", "PROPN", "NNP", "Sudan"),
        ("were", 7, "auxpass", "AUX", "VBD", "be"),
        ("convened", 7, "ROOT", "VERB", "VBN", "convene"),
        ("by", 7, "agent", "ADP", "IN", "by"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("African", 11, "compound", "PROPN", "NNP", "African"),
        ("Union", 8, "pobj", "PROPN", "NNP", "Union"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
    "The Sudanese president praised the mediators on Monday.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("Sudanese", 2, "amod", "ADJ", "JJ", "sudanese"),
        ("president", 3, "nsubj", "NOUN", "NN", "president"),
        ("praised", 3, "ROOT", "VERB", "VBD", "praise"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("mediators", 3, "dobj", "NOUN", "NNS", "mediator"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Monday", 6, "pobj", "PROPN", "NNP", "Monday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def test_brokers_and_mediators_act_between_the_pair(coder: Coder) -> None:
    events = code_doc(coder, [(s, PARSES[s]) for s in (TALKS, TEXT, TRUCE)], PUBLISHED)
    assert [(ev.event, ev.cameo, [e.code for e in ev.actor], sorted(e.code for e in ev.recipient))
            for ev in events] == [
        ("CONSULT", "040", ["ETH", "ERI"], []),
        ("CONSULT", "045", ["SAU", "USA"], ["ERI", "ETH"]),
        ("CONSULT", "045", ["QAT", "EGY"], ["ERI", "ETH"]),
    ]


def test_a_deal_mediated_with_help_is_the_mediators_act(coder: Coder) -> None:
    sentences = ["Sudan and South Sudan clashed near the border.",
                 "The truce was mediated by Qatar, with help from Egypt and the United States."]
    events = code_doc(coder, [(s, PARSES[s]) for s in sentences], PUBLISHED)
    assert [(ev.event, ev.cameo, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events][1:] == [("CONSULT", "045", ["QAT", "EGY", "USA"], ["SDN", "SSD"])]


def test_the_mediators_are_the_last_ones_named(coder: Coder) -> None:
    sentences = ["Talks between Sudan and South Sudan were convened by the African Union.",
                 "The Sudanese president praised the mediators on Monday."]
    events = code_doc(coder, [(s, PARSES[s]) for s in sentences], PUBLISHED)
    assert [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events][1:] == [("SUPPORT", ["SDN"], ["AU"])]


AGREED = "Israel and Hezbollah agreed to a ceasefire brokered by the United States."
AGREED_ROWS = [
    ("Israel", 3, "nsubj", "PROPN", "NNP", "Israel"),
    ("and", 0, "cc", "CCONJ", "CC", "and"),
    ("Hezbollah", 0, "conj", "PROPN", "NNP", "Hezbollah"),
    ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
    ("to", 3, "prep", "ADP", "IN", "to"),
    ("a", 6, "det", "DET", "DT", "a"),
    ("ceasefire", 4, "pobj", "NOUN", "NN", "ceasefire"),
    ("brokered", 6, "acl", "VERB", "VBN", "broker"),
    ("by", 7, "agent", "ADP", "IN", "by"),
    ("the", 11, "det", "DET", "DT", "the"),
    ("United", 11, "compound", "PROPN", "NNP", "United"),
    ("States", 8, "pobj", "PROPN", "NNP", "States"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_a_broker_mediates_between_the_ones_who_agreed_to_its_deal(coder: Coder) -> None:
    # The text told of no pair before: the deal's makers are the ones who agreed to it.
    events = code_doc(coder, [(AGREED, AGREED_ROWS)], "2024-11-28", infer=False)
    assert [(ev.event, ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events] == [
        ("AGREE", "asserted", ["ISR", "HEZBOLLAH"], []),
        ("CONSULT", "asserted", ["USA"], ["ISR", "HEZBOLLAH"]),
    ]
