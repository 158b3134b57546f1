"""`rehearse validate` as an engine call: every file checked, the teaching lint, and the cache of whole runs.

The command line only prints what this returns. A second run over the same files with the same code and catalogue
is answered from the cache without parsing anything (engine/load/cache.py keys it, on this module's source too).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rehearse.engine.diagnostics import Diagnostic
from rehearse.engine.load import cache, lint
from rehearse.engine.load.library import limits_from_env, scenario_files, validate_all
from rehearse.engine.load.yamlsrc import Limits, gc_paused, reuse_parses


@dataclass(frozen=True)
class Validation:
    """One validate run: its findings in reading order, and how many scenarios loaded."""

    diagnostics: list[Diagnostic]
    loaded: int

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(d.severity == "error" for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        """How many findings are warnings."""
        return len(self.diagnostics) - self.errors

    def failed(self, strict: bool = False) -> bool:
        """Whether the run fails: any error, or with `strict` any warning too."""
        return bool(self.errors or (strict and self.warnings))


def validate(paths: list[str] | None, catalogue, lint_too: bool = True, limits: Limits | None = None) -> Validation:
    """Check the scenario files under `paths` (None: the bundled library) against `catalogue`, with the teaching
    lint unless `lint_too` is False."""
    from rehearse.engine.load import course as courses

    limits = limits or limits_from_env()
    files = scenario_files(paths or None)
    in_course = {f.parent for f in files if courses.is_course(f.parent)}
    # The same files checked before by the same code give the same findings: stored whole, nothing is parsed. A
    # course folder's findings hang on its course.yaml and guidance.yaml too, which the key does not cover.
    key = None if in_course else cache.validation_key(files, catalogue, limits, lint_too)
    hit = cache.get_validation(key)
    if hit is not None:
        diags, count = hit
    else:
        # The lint reads each file again for the places it points at: within reuse_parses that read is free. Nothing
        # here builds reference cycles, so the cyclic collector is paused for the run (see docs/PERFORMANCE.md).
        with gc_paused(), reuse_parses():
            diags, loaded = validate_all(paths or None, set(catalogue), limits)
            if lint_too:
                for sc in loaded:
                    own = courses.for_folder(Path(sc.path).parent) if in_course else None
                    diags.extend(lint.teaching_lint(sc, courses.extend(catalogue, own)))
        count = len(loaded)
        cache.put_validation(key, files, catalogue, limits, lint_too, diags, loaded)
    return Validation(sorted(diags, key=lambda d: d.sort_key()), count)


def missing(paths: list[str]) -> str | None:
    """The first of `paths` that does not exist, if any."""
    return next((p for p in paths if not Path(p).exists()), None)
