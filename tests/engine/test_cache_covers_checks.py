"""The cache is keyed by the source of everything that decides what a checked scenario is: every engine module the
loader (and, for a validate run, the lint) imports must be hashed, or a changed check would replay stale findings."""

from __future__ import annotations

import ast
from pathlib import Path

from rehearse.engine.load import cache, signed

ENGINE = Path(cache.__file__).resolve().parents[1]


def _imports(module: str, seen: set[str]) -> set[str]:
    """The rehearse.engine modules `module` imports, transitively (hearing and review are keyed separately)."""
    if module in seen:
        return seen
    seen.add(module)
    path = ENGINE.parent.parent / (module.replace(".", "/") + ".py")
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for n in names:
            f = ENGINE.parent.parent / (n.replace(".", "/") + ".py")
            if n.startswith("rehearse.engine.") and f.is_file() and ".hearing." not in n:
                _imports(n, seen)
    return seen


def _hashed(fn) -> set[str]:
    got: list[str] = []
    real = signed.hash_sources
    signed.hash_sources = lambda h, modules: got.extend(modules)
    try:
        fn()
    finally:
        signed.hash_sources = real
    return set(got)


def test_every_module_the_loader_uses_is_in_the_fingerprint():
    cache.code_fingerprint.cache_clear()
    try:
        hashed = _hashed(cache.code_fingerprint)
    finally:
        cache.code_fingerprint.cache_clear()
    missing = _imports("rehearse.engine.load.loader", set()) - hashed - {"rehearse.engine.load.signed"}
    assert not missing, f"add to cache.code_fingerprint: {sorted(missing)}"


def test_every_module_the_lint_uses_is_in_the_validation_key(monkeypatch):
    monkeypatch.setattr(cache, "enabled", lambda: True)
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "x")
    from rehearse.engine.load.guidance import load_catalogue

    hashed = _hashed(lambda: cache.validation_key([], load_catalogue(), None, True))
    missing = (_imports("rehearse.engine.load.lint", set()) - hashed - _imports("rehearse.engine.load.loader", set())
               - {"rehearse.engine.load.signed"})
    assert not missing, f"add to cache.validation_key: {sorted(missing)}"
