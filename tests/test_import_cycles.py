"""No import cycle among the modules of `desktop` (issue 18).

The graph is read from the source with `ast`: every `import` and `from ... import` of a
desktop module, at module level or inside a function (a lazy import still closes a loop
when it runs), except those under `if TYPE_CHECKING:`, which never run. An edge goes to the
module named, or to the package when the name is something defined in it. A cycle makes
the order of imports matter and let `ui/app → ui/extensions → ui/bookmarks_panel →
verbs/self_test → ui/app` grow unnoticed; this test names any cycle that comes back.
"""

from __future__ import annotations

import ast
from pathlib import Path

import desktop

PACKAGE = Path(desktop.__file__).resolve().parent


def module_files(package: Path = PACKAGE) -> dict[str, Path]:
    """`desktop.ui.app` → its file, for every module and package under `package`."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The desktop modules `name` (in `path`) imports when it runs."""

    def known(target: str) -> str | None:
        while target and target not in modules:
            target = target.rpartition(".")[0]
        return target or None

    found: set[str] = set()

    class Visitor(ast.NodeVisitor):
        def visit_If(self, node: ast.If) -> None:
            if _is_type_checking(node.test):
                for child in node.orelse:
                    self.visit(child)
            else:
                self.generic_visit(node)

        def visit_Import(self, node: ast.Import) -> None:
            for alias in node.names:
                if (target := known(alias.name)) is not None:
                    found.add(target)

        def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
            base = node.module or ""
            if node.level:
                package = name if path.name == "__init__.py" else name.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{base}" if base else package
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if (target := sub if sub in modules else known(base)) is not None:
                    found.add(target)

    Visitor().visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    found.discard(name)
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    modules = module_files(package)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(graph.get(node, ())):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_the_imports_it_must() -> None:
    graph = import_graph()
    assert "desktop.ui.app" in graph["desktop.verbs.gui"]  # inside a function
    assert "desktop.library" in graph["desktop.references"]  # at module level
    assert "desktop.ui.main_window" not in graph["desktop.ui.extensions"]  # TYPE_CHECKING only


def test_the_finder_finds_a_cycle_through_a_lazy_import(tmp_path: Path) -> None:
    package = tmp_path / "desktop"
    (package / "ui").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "ui" / "__init__.py").write_text("")
    (package / "ui" / "app.py").write_text("def f():\n    from desktop.ui import extra\n")
    (package / "ui" / "extra.py").write_text("from desktop.verbs import steps\n")
    (package / "verbs.py").write_text("")
    (package / "steps.py").write_text("")
    (package / "ui" / "typed.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from desktop.ui import app\n")
    graph = import_graph(package)
    assert cycles(graph) == []
    (package / "verbs").mkdir()
    (package / "verbs.py").unlink()
    (package / "verbs" / "__init__.py").write_text("")
    (package / "verbs" / "steps.py").write_text("from desktop.ui.app import f\n")
    assert cycles(import_graph(package)) == [
        ["desktop.ui.app", "desktop.ui.extra", "desktop.verbs.steps"]]


def test_no_import_cycle_among_desktop_modules() -> None:
    found = cycles(import_graph())
    assert found == [], "import cycles: " + "; ".join(" ↔ ".join(c) for c in found)


def test_only_the_self_test_verb_imports_the_self_test() -> None:
    """The shipped widgets do not carry self-test steps, nor import them."""
    importers = sorted(
        name for name, deps in import_graph().items()
        if not name.startswith("desktop.ui.selftest")
        and any(d.startswith("desktop.ui.selftest") for d in deps))
    assert importers == ["desktop.verbs.self_test"]


def test_references_and_printouts_do_without_the_bookmarks_package() -> None:
    """Ranges (`Target`) live with references; a printout of bookmarks is given them."""
    graph = import_graph()
    for name in ("desktop.references", "desktop.printing.printout", "desktop.ui.printing"):
        assert not {d for d in graph[name] if d.startswith("desktop.bookmarks")}, name
