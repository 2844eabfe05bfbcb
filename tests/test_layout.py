"""The package's layout: small modules, imports that run one way down the stages.

A newcomer should be able to open any module and change it: none is over
:data:`MAX_LINES` lines, no module imports quoteattr inside a function (the
way to dodge an import cycle), the module-level imports form no cycle, and
no stage imports a stage that runs after it (:data:`STAGES`).
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quoteattr"

#: The most lines a module of quoteattr/ may have.
MAX_LINES = 800

#: Modules every stage may read, which import no stage themselves.
FOUNDATIONS = (
    "quoteattr.results",
    "quoteattr.errors",
    "quoteattr.lexicon",
    "quoteattr.cues",
    "quoteattr.names_data",
    "quoteattr.doctext",
)

#: The stages in the order they run (quoteattr/pipeline.py): each may import
#: the ones before it, never one after it.
STAGES = (
    "quoteattr.quotemarks",
    "quoteattr.sources",
    "quoteattr.direct",
    "quoteattr.reported",
    "quoteattr.resolution",
    "quoteattr.pipeline",
)


def module_name(path: Path) -> str:
    """``quoteattr/resolution/names.py`` -> ``quoteattr.resolution.names``."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(node: ast.Import | ast.ImportFrom, module: str) -> list[str]:
    """The quoteattr modules an import statement names (a relative one resolved)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name.split(".")[0] == "quoteattr"]
    base = node.module or ""
    if node.level:
        package = module.split(".")
        is_package = MODULES.get(module, Path()).name == "__init__.py"
        package = package[: len(package) - node.level + (1 if is_package else 0)]
        base = ".".join([*package, base] if base else package)
    if base.split(".")[0] != "quoteattr":
        return []
    # ``from quoteattr import cli`` imports the module quoteattr.cli
    submodules = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES]
    others = [a for a in node.names if f"{base}.{a.name}" not in MODULES]
    return submodules + ([base] if others else [])


def function_imports(source: str, module: str) -> list[int]:
    """Lines of the imports of quoteattr inside a function body."""
    lines = []
    for function in ast.walk(ast.parse(source)):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom) and imported(node, module):
                    lines.append(node.lineno)
    return sorted(set(lines))


def module_imports(source: str, module: str) -> set[str]:
    """The quoteattr modules a module imports when it is loaded (``if TYPE_CHECKING:``
    blocks left out: they never run)."""
    found: set[str] = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.update(name for name in imported(node, module) if name in MODULES)
        elif isinstance(node, ast.Try):
            for inner in node.body:
                if isinstance(inner, ast.Import | ast.ImportFrom):
                    found.update(name for name in imported(inner, module) if name in MODULES)
    found.discard(module)
    return found


def stage_of(module: str) -> int | None:
    """The index of the stage a module belongs to in :data:`STAGES`, else ``None``."""
    for index, stage in enumerate(STAGES):
        if module == stage or module.startswith(stage + "."):
            return index
    return None


GRAPH = {name: module_imports(path.read_text("utf-8"), name) for name, path in MODULES.items()}


def test_layout_no_module_over_the_line_limit() -> None:
    long = {
        name: count
        for name, path in MODULES.items()
        if (count := len(path.read_text("utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_layout_no_import_of_quoteattr_inside_a_function() -> None:
    found = {
        name: lines
        for name, path in MODULES.items()
        if (lines := function_imports(path.read_text("utf-8"), name))
    }
    assert found == {}


def test_layout_module_imports_form_no_cycle() -> None:
    graphlib.TopologicalSorter(GRAPH).prepare()  # raises CycleError naming the cycle


def test_layout_stages_import_only_earlier_stages() -> None:
    later = {
        name: sorted(
            other
            for other in imports
            if (stage := stage_of(name)) is not None
            and (other_stage := stage_of(other)) is not None
            and other_stage > stage
        )
        for name, imports in GRAPH.items()
    }
    assert {name: others for name, others in later.items() if others} == {}


def test_layout_foundations_import_no_stage() -> None:
    found = {
        name: sorted(other for other in GRAPH[name] if stage_of(other) is not None)
        for name in FOUNDATIONS
    }
    assert {name: others for name, others in found.items() if others} == {}


def test_layout_lists_name_existing_modules() -> None:
    assert [name for name in (*FOUNDATIONS, *STAGES) if name not in MODULES] == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from quoteattr.pipeline import extract\n", []),
        ("def f():\n    from quoteattr.pipeline import extract\n", [2]),
        ("def f():\n    import quoteattr.cli\n", [2]),
        ("class C:\n    def m(self):\n        from . import cli\n", [3]),
        ("def f():\n    from tqdm import tqdm\n", []),
        ("def f():\n    def g():\n        from quoteattr import cli\n", [3]),
    ],
)
def test_layout_function_imports_are_found(source: str, expected: list[int]) -> None:
    assert function_imports(source, "quoteattr.render") == expected


def test_layout_stage_imports_are_read() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "from quoteattr.resolution.names import fold\n"
        "from quoteattr import sources\n"
        "if TYPE_CHECKING:\n"
        "    from quoteattr.pipeline import extract\n"
    )
    assert module_imports(source, "quoteattr.reported.stance") == {
        "quoteattr.resolution.names",
        "quoteattr.sources",
    }
