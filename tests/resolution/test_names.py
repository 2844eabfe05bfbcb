"""Names as written in news of any country: long descriptions, particles, hyphens, two surnames."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from quoteattr.resolution import resolve_sources
from quoteattr.resolution.mentions import DocIndex, find_mentions, person_mention
from quoteattr.resolution.names import org_names_match, surname_misspelt
from quoteattr.results import Quote, QuoteType, Source, SourceKind, TextSpan
from tests.quote_rows import parsed_doc
from tests.resolution.helpers import Row, resolved_rows

P, O = SourceKind.PERSON, SourceKind.ORGANIZATION
FISK = "Executive director of the Leeds branch of the National Union of Tenants Alan Fisk"


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        pytest.param(
            "The Chilean Ambassador to the United Kingdom Rosa Pereira met Prime Minister Tom "
            "Barker in London on Monday.\nChilean Ambassador to the United Kingdom Rosa Pereira "
            "said the talks went well.",
            ["Chilean Ambassador to the United Kingdom Rosa Pereira#2"],
            [("Chilean Ambassador to the United Kingdom Rosa Pereira", "Rosa Pereira", P)],
            id="long-description-before-a-name",
        ),
        pytest.param(
            "Mark Bellamy, the founder of Ferncloud, spoke first.\nExecutive director of the "
            "Leeds branch of the National Union of Tenants Alan Fisk said rents were too high.",
            [FISK],
            [(FISK, "Alan Fisk", P)],
            id="a-role-noun-with-a-name-at-its-end-is-the-name-not-the-person-in-focus",
        ),
        pytest.param(
            "South Korean diplomat Park Min-jun arrived in Tokyo.\nMr Park said the talks "
            "went well.",
            ["Mr Park"],
            [("Mr Park", "Park Min-jun", P)],
            id="east-asian-family-name-first-hyphenated-given-name",
        ),
        pytest.param(
            "Carlos Ibáñez Rojas resigned on Friday.\nIbáñez said he was sorry.",
            ["Ibáñez"],
            [("Ibáñez", "Carlos Ibáñez Rojas", P)],
            id="first-of-two-surnames",
        ),
        pytest.param(
            "Ramon dela Paz, a farmer, lost his house.\nRamon dela Paz said the storm came "
            "at night.",
            ["Ramon dela Paz#2"],
            [("Ramon dela Paz", "Ramon dela Paz", P)],
            id="particle-after-a-rare-first-name",
        ),
        pytest.param(
            "Conservative MP Tanya Rhodes criticised the plan.\nMP Tanya Rhodes said it was "
            "unfair.",
            ["MP Tanya Rhodes#2"],
            [("MP Tanya Rhodes", "Tanya Rhodes", P)],
            id="british-title-is-no-part-of-the-name",
        ),
        pytest.param(
            "Omar Haddad and his wife Leila Haddad run a bakery in Leeds.\nMrs Haddad said "
            "business was slow. She added that prices had risen.",
            ["Mrs Haddad", "She"],
            [("Mrs Haddad", "Leila Haddad", P), ("She", "Leila Haddad", P)],
            id="shared-surname-honorific-and-pronoun-pick-the-woman",
        ),
        pytest.param(
            "Tensions rose in Riyadh on Monday.\nThe Saudi government said the talks were over.",
            ["The Saudi government"],
            [("The Saudi government", "Saudi government", O)],
            id="a-places-organisation-is-named-by-place-and-noun",
        ),
        pytest.param(
            "Trade talks.\nCurrent Prime Minister of Norland Arvid Lindahl met traders on "
            "Monday.\nLindahl said tariffs would fall.",
            ["Lindahl#2"],
            [("Lindahl", "Arvid Lindahl", P)],
            id="qualified-multiword-title-is-no-part-of-the-name",
        ),
        pytest.param(
            "Temple row.\nSwami Devanand led the prayers.\nDevanand said the temple would "
            "stay open.",
            ["Devanand#2"],
            [("Devanand", "Devanand", P)],
            id="honorific-of-another-culture-and-the-name-it-marks-is-a-person",
        ),
        pytest.param(
            "Budget vote.\nActing Home Secretary Priya Lal spoke first. Lal said the budget "
            "was fair.",
            ["Lal#2"],
            [("Lal", "Priya Lal", P)],
            id="acting-british-title",
        ),
        pytest.param(
            "United States Senator from Vermont Jane Holloway ended her campaign on Monday.\n"
            "Holloway said she was proud.",
            ["Holloway"],
            [("Holloway", "Jane Holloway", P)],
            id="a-name-the-recogniser-swallowed-into-a-place",
        ),
        pytest.param(
            "Court ruling.\nJennifer Marsh of Leeds University and adviser to the Post said "
            "the ruling was narrow.",
            ["Jennifer Marsh of Leeds University and adviser to the Post"],
            [("Jennifer Marsh of Leeds University and adviser to the Post", "Jennifer Marsh", P)],
            id="name-opening-a-mention-that-says-where-they-are-from",
        ),
        pytest.param(
            "Blaze contained.\nAnne-Marie Lindqvist of Halden Fire and Rescue said the roof "
            "had collapsed.",
            ["Anne-Marie Lindqvist of Halden Fire and Rescue"],
            [("Anne-Marie Lindqvist of Halden Fire and Rescue", "Anne-Marie Lindqvist", P)],
            id="hyphenated-first-name-opening-a-mention-that-says-where-they-are-from",
        ),
        pytest.param(
            "Ballot law upheld.\nGeorgia Secretary of State Maria Lopez said the law was fair.",
            ["Georgia Secretary of State Maria Lopez"],
            [("Georgia Secretary of State Maria Lopez", "Maria Lopez", P)],
            id="place-and-title-with-of-before-a-name-are-no-name",
        ),
        pytest.param(
            "Keane quits after loss to coach Ward\n\nDan Keane has ended his partnership with "
            "his coach.\nKeane said the split was friendly.",
            ["Keane#2"],
            [("Keane", "Dan Keane", P)],
            id="a-name-never-runs-across-a-paragraph-break",
        ),
        pytest.param(
            "Tributes.\nOne of Norland's Vice Presidents, Rebecca Amani, also commented on his "
            "death. She said he was honest.",
            ["One of Norland's Vice Presidents", "She"],
            [
                ("One of Norland's Vice Presidents", "Rebecca Amani", P),
                ("She", "Rebecca Amani", P),
            ],
            id="one-of-several-named-in-apposition",
        ),
        pytest.param(
            "Gallery reopens.\nDana Kowalczyk, the museum's director, opened the show. "
            "Kowalcyk said the rooms were full on the first day.",
            ["Kowalcyk"],
            [("Kowalcyk", "Dana Kowalczyk", P)],
            id="a-surname-written-with-one-letter-missing",
        ),
    ],
)
def test_resolution_names(
    nlp: Language, text: str, mentions: list[str], expected: list[Row]
) -> None:
    assert resolved_rows(nlp, text, mentions) == expected


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("BulkMailPro", "BulkMailPro.com", True),
        ("Marlow", "Marlow Motor Company", True),
        ("Church", "Church of the Silver Path", True),
        ("Post", "Washington Post", True),
        ("FTB", "Federal Trade Board", True),
        ("Marlow", "Marlow Foundation Trust", False),
        ("Bank", "Eastern Development Bank of Norland", False),
        ("U.S. Mint", "United States Mint", True),
        ("UK Space Agency", "United Kingdom Space Agency", True),
        ("Justice Ministry", "Norland Ministry of Justice", True),
        ("Justice Ministry", "Ministry of Health", False),
        ("Justice Ministry", "Ministry of Justice of Norland", False),
    ],
)
def test_resolution_org_names_match(one: str, other: str, expected: bool) -> None:
    assert org_names_match(one, other) is expected


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("kowalcyk", "kowalczyk", True),  # a letter missing
        ("petrson", "peterson", True),
        ("hallorn", "halloran", True),
        ("okafer", "okafor", True),  # a letter wrong
        ("lee", "leo", False),  # too short to tell a slip from another name
        ("nolan", "dolan", False),  # another first letter: another name
        ("harper", "harmon", False),  # two letters apart
        ("de silva", "da silva", False),  # a name of several words is compared whole
    ],
)
def test_resolution_surname_misspelt(one: str, other: str, expected: bool) -> None:
    assert surname_misspelt(one, other) is expected


def test_resolution_name_after_a_title_the_recogniser_took_for_an_organisation(
    nlp: Language,
) -> None:
    """Hand-built parse: the recogniser swallowed a place and a name it does not know as
    a person into one organisation (``Norland Zorvel Lindqvist``); after the title, the
    place's words known from elsewhere in the text are dropped and the rest is the person."""
    doc = parsed_doc(
        nlp,
        [
            ("Norland", 1, "nsubj", "NNP", "PROPN", "Norland"),
            ("is", 1, "ROOT", "VBZ", "AUX", "be"),
            ("cold", 1, "acomp", "JJ", "ADJ", "cold"),
            (".", 1, "punct", ".", "PUNCT", "."),
            ("Prime", 5, "compound", "NNP", "PROPN", "Prime"),
            ("Minister", 10, "nsubj", "NNP", "PROPN", "Minister"),
            ("of", 5, "prep", "IN", "ADP", "of"),
            ("Norland", 9, "compound", "NNP", "PROPN", "Norland"),
            ("Zorvel", 9, "compound", "NNP", "PROPN", "Zorvel"),
            ("Lindqvist", 6, "pobj", "NNP", "PROPN", "Lindqvist"),
            ("said", 10, "ROOT", "VBD", "VERB", "say"),
            ("trade", 13, "nsubj", "NN", "NOUN", "trade"),
            ("would", 13, "aux", "MD", "AUX", "would"),
            ("grow", 10, "ccomp", "VB", "VERB", "grow"),
            (".", 10, "punct", ".", "PUNCT", "."),
        ],
    )
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 7, 10, label="ORG")]
    text = doc.text
    start, end = text.index("Prime"), text.index(" said")
    quote = Quote(
        type=QuoteType.INDIRECT,
        content=[TextSpan.from_offsets(text, end + 6, len(text) - 1)],
        source=Source(mention=TextSpan.from_offsets(text, start, end)),
    )
    [resolved] = resolve_sources(doc, [quote])
    assert resolved.source is not None
    assert (resolved.source.name, resolved.source.kind) == ("Zorvel Lindqvist", P)


