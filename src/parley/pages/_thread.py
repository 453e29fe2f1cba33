"""The comment threads of plain-text pages: find them, parse them into a reply tree.

Layouts, tried in this order: numbered lists nested by indentation; comments opened by a
header line ("Name says:" + date, "Name • 3 years ago", "Name > Other • 2 years ago",
"level 2" + user, a name line over a date line); plain paragraphs after an "N Comments"
heading. Author and addressee come from what the page shows, then from sign-offs and from
replies addressed to a comment (never invented).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parley.pages._cues import AGO, CLOCK, DATE, WHEN, WHEN_LINE, addressee, cue, infer_authors
from parley.records import Comment


@dataclass(slots=True)
class Line:
    """One line of the page: where its content lies and how far it is indented."""

    no: int  # 1-based
    start: int  # offset of the first non-space character
    end: int  # offset just past the last non-space character
    text: str  # stripped
    indent: int


@dataclass(slots=True)
class Node:
    """A comment while the thread is parsed (lines are indices into the page's lines)."""

    first: int  # line index of its first line
    depth: int
    author: str | None = None
    author_source: str | None = None
    addressee: str | None = None
    parent: int | None = None  # index into the node list
    lines: list[int] = field(default_factory=list)  # its line indices, header included
    head: int = 0  # how many of its first lines are a header (author, date), not its text


_ITEM = re.compile(r"^(\s*)(\d{1,5})[.)]\s+\S")
# "Name says:", "Name wrote:", "Name says: March 3, 2022 at 3:14 pm".
_SAYS = re.compile(
    r"^(?P<name>\S.{0,60}?)\s+(?:says|said|wrote|writes|commented|replied|responded):?"
    rf"(?:\s+(?:on\s+)?{WHEN})?$",
    re.IGNORECASE,
)
# old Reddit: "[–] username 42 points 3 years ago"
_OLD_REDDIT = re.compile(
    r"^\[[–\-+]\]\s*(?P<name>\S{1,40})\s+(?:-?\d+\s+points?|\[score hidden\]).{0,60}$",
    re.IGNORECASE,
)
_DISQUS = re.compile(
    r"^(?P<name>[^•·|]{1,60}?)(?:\s+(?:>|→|›|▸|replied to)\s+(?P<to>[^•·|]{1,60}?))?"
    rf"\s*[•·|]\s*(?P<when>{WHEN}|\S.{{0,40}})$",
    re.IGNORECASE,
)
# "Name | March 3, 2023", "Name on March 3, 2023 at 4:00 pm", "@handle 3 years ago".
NAME_WHEN = re.compile(
    rf"^(?:(?P<name>[\w .'’@\-]{{2,40}}?)\s*(?:[|•·–—,]|\s-|\bon\b)\s*(?P<when>{WHEN})"
    rf"|(?P<at>@[\w.\-]{{2,40}})\s+(?P<ago>{AGO}))\.?$",
    re.IGNORECASE,
)
_LEVEL = re.compile(r"^level\s+(\d{1,2})$", re.IGNORECASE)
_POINTS = re.compile(r"^[·•]?\s*-?\d+\s+points?\b.*$|^[·•]\s*\S.{0,30}$", re.IGNORECASE)
_REPLY_TO = re.compile(
    r"^(?:in )?reply(?:ing)? to\s+@?(?P<to>[\w .'’\-]{1,40}?)\.?$", re.IGNORECASE
)
_NAME = re.compile(r"^(?:@|u/)?[\w.'’\-]+(?:\s+[\w.'’\-]+){0,3}$|^\[deleted\]$")
_SIGN = re.compile(r"^[—–-]{1,2}\s*(?P<name>[A-Z@][\w.'’\-]*(?:\s+[\w.'’\-]+){0,3})$")
_WHEN_ANY = re.compile(WHEN, re.IGNORECASE)
_BARE_DATE_END = re.compile(rf"{DATE}\.$", re.IGNORECASE)
_REPLY_LINE = re.compile(r"^reply\b", re.IGNORECASE)
# Lower-case words a shown name may contain ("Ana de Souza", "Omar bin Said").
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "der", "di", "du", "la", "le", "van", "von", "al", "bin", "ibn"}
)
#: A comment header: (line index, author, addressee, header line count, Reddit level,
#: whether the header alone proves a comment thread).
_Head = tuple[int, str | None, str | None, int, int | None, bool]
SENTENCE_END = re.compile(r"[.!?:;,…\"”’)]$")


