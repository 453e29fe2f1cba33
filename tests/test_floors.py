"""Model-free tests of how the quality floors move: up on their own, down only for a reason
that is kept with the values replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quality


@pytest.fixture
def floors_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"metrics": {
        "gsr": {"recall": 0.64, "direction_correct": 133},
        "dev": {"f1": 0.50, "status_errors": 1}}}), "utf-8")
    monkeypatch.setattr(quality, "FLOORS", path)
    monkeypatch.setattr(quality, "gold_hash", lambda: "hash")
    return path


MEASURED = {"gsr": {"recall": 0.63, "direction_correct": 132},
            "dev": {"f1": 0.51, "status_errors": 2}}


def test_floors_only_go_up_and_ceilings_only_down(floors_file: Path) -> None:
    floors = quality.raise_floors(MEASURED)
    assert floors["metrics"] == {"gsr": {"recall": 0.64, "direction_correct": 133},
                                 "dev": {"f1": 0.51, "status_errors": 1}}
    assert "lowered" not in floors


def test_a_lowered_group_keeps_its_reason_and_the_values_replaced(floors_file: Path) -> None:
    floors = quality.raise_floors(MEASURED, lowered=frozenset({"gsr"}), because="EVENTS.md")
    assert floors["metrics"]["gsr"] == {"recall": 0.63, "direction_correct": 132}
    assert floors["metrics"]["dev"] == {"f1": 0.51, "status_errors": 1}
    assert floors["lowered"] == [{"group": "gsr", "because": "EVENTS.md",
                                  "replaced": {"recall": 0.64, "direction_correct": 133},
                                  "now": {"recall": 0.63, "direction_correct": 132}}]
    floors_file.write_text(json.dumps(floors), "utf-8")
    again = quality.raise_floors(MEASURED)
    assert again["lowered"] == floors["lowered"]  # the record stays
