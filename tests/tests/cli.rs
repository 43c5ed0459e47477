//! The `datamigrate` command line: help texts, exit codes, JSON output, the codes reference and
//! deterministic output. Runs use relative paths inside a scratch folder, so snapshots hold no
//! machine-specific text.

use datamigrate_tests::{repo_root, run_cli, scratch, text};
use std::path::{Path, PathBuf};
use std::process::Output;

const GOOD_SQL: &str = "CREATE TABLE dbo.T (id int NOT NULL PRIMARY KEY, name nvarchar(20))\nGO\n\
                        CREATE VIEW dbo.V AS SELECT id, name + N'!' AS n FROM dbo.T\nGO\n";

/// A procedure with a cursor: not a dbt pattern, so it needs review (DM3005).
const CURSOR_PROC_SQL: &str = "CREATE PROCEDURE dbo.usp_Walk AS\nBEGIN\n    DECLARE @id int\n    \
                               DECLARE walk CURSOR FOR SELECT id FROM dbo.T\n    OPEN walk\n    \
                               FETCH NEXT FROM walk INTO @id\n    CLOSE walk\n    DEALLOCATE walk\nEND\nGO\n";

fn write(path: &Path, contents: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("cannot create {}: {e}", parent.display()));
    }
    std::fs::write(path, contents).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// Exit code, stdout and stderr in one text, for snapshots.
fn transcript(out: &Output) -> String {
    let (stdout, stderr) = text(out);
    format!("exit: {}\n--- stdout\n{stdout}--- stderr\n{stderr}", out.status.code().unwrap_or(-1))
}

fn snapshot(name: &str, contents: &str) {
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!(format!("cli@{name}"), contents);
    });
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