def test_resolution_name_ends_at_a_capitalised_function_word(nlp: Language) -> None:
    """Hand-built entity: a recogniser running a name into a title-case heading
    (``Maria Lindqvist On Behalf``) leaves the name whole and nothing more."""
    doc = parsed_doc(
        nlp,
        [
            ("Maria", 1, "compound", "NNP", "PROPN", "Maria"),
            ("Lindqvist", 1, "ROOT", "NNP", "PROPN", "Lindqvist"),
            ("On", 1, "prep", "IN", "ADP", "on"),
            ("Behalf", 2, "pobj", "NNP", "PROPN", "Behalf"),
        ],
    )
    doc.ents = [Span(doc, 0, 4, label="PERSON")]
    mention = person_mention(doc, doc[0:4], DocIndex.from_doc(doc))
    assert mention is not None and mention.text == "Maria Lindqvist"


def _flat(nlp: Language, words: list[tuple[str, str, str]], root: int, ents: list[str]) -> Doc:
    """A hand-built Doc whose words all hang on the ``root`` word (the rule reads entities)."""
    return parsed_doc(
        nlp,
        [
            (w, root, "ROOT" if i == root else "dep", tag, pos, w)
            for i, (w, tag, pos) in enumerate(words)
        ],
        ents,
    )


