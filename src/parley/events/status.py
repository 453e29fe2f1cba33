"""Status of an event clause: asserted, negated, hypothetical or future (EVENTS.md section 5).

Decided from the dependency parse around the trigger: its own negation and auxiliaries, the
clause it sits in (conditional, counterfactual), and the verbs that govern it ("refused to",
"plans to", "must", "wants to"). Rules are written against spaCy's English (ClearNLP) labels
and tested on hand-built Docs.

Cue words live in ``data/statuswords.tsv`` when they are open-class; the closed-class
grammar words (auxiliaries, "if") are here, next to the rules that read them.
"""

from __future__ import annotations

from spacy.tokens import Token

ASSERTED, NEGATED, HYPOTHETICAL, FUTURE = "asserted", "negated", "hypothetical", "future"

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "must", "ought", "can", "ca"})
# "would" is a future in reported speech ("said it would withdraw"), a hypothetical elsewhere.
_WOULD = "would"
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
_REPORTING = frozenset({
    "say", "tell", "report", "state", "announce", "claim", "add", "note", "write", "argue",
    "confirm", "insist", "explain", "declare", "stress", "believe", "think", "suggest", "show",
    "reveal", "indicate", "assert", "mean",
})
# Governing verbs and what they make of the clause they govern.
_GOVERNOR_FUTURE = frozenset({
    "plan", "intend", "prepare", "expect", "schedule", "set", "due", "aim", "vow", "swear", "pledge",
    "promise", "decide", "agree", "commit", "go",
})
_GOVERNOR_NEGATED = frozenset({"refuse", "fail", "decline", "neglect", "cease", "refrain",
                               "abstain",
                               # "stopped short of signing it", "fell short of recognising"
                               "short",
                               # nouns the small parser can take for verbs ("the Democrats
                               # refusal to accept" parsed with "refusal" as the main verb)
                               "refusal", "failure"})
_GOVERNOR_INHERIT = frozenset({
    "begin", "start", "continue", "keep", "resume", "manage", "proceed", "go", "get", "help",
    "use", "choose", "opt", "move", "rush", "dare", "turn", "come",
})
_GOVERNOR_HYPOTHETICAL = frozenset({
    # "Iran appeared to be standing down": a hedged appearance, not an act told as done.
    "seem", "appear",
    "have", "ought", "got", "want", "hope", "wish", "need", "seek", "try", "attempt", "urge", "ask", "call", "demand",
    "threaten", "offer", "propose", "push", "press", "allow", "permit", "prevent", "avoid",
    # "authorised the CIA to carry out covert operations": leave to act, not the act done.
    "authorise", "authorize",
    "stop", "block", "encourage", "invite", "request", "appeal", "struggle", "fight", "like",
    "prefer", "require", "would", "wait", "consider", "expect", "insist", "warn", "able", "willing", "ready", "prepared", "eager", "unable", "unwilling", "likely", "possible",
    "impossible", "necessary", "interested", "reluctant", "unlikely",
})
_NEG_DETS = frozenset({"no", "neither", "nor"})

#: Pronouns that, as the object, say the act was done to no one ("released none of them";
#: not "said nothing would happen until they met", where nothing is what happens).
_NEG_PRONOUNS = frozenset({"none", "nothing", "nobody"})

#: Verbs that keep someone "from" an act ("barred them from travelling").
_KEEPING_FROM = frozenset({"bar", "ban", "prevent", "stop", "block", "keep", "deter",
                           "prohibit", "restrain", "discourage", "dissuade", "forbid",
                           "preclude", "exclude", "hinder", "restrict"})
# What someone is accused of or denies doing is alleged, not told as fact by the text.
_GOVERNOR_ALLEGED = frozenset({"accuse", "allege", "blame", "charge", "claim", "deny",
                               "suspect", "rumor", "rumour", "condemn", "criticise",
                               "criticize"})
# A claim named again after a comma ("..., a charge Moscow denied").
_CHARGE_NOUNS = frozenset({"charge", "claim", "accusation", "allegation"})
# Nouns whose that-clause is a claim or a possibility, not a fact the writer commits to
# ("no evidence that X pressured Y", "the hope that talks resume").
_EPISTEMIC_NOUNS = frozenset({
    "evidence", "proof", "sign", "indication", "possibility", "chance", "hope", "idea",
    "claim", "suggestion", "allegation", "accusation", "belief", "fear", "risk", "prospect",
    "question", "likelihood", "notion", "assumption", "rumour", "rumor", "speculation",
    "expectation", "danger", "threat", "proposal", "demand", "insistence",
    "need", "necessity", "willingness", "readiness", "desire", "wish", "intention", "plan",
    "attempt", "effort", "bid", "right", "time", "call", "push", "pressure", "interest",
    "commitment", "determination", "offer", "pledge", "promise", "initiative",
    "power", "capacity", "ability", "means", "capability", "firepower", "potential", "option",
})


