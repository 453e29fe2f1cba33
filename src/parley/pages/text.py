"""The plain-text page segmenter: label every line and rebuild the comment tree.

Works from the cues a careful reader uses, in this order:

1. find the reader comments (numbered and indented lists, "Name says:" / "Name • 3 years
   ago" / "level 2" headers, or plain paragraphs after an "N Comments" heading), because
   everything after the article's end must not be taken for reporting;
2. in the article before them, find the byline, the title above it (nav lines before the
   title are chrome), the standfirst between them, captions (photo credits, a lone line
   ending in a date), chrome (cue phrases, "Further Reading" blocks) and the author box at
   the end; everything else is body.

A page with no recognisable structure is all body; a page that is only comments has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parley.pages._cues import (
    DATE,
    WHEN,
    WHEN_LINE,
    addressee,
    build_parts,
    byline_author,
    cue,
    infer_authors,
    iso_date,
)
from parley.records import Comment, Document, Page


@dataclass(slots=True)
class _Line:
    no: int  # 1-based
    start: int  # offset of the first non-space character
    end: int  # offset just past the last non-space character
    text: str  # stripped
    indent: int


@dataclass(slots=True)
class _Node:
    first: int  # line index of its first line
    depth: int
    author: str | None = None
    author_source: str | None = None
    addressee: str | None = None
    parent: int | None = None  # index into the node list
    lines: list[int] = field(default_factory=list)  # text line indices (no header)


_ITEM = re.compile(r"^(\s*)(\d{1,3})[.)]\s+\S")
_SAYS = re.compile(r"^(?P<name>\S.{0,60}?)\s+(?:says|said|wrote|writes):?$", re.IGNORECASE)
_DISQUS = re.compile(
    r"^(?P<name>[^•·|]{1,60}?)(?:\s+(?:>|→|›|▸|replied to)\s+(?P<to>[^•·|]{1,60}?))?"
    rf"\s*[•·|]\s*(?P<when>{WHEN}|\S.{{0,40}})$",
    re.IGNORECASE,
)
_NAME_WHEN = re.compile(
    rf"^(?P<name>[\w .'’@\-]{{2,40}}?)\s*(?:[|•·–—,]|\s-|\bon\b)\s*(?P<when>{WHEN})\.?$",
    re.IGNORECASE,
)
_LEVEL = re.compile(r"^level\s+(\d{1,2})$", re.IGNORECASE)
_POINTS = re.compile(r"^[·•]?\s*-?\d+\s+points?\b.*$|^[·•]\s*\S.{0,30}$", re.IGNORECASE)
_REPLY_TO = re.compile(
    r"^(?:in )?reply(?:ing)? to\s+@?(?P<to>[\w .'’\-]{1,40}?)\.?$", re.IGNORECASE
)
_NAME = re.compile(r"^(?:@|u/)?[\w.'’\-]+(?:\s+[\w.'’\-]+){0,3}$|^\[deleted\]$")
_SIGN = re.compile(r"^[—–-]{1,2}\s*(?P<name>[A-Z@][\w.'’\-]*(?:\s+[\w.'’\-]+){0,3})$")
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’\-]+\s+){1,3}[A-Z][\w.'’\-]+,?\s+(?:is|was|has|writes|teaches|works|serves|covers|reports)\b"
)
_ENDS_DATE = re.compile(rf"{DATE}\.?\)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;,…\"”’)]$")


def segment_text(doc: Document) -> Page:
    """Cut a plain-text page into labelled parts and a comment tree.

    Args:
        doc: The document; ``doc.text`` is the page.

    Returns:
        The Page; ``page.text`` is ``doc.text`` and every non-blank line lies in one part.
    """
    text = doc.text or ""
    lines = _split(text)
    labels: list[str | None] = [None] * len(lines)
    owner = [-1] * len(lines)
    nodes, zone = _find_comments(lines, labels, owner)
    author, published = _label_article(lines, labels, zone, doc.title)
    for i, ln in enumerate(lines):
        if ln.text and labels[i] is None:
            labels[i] = "boilerplate" if i >= zone else "body"
    comments = _to_comments(lines, nodes, labels, owner)
    spans = [(ln.no, ln.start, ln.end) for ln in lines]
    return Page(
        doc_id=doc.id,
        text=text,
        parts=build_parts(text, spans, labels, owner),
        comments=comments,
        author=author,
        published=published or doc.published,
    )


def _split(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for no, raw in enumerate(text.split("\n"), start=1):
        body = raw.rstrip("\r")
        stripped = body.strip()
        lead = len(body) - len(body.lstrip())
        start = pos + lead
        out.append(_Line(no, start, start + len(stripped), stripped, lead))
        pos += len(raw) + 1
    return out


# ---------------------------------------------------------------- comments


def _find_comments(
    lines: list[_Line], labels: list[str | None], owner: list[int]
) -> tuple[list[_Node], int]:
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


def _comments_header(lines: list[_Line]) -> tuple[int | None, bool]:
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


def _is_chrome(s: str) -> bool:
    return cue("boilerplate", s) or cue("form", s) or cue("action", s)


def _numbered(lines: list[_Line], header: int | None) -> tuple[list[_Node], int, int] | None:
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


def _raw(ln: _Line) -> str:
    return " " * ln.indent + ln.text


def _parse_numbered(lines: list[_Line], first: int) -> tuple[list[_Node], int, int] | None:
    base = lines[first].indent
    nodes: list[_Node] = []
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
            nodes.append(_Node(first=j, depth=len(stack), parent=parent, lines=[j]))
            stack.append((ln.indent, len(nodes) - 1))
            end = j + 1
            continue
        if _is_chrome(ln.text) and not cue("action", ln.text):
            break
        if ln.indent > base or (base == 0 and not _is_chrome(ln.text)):
            # A continuation belongs to the innermost comment indented less than it.
            host = stack[-1][1]
            if base > 0:
                host = next((k for ind, k in reversed(stack) if ind < ln.indent), host)
            nodes[host].lines.append(j)
            end = j + 1
            continue
        break
    return (nodes, first, end) if nodes else None


def _looks_like_thread(lines: list[_Line], nodes: list[_Node], start: int, end: int) -> bool:
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
        if _is_chrome(ln.text) or cue("form", ln.text):
            return True
        if len(ln.text) >= 120:
            return False
    return True


def _header_at(lines: list[_Line], i: int) -> tuple[str | None, str | None, int] | None:
    """Recognise a comment header at line i: (author, addressee, header line count)."""
    s = lines[i].text
    if not s or len(s) > 120:
        return None
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    m = _SAYS.match(s)
    if m:
        return _clean_name(m.group("name")), None, 2 if WHEN_LINE.match(nxt) else 1
    m = _NAME_WHEN.match(s)
    if m and not _SENTENCE_END.search(m.group("name")):
        return _clean_name(m.group("name")), None, 1
    m = _DISQUS.match(s)
    if m and (WHEN_LINE.match(m.group("when")) or re.search(r"\bago\b", m.group("when"))):
        to = m.group("to")
        return _clean_name(m.group("name")), _clean_name(to) if to else None, 1
    if _name_like(s) and WHEN_LINE.match(nxt):
        return _clean_name(s), None, 2
    return None


def _name_like(s: str) -> bool:
    return (
        len(s) <= 40
        and bool(_NAME.match(s))
        and not _SENTENCE_END.search(s)
        and not _is_chrome(s)
        and not WHEN_LINE.match(s)
        and not cue("signoff", s)
    )


def _clean_name(name: str) -> str:
    name = name.strip().lstrip("@")
    return name[2:] if name.startswith("u/") else name


def _headed(lines: list[_Line], header: int | None) -> tuple[list[_Node], int, int] | None:
    """Comments opened by header lines: WordPress, Disqus, Reddit, name + date."""
    heads: list[tuple[int, str | None, str | None, int, int | None]] = []
    i = 0 if header is None else header + 1
    level: int | None = None
    while i < len(lines):
        ln = lines[i]
        lv = _LEVEL.match(ln.text)
        if lv:
            level = int(lv.group(1))
            i += 1
            continue
        if level is not None and ln.text and _name_like(ln.text.split(" · ")[0]):
            # Reddit: the line after "level N" is the user; points and age may follow.
            heads.append((i, _clean_name(ln.text.split(" · ")[0]), None, 1, level))
            level = None
            i += 1
            continue
        level = None
        h = _header_at(lines, i)
        if h is not None:
            heads.append((i, h[0], h[1], h[2], None))
            i += h[2]
            continue
        i += 1
    heads = _drop_article_heads(lines, heads, header)
    # A header with a date line, a Disqus reply arrow or a Reddit level is a comment for
    # sure; "X says:" alone may be a quote in the article, so it needs company.
    strong = any(h[3] == 2 or h[4] is not None or h[2] is not None for h in heads)
    replies = any(cue("action", ln.text) for ln in lines[heads[0][0] :]) if heads else False
    if not heads or not (strong or header is not None or (len(heads) >= 2 and replies)):
        return None
    first = heads[0][0]
    if first > 0 and _LEVEL.match(lines[first - 1].text):
        first -= 1
    end = _zone_end(lines, heads[-1][0] + heads[-1][3])
    nodes = _nodes_from_heads(lines, heads, end)
    return nodes, first, end


def _drop_article_heads(
    lines: list[_Line],
    heads: list[tuple[int, str | None, str | None, int, int | None]],
    header: int | None,
) -> list[tuple[int, str | None, str | None, int, int | None]]:
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


def _zone_end(lines: list[_Line], after: int) -> int:
    """The comment zone ends at a comment form or chrome that closes the thread."""
    for j in range(after, len(lines)):
        s = lines[j].text
        if s and (cue("form", s) or (cue("boilerplate", s) and not cue("action", s))):
            return j
    return len(lines)


def _nodes_from_heads(
    lines: list[_Line], heads: list[tuple[int, str | None, str | None, int, int | None]], end: int
) -> list[_Node]:
    indents = {lines[h[0]].indent for h in heads}
    nodes: list[_Node] = []
    stack: list[tuple[int, int]] = []  # (depth key, node index)
    for k, (i, name, to, size, level) in enumerate(heads):
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
        node = _Node(first=i, depth=len(stack), parent=parent, lines=body)
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


def _plain(lines: list[_Line], header: int | None) -> tuple[list[_Node], int, int] | None:
    """Plain paragraphs after an "N Comments" heading: one comment per paragraph."""
    if header is None:
        return None
    end = _zone_end(lines, header + 1)
    nodes: list[_Node] = []
    block: list[int] = []
    for j in range(header + 1, end + 1):
        s = lines[j].text if j < end else ""
        if s and not cue("action", s) and not cue("boilerplate", s):
            block.append(j)
            continue
        if block:
            node = _Node(first=block[0], depth=0, lines=block)
            first = lines[block[0]].text
            if len(block) > 1 and _name_like(first) and len(first.split()) <= 3:
                node.author, node.author_source = _clean_name(first), "page"
            nodes.append(node)
            block = []
    if not nodes:
        return None
    return nodes, nodes[0].first, end


def _label_zone(
    lines: list[_Line],
    labels: list[str | None],
    owner: list[int],
    nodes: list[_Node],
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


def _to_comments(
    lines: list[_Line], nodes: list[_Node], labels: list[str | None], owner: list[int]
) -> list[Comment]:
    ids: list[str] = []
    counts: dict[int | None, int] = {}
    for node in nodes:
        counts[node.parent] = counts.get(node.parent, 0) + 1
        prefix = "" if node.parent is None else ids[node.parent] + "."
        ids.append(f"{prefix}{counts[node.parent]}")
    handles = {n.author for n in nodes if n.author}
    out: list[Comment] = []
    for n, node in enumerate(nodes):
        mine = [j for j in node.lines if owner[j] == n]
        if not mine:
            mine = [node.first]
            labels[node.first], owner[node.first] = "comment", n
        first_text = _first_text(lines, node, mine)
        if node.addressee is None and first_text is not None:
            node.addressee = addressee(first_text, node.parent is not None, handles)
        if node.author is None:
            node.author = _signoff(lines, mine)
            node.author_source = "signoff" if node.author else None
        out.append(
            Comment(
                id=ids[n],
                parent=None if node.parent is None else ids[node.parent],
                start=lines[mine[0]].start,
                end=lines[mine[-1]].end,
                first_line=lines[mine[0]].no,
                last_line=lines[mine[-1]].no,
                author=node.author,
                addressee=node.addressee,
                author_source=node.author_source,
            )
        )
    infer_authors(out)
    return out


def _first_text(lines: list[_Line], node: _Node, mine: list[int]) -> str | None:
    """The comment's first line of text (no header, date or list number)."""
    for j in mine:
        s = lines[j].text
        if j == node.first and node.author_source == "page":
            continue
        if _meta(s) or _LEVEL.match(s) or _REPLY_TO.match(s):
            continue
        return re.sub(r"^\d{1,3}[.)]\s+", "", s) if _ITEM.match(_raw(lines[j])) else s
    return None


