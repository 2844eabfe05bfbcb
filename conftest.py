"""Run the code examples of README.md and docs/**/*.md as tests (Sybil).

Examples are ```python blocks (doctest ``>>>`` lines inside them are checked);
setup goes in ``<!-- invisible-code-block: python -->`` blocks, and a rare
``<!-- skip: next -->`` must say why in the text around it.
"""

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.markdown import ClearNamespaceParser, PythonCodeBlockParser, SkipParser

from tests.sybil_console import ConsoleParser  # ```console blocks with "$ " prompts

_PARSERS = [
    PythonCodeBlockParser(doctest_optionflags=ELLIPSIS | NORMALIZE_WHITESPACE),
    SkipParser(),
    ClearNamespaceParser(),
    ConsoleParser(),
]

pytest_collect_file = (
    Sybil(parsers=_PARSERS, pattern="README.md", path=".")
    + Sybil(parsers=_PARSERS, patterns=["*.md"], path="docs")
).pytest()
