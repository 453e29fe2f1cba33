"""Attribution: who the text says reports an event (EVENTS.md section 6).

Three forms are read from the parse: "according to X" (the whole sentence), a reporting verb
whose clausal complement holds the event ("Ukrainska Pravda reported that ...", "X told the
Guardian ...", "..., a senior official said"), and carry-over inside a paragraph: a sentence
that keeps reporting (a quotation, "he added", "it said") takes the attribution of the
sentence before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from parley.records import Attribution

REPORTING_VERBS = frozenset({
    "say", "report", "tell", "state", "announce", "claim", "add", "note", "write", "confirm",
    "insist", "explain", "declare", "quote", "cite", "reveal", "allege", "argue", "recall",
    "disclose", "acknowledge", "admit", "assert", "testify", "estimate", "publish",
})
# Words that continue a report without naming its source again.
_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
_QUOTES = "\"“”‘’'«»"


@dataclass(slots=True)
class SentenceAttribution:
    """Attributions found in one sentence.

    Attributes:
        whole: Applies to every event of the sentence ("according to X").
        by_verb: Reporting verb token index -> attribution of the events in its complement.
        continues: The sentence keeps reporting (quotation or pronoun-subject report verb),
            so the paragraph's previous attribution carries into it.
    """

    whole: Attribution | None
    by_verb: dict[int, Attribution]
    continues: bool


def _phrase(tok: Token, base: int) -> tuple[str, int, int]:
    """The words of a noun phrase, its appositive name when it has one."""
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            tok = child
            break
    # Leave relative clauses and long modifiers out: the source is the name, not its story.
    keep = [t for t in tok.subtree if not any(a.dep_ in ("relcl", "acl") and a.i != tok.i
                                             for a in t.ancestors if a in tok.subtree)]
    keep = [t for t in keep if t.dep_ not in ("relcl", "acl", "punct") or t.i == tok.i]
    lo = min(t.i for t in keep)
    hi = max(t.i for t in keep)
    while lo < hi and tok.doc[lo].dep_ == "det":
        lo += 1
    span = tok.doc[lo:hi + 1]
    return span.text, base + span.start_char, base + span.end_char


def analyse(doc: Doc | Span, base: int) -> SentenceAttribution:
    """Find the attributions of a parsed sentence.

    Args:
        doc: The parsed sentence.
        base: Offset of the sentence in the page text.

    Returns:
        What the sentence attributes.
    """
    whole = None
    by_verb: dict[int, Attribution] = {}
    continues = False
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            pobj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                text, start, end = _phrase(pobj, base)
                whole = Attribution(text, f"according to {text}", start, end)
        elif tok.lemma_ in REPORTING_VERBS and tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            if subj.lower_ in _PRONOUNS:
                continues = True
                continue
            text, start, end = _phrase(subj, base)
            if subj.pos_ in ("PRON", "DET"):
                continue
            said = doc[tok.i - doc[0].i] if isinstance(doc, Span) else tok
            by_verb[tok.i] = Attribution(text, f"{text} {said.text}", start, end)
    text = doc.text.lstrip()
    if text[:1] in _QUOTES:
        continues = True
    return SentenceAttribution(whole, by_verb, continues)


def governing(trigger: Token, found: SentenceAttribution) -> Attribution | None:
    """The attribution an event's trigger falls under, if any.

    A reporting verb governs the events in its clausal complement, and in the clause it is
    parenthetical to ("Russia attacked the port, the ministry said": the report verb is a
    dependent of the event's verb).
    """
    if found.by_verb:
        for anc in trigger.ancestors:
            if anc.i in found.by_verb and trigger.i != anc.i:
                return found.by_verb[anc.i]
        for child in trigger.children:
            if child.i in found.by_verb and child.dep_ in ("parataxis", "ccomp", "advcl", "conj"):
                return found.by_verb[child.i]
        root = trigger.sent.root if trigger.doc.has_annotation("SENT_START") else None
        if root is not None and root.i in found.by_verb:
            for child in root.children:
                if child.dep_ in ("ccomp", "parataxis") and trigger in child.subtree:
                    return found.by_verb[root.i]
    return found.whole


__all__ = ["REPORTING_VERBS", "SentenceAttribution", "analyse", "governing"]