def _signoff(lines: list[_Line], mine: list[int]) -> str | None:
    """A sign-off ("Kind regards" + a name line, or "— Name") gives the author."""
    for k, j in enumerate(mine):
        s = lines[j].text
        m = _SIGN.match(s)
        if m and k == len(mine) - 1:
            return m.group("name")
        if cue("signoff", s) and k + 1 < len(mine):
            cand = lines[mine[k + 1]].text
            if _name_like(cand) and len(cand.split()) <= 4:
                return cand
    return None


# ---------------------------------------------------------------- article


def _label_article(
    lines: list[_Line], labels: list[str | None], zone: int, title: str | None
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
        m = _NAME_WHEN.match(s)
        if author is None and m and not cue("byline", s):
            author = _clean_name(m.group("name"))  # "Jane Doe | March 3, 2023"
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
    for i in idx:
        if labels[i] is None and _caption(lines, i):
            labels[i] = "caption"
    return author or bio_author, published


def _label_chrome(lines: list[_Line], labels: list[str | None], idx: list[int]) -> None:
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


def _byline(lines: list[_Line], free: list[int]) -> list[int]:
    """The byline: "By X", "Published ...", or a lone date line near the top."""
    top = free[:12]
    for k, i in enumerate(top):
        s = lines[i].text
        if len(s) < 150 and (cue("byline", s) or WHEN_LINE.match(s) or _NAME_WHEN.match(s)):
            out = [i]
            # A date or place line right under "By X" is part of it.
            for j in top[k + 1 : k + 3]:
                t = lines[j].text
                if j == out[-1] + 1 and len(t) < 100 and (WHEN_LINE.match(t) or cue("byline", t)):
                    out.append(j)
            return out
    return []


def _first_body(lines: list[_Line], free: list[int]) -> int | None:
    for i in free:
        s = lines[i].text
        if len(s) > 150 or (len(s) > 40 and _SENTENCE_END.search(s) and not cue("caption", s)):
            return i
    return None


def _nav_like(s: str) -> bool:
    """Breadcrumbs and menus above a title: a few words, no sentence."""
    return len(s.split()) <= 8 and not _SENTENCE_END.search(s)


def _title(lines: list[_Line], head: list[int], title: str | None) -> int | None:
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
    lines: list[_Line], labels: list[str | None], idx: list[int], author: str | None
) -> str | None:
    """The author box at the article's end: "X is a historian ..." and name lines above."""
    tail = [i for i in idx if labels[i] in (None, "boilerplate")]
    found: str | None = None
    k = len(idx) - 1
    while k >= 0:
        i = idx[k]
        s = lines[i].text
        if labels[i] == "boilerplate":
            k -= 1
            continue
        if labels[i] is not None or i not in tail:
            break
        m = _BIO.match(s)
        is_name = _name_like(s) and (found is not None or s == author) and len(s.split()) <= 4
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


def _caption(lines: list[_Line], i: int) -> bool:
    s = lines[i].text
    if len(s) > 400:
        return False
    if cue("caption", s):
        return True
    alone = (i == 0 or not lines[i - 1].text) and (i + 1 >= len(lines) or not lines[i + 1].text)
    # A lone one-sentence line ending in a full date is a news photo caption.
    return alone and bool(_ENDS_DATE.search(s)) and s.count(". ") == 0