#[test]
fn help_texts() {
    let dir = scratch("cli/help");
    for (name, args) in [
        ("help", &["--help"][..]),
        ("migrate_help", &["migrate", "--help"][..]),
        ("validate_help", &["validate", "--help"][..]),
        ("codes_help", &["codes", "--help"][..]),
        ("transpile_help", &["transpile", "--help"][..]),
    ] {
        let out = run_cli(args, &dir);
        let (stdout, stderr) = text(&out);
        assert_eq!(code(&out), 0, "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
        snapshot(name, &stdout);
    }
}

#[test]
fn version() {
    let out = run_cli(&["--version"], &scratch("cli/version"));
    assert_eq!(code(&out), 0);
    assert_eq!(text(&out).0, format!("datamigrate {}\n", datamigrate_core::VERSION));
    assert_eq!(datamigrate_core::VERSION, "0.1.0");
}

#[test]
fn migrate_everything_converted_exits_0() {
    let dir = scratch("cli/all_converted");
    write(&dir.join("shop/good.sql"), GOOD_SQL);
    let out = run_cli(&["migrate", "shop", "--out", "out"], &dir);
    assert_eq!(code(&out), 0, "{}", transcript(&out));
    assert!(dir.join("out/dbt_project.yml").is_file());
    snapshot("migrate_all_converted", &transcript(&out));
}

#[test]
fn migrate_with_a_procedure_to_review_exits_1() {
    let dir = scratch("cli/needs_review");
    write(&dir.join("shop/good.sql"), GOOD_SQL);
    write(&dir.join("shop/proc.sql"), CURSOR_PROC_SQL);
    let out = run_cli(&["migrate", "shop", "--out", "out"], &dir);
    assert_eq!(code(&out), 1, "{}", transcript(&out));
    let (_, stderr) = text(&out);
    assert!(stderr.contains("proc.sql:1:1: DM3005"), "{stderr}");
    snapshot("migrate_needs_review", &transcript(&out));
}

#[test]
fn migrate_of_a_missing_input_exits_2() {
    let dir = scratch("cli/missing_input");
    let out = run_cli(&["migrate", "no/such/folder", "--out", "out"], &dir);
    assert_eq!(code(&out), 2);
    let (_, stderr) = text(&out);
    assert!(stderr.contains("no/such/folder") && stderr.contains("does not exist"), "{stderr}");
    assert!(!dir.join("out").exists(), "an output folder was written for a missing input");
    snapshot("migrate_missing_input", &transcript(&out));
}

#[test]
fn migrate_to_an_unknown_target_exits_2() {
    let dir = scratch("cli/unknown_target");
    write(&dir.join("shop/good.sql"), GOOD_SQL);
    let out = run_cli(&["migrate", "shop", "--out", "out", "--target", "oracle"], &dir);
    assert_eq!(code(&out), 2);
    let (_, stderr) = text(&out);
    assert!(stderr.contains("oracle") && stderr.contains("duckdb") && stderr.contains("snowflake"), "{stderr}");
    snapshot("migrate_unknown_target", &transcript(&out));
}

#[test]
fn migrate_of_a_folder_without_sql_exits_2() {
    // Documented: exit 2 when there is nothing to migrate.
    let dir = scratch("cli/no_sql");
    write(&dir.join("shop/readme.txt"), "no scripts here\n");
    let out = run_cli(&["migrate", "shop", "--out", "out", "--quiet"], &dir);
    assert_eq!(code(&out), 2, "{}", transcript(&out));
    let (_, stderr) = text(&out);
    assert!(stderr.contains("DM1009") && stderr.contains("nothing to migrate"), "{stderr}");
}

#[test]
fn quiet_still_prints_errors() {
    let dir = scratch("cli/quiet");
    write(&dir.join("shop/good.sql"), GOOD_SQL);
    write(&dir.join("shop/broken.sql"), "SELECT id FROM dbo.T WHERE id = = 1\nGO\n");
    let out = run_cli(&["migrate", "shop", "--out", "out", "--quiet"], &dir);
    assert_eq!(code(&out), 1);
    let (stdout, stderr) = text(&out);
    assert_eq!(stdout.lines().count(), 1, "one summary line: {stdout}");
    assert!(stderr.contains("broken.sql:1:33: DM1101"), "the error is not shown:\n{stderr}");
    assert!(!stderr.contains("datamigrate: reading"), "progress is shown with --quiet:\n{stderr}");
}

#[test]
fn validate_of_a_folder_without_dbt_project_exits_2() {
    let dir = scratch("cli/validate_no_project");
    std::fs::create_dir_all(dir.join("empty")).unwrap_or_else(|e| panic!("{e}"));
    let out = run_cli(&["validate", "empty"], &dir);
    assert_eq!(code(&out), 2);
    let (_, stderr) = text(&out);
    assert!(stderr.contains("dbt_project.yml"), "{stderr}");
    snapshot("validate_no_project", &transcript(&out));
}

#[test]
fn validate_with_a_missing_dbt_exits_2_and_says_what_to_install() {
    let dir = scratch("cli/validate_no_dbt");
    write(&dir.join("shop/good.sql"), GOOD_SQL);
    let migrated = run_cli(&["migrate", "shop", "--out", "out", "--quiet"], &dir);
    assert_eq!(code(&migrated), 0, "{}", transcript(&migrated));
    let out = run_cli(&["validate", "--dbt", "/nonexistent/dbt", "out"], &dir);
    assert_eq!(code(&out), 2);
    let (_, stderr) = text(&out);
    assert!(stderr.contains("DM4001"), "{stderr}");
    assert!(stderr.contains("/nonexistent/dbt"), "{stderr}");
    assert!(stderr.contains("install") && stderr.contains("dbt-core") && stderr.contains("dbt-duckdb"), "{stderr}");
    snapshot("validate_no_dbt", &transcript(&out));
}

#[test]
fn migrate_json_prints_the_report() {
    let dir = scratch("cli/json");
    write(&dir.join("shop/good.sql"), GOOD_SQL);
    write(&dir.join("shop/proc.sql"), CURSOR_PROC_SQL);
    let out = run_cli(&["migrate", "shop", "--out", "out", "--json"], &dir);
    assert_eq!(code(&out), 1);
    let (stdout, stderr) = text(&out);
    // stderr holds progress events, one JSON object per line.
    for line in stderr.lines() {
        let event: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("stderr line is not JSON: {e}: {line}"));
        let keys: Vec<&str> = event.as_object().map(|o| o.keys().map(String::as_str).collect()).unwrap_or_default();
        assert_eq!(keys, ["current", "done", "elapsed_ms", "eta_ms", "phase", "total"], "{line}");
    }
    assert!(stderr.contains(r#""phase":"convert""#) && stderr.contains(r#""phase":"write""#), "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON: {e}\n{stdout}"));
    for key in ["objects", "stats", "schema_version"] {
        assert!(json.get(key).is_some(), "no `{key}` in {json:#}");
    }
    assert_eq!(json["objects"].as_array().map(Vec::len), Some(3));
    assert_eq!(json["stats"]["needs_review"], 1);
    let report = std::fs::read_to_string(dir.join("out/migration_report.json")).unwrap_or_default();
    assert_eq!(stdout, report, "stdout differs from migration_report.json");
}

#[test]
fn codes_lists_every_code() {
    let out = run_cli(&["codes"], &scratch("cli/codes"));
    assert_eq!(code(&out), 0);
    let (stdout, _) = text(&out);
    let listed: Vec<&str> = stdout.lines().filter_map(|l| l.split_whitespace().next()).collect();
    let all: Vec<&str> = datamigrate_core::diagnostics::Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(listed, all);
}

#[test]
fn codes_markdown_is_the_committed_reference() {
    let out = run_cli(&["codes", "--markdown"], &scratch("cli/codes_markdown"));
    assert_eq!(code(&out), 0);
    let (stdout, _) = text(&out);
    assert_eq!(stdout, datamigrate_core::diagnostics::codes::render_markdown());
    let path = repo_root().join("docs/diagnostics.md");
    // The lead generates docs/diagnostics.md; until it exists there is nothing to compare with.
    if let Ok(committed) = std::fs::read_to_string(&path) {
        assert!(stdout == committed, "docs/diagnostics.md differs from `datamigrate codes --markdown`");
    }
}

/// Every file under `dir` (relative path, bytes), sorted.
fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot read {}: {e}", d.display())).flatten() {
            let p = entry.path();
            // The checkpoint journal is run state: its lines come in completion order.
            if p.file_name().is_some_and(|n| n == ".datamigrate") {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
                files.push((p.strip_prefix(dir).map(Path::to_path_buf).unwrap_or(p), bytes));
            }
        }
    }
    files.sort();
    files
}

