//! Pipeline: runs the phases and turns their output into a [`MigrationResult`] and project files.
//!
//! Input: a path (file or folder) or in-memory sources, and [`Options`]. Output: a [`Planned`]
//! migration (result + files, nothing written) or, with [`migrate`], the files written under the
//! output folder with the migration report. Parses batches in parallel (rayon); converts objects
//! in dependency order so that an object whose dependency failed is reported as blocked. A panic
//! while converting one object becomes a DM9001 diagnostic for that object; the others go on.
//! Knows no SQL itself.

mod convert;
pub mod result;
mod stats;

pub use result::{Located, MigrationResult, ObjectOutcome, Stats, Status};
pub use stats::{parse_stats, ParseStats};

use crate::analyze::Analysis;
use crate::catalog::build_catalog;
use crate::dbt::{self, GeneratedFile};
use crate::diagnostics::{Code, Diagnostic};
use crate::parse::{parse_batch, ParsedBatch};
use crate::report::{Report, ReportKind};
use crate::source::{self, Loaded, SourceSet};
use crate::transpile::Target;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Options of a migration.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    pub target: Target,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Folders whose files are not read (the output folder when it lies inside the input).
    pub exclude: Vec<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options { target: Target::DuckDb, jobs: None, exclude: Vec::new() }
    }
}

impl Options {
    pub fn new(target: Target) -> Self {
        Options { target, jobs: None, exclude: Vec::new() }
    }
    /// Do not read files under `dir`.
    pub fn excluding(mut self, dir: PathBuf) -> Self {
        self.exclude.push(dir);
        self
    }
    pub fn with_jobs(mut self, jobs: Option<usize>) -> Self {
        self.jobs = jobs;
        self
    }
}

/// A phase of the pipeline, for progress reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Load,
    Parse,
    Catalog,
    Analyze,
    Convert,
    Write,
}

/// A progress event.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Progress {
    pub phase: Phase,
    pub done: usize,
    pub total: usize,
    pub current: Option<String>,
}

/// A migration decided but not written.
#[derive(Debug, Clone)]
pub struct Planned {
    pub result: MigrationResult,
    pub files: Vec<GeneratedFile>,
    /// The dependency graph the objects were converted by (for the report).
    pub analysis: Analysis,
    /// The input text (for the report's excerpts around diagnostics).
    pub sources: SourceSet,
}

impl Planned {
    /// The report of this plan.
    pub fn report(&self, kind: ReportKind) -> Report {
        Report::build(kind, &self.result, &self.analysis, &self.sources)
    }
}

/// Fatal errors: the run could not happen at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    #[error(transparent)]
    Write(#[from] dbt::WriteError),
    #[error("cannot start worker threads: {0}")]
    Threads(String),
}

/// Plan a migration of the `.sql` files at `input`.
pub fn plan(input: &Path, options: &Options, progress: &(dyn Fn(Progress) + Sync)) -> Result<Planned, PipelineError> {
    progress(Progress { phase: Phase::Load, done: 0, total: 1, current: Some(input.display().to_string()) });
    let loaded = source::load_path_excluding(input, &options.exclude);
    let fallback = input
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "datamigrate".to_string());
    plan_loaded(loaded, &fallback, options, progress)
}

/// Plan a migration of already loaded sources (in-memory inputs, bindings).
pub fn plan_loaded(
    loaded: Loaded,
    fallback_name: &str,
    options: &Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Planned, PipelineError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        // Deeply nested (but accepted) SQL recurses in parser, printer and drop: give workers room.
        .stack_size(64 * 1024 * 1024)
        .build()
        .map_err(|e| PipelineError::Threads(e.to_string()))?;
    Ok(pool.install(|| run(loaded, fallback_name, options, progress)))
}

fn run(loaded: Loaded, fallback_name: &str, options: &Options, progress: &(dyn Fn(Progress) + Sync)) -> Planned {
    let Loaded { sources, diagnostics: mut global } = loaded;
    let mut batches = Vec::new();
    for file in &sources.files {
        let split = source::split_batches(file);
        global.extend(split.diagnostics);
        batches.extend(split.batches);
    }
    progress(Progress { phase: Phase::Parse, done: 0, total: batches.len(), current: None });
    let parsed: Vec<ParsedBatch> = batches
        .par_iter()
        .map(|b| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parse_batch(b))).unwrap_or_else(|_| ParsedBatch {
                file: b.file,
                index: b.index,
                statements: Vec::new(),
                diagnostics: vec![Diagnostic::new(
                    Code::DM9001,
                    "The parser failed on this batch (an internal error); the batch was skipped.",
                    Some(b.span(0, b.text.len() as u32)),
                )],
            })
        })
        .collect();
    progress(Progress { phase: Phase::Parse, done: batches.len(), total: batches.len(), current: None });
    progress(Progress { phase: Phase::Catalog, done: 0, total: 1, current: None });
    let built = build_catalog(&parsed);
    progress(Progress { phase: Phase::Analyze, done: 0, total: 1, current: None });
    let analysis = crate::analyze::analyze(&built.catalog);
    let (result, files) = convert::convert_all(convert::Inputs {
        sources: &sources,
        parsed: &parsed,
        catalog: &built.catalog,
        catalog_diagnostics: built.diagnostics,
        analysis: &analysis,
        global,
        fallback_name,
        target: options.target,
        progress,
    });
    Planned { result, files, analysis, sources }
}

