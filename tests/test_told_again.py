"""Model-free tests of an act told again, and of an act read as another (EVENTS.md sections 4
and 5), and of officials the dictionary of people now knows (section 3).

"Kinshasa and Kigali signed a peace agreement on Friday ... Therese Kayikwamba Wagner and
Olivier Nduhungirehe signed the text at the State Department": the signing told again, with
no date of its own, is the one the sentence before dated. "A step diplomats read as a
withdrawal of its troops" names the step again; it is no withdrawal of its own. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2025-06-28"

PARSES = {
    "Kinshasa and Kigali signed a peace agreement on Friday to end a war that flared earlier this year.": [
        ("Kinshasa", 3, "nsubj", "PROPN", "NNP", "Kinshasa"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Kigali", 0, "conj", "PROPN", "NNP", "Kigali"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("peace", 6, "compound", "NOUN", "NN", "peace"),
        ("agreement", 3, "dobj", "NOUN", "NN", "agreement"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Friday", 7, "pobj", "PROPN", "NNP", "Friday"),
        ("to", 10, "aux", "PART", "TO", "to"),
        ("end", 3, "advcl", "VERB", "VB", "end"),
        ("a", 12, "det", "DET", "DT", "a"),
        ("war", 10, "dobj", "NOUN", "NN", "war"),
        ("that", 14, "nsubj", "PRON", "WDT", "that"),
        ("flared", 12, "relcl", "VERB", "VBD", "flare"),
        ("earlier", 17, "advmod", "ADV", "RBR", "early"),
        ("this", 17, "det", "DET", "DT", "this"),
        ("year", 14, "npadvmod", "NOUN", "NN", "year"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Therese Kayikwamba Wagner and Olivier Nduhungirehe signed the text at the State Department.": [
        ("Therese", 2, "compound", "PROPN", "NNP", "Therese"),
        ("Kayikwamba", 2, "compound", "PROPN", "NNP", "Kayikwamba"),
        ("Wagner", 6, "nsubj", "PROPN", "NNP", "Wagner"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("Olivier", 5, "compound", "PROPN", "NNP", "Olivier"),
        ("Nduhungirehe", 2, "conj", "PROPN", "NNP", "Nduhungirehe"),
        ("signed", 6, "ROOT", "VERB", "VBD", "sign"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("text", 6, "dobj", "NOUN", "NN", "text"),
        ("at", 6, "prep", "ADP", "IN", "at"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("State", 12, "compound", "PROPN", "NNP", "State"),
        ("Department", 9, "pobj", "PROPN", "NNP", "Department"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
    "Rwanda is to lift its measures, a step diplomats read as a withdrawal of its troops.": [
        ("Rwanda", 1, "nsubj", "PROPN", "NNP", "Rwanda"),
        ("is", 10, "ccomp", "AUX", "VBZ", "be"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("lift", 1, "xcomp", "VERB", "VB", "lift"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("measures", 3, "dobj", "NOUN", "NNS", "measure"),
        (",", 10, "punct", "PUNCT", ",", ","),
        ("a", 8, "det", "DET", "DT", "a"),
        ("step", 9, "compound", "NOUN", "NN", "step"),
        ("diplomats", 10, "nsubj", "NOUN", "NNS", "diplomat"),
        ("read", 10, "ROOT", "VERB", "VBP", "read"),
        ("as", 10, "prep", "ADP", "IN", "as"),
        ("a", 13, "det", "DET", "DT", "a"),
        ("withdrawal", 11, "pobj", "NOUN", "NN", "withdrawal"),
        ("of", 13, "prep", "ADP", "IN", "of"),
        ("its", 16, "poss", "PRON", "PRP$", "its"),
        ("troops", 14, "pobj", "NOUN", "NNS", "troop"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ],
    "Interior Minister Mohsin Naqvi warned Kabul.": [
        ("Interior", 1, "compound", "PROPN", "NNP", "Interior"),
        ("Minister", 3, "compound", "PROPN", "NNP", "Minister"),
        ("Mohsin", 3, "compound", "PROPN", "NNP", "Mohsin"),
        ("Naqvi", 4, "nsubj", "PROPN", "NNP", "Naqvi"),
        ("warned", 4, "ROOT", "VERB", "VBD", "warn"),
        ("Kabul", 4, "dobj", "PROPN", "NNP", "Kabul"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
}

SIGNED = "Kinshasa and Kigali signed a peace agreement on Friday to end a war that flared earlier this year."
AGAIN = "Therese Kayikwamba Wagner and Olivier Nduhungirehe signed the text at the State Department."


def coded(coder: Coder, *texts: str) -> list:
    return code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)


def test_an_act_told_again_next_takes_the_date_told(coder: Coder) -> None:
    # (Without it, the last date the text named, this year, would stand.)
    events = [e for e in coded(coder, SIGNED, AGAIN) if e.event == "AGREE" and e.status == "asserted"]
    assert [([a.code for a in e.actor], e.date) for e in events] == [
        (["COD", "RWA"], "2025-06-27"), (["COD", "RWA"], "2025-06-27")]


def test_an_act_told_later_keeps_no_borrowed_date(coder: Coder) -> None:
    # (With a sentence between, the signing told again is not dated by the first.)
    events = coded(coder, SIGNED, "Interior Minister Mohsin Naqvi warned Kabul.", AGAIN)
    assert events[-1].event == "AGREE" and events[-1].date != "2025-06-27"


def test_an_act_read_as_another_is_no_act(coder: Coder) -> None:
    events = summary(coded(
        coder, "Rwanda is to lift its measures, a step diplomats read as a withdrawal of its troops."))
    assert [e for e in events if e[0] == "RETREAT"] == []


def test_an_interior_minister_the_dictionary_knows(coder: Coder) -> None:
    assert summary(coded(coder, "Interior Minister Mohsin Naqvi warned Kabul.")) == [
        ("THREATEN", "asserted", ["PAK"], ["AFG"])]
