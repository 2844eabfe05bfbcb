"""Organisations: short forms, acronyms, descriptions and documents they issue."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from quoteattr.resolution import resolve_sources
from quoteattr.resolution.mentions import DocIndex, find_mentions, is_headline, org_mention
from quoteattr.results import Quote, QuoteType, Source, SourceKind, TextSpan
from tests.quote_rows import parsed_doc
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
            "Heritage row.\nThe move was criticised by the Council of Nordic Arts, Crafts and "
            "Heritage (CNACH) on Friday.\nCNACH said the building belonged to everyone.",
            ["CNACH#2"],
            [("CNACH", "Council of Nordic Arts, Crafts and Heritage", O)],
            id="short-form-spelt-out-across-commas",
        ),
        pytest.param(
            "Carmaker recalls vans\nMarlow Motor Company announced a recall on Friday.\n"
            "Marlow said the fault was rare.",
            ["Marlow#2"],
            [("Marlow", "Marlow Motor Company", O)],
            id="company-name-without-its-designators",
        ),
        pytest.param(
            "Builder warns on costs\nKestrel Group, based in Toronto, won the contract.\n"
            "The Canadian firm said costs had risen.",
            ["The Canadian firm"],
            [("The Canadian firm", "Kestrel Group", O)],
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
        pytest.param(
            "Rates held.\nThe Bank of Norland kept rates on hold on Monday.\nThe bank said "
            "inflation had eased.",
            ["The bank"],
            [("The bank", "Bank of Norland", O)],
            id="description-word-anywhere-in-the-name",
        ),
        pytest.param(
            "Cup exit.\nKingsford United lost 2-0 at home on Saturday.\nThe club said the "
            "manager would stay.",
            ["The club"],
            [("The club", "Kingsford United", O)],
            id="the-club-is-the-organisation-in-focus",
        ),
        pytest.param(
            "Cars recalled.\nVantor Motors recalled 20,000 cars on Tuesday.\nThe carmaker said "
            "no one was hurt.",
            ["The carmaker"],
            [("The carmaker", "Vantor Motors", O)],
            id="the-carmaker-is-the-organisation-in-focus",
        ),
        pytest.param(
            "Storm warning.\nThe National Weather Office issued a warning on Monday. They said "
            "the storm would reach the coast by night.",
            ["They"],
            [("They", "National Weather Office", O)],
            id="they-after-an-organisation-subject",
        ),
        pytest.param(
            "Storm fades.\nThe Coastal Weather Office reported the storm had weakened. Had it "
            "grown, it would have been called Storm Ada. On Tuesday, they reported the storm "
            "had gone.",
            ["they"],
            [("they", "Coastal Weather Office", O)],
            id="they-passes-over-it-and-subordinate-subjects-to-the-organisation",
        ),
        pytest.param(
            "Vote delayed.\nOpposition leaders met the speaker on Monday. They said the vote "
            "should wait.",
            ["They"],
            [("They", None, G)],
            id="they-after-a-plural-subject-is-a-group",
        ),
        pytest.param(
            "Phone sales.\nApple said sales rose in China. She added that margins fell.",
            ["Apple", "She"],
            [("Apple", "Apple", O), ("She", None, SourceKind.UNNAMED)],
            id="a-company-never-becomes-a-person",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a she with no person before it takes a one-word organisation that was "
                "a source for a surname the recogniser mislabelled (as Menendez pointed out); "
                "nothing in the text tells Apple from Menendez without a word list",
            ),
        ),
        pytest.param(
            "Memoir row.\nA new book, The Quiet Years, claims the minister knew of the deal.",
            ["A new book"],
            [("A new book", "The Quiet Years", SourceKind.WORK)],
            id="a-named-book-is-its-title",
        ),
        pytest.param(
            "Cult row.\nThe Church of the Silver Path denies the claims.\nThe Church said the "
            "women left freely.",
            ["The Church"],
            [("The Church", "Church of the Silver Path", O)],
            id="first-word-of-an-x-of-y-name",
        ),
        pytest.param(
            "Strike looms.\nThe Players' Guild Association issued a statement on Monday.\n"
            "The Players' Guild Association said talks had failed.",
            ["The Players' Guild Association#2"],
            [("The Players' Guild Association", "Players' Guild Association", O)],
            id="plural-possessive-inside-a-name",
        ),
        pytest.param(
            "Law reform.\nThe Law Reform Board published its review of sentencing on Monday. "
            "The panel said judges needed more freedom.",
            ["The panel"],
            [("The panel", "Law Reform Board", O)],
            id="the-panel-is-the-organisation-in-focus",
        ),
        pytest.param(
            "Race tightens.\nA poll conducted by Northfield Research found the race was tied.",
            ["A poll"],
            [("A poll", "Northfield Research", O)],
            id="document-by-its-author-in-a-participle",
        ),
        pytest.param(
            "Blast inquiry.\nOne news site, Tavrida.com, claims the blast was deliberate.\n"
            "The website said police knew in advance.",
            ["The website"],
            [("The website", "Tavrida.com", O)],
            id="the-website-is-a-site-named-by-its-address",
        ),
        pytest.param(
            "Salt drive.\nThe World Health Organisation (WHO) backs iodised salt. WHO say "
            "deficiency is common.",
            ["WHO#2"],
            [("WHO", "World Health Organisation", O)],
            id="an-acronym-tagged-as-a-pronoun",
        ),
        pytest.param(
            "Crash inquiry.\nThe driver was a diplomat, the US Embassy in Lisbon confirmed on "
            "Monday.\nThe embassy said she had left the country.",
            ["The embassy"],
            [("The embassy", "US Embassy in Lisbon", O)],
            id="an-embassy-is-named-with-its-city",
        ),
        pytest.param(
            "Court ruling.\nThe Norland Supreme Court ruled on Thursday that landlords must "
            "fix leaks.\nAccording to the ruling, a landlord must act quickly.",
            ["the ruling"],
            [("the ruling", "Norland Supreme Court", O)],
            id="the-ruling-is-whoever-ruled",
        ),
        pytest.param(
            "Vans recalled\nMarlow Motors issued a statement on Friday. The statement said "
            "the fault was rare. Parts, the statement said, would be replaced.",
            ["The statement", "the statement"],
            [("The statement", "Marlow Motors", O), ("the statement", "Marlow Motors", O)],
            id="the-same-document-again-looks-past-a-mention-that-says-nothing",
        ),
        pytest.param(
            "Museum raid.\nOfficers from Wessex Valley Police reached the museum at dawn.\n"
            "Police said two men had been arrested.",
            ["Police#2"],
            [("Police", "Wessex Valley Police", O)],
            id="police-is-the-force-in-focus-not-a-group",
        ),
        pytest.param(
            "Tour news.\nThe Velvet Owls cancelled their tour on Friday. The band said the "
            "singer was ill.",
            ["The band"],
            [("The band", "Velvet Owls", O)],
            id="the-band-is-a-name-the-recogniser-missed",
        ),
        pytest.param(
            "Job cuts.\nHarwell Bank cut 200 jobs on Monday. It said demand had fallen.",
            ["It"],
            [("It", "Harwell Bank", O)],
            id="it-is-the-organisation",
        ),
        pytest.param(
            "Yesterday, the Harbour Supply Group announced that it would close two of its depots "
            "in the north of the country and move the work to a new site near the port.\n\n"
            "Harbour Supply said the move would save money.",
            ["Harbour Supply"],
            [("Harbour Supply", "Harbour Supply Group", O)],
            id="a-text-that-opens-with-a-paragraph-has-no-headline",
        ),
        pytest.param(
            "Union balloted\nStaff at NRTU (National Rail Tenants Union) voted on Monday.\n"
            "NRTU said the vote was close.",
            ["NRTU#2"],
            [("NRTU", "National Rail Tenants Union", O)],
            id="short-form-spelt-out-in-brackets-after-it",
        ),
        pytest.param(
            "Depots to close\nThe haulier Northgate Logistics Group (Northgate) shut two depots.\n"
            "Northgate said the work would move south.",
            ["Northgate#3"],
            [("Northgate", "Northgate Logistics Group", O)],
            id="short-form-in-brackets-is-a-word-of-the-name",
        ),
        pytest.param(
            "Barn fire\nNorth Fenwick Fire and Rescue Service sent four engines to the farm "
            "overnight.\nThe fire service said nobody was hurt.",
            ["The fire service"],
            [("The fire service", "North Fenwick Fire and Rescue Service", O)],
            id="a-description-repeats-the-words-of-a-name-the-recogniser-missed",
        ),
        pytest.param(
            "Pipeline leak\nA pipe owned by Brantwood Energy burst on Monday. The Ontario "
            "Ministry of Environment said the spill was small. The ministry sent inspectors. "
            "The ministry closed the road.\nThe company said repairs would take a week.",
            ["The company"],
            [("The company", "Brantwood Energy", O)],
            id="the-company-is-never-a-public-body",
        ),
        pytest.param(
            "Spam king sued\nThe man behind Quickmailer.com was sued on Monday.\n"
            "Quickmailer said it would appeal.",
            ["Quickmailer"],
            [("Quickmailer", "Quickmailer.com", O)],
            id="a-company-named-by-its-web-address-in-the-text",
        ),
        pytest.param(
            "Spam king sued\nTom Baird, the man behind Quickmailer.com, spoke on Monday. "
            "Quickmailer was fighting a lawsuit brought by Norland Telecom, which wants "
            "damages. The company said it would appeal.",
            ["The company"],
            [("The company", "Quickmailer.com", O)],
            id="a-web-address-name-without-its-ending-is-the-company",
        ),
        pytest.param(
            "Boundary review\nThe Boundary Commission published its report in May. The Home "
            "Office said the plan would fail. The commission, a panel of surveyors, had been "
            "asked to redraw the map. But it said the changes would not work.",
            ["The Home Office", "it"],
            [("The Home Office", "Home Office", O), ("it", "Boundary Commission", O)],
            id="it-after-an-organisations-description-as-subject",
        ),
        pytest.param(
            "Shops shut.\nPrices rose, according to Notes from Norland (NFN).\nNFN said shops "
            "had closed.",
            ["NFN#2"],
            [("NFN", "Notes from Norland", O)],
            id="short-form-spelt-with-a-lowercase-word-of-the-name",
        ),
        pytest.param(
            "Port case.\nOn Monday the Norland High Court ruled against the port. The port had "
            "a poor record of obeying orders from a regional court.\nAccording to the "
            "ruling, the port must close.",
            ["the ruling"],
            [("the ruling", "Norland High Court", O)],
            id="an-earlier-document-of-an-indefinite-owner-is-another",
        ),
        pytest.param(
            "Barn fire\nHalden Fire and Rescue Service sent four engines to the farm.\nNobody "
            "was hurt, according to a fire service statement.",
            ["a fire service statement"],
            [("a fire service statement", "Halden Fire and Rescue Service", O)],
            id="a-document-of-an-organisation-described-by-its-modifiers",
        ),
        pytest.param(
            "Vote count\nThe Norland Labour Party lost two seats on Sunday.\nSome party figures "
            "said the count was flawed.",
            ["Some party figures"],
            [("Some party figures", None, G)],
            id="people-described-by-an-organisation-are-no-document-of-it",
        ),
        pytest.param(
            "Hotel fire\nThe Hotel Blue Lagoon burned down on Monday.\nThe hotel's website "
            "said 90 guests were inside.",
            ["The hotel's website"],
            [("The hotel's website", "Hotel Blue Lagoon", O)],
            id="a-website-of-a-hotel-whose-name-opens-with-the-noun",
        ),
        pytest.param(
            "Flights cancelled\nThe Norland Air Authority closed the airport on Monday. "
            "However, its website says flights will resume.",
            ["its website"],
            [("its website", "Norland Air Authority", O)],
            id="a-document-of-the-organisation-its-refers-to",
        ),
        pytest.param(
            "Vans recalled\nMarlow Motors released a statement which read that the fault was "
            "rare.",
            ["a statement"],
            [("a statement", "Marlow Motors", O)],
            id="a-document-its-author-released",
        ),
        pytest.param(
            "Vans recalled\nThe Ledger obtained a letter which said the fault was rare.",
            ["a letter"],
            [("a letter", None, G)],
            id="a-document-obtained-is-not-the-obtainers",
        ),
        pytest.param(
            "Spam king sued\nThe man behind Quickmailer.com was sued on Monday. Quickmailer was "
            "fighting Norland Telecom, which wants damages. The company said it would keep "
            "trading.",
            ["The company"],
            [("The company", "Quickmailer.com", O)],
            id="a-web-name-written-without-its-ending-is-the-company",
        ),
    ],
)
def test_resolution_organisations(
    nlp: Language, text: str, mentions: list[str], expected: list[Row]
) -> None:
    assert resolved_rows(nlp, text, mentions) == expected


def test_resolution_organisation_name_without_a_date_run_into_it(nlp: Language) -> None:
    """Hand-built entities: a date before an organisation's name is no part of it."""
    doc = parsed_doc(
        nlp,
        [
            ("Thursday", 4, "npadvmod", "NNP", "PROPN", "Thursday"),
            ("the", 3, "det", "DT", "DET", "the"),
            ("Heritage", 3, "compound", "NNP", "PROPN", "Heritage"),
            ("Commission", 4, "nsubj", "NNP", "PROPN", "Commission"),
            ("objected", 4, "ROOT", "VBD", "VERB", "object"),
            (".", 4, "punct", ".", "PUNCT", "."),
        ],
    )
    doc.ents = [Span(doc, 0, 1, label="DATE"), Span(doc, 2, 4, label="ORG")]
    mention = org_mention(doc, doc[0:4], DocIndex.from_doc(doc))
    assert mention is not None and mention.text == "Heritage Commission"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Harbour Supply Group Shuts Two Depots.", True),
        ("River levels force school closures", True),
        (
            (
                "Yesterday, the Harbour Supply Group announced that it would close two of its "
                "depots in the north of the country and move the work elsewhere."
            ),
            False,
        ),
    ],
)
def test_resolution_first_line_is_a_headline(line: str, expected: bool) -> None:
    assert is_headline(line) is expected


