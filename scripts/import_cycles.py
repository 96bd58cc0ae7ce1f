"""List import cycles among the children of packages of cal_desktop (each child with its submodules).

    PYTHONPATH=$PWD .venv/bin/python scripts/import_cycles.py [cal_desktop.services cal_desktop.gui.dialogs ...]

Prints each cycle (a strongly connected group of siblings) with the imports that make it, file lines
included, so that one of them can be turned around. Lazy imports inside functions count: they are
cycles all the same. The contract in pyproject.toml (`acyclic_siblings`) checks the same in CI.
"""

from __future__ import annotations

import sys

import grimp

DEFAULT = ["cal_desktop.services", "cal_desktop.gui.dialogs", "cal_desktop.gui.views", "cal_desktop.gui.widgets"]


def _child(package: str, module: str) -> str | None:
    if not module.startswith(package + "."):
        return None
    return package + "." + module[len(package) + 1 :].split(".")[0]


def cycles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        mine = _child(package, module)
        if mine is None:
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            theirs = _child(package, imported)
            if theirs is not None and theirs != mine:
                edges.setdefault(mine, set()).add(theirs)
    # Tarjan's strongly connected components
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def main(packages: list[str]) -> int:
    graph = grimp.build_graph("cal_desktop", cache_dir=None)
    total = 0
    for package in packages:
        for group in cycles(graph, package):
            total += 1
            print(f"cycle in {package}: {', '.join(g.rsplit('.', 1)[1] for g in group)}")
            for a in group:
                for module in [a, *sorted(graph.find_descendants(a))] if graph.find_children(a) else [a]:
                    for imported in graph.find_modules_directly_imported_by(module):
                        if _child(package, imported) in group and _child(package, imported) != a:
                            for d in graph.get_import_details(importer=module, imported=imported):
                                print(f"    {module} -> {imported}  (line {d['line_number']}: {d['line_contents']})")
    if not total:
        print("no cycles")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or DEFAULT))
