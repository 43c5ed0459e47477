//! The core's surface for the language bindings (Python, Node): text and paths in, serialisable
//! data out, one error type with positions, and no panic escaping.
//!
//! Each binding converts these types to its own (Python classes, JS objects) and adds nothing of
//! its own to the work, so the CLI, Python and Node give the same answers.

// An error is returned at most once per binding call and carries every diagnostic; boxing it
// would only make the bindings' field access noisier.
#![allow(clippy::result_large_err)]

use crate::diagnostics::{Diagnostic, Severity, Span};
use crate::parse::ast::{ParsedStatement, Stmt};
use crate::pipeline::{self, Located, MigrationResult, Options, Progress};
use crate::report::{Report, ReportKind};
use crate::source::{load_memory, split_batches, SourceSet};
use crate::transpile::Target;
use crate::validate::{ValidateOptions, Validation};
use serde::Serialize;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// What went wrong, for the bindings' exception classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// Bad arguments or unusable input (unknown target, missing folder, nothing to migrate).
    Input,
    /// The SQL did not parse.
    Parse,
    /// The SQL parsed but a statement could not be converted to the target.
    Conversion,
    /// Reading or writing files failed.
    Io,
    /// dbt could not run.
    Validate,
    /// A bug: a panic inside the core, caught before it reached the caller.
    Internal,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Input => "input",
            ErrorKind::Parse => "parse",
            ErrorKind::Conversion => "conversion",
            ErrorKind::Io => "io",
            ErrorKind::Validate => "validate",
            ErrorKind::Internal => "internal",
        }
    }
}

/// An error for a binding's caller: the kind, the diagnostic code and position of the first
/// error when there is one, and every diagnostic.
#[derive(Debug, Clone, Serialize, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    pub kind: ErrorKind,
    /// Diagnostic code (`DM1101`) of the first error, when the error came from the input.
    pub code: Option<String>,
    /// One line: `file:line:col: DMxxxx message` when there is a position.
    pub message: String,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// Column in UTF-16 code units (JavaScript editors).
    pub utf16_column: Option<u32>,
    pub diagnostics: Vec<Located>,
}

impl ApiError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        ApiError {
            kind,
            code: None,
            message: message.into(),
            file: None,
            line: None,
            column: None,
            utf16_column: None,
            diagnostics: Vec::new(),
        }
    }

    /// An error located at the first error among `diagnostics` (or the first of them).
    fn from_diagnostics(kind: ErrorKind, diagnostics: Vec<Located>) -> Self {
        let first = diagnostics.iter().find(|d| d.severity == Severity::Error).or(diagnostics.first());
        let mut e = ApiError::new(kind, "failed");
        if let Some(d) = first {
            e.code = Some(d.code.as_str().to_string());
            e.message = match (&d.file, d.line, d.column) {
                (Some(f), Some(l), Some(c)) => format!("{f}:{l}:{c}: {} {}", d.code, d.message),
                _ => format!("{} {}", d.code, d.message),
            };
            e.file = d.file.clone();
            e.line = d.line;
            e.column = d.column;
            e.utf16_column = d.utf16_column;
        }
        e.diagnostics = diagnostics;
        e
    }
}

/// Run `f`, turning a panic into an [`ErrorKind::Internal`] error (bindings call every entry
/// point through this: a panic must never unwind into Python or Node).
pub fn guard<T>(f: impl FnOnce() -> Result<T, ApiError>) -> Result<T, ApiError> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            Err(ApiError::new(ErrorKind::Internal, format!("internal error (please report): {what}")))
        }
    }
}

/// A fatal pipeline error (writing the project, the journal, worker threads) is an I/O error.
impl From<pipeline::PipelineError> for ApiError {
    fn from(e: pipeline::PipelineError) -> Self {
        ApiError::new(ErrorKind::Io, e.to_string())
    }
}

fn target(name: &str) -> Result<Target, ApiError> {
    Target::from_name(name).ok_or_else(|| {
        ApiError::new(ErrorKind::Input, format!("unknown target `{name}`; targets: {}", Target::names()))
    })
}

