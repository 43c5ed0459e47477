//! `datamigrate`: migrate SQL Server T-SQL scripts to a dbt project.
//!
//! Exit codes: 0 everything converted (or validated), 1 some objects need review (or dbt nodes
//! failed), 2 fatal error (bad arguments, unreadable input, dbt missing, cannot write).

use clap::{Parser, Subcommand};
use datamigrate_core::pipeline::{self, Options, Progress};
use datamigrate_core::{diagnostics, Severity, Target, ValidateOptions};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

mod progress;

/// mimalloc instead of glibc malloc: the parser allocates millions of small nodes, and glibc's
/// malloc/free were about a third of parse time (ADR 0013).
#[cfg(not(feature = "system-alloc"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "datamigrate", version, about = "Migrate Microsoft SQL Server T-SQL scripts to a dbt project.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Convert T-SQL scripts into a dbt project with a migration report.
    ///
    /// Writes dbt_project.yml, profiles.yml (for the target's dbt adapter), sources with tests,
    /// staging models, a model per view, macros for functions, seeds from INSERT data, and
    /// migration_report.{json,md,html} (the same report `assess` writes). Objects convert in
    /// parallel, one dependency level at a time; each finished object is recorded in
    /// <OUT>/.datamigrate/journal.jsonl, so an interrupted run can continue with --resume. Exit
    /// code 0 when every object converted, 1 when some need review, 2 on a fatal error.
    Migrate {
        /// A .sql file or a folder searched recursively for .sql files.
        input: PathBuf,
        /// Output folder for the dbt project (created if missing).
        #[arg(long, short)]
        out: PathBuf,
        /// Target warehouse: duckdb, postgres, snowflake, bigquery, databricks, redshift, fabric or
        /// tsql (dbt-sqlserver). Validation with dbt (--validate) runs on DuckDB only.
        #[arg(long, default_value = "duckdb")]
        target: String,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Run `dbt seed` and `dbt build` on the result afterwards (see `validate`; DuckDB only).
        #[arg(long)]
        validate: bool,
        /// dbt executable for --validate (default: $DATAMIGRATE_DBT, then `dbt` on PATH).
        #[arg(long)]
        dbt: Option<PathBuf>,
        /// Print the report (migration_report.json) on stdout instead of a summary, and progress
        /// events as JSON lines on stderr (phase, done, total, current, elapsed_ms, eta_ms).
        #[arg(long)]
        json: bool,
        /// Print only the summary line and errors (no warnings, no progress).
        #[arg(long, short)]
        quiet: bool,
        /// Continue an interrupted run: objects recorded in <OUT>/.datamigrate/journal.jsonl with
        /// the same input and options are not converted again. Without it the journal starts over.
        #[arg(long)]
        resume: bool,
    },
    /// Assess T-SQL scripts without writing a dbt project: every object, its class, its issues.
    ///
    /// Writes assessment.json (schema: docs/assessment-schema.md), assessment.md and
    /// assessment.html (one self-contained page: summary, filterable object table, dependency
    /// graph, every diagnostic shown in its source) into --out. Objects are classed auto, auto
    /// with warnings, needs review or unsupported, as `migrate --target` would convert them.
    /// Exit code 0 when every object converts automatically, 1 when some need attention, 2 on
    /// a fatal error.
    Assess {
        /// A .sql file or a folder searched recursively for .sql files.
        input: PathBuf,
        /// Output folder for the three report files (created if missing).
        #[arg(long, short, default_value = ".")]
        out: PathBuf,
        /// Target warehouse the objects are assessed for (see `migrate --target`).
        #[arg(long, default_value = "duckdb")]
        target: String,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Print assessment.json on stdout instead of a summary.
        #[arg(long)]
        json: bool,
    },
    /// Build a generated project with dbt on DuckDB and report failures.
    ///
    /// Runs `dbt seed`, then `dbt build --exclude-resource-type seed`, in the project folder and
    /// reports every failing seed, model and test with the SQL Server object it came from.
    /// Only projects migrated with `--target duckdb` can be validated here; other targets need
    /// their warehouse. Exit code 0 when all pass, 1 when some fail, 2 when dbt is missing or
    /// cannot run.
    Validate {
        /// The project folder written by `migrate`.
        project: PathBuf,
        /// dbt executable (default: $DATAMIGRATE_DBT, then `dbt` on PATH).
        #[arg(long)]
        dbt: Option<PathBuf>,
        /// Print the validation result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Parse scripts without converting them: every diagnostic, and coverage figures.
    ///
    /// Prints each parse diagnostic with file:line:col on stderr and a summary on stdout; with
    /// --stats, one JSON object (files, bytes, batches, statements, unparsed, diagnostics by
    /// code, seconds) instead. Exit code 0 when everything parsed, 1 when some statements did not.
    Parse {
        /// A .sql file or a folder searched recursively for .sql files.
        input: PathBuf,
        /// Print coverage figures as one JSON object on stdout.
        #[arg(long)]
        stats: bool,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
    },
    /// Convert T-SQL statements to a target's SQL and print them.
    ///
    /// Prints each statement's SQL followed by `;` and a newline on stdout, and diagnostics with
    /// file:line:col on stderr. Queries, CREATE VIEW and CREATE TABLE convert (and scalar
    /// functions, as macros, on DuckDB); names stay as written (no dbt references). `--to tsql`
    /// prints the statements back as T-SQL. Exit code 0 when every statement converted, 1 when
    /// some did not, 2 on a fatal error.
    Transpile {
        /// Target: duckdb, postgres, snowflake, bigquery, databricks, redshift, fabric or tsql.
        #[arg(long)]
        to: String,
        /// A .sql file, or `-` (the default) for standard input.
        #[arg(default_value = "-")]
        input: String,
        /// Print one JSON object per input statement (input_span, sql, diagnostics), one per line.
        #[arg(long)]
        json: bool,
    },
    /// List the diagnostic codes with their severity and meaning.
    Codes {
        /// Print the reference page docs/diagnostics.md (a Markdown table) instead.
        #[arg(long)]
        markdown: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Migrate { input, out, target, jobs, validate, dbt, json, quiet, resume } => {
            let output = if json {
                Output::Json
            } else if quiet {
                Output::Quiet
            } else {
                Output::Text
            };
            migrate(input, out, &target, jobs, validate.then_some(dbt), output, resume)
        }
        Command::Assess { input, out, target, jobs, json } => assess(&input, &out, &target, jobs, json),
        Command::Validate { project, dbt, json } => validate(&project, dbt, json),
        Command::Parse { input, stats, jobs } => parse(&input, stats, jobs),
        Command::Transpile { to, input, json } => transpile(&to, &input, json),
        Command::Codes { markdown } => {
            if markdown {
                print!("{}", diagnostics::codes::render_markdown());
            } else {
                for c in diagnostics::Code::ALL {
                    println!("{}  {:<8} {:<28} {}", c.as_str(), c.severity().as_str(), c.name(), c.what());
                }
            }
            0
        }
    };
    ExitCode::from(code)
}