#: Trips, calls and meetings whose purpose, when it is a saying, is done in them: "flew to
#: Banjul to urge Jammeh to go", "telephoned his counterparts to urge calm". (A march or a
#: rally "to demand" is coded as the protest it is.)
_CARRIERS = frozenset({"fly", "travel", "go", "come", "arrive", "visit", "return", "head",
                       "telephone", "phone", "call", "ring", "meet", "convene", "write",
                       "vote"})
#: Sayings done by the trip or the call that carries them.
_CARRIED_SAYINGS = frozenset({"urge", "press", "demand", "ask", "appeal", "plead", "lobby",
                              "call", "warn", "condemn", "denounce", "express", "voice",
                              "convey", "deliver", "reassure"})
#: Words that rank the one an infinitive tells of: "the first leader to visit Kyiv".
_RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                    "eighth", "ninth", "tenth", "last", "only", "latest"})

#: Nouns whose to-clause tells what was not done.
_NEGATING_NOUNS = frozenset({"refusal", "failure", "inability", "unwillingness", "reluctance"})


#: Adverbs of what came close to happening and did not ("the talks had nearly broken down").
_NEAR_MISSES = frozenset({"nearly", "almost"})

#: Verbs of bringing something to its end, which "nearly" leaves mostly done.
_COMPLETING = frozenset({"complete", "finish", "double", "triple", "halve"})


def _is_negation(tok: Token) -> bool:
    if tok.lower_ in _NEAR_MISSES and tok.dep_ == "advmod" and tok.head.pos_ == "VERB" and (
            tok.head.lemma_.lower() not in _COMPLETING):
        # (What is nearly completed or finished was mostly done.)
        return True
    if tok.dep_ != "neg" and tok.lower_ not in ("never", "not", "n't"):
        return False
    # "not only ... but also" is emphasis, not negation.
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and nxt.lower_ in ("only", "just", "merely"))


def foretold(verb: Token) -> bool:
    """True when the verb has "will", "would", "shall" or "won't": an act told to come."""
    return any(c.dep_ == "aux" and (c.lower_ in _FUTURE_AUX or c.lower_ == _WOULD)
               for c in verb.children)


def infinitive(verb: Token) -> bool:
    """True for a verb with its own "to" ("to accept", "are to hold")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def first_conjunct(verb: Token) -> Token:
    """The first of the clauses ``verb`` is joined to ("said the talks had failed, and that
    it wanted peace but would reply": "failed" for "reply"), or ``verb`` itself."""
    for _ in range(4):
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
    return verb


def _reported(verb: Token) -> bool:
    """True for a clause a verb of saying reports, or one joined to such a clause: "said
    Cambodia had attacked and that Bangkok would defend its sovereignty" reports both."""
    verb = first_conjunct(verb)
    return verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_ in _REPORTING


def own_status(verb: Token, reported: bool = False) -> str | None:
    """Status from the verb's own negation and auxiliaries; None when it has none."""
    negated = False
    modal: str | None = None
    have = False
    for child in verb.children:
        if child.dep_ in ("neg", "advmod") and _is_negation(child):
            negated = True
        elif _fronted_nor(child):
            # "Nor has the second round ever taken place", "Nor did the rebels attend": an
            # inversion after a fronted "nor" denies the clause.
            negated = True
        if child.dep_ in ("aux", "auxpass") and any(_fronted_nor(g) for g in child.children):
            negated = True
        if child.dep_ in ("neg", "advmod", "cc"):
            continue
        if child.dep_ in ("aux", "auxpass"):
            lemma = child.lower_
            if lemma in _FUTURE_AUX:
                modal = modal or FUTURE
            elif lemma in _HYPOTHETICAL_AUX:
                modal = HYPOTHETICAL
            elif lemma == _WOULD:
                modal = FUTURE if reported else HYPOTHETICAL
            elif lemma in ("have", "has", "had", "'ve"):
                have = True
        elif child.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                (child.lower_ in _NEG_PRONOUNS and child.dep_ != "nsubj") or any(
                    d.dep_ in ("det", "preconj") and d.lower_ in _NEG_DETS
                    for d in child.children)):
            # "No country sent troops"; "made no comparable demands of Belgrade"; "received
            # neither an apology nor an offer"; "has released none of them".
            negated = True
    if modal == HYPOTHETICAL and have:
        # "could have prevented": counterfactual, did not happen as told.
        return HYPOTHETICAL
    if negated and modal is None:
        return NEGATED
    if negated and modal == FUTURE:
        return NEGATED
    return modal


