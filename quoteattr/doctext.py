"""The text of a Doc, built once, and the text quotation marks are paired in.

spaCy's ``Doc.text`` joins every token each time it is read, so reading it
per cue or per quote makes a stage quadratic in the document's length (a
1 MB page took minutes). Stages read it through :func:`doc_text` instead,
and walk the tokens through :func:`doc_tokens`.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

#: HTML tags that end a paragraph (``</p>``, ``<div class="x">``, ``<br/>``).
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|table|tr|td|th|section|article|header"
    r"|footer|title|head|body|html|script|style)\b[^<>]*>",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4)
def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (the few most recent Docs are kept)."""
    return doc.text


@functools.lru_cache(maxsize=4)
def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The tokens of ``doc``, made once per Doc: each ``doc[i]`` and each pass
    over ``doc`` builds new Token objects, which was a tenth of the stages' time."""
    return tuple(doc)


def to_quotation_text(text: str) -> str:
    """``text`` with each block-level HTML tag turned into line breaks of the same length.

    Quotation marks are paired in this text, so that in scraped HTML an
    unclosed mark in one paragraph (``<p>"Unclosed.</p><p>He said "no."</p>``)
    stops at its ``</p>`` as it would at a blank line. Offsets are unchanged.

    >>> to_quotation_text('<p>"Hi.</p>')
    '\\n\\n\\n"Hi.\\n\\n\\n\\n'
    """
    if "<" not in text:
        return text
    return _BLOCK_TAG.sub(lambda match: "\n" * len(match.group()), text)
