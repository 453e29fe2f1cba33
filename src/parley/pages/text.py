"""The plain-text page segmenter: label every line and rebuild the comment tree.

Works from the cues a careful reader uses, in this order:

1. find the reader comments (numbered and indented lists, "Name says:" / "Name • 3 years
   ago" / "level 2" headers, or plain paragraphs after an "N Comments" heading), because
   everything after the article's end must not be taken for reporting; a name with a bare
   date counts only inside such a thread, since a short paragraph of the article ("Troops
   crossed the river on May 2, 2021.") looks the same;
2. in the article before them, find the byline, the title above it (nav lines before the
   title are chrome), the standfirst between them, captions (photo credits and the lines
   beside them, a lone line ending in a date the way captions end), wire credits
   ("Reporting by ..."), chrome (cue phrases, "Further Reading" blocks) and the author box
   at the end; everything else is body.

A page with no recognisable structure is all body; a page that is only comments has none.
"""

from __future__ import annotations

import re
from collections import Counter

from parley.pages._cues import DATE, WHEN_LINE, build_parts, byline_author, cue, iso_date
from parley.pages._thread import (
    SENTENCE_END,
    Line,
    clean_name,
    find_comments,
    name_like,
    name_when,
    split_lines,
    to_comments,
)
from parley.records import Document, Page

_BIO = re.compile(
    r"^(?:[A-Z][\w.'’\-]+\s+){1,3}[A-Z][\w.'’\-]+,?\s+(?:is|was|has|writes|teaches|works|serves|covers|reports)\b"
)
#: News, not an author box: "The United States has kept ...", "Prime Minister Nawaz Sharif has
#: offered ...": a subject with an article or an office's title.
_NOT_BIO_SUBJECT = re.compile(
    r"^(?:the|a|an|this|that|president|prime|minister|foreign|defence|defense|secretary|general"
    r"|king|queen|prince|chancellor|ambassador|senator|governor)\b",
    re.IGNORECASE,
)
#: What a bio says someone "has" done for a living ("has written for", "has been"); any other
#: "has" tells an act ("has offered to send").
_BIO_HAS = frozenset({"been", "written", "taught", "worked", "served", "covered", "reported",
                      "published", "contributed", "spent", "lived", "held", "edited",
                      "authored", "co-authored"})
_ENDS_DATE = re.compile(rf"{DATE}\.?\)?$", re.IGNORECASE)
#: A caption and its credit take a line or two, three with a location line.
_CAPTION_BLOCK = 3
#: Repeated lines up to this length are chrome candidates; longer repeats are quotations.
_REPEATED_MAX = 60


def segment_text(doc: Document) -> Page:
    """Cut a plain-text page into labelled parts and a comment tree.

    Args:
        doc: The document; ``doc.text`` is the page.

    Returns:
        The Page; ``page.text`` is ``doc.text`` and every non-blank line lies in one part.
    """
    text = doc.text or ""
    lines = split_lines(text)
    labels: list[str | None] = [None] * len(lines)
    owner = [-1] * len(lines)
    nodes, zone = find_comments(lines, labels, owner)
    author, published = _label_article(lines, labels, zone, doc.title)
    for i, ln in enumerate(lines):
        if ln.text and labels[i] is None:
            labels[i] = "boilerplate" if i >= zone else "body"
    comments = to_comments(lines, nodes, labels, owner)
    spans = [(ln.no, ln.start, ln.end) for ln in lines]
    return Page(
        doc_id=doc.id,
        text=text,
        parts=build_parts(spans, labels, owner),
        comments=comments,
        author=author,
        published=published or doc.published,
    )


# ---------------------------------------------------------------- article


#: A wire-style dateline at the start of the body: place in capitals, then a full date.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’\-]{1,40}(?:,\s*[A-Z][A-Za-z .'’\-]{1,30})?,\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})")