/// How `migrate` reports.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    /// Progress bar on a terminal, phase lines otherwise; a summary at the end.
    Text,
    /// Errors and the summary only.
    Quiet,
    /// The result as JSON on stdout, progress events as JSON lines on stderr.
    Json,
}

fn migrate(
    input: PathBuf,
    out: PathBuf,
    target: &str,
    jobs: Option<usize>,
    validate_with: Option<Option<PathBuf>>,
    output: Output,
    resume: bool,
) -> u8 {
    let json = output == Output::Json;
    let quiet = output == Output::Quiet;
    let Some(target) = Target::from_name(target) else {
        eprintln!("error: unknown target `{target}`; targets: {}", Target::names());
        return 2;
    };
    if validate_with.is_some() && !target.profile().dbt.validates {
        eprintln!("error: --validate runs dbt on DuckDB only; `{}` projects need their warehouse", target.name());
        return 2;
    }
    if !input.exists() {
        eprintln!("error: input {} does not exist", input.display());
        return 2;
    }
    let shown = progress::Shown::new(output == Output::Text, json);
    let progress = |p: Progress| shown.event(p);
    // A previous run's output inside the input folder is not input.
    let options = Options::new(target)
        .with_jobs(jobs)
        .excluding(out.clone())
        .with_resume(&out, resume)
        .with_hooks(pipeline::Hooks::from_env());
    let planned = match plan_or_fail(&input, &out, &options, &progress, "migrate") {
        Ok(p) => p,
        Err(code) => return code,
    };
    if let Some(c) = planned.checkpoint.as_ref().filter(|c| resume && c.reused > 0 && !quiet && !json) {
        shown.note(&format!(
            "resumed: {} objects taken from {}, {} converted now",
            c.reused,
            c.journal.display(),
            c.converted
        ));
    }
    let (result, report) = match pipeline::write_with_report(&out, planned, &options.hooks, &progress) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    shown.finish();
    if json {
        print!("{}", datamigrate_core::report::json(&report));
    } else {
        // Warnings and errors with their place; --quiet keeps only errors.
        let shown = |sev: Severity| sev == Severity::Error || (!quiet && sev == Severity::Warning);
        for o in &result.objects {
            for d in o.diagnostics.iter().filter(|d| shown(d.severity)) {
                eprintln!("{} {}: {} {} [{}]", d.severity.as_str(), d.location(), d.code, d.message, o.object);
            }
        }
        for d in result.diagnostics.iter().filter(|d| shown(d.severity)) {
            eprintln!("{} {}: {} {}", d.severity.as_str(), d.location(), d.code, d.message);
        }
        let s = &result.stats;
        println!(
            "{}: {} objects → {} ({} converted, {} with warnings, {} need review, {} blocked, {} failed); report: {}",
            result.project,
            result.objects.len(),
            out.display(),
            s.converted,
            s.converted_with_warnings,
            s.needs_review,
            s.blocked,
            s.failed,
            out.join("migration_report.md").display()
        );
    }
    let mut code = result.exit_code() as u8;
    if let Some(dbt) = validate_with {
        let v = validate(&out, dbt, false);
        code = code.max(v);
    }
    code
}

