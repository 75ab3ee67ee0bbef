"""Print the import graph between the top-level packages (rag, ingest, eval, ui), from grimp (import-linter's
graph library): which package imports which, how many module → module imports, and the ones against the
layers ui → eval → ingest → rag.

    python -m tests.import_graph               # this checkout
    python -m tests.import_graph --rev be10803  # any commit (extracted with `git archive` to a temp dir)
    make graph REV=be10803
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import grimp

PACKAGES = ("ui", "eval", "ingest", "rag")  # the allowed direction: each may import only those after it
ROOT = Path(__file__).resolve().parent.parent


def package_edges(root: Path) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(importer package, imported package) → the module pairs, for the code under ``root``."""
    sys.path.insert(0, str(root))
    try:
        graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    finally:
        sys.path.remove(str(root))
    edges: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            source, target = module.split(".")[0], imported.split(".")[0]
            if source != target:
                edges[(source, target)].append((module, imported))
    return edges


def report(edges: dict[tuple[str, str], list[tuple[str, str]]], label: str, detail: bool) -> list[str]:
    lines = [f"import graph between top-level packages ({label}); allowed direction: {' → '.join(PACKAGES)}"]
    for (source, target), pairs in sorted(edges.items(), key=lambda item: (PACKAGES.index(item[0][0]), item[0][1])):
        wrong = PACKAGES.index(source) > PACKAGES.index(target)
        flag = "   ✗ AGAINST THE LAYERS" if wrong else ""
        lines.append(f"  {source:>6} → {target:<6} {len(pairs):3} module imports{flag}")
        if detail and wrong:
            lines += [f"           {a} → {b}" for a, b in pairs]
    cycles = sorted({tuple(sorted(pair)) for pair in edges if pair[::-1] in edges})
    lines.append("  cycles: " + (", ".join(f"{a} ↔ {b}" for a, b in cycles) if cycles else "none"))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rev", help="a git commit to read instead of the working tree")
    parser.add_argument("--detail", action="store_true", help="list the module imports against the layers")
    args = parser.parse_args()
    if args.rev is None:
        print("\n".join(report(package_edges(ROOT), "working tree", args.detail)))
        return 0
    with tempfile.TemporaryDirectory(prefix="anso-graph-") as tmp:
        archive = subprocess.run(["git", "archive", args.rev], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        print("\n".join(report(package_edges(Path(tmp)), f"commit {args.rev}", args.detail)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