def _fronted_nor(tok: Token) -> bool:
    """True for a "nor" or "neither" that opens its sentence ("Nor has ...")."""
    return tok.dep_ == "cc" and tok.lower_ in ("nor", "neither") and tok.i == tok.sent.start


def counterfactual(verb: Token) -> bool:
    """True when a verb is told as what could or would have been ("could have prevented")."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & (_HYPOTHETICAL_AUX | {_WOULD})) and bool(aux & {"have", "'ve"})


def undone_counterfactual(verb: Token) -> bool:
    """True when a verb is told as what would not have been in another past ("Israel might
    never have struck", "Russia would not have invaded if ..."): in this past, it was."""
    return counterfactual(verb) and any(
        c.dep_ in ("neg", "advmod") and _is_negation(c) for c in verb.children)


def _in_conditional(tok: Token) -> bool:
    """True when the clause of ``tok`` is an if-clause or an inverted conditional."""
    if tok.dep_ not in ("advcl", "ROOT"):
        return False
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS
                                   for c in tok.children):
        return True
    # "had Ukraine joined NATO ...", "were Russia to withdraw ...": aux before the subject.
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should")]
    if not (subj and aux and aux[0].i < subj[0].i):
        return False
    if tok.dep_ == "ROOT":
        # The parser may make the main clause of "could have prevented it, had the
        # administration wished to": only where the inversion opens the sentence or follows
        # a break, and the sentence asks nothing ("Had they left?").
        first = aux[0]
        before = first.nbor(-1) if first.i > tok.sent.start else None
        # ("And had Putin met Erdogan in Paris, ...": a conjunction opening the sentence
        # still leaves the inversion first.)
        opens = before is None or before.is_punct or (
            before.i == tok.sent.start and before.pos_ in ("CCONJ", "ADV"))
        return opens and tok.sent[-1].text != "?" and not tok.sent.text.rstrip().endswith("?")
    return True


