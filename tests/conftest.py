"""Fixtures shared by the model-free rule tests."""

from __future__ import annotations

import pytest
import spacy

from parley.events.coder import Coder


@pytest.fixture(scope="session")
def coder() -> Coder:
    """A coder over a blank English pipeline: the rule tests hand it parses built by hand
    (``docbuild``), so no model is loaded."""
    return Coder(spacy.blank("en"))
