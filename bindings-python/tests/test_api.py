"""The Python contract of the binding: values, types, errors. SQL behaviour is tested in Rust."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import datamigrate
from datamigrate import _native


def test_transpile_to_snowflake() -> None:
    sql = datamigrate.transpile("SELECT TOP 5 ISNULL(a,0) FROM dbo.t", "snowflake")
    assert isinstance(sql, str)
    assert "LIMIT 5" in sql
    assert "COALESCE" in sql.upper()


def test_transpile_defaults_to_duckdb() -> None:
    assert datamigrate.transpile("SELECT TOP 1 a FROM t") == datamigrate.transpile("SELECT TOP 1 a FROM t", "duckdb")


def test_syntax_error_is_a_parse_error_with_position() -> None:
    with pytest.raises(datamigrate.ParseError) as info:
        datamigrate.transpile("SELECT 1\nSELECT FROM WHERE (", "duckdb")
    e = info.value
    assert isinstance(e, datamigrate.DatamigrateError)
    assert isinstance(e, ValueError)
    assert e.kind == "parse"
    assert (e.file, e.line) == ("<input>", 2)
    assert e.column is not None and e.column >= 1
    assert e.code is not None and e.code.startswith("DM1")
    assert str(e).startswith(f"<input>:2:{e.column}: {e.code}")
    assert e.diagnostics and all(isinstance(d, datamigrate.Diagnostic) for d in e.diagnostics)
    first = e.diagnostics[0]
    assert (first.code, first.severity, first.file, first.line) == (e.code, "error", "<input>", 2)
    assert e.to_dict()["kind"] == "parse"


def test_unknown_target_is_an_input_error() -> None:
    with pytest.raises(datamigrate.InputError, match="unknown target `oracle`"):
        datamigrate.transpile("SELECT 1", "oracle")


def test_panic_becomes_internal_error() -> None:
    with pytest.raises(datamigrate.InternalError, match="boom"):
        _native._panic_for_tests("boom")
    # The interpreter is fine afterwards.
    assert datamigrate.transpile("SELECT 1")


def test_parse_is_a_sequence_of_statements() -> None:
    out = datamigrate.parse("CREATE TABLE dbo.t (a int)\nGO\nCREATE VIEW dbo.v AS SELECT a FROM dbo.t\nGO\nSELECT FROM WHERE (\n", "s.sql")
    assert isinstance(out, datamigrate.ParseResult)
    assert [(s.kind, s.object) for s in out[:2]] == [("create_table", "dbo.t"), ("create_view", "dbo.v")]
    assert len(out) == 3 and out.batches == 3
    view = out[1]
    assert isinstance(view.range, datamigrate.Range)
    assert (view.range.file, view.range.start.line, view.range.start.column) == ("s.sql", 3, 1)
    bad = out[2]
    assert not bad.parsed and bad.kind == "unparsed"
    assert bad.diagnostics and bad.diagnostics[0].line == 5


def test_results_round_trip_the_core_json(sample: Path, tmp_path: Path) -> None:
    """to_dict() is exactly the core's value: no field lost, renamed or computed."""
    sql = "SELECT TOP 2 a FROM t\nGO\nSELECT 1 +\n"
    assert datamigrate.parse(sql).to_dict() == json.loads(_native.parse(sql, "<input>"))
    detailed = json.loads(_native.transpile_detailed(sql, "bigquery", "x.sql"))
    assert datamigrate.transpile_detailed(sql, "bigquery", "x.sql").to_dict() == detailed
    assessment = json.loads(_native.assess(str(sample), "duckdb", None, None))
    assert datamigrate.assess(sample).to_dict() == assessment
    migrated = json.loads(_native.migrate(str(sample), str(tmp_path / "a"), "duckdb", None, False, None))
    assert datamigrate.migrate(sample, tmp_path / "b").to_dict() == migrated
    assert json.loads(datamigrate.parse(sql).to_json()) == datamigrate.parse(sql).to_dict()


def test_transpile_detailed_keeps_every_statement() -> None:
    out = datamigrate.transpile_detailed("SELECT TOP 2 a FROM t\nGO\nSELECT 1 +\n", "duckdb")
    assert out.target == "duckdb" and not out.complete
    assert out.statements[0].sql is not None and "LIMIT 2" in out.statements[0].sql
    assert out.statements[1].sql is None and out.statements[1].diagnostics


def test_migrate_writes_a_project(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "project"
    result = datamigrate.migrate(str(sample), str(out), target="duckdb", jobs=2)
    assert isinstance(result, datamigrate.MigrationResult)
    assert result.target == "duckdb"
    assert result.stats.tables == 17 and result.stats.views == 15
    assert (out / "dbt_project.yml").is_file()
    assert all((out / f).exists() for f in result.files)
    view = next(o for o in result.objects if o.kind == "view")
    assert isinstance(view, datamigrate.ObjectOutcome) and view.location and view.status
    for d in (d for o in result.objects for d in o.diagnostics):
        assert d.code.startswith("DM") and d.severity in ("error", "warning", "info")


def test_migrate_resume_gives_the_same_result(small_estate: Path, tmp_path: Path) -> None:
    first = datamigrate.migrate(small_estate, tmp_path / "p")
    again = datamigrate.migrate(small_estate, tmp_path / "p", resume=True)
    assert again.to_dict() == first.to_dict()


def test_assess_returns_the_report(sample: Path) -> None:
    report = datamigrate.assess(sample, target="snowflake")
    assert isinstance(report, datamigrate.Assessment)
    assert report.kind == "assessment" and report.target == "snowflake"
    assert report.summary.objects == len(report.objects) > 0
    assert report.files == []
    assert all(isinstance(e, datamigrate.Edge) for e in report.graph.edges)
    assert report.graph.edges and "from" in report.to_dict()["graph"]["edges"][0]


def test_missing_input_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(datamigrate.InputError, match="does not exist"):
        datamigrate.migrate(tmp_path / "missing", tmp_path / "out")
    with pytest.raises(datamigrate.InputError):
        datamigrate.assess(tmp_path / "missing")


def test_input_with_nothing_to_migrate_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    with pytest.raises(datamigrate.InputError, match="nothing to migrate") as info:
        datamigrate.migrate(tmp_path / "in", tmp_path / "out")
    assert info.value.code is not None


def test_bad_target_in_migrate(sample: Path, tmp_path: Path) -> None:
    with pytest.raises(datamigrate.InputError, match="unknown target"):
        datamigrate.migrate(sample, tmp_path / "out", target="nope")


def test_validate_outside_a_project_is_a_validate_error(tmp_path: Path) -> None:
    # A dbt that exists, so the error is about the folder (DM4006), whatever is installed.
    fake_dbt = tmp_path / "dbt"
    fake_dbt.write_text("#!/bin/sh\nexit 0\n")
    fake_dbt.chmod(0o755)
    with pytest.raises(datamigrate.ValidateError) as info:
        datamigrate.validate(tmp_path, dbt=fake_dbt)
    assert info.value.code in ("DM4006", "DM4001")


def test_version() -> None:
    assert datamigrate.__version__ == _native.__version__
    assert datamigrate.__version__.count(".") == 2
