//! Any text: parsing every batch never panics and every statement span lies inside the file.
#![no_main]
use datamigrate_core::parse::parse_batch;
use datamigrate_core::source::{load_memory, split_batches};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let loaded = load_memory(vec![("f.sql".into(), text.as_bytes().to_vec())]);
    for file in &loaded.sources.files {
        for b in split_batches(file).batches {
            for s in parse_batch(&b).statements {
                assert!(s.span.end as usize <= file.text.len());
            }
        }
    }
});
