"""Event coding: PLOVER events with actors, status, dates and attribution, from parses.

Modules, in the order the data meets them: ``tables`` (data-file reader), ``actors``
(dictionaries), ``lexicon`` (verb/noun triggers and code tables), ``dates`` (time
expressions), ``syntax`` (small readings of the parse), ``status`` (asserted, negated,
hypothetical, future), ``attribution`` (who reports it), ``state`` (what a document carries),
``roles`` (role filling for one sentence), ``inference`` (intents, recipients of acts about
acts, the document's two parties), ``coder`` (the loop over a page's sentences).
"""

from parley.events.coder import CODER_VERSION, Coder

__all__ = ["CODER_VERSION", "Coder"]
