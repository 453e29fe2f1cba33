"""Repairs of misparses that the small English model makes often enough to cost events.

Each repair is narrow: a shape of tree that no grammatical reading of the words can have,
rewritten to the reading the words do have. The coder applies them to a sentence's parse
before reading roles from it, so every later stage sees the repaired tree.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from parley.events.attribution import REPORTING_VERBS
from parley.events.status import infinitive

#: Past-tense and participle tags: the verbs of a list of things done.
_PAST = frozenset({"VBD", "VBN"})


#: Verb forms news uses whose lemma the model gets wrong: form -> (lemma given, right lemma).
#: (Checked with en_core_web_sm 3.8.0; the lexicon and the rules see the right lemma.)
_LEMMAS = {
    **dict.fromkeys(("staged", "staging", "stages"), ("stag", "stage")),
    **dict.fromkeys(("cordoned", "cordoning"), ("cordone", "cordon")),
    **dict.fromkeys(("hopes", "hoped", "hoping"), ("hop", "hope")),
    # ("retook" is tagged a bare verb and left as it is, or a noun: see _VERBS_TAKEN_FOR_NOUNS.)
    "retook": ("retook", "retake"),
}

#: Forms of ``_LEMMAS`` the model may also tag as nouns though they head a clause with a
#: subject ("Croatia's army retook the region" parsed as a noun "retook" with "army" its nsubj).
_VERBS_TAKEN_FOR_NOUNS = frozenset({"retook"})


def repair(doc: Doc, agentive: Callable[[Token], bool] | None = None) -> None:
    """Repair the parse of one sentence in place (see the module docstring).

    Args:
        doc: the sentence's parse.
        agentive: true for a word that names who can act (a state, a person, a group);
            by default, names and pronouns.
    """
    agentive = agentive or (lambda tok: tok.pos_ in ("PROPN", "PRON"))
    for tok in doc:
        wrong, right = _LEMMAS.get(tok.lower_, (None, None))
        if tok.lemma_ == wrong and tok.pos_ in ("VERB", "AUX"):
            # "staged a coup" lemmatised "stag", "hopes" "hop".
            tok.lemma_ = right
        elif tok.pos_ == "NOUN" and tok.lower_ in _VERBS_TAKEN_FOR_NOUNS and any(
                c.dep_ == "nsubj" for c in tok.children):
            # (A noun has no subject: the word is the clause's verb.)
            tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", right
    for first in [t for t in doc if t.i == t.sent.start]:
        _acronym_taken_for_verb(first)
        _inversion_taken_for_compound(first)
    for tok in doc:
        if tok.lower_ == "live" and tok.pos_ == "VERB":
            _adjective_taken_for_verb(tok)
    for root in [t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN")]:
        _verb_taken_for_modifier(root)
    for tok in doc:
        if tok.dep_ == "oprd" and tok.tag_ == "VBZ" and tok.head.lemma_.lower() in _NAMING_VERBS:
            _plural_noun_taken_for_verb(tok)
    for tok in doc:
        if tok.dep_ == "ccomp" and tok.tag_ == "VBZ":
            _joined_object_taken_for_clause(tok)
    for tok in doc:
        if tok.dep_ in ("ccomp", "xcomp") and tok.tag_ in _PAST and tok.head.tag_ == "VBD":
            _listed_verb(tok)
    for tok in doc:
        if tok.dep_ == "nsubj" and tok.lemma_.lower() in _TIME_NOUNS:
            _time_taken_for_subject(tok)
    for tok in doc:
        if tok.dep_ in ("conj", "appos") and tok.pos_ in ("PROPN", "NOUN"):
            _subject_taken_for_conjunct(tok)
    for tok in doc:
        if tok.dep_ == "prep" and tok.i == tok.sent.start and tok.head.dep_ == "ROOT":
            _subject_taken_into_time(tok)
    for tok in doc:
        if tok.dep_ == "ROOT" and tok.lemma_ == "have" and tok.pos_ == "VERB":
            _perfect_split_by_time(tok)
    for tok in doc:
        if tok.lemma_.lower() in REPORTING_VERBS and tok.dep_ != "ROOT":
            _phrase_taken_for_subject(tok)
    for tok in doc:
        if tok.dep_ == "conj" and tok.lemma_.lower() in _SPEECH_ACTS:
            _speech_joined_to_description(tok, agentive)
    for tok in doc:
        if tok.dep_ == "conj" and tok.tag_ in ("VBZ", "VBP"):
            _present_joined_to_auxiliary(tok)
        if tok.dep_ == "conj" and tok.tag_ == "VBD":
            _past_verb_under_modal(tok)
        elif tok.dep_ == "conj" and tok.tag_ == "VB":
            _infinitive_joined_to_finite(tok)
            _bare_verb_joined_to_past(tok)


def _inversion_taken_for_compound(first: Token) -> None:
    """"Had Skopje accepted a compound name in 2008, ...": the model may read the opening
    "Had" of an inverted conditional as part of the name after it. Before a subject whose
    verb is a past form (tagged either way), it is that verb's auxiliary (so the clause reads as the
    counterfactual it is)."""
    if first.lower_ != "had" or first.dep_ in ("aux", "ROOT") or first.head.i == first.i:
        return
    subject = first.head
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.tag_ not in ("VBN", "VBD") or not (
            first.i < subject.i < verb.i):
        return
    first.head, first.dep_, first.pos_ = verb, "aux", "AUX"


#: Verbs that name their object something ("called the strikes a war crime").
_NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub"})


#: What "live" describes as an adjective ("live ammunition", "live rounds").
_LIVE_THINGS = frozenset({"ammunition", "round", "bullet", "fire"})


def _adjective_taken_for_verb(live: Token) -> None:
    """"fired tear gas and live ammunition at crowds": the model may read "live" as a verb
    joined to "fired", with the ammunition its object. Right before a word for shot, it is
    that word's adjective, and the word takes its place in the clause."""
    doc = live.doc
    if live.i + 1 >= len(doc) or live.dep_ in ("ROOT", "relcl", "acl"):
        return
    thing = doc[live.i + 1]
    if thing.head.i != live.i or thing.dep_ != "dobj" or thing.lemma_.lower() not in _LIVE_THINGS:
        return
    verb = live.head
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < live.i), None)
    if live.dep_ == "conj" and first is not None:
        # ("tear gas and live ammunition": the object joined to the verb's first one.)
        thing.head, thing.dep_ = first, "conj"
        for c in verb.children:
            if c.dep_ == "cc" and first.i < c.i < live.i:
                c.head = first
    else:
        thing.head, thing.dep_ = verb, live.dep_
    for c in [c for c in live.children if c.i != thing.i]:
        c.head = thing if c.dep_ in ("det", "amod", "compound") else verb
    live.head, live.dep_, live.pos_, live.tag_ = thing, "amod", "ADJ", "JJ"