/// Plan the run; a fatal error, or nothing to work on (no .sql files, nothing readable), prints
/// why and gives exit code 2 (nothing is written).
fn plan_or_fail(
    input: &std::path::Path,
    out: &std::path::Path,
    options: &Options,
    progress: &(dyn Fn(Progress) + Sync),
    verb: &str,
) -> Result<pipeline::Planned, u8> {
    let planned = pipeline::plan(input, options, progress).map_err(|e| {
        eprintln!("error: {e}");
        2u8
    })?;
    if planned.result.nothing_to_migrate() {
        for d in &planned.result.diagnostics {
            eprintln!("{} {}: {} {}", d.severity.as_str(), d.location(), d.code, d.message);
        }
        eprintln!("error: nothing to {verb} in {}; {} was not written", input.display(), out.display());
        return Err(2);
    }
    Ok(planned)
}

fn assess(input: &std::path::Path, out: &std::path::Path, target: &str, jobs: Option<usize>, json: bool) -> u8 {
    use datamigrate_core::report::{Classification, ReportKind};
    let Some(target) = Target::from_name(target) else {
        eprintln!("error: unknown target `{target}`; targets: {}", Target::names());
        return 2;
    };
    if !input.exists() {
        eprintln!("error: input {} does not exist", input.display());
        return 2;
    }
    // A previous report inside the input folder is not input.
    let options = Options::new(target).with_jobs(jobs).excluding(out.to_path_buf()).assessment_only();
    let planned = match plan_or_fail(input, out, &options, &|_| {}, "assess") {
        Ok(p) => p,
        Err(code) => return code,
    };
    let report = planned.report(ReportKind::Assessment);
    if let Err(e) = pipeline::write_assessment(out, &report) {
        eprintln!("error: {e}");
        return 2;
    }
    if json {
        print!("{}", datamigrate_core::report::json(&report));
    } else {
        let n = |c: Classification| report.summary.by_classification.get(c.as_str()).copied().unwrap_or(0);
        println!(
            "{}: {} objects ({} auto, {} auto with warnings, {} need review, {} unsupported), {} dependencies, {} in cycles, {} unresolved names; report: {}",
            report.project,
            report.objects.len(),
            n(Classification::Auto),
            n(Classification::AutoWithWarnings),
            n(Classification::NeedsReview),
            n(Classification::Unsupported),
            report.graph.edges.len(),
            report.graph.cycles.len(),
            report.graph.unresolved.len(),
            out.join("assessment.html").display()
        );
    }
    planned.result.exit_code() as u8
}

