"""One-way layers: the storage package loads nothing from the layers above it, and the
wings of claimcheck import one way: cli -> desk -> matching -> sources -> extraction ->
reading -> the root (models, errors, serialize, escape)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

FORBIDDEN = ("claimcheck", "click", "rich")


def test_claims_db_imports_no_upper_layer() -> None:
    # A fresh interpreter: in this one pytest or other tests may have loaded them already.
    code = (
        "import sys, claims_db\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.stdout.strip() == ""


def test_the_core_pipeline_loads_no_cli_or_terminal_library() -> None:
    # NLTK imports scikit-learn when it is installed (the `train` extra), and
    # scikit-learn imports rich: keep it out, so the test judges our own imports.
    code = (
        "import sys; sys.modules['sklearn'] = None; "
        "import claimcheck.extraction.pipeline, claimcheck.serialize, claimcheck.desk.check; "
        "bad = [m for m in ('click', 'rich') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


# The wings in the order imports may run: each imports only from itself and those before
# it ("" is the root: models, errors, serialize, escape). claimcheck/__init__.py names
# the public API lazily and __main__ starts the command line: both are left out.
WINGS = ("", "reading", "extraction", "sources", "matching", "desk", "cli")
PACKAGE = Path(__file__).resolve().parents[1] / "claimcheck"


def _wing(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in WINGS else ""


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts in (("claimcheck", "__init__"), ("claimcheck", "__main__")):
            continue
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if parts[-1] == "__init__" and len(parts) == 3:
            module += ".__init__"  # a wing's own package module belongs to the wing
        found.append((module, path))
    return found


def test_imports_run_one_way_between_the_wings() -> None:
    wrong = []
    for module, path in _modules():
        mine = WINGS.index(_wing(module))
        for name in _imports(path):
            top = name.split(".")[0]
            if top in ("rich", "click") and _wing(module) != "cli":
                wrong.append(f"{module} imports {name}: only the command line may")
            if top == "claims_db" and _wing(module) not in ("desk", "cli"):
                wrong.append(f"{module} imports {name}: only desk and cli touch the database")
            if top == "claimcheck" and name != "claimcheck":
                theirs = WINGS.index(_wing(name + ".x"))
                if theirs > mine:
                    wrong.append(f"{module} imports {name}, a wing above it")
    assert wrong == []


def test_the_root_holds_about_ten_modules() -> None:
    root = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(root) <= 10, root
    wings = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists())
    assert wings == sorted(w for w in WINGS if w)


def test_no_code_module_over_600_lines() -> None:
    roots = (PACKAGE, PACKAGE.parent / "claims_db")
    long = {
        str(p.relative_to(PACKAGE.parent)): n
        for root in roots
        for p in root.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert long == {}