def _joined_object_taken_for_clause(verb: Token) -> None:
    """"imposed travel bans and asset freezes on Russian officials": the model may take the
    second of two joined plural objects for a verb ("freezes") with the first for its
    subject, under a verb left with no object. A "verb" with a joined noun right before it
    and nothing of a clause (no auxiliary, no object) is that noun's phrase: the objects are
    the head verb's, and the rest hangs on it."""
    head, doc = verb.head, verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if head.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != verb.i
                                  for c in head.children) or len(subjects) != 1:
        return
    subject = subjects[0]
    joined = doc[verb.i - 1]
    if subject.tag_ != "NNS" or subject.i < head.i or joined.dep_ != "conj" or (
            joined.head.i != subject.i or joined.pos_ != "NOUN" or joined.tag_ != "NN") or any(
            c.dep_ in ("aux", "auxpass", "neg", "dobj", "mark") for c in verb.children):
        return
    subject.head, subject.dep_ = head, "dobj"
    verb.head, verb.dep_, verb.pos_, verb.tag_ = subject, "conj", "NOUN", "NNS"
    joined.head, joined.dep_ = verb, "compound"
    for c in [c for c in verb.children if c.i != subject.i and c.i != joined.i]:
        c.head = head


def _plural_noun_taken_for_verb(verb: Token) -> None:
    """"called the air strikes a brutal military aggression": the model may take the plural
    noun for a verb whose object is the label, and the noun's modifier for the object. Right
    after its head's object, with a noun object of its own, it is the object's head noun and
    its "object" the label."""
    head, doc = verb.head, verb.doc
    before = doc[verb.i - 1]
    labels = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if before.dep_ != "dobj" or before.head.i != head.i or before.pos_ != "NOUN" or (
            len(labels) != 1 or any(c.dep_ in ("nsubj", "aux") for c in verb.children)):
        return
    verb.pos_, verb.tag_, verb.dep_ = "NOUN", "NNS", "dobj"
    for child in [c for c in before.children if c.dep_ == "det"]:
        child.head = verb
    before.head, before.dep_ = verb, "compound"
    labels[0].head, labels[0].dep_ = head, "oprd"


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