def test_resolution_web_address_tagged_anyhow_is_an_organisation(nlp: Language) -> None:
    """Hand-built tags: ``Quickmailer.com`` tagged a pronoun, in no entity, still names one."""
    words = ["The", "man", "behind", "Quickmailer.com", "was", "sued", "."]
    tags = [("DT", "DET"), ("NN", "NOUN"), ("IN", "ADP"), ("PRP", "PRON"), ("VBD", "AUX"),
            ("VBN", "VERB"), (".", "PUNCT")]
    heads = [1, 5, 1, 2, 5, 5, 5]
    deps = ["det", "nsubjpass", "prep", "pobj", "auxpass", "ROOT", "punct"]
    doc = parsed_doc(
        nlp, [(w, h, d, t, p, w) for w, h, d, (t, p) in zip(words, heads, deps, tags)]
    )
    found = [(m.text, m.kind) for m in find_mentions(doc, DocIndex.from_doc(doc))]
    assert found == [("Quickmailer.com", "organization")]


def test_resolution_web_name_without_its_ending_is_the_organisation(nlp: Language) -> None:
    """Hand-built entities: ``Quickmailer`` after ``Quickmailer.com``, tagged a place, is the company."""
    words = ["Quickmailer.com", "was", "sued", ".", "Quickmailer", "lost", "."]
    tags = [("NNP", "PROPN"), ("VBD", "AUX"), ("VBN", "VERB"), (".", "PUNCT"),
            ("NNP", "PROPN"), ("VBD", "VERB"), (".", "PUNCT")]
    heads = [2, 2, 2, 2, 5, 5, 5]
    deps = ["nsubjpass", "auxpass", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    doc = parsed_doc(
        nlp, [(w, h, d, t, p, w) for w, h, d, (t, p) in zip(words, heads, deps, tags)]
    )
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 4, 5, label="GPE")]
    found = [(m.text, m.kind) for m in find_mentions(doc, DocIndex.from_doc(doc))]
    assert found == [("Quickmailer.com", "organization"), ("Quickmailer", "organization")]


