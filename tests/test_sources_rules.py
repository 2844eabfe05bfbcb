"""Source mentions where the parse misleads: each rule as a whole end-to-end result.

Every case lists all the sourced quotes the pipeline finds in the text, as
(cue, source mention, canonical name, kind).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import quoteattr
from quoteattr.results import SourceKind
from quoteattr.sources import find_according_to_source, find_source_mention
from tests.quote_rows import Token6, parsed_doc

P, O, G, U = SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.GROUP, SourceKind.UNNAMED


def sourced(nlp: Language, text: str) -> list[tuple[str | None, str, str | None, SourceKind]]:
    return [
        (q.cue.text if q.cue else None, q.source.mention.text, q.source.name, q.source.kind)
        for q in quoteattr.find_quotes(nlp(text))
        if q.source is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"Stop dodging the real questions. Voters do not trust Harlow," Webster said, '
            'suggesting a few questions, including, "Mr. Harlow, do you really think that '
            'landlords need another tax cut?"',
            [("said", "Webster", "Webster", P), ("suggesting", "Webster", "Webster", P)],
            id="participle-after-said-comma",
        ),
        pytest.param(
            "Officials had no chance to explain why the bridge closed.",
            [("explain", "Officials", None, G)],
            id="infinitive-on-a-means-noun",
        ),
        pytest.param(
            "The union, but not the company, said talks would resume.",
            [("said", "The union", None, G)],
            id="subject-but-not-another",
        ),
        pytest.param(
            "Senator Ada Brisk issued a statement saying the report was false.",
            [("saying", "Senator Ada Brisk", "Ada Brisk", P)],
            id="issued-a-statement-saying",
        ),
        pytest.param(
            "Senator Webster released a statement that urged voters to stay home.",
            [("urged", "Senator Webster", "Webster", P)],
            id="statement-that-sought",
        ),
        pytest.param(
            "Webster on Friday held an impromptu press briefing to brag that the jobless rate "
            "has fallen below 4 percent.",
            [("brag", "Webster", "Webster", P)],
            id="briefing-to-brag",
        ),
        pytest.param(
            "During the 2019 campaign, Ada Brisk largely ran on her ability to pull the "
            "regional economy into growth and accused Harlow of botching the recovery.",
            [("accused", "Ada Brisk", "Ada Brisk", P)],
            id="cue-joined-to-a-clause-on-a-thing",
        ),
        pytest.param(
            "The party chairman, Tom Harlow, called for a voice vote, and then a written "
            "vote, declaring after both that the motion was lost.",
            [
                ("called for", "Tom Harlow", "Tom Harlow", P),
                ("declaring", "Tom Harlow", "Tom Harlow", P),
            ],
            id="participle-on-a-noun-coordinated-with-a-verb",
        ),
        pytest.param(
            "News Guide: Donors flocked to Brisk super PAC, to no avail.\n\nDALMERE (AP) — "
            "Wealthy donors handed over $12 million last month to an outside group claiming "
            "that Ada Brisk would win.",
            [(":", "News Guide", "News Guide", O), ("claiming", "an outside group", None, G)],
            id="no-dateline-for-a-clause-on-a-noun",
        ),
        pytest.param(
            "Harlow warns Brisk.\n\nLONDON (Reuters) - Tom Harlow said he was unlikely to "
            "get on well with Ada Brisk.",
            [("said", "Tom Harlow", "Tom Harlow", P)],
            id="dateline-is-not-the-subject",
        ),
        pytest.param(
            "Brisk opens library.\n\nDALMERE -- Mayor Brisk, opening the library on "
            "Saturday, said it would serve the whole town.",
            [("said", "Mayor Brisk", "Brisk", P)],
            id="dateline-with-double-hyphen",
        ),
        pytest.param(
            "The Latest: Harlow in Dalmere.\n\n9:40 a.m.\n\nTom Harlow says red tape has "
            "run wild in the navy.",
            [("says", "Tom Harlow", "Tom Harlow", P)],
            id="time-stamp-line-is-not-the-subject",
        ),
        pytest.param(
            "Ada Brisk and the Dalmere Party said the debate schedule was fair.",
            [("said", "Ada Brisk and the Dalmere Party", None, G)],
            id="coordinated-subject-is-one-plural-source",
        ),
    ],
)
def test_sources_rules_end_to_end(
    nlp: Language, text: str, expected: list[tuple[str | None, str, str | None, SourceKind]]
) -> None:
    assert sourced(nlp, text) == expected


def test_sources_misparsed_name_subject(nlp: Language) -> None:
    """A name opening the sentence, hung on its verb as an adverb, is the verb's subject."""
    words = ["Safe", "Streets", "Now", "issued", "a", "statement", "saying", "it", "left", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * 8 + [False, False],
        pos=["ADJ", "NOUN", "PROPN", "VERB", "DET", "NOUN", "VERB", "PRON", "VERB", "PUNCT"],
        heads=[1, 2, 3, 3, 5, 3, 5, 8, 6, 3],
        deps=[
            "amod",
            "compound",
            "advmod",
            "ROOT",
            "det",
            "dobj",
            "acl",
            "nsubj",
            "ccomp",
            "punct",
        ],
        lemmas=["safe", "street", "Now", "issue", "a", "statement", "say", "it", "leave", "."],
        sent_starts=[True] + [False] * 9,
    )
    mention = find_source_mention(doc[6])
    assert (mention.text if mention is not None else None) == "Safe Streets Now"


def test_sources_participle_shares_subject_before_comma(nlp: Language) -> None:
    """``Webster said, going on to say``: the participle's subject is ``said``'s, wherever it hangs."""
    words = ["it", "is", "bad", ",", "Webster", "said", ",", "going", "on", "to", "say", "so", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, False, True, True, False, True, True, True, True, True, False, False],
        pos=[
            "PRON",
            "AUX",
            "ADJ",
            "PUNCT",
            "PROPN",
            "VERB",
            "PUNCT",
            "VERB",
            "ADP",
            "PART",
            "VERB",
            "ADV",
            "PUNCT",
        ],
        tags=["PRP", "VBZ", "JJ", ",", "NNP", "VBD", ",", "VBG", "RP", "TO", "VB", "RB", "."],
        heads=[1, 1, 1, 5, 5, 1, 5, 1, 7, 10, 7, 10, 1],
        deps=[
            "nsubj",
            "ROOT",
            "acomp",
            "punct",
            "nsubj",
            "parataxis",
            "punct",
            "advcl",
            "prt",
            "aux",
            "xcomp",
            "advmod",
            "punct",
        ],
        sent_starts=[True] + [False] * 12,
    )
    mention = find_source_mention(doc[10])
    assert (mention.text if mention is not None else None) == "Webster"


