//! Bad input gets a diagnostic and the run goes on (issue acceptance point 4).
//!
//! Each case is an input folder holding one bad file beside `good.sql` (a table `dbo.T` and a view
//! `dbo.V`). The CLI migrates the folder; every case checks that the process did not crash, that
//! the expected diagnostic names `file:line:col` (the file relative to the input folder) in
//! `migration_report.json` (and on stderr unless it is info), that the good table and view
//! converted, and that their dbt files exist. Text fixtures live in `tests/fixtures/bad_input/`;
//! binary, UTF-16/32 and huge inputs are generated into a scratch folder.

use datamigrate_core::pipeline::{plan, Options};
use datamigrate_tests::{repo_root, run_cli, scratch, text};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The good half of every case (also committed as `good.sql` in each fixture folder).
const GOOD_SQL: &str = "CREATE TABLE dbo.T (id int NOT NULL PRIMARY KEY, name nvarchar(20))\nGO\n\
                        CREATE VIEW dbo.V AS SELECT id, name + N'!' AS n FROM dbo.T\nGO\n";

/// One CLI run: exit code, output and the parsed report.
struct Run {
    code: i32,
    stderr: String,
    out: PathBuf,
    report: Value,
}

fn fixture(case: &str) -> PathBuf {
    repo_root().join("tests/fixtures/bad_input").join(case)
}

/// Migrate `input` into `<scratch>/out` with the CLI.
fn migrate(input: &Path, scratch_dir: &Path) -> Run {
    let out = scratch_dir.join("out");
    let input_arg = input.to_string_lossy().into_owned();
    let out_arg = out.to_string_lossy().into_owned();
    let output = run_cli(&["migrate", &input_arg, "--out", &out_arg], scratch_dir);
    let (_, stderr) = text(&output);
    let code = output.status.code().unwrap_or(-1);
    assert!(!stderr.contains("panicked"), "the CLI panicked:\n{stderr}");
    assert!(matches!(code, 0 | 1), "exit code {code} (expected 0 or 1):\n{stderr}");
    let report_path = out.join("migration_report.json");
    let report_text = std::fs::read_to_string(&report_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}\n{stderr}", report_path.display()));
    let report: Value = serde_json::from_str(&report_text).unwrap_or_else(|e| panic!("report is not JSON: {e}"));
    let run = Run { code, stderr, out, report };
    assert!(all_diagnostics(&run).iter().all(|d| d["code"] != "DM9001"), "internal error:\n{}", run.stderr);
    run
}

/// A case folder written into a scratch folder: `good.sql` plus `files`.
fn generated_case(case: &str, files: &[(&str, Vec<u8>)]) -> (PathBuf, PathBuf) {
    let dir = scratch(&format!("bad_input/{case}"));
    let input = dir.join(case);
    write(&input.join("good.sql"), GOOD_SQL.as_bytes());
    for (name, bytes) in files {
        write(&input.join(name), bytes);
    }
    (input, dir)
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("cannot create {}: {e}", parent.display()));
    }
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// Every diagnostic of the report: the global ones and each object's.
fn all_diagnostics(run: &Run) -> Vec<&Value> {
    let global = run.report["diagnostics"].as_array().into_iter().flatten();
    let objects = run.report["objects"].as_array().into_iter().flatten();
    global.chain(objects.flat_map(|o| o["diagnostics"].as_array().into_iter().flatten())).collect()
}

fn object<'a>(run: &'a Run, name: &str) -> &'a Value {
    run.report["objects"]
        .as_array()
        .and_then(|objects| objects.iter().find(|o| o["object"] == name))
        .unwrap_or_else(|| panic!("{name} is not in the report: {:#}", run.report["objects"]))
}

