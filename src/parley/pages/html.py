"""The HTML page segmenter: article through trafilatura, comment tree from the DOM.

trafilatura finds the article text well but flattens comment threads and drops the
commenters' names, and with comments switched off some comment words still reach the body.
So the comment lists (WordPress ``ol.comment-list`` / ``ul.children`` / ``cite.fn``, Disqus
``li.post``, generic nested ``ul.comments``), captions, bylines, standfirsts and author boxes
are read from the DOM first and cut out of the tree trafilatura sees. The page text is
composed from the pieces: title, standfirst, byline, body paragraphs, captions, bio, then the
comments (a header line with the author, then the text; replies after their parent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from lxml import etree

from parley.pages._cues import addressee, build_parts, cue, infer_authors, iso_date
from parley.pages.text import segment_text
from parley.records import Comment, Document, Page

_LIST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:comment-?list|comments|post-list|comment-thread|commentlist)(?:$|\s)",
    re.IGNORECASE,
)
_THREAD_ID = re.compile(r"^(?:comments|disqus_thread|post-list|comment-list)$", re.IGNORECASE)
_ITEM_CLASS = re.compile(
    r"(?:^|\s)(?:comment|post|comment-item|reader-comment)(?:$|\s)", re.IGNORECASE
)
_CHILDREN_CLASS = re.compile(
    r"(?:^|\s)(?:children|replies|post-children|comment-replies)(?:$|\s)", re.IGNORECASE
)
_NOT_ITEM_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "form", "nav", "button", "script"})
_AUTHOR_CLASS = re.compile(
    r"(?:^|\s)(?:fn|author|comment-author|username|user-name|user|name|commenter)(?:$|\s)",
    re.IGNORECASE,
)
_META_CLASS = re.compile(
    r"meta|date|time|reply|action|vote|footer|permalink|avatar|edit|share|flag|moderation|says",
    re.IGNORECASE,
)
_PARENT_LINK = re.compile(r"parent-link|in-reply-to|reply-to", re.IGNORECASE)
_BYLINE_CLASS = re.compile(
    r"(?:^|\s)(?:byline|author-name|entry-author|post-author|article-author|dateline)(?:$|\s)",
    re.IGNORECASE,
)
_BIO_CLASS = re.compile(
    r"author-?bio|author-?box|about-?(?:the-)?author|author-description|(?:^|\s)bio(?:$|\s)",
    re.IGNORECASE,
)
_STANDFIRST_CLASS = re.compile(
    r"standfirst|(?:^|\s)dek(?:$|\s)|subtitle|subheadline|article-summary|(?:^|\s)lede(?:$|\s)|excerpt",
    re.IGNORECASE,
)
_DATE_CLASS = re.compile(
    r"(?:^|\s)(?:date|published|entry-date|post-date|posted-on|dateline)(?:$|\s)", re.IGNORECASE
)
_SPACE = re.compile(r"\s+")
_SITE_CLASS = re.compile(r"site|logo|brand|masthead", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_BY = re.compile(r"^(?:by|written by|posted by|words by)\s+", re.IGNORECASE)


@dataclass(slots=True)
class _CNode:
    author: str | None
    lines: list[str]
    addressee: str | None = None
    children: list[_CNode] = field(default_factory=list)


class _Composer:
    """Builds the page text line by line with a label and comment owner per line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.labels: list[str | None] = []
        self.owner: list[int] = []

    def block(self, lines: list[str], label: str, owner: int = -1) -> tuple[int, int]:
        if self.lines:
            self._add("", None, -1)
        first = len(self.lines)
        for line in lines:
            self._add(line, label, owner)
        return first, len(self.lines) - 1

    def _add(self, line: str, label: str | None, owner: int) -> None:
        self.lines.append(line)
        self.labels.append(label if line.strip() else None)
        self.owner.append(owner)


def segment_html(doc: Document) -> Page:
    """Cut an HTML page into labelled parts and a comment tree.

    Args:
        doc: The document; ``doc.html`` holds the page.

    Returns:
        The Page with a text composed from the DOM. Never raises: HTML that cannot be read
        falls back to its text content, segmented as plain text (or all body).
    """
    try:
        return _segment(doc)
    except Exception:  # hostile HTML must not stop a run; the fallback keeps the text
        return _fallback(doc)