fn assert_same_tree(a: &Path, b: &Path) {
    let (ta, tb) = (tree(a), tree(b));
    let names = |t: &[(PathBuf, Vec<u8>)]| t.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&ta), names(&tb), "{} and {} hold different files", a.display(), b.display());
    for ((path, x), (_, y)) in ta.iter().zip(&tb) {
        assert!(x == y, "{} differs between {} and {}", path.display(), a.display(), b.display());
    }
    assert!(ta.len() > 10, "suspiciously few files: {}", ta.len());
}

#[test]
fn output_is_deterministic() {
    let dir = scratch("cli/deterministic");
    let corpus = repo_root().join("corpus");
    let corpus = corpus.to_string_lossy();
    for (out, jobs) in [("run1", None), ("run2", None), ("jobs1", Some("1")), ("jobs2", Some("2"))] {
        let mut args = vec!["migrate", &corpus, "--out", out, "--quiet"];
        if let Some(jobs) = jobs {
            args.extend(["--jobs", jobs]);
        }
        let result = run_cli(&args, &dir);
        assert!(matches!(code(&result), 0 | 1), "{}", transcript(&result));
    }
    assert_same_tree(&dir.join("run1"), &dir.join("run2"));
    assert_same_tree(&dir.join("jobs1"), &dir.join("jobs2"));
    assert_same_tree(&dir.join("run1"), &dir.join("jobs1"));
}

