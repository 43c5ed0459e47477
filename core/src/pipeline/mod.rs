//! Pipeline: runs the phases and turns their output into a [`MigrationResult`] and project files.
//!
//! Input: a path (file or folder) or in-memory sources, and [`Options`]. Output: a [`Planned`]
//! migration (result + files, nothing written) or, with [`migrate`], the files written under the
//! output folder with the migration report. Parses batches in parallel (rayon); converts objects
//! in dependency order so that an object whose dependency failed is reported as blocked. A panic
//! while converting one object becomes a DM9001 diagnostic for that object; the others go on.
//! Knows no SQL itself.

mod convert;
pub mod journal;
pub mod result;
pub mod retry;
mod stats;

pub use journal::{Checkpoint, Journal, JournalError};
pub use result::{Located, MigrationResult, ObjectOutcome, Stats, Status};
pub use retry::{Failure, RetryPolicy, StepError};
pub use stats::{parse_stats, ParseStats};

use crate::analyze::Analysis;
use crate::catalog::CatalogBuilder;
use crate::dbt::{self, GeneratedFile};
use crate::diagnostics::{Code, Diagnostic};
use crate::parse::{parse_shared_batch, ParsedBatch};
use crate::report::{Report, ReportKind};
use crate::source::{self, Loaded, SourceSet};
use crate::transpile::Target;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Options of a migration.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    pub target: Target,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Folders whose files are not read (the output folder when it lies inside the input).
    pub exclude: Vec<PathBuf>,
    /// The checkpoint journal; [`migrate`] keeps one in `<out>/.datamigrate/`.
    pub checkpoint: Option<Checkpoint>,
    /// Retries of an object's conversion that failed transiently.
    pub retry: RetryPolicy,
    /// Fault injection and waits, for tests.
    pub hooks: Hooks,
    /// Build the dbt project's files (`false` for an assessment, which only reports).
    pub project_files: bool,
    /// Record where the run's wall time goes ([`Planned::section_times`]; for measurements).
    pub section_times: bool,
    /// Keep every view's query and routine's body as a tree for the whole run (each is parsed
    /// once) instead of parsing them again where a phase needs them (ADR 0018): faster, but the
    /// trees take about a hundred times the text of the estate's views and routines. `false`
    /// for a migration; an assessment keeps them.
    pub keep_trees: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options::new(Target::DuckDb)
    }
}

impl Options {
    pub fn new(target: Target) -> Self {
        Options {
            target,
            jobs: None,
            exclude: Vec::new(),
            checkpoint: None,
            retry: RetryPolicy::default(),
            hooks: Hooks::default(),
            project_files: true,
            section_times: false,
            keep_trees: false,
        }
    }
    /// For an assessment: every object is converted (its class comes from the outcome) but no
    /// project file is built, so the plan's `files` is empty; trees are kept (an assessment is
    /// the quick look at an estate: ADR 0018).
    pub fn assessment_only(mut self) -> Self {
        self.project_files = false;
        self.keep_trees = true;
        self
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
    /// With `resume`, reuse the outcomes in `<out>/.datamigrate/` of an earlier, interrupted run.
    pub fn with_resume(mut self, out: &Path, resume: bool) -> Self {
        self.checkpoint = Some(Checkpoint { dir: out.join(journal::DIR), resume });
        self
    }
    /// Record the wall time of each phase inside and outside parallel sections
    /// ([`Planned::section_times`], [`crate::sections`]).
    pub fn with_section_times(mut self) -> Self {
        self.section_times = true;
        self
    }

    pub fn with_hooks(mut self, hooks: Hooks) -> Self {
        self.hooks = hooks;
        self
    }
}

/// A fault for an object's conversion attempt: `(object, attempt from 1)` → the failure to
/// simulate, or `None` to let the attempt run.
pub type FaultFn = dyn Fn(&str, u32) -> Option<StepError> + Send + Sync;
/// A wait between retries.
pub type SleepFn = dyn Fn(Duration) + Send + Sync;
/// Told the path of each file about to be written.
pub type BeforeWriteFn = dyn Fn(&str) + Send + Sync;

/// Points where tests reach into a run. Empty by default.
#[derive(Clone, Default)]
pub struct Hooks {
    /// Called before every attempt to convert an object (fault injection), with the object as
    /// the catalog keys it (`schema.name`, lower case) and the attempt number from 1.
    pub fault: Option<Arc<FaultFn>>,
    /// Waits between retries (default: `std::thread::sleep`).
    pub sleep: Option<Arc<SleepFn>>,
    /// Called before each output file is written, with its path relative to the output folder.
    pub before_write: Option<Arc<BeforeWriteFn>>,
    /// Bytes of text parsed per chunk instead of [`CHUNK_BYTES`] (tests use tiny chunks).
    pub parse_chunk_bytes: Option<usize>,
}

impl std::fmt::Debug for Hooks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hooks")
            .field("fault", &self.fault.is_some())
            .field("sleep", &self.sleep.is_some())
            .field("before_write", &self.before_write.is_some())
            .field("parse_chunk_bytes", &self.parse_chunk_bytes)
            .finish()
    }
}