def test_resolution_organisation_name_runs_on_with_link_words(nlp: Language) -> None:
    """Hand-built parse: the recogniser took the sentence's opening verb and an organisation's
    noun for a person (``Remarked Centre``) and the organisation's full name for a date.
    The opening verb is no part of a name, the lone ``Centre`` before ``for Marine ...`` is
    no person, and ``The Centre for Marine Studies`` is the organisation, named in full."""
    doc = parsed_doc(
        nlp,
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("Centre", 5, "nsubj", "NNP", "PROPN", "Centre"),
            ("for", 1, "prep", "IN", "ADP", "for"),
            ("Marine", 4, "compound", "NNP", "PROPN", "Marine"),
            ("Studies", 2, "pobj", "NNP", "PROPN", "Studies"),
            ("said", 5, "ROOT", "VBD", "VERB", "say"),
            ("seals", 7, "nsubj", "NNS", "NOUN", "seal"),
            ("returned", 5, "ccomp", "VBD", "VERB", "return"),
            (".", 5, "punct", ".", "PUNCT", "."),
            ("Remarked", 10, "compound", "VBN", "VERB", "remark"),
            ("Centre", 17, "nsubj", "NNP", "PROPN", "Centre"),
            ("for", 10, "prep", "IN", "ADP", "for"),
            ("Marine", 13, "compound", "NNP", "PROPN", "Marine"),
            ("Studies", 11, "pobj", "NNP", "PROPN", "Studies"),
            ("scientist", 16, "compound", "NN", "NOUN", "scientist"),
            ("Ana", 16, "compound", "NNP", "PROPN", "Ana"),
            ("Ruiz", 10, "appos", "NNP", "PROPN", "Ruiz"),
            ("smiled", 17, "ROOT", "VBD", "VERB", "smile"),
            (".", 17, "punct", ".", "PUNCT", "."),
        ],
        ["B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE"]
        + ["O"] * 4
        + ["B-PERSON", "I-PERSON"]
        + ["O"] * 4
        + ["B-PERSON", "I-PERSON", "O", "O"],
    )
    found = [m.text for m in find_mentions(doc, DocIndex.from_doc(doc))]
    assert "Remarked Centre" not in found and "Centre" not in found
    text = doc.text
    quote = Quote(
        type=QuoteType.INDIRECT,
        content=[TextSpan.from_offsets(text, text.index("seals"), text.index("."))],
        source=Source(mention=TextSpan.from_offsets(text, 0, text.index(" said"))),
    )
    [resolved] = resolve_sources(doc, [quote])
    assert resolved.source is not None
    assert (resolved.source.name, resolved.source.kind) == ("Centre for Marine Studies", O)


