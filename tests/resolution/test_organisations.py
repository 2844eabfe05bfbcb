"""Organisations: short forms, acronyms, descriptions and documents they issue."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.results import SourceKind
from tests.resolution.helpers import Row, resolved_rows

P, O, G = SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.GROUP


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        pytest.param(
            "Lenders report a weak quarter\nShares in Ashworth & Lyle (A&L) fell on Monday.\n"
            "A&L said profits would fall.",
            ["A&L#2"],
            [("A&L", "Ashworth & Lyle", O)],
            id="short-form-defined-in-brackets",
        ),
        pytest.param(
            "Regulator opens inquiry\nThe FTB said it would report in June. The Federal Trade "
            "Board (FTB) was set up in 1990.",
            ["The FTB"],
            [("The FTB", "Federal Trade Board", O)],
            id="short-form-used-before-its-definition",
        ),
        pytest.param(
            "Carmaker recalls vans\nFord Motor Company announced a recall on Friday.\n"
            "Ford said the fault was rare.",
            ["Ford#2"],
            [("Ford", "Ford Motor Company", O)],
            id="company-name-without-its-designators",
        ),
        pytest.param(
            "Builder warns on costs\nKestrel Group, based in Sydney, won the contract.\n"
            "The Australian firm said costs had risen.",
            ["The Australian firm"],
            [("The Australian firm", "Kestrel Group", O)],
            id="a-firms-nationality-does-not-name-it",
        ),
        pytest.param(
            "Pollsters see a close race\nVoters are split, a Redfield Analytics statement said "
            "on Monday.",
            ["a Redfield Analytics statement"],
            [("a Redfield Analytics statement", "Redfield Analytics", O)],
            id="document-named-by-its-authors-name",
        ),
        pytest.param(
            "Pay rises slow\nThe Harwell Bank's figures show that wages stalled in May.",
            ["The Harwell Bank's figures"],
            [("The Harwell Bank's figures", "Harwell Bank", O)],
            id="possessor-of-a-document",
        ),
        pytest.param(
            "Crash inquiry\nA 2001 report from the Civil Aviation Board found pilot error.\n"
            "The report said the runway was too short.",
            ["A 2001 report", "The report"],
            [("A 2001 report", "Civil Aviation Board", O), ("The report", "Civil Aviation Board", O)],
            id="document-author-after-the-cut-and-the-same-document-later",
        ),
        pytest.param(
            "Vans recalled\nMarlow Motors issued a statement on Friday.\nThe statement said the "
            "fault was rare.",
            ["The statement"],
            [("The statement", "Marlow Motors", O)],
            id="the-document-is-its-issuers",
        ),
    ],
)
def test_resolution_organisations(
    nlp: Language, text: str, mentions: list[str], expected: list[Row]
) -> None:
    assert resolved_rows(nlp, text, mentions) == expected