def split_lines(text: str) -> list[Line]:
    """Split a page into lines with the offsets of their content (``\r\n`` tolerated)."""
    out: list[Line] = []
    pos = 0
    for no, raw in enumerate(text.split("\n"), start=1):
        body = raw.rstrip("\r")
        stripped = body.strip()
        lead = len(body) - len(body.lstrip())
        start = pos + lead
        out.append(Line(no, start, start + len(stripped), stripped, lead))
        pos += len(raw) + 1
    return out


def find_comments(
    lines: list[Line], labels: list[str | None], owner: list[int]
) -> tuple[list[Node], int]:
    """Find the comment zone, label its lines and return its nodes and first line index."""
    header, strong = _comments_header(lines)
    for finder in (_numbered, _headed, _plain):
        found = finder(lines, header if finder is not _plain or strong else None)
        if found is None:
            continue
        nodes, start, end = found
        if header is not None and header < start:
            start = header
        _label_zone(lines, labels, owner, nodes, start, end)
        return nodes, start
    if header is not None and strong:
        # An "N Comments" heading with nothing parseable after it: still the article's end.
        return [], header
    return [], len(lines)


def _comments_header(lines: list[Line]) -> tuple[int | None, bool]:
    """The heading that opens the comments, and whether it is strong on its own.

    A bare "Discussion" or "Responses" may be a section of the article; it opens the
    comments only when a comment structure follows it.
    """
    for i, ln in enumerate(lines):
        if ln.text and len(ln.text) < 250:
            if cue("comments_header", ln.text):
                return i, True
            if cue("comments_header_weak", ln.text):
                return i, False
    return None, False


def is_chrome(s: str) -> bool:
    """Whether a line is site chrome: a boilerplate, comment-form or widget cue."""
    return cue("boilerplate", s) or cue("form", s) or cue("action", s)


def _numbered(lines: list[Line], header: int | None) -> tuple[list[Node], int, int] | None:
    """Numbered comment lists; nesting by indentation (``  1.`` then ``    1.``)."""
    for i, ln in enumerate(lines):
        m = _ITEM.match(_raw(ln))
        if not m or m.group(2) != "1":
            continue
        if ln.indent == 0 and (header is None or header > i):
            continue
        found = _parse_numbered(lines, i)
        if found is not None and (header is not None or _looks_like_thread(lines, *found)):
            return found
    return None


def _raw(ln: Line) -> str:
    return " " * ln.indent + ln.text


def _parse_numbered(lines: list[Line], first: int) -> tuple[list[Node], int, int] | None:
    base = lines[first].indent
    nodes: list[Node] = []
    stack: list[tuple[int, int]] = []  # (indent, node index)
    end = first
    for j in range(first, len(lines)):
        ln = lines[j]
        if not ln.text:
            continue
        m = _ITEM.match(_raw(ln))
        if m and ln.indent >= base:
            while stack and stack[-1][0] >= ln.indent:
                stack.pop()
            parent = stack[-1][1] if stack else None
            nodes.append(Node(first=j, depth=len(stack), parent=parent, lines=[j]))
            stack.append((ln.indent, len(nodes) - 1))
            end = j + 1
            continue
        if is_chrome(ln.text) and not cue("action", ln.text):
            break
        if ln.indent > base or (base == 0 and not is_chrome(ln.text)):
            # A continuation belongs to the innermost comment indented less than it.
            host = stack[-1][1]
            if base > 0:
                host = next((k for ind, k in reversed(stack) if ind < ln.indent), host)
            nodes[host].lines.append(j)
            end = j + 1
            continue
        break
    return (nodes, first, end) if nodes else None


def _looks_like_thread(lines: list[Line], nodes: list[Node], start: int, end: int) -> bool:
    """Tell an indented list of reader comments from a list in the article.

    Comments are paragraphs (nested replies, several lines, or long items) and the article
    does not go on after them: up to the next chrome line, no long text follows.
    """
    paragraphs = (
        any(n.parent is not None or len(n.lines) > 1 for n in nodes)
        or sum(len(lines[n.first].text) for n in nodes) / len(nodes) > 150
    )
    if not paragraphs:
        return False
    for ln in lines[end:]:
        if not ln.text:
            continue
        if is_chrome(ln.text) or cue("form", ln.text):
            return True
        if len(ln.text) >= 120:
            return False
    return True


