"""Event coding: PLOVER events with actors, status, dates and attribution, from parses.

Modules: ``actors`` (dictionaries), ``lexicon`` (verb/noun triggers and code tables),
``dates`` (time expressions), ``status`` (asserted/negated/hypothetical/future),
``attribution`` (who reports it), ``coder`` (role filling over the dependency parse).
"""

from parley.events.coder import CODER_VERSION, Coder

__all__ = ["CODER_VERSION", "Coder"]
