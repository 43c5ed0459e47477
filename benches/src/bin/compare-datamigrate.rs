//! The datamigrate side of `benches/compare`: writes the statement list every tool reads, says
//! which statements datamigrate accepts, and times datamigrate on a statement list in-process.
//!
//! A statement list is statement texts each followed by a line `GO`, so datamigrate reads it as a
//! script of one-statement batches and the Python tools split it on `"\nGO\n"`. Throughput counts
//! the bytes of the statement texts only (not the separators), the same number for every tool.
//!
//! ```text
//! compare-datamigrate prepare <out.sql> <bytes> <seed>   statements of generate_corpus(bytes, seed)
//! compare-datamigrate check <list.sql> <out.tsv>         per statement: parse, duckdb, snowflake (1/0)
//! compare-datamigrate time <list.sql> <task> <repeats>   task: parse | duckdb | snowflake
//! ```

use datamigrate_core::parse::{parse_batch, ParsedBatch, Stmt};
use datamigrate_core::source::{load_memory, split_batches, Batch};
use datamigrate_core::transpile::script::transpile_files;
use datamigrate_core::{Diagnostic, Severity, Target};
use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

/// Ends every statement in a list; the Python side splits on it too.
const SEPARATOR: &str = "\nGO\n";

const USAGE: &str = "usage:
  compare-datamigrate prepare <out.sql> <bytes> <seed>
  compare-datamigrate check <list.sql> <out.tsv>
  compare-datamigrate time <list.sql> <parse|duckdb|snowflake> <repeats>   (after one untimed run)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let outcome = match words.as_slice() {
        ["prepare", out, bytes, seed] => match (bytes.parse::<usize>(), seed.parse::<u64>()) {
            (Ok(bytes), Ok(seed)) => prepare(out, bytes, seed),
            _ => Err(format!("prepare: <bytes> and <seed> must be whole numbers\n{USAGE}")),
        },
        ["check", list, out] => check(list, out),
        ["time", list, task, repeats] => match repeats.parse::<usize>() {
            Ok(n) if n > 0 => time(list, task, n),
            _ => Err(format!("time: <repeats> must be a positive whole number\n{USAGE}")),
        },
        _ => Err(USAGE.to_string()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("compare-datamigrate: {message}");
            ExitCode::from(2)
        }
    }
}

/// Write the statements of a generated corpus as a statement list. Statements datamigrate cannot
/// parse are kept: `check` reports them like any tool's rejections.
fn prepare(out: &str, bytes: usize, seed: u64) -> Result<(), String> {
    let sql = datamigrate_benches::generate_corpus(bytes, seed);
    let loaded = load_memory(vec![("corpus.sql".to_string(), sql.into_bytes())]);
    let mut list = String::new();
    let mut count = 0usize;
    for file in &loaded.sources.files {
        for batch in split_batches(file).batches {
            for statement in parse_batch(&batch).statements {
                let (start, end) = (statement.span.start as usize, statement.span.end as usize);
                let Some(text) = file.text.get(start..end).map(str::trim) else { continue };
                if text.is_empty() || text.contains(SEPARATOR) {
                    continue;
                }
                list.push_str(text);
                list.push_str(SEPARATOR);
                count += 1;
            }
        }
    }
    std::fs::write(out, list).map_err(|e| format!("cannot write {out}: {e}"))?;
    eprintln!("compare-datamigrate: wrote {count} statements to {out}");
    Ok(())
}

fn read_list(path: &str) -> Result<(Vec<u8>, usize, usize), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| format!("{path} is not UTF-8: {e}"))?;
    let (count, statement_bytes) =
        text.split(SEPARATOR).filter(|s| !s.is_empty()).fold((0, 0), |(n, b), s| (n + 1, b + s.len()));
    Ok((bytes, count, statement_bytes))
}

fn is_error(d: &Diagnostic) -> bool {
    d.severity == Severity::Error
}

