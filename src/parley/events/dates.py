"""Time expressions in raw sentence text, resolved to ISO dates at the precision the text supports.

Runs before (and without) parsing: pure regular expressions over the sentence string, so it is
cheap enough to call on every sentence. A :class:`DateResolver` walks a document's sentences in
order and keeps the narrative state (the latest explicit date told) that year-less dates ("on
March 10") and narrative-relative ones ("two days later") are anchored on (EVENTS.md section 4).

Precision is never claimed finer than the words give: "in early April" is ``2022-04``, "a few
weeks later" is a month, "last week" is the month of that week.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateResolver", "TimeExpr", "find_dates"]

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
# A year-less month this far past the publication month is read as last year's (see _year_for).
_FUTURE_MONTHS = 3

# Closed-class calendar words (not a lexicon to grow): English month and weekday names.
_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a few": 3, "a couple of": 2, "several": 3, "some": 3,
}  # fmt: skip
_VAGUE_COUNTS = frozenset(("a few", "several", "some"))
# Season -> (first month, last month) in the northern-hemisphere calendar the seeds use.
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}

# Month names are matched capitalised only, so the verb "march" and the modal "may" never count;
# abbreviations must end at a non-letter so "Mar" does not eat "Marseille".
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![A-Za-z]))"
)
_YEAR = r"(?:19|20)\d\d(?![\d])"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d]|[.,]\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\ few|a\ couple\ of|several|some|\d{1,2})"
_UNIT = r"(?:days?|weeks?|months?|years?)"
# Modifiers that keep the precision of what they modify ("early March" is still March).
_MOD = r"(?:[Ee]arly|[Ll]ate|[Mm]id-?|the\ (?:end|beginning|start|middle|first\ half|second\ half)\ of)"
# One date inside a range: "February 2022", "March 10, 2022", "10 March 2022", "2014", "March".
_SUBDATE = rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?|{_MONTH},?\s+{_YEAR}|{_YEAR}|{_MONTH})"

# Every form starts at the start of a word; testing that first spares trying each form at
# every character (about 4x faster on a sentence with dates).
_MASTER = re.compile(
    rf"""
    \b(?=\w)(?:
    (?P<range>\b(?:[Ff]rom|[Bb]etween)\s+(?P<r1>{_SUBDATE})\s*(?:to|until|till|through|and|[-–—])\s*(?P<r2>{_SUBDATE}))
  | (?P<iso>\b(?:19|20)\d\d-[01]\d-[0-3]\d\b)
  | (?P<yrange>\b{_YEAR}\s*[-–]\s*(?:{_YEAR}|\d\d(?![\d])))
  | (?P<num>\b\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d\b)
  | (?P<mdy>(?:(?P<mdy_wd>{_WEEKDAY}),?\s+)?(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY})(?:,?\s+(?P<mdy_y>{_YEAR}))?)
  | (?P<dmy>\b(?P<dmy_d>{_DAY})\s+(?:of\s+)?(?P<dmy_m>{_MONTH})(?:,?\s+(?P<dmy_y>{_YEAR}))?)
  | (?P<my>(?:(?P<my_mod>{_MOD})\s*)?(?P<my_m>{_MONTH}),?\s+(?:of\s+)?(?P<my_y>{_YEAR}))
  | (?P<season>(?:(?P<se_mod>[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?(?P<se_name>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+of)?,?\s+(?P<se_y>{_YEAR}))
  | (?P<rseason>\b(?P<rs_rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<rs_name>spring|summer|autumn|fall|winter)\b)
  | (?P<rmonth>\b(?P<rm_rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<rm_m>{_MONTH}))
  | (?P<decade>\b(?:the\s+)?(?:19|20)\d0s\b)
  | (?P<later>\b(?i:(?P<la_n>{_NUM})\s+(?P<la_u>{_UNIT})\s+(?:later|afterwards?)|(?P<la_b>days|weeks|months|years|hours|minutes)\s+later|the\s+(?:next|following)\s+(?P<la_nx>day|week|month|year))\b)
  | (?P<earlier>\b(?i:(?P<ea_n>{_NUM})\s+(?P<ea_u>{_UNIT})\s+earlier)\b)
  | (?P<ago>\b(?i:(?P<ago_n>{_NUM})\s+(?P<ago_u>{_UNIT})\s+ago)\b)
  | (?P<rel>\b(?i:(?P<rel_ly>earlier|later)\s+)?(?P<rel_w>(?i:[Ll]ast|[Tt]his|[Nn]ext))\s+(?P<rel_u>week|month|year)\b)
  | (?P<weekend>\b(?:(?:[Ll]ast|[Tt]his|[Tt]he)\s+weekend|(?:[Aa]t|[Oo]ver)\s+the\s+weekend)\b)
  | (?P<today>\b(?:[Yy]esterday|[Tt]oday|[Tt]onight)\b)
  | (?P<ymod>(?P<ymod_mod>{_MOD})\s*(?P<ymod_y>{_YEAR}))
  | (?P<mmod>(?P<mmod_mod>{_MOD})\s*(?P<mmod_m>{_MONTH}))
  | (?P<month>{_MONTH})
  | (?P<weekday>\b{_WEEKDAY}\b)
  | (?P<year>(?<![\d$€£.,/-])\b{_YEAR}(?![.,]\d))
    )""",
    re.VERBOSE,
)

# A cheap first look: sentences without any of these cannot hold a time expression, and most
# sentences have none, so the big pattern runs only on the few that do.
_TRIGGER = re.compile(
    r"\b(?=\w)(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|[Yy]esterday|[Tt]oday|[Tt]onight|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter"
    r"|week|month|year|day|[Hh]ours|[Mm]inutes)"
)
_SUBPARSE = re.compile(
    rf"(?:(?P<m>{_MONTH})\s+(?P<md>{_DAY})|(?P<dd>{_DAY})\s+(?P<dm>{_MONTH})|(?P<mo>{_MONTH}))?,?\s*(?P<y>{_YEAR})?"
)

# Words that keep a year from naming a thing: "in 2019", "by 2018 that ...", "for 2022 is".
_YEAR_PREPS = frozenset((
    "in", "on", "at", "since", "by", "from", "to", "until", "till", "between", "during", "before",
    "after", "of", "for", "around", "circa", "about", "than", "through", "as", "early", "late",
    "mid", "year", "and", "or", "within", "throughout",
))  # fmt: skip
# Words after a year that show it is not a modifier of a noun.
_NOT_NOUNS = frozenset((
    "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "when", "while", "where",
    "as", "to", "in", "on", "at", "by", "for", "of", "with", "from", "the", "a", "an", "is", "was",
    "were", "are", "be", "been", "has", "had", "have", "will", "would", "could", "should", "can",
    "may", "might", "did", "do", "does", "it", "he", "she", "they", "we", "i", "you", "this",
    "these", "those", "there", "then", "so", "if", "than", "not", "also", "after", "before",
    "until", "since", "up", "into", "onto",
))  # fmt: skip
# Quantities that look like years: "2000 troops", "1,500 km" is already excluded by the comma.
_UNIT_WORDS = frozenset((
    "troops", "soldiers", "people", "men", "women", "children", "civilians", "km", "kilometres",
    "kilometers", "miles", "metres", "meters", "tons", "tonnes", "barrels", "dollars", "euros",
    "percent", "per", "cent", "mw", "gw", "kg", "units", "pieces", "tanks",
))  # fmt: skip
# Words that make a lone month name a date ("in May", "by April", "that March").
_MONTH_PREPS = frozenset((
    "in", "by", "since", "until", "till", "during", "before", "after", "through", "from", "to",
    "of", "that", "this", "early", "late", "mid", "end", "beginning", "start", "middle",
))  # fmt: skip
_FULL_MONTH_HEADS = frozenset((
    "Janu", "Febr", "Marc", "Apri", "June", "July", "Augu", "Sept", "Octo", "Nove", "Dece",
))  # fmt: skip
# At most three words before a date that opens its sentence: "In 2019,", "Then, in early March".
_FRONTED = re.compile(r"[\W_]*(?:[A-Za-z’'-]+[\s,]+){0,3}$")
_YEAR_CHAIN_BEFORE = re.compile(r"(?:19|20)\d\d\s*(?:,|and|or|&)\s*$")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'.-]*)\s*$")
_WORD_AFTER = re.compile(r"\s*(?:(?:,|and|or|&)\s*(?:19|20)\d\d\s*)*([A-Za-z][\w’'-]*)?")


# What a form's handler gives: the point, its source, its kind, and a range's end; None to skip.
_Resolved = tuple["_Point", str, str, "_Point | None"] | None


@dataclass(slots=True)
class TimeExpr:
    """One time expression found in a sentence.

    Attributes:
        start: Character offset in the sentence text plus the ``offset`` given to ``resolve``.
        end: Offset just past the expression.
        text: The words as written.
        value: ISO date at its precision ("2022-02-24", "2022-04", "2019").
        precision: "day", "month" or "year".
        source: "text" (fully given), "narrative" (year or anchor from earlier text),
            "publication" (relative to, or year from, the publication date).
        kind: "absolute", "month", "year", "yearless", "relative", "season", "range", "decade".
        range_end: The end of a range ("from 2014 to 2021"); ``value`` is its start.
        attributive: The year modifies a noun ("the 1972 ABM treaty"): it names a thing and
            does not date the sentence's act, so it leaves the narrative unchanged.
    """

    start: int
    end: int
    text: str
    value: str
    precision: str
    source: str
    kind: str
    range_end: str | None = None
    attributive: bool = False


@dataclass(slots=True)
class _Point:
    """A resolved calendar point with its precision (internal anchor of the narrative)."""

    year: int
    month: int = 1
    day: int = 1
    precision: str = "year"

    def iso(self) -> str:
        if self.precision == "day":
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def as_date(self) -> date:
        # A month or year point is taken at its middle so that adding weeks stays inside it.
        if self.precision == "day":
            return date(self.year, self.month, self.day)
        if self.precision == "month":
            return date(self.year, self.month, 15)
        return date(self.year, 7, 1)


#: Words of a plan or an obligation that make "by <date>" a deadline.
_FUTURE_CUE = re.compile(r"\b(?:will|would|must|shall|should|'ll|(?:is|are|was|were) (?:due |expected |supposed )?to|"
                         r"plans?|planned|deadline|expected|due)\b", re.I)

#: "since" just before a date (with an optional "early"/"late"/"mid-").
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)

#: A deadline's preposition just before a date.
_DEADLINE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$", re.I)


def _earlier(a: _Point, b: _Point) -> bool:
    """True when ``a`` lies before ``b`` at the precision both share ("24 February 2022" is
    before "July 22, 2022"; "2022" is not before "2022-07")."""
    rank = min(_PRECISION_RANK[a.precision], _PRECISION_RANK[b.precision])
    ka = (a.year, a.month, a.day)[: rank + 1]
    kb = (b.year, b.month, b.day)[: rank + 1]
    return ka < kb


def _coarser(a: str, b: str) -> str:
    return a if _PRECISION_RANK[a] <= _PRECISION_RANK[b] else b


def _month_number(word: str) -> int:
    return _MONTH_NUMBERS[word[:3].lower()]


def _day_number(word: str) -> int:
    return int(word.rstrip("stndrh"))


def _point(year: int, month: int = 1, day: int = 1, precision: str = "year") -> _Point | None:
    """A point, or None when the calendar has no such day (February 30)."""
    if precision == "day":
        try:
            date(year, month, day)
        except ValueError:
            return None
    return _Point(year, month, day, precision)


def _from_date(d: date, precision: str) -> _Point:
    return _Point(d.year, d.month, d.day, precision)


def _add_months(p: _Point, months: int) -> _Point:
    index = p.year * 12 + p.month - 1 + months
    return _Point(index // 12, index % 12 + 1, 1, "month")


def _parse_published(published: str | None) -> _Point | None:
    if not published:
        return None
    m = re.match(r"((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", published.strip())
    if not m:
        return None
    if m.group(3):
        return _point(int(m.group(1)), int(m.group(2)), int(m.group(3)), "day")
    if m.group(2):
        return _Point(int(m.group(1)), int(m.group(2)), 1, "month")
    return _Point(int(m.group(1)))


def _is_attributive(text: str, start: int, end: int) -> bool:
    """Whether a bare year modifies a noun ("the 2016 elections", "his famous 1997 book")."""
    chained = _YEAR_CHAIN_BEFORE.search(text[max(0, start - 12) : start])
    if chained is not None:  # "the 2016 and 2018 elections": the second year goes with the first
        first_end = start - len(chained.group(0)) + 4
        return _is_attributive(text, first_end - 4, first_end)
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if before is None or before.group(1).lower().rstrip(".") in _YEAR_PREPS:
        return False
    after = _WORD_AFTER.match(text, end)
    word = after.group(1) if after else None
    if not word:
        return False
    low = word.lower()
    return low not in _NOT_NOUNS and low not in _UNIT_WORDS


# Things numbered in four digits that look like years: "Resolution 1975", "Flight 2022".
_NUMBERED = frozenset((
    "resolution", "resolutions", "no", "no.", "number", "article", "flight", "route", "highway",
    "chapter", "section", "paragraph", "clause", "hill", "unit", "platform",
))  # fmt: skip


def _is_numbered(text: str, start: int) -> bool:
    """Whether a four-digit number is the number of a thing ("Resolution 1975")."""
    before = _WORD_BEFORE.search(text[max(0, start - 24) : start])
    return before is not None and before.group(1).lower() in _NUMBERED


def _is_quantity(text: str, end: int) -> bool:
    """Whether a four-digit number is a count of something ("2000 troops", "1990 km")."""
    after = re.match(r"\s*(%|[A-Za-z]+)", text[end : end + 16])
    return bool(after) and (after.group(1) == "%" or after.group(1).lower() in _UNIT_WORDS)


def _count_is_vague(word: str) -> bool:
    """Whether a count is a guess ("a few days later" is not a day the text gives)."""
    return " ".join(word.lower().split()) in _VAGUE_COUNTS


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


class DateResolver:
    """Resolves time expressions sentence by sentence in document order, keeping narrative state.

    Args:
        published: The document's publication date (ISO, any precision), when known.

    Example:
        >>> r = DateResolver()
        >>> [e.value for e in r.resolve("The treaty was signed on 3 May 2011.")]
        ['2011-05-03']
        >>> [e.value for e in r.resolve("Two days later it was ratified.")]
        ['2011-05-05']
    """

    def __init__(self, published: str | None = None) -> None:
        self._published = _parse_published(published)
        self._anchor: _Point | None = None
        self._sentence_anchor: _Point | None = None
        self._narrative: TimeExpr | None = None
        #: The last date told in the sentence being resolved ("later" counts from it).
        self._told: _Point | None = None
        self._since = False

    def anchor_on(self, value: str, precision: str, text: str = "") -> None:
        """Move the narrative to a date found another way (an event told earlier that the
        text now uses as a landmark: "four days before the invasion").

        Args:
            value: ISO date at its precision.
            precision: "day", "month" or "year".
            text: The words that gave it.
        """
        parts = [int(x) for x in value.split("-")]
        point = _point(*parts, precision=precision)
        if point is None:
            return
        self._anchor = point
        self._narrative = TimeExpr(-1, -1, text, point.iso(), precision, "narrative", "event")

    @property
    def narrative(self) -> TimeExpr | None:
        """The latest explicit (non-attributive) date told so far, at its precision."""
        return self._narrative

    def resolve(self, text: str, offset: int = 0) -> list[TimeExpr]:
        """All time expressions of one sentence, in order; updates the narrative state.

        Args:
            text: The sentence text.
            offset: Added to every start/end (the sentence's offset in its page).

        Returns:
            The expressions that could be resolved; a year-less one with no year anywhere to take
            it from is left out rather than given an invented year.
        """
        if _TRIGGER.search(text) is None:
            return []
        found: list[TimeExpr] = []
        self._sentence_anchor = None
        self._told = None
        for m in _MASTER.finditer(text):
            resolved = self._resolve_match(m, text)
            if resolved is None:
                continue
            expr, anchor = resolved
            if anchor is not None and not expr.attributive:
                self._told = anchor
            # ("A week earlier, the council had voted ...": a look back, after which the story
            # goes on where it was.)
            moves = anchor is not None and not expr.attributive and m.lastgroup != "earlier" and (
                self._moves(anchor, text, m))
            expr.start += offset
            expr.end += offset
            found.append(expr)
            if moves:
                self._anchor = anchor
                self._narrative = expr
                self._sentence_anchor = anchor
        return found

    def _moves(self, anchor: _Point, text: str, m: re.Match[str]) -> bool:
        """Whether a date moves the narrative on.

        A jump back in time told inside the sentence ("... it does not compare with the
        bombing of Iraq in 2003") is a digression: the story's later "on February 28" still
        belongs to the main timeline. A jump back that opens the sentence ("In 2019, ...")
        sets a new scene and does move it. A year after publication never moves it.
        """
        pub = self._published
        if pub is not None and anchor.year > pub.year:
            return False  # a target year ("by 2030") is a plan, not the story's timeline
        if pub is not None and _earlier(pub, anchor):
            return False  # "will withdraw by October 1" after an August report: a plan
        if _DEADLINE.search(text, 0, m.start()) and _FUTURE_CUE.search(text):
            # "will withdraw by October 1": a deadline (but "By December 2021, there was no
            # dialogue" sets the scene).
            return False
        if self._sentence_anchor is not None and _earlier(anchor, self._sentence_anchor):
            # Back in time within one sentence ("signed on Friday ... since Russia invaded on
            # 24 February"): a digression, the sentence's story stays where it was.
            return False
        if self._anchor is None or anchor.year >= self._anchor.year:
            return True
        return _FRONTED.match(text, 0, m.start()) is not None

    # -- one match -------------------------------------------------------------------------

    def _resolve_match(self, m: re.Match[str], text: str) -> tuple[TimeExpr, _Point | None] | None:
        kind = m.lastgroup
        handler = getattr(self, f"_do_{kind}")
        # "Since December, ... has blocked": a time since which something has gone on is past.
        self._since = _SINCE.search(text, 0, m.start(kind)) is not None
        out = handler(m, text)
        if out is None:
            return None
        point, source, expr_kind, extra = out
        start, end = m.span(kind)
        expr = TimeExpr(
            start, end, text[start:end], point.iso(), point.precision, source, expr_kind
        )
        anchor: _Point | None = point
        if extra is not None:  # a range: value is the start, the narrative moves to its end
            expr.range_end = extra.iso()
            anchor = extra
        if expr_kind == "decade":
            anchor = None  # a decade names no single year to anchor "on March 10" on
        named = (expr_kind == "year" and m.group("year")) or (
            expr_kind == "range" and kind == "yrange")
        if named and _is_attributive(text, start, end):
            # (A span of years names a thing as a year does: "the 1991-1995 conflict".)
            expr.attributive = True
        return expr, anchor

    def _year_for(self, month: int) -> tuple[int, str] | None:
        """The year for a year-less date in ``month``: the narrative's, else the publication's.

        From the publication date, a month more than three months after it is taken from the
        year before: news tells the past, and "on December 20" in a January article is the
        December just gone, not one eleven months ahead.
        """
        pub = self._published
        # Months ahead of the publication that a year-less month may still mean: none for a
        # "since" (the past), a few otherwise (plans: "talks in December").
        ahead = 0 if self._since else _FUTURE_MONTHS
        if self._anchor is not None:
            # A narrative still in the publication year cannot reach past the publication
            # month: "since December" in a September report is last December.
            if (pub is not None and pub.precision != "year" and self._anchor.year == pub.year
                    and month > pub.month + ahead):
                return pub.year - 1, "narrative"
            if (pub is not None and pub.precision != "year" and self._anchor.year < pub.year
                    and self._anchor.precision != "year" and month < self._anchor.month
                    and (self._anchor.year + 1, month) <= (pub.year, pub.month)):
                # "froze its assets in November 1979 ... and in April he broke off relations",
                # told in 1981: a month before the narrative's, which the next year still
                # reaches before the publication, is that next year's.
                return self._anchor.year + 1, "narrative"
            return self._anchor.year, "narrative"
        if pub is None:
            return None
        if pub.precision != "year" and month > pub.month + ahead:
            return pub.year - 1, "publication"
        return pub.year, "publication"

    def _parse_sub(self, s: str) -> tuple[_Point, bool] | None:
        """Parse one side of a range; the flag says whether it gave its own year."""
        m = _SUBPARSE.fullmatch(s.strip())
        if m is None:
            return None
        year = int(m.group("y")) if m.group("y") else None
        if m.group("m"):
            month, day, prec = _month_number(m.group("m")), _day_number(m.group("md")), "day"
        elif m.group("dm"):
            month, day, prec = _month_number(m.group("dm")), _day_number(m.group("dd")), "day"
        elif m.group("mo"):
            month, day, prec = _month_number(m.group("mo")), 1, "month"
        else:
            month, day, prec = 1, 1, "year"
        if year is None:
            return (_Point(0, month, day, prec), False)
        p = _point(year, month, day, prec)
        return (p, True) if p else None

    def _do_range(self, m: re.Match[str], text: str) -> _Resolved:
        a, b = self._parse_sub(m.group("r1")), self._parse_sub(m.group("r2"))
        if a is None or b is None:
            return None
        (pa, a_has), (pb, b_has) = a, b
        source = "text"
        if not b_has:
            fallback = pa.year if a_has else None
            if fallback is None:
                got = self._year_for(pb.month)
                if got is None:
                    return None
                fallback, source = got
            pb.year = fallback
        if not a_has:
            pa.year = pb.year  # "from March to May 2021": the start shares the end's year
        if _point(pa.year, pa.month, pa.day, pa.precision) is None:
            return None
        if _point(pb.year, pb.month, pb.day, pb.precision) is None:
            return None
        return pa, source, "range", pb

    def _do_yrange(self, m: re.Match[str], text: str) -> _Resolved:
        first, second = re.split(r"\s*[-–]\s*", m.group("yrange"))
        start = int(first)
        end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
        if end <= start:  # "2014-12" is not a range of years; its year is still told
            return _Point(start), "text", "year", None
        return _Point(start), "text", "range", _Point(end)

    def _do_iso(self, m: re.Match[str], text: str) -> _Resolved:
        y, mo, d = (int(x) for x in m.group("iso").split("-"))
        p = _point(y, mo, d, "day")
        return (p, "text", "absolute", None) if p else None

    def _do_num(self, m: re.Match[str], text: str) -> _Resolved:
        a, b, y = (int(x) for x in m.group("num").split("/"))
        # Only unambiguous numeric dates: one side must be above 12 (or both equal).
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        elif a == b:
            day = month = a
        else:  # "03/04/2022" is March or April by convention: keep only the year it tells
            return _Point(y), "text", "year", None
        p = _point(y, month, day, "day")
        return (p, "text", "absolute", None) if p else None

    def _dated(self, month_word: str, day_word: str, year_word: str | None) -> _Resolved:
        month, day = _month_number(month_word), _day_number(day_word)
        if year_word:
            p = _point(int(year_word), month, day, "day")
            return (p, "text", "absolute", None) if p else None
        got = self._year_for(month)
        if got is None:
            return None
        p = _point(got[0], month, day, "day")
        return (p, got[1], "yearless", None) if p else None

    def _do_mdy(self, m: re.Match[str], text: str) -> _Resolved:
        return self._dated(m.group("mdy_m"), m.group("mdy_d"), m.group("mdy_y"))

    def _do_dmy(self, m: re.Match[str], text: str) -> _Resolved:
        return self._dated(m.group("dmy_m"), m.group("dmy_d"), m.group("dmy_y"))

    def _do_my(self, m: re.Match[str], text: str) -> _Resolved:
        p = _Point(int(m.group("my_y")), _month_number(m.group("my_m")), 1, "month")
        return p, "text", "month", None

    def _do_season(self, m: re.Match[str], text: str) -> _Resolved:
        return _Point(int(m.group("se_y"))), "text", "season", None

    def _do_rseason(self, m: re.Match[str], text: str) -> _Resolved:
        pub = self._published
        if pub is None or pub.precision == "year":
            return None
        first, last = _SEASONS[m.group("rs_name").lower()]
        now = pub.year * 12 + pub.month - 1
        # A season is named by the year of its first month (winter 2021 = Dec 2021 - Feb 2022).
        spans = []
        for year in range(pub.year - 3, pub.year + 3):
            begin = year * 12 + first - 1
            spans.append((year, begin, begin + (last - first) % 12))
        rel = m.group("rs_rel").lower()
        if rel == "last":
            year = max(y for y, _b, e in spans if e < now)
        elif rel == "next":
            year = min(y for y, b, _e in spans if b > now)
        else:
            year = min(y for y, _b, e in spans if e >= now)
        return _Point(year), "publication", "season", None

    def _do_rmonth(self, m: re.Match[str], text: str) -> _Resolved:
        # "last May" in a March 2020 report is May 2019; "next March" the coming one.
        pub = self._published
        if pub is None or pub.precision == "year":
            return None
        month = _month_number(m.group("rm_m"))
        rel = m.group("rm_rel").lower()
        if rel == "last":
            year = pub.year if month < pub.month else pub.year - 1
        elif rel == "next":
            year = pub.year if month > pub.month else pub.year + 1
        else:
            year = pub.year
        return _Point(year, month, 1, "month"), "publication", "relative", None

    def _do_decade(self, m: re.Match[str], text: str) -> _Resolved:
        decade = re.search(r"\d{4}", m.group("decade")).group(0)
        return _Point(int(decade)), "text", "decade", None

    def _do_later(self, m: re.Match[str], text: str) -> _Resolved:
        # "An attack on December 27 killed ..., and two days later US aircraft struck": later
        # than the date the sentence has just told, even one that did not move the story.
        anchor = self._told or self._anchor
        if anchor is None:
            return None
        if m.group("la_nx"):
            n, unit = 1, m.group("la_nx").lower()
        elif (m.group("la_b") or "").lower() in ("hours", "minutes"):
            return anchor, "narrative", "relative", None  # "Hours later": the same day
        elif m.group("la_b"):
            n, unit = 3, m.group("la_b").lower()  # "weeks later": a few
        else:
            n, unit = _count(m.group("la_n")), m.group("la_u").lower()
        vague = bool(m.group("la_b")) or _count_is_vague(m.group("la_n") or "")
        return (
            self._shift(anchor, n, unit, vague=vague),
            "narrative",
            "relative",
            None,
        )

    def _shift(self, anchor: _Point, n: int, unit: str, vague: bool = False) -> _Point:
        """Move a point by n units, keeping no finer precision than the words or the anchor give."""
        unit = unit.rstrip("s")
        if unit == "year":
            return _Point(anchor.year + n)
        if unit == "month":
            if anchor.precision == "year":
                return _Point(anchor.year + n // 12)
            return _add_months(anchor, n)
        days = n * 7 if unit == "week" else n
        moved = anchor.as_date() + timedelta(days=days)
        precision = "month" if unit == "week" or vague else "day"
        precision = _coarser(precision, anchor.precision)
        return _from_date(moved, precision)

    def _do_earlier(self, m: re.Match[str], text: str) -> _Resolved:
        # "rejected the decision; a month earlier it had declared the truce over": earlier
        # than the date the sentence or the story has told, else than the publication.
        anchor, source = self._told or self._anchor, "narrative"
        if anchor is None:
            anchor, source = self._published, "publication"
        if anchor is None:
            return None
        n, unit = _count(m.group("ea_n")), m.group("ea_u").lower()
        vague = _count_is_vague(m.group("ea_n"))
        return self._shift(anchor, -n, unit, vague=vague), source, "relative", None

    def _do_ago(self, m: re.Match[str], text: str) -> _Resolved:
        pub = self._published
        if pub is None:
            return None
        n, unit = _count(m.group("ago_n")), m.group("ago_u").lower()
        vague = _count_is_vague(m.group("ago_n"))
        return self._shift(pub, -n, unit, vague=vague), "publication", "relative", None

    def _do_rel(self, m: re.Match[str], text: str) -> _Resolved:
        pub = self._published
        if pub is None:
            return None
        step = {"last": -1, "this": 0, "next": 1}[m.group("rel_w").lower()]
        unit = m.group("rel_u").lower()
        if unit == "year":
            return _Point(pub.year + step), "publication", "relative", None
        if unit == "month":
            if pub.precision == "year":
                return None
            return _add_months(pub, step), "publication", "relative", None
        if pub.precision != "day":
            return None
        # A week is told at the month of its day: the week's own dates are not in the words.
        return (
            _from_date(pub.as_date() + timedelta(days=7 * step), "month"),
            "publication",
            "relative",
            None,
        )

    def _do_weekend(self, m: re.Match[str], text: str) -> _Resolved:
        pub = self._published
        if pub is None or pub.precision != "day":
            return None
        # The weekend just gone (its Saturday), told at its month like "last week": which of
        # its two days is not in the words.
        day = pub.as_date()
        saturday = day - timedelta(days=(day.weekday() - 5) % 7)
        if m.group(0).lower().startswith("last") and day.weekday() >= 5:
            saturday -= timedelta(days=7)
        return _from_date(saturday, "month"), "publication", "relative", None

    def _do_today(self, m: re.Match[str], text: str) -> _Resolved:
        pub = self._published
        if pub is None or pub.precision != "day":
            return None
        back = 1 if m.group("today").lower() == "yesterday" else 0
        return (
            _from_date(pub.as_date() - timedelta(days=back), "day"),
            "publication",
            "relative",
            None,
        )

    def _do_weekday(self, m: re.Match[str], text: str) -> _Resolved:
        pub = self._published
        if pub is None or pub.precision != "day":
            return None
        wanted = _WEEKDAYS.index(m.group("weekday").lower())
        pub_date = pub.as_date()
        # The latest such weekday on or before publication: news tells past acts by weekday.
        back = (pub_date.weekday() - wanted) % 7
        if back == 0 and text[:m.start()].rstrip().lower().endswith("last"):
            # "Last Saturday" in a Saturday's report is a week before it.
            back = 7
        return _from_date(pub_date - timedelta(days=back), "day"), "publication", "relative", None

    def _do_ymod(self, m: re.Match[str], text: str) -> _Resolved:
        return _Point(int(m.group("ymod_y"))), "text", "year", None

    def _month_only(self, month_word: str, text: str = "", start: int = 0) -> _Resolved:
        month = _month_number(month_word)
        got = self._year_for(month)
        if got is None:
            return None
        year, source = got
        pub = self._published
        if pub is not None and pub.precision != "year" and year == pub.year and (
                month < pub.month) and _FUTURE_CUE.search(text, max(0, start - 40), start):
            # "are due to meet again in late January", in a December report: the January to
            # come, not the one gone (and no scene the story's later acts are dated by).
            year += 1
        return _Point(year, month, 1, "month"), source, "yearless", None

    def _do_mmod(self, m: re.Match[str], text: str) -> _Resolved:
        return self._month_only(m.group("mmod_m"), text, m.start())

    def _do_month(self, m: re.Match[str], text: str) -> _Resolved:
        word = m.group("month")
        before = _WORD_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
        prep = before is not None and before.group(1).lower() in _MONTH_PREPS
        # "May" alone is the modal verb and a bare abbreviation may be a name: both need "in", "by"...
        if not prep and (word == "May" or word[:4] not in _FULL_MONTH_HEADS):
            return None
        return self._month_only(word, text, m.start())

    def _do_year(self, m: re.Match[str], text: str) -> _Resolved:
        if _is_quantity(text, m.end("year")) or _is_numbered(text, m.start("year")):
            return None
        return _Point(int(m.group("year"))), "text", "year", None


def find_dates(text: str, published: str | None = None) -> list[TimeExpr]:
    """All time expressions of one text, read with a fresh :class:`DateResolver`.

    Args:
        text: Any text (one sentence or several).
        published: The publication date (ISO), when known.

    Returns:
        The resolved expressions in order.
    """
    return DateResolver(published).resolve(text)
