"""The plain-text page segmenter on hand-written pages of several layouts."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import parley.pages
from parley.pages import page_to_json, segment
from parley.pages._cues import addressee, byline_author, cues, iso_date
from parley.pages.evaluate import score_pages
from parley.records import PART_LABELS, Document

PAGES_DIR = Path(__file__).resolve().parent / "pages"


def expected(name: str) -> dict:
    """The hand-written expectations of a test page (``pages/<name>.expected.json``)."""
    return json.loads((PAGES_DIR / f"{name}.expected.json").read_text(encoding="utf-8"))


def pages(suffix: str) -> list[str]:
    """Names of the test pages with a suffix (".txt" or ".html")."""
    return sorted(p.stem for p in PAGES_DIR.glob(f"*{suffix}"))


def _seg(name: str):
    text = (PAGES_DIR / f"{name}.txt").read_text(encoding="utf-8")
    return segment(Document(id=name, text=text, source=name)), text


def test_public_api_is_pinned():
    assert sorted(parley.pages.__all__) == ["page_to_json", "segment", "segment_text"]


def test_there_are_enough_test_pages():
    assert len(pages(".txt")) >= 6
    assert len(pages(".txt")) + len(pages(".html")) >= 10


@pytest.mark.parametrize("name", pages(".txt"))
def test_page_lines_and_tree(name):
    page, _ = _seg(name)
    gold = expected(name)
    got = page_to_json(page)
    scores = score_pages({"docs": [gold]}, [got], PAGES_DIR)
    assert scores["line_macro_f1"] >= 0.95, scores["docs"][name]
    assert scores["line_accuracy"] == 1.0, scores["docs"][name]
    keys = ("id", "parent", "first_line", "last_line", "addressee", "author")
    assert [{k: c[k] for k in keys} for c in got["comments"]] == gold["comments"]
    assert got["author"] == gold["author"]
    assert got["published"] == gold["published"]


@pytest.mark.parametrize("name", pages(".txt"))
def test_every_nonblank_line_in_exactly_one_part(name):
    page, text = _seg(name)
    assert page.text == text
    lines = text.split("\n")
    covered: dict[int, int] = {}
    for part in page.parts:
        assert part.label in PART_LABELS
        # offsets point at the part's first and last characters
        assert page.text[part.start :].startswith(lines[part.first_line - 1].strip())
        assert page.text[: part.end].endswith(lines[part.last_line - 1].strip())
        for no in range(part.first_line, part.last_line + 1):
            if lines[no - 1].strip():
                covered[no] = covered.get(no, 0) + 1
    nonblank = {i for i, line in enumerate(lines, start=1) if line.strip()}
    assert set(covered) == nonblank
    assert set(covered.values()) == {1}


@pytest.mark.parametrize("name", pages(".txt"))
def test_parts_never_span_two_comments(name):
    page, _ = _seg(name)
    for part in page.parts:
        inside = [
            c
            for c in page.comments
            if c.first_line <= part.last_line and part.first_line <= c.last_line
        ]
        assert len(inside) <= 1 or part.label != "comment"
        for c in inside:
            assert c.first_line <= part.first_line <= part.last_line <= c.last_line


def test_unstructured_page_is_all_body_and_nothing_dropped():
    text = "a line of words with no cue at all\nand a second one\n\nthird"
    page = segment(Document(id="x", text=text, source="x"))
    assert [(p.label, p.first_line, p.last_line) for p in page.parts] == [("body", 1, 4)]
    assert page.comments == []


def test_comment_only_page_has_no_body():
    page, _ = _seg("only_comments")
    assert {p.label for p in page.parts} == {"comment", "boilerplate"}


def test_empty_and_blank_pages():
    for text in ("", "\n\n  \n"):
        page = segment(Document(id="e", text=text, source="e"))
        assert page.parts == [] and page.comments == []


def test_numbered_list_in_article_is_not_a_comment_thread():
    page, _ = _seg("body_numbered_list")
    assert page.comments == []
    assert "comment" not in {p.label for p in page.parts}


def test_metadata_title_is_used_when_given():
    text = "Section\n\nTalks resume in Geneva\n\nThe two sides met again on Monday after a pause of a month, officials said."
    page = segment(Document(id="t", text=text, source="t", title="Talks resume in Geneva"))
    labels = {p.first_line: p.label for p in page.parts}
    assert labels[3] == "title"
    assert labels[1] == "boilerplate"


def test_comment_offsets_cover_the_comment_text():
    page, text = _seg("disqus_bullets")
    c = page.comments[1]
    # first_line counts the header line; the offsets cover the text only, so the header
    # never runs into the comment's first sentence.
    assert text.split("\n")[c.first_line - 1].strip().startswith("Hassan Omer > nile_watcher")
    assert text[c.start : c.end] == "Exactly, and the monitors never had access to the front."


def test_comment_text_starts_after_author_and_timestamp_lines():
    page, text = _seg("wordpress_says")
    lines = text.split("\n")
    for c in page.comments:
        assert lines[c.first_line - 1].strip().endswith("says:")
        assert not text[c.start : c.end].startswith(lines[c.first_line - 1].strip())
        assert "says:" not in text[c.start : c.end] and " am\n" not in text[c.start : c.end]
    assert text[page.comments[1].start :].startswith("@Marta Kowalski the mediators")
    reddit, text = _seg("reddit_levels")
    assert text[reddit.comments[0].start :].startswith("The commission has met before")
    plain, text = _seg("plain_comments")
    assert text[plain.comments[0].start :].startswith("The last three rounds")


def test_page_pickles():
    page, _ = _seg("wordpress_says")
    assert pickle.loads(pickle.dumps(page)) == page


@pytest.mark.parametrize(
    ("line", "is_reply", "handles", "want"),
    [
        ("@kestrel you are wrong about the dates", True, set(), "kestrel"),
        ("@Mary Jones the vote was in May", True, {"Mary Jones"}, "Mary Jones"),
        ("mkv—your numbers are from last year", True, set(), "mkv"),
        ("tired tbx—the treaty says otherwise", True, set(), "tbx"),
        ("zrl lies again", True, set(), "zrl"),
        ("That was the other general, not this one.", True, set(), None),
        ("yes—exactly what the envoy said", True, set(), None),
        ("the talks failed because of the map", True, set(), None),
        ("zrl lies again", False, set(), None),
        ("Omar, the vote was in May", False, {"Omar"}, "Omar"),
    ],
)
def test_addressee(line, is_reply, handles, want):
    assert addressee(line, is_reply, handles) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("By Ana Ruiz / Wire Service", "Ana Ruiz"),
        ("Posted on May 2, 2021 by Ana Ruiz", "Ana Ruiz"),
        ("By Ana Ruiz for The Daily", "Ana Ruiz"),
        ("Published 3 May 2021", None),
    ],
)
def test_byline_author(line, want):
    assert byline_author(line) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Published March 3, 2023", "2023-03-03"),
        ("14 March 2023", "2023-03-14"),
        ("Updated 2022-11-30 10:00", "2022-11-30"),
        ("Sept. 9, 2021 at 4:12 pm", "2021-09-09"),
        ("February 30, 2023", None),
        ("no date here", None),
    ],
)
def test_iso_date(text, want):
    assert iso_date(text) == want


def test_cues_load_once_and_have_every_section():
    assert cues() is cues()
    assert {
        "boilerplate",
        "form",
        "section",
        "comments_header",
        "action",
        "caption",
        "signoff",
        "byline",
    } <= set(cues())


_PARA = (
    "The delegations met for a third day on Thursday and discussed the sequence of a "
    "withdrawal, the release of detainees and the return of displaced families, officials said."
)


def _labels_of(page) -> dict[int, str]:
    return {n: p.label for p in page.parts for n in range(p.first_line, p.last_line + 1)}


def test_name_and_date_byline_is_not_a_comment():
    text = "Envoys Meet Again in Geneva\n\nJane Doe | March 3, 2023\n\n" + "\n\n".join([_PARA] * 12)
    page = segment(Document(id="b", text=text, source="b"))
    labels = _labels_of(page)
    assert page.comments == []
    assert labels[1] == "title" and labels[3] == "byline" and labels[5] == "body"
    assert page.published == "2023-03-03"
    assert page.author == "Jane Doe"


def test_discussion_section_of_an_article_stays_body():
    text = "Results of the Truce Survey\n\nBy Ana Ruiz\n\n" + _PARA + "\n\nDiscussion\n\n" + _PARA
    page = segment(Document(id="d", text=text, source="d"))
    assert page.comments == []
    assert _labels_of(page)[9] == "body"


def test_a_quote_introduced_by_says_stays_body():
    text = (
        "Minister Rejects the Plan\n\nBy Ana Ruiz\n\n"
        + _PARA
        + "\n\nThe minister says:\n\n"
        + _PARA
    )
    page = segment(Document(id="q", text=text, source="q"))
    assert page.comments == []
    assert _labels_of(page)[7] == "body"


def test_flat_wordpress_in_reply_to_gives_parent():
    text = (
        "2 Responses\n"
        "Kim Tran says:\nMay 4, 2022 at 10:00 am\nThe truce will not hold past the harvest.\nReply\n"
        "Ravi Shah says:\nMay 4, 2022 at 11:30 am\nIn reply to Kim Tran.\n"
        "It held last year through the harvest.\nReply\n"
    )
    page = segment(Document(id="r", text=text, source="r"))
    assert [(c.id, c.parent, c.author, c.addressee) for c in page.comments] == [
        ("1", None, "Kim Tran", None),
        ("1.1", "1", "Ravi Shah", "Kim Tran"),
    ]


def test_flat_disqus_arrow_gives_parent():
    text = (
        "Ada Obi • 5 days ago\nThe monitors must be unarmed.\n"
        "Lev Gold > Ada Obi • 4 days ago\nUnarmed monitors left the last time.\n"
        "Ada Obi • 4 days ago\nA different question altogether.\n"
    )
    page = segment(Document(id="q", text=text, source="q"))
    assert [(c.id, c.parent, c.author, c.addressee) for c in page.comments] == [
        ("1", None, "Ada Obi", None),
        ("1.1", "1", "Lev Gold", "Ada Obi"),
        ("2", None, "Ada Obi", None),
    ]
    assert "body" not in {p.label for p in page.parts}


def test_short_numbered_list_ending_the_article_stays_body():
    text = (
        "Three Points of the Draft\n\nBy Ana Ruiz\n\n"
        + _PARA
        + "\n\n  1. A ceasefire line.\n  2. A prisoner exchange.\n  3. A monitoring body.\n\nShare this:\n"
    )
    page = segment(Document(id="l", text=text, source="l"))
    assert page.comments == []
    assert _labels_of(page)[7] == "body"


def test_indented_thread_before_a_long_footer_is_comments():
    footer = (
        "© 2024 The Quarterly. " + "An independent magazine of foreign affairs since 1990. " * 3
    )
    text = (
        "Talks in Oslo\n\nBy Ana Ruiz\n\n"
        + _PARA
        + "\n\n  1. A first reader comment on the talks that runs on for a while.\n"
        + "    1. @Ana a nested reply to it.\n  2. Another comment.\n\n"
        + footer
        + "\n"
    )
    page = segment(Document(id="f", text=text, source="f"))
    assert [(c.id, c.parent, c.addressee) for c in page.comments] == [
        ("1", None, None),
        ("1.1", "1", "Ana"),
        ("2", None, None),
    ]
    assert _labels_of(page)[11] == "boilerplate"


def test_repeated_short_line_is_chrome():
    text = "Top Stories\n\nTalks in Oslo\n\nBy Ana Ruiz\n\n" + _PARA + "\n\nTop Stories\n\n" + _PARA
    labels = _labels_of(segment(Document(id="r", text=text, source="r")))
    assert labels[9] == "boilerplate"
    assert labels[11] == "body"


def test_author_sources_page_reply_signoff():
    text = (
        "Talks in Oslo\n\nBy Ana Ruiz\n\n"
        + _PARA
        + "\n\n  1. The commission will fail, as it did before, because no one enforces it.\n"
        + "    1. qrx—you said that last year too.\n"
        + "  2. The mediators deserve more credit than they get.\n    Best regards\n    Pia Holm\n\n"
        + "Comments are closed.\n"
    )
    page = segment(Document(id="s", text=text, source="s"))
    got = [(c.id, c.author, c.author_source, c.addressee) for c in page.comments]
    assert got == [
        ("1", "qrx", "reply", None),
        ("1.1", None, None, "qrx"),
        ("2", "Pia Holm", "signoff", None),
    ]


@pytest.mark.parametrize(
    ("thread", "authors"),
    [
        (
            "Kim Tran says: May 4, 2022 at 10:00 am\nThe truce will not hold.\nReply\n"
            "Ravi Shah wrote: May 5, 2022\nIt held last year.\n",
            ["Kim Tran", "Ravi Shah"],
        ),
        (
            "[–] border_watch 42 points 3 years ago\nThe map is the whole problem.\n"
            "[–] quiet_diplomat 7 points 3 years ago\nMaps can be drawn later.\n",
            ["border_watch", "quiet_diplomat"],
        ),
        (
            "@harbour_lights 3 years ago\nThe ports deal matters more than the truce.\n"
            "@atlas_m 2 years ago\nBoth matter.\n",
            ["harbour_lights", "atlas_m"],
        ),
        (
            "Kim Tran\nMay 4, 2022 at 10:00 am\nThe truce will not hold.\n\n"
            "Ravi Shah\nMay 5, 2022 at 9:15 am\nIt held last year.\n",
            ["Kim Tran", "Ravi Shah"],
        ),
    ],
)
def test_more_comment_header_layouts(thread, authors):
    text = "Talks in Oslo\n\nBy Ana Ruiz\n\n" + _PARA + "\n\n" + thread
    page = segment(Document(id="h", text=text, source="h"))
    assert [c.author for c in page.comments] == authors
    assert all(c.author_source == "page" for c in page.comments)
    assert _labels_of(page)[5] == "body"


def test_one_sentence_paragraph_ending_in_a_date_before_a_real_thread_stays_body():
    text = (
        "Talks in Oslo\n\nBy Ana Ruiz\n\n"
        + _PARA
        + "\n\nTroops crossed the river on May 2, 2021.\n\n"
        + "Elections Were Held on June 6, 2021\n\n"
        + _PARA
        + "\n\n2 Comments\n"
        + "Kim Tran says:\nMay 4, 2022 at 10:00 am\nThe truce will not hold.\nReply\n"
        + "Ravi Shah says:\nMay 5, 2022 at 9:15 am\nIt held last year.\nReply\n"
    )
    page = segment(Document(id="p", text=text, source="p"))
    labels = _labels_of(page)
    assert [labels[n] for n in (5, 7, 11)] == ["body"] * 3
    # without a full stop the headline-like line reads as a caption, but never as a comment
    assert labels[9] == "caption"
    assert [(c.first_line, c.author) for c in page.comments] == [
        (14, "Kim Tran"),
        (18, "Ravi Shah"),
    ]
    assert text[page.comments[0].start : page.comments[0].end] == "The truce will not hold."


def test_name_and_bare_date_headers_need_thread_evidence():
    thread = (
        "Kim Tran | May 4, 2022\nThe truce will not hold past the harvest.\n\n"
        "Ravi Shah | May 5, 2022\nIt held last year through the harvest.\n"
    )
    text = "Talks in Oslo\n\nBy Ana Ruiz\n\n" + _PARA + "\n\n"
    alone = segment(Document(id="w", text=text + thread, source="w"))
    assert alone.comments == []
    replies = thread.replace("harvest.\n", "harvest.\nReply\n")
    page = segment(Document(id="w", text=text + replies, source="w"))
    assert [c.author for c in page.comments] == ["Kim Tran", "Ravi Shah"]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Envoys arrive for talks in Geneva, Switzerland, April 3, 2023.", "caption"),
        ("Envoys arrive for talks at the lakeside hotel on April 3, 2023", "caption"),
        ("Envoys arrived for the talks in Geneva on April 3, 2023.", "body"),
        ("The first round was held in Geneva on Monday, April 3, 2023.", "body"),
        ("Envoys arrive in Geneva on Monday. Photo by Ana Ruiz", "caption"),
    ],
)
def test_a_lone_line_ending_in_a_date_is_a_caption_only_in_caption_form(line, label):
    text = "Talks in Oslo\n\nBy Ana Ruiz\n\n" + _PARA + "\n\n" + line + "\n\n" + _PARA
    assert _labels_of(segment(Document(id="c", text=text, source="c")))[7] == label


def test_wire_credits_are_byline_and_related_links_chrome():
    text = (
        "Talks in Oslo\n\n"
        + _PARA
        + "\n\nRelated: Envoys to meet again in June\n\n"
        + _PARA
        + "\n\n(Reporting by Ana Ruiz in Oslo; Additional reporting by Kim Tran; "
        "Editing by Ravi Shah)\n"
    )
    page = segment(Document(id="r", text=text, source="r"))
    labels = _labels_of(page)
    assert (labels[3], labels[5], labels[7], labels[9]) == ("body", "boilerplate", "body", "byline")
    assert page.author == "Ana Ruiz"
    assert page.comments == []


def test_one_sentence_paragraph_ending_on_a_date_is_not_a_byline():
    text = (
        "Shelling near the river\n\nTroops shelled the bridge again overnight.\n\n"
        "Poland protested to Moscow on 4 March 2022.\n"
    )
    page = segment(Document(id="n", text=text, source="n"))
    labels = _labels_of(page)
    assert (labels[1], labels[3], labels[5]) == ("title", "body", "body")
    assert page.published is None and page.author is None


@pytest.mark.parametrize(("dateline", "published"), [
    ("GENEVA, March 4, 2024 (parley wire) - Envoys met again.", "2024-03-04"),
    ("ADDIS ABABA, 2 November 2022 (Reuters) - The talks ended.", "2022-11-02"),
])
def test_wire_dateline_gives_the_publication_date(dateline: str, published: str) -> None:
    text = f"Envoys resume talks\n\n{dateline} Both delegations said so.\n\nMore talks follow.\n"
    page = segment(Document(id="wire", text=text, source="wire.txt"))
    assert page.published == published


def test_a_capitalised_sentence_is_not_a_dateline() -> None:
    text = "Envoys resume talks\n\nThe talks, which began on March 4, 2024, went on.\n"
    assert segment(Document(id="w", text=text, source="w.txt")).published is None


@pytest.mark.parametrize("line", [
    "President Lena Varga has banned opposition rallies in the capital.",
    "Defence Minister Tomas Berg has written to his counterparts about the talks.",
])
def test_a_page_of_one_news_sentence_is_body_not_a_bio(line: str) -> None:
    page = segment(Document(id="one", text=line + "\n", source="one.txt"))
    assert [p.label for p in page.parts] == ["body"]


@pytest.mark.parametrize("last", [
    "Prime Minister Lena Varga has offered to send her foreign minister to the talks. "
    "The other side has said it is willing to talk.",
    "The United States has kept its naval patrols in force, officials said.",
    "Tomas Berg has offered to mediate, according to officials in the capital.",
])
def test_a_last_paragraph_of_news_is_body_not_a_bio(last: str) -> None:
    text = "Envoys Meet Again in Geneva\n\n" + "\n\n".join([_PARA] * 3) + "\n\n" + last + "\n"
    page = segment(Document(id="n", text=text, source="n.txt"))
    assert {p.label for p in page.parts} == {"title", "body"}


@pytest.mark.parametrize("last", [
    "Jane Doe is a historian of the Caucasus at a university in Oslo.",
    "Jane Doe has written for several newspapers on the region's wars.",
])
def test_an_author_box_at_the_end_is_a_bio(last: str) -> None:
    text = "Envoys Meet Again in Geneva\n\n" + "\n\n".join([_PARA] * 3) + "\n\n" + last + "\n"
    page = segment(Document(id="b", text=text, source="b.txt"))
    assert page.parts[-1].label == "bio"


@pytest.mark.parametrize(("line", "label"), [
    ("The critics were slow to credit: he freed the pilot within two days.", "body"),
    ("Soldiers at a checkpoint near the border. Photo: Jane Doe", "caption"),
])
def test_a_credit_is_a_caption_only_where_captions_put_it(line: str, label: str) -> None:
    text = "Envoys Meet Again in Geneva\n\n" + _PARA + "\n\n" + line + "\n\n" + _PARA + "\n"
    page = segment(Document(id="c", text=text, source="c.txt"))
    assert _labels_of(page)[5] == label
