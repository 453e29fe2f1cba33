"""Small readings of the dependency parse that the coder's stages share: token
identity, modifier chains, clause arguments, misparses, trigger matching."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from parley.events.actors import Mention
from parley.events.lexicon import NOT_AN_EVENT, NounEntry, VerbEntry
from parley.events.status import (
    HYPOTHETICAL,
)
from parley.records import Entity

#: The speaker's own words: in a quote, the one quoted ("“We will not withdraw,” the
#: minister said": the minister's state); outside quotes, the writer, who is no party.
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})

#: Verbs that only carry a nominal event ("hold talks", "launch an offensive"): the noun's
#: event takes the verb's subject and status.
LIGHT_VERBS = frozenset({"hold", "launch", "conduct", "carry", "begin", "start", "resume", "enter",
                         "open", "reach", "make", "take", "stage", "mount", "wage", "pursue",
                         "continue", "involve", "engage", "participate", "have", "give", "provide",
                         "announce", "declare", "seek", "join", "attend", "host", "do", "intensify",
                         "escalate", "step", "increase", "sign", "complete", "accept", "restart",
                         "secure", "achieve", "obtain", "win", "get", "conclude", "negotiate",
                         "propose", "allow", "permit", "approve", "adopt", "lead", "order"})

_UNIT_DAYS = {"day": 1, "week": 7}


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def distance(prep: Token) -> tuple[int, bool]:
    """Days between a landmark and the act ("four days before"), and whether it is exact
    (days or weeks with a number); months and vaguer words are not."""
    for child in prep.children:
        if child.dep_ == "npadvmod" and child.lemma_.lower() in _UNIT_DAYS:
            for num in child.children:
                n = _NUMBERS.get(num.lower_) or (int(num.text) if num.text.isdigit() else None)
                if num.dep_ == "nummod" and n:
                    return n * _UNIT_DAYS[child.lemma_.lower()], True
            if any(c.lower_ in ("a", "one") for c in child.children):
                return _UNIT_DAYS[child.lemma_.lower()], True
    return 0, False


def misparsed_noun(tok: Token) -> bool:
    """"in the ceasefire talks": the small parser sometimes reads a plural noun ending a
    prepositional phrase as a verb ("talks" VBZ). A -s verb right after the object of a
    preposition that does not depend on it is such a noun."""
    if tok.tag_ != "VBZ" or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.dep_ in ("pobj", "compound") and prev.head.i != tok.i and prev.pos_ in (
        "NOUN", "PROPN")


#: Nouns that name the act of a verb in another word ("the invasion" of "invaded").
_NOMINALISED = {"invasion": "invade", "withdrawal": "withdraw", "bombing": "bomb",
                "shelling": "shell", "killing": "kill", "seizure": "seize",
                "expulsion": "expel", "deployment": "deploy", "annexation": "annex",
                "recognition": "recognise", "recognize": "recognise", "occupation": "occupy",
                "detention": "detain", "intervention": "intervene", "retaliation": "retaliate",
                "proposal": "propose", "decision": "decide", "blockade": "blockade"}


def deed_word(tok: Token) -> str:
    """The word an act is told by, verb or noun alike: "struck" and "the strike" are both
    "strike", "invaded" and "the invasion" both "invade"."""
    lemma = tok.lemma_.lower()
    return _NOMINALISED.get(lemma, lemma)


def _as_phrase(noun: Token) -> set[str]:
    """The words of an "as" phrase on ``noun`` ("as" and what it names), for a lexicon row
    like "designate as organisation"; empty when it has none."""
    words: set[str] = set()
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            words.add("as")
            words.update(g.lemma_.lower() for g in prep.children if g.dep_ == "pobj")
    return words


#: Modifiers that make a strike an armed one, not a walkout ("air strikes", "missile strikes").
_ARMED = frozenset({"air", "airstrike", "missile", "drone", "rocket", "artillery", "military",
                    "naval", "retaliatory", "precision", "nuclear", "preemptive", "pre-emptive",
                    "surgical", "punitive"})


def _armed_strike(obj: Token) -> bool:
    """True for "air strikes", "a missile strike": a strike with an armed modifier."""
    return obj.lemma_.lower() == "strike" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _ARMED for c in obj.children)


def match_verb(tok: Token, entries: list[VerbEntry]) -> VerbEntry | None:
    if not entries:
        return None
    words = set()
    on_object: set[tuple[str, str]] = set()  # (object's lemma, preposition hung on it)
    # "called the strike an act of terrorism", "called the strikes unjustified": an object
    # named something is not acted on ("call a strike" is a walkout). (The parser may hang
    # the adjectives after the object on the object: "called the measures unjust, unfair".)
    naming = any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in tok.children) or (
        any(a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > c.i for c in tok.children
            if c.dep_ == "dobj" for a in c.children))
    for child in tok.children:
        if naming and child.dep_ == "dobj":
            continue
        # The parser tags some particles advmod ("fall apart", "step down", "pull back").
        # ("oprd": "called its envoy home"; "npadvmod": "gave them 60 days".)
        if child.dep_ in ("prt", "prep", "dobj", "nsubjpass", "attr", "agent", "dative", "advmod",
                          "oprd", "npadvmod"):
            if child.dep_ == "prep" and _temporal(child):
                continue  # "fired ... on Saturday" is no "fire on"
            if child.dep_ == "prep" and child.lower_ in ("without", "despite", "according"):
                # "left without a deal" leaves no deal; "met despite the ban"; "have not left
                # Tigray, according to residents" leaves no accord.
                continue
            if child.dep_ == "dobj" and _armed_strike(child):
                continue  # "began air strikes" is no walkout ("began a strike")
            words.add(child.lemma_.lower())
            if child.dep_ == "dobj" and child.lower_ in ("which", "that") and tok.dep_ == "relcl":
                # "the dialogue with the PLO, which Washington suspended": the object is the
                # noun the relative pronoun stands for.
                words.add(tok.head.lemma_.lower())
            if child.dep_ == "prep":
                for grand in child.children:
                    if grand.dep_ == "pobj" or grand.dep_ == "prep" or (
                            # "brought Isaias together with Guelleh": the parser hangs the
                            # particle on the "with".
                            grand.dep_ == "advmod" and grand.lower_ == "together"):
                        words.add(grand.lemma_.lower())
                    if grand.dep_ == "prep":
                        # "pulled the United States out of the agreement"
                        words.update(g.lemma_.lower() for g in grand.children if g.dep_ == "pobj")
            if child.dep_ in ("advmod", "prt") and child.lower_ in ("away", "out"):
                # "stayed away from the final round of talks": the phrase hangs on the
                # particle, and what is stayed away from may be a round "of" talks.
                for grand in (g for g in child.children if g.dep_ == "prep"):
                    words.add(grand.lemma_.lower())
                    for g in (g for g in grand.children if g.dep_ == "pobj"):
                        words.add(g.lemma_.lower())
                        words.update(o.lemma_.lower() for p in g.children if p.dep_ == "prep"
                                     and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
            if child.dep_ in ("dobj", "nsubjpass"):
                # "UN, EU and American sanctions will be lifted": the conjuncts of the object
                # are objects too.
                words.update(c.lemma_.lower() for c in child.conjuncts)
                for conj in child.conjuncts:
                    # ("designated X and the Gran Grif gang as terrorist organisations": the
                    # "as" phrase of all the objects hangs on the last.)
                    words.update(_as_phrase(conj))
                for grand in child.children:
                    # "gave $5 million of aid", "sent tons of food aid", "pledged 500 million
                    # euros in military aid"
                    if grand.dep_ == "prep" and (grand.lower_ in ("of", "in") or (
                            # "declared an end to the war", "ordered a halt to the offensive"
                            grand.lower_ == "to" and child.lemma_.lower() in _ENDS)):
                        for g in grand.children:
                            if g.dep_ != "pobj":
                                continue
                            words.add(g.lemma_.lower())
                            if grand.lower_ == "to":
                                # "an end to the state of war"
                                words.update(o.lemma_.lower() for p in g.children
                                             if p.dep_ == "prep" and p.lower_ == "of"
                                             for o in p.children if o.dep_ == "pobj")
                    # "the negotiation process was paused"
                    elif grand.dep_ == "compound":
                        words.add(grand.lemma_.lower())
                    elif grand.dep_ == "advmod" and grand.lower_ == "over":
                        # "declared El Salvador's war officially over": what the object is
                        # declared, hung by the parser on the object.
                        words.add("over")
                    if grand.dep_ == "prep" and grand.lower_ in ("in", "at") and (
                            not _temporal(grand)):
                        # "keeps about 1,500 troops in Transnistria": where the object is
                        # kept, hung by the parser on the object (for a pattern naming
                        # that object only: "gives the US a stake in" gives in nothing).
                        on_object.add((child.lemma_.lower(), grand.lower_))
        elif child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "dobj" for c in tok.children):
            # "designated Viv Ansanm, ..., and the Gran Grif gang as terrorist organisations":
            # the parser may join the last object to the verb, with the "as" phrase of all.
            words.update(_as_phrase(child))
        elif child.dep_ == "ccomp" and child.lower_ == "over":
            # "Abiy declared the operation over": the parser makes the object the subject of
            # a clause "over".
            words.add("over")
            words.update(c.lemma_.lower() for c in child.children if c.dep_ == "nsubj")
        elif child.dep_ in ("ccomp", "xcomp", "acomp") and child.pos_ == "ADJ":
            # "held the United States responsible": the parser's clause is a predicate.
            words.add(child.lemma_.lower())
        elif child.dep_ == "xcomp" and child.lemma_.lower() == "leave":
            # "ordered French troops to leave": what is ordered names the act.
            words.add("leave")
        elif child.dep_ in ("advcl", "ccomp") and any(
                g.dep_ == "mark" and g.lower_ == "for" for g in child.children):
            # "called for Eritrean forces to leave": the parser makes "for" the mark of the
            # demanded clause, not a preposition of "call".
            words.add("for")
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS
            for c in tok.children) and any(c.dep_ == "nsubj" for c in tok.children):
        # "the deal the SDF struck with Damascus", "the strip it seized", "the embargo that
        # it imposed": the noun the clause describes is the verb's object.
        words.add(tok.head.lemma_.lower())
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.tag_ == "RP":
        # "handed over 32 prisoners": a particle the parser hangs on the number after it.
        words.add(after.lower_)
    # What each preposition of the verb governs: "withdraw from treaty" needs the treaty to
    # be what "from" governs ("will withdraw from southern Lebanon under the deal" is no
    # withdrawal from the deal).
    governs = {(c.lemma_.lower(), g.lemma_.lower()) for c in tok.children if c.dep_ == "prep"
               for g in c.children if g.dep_ in ("pobj", "prep")}
    preps = {c.lemma_.lower() for c in tok.children if c.dep_ == "prep"}
    for entry in entries:
        seen = words | {prep for noun, prep in on_object if noun in entry.extra}
        if all(w in seen for w in entry.extra) and all(
                (a, b) in governs for a, b in itertools.pairwise(entry.extra) if a in preps):
            # ("-": the phrase is no event though its verb is one: "pressed ahead".)
            return None if entry.event == NOT_AN_EVENT else entry
    return None


#: Relative pronouns that stand for the noun a clause describes.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

#: Nouns of stopping an act, whose "to" phrase names the act ("an end to the war").
_ENDS = frozenset({"end", "halt", "stop"})

_TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "day", "night", "morning", "afternoon", "evening", "weekend",
    "week", "month", "year", "date", "eve", "anniversary", "occasion"})


def _temporal(prep: Token) -> bool:
    """True for a preposition whose object is a time ("on Saturday", "in 2019")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.lower_ in _TIME_WORDS or o.lemma_.lower() in _TIME_WORDS
                                 or o.like_num for o in objects)


