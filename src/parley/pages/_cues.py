"""Cue phrases, date patterns and the helpers both page segmenters share.

The phrases live in ``data/cues.txt`` (one regex a line, grouped by section) and
``data/common_words.txt``; they are read once and compiled into one alternation per section
so a line is tested against a section with a single ``re.search``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from parley.records import Comment, Part

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+"
#: A calendar date in the usual English orders, with named groups for parsing.
DATE = (
    rf"(?:{_WEEKDAY})?(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
)
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)"
#: "3 years ago", "an hour ago", "2d ago".
AGO = (
    r"(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?"
    r"|months?|mos?|years?|yrs?|[smhdwy])\.?\s+ago"
)
#: A comment's date line: "March 3, 2022 at 3:14 pm", "3 years ago", "· 3 yr. ago".
WHEN = rf"(?:{DATE}{_TIME}?|{AGO}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}{_TIME}?)"
WHEN_LINE = re.compile(rf"^[·•|\-–—]?\s*(?:on\s+|posted\s+)?{WHEN}\.?$", re.IGNORECASE)
DATE_RE = re.compile(DATE, re.IGNORECASE)
#: A time of day or an age ("3:14 pm", "9 a.m.", "2 years ago"): comment software stamps a
#: post with one; an article's prose and its bylines rarely put one next to a name.
CLOCK = re.compile(
    rf"\b\d{{1,2}}:\d{{2}}\b|\b\d{{1,2}}(?:[.:]\d{{2}})?\s*[ap]\.?m\b|{AGO}", re.IGNORECASE
)

_SECTION = re.compile(r"^\[(\w+)\]$")


#: The longest line a section's cue can match: chrome lines are short, and testing long
#: paragraphs against every phrase would cost more than the rest of the segmenter.
_MAX_LEN = {"caption": 400, "comments_header": 250, "boilerplate": 200, "credit": 300}
_DEFAULT_MAX_LEN = 150


@cache
def cues() -> dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]]:
    """Return per section of ``cues.txt`` (anchored, unanchored) compiled alternations.

    Anchored phrases (``^...``) are joined under one ``^`` and tried with ``match`` only at
    the start of a line, which keeps the cost per line low.
    """
    text = resources.files("parley.pages").joinpath("data/cues.txt").read_text("utf-8")
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _SECTION.match(line)
        if m:
            current = m.group(1)
            sections.setdefault(current, [])
        else:
            sections[current].append(line)

    def _join(pats: list[str], prefix: str) -> re.Pattern[str] | None:
        if not pats:
            return None
        return re.compile(prefix + "(?:" + "|".join(f"(?:{p})" for p in pats) + ")", re.IGNORECASE)

    return {
        k: (
            _join([p[1:] for p in v if p.startswith("^")], "^"),
            _join([p for p in v if not p.startswith("^")], ""),
        )
        for k, v in sections.items()
    }


@cache
def common_words() -> frozenset[str]:
    """Return the common sentence-opening words (``common_words.txt``)."""
    text = resources.files("parley.pages").joinpath("data/common_words.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def cue(section: str, line: str) -> bool:
    """Tell whether a stripped line matches a cue of a section."""
    if len(line) > _MAX_LEN.get(section, _DEFAULT_MAX_LEN):
        return False
    return _cue(section, line)


@lru_cache(maxsize=16384)
def _cue(section: str, line: str) -> bool:
    # Cached: the segmenter asks about the same short line several times.
    anchored, loose = cues().get(section, (None, None))
    return bool((anchored and anchored.match(line)) or (loose and loose.search(line)))


def iso_date(text: str) -> str | None:
    """Return the first calendar date in a text as ISO ``YYYY-MM-DD``, or None."""
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        try:
            if g["y1"]:
                d = date(int(g["y1"]), _MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"]))
            elif g["y2"]:
                d = date(int(g["y2"]), _MONTHS[g["m2"].lower().rstrip(".")], int(g["d2"]))
            else:
                d = date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        except (KeyError, ValueError):
            continue
        return d.isoformat()
    return None


# A reply aimed at someone: "@kestrel ...", "mkv—your numbers", "tired tbx—the treaty", "zrl lies".
_AT = re.compile(r"^@([\w.\-]{1,40}\w)")
_DASHED = re.compile(
    r"^(?:([^\W\d]\w*)\s+)?([\w.\-]{2,30}?)\s*[—–]+|^(?:([^\W\d]\w*)\s+)?([\w.\-]{2,30}?)\s+-{1,2}\s"
)
_WORD_END = re.compile(r"\S+")
#: Handles shown on pages run to a few words ("Mary Jones", "Eleni P.").
_HANDLE_WORDS = 4
_FIRST = re.compile(r"^([\w.\-]{2,30})[\s,:]")


def addressee(line: str, is_reply: bool, handles: set[str]) -> str | None:
    """Return the handle a comment's first line is aimed at, or None.

    Args:
        line: The comment's first text line, stripped.
        is_reply: Whether the comment is a reply (lower-case openings count only then).
        handles: Handles shown on the page (commenter names), which count anywhere.
    """
    # A handle shown on the page, with or without "@": the longest that opens the line
    # (tried on the first few words, so a page with thousands of commenters stays cheap).
    bare = line[1:] if line.startswith("@") else line
    ends = [m.end() for m in _WORD_END.finditer(bare[:200])][:_HANDLE_WORDS]
    for end in reversed(ends):
        for cand in (bare[:end], bare[:end].rstrip(",:;—–-")):
            if cand in handles:
                return cand
    m = _AT.match(line)
    if m:
        return m.group(1)
    first = _FIRST.match(line)
    if not is_reply or not line[:1].islower():
        # Capitalised openings are sentences ("That was ..."), not handles.
        return None
    words = common_words()
    m = _DASHED.match(line)
    if m:
        cand = m.group(2) or m.group(4)
        if cand and cand.lower() not in words:
            return cand
    if first and first.group(1).lower() not in words and first.group(1).isalpha():
        return first.group(1)
    return None


# "By Ana Ruiz / Wire Service", "Posted on March 3, 2023 by Lena Marsh", "Posted by u/x".
_BY_NAME = re.compile(
    r"(?:^|\b)(?i:by|author\s*:)\s+(?:u/)?([\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|al|bin|da))*)"
)


def byline_author(line: str) -> str | None:
    """Return the author a byline names ("By X / Outlet" -> "X"), or None."""
    m = _BY_NAME.search(line)
    if not m:
        return None
    name = m.group(1).strip(" .,")
    return name if name and not name[0].isdigit() else None


def build_parts(
    spans: list[tuple[int, int, int]], labels: list[str | None], owner: list[int]
) -> list[Part]:
    """Cut labelled lines into parts.

    Args:
        spans: ``(line_no, start, end)`` of every line (1-based numbers, offsets of the
            line's non-space content; start == end for a blank line).
        labels: The label of every line (None for blank lines).
        owner: The index of the comment a line belongs to (-1 when none).

    Returns:
        Maximal runs of same-label non-blank lines; blank lines do not break a run, but a
        run never spans two comments.
    """
    parts: list[Part] = []
    cur: Part | None = None
    cur_owner = -1
    for (no, start, end), label, own in zip(spans, labels, owner, strict=True):
        if label is None:
            continue
        if cur is not None and cur.label == label and cur_owner == own:
            cur.end, cur.last_line = end, no
            continue
        cur = Part(label=label, start=start, end=end, first_line=no, last_line=no)
        cur_owner = own
        parts.append(cur)
    return parts


def infer_authors(comments: list[Comment]) -> None:
    """Give a comment the handle its replies address, when the page shows no author."""
    by_id = {c.id: c for c in comments}
    for c in comments:
        if c.parent is None or not c.addressee:
            continue
        parent = by_id.get(c.parent)
        if parent is not None and parent.author is None:
            parent.author, parent.author_source = c.addressee, "reply"