def _header_at(lines: list[Line], i: int) -> tuple[str | None, str | None, int, bool] | None:
    """Recognise a comment header at line i.

    Returns:
        (author, addressee, header line count, strong) or None. A header is strong when it
        proves a comment on its own: a "says:" header with a date, a posting time or age
        ("at 3:14 pm", "2 years ago"), points, a reply arrow. A name with a bare date
        ("Jane Doe | March 3, 2023") is weak: bylines and one-sentence paragraphs of the
        article ("Troops crossed the river on May 2, 2021") look the same.
    """
    s = lines[i].text
    if not s or len(s) > 120:
        return None
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    m = _SAYS.match(s)
    if m:
        size = 2 if WHEN_LINE.match(nxt) else 1
        dated = bool(_WHEN_ANY.search(s)) or size == 2
        return clean_name(m.group("name")), None, size, dated
    m = name_when(s)
    if m and m.group("at"):
        return clean_name(m.group("at")), None, 1, True
    if m:
        return clean_name(m.group("name")), None, 1, bool(CLOCK.search(m.group("when")))
    m = _OLD_REDDIT.match(s)
    if m:
        return clean_name(m.group("name")), None, 1, True
    m = _DISQUS.match(s)
    if m and (WHEN_LINE.match(m.group("when")) or re.search(r"\bago\b", m.group("when"))):
        to = m.group("to")
        strong = bool(to) or bool(CLOCK.search(m.group("when")))
        return clean_name(m.group("name")), clean_name(to) if to else None, 1, strong
    if name_like(s) and _handle_like(s) and WHEN_LINE.match(nxt):
        return clean_name(s), None, 2, bool(CLOCK.search(nxt))
    return None


def name_when(s: str) -> re.Match[str] | None:
    """Match a "Name | date" line (a byline or a comment header), or return None.

    The name must look like one ("Jane Doe", "kestrel_9"), and a line ending "on <date>."
    is a sentence of the article ("Troops crossed the river on May 2, 2021."), not a name.
    """
    m = NAME_WHEN.match(s)
    if m is None or m.group("at"):
        return m
    name = m.group("name")
    if SENTENCE_END.search(name) or not _handle_like(name) or _BARE_DATE_END.search(s):
        return None
    return m


def _handle_like(name: str) -> bool:
    """Whether words could be a shown name: one handle, or a few capitalised words.

    "Karl Weber", "kestrel_9", "Ana de Souza" pass; "Troops crossed the river" does not.
    """
    words = name.strip().split()
    if len(words) <= 1:
        return True
    return len(words) <= 4 and all(
        w[:1].isupper() or w[:1] == "@" or w.lower() in _PARTICLES for w in words
    )


def name_like(s: str) -> bool:
    """Whether a line could be a commenter's name: a few words, no sentence, no cue."""
    return (
        len(s) <= 40
        and bool(_NAME.match(s))
        and not SENTENCE_END.search(s)
        and not is_chrome(s)
        and not WHEN_LINE.match(s)
        and not cue("signoff", s)
    )


def clean_name(name: str) -> str:
    """A handle without its "@" or "u/"."""
    name = name.strip().lstrip("@")
    return name[2:] if name.startswith("u/") else name