#: Verbs of speaking out that need a speaker for their subject.
_SPEECH_ACTS = frozenset({"vow", "pledge", "promise", "threaten", "accuse", "urge", "demand",
                          "insist", "deny", "warn", "blame", "condemn", "announce", "call",
                          # ("says the election was stolen and has refused to recognise the
                          # result": a refusal is a stance taken, as a vow is.)
                          "refuse", "reject", "decline"})


#: Verbs that tell how the subject seems, as a copula does ("appeared to be standing down").
_SEEMING = frozenset({"appear", "seem"})


def _speech_joined_to_description(verb: Token, agentive: Callable[[Token], bool]) -> None:
    """"RSF commanders said the pull-back was tactical and vowed to keep fighting", "said
    the boat had been operated by a cartel and warned of more strikes": the model may join
    the second act of speech to the reported clause. A clause that describes its subject
    (a copula) or tells what was done to it (a passive) has no speaker for its subject: with
    no subject of its own, the speech is the reporter's."""
    head = verb.head
    # ("says the election was stolen and has refused ...": a present perfect of its own
    # beside the reported clause's past is no part of that clause either.)
    perfect = not _has_subject(verb) and [c.lower_ for c in verb.children if c.dep_ == "aux"] in (
        ["has"], ["have"]) and not any(c.lower_ in ("has", "have") for c in head.children)
    if not (_bare(verb) or perfect) or head.dep_ != "ccomp" or head.i > verb.i or not (
            _has_subject(head.head)) or head.head.lemma_.lower() not in REPORTING_VERBS:
        return
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return  # ("said there would be consequences and blame Iran": a bare verb shares "would")
    described = head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in head.children)
    # ("said Iran appeared to be standing down and announced sanctions": seeming is told of
    # the subject, as a copula is; it speaks no announcement.)
    described = described or (head.lemma_.lower() in _SEEMING and any(
        c.dep_ in ("xcomp", "acomp") for c in head.children))
    # ("said the decision had to be respected and warned ...": a passive under "had to".)
    undergone = any(c.dep_ == "auxpass" for c in head.children) or any(
        x.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in x.children)
        for x in head.children)
    # "said Manila bore full responsibility and urged it to stop": one urges another with
    # "it" ("itself" would be the clause's subject), so the urging is not the named
    # subject's.
    other = any(c.dep_ == "dobj" and c.lower_ in ("it", "them", "him", "her")
                for c in verb.children) and any(
        c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in head.children)
    # "said the conflict was moving to a military stage and accused Russian soldiers": a
    # past tense does not share the progressive's "was" ("was ... accused" would be a
    # passive), so it shares only its subject; a subject that cannot act ("the conflict")
    # accuses no one, so the act is the speaker's. ("Said Russia was massing troops and
    # accused Kyiv" may be Russia's accusation.)
    progressive = verb.tag_ == "VBD" and head.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in head.children) and not any(
        c.dep_ == "nsubj" and agentive(c) for c in head.children)
    if described or undergone or other or progressive:
        verb.head = head.head


