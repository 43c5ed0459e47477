//! Any text: the whole migration plan (parse, catalog, transpile, dbt files) never panics.
#![no_main]
use datamigrate_core::pipeline::{plan_loaded, Options};
use datamigrate_core::source::load_memory;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let loaded = load_memory(vec![("f.sql".into(), text.as_bytes().to_vec())]);
    let _ = plan_loaded(loaded, "fuzz", &Options::default().with_jobs(Some(1)), &|_| {});
});