def test_resolution_organisation_name_tagged_as_a_noun(nlp: Language) -> None:
    """Hand-built tags: ``Ledger``, an organisation entity the tagger took for a common
    noun, is still a name (``with which Ledger credits ...``)."""
    doc = parsed_doc(
        nlp,
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("Ledger", 2, "nsubj", "NN", "NOUN", "ledger"),
            ("said", 2, "ROOT", "VBD", "VERB", "say"),
            ("rents", 4, "nsubj", "NNS", "NOUN", "rent"),
            ("rose", 2, "ccomp", "VBD", "VERB", "rise"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ],
        ["O", "B-ORG", "O", "O", "O", "O"],
    )
    text = doc.text
    quote = Quote(
        type=QuoteType.INDIRECT,
        content=[TextSpan.from_offsets(text, text.index("rents"), text.index("."))],
        source=Source(mention=TextSpan.from_offsets(text, 0, text.index(" said"))),
    )
    [resolved] = resolve_sources(doc, [quote])
    assert resolved.source is not None
    assert (resolved.source.name, resolved.source.kind) == ("Ledger", O)


def test_resolution_capitalised_name_with_a_common_noun_head(nlp: Language) -> None:
    """Hand-built tags: ``KXRB Radio``, in no entity and headed by a word tagged as a common
    noun, is an organisation's name all the same."""
    doc = parsed_doc(
        nlp,
        [
            ("Prices", 1, "nsubj", "NNS", "NOUN", "price"),
            ("fell", 1, "ROOT", "VBD", "VERB", "fall"),
            (",", 1, "punct", ",", "PUNCT", ","),
            ("according", 1, "prep", "VBG", "VERB", "accord"),
            ("to", 3, "prep", "IN", "ADP", "to"),
            ("KXRB", 6, "compound", "NNP", "PROPN", "KXRB"),
            ("Radio", 4, "pobj", "NN", "NOUN", "radio"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ],
    )
    text = doc.text
    quote = Quote(
        type=QuoteType.INDIRECT,
        content=[TextSpan.from_offsets(text, 0, text.index(","))],
        source=Source(mention=TextSpan.from_offsets(text, text.index("KXRB"), text.index("."))),
    )
    [resolved] = resolve_sources(doc, [quote])
    assert resolved.source is not None
    assert (resolved.source.name, resolved.source.kind) == ("KXRB Radio", O)


def test_resolution_plural_looking_name_with_a_singular_verb(nlp: Language) -> None:
    """Hand-built tags: ``Social Greens``, a plural proper noun taken for a nationality, with
    a singular verb, is one party's name, not a group (``Greens say`` would be)."""
    doc = parsed_doc(
        nlp,
        [
            ("Social", 1, "compound", "NNP", "PROPN", "Social"),
            ("Greens", 2, "nsubj", "NNPS", "PROPN", "Greens"),
            ("describes", 2, "ROOT", "VBZ", "VERB", "describe"),
            ("itself", 2, "dobj", "PRP", "PRON", "itself"),
            ("as", 2, "prep", "IN", "ADP", "as"),
            ("liberal", 4, "pobj", "JJ", "ADJ", "liberal"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ],
        ["O", "B-NORP", "O", "O", "O", "O", "O"],
    )
    text = doc.text
    quote = Quote(
        type=QuoteType.MIXED,
        content=[TextSpan.from_offsets(text, text.index("itself"), text.index("."))],
        source=Source(mention=TextSpan.from_offsets(text, 0, text.index(" describes"))),
    )
    [resolved] = resolve_sources(doc, [quote])
    assert resolved.source is not None
    assert (resolved.source.name, resolved.source.kind) == ("Social Greens", O)


def test_resolution_organisation_name_without_the_phrase_it_ran_into(nlp: Language) -> None:
    """Hand-built entities: a name the recogniser ran into the first common words of the
    phrase after it (``Norland Press of bank`` in ``... of bank robberies``) ends before
    them; a name of lowercase words that ends its own phrase stays whole."""
    doc = parsed_doc(
        nlp,
        [
            ("Norland", 1, "compound", "NNP", "PROPN", "Norland"),
            ("Press", 1, "ROOT", "NNP", "PROPN", "Press"),
            ("of", 1, "prep", "IN", "ADP", "of"),
            ("bank", 4, "compound", "NN", "NOUN", "bank"),
            ("robberies", 2, "pobj", "NNS", "NOUN", "robbery"),
            (".", 1, "punct", ".", "PUNCT", "."),
            ("The", 11, "det", "DT", "DET", "the"),
            ("Commons", 11, "compound", "NNP", "PROPN", "Commons"),
            ("science", 11, "compound", "NN", "NOUN", "science"),
            ("and", 8, "cc", "CC", "CCONJ", "and"),
            ("arts", 8, "conj", "NNS", "NOUN", "art"),
            ("committee", 12, "nsubj", "NN", "NOUN", "committee"),
            ("met", 12, "ROOT", "VBD", "VERB", "meet"),
            (".", 12, "punct", ".", "PUNCT", "."),
        ],
        ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]
        + ["I-ORG", "O", "O"],
    )
    index = DocIndex.from_doc(doc)
    cut = org_mention(doc, doc[0:4], index)
    whole = org_mention(doc, doc[7:12], index)
    assert cut is not None and cut.text == "Norland Press"
    assert whole is not None and whole.text == "Commons science and arts committee"


def test_resolution_two_names_the_recogniser_ran_together_over_the(nlp: Language) -> None:
    """Hand-built entities: ``Kessel the Bellcorp`` taken for one organisation in
    ``According to Kessel the Bellcorp site was sold``: a surname and an organisation."""
    doc = parsed_doc(
        nlp,
        [
            ("Anna", 1, "compound", "NNP", "PROPN", "Anna"),
            ("Kessel", 2, "nsubj", "NNP", "PROPN", "Kessel"),
            ("resigned", 2, "ROOT", "VBD", "VERB", "resign"),
            (".", 2, "punct", ".", "PUNCT", "."),
            ("According", 12, "prep", "VBG", "VERB", "accord"),
            ("to", 4, "prep", "IN", "ADP", "to"),
            ("Kessel", 5, "pobj", "NNP", "PROPN", "Kessel"),
            ("the", 9, "det", "DT", "DET", "the"),
            ("Bellcorp", 9, "compound", "NNP", "PROPN", "Bellcorp"),
            ("site", 12, "nsubjpass", "NN", "NOUN", "site"),
            ("was", 12, "auxpass", "VBD", "AUX", "be"),
            ("quietly", 12, "advmod", "RB", "ADV", "quietly"),
            ("sold", 12, "ROOT", "VBN", "VERB", "sell"),
            (".", 12, "punct", ".", "PUNCT", "."),
        ],
        ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG"] + ["O"] * 5,
    )
    found = [(m.text, m.kind) for m in find_mentions(doc, DocIndex.from_doc(doc))]
    assert found == [
        ("Anna Kessel", "person"),
        ("Kessel", "person"),
        ("Bellcorp", "organization"),
    ]


def test_resolution_sentence_capital_does_not_run_on_into_a_name(nlp: Language) -> None:
    """Hand-built parse: ``Staff for the Harbour Committee said``: ``Staff`` is capitalised
    for opening the sentence, so the phrase is not read as one organisation's name (as
    ``The Centre for Marine Studies`` is)."""
    doc = parsed_doc(
        nlp,
        [
            ("Staff", 5, "nsubj", "NNP", "PROPN", "Staff"),
            ("for", 0, "prep", "IN", "ADP", "for"),
            ("the", 4, "det", "DT", "DET", "the"),
            ("Harbour", 4, "compound", "NNP", "PROPN", "Harbour"),
            ("Committee", 1, "pobj", "NNP", "PROPN", "Committee"),
            ("said", 5, "ROOT", "VBD", "VERB", "say"),
            ("rents", 7, "nsubj", "NNS", "NOUN", "rent"),
            ("rose", 5, "ccomp", "VBD", "VERB", "rise"),
            (".", 5, "punct", ".", "PUNCT", "."),
        ],
    )
    text = doc.text
    quote = Quote(
        type=QuoteType.INDIRECT,
        content=[TextSpan.from_offsets(text, text.index("rents"), len(text) - 1)],
        source=Source(mention=TextSpan.from_offsets(text, 0, text.index(" said"))),
    )
    [resolved] = resolve_sources(doc, [quote])
    assert resolved.source is not None
    assert resolved.source.name != "Staff for the Harbour Committee"
