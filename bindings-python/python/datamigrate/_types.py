"""Typed result classes, built from the JSON the core serialises.

Every class is a frozen dataclass whose fields are exactly the keys of the core's value (see
core/src/api.rs, core/src/pipeline/result.rs, core/src/report/model.rs); `to_dict()` gives that
value back unchanged, so `to_json()` equals what the CLI writes. The conversion below is generic
(driven by the field annotations): no field is computed here.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from typing import Any, Dict, Iterator, List, Optional, Sequence, Type, TypeVar, Union, overload

R = TypeVar("R", bound="Record")

_HINTS: Dict[type, Dict[str, Any]] = {}


def _convert(tp: Any, value: Any) -> Any:
    """`value` (decoded JSON) as type `tp`: records and lists of records built, the rest kept."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin is Union:
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(inner[0], value) if len(inner) == 1 else value
    if origin in (list, List):
        (item,) = typing.get_args(tp)
        return [_convert(item, v) for v in value]
    if isinstance(tp, type) and issubclass(tp, Record):
        return tp.from_dict(value)
    return value


def _key(field: str) -> str:
    """The JSON key of a field: `from_` is `from` (a Python keyword)."""
    return field[:-1] if field.endswith("_") else field


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclasses.dataclass(frozen=True)
class Record:
    """Base of every result class: built from and turned back into the core's JSON value."""

    @classmethod
    def from_dict(cls: Type[R], data: Dict[str, Any]) -> R:
        hints = _HINTS.get(cls)
        if hints is None:
            hints = typing.get_type_hints(cls)
            _HINTS[cls] = hints
        values = {f.name: _convert(hints[f.name], data.get(_key(f.name))) for f in dataclasses.fields(cls)}
        return cls(**values)

    @classmethod
    def from_json(cls: Type[R], text: str) -> R:
        return cls.from_dict(json.loads(text))

    def to_dict(self) -> Dict[str, Any]:
        """The value as plain dicts and lists (the same shape as the CLI's JSON)."""
        return {_key(f.name): _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}

    def to_json(self, indent: Optional[int] = None) -> str:
        return json.dumps(self.to_dict(), indent=indent)


@dataclasses.dataclass(frozen=True)
class Diagnostic(Record):
    """A problem in the input: a code (`DM1101`), severity, message and where it is."""

    code: str
    severity: str
    message: str
    help: Optional[str]
    file: Optional[str]
    line: Optional[int]
    column: Optional[int]
    utf16_column: Optional[int]

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}: " if self.file and self.line else ""
        return f"{where}{self.severity} {self.code}: {self.message}"


@dataclasses.dataclass(frozen=True)
class Position(Record):
    line: int
    column: int
    utf16_column: int
    offset: int


@dataclasses.dataclass(frozen=True)
class Range(Record):
    file: str
    start: Position
    end: Position


@dataclasses.dataclass(frozen=True)
class Statement(Record):
    """One top-level statement as parsed (`kind` is `create_view`, `select`, `unparsed`, ...)."""

    kind: str
    object: Optional[str]
    parsed: bool
    batch: int
    range: Range
    diagnostics: List[Diagnostic]


@dataclasses.dataclass(frozen=True)
class ParseResult(Record, Sequence[Statement]):
    """The statements of a script (a sequence of `Statement`) plus diagnostics outside them."""

    statements: List[Statement]
    diagnostics: List[Diagnostic]
    batches: int

    @overload
    def __getitem__(self, index: int) -> Statement: ...

    @overload
    def __getitem__(self, index: slice) -> List[Statement]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Statement, List[Statement]]:
        return self.statements[index]

    def __len__(self) -> int:
        return len(self.statements)

    def __iter__(self) -> Iterator[Statement]:
        return iter(self.statements)


@dataclasses.dataclass(frozen=True)
class TranspiledStatement(Record):
    range: Range
    sql: Optional[str]
    diagnostics: List[Diagnostic]