/// The report has `code` at `file:line:col`, and stderr shows it there unless it is info.
fn assert_diagnostic(run: &Run, code: &str, file: &str, line: u64, column: u64) {
    let found = all_diagnostics(run)
        .into_iter()
        .find(|d| d["code"] == code && d["file"] == file && d["line"] == line && d["column"] == column);
    let Some(d) = found else {
        let all: Vec<String> = all_diagnostics(run)
            .iter()
            .map(|d| format!("{} {}:{}:{} {}", d["code"], d["file"], d["line"], d["column"], d["message"]))
            .collect();
        panic!("no {code} at {file}:{line}:{column}; diagnostics:\n{}", all.join("\n"));
    };
    if d["severity"] != "info" {
        let shown = format!("{file}:{line}:{column}: {code}");
        assert!(run.stderr.contains(&shown), "stderr does not show `{shown}`:\n{}", run.stderr);
    }
}

/// `name` converted (with or without warnings) and its dbt file was written.
fn assert_migrated(run: &Run, name: &str) {
    let o = object(run, name);
    let status = o["status"].as_str().unwrap_or_default();
    assert!(matches!(status, "converted" | "converted_with_warnings"), "{name} is {status}: {o:#}");
    let dbt_name = o["dbt_name"].as_str().unwrap_or_else(|| panic!("{name} has no dbt name: {o:#}"));
    let file = run.report["files"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .find(|f| f.ends_with(&format!("/{dbt_name}.sql")))
        .unwrap_or_else(|| panic!("no file for {name} ({dbt_name}) in {:#}", run.report["files"]));
    assert!(run.out.join(file).is_file(), "{file} was not written");
}

/// The text of the one generated file whose path ends with `suffix`.
fn read_output(run: &Run, suffix: &str) -> String {
    let file = run.report["files"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .find(|f| f.ends_with(suffix))
        .unwrap_or_else(|| panic!("no file *{suffix} in {:#}", run.report["files"]));
    std::fs::read_to_string(run.out.join(file)).unwrap_or_else(|e| panic!("cannot read {file}: {e}"))
}

fn assert_good_objects_migrated(run: &Run) {
    assert_migrated(run, "dbo.T");
    assert_migrated(run, "dbo.V");
}

#[test]
fn committed_good_files_match_good_sql() {
    for case in
        ["broken_statement", "broken_in_batch", "unknown_statement", "empty_file", "windows_1252", "hostile_names"]
    {
        let path = fixture(case).join("good.sql");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        assert_eq!(text, GOOD_SQL, "{}", path.display());
    }
}

#[test]
fn broken_statement_in_its_own_batch() {
    let run = migrate(&fixture("broken_statement"), &scratch("bad_input/broken_statement"));
    // `... WHERE id = = 1`: the second `=` on line 2.
    assert_diagnostic(&run, "DM1101", "broken.sql", 2, 59);
    assert_eq!(object(&run, "dbo.Broken")["status"], "failed");
    assert_good_objects_migrated(&run);
    assert_eq!(run.code, 1);
}

#[test]
fn broken_view_without_select_list_is_located_at_from() {
    let (input, dir) = generated_case(
        "select_from_where",
        &[("broken.sql", b"CREATE VIEW dbo.Broken AS SELECT FROM WHERE\nGO\n".to_vec())],
    );
    let run = migrate(&input, &dir);
    assert_diagnostic(&run, "DM1101", "broken.sql", 1, 34);
    assert_good_objects_migrated(&run);
}

#[test]
fn broken_statement_between_good_statements_in_one_batch() {
    let run = migrate(&fixture("broken_in_batch"), &scratch("bad_input/broken_in_batch"));
    // `UPDATE SET x = 1`: the parser expected `SET` after the table name and found `=`.
    assert_diagnostic(&run, "DM1101", "mid.sql", 3, 14);
    assert_migrated(&run, "dbo.A");
    assert_migrated(&run, "dbo.B");
    assert_good_objects_migrated(&run);
    // The INSERT after the broken statement still became seed data.
    let csv = read_output(&run, "__a.csv");
    assert_eq!(csv.lines().collect::<Vec<_>>(), ["id", "7"]);
    assert_eq!(run.code, 1);
}

#[test]
fn broken_statement_located_through_the_library() {
    let planned = plan(&fixture("broken_in_batch"), &Options::default(), &|_| {}).unwrap_or_else(|e| panic!("{e}"));
    let d = planned
        .result
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "DM1101")
        .unwrap_or_else(|| panic!("no DM1101: {:#?}", planned.result.diagnostics));
    assert_eq!(
        (d.file.as_deref(), d.line, d.column, d.utf16_column, d.severity.as_str()),
        (Some("mid.sql"), Some(3), Some(14), Some(14), "error")
    );
    assert_eq!(d.location(), "mid.sql:3:14");
    assert_eq!(planned.result.exit_code(), 1);
}

#[test]
fn unknown_statements() {
    let run = migrate(&fixture("unknown_statement"), &scratch("bad_input/unknown_statement"));
    // A statement that starts with no T-SQL keyword is unknown, reported at its start...
    assert_diagnostic(&run, "DM1103", "unknown.sql", 1, 1);
    // ...while CREATE of an object type T-SQL does not have is a syntax error at the type.
    assert_diagnostic(&run, "DM1101", "unknown.sql", 3, 8);
    assert_good_objects_migrated(&run);
    assert_eq!(run.code, 1);
}

#[test]
fn binary_file() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
        .to_vec();
    let (input, dir) = generated_case("binary_file", &[("assets/x.sql", png)]);
    let run = migrate(&input, &dir);
    // File-level problems point at 1:1; the path is relative to the input, with `/`.
    assert_diagnostic(&run, "DM1002", "assets/x.sql", 1, 1);
    assert_good_objects_migrated(&run);
    assert_eq!(run.code, 1);
}