impl Hooks {
    /// Hooks from `DATAMIGRATE_FAILPOINTS` (`convert_delay_ms=N,write_delay_ms=N`): pauses that let
    /// the kill-and-resume tests stop a real run in the middle of converting or of writing.
    /// Unset (the normal case), there are none.
    pub fn from_env() -> Hooks {
        let spec = std::env::var("DATAMIGRATE_FAILPOINTS").unwrap_or_default();
        let mut hooks = Hooks::default();
        for part in spec.split(',') {
            let Some((name, value)) = part.split_once('=') else { continue };
            let Ok(ms) = value.trim().parse::<u64>() else { continue };
            let pause = Duration::from_millis(ms);
            match name.trim() {
                "convert_delay_ms" => {
                    hooks.fault = Some(Arc::new(move |_: &str, _: u32| {
                        std::thread::sleep(pause);
                        None
                    }))
                }
                "write_delay_ms" => hooks.before_write = Some(Arc::new(move |_: &str| std::thread::sleep(pause))),
                _ => {}
            }
        }
        hooks
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
    /// Since the run started.
    pub elapsed_ms: u64,
    /// Time left in this phase at its rate so far (`None` until something is done).
    pub eta_ms: Option<u64>,
}

/// Turns phase counts into [`Progress`] events with elapsed time and ETA.
pub(crate) struct Reporter<'a> {
    sink: &'a (dyn Fn(Progress) + Sync),
    start: Instant,
    phase: Mutex<(Phase, Instant)>,
}

impl<'a> Reporter<'a> {
    pub(crate) fn new(sink: &'a (dyn Fn(Progress) + Sync)) -> Self {
        let now = Instant::now();
        Reporter { sink, start: now, phase: Mutex::new((Phase::Load, now)) }
    }

    pub(crate) fn report(&self, phase: Phase, done: usize, total: usize, current: Option<String>) {
        let now = Instant::now();
        let phase_start = match self.phase.lock() {
            Ok(mut p) => {
                if p.0 != phase {
                    *p = (phase, now);
                    crate::sections::enter_phase(phase);
                }
                p.1
            }
            Err(_) => now,
        };
        let in_phase = now.duration_since(phase_start).as_millis() as u64;
        let eta_ms = (done > 0 && done <= total).then(|| in_phase * (total - done) as u64 / done as u64);
        let elapsed_ms = now.duration_since(self.start).as_millis() as u64;
        (self.sink)(Progress { phase, done, total, current, elapsed_ms, eta_ms });
    }
}

/// A migration decided but not written.
#[derive(Debug, Clone)]
pub struct Planned {
    pub result: MigrationResult,
    pub files: Vec<GeneratedFile>,
    /// What the checkpoint journal did, when there was one (not part of the result, which must
    /// be the same bytes whether or not the run was resumed).
    pub checkpoint: Option<CheckpointSummary>,
    /// The dependency graph the objects were converted by (for the report).
    pub analysis: Analysis,
    /// The input text (for the report's excerpts around diagnostics).
    pub sources: SourceSet,
    /// Worker threads for writing the files (`None`: every core), as the plan's options said.
    pub jobs: Option<usize>,
    /// With [`Options::with_section_times`]: the wall time of each phase inside and outside
    /// parallel sections, from splitting (the first entry, `Load`) to the end of the plan.
    pub section_times: Vec<crate::sections::PhaseTime>,
}

impl Planned {
    /// The report of this plan.
    pub fn report(&self, kind: ReportKind) -> Report {
        Report::build(kind, &self.result, &self.analysis, &self.sources)
    }
}