def _label_article(
    lines: list[Line], labels: list[str | None], zone: int, title: str | None
) -> tuple[str | None, str | None]:
    """Label the lines before the comment zone; return (author, published)."""
    idx = [i for i in range(zone) if lines[i].text]
    if not idx:
        return None, None
    _label_chrome(lines, labels, idx)
    free = [i for i in idx if labels[i] is None]
    byl = _byline(lines, free)
    author, published = None, None
    for i in byl:
        labels[i] = "byline"
        s = lines[i].text
        published = published or iso_date(s)
        author = author or byline_author(s)
        m = name_when(s)
        if author is None and m and m.group("name") and not cue("byline", s):
            author = clean_name(m.group("name"))  # "Jane Doe | March 3, 2023"
    head_end = byl[0] if byl else _first_body(lines, free)
    # Without a byline, a title needs article text under it: a page of short lines alone
    # has no recognisable structure and stays body.
    head = [i for i in free if i < head_end] if head_end is not None else []
    t = _title(lines, head, title)
    if t is not None:
        labels[t] = "title"
        for i in head:
            if i < t and _nav_like(lines[i].text):
                labels[i] = "boilerplate"
            elif i > t and byl:
                labels[i] = "caption" if cue("caption", lines[i].text) else "standfirst"
    bio_author = _bio(lines, labels, idx, author)
    counts = Counter(ln.text for ln in lines if ln.text and len(ln.text) <= _REPEATED_MAX)
    for i in idx:
        if labels[i] is None and cue("credit", lines[i].text):
            labels[i] = "byline"  # "Reporting by X; Editing by Y" at the report's end
            author = author or byline_author(lines[i].text)
        elif labels[i] is None and _caption(lines, i):
            labels[i] = "caption"
        elif labels[i] is None and counts.get(lines[i].text, 0) > 1 and _nav_like(lines[i].text):
            # A short line printed twice (menus at top and bottom, "Advertisement") is chrome.
            labels[i] = "boilerplate"
    _label_caption_blocks(lines, labels, idx)
    _label_tail(lines, labels, idx)
    if published is None:
        # A wire dateline opens the body: "ISTANBUL, July 22, 2022 (Reuters) - ...".
        first = next((i for i in idx if labels[i] in (None, "body")), None)
        m = _DATELINE.match(lines[first].text) if first is not None else None
        if m:
            published = iso_date(m.group(0))
    return author or bio_author, published


def _label_caption_blocks(lines: list[Line], labels: list[str | None], idx: list[int]) -> None:
    """A photo credit makes the short paragraph it closes or opens a caption.

    "A man carries ... on Saturday." over "Photo by X / Agency": the credit is the caption's
    evidence, the line beside it its text. Only short blocks (a caption and its credit);
    on a page without blank lines the whole article is one block and stays as it is.
    """
    for i in idx:
        if labels[i] != "caption" or not cue("caption", lines[i].text):
            continue
        lo = i
        while lo > 0 and lines[lo - 1].text:
            lo -= 1
        hi = i
        while hi + 1 < len(lines) and lines[hi + 1].text:
            hi += 1
        block = range(lo, hi + 1)
        if hi - lo < _CAPTION_BLOCK and all(len(lines[j].text) <= 300 for j in block):
            for j in block:
                if labels[j] is None:
                    labels[j] = "caption"


def _label_tail(lines: list[Line], labels: list[str | None], idx: list[int]) -> None:
    """Short lines after the article's last paragraph are links and topics, not text."""
    last = next(
        (i for i in reversed(idx) if labels[i] is None and _first_body(lines, [i]) is not None),
        None,
    )
    if last is None:
        return
    for i in idx:
        if i > last and labels[i] is None and _nav_like(lines[i].text):
            labels[i] = "boilerplate"


def _label_chrome(lines: list[Line], labels: list[str | None], idx: list[int]) -> None:
    in_section = False
    in_form = False
    prev = -2
    for i in idx:
        s = lines[i].text
        if i != prev + 1:
            in_section = False  # a blank line closes a "Further reading" block
        prev = i
        if cue("form", s):
            in_form = True
        if cue("section", s) and len(s) < 80:
            in_section = True
        if in_form or in_section or (len(s) < 200 and (cue("boilerplate", s) or cue("action", s))):
            labels[i] = "boilerplate"


