//! Parse throughput on a generated 1 MiB estate, single thread: datamigrate's parser (T-SQL
//! dialect layer, recovery, our own DDL and routine nodes) next to plain sqlparser with
//! `MsSqlDialect` on the same GO batches (which fails on much of it; failures are cheap for it).
//!
//! Run: `cargo bench -p datamigrate-benches --bench parse`. Figures go in benches/RESULTS.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use datamigrate_benches::generate_corpus;
use datamigrate_core::parse::parse_batch;
use datamigrate_core::source::{load_memory, split_batches};
use sqlparser::dialect::MsSqlDialect;
use sqlparser::parser::{Parser, ParserOptions};
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let sql = generate_corpus(1024 * 1024, 42);
    let loaded = load_memory(vec![("bench.sql".into(), sql.clone().into_bytes())]);
    let batches = split_batches(&loaded.sources.files[0]).batches;
    let mut g = c.benchmark_group("generated_1mib");
    g.throughput(Throughput::Bytes(sql.len() as u64));
    g.bench_function("datamigrate_split_and_parse", |b| {
        b.iter(|| {
            let batches = split_batches(black_box(&loaded.sources.files[0])).batches;
            black_box(batches.iter().map(|b| parse_batch(b).statements.len()).sum::<usize>())
        })
    });
    g.bench_function("datamigrate_parse_batches", |b| {
        b.iter(|| black_box(batches.iter().map(|b| parse_batch(b).statements.len()).sum::<usize>()))
    });
    let dialect = MsSqlDialect {};
    g.bench_function("sqlparser_mssql_parse_batches", |b| {
        b.iter(|| {
            let options = ParserOptions { require_semicolon_stmt_delimiter: false, ..ParserOptions::new() };
            black_box(
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
                    .sum::<usize>(),
            )
        })
    });
    g.finish();
}

criterion_group!(name = parse; config = Criterion::default().sample_size(10); targets = benches);
criterion_main!(parse);