/// The journal's part in a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckpointSummary {
    pub journal: PathBuf,
    /// Objects whose outcome came from the journal.
    pub reused: usize,
    /// Objects converted in this run (and recorded).
    pub converted: usize,
}

/// Fatal errors: the run could not happen at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    #[error(transparent)]
    Write(#[from] dbt::WriteError),
    #[error("cannot start worker threads: {0}")]
    Threads(String),
    #[error(transparent)]
    Journal(#[from] JournalError),
}

/// The workers of a run: `jobs` threads (`None`: every core).
fn worker_pool(jobs: Option<usize>) -> Result<rayon::ThreadPool, PipelineError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        // Deeply nested (but accepted) SQL recurses in parser, printer and drop: give workers room.
        .stack_size(64 * 1024 * 1024)
        .build()
        .map_err(|e| PipelineError::Threads(e.to_string()))
}

/// Plan a migration of the `.sql` files at `input`.
pub fn plan(input: &Path, options: &Options, progress: &(dyn Fn(Progress) + Sync)) -> Result<Planned, PipelineError> {
    let reporter = Reporter::new(progress);
    reporter.report(Phase::Load, 0, 1, Some(input.display().to_string()));
    let loaded = source::load_path_excluding(input, &options.exclude);
    let fallback = input
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "datamigrate".to_string());
    plan_reported(loaded, &fallback, options, &reporter)
}

