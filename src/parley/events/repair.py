"""Repairs of misparses that the small English model makes often enough to cost events.

Each repair is narrow: a shape of tree that no grammatical reading of the words can have,
rewritten to the reading the words do have. The coder applies them to a sentence's parse
before reading roles from it, so every later stage sees the repaired tree.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Past-tense and participle tags: the verbs of a list of things done.
_PAST = frozenset({"VBD", "VBN"})


def repair(doc: Doc) -> None:
    """Repair the parse of one sentence in place (see the module docstring)."""
    for tok in doc:
        if tok.dep_ in ("ccomp", "xcomp") and tok.tag_ in _PAST and tok.head.tag_ == "VBD":
            _listed_verb(tok)


def _listed_verb(verb: Token) -> None:
    """"It sanctioned Pelosi, suspended talks ... and cut off channels": a list of acts of
    one subject, where the model hangs the second verb on the first as its complement and
    may take the first verb's object for the second verb's subject. Neither a clause
    complement nor a controlled verb follows its head's object after a bare comma."""
    head, doc = verb.head, verb.doc
    if verb.i < head.i + 2 or doc[verb.i - 1].text != "," or not any(
            c.dep_ == "nsubj" for c in head.children) or any(
            c.dep_ in ("mark", "aux", "auxpass") for c in verb.children):
        return
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if subjects:
        # "sanctioned Pelosi, suspended": the "subject" is the first verb's object.
        noun = subjects[0]
        if len(subjects) > 1 or objects or noun.i != verb.i - 2 or noun.pos_ not in (
                "PROPN", "NOUN"):
            return
        noun.head, noun.dep_ = head, "dobj"
    elif not objects or objects[-1].i > verb.i:
        return
    verb.head, verb.dep_ = head, "conj"
