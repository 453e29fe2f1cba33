"""PLOVER's ``context`` field: the topic an event's sentence evidently concerns.

PLOVER splits CAMEO's sub-categories into event, mode and context ("what, how, why") and lists
the contexts (military, economic, humanitarian, election, ...). parley gives an event the
contexts whose cue words (``data/contexts.tsv``) occur in the event's own sentence, plus the one
its mode implies (AID:military is military), so a context is always evident from the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from parley.events.tables import data_path, read_tsv

#: Modes that say the context themselves.
_MODE_CONTEXT = {"military": "military", "humanitarian": "humanitarian",
                 "economic": "economic", "asylum": "migration"}


class ContextCues:
    """Cue words of each PLOVER context, matched on the lemmas of a sentence.

    Args:
        path: The cue file (``data/contexts.tsv`` by default).
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.single: dict[str, str] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for _, row in read_tsv(path or data_path("contexts.tsv"), ("cue", "context")):
            words = tuple(row["cue"].lower().split())
            if len(words) == 1:
                self.single[words[0]] = row["context"]
            else:
                self.phrases.setdefault(words[0], []).append((words, row["context"]))

    def of(self, lemmas: Sequence[str], mode: str | None = None) -> str | None:
        """The contexts evident in a sentence, comma-separated in PLOVER's order of
        discovery, or None.

        Args:
            lemmas: Lower-case lemmas of the sentence's tokens, in order.
            mode: The event's mode, when it implies a context.
        """
        found: list[str] = []
        if mode in _MODE_CONTEXT:
            found.append(_MODE_CONTEXT[mode])
        for i, lemma in enumerate(lemmas):
            for words, context in self.phrases.get(lemma, ()):
                if tuple(lemmas[i:i + len(words)]) == words:
                    found.append(context)
            if lemma in self.single:
                found.append(self.single[lemma])
        return join(found)


def join(contexts: Iterable[str]) -> str | None:
    """Contexts without repeats, comma-separated; None for none."""
    unique = list(dict.fromkeys(contexts))
    return ",".join(unique) if unique else None


__all__ = ["ContextCues", "join"]
