"""parley: news and commentary about conflicts, coded into a sourced, dated record of who did
what to whom (PLOVER events with CAMEO codes, the event's own date, status and attribution).

The pipeline, stage by stage: ``read`` -> ``pages`` -> ``nlp`` -> ``events`` -> ``store``,
with ``export``, ``evaluate`` and ``timeline`` on top, and ``cli`` over all of it.

Example:
    >>> from parley import load_options, code_paths
    >>> summary = code_paths(["examples/"], load_options())
"""

from parley.config import Options, load_options
from parley.errors import ParleyError
from parley.evaluate import score_events
from parley.events import CODER_VERSION, Coder
from parley.export import plover_record, write_events
from parley.nlp import load_nlp
from parley.pages import segment
from parley.pipeline import Pipeline, RunSummary, code_paths
from parley.read import read_inputs
from parley.records import (
    Attribution,
    Comment,
    Document,
    Entity,
    EventMention,
    Page,
    Part,
    Problem,
    Sentence,
)
from parley.store import Store

__version__ = "0.1.0"

__all__ = [
    "CODER_VERSION",
    "Attribution",
    "Coder",
    "Comment",
    "Document",
    "Entity",
    "EventMention",
    "Options",
    "Page",
    "ParleyError",
    "Part",
    "Pipeline",
    "Problem",
    "RunSummary",
    "Sentence",
    "Store",
    "__version__",
    "code_paths",
    "load_nlp",
    "load_options",
    "plover_record",
    "read_inputs",
    "score_events",
    "segment",
    "write_events",
]
