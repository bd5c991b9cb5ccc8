"""No error a person reads is built from a bare string: every one carries a keyed message.

An AST scan of fairdesk/: a `UserError`, `DatabaseError`, `StorageError` or `FieldError` (or a
subclass declared in fairdesk/) constructed with a string literal, an f-string, a concatenation
or `.format()` of a literal, or a module-level name bound to one of those (also when imported
from another fairdesk module), is flagged; so is such a subclass passing one to `super().__init__`.
Identifiers are fine: a `StorageError` kind ("locked") or a field name ("phone") has no space and
no Chinese. Files other helpers were still converting are allowed for now (`ALLOWED`); the list
should shrink to empty.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import fairdesk

ROOT = Path(fairdesk.__file__).resolve().parent
ERRORS = {"UserError", "DatabaseError", "StorageError", "FieldError"}
_PROSE = re.compile(r"\s|[\u4e00-\u9fff]")

#: Files that still build such errors from strings, each converted by another helper (Step 6).
ALLOWED: set[str] = set()


def _modules() -> dict[str, ast.Module]:
    return {
        p.relative_to(ROOT).as_posix(): ast.parse(p.read_text(encoding="utf-8"), str(p))
        for p in sorted(ROOT.rglob("*.py"))
    }


def _is_bare(node: ast.expr, names: set[str]) -> bool:
    """A literal sentence, an f-string, a concatenation or .format() of one, or a name of one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(_PROSE.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_bare(node.left, names) or _is_bare(node.right, names)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _is_bare(node.func.value, names)
    return isinstance(node, ast.Name) and node.id in names


def _string_constants(tree: ast.Module) -> set[str]:
    """Module-level names bound to a sentence (a bilingual constant, say)."""
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and _is_bare(node.value, set()):
            found |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.value is not None
            and _is_bare(node.value, set())
        ):
            found.add(node.target.id)
    return found


def _error_classes(modules: dict[str, ast.Module]) -> set[str]:
    """The error names and every class in fairdesk/ that derives from one of them."""
    names = set(ERRORS)
    grew = True
    while grew:
        grew = False
        for tree in modules.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                             for b in node.bases}  # fmt: skip
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names


def _imported_constants(tree: ast.Module, constants: dict[str, set[str]]) -> set[str]:
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("fairdesk."):
            path = node.module.removeprefix("fairdesk.").replace(".", "/")  # type: ignore[union-attr]
            there = constants.get(f"{path}.py", set()) | constants.get(f"{path}/__init__.py", set())
            found |= {a.asname or a.name for a in node.names if a.name in there}
    return found


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and _call_name(func.value) == "super"
    )


def bare_messages(modules: dict[str, ast.Module]) -> Iterator[tuple[str, int, str]]:
    """(file, line, error) for every error built from a bare string."""
    errors = _error_classes(modules)
    constants = {path: _string_constants(tree) for path, tree in modules.items()}
    for path, tree in modules.items():
        names = constants[path] | _imported_constants(tree, constants)
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            if cls.name not in errors:
                continue
            for node in ast.walk(cls):
                if isinstance(node, ast.Call) and _is_super_init(node):
                    args = [*node.args, *(k.value for k in node.keywords)]
                    if any(_is_bare(a, names) for a in args):
                        yield path, node.lineno, f"{cls.name} → super().__init__"
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in errors:
                args = [*node.args, *(k.value for k in node.keywords)]
                if any(_is_bare(a, names) for a in args):
                    yield path, node.lineno, _call_name(node)


def test_errors_carry_keyed_messages() -> None:
    modules = _modules()
    found = [f"{path}:{line}: {name}" for path, line, name in bare_messages(modules)
             if path not in ALLOWED]  # fmt: skip
    assert found == [], "build these errors from a keyed message (core.messages):\n" + "\n".join(
        found
    )


def test_the_allow_list_names_only_files_that_still_need_it() -> None:
    still = {path for path, _, _ in bare_messages(_modules())}
    assert sorted(ALLOWED - still) == [], "converted: take these off ALLOWED"


SAMPLE = """
from fairdesk.errors import StorageError, UserError
from fairdesk.core.messages import message
TEXT = "A bare sentence / 一句话"
KEYED = message("x.y", "Keyed", "有键")
class Mine(UserError):
    def __init__(self, field: str) -> None:
        super().__init__(f"{field}: bad")
def f(n: int) -> None:
    raise UserError(KEYED())
def g(n: int) -> None:
    raise UserError(f"{n} is wrong")
def h() -> None:
    raise StorageError("locked", "The file is busy")
def i() -> None:
    raise StorageError("locked", KEYED())
def j() -> None:
    raise Mine("phone")
def k() -> None:
    raise UserError(TEXT)
def m() -> None:
    raise UserError("{n} bad".format(n=1))
"""


def test_the_scan_finds_what_it_should() -> None:
    """The scan itself can fail: each bare construction in a sample is found, nothing else."""
    found = sorted((line, name) for _, line, name in bare_messages({"x.py": ast.parse(SAMPLE)}))
    assert found == [(8, "Mine → super().__init__"), (12, "UserError"), (14, "StorageError"),
                     (20, "UserError"), (22, "UserError")]  # fmt: skip