/// A batch (one statement of the list) parsed without an unparsed statement or an error.
fn parsed_cleanly(parsed: &ParsedBatch) -> bool {
    !parsed.statements.is_empty()
        && parsed.statements.iter().all(|s| !matches!(s.stmt, Stmt::Unparsed { .. }))
        && !parsed.diagnostics.iter().any(is_error)
}

fn batches_of(bytes: &[u8]) -> Vec<Batch> {
    let loaded = load_memory(vec![("statements.sql".to_string(), bytes.to_vec())]);
    loaded.sources.files.iter().flat_map(|f| split_batches(f).batches).collect()
}

/// Per statement of the list: does datamigrate parse it, and does `transpile` give target SQL
/// for it (every statement of its batch has SQL and no error) for duckdb and for snowflake?
fn check(list: &str, out: &str) -> Result<(), String> {
    let (bytes, count, _) = read_list(list)?;
    let batches = batches_of(&bytes);
    if batches.len() != count {
        return Err(format!("{list}: {count} statements but {} GO batches; cannot line them up", batches.len()));
    }
    let parse_ok: Vec<bool> = batches.iter().map(|b| parsed_cleanly(&parse_batch(b))).collect();
    let starts: Vec<u32> = batches.iter().map(|b| b.range.start).collect();
    let mut columns = vec![parse_ok];
    for target in [Target::DuckDb, Target::Snowflake] {
        let script = transpile_files(vec![("statements.sql".to_string(), bytes.clone())], target);
        let mut seen = vec![false; count];
        let mut ok = vec![true; count];
        for s in &script.statements {
            // The batch holding the statement: the last one starting at or before it.
            let i = starts.partition_point(|&start| start <= s.span.start).saturating_sub(1);
            seen[i] = true;
            ok[i] &= s.sql.is_some() && !s.diagnostics.iter().any(is_error);
        }
        columns.push(ok.iter().zip(&seen).map(|(ok, seen)| *ok && *seen).collect());
    }
    let mut tsv = String::from("parse\tduckdb\tsnowflake\n");
    for i in 0..count {
        let row: Vec<&str> = columns.iter().map(|c| if c[i] { "1" } else { "0" }).collect();
        tsv.push_str(&row.join("\t"));
        tsv.push('\n');
    }
    std::fs::write(out, tsv).map_err(|e| format!("cannot write {out}: {e}"))
}

/// Time one task over the whole list `repeats` times, single thread; print one JSON line.
/// `parse` is load (UTF-8 check, line index) + GO split + parse; a transpile task is the
/// `transpile` command's whole work (load, split, parse, catalog, convert, print).
fn time(list: &str, task: &str, repeats: usize) -> Result<(), String> {
    let (bytes, count, statement_bytes) = read_list(list)?;
    let target = match task {
        "parse" => None,
        "duckdb" => Some(Target::DuckDb),
        "snowflake" => Some(Target::Snowflake),
        other => return Err(format!("unknown task `{other}`\n{USAGE}")),
    };
    let mut seconds = Vec::with_capacity(repeats);
    // One untimed run first, as the Python tools get: the timed runs measure the steady state (a
    // fresh process's first run also pays for memory the allocator has not mapped yet).
    for run in 0..=repeats {
        let input = vec![("statements.sql".to_string(), bytes.clone())];
        let start = Instant::now();
        let produced = match target {
            None => {
                let loaded = load_memory(input);
                let batches: Vec<Batch> = loaded.sources.files.iter().flat_map(|f| split_batches(f).batches).collect();
                batches.iter().map(|b| parse_batch(b).statements.len()).sum::<usize>()
            }
            Some(target) => transpile_files(input, target).statements.iter().filter(|s| s.sql.is_some()).count(),
        };
        if run > 0 {
            seconds.push(start.elapsed().as_secs_f64());
        }
        black_box(produced);
    }
    let list_of: Vec<String> = seconds.iter().map(|s| format!("{s:.6}")).collect();
    println!(
        "{{\"tool\": \"datamigrate\", \"task\": \"{task}\", \"statements\": {count}, \"bytes\": {statement_bytes}, \"seconds\": [{}]}}",
        list_of.join(", ")
    );
    Ok(())
}