/// A position in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: u32,
    pub column: u32,
    pub utf16_column: u32,
    /// Byte offset in the decoded (UTF-8) text.
    pub offset: u32,
}

/// Where a statement is in the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Range {
    pub file: String,
    pub start: Position,
    pub end: Position,
}

fn range(sources: &SourceSet, span: Span) -> Range {
    let pos = |offset: u32| {
        let lc = sources.line_col(Span::new(span.file, offset, offset));
        Position { line: lc.line, column: lc.column, utf16_column: lc.utf16_column, offset }
    };
    Range { file: sources.file(span.file).path.clone(), start: pos(span.start), end: pos(span.end) }
}

/// One top-level statement as parsed.
#[derive(Debug, Clone, Serialize)]
pub struct StatementSummary {
    /// `create_table`, `create_view`, `create_procedure`, `select`, `insert`, `unparsed`, ...
    pub kind: String,
    /// The object a `CREATE`/`ALTER` defines (`dbo.Customer`), as written.
    pub object: Option<String>,
    /// Did it parse into a typed tree (not the unparsed fallback)?
    pub parsed: bool,
    /// Index of its GO batch (0-based).
    pub batch: u32,
    pub range: Range,
    pub diagnostics: Vec<Located>,
}

/// What [`parse`] returns.
#[derive(Debug, Clone, Serialize)]
pub struct ParseOutput {
    pub statements: Vec<StatementSummary>,
    /// Diagnostics outside any statement (encoding, batches, empty input).
    pub diagnostics: Vec<Located>,
    pub batches: usize,
}

fn object_of(s: &ParsedStatement) -> Option<String> {
    match &s.stmt {
        Stmt::CreateTable(t) => Some(t.name.to_string()),
        Stmt::CreateView(v) => Some(v.name.to_string()),
        Stmt::CreateRoutine(r) => Some(r.name.to_string()),
        Stmt::AlterTable(t) => Some(t.name.to_string()),
        Stmt::CreateSynonym(s) => Some(s.name.to_string()),
        Stmt::CreateType(t) => Some(t.name.to_string()),
        Stmt::CreateSequence(s) => Some(s.name.to_string()),
        _ => None,
    }
}

/// Parse T-SQL text (one script: GO batches, sqlcmd variables) into statement summaries.
/// `name` is the file name used in positions. Never fails: what does not parse is a statement
/// of kind `unparsed` with its diagnostics.
pub fn parse(sql: &str, name: &str) -> ParseOutput {
    let loaded = load_memory(vec![(name.to_string(), sql.as_bytes().to_vec())]);
    let sources = loaded.sources;
    let mut loose = loaded.diagnostics;
    let mut statements = Vec::new();
    let mut batches = 0;
    for file in &sources.files {
        let split = split_batches(file);
        loose.extend(split.diagnostics);
        batches += split.batches.len();
        for batch in &split.batches {
            let parsed = crate::parse::parse_batch(batch);
            let mut diags = parsed.diagnostics;
            for s in &parsed.statements {
                let mine = crate::diagnostics::take_inside(&mut diags, s.span);
                statements.push(StatementSummary {
                    kind: s.stmt.kind_name(),
                    object: object_of(s),
                    parsed: !matches!(s.stmt, Stmt::Unparsed { .. }),
                    batch: batch.index,
                    range: range(&sources, s.span),
                    diagnostics: mine.iter().map(|d| Located::new(d, &sources)).collect(),
                });
            }
            loose.extend(diags);
        }
    }
    ParseOutput { statements, diagnostics: loose.iter().map(|d| Located::new(d, &sources)).collect(), batches }
}

/// One statement of [`transpile`]'s output.
#[derive(Debug, Clone, Serialize)]
pub struct TranspiledStatement {
    pub range: Range,
    /// Target SQL, or `None` when the statement could not be converted.
    pub sql: Option<String>,
    pub diagnostics: Vec<Located>,
}

/// What [`transpile_detailed`] returns.
#[derive(Debug, Clone, Serialize)]
pub struct TranspileOutput {
    pub target: String,
    /// Every converted statement, each followed by `;` and a newline.
    pub sql: String,
    pub statements: Vec<TranspiledStatement>,
    /// Diagnostics outside any statement.
    pub diagnostics: Vec<Located>,
    /// Did every statement convert without an error?
    pub complete: bool,
}