#[test]
fn empty_and_comment_only_files() {
    let run = migrate(&fixture("empty_file"), &scratch("bad_input/empty_file"));
    assert_diagnostic(&run, "DM1005", "empty.sql", 1, 1);
    assert_diagnostic(&run, "DM1005", "comments_only.sql", 1, 1);
    assert_good_objects_migrated(&run);
    // DM1005 is a warning: the run is complete.
    assert_eq!(run.code, 0);
}

fn utf32_le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE, 0x00, 0x00];
    bytes.extend(text.chars().flat_map(|c| (c as u32).to_le_bytes()));
    bytes
}

fn utf16_le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

#[test]
fn unsupported_encoding() {
    let (input, dir) = generated_case(
        "unsupported_encoding",
        &[
            ("utf32.sql", utf32_le("CREATE TABLE dbo.Lost (id int NOT NULL)\r\nGO\r\n")),
            // UTF-16 with a BOM (SSMS "Unicode") is supported: the control.
            ("utf16.sql", utf16_le("CREATE TABLE dbo.Wide (id int NOT NULL, label nvarchar(10))\r\nGO\r\n")),
        ],
    );
    let run = migrate(&input, &dir);
    assert_diagnostic(&run, "DM1003", "utf32.sql", 1, 1);
    assert_migrated(&run, "dbo.Wide");
    assert!(run.report["objects"].as_array().into_iter().flatten().all(|o| o["object"] != "dbo.Lost"));
    assert_good_objects_migrated(&run);
    assert_eq!(run.code, 1);
}

#[test]
fn unsupported_encoding_located_through_the_library() {
    let (input, _dir) = generated_case("unsupported_encoding_lib", &[("utf32.sql", utf32_le("SELECT 1\n"))]);
    let planned = plan(&input, &Options::default(), &|_| {}).unwrap_or_else(|e| panic!("{e}"));
    let d = planned
        .result
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "DM1003")
        .unwrap_or_else(|| panic!("no DM1003: {:#?}", planned.result.diagnostics));
    assert_eq!(
        (d.file.as_deref(), d.line, d.column, d.severity.as_str()),
        (Some("utf32.sql"), Some(1), Some(1), "error")
    );
    let names: Vec<&str> = planned.result.objects.iter().map(|o| o.object.as_str()).collect();
    assert_eq!(names, ["dbo.T", "dbo.V"]);
}

