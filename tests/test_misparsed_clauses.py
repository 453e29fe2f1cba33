"""Model-free tests of misparses repaired before roles are read.

"On Saturday, the eve of the vote, groups loyal to Haftar shut down the oil ports": en_core_web_sm
3.8.0 takes "the eve", in apposition to the date, for the subject and the groups for its
conjunct. "Netanyahu said there would be a heavy price to pay and blamed Iran": it joins
"blamed" to the reported clause ("would be", "to pay"), where a past tense cannot stand. The
price to pay is then the speaker's threat, aimed at whom it blames. "Tehran should use the talks
to free the prisoners, as its envoy promised, and to press Washington": it joins the second
infinitive to the aside's finite verb, so the pressing would be told as done; "should speed up
deliveries of the weapons Taipei has bought and send ships": the bare verb to the relative
clause's past one, so Taipei would send the ships, and would have. Docs are built by hand
in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

import spacy

from docbuild import build_doc, code_one, reparsed
from parley.events.coder import Coder
from parley.events.repair import repair

PUBLISHED = "2020-01-20"
_VOCAB = spacy.blank("en").vocab

EVE = "On Saturday, the eve of the vote, groups loyal to Haftar shut down the oil ports."
BLAMED = "Netanyahu said on Friday there would be consequences and blamed Iran for the attack."
PRESS = ("Tehran should use the talks to free the prisoners, as its envoy promised, and to press "
         "Washington for a deal.")
SHIPS = ("Washington should speed up deliveries of the weapons Taipei has bought and send ships "
         "through the Taiwan Strait.")
PRICE = "Netanyahu said there would be a heavy price to pay and blamed Iran for the attack."
CHOICE = ("Aliyev said his soldiers had no choice but to fire back and accused Armenian troops of "
          "shelling Azerbaijani villages.")

PARSES = {
    CHOICE: [
        ("Aliyev", 1, "nsubj", "PROPN", "NNP", "Aliyev"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("his", 3, "poss", "PRON", "PRP$", "his"),
        ("soldiers", 4, "nsubj", "NOUN", "NNS", "soldier"),
        ("had", 1, "ccomp", "VERB", "VBD", "have"),
        ("no", 6, "det", "DET", "DT", "no"),
        ("choice", 4, "dobj", "NOUN", "NN", "choice"),
        ("but", 6, "prep", "SCONJ", "IN", "but"),
        ("to", 9, "aux", "PART", "TO", "to"),
        ("fire", 4, "advcl", "VERB", "VB", "fire"),
        ("back", 9, "advmod", "ADV", "RB", "back"),
        ("and", 9, "cc", "CCONJ", "CC", "and"),
        ("accused", 9, "conj", "VERB", "VBD", "accuse"),
        ("Armenian", 14, "amod", "ADJ", "JJ", "armenian"),
        ("troops", 12, "dobj", "NOUN", "NNS", "troop"),
        ("of", 12, "prep", "ADP", "IN", "of"),
        ("shelling", 15, "pcomp", "VERB", "VBG", "shell"),
        ("Azerbaijani", 18, "compound", "PROPN", "NNP", "Azerbaijani"),
        ("villages", 16, "dobj", "NOUN", "NNS", "village"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    EVE: [
        ("On", 13, "prep", "ADP", "IN", "on"),
        ("Saturday", 0, "pobj", "PROPN", "NNP", "Saturday"),
        (",", 13, "punct", "PUNCT", ",", ","),
        ("the", 4, "det", "DET", "DT", "the"),
        ("eve", 13, "nsubj", "NOUN", "NN", "eve"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("vote", 5, "pobj", "NOUN", "NN", "vote"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("groups", 4, "conj", "NOUN", "NNS", "group"),
        ("loyal", 9, "amod", "ADJ", "JJ", "loyal"),
        ("to", 10, "prep", "ADP", "IN", "to"),
        ("Haftar", 11, "pobj", "PROPN", "NNP", "Haftar"),
        ("shut", 13, "ROOT", "VERB", "VBD", "shut"),
        ("down", 13, "prt", "ADP", "RP", "down"),
        ("the", 17, "det", "DET", "DT", "the"),
        ("oil", 17, "compound", "NOUN", "NN", "oil"),
        ("ports", 13, "dobj", "NOUN", "NNS", "port"),
        (".", 13, "punct", "PUNCT", ".", "."),
    ],
    BLAMED: [
        ("Netanyahu", 1, "nsubj", "PROPN", "NNP", "Netanyahu"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Friday", 2, "pobj", "PROPN", "NNP", "Friday"),
        ("there", 6, "expl", "PRON", "EX", "there"),
        ("would", 6, "aux", "AUX", "MD", "would"),
        ("be", 1, "ccomp", "AUX", "VB", "be"),
        ("consequences", 6, "attr", "NOUN", "NNS", "consequence"),
        ("and", 6, "cc", "CCONJ", "CC", "and"),
        ("blamed", 6, "conj", "VERB", "VBD", "blame"),
        ("Iran", 9, "dobj", "PROPN", "NNP", "Iran"),
        ("for", 9, "prep", "ADP", "IN", "for"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("attack", 11, "pobj", "NOUN", "NN", "attack"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    PRICE: [
        ("Netanyahu", 1, "nsubj", "PROPN", "NNP", "Netanyahu"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("there", 4, "expl", "PRON", "EX", "there"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("be", 1, "ccomp", "AUX", "VB", "be"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("heavy", 7, "amod", "ADJ", "JJ", "heavy"),
        ("price", 4, "attr", "NOUN", "NN", "price"),
        ("to", 9, "aux", "PART", "TO", "to"),
        ("pay", 7, "relcl", "VERB", "VB", "pay"),
        ("and", 9, "cc", "CCONJ", "CC", "and"),
        ("blamed", 9, "conj", "VERB", "VBD", "blame"),
        ("Iran", 11, "dobj", "PROPN", "NNP", "Iran"),
        ("for", 11, "prep", "ADP", "IN", "for"),
        ("the", 15, "det", "DET", "DT", "the"),
        ("attack", 13, "pobj", "NOUN", "NN", "attack"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    PRESS: [
        ("Tehran", 2, "nsubj", "PROPN", "NNP", "Tehran"),
        ("should", 2, "aux", "AUX", "MD", "should"),
        ("use", 2, "ROOT", "VERB", "VB", "use"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("talks", 2, "dobj", "NOUN", "NNS", "talk"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("free", 2, "xcomp", "VERB", "VB", "free"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("prisoners", 6, "dobj", "NOUN", "NNS", "prisoner"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("as", 13, "mark", "SCONJ", "IN", "as"),
        ("its", 12, "poss", "PRON", "PRP$", "its"),
        ("envoy", 13, "nsubj", "NOUN", "NN", "envoy"),
        ("promised", 2, "advcl", "VERB", "VBD", "promise"),
        (",", 13, "punct", "PUNCT", ",", ","),
        ("and", 13, "cc", "CCONJ", "CC", "and"),
        ("to", 17, "aux", "PART", "TO", "to"),
        ("press", 13, "conj", "VERB", "VB", "press"),
        ("Washington", 17, "dobj", "PROPN", "NNP", "Washington"),
        ("for", 17, "prep", "ADP", "IN", "for"),
        ("a", 21, "det", "DET", "DT", "a"),
        ("deal", 19, "pobj", "NOUN", "NN", "deal"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    SHIPS: [
        ("Washington", 2, "nsubj", "PROPN", "NNP", "Washington"),
        ("should", 2, "aux", "AUX", "MD", "should"),
        ("speed", 2, "ROOT", "VERB", "VB", "speed"),
        ("up", 2, "prt", "ADP", "RP", "up"),
        ("deliveries", 2, "dobj", "NOUN", "NNS", "delivery"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("weapons", 5, "pobj", "NOUN", "NNS", "weapon"),
        ("Taipei", 10, "nsubj", "PROPN", "NNP", "Taipei"),
        ("has", 10, "aux", "AUX", "VBZ", "have"),
        ("bought", 7, "relcl", "VERB", "VBN", "buy"),
        ("and", 10, "cc", "CCONJ", "CC", "and"),
        ("send", 10, "conj", "VERB", "VB", "send"),
        ("ships", 12, "dobj", "NOUN", "NNS", "ship"),
        ("through", 12, "prep", "ADP", "IN", "through"),
        ("the", 17, "det", "DET", "DT", "the"),
        ("Taiwan", 17, "compound", "PROPN", "NNP", "Taiwan"),
        ("Strait", 14, "pobj", "PROPN", "NNP", "Strait"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Egypt warned that Sudan could close the border and shut off the pipeline that carries its oil.": [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("Sudan", 5, "nsubj", "PROPN", "NNP", "Sudan"),
        ("could", 5, "aux", "AUX", "MD", "could"),
        ("close", 1, "ccomp", "VERB", "VB", "close"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("border", 5, "dobj", "NOUN", "NN", "border"),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("shut", 5, "conj", "VERB", "VBD", "shut"),
        ("off", 9, "prt", "ADP", "RP", "off"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("pipeline", 9, "dobj", "NOUN", "NN", "pipeline"),
        ("that", 14, "nsubj", "PRON", "WDT", "that"),
        ("carries", 12, "relcl", "VERB", "VBZ", "carry"),
        ("its", 16, "poss", "PRON", "PRP$", "its"),
        ("oil", 14, "dobj", "NOUN", "NN", "oil"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def heads(text: str, rows: list) -> dict[str, tuple[str, str]]:
    doc = build_doc(_VOCAB, text, rows)
    repair(doc)
    return {t.text: (t.dep_, t.head.text) for t in doc}


def test_a_time_beside_the_date_is_no_subject() -> None:
    tree = heads(EVE, PARSES[EVE])
    assert tree["groups"] == ("nsubj", "shut")
    assert tree["eve"] == ("npadvmod", "shut")


def test_a_time_joined_by_and_is_left_alone() -> None:
    # "the eve of the vote and the groups": a conjunct with its own "and" is a list, not the
    # repair's shape.
    text = EVE.replace(", groups", ", and groups")
    rows = [*PARSES[EVE][:9], ("and", 4, "cc", "CCONJ", "CC", "and"),
            *[(w, h + 1 if h > 8 else h, d, p, t, lem) for w, h, d, p, t, lem in PARSES[EVE][9:]]]
    rows = [(w, h + 1, d, p, t, lem) if i < 9 and h > 8 else (w, h, d, p, t, lem)
            for i, (w, h, d, p, t, lem) in enumerate(rows)]
    tree = heads(text, rows)
    assert tree["eve"] == ("nsubj", "shut") and tree["groups"] == ("conj", "eve")


def test_the_group_of_the_repaired_subject_acts(coder: Coder) -> None:
    events = code_one(coder, EVE, PARSES[EVE], PUBLISHED)
    assert [(ev.event, [e.code for e in ev.actor], ev.date) for ev in events] == [
        ("COERCE", ["LNA"], "2020-01-18")]


def test_a_past_verb_cannot_share_the_reported_clauses_modal() -> None:
    assert heads(BLAMED, PARSES[BLAMED])["blamed"] == ("conj", "said")
    # "a heavy price to pay and blamed": nor be joined to an infinitive.
    assert heads(PRICE, PARSES[PRICE])["blamed"] == ("conj", "said")


def test_an_accusation_after_a_reported_past_tense_is_the_reporters() -> None:
    # "his soldiers had no choice but to fire back and accused": the past tense above the
    # infinitive is the reported clause's; the accusing is Aliyev's, not the soldiers' "had
    # no choice" (which would make it negated).
    assert heads(CHOICE, PARSES[CHOICE])["accused"] == ("conj", "said")


def test_the_reporters_second_act_is_asserted(coder: Coder) -> None:
    for text in (BLAMED, PRICE):
        events = code_one(coder, text, PARSES[text], PUBLISHED)
        blame = [ev for ev in events if ev.event == "ACCUSE"]
        assert [(ev.status, [e.code for e in ev.recipient]) for ev in blame] == [
            ("asserted", ["IRN"])], text
    events = code_one(coder, CHOICE, PARSES[CHOICE], PUBLISHED)
    assert [(ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events if ev.event == "ACCUSE"] == [("asserted", ["AZE"], ["ARM"])]


def test_a_bare_verb_under_the_modal_stays_in_the_clause() -> None:
    # "would be ... and blame": a base form can share "would"; the parse is left as it is.
    text = BLAMED.replace("blamed", "blame")
    rows = reparsed(PARSES[BLAMED], {"blamed": ("blame", 6, "conj", "VERB", "VB", "blame")})
    assert heads(text, rows)["blame"] == ("conj", "be")


def test_a_verb_whose_past_is_its_bare_form_may_share_the_modal(coder: Coder) -> None:
    # "could close the border and shut off the pipeline": "shut" tagged past is still bare.
    text = "Egypt warned that Sudan could close the border and shut off the pipeline that " \
           "carries its oil."
    assert heads(text, PARSES[text])["shut"] == ("conj", "close")
    events = code_one(coder, text, PARSES[text], PUBLISHED)
    # (Shutting off a pipeline that carries oil is a cut of supplies, a SANCTION.)
    assert [(ev.event, ev.status) for ev in events if ev.event in ("COERCE", "SANCTION")] == [
        ("COERCE", "hypothetical"), ("SANCTION", "hypothetical")]


def test_a_price_there_would_be_to_pay_is_the_speakers_threat(coder: Coder) -> None:
    # The penalty has no subject: it is aimed at whoever the sentence blames.
    events = code_one(coder, PRICE, PARSES[PRICE], PUBLISHED)
    threats = [(ev.event, ev.cameo, [e.code for e in ev.actor], [e.code for e in ev.recipient])
               for ev in events if ev.event == "THREATEN"]
    assert threats == [("THREATEN", "130", ["ISR"], ["IRN"])]
    consequences = code_one(coder, BLAMED, PARSES[BLAMED], PUBLISHED)
    assert not [ev for ev in consequences if ev.event == "THREATEN"]


def test_an_infinitive_is_joined_to_the_infinitive_before_the_aside(coder: Coder) -> None:
    assert heads(PRESS, PARSES[PRESS])["press"] == ("conj", "free")
    events = code_one(coder, PRESS, PARSES[PRESS], PUBLISHED)
    assert [(ev.status, [e.code for e in ev.recipient]) for ev in events
            if ev.event == "REQUEST"] == [("hypothetical", ["USA"])]


def test_a_bare_verb_is_joined_to_the_modal_verb_above_the_clause(coder: Coder) -> None:
    assert heads(SHIPS, PARSES[SHIPS])["send"] == ("conj", "speed")
    events = code_one(coder, SHIPS, PARSES[SHIPS], PUBLISHED)
    assert [(ev.event, ev.status, [e.code for e in ev.actor]) for ev in events
            if ev.event == "MOBILIZE"] == [("MOBILIZE", "hypothetical", ["USA"])]
