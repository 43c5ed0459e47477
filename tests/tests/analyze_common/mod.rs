//! Helpers shared by the analyzer tests: analyze files, render lineage.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use datamigrate_core::analyze::{analyze, Analysis, ColumnLineage, ColumnRef};
use datamigrate_core::catalog::{build_catalog, Catalog};
use datamigrate_core::parse::parse_batch;
use datamigrate_core::source::{split_batches, Loaded, SourceSet};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Parse every batch of the loaded files, fold the catalog and analyze it.
pub fn analyzed(loaded: Loaded) -> (SourceSet, Catalog, Analysis) {
    let mut parsed = Vec::new();
    for file in &loaded.sources.files {
        for batch in &split_batches(file).batches {
            parsed.push(parse_batch(batch));
        }
    }
    let built = build_catalog(&parsed);
    let analysis = analyze(&built.catalog);
    (loaded.sources, built.catalog, analysis)
}

/// `object.column, ...`.
pub fn refs(s: &BTreeSet<ColumnRef>) -> String {
    s.iter().map(|r| format!("{}.{}", r.object, r.column)).collect::<Vec<_>>().join(", ")
}

/// One line per output column: `column <- [sources]`, then `base [...]` when tracing through
/// views changes them and `unresolved [...]` when a name matched nothing.
pub fn render_lineage(out: &mut String, indent: &str, lineage: &[ColumnLineage]) {
    for l in lineage {
        let _ = write!(out, "{indent}{} <- [{}]", l.column, refs(&l.sources));
        if l.base_sources != l.sources {
            let _ = write!(out, "\n{indent}    base [{}]", refs(&l.base_sources));
        }
        if !l.unresolved.is_empty() {
            let u: Vec<&str> = l.unresolved.iter().map(String::as_str).collect();
            let _ = write!(out, "\n{indent}    unresolved [{}]", u.join(", "));
        }
        out.push('\n');
    }
}
