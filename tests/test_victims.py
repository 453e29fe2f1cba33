"""Model-free tests of whose people an attack kills (EVENTS.md section 3).

People a state's weapons or fire kill, with no state named for them, are of the one foe the
text told that state attacking ("Russia shelled Kharkiv ... A Russian drone killed nine
people": Ukrainians), not its own; soldiers killing unnamed people may kill their own, so
those stay the state's own people. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, reparsed, summary
from parley.events.coder import Coder

PUBLISHED = "2025-05-10"

PARSES = {
    "Russia shelled Kharkiv on Monday.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("shelled", 1, "ROOT", "VERB", "VBD", "shell"),
        ("Kharkiv", 1, "dobj", "PROPN", "NNP", "Kharkiv"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Monday", 3, "pobj", "PROPN", "NNP", "Monday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "A Russian drone killed nine people.": [
        ("A", 2, "det", "DET", "DT", "a"),
        ("Russian", 2, "amod", "ADJ", "JJ", "russian"),
        ("drone", 3, "nsubj", "NOUN", "NN", "drone"),
        ("killed", 3, "ROOT", "VERB", "VBD", "kill"),
        ("nine", 5, "nummod", "NUM", "CD", "nine"),
        ("people", 3, "dobj", "NOUN", "NNS", "people"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Russian soldiers killed nine people.": [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("soldiers", 2, "nsubj", "NOUN", "NNS", "soldier"),
        ("killed", 2, "ROOT", "VERB", "VBD", "kill"),
        ("nine", 4, "nummod", "NUM", "CD", "nine"),
        ("people", 2, "dobj", "NOUN", "NNS", "people"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Pakistani shelling killed 15 civilians.": [
        ("Pakistani", 1, "amod", "ADJ", "JJ", "pakistani"),
        ("shelling", 2, "nsubj", "NOUN", "NN", "shelling"),
        ("killed", 2, "ROOT", "VERB", "VBD", "kill"),
        ("15", 4, "nummod", "NUM", "CD", "15"),
        ("civilians", 2, "dobj", "NOUN", "NNS", "civilian"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Pakistan shelled Indian posts on Monday.": [
        ("Pakistan", 1, "nsubj", "PROPN", "NNP", "Pakistan"),
        ("shelled", 1, "ROOT", "VERB", "VBD", "shell"),
        ("Indian", 3, "amod", "ADJ", "JJ", "indian"),
        ("posts", 1, "dobj", "NOUN", "NNS", "post"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Monday", 4, "pobj", "PROPN", "NNP", "Monday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}

SHELLED = "Russia shelled Kharkiv on Monday."


def coded(coder: Coder, *sentences: tuple[str, list]) -> list[tuple]:
    return summary(code_doc(coder, list(sentences), PUBLISHED, infer=False))


def test_people_a_weapon_kills_are_the_attackers_foes(coder: Coder) -> None:
    text = "A Russian drone killed nine people."
    assert coded(coder, (SHELLED, PARSES[SHELLED]), (text, PARSES[text]))[-1] == (
        "ASSAULT", "asserted", ["RUS"], ["UKR"])


def test_people_soldiers_kill_may_be_their_own(coder: Coder) -> None:
    text = "Russian soldiers killed nine people."
    assert coded(coder, (SHELLED, PARSES[SHELLED]), (text, PARSES[text]))[-1] == (
        "ASSAULT", "asserted", ["RUS"], ["RUS"])


def test_shelling_the_parser_hangs_on_its_adjective_is_still_fire(coder: Coder) -> None:
    first = "Pakistan shelled Indian posts on Monday."
    text = "Pakistani shelling killed 15 civilians."
    # (The parser may read the adjective as the subject and the act as a participle on it.)
    rows = reparsed(PARSES[text], {
        "Pakistani": ("Pakistani", 2, "nsubj", "ADJ", "JJ", "pakistani"),
        "shelling": ("shelling", 0, "acl", "VERB", "VBG", "shell")})
    assert coded(coder, (first, PARSES[first]), (text, rows))[-1] == (
        "ASSAULT", "asserted", ["PAK"], ["IND"])


INDIA_SHELLED = "India shelled Pakistan on Monday."
INDIA_ROWS = reparsed(PARSES[SHELLED], {
    "Russia": ("India", 1, "nsubj", "PROPN", "NNP", "India"),
    "Kharkiv": ("Pakistan", 1, "dobj", "PROPN", "NNP", "Pakistan")})


def test_with_no_attack_of_its_own_told_the_foe_is_the_other_side(coder: Coder) -> None:
    # Pakistan was told attacked, not attacking: the people its shelling kills are of the
    # other of the story's two sides (each named twice).
    text = "Pakistani shelling killed 15 civilians."
    story = [(INDIA_SHELLED, INDIA_ROWS), (INDIA_SHELLED, INDIA_ROWS)]
    assert coded(coder, *story, (text, PARSES[text]))[-1] == (
        "ASSAULT", "asserted", ["PAK"], ["IND"])


def test_a_party_outside_the_story_pair_keeps_its_own_people(coder: Coder) -> None:
    text = "A Russian drone killed nine people."
    story = [(INDIA_SHELLED, INDIA_ROWS), (INDIA_SHELLED, INDIA_ROWS)]
    assert coded(coder, *story, (text, PARSES[text]))[-1] == (
        "ASSAULT", "asserted", ["RUS"], ["RUS"])


SHELLED_VILLAGE = "Russian troops shelled a Ukrainian village, killing five people."
SHELLED_VILLAGE_ROWS = [
    ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
    ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
    ("shelled", 2, "ROOT", "VERB", "VBD", "shell"),
    ("a", 5, "det", "DET", "DT", "a"),
    ("Ukrainian", 5, "amod", "ADJ", "JJ", "ukrainian"),
    ("village", 2, "dobj", "NOUN", "NN", "village"),
    (",", 2, "punct", "PUNCT", ",", ","),
    ("killing", 2, "advcl", "VERB", "VBG", "kill"),
    ("five", 9, "nummod", "NUM", "CD", "five"),
    ("people", 7, "dobj", "NOUN", "NNS", "people"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_people_an_attacks_result_kills_are_of_the_state_attacked(coder: Coder) -> None:
    # Soldiers may kill their own, but not in the result of shelling a Ukrainian village:
    # the killing is the shelling's own harm, one attack on Ukraine.
    assert coded(coder, (SHELLED_VILLAGE, SHELLED_VILLAGE_ROWS)) == [
        ("ASSAULT", "asserted", ["RUS"], ["UKR"])]


RSF_SHELLED = ("The RSF shelled Khartoum.", [
    ("The", 1, "det", "DET", "DT", "the"),
    ("RSF", 2, "nsubj", "PROPN", "NNP", "RSF"),
    ("shelled", 2, "ROOT", "VERB", "VBD", "shell"),
    ("Khartoum", 2, "dobj", "PROPN", "NNP", "Khartoum"),
    (".", 2, "punct", "PUNCT", ".", "."),
])
AT_HOSPITAL = ("The RSF killed patients at the Saudi Hospital.", [
    ("The", 1, "det", "DET", "DT", "the"),
    ("RSF", 2, "nsubj", "PROPN", "NNP", "RSF"),
    ("killed", 2, "ROOT", "VERB", "VBD", "kill"),
    ("patients", 2, "dobj", "NOUN", "NNS", "patient"),
    ("at", 3, "prep", "ADP", "IN", "at"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("Saudi", 7, "compound", "PROPN", "NNP", "Saudi"),
    ("Hospital", 4, "pobj", "PROPN", "NNP", "Hospital"),
    (".", 2, "punct", "PUNCT", ".", "."),
])


def test_a_state_named_in_a_sites_name_is_no_party(coder: Coder) -> None:
    # "the Saudi Hospital" is where, in Sudan: the people killed there are of the story's
    # other side, not Saudi Arabia's.
    events = summary(code_doc(coder, [RSF_SHELLED, AT_HOSPITAL], PUBLISHED))
    assert events[-1] == ("ASSAULT", "asserted", ["RSF"], ["SDN"])
