"""The text of a Doc, built once.

spaCy's ``Doc.text`` joins every token each time it is read, so reading it
per cue or per quote makes a stage quadratic in the document's length (a
1 MB page took minutes). Stages read it through :func:`doc_text` instead.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc


@functools.lru_cache(maxsize=4)
def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (the few most recent Docs are kept)."""
    return doc.text