def match_noun(tok: Token, entries: list[NounEntry]) -> NounEntry | None:
    if not entries:
        return None
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    for entry in entries:
        if entry.modifier is None or entry.modifier in mods:
            return None if entry.event == NOT_AN_EVENT else entry
    return None


def same_token(a: Token | None, b: Token) -> bool:
    """Token identity: spaCy makes a new Token object on every access, so compare places."""
    return a is not None and a.i == b.i


MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})


def modifier_chain(tok: Token) -> list[Token]:
    """A modifier and the modifiers and conjuncts under it, not crossing into phrases."""
    out, stack = [], [tok]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack.extend(c for c in cur.children if c.dep_ in MODIFIER_DEPS or c.dep_ == "conj")
    return out


_DEONTIC_AUX = frozenset({"must", "should", "ought", "shall"})


_DEONTIC_WORDS = frozenset({"need", "have", "require", "necessary", "necessity", "essential",
                            "imperative", "obligation", "must"})


def deontic(trigger: Token, speech: Token) -> bool:
    """True when the clause of ``trigger`` says what must happen (not what may)."""
    tok = trigger
    below = None  # the token on the path just under ``tok``
    while tok.i != speech.i and tok.head.i != tok.i:
        if tok.lemma_.lower() in _DEONTIC_WORDS and tok.i != trigger.i and (
                # ("France had proof that chemical weapons had been used": "have" is "have
                # to" only with the act as its infinitive.)
                tok.lemma_.lower() != "have" or (below is not None and below.dep_ == "xcomp")):
            return True
        if any(c.dep_ == "aux" and c.lower_ in _DEONTIC_AUX for c in tok.children):
            return True
        below, tok = tok, tok.head
    return False