def _byline(lines: list[Line], free: list[int]) -> list[int]:
    """The byline: "By X", "Published ...", or a lone date line near the top."""
    top = free[:12]
    for k, i in enumerate(top):
        s = lines[i].text
        if len(s) < 150 and (cue("byline", s) or WHEN_LINE.match(s) or name_when(s)):
            out = [i]
            # A date or place line under "By X" (a blank line between at most) is part of it.
            for j in top[k + 1 : k + 3]:
                t = lines[j].text
                if j <= out[-1] + 2 and len(t) < 100 and (WHEN_LINE.match(t) or cue("byline", t)):
                    out.append(j)
                else:
                    break
            return out
    return []


def _first_body(lines: list[Line], free: list[int]) -> int | None:
    for i in free:
        s = lines[i].text
        if len(s) > 150 or (len(s) > 40 and SENTENCE_END.search(s) and not cue("caption", s)):
            return i
    return None


def _nav_like(s: str) -> bool:
    """Breadcrumbs and menus above a title: a few words, no sentence."""
    return len(s.split()) <= 8 and not SENTENCE_END.search(s)


def _title(lines: list[Line], head: list[int], title: str | None) -> int | None:
    if title:
        for i in head:
            if lines[i].text.casefold() == title.strip().casefold():
                return i
    cands = [
        i
        for i in head
        if len(lines[i].text) <= 200
        and len(lines[i].text.split()) >= 2
        and (
            lines[i].text[:1].isupper()
            or lines[i].text[:1].isdigit()
            or lines[i].text[:1] in "\"“‘'"
        )
        and not re.search(r"[.!:;,]$", lines[i].text)
        and not cue("caption", lines[i].text)
    ]
    if not cands:
        return None
    # Nav and breadcrumb lines come first; the title is the last heading above the
    # standfirst or byline.
    first_sentence = next(
        (i for i in head if i not in cands and not cue("caption", lines[i].text)), None
    )
    before = [i for i in cands if first_sentence is None or i < first_sentence]
    return before[-1] if before else cands[0]


def _bio(
    lines: list[Line], labels: list[str | None], idx: list[int], author: str | None
) -> str | None:
    """The author box at the article's end: "X is a historian ..." and name lines above."""
    tail = [i for i in idx if labels[i] in (None, "boilerplate")]
    # A bio follows an article: the first line of text the page has left is never one
    # ("President Museveni has banned ..." alone on a page is news, not an author box).
    first_text = next((i for i in idx if labels[i] is None), None)
    found: str | None = None
    k = len(idx) - 1
    while k >= 0:
        i = idx[k]
        s = lines[i].text
        if labels[i] == "boilerplate":
            k -= 1
            continue
        if labels[i] is not None or i not in tail or i == first_text:
            break
        m = _BIO.match(s)
        if m and (_NOT_BIO_SUBJECT.match(s) or (m.group().endswith("has") and (
                s[m.end():].split() or [""])[0].lower() not in _BIO_HAS)):
            m = None
        is_name = name_like(s) and (found is not None or s == author) and len(s.split()) <= 4
        if cue("bio_header", s) or (m and (author is None or s.startswith(author))) or is_name:
            labels[i] = "bio"
            if m and found is None:
                found = re.split(
                    r",?\s+(?:is|was|has|writes|teaches|works|serves|covers|reports)\b", s
                )[0]
            k -= 1
            continue
        break
    return found


def _caption(lines: list[Line], i: int) -> bool:
    s = lines[i].text
    if len(s) > 400:
        return False
    if cue("caption", s):
        return True
    alone = (i == 0 or not lines[i - 1].text) and (i + 1 >= len(lines) or not lines[i + 1].text)
    if not alone or s.count(". ") or not (m := _ENDS_DATE.search(s)):
        return False
    # A lone one-sentence line ending in a full date is a news photo caption when the date
    # is tacked on as captions do it: with no full stop after it ("... in Kharkiv on
    # August 2, 2019") or set off by a comma ("..., Monday, June 5, 2023."). A sentence whose
    # date hangs on its words and ends in a full stop ("Troops crossed the river on
    # May 2, 2021.") is an ordinary short paragraph of the article.
    return not s.endswith(".") or s[: m.start()].rstrip().endswith((",", "—", "–", "("))