def _segment(doc: Document) -> Page:
    html = doc.html or ""
    if not html.strip():
        return _fallback(doc)
    # lxml refuses str input that declares an encoding; the declaration says nothing here.
    tree = lxml.html.fromstring(_XML_DECL.sub("", html, count=1))
    etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    thread = _comment_tree(tree)
    captions = _take(tree, "//figcaption")
    bio = _take(tree, _class_xpath(_BIO_CLASS))
    standfirst = _take(tree, _class_xpath(_STANDFIRST_CLASS), limit=1)
    byline = _take(tree, _class_xpath(_BYLINE_CLASS) + " | //*[@rel='author']", limit=2)
    dates = _take(tree, "//time | " + _class_xpath(_DATE_CLASS), limit=1)
    byline = _merge_byline(byline, dates)
    title = _title(tree, doc.title)
    body = _body(tree)
    seen = {_key(t) for t in [title or "", *captions, *bio, *standfirst, *byline]}
    body = [b for b in body if _key(b) not in seen]

    comp = _Composer()
    if title:
        comp.block([title], "title")
    if standfirst:
        comp.block(standfirst, "standfirst")
    if byline:
        comp.block(byline, "byline")
    for para in body:
        comp.block([para], "boilerplate" if _chrome(para) else "body")
    for cap in captions:
        comp.block([cap], "caption")
    if bio:
        comp.block(bio, "bio")
    spans: list[tuple[int, int]] = []  # (first, last) composed line of each comment
    flat: list[tuple[_CNode, int | None]] = []
    _flatten(thread, None, flat)
    for n, (node, _) in enumerate(flat):
        lines = ([node.author] if node.author else []) + node.lines
        spans.append(comp.block(lines or ["[empty]"], "comment", owner=n))

    text = "\n".join(comp.lines)
    offsets = _line_spans(comp.lines)
    comments = _comments(flat, spans, offsets)
    author = _author(byline, bio)
    page = Page(
        doc_id=doc.id,
        text=text,
        parts=build_parts(offsets, comp.labels, comp.owner),
        comments=comments,
        author=author,
        published=_published(html, byline) or doc.published,
    )
    doc.text = doc.text or text
    return page


# ---------------------------------------------------------------- DOM helpers


def _chrome(line: str) -> bool:
    return any(
        cue(section, line)
        for section in ("boilerplate", "action", "form", "comments_header", "section")
    )


def _classes(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _class_xpath(pattern: re.Pattern[str]) -> str:
    # lxml's EXSLT regex lets one xpath find class or id by the same pattern the code uses.
    pat = pattern.pattern.replace("'", "")
    return f"//*[re:test(@class, '{pat}', 'i') or re:test(@id, '{pat}', 'i')]"


def _xpath(tree: etree._Element, path: str) -> list[etree._Element]:
    return tree.xpath(path, namespaces={"re": "http://exslt.org/regular-expressions"})


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


def _key(s: str) -> str:
    return _norm(s).casefold()


def _take(tree: etree._Element, path: str, limit: int = 20) -> list[str]:
    """Texts of the outermost elements a path finds, removed from the tree."""
    out: list[str] = []
    found = _xpath(tree, path)
    for el in found:
        if len(out) >= limit or any(a in found for a in el.iterancestors()):
            continue
        if el.getparent() is None:
            continue
        paras = [_norm(p.text_content()) for p in el.iter("p")] or [_norm(el.text_content())]
        out += [p for p in paras if p]
        _drop(el)
    return out


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _merge_byline(byline: list[str], dates: list[str]) -> list[str]:
    out = list(dict.fromkeys(byline))
    for d in dates:
        if d and all(d not in b for b in out):
            out.append(d)
    return out


def _title(tree: etree._Element, meta_title: str | None) -> str | None:
    # The article's own h1 first: a site logo is often an h1 too.
    heads = _xpath(tree, "//article//h1 | //main//h1") + [
        h for h in tree.iter("h1") if not _SITE_CLASS.search(_classes(h))
    ]
    for el in heads:
        t = _norm(el.text_content())
        if t:
            _drop(el)
            return t
    if meta_title:
        return _norm(meta_title)
    for el in tree.iter("title"):
        t = _norm(el.text_content())
        if t:
            return t
    return None


def _body(tree: etree._Element) -> list[str]:
    import trafilatura  # imported here: only HTML input pays for it

    html = lxml.html.tostring(tree, encoding="unicode")
    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, include_images=False, output_format="txt"
    )
    if not text:
        text = "\n".join(_norm(p.text_content()) for p in tree.iter("p"))
    return [_norm(line) for line in text.split("\n") if line.strip()]


