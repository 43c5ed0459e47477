//! Scaling of the whole migration plan (`pipeline::plan_loaded`, in memory, target duckdb) on
//! generated corpora: wall time per phase from the progress callback, for several `--jobs`, and
//! the serial fraction and Amdahl bounds that follow. Used by `benches/compare scaling`.
//!
//! ```text
//! scaling run [--mb 1,10,100] [--jobs 1,2] [--repeat 3] [--seed 42]
//! scaling write-dir <dir> <mb> [seed]     the same corpus as files, for a CLI run
//! ```
//!
//! MB is 10^6 bytes. A corpus is `generate_corpus(mb * 10^6, seed)` cut into files of about
//! 1 MB at `GO` lines (an SSMS export of a large database is many files, and files are what a
//! real input is split on).
//!
//! Serial fraction, measured: the plan runs with `Options::with_section_times`, which splits each
//! phase's wall time into time inside the pipeline's parallel sections and time outside them
//! (merges, graph order, dbt names, lookups between sections) plus serial work done beside a
//! section (handing parsed batches to the catalog builder, overlapped with parsing);
//! see `datamigrate_core::sections`. At one worker, (serial + `load_memory`, which runs before the
//! pool) ÷ total is Amdahl's `s`, and the bounds for 16 and 64 cores follow from it. The older
//! estimate from two worker counts (per phase `s = (n·tn − t1) / (n − 1)`, clamped to `[0, t1]`)
//! is printed beside it as a cross-check; it carries all the noise of two timings.

use datamigrate_core::pipeline::{plan_loaded, Options, Phase, Progress};
use datamigrate_core::sections::PhaseTime;
use datamigrate_core::source::load_memory;
use datamigrate_core::Target;
use std::hint::black_box;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const USAGE: &str = "usage:
  scaling run [--mb 1,10,100] [--jobs 1,2] [--repeat 3] [--seed 42]
  scaling write-dir <dir> <mb> [seed]";

/// Bytes per generated file.
const FILE_BYTES: usize = 1_000_000;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.first().map(String::as_str) {
        Some("run") => parse_run(&args[1..]).and_then(|r| run(&r)),
        Some("write-dir") => write_dir(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("scaling: {message}");
            ExitCode::from(2)
        }
    }
}

struct RunArgs {
    sizes_mb: Vec<usize>,
    jobs: Vec<usize>,
    repeat: usize,
    seed: u64,
}

fn numbers<T: std::str::FromStr>(flag: &str, text: &str) -> Result<Vec<T>, String> {
    text.split(',')
        .map(|n| n.trim().parse::<T>().map_err(|_| format!("{flag}: `{n}` is not a whole number\n{USAGE}")))
        .collect()
}

fn parse_run(args: &[String]) -> Result<RunArgs, String> {
    let mut r = RunArgs { sizes_mb: vec![1, 10, 100], jobs: vec![1, 2], repeat: 3, seed: 42 };
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--mb" => r.sizes_mb = numbers("--mb", value)?,
            "--jobs" => r.jobs = numbers("--jobs", value)?,
            "--repeat" => r.repeat = numbers::<usize>("--repeat", value)?.first().copied().unwrap_or(1).max(1),
            "--seed" => r.seed = numbers::<u64>("--seed", value)?.first().copied().unwrap_or(42),
            other => return Err(format!("unknown flag `{other}`\n{USAGE}")),
        }
    }
    if r.jobs.contains(&0) || r.sizes_mb.contains(&0) {
        return Err(format!("--mb and --jobs must be positive\n{USAGE}"));
    }
    Ok(r)
}

/// The generated corpus as files of about [`FILE_BYTES`], cut after `GO` lines.
fn corpus_files(mb: usize, seed: u64) -> Vec<(String, Vec<u8>)> {
    let sql = datamigrate_benches::generate_corpus(mb * 1_000_000, seed);
    let mut files = Vec::new();
    let mut rest = sql.as_str();
    while !rest.is_empty() {
        let cut = match rest.get(FILE_BYTES..).and_then(|tail| tail.find("\nGO\n")) {
            Some(at) => FILE_BYTES + at + "\nGO\n".len(),
            None => rest.len(),
        };
        let (head, tail) = rest.split_at(cut);
        files.push((format!("part{:04}.sql", files.len() + 1), head.as_bytes().to_vec()));
        rest = tail;
    }
    files
}

