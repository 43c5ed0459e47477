"""datamigrate: migrate Microsoft SQL Server T-SQL to dbt projects, from Python.

A thin layer over the Rust core (`datamigrate._native`): every function calls the core once with
the GIL released, and returns a typed result (`.to_dict()`, `.to_json()`) or raises a
`DatamigrateError`. See bindings-python/README.md.

>>> import datamigrate
>>> datamigrate.transpile("SELECT TOP 5 ISNULL(a, 0) FROM dbo.t", "snowflake")  # doctest: +SKIP
'SELECT coalesce(a, 0) FROM dbo.t LIMIT 5;\\n'
"""

from __future__ import annotations

import os
from typing import Callable, Optional, Union

from . import _native
from ._errors import (
    ConversionError,
    DatamigrateError,
    DatamigrateIOError,
    InputError,
    InternalError,
    ParseError,
    ValidateError,
)
from ._types import (
    Assessment,
    Diagnostic,
    Edge,
    Excerpt,
    Graph,
    MigrationResult,
    NodeResult,
    ObjectOutcome,
    ParseResult,
    Position,
    Progress,
    Range,
    Record,
    Reference,
    ReportObject,
    Statement,
    Stats,
    Summary,
    TranspiledStatement,
    TranspileResult,
    Validation,
)

__version__: str = _native.__version__

StrPath = Union[str, "os.PathLike[str]"]
ProgressCallback = Callable[[Progress], object]

__all__ = [
    "Assessment",
    "ConversionError",
    "DatamigrateError",
    "DatamigrateIOError",
    "Diagnostic",
    "Edge",
    "Excerpt",
    "Graph",
    "InputError",
    "InternalError",
    "MigrationResult",
    "NodeResult",
    "ObjectOutcome",
    "ParseError",
    "ParseResult",
    "Position",
    "Progress",
    "ProgressCallback",
    "Range",
    "Record",
    "Reference",
    "ReportObject",
    "Statement",
    "Stats",
    "Summary",
    "TranspileResult",
    "TranspiledStatement",
    "ValidateError",
    "Validation",
    "assess",
    "migrate",
    "parse",
    "transpile",
    "transpile_detailed",
    "validate",
]


def transpile(sql: str, target: str = "duckdb") -> str:
    """Transpile T-SQL text to `target` SQL (each statement followed by `;` and a newline).

    Raises `ParseError` / `ConversionError` at the first error's `line` and `column` (file
    `<input>`), `InputError` for an unknown target.
    """
    return _native.transpile(sql, target)


def transpile_detailed(sql: str, target: str = "duckdb", name: str = "<input>") -> TranspileResult:
    """Transpile T-SQL text, keeping each statement's SQL (or `None`) and diagnostics; raises only
    for an unknown target. `name` is the file name used in positions."""
    return TranspileResult.from_json(_native.transpile_detailed(sql, target, name))


def parse(sql: str, name: str = "<input>") -> ParseResult:
    """Parse T-SQL text (GO batches, sqlcmd variables) into statement summaries. Never raises for
    bad SQL: a statement that does not parse has kind `unparsed` and carries its diagnostics."""
    return ParseResult.from_json(_native.parse(sql, name))


def _adapt(on_progress: Optional[ProgressCallback]) -> Optional[Callable[[str], object]]:
    if on_progress is None:
        return None
    callback = on_progress
    return lambda event: callback(Progress.from_json(event))


def assess(
    path: StrPath,
    target: str = "duckdb",
    jobs: Optional[int] = None,
    on_progress: Optional[ProgressCallback] = None,
) -> Assessment:
    """Assess the scripts at `path` (a folder or a .sql file): the report, no project written.

    `on_progress` is called with `Progress` events from worker threads (see `migrate`).
    """
    return Assessment.from_json(_native.assess(os.fspath(path), target, jobs, _adapt(on_progress)))


def migrate(
    input: StrPath,
    out: StrPath,
    target: str = "duckdb",
    jobs: Optional[int] = None,
    resume: bool = False,
    on_progress: Optional[ProgressCallback] = None,
) -> MigrationResult:
    """Migrate the scripts at `input` into a dbt project in `out` (with migration_report.*).

    `jobs`: worker threads (default one per core). `resume`: reuse what an interrupted run into
    the same `out` recorded. `on_progress` is called with `Progress` events, from the core's
    worker threads, holding the GIL only for the call. If it raises, it is not called again, the
    run finishes (the project is written) and then that exception is raised.
    """
    result = _native.migrate(os.fspath(input), os.fspath(out), target, jobs, resume, _adapt(on_progress))
    return MigrationResult.from_json(result)


def validate(project: StrPath, dbt: Optional[StrPath] = None) -> Validation:
    """Run `dbt seed` + `dbt build` on a migrated DuckDB project and map failures to objects.

    `dbt`: the dbt executable (default: `$DATAMIGRATE_DBT`, then `dbt` on the PATH).
    """
    return Validation.from_json(_native.validate(os.fspath(project), None if dbt is None else os.fspath(dbt)))