def test_resolution_person_after_a_place_the_recogniser_took_for_an_organisation(
    nlp: Language,
) -> None:
    """``Premier of Norland Zoltar Quenby``: the place, named alone elsewhere, and the
    person after it are two mentions, though the first name is in no list."""
    words = [("Premier", "NNP", "PROPN"), ("of", "IN", "ADP"), ("Norland", "NNP", "PROPN"),
             ("Zoltar", "NNP", "PROPN"), ("Quenby", "NNP", "PROPN"), ("spoke", "VBD", "VERB"),
             ("in", "IN", "ADP"), ("Norland", "NNP", "PROPN"), (".", ".", "PUNCT")]
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE", "O"]
    doc = _flat(nlp, words, 5, ents)
    found = [(m.text, m.kind) for m in find_mentions(doc, DocIndex.from_doc(doc))]
    assert ("Zoltar Quenby", "person") in found


def test_resolution_three_word_name_beside_a_title_the_recogniser_took_for_an_organisation(
    nlp: Language,
) -> None:
    """``Ana Ruiz Soto, the Secretary of Justice,``: a first name and two surnames."""
    words = [("Ana", "NNP", "PROPN"), ("Ruiz", "NNP", "PROPN"), ("Soto", "NNP", "PROPN"),
             (",", ",", "PUNCT"), ("the", "DT", "DET"), ("Secretary", "NNP", "PROPN"),
             ("of", "IN", "ADP"), ("Justice", "NNP", "PROPN"), ("spoke", "VBD", "VERB"),
             (".", ".", "PUNCT")]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O"]
    doc = _flat(nlp, words, 8, ents)
    found = [(m.text, m.kind) for m in find_mentions(doc, DocIndex.from_doc(doc))]
    assert found == [("Ana Ruiz Soto", "person")]


