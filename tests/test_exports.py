"""News-database exports (quoteattr.exports): hand-made Nexis and Factiva files."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from spacy.language import Language

import quoteattr
from quoteattr import cli
from quoteattr.errors import ExportFormatError
from quoteattr.exports import ExportArticle, detect_format, parse_date, read_export
from quoteattr.serialization import to_format_record

DOCS = Path(__file__).resolve().parents[1] / "docs" / "examples"

NEXIS_UNI = """\
Mayor backs new bridge

The Example Gazette
July 1, 2015 Wednesday
Late Edition - Final

Copyright 2015 Example Gazette Ltd All Rights Reserved

Section: CITY; Pg. 4
Length: 1,203 words
Byline: By Ana Lind
Dateline: PORTVILLE

Body

The bridge will open in May, the mayor said.

Classification

Language: ENGLISH
Subject: BRIDGES (90%); CITY GOVERNMENT (88%); TRANSPORT
INFRASTRUCTURE (71%)
Load-Date: July 2, 2015

End of Document
"""

FACTIVA_PLAIN = """\
Port strike ends after two days
By Tom Vale
210 words
4 May 2016
The Example Post
EXPO
English
Copyright 2016 Example Post.

Dock workers returned on Wednesday, their union said.

Document EXPO000020160504ec5400002
"""


def write(
    tmp_path: Path, text: str, name: str = "export.txt", *, crlf: bool = False, bom: bool = False
) -> Path:
    path = tmp_path / name
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def file_text(path: Path) -> str:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return stream.read()


def test_exports_nexis_uni_every_field(tmp_path: Path) -> None:
    [article] = read_export(write(tmp_path, NEXIS_UNI))
    assert article == ExportArticle(
        id="export-1", format="nexis", number=1, outlet="The Example Gazette", date="2015-07-01",
        headline="Mayor backs new bridge", byline="Ana Lind", section="CITY; Pg. 4", length=1203,
        text="The bridge will open in May, the mayor said.", offset=article.offset, line=16,
        fields=(
            ("COPYRIGHT", "Copyright 2015 Example Gazette Ltd All Rights Reserved"),
            ("SECTION", "CITY; Pg. 4"), ("LENGTH", "1,203 words"), ("BYLINE", "By Ana Lind"),
            ("DATELINE", "PORTVILLE"), ("LANGUAGE", "ENGLISH"),
            ("SUBJECT", "BRIDGES (90%); CITY GOVERNMENT (88%); TRANSPORT INFRASTRUCTURE (71%)"),
            ("LOAD-DATE", "July 2, 2015"),
        ),
    )  # fmt: skip


def test_exports_older_nexis_fields_and_wrapped_subject() -> None:
    path = DOCS / "nexis-export.txt"
    first, second = read_export(path)
    assert (first.outlet, first.date, first.headline, first.byline, first.section, first.length) == (
        "The Harbour Courier (Maine)", "2015-07-01", "Ferry service to resume in August",
        "Dana Whitlow", "LOCAL NEWS; Pg. A3", 46,
    )  # fmt: skip
    assert dict(first.fields)["SUBJECT"].endswith("LOCAL GOVERNMENT (71%); PORTS (64%)")
    assert first.text.startswith("The island ferry") and first.text.endswith("next week.")
    assert "Copyright" not in first.text and "LOAD-DATE" not in first.text
    assert (second.id, second.date, second.headline) == (
        "nexis-export-2",
        "2015-07-03",
        "Cannery adds a shift",
    )


def test_exports_older_nexis_without_body_label_starts_after_length(tmp_path: Path) -> None:
    text = NEXIS_OLD_NO_BODY
    [article] = read_export(write(tmp_path, text))
    assert article.error is None
    assert article.text == "Mills will reopen, the owner said."
    assert article.headline == "Mills reopen"


NEXIS_OLD_NO_BODY = """\
                               1 of 1 DOCUMENT

                              The Example Star

                          May 2, 2011 Monday 5:50 PM GMT

Mills reopen

BYLINE: Kim Roe

LENGTH: 6 words


Mills will reopen, the owner said.

LOAD-DATE: May 3, 2011

