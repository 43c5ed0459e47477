//! Transpile throughput on the generated 1 MiB estate, single thread: `transpile_files` (load,
//! GO split, parse, schema catalog, rewrite, print) to DuckDB and Snowflake, as the `transpile`
//! command runs it on a whole script. Issue #5's throughput figure is this bench's DuckDB row.
//!
//! Run: `cargo bench -p datamigrate-benches --bench transpile`. Figures go in benches/RESULTS.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use datamigrate_benches::generate_corpus;
use datamigrate_core::transpile::script::transpile_files;
use datamigrate_core::Target;
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let sql = generate_corpus(1024 * 1024, 42).into_bytes();
    let mut g = c.benchmark_group("generated_1mib");
    g.throughput(Throughput::Bytes(sql.len() as u64));
    for (name, target) in [("transpile_duckdb", Target::DuckDb), ("transpile_snowflake", Target::Snowflake)] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let out = transpile_files(vec![("bench.sql".to_string(), black_box(sql.clone()))], target);
                black_box(out.statements.iter().filter(|s| s.sql.is_some()).count())
            })
        });
    }
    g.finish();
}

criterion_group!(name = transpile; config = Criterion::default().sample_size(10); targets = benches);
criterion_main!(transpile);