fn write_dir(args: &[String]) -> Result<(), String> {
    let (Some(dir), Some(mb)) = (args.first(), args.get(1).and_then(|m| m.parse::<usize>().ok())) else {
        return Err(USAGE.to_string());
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(42);
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {dir}: {e}"))?;
    for (name, bytes) in corpus_files(mb, seed) {
        let path = std::path::Path::new(dir).join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// The phases as measured: what the progress events let us tell apart.
const PHASES: [&str; 7] = ["load", "split", "parse", "catalog", "analyze", "convert", "files"];
/// Index of the parse phase (its own speed-up is printed).
const PARSE_PHASE: usize = 2;

/// Serial time of each phase by Amdahl's model from its time at one worker (`one`) and at `n`.
fn serial_time(one: &[Duration; 7], many: &[Duration; 7], n: usize) -> f64 {
    let n = n as f64;
    one.iter()
        .zip(many)
        .map(|(t1, tn)| {
            let (t1, tn) = (t1.as_secs_f64(), tn.as_secs_f64());
            ((n * tn - t1) / (n - 1.0)).clamp(0.0, t1)
        })
        .sum()
}

/// Wall time of each of [`PHASES`] for one plan.
///
/// - load: `load_memory` (decode, line index), before `plan_loaded`;
/// - split: from the call to the first Parse event (thread pool start, GO splitting);
/// - parse: Parse start to the Catalog event (chunks parsed in parallel and routed to the
///   catalog's partitions, each handed to the builder on one worker while the next is parsed;
///   ADR 0014, ADR 0016);
/// - catalog: to the Analyze event (the partitions folded and merged, then table data; ADR 0016);
///   analyze: to the first Convert event (includes the dbt plan
///   and view column inference that `convert_all` does before its loop);
/// - convert: first to last Convert event; files: from there to the return of `plan_loaded`
///   (project files, report data).
fn plan_once(files: Vec<(String, Vec<u8>)>, jobs: usize) -> Result<Measured, String> {
    let marks: Mutex<Vec<(Phase, bool, Instant)>> = Mutex::new(Vec::new());
    let on_progress = |p: Progress| {
        let is_end = p.done == p.total;
        if let Ok(mut m) = marks.lock() {
            let changed = m.last().is_none_or(|(phase, _, _)| *phase != p.phase);
            if changed || (p.phase == Phase::Convert && is_end) {
                m.push((p.phase, is_end, Instant::now()));
            }
        }
    };
    let options = Options::new(Target::DuckDb).with_jobs(Some(jobs)).with_section_times();
    let start = Instant::now();
    let loaded = load_memory(files);
    let loaded_at = Instant::now();
    let planned = plan_loaded(loaded, "bench", &options, &on_progress).map_err(|e| e.to_string())?;
    let end = Instant::now();
    black_box(planned.files.len());
    let sections = planned.section_times.clone();
    drop(planned);
    let marks = marks.into_inner().map_err(|_| "a progress callback panicked".to_string())?;
    let first = |phase: Phase| marks.iter().find(|(p, _, _)| *p == phase).map(|m| m.2);
    let convert_end = marks.iter().rev().find(|(p, is_end, _)| *p == Phase::Convert && *is_end).map(|m| m.2);
    let (Some(parse), Some(catalog), Some(analyze), Some(convert), Some(convert_end)) =
        (first(Phase::Parse), first(Phase::Catalog), first(Phase::Analyze), first(Phase::Convert), convert_end)
    else {
        return Err("the pipeline did not report every phase (Parse, Catalog, Analyze, Convert)".to_string());
    };
    let bounds = [start, loaded_at, parse, catalog, analyze, convert, convert_end, end];
    let mut phases = [Duration::ZERO; 7];
    for (i, d) in phases.iter_mut().enumerate() {
        *d = bounds[i + 1].saturating_duration_since(bounds[i]);
    }
    Ok(Measured { phases, sections })
}

/// One plan: wall time per phase of [`PHASES`], and the sections the pipeline recorded.
#[derive(Clone)]
struct Measured {
    phases: [Duration; 7],
    sections: Vec<PhaseTime>,
}

impl Measured {
    /// Time outside parallel sections: `load_memory` (serial, before the plan) and every
    /// recorded phase's serial time.
    fn serial(&self) -> Duration {
        self.phases[0] + self.sections.iter().map(PhaseTime::serial).sum::<Duration>()
    }
}

fn total(phases: &[Duration; 7]) -> Duration {
    phases.iter().sum()
}

/// The recorded phases' serial and parallel time, summed by phase name in first-seen order.
fn section_rows(sections: &[PhaseTime]) -> Vec<(Phase, Duration, Duration)> {
    let mut rows: Vec<(Phase, Duration, Duration)> = Vec::new();
    for s in sections {
        match rows.iter_mut().find(|r| r.0 == s.phase) {
            Some(r) => {
                r.1 += s.serial();
                r.2 += s.parallel;
            }
            None => rows.push((s.phase, s.serial(), s.parallel)),
        }
    }
    rows
}

fn ms(d: Duration) -> String {
    format!("{:.0}", d.as_secs_f64() * 1000.0)
}

fn run(r: &RunArgs) -> Result<(), String> {
    println!(
        "Whole migration plan (plan_loaded, duckdb, in memory), median of {} runs by total wall time; ms",
        r.repeat
    );
    println!();
    println!("| input | jobs | {} | total | MB/s |", PHASES.join(" | "));
    println!("|---|---|{}---|---|", "---|".repeat(PHASES.len()));
    let mut summary = Vec::new();
    let mut one_worker: Vec<(usize, Vec<f64>, Vec<PhaseTime>)> = Vec::new();
    for &mb in &r.sizes_mb {
        let files = corpus_files(mb, r.seed);
        let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
        // Rounds of one run per worker count, so that a slow spell of the machine falls on every
        // count alike instead of on one of them.
        let mut runs: Vec<Vec<Measured>> = vec![Vec::with_capacity(r.repeat); r.jobs.len()];
        for _ in 0..r.repeat {
            for (i, &jobs) in r.jobs.iter().enumerate() {
                runs[i].push(plan_once(files.clone(), jobs)?);
            }
        }
        let mut medians = Vec::new();
        for (&jobs, mut runs) in r.jobs.iter().zip(runs) {
            runs.sort_by_key(|m| total(&m.phases));
            let median = runs[runs.len() / 2].clone();
            let cells: Vec<String> = median.phases.iter().map(|d| ms(*d)).collect();
            let t = total(&median.phases);
            println!(
                "| {:.1} MB ({} files) | {jobs} | {} | {} | {:.2} |",
                bytes as f64 / 1e6,
                files.len(),
                cells.join(" | "),
                ms(t),
                bytes as f64 / 1e6 / t.as_secs_f64()
            );
            // The measured serial fraction of every run at one worker.
            if jobs == 1 {
                let mut fractions: Vec<f64> =
                    runs.iter().map(|m| m.serial().as_secs_f64() / total(&m.phases).as_secs_f64()).collect();
                fractions.sort_by(f64::total_cmp);
                one_worker.push((bytes, fractions, median.sections.clone()));
            }
            medians.push((jobs, median.phases));
        }
        summary.push((bytes, medians));
    }
    println!();
    println!(
        "Serial fraction s measured at one worker (time outside parallel sections ÷ total; median [range] over the runs), \
         Amdahl bounds from it, and the speed-ups measured"
    );
    println!();
    println!("| input | serial fraction s | Amdahl bound 16 cores | 64 cores | speed-up jobs 1 → n | parse speed-up | s estimated from 1 → n |");
    println!("|---|---|---|---|---|---|---|");
    for (bytes, medians) in &summary {
        let Some((_, one)) = medians.iter().find(|(j, _)| *j == 1) else { continue };
        let Some((_, fractions, _)) = one_worker.iter().find(|(b, _, _)| b == bytes) else { continue };
        let serial = fractions[fractions.len() / 2];
        let amdahl = |n: f64| 1.0 / (serial + (1.0 - serial) / n);
        let mut speedups = Vec::new();
        let mut parse_speedups = Vec::new();
        for (jobs, m) in medians.iter().filter(|(j, _)| *j != 1) {
            speedups.push(format!("{jobs}: {:.2}x", total(one).as_secs_f64() / total(m).as_secs_f64()));
            parse_speedups.push(format!(
                "{jobs}: {:.2}x",
                one[PARSE_PHASE].as_secs_f64() / m[PARSE_PHASE].as_secs_f64().max(1e-9)
            ));
        }
        // The older estimate, from the largest worker count measured.
        let estimate = medians
            .iter()
            .filter(|(j, _)| *j > 1)
            .max_by_key(|(j, _)| *j)
            .map(|(n, many)| format!("{:.1}%", 100.0 * serial_time(one, many, *n) / total(one).as_secs_f64()))
            .unwrap_or_else(|| "–".to_string());
        println!(
            "| {:.1} MB | {:.2}% [{:.2}–{:.2}%] | {:.2}x | {:.2}x | {} | {} | {} |",
            *bytes as f64 / 1e6,
            serial * 100.0,
            fractions[0] * 100.0,
            fractions[fractions.len() - 1] * 100.0,
            amdahl(16.0),
            amdahl(64.0),
            speedups.join(", "),
            parse_speedups.join(", "),
            estimate
        );
    }
    println!();
    println!(
        "Where the serial time goes at one worker (the median run; ms outside / inside parallel sections; \
              `load` is the pipeline's Load phase: thread start and GO splitting, after `load_memory`)"
    );
    println!();
    println!(
        "| input | {} |",
        ["load", "parse", "catalog", "analyze", "convert"].map(|p| format!("{p} serial / parallel")).join(" | ")
    );
    println!("|---|---|---|---|---|---|");
    for (bytes, _, sections) in &one_worker {
        let rows = section_rows(sections);
        let cells: Vec<String> = [Phase::Load, Phase::Parse, Phase::Catalog, Phase::Analyze, Phase::Convert]
            .iter()
            .map(|p| match rows.iter().find(|r| r.0 == *p) {
                Some((_, serial, parallel)) => format!("{} / {}", ms(*serial), ms(*parallel)),
                None => "–".to_string(),
            })
            .collect();
        println!("| {:.1} MB | {} |", *bytes as f64 / 1e6, cells.join(" | "));
    }
    Ok(())
}
