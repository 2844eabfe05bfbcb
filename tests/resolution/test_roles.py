"""Role nouns of any country and field: the person holding that role in the article."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.results import SourceKind
from tests.resolution.helpers import Row, resolved_rows

P = SourceKind.PERSON
BUDGET = (
    "Budget day.\nPrime Minister Jane Holloway and Chancellor Tom Barker visited a school in "
    "Leeds. The {role} said the budget was fair."
)


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        pytest.param(
            BUDGET.format(role="chancellor"),
            ["The chancellor"],
            [("The chancellor", "Tom Barker", P)],
            id="british-office-not-the-nearest-other-person",
        ),
        pytest.param(
            BUDGET.format(role="prime minister"),
            ["The prime minister"],
            [("The prime minister", "Jane Holloway", P)],
            id="multiword-office",
        ),
        pytest.param(
            "Summit ends.\nPresident Maria Quill and Vice President Tom Adler met governors on "
            "Monday. The Vice President said funding would rise.",
            ["The Vice President"],
            [("The Vice President", "Tom Adler", P)],
            id="vice-president-is-not-the-president",
        ),
        pytest.param(
            "Cup tie.\nRovers manager Dan Keane praised his players after the win over United. "
            "The manager said the title race was open.",
            ["The manager"],
            [("The manager", "Dan Keane", P)],
            id="sport-manager",
        ),
        pytest.param(
            "Title race.\nStriker Leo Amani scored twice for Kingsford United on Saturday. The "
            "striker said he was tired.",
            ["The striker"],
            [("The striker", "Leo Amani", P)],
            id="sport-player-position",
        ),
        pytest.param(
            "Profits fall.\nShares in Harwell Bank fell after chief executive Sarah Lund warned "
            "of losses. The chief executive said costs were too high.",
            ["The chief executive"],
            [("The chief executive", "Sarah Lund", P)],
            id="business-role-is-a-person-not-the-company",
        ),
        pytest.param(
            "Election night.\nThe Ledger's political correspondent Maria Costa reported from "
            "the count.\nOur correspondent said turnout was high.",
            ["Our correspondent"],
            [("Our correspondent", "Maria Costa", P)],
            id="our-correspondent-is-the-named-correspondent",
        ),
        pytest.param(
            "Election night.\nVoters queued for hours in the rain.\nOur correspondent said "
            "turnout was high.",
            ["Our correspondent"],
            [("Our correspondent", None, SourceKind.UNNAMED)],
            id="our-correspondent-unnamed-when-the-text-names-none",
        ),
        pytest.param(
            "Shutdown.\nSenate Minority Leader Ruth Calder met Senate Majority Leader Owen "
            "Marsh. Marsh spoke first. Marsh then left. Marsh was angry. The Senate "
            "Minority Leader said the wall was a waste.",
            ["The Senate Minority Leader"],
            [("The Senate Minority Leader", "Ruth Calder", P)],
            id="whole-title-beats-focus",
        ),
        pytest.param(
            "Parents charged.\nAnna Hale and her husband Mark Hale appeared in court. Mark Hale "
            "wept. The mother said she was innocent.",
            ["The mother"],
            [("The mother", "Anna Hale", P)],
            id="gendered-role-noun-skips-the-other-gender",
        ),
        pytest.param(
            "Blast.\nGovernor Ivan Sorel visited the site. Rescuers worked overnight.\n"
            "Norvik's governor said the gas leak was to blame.",
            ["Norvik's governor"],
            [("Norvik's governor", "Ivan Sorel", P)],
            id="a-named-places-role-is-whoever-holds-it",
        ),
        pytest.param(
            "Shutdown.\nPresident Tom Harlow spoke on Friday. The Senate Minority Leader, "
            "Ruth Calder, said the wall was a waste.",
            ["The Senate Minority Leader"],
            [("The Senate Minority Leader", "Ruth Calder", P)],
            id="capitalised-title-with-its-name-in-apposition",
        ),
        pytest.param(
            "Gallery.\nThe prints were given to curator Elaine Marsh. The curator said they "
            "were genuine.",
            ["curator"],
            [("curator", "Elaine Marsh", P)],
            id="title-cut-from-the-name-after-it",
        ),
        pytest.param(
            "Royal visit.\nPrince Edmund of Norland opened the bridge on Monday. The prince "
            "said it was a proud day.",
            ["The prince"],
            [("The prince", "Edmund", P)],
            id="a-title-before-a-name-the-recogniser-missed",
        ),
        pytest.param(
            "Hearing.\nLabour MP Sean Doyle questioned the minister. The MP said the answers "
            "were weak.",
            ["The MP"],
            [("The MP", "Sean Doyle", P)],
            id="british-mp",
        ),
        pytest.param(
            "New novel.\nNovelist Clara Voss published her fifth book on Monday. The author "
            "said it took six years.",
            ["The author"],
            [("The author", "Clara Voss", P)],
            id="entertainment-author",
        ),
        pytest.param(
            "Dam burst\nRegional Deputy Governor Oleg Marin said 40 people were missing. "
            "Norland's governor promised aid to every family.\nGovernor Ana Ruiz said the "
            "dam was old.",
            ["Norland's governor"],
            [("Norland's governor", "Ana Ruiz", P)],
            id="a-deputy-governor-is-not-the-governor",
        ),
        pytest.param(
            "Draft ruling\nA federal judge in Norland ruled the draft unfair on Friday.\n"
            "District Judge Ana Ruiz said the law was outdated.",
            ["A federal judge"],
            [("A federal judge", "Ana Ruiz", P)],
            id="a-ledes-indefinite-title-is-the-one-holder-named-next",
        ),
        pytest.param(
            "Draft ruling\nA federal judge in Norland ruled the draft unfair on Friday.\n"
            "District Judge Ana Ruiz and Judge Tom Barker heard the case.",
            ["A federal judge"],
            [("A federal judge", None, SourceKind.UNNAMED)],
            id="a-ledes-indefinite-title-with-two-holders-names-nobody",
        ),
    ],
)
def test_resolution_roles(
    nlp: Language, text: str, mentions: list[str], expected: list[Row]
) -> None:
    assert resolved_rows(nlp, text, mentions) == expected
