//! Inputs for datamigrate's benchmarks.

use datamigrate_core::source::load_path;
use std::path::Path;

/// The sample corpus as raw files (`path`, bytes), so a benchmark pays for decoding too.
pub fn corpus_files() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let loaded = load_path(&root);
    loaded
        .sources
        .files
        .iter()
        .map(|f| (f.path.clone(), std::fs::read(root.join(&f.path)).unwrap_or_default()))
        .collect()
}