#[test]
fn invalid_utf8_is_read_as_windows_1252() {
    let run = migrate(&fixture("windows_1252"), &scratch("bad_input/windows_1252"));
    assert_diagnostic(&run, "DM1004", "latin1.sql", 1, 1);
    assert_eq!(
        all_diagnostics(&run).iter().find(|d| d["code"] == "DM1004").map(|d| &d["severity"]),
        Some(&Value::from("info"))
    );
    assert_migrated(&run, "dbo.Menu");
    assert_good_objects_migrated(&run);
    // The bytes were decoded as Windows-1252, including its own characters (0x91/0x92 quotes).
    let csv = read_output(&run, "__menu.csv");
    assert!(csv.contains("Crème brûlée \u{2018}fine\u{2019}"), "{csv}");
    assert_eq!(run.code, 0);
}

#[test]
fn deeply_nested_parentheses() {
    let depth = 10_000;
    let nested = format!("{}1{}", "(".repeat(depth), ")".repeat(depth));
    let deep = format!("SELECT {nested} AS deep\nGO\nCREATE VIEW dbo.Deep AS SELECT {nested} AS deep FROM dbo.T\nGO\n");
    let (input, dir) = generated_case("deep_nesting", &[("deep.sql", deep.into_bytes())]);
    let run = migrate(&input, &dir);
    // The parser gives up where its nesting limit is reached: somewhere inside the run of `(`.
    // The exact column depends on the limit, so only the range is checked.
    let in_parens = |line: u64, first: u64| {
        all_diagnostics(&run).into_iter().any(|d| {
            d["code"] == "DM1104"
                && d["file"] == "deep.sql"
                && d["line"] == line
                && d["column"].as_u64().is_some_and(|c| (first..first + depth as u64).contains(&c))
        })
    };
    assert!(in_parens(1, 8), "no DM1104 inside the parentheses of line 1:\n{}", run.stderr);
    assert!(in_parens(3, 32), "no DM1104 inside the parentheses of line 3:\n{}", run.stderr);
    assert_eq!(object(&run, "dbo.Deep")["status"], "failed");
    assert_good_objects_migrated(&run);
    assert_eq!(run.code, 1);
}

#[test]
fn huge_lines() {
    // A 20,000-row INSERT on one line (valid), then a broken statement whose error sits after a
    // 1 MB string literal.
    let rows: Vec<String> = (1..=20_000).map(|i| format!("({i}, N'n{i}')")).collect();
    let insert = format!("INSERT INTO dbo.T (id, name) VALUES {}", rows.join(", "));
    let literal = "a".repeat(1_000_000);
    let broken = format!("SELECT 1 AS x, N'{literal}' + = 2");
    let column = broken.find(" = 2").map(|i| i as u64 + 2).unwrap_or_default();
    let huge = format!("{insert}\nGO\n{broken}\nGO\n");
    let (input, dir) = generated_case("huge_line", &[("huge.sql", huge.into_bytes())]);
    let run = migrate(&input, &dir);
    assert_diagnostic(&run, "DM1101", "huge.sql", 3, column);
    assert_eq!(run.report["stats"]["rows"], 20_000);
    assert_good_objects_migrated(&run);
    assert_eq!(run.code, 1);
}

#[test]
fn messages_stay_short_with_huge_tokens() {
    let broken = format!("SELECT N'{}' + = 2", "a".repeat(1_000_000));
    let column = broken.find(" = 2").map(|i| i as u64 + 2).unwrap_or_default();
    let (input, dir) = generated_case("huge_token", &[("huge.sql", format!("{broken}\nGO\n").into_bytes())]);
    let run = migrate(&input, &dir);
    assert_diagnostic(&run, "DM1101", "huge.sql", 1, column);
    for d in all_diagnostics(&run) {
        let len = d["message"].as_str().map_or(0, str::len);
        assert!(len < 1_000, "{} message is {len} bytes long", d["code"]);
    }
}

