//! Parser fixtures, ruff/biome style: every `tests/fixtures/parse/ok/*.sql` and
//! `tests/fixtures/parse/err/*.sql` is loaded, cut into `GO` batches and parsed, and a readable
//! summary is snapshotted as `parse@<ok|err>__<file>.snap`. A new case is a new file; no Rust edit.
//!
//! The summary has one line per statement, `<line:col> <kind> [name]`, with the statements of
//! blocks, branches and routine bodies indented under their parent, then (for `err/`) every
//! diagnostic as `<code> <file:line:col> <message>`, then every top-level statement printed back as
//! T-SQL. `ok/` fixtures must produce no diagnostic at all (load, batch split or parse), no unparsed
//! statement, and must round-trip: each printed statement parses to the same tree. `err/` fixtures
//! must produce at least one diagnostic.

use datamigrate_core::diagnostics::Diagnostic;
use datamigrate_core::parse::print::{same_tree, to_tsql};
use datamigrate_core::parse::{
    parse_batch, AlterTableAction, ParsedStatement, SideClause, SideClauseKind, Stmt, SystemTimePeriod,
};
use datamigrate_core::source::{load_memory, split_batches, SourceSet};
use datamigrate_tests::repo_root;
use std::fmt::Write as _;
use std::path::Path;

/// `ok/` fixtures that SQL Server accepts but our parser does not (yet): their zero-diagnostic
/// assertion is skipped, their snapshot still records what happens today. Each entry says why.
const KNOWN_GAPS: &[&str] = &[];

/// One parsed fixture: the statement summary and the diagnostics of every phase up to parse.
struct Parsed {
    summary: String,
    diagnostics: Vec<String>,
    unparsed: usize,
    /// Each top-level statement printed as T-SQL, with whether it parses back to the same tree.
    printed: Vec<(String, bool)>,
}

fn parse_fixture(name: &str, bytes: Vec<u8>) -> Parsed {
    let loaded = load_memory(vec![(name.to_string(), bytes)]);
    let sources = &loaded.sources;
    let mut diagnostics: Vec<Diagnostic> = loaded.diagnostics.clone();
    let mut summary = String::new();
    let mut unparsed = 0;
    let mut printed = Vec::new();
    for file in &sources.files {
        let split = split_batches(file);
        diagnostics.extend(split.diagnostics);
        for batch in &split.batches {
            let parsed = parse_batch(batch);
            let _ = writeln!(summary, "-- batch {} (x{})", batch.index, batch.repeat);
            for stmt in &parsed.statements {
                summarize(sources, stmt, 0, "", &mut summary, &mut unparsed);
                let text = to_tsql(stmt);
                let same = reparse(&text).is_some_and(|again| same_tree(stmt, &again));
                printed.push((text, same));
            }
            diagnostics.extend(parsed.diagnostics);
        }
    }
    let diagnostics = diagnostics.iter().map(|d| render(sources, d)).collect();
    Parsed { summary, diagnostics, unparsed, printed }
}

/// The one statement `sql` parses to without diagnostics, if it does.
fn reparse(sql: &str) -> Option<ParsedStatement> {
    let loaded = load_memory(vec![("printed.sql".to_string(), sql.as_bytes().to_vec())]);
    let file = loaded.sources.files.first()?;
    let split = split_batches(file);
    let [batch] = split.batches.as_slice() else { return None };
    let parsed = parse_batch(batch);
    let clean = loaded.diagnostics.is_empty() && split.diagnostics.is_empty() && parsed.diagnostics.is_empty();
    let mut statements = parsed.statements.into_iter();
    match (statements.next(), statements.next()) {
        (Some(one), None) if clean => Some(one),
        _ => None,
    }
}

fn render(sources: &SourceSet, d: &Diagnostic) -> String {
    let at = d.span.map_or_else(|| "-".to_string(), |s| sources.location(s));
    format!("{} {} {}", d.code, at, d.message)
}