def _resolve_one(doc: Doc, mention: str, content_from: str) -> tuple[str | None, SourceKind]:
    """The name and kind of the source at the last ``mention`` of a hand-built Doc."""
    text = doc.text
    start = text.rindex(mention)
    quote = Quote(
        type=QuoteType.INDIRECT,
        content=[TextSpan.from_offsets(text, text.rindex(content_from), len(text) - 1)],
        source=Source(mention=TextSpan.from_offsets(text, start, start + len(mention))),
    )
    [resolved] = resolve_sources(doc, [quote])
    assert resolved.source is not None
    return resolved.source.name, resolved.source.kind


def test_resolution_title_cut_from_its_name_and_a_shared_surname(nlp: Language) -> None:
    """Hand-built parse: ``Mayor`` cut from ``Mayor of Norland Zorvel Haddad``, where the
    recogniser knew only the surname and another Haddad came first. The given name no list
    knows is the surname's own, and the title is the person named after its place."""
    doc = parsed_doc(
        nlp,
        [
            ("Omar", 1, "compound", "NNP", "PROPN", "Omar"),
            ("Haddad", 2, "nsubj", "NNP", "PROPN", "Haddad"),
            ("attacked", 2, "ROOT", "VBD", "VERB", "attack"),
            ("a", 4, "det", "DT", "DET", "a"),
            ("bank", 2, "dobj", "NN", "NOUN", "bank"),
            (".", 2, "punct", ".", "PUNCT", "."),
            ("Mayor", 11, "nsubj", "NNP", "PROPN", "Mayor"),
            ("of", 6, "prep", "IN", "ADP", "of"),
            ("Norland", 10, "compound", "NNP", "PROPN", "Norland"),
            ("Zorvel", 10, "compound", "NNP", "PROPN", "Zorvel"),
            ("Haddad", 7, "pobj", "NNP", "PROPN", "Haddad"),
            ("tweeted", 11, "ROOT", "VBD", "VERB", "tweet"),
            ("praise", 11, "dobj", "NN", "NOUN", "praise"),
            (".", 11, "punct", ".", "PUNCT", "."),
        ],
        ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "B-PERSON"]
        + ["O"] * 3,
    )
    assert _resolve_one(doc, "Mayor", "praise") == ("Zorvel Haddad", P)


def test_resolution_surname_of_a_full_name_the_recogniser_missed(nlp: Language) -> None:
    """Hand-built parse: ``Board member Adam Kessel`` in no entity, then ``Kessel said``
    with ``Kessel`` taken for a place: the surname is that person's."""
    doc = parsed_doc(
        nlp,
        [
            ("Board", 1, "compound", "NN", "NOUN", "board"),
            ("member", 3, "compound", "NN", "NOUN", "member"),
            ("Adam", 3, "compound", "NNP", "PROPN", "Adam"),
            ("Kessel", 4, "nsubj", "NNP", "PROPN", "Kessel"),
            ("spoke", 4, "ROOT", "VBD", "VERB", "speak"),
            ("first", 4, "advmod", "RB", "ADV", "first"),
            (".", 4, "punct", ".", "PUNCT", "."),
            ("Kessel", 8, "nsubj", "NNP", "PROPN", "Kessel"),
            ("said", 8, "ROOT", "VBD", "VERB", "say"),
            ("talks", 10, "nsubj", "NNS", "NOUN", "talk"),
            ("failed", 8, "ccomp", "VBD", "VERB", "fail"),
            (".", 8, "punct", ".", "PUNCT", "."),
        ],
        ["O"] * 7 + ["B-LOC"] + ["O"] * 4,
    )
    assert _resolve_one(doc, "Kessel", "talks") == ("Adam Kessel", P)


def test_resolution_name_taken_for_places_but_described_as_a_person(nlp: Language) -> None:
    """Hand-built parse: ``Zara Lyon, a Canadian woman, sued`` with both words taken for
    places: the appositive makes the name a person's."""
    doc = parsed_doc(
        nlp,
        [
            ("Zara", 1, "compound", "NNP", "PROPN", "Zara"),
            ("Lyon", 7, "nsubj", "NNP", "PROPN", "Lyon"),
            (",", 1, "punct", ",", "PUNCT", ","),
            ("a", 5, "det", "DT", "DET", "a"),
            ("Canadian", 5, "amod", "JJ", "ADJ", "canadian"),
            ("woman", 1, "appos", "NN", "NOUN", "woman"),
            (",", 1, "punct", ",", "PUNCT", ","),
            ("sued", 7, "ROOT", "VBD", "VERB", "sue"),
            ("the", 9, "det", "DT", "DET", "the"),
            ("firm", 7, "dobj", "NN", "NOUN", "firm"),
            (".", 7, "punct", ".", "PUNCT", "."),
        ],
        ["B-GPE", "B-GPE", "O", "O", "B-NORP"] + ["O"] * 6,
    )
    found = [(m.text, m.kind) for m in find_mentions(doc, DocIndex.from_doc(doc))]
    assert ("Zara Lyon", "person") in found