# ---------------------------------------------------------------- comments


def _is_item(el: etree._Element) -> bool:
    """A comment element: a list item, or a block classed "comment" or "post"."""
    return isinstance(el.tag, str) and (
        el.tag == "li" or bool(_ITEM_CLASS.search(el.get("class") or ""))
    )


def _comment_tree(tree: etree._Element) -> list[_CNode]:
    """Find the outermost comment lists, read them as trees and cut them out of the page."""
    roots = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and not _is_item(el)
        and (_LIST_CLASS.search(el.get("class") or "") or _THREAD_ID.match(el.get("id") or ""))
    ]
    roots = [r for r in roots if not any(a in roots for a in r.iterancestors())]
    nodes: list[_CNode] = []
    for root in roots:
        items = {el for el in root.iter() if el is not root and _is_item(el)}
        if not items:
            # Unclassed blocks straight under the list: one comment each, no nesting.
            items = {el for el in root if isinstance(el.tag, str) and el.tag not in _NOT_ITEM_TAGS}
        kids, own = _ownership(root, items)
        nodes += [_read_item(el, kids, own, items) for el in kids.get(None, [])]
        _drop(root)
    # The comment form and "N Comments" headings are chrome; keep them out of the body.
    for box in _xpath(tree, "//*[re:test(@id, '^(comments|respond|disqus_thread)$', 'i')]"):
        _drop(box)
    return [n for n in nodes if n.lines or n.author or n.children]


def _ownership(
    root: etree._Element, items: set[etree._Element]
) -> tuple[dict[Any, list[etree._Element]], dict[Any, list[etree._Element]]]:
    """One pass over a comment list: each comment's replies and its own elements.

    Returns:
        ``kids``: comment (None for the list itself) -> its direct replies in page order;
        ``own``: comment -> the elements that belong to it and not to a nested reply.
    """
    owner_of: dict[Any, Any] = {root: None}
    kids: dict[Any, list[etree._Element]] = {}
    own: dict[Any, list[etree._Element]] = {}
    for el in root.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        owner = parent if parent in items else owner_of.get(parent)
        owner_of[el] = owner
        if el in items:
            kids.setdefault(owner, []).append(el)
        elif owner is not None:
            own.setdefault(owner, []).append(el)
    return kids, own


def _read_item(
    item: etree._Element,
    kids: dict[Any, list[etree._Element]],
    own_of: dict[Any, list[etree._Element]],
    items: set[etree._Element],
) -> _CNode:
    own = own_of.get(item, [])
    author = None
    for el in own:
        if el.tag == "cite" or _AUTHOR_CLASS.search(el.get("class") or ""):
            name = _norm(el.text_content())
            if name and len(name) <= 60:
                author = re.sub(r"\s+says:?$", "", name, flags=re.IGNORECASE)
                break
    to = None
    for el in own:
        if _PARENT_LINK.search(_classes(el)):
            to = _norm(el.text_content()).lstrip("@") or None
            break
    lines = [_norm(p.text_content()) for p in own if p.tag == "p" and not _in_meta(p, item)]
    if not any(lines):
        lines = [_own_text(item, items)]
    replies = [_read_item(k, kids, own_of, items) for k in kids.get(item, [])]
    return _CNode(author=author, lines=[x for x in lines if x], addressee=to, children=replies)


def _in_meta(el: etree._Element, item: etree._Element) -> bool:
    for anc in el.iterancestors():
        if anc is item:
            return False
        if _META_CLASS.search(_classes(anc)) or _AUTHOR_CLASS.search(anc.get("class") or ""):
            return True
    return False