def test_sources_object_it_taken_for_participle_subject(nlp: Language) -> None:
    """``He retweeted it imagining ...``: who imagines is who retweeted, not ``it``."""
    words = ["He", "retweeted", "it", "imagining", "he", "was", "right", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * 6 + [False, False],
        pos=["PRON", "VERB", "PRON", "VERB", "PRON", "AUX", "ADJ", "PUNCT"],
        tags=["PRP", "VBD", "PRP", "VBG", "PRP", "VBD", "JJ", "."],
        heads=[1, 1, 3, 1, 5, 3, 5, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "nsubj", "ccomp", "acomp", "punct"],
        sent_starts=[True] + [False] * 7,
    )
    mention = find_source_mention(doc[3])
    assert (mention.text if mention is not None else None) == "He"


def test_sources_two_subjects_nearest_before_the_verb(nlp: Language) -> None:
    """``No wonder Harlow said``, parsed with two subjects: the one nearest before the verb."""
    words = ["No", "wonder", "Harlow", "said", "so", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, True, False, False],
        pos=["DET", "NOUN", "PROPN", "VERB", "ADV", "PUNCT"],
        tags=["DT", "NN", "NNP", "VBD", "RB", "."],
        heads=[1, 3, 3, 3, 3, 3],
        deps=["det", "nsubj", "nsubj", "ROOT", "advmod", "punct"],
        sent_starts=[True] + [False] * 5,
    )
    mention = find_source_mention(doc[3])
    assert (mention.text if mention is not None else None) == "Harlow"


def test_sources_two_subjects_inverted_cue_set_off_by_commas(nlp: Language) -> None:
    """``The donors, said Okafor, are ...``, parsed with both nouns as the cue's subjects:
    the one right after the cue set off by commas speaks."""
    words = ["The", "donors", ",", "said", "Okafor", ",", "are", "pleased", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, False, True, True, False, True, True, False, False],
        pos=["DET", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT", "AUX", "ADJ", "PUNCT"],
        tags=["DT", "NNS", ",", "VBD", "NNP", ",", "VBP", "JJ", "."],
        heads=[1, 3, 1, 6, 3, 3, 6, 6, 6],
        deps=["det", "nsubj", "punct", "parataxis", "nsubj", "punct", "ROOT", "acomp", "punct"],
        sent_starts=[True] + [False] * 8,
    )
    mention = find_source_mention(doc[3])
    assert (mention.text if mention is not None else None) == "Okafor"


def test_sources_writers_quoting_aside(nlp: Language) -> None:
    """``Trump said, and I quote, "..."``: the writer's aside is not the source."""
    words = ["Trump", "said", ",", "and", "I", "quote", ",", '"', "We", "win", ".", '"']
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, False, True, True, True, False, True, False, True, False, False, False],
        pos=[
            "PROPN",
            "VERB",
            "PUNCT",
            "CCONJ",
            "PRON",
            "VERB",
            "PUNCT",
            "PUNCT",
            "PRON",
            "VERB",
            "PUNCT",
            "PUNCT",
        ],
        tags=["NNP", "VBD", ",", "CC", "PRP", "VBP", ",", "``", "PRP", "VBP", ".", "''"],
        heads=[1, 1, 1, 1, 5, 1, 5, 5, 9, 5, 5, 5],
        deps=[
            "nsubj",
            "ROOT",
            "punct",
            "cc",
            "nsubj",
            "conj",
            "punct",
            "punct",
            "nsubj",
            "ccomp",
            "punct",
            "punct",
        ],
        lemmas=["Trump", "say", ",", "and", "I", "quote", ",", '"', "we", "win", ".", '"'],
        sent_starts=[True] + [False] * 11,
    )
    mention = find_source_mention(doc[5])
    assert (mention.text if mention is not None else None) == "Trump"