/// Plan a migration of already loaded sources (in-memory inputs, bindings).
pub fn plan_loaded(
    loaded: Loaded,
    fallback_name: &str,
    options: &Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Planned, PipelineError> {
    plan_reported(loaded, fallback_name, options, &Reporter::new(progress))
}

fn plan_reported(
    loaded: Loaded,
    fallback_name: &str,
    options: &Options,
    reporter: &Reporter<'_>,
) -> Result<Planned, PipelineError> {
    // No readable script, nothing to migrate: no journal either (nothing is written).
    let checkpoint = options.checkpoint.as_ref().filter(|_| !loaded.sources.files.is_empty());
    let journal = checkpoint.map(Journal::open).transpose()?;
    let mut planned = worker_pool(options.jobs)?.install(|| {
        // The run is driven from this worker thread: the sections are recorded here.
        let recorder = options.section_times.then(|| crate::sections::Recorder::start(Phase::Load));
        let mut planned = run(loaded, fallback_name, options, journal.as_ref(), reporter);
        if let Some(r) = recorder {
            planned.section_times = r.finish();
        }
        planned
    });
    if let Some(j) = &journal {
        j.sync();
        if let Some(e) = j.take_error() {
            return Err(e.into());
        }
        planned.checkpoint =
            Some(CheckpointSummary { journal: j.path().to_path_buf(), reused: j.reused(), converted: j.appended() });
    }
    Ok(planned)
}

fn run(
    loaded: Loaded,
    fallback_name: &str,
    options: &Options,
    journal: Option<&Journal>,
    reporter: &Reporter<'_>,
) -> Planned {
    let Loaded { sources, diagnostics: mut global } = loaded;
    // Files are split into batches in parallel, then put together in file order. Each batch is
    // shared: the views and routines parsed from it point to it (ADR 0018).
    let splits: Vec<(Vec<Diagnostic>, Vec<Arc<source::Batch>>)> = crate::sections::parallel(|| {
        sources
            .files
            .par_iter()
            .map(|f| {
                let split = source::split_batches(f);
                (split.diagnostics, split.batches.into_iter().map(Arc::new).collect())
            })
            .collect()
    });
    // Sized once: growing it by doubling copied every batch again at each step and touched
    // fresh memory each time, serial work that took 100 ms at 100 MB in the machine's slow spells.
    let mut batches = Vec::with_capacity(splits.iter().map(|s| s.1.len()).sum());
    for (diagnostics, split) in splits {
        global.extend(diagnostics);
        batches.extend(split);
    }
    reporter.report(Phase::Parse, 0, batches.len(), None);
    // Parsed a chunk at a time (in parallel within the chunk) and handed to the catalog builder
    // in order; each chunk's trees are dropped before the next is parsed, so peak memory holds
    // one chunk of trees, not the whole estate's.
    // Each batch is summarised, prepared and routed to the catalog's partitions (INSERT rows read
    // as values, constraints read, trees the catalog does not keep dropped) by the worker that
    // parsed it. Handing a chunk's batches to the builder (serial: it routes what depends on
    // script order, ADR 0016) runs while the next chunk is parsed on the other workers; the
    // objects themselves are folded in partitions, in parallel, when the builder finishes.
    // Unless the options keep them, views and routines keep no trees: their facts are taken
    // here and the later phases parse their batches again (ADR 0018), so the trees of a large
    // estate are never all alive.
    let mut builder = if options.keep_trees { CatalogBuilder::new() } else { CatalogBuilder::new().without_trees() };
    let preparer = builder.preparer();
    // `i`: the batch's place in script order (the catalog orders what it routes by it).
    let parse_one = |i: usize, b: &Arc<source::Batch>| {
        let mut p = parse_caught(b);
        let summary = convert::BatchSummary::take(&mut p);
        (summary, preparer.prepare(p.statements, u32::try_from(i).unwrap_or(u32::MAX)))
    };
    let mut parsed: Vec<convert::BatchSummary> = Vec::with_capacity(batches.len());
    let chunk_bytes = options.hooks.parse_chunk_bytes.unwrap_or(CHUNK_BYTES);
    // A chunk's batches: their summaries in order, and what was prepared from them, merged in
    // order on the workers, so the builder takes one hand-over per chunk.
    type Ready = (Vec<convert::BatchSummary>, crate::catalog::Prepared);
    let merge = |(mut summaries, prepared): Ready, (mut more, later): Ready| -> Ready {
        summaries.append(&mut more);
        (summaries, prepared.merge(later))
    };
    let route = |builder: &mut CatalogBuilder, parsed: &mut Vec<convert::BatchSummary>, chunk: Ready| {
        let (mut summaries, prepared) = chunk;
        parsed.append(&mut summaries);
        // Views and routines move into the builder.
        builder.add_prepared(prepared);
    };
    let mut pending: Ready = Ready::default();
    let mut start = 0;
    while start < batches.len() {
        let end = chunk_end(&batches, start, chunk_bytes);
        let previous = std::mem::take(&mut pending);
        let ((), chunk) = crate::sections::parallel(|| {
            rayon::join(
                || crate::sections::serial_beside(|| route(&mut builder, &mut parsed, previous)),
                || {
                    batches[start..end]
                        .par_iter()
                        .enumerate()
                        .map(|(i, b)| {
                            let (summary, prepared) = parse_one(start + i, b);
                            (vec![summary], prepared)
                        })
                        .reduce(Ready::default, merge)
                },
            )
        });
        pending = chunk;
        // Parsed up to `end`; routed up to `start`.
        start = end;
        reporter.report(Phase::Parse, start, batches.len(), None);
    }
    route(&mut builder, &mut parsed, pending);
    if batches.is_empty() {
        reporter.report(Phase::Parse, 0, 0, None);
    }
    // Only the views and routines still point to their batches: the rest are freed now, on the
    // workers, not at the end of the run.
    crate::sections::parallel(|| batches.into_par_iter().for_each(drop));
    reporter.report(Phase::Catalog, 0, 1, None);
    let built = builder.finish();
    reporter.report(Phase::Analyze, 0, 1, None);
    let analysis = crate::analyze::analyze(&built.catalog);
    let (result, files) = convert::convert_all(convert::Inputs {
        sources: &sources,
        parsed: &parsed,
        catalog: &built.catalog,
        catalog_diagnostics: built.diagnostics,
        analysis: &analysis,
        global,
        fallback_name,
        options,
        journal,
        reporter,
    });
    drop_in_parallel(built.catalog, parsed);
    Planned { result, files, checkpoint: None, analysis, sources, jobs: options.jobs, section_times: Vec::new() }
}

/// Free the catalog's trees and the batch summaries on every worker: one thread freeing them
/// took about 6% of a run on the generated estates.
fn drop_in_parallel(catalog: crate::catalog::Catalog, parsed: Vec<convert::BatchSummary>) {
    let crate::catalog::Catalog { tables, views, routines, .. } = catalog;
    crate::sections::parallel(|| {
        rayon::join(
            || rayon::join(|| tables.into_par_iter().for_each(drop), || views.into_par_iter().for_each(drop)),
            || rayon::join(|| routines.into_par_iter().for_each(drop), || parsed.into_par_iter().for_each(drop)),
        )
    });
}

/// Text parsed per chunk: enough batches to keep every worker busy, few enough trees to hold.
const CHUNK_BYTES: usize = 512 << 10;

/// The end of the chunk of batches that starts at `start`: batches up to `chunk_bytes` of text,
/// and at least one.
fn chunk_end(batches: &[Arc<source::Batch>], start: usize, chunk_bytes: usize) -> usize {
    let mut bytes = 0;
    let mut end = start;
    while end < batches.len() && (end == start || bytes < chunk_bytes) {
        bytes += batches[end].text.len();
        end += 1;
    }
    end
}

/// Parse a batch; a panic in the parser costs that batch, with DM9001.
fn parse_caught(b: &Arc<source::Batch>) -> ParsedBatch {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parse_shared_batch(b))).unwrap_or_else(|_| ParsedBatch {
        file: b.file,
        index: b.index,
        statements: Vec::new(),
        diagnostics: vec![Diagnostic::new(
            Code::DM9001,
            "The parser failed on this batch (an internal error); the batch was skipped.",
            Some(b.span(0, b.text.len() as u32)),
        )],
    })
}