def test_resolution_surname_opening_a_sentence_tagged_as_a_verb(nlp: Language) -> None:
    """Hand-built tags: ``Kessel argues`` with ``Kessel`` tagged as a verb: a lone word
    opening its sentence is still the surname (only a word before a name is dropped)."""
    doc = parsed_doc(
        nlp,
        [
            ("Ronald", 1, "compound", "NNP", "PROPN", "Ronald"),
            ("Kessel", 2, "nsubj", "NNP", "PROPN", "Kessel"),
            ("spoke", 2, "ROOT", "VBD", "VERB", "speak"),
            (".", 2, "punct", ".", "PUNCT", "."),
            ("Kessel", 5, "nsubj", "VB", "VERB", "kessel"),
            ("argues", 5, "ROOT", "VBZ", "VERB", "argue"),
            ("costs", 7, "nsubj", "NNS", "NOUN", "cost"),
            ("rose", 5, "ccomp", "VBD", "VERB", "rise"),
            (".", 5, "punct", ".", "PUNCT", "."),
        ],
        ["B-PERSON", "I-PERSON"] + ["O"] * 7,
    )
    assert _resolve_one(doc, "Kessel", "costs") == ("Ronald Kessel", P)


def test_resolution_name_opening_a_new_clause_ends_the_mention(nlp: Language) -> None:
    """Hand-built parse: a mention cut as ``the chain invested in vans, but Jane Doe``
    (``... Jane Doe reports``), headed by ``chain``: the name after ``, but`` is the
    subject of the cue."""
    doc = parsed_doc(
        nlp,
        [
            ("the", 1, "det", "DT", "DET", "the"),
            ("chain", 9, "nsubj", "NN", "NOUN", "chain"),
            ("invested", 1, "acl", "VBN", "VERB", "invest"),
            ("in", 2, "prep", "IN", "ADP", "in"),
            ("vans", 3, "pobj", "NNS", "NOUN", "van"),
            (",", 1, "punct", ",", "PUNCT", ","),
            ("but", 2, "cc", "CC", "CCONJ", "but"),
            ("Jane", 8, "compound", "NNP", "PROPN", "Jane"),
            ("Doe", 2, "conj", "NNP", "PROPN", "Doe"),
            ("reports", 9, "ROOT", "VBZ", "VERB", "report"),
            ("sales", 11, "nsubj", "NNS", "NOUN", "sale"),
            ("fell", 9, "ccomp", "VBD", "VERB", "fall"),
            (".", 9, "punct", ".", "PUNCT", "."),
        ],
        ["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 4,
    )
    text = doc.text
    quote = Quote(
        type=QuoteType.INDIRECT,
        content=[TextSpan.from_offsets(text, text.index("sales"), len(text) - 1)],
        source=Source(mention=TextSpan.from_offsets(text, 0, text.index(" reports"))),
    )
    [resolved] = resolve_sources(doc, [quote])
    assert resolved.source is not None
    assert (resolved.source.name, resolved.source.kind) == ("Jane Doe", P)


def test_resolution_headline_capital_is_no_given_name(nlp: Language) -> None:
    """Hand-built parse: ``Republican Donor Kessler speaks`` as a headline: the capital of
    ``Donor`` is the headline's, not a given name's."""
    doc = parsed_doc(
        nlp,
        [
            ("Republican", 2, "amod", "JJ", "ADJ", "republican"),
            ("Donor", 2, "compound", "NNP", "PROPN", "Donor"),
            ("Kessler", 3, "nsubj", "NNP", "PROPN", "Kessler"),
            ("speaks", 3, "ROOT", "VBZ", "VERB", "speak"),
            ("\n", 3, "dep", "_SP", "SPACE", "\n"),
            ("Sheldon", 6, "compound", "NNP", "PROPN", "Sheldon"),
            ("Kessler", 7, "nsubj", "NNP", "PROPN", "Kessler"),
            ("spoke", 7, "ROOT", "VBD", "VERB", "speak"),
            (".", 7, "punct", ".", "PUNCT", "."),
        ],
        ["O", "O", "B-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O"],
    )
    found = [m.text for m in find_mentions(doc, DocIndex.from_doc(doc))]
    assert found == ["Kessler", "Sheldon Kessler"]