/// Every file under `dir`, relative to it, sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p.strip_prefix(dir).map(Path::to_path_buf).unwrap_or(p));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn hostile_object_names_stay_inside_the_output_folder() {
    // The output folder sits three levels deep so that `../../` escapes would land in the
    // scratch folder, where they are looked for.
    let dir = scratch("bad_input/hostile_names");
    let work = dir.join("a/b/c");
    std::fs::create_dir_all(&work).unwrap_or_else(|e| panic!("{e}"));
    let input_before = files_under(&fixture("hostile_names"));
    let run = migrate(&fixture("hostile_names"), &work);

    assert_eq!(files_under(&fixture("hostile_names")), input_before, "the input folder changed");
    let outside: Vec<PathBuf> = files_under(&dir).into_iter().filter(|p| !p.starts_with("a/b/c/out")).collect();
    assert!(outside.is_empty(), "files written outside the output folder: {outside:?}");
    let parent_entries: Vec<String> = std::fs::read_dir(dir.parent().unwrap_or(&dir))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("evil") || n == "f.sql")
        .collect();
    assert!(parent_entries.is_empty(), "files written next to the scratch folder: {parent_entries:?}");

    // Every written path is a plain relative path under the output folder, and matches the report.
    // The checkpoint journal (.datamigrate/) is run state, not part of the project or the report.
    let written: Vec<String> = files_under(&run.out)
        .iter()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .filter(|p| !p.starts_with(".datamigrate/"))
        .collect();
    let reported: Vec<String> =
        run.report["files"].as_array().into_iter().flatten().filter_map(|f| f.as_str().map(str::to_string)).collect();
    assert_eq!(written, reported);
    for f in &written {
        let is_plain = !f.starts_with('/') && f.split('/').all(|part| !part.is_empty() && part != "." && part != "..");
        assert!(is_plain, "unsafe output path {f}");
        let file_name = f.rsplit('/').next().unwrap_or_default();
        assert!(
            file_name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.-".contains(c)),
            "unsanitised file name {f}"
        );
    }

    // The objects keep their names in the report; their dbt names are sanitised, with DM4005.
    for (name, line) in [("dbo.../../evil", 1), ("dbo.a/b\\c", 3), ("dbo.../../../f", 7)] {
        assert_migrated(&run, name);
        let dbt_name = object(&run, name)["dbt_name"].as_str().unwrap_or_default().to_string();
        assert!(
            !dbt_name.is_empty() && dbt_name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{name} has dbt name {dbt_name:?}"
        );
        assert_diagnostic(&run, "DM4005", "hostile.sql", line, 1);
    }
    assert_good_objects_migrated(&run);
    assert_eq!(run.code, 0);
}

#[test]
fn hostile_object_names_cannot_inject_into_generated_files() {
    // Delimited identifiers may hold any character, newlines and Jinja delimiters included.
    let sql = "CREATE TABLE [dbo].[new\nline] (id int NOT NULL)\nGO\n\
               CREATE VIEW [dbo].[v\nSELECT 666 AS injected --] AS SELECT id FROM [dbo].[new\nline]\nGO\n\
               CREATE FUNCTION [dbo].[f#}{{ 7*7 }}](@a int) RETURNS int AS BEGIN RETURN @a END\nGO\n\
               CREATE VIEW [dbo].[j}}{{x] AS SELECT id FROM dbo.T\nGO\n";
    let (input, dir) = generated_case("hostile_contents", &[("evil.sql", sql.as_bytes().to_vec())]);
    let run = migrate(&input, &dir);
    assert_good_objects_migrated(&run);
    let mut problems = Vec::new();
    for file in run.report["files"].as_array().into_iter().flatten().filter_map(Value::as_str) {
        let contents = std::fs::read_to_string(run.out.join(file)).unwrap_or_default();
        if file.ends_with(".sql") {
            // A name must not end a comment early (newline, `#}`) nor open a Jinja expression.
            for line in contents.lines() {
                let l = line.trim_start().to_lowercase();
                if l.starts_with("select 666") || l.starts_with("line]") {
                    problems.push(format!("{file}: name text outside its comment: {line}"));
                }
            }
            if contents.contains("{{ 7*7 }}") || contents.contains("}}{{x") {
                problems.push(format!("{file}: Jinja delimiters from a name are live"));
            }
        }
        if file.ends_with(".yml") && contents.lines().any(|l| l.contains("description:") && l.contains("}}{{")) {
            // dbt renders descriptions as Jinja.
            problems.push(format!("{file}: Jinja delimiters from a name in a description"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
