"""Checked by mypy (test_typing.py), never run: the public API's types as a user sees them."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import datamigrate


def usage(folder: Path) -> List[str]:
    sql: str = datamigrate.transpile("SELECT 1", "snowflake")
    statements: datamigrate.ParseResult = datamigrate.parse(sql)
    first: datamigrate.Statement = statements[0]
    line: int = first.range.start.line
    kinds: List[str] = [s.kind for s in statements]

    def on_progress(p: datamigrate.Progress) -> None:
        eta: Optional[int] = p.eta_ms
        print(p.phase, p.done, p.total, eta)

    result: datamigrate.MigrationResult = datamigrate.migrate(folder, folder / "out", jobs=2, on_progress=on_progress)
    report: datamigrate.Assessment = datamigrate.assess(str(folder), target="bigquery")
    hours: float = report.summary.effort_hours
    try:
        datamigrate.validate(folder / "out")
    except datamigrate.DatamigrateError as e:
        where: Optional[int] = e.line
        codes: List[str] = [d.code for d in e.diagnostics]
        print(where, codes, e.to_dict())
    print(line, hours, result.to_json(indent=2))
    return kinds