@dataclasses.dataclass(frozen=True)
class TranspileResult(Record):
    """Every statement's target SQL (or `None`) with its diagnostics."""

    target: str
    sql: str
    statements: List[TranspiledStatement]
    diagnostics: List[Diagnostic]
    complete: bool


@dataclasses.dataclass(frozen=True)
class Progress(Record):
    """A progress event of `migrate`/`assess` (phase: load, parse, catalog, analyze, convert, write)."""

    phase: str
    done: int
    total: int
    current: Optional[str]
    elapsed_ms: int
    eta_ms: Optional[int]


@dataclasses.dataclass(frozen=True)
class Stats(Record):
    files: int
    batches: int
    statements: int
    unparsed_statements: int
    tables: int
    views: int
    routines: int
    rows: int
    converted: int
    converted_with_warnings: int
    needs_review: int
    blocked: int
    failed: int


@dataclasses.dataclass(frozen=True)
class ObjectOutcome(Record):
    """One object and what became of it (status: converted, converted_with_warnings, ...)."""

    object: str
    kind: str
    status: str
    location: Optional[str]
    dbt_name: Optional[str]
    depends_on: List[str]
    diagnostics: List[Diagnostic]


@dataclasses.dataclass(frozen=True)
class MigrationResult(Record):
    """What `migrate` produced: the same value as `migration_report.json`'s result."""

    report_version: int
    project: str
    target: str
    objects: List[ObjectOutcome]
    files: List[str]
    diagnostics: List[Diagnostic]
    stats: Stats


@dataclasses.dataclass(frozen=True)
class Summary(Record):
    objects: int
    by_status: Dict[str, int]
    by_classification: Dict[str, int]
    by_kind: Dict[str, int]
    by_schema: Dict[str, int]
    diagnostics_by_severity: Dict[str, int]
    diagnostics_by_code: Dict[str, int]
    effort_hours: float


@dataclasses.dataclass(frozen=True)
class ReportObject(Record):
    id: str
    object: str
    schema: str
    name: str
    kind: str
    status: str
    classification: str
    reasons: List[str]
    location: Optional[str]
    dbt_name: Optional[str]
    depends_on: List[str]
    unresolved: List[str]
    external: List[str]
    features: List[str]
    in_cycle: bool
    depth: int
    complexity: Optional[Dict[str, Any]]
    diagnostics: List[Diagnostic]


@dataclasses.dataclass(frozen=True)
class Edge(Record):
    # `from` is a keyword in Python: the field is `from_`, its JSON key `from`.
    from_: str
    to: str
    in_cycle: bool


@dataclasses.dataclass(frozen=True)
class Reference(Record):
    name: str
    used_by: List[str]


@dataclasses.dataclass(frozen=True)
class Graph(Record):
    edges: List[Edge]
    cycles: List[str]
    unresolved: List[Reference]
    external: List[Reference]
    max_depth: int


@dataclasses.dataclass(frozen=True)
class Excerpt(Record):
    id: str
    file: str
    line: int
    first_line: int
    lines: List[str]


@dataclasses.dataclass(frozen=True)
class Assessment(Record):
    """The assessment report (`assessment.json`, schema in docs/assessment-schema.md)."""

    schema_version: int
    kind: str
    project: str
    target: str
    summary: Summary
    stats: Stats
    objects: List[ReportObject]
    diagnostics: List[Diagnostic]
    graph: Graph
    excerpts: List[Excerpt]
    files: List[str]


@dataclasses.dataclass(frozen=True)
class NodeResult(Record):
    unique_id: str
    status: str
    message: Optional[str]
    object: Optional[str]


@dataclasses.dataclass(frozen=True)
class Validation(Record):
    """What `dbt seed` + `dbt build` found in a migrated project."""

    passed: bool
    commands: List[str]
    counts: Dict[str, int]
    failures: List[NodeResult]
    diagnostics: List[Dict[str, Any]]
