//! Criterion benches of the phases on the sample corpus: split + parse, catalog + analyze, and the
//! whole migration plan (everything but writing files). Throughput is in bytes of T-SQL.
//!
//! Run: `cargo bench -p datamigrate-benches` (release build; not part of CI). Figures go in
//! benches/RESULTS.md with the machine and date.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use datamigrate_benches::corpus_files;
use datamigrate_core::catalog::build_catalog;
use datamigrate_core::parse::{parse_batch, ParsedBatch};
use datamigrate_core::pipeline::{plan_loaded, Options};
use datamigrate_core::source::{load_memory, split_batches, Loaded};
use std::hint::black_box;

fn parse_all(loaded: &Loaded) -> Vec<ParsedBatch> {
    loaded.sources.files.iter().flat_map(|f| split_batches(f).batches).map(|b| parse_batch(&b)).collect()
}

fn benches(c: &mut Criterion) {
    let files = corpus_files();
    let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("load_split_parse", |b| {
        b.iter(|| {
            let loaded = load_memory(black_box(files.clone()));
            black_box(parse_all(&loaded))
        })
    });
    let loaded = load_memory(files.clone());
    let parsed = parse_all(&loaded);
    g.bench_function("catalog_analyze", |b| {
        b.iter(|| {
            let built = build_catalog(black_box(&parsed));
            black_box(datamigrate_core::analyze::analyze(&built.catalog))
        })
    });
    let options = Options::default().with_jobs(Some(1));
    g.bench_function("plan_single_thread", |b| {
        b.iter(|| {
            let planned = plan_loaded(load_memory(black_box(files.clone())), "bench", &options, &|_| {});
            black_box(planned.map(|p| p.files.len()).unwrap_or(0))
        })
    });
    g.finish();
}

criterion_group!(name = pipeline; config = Criterion::default().sample_size(20); targets = benches);
criterion_main!(pipeline);
