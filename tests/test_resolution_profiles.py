"""Source profiles: gender, role and affiliation as the text gives them, one construction a case."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

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
            [("Sam Reed", None, None, None, "actor and producer", None)],
            id="titles-joined-by-and",
        ),
        pytest.param(
            "Ecologist Ann Wu of the University of York also said the bees were fine.",
            [("Ann Wu", None, None, None, "Ecologist", "University of York")],
            id="capitalised-agent-noun-is-a-role",
        ),
        pytest.param(
            "Former NSA deputy director Paul Grant said the agency had erred.",
            [("Paul Grant", None, None, None, "deputy director", "NSA")],
            id="organisation-inside-a-title-run",
        ),
        pytest.param(
            "Information Minister Omar Said said the roads were open.",
            [("Omar Said", None, None, None, "Information Minister", None)],
            id="portfolio-of-a-minister",
        ),
        pytest.param(
            "Broadcaster Tom Finch said the programme would return.",
            [("Tom Finch", None, None, None, "Broadcaster", None)],
            id="role-word-that-can-name-an-organisation-right-before-the-name",
        ),
        pytest.param(
            "Southern Export-Import Bank president Kofi Mensah said trade would grow.",
            [("Kofi Mensah", None, None, None, "president", "Southern Export-Import Bank")],
            id="affiliation-is-the-whole-organisation-name",
        ),
        pytest.param(
            "Nina Berg of the UK's Serious Fraud Office said the inquiry was closed.",
            [("Nina Berg", None, None, None, None, "Serious Fraud Office")],
            id="country-owning-the-organisation-is-not-the-affiliation",
        ),
        pytest.param(
            "Carlos Diaz, head of a regional flood defence office, said the river was rising.",
            [("Carlos Diaz", None, None, None, "head", "regional flood defence office")],
            id="of-phrase-with-an-organisation-noun",
        ),
        pytest.param(
            "Ana Ruiz, for the Dalmere Alliance, said the budget was unfair.",
            [("Ana Ruiz", None, None, None, None, "Dalmere Alliance")],
            id="for-phrase-in-commas-after-the-name",
        ),
        pytest.param(
            "Omar Haddad of the city's water authority said supplies were safe.",
            [("Omar Haddad", None, None, None, None, "the city's water authority")],
            id="a-described-organisation-keeps-its-article",
        ),
        pytest.param(
            "Rosa Kim of the campaign group Clean Air Now said the law was weak.",
            [("Rosa Kim", None, None, None, None, "Clean Air Now")],
            id="organisation-noun-followed-by-its-name",
        ),
        pytest.param(
            "The chief executive of Northwind Energy, Ana Soto, said prices would fall.",
            [("Ana Soto", None, None, None, "chief executive", "Northwind Energy")],
            id="role-phrase-before-the-name-and-a-comma",
        ),
        pytest.param(
            "Speaking to the minister, Ann Lowe said the plan had failed.",
            [("Ann Lowe", None, None, None, None, None)],
            id="role-noun-as-an-object-before-the-name-is-not-its-role",
        ),
        pytest.param(
            '"Talks will resume," said Ravi Patel, who is the general secretary of the '
            "Transport Workers Union.",
            [("Ravi Patel", None, None, None, "general secretary", "Transport Workers Union")],
            id="copula-in-a-relative-clause-after-the-name",
        ),
        pytest.param(
            '"The patient is stable," said Dr. Lena Ortiz.',
            [("Lena Ortiz", None, None, None, "Dr.", None)],
            id="honorific-that-says-the-job-when-nothing-else-does",
        ),
        pytest.param(
            "Dr Tom Vance, a surgeon at St Mary's Hospital, said the wait was too long.",
            [("Tom Vance", None, None, None, "surgeon", "St Mary's Hospital")],
            id="a-role-given-in-words-beats-the-honorific",
        ),
        pytest.param(
            "Incumbent mayor Tom Hale said the vote was fair.",
            [("Tom Hale", None, None, None, "mayor", None)],
            id="qualifier-of-tenure-is-not-part-of-the-role",
        ),
        pytest.param(
            "Green Party leader and deputy mayor Anna Berg said the vote was fair.",
            [("Anna Berg", None, None, None, "leader", "Green Party")],
            id="first-listed-of-two-roles-before-the-name",
        ),
        pytest.param(
            "Omar Farouk, chair of the inquiry and a former judge, said the findings were clear.",
            [("Omar Farouk", None, None, None, "chair of the inquiry", None)],
            id="first-listed-of-two-roles-in-apposition",
        ),
        pytest.param(
            "Ella Reed, the widow of Tom Reed, said the ruling was unjust.",
            [("Ella Reed", "female", "text", "widow", "widow of Tom Reed", None)],
            id="relation-keeps-the-person-it-relates-to",
        ),
        pytest.param(
            '"We will talk," said Ann Lowe, secretary of state.',
            [("Ann Lowe", None, None, None, "secretary of state", None)],
            id="lowercase-object-is-part-of-the-role-not-an-affiliation",
        ),
        pytest.param(
            "According to the town's first selectman, Paul Dunne, the road will reopen on Friday.",
            [("Paul Dunne", "male", "text", "selectman", "first selectman", None)],
            id="according-to-a-role-then-the-name",
        ),
        pytest.param(
            "Ruth Okafor of the University of Lagos in Nigeria said the results were clear.",
            [("Ruth Okafor", None, None, None, None, "University of Lagos")],
            id="the-place-an-organisation-is-in-is-not-its-name",
        ),
        pytest.param(
            "Paolo Conti of the French Embassy in Rome said the visas were ready.",
            [("Paolo Conti", None, None, None, None, "French Embassy in Rome")],
            id="an-embassy-is-named-with-its-place",
        ),
        pytest.param(
            "Samuel Deng, the Information Minister, said the roads were open.",
            [("Samuel Deng", None, None, None, "Information Minister", None)],
            id="portfolio-of-a-minister-in-apposition",
        ),
        pytest.param(
            "Food prices rose, said Lena Ortiz, of Oxfam\n\nKenya Airways said flights "
            "would resume.",
            [("Lena Ortiz", None, None, None, None, "Oxfam")],
            id="affiliation-stops-at-a-line-break",
        ),
        pytest.param(
            'After the harsh criticism of Ann Cole, the board met. "We will change," Cole said.',
            [("Ann Cole", None, None, None, None, None)],
            id="a-noun-the-name-is-the-object-of-is-no-title",
        ),
        pytest.param(
            "Tom Reed, the husband of Ann Reed, on the campaign trail in Ohio, said she would win.",
            [("Tom Reed", "male", "text", "husband", "husband of Ann Reed", None)],
            id="relation-ends-before-a-further-phrase",
        ),
        pytest.param(
            "The Harbour Festival opens today. Festival director Ana Silva said tickets had "
            "sold out.",
            [("Ana Silva", None, None, None, "director", "Harbour Festival")],
            id="organisation-noun-as-the-organisation-named-in-full-before",
        ),
        pytest.param(
            "Shares in Northwind Energy Company fell. Company spokesman Tom Hale said the "
            "board would meet.",
            [("Tom Hale", "male", "text", "spokesman", "spokesman", "Northwind Energy Company")],
            id="organisation-noun-named-in-full-with-a-gendered-role",
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


def _hand_built(
    words: list[str], tags: list[tuple[str, str, int]], ents: list[str], name: str
) -> tuple[Doc, list[Entity]]:
    """A parse built by hand (pos, dep, head per word; IOB entity tags) and its one person."""
    vocab = Vocab()
    doc = Doc(
        vocab,
        words=words,
        pos=[pos for pos, _, _ in tags],
        tags=["POS" if pos == "PART" else "XX" for pos, _, _ in tags],
        deps=[dep for _, dep, _ in tags],
        heads=[head for _, _, head in tags],
        ents=ents,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    start = doc.text.index(name)
    mention = TextSpan.from_offsets(doc.text, start, start + len(name))
    return doc, [Entity(id=0, name=name, kind=SourceKind.PERSON, mentions=(mention,))]


def test_profiles_team_the_recogniser_took_for_a_person_is_the_affiliation() -> None:
    # ``Wexford`` tagged as a person, as small models often do with a team or a town
    doc, entities = _hand_built(
        ["Wexford", "captain", "Liam", "Doyle", "said", "so", "."],
        [
            ("PROPN", "compound", 1),
            ("NOUN", "compound", 3),
            ("PROPN", "compound", 3),
            ("PROPN", "nsubj", 4),
            ("VERB", "ROOT", 4),
            ("ADV", "advmod", 4),
            ("PUNCT", "punct", 4),
        ],
        ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
        "Liam Doyle",
    )
    (profile,) = find_profiles(doc, entities)
    assert (_text(profile.role), _text(profile.affiliation)) == ("captain", "Wexford")


def test_profiles_role_word_before_the_name_attached_elsewhere_by_the_parser() -> None:
    # the parser makes ``president`` a second subject of ``said``
    doc, entities = _hand_built(
        ["Chile", "'s", "president", "Ana", "Ruiz", "said", "so", "."],
        [
            ("PROPN", "poss", 2),
            ("PART", "case", 0),
            ("NOUN", "nsubj", 5),
            ("PROPN", "compound", 4),
            ("PROPN", "nsubj", 5),
            ("VERB", "ROOT", 5),
            ("ADV", "advmod", 5),
            ("PUNCT", "punct", 5),
        ],
        ["B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
        "Ana Ruiz",
    )
    (profile,) = find_profiles(doc, entities)
    assert (_text(profile.role), _text(profile.affiliation)) == ("president", "Chile")


def test_profiles_portfolio_tagged_as_an_organisation_stays_in_the_title() -> None:
    doc, entities = _hand_built(
        ["Civil", "Aviation", "Minister", "Ravi", "Nair", "said", "so", "."],
        [
            ("PROPN", "compound", 1),
            ("PROPN", "compound", 2),
            ("PROPN", "compound", 4),
            ("PROPN", "compound", 4),
            ("PROPN", "nsubj", 5),
            ("VERB", "ROOT", 5),
            ("ADV", "advmod", 5),
            ("PUNCT", "punct", 5),
        ],
        ["B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
        "Ravi Nair",
    )
    (profile,) = find_profiles(doc, entities)
    assert (_text(profile.role), _text(profile.affiliation)) == ("Civil Aviation Minister", None)