def _past_verb_under_modal(verb: Token) -> None:
    """"Trump said there would be a price to pay and blamed Russia": the model may join the
    second past verb to the reported clause ("would be", "to pay"). A past tense cannot be
    coordinated with a bare verb ("would ... blamed"): with no subject of its own, it is a
    second act of the nearest past-tense verb above, the reporter's. (A verb whose past is
    its bare form, "could close the border and shut off the pipeline", may be bare: the
    tagger's "past" is no evidence there.)"""
    if verb.head.tag_ == "VB" and _bare(verb) and verb.lower_ != verb.lemma_.lower():
        _rejoin(verb, lambda t: t.tag_ == "VBD", _has_subject)
        reported = verb.head
        if verb.lemma_.lower() in _SPEECH_ACTS and reported.dep_ == "ccomp" and (
                reported.head.tag_ == "VBD" and reported.head.lemma_.lower() in REPORTING_VERBS
                and reported.head.i < verb.i):
            # "said its troops had no choice but to strike back and accused Thai soldiers of
            # invading": the past tense above is the reported clause's own; an accusation
            # or demand joined after it is the reporter's second act.
            verb.head = reported.head


def _present_joined_to_auxiliary(verb: Token) -> None:
    """"Venezuela insists that the waters were never delimited and accuses Guyana of ...": the
    model may join the second present-tense verb to the reported clause's verb. A present
    tense cannot share that verb's auxiliary ("were ... accuses"): with no subject of its
    own, it is a second act of the nearest verb above in the same tense, the speaker's."""
    if _bare(verb) and verb.head.dep_ in ("ccomp", "advcl", "relcl") and any(
            c.dep_ in ("aux", "auxpass") for c in verb.head.children):
        _rejoin(verb, lambda t: t.tag_ == verb.tag_, _has_subject)


def _infinitive_joined_to_finite(verb: Token) -> None:
    """"should use the prize to hand Badme over, as his government promised, and to press
    Asmara": the model may join the second infinitive to the finite verb of the aside
    between them. An infinitive with its own "to" is joined to an infinitive before it: the
    nearest one under the same head as that finite verb."""
    head = verb.head
    if head.tag_ not in ("VBD", "VBZ", "VBP") or head.dep_ not in ("advcl", "relcl", "ccomp") or (
            not infinitive(verb)):
        return
    earlier = [c for c in head.head.children if c.i < head.i and c.dep_ in ("xcomp", "advcl")
               and c.tag_ == "VB" and infinitive(c)]
    if earlier:
        verb.head = earlier[-1]


def _bare_verb_joined_to_past(verb: Token) -> None:
    """"Washington should speed up deliveries of the weapons Taipei has bought and send
    ships through the Strait": the model may join the bare verb to the past one of the
    clause between them. A bare verb cannot share "has ... bought": with no subject or "to"
    of its own, it is a second act of the nearest bare verb above that has a modal."""
    if verb.head.tag_ in ("VBD", "VBN") and verb.head.dep_ in ("relcl", "acl", "advcl") and (
            _bare(verb)):
        _rejoin(verb, _modal_verb, _modal_verb)