/// Assess the `.sql` files at `input`: plan the migration and build its report, writing nothing.
pub fn assess(input: &Path, options: &Options, progress: &(dyn Fn(Progress) + Sync)) -> Result<Report, PipelineError> {
    let planned = plan(input, options, progress)?;
    Ok(planned.report(ReportKind::Assessment))
}

/// Write `assessment.json`, `.md` and `.html` under `out` (created if missing).
pub fn write_assessment(out: &Path, report: &Report) -> Result<Vec<PathBuf>, PipelineError> {
    Ok(dbt::write_files(out, &crate::report::files("assessment", report))?)
}

/// Plan and write: the project files, then `migration_report.json`, `.md` and `.html`.
pub fn migrate(
    input: &Path,
    out: &Path,
    options: &Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<MigrationResult, PipelineError> {
    let options = options.clone().excluding(out.to_path_buf());
    let planned = plan(input, &options, progress)?;
    write(out, planned, progress)
}

/// Write a planned migration under `out`.
pub fn write(
    out: &Path,
    planned: Planned,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<MigrationResult, PipelineError> {
    Ok(write_with_report(out, planned, progress)?.0)
}

/// Write a planned migration under `out`, and return its report too (what `migration_report.*` hold).
pub fn write_with_report(
    out: &Path,
    planned: Planned,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<(MigrationResult, Report), PipelineError> {
    let Planned { mut result, mut files, analysis, sources } = planned;
    progress(Progress { phase: Phase::Write, done: 0, total: files.len() + 3, current: None });
    for ext in ["json", "md", "html"] {
        result.files.push(format!("migration_report.{ext}"));
    }
    result.files.sort();
    let report = Report::build(ReportKind::Migration, &result, &analysis, &sources);
    files.extend(crate::report::files("migration_report", &report));
    let _written: Vec<PathBuf> = dbt::write_files(out, &files)?;
    progress(Progress { phase: Phase::Write, done: files.len(), total: files.len(), current: None });
    Ok((result, report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FRAGMENTS: &[&str] = &[
        "CREATE TABLE dbo.T (a int NOT NULL PRIMARY KEY, b nvarchar(10))\n",
        "CREATE VIEW dbo.V AS SELECT a, b + N'x' AS c FROM dbo.T\n",
        "CREATE PROC p @a int AS BEGIN IF @a > 1 SELECT 1 ELSE RETURN END\n",
        "INSERT dbo.T (a, b) VALUES (1, N'é')\n",
        "GO\n",
        "BEGIN",
        "END",
        "(",
        ")",
        "[",
        "]",
        "'",
        "N'",
        "/*",
        "*/",
        "--",
        "\n",
        " ",
        ",",
        ";",
        "SELECT",
        "FROM",
        "WHERE",
        "CASE WHEN",
        "THEN",
        "@@ROWCOUNT",
        "$(v)",
        ":setvar v 1\n",
        "<a, int, 1>",
        "\u{0}",
        "\u{feff}",
        "😀",
        "DATEADD(day, 1, a)",
        "CONVERT(varchar(10), a, 120)",
        "TOP (1)",
    ];

    #[test]
    fn a_procedure_header_alone_needs_review_for_having_no_body() {
        let loaded =
            source::load_memory(vec![("p.sql".into(), b"CREATE PROCEDURE dbo.p (@a int = 1 OUTPUT)\n".to_vec())]);
        let planned = plan_loaded(loaded, "p", &Options::default().with_jobs(Some(1)), &|_| {});
        let Ok(planned) = planned else { panic!("planning failed") };
        assert!(planned.result.diagnostics.is_empty(), "{:?}", planned.result.diagnostics);
        let messages: Vec<(String, &str)> = planned
            .result
            .objects
            .iter()
            .flat_map(|o| o.diagnostics.iter().map(|d| (d.code.to_string(), d.message.as_str())))
            .collect();
        assert_eq!(messages, [("DM3005".to_string(), "The procedure was not converted: it has no body.")]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any mix of T-SQL fragments plans without panicking, and every diagnostic with a place
        /// points inside the input.
        #[test]
        fn planning_never_panics(parts in proptest::collection::vec(0..FRAGMENTS.len(), 0..40)) {
            let text: String = parts.iter().map(|i| FRAGMENTS[*i]).collect();
            let loaded = source::load_memory(vec![("f.sql".into(), text.clone().into_bytes())]);
            let planned = plan_loaded(loaded, "prop", &Options::default().with_jobs(Some(1)), &|_| {});
            let planned = planned.map_err(|e| TestCaseError::fail(e.to_string()))?;
            let lines = text.lines().count().max(1) as u32 + 1;
            for d in planned.result.diagnostics.iter().chain(planned.result.objects.iter().flat_map(|o| &o.diagnostics)) {
                if let Some(l) = d.line {
                    prop_assert!(l <= lines, "line {} beyond input ({} lines): {:?}", l, lines, d);
                }
            }
        }

        /// Arbitrary bytes (binary, broken encodings) never panic either.
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let loaded = source::load_memory(vec![("b.sql".into(), bytes)]);
            let planned = plan_loaded(loaded, "prop", &Options::default().with_jobs(Some(1)), &|_| {});
            prop_assert!(planned.is_ok());
        }
    }
}
