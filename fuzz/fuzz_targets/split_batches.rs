//! Any bytes: decoding and GO splitting never panic, and batches stay inside the file.
#![no_main]
use datamigrate_core::source::{load_memory, split_batches};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let loaded = load_memory(vec![("f.sql".into(), data.to_vec())]);
    for file in &loaded.sources.files {
        for b in split_batches(file).batches {
            assert!(b.range.end as usize <= file.text.len());
        }
    }
});
