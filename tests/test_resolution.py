"""Source resolution on short texts: each construction as a whole result.

Quotes are built by hand around given source mentions, so these tests measure
resolution alone, whatever the extraction stages find.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

import quoteattr
from quoteattr.pipeline import find_sources
from quoteattr.resolution import FLOATING_CONFIDENCE, resolve_sources
from quoteattr.results import Entity, Quote, QuoteType, Source, SourceKind, TextSpan
from tests.resolution.helpers import quotes_for
from tests.resolution.helpers import resolved_rows as resolve

P, O, G, U, K = (
    SourceKind.PERSON,
    SourceKind.ORGANIZATION,
    SourceKind.GROUP,
    SourceKind.UNNAMED,
    SourceKind.UNKNOWN,
)


CASES = [
    pytest.param(
        "Sergey Lavrov arrived in Manila on Sunday.\nMr Lavrov said the talks went well.\n"
        "Mr. Lavrov said he was pleased.",
        ["Mr Lavrov", "Mr. Lavrov"],
        [("Mr Lavrov", "Sergey Lavrov", P), ("Mr. Lavrov", "Sergey Lavrov", P)],
        id="honorific-with-and-without-full-stop",
    ),
    pytest.param(
        "Russian Foreign Minister Sergey Lavrov said the talks were long.",
        ["Russian Foreign Minister Sergey Lavrov"],
        [("Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov", P)],
        id="role-before-name",
    ),
    pytest.param(
        "Former Dalmere Gov. Tom Harlow endorsed the senator on Monday. Harlow said the race was "
        "open.",
        ["Former Dalmere Gov. Tom Harlow", "Harlow"],
        [("Former Dalmere Gov. Tom Harlow", "Tom Harlow", P), ("Harlow", "Tom Harlow", P)],
        id="abbreviated-title-and-surname",
    ),
    pytest.param(
        "Donald Trump's campaign raised money in July. Trump’s aides said it was a record.\n"
        "Trump said the money would be spent on advertising.",
        ["Trump#3"],
        [("Trump", "Donald Trump", P)],
        id="possessives",
    ),
    pytest.param(
        "New York Mayor Bill de Blasio spoke on Tuesday. De Blasio said the city was safe.",
        ["De Blasio"],
        [("De Blasio", "Bill de Blasio", P)],
        id="particle-de",
    ),
    pytest.param(
        "Syrian President Bashar al-Assad met the envoy in Damascus. Assad said the war would end.",
        ["Assad"],
        [("Assad", "Bashar al-Assad", P)],
        id="particle-hyphen-al",
    ),
    pytest.param(
        "Austria elected Alexander Van der Bellen as president. Van der Bellen said he would unite "
        "the country.",
        ["Van der Bellen"],
        [("Van der Bellen", "Alexander Van der Bellen", P)],
        id="particles-van-der",
    ),
    pytest.param(
        "Under Secretary of State Thomas A. Shannon met his Russian counterpart. Mr Shannon said the "
        "meeting was useful.",
        ["Mr Shannon"],
        [("Mr Shannon", "Thomas A. Shannon", P)],
        id="middle-initial",
    ),
    pytest.param(
        "Chris Wallace questioned Mike Pence on Sunday.\n\nWALLACE: Will you release the returns?\n\n"
        "PENCE: We will release them in time.",
        ["WALLACE", "PENCE"],
        [("WALLACE", "Chris Wallace", P), ("PENCE", "Mike Pence", P)],
        id="transcript-labels",
    ),
    pytest.param(
        "Hillary Clinton spoke in Iowa on Monday. Hillary said the campaign was strong.",
        ["Hillary#2"],
        [("Hillary", "Hillary Clinton", P)],
        id="first-name-alone",
    ),
    pytest.param(
        "Bill Clinton campaigned for his wife, Hillary Clinton, in Ohio. Mrs Clinton said the "
        "economy came first. Mr Clinton said she would win.",
        ["Mrs Clinton", "Mr Clinton"],
        [("Mrs Clinton", "Hillary Clinton", P), ("Mr Clinton", "Bill Clinton", P)],
        id="shared-surname-by-honorific",
    ),
    pytest.param(
        "Former President Bill Clinton spoke in Flint on Monday. Clinton said the system was "
        "crazy.\nHe campaigned for his wife Hillary Clinton.\nClinton said the law needed fixing.",
        ["Clinton#2", "Clinton#4"],
        [("Clinton", "Bill Clinton", P), ("Clinton", "Bill Clinton", P)],
        id="shared-surname-by-focus",
    ),
    pytest.param(
        "Sergey Lavrov met Deputy Foreign Minister Sergei Ryabkov in Moscow. Mr Ryabkov said the "
        "sanctions would fail. Mr Lavrov said Russia would respond.",
        ["Mr Ryabkov", "Mr Lavrov"],
        [("Mr Ryabkov", "Sergei Ryabkov", P), ("Mr Lavrov", "Sergey Lavrov", P)],
        id="similar-first-names-stay-apart",
    ),
    pytest.param(
        "Russian President Vladimir Putin said the move was a response. Former President Barack "
        "Obama expelled 35 diplomats.\nDonald Trump signed the bill. Mr Trump called the sanctions "
        "flawed.\nThe President wrote that he hoped for cooperation.",
        ["The President"],
        [("The President", "Donald Trump", P)],
        id="role-noun-the-president-in-focus",
    ),
    pytest.param(
        "Former President Bill Clinton spoke in Flint for Hillary Clinton, the Democratic nominee.\n"
        "The former president said the law was crazy.",
        ["The former president"],
        [("The former president", "Bill Clinton", P)],
        id="role-noun-former",
    ),
    pytest.param(
        "Sen. Bernie Sanders (I-Vt.) met Tad Devine on Monday. The senator said he would stay "
        "in the race.",
        ["The senator"],
        [("The senator", "Bernie Sanders", P)],
        id="role-noun-abbreviated-title",
    ),
    pytest.param(
        "Sen. Marco Rubio (R-Fla.) spoke first. Sen. Ted Cruz (R-Texas) spoke next and took "
        "questions.\nThe Florida senator said the party would unite.",
        ["The Florida senator"],
        [("The Florida senator", "Marco Rubio", P)],
        id="role-noun-with-state-from-party-label",
    ),
    pytest.param(
        "Republican nominee Walter Greaves and Democratic nominee Ada Brisk debated on "
        "Sunday.\nThe Republican nominee said the election was rigged.",
        ["The Republican nominee"],
        [("The Republican nominee", "Walter Greaves", P)],
        id="role-noun-with-party",
    ),
    pytest.param(
        "Former Secretary of State Ada Brisk met Senator Tom Harlow.\n"
        "The former secretary of state said the talks were useful.",
        ["The former secretary of state"],
        [("The former secretary of state", "Ada Brisk", P)],
        id="role-noun-multiword-former",
    ),
    pytest.param(
        "Angela Merkel met Emmanuel Macron in Berlin. She said Europe must act.\n"
        "He said France agreed.",
        ["She", "He"],
        [("She", "Angela Merkel", P), ("He", "Emmanuel Macron", P)],
        id="pronouns-by-gender",
    ),
    pytest.param(
        "Ms Kelly Armstrong chaired the meeting. Mr Sam Taylor presented the report.\n"
        "She said the party would meet again.",
        ["She"],
        [("She", "Kelly Armstrong", P)],
        id="pronoun-gender-from-honorific",
    ),
    pytest.param(
        "Tom Emanuel stood at the event. After the event, Mr. Emanuel said Mr. Bush had not won "
        "him over, but he sounded a nostalgic note.",
        ["he"],
        [("he", "Tom Emanuel", P)],
        id="pronoun-main-clause-subject",
    ),
    pytest.param(
        'John Smith arrived late. "I told them I would come," said Jane Doe.\nI said it was time.',
        ["I#3"],
        [("I", None, U)],
        id="first-person-outside-quotes-unnamed",
    ),
    pytest.param(
        "LETTERS.\n\nIf the senator had a drinking problem, I guess the results would be the "
        "same.\n\nCathy Williams.\n\nWhy was he so convinced?\n\nJohn Baker.",
        ["I"],
        [("I", "Cathy Williams", P)],
        id="first-person-letter-signature",
    ),
    pytest.param(
        "TWITTER.\n\nWe asked our followers about the vote.\n\nI think this budget is far too "
        "timid.\n\n@dalmere_kate.\n\nIt is an act of panic. I think both lose.\n\n"
        "@fernclouder.\n\nFACEBOOK.\n\nI think she won the night.\n\nAda Brisk.",
        ["I", "I#2", "I#3"],
        [("I", "@dalmere_kate", P), ("I", "@fernclouder", P), ("I", "Ada Brisk", P)],
        id="first-person-post-signed-with-a-handle",
    ),
    pytest.param(
        'Jane Doe spoke first. "I think I can win," she said.',
        ["I"],
        [("I", None, K)],
        id="first-person-inside-quote-never-source",
    ),
    pytest.param(
        "Officials said the plan was ready. A spokesman said it would start soon. They said the "
        "cost was high. Three US intelligence agencies said Moscow interfered.",
        ["Officials", "A spokesman", "They", "Three US intelligence agencies"],
        [
            ("Officials", None, G),
            ("A spokesman", None, U),
            ("They", None, G),
            ("Three US intelligence agencies", None, G),
        ],
        id="generic-and-plural-sources-unnamed",
    ),
    pytest.param(
        "The Washington Post reported the story on Monday. The Post said the FBI had the email.",
        ["The Washington Post", "The Post"],
        [("The Washington Post", "Washington Post", O), ("The Post", "Washington Post", O)],
        id="organisation-fullest-name",
    ),
    pytest.param(
        "The New York Times published the story on Sunday. Google declined to comment. The "
        "newspaper reported that Trump lost money.",
        ["The newspaper"],
        [("The newspaper", "New York Times", O)],
        id="newspaper-goes-to-the-outlet-in-focus",
    ),
    pytest.param(
        "KING-TV reported the march on Sunday, and Apple Inc. sponsored it. The station said "
        "thousands came.",
        ["The station"],
        [("The station", "KING-TV", O)],
        id="station-goes-to-the-outlet-in-focus",
    ),
    pytest.param(
        "Apple Inc. sponsored the march. The newspaper said thousands came.",
        ["The newspaper"],
        [("The newspaper", None, G)],
        id="newspaper-with-no-outlet-named-stays-unnamed",
    ),
    pytest.param(
        "The Chicago Sun-Times reported the march. The group said the march was peaceful.",
        ["The group"],
        [("The group", None, G)],
        id="the-group-is-never-a-news-outlet",
    ),
    pytest.param(
        "Sanders said the economy was weak, adding that billionaires did not need a tax break. "
        "Democrats said the bill was dead.",
        ["Sanders", "Democrats"],
        [("Sanders", "Sanders", P), ("Democrats", None, G)],
        id="surname-tagged-as-a-plural-noun",
    ),
    pytest.param(
        "The Federal Bureau of Investigation reopened the case on Friday. The bureau said it found "
        "new emails.",
        ["The bureau"],
        [("The bureau", "Federal Bureau of Investigation", O)],
        id="organisation-noun-inside-its-name",
    ),
    pytest.param(
        "Bernie Sanders spoke in Iowa on Monday.\n\nThe campaign said it had raised $20 million."
        "\n\nThe Sanders campaign laid off 225 staffers on Wednesday.",
        ["The campaign"],
        [("The campaign", "Sanders campaign", O)],
        id="the-campaign-goes-to-the-campaign-named-after-a-person-anywhere",
    ),
    pytest.param(
        "Hillary Clinton spoke in Iowa. The campaign said turnout was high.",
        ["The campaign"],
        [("The campaign", None, G)],
        id="the-campaign-with-none-named-stays-unnamed",
    ),
    pytest.param(
        "Hillary Clinton won in Iowa. The Clinton campaign said the result was decisive.",
        ["The Clinton campaign"],
        [("The Clinton campaign", "Clinton campaign", O)],
        id="organisation-named-by-person",
    ),
    pytest.param(
        "Chris Christie endorsed Donald Trump on Friday. The governor said Trump would win.",
        ["The governor"],
        [("The governor", "Chris Christie", P)],
        id="role-noun-without-title-in-text",
    ),
    pytest.param(
        "Hillary Clinton answered questions in Iowa on Monday. Clinton’s response was short.",
        ["Clinton’s response"],
        [("Clinton’s response", "Hillary Clinton", P)],
        id="possessor-of-a-statement",
    ),
    pytest.param(
        "Donald Trump spoke in Maine on Wednesday.\nIn what he called a rant, President Obama "
        "criticised the proposals.",
        ["he"],
        [("he", "Obama", P)],
        id="pronoun-refers-forward-to-main-subject",
    ),
    pytest.param(
        'Tom Harlow spoke in Dalmere for his wife.\n\n"Nobody was better qualified," Harlow '
        "declared of Jane Harlow.",
        ["Harlow#2"],
        [("Harlow", "Tom Harlow", P)],
        id="surname-not-the-person-named-in-full-beside-it",
    ),
    pytest.param(
        "The report was written by Gregory Slayton, who said the party had lost its way.",
        ["who"],
        [("who", "Gregory Slayton", P)],
        id="relative-pronoun",
    ),
    pytest.param(
        "The ruling was welcomed by Planned Parenthood, which said the law was cruel.",
        ["which"],
        [("which", "Planned Parenthood", O)],
        id="relative-pronoun-which-organisation",
    ),
    pytest.param(
        "The bill was backed by unions that said wages were too low.",
        ["that"],
        [("that", None, G)],
        id="relative-pronoun-that-plural-group",
    ),
    pytest.param(
        "The plan was backed by Senator Jane Smith, whom Obama named to the panel, and who said "
        "the deal was fair.",
        ["who"],
        [("who", "Jane Smith", P)],
        id="relative-pronoun-second-of-coordinated-clauses",
    ),
    pytest.param(
        "The ruling was welcomed by Cecile Richards, who leads Planned Parenthood. Richards said "
        "the law was cruel.",
        ["who", "Richards#2"],
        [("who", "Cecile Richards", P), ("Richards", "Cecile Richards", P)],
        id="relative-who-makes-a-first-named-organisation-a-person",
    ),
    pytest.param(
        "At CPAC, Sean Hannity asked Ohio Gov. John Kasich to lay out his path.\n\n"
        "The candidate said he does not believe his rivals will win.",
        ["The candidate"],
        [("The candidate", "John Kasich", P)],
        id="role-candidate-goes-to-an-office-holder",
    ),
    pytest.param(
        "Ada Brisk spoke in Dalmere on Monday.\n\nThe Latvian hacker whose online prank "
        "first revealed that Ada Brisk used a private phone line pleaded guilty.\n\n"
        "Peter Vance, 51, faces up to seven years in prison.",
        [
            (
                "The Latvian hacker whose online prank first revealed that Ada Brisk used"
                " a private phone line"
            )
        ],
        [
            (
                (
                    "The Latvian hacker whose online prank first revealed that Ada Brisk "
                    "used a private phone line"
                ),
                "Peter Vance",
                P,
            )
        ],
        id="role-noun-with-a-relative-clause-not-the-person-named-in-it",
    ),
    pytest.param(
        "The account was set up by Gawker.com writer Ashley Feinberg. Trump retweeted it.\n\n"
        "The Gawker employee wrote that it was a trap.",
        ["The Gawker employee"],
        [("The Gawker employee", "Ashley Feinberg", P)],
        id="generic-role-with-the-person-s-affiliation",
    ),
    pytest.param(
        "Union chief says Tom Harlow can win.\n\nTom Harlow spoke in Dalmere on Monday. Ada "
        "Brisk spoke in Norland.",
        ["Union chief"],
        [("Union chief", "Ada Brisk", P)],
        id="role-noun-not-the-person-named-in-its-reported-content",
    ),
    pytest.param(
        "Donald Trump was welcomed by Barack Obama at the White House. He said Trump was gracious.",
        ["He"],
        [("He", "Barack Obama", P)],
        id="pronoun-not-the-person-named-in-its-reported-content",
    ),
    pytest.param(
        "Jane Smith spoke in Austin on Monday.\nShe asked Smith what impact the law had.",
        ["She"],
        [("She", None, U)],
        id="pronoun-with-only-the-person-named-in-its-content-stays-unnamed",
    ),
    pytest.param(
        "A spokeswoman for Smith, Jane Doe, said the talks failed. A spokesman for the Clinton "
        "campaign, Brian Fallon, said the emails were stolen.",
        ["A spokeswoman for Smith, Jane Doe", "A spokesman for the Clinton campaign, Brian Fallon"],
        [
            ("A spokeswoman for Smith, Jane Doe", "Jane Doe", P),
            ("A spokesman for the Clinton campaign, Brian Fallon", "Brian Fallon", P),
        ],
        id="appositive-name-after-the-object-of-for",
    ),
    pytest.param(
        "John Smith met voters in Ohio.\n\nA spokesman for Smith said the talks went well. They "
        "said the bill would pass.",
        ["A spokesman for Smith", "They"],
        [("A spokesman for Smith", None, U), ("They", None, G)],
        id="spokesman-for-a-named-person-unnamed-and-plural-they",
    ),
    pytest.param(
        "Jane Smith spoke on Monday.\n\nThe bill passed after a long debate. Officials met "
        "again.\n\nShe said the vote was close.\n\nShe added that more work was needed.",
        ["She", "She#2"],
        [("She", "Jane Smith", P), ("She", "Jane Smith", P)],
        id="pronoun-chain-across-paragraphs",
    ),
    pytest.param(
        "Donald Trump spoke in Ohio on Monday.\n\n\"We will win. We will build. We will fix "
        "trade. We will fix taxes. We will fix schools. We will fix roads. We will fix the army. "
        "We will be great,\" he said.",
        ["he"],
        [("he", "Donald Trump", P)],
        id="pronoun-after-a-long-quotation",
    ),
    pytest.param(
        "Donald Trump spoke in Ohio on Monday.\n\nThe crowd cheered. Officials counted the "
        "votes. The rain stopped. The bus left. The night fell. The lights went out. The band "
        "played.\n\nHe added that he would be back.",
        ["He"],
        [("He", "Donald Trump", P)],
        id="pronoun-after-a-stretch-of-scene-setting",
    ),
    pytest.param(
        "Cecile Richards: I'm sick of men telling us what to do.\n\nRichards said the law was "
        "extreme. Richards and Menendez said the court would decide.",
        ["Richards#2", "Richards and Menendez"],
        [("Richards", "Cecile Richards", P), ("Richards and Menendez", None, G)],
        id="first-name-the-recogniser-missed-and-coordination",
    ),
    pytest.param(
        'Juan "Chico" Manriquez of Oakland carried a flag. Manriquez said he cried.',
        ["Manriquez#2"],
        [("Manriquez", "Juan Manriquez", P)],
        id="nickname-in-quotation-marks-left-out",
    ),
    pytest.param(
        "The American Conservative Union hosted the conference. The ACU said attendance was up.",
        ["The ACU"],
        [("The ACU", "American Conservative Union", O)],
        id="organisation-acronym",
    ),
    pytest.param(
        "Another delegate on the Brisk slate, Tom Harlow, said he was leaning Brisk.",
        ["Another delegate on the Brisk slate"],
        [("Another delegate on the Brisk slate", "Tom Harlow", P)],
        id="appositive-name-past-the-mention",
    ),
    pytest.param(
        "A Platte River employee deleted the files. The employee said the order came by phone.",
        ["A Platte River employee", "The employee"],
        [("A Platte River employee", None, U), ("The employee", None, U)],
        id="unnamed-source-stays-unnamed",
    ),
]


@pytest.mark.parametrize(("text", "mentions", "expected"), CASES)
def test_resolution_constructions(
    nlp: Language,
    text: str,
    mentions: list[str],
    expected: list[tuple[str, str | None, SourceKind]],
) -> None:
    assert resolve(nlp, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The plan was criticised by Gregory Slayton, who said the party had lost its way.",
            [("the party had lost its way", "who", "Gregory Slayton", P)],
            id="who",
        ),
        pytest.param(
            "The ruling was welcomed by Planned Parenthood, which said the law was cruel.",
            [("the law was cruel", "which", "Planned Parenthood", O)],
            id="which",
        ),
        pytest.param(
            "The bill was backed by Senator Jane Smith, whom Obama named to the panel, and who "
            "said the deal was fair.",
            [("the deal was fair", "who", "Jane Smith", P)],
            id="second-coordinated-who",
        ),
    ],
)
def test_resolution_relative_pronoun_sources_end_to_end(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None, SourceKind]]
) -> None:
    """The reported-speech stage gives ``who``/``which`` as written; resolution names the antecedent."""
    quotes = quoteattr.find_quotes(nlp(text))
    assert [
        (q.content[0].text, q.source.mention.text, q.source.name, q.source.kind)
        for q in quotes
        if q.source
    ] == expected


def test_resolution_entity_ids_group_one_person(nlp: Language) -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov met Rex Tillerson. Mr Lavrov said the talks were "
        "long. Mr Tillerson said little. He said Mr Lavrov was right."
    )
    doc = nlp(text)
    quotes = quotes_for(text, ["Mr Lavrov", "Mr Tillerson", "He"])
    resolved = resolve_sources(doc, quotes)
    assert [(q.source.name, q.source.entity_id) for q in resolved if q.source] == [
        ("Sergey Lavrov", 0),
        ("Rex Tillerson", 1),
        ("Rex Tillerson", 1),
    ]


def test_resolution_find_sources_who_said_what(nlp: Language) -> None:
    text = (
        "Sergey Lavrov met Rex Tillerson. Mr Lavrov said the talks were long. Officials said more."
    )
    quotes = quotes_for(text, ["Mr Lavrov", "Officials"])
    entities = find_sources(nlp(text), quotes)
    assert entities == [
        Entity(
            id=0,
            name="Sergey Lavrov",
            kind=P,
            mentions=[
                TextSpan.from_offsets(text, 0, 13),
                TextSpan.from_offsets(text, 33, 42),
            ],
            quotes=[0],
            gender="male",
            gender_evidence=TextSpan.from_offsets(text, 33, 35),
            gender_source="text",
        ),
        Entity(
            id=1,
            name=None,
            kind=G,
            mentions=[TextSpan.from_offsets(text, 69, 78)],
            quotes=[1],
        ),
    ]


def test_resolution_floating_quote_continues_previous_source(nlp: Language) -> None:
    text = 'Mr Lavrov said the talks were long.\n\n"We will not leave anything unanswered."'
    said = quotes_for(text, ["Mr Lavrov"])[0]
    floating = Quote(
        type=QuoteType.DIRECT,
        content=[TextSpan.from_offsets(text, 38, len(text) - 1)],
        confidence=0.9,
    )
    resolved = resolve_sources(nlp(text), [said, floating])
    assert resolved[1] == Quote(
        type=QuoteType.DIRECT,
        content=[TextSpan.from_offsets(text, 38, len(text) - 1)],
        source=resolved[0].source,
        confidence=0.9 * FLOATING_CONFIDENCE,
    )
    assert resolved[0].source == Source(
        mention=TextSpan.from_offsets(text, 0, 9), name="Lavrov", kind=P, entity_id=0
    )


def test_resolution_quoted_i_continues_previous_source(nlp: Language) -> None:
    text = 'Mary Kay Henry said Trump could win.\n\n"I know. I think this is dangerous," she said.'
    first, quoted_i = quotes_for(text, ["Mary Kay Henry", "I#2"])
    resolved = resolve_sources(nlp(text), [first, quoted_i])
    assert [(q.source.mention.text, q.source.name, q.confidence) for q in resolved if q.source] == [
        ("Mary Kay Henry", "Mary Kay Henry", 1.0),
        ("Mary Kay Henry", "Mary Kay Henry", FLOATING_CONFIDENCE),
    ]


def test_resolution_no_quotes_no_sources(nlp: Language) -> None:
    assert resolve_sources(nlp("Nothing was said."), []) == []
    assert find_sources(nlp("Nothing was said."), []) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", []),
        (
            "Mr Lavrov said the talks were long.",
            [
                Entity(
                    id=0,
                    name="Lavrov",
                    kind=P,
                    mentions=[TextSpan(0, 9, "Mr Lavrov")],
                    quotes=[0],
                    gender="male",
                    gender_evidence=TextSpan(0, 2, "Mr"),
                    gender_source="text",
                )
            ],
        ),
    ],
)
def test_resolution_extract_sources_on_text(
    nlp: Language, value: str, expected: list[Entity]
) -> None:
    assert quoteattr.extract_sources(value, nlp=nlp) == expected
    if value:
        assert quoteattr.extract_sources(nlp(value)) == expected


def test_resolution_extract_sources_rejects_bytes() -> None:
    with pytest.raises(
        quoteattr.InputTypeError, match="E003 Expected the text as a str or a spaCy Doc, got bytes"
    ):
        quoteattr.extract_sources(b"Mr Lavrov said so.")  # type: ignore[arg-type]


def test_resolution_exported() -> None:
    assert quoteattr.find_sources is find_sources
    assert quoteattr.extract_sources.__module__ == "quoteattr.pipeline"


PROPERTY_TEXTS = [
    'WALLACE: Will you?\n\nPENCE: "We will," he said. Mr. de Blasio’s aides, they said, left.',
    "“I decided,” Mr Putin said. The President, who wrote: “We hope.” Officials and critics said it.",
    "",
]


@pytest.fixture(scope="module")
def property_docs(nlp: Language) -> list[Doc]:
    return [nlp(text) for text in PROPERTY_TEXTS]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_resolution_any_source_span_resolves(property_docs: list[Doc], data: st.DataObject) -> None:
    doc = data.draw(st.sampled_from(property_docs))
    text = doc.text
    spans = data.draw(
        st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=4)
    )
    quotes = [
        Quote(
            type=QuoteType.INDIRECT,
            content=[TextSpan.from_offsets(text, 0, len(text))],
            source=Source(mention=TextSpan.from_offsets(text, min(a, b), max(a, b))),
        )
        for a, b in spans
    ]
    resolved = resolve_sources(doc, quotes)
    assert [q.content for q in resolved] == [q.content for q in quotes]
    for quote in resolved:
        assert quote.source is not None and quote.source.entity_id is not None
        name = quote.source.name
        assert name is None or name in text or name.lower() in text.lower()
    entities = find_sources(doc, quotes)
    assert sorted(i for e in entities for i in e.quotes) == list(range(len(quotes)))