fn transpile(to: &str, input: &str, json: bool) -> u8 {
    use datamigrate_core::transpile::script::transpile_script;
    let Some(target) = Target::from_name(to) else {
        eprintln!("error: unknown target `{to}`; targets: {}", Target::names());
        return 2;
    };
    let (name, bytes) = if input == "-" {
        let mut buf = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
            eprintln!("error: cannot read standard input: {e}");
            return 2;
        }
        ("<stdin>".to_string(), buf)
    } else {
        match std::fs::read(input) {
            Ok(b) => (input.to_string(), b),
            Err(e) => {
                eprintln!("error: cannot read {input}: {e}");
                return 2;
            }
        }
    };
    let out = transpile_script(&name, bytes, target);
    let sources = &out.sources;
    let located = |d: &datamigrate_core::Diagnostic| -> serde_json::Value {
        let lc = d.span.map(|s| sources.line_col(s));
        serde_json::json!({
            "code": d.code.as_str(),
            "severity": d.severity.as_str(),
            "message": d.message,
            "location": d.span.map(|s| sources.location(s)),
            "line": lc.map(|l| l.line),
            "column": lc.map(|l| l.column),
        })
    };
    let show = |d: &datamigrate_core::Diagnostic| {
        let at = d.span.map(|s| sources.location(s)).unwrap_or_else(|| name.clone());
        eprintln!("{} {at}: {} {}", d.severity.as_str(), d.code, d.message);
    };
    for d in &out.diagnostics {
        show(d);
    }
    for s in &out.statements {
        if json {
            let lc = sources.line_col(s.span);
            let line = serde_json::json!({
                "input_span": {"start": s.span.start, "end": s.span.end, "line": lc.line, "column": lc.column},
                "sql": s.sql,
                "diagnostics": s.diagnostics.iter().map(located).collect::<Vec<_>>(),
            });
            println!("{line}");
        } else {
            for d in &s.diagnostics {
                show(d);
            }
            if let Some(sql) = &s.sql {
                println!("{sql};");
            }
        }
    }
    if out.statements.is_empty() && !out.is_complete() {
        2
    } else if out.is_complete() {
        0
    } else {
        1
    }
}

fn parse(input: &std::path::Path, stats: bool, jobs: Option<usize>) -> u8 {
    if !input.exists() {
        eprintln!("error: input {} does not exist", input.display());
        return 2;
    }
    let s = match pipeline::parse_stats(input, jobs) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    if stats {
        println!("{}", serde_json::to_string(&s).unwrap_or_default());
    } else {
        for d in &s.located {
            eprintln!("{} {}: {} {}", d.severity.as_str(), d.location(), d.code, d.message);
        }
        println!(
            "{} files, {} bytes, {} batches, {} statements, {} unparsed, {} diagnostics",
            s.files,
            s.bytes,
            s.batches,
            s.statements,
            s.unparsed,
            s.diagnostics.values().sum::<usize>()
        );
    }
    if s.files == 0 {
        2
    } else if s.unparsed > 0 {
        1
    } else {
        0
    }
}

fn validate(project: &std::path::Path, dbt: Option<PathBuf>, json: bool) -> u8 {
    match datamigrate_core::validate(project, &ValidateOptions::default().with_dbt(dbt)) {
        Ok(v) => {
            if json {
                println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
            } else {
                let counts: Vec<String> = v.counts.iter().map(|(k, n)| format!("{n} {k}")).collect();
                for f in &v.failures {
                    eprintln!(
                        "dbt {} {}{}: {}",
                        f.status,
                        f.unique_id,
                        f.object.as_ref().map(|o| format!(" (from {o})")).unwrap_or_default(),
                        f.message.as_deref().unwrap_or("")
                    );
                }
                println!("dbt build {}: {}", if v.passed { "passed" } else { "FAILED" }, counts.join(", "));
            }
            if v.passed {
                0
            } else {
                1
            }
        }
        Err(e) => {
            eprintln!("error[{}]: {e}", e.code());
            2
        }
    }
}