impl TranspileOutput {
    /// Every diagnostic, statement by statement, then the loose ones.
    pub fn all_diagnostics(&self) -> Vec<Located> {
        let mut all: Vec<Located> = self.statements.iter().flat_map(|s| s.diagnostics.iter().cloned()).collect();
        all.extend(self.diagnostics.iter().cloned());
        all
    }
}

/// Transpile T-SQL text to `target`, keeping every statement's diagnostics. Fails only on an
/// unknown target.
pub fn transpile_detailed(sql: &str, target_name: &str, name: &str) -> Result<TranspileOutput, ApiError> {
    let target = target(target_name)?;
    let out = crate::transpile::script::transpile_script(name, sql.as_bytes().to_vec(), target);
    let complete = out.is_complete();
    let sources = &out.sources;
    let located = |ds: &[Diagnostic]| ds.iter().map(|d| Located::new(d, sources)).collect::<Vec<_>>();
    let mut text = String::new();
    let statements: Vec<TranspiledStatement> = out
        .statements
        .iter()
        .map(|s| {
            if let Some(sql) = &s.sql {
                text.push_str(sql);
                text.push_str(";\n");
            }
            TranspiledStatement {
                range: range(sources, s.span),
                sql: s.sql.clone(),
                diagnostics: located(&s.diagnostics),
            }
        })
        .collect();
    Ok(TranspileOutput {
        target: target.name().to_string(),
        sql: text,
        statements,
        diagnostics: located(&out.diagnostics),
        complete,
    })
}

/// Transpile T-SQL text to `target` and return the target SQL; any error diagnostic (a
/// statement that did not parse or convert, unusable input) is an [`ApiError`] at its position.
pub fn transpile(sql: &str, target_name: &str) -> Result<String, ApiError> {
    let out = transpile_detailed(sql, target_name, "<input>")?;
    if out.complete && !out.statements.is_empty() {
        return Ok(out.sql);
    }
    let diagnostics = out.all_diagnostics();
    let parse_failed = diagnostics.iter().any(|d| d.severity == Severity::Error && d.code.as_str().starts_with("DM1"));
    let kind = if parse_failed || out.statements.is_empty() { ErrorKind::Parse } else { ErrorKind::Conversion };
    Err(ApiError::from_diagnostics(kind, diagnostics))
}

/// Options of [`migrate`] and [`assess`].
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub target: String,
    /// Worker threads (`None`: one per core).
    pub jobs: Option<usize>,
    /// Reuse the outcomes recorded by an interrupted run into the same folder.
    pub resume: bool,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions { target: "duckdb".to_string(), jobs: None, resume: false }
    }
}

fn existing(input: &Path) -> Result<(), ApiError> {
    if input.exists() {
        Ok(())
    } else {
        Err(ApiError::new(ErrorKind::Input, format!("input {} does not exist", input.display())))
    }
}

/// The error for a plan with nothing to work on (no objects, an error on the input itself).
fn nothing_to_do(result: &MigrationResult, input: &Path) -> Option<ApiError> {
    result.nothing_to_migrate().then(|| {
        let mut e = ApiError::from_diagnostics(ErrorKind::Input, result.diagnostics.clone());
        e.message = format!("nothing to migrate in {}: {}", input.display(), e.message);
        e
    })
}

/// Assess the scripts at `input` (a folder or a file): the report without a project.
pub fn assess(input: &Path, options: &RunOptions, progress: &(dyn Fn(Progress) + Sync)) -> Result<Report, ApiError> {
    existing(input)?;
    let opts = Options::new(target(&options.target)?).with_jobs(options.jobs).assessment_only();
    let planned = pipeline::plan(input, &opts, progress)?;
    if let Some(e) = nothing_to_do(&planned.result, input) {
        return Err(e);
    }
    Ok(planned.report(ReportKind::Assessment))
}

