"""Model-free tests of verb patterns from news of sanctions, ultimatums and protests, and of
what is not coded: denials, trying, acts told again, targets and one-sided clashes
(EVENTS.md section 2).

Withdrawing a trade status is a SANCTION of its owner, and so is ordering a state's
ambassador to leave (an expulsion, not a request); setting fire to a state's flag is a
PROTEST at that state; giving parties days to act is an ultimatum (THREATEN, CAMEO 139).
Rejecting a suggestion or denying a charge is a denial, which has no PLOVER type; seeking to
act is trying, not asking; "that warning" tells a warning told before; a patrol attacked is
a target, not a deployment; a clash whose subject no party resolves to is not coded with the
other side alone. A verb done again ("reimposed") is the verb's act; coordinated verbs share
the phrases the parser hangs on the last ("donated and delivered medicines to Iraq"). What
"was discussed" is a topic, not a party that talked; an act that "allows for" another grants
nothing. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

import pytest

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2019-07-12"

PARSES = {
    "India withdrew Pakistan's trade status and called its envoy home.": [
        ("India", 1, "nsubj", "PROPN", "NNP", "India"),
        ("withdrew", 1, "ROOT", "VERB", "VBD", "withdraw"),
        ("Pakistan", 5, "poss", "PROPN", "NNP", "Pakistan"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("trade", 5, "compound", "NOUN", "NN", "trade"),
        ("status", 1, "dobj", "NOUN", "NN", "status"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("called", 1, "conj", "VERB", "VBD", "call"),
        ("its", 10, "poss", "PRON", "PRP$", "its"),
        ("envoy", 10, "compound", "NOUN", "NN", "envoy"),
        ("home", 7, "dobj", "NOUN", "NN", "home"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Protesters in Tehran set fire to an American flag.": [
        ("Protesters", 3, "nsubj", "NOUN", "NNS", "protester"),
        ("in", 0, "prep", "ADP", "IN", "in"),
        ("Tehran", 1, "pobj", "PROPN", "NNP", "Tehran"),
        ("set", 3, "ROOT", "VERB", "VBD", "set"),
        ("fire", 3, "dobj", "NOUN", "NN", "fire"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("an", 8, "det", "DET", "DT", "an"),
        ("American", 8, "amod", "ADJ", "JJ", "american"),
        ("flag", 5, "pobj", "NOUN", "NN", "flag"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Iran gave France and Germany 60 days to act.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("gave", 1, "ROOT", "VERB", "VBD", "give"),
        ("France", 1, "dobj", "PROPN", "NNP", "France"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("Germany", 2, "conj", "PROPN", "NNP", "Germany"),
        ("60", 6, "nummod", "NUM", "CD", "60"),
        ("days", 1, "npadvmod", "NOUN", "NNS", "day"),
        ("to", 8, "aux", "PART", "TO", "to"),
        ("act", 6, "relcl", "VERB", "VB", "act"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Pakistan rejected any suggestion that it was involved.": [
        ("Pakistan", 1, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("rejected", 1, "ROOT", "VERB", "VBD", "reject"),
        ("any", 3, "det", "DET", "DT", "any"),
        ("suggestion", 1, "dobj", "NOUN", "NN", "suggestion"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("it", 7, "nsubjpass", "PRON", "PRP", "it"),
        ("was", 7, "auxpass", "AUX", "VBD", "be"),
        ("involved", 3, "acl", "VERB", "VBN", "involve"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The United States accused Iran of the attack, a charge Tehran denied.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("United", 2, "compound", "PROPN", "NNP", "United"),
        ("States", 3, "nsubj", "PROPN", "NNP", "States"),
        ("accused", 3, "ROOT", "VERB", "VBD", "accuse"),
        ("Iran", 3, "dobj", "PROPN", "NNP", "Iran"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("attack", 5, "pobj", "NOUN", "NN", "attack"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("a", 10, "det", "DET", "DT", "a"),
        ("charge", 3, "npadvmod", "NOUN", "NN", "charge"),
        ("Tehran", 12, "nsubj", "PROPN", "NNP", "Tehran"),
        ("denied", 10, "relcl", "VERB", "VBD", "deny"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Congress passed a bill that sought to block the deal.": [
        ("Congress", 1, "nsubj", "PROPN", "NNP", "Congress"),
        ("passed", 1, "ROOT", "VERB", "VBD", "pass"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("bill", 1, "dobj", "NOUN", "NN", "bill"),
        ("that", 5, "nsubj", "PRON", "WDT", "that"),
        ("sought", 3, "relcl", "VERB", "VBD", "seek"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("block", 5, "xcomp", "VERB", "VB", "block"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("deal", 7, "dobj", "NOUN", "NN", "deal"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Iran made good on that warning in July.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("made", 1, "ROOT", "VERB", "VBD", "make"),
        ("good", 1, "oprd", "ADJ", "JJ", "good"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("that", 5, "det", "DET", "DT", "that"),
        ("warning", 3, "pobj", "NOUN", "NN", "warning"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("July", 6, "pobj", "PROPN", "NNP", "July"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Gunmen attacked a Kosovo police patrol near Banjska.": [
        ("Gunmen", 1, "nsubj", "NOUN", "NNS", "gunman"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("Kosovo", 5, "compound", "PROPN", "NNP", "Kosovo"),
        ("police", 5, "compound", "NOUN", "NN", "police"),
        ("patrol", 1, "dobj", "NOUN", "NN", "patrol"),
        ("near", 1, "prep", "ADP", "IN", "near"),
        ("Banjska", 6, "pobj", "PROPN", "NNP", "Banjska"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Unknown men clashed with Kosovo police in Zvecan.": [
        ("Unknown", 1, "amod", "ADJ", "JJ", "unknown"),
        ("men", 2, "nsubj", "NOUN", "NNS", "man"),
        ("clashed", 2, "ROOT", "VERB", "VBD", "clash"),
        ("with", 2, "prep", "ADP", "IN", "with"),
        ("Kosovo", 5, "compound", "PROPN", "NNP", "Kosovo"),
        ("police", 3, "pobj", "NOUN", "NNS", "police"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("Zvecan", 6, "pobj", "PROPN", "NNP", "Zvecan"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Israel reimposed blockades on the West Bank.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("reimposed", 1, "ROOT", "VERB", "VBD", "reimpose"),
        ("blockades", 1, "dobj", "NOUN", "NNS", "blockade"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("West", 6, "compound", "PROPN", "NNP", "West"),
        ("Bank", 3, "pobj", "PROPN", "NNP", "Bank"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Two American charities donated and delivered medicines to Iraq.": [
        ("Two", 2, "nummod", "NUM", "CD", "two"),
        ("American", 2, "amod", "ADJ", "JJ", "american"),
        ("charities", 3, "nsubj", "NOUN", "NNS", "charity"),
        ("donated", 3, "ROOT", "VERB", "VBD", "donate"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("delivered", 3, "conj", "VERB", "VBD", "deliver"),
        ("medicines", 5, "dobj", "NOUN", "NNS", "medicine"),
        ("to", 5, "prep", "ADP", "IN", "to"),
        ("Iraq", 7, "pobj", "PROPN", "NNP", "Iraq"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The reactions of Russia have been publicly discussed for decades.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("reactions", 7, "nsubjpass", "NOUN", "NNS", "reaction"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("Russia", 2, "pobj", "PROPN", "NNP", "Russia"),
        ("have", 7, "aux", "AUX", "VBP", "have"),
        ("been", 7, "auxpass", "AUX", "VBN", "be"),
        ("publicly", 7, "advmod", "ADV", "RB", "publicly"),
        ("discussed", 7, "ROOT", "VERB", "VBN", "discuss"),
        ("for", 7, "prep", "ADP", "IN", "for"),
        ("decades", 8, "pobj", "NOUN", "NNS", "decade"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
    "The abrogation by the United States allows for placing missiles in Poland.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("abrogation", 6, "nsubj", "NOUN", "NN", "abrogation"),
        ("by", 1, "prep", "ADP", "IN", "by"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("United", 5, "compound", "PROPN", "NNP", "United"),
        ("States", 2, "pobj", "PROPN", "NNP", "States"),
        ("allows", 6, "ROOT", "VERB", "VBZ", "allow"),
        ("for", 6, "prep", "ADP", "IN", "for"),
        ("placing", 7, "pcomp", "VERB", "VBG", "place"),
        ("missiles", 8, "dobj", "NOUN", "NNS", "missile"),
        ("in", 8, "prep", "ADP", "IN", "in"),
        ("Poland", 10, "pobj", "PROPN", "NNP", "Poland"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
    "Niger ordered the French ambassador to leave within 48 hours.": [
        ("Niger", 1, "nsubj", "PROPN", "NNP", "Niger"),
        ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("French", 4, "amod", "ADJ", "JJ", "french"),
        ("ambassador", 1, "dobj", "NOUN", "NN", "ambassador"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("leave", 1, "xcomp", "VERB", "VB", "leave"),
        ("within", 6, "prep", "ADP", "IN", "within"),
        ("48", 9, "nummod", "NUM", "CD", "48"),
        ("hours", 7, "pobj", "NOUN", "NNS", "hour"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Iraqi tanks rolled into Kuwait City on the morning of August 2.": [
        ("Iraqi", 1, "amod", "ADJ", "JJ", "iraqi"),
        ("tanks", 2, "nsubj", "NOUN", "NNS", "tank"),
        ("rolled", 2, "ROOT", "VERB", "VBD", "roll"),
        ("into", 2, "prep", "ADP", "IN", "into"),
        ("Kuwait", 5, "compound", "PROPN", "NNP", "Kuwait"),
        ("City", 3, "pobj", "PROPN", "NNP", "City"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("morning", 6, "pobj", "NOUN", "NN", "morning"),
        ("of", 8, "prep", "ADP", "IN", "of"),
        ("August", 9, "pobj", "PROPN", "NNP", "August"),
        ("2", 10, "nummod", "NUM", "CD", "2"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Burkina Faso's junta revoked military agreements with France and ordered its troops out.": [
        ("Burkina", 1, "compound", "PROPN", "NNP", "Burkina"),
        ("Faso", 3, "poss", "PROPN", "NNP", "Faso"),
        ("'s", 1, "case", "PART", "POS", "'s"),
        ("junta", 4, "nsubj", "NOUN", "NN", "junta"),
        ("revoked", 4, "ROOT", "VERB", "VBD", "revoke"),
        ("military", 6, "amod", "ADJ", "JJ", "military"),
        ("agreements", 4, "dobj", "NOUN", "NNS", "agreement"),
        ("with", 6, "prep", "ADP", "IN", "with"),
        ("France", 7, "pobj", "PROPN", "NNP", "France"),
        ("and", 4, "cc", "CCONJ", "CC", "and"),
        ("ordered", 4, "conj", "VERB", "VBD", "order"),
        ("its", 12, "poss", "PRON", "PRP$", "its"),
        ("troops", 10, "dobj", "NOUN", "NNS", "troop"),
        ("out", 10, "prt", "ADP", "RP", "out"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Somali forces recaptured the town from al-Shabaab on Sunday.": [
        ("Somali", 1, "amod", "ADJ", "JJ", "somali"),
        ("forces", 2, "nsubj", "NOUN", "NNS", "force"),
        ("recaptured", 2, "ROOT", "VERB", "VBD", "recapture"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("town", 2, "dobj", "NOUN", "NN", "town"),
        ("from", 2, "prep", "ADP", "IN", "from"),
        ("al", 8, "compound", "PROPN", "NNP", "al"),
        ("-", 8, "compound", "PROPN", "NNP", "-"),
        ("Shabaab", 5, "pobj", "PROPN", "NNP", "Shabaab"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Sunday", 9, "pobj", "PROPN", "NNP", "Sunday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "China conducted large-scale military drills around Taiwan for a second day.": [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("conducted", 1, "ROOT", "VERB", "VBD", "conduct"),
        ("large", 4, "amod", "ADJ", "JJ", "large"),
        ("-", 4, "punct", "PUNCT", "HYPH", "-"),
        ("scale", 6, "compound", "NOUN", "NN", "scale"),
        ("military", 6, "amod", "ADJ", "JJ", "military"),
        ("drills", 1, "dobj", "NOUN", "NNS", "drill"),
        ("around", 6, "prep", "ADP", "IN", "around"),
        ("Taiwan", 7, "pobj", "PROPN", "NNP", "Taiwan"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("a", 12, "det", "DET", "DT", "a"),
        ("second", 12, "amod", "ADJ", "JJ", "second"),
        ("day", 9, "pobj", "NOUN", "NN", "day"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Ukraine said its air defences had downed 20 Russian drones overnight.": [
        ("Ukraine", 1, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("its", 4, "poss", "PRON", "PRP$", "its"),
        ("air", 4, "compound", "NOUN", "NN", "air"),
        ("defences", 6, "nsubj", "NOUN", "NNS", "defence"),
        ("had", 6, "aux", "AUX", "VBD", "have"),
        ("downed", 1, "ccomp", "VERB", "VBN", "down"),
        ("20", 9, "nummod", "NUM", "CD", "20"),
        ("Russian", 9, "amod", "ADJ", "JJ", "russian"),
        ("drones", 6, "dobj", "NOUN", "NNS", "drone"),
        ("overnight", 6, "advmod", "ADV", "RB", "overnight"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient], ev.status)
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_withdrawing_a_trade_status_is_a_sanction_of_its_owner(coder: Coder) -> None:
    text = "India withdrew Pakistan's trade status and called its envoy home."
    assert ("SANCTION", ["IND"], ["PAK"], "asserted") in coded(coder, text)
    assert not [ev for ev in coded(coder, text) if ev[0] in ("RETREAT", "REQUEST")]


def test_setting_fire_to_a_flag_is_a_protest_at_its_state(coder: Coder) -> None:
    assert coded(coder, "Protesters in Tehran set fire to an American flag.") == [
        ("PROTEST", ["IRN"], ["USA"], "asserted")]


def test_giving_parties_days_to_act_is_an_ultimatum(coder: Coder) -> None:
    assert coded(coder, "Iran gave France and Germany 60 days to act.") == [
        ("THREATEN", ["IRN"], ["FRA", "DEU"], "asserted")]


@pytest.mark.parametrize("text", [
    "Pakistan rejected any suggestion that it was involved.",
    "Iran made good on that warning in July.",
    "Gunmen attacked a Kosovo police patrol near Banjska.",
    "Unknown men clashed with Kosovo police in Zvecan.",
    "The reactions of Russia have been publicly discussed for decades.",
])
def test_not_an_event_of_its_own(coder: Coder, text: str) -> None:
    assert coded(coder, text) == []


def test_a_denied_charge_leaves_only_the_accusation(coder: Coder) -> None:
    text = "The United States accused Iran of the attack, a charge Tehran denied."
    assert [ev[0] for ev in coded(coder, text)] == ["ACCUSE"]


def test_seeking_to_block_is_no_request(coder: Coder) -> None:
    assert not [ev for ev in coded(coder, "Congress passed a bill that sought to block the deal.")
                if ev[0] == "REQUEST"]


def test_a_verb_done_again_is_the_verbs_act(coder: Coder) -> None:
    assert coded(coder, "Israel reimposed blockades on the West Bank.") == [
        ("COERCE", ["ISR"], ["PSE"], "asserted")]


def test_coordinated_verbs_share_the_recipient(coder: Coder) -> None:
    assert coded(coder, "Two American charities donated and delivered medicines to Iraq.") == [
        ("AID", ["USA"], ["IRQ"], "asserted")]


def test_an_act_that_allows_for_another_concedes_nothing(coder: Coder) -> None:
    text = "The abrogation by the United States allows for placing missiles in Poland."
    assert not [ev for ev in coded(coder, text) if ev[0] == "CONCEDE"]
    # What it allows for is only possible.
    assert ("MOBILIZE", ["USA"], ["POL"], "hypothetical") in coded(coder, text)


def test_ordering_an_ambassador_to_leave_is_an_expulsion(coder: Coder) -> None:
    assert coded(coder, "Niger ordered the French ambassador to leave within 48 hours.") == [
        ("SANCTION", ["NER"], ["FRA"], "asserted")]


def test_forces_rolling_into_a_country_attack_it(coder: Coder) -> None:
    text = "Iraqi tanks rolled into Kuwait City on the morning of August 2."
    assert coded(coder, text) == [("ASSAULT", ["IRQ"], ["KWT"], "asserted")]


def test_revoking_agreements_with_a_state_leaves_them(coder: Coder) -> None:
    text = ("Burkina Faso's junta revoked military agreements with France and ordered its "
            "troops out.")
    assert [(e, a, r) for e, a, r, _ in coded(coder, text)] == [
        ("SANCTION", ["BFA"], ["FRA"]), ("SANCTION", ["BFA"], ["FRA"])]
    modes = [ev.mode for ev in code_one(coder, text, PARSES[text], PUBLISHED)]
    assert modes == ["withdraw", "expel"]


def test_recapturing_from_a_group_is_aimed_at_it(coder: Coder) -> None:
    text = "Somali forces recaptured the town from al-Shabaab on Sunday."
    assert coded(coder, text) == [("ASSAULT", ["SOM"], ["ALSHABAAB"], "asserted")]


def test_drills_around_a_territory_are_aimed_at_it(coder: Coder) -> None:
    text = "China conducted large-scale military drills around Taiwan for a second day."
    assert coded(coder, text) == [("MOBILIZE", ["CHN"], ["TWN"], "asserted")]


def test_downing_aircraft_is_an_attack_on_their_state(coder: Coder) -> None:
    text = "Ukraine said its air defences had downed 20 Russian drones overnight."
    assert coded(coder, text) == [("ASSAULT", ["UKR"], ["RUS"], "asserted")]