/// Assess the `.sql` files at `input`: plan the migration and build its report, writing nothing.
pub fn assess(input: &Path, options: &Options, progress: &(dyn Fn(Progress) + Sync)) -> Result<Report, PipelineError> {
    let planned = plan(input, &options.clone().assessment_only(), progress)?;
    Ok(planned.report(ReportKind::Assessment))
}

/// Write `assessment.json`, `.md` and `.html` under `out` (created if missing).
pub fn write_assessment(out: &Path, report: &Report) -> Result<Vec<PathBuf>, PipelineError> {
    Ok(dbt::write_files(out, &crate::report::files("assessment", report))?)
}

/// Plan and write: the project files, then `migration_report.json`, `.md` and `.html`. Keeps the
/// checkpoint journal in `<out>/.datamigrate/` unless `options` name another.
pub fn migrate(
    input: &Path,
    out: &Path,
    options: &Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<MigrationResult, PipelineError> {
    let mut options = options.clone().excluding(out.to_path_buf());
    if options.checkpoint.is_none() {
        options = options.with_resume(out, false);
    }
    let planned = plan(input, &options, progress)?;
    write_with(out, planned, &options.hooks, progress)
}

/// Write a planned migration under `out`.
pub fn write(
    out: &Path,
    planned: Planned,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<MigrationResult, PipelineError> {
    Ok(write_with_report(out, planned, &Hooks::default(), progress)?.0)
}

/// [`write`], calling `hooks.before_write` before each file.
pub fn write_with(
    out: &Path,
    planned: Planned,
    hooks: &Hooks,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<MigrationResult, PipelineError> {
    Ok(write_with_report(out, planned, hooks, progress)?.0)
}

/// Write a planned migration under `out`, and return its report too (what `migration_report.*`
/// hold). Every file goes through a temporary name and a rename, so a killed run leaves each file
/// either old or new, never half-written; `hooks.before_write` is called before each file. The
/// project files are written in parallel (on the plan's number of workers), the report files
/// after them.
pub fn write_with_report(
    out: &Path,
    planned: Planned,
    hooks: &Hooks,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<(MigrationResult, Report), PipelineError> {
    let reporter = Reporter::new(progress);
    let Planned { mut result, files, analysis, sources, jobs, .. } = planned;
    for ext in crate::report::FORMATS {
        result.files.push(format!("migration_report.{ext}"));
    }
    result.files.sort();
    let total = files.len() + crate::report::FORMATS.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let write_one = |f: &GeneratedFile| -> Result<(), PipelineError> {
        reporter.report(Phase::Write, done.load(std::sync::atomic::Ordering::Relaxed), total, Some(f.path.clone()));
        if let Some(hook) = &hooks.before_write {
            hook(&f.path);
        }
        dbt::write_files(out, std::slice::from_ref(f))?;
        done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    };
    // Each file's contents are freed once it is written, before the report is built; the
    // report's files are rendered and written one at a time.
    worker_pool(jobs)?.install(|| files.into_par_iter().try_for_each(|f| write_one(&f)))?;
    let report = Report::build(ReportKind::Migration, &result, &analysis, &sources);
    for ext in crate::report::FORMATS {
        write_one(&crate::report::file("migration_report", ext, &report))?;
    }
    reporter.report(Phase::Write, total, total, None);
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

    #[test]
    fn an_assessment_converts_every_object_but_builds_no_project_file() {
        let sql = b"CREATE TABLE dbo.t (a int PRIMARY KEY)\nGO\nINSERT INTO dbo.t VALUES (1)\nGO\n\
                    CREATE VIEW dbo.v AS SELECT a FROM dbo.t\nGO\nCREATE VIEW dbo.w AS SELECT nope( FROM x\nGO\n";
        let run = |options: Options| {
            let loaded = source::load_memory(vec![("a.sql".into(), sql.to_vec())]);
            let Ok(planned) = plan_loaded(loaded, "a", &options.with_jobs(Some(1)), &|_| {}) else {
                panic!("planning failed")
            };
            planned
        };
        let full = run(Options::default());
        let assessed = run(Options::default().assessment_only());
        assert!(!full.files.is_empty());
        assert!(assessed.files.is_empty() && assessed.result.files.is_empty());
        let outcome = |p: &Planned| serde_json::to_string(&p.result.objects).unwrap_or_default();
        assert_eq!(outcome(&full), outcome(&assessed));
        assert_eq!(
            serde_json::to_string(&full.report(ReportKind::Assessment).objects).unwrap_or_default(),
            serde_json::to_string(&assessed.report(ReportKind::Assessment).objects).unwrap_or_default()
        );
    }

    /// Parsing views and routines again (ADR 0018) gives the plan that keeping their trees does:
    /// the same result and files for the sample corpus and every fixture folder, at two
    /// workers.
    #[test]
    fn keeping_trees_or_parsing_again_gives_the_same_plan() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let plan_with = |dir: &Path, keep_trees: bool| {
            let mut options = Options::default().with_jobs(Some(2));
            options.keep_trees = keep_trees;
            let Ok(planned) = plan_loaded(source::load_path(dir), "same", &options, &|_| {}) else {
                panic!("planning {} failed", dir.display())
            };
            let files: Vec<(String, String)> =
                planned.files.iter().map(|f| (f.path.clone(), f.contents.clone())).collect();
            (serde_json::to_string(&planned.result).unwrap_or_default(), files)
        };
        let mut dirs = vec![root.join("corpus")];
        for entry in std::fs::read_dir(root.join("tests/fixtures")).into_iter().flatten().flatten() {
            if entry.path().is_dir() {
                dirs.push(entry.path());
            }
        }
        dirs.sort();
        assert!(dirs.len() > 5, "fixture folders: {dirs:?}");
        for dir in &dirs {
            let (kept, again) = (plan_with(dir, true), plan_with(dir, false));
            assert!(kept == again, "{}: the plan depends on keeping trees", dir.display());
        }
    }

    /// A plan as bytes: the result and every file.
    fn plan_bytes(loaded: Loaded, chunk_bytes: Option<usize>) -> (String, Vec<(String, Vec<u8>)>) {
        let hooks = Hooks { parse_chunk_bytes: chunk_bytes, ..Hooks::default() };
        let options = Options::default().with_jobs(Some(2)).with_hooks(hooks);
        let Ok(planned) = plan_loaded(loaded, "chunks", &options, &|_| {}) else { panic!("planning failed") };
        let files = planned.files.iter().map(|f| (f.path.clone(), f.contents.clone().into_bytes())).collect();
        (serde_json::to_string(&planned.result).unwrap_or_default(), files)
    }

    #[test]
    fn parsing_in_chunks_gives_the_plan_of_one_chunk() {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
        let load = || source::load_path_excluding(&corpus, &[]);
        assert!(load().sources.files.len() > 1);
        let whole = plan_bytes(load(), None);
        assert!(!whole.1.is_empty());
        for chunk in [1, 100, 5_000] {
            assert!(plan_bytes(load(), Some(chunk)) == whole, "chunks of {chunk} bytes");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Batch by batch or all at once, the same plan (INSERTs before their table included).
        #[test]
        fn chunk_size_does_not_change_the_plan(parts in proptest::collection::vec(0..FRAGMENTS.len(), 0..30)) {
            let text: String = parts.iter().map(|i| FRAGMENTS[*i]).collect();
            let load = || source::load_memory(vec![("f.sql".into(), text.clone().into_bytes())]);
            prop_assert!(plan_bytes(load(), Some(1)) == plan_bytes(load(), None));
        }

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