LANGUAGE: ENGLISH
"""


def test_exports_factiva_coded_fields_and_body_offsets() -> None:
    path = DOCS / "factiva-export.txt"
    [article] = read_export(path)
    assert (article.id, article.outlet, article.date, article.headline, article.byline, article.length) == (
        "EXBD000020150305eb3500001", "The Example Business Daily", "2015-03-05",
        "Harwell Foods to close two plants", "Nora Quist", 52,
    )  # fmt: skip
    fields = dict(article.fields)
    assert (
        fields["SC"] == "EXBD"
        and fields["LA"] == "English"
        and fields["CO"] == "hwfds : Harwell Foods Inc"
    )
    # The TD code inside the body is blanked; every other character is the file's.
    source = file_text(path)
    stored = source[article.offset : article.offset + len(article.text)]
    assert stored.replace("TD", "  ") == article.text
    assert article.text.startswith("Harwell Foods Inc <HWF> said") and article.text.endswith(
        "300 jobs."
    )


def test_exports_factiva_plain_layout(tmp_path: Path) -> None:
    [article] = read_export(write(tmp_path, FACTIVA_PLAIN))
    assert (article.id, article.outlet, article.date, article.headline, article.byline, article.length) == (
        "EXPO000020160504ec5400002", "The Example Post", "2016-05-04",
        "Port strike ends after two days", "Tom Vale", 210,
    )  # fmt: skip
    assert article.text == "Dock workers returned on Wednesday, their union said."


@pytest.mark.parametrize(
    ("crlf", "bom"), [(False, False), (True, False), (False, True), (True, True)]
)
@pytest.mark.parametrize("text", [NEXIS_UNI, FACTIVA_PLAIN, NEXIS_OLD_NO_BODY])
def test_exports_crlf_and_bom_keep_fields_and_offsets(
    tmp_path: Path, text: str, crlf: bool, bom: bool
) -> None:
    path = write(tmp_path, text, crlf=crlf, bom=bom)
    [plain] = read_export(write(tmp_path, text, "plain.txt"))
    [article] = read_export(path)
    assert attrs_without(article) == attrs_without(plain)
    source = file_text(path)
    assert source[article.offset : article.offset + len(article.text)] == article.text
    assert source.splitlines()[article.line - 1].startswith(article.text.splitlines()[0])
    assert article.text.replace("\r\n", "\n") == plain.text


def attrs_without(article: ExportArticle) -> tuple[object, ...]:
    return (article.outlet, article.date, article.headline, article.byline, article.section,
            article.length, article.fields, article.line)  # fmt: skip


def test_exports_detect_format(tmp_path: Path) -> None:
    assert detect_format(DOCS / "nexis-export.txt") == "nexis"
    assert detect_format(DOCS / "nexis-uni-export.txt") == "nexis"
    assert detect_format(DOCS / "factiva-export.txt") == "factiva"
    assert detect_format(write(tmp_path, FACTIVA_PLAIN)) == "factiva"
    assert detect_format(DOCS / "talks.txt") == "text"
    with pytest.raises(ExportFormatError, match="^E090 .*talks.txt"):
        next(read_export(DOCS / "talks.txt"))
    with pytest.raises(ExportFormatError, match="^E091 "):
        next(read_export(DOCS / "talks.txt", format="proquest"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("July 1, 2015 Wednesday", "2015-07-01"),
        ("January 24, 2010 Sunday 5:50 PM GMT", "2010-01-24"),
        ("5 March 2015", "2015-03-05"),
        ("Sept. 9, 2001", "2001-09-09"),
        ("2019-03-12", "2019-03-12"),
        ("February 30, 2015", None),
        ("The Example Gazette", None),
        ("Talks resume on May 4, 2015 in Geneva", None),
    ],
)
def test_exports_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_exports_broken_export_keeps_whole_articles_and_flags_the_broken(tmp_path: Path) -> None:
    no_body = NEXIS_UNI.replace("Body\n\n", "")
    truncated = NEXIS_UNI.split("Classification")[0]
    path = write(tmp_path, NEXIS_UNI + no_body + NEXIS_UNI + truncated)
    articles = list(read_export(path))
    assert [a.error[:4] if a.error else None for a in articles] == [None, "E092", None, "E093"]
    assert [a.number for a in articles] == [1, 2, 3, 4]
    assert articles[1].text == "" and articles[1].headline == "Mayor backs new bridge"
    assert articles[1].line == NEXIS_UNI.count("\n") + 1


def test_exports_older_nexis_fewer_articles_than_announced(tmp_path: Path) -> None:
    text = NEXIS_OLD_NO_BODY.replace("1 of 1 DOCUMENT", "1 of 2 DOCUMENTS")
    whole = NEXIS_OLD_NO_BODY.replace("1 of 1 DOCUMENT", "1 of 1 DOCUMENTS")
    assert [a.error for a in read_export(write(tmp_path, whole))] == [None]
    [article] = read_export(write(tmp_path, text))
    assert article.error is not None and article.error.startswith("E093 ")


def test_exports_factiva_truncated_last_article(tmp_path: Path) -> None:
    path = write(tmp_path, FACTIVA_PLAIN + FACTIVA_PLAIN.split("Dock workers")[0])
    first, second = read_export(path)
    assert first.error is None and second.error is not None and second.error.startswith("E093 ")


def generated_export(path: Path, count: int, body: str) -> None:
    """A Nexis Uni export of ``count`` articles, CRLF and BOM, written line by line."""
    with path.open("wb") as out:
        out.write(b"\xef\xbb\xbf")
        for n in range(1, count + 1):
            day = n % 28 + 1
            article = (
                f"Headline number {n}\n\nOutlet {n % 7}\nMarch {day}, 2019 Tuesday\n\n"
                f"Section: S{n % 3}\nLength: {n} words\nByline: Writer {n}\n\nBody\n\n"
                f"{body}\n\nClassification\n\nLanguage: ENGLISH\nLoad-Date: March {day}, 2019\n\n"
                "End of Document\n"
            )
            out.write(article.replace("\n", "\r\n").encode("utf-8"))


def check_generated(article: ExportArticle) -> None:
    """The metadata ``generated_export`` wrote for this article."""
    day = article.number % 28 + 1
    assert (article.id[-len(str(article.number)) :], article.outlet, article.date) == (
        str(article.number), f"Outlet {article.number % 7}", f"2019-03-{day:02d}",
    )  # fmt: skip
    assert (article.headline, article.length, article.byline, article.section, article.error) == (
        f"Headline number {article.number}", article.number, f"Writer {article.number}",
        f"S{article.number % 3}", None,
    )  # fmt: skip


def peak_memory(path: Path) -> tuple[int, int]:
    """The peak of memory allocated while reading (and checking) ``path``, and its article count."""
    tracemalloc.start()
    count = 0
    for article in read_export(path):
        check_generated(article)
        count += 1
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak, count


def test_exports_1000_articles_streamed_in_bounded_memory(tmp_path: Path) -> None:
    body = "Quiet day in town.\n" * 20
    generated_export(tmp_path / "small.txt", 100, body)
    generated_export(tmp_path / "big.txt", 1000, body)
    small, _ = peak_memory(tmp_path / "small.txt")
    big, count = peak_memory(tmp_path / "big.txt")
    assert count == 1000
    # One article at a time: ten times the articles, not ten times the memory.
    assert big < 2 * small


# End to end: the CLI and the quotes -------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = cli.main(list(argv))
    return status, capsys.readouterr().out


def test_exports_cli_one_result_per_article_with_metadata(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(
        tmp_path, NEXIS_UNI + NEXIS_UNI.replace("Body\n\n", "") + NEXIS_UNI, crlf=True, bom=True
    )
    status, out = run_cli(capsys, str(path), "--format", "json", "--no-progress")
    items = json.loads(out)
    assert status == 1
    assert [item["id"] for item in items] == ["export-1", "export-2", "export-3"]
    assert items[1]["error"].startswith("E092 ")
    source = file_text(path)
    for item in (items[0], items[2]):
        assert (item["outlet"], item["date"], item["headline"]) == (
            "The Example Gazette", "2015-07-01", "Mayor backs new bridge",
        )  # fmt: skip
        assert source[item["body_offset"] :].startswith(item["text"])
        [quote] = item["quotes"]
        start, end = quote["content"][0]["start"], quote["content"][0]["end"]
        assert item["text"][start:end] == "The bridge will open in May"
        assert quote["source"]["mention"]["text"] == "the mayor"


def test_exports_cli_forced_text_reads_one_document(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run_cli(
        capsys, str(DOCS / "nexis-export.txt"), "--input-format", "text", "--format", "jsonl"
    )
    assert len(out.splitlines()) == 1


def test_exports_cli_no_metadata_label_is_a_source(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [
        str(DOCS / f"{name}.txt") for name in ("nexis-export", "nexis-uni-export", "factiva-export")
    ]
    _, out = run_cli(capsys, *paths, "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 4
    labels = {
        "SUBJECT",
        "HEADLINE",
        "GEOGRAPHIC",
        "SECTION",
        "LENGTH",
        "LANGUAGE",
        "BYLINE",
        "BODY",
    }
    for record in records:
        assert record["headline"] and record["outlet"] and record["date"]
        for quote in record["quotes"]:
            assert (quote["speaker_name"] or "").upper() not in labels


def test_exports_quotes_equal_the_body_given_alone(
    nlp: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [
        DOCS / f"{name}.txt" for name in ("nexis-export", "nexis-uni-export", "factiva-export")
    ]
    _, out = run_cli(capsys, *map(str, paths), "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    articles = [a for path in paths for a in read_export(path)]
    assert len(records) == len(articles) == 4
    for record, article in zip(records, articles, strict=True):
        alone = quoteattr.extract(article.text, nlp=nlp)
        assert record["quotes"] == [to_format_record(q) for q in alone]


def test_exports_search_headline_puts_it_first(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run_cli(
        capsys, str(DOCS / "factiva-export.txt"), "--format", "json", "--search-headline"
    )
    [item] = json.loads(out)
    assert item["text"].startswith("Harwell Foods to close two plants\n\nHarwell Foods Inc")
    assert item["text"][item["body_start"] :].startswith("Harwell Foods Inc <HWF>")


@pytest.mark.parametrize("crlf", [False, True])
def test_exports_search_headline_reads_a_capitals_headline_attribution(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, crlf: bool
) -> None:
    export = NEXIS_UNI.replace("Mayor backs new bridge", "MAYOR SAYS BRIDGE WILL OPEN IN MAY")
    path = write(tmp_path, export, crlf=crlf)
    _, plain = run_cli(capsys, str(path), "--format", "json")
    _, searched = run_cli(capsys, str(path), "--format", "json", "--search-headline")
    [plain_item], [item] = json.loads(plain), json.loads(searched)
    assert plain_item["headline"] == item["headline"] == "MAYOR SAYS BRIDGE WILL OPEN IN MAY"
    headline, *body = item["quotes"]
    parts = {key: headline[key] for key in ("type", "cue", "source")}
    text = item["text"]
    assert (
        parts["type"], parts["cue"]["text"], parts["source"]["mention"]["text"],
        [text[c["start"] : c["end"]] for c in headline["content"]],
        text[parts["cue"]["start"] : parts["cue"]["end"]],
        text[parts["source"]["mention"]["start"] : parts["source"]["mention"]["end"]],
    ) == ("indirect", "SAYS", "MAYOR", ["BRIDGE WILL OPEN IN MAY"], "SAYS", "MAYOR")  # fmt: skip
    assert len(body) == len(plain_item["quotes"]) == 1
    shift = item["body_start"]
    assert [[c["start"] - shift for c in q["content"]] for q in body] == [
        [c["start"] for c in q["content"]] for q in plain_item["quotes"]
    ]
    assert all(q["source"]["mention"]["text"] != "MAYOR" for q in plain_item["quotes"])


def test_exports_docx_save_reads_like_the_text(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in NEXIS_UNI.split("\n"):
        document.add_paragraph(line)
    document.save(str(tmp_path / "saved.docx"))
    [plain] = read_export(write(tmp_path, NEXIS_UNI))
    assert detect_format(tmp_path / "saved.docx") == "nexis"
    [article] = read_export(tmp_path / "saved.docx")
    assert attrs_without(article) == attrs_without(plain) and article.text == plain.text


def test_exports_rtf_save_reads_like_the_text(tmp_path: Path) -> None:
    pytest.importorskip("striprtf")
    body = NEXIS_UNI.replace("\n", "\\par\n")
    (tmp_path / "saved.rtf").write_text(
        "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0 " + body + "}"
    )
    [plain] = read_export(write(tmp_path, NEXIS_UNI))
    [article] = read_export(tmp_path / "saved.rtf")
    assert (article.headline, article.date, article.length, article.fields) == (
        plain.headline, plain.date, plain.length, plain.fields,
    )  # fmt: skip
    assert article.text == plain.text


def test_exports_cli_html_and_table_carry_the_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    _, page = run_cli(capsys, str(DOCS / "nexis-uni-export.txt"), "--format", "html")
    assert (
        "nexis-uni-export-1: Council delays vote on park plan (The Riverside Ledger, 2019-03-12)"
        in page
    )
    _, table = run_cli(capsys, str(DOCS / "nexis-uni-export.txt"))
    assert table.splitlines()[:2] == [
        "== nexis-uni-export-1 (line 16): 2 quotes ==",
        "  Council delays vote on park plan (The Riverside Ledger, 2019-03-12)",
    ]