#: Nouns that present a picture, not a fact: an act inside their phrase is told as a claim
#: ("the presentation of the war as a massacre of civilians").
_REPRESENTATION = frozenset({
    "presentation", "portrayal", "depiction", "image", "picture", "narrative", "story",
    "claim", "allegation", "accusation", "perception", "notion", "idea", "myth", "propaganda",
    "rumour", "rumor", "fear", "spectre", "specter", "prospect", "risk", "possibility",
    "danger", "question",
})


def represented(noun: Token) -> str | None:
    """HYPOTHETICAL when a nominal act sits in the phrase of a representation noun."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("as", "like"):
        # "the presentation of the war as a massacre": the parser often hangs "as ..." on
        # the verb; the picture word is then a sibling phrase of the same verb.
        governor = noun.head.head
        for prep in governor.children:
            for obj in prep.children:
                if (obj.dep_ == "pobj" and obj.i != noun.i
                        and obj.lemma_.lower() in _REPRESENTATION):
                    return HYPOTHETICAL
    tok = noun
    for _ in range(5):
        if tok.dep_ not in ("pobj", "appos", "attr") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.dep_ == "prep":
            tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _REPRESENTATION and tok.i != noun.i:
            return HYPOTHETICAL
    return None


_ATTITUDE_PREFIXES = frozenset({"anti", "pro"})


#: "Russia-friendly" is a stance; "UN-recognised", "Turkish-backed" say who stands behind
#: someone else: neither names who acts.
_ATTITUDE_SUFFIXES = frozenset({"phobic", "phobia", "phile", "friendly", "sceptic", "skeptic",
                                "backed", "recognised", "recognized", "supported", "sponsored",
                                "funded", "armed", "trained", "installed", "appointed"})


def attitude_word(doc: Doc, m: Mention) -> bool:
    """"anti-Russian", "pro-Kremlin", "Russia-phobic", "Iran-backed": a stance or a patron,
    not the party acting."""
    before = doc[m.start - 2:m.start] if m.start >= 2 else None
    if before is not None and before[1].text == "-" and before[0].lower_ in _ATTITUDE_PREFIXES:
        return True
    if m.start >= 1 and doc[m.start - 1].lower_ in ("anti", "pro") and doc[m.start - 1].whitespace_ == "":
        return True
    after = doc[m.end:m.end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in _ATTITUDE_SUFFIXES


def clause_arguments(clause: Token) -> list[Token]:
    """Subject, objects and prepositional objects of a clause (and of clauses it governs by
    xcomp or conj), not of clauses embedded deeper."""
    out: list[Token] = []
    stack = [clause]
    while stack:
        verb = stack.pop()
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr"):
                out.append(child)
            elif child.dep_ == "prep":
                out.extend(g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ in ("xcomp", "conj") and child.pos_ in ("VERB", "AUX"):
                stack.append(child)
    return out


def left_noun(verb: Token) -> list[Token]:
    """The noun right before a subjectless finite verb: the small parser often hangs a
    subject ("..., Russian and Ukrainian diplomats met") on the previous clause instead."""
    if verb.dep_ not in ("ROOT", "conj", "advcl") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i >= 0 and verb.doc[i].pos_ in ("NOUN", "PROPN") and verb.doc[i].dep_ in (
            "conj", "appos", "pobj", "dobj", "npadvmod", "attr"):
        return [verb.doc[i]]
    return []


#: Heads that hold the act their modifier names: "an aid package", "a bombing campaign".
ACT_CONTAINERS = frozenset({"package", "shipment", "delivery", "convoy", "programme", "program",
                            "campaign", "operation", "mission", "effort", "spree", "wave",
                            "drive", "regime", "measure"})


def determined(tok: Token, *words: str) -> bool:
    """True when one of ``words`` (by default "the") is a determiner of ``tok``."""
    words = words or ("the",)
    return any(c.dep_ == "det" and c.lower_ in words for c in tok.children)


def provides_for(verb: Token) -> bool:
    """True for "the deal provides for the release of prisoners": a text laying an act
    down (no object given to anyone, a "for" phrase)."""
    return verb.lemma_.lower() == "provide" and not any(
        c.dep_ in ("dobj", "dative") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def governing_verb(noun: Token) -> Token | None:
    tok = noun
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in ACT_CONTAINERS:
        tok = tok.head  # "blocked a new sanctions package": the package stands for the act
    while tok.dep_ == "conj" and tok.head is not tok:  # "its air and ground offensive"
        tok = tok.head
    for _ in range(3):
        if tok.dep_ in ("dobj", "nsubjpass", "attr", "xcomp", "nsubj"):
            # (A head in an xcomp or ccomp is a verb the tagger took for a noun: "offered to
            # host talks" with "host" tagged NOUN.)
            verbal = tok.head.pos_ in ("VERB", "AUX") or tok.head.dep_ in ("xcomp", "ccomp")
            return tok.head if verbal else None
        if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "conj") and tok.head.pos_ == "ADP":
            prep = tok.head
            while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head is not prep:
                prep = prep.head  # "called for a ceasefire and for talks"
            if prep.dep_ != "prep":
                return None
            tok = prep.head
            if tok.pos_ in ("VERB", "AUX"):
                return tok
            if tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
                return tok.head  # "fell short of its demands"
            continue
        return None
    return None


def dedupe(entities: list[Entity]) -> list[Entity]:
    """One entity per code, keeping the one that says most (a sector over none)."""
    best: dict[str, Entity] = {}
    for e in entities:
        old = best.get(e.code)
        if old is None or (not old.sector and e.sector):
            best[e.code] = e
    return list(best.values())


def inferred(entities: list[Entity]) -> list[Entity]:
    """``entities`` as parties inferred, not read in the sentence: no words and no offsets
    (so they do not count again toward who the document is about)."""
    return [Entity(e.code, e.sector, "", e.wikidata, -1, -1) for e in entities]


__all__ = ["ACT_CONTAINERS", "FIRST_PERSON", "LIGHT_VERBS", "MODIFIER_DEPS", "RELATIVE_PRONOUNS", "attitude_word", "clause_arguments", "dedupe", "deed_word", "deontic", "determined", "distance", "governing_verb", "inferred", "left_noun", "match_noun", "match_verb", "misparsed_noun", "modifier_chain", "provides_for", "represented", "same_token"]