#: ``The party spokeswoman, Ana Ruiz, said the vote was fair.``
_SPOKESWOMAN_ANA_RUIZ: list[Token6] = [
    ("The", 2, "det", "DT", "DET", "the"),
    ("party", 2, "compound", "NN", "NOUN", "party"),
    ("spokeswoman", 7, "nsubj", "NN", "NOUN", "spokeswoman"),
    (",", 2, "punct", ",", "PUNCT", ","),
    ("Ana", 5, "compound", "NNP", "PROPN", "Ana"),
    ("Ruiz", 2, "appos", "NNP", "PROPN", "Ruiz"),
    (",", 2, "punct", ",", "PUNCT", ","),
    ("said", 7, "ROOT", "VBD", "VERB", "say"),
    ("the", 9, "det", "DT", "DET", "the"),
    ("vote", 10, "nsubj", "NN", "NOUN", "vote"),
    ("was", 7, "ccomp", "VBD", "AUX", "be"),
    ("fair", 10, "acomp", "JJ", "ADJ", "fair"),
    (".", 7, "punct", ".", "PUNCT", "."),
]
#: ``The Home Secretary, Tom Barker, said ...``: a title, not a common noun, before the name.
_SECRETARY_TOM_BARKER: list[Token6] = [
    ("The", 2, "det", "DT", "DET", "the"),
    ("Home", 2, "compound", "NNP", "PROPN", "Home"),
    ("Secretary", 7, "nsubj", "NNP", "PROPN", "Secretary"),
    (",", 2, "punct", ",", "PUNCT", ","),
    ("Tom", 5, "compound", "NNP", "PROPN", "Tom"),
    ("Barker", 2, "appos", "NNP", "PROPN", "Barker"),
    (",", 2, "punct", ",", "PUNCT", ","),
    ("said", 7, "ROOT", "VBD", "VERB", "say"),
    ("the", 9, "det", "DT", "DET", "the"),
    ("vote", 10, "nsubj", "NN", "NOUN", "vote"),
    ("was", 7, "ccomp", "VBD", "AUX", "be"),
    ("fair", 10, "acomp", "JJ", "ADJ", "fair"),
    (".", 7, "punct", ".", "PUNCT", "."),
]
#: ``One of the unions, the Rail Workers Alliance, said ...``: a number heads the subject.
_ONE_OF_THE_UNIONS: list[Token6] = [
    ("One", 10, "nsubj", "CD", "NUM", "one"),
    ("of", 0, "prep", "IN", "ADP", "of"),
    ("the", 3, "det", "DT", "DET", "the"),
    ("unions", 1, "pobj", "NNS", "NOUN", "union"),
    (",", 0, "punct", ",", "PUNCT", ","),
    ("the", 8, "det", "DT", "DET", "the"),
    ("Rail", 8, "compound", "NNP", "PROPN", "Rail"),
    ("Workers", 8, "compound", "NNPS", "PROPN", "Workers"),
    ("Alliance", 0, "appos", "NNP", "PROPN", "Alliance"),
    (",", 0, "punct", ",", "PUNCT", ","),
    ("said", 10, "ROOT", "VBD", "VERB", "say"),
    ("it", 12, "nsubj", "PRP", "PRON", "it"),
    ("objected", 10, "ccomp", "VBD", "VERB", "object"),
    (".", 10, "punct", ".", "PUNCT", "."),
]
#: ``The national archive (Arkiv Dalmere) said ...``: a name in brackets is a gloss.
_ARCHIVE_IN_BRACKETS: list[Token6] = [
    ("The", 2, "det", "DT", "DET", "the"),
    ("national", 2, "amod", "JJ", "ADJ", "national"),
    ("archive", 7, "nsubj", "NN", "NOUN", "archive"),
    ("(", 5, "punct", "-LRB-", "PUNCT", "("),
    ("Arkiv", 5, "compound", "NNP", "PROPN", "Arkiv"),
    ("Dalmere", 2, "appos", "NNP", "PROPN", "Dalmere"),
    (")", 5, "punct", "-RRB-", "PUNCT", ")"),
    ("said", 7, "ROOT", "VBD", "VERB", "say"),
    ("it", 9, "nsubj", "PRP", "PRON", "it"),
    ("objected", 7, "ccomp", "VBD", "VERB", "object"),
    (".", 7, "punct", ".", "PUNCT", "."),
]
#: ``Hugh Hill, a doctor, said ...``: a name keeps its own description aside.
_HUGH_HILL_A_DOCTOR: list[Token6] = [
    ("Hugh", 1, "compound", "NNP", "PROPN", "Hugh"),
    ("Hill", 6, "nsubj", "NNP", "PROPN", "Hill"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("a", 4, "det", "DT", "DET", "a"),
    ("doctor", 1, "appos", "NN", "NOUN", "doctor"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("said", 6, "ROOT", "VBD", "VERB", "say"),
    ("it", 8, "nsubj", "PRP", "PRON", "it"),
    ("healed", 6, "ccomp", "VBD", "VERB", "heal"),
    (".", 6, "punct", ".", "PUNCT", "."),
]


def _iob(length: int, *spans: tuple[int, int, str]) -> list[str]:
    tags = ["O"] * length
    for start, end, label in spans:
        tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return tags


@pytest.mark.parametrize(
    ("tokens", "ents", "cue", "expected"),
    [
        pytest.param(
            _SPOKESWOMAN_ANA_RUIZ, [(4, 6, "PERSON")], 7, "Ana Ruiz", id="description-comma-name"
        ),
        pytest.param(
            _SECRETARY_TOM_BARKER, [(4, 6, "PERSON")], 7, "Tom Barker", id="title-comma-name"
        ),
        pytest.param(
            _ONE_OF_THE_UNIONS,
            [(5, 9, "ORG")],
            10,
            "the Rail Workers Alliance",
            id="one-of-them-comma-organisation",
        ),
        pytest.param(
            _ARCHIVE_IN_BRACKETS,
            [(4, 6, "ORG")],
            7,
            "The national archive",
            id="name-in-brackets-is-a-gloss",
        ),
        pytest.param(
            _HUGH_HILL_A_DOCTOR, [(0, 2, "PERSON")], 6, "Hugh Hill", id="name-comma-description"
        ),
    ],
)
def test_sources_name_in_apposition_to_a_description(
    nlp: Language,
    tokens: list[Token6],
    ents: list[tuple[int, int, str]],
    cue: int,
    expected: str,
) -> None:
    """A description's appositive proper name is the mention nearest the cue."""
    doc = parsed_doc(nlp, tokens, _iob(len(tokens), *ents))
    mention = find_source_mention(doc[cue])
    assert (mention.text if mention is not None else None) == expected


#: ``Maria dela Cruz of the Harbour Authority said it closed.``: a split name, then an affiliation.
_MARIA_DELA_CRUZ: list[Token6] = [
    ("Maria", 1, "compound", "NNP", "PROPN", "Maria"),
    ("dela", 8, "nsubj", "NNP", "PROPN", "dela"),
    ("Cruz", 1, "appos", "NNP", "PROPN", "Cruz"),
    ("of", 1, "prep", "IN", "ADP", "of"),
    ("the", 6, "det", "DT", "DET", "the"),
    ("Harbour", 6, "compound", "NNP", "PROPN", "Harbour"),
    ("Authority", 3, "pobj", "NNP", "PROPN", "Authority"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("said", 8, "ROOT", "VBD", "VERB", "say"),
    ("it", 10, "nsubj", "PRP", "PRON", "it"),
    ("closed", 8, "ccomp", "VBD", "VERB", "close"),
    (".", 8, "punct", ".", "PUNCT", "."),
]
#: ``The Office for Rail Standards (ORS) said it objected.``: the short form in brackets is cut.
_OFFICE_WITH_SHORT_FORM: list[Token6] = [
    ("The", 1, "det", "DT", "DET", "the"),
    ("Office", 8, "nsubj", "NNP", "PROPN", "Office"),
    ("for", 1, "prep", "IN", "ADP", "for"),
    ("Rail", 4, "compound", "NNP", "PROPN", "Rail"),
    ("Standards", 2, "pobj", "NNPS", "PROPN", "Standards"),
    ("(", 4, "punct", "-LRB-", "PUNCT", "("),
    ("ORS", 4, "appos", "NNP", "PROPN", "ORS"),
    (")", 4, "punct", "-RRB-", "PUNCT", ")"),
    ("said", 8, "ROOT", "VBD", "VERB", "say"),
    ("it", 10, "nsubj", "PRP", "PRON", "it"),
    ("objected", 8, "ccomp", "VBD", "VERB", "object"),
    (".", 8, "punct", ".", "PUNCT", "."),
]
#: ``Jane Doe of Leeds University and author of two books said it failed.``: one person.
_NAME_AND_DESCRIPTION: list[Token6] = [
    ("Jane", 1, "compound", "NNP", "PROPN", "Jane"),
    ("Doe", 10, "nsubj", "NNP", "PROPN", "Doe"),
    ("of", 1, "prep", "IN", "ADP", "of"),
    ("Leeds", 4, "compound", "NNP", "PROPN", "Leeds"),
    ("University", 2, "pobj", "NNP", "PROPN", "University"),
    ("and", 1, "cc", "CC", "CCONJ", "and"),
    ("author", 1, "conj", "NN", "NOUN", "author"),
    ("of", 6, "prep", "IN", "ADP", "of"),
    ("two", 9, "nummod", "CD", "NUM", "two"),
    ("books", 7, "pobj", "NNS", "NOUN", "book"),
    ("said", 10, "ROOT", "VBD", "VERB", "say"),
    ("it", 12, "nsubj", "PRP", "PRON", "it"),
    ("failed", 10, "ccomp", "VBD", "VERB", "fail"),
    (".", 10, "punct", ".", "PUNCT", "."),
]
#: ``Jane Doe and the union said it failed.``: a name and a determined noun are two sources.
_NAME_AND_GROUP: list[Token6] = [
    ("Jane", 1, "compound", "NNP", "PROPN", "Jane"),
    ("Doe", 5, "nsubj", "NNP", "PROPN", "Doe"),
    ("and", 1, "cc", "CC", "CCONJ", "and"),
    ("the", 4, "det", "DT", "DET", "the"),
    ("union", 1, "conj", "NN", "NOUN", "union"),
    ("said", 5, "ROOT", "VBD", "VERB", "say"),
    ("it", 7, "nsubj", "PRP", "PRON", "it"),
    ("failed", 5, "ccomp", "VBD", "VERB", "fail"),
    (".", 5, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("tokens", "ents", "cue", "expected"),
    [
        pytest.param(
            _MARIA_DELA_CRUZ,
            [(0, 3, "PERSON"), (4, 7, "ORG")],
            8,
            "Maria dela Cruz",
            id="split-name-then-affiliation",
        ),
        pytest.param(
            _OFFICE_WITH_SHORT_FORM,
            [(0, 5, "ORG"), (6, 7, "ORG")],
            8,
            "The Office for Rail Standards",
            id="short-form-in-brackets",
        ),
        pytest.param(
            _NAME_AND_DESCRIPTION,
            [(0, 2, "PERSON"), (3, 5, "ORG")],
            10,
            "Jane Doe",
            id="name-and-bare-description",
        ),
        pytest.param(
            _NAME_AND_GROUP, [(0, 2, "PERSON")], 5, "Jane Doe and the union", id="name-and-group"
        ),
    ],
)
def test_sources_mention_is_the_name_as_written(
    nlp: Language,
    tokens: list[Token6],
    ents: list[tuple[int, int, str]],
    cue: int,
    expected: str,
) -> None:
    """The mention keeps a name whole and stops before its affiliation, a bracket or a description."""
    doc = parsed_doc(nlp, tokens, _iob(len(tokens), *ents))
    mention = find_source_mention(doc[cue])
    assert (mention.text if mention is not None else None) == expected


#: ``According to a statement released by the ministry, the road closed.``
_STATEMENT_RELEASED_BY: list[Token6] = [
    ("According", 11, "prep", "VBG", "VERB", "accord"),
    ("to", 0, "prep", "IN", "ADP", "to"),
    ("a", 3, "det", "DT", "DET", "a"),
    ("statement", 1, "pobj", "NN", "NOUN", "statement"),
    ("released", 3, "acl", "VBN", "VERB", "release"),
    ("by", 4, "agent", "IN", "ADP", "by"),
    ("the", 7, "det", "DT", "DET", "the"),
    ("ministry", 5, "pobj", "NN", "NOUN", "ministry"),
    (",", 11, "punct", ",", "PUNCT", ","),
    ("the", 10, "det", "DT", "DET", "the"),
    ("road", 11, "nsubj", "NN", "NOUN", "road"),
    ("closed", 11, "ROOT", "VBD", "VERB", "close"),
    (".", 11, "punct", ".", "PUNCT", "."),
]
#: ``A letter seen by the Courier said the plan failed.``: a reader is not the author.
_LETTER_SEEN_BY: list[Token6] = [
    ("A", 1, "det", "DT", "DET", "a"),
    ("letter", 6, "nsubj", "NN", "NOUN", "letter"),
    ("seen", 1, "acl", "VBN", "VERB", "see"),
    ("by", 2, "agent", "IN", "ADP", "by"),
    ("the", 5, "det", "DT", "DET", "the"),
    ("Courier", 3, "pobj", "NNP", "PROPN", "Courier"),
    ("said", 6, "ROOT", "VBD", "VERB", "say"),
    ("the", 8, "det", "DT", "DET", "the"),
    ("plan", 9, "nsubj", "NN", "NOUN", "plan"),
    ("failed", 6, "ccomp", "VBD", "VERB", "fail"),
    (".", 6, "punct", ".", "PUNCT", "."),
]
#: ``A survey by Marston Polling found support fell.``
_SURVEY_BY: list[Token6] = [
    ("A", 1, "det", "DT", "DET", "a"),
    ("survey", 5, "nsubj", "NN", "NOUN", "survey"),
    ("by", 1, "prep", "IN", "ADP", "by"),
    ("Marston", 4, "compound", "NNP", "PROPN", "Marston"),
    ("Polling", 2, "pobj", "NNP", "PROPN", "Polling"),
    ("found", 5, "ROOT", "VBD", "VERB", "find"),
    ("support", 7, "nsubj", "NN", "NOUN", "support"),
    ("fell", 5, "ccomp", "VBD", "VERB", "fall"),
    (".", 5, "punct", ".", "PUNCT", "."),
]
#: ``A study from March found support fell.``: a date is not an author.
_STUDY_FROM_A_DATE: list[Token6] = [
    ("A", 1, "det", "DT", "DET", "a"),
    ("study", 4, "nsubj", "NN", "NOUN", "study"),
    ("from", 1, "prep", "IN", "ADP", "from"),
    ("March", 2, "pobj", "NNP", "PROPN", "March"),
    ("found", 4, "ROOT", "VBD", "VERB", "find"),
    ("support", 6, "nsubj", "NN", "NOUN", "support"),
    ("fell", 4, "ccomp", "VBD", "VERB", "fall"),
    (".", 4, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("tokens", "ents", "cue", "expected"),
    [
        pytest.param(_STATEMENT_RELEASED_BY, [], 0, "the ministry", id="statement-released-by"),
        pytest.param(_LETTER_SEEN_BY, [(4, 6, "ORG")], 6, "A letter", id="letter-seen-by"),
        pytest.param(_SURVEY_BY, [(3, 5, "ORG")], 5, "Marston Polling", id="survey-by"),
        pytest.param(
            _STUDY_FROM_A_DATE, [(3, 4, "DATE")], 4, "A study from March", id="study-from-a-date"
        ),
    ],
)
def test_sources_document_author_is_the_source(
    nlp: Language,
    tokens: list[Token6],
    ents: list[tuple[int, int, str]],
    cue: int,
    expected: str,
) -> None:
    """The author a by- or from-phrase gives a document is the source mention."""
    doc = parsed_doc(nlp, tokens, _iob(len(tokens), *ents))
    token = doc[cue]
    mention = (
        find_according_to_source(token)
        if token.lower_ == "according"
        else find_source_mention(token)
    )
    assert (mention.text if mention is not None else None) == expected


#: ``Costs rose at the plant.\n\nThe firm said profits fell but stressed that sales grew.``,
#: the new paragraph hung on the line before.
_LINE_HUNG_ON_THE_LINE_BEFORE: list[Token6] = [
    ("Costs", 1, "nsubj", "NNS", "NOUN", "cost"),
    ("rose", 1, "ROOT", "VBD", "VERB", "rise"),
    ("at", 1, "prep", "IN", "ADP", "at"),
    ("the", 4, "det", "DT", "DET", "the"),
    ("plant", 2, "pobj", "NN", "NOUN", "plant"),
    (".", 1, "punct", ".", "PUNCT", "."),
    ("\n\n", 5, "dep", "_SP", "SPACE", "\n\n"),
    ("The", 8, "det", "DT", "DET", "the"),
    ("firm", 9, "nsubj", "NN", "NOUN", "firm"),
    ("said", 1, "ccomp", "VBD", "VERB", "say"),
    ("profits", 11, "nsubj", "NNS", "NOUN", "profit"),
    ("fell", 9, "ccomp", "VBD", "VERB", "fall"),
    ("but", 11, "cc", "CC", "CCONJ", "but"),
    ("stressed", 1, "conj", "VBD", "VERB", "stress"),
    ("that", 16, "mark", "IN", "SCONJ", "that"),
    ("sales", 16, "nsubj", "NNS", "NOUN", "sale"),
    ("grew", 13, "ccomp", "VBD", "VERB", "grow"),
    (".", 13, "punct", ".", "PUNCT", "."),
]
#: ``Dr Ana Ruiz, on her first day after Tom Barker was sacked, admitted problems but
#: insisted the plan worked.``: the verb the cue joins lost its subject to the aside.
_ASIDE_BEFORE_THE_JOINED_VERB: list[Token6] = [
    ("Dr", 2, "compound", "NNP", "PROPN", "Dr"),
    ("Ana", 2, "compound", "NNP", "PROPN", "Ana"),
    ("Ruiz", 12, "nsubjpass", "NNP", "PROPN", "Ruiz"),
    (",", 12, "punct", ",", "PUNCT", ","),
    ("on", 12, "prep", "IN", "ADP", "on"),
    ("her", 7, "poss", "PRP$", "PRON", "her"),
    ("first", 7, "amod", "JJ", "ADJ", "first"),
    ("day", 4, "pobj", "NN", "NOUN", "day"),
    ("after", 12, "mark", "IN", "SCONJ", "after"),
    ("Tom", 10, "compound", "NNP", "PROPN", "Tom"),
    ("Barker", 12, "nsubjpass", "NNP", "PROPN", "Barker"),
    ("was", 12, "auxpass", "VBD", "AUX", "be"),
    ("sacked", 12, "ROOT", "VBN", "VERB", "sack"),
    (",", 12, "punct", ",", "PUNCT", ","),
    ("admitted", 12, "dep", "VBD", "VERB", "admit"),
    ("problems", 14, "dobj", "NNS", "NOUN", "problem"),
    ("but", 14, "cc", "CC", "CCONJ", "but"),
    ("insisted", 14, "conj", "VBD", "VERB", "insist"),
    ("the", 19, "det", "DT", "DET", "the"),
    ("plan", 20, "nsubj", "NN", "NOUN", "plan"),
    ("worked", 17, "ccomp", "VBD", "VERB", "work"),
    (".", 12, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("tokens", "cue", "expected"),
    [
        pytest.param(_LINE_HUNG_ON_THE_LINE_BEFORE, 13, "The firm", id="line-hung-on-line-before"),
        pytest.param(
            _ASIDE_BEFORE_THE_JOINED_VERB, 17, "Dr Ana Ruiz", id="aside-before-joined-verb"
        ),
    ],
)
def test_sources_joined_cue_takes_its_own_clause_subject(
    nlp: Language, tokens: list[Token6], cue: int, expected: str
) -> None:
    """A cue joined to a verb whose subject the parse lost takes that verb's real subject."""
    mention = find_source_mention(parsed_doc(nlp, tokens)[cue])
    assert (mention.text if mention is not None else None) == expected


#: ``The Harbour Authority's finance director, Ana Ruiz, said the port closed.``, with the
#: director taken for a conjunct of the authority and the name hung on the director.
_NAME_DEEP_IN_SUBJECT: list[Token6] = [
    ("The", 2, "det", "DT", "DET", "the"),
    ("Harbour", 2, "compound", "NNP", "PROPN", "Harbour"),
    ("Authority", 10, "nsubj", "NNP", "PROPN", "Authority"),
    ("'s", 2, "case", "POS", "PART", "'s"),
    ("finance", 5, "compound", "NN", "NOUN", "finance"),
    ("director", 2, "conj", "NN", "NOUN", "director"),
    (",", 5, "punct", ",", "PUNCT", ","),
    ("Ana", 8, "compound", "NNP", "PROPN", "Ana"),
    ("Ruiz", 5, "appos", "NNP", "PROPN", "Ruiz"),
    (",", 2, "punct", ",", "PUNCT", ","),
    ("said", 10, "ROOT", "VBD", "VERB", "say"),
    ("the", 12, "det", "DT", "DET", "the"),
    ("port", 13, "nsubj", "NN", "NOUN", "port"),
    ("closed", 10, "ccomp", "VBD", "VERB", "close"),
    (".", 10, "punct", ".", "PUNCT", "."),
]
#: ``Tom Lee, aide to the mayor, Ana Ruiz, said the port closed.``: the subject is a person.
_PERSON_WITH_NAME_IN_ASIDE: list[Token6] = [
    ("Tom", 1, "compound", "NNP", "PROPN", "Tom"),
    ("Lee", 10, "nsubj", "NNP", "PROPN", "Lee"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("aide", 1, "appos", "NN", "NOUN", "aide"),
    ("to", 3, "prep", "IN", "ADP", "to"),
    ("the", 6, "det", "DT", "DET", "the"),
    ("mayor", 4, "pobj", "NN", "NOUN", "mayor"),
    (",", 6, "punct", ",", "PUNCT", ","),
    ("Ana", 9, "compound", "NNP", "PROPN", "Ana"),
    ("Ruiz", 6, "appos", "NNP", "PROPN", "Ruiz"),
    ("said", 10, "ROOT", "VBD", "VERB", "say"),
    ("the", 12, "det", "DT", "DET", "the"),
    ("port", 13, "nsubj", "NN", "NOUN", "port"),
    ("closed", 10, "ccomp", "VBD", "VERB", "close"),
    (".", 10, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        pytest.param(
            _NAME_DEEP_IN_SUBJECT,
            [(1, 3, "ORG"), (7, 9, "PERSON")],
            "Ana Ruiz",
            id="name-closing-an-organisation-subject",
        ),
        pytest.param(
            _PERSON_WITH_NAME_IN_ASIDE,
            [(0, 2, "PERSON"), (8, 10, "PERSON")],
            "Tom Lee",
            id="person-subject-keeps-its-aside",
        ),
    ],
)
def test_sources_name_closing_the_subject(
    nlp: Language, tokens: list[Token6], ents: list[tuple[int, int, str]], expected: str
) -> None:
    """A person's name that closes a subject right before the cue is the mention."""
    doc = parsed_doc(nlp, tokens, _iob(len(tokens), *ents))
    mention = find_source_mention(doc[10])
    assert (mention.text if mention is not None else None) == expected


#: ``"It works," said the Harbour Authority's chief, Ana Ruiz.``: an inverted subject that a
#: name closes, hung on ``chief``, a conjunct of ``Authority``; no entity labels.
_NAME_CLOSING_INVERTED_SUBJECT: list[Token6] = [
    ('"', 3, "punct", "``", "PUNCT", '"'),
    ("It", 2, "nsubj", "PRP", "PRON", "it"),
    ("works", 5, "ccomp", "VBZ", "VERB", "work"),
    (",", 5, "punct", ",", "PUNCT", ","),
    ('"', 5, "punct", "''", "PUNCT", '"'),
    ("said", 5, "ROOT", "VBD", "VERB", "say"),
    ("the", 8, "det", "DT", "DET", "the"),
    ("Harbour", 8, "compound", "NNP", "PROPN", "Harbour"),
    ("Authority", 5, "nsubj", "NNP", "PROPN", "Authority"),
    ("'s", 8, "case", "POS", "PART", "'s"),
    ("chief", 8, "conj", "NN", "NOUN", "chief"),
    (",", 10, "punct", ",", "PUNCT", ","),
    ("Ana", 13, "compound", "NNP", "PROPN", "Ana"),
    ("Ruiz", 10, "appos", "NNP", "PROPN", "Ruiz"),
    (".", 5, "punct", ".", "PUNCT", "."),
]


def test_sources_name_closing_an_inverted_subject(nlp: Language) -> None:
    """``said the Harbour Authority's chief, Ana Ruiz``: the name ending the subject is the mention."""
    mention = find_source_mention(parsed_doc(nlp, _NAME_CLOSING_INVERTED_SUBJECT)[5])
    assert (mention.text if mention is not None else None) == "Ana Ruiz"


#: ``Ana Ruiz went so far as to say the plan failed.``: the infinitive hangs on the adverb.
_WENT_SO_FAR_AS_TO_SAY: list[Token6] = [
    ("Ana", 1, "compound", "NNP", "PROPN", "Ana"),
    ("Ruiz", 2, "nsubj", "NNP", "PROPN", "Ruiz"),
    ("went", 2, "ROOT", "VBD", "VERB", "go"),
    ("so", 4, "advmod", "RB", "ADV", "so"),
    ("far", 2, "advmod", "RB", "ADV", "far"),
    ("as", 7, "mark", "IN", "SCONJ", "as"),
    ("to", 7, "aux", "TO", "PART", "to"),
    ("say", 4, "xcomp", "VB", "VERB", "say"),
    ("the", 9, "det", "DT", "DET", "the"),
    ("plan", 10, "nsubj", "NN", "NOUN", "plan"),
    ("failed", 7, "ccomp", "VBD", "VERB", "fail"),
    (".", 2, "punct", ".", "PUNCT", "."),
]
#: ``The strikers protested by shouting that the deal was a fraud.``
_PROTESTED_BY_SHOUTING: list[Token6] = [
    ("The", 1, "det", "DT", "DET", "the"),
    ("strikers", 2, "nsubj", "NNS", "NOUN", "striker"),
    ("protested", 2, "ROOT", "VBD", "VERB", "protest"),
    ("by", 2, "agent", "IN", "ADP", "by"),
    ("shouting", 3, "pcomp", "VBG", "VERB", "shout"),
    ("that", 8, "mark", "IN", "SCONJ", "that"),
    ("the", 7, "det", "DT", "DET", "the"),
    ("deal", 8, "nsubj", "NN", "NOUN", "deal"),
    ("was", 4, "ccomp", "VBD", "AUX", "be"),
    ("a", 10, "det", "DT", "DET", "a"),
    ("fraud", 8, "attr", "NN", "NOUN", "fraud"),
    (".", 2, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("tokens", "cue", "expected"),
    [
        pytest.param(_WENT_SO_FAR_AS_TO_SAY, 7, "Ana Ruiz", id="went-so-far-as-to-say"),
        pytest.param(_PROTESTED_BY_SHOUTING, 4, "The strikers", id="protested-by-shouting"),
    ],
)
def test_sources_cue_hung_on_an_adverb_or_agent(
    nlp: Language, tokens: list[Token6], cue: int, expected: str
) -> None:
    """A cue on an adverb of a verb, or on its ``by``, shares that verb's subject."""
    mention = find_source_mention(parsed_doc(nlp, tokens)[cue])
    assert (mention.text if mention is not None else None) == expected


#: ``... the letter's addressee, Ana Ruiz - the senator asks for an inquiry.``, parsed (as the
#: small model does) with the phrase after the dash an appositive of the name before it.
_SUBJECT_AFTER_A_DASH: list[Token6] = [
    ("Ana", 1, "compound", "NNP", "PROPN", "Ana"),
    ("Ruiz", 5, "nsubj", "NNP", "PROPN", "Ruiz"),
    ("-", 1, "punct", ":", "PUNCT", "-"),
    ("the", 4, "det", "DT", "DET", "the"),
    ("senator", 1, "appos", "NN", "NOUN", "senator"),
    ("asks", 5, "ROOT", "VBZ", "VERB", "ask"),
    ("for", 5, "prep", "IN", "ADP", "for"),
    ("an", 8, "det", "DT", "DET", "an"),
    ("inquiry", 6, "pobj", "NN", "NOUN", "inquiry"),
    (".", 5, "punct", ".", "PUNCT", "."),
]


def test_sources_subject_after_a_dash(nlp: Language) -> None:
    """``Ana Ruiz - the senator asks``: the phrase after a spaced dash is the cue's subject."""
    mention = find_source_mention(parsed_doc(nlp, _SUBJECT_AFTER_A_DASH)[5])
    assert (mention.text if mention is not None else None) == "the senator"


#: ``According to Harbour Councillor Ana Ruiz, the port closed.``, the name cut after ``Harbour``.
_ACCORDING_TO_A_CUT_NAME: list[Token6] = [
    ("According", 9, "prep", "VBG", "VERB", "accord"),
    ("to", 0, "prep", "IN", "ADP", "to"),
    ("Harbour", 1, "pobj", "NNP", "PROPN", "Harbour"),
    ("Councillor", 5, "compound", "NNP", "PROPN", "Councillor"),
    ("Ana", 5, "compound", "NNP", "PROPN", "Ana"),
    ("Ruiz", 0, "nsubj", "NNP", "PROPN", "Ruiz"),
    (",", 9, "punct", ",", "PUNCT", ","),
    ("the", 8, "det", "DT", "DET", "the"),
    ("port", 9, "nsubj", "NN", "NOUN", "port"),
    ("closed", 9, "ROOT", "VBD", "VERB", "close"),
    (".", 9, "punct", ".", "PUNCT", "."),
]
#: ``According to the town's mayor, Ana Ruiz, the port closed.``, the name hung on the comma.
_ACCORDING_TO_A_ROLE_AND_NAME: list[Token6] = [
    ("According", 11, "prep", "VBG", "VERB", "accord"),
    ("to", 0, "prep", "IN", "ADP", "to"),
    ("the", 3, "det", "DT", "DET", "the"),
    ("town", 5, "poss", "NN", "NOUN", "town"),
    ("'s", 3, "case", "POS", "PART", "'s"),
    ("mayor", 1, "pobj", "NN", "NOUN", "mayor"),
    (",", 11, "punct", ",", "PUNCT", ","),
    ("Ana", 8, "compound", "NNP", "PROPN", "Ana"),
    ("Ruiz", 6, "prep", "NNP", "PROPN", "Ruiz"),
    (",", 11, "punct", ",", "PUNCT", ","),
    ("port", 11, "nsubj", "NN", "NOUN", "port"),
    ("closed", 11, "ROOT", "VBD", "VERB", "close"),
    (".", 11, "punct", ".", "PUNCT", "."),
]
#: ``The port closed, according to curator Ana Ruiz.``: the name hung beside the noun.
_ACCORDING_TO_A_NOUN_THEN_A_NAME: list[Token6] = [
    ("The", 1, "det", "DT", "DET", "the"),
    ("port", 2, "nsubj", "NN", "NOUN", "port"),
    ("closed", 2, "ROOT", "VBD", "VERB", "close"),
    (",", 2, "punct", ",", "PUNCT", ","),
    ("according", 2, "prep", "VBG", "VERB", "accord"),
    ("to", 4, "prep", "IN", "ADP", "to"),
    ("curator", 5, "pobj", "NN", "NOUN", "curator"),
    ("Ana", 8, "compound", "NNP", "PROPN", "Ana"),
    ("Ruiz", 5, "pobj", "NNP", "PROPN", "Ruiz"),
    (".", 2, "punct", ".", "PUNCT", "."),
]
#: ``According to police, Ana Ruiz, 45, was held.``: the name is the content's subject.
_ACCORDING_TO_POLICE_THEN_A_NAME: list[Token6] = [
    ("According", 10, "prep", "VBG", "VERB", "accord"),
    ("to", 0, "prep", "IN", "ADP", "to"),
    ("police", 1, "pobj", "NNS", "NOUN", "police"),
    (",", 10, "punct", ",", "PUNCT", ","),
    ("Ana", 5, "compound", "NNP", "PROPN", "Ana"),
    ("Ruiz", 10, "nsubjpass", "NNP", "PROPN", "Ruiz"),
    (",", 5, "punct", ",", "PUNCT", ","),
    ("45", 5, "appos", "CD", "NUM", "45"),
    (",", 5, "punct", ",", "PUNCT", ","),
    ("was", 10, "auxpass", "VBD", "AUX", "be"),
    ("held", 10, "ROOT", "VBN", "VERB", "hold"),
    (".", 10, "punct", ".", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        pytest.param(
            _ACCORDING_TO_A_CUT_NAME,
            [(4, 6, "PERSON")],
            "Harbour Councillor Ana Ruiz",
            id="name-cut-after-its-first-word",
        ),
        pytest.param(
            _ACCORDING_TO_A_ROLE_AND_NAME, [(7, 9, "PERSON")], "Ana Ruiz", id="role-comma-name"
        ),
        pytest.param(
            _ACCORDING_TO_A_NOUN_THEN_A_NAME,
            [(7, 9, "PERSON")],
            "Ana Ruiz",
            id="noun-then-name",
        ),
        pytest.param(
            _ACCORDING_TO_POLICE_THEN_A_NAME,
            [(4, 6, "PERSON")],
            "police",
            id="group-then-content-subject",
        ),
    ],
)
def test_sources_according_to_a_name_the_parser_cut(
    nlp: Language, tokens: list[Token6], ents: list[tuple[int, int, str]], expected: str
) -> None:
    """The name the parser cut off an ``according to`` object is read from the words."""
    doc = parsed_doc(nlp, tokens, _iob(len(tokens), *ents))
    according = next(t for t in doc if t.lower_ == "according")
    mention = find_according_to_source(according)
    assert mention is not None and mention.text == expected


#: ``Calling it a gesture, Mara Velt of "Stand Tall", a victim charity, told reporters it was
#: late.``: the parser hung the name, its affiliation and the charity's description on the
#: opening phrase and left the cue without a subject.
_NAME_OF_QUOTED_GROUP: list[Token6] = [
    ("Calling", 17, "advcl", "VBG", "VERB", "call"),
    ("it", 0, "dobj", "PRP", "PRON", "it"),
    ("a", 3, "det", "DT", "DET", "a"),
    ("gesture", 0, "oprd", "NN", "NOUN", "gesture"),
    (",", 3, "punct", ",", "PUNCT", ","),
    ("Mara", 6, "compound", "NNP", "PROPN", "Mara"),
    ("Velt", 3, "appos", "NNP", "PROPN", "Velt"),
    ("of", 3, "prep", "IN", "ADP", "of"),
    ('"', 9, "punct", "``", "PUNCT", '"'),
    ("Stand", 7, "pcomp", "VB", "VERB", "stand"),
    ("Tall", 9, "acomp", "JJ", "ADJ", "tall"),
    ('"', 9, "punct", "''", "PUNCT", '"'),
    (",", 3, "punct", ",", "PUNCT", ","),
    ("a", 15, "det", "DT", "DET", "a"),
    ("victim", 15, "compound", "NN", "NOUN", "victim"),
    ("charity", 3, "appos", "NN", "NOUN", "charity"),
    (",", 17, "punct", ",", "PUNCT", ","),
    ("told", 17, "ROOT", "VBD", "VERB", "tell"),
    ("reporters", 17, "dobj", "NNS", "NOUN", "reporter"),
    ("it", 20, "nsubj", "PRP", "PRON", "it"),
    ("was", 17, "ccomp", "VBD", "AUX", "be"),
    ("late", 20, "acomp", "JJ", "ADJ", "late"),
    (".", 17, "punct", ".", "PUNCT", "."),
]


def test_sources_name_of_a_group_before_its_description(nlp: Language) -> None:
    """``..., Mara Velt of "Stand Tall", a victim charity, told``: the name, not the group's description."""
    doc = parsed_doc(nlp, _NAME_OF_QUOTED_GROUP, _iob(len(_NAME_OF_QUOTED_GROUP), (5, 7, "PERSON")))
    mention = find_source_mention(doc[17])
    assert (mention.text if mention is not None else None) == "Mara Velt"


#: ``Doctors tried\n\nAccounts vary. The attacker jumped and claimed he lied.``: the line's
#: first noun was hung on the line before, but the cue is in the line's second sentence.
_LINE_OPENING_IN_AN_EARLIER_SENTENCE: list[Token6] = [
    ("Doctors", 1, "nsubj", "NNS", "NOUN", "doctor"),
    ("tried", 1, "ROOT", "VBD", "VERB", "try"),
    ("\n\n", 1, "dep", "_SP", "SPACE", "\n\n"),
    ("Accounts", 1, "dobj", "NNS", "NOUN", "account"),
    ("vary", 4, "ROOT", "VBP", "VERB", "vary"),
    (".", 4, "punct", ".", "PUNCT", "."),
    ("The", 7, "det", "DT", "DET", "the"),
    ("attacker", 8, "nsubj", "NN", "NOUN", "attacker"),
    ("jumped", 8, "ROOT", "VBD", "VERB", "jump"),
    ("and", 8, "cc", "CC", "CCONJ", "and"),
    ("claimed", 8, "conj", "VBD", "VERB", "claim"),
    ("he", 12, "nsubj", "PRP", "PRON", "he"),
    ("lied", 10, "ccomp", "VBD", "VERB", "lie"),
    (".", 8, "punct", ".", "PUNCT", "."),
]


def test_sources_line_opening_subject_only_in_the_line_first_sentence(nlp: Language) -> None:
    """A cue in a later sentence of the line takes its own clause's subject, not the line's first noun."""
    doc = parsed_doc(nlp, _LINE_OPENING_IN_AN_EARLIER_SENTENCE)
    mention = find_source_mention(doc[10])
    assert (mention.text if mention is not None else None) == "The attacker"


#: ``The chain expanded, but the Gazette reports sales fell.``: the parser made the clause
#: before ``but`` a noun phrase coordinated with the Gazette, as the subject of ``reports``.
_SUBJECT_AFTER_BUT: list[Token6] = [
    ("The", 1, "det", "DT", "DET", "the"),
    ("chain", 7, "nsubj", "NN", "NOUN", "chain"),
    ("expanded", 1, "acl", "VBN", "VERB", "expand"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("but", 1, "cc", "CC", "CCONJ", "but"),
    ("the", 6, "det", "DT", "DET", "the"),
    ("Gazette", 1, "conj", "NNP", "PROPN", "Gazette"),
    ("reports", 7, "ROOT", "VBZ", "VERB", "report"),
    ("sales", 9, "nsubj", "NNS", "NOUN", "sale"),
    ("fell", 7, "ccomp", "VBD", "VERB", "fall"),
    (".", 7, "punct", ".", "PUNCT", "."),
]


def test_sources_subject_after_but_is_its_own(nlp: Language) -> None:
    """``X ..., but the Gazette reports``: ``but`` starts a new clause, the source is the Gazette alone."""
    doc = parsed_doc(nlp, _SUBJECT_AFTER_BUT, _iob(len(_SUBJECT_AFTER_BUT), (6, 7, "ORG")))
    mention = find_source_mention(doc[7])
    assert (mention.text if mention is not None else None) == "the Gazette"


#: ``Analysts called it risky, as costs are high, while noting demand is strong.``: the
#: parser hung the participle cue on the verb of the subordinate ``as`` clause.
_PARTICIPLE_ON_A_SUBORDINATE_STATE: list[Token6] = [
    ("Analysts", 1, "nsubj", "NNS", "NOUN", "analyst"),
    ("called", 1, "ROOT", "VBD", "VERB", "call"),
    ("it", 1, "dobj", "PRP", "PRON", "it"),
    ("risky", 1, "oprd", "JJ", "ADJ", "risky"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("as", 7, "mark", "IN", "SCONJ", "as"),
    ("costs", 7, "nsubj", "NNS", "NOUN", "cost"),
    ("are", 1, "advcl", "VBP", "AUX", "be"),
    ("high", 7, "acomp", "JJ", "ADJ", "high"),
    (",", 7, "punct", ",", "PUNCT", ","),
    ("while", 11, "mark", "IN", "SCONJ", "while"),
    ("noting", 7, "advcl", "VBG", "VERB", "note"),
    ("demand", 13, "nsubj", "NN", "NOUN", "demand"),
    ("is", 11, "ccomp", "VBZ", "AUX", "be"),
    ("strong", 13, "acomp", "JJ", "ADJ", "strong"),
    (".", 1, "punct", ".", "PUNCT", "."),
]


def test_sources_participle_on_a_subordinate_clause_of_state(nlp: Language) -> None:
    """``X called it risky, as costs are high, while noting ...``: X notes, not the costs."""
    doc = parsed_doc(nlp, _PARTICIPLE_ON_A_SUBORDINATE_STATE)
    mention = find_source_mention(doc[11])
    assert (mention.text if mention is not None else None) == "Analysts"


def test_sources_dateline_taken_into_the_subject(nlp: Language) -> None:
    """Hand-built parse: ``DALMERE (AP) - Donors said ...`` with the dateline taken into
    the cue's subject: the subject is what follows the dateline's dash."""
    doc = parsed_doc(
        nlp,
        [
            ("DALMERE", 5, "compound", "NNP", "PROPN", "DALMERE"),
            ("(", 0, "punct", "-LRB-", "PUNCT", "("),
            ("AP", 0, "appos", "NNP", "PROPN", "AP"),
            (")", 0, "punct", "-RRB-", "PUNCT", ")"),
            ("-", 5, "punct", "HYPH", "PUNCT", "-"),
            ("Donors", 6, "nsubj", "NNS", "NOUN", "donor"),
            ("said", 6, "ROOT", "VBD", "VERB", "say"),
            ("the", 8, "det", "DT", "DET", "the"),
            ("fund", 9, "nsubj", "NN", "NOUN", "fund"),
            ("was", 6, "ccomp", "VBD", "AUX", "be"),
            ("empty", 9, "acomp", "JJ", "ADJ", "empty"),
            (".", 6, "punct", ".", "PUNCT", "."),
        ],
    )
    mention = find_source_mention(doc[6])
    assert (mention.text if mention is not None else None) == "Donors"


def test_sources_statement_issuer(nlp: Language) -> None:
    """Hand-built parse: ``The union issued a statement saying ...``: the clause hangs on
    the statement, and the source is the subject of the verb that issued it."""
    doc = parsed_doc(
        nlp,
        [
            ("The", 1, "det", "DT", "DET", "the"),
            ("union", 2, "nsubj", "NN", "NOUN", "union"),
            ("issued", 2, "ROOT", "VBD", "VERB", "issue"),
            ("a", 4, "det", "DT", "DET", "a"),
            ("statement", 2, "dobj", "NN", "NOUN", "statement"),
            ("saying", 4, "acl", "VBG", "VERB", "say"),
            ("the", 7, "det", "DT", "DET", "the"),
            ("plan", 8, "nsubj", "NN", "NOUN", "plan"),
            ("failed", 5, "ccomp", "VBD", "VERB", "fail"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ],
    )
    mention = find_source_mention(doc[5])
    assert (mention.text if mention is not None else None) == "The union"
