"""The error table: every message carries its code and is formattable."""

from __future__ import annotations

import re
import string

import pytest

from quoteattr import errors

CODES = sorted(name for name in vars(errors.Errors) if re.fullmatch(r"[EW]\d{3}", name))


def test_errors_table_is_not_empty() -> None:
    assert CODES[:2] == ["E001", "E002"]


@pytest.mark.parametrize("code", CODES)
def test_errors_message_starts_with_its_code_and_formats(code: str) -> None:
    template = getattr(errors.Errors, code)
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    message = template.format(**{name: "X" for name in fields})
    assert message.startswith(code + " ")


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (errors.ModelNotFound, OSError),
        (errors.InputTypeError, TypeError),
        (errors.IncompatibleDocError, ValueError),
    ],
)
def test_errors_classes_inherit_the_base_and_the_fitting_builtin(
    error: type[Exception], builtin: type[Exception]
) -> None:
    assert issubclass(error, errors.QuoteattrError) and issubclass(error, builtin)


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("en_core_web_sm", "Install it with: " + errors.DEFAULT_MODEL_INSTALL),
        ("en_core_web_trf", "Install it with: python -m spacy download en_core_web_trf"),
        ("models/mine", "Check that the folder exists and holds a pipeline saved with nlp.to_disk()."),
    ],
)
def test_errors_install_hint_names_the_package_asked_for(name: str, hint: str) -> None:
    assert errors.install_hint(name) == hint


def test_errors_no_article_slips() -> None:
    templates = [getattr(errors.Errors, code) for code in CODES]
    assert not [t for t in templates if re.search(r"\ba \{type_name\}|\ba [aeiou]\w", t)]