def _undone_in_hindsight(tok: Token) -> bool:
    """True for a negated past counterfactual condition: "had Hezbollah not opened its
    front", or "if it had not massed troops" under "would have" (not "if they had not left
    by then", a condition still open)."""
    aux = [c for c in tok.children if c.dep_ == "aux"]
    if not any(a.lower_ == "had" for a in aux) or not any(
            c.dep_ == "neg" for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and aux[0].lower_ == "had" and aux[0].i < subj[0].i:
        return True  # inverted: "Had Hezbollah not opened"
    return tok.dep_ == "advcl" and counterfactual(tok.head)


def alternative(tok: Token) -> bool:
    """True for the gerund of "instead of" or "rather than" ("instead of closing its
    borders", "rather than shooting the bomber down")."""
    prep = tok.head
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.lower_ in ("of", "than") and (
        prep.head.i != prep.i) and any(c.lower_ in ("instead", "rather") for c in prep.children)


def clause_status(tok: Token) -> str:
    """Status of the event whose trigger verb is ``tok``.

    Walks up from the trigger through the clauses that govern it: the first clause that
    marks a status decides, with governing verbs of planning (future), refusal (negated),
    wish or demand (hypothetical), beginning (inherit) and report (transparent).

    Args:
        tok: The trigger verb (or the verb a nominal trigger hangs on).

    Returns:
        asserted, negated, hypothetical or future.
    """
    current = tok
    reported = False
    joined_clause = False
    if alternative(tok):
        chosen = clause_status(tok.head.head)
        if chosen == HYPOTHETICAL:
            # "Had Ankara summoned the ambassador rather than shooting the bomber down",
            # "should restore the treaty instead of holding it hostage": the course set
            # against one wished or supposed is the one taken.
            return ASSERTED
        if chosen == ASSERTED:
            # "filled the dam instead of negotiating": the course not taken.
            return NEGATED
    for _ in range(8):  # clause chains are short; the bound guards against odd parses
        if _in_conditional(current):
            # "Had Beijing not massed troops, soldiers would still be alive": a past
            # counterfactual of what was not done tells that it was done.
            return ASSERTED if _undone_in_hindsight(current) else HYPOTHETICAL
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in current.children):
            # "has not said whether Putin will agree", "asked whether the war would resume":
            # a question left open tells no act, done or to come.
            return HYPOTHETICAL
        head = current.head
        reported = _reported(current)
        # (A clause with a subject of its own shares no auxiliary or negation with the one
        # it is joined to: "has not accepted the plan, and its minister said ...".)
        status = None if joined_clause else own_status(current, reported)
        joined_clause = False
        if status == NEGATED and current.dep_ == "xcomp" and (
                current.head.lemma_.lower() in _GOVERNOR_HYPOTHETICAL) and infinitive(current):
            # "urged people not to accept the coup": what is urged not done is wished,
            # not told as undone.
            return HYPOTHETICAL
        if status is not None:
            return status
        # (An infinitive is no relative clause, whatever the parser says: "their
        # unwillingness ..., and any initiatives to negotiate" may hang on either noun.)
        dep = "acl" if current.dep_ == "relcl" and infinitive(current) else current.dep_
        if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and (
                head.lemma_.lower() in _EPISTEMIC_NOUNS):
            return HYPOTHETICAL
        if current.dep_ == "relcl" and current.tag_ in _PRESENT_OR_MISTAGGED and any(
                c.dep_ == "det" and c.lower_ in ("every", "each", "any") for c in head.children):
            # "extended by a day for every ten hostages that Hamas releases": a rule for
            # whatever may happen, not a told act.
            return HYPOTHETICAL
        if current.dep_ == "relcl" and current.tag_ == "VBP" and head.tag_ in ("NNS", "NNPS") and (
                # ("Kenyans who obstruct a settlement": a people's plural is a kind too.)
                head.pos_ in ("NOUN", "PROPN")) and not any(
                c.dep_ == "aux" for c in current.children) and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in current.children):
            # "acts against the groups that attack India": what a kind of actor habitually
            # does describes it; it tells no act.
            return HYPOTHETICAL
        if dep == "acl" and infinitive(current) and _ranked(head) and (
                head.head.pos_ in ("VERB", "AUX")) and head.head.i != head.i:
            # "Macron, the first leader to visit Nuuk, ...": done as the clause that names
            # the one who ranks is.
            current = head.head
            continue
        if dep == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in _NEGATING_NOUNS:
            # "their refusal to accept the result", "the failure to reach a deal".
            return NEGATED
        between = current.doc[current.i:head.i] if (
            current.dep_ == "ccomp" and current.i < head.i) else ()
        if any(t.text == ";" for t in between) or (
                any(t.text == "," for t in between)
                and any(t.lower_ in _CHARGE_NOUNS for t in between)):
            # "Israel accused Iran ...; Iran denied breaking it", "Khartoum accused Abu Dhabi
            # of supplying the drones, a charge Abu Dhabi has denied": the parser hangs the
            # first of two clauses a semicolon joins, or a charge named again, on the denial
            # that follows, as if the accusing were what was denied.
            return ASSERTED
        if current.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in _GOVERNOR_ALLEGED:
            return HYPOTHETICAL
        if current.dep_ == "pcomp" and head.dep_ in ("prep", "agent") and head.head.i != head.i:
            # "accused X of shelling", "committed to allowing", "achieved by agreeing": the
            # gerund is governed by the verb the preposition hangs on, like an xcomp.
            governor = head.head.lemma_.lower()
            if head.lower_ == "from" and any(
                    a.pos_ == "VERB" and a.lemma_.lower() in _KEEPING_FROM
                    for a in list(head.ancestors)[:5]):
                # "barred them from travelling", "could bar Kenyans who stir up violence from
                # travelling" (the parser may hang the phrase inside the object): what one is
                # kept from doing is not done.
                return HYPOTHETICAL
            if head.lower_ in ("before", "after", "since", "upon"):
                # "set fires before withdrawing a day later": a time the gerund sets is no
                # complement of the verb; the act is as that verb's clause is.
                current = head.head
                continue
            # "expressed interest in 1991 in Russia joining": the parser hangs the phrase of
            # the object noun on the verb.
            object_noun = any(c.dep_ == "dobj" and c.lemma_.lower() in _EPISTEMIC_NOUNS
                              for c in head.head.children) and head.lower_ in ("in", "of")
            if governor in _GOVERNOR_ALLEGED or governor in _GOVERNOR_HYPOTHETICAL or object_noun or (
                    head.head.pos_ == "NOUN" and governor in _EPISTEMIC_NOUNS):
                # "interest in joining NATO", "hope of reaching a deal": wished, not done.
                return HYPOTHETICAL
            if governor in _GOVERNOR_FUTURE:
                up = clause_status(head.head)
                return FUTURE if up == ASSERTED else up
            if governor in _GOVERNOR_NEGATED:
                return NEGATED
            current = head.head
            continue
        if current.dep_ in ("xcomp", "ccomp", "advcl", "acomp") and head.i != current.i:
            lemma = head.lemma_.lower()
            if current.dep_ == "xcomp" and lemma in _GOVERNOR_NEGATED:
                return NEGATED
            if current.dep_ == "xcomp" and (lemma in _GOVERNOR_FUTURE or (
                    lemma == "be" and infinitive(current))):
                # "plans to send", "all parties are to hold dialogue": future unless the
                # planning itself is modal or negated.
                up = clause_status(head)
                return FUTURE if up == ASSERTED else up
            if lemma in _GOVERNOR_HYPOTHETICAL and current.dep_ in ("xcomp", "ccomp"):
                return HYPOTHETICAL
            if current.dep_ == "advcl":
                # Purpose clauses ("met ... to begin negotiations") are aims, not facts,
                # unless the aim is a saying the trip or call carries out, or the clause
                # tells what ranks its subject ("became the first leader to visit Kyiv"):
                # those are done as the governing act is.
                if infinitive(current):
                    if (lemma in _CARRIERS and current.lemma_.lower() in _CARRIED_SAYINGS) or (
                            any(c.dep_ in ("attr", "dobj") and _ranked(c) for c in head.children)):
                        current = head
                        continue
                    return HYPOTHETICAL
                if current.tag_ == "VBG" and (lemma == "exclude" or (lemma == "rule" and any(
                        c.dep_ == "prt" and c.lower_ == "out" for c in head.children))):
                    # "has not ruled out sending troops": the parser's advcl is the
                    # complement of what is (not) excluded, an act not done.
                    return HYPOTHETICAL
                if (current.tag_ in ("VBP", "VBZ") or any(
                        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in current.children
                )) and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till", "once")
                           for c in current.children):
                    # "before the talks begin", "until its envoy has met every party": in
                    # the present tense, not yet happened.
                    return FUTURE
                marks = {c.lower_ for c in current.children if c.dep_ in ("mark", "advmod")}
                if marks & {"before", "until", "till", "when", "once"} and (
                        up := clause_status(head)) in (FUTURE, HYPOTHETICAL) and (
                        # ("Had Europe spoken in January, when Trump threatened ...": a time
                        # a counterfactual is set at was; only a reported future's is to come.)
                        marks & {"before", "until", "till"} or up == FUTURE):
                    # "said the movement would fight on until Morocco ended its occupation",
                    # "would come back only when the West met its demands": the past tense of
                    # reported speech; the end is still to come.
                    return up
                return ASSERTED
            if reported or lemma in _GOVERNOR_INHERIT or head.pos_ in ("VERB", "AUX", "ADJ"):
                current = head
                continue
        if current.dep_ == "conj" and current.head.i != current.i:
            # Coordinated verbs share auxiliaries: "could have prevented ... and could have led".
            joined_clause = any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
            current = current.head
            continue
        return _root_conditional(tok)
    return ASSERTED


