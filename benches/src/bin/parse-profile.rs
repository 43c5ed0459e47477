//! A fixed amount of parse work for instruction-count profiling (callgrind, perf):
//! `parse-profile <ours|split|split_parse|sqlparser|tokenize> [kib] [iterations]`.
//!
//! Build with `cargo build --profile profiling -p datamigrate-benches --bin parse-profile`, then
//! e.g. `valgrind --tool=callgrind target/profiling/parse-profile ours 1024 1`. The corpus is
//! `generate_corpus(kib * 1024, 42)`, the same input as the parse bench; generating it is outside
//! the measured function `work`, so callgrind's inclusive cost of `work` is the parse alone.

use datamigrate_benches::generate_corpus;
use datamigrate_core::parse::parse_batch;
use datamigrate_core::source::{load_memory, split_batches, Batch, SourceFile};
use sqlparser::dialect::MsSqlDialect;
use sqlparser::parser::{Parser, ParserOptions};
use sqlparser::tokenizer::Tokenizer;
use std::hint::black_box;
use std::process::ExitCode;

#[inline(never)]
fn work(mode: &str, file: &SourceFile, batches: &[Batch]) -> usize {
    match mode {
        "ours" => batches.iter().map(|b| parse_batch(b).statements.len()).sum(),
        "split" => split_batches(file).batches.len(),
        "split_parse" => split_batches(file).batches.iter().map(|b| parse_batch(b).statements.len()).sum(),
        "sqlparser" => {
            let dialect = MsSqlDialect {};
            let options = ParserOptions { require_semicolon_stmt_delimiter: false, ..ParserOptions::new() };
            batches
                .iter()
                .map(|b| {
                    Parser::new(&dialect)
                        .with_options(options.clone())
                        .try_with_sql(&b.text)
                        .and_then(|mut p| p.parse_statements())
                        .map(|s| s.len())
                        .unwrap_or(0)
                })
                .sum()
        }
        "tokenize" => {
            let dialect = MsSqlDialect {};
            batches
                .iter()
                .map(|b| Tokenizer::new(&dialect, &b.text).tokenize_with_location().map(|t| t.len()).unwrap_or(0))
                .sum()
        }
        _ => 0,
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let mode = args.get(1).map(String::as_str).unwrap_or("ours");
    if !matches!(mode, "ours" | "split" | "split_parse" | "sqlparser" | "tokenize") {
        eprintln!("usage: parse-profile <ours|split|split_parse|sqlparser|tokenize> [kib] [iterations]");
        return ExitCode::from(2);
    }
    let kib = args.get(2).and_then(|s| s.parse::<usize>().ok()).unwrap_or(1024);
    let iterations = args.get(3).and_then(|s| s.parse::<usize>().ok()).unwrap_or(1);
    let sql = generate_corpus(kib * 1024, 42);
    let loaded = load_memory(vec![("bench.sql".into(), sql.into_bytes())]);
    let file = &loaded.sources.files[0];
    let batches = split_batches(file).batches;
    let mut total = 0;
    let started = std::time::Instant::now();
    for _ in 0..iterations {
        total += work(black_box(mode), black_box(file), black_box(&batches));
    }
    let seconds = started.elapsed().as_secs_f64();
    let mb = (file.text.len() * iterations) as f64 / 1e6;
    println!(
        "{mode}: {total} ({} bytes, {} batches, {iterations} iterations) {seconds:.3} s, {:.2} MB/s",
        file.text.len(),
        batches.len(),
        mb / seconds.max(1e-9)
    );
    ExitCode::SUCCESS
}