/// Migrate the scripts at `input` into a dbt project in `out` (with its migration report), as
/// `datamigrate migrate` does. Progress events go to `progress`, from worker threads.
pub fn migrate(
    input: &Path,
    out: &Path,
    options: &RunOptions,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<MigrationResult, ApiError> {
    existing(input)?;
    let opts = Options::new(target(&options.target)?)
        .with_jobs(options.jobs)
        .excluding(out.to_path_buf())
        .with_resume(out, options.resume);
    let planned = pipeline::plan(input, &opts, progress)?;
    if let Some(e) = nothing_to_do(&planned.result, input) {
        return Err(e);
    }
    let (result, _report) = pipeline::write_with_report(out, planned, &opts.hooks, progress)?;
    Ok(result)
}

/// Build a migrated DuckDB project with dbt (`dbt seed` + `dbt build`) and map failures to
/// objects. `dbt`: the dbt executable (default: `DATAMIGRATE_DBT`, then `dbt` on the PATH).
pub fn validate(project: &Path, dbt: Option<PathBuf>) -> Result<Validation, ApiError> {
    crate::validate(project, &ValidateOptions::default().with_dbt(dbt)).map_err(|e| {
        let mut err = ApiError::new(ErrorKind::Validate, e.to_string());
        err.code = Some(e.code().as_str().to_string());
        err
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transpile_returns_target_sql() {
        let sql = transpile("SELECT TOP 5 ISNULL(a,0) FROM dbo.t", "snowflake").unwrap_or_default();
        assert!(sql.contains("LIMIT 5"), "{sql}");
        assert!(sql.to_uppercase().contains("COALESCE"), "{sql}");
    }

    #[test]
    fn unknown_target_is_an_input_error() {
        let e = transpile("SELECT 1", "oracle").err();
        assert_eq!(e.map(|e| e.kind), Some(ErrorKind::Input));
    }

    #[test]
    fn syntax_error_has_a_position() {
        let e = transpile("SELECT 1\nSELECT FROM WHERE (", "duckdb").err();
        let Some(e) = e else { panic!("expected an error") };
        assert_eq!(e.kind, ErrorKind::Parse);
        assert_eq!(e.line, Some(2), "{e:?}");
        assert!(e.column.is_some() && e.code.is_some(), "{e:?}");
        assert!(e.message.starts_with("<input>:2:"), "{}", e.message);
    }

    #[test]
    fn utf16_columns_count_code_units() {
        // '𝄞' is one scalar value and two UTF-16 code units.
        let out = parse("SELECT '𝄞𝄞', FROM", "x.sql");
        let d = out
            .statements
            .iter()
            .flat_map(|s| s.diagnostics.iter())
            .chain(out.diagnostics.iter())
            .find(|d| d.severity == Severity::Error);
        let Some(d) = d else { panic!("expected a syntax error: {out:?}") };
        let (Some(c), Some(u)) = (d.column, d.utf16_column) else { panic!("no column: {d:?}") };
        assert_eq!(u, c + 2, "{d:?}");
    }

    #[test]
    fn parse_summarises_statements() {
        let out = parse("CREATE TABLE dbo.t (a int)\nGO\nCREATE VIEW dbo.v AS SELECT a FROM dbo.t\nGO\n", "s.sql");
        let kinds: Vec<_> = out.statements.iter().map(|s| (s.kind.as_str(), s.object.as_deref())).collect();
        assert_eq!(kinds, vec![("create_table", Some("dbo.t")), ("create_view", Some("dbo.v"))]);
        assert_eq!(out.batches, 2);
        assert_eq!(out.statements[1].range.start.line, 3);
        assert_eq!(out.statements[1].range.file, "s.sql");
    }

    #[test]
    fn guard_turns_a_panic_into_an_internal_error() {
        let r: Result<(), ApiError> = guard(|| panic!("boom"));
        let e = r.err();
        assert_eq!(e.as_ref().map(|e| e.kind), Some(ErrorKind::Internal));
        assert!(e.is_some_and(|e| e.message.contains("boom")));
    }

    #[test]
    fn missing_input_is_an_input_error() {
        let r = migrate(Path::new("/nonexistent/datamigrate"), Path::new("/tmp/x"), &RunOptions::default(), &|_| {});
        assert_eq!(r.err().map(|e| e.kind), Some(ErrorKind::Input));
    }
}