def _headed(lines: list[Line], header: int | None) -> tuple[list[Node], int, int] | None:
    """Comments opened by header lines: WordPress, Disqus, Reddit, name + date."""
    heads: list[_Head] = []
    i = 0 if header is None else header + 1
    level: int | None = None
    while i < len(lines):
        ln = lines[i]
        lv = _LEVEL.match(ln.text)
        if lv:
            level = int(lv.group(1))
            i += 1
            continue
        if level is not None and ln.text and name_like(ln.text.split(" · ")[0]):
            # Reddit: the line after "level N" is the user; points and age may follow.
            heads.append((i, clean_name(ln.text.split(" · ")[0]), None, 1, level, True))
            level = None
            i += 1
            continue
        level = None
        h = _header_at(lines, i)
        if h is not None:
            heads.append((i, h[0], h[1], h[2], None, h[3]))
            i += h[2]
            continue
        i += 1
    heads = _drop_weak_heads(lines, _drop_article_heads(lines, heads, header), header)
    # A header with a posting time, points, a Disqus reply arrow or a Reddit level is a
    # comment for sure; "X says:" alone may be a quote in the article, so it needs company.
    strong = any(h[5] for h in heads)
    replies = any(cue("action", ln.text) for ln in lines[heads[0][0] :]) if heads else False
    if not heads or not (strong or header is not None or (len(heads) >= 2 and replies)):
        return None
    first = heads[0][0]
    if first > 0 and _LEVEL.match(lines[first - 1].text):
        first -= 1
    end = _zone_end(lines, heads[-1][0] + heads[-1][3])
    nodes = _nodes_from_heads(lines, heads, end)
    return nodes, first, end


def _drop_weak_heads(lines: list[Line], heads: list[_Head], header: int | None) -> list[_Head]:
    """Keep a weak header (a name and a bare date) only inside a comment thread.

    It counts when an "N Comments" heading or a strong header comes before it, or when a
    "Reply" link follows it before the next header; otherwise it is article text.
    """
    out: list[_Head] = []
    seen_strong = False
    for k, h in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        if (
            h[5]
            or seen_strong
            or (header is not None and header < h[0])
            or any(_REPLY_LINE.match(ln.text) for ln in lines[h[0] + h[3] : stop])
        ):
            out.append(h)
            seen_strong = seen_strong or h[5]
    return out


def _drop_article_heads(lines: list[Line], heads: list[_Head], header: int | None) -> list[_Head]:
    """Drop header-like lines in the top half of the page that head long article text.

    "Jane Doe | March 3, 2023" is a byline when a whole article follows it; comments are
    short and sit at the page's end.
    """
    if header is not None:
        return heads
    half = len(lines) // 2
    while heads and heads[0][0] < half:
        stop = heads[1][0] if len(heads) > 1 else len(lines)
        run = [ln.text for ln in lines[heads[0][0] : stop] if ln.text]
        if sum(len(t) for t in run) <= 1500 or len(run) <= 6:
            break
        heads = heads[1:]
    return heads


def _zone_end(lines: list[Line], after: int) -> int:
    """The comment zone ends at a comment form or chrome that closes the thread."""
    for j in range(after, len(lines)):
        s = lines[j].text
        if s and (cue("form", s) or (cue("boilerplate", s) and not cue("action", s))):
            return j
    return len(lines)


def _nodes_from_heads(lines: list[Line], heads: list[_Head], end: int) -> list[Node]:
    indents = {lines[h[0]].indent for h in heads}
    nodes: list[Node] = []
    stack: list[tuple[int, int]] = []  # (depth key, node index)
    for k, (i, name, to, size, level, _strong) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else end
        if k + 1 < len(heads) and stop > 0 and _LEVEL.match(lines[stop - 1].text):
            stop -= 1
        body = [j for j in range(i + size, stop) if lines[j].text]
        reply_to = None
        if body and _REPLY_TO.match(lines[body[0]].text):
            reply_to = _REPLY_TO.match(lines[body[0]].text).group("to")
        if level is not None:
            key = level
        elif len(indents) > 1:
            key = lines[i].indent
        else:
            key = 0
        while stack and stack[-1][0] >= key:
            stack.pop()
        parent = stack[-1][1] if stack else None
        target = reply_to or to
        if target and parent is None and level is None:
            # A flat list that says whom a comment answers ("In reply to X", "Y > X •"):
            # the parent is X's last comment above it.
            parent = next(
                (n for n in range(len(nodes) - 1, -1, -1) if nodes[n].author == target), None
            )
        node = Node(first=i, depth=len(stack), parent=parent, lines=body, head=size)
        node.author, node.author_source = (
            (name, "page") if name and name != "[deleted]" else (None, None)
        )
        node.addressee = to or reply_to
        nodes.append(node)
        stack.append((key, len(nodes) - 1))
        # the header lines belong to the comment too
        node.lines = list(range(i, i + size)) + [j for j in node.lines if j >= i + size]
    return nodes


def _meta(s: str) -> bool:
    return bool(WHEN_LINE.match(s) or _POINTS.match(s)) and len(s) < 40


