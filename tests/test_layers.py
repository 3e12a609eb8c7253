"""Every module imports only what its layer's row of docs/architecture.md allows."""

import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cxdesigner"
TABLE = ROOT / "docs" / "architecture.md"
#: What any layer may use: itself, the package's version and the small modules beside the layers.
ANYWHERE = {"cxdesigner", "inputs", "plain"}


def _spans(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def layers() -> dict[str, tuple[str, set[str]]]:
    """Each part of the package (``canvas``, ``atomic``...) → (its layer's name, what it may use).

    Naming a layer allows every part of its row (``storage`` allows ``atomic``)."""
    rows = re.findall(r"^\| (`[^|]+) \| [^|]+ \| ([^|]+) \|$", TABLE.read_text(encoding="utf-8"), re.MULTILINE)
    table = [([name.rstrip("/").removesuffix(".py") for name in _spans(parts)], set(_spans(allowed)))
             for parts, allowed in rows]
    row_of = {name: names for names, _ in table for name in names}
    found = {}
    for names, allowed in table:
        widened = set(names).union(*(row_of.get(name, [name]) for name in allowed))
        for name in names:
            found[name] = (names[0], widened)
    return found


def part_of(module: str) -> str:
    """``cxdesigner.canvas.scene`` → ``canvas``; ``cxdesigner`` → ``cxdesigner``."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else "cxdesigner"


def imports(path: Path, module: str) -> list[str]:
    """Every module ``path`` imports, at any depth of the code (lazy imports included)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[: len(module.split(".")) - node.level + (path.name == "__init__.py")]
                found.append(".".join(base + ([node.module] if node.module else [])))
            else:
                found.append(node.module)
    return found


def modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found.append((".".join(parts), path))
    return found


def allowed(imported: str, rule: set[str]) -> bool:
    if imported.startswith("cxdesigner"):
        return part_of(imported) in rule | ANYWHERE
    top = imported.split(".")[0]
    if top in sys.stdlib_module_names or top == "__future__":
        return True
    return any(imported == name or imported.startswith(name + ".") for name in rule)


def test_the_table_places_every_part_of_the_package():
    table = layers()
    parts = {part_of(module) for module, _ in modules()} - ANYWHERE
    assert parts - set(table) == set(), "add these to the layer table of docs/architecture.md"


@pytest.mark.parametrize("module,path", modules(), ids=[m for m, _ in modules()])
def test_module_imports_only_what_its_layer_may_use(module, path):
    table = layers()
    part = part_of(module)
    rule = table[part][1] if part in table else set()  # the small modules beside the layers use only Python
    wrong = [name for name in imports(path, module) if not allowed(name, rule)]
    assert wrong == [], f"{module} ({table.get(part, (part,))[0]}) may not import {wrong}"