def _modal_verb(verb: Token) -> bool:
    """True for a bare verb with a modal ("should speed up")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _has_subject(verb: Token) -> bool:
    """True for a verb with a subject of its own."""
    return any(c.dep_ == "nsubj" for c in verb.children)


def _bare(verb: Token) -> bool:
    """True for a verb with no subject and no auxiliary of its own."""
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _rejoin(verb: Token, stop: Callable[[Token], bool], fits: Callable[[Token], bool]) -> None:
    """Join ``verb`` as a conjunct to the first verb above its head where ``stop`` holds,
    if that verb ``fits`` and comes before it."""
    above = verb.head.head
    while not stop(above) and above.head.i != above.i:
        above = above.head
    if stop(above) and fits(above) and above.i < verb.i:
        verb.head = above


#: Nouns of a time that a sentence can name in apposition to its date ("On Saturday, the
#: eve of the conference, ...").
_TIME_NOUNS = frozenset({"eve", "day", "night", "morning", "evening", "afternoon", "weekend",
                         "anniversary", "week", "dawn"})


def _time_taken_for_subject(time: Token) -> None:
    """"On Saturday, the eve of the conference, groups loyal to Haftar shut down ...": the
    model may take the time in apposition to the date for the verb's subject and the real
    subject for its conjunct. A time set off by commas after the sentence's date does not
    act; the noun joined to it without "and" or "or" does."""
    doc = time.doc
    start = time.left_edge.i
    if start < 1 or doc[start - 1].text != "," or any(c.dep_ == "cc" for c in time.children):
        return
    conjs = [c for c in time.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
             and c.lemma_.lower() not in _TIME_NOUNS and doc[c.left_edge.i - 1].text == ","]
    if len(conjs) != 1:
        return
    subject = conjs[0]
    subject.head, subject.dep_ = time.head, "nsubj"
    time.dep_ = "npadvmod"


#: Words of a time the model may run into the subject after it ("In April Madrid let ...").
_CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter"})


def _subject_taken_into_time(prep: Token) -> None:
    """"In April Madrid let the Polisario's leader in", "In mid-May Moroccan border guards
    waved thousands across": with no comma after an opening time, the model may read the
    time and the subject as one noun phrase, the preposition's object, and leave the verb
    with no subject (or take its object for a subject after it). The time word ends the
    preposition's object; what follows is the verb's subject."""
    verb = prep.head
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    if len(objects) != 1 or any(c.i < verb.i or c.dep_ != "nsubj" for c in subjects):
        return
    noun = objects[0]
    times = [t for t in noun.lefts if t.lower_ in _CALENDAR_WORDS]
    if noun.lower_ in _CALENDAR_WORDS or len(times) != 1 or noun.right_edge.i + 1 != verb.i:
        return
    time = times[0]
    for t in noun.lefts:
        if t.i < time.i:
            t.head = time  # ("mid", "-" of "mid-May")
    time.head, time.dep_, time.pos_ = prep, "pobj", "PROPN"
    noun.head, noun.dep_ = verb, "nsubj"
    for later in subjects:
        later.dep_ = "dobj"  # ("let the Polisario's leader ... into": the one let in.)


#: Spans of time a perfect may be split by ("has for years hosted talks").
_SPANS = frozenset({"year", "month", "week", "decade", "day"})


def _perfect_split_by_time(have: Token) -> None:
    """"Oman has for years hosted talks between the Houthis and Saudi Arabia": with a span
    of time between the auxiliary and its participle, the model may take "has" for the verb,
    "for years hosted talks" for its phrase and the participle for an adjective of the
    object. The participle is the verb, "has" its auxiliary, the span the phrase's object
    and the noun the participle's object."""
    prep = next((c for c in have.children if c.dep_ == "prep" and c.i == have.i + 1
                 and c.lower_ in ("for", "since")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "NOUN":
        return
    verb = next((c for c in obj.children if c.dep_ == "amod" and c.tag_ == "VBN"
                 and c.i < obj.i), None)
    if verb is None or verb.i < 2:
        return
    span = have.doc[verb.i - 1]
    if span.lemma_.lower() not in _SPANS or span.head.i not in (verb.i, obj.i):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in list(have.children):
        if child.i != prep.i:
            child.head = verb
    have.head, have.dep_, have.pos_ = verb, "aux", "AUX"
    prep.head = verb
    span.head, span.dep_ = prep, "pobj"
    obj.head, obj.dep_ = verb, "dobj"


def _subject_taken_for_conjunct(noun: Token) -> None:
    """"Six years after commandos killed ten activists on the Mavi Marmara, Israel and
    Turkey have agreed ...": after an opening clause set off by a comma, the model may join
    the subject to the clause's last noun as a conjunct (or, after "Last week in Geneva,",
    as the place's apposition), and leave the verb right after it with no subject. A noun
    just after that comma, whose words run up to a verb with none of its own, is that verb's
    subject."""
    doc = noun.doc
    start, end = noun.left_edge.i, noun.right_edge.i
    if start < 1 or doc[start - 1].text != "," or end + 1 >= len(doc):
        return
    nxt = doc[end + 1]
    verb = nxt if nxt.pos_ in ("VERB", "AUX") and nxt.dep_ not in ("aux", "auxpass") else (
        nxt.head if nxt.dep_ in ("aux", "auxpass", "neg") and nxt.head.i > nxt.i else None)
    if verb is None or verb.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    # (The noun it was joined to sits in a clause or phrase opening the verb's sentence.)
    opening = [c for c in verb.children
               if c.i < start and c.dep_ in ("advcl", "prep", "npadvmod", "advmod")]
    if not any(c.left_edge.i <= noun.head.i <= c.right_edge.i for c in opening):
        return
    noun.head, noun.dep_ = verb, "nsubj"


#: Prepositions the model may take for a clause's mark when a clause of saying follows.
_SCENE_PREPS = frozenset({"after", "before", "following", "during"})


def _phrase_taken_for_subject(verb: Token) -> None:
    """"Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by
    Qatar, Qatar's foreign ministry said": the model may read "after talks ..." as a clause
    whose subject is "talks" and whose verb is the closing "said", which then has two
    subjects. A verb of saying has one; the noun right after the mark is the preposition's
    object, and the phrase hangs on the verb the saying reports."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in _SCENE_PREPS]
    if len(subjects) != 2 or len(marks) != 1 or verb.head.i == verb.i:
        return
    first, mark = subjects[0], marks[0]
    if mark.i != first.left_edge.i - 1 or first.right_edge.i >= subjects[1].left_edge.i:
        return
    mark.head, mark.dep_, mark.pos_ = verb.head, "prep", "ADP"
    first.head, first.dep_ = mark, "pobj"


#: What may stand between a subject's words and the verb the model took for its modifier.
_NOUN_PHRASE_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "case"})


def _acronym_taken_for_verb(first: Token) -> None:
    """"ECOWAS imposed sanctions on Mali", "IGAD called for talks": the model may read an
    acronym opening a sentence as a verb, the root (with the real verb an adjective of the
    object) or a passive auxiliary. No English verb is written in capitals: it is the
    subject of the finite verb after it."""
    doc = first.doc
    if first.pos_ not in ("VERB", "AUX") or len(first.text) < 2 or not first.text.isupper() or (
            first.i + 1 >= len(doc)):
        return
    verb = doc[first.i + 1]
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or verb.sent.start != first.sent.start:
        return
    if first.dep_ == "ROOT":
        for child in [c for c in first.children if c.i != verb.i]:
            child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        first.head = verb
    elif not (first.dep_ in ("aux", "auxpass") and first.head.i == verb.i):
        return
    first.dep_, first.pos_, first.tag_ = "nsubj", "PROPN", "NNP"
    # (The model read "imposed" and "called" as participles of its misreading.)
    verb.pos_ = "VERB"
    if verb.tag_ == "VBN":
        verb.tag_ = "VBD"


def _verb_taken_for_modifier(root: Token) -> None:
    """"Myanmar's military seized power in a coup": with no verb to head the sentence, the
    model may make the object its root and the past-tense verb an adjective of it ("seized
    power"), with the subject's words as more modifiers. A finite past tense ("VBD") is no
    adjective: the verb heads the sentence, the word before it is its subject and the root
    its object."""
    verbs = [c for c in root.children if c.dep_ == "amod" and c.tag_ == "VBD" and c.i < root.i]
    if len(verbs) != 1 or any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in root.doc):
        return
    verb = verbs[0]
    doc = root.doc
    subject = doc[verb.i - 1] if verb.i > root.sent.start else None
    if subject is None or subject.head.i != root.i or subject.dep_ not in _NOUN_PHRASE_DEPS or (
            subject.pos_ not in ("NOUN", "PROPN", "ADJ")):
        return
    if any(t.dep_ not in _NOUN_PHRASE_DEPS for t in doc[verb.i + 1:root.i]):
        return
    before = [c for c in root.children if c.i < subject.i]
    after = [c for c in root.children if c.i > root.i]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    if subject.pos_ == "ADJ":
        subject.pos_, subject.tag_ = "NOUN", "NN"
    verb.pos_ = "VERB"
    for c in before:
        c.head = subject
    for c in after:
        if c.dep_ in ("prep", "advcl", "punct", "npadvmod", "cc", "conj", "advmod"):
            c.head = verb
