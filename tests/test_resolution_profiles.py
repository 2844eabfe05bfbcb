"""Source profiles: gender, role and affiliation as the text gives them, one construction a case."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr.resolution.profiles import find_profiles, word_gender
from quoteattr.results import Entity, SourceKind, TextSpan

#: (name, gender, gender_source, evidence, role, affiliation) of every person found.
Profile = tuple[str | None, str | None, str | None, str | None, str | None, str | None]


def profiles(nlp: Language, text: str, *, gender_from_names: bool = False) -> list[Profile]:
    found = quoteattr.extract_sources(nlp(text), gender_from_names=gender_from_names)
    rows = []
    for entity in found:
        if entity.kind is not SourceKind.PERSON:
            continue
        for span in (entity.gender_evidence, entity.role, entity.affiliation):
            assert span is None or text[span.start : span.end] == span.text
        rows.append(
            (
                entity.name,
                entity.gender,
                entity.gender_source,
                _text(entity.gender_evidence),
                _text(entity.role),
                _text(entity.affiliation),
            )
        )
    return rows


def _text(span: TextSpan | None) -> str | None:
    return None if span is None else span.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Maria Lopez said the bridge would reopen in May. She added that the repairs "
            "had cost more than planned.",
            [("Maria Lopez", "female", "text", "She", None, None)],
            id="pronoun",
        ),
        pytest.param(
            '"The figures are wrong," said Mrs Hartley.',
            [("Hartley", "female", "text", "Mrs", None, None)],
            id="honorific",
        ),
        pytest.param(
            "Sir Alan Brooke said the talks had failed.",
            [("Alan Brooke", "male", "text", "Sir", None, None)],
            id="honorific-sir",
        ),
        pytest.param(
            "Assemblywoman Dana Reyes said the bill would pass.",
            [("Dana Reyes", "female", "text", "Assemblywoman", "Assemblywoman", None)],
            id="gendered-title",
        ),
        pytest.param(
            'Tom Hale and his wife, Joan Hale, said they would appeal. "We lost everything," '
            "Joan Hale said.",
            [("Joan Hale", "female", "text", "wife", "wife", None)],
            id="gendered-noun-in-apposition",
        ),
        pytest.param(
            "Robert Sinche, head of currency strategy at Bank of America, said the dollar "
            "would fall.",
            [("Robert Sinche", None, None, None, "head of currency strategy", "Bank of America")],
            id="appositive",
        ),
        pytest.param(
            "Labour MP Ann Cole said the plan was wrong.",
            [("Ann Cole", None, None, None, "MP", "Labour")],
            id="prenominal-title",
        ),
        pytest.param(
            "Russian Foreign Minister Sergey Lavrov said the talks went well.",
            [("Sergey Lavrov", None, None, None, "Foreign Minister", "Russian")],
            id="prenominal-title-with-nationality",
        ),
        pytest.param(
            "Jane Doe of the Green Party said the vote was unfair.",
            [("Jane Doe", None, None, None, None, "Green Party")],
            id="of-phrase-on-the-name",
        ),
        pytest.param(
            "Peter Wu, an economist at the University of Leeds, said prices would rise.",
            [("Peter Wu", None, None, None, "economist", "University of Leeds")],
            id="at-phrase",
        ),
        pytest.param(
            "Lena Park, a spokeswoman for Greenpeace, said the oil spill was spreading.",
            [("Lena Park", "female", "text", "spokeswoman", "spokeswoman", "Greenpeace")],
            id="for-phrase-and-gendered-role",
        ),
        pytest.param(
            'Ann Cole is a Labour MP. The vote was held on Monday. "We will win," Cole said.',
            [("Ann Cole", None, None, None, "MP", "Labour")],
            id="copula",
        ),
        pytest.param(
            "Dr Helen Marsh, chief executive of the Royal Marsden Hospital, opened the new "
            "wing in March.\n\nThe wing has forty beds and two theatres.\n\nPatients had "
            'waited years for it. The builders finished early.\n\n"This changes everything '
            'for our patients," Marsh said.',
            [("Helen Marsh", None, None, None, "chief executive", "Royal Marsden Hospital")],
            id="title-far-from-the-quote",
        ),
        pytest.param(
            "The Green Party's leader, Sara Vane, said the vote was lost.",
            [("Sara Vane", None, None, None, "leader", "Green Party")],
            id="possessive-organisation",
        ),
        pytest.param(
            "President Ali Karimi of Iran said the troops should leave.",
            [("Ali Karimi", None, None, None, "President", "Iran")],
            id="title-before-and-of-phrase-after-the-name",
        ),
        pytest.param(
            "Conservative MP John Baker said the bill was wrong.",
            [("John Baker", None, None, None, "MP", "Conservative")],
            id="party-word-before-a-title",
        ),
        pytest.param(
            "Local actor and producer Sam Reed said the film was ready.",
            [("Sam Reed", None, None, None, "Local actor and producer", None)],
            id="titles-joined-by-and",
        ),
        pytest.param(
            "Ecologist Ann Wu of the University of York also said the bees were fine.",
            [("Ann Wu", None, None, None, "Ecologist", "University of York")],
            id="capitalised-agent-noun-is-a-role",
        ),
        pytest.param(
            "Former CIA deputy director Paul Grant said the agency had erred.",
            [("Paul Grant", None, None, None, "deputy director", "CIA")],
            id="organisation-inside-a-title-run",
        ),
        pytest.param(
            "Information Minister Omar Said said the roads were open.",
            [("Omar Said", None, None, None, "Information Minister", None)],
            id="portfolio-of-a-minister",
        ),
        pytest.param(
            '"It is over," said Michael Morgan.',
            [("Michael Morgan", None, None, None, None, None)],
            id="no-evidence-no-gender-from-the-first-name",
        ),
    ],
)
def test_profiles_from_the_text(nlp: Language, text: str, expected: list[Profile]) -> None:
    assert profiles(nlp, text) == expected


def test_profiles_conflicting_genders_give_none_and_a_warning(nlp: Language) -> None:
    text = (
        "Alex Reed, the chairwoman of the club, said the season was over. "
        "Mr Reed said the club would appeal."
    )
    [entity] = quoteattr.extract_sources(nlp(text))
    assert (entity.gender, entity.gender_evidence, entity.gender_source) == (None, None, None)
    warning = (
        "W201 The text refers to 'Alex Reed' both as female ('chairwoman') and as male "
        "('Mr'): gender left unknown. One of the words may refer to someone else; read the "
        "evidence in the text to decide."
    )
    assert entity.warnings == (warning,)


def test_profiles_name_estimate_is_opt_in_and_marked(nlp: Language) -> None:
    text = '"It is over," said Michael Morgan. Mrs Hartley said it was not.'
    assert profiles(nlp, text, gender_from_names=True) == [
        ("Michael Morgan", "male", "name", None, None, None),
        ("Hartley", "female", "text", "Mrs", None, None),
    ]


def test_profiles_leave_other_kinds_as_they_are(nlp: Language) -> None:
    doc = nlp("Greenpeace said the oil spill was spreading.")
    organisation = Entity(id=0, name="Greenpeace", kind=SourceKind.ORGANIZATION)
    assert find_profiles(doc, [organisation]) == [organisation]


@pytest.mark.parametrize(
    ("word", "gender"),
    [("Mrs.", "female"), ("Baroness", "female"), ("chairman", "male"), ("fiancée", "female"),
     ("minister", None), ("Dr", None)],
)  # fmt: skip
def test_profiles_word_gender_from_the_packaged_lists(word: str, gender: str | None) -> None:
    assert word_gender(word) == gender