#[test]
fn output_inside_the_input_is_not_read_back() {
    let dir = scratch("cli/output_inside_input");
    write(
        &dir.join("shop.sql"),
        "CREATE TABLE dbo.T (id int NOT NULL PRIMARY KEY)\nGO\nCREATE VIEW dbo.V AS SELECT id FROM dbo.T\n",
    );
    let first = run_cli(&["migrate", ".", "--out", "out", "--json"], &dir);
    let second = run_cli(&["migrate", ".", "--out", "out", "--json"], &dir);
    assert_eq!(code(&first), 0);
    assert_eq!(code(&second), 0, "{}", transcript(&second));
    // The second run sees the same input: the generated models under out/ are not T-SQL input.
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn parse_stats_reports_coverage_as_json() {
    let dir = scratch("cli/parse_stats");
    write(&dir.join("a.sql"), "CREATE TABLE dbo.T (id int)\nGO\nSELECT (1 FROM dbo.T\nGO\nSELECT 1\n");
    let out = run_cli(&["parse", ".", "--stats"], &dir);
    assert_eq!(code(&out), 1, "one statement does not parse");
    let (stdout, _) = text(&out);
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    assert_eq!((v["files"].as_u64(), v["batches"].as_u64(), v["statements"].as_u64()), (Some(1), Some(3), Some(3)));
    assert_eq!(v["unparsed"].as_u64(), Some(1));
    assert_eq!(v["diagnostics"]["DM1101"].as_u64(), Some(1));
    assert!(v["bytes"].as_u64().is_some() && v["seconds"].as_f64().is_some());
}

#[test]
fn migrate_to_every_target_writes_its_adapter_profile() {
    for target in datamigrate_core::Target::ALL {
        let dir = scratch(&format!("cli/target_{}", target.name()));
        write(&dir.join("shop/good.sql"), GOOD_SQL);
        let out = run_cli(&["migrate", "shop", "--out", "out", "--target", target.name(), "-q"], &dir);
        assert_eq!(code(&out), 0, "{}: {}", target.name(), transcript(&out));
        let profile = std::fs::read_to_string(dir.join("out/profiles.yml")).unwrap_or_default();
        assert!(profile.contains(&format!("type: \"{}\"", target.dbt_adapter())), "{}: {profile}", target.name());
    }
    let dir = scratch("cli/validate_snowflake");
    write(&dir.join("shop/good.sql"), GOOD_SQL);
    let out = run_cli(&["migrate", "shop", "--out", "out", "--target", "snowflake", "--validate"], &dir);
    assert_eq!(code(&out), 2, "{}", transcript(&out));
    assert!(text(&out).1.contains("DuckDB only"), "{}", transcript(&out));
}

#[test]
fn transpile_prints_sql_and_json_lines() {
    let dir = scratch("cli/transpile");
    write(
        &dir.join("q.sql"),
        "SELECT TOP 3 [First Name] + N' ' + LastName AS Who FROM dbo.People\nGO\nSELECT SOUNDEX(x) AS s FROM t\n",
    );
    let out = run_cli(&["transpile", "--to", "postgres", "q.sql"], &dir);
    assert_eq!(code(&out), 1, "{}", transcript(&out));
    snapshot("transpile_postgres", &transcript(&out));
    let out = run_cli(&["transpile", "--to", "bigquery", "q.sql", "--json"], &dir);
    assert_eq!(code(&out), 1, "{}", transcript(&out));
    let (stdout, _) = text(&out);
    let lines: Vec<serde_json::Value> =
        stdout.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}"))).collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0]["input_span"]["line"], 1);
    assert!(lines[0]["sql"].as_str().is_some_and(|s| s.contains("LIMIT 3")), "{stdout}");
    assert!(lines[1]["sql"].is_null(), "{stdout}");
    assert_eq!(lines[1]["diagnostics"][0]["code"], "DM3001");
    let out = run_cli(&["transpile", "--to", "tsql", "q.sql"], &dir);
    assert_eq!(code(&out), 0, "{}", transcript(&out));
    let out = run_cli(&["transpile", "--to", "oracle", "q.sql"], &dir);
    assert_eq!(code(&out), 2, "{}", transcript(&out));
}