/// `line:col kind [name]` for `stmt`, then its children one level deeper. `role` marks the
/// `else` branch of an IF and the CATCH block of a TRY.
fn summarize(
    sources: &SourceSet,
    stmt: &ParsedStatement,
    depth: usize,
    role: &str,
    out: &mut String,
    unparsed: &mut usize,
) {
    let lc = sources.line_col(stmt.span);
    let name = match &stmt.stmt {
        Stmt::CreateTable(t) => format!(" {}", t.name),
        Stmt::CreateView(v) => format!(" {}", v.name),
        Stmt::CreateRoutine(r) => format!(" {}", r.name),
        Stmt::CreateIndex(i) => format!(" {} on {}", i.name, i.table),
        Stmt::AlterTable(a) => format!(" {} {}", a.name, alter_action(&a.action)),
        Stmt::CreateSchema { name, .. } => format!(" {name}"),
        Stmt::CreateSynonym(s) => format!(" {} for {}", s.name, s.target),
        Stmt::CreateType(t) => format!(" {}", t.name),
        Stmt::CreateSequence(s) => format!(" {}", s.name),
        Stmt::CreatePartitionFunction(f) => format!(" {}", f.name),
        Stmt::CreatePartitionScheme(p) => format!(" {} on {}", p.name, p.function),
        _ => String::new(),
    };
    let side: String = stmt.side_clauses.iter().map(|c| format!(" +{}", side_clause(c))).collect();
    let _ =
        writeln!(out, "{}{role}{}:{} {}{name}{side}", "  ".repeat(depth), lc.line, lc.column, stmt.stmt.kind_name());
    let mut child =
        |s: &ParsedStatement, role: &str, out: &mut String| summarize(sources, s, depth + 1, role, out, unparsed);
    match &stmt.stmt {
        Stmt::Unparsed { .. } => *unparsed += 1,
        Stmt::CreateRoutine(r) => r.body.statements.iter().for_each(|s| child(s, "", out)),
        Stmt::Block(body) => body.iter().for_each(|s| child(s, "", out)),
        Stmt::If { then, otherwise, .. } => {
            child(then, "", out);
            if let Some(e) = otherwise {
                child(e, "else ", out);
            }
        }
        Stmt::While { body, .. } => child(body, "", out),
        Stmt::TryCatch { body, handler } => {
            body.iter().for_each(|s| child(s, "", out));
            handler.iter().for_each(|s| child(s, "catch ", out));
        }
        _ => {}
    }
}

/// A side clause kept beside the statement's tree, shortly: what it says and where it belongs.
fn side_clause(c: &SideClause) -> String {
    match &c.kind {
        SideClauseKind::JoinHint { join, hint } => format!("{} JOIN #{join}", hint.keyword()),
        SideClauseKind::ForXml { clause, option } => format!("FOR XML {option:?} #{clause}"),
        SideClauseKind::ForJsonRoot { clause } => format!("FOR JSON ROOT #{clause}"),
        SideClauseKind::SystemTime { table, period } => {
            let p = match period.as_ref() {
                SystemTimePeriod::FromTo(..) => "FROM TO",
                SystemTimePeriod::Between(..) => "BETWEEN",
                SystemTimePeriod::ContainedIn(..) => "CONTAINED IN",
                SystemTimePeriod::All => "ALL",
            };
            format!("FOR SYSTEM_TIME {p} table #{table}")
        }
        SideClauseKind::DmlTop(top) => top.to_string(),
        SideClauseKind::CurrentOf { cursor, .. } => format!("WHERE CURRENT OF {cursor}"),
    }
}

/// The ALTER TABLE form, so a form that fell back to `other` (kept as text) shows in review.
fn alter_action(action: &AlterTableAction) -> &'static str {
    match action {
        AlterTableAction::Add { .. } => "add",
        AlterTableAction::CheckConstraint { .. } => "check_constraint",
        AlterTableAction::Drop { .. } => "drop",
        AlterTableAction::AlterColumn { .. } => "alter_column",
        AlterTableAction::Other { .. } => "other",
        _ => "unknown",
    }
}