def _ranked(noun: Token) -> bool:
    """True for a noun ranked by an ordinal or "only" ("the fourth Arab country", "the only
    member")."""
    return noun.pos_ in ("NOUN", "PROPN", "PRON") and any(
        c.dep_ in ("amod", "advmod", "det", "nummod") and c.lower_ in _RANKS
        for c in noun.children)


def _root_conditional(tok: Token) -> str:
    """HYPOTHETICAL when the sentence's main clause is itself marked "if": the small parser
    sometimes hangs a whole conditional on the main verb and its subject's clauses on the
    subject ("if the government were to call for talks, that would ...")."""
    root = tok.sent.root
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in root.children):
        return HYPOTHETICAL
    return ASSERTED


#: A relative clause's verb in the present ("that Hamas releases"), or that verb taken for a
#: plural noun by the tagger.
_PRESENT_OR_MISTAGGED = frozenset({"VBZ", "VBP", "NNS"})


def noun_status(noun: Token) -> str | None:
    """Status a nominal event takes from its own determiners ("no agreement"), or None."""
    if noun.dep_ == "relcl":
        # A verb the tagger took for a noun: its clause decides.
        status = clause_status(noun)
        if status != ASSERTED:
            return status
    if noun.dep_ == "pobj" and noun.head.lower_ == "without":
        # "broke down without an agreement", "holds critics without charge"
        return NEGATED
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in _NEG_DETS:
            return NEGATED
        if child.dep_ == "neg":
            return NEGATED
    return None


__all__ = ["ASSERTED", "FUTURE", "HYPOTHETICAL", "NEGATED", "alternative", "clause_status",
           "counterfactual", "first_conjunct", "foretold", "infinitive", "noun_status",
           "own_status", "undone_counterfactual"]