def _own_text(el: etree._Element, items: set[etree._Element]) -> str:
    """A comment's own words: not its author, meta, or nested replies."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            skip = (
                child in items
                or child.tag in ("ul", "ol", "cite")
                or _META_CLASS.search(_classes(child))
                or _AUTHOR_CLASS.search(child.get("class") or "")
                or _CHILDREN_CLASS.search(child.get("class") or "")
            )
            if not skip:
                parts.append(_own_text(child, items))
        parts.append(child.tail or "")
    return _norm(" ".join(parts))


def _flatten(nodes: list[_CNode], parent: int | None, out: list[tuple[_CNode, int | None]]) -> None:
    for node in nodes:
        out.append((node, parent))
        _flatten(node.children, len(out) - 1, out)


def _comments(
    flat: list[tuple[_CNode, int | None]],
    spans: list[tuple[int, int]],
    offsets: list[tuple[int, int, int]],
) -> list[Comment]:
    ids: list[str] = []
    counts: dict[int | None, int] = {}
    for _node, parent in flat:
        counts[parent] = counts.get(parent, 0) + 1
        ids.append(("" if parent is None else ids[parent] + ".") + str(counts[parent]))
    handles = {n.author for n, _ in flat if n.author}
    out: list[Comment] = []
    for n, ((node, parent), (first, last)) in enumerate(zip(flat, spans, strict=True)):
        to = node.addressee
        if to is None and node.lines:
            to = addressee(node.lines[0], parent is not None, handles)
        out.append(
            Comment(
                id=ids[n],
                parent=None if parent is None else ids[parent],
                # The author line is the comment's first line but not its text: the
                # offsets start after it so it never runs into the first sentence.
                start=offsets[first + 1 if node.author and first < last else first][1],
                end=offsets[last][2],
                first_line=first + 1,
                last_line=last + 1,
                author=node.author,
                addressee=to,
                author_source="page" if node.author else None,
            )
        )
    infer_authors(out)
    return out


def _line_spans(lines: list[str]) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    pos = 0
    for no, line in enumerate(lines, start=1):
        out.append((no, pos, pos + len(line)))
        pos += len(line) + 1
    return out


# ---------------------------------------------------------------- metadata


def _author(byline: list[str], bio: list[str]) -> str | None:
    for line in byline:
        if _BY.match(line):
            name = _BY.sub("", line)
            return (
                re.split(r"\s*(?:/|\||,|–|—|\s-\s|\bon\b|\bpublished\b)\s*", name)[0].strip()
                or None
            )
    for line in byline:
        if 1 <= len(line.split()) <= 4 and not iso_date(line) and not re.search(r"\d", line):
            return line
    if bio:
        m = re.match(
            r"^((?:[A-Z][\w.'’\-]+\s+){1,3}[A-Z][\w.'’\-]+),?\s+(?:is|was|has|writes)\b", bio[0]
        )
        if m:
            return m.group(1)
    return None


def _published(html: str, byline: list[str]) -> str | None:
    try:
        import htmldate

        found = htmldate.find_date(html, original_date=True, extensive_search=False)
    except Exception:  # htmldate on hostile input: fall back to the byline
        found = None
    if found:
        return found
    for line in byline:
        d = iso_date(line)
        if d:
            return d
    return None


def _fallback(doc: Document) -> Page:
    """Text content of the HTML, as plain text; all body if even that fails."""
    html = doc.html or ""
    text = ""
    try:
        import trafilatura

        text = trafilatura.extract(html, include_comments=False) or ""
    except Exception:  # any failure: try the raw text content next
        text = ""
    if not text:
        try:
            text = lxml.html.fromstring(html).text_content() if html.strip() else ""
        except Exception:  # not even a DOM: strip tags by pattern
            text = re.sub(r"<[^>]*>", " ", html)
    text = "\n".join(_norm(line) for line in text.split("\n") if line.strip())
    if not text:
        text = doc.text or ""
    try:
        return segment_text(Document(id=doc.id, text=text, source=doc.source, title=doc.title))
    except Exception:  # last resort: every line is body
        spans = _line_spans(text.split("\n"))
        labels: list[str | None] = ["body" if ln.strip() else None for ln in text.split("\n")]
        return Page(doc_id=doc.id, text=text, parts=build_parts(spans, labels, [-1] * len(spans)))
