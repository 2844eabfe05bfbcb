"""Shared fixtures: the default pipeline (loaded once) and the gold data.

The gold data lives outside the repository, in ``../shared/eval`` (or where
``QUOTEATTR_SHARED`` points). Tests that need it skip with a reason when it is
absent, as in a user's clone; CI sets ``QUOTEATTR_REQUIRE_SHARED=1`` to turn
that skip into a failure.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

import quoteattr

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("QUOTEATTR_SHARED", ROOT.parent / "shared"))
EVAL_DEV = SHARED / "eval" / "dev"
REQUIRE_SHARED = os.environ.get("QUOTEATTR_REQUIRE_SHARED") == "1"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pipeline, loaded once per test session."""
    return quoteattr.load()


@pytest.fixture(scope="session")
def eval_dev() -> Path:
    """The folder of development gold files; skips (or fails in CI) when absent."""
    if not EVAL_DEV.is_dir():
        message = f"gold data not found at {EVAL_DEV} (set QUOTEATTR_SHARED to its folder)"
        if REQUIRE_SHARED:
            pytest.fail(message)
        pytest.skip(message)
    return EVAL_DEV


@pytest.fixture(scope="session")
def seed_record(eval_dev: Path) -> dict[str, Any]:
    """The reference article's gold record."""
    return read_jsonl(eval_dev / "seed.jsonl")[0]
