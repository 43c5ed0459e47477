//! Issue #6, acceptance 5: `assess` on a generated estate of at least 10,000 objects must finish
//! the graph and the report in under twice the parse time. Single thread throughout.
//!
//! - `parse`: load, split GO batches, parse every batch (what `datamigrate parse` does).
//! - `graph_and_report`: from parsed batches, catalog + analysis (the graph), then the report
//!   built from a finished plan and rendered to JSON, Markdown and HTML.
//! - `assess`: the whole `assess` in memory: load → parse → catalog → analyze → convert
//!   (classification comes from converting) → report → JSON, Markdown, HTML.
//!
//! Run: `cargo bench -p datamigrate-benches --bench assess` (release; never part of the tests).
//! `DATAMIGRATE_BENCH_OBJECTS` changes the estate size (default 10,000). Figures go in
//! benches/RESULTS.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use datamigrate_benches::generate_corpus_objects;
use datamigrate_core::catalog::build_catalog;
use datamigrate_core::parse::{parse_batch, ParsedBatch};
use datamigrate_core::pipeline::{plan_loaded, Options};
use datamigrate_core::report::{html, json, markdown, ReportKind};
use datamigrate_core::source::{load_memory, split_batches, Loaded};
use std::hint::black_box;
use std::time::Duration;

fn parse_all(loaded: &Loaded) -> Vec<ParsedBatch> {
    loaded.sources.files.iter().flat_map(|f| split_batches(f).batches).map(|b| parse_batch(&b)).collect()
}

fn benches(c: &mut Criterion) {
    let objects: usize = std::env::var("DATAMIGRATE_BENCH_OBJECTS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let sql = generate_corpus_objects(objects, 42).into_bytes();
    let files = vec![("bench.sql".to_string(), sql)];
    let options = Options::default().with_jobs(Some(1)).assessment_only();
    // Say what is measured: objects and bytes of this estate.
    let planned = plan_loaded(load_memory(files.clone()), "bench", &options, &|_| {}).unwrap_or_else(|e| panic!("{e}"));
    let report = planned.report(ReportKind::Assessment);
    let bytes = files[0].1.len();
    eprintln!(
        "assess bench: {} objects, {} bytes, {} edges, report json {} B, md {} B, html {} B",
        report.objects.len(),
        bytes,
        report.graph.edges.len(),
        json(&report).len(),
        markdown(&report).len(),
        html(&report).len()
    );

    let mut g = c.benchmark_group("assess_10k");
    g.sample_size(10).measurement_time(Duration::from_secs(20)).throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("parse", |b| {
        b.iter(|| {
            let loaded = load_memory(black_box(files.clone()));
            black_box(parse_all(&loaded))
        })
    });
    let loaded = load_memory(files.clone());
    let parsed = parse_all(&loaded);
    g.bench_function("graph_and_report", |b| {
        b.iter(|| {
            let built = build_catalog(black_box(&parsed));
            let analysis = datamigrate_core::analyze::analyze(&built.catalog);
            let report = planned.report(ReportKind::Assessment);
            black_box((analysis, json(&report), markdown(&report), html(&report)))
        })
    });
    g.bench_function("assess", |b| {
        b.iter(|| {
            let planned = plan_loaded(load_memory(black_box(files.clone())), "bench", &options, &|_| {})
                .unwrap_or_else(|e| panic!("{e}"));
            let report = planned.report(ReportKind::Assessment);
            black_box((json(&report), markdown(&report), html(&report)))
        })
    });
    g.finish();
}

criterion_group!(assess, benches);
criterion_main!(assess);
