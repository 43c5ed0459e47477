//! Generated documentation stays in step with the code.

use datamigrate_tests::repo_root;

#[test]
fn diagnostics_reference_is_current() {
    let path = repo_root().join("docs/diagnostics.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = datamigrate_core::diagnostics::codes::render_markdown();
    assert!(
        committed == generated,
        "docs/diagnostics.md is stale: regenerate it with `cargo run -p datamigrate -- codes --markdown > docs/diagnostics.md`"
    );
}

#[test]
fn every_code_in_the_code_base_is_documented_and_used() {
    // Each code in the registry is mentioned somewhere in core's sources besides the registry
    // itself, so the table documents only codes that can actually be emitted.
    let mut sources = String::new();
    let mut stack = vec![repo_root().join("core/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") && !p.ends_with("codes.rs") {
                sources.push_str(&std::fs::read_to_string(&p).unwrap_or_default());
            }
        }
    }
    let unused: Vec<&str> = datamigrate_core::diagnostics::Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !sources.contains(&format!("Code::{c}")))
        .collect();
    assert!(unused.is_empty(), "codes never emitted: {unused:?}");
}
