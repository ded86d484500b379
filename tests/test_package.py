"""The package as users get it: a regular package whose wheel ships its data, and that a checkout overrides."""
from __future__ import annotations

import ast
import importlib
import importlib.metadata
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import graph

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the wheel built from this checkout, installed with pip."""
    tmp = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "-q"]
    build = subprocess.run([*pip, "wheel", str(REPO), "--no-deps", "--no-build-isolation", "-w", str(tmp / "dist")],
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next((tmp / "dist").glob("dipgraph-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"graph/__init__.py", "graph/py.typed", "graph/_data/lexicon/triggers.tsv"} <= names
    subprocess.run([*pip, "install", "--no-deps", "--target", str(tmp / "site"), str(wheel)], check=True,
                   capture_output=True)
    return tmp / "site"


def _probe(code: str, *path: Path, cwd: Path) -> str:
    run = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                         env={"PYTHONPATH": ":".join(map(str, path)), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout.strip()


def test_a_checkout_reads_its_own_data_even_with_the_package_installed(installed: Path, tmp_path: Path) -> None:
    probe = "import graph, graph.resources as r; print(graph.__file__, r.data_root())"
    module, root = _probe(probe, REPO, installed, cwd=tmp_path).split()
    assert module == str(REPO / "graph" / "__init__.py")
    assert root == str(REPO / "data")
    module, root = _probe(probe, installed, cwd=tmp_path).split()
    assert module.startswith(str(installed)) and root.startswith(str(installed))


def test_public_api_and_version(installed: Path, tmp_path: Path) -> None:
    assert set(graph.__all__) <= set(dir(graph))
    importlib.import_module("graph.extract"), importlib.import_module("graph.validate")  # named like functions
    for name in graph.__all__:
        assert callable(getattr(graph, name)) and not isinstance(getattr(graph, name), type(graph)), name
    with pytest.raises(AttributeError):
        graph.no_such_name  # noqa: B018
    assert _probe("import graph; print(graph.__version__)", installed, cwd=tmp_path) == graph.__version__


#: dependencies the package needs without importing them itself
NOT_IMPORTED = {
    "htmldate": "trafilatura's date extraction, given options that need this version",
    "lxml-html-clean": "trafilatura's HTML cleaning (split out of lxml)",
}


def _imported_modules() -> set[str]:
    """The top-level modules the package imports (at any depth of its code), its own left out."""
    found = set()
    for path in (REPO / "graph").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"graph", "__future__"}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_dependencies_are_what_the_package_imports() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(r) for r in project["dependencies"]}
    optional = {_name(r) for extra in project["optional-dependencies"].values() for r in extra}  # imported on use
    distributions = importlib.metadata.packages_distributions()
    used = {_name(dist) for module in _imported_modules() for dist in distributions.get(module, [module])}
    assert used - declared - optional == set(), "imported but not declared"
    assert declared - used == set(NOT_IMPORTED), "declared but never imported"


#: libraries that take a while to import, and that no command needs to build its options
SLOW_IMPORTS = ("numpy", "rdflib", "networkx", "pyoxigraph", "trafilatura", "pyvis", "tqdm", "dateparser",
                "charset_normalizer", "distributed", "graph.extract", "graph.store", "graph.view")


def test_the_command_line_starts_without_the_libraries_of_its_commands() -> None:
    code = ("import sys; from graph.cli import build_parser; build_parser(); "
            f"print(' '.join(m for m in {SLOW_IMPORTS!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert done.stdout.split() == []


TABLES_WRITTEN_BY_HAND = sorted(str(path.relative_to(REPO / "data")) for folder in ("lexicon", "curated")
                                for path in (REPO / "data" / folder).glob("*.tsv"))


@pytest.mark.parametrize("table", TABLES_WRITTEN_BY_HAND)
def test_no_lexicon_or_curated_row_is_written_twice(table: str) -> None:
    rows = [line for line in (REPO / "data" / table).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert sorted(row for row in set(rows) if rows.count(row) > 1) == []