/// The `.sql` files of `tests/fixtures/parse/<dir>`, sorted by name.
fn fixtures(dir: &str) -> Vec<(String, Vec<u8>)> {
    let folder = repo_root().join("tests/fixtures/parse").join(dir);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .map(|p| (file_name(&p), std::fs::read(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", folder.display());
    files
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn snapshot(dir: &str, name: &str, parsed: &Parsed) {
    let mut text = parsed.summary.clone();
    if !parsed.diagnostics.is_empty() {
        text.push_str("-- diagnostics\n");
        for d in &parsed.diagnostics {
            text.push_str(d);
            text.push('\n');
        }
    }
    if dir == "ok" {
        text.push_str("-- printed back (`!=` marks a statement that does not parse to the same tree)\n");
        for (sql, same) in &parsed.printed {
            let mark = if *same { "" } else { "!= " };
            let _ = writeln!(text, "{mark}{sql}");
        }
    }
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!(format!("parse@{dir}__{name}"), text);
    });
}

#[test]
fn ok_fixtures_parse_without_diagnostics() {
    let mut failures = Vec::new();
    for (name, bytes) in fixtures("ok") {
        let parsed = parse_fixture(&name, bytes);
        snapshot("ok", &name, &parsed);
        let round_trips = parsed.printed.iter().all(|(_, same)| *same);
        let clean = parsed.diagnostics.is_empty() && parsed.unparsed == 0 && round_trips;
        match (clean, KNOWN_GAPS.contains(&name.as_str())) {
            (false, false) => {
                let mismatched: Vec<&String> =
                    parsed.printed.iter().filter(|(_, same)| !same).map(|(s, _)| s).collect();
                failures.push(format!("{name}: {:?}; not round-tripping: {mismatched:?}", parsed.diagnostics))
            }
            (true, true) => failures.push(format!("{name}: parses cleanly now; remove it from KNOWN_GAPS")),
            _ => {}
        }
    }
    assert!(failures.is_empty(), "ok/ fixtures with diagnostics:\n{}", failures.join("\n"));
}

#[test]
fn err_fixtures_report_diagnostics() {
    let mut failures = Vec::new();
    for (name, bytes) in fixtures("err") {
        let parsed = parse_fixture(&name, bytes);
        snapshot("err", &name, &parsed);
        if parsed.diagnostics.is_empty() {
            failures.push(name);
        }
    }
    assert!(failures.is_empty(), "err/ fixtures without a diagnostic: {failures:?}");
}

#[test]
fn known_gaps_name_existing_ok_fixtures() {
    let names: Vec<String> = fixtures("ok").into_iter().map(|(n, _)| n).collect();
    for gap in KNOWN_GAPS {
        assert!(names.iter().any(|n| n == gap), "KNOWN_GAPS names {gap}, which is not in tests/fixtures/parse/ok");
    }
}

/// Statement lines (`line:col kind`) and rendered diagnostics of an inline script named `t.sql`.
fn parse_sql(sql: &str) -> (Vec<String>, Vec<String>) {
    let parsed = parse_fixture("t.sql", sql.as_bytes().to_vec());
    let statements = parsed.summary.lines().filter(|l| !l.starts_with("-- ")).map(str::to_string).collect();
    (statements, parsed.diagnostics)
}

// Bugs found while writing the fixtures. Each test states the correct behaviour; remove the
// `ignore` when the bug is fixed (and add the case to `err/`).

#[test]
fn error_at_end_of_batch_points_at_the_end() {
    // The statement is cut off: the error is where the text ends (after `+`), not at 1:1, and the
    // recovery must not re-read the last token as a second, unknown statement.
    let (statements, diagnostics) = parse_sql("SELECT 1 +\nGO\n-- second batch\nSELECT 1\nSELECT 2 +\n");
    assert_eq!(statements, ["1:1 unparsed", "4:1 query", "5:1 unparsed"]);
    assert_eq!(diagnostics.len(), 2, "{diagnostics:?}");
    assert!(diagnostics[0].starts_with("DM1101 t.sql:1:11 "), "{diagnostics:?}");
    assert!(diagnostics[1].starts_with("DM1101 t.sql:5:11 "), "{diagnostics:?}");
}

#[test]
fn select_without_columns_points_at_from() {
    let (statements, diagnostics) = parse_sql("CREATE VIEW dbo.Broken AS SELECT FROM WHERE\n");
    assert_eq!(statements, ["1:1 unparsed"]);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert!(diagnostics[0].starts_with("DM1101 t.sql:1:34 "), "{diagnostics:?}");
}

#[test]
fn reserved_words_are_not_column_names() {
    // SQL Server: "Incorrect syntax near the keyword 'WHERE'". Today the UPDATE parses with a
    // column named WHERE, and `id = 1` is reported as an unknown statement (a warning).
    let (statements, diagnostics) = parse_sql("UPDATE dbo.A SET id = WHERE id = 1\nSELECT 1\n");
    assert_eq!(statements, ["1:1 unparsed", "2:1 query"]);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert!(diagnostics[0].starts_with("DM1101 t.sql:1:23 "), "{diagnostics:?}");
    // Today: `DELETE FROM dbo.A WHERE UPDATE` parses, the UPDATE is lost.
    let (statements, diagnostics) = parse_sql("DELETE FROM dbo.A WHERE\nUPDATE dbo.A SET id = 2\n");
    assert_eq!(statements, ["1:1 unparsed", "2:1 update"]);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert!(diagnostics[0].starts_with("DM1101 t.sql:2:1 "), "{diagnostics:?}");
}

#[test]
fn stray_closing_parenthesis_is_a_syntax_error() {
    let (statements, diagnostics) = parse_sql("SELECT 1 + 2) AS extra FROM dbo.T\nSELECT 3\n");
    assert_eq!(statements.last().map(String::as_str), Some("2:1 query"));
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert!(diagnostics[0].starts_with("DM1101 t.sql:1:13 "), "{diagnostics:?}");
}

#[test]
fn recovery_keeps_the_create_after_a_trailing_comma() {
    let sql = "CREATE TABLE dbo.A (id int NOT NULL)\nINSERT INTO dbo.A (id) VALUES (1,\nCREATE TABLE dbo.B (id int NOT NULL)\n";
    let (statements, diagnostics) = parse_sql(sql);
    assert_eq!(statements, ["1:1 create_table dbo.A", "2:1 unparsed", "3:1 create_table dbo.B"]);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert!(diagnostics[0].starts_with("DM1101 t.sql:"), "{diagnostics:?}");
}