def _plain(lines: list[Line], header: int | None) -> tuple[list[Node], int, int] | None:
    """Plain paragraphs after an "N Comments" heading: one comment per paragraph."""
    if header is None:
        return None
    end = _zone_end(lines, header + 1)
    nodes: list[Node] = []
    block: list[int] = []
    for j in range(header + 1, end + 1):
        s = lines[j].text if j < end else ""
        if s and not cue("action", s) and not cue("boilerplate", s):
            block.append(j)
            continue
        if block:
            node = Node(first=block[0], depth=0, lines=block)
            first = lines[block[0]].text
            if len(block) > 1 and name_like(first) and len(first.split()) <= 3:
                node.author, node.author_source, node.head = clean_name(first), "page", 1
            nodes.append(node)
            block = []
    if not nodes:
        return None
    return nodes, nodes[0].first, end


def _label_zone(
    lines: list[Line],
    labels: list[str | None],
    owner: list[int],
    nodes: list[Node],
    start: int,
    end: int,
) -> None:
    for j in range(start, len(lines)):
        if lines[j].text:
            labels[j] = "boilerplate"
    for n, node in enumerate(nodes):
        for j in node.lines:
            if cue("action", lines[j].text) or cue("boilerplate", lines[j].text):
                continue
            labels[j], owner[j] = "comment", n


def to_comments(
    lines: list[Line], nodes: list[Node], labels: list[str | None], owner: list[int]
) -> list[Comment]:
    """Turn parsed nodes into Comments: place ids, addressees, sign-off and reply authors."""
    ids: list[str] = []
    counts: dict[int | None, int] = {}
    for node in nodes:
        counts[node.parent] = counts.get(node.parent, 0) + 1
        prefix = "" if node.parent is None else ids[node.parent] + "."
        ids.append(f"{prefix}{counts[node.parent]}")
    handles = {n.author for n in nodes if n.author}
    out: list[Comment] = []
    signoffs: list[str | None] = []
    for n, node in enumerate(nodes):
        mine = [j for j in node.lines if owner[j] == n]
        if not mine:
            mine = [node.first]
            labels[node.first], owner[node.first] = "comment", n
        text_at = _text_start(lines, node, mine)
        if node.addressee is None and text_at is not None:
            node.addressee = addressee(_text_of(lines[text_at]), node.parent is not None, handles)
        signoffs.append(_signoff(lines, mine) if node.author is None else None)
        out.append(
            Comment(
                id=ids[n],
                parent=None if node.parent is None else ids[node.parent],
                # The text starts after the header lines ("Name says:", its date), so they
                # never run into the first sentence; first_line still counts them.
                start=lines[mine[0] if text_at is None else text_at].start,
                end=lines[mine[-1]].end,
                first_line=lines[mine[0]].no,
                last_line=lines[mine[-1]].no,
                author=node.author,
                addressee=node.addressee,
                author_source=node.author_source,
            )
        )
    # The author as the page shows it, else as replies address it, else as it signs off.
    infer_authors(out)
    for comment, signed in zip(out, signoffs, strict=True):
        if comment.author is None and signed:
            comment.author, comment.author_source = signed, "signoff"
    return out


def _text_start(lines: list[Line], node: Node, mine: list[int]) -> int | None:
    """The index of the comment's first line of text (after header, date and points)."""
    for j in mine:
        s = lines[j].text
        if j < node.first + node.head:
            continue
        if _meta(s) or _LEVEL.match(s) or _REPLY_TO.match(s):
            continue
        return j
    return None


def _text_of(ln: Line) -> str:
    """A line's text without its list number."""
    return re.sub(r"^\d{1,5}[.)]\s+", "", ln.text) if _ITEM.match(_raw(ln)) else ln.text


def _signoff(lines: list[Line], mine: list[int]) -> str | None:
    """A sign-off ("Kind regards" + a name line, or "— Name") gives the author."""
    for k, j in enumerate(mine):
        s = lines[j].text
        m = _SIGN.match(s)
        if m and k == len(mine) - 1:
            return m.group("name")
        if cue("signoff", s) and k + 1 < len(mine):
            cand = lines[mine[k + 1]].text
            if name_like(cand) and len(cand.split()) <= 4:
                return cand
    return None
