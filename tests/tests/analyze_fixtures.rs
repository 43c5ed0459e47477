//! Analyzer fixtures: every `tests/fixtures/analyze/*.sql` is loaded, parsed, folded into a
//! catalog and analyzed; the graph (nodes with class and complexity, edges with synonym chains,
//! external nodes, unresolved references, cycles, dependency order, lineage of views) is
//! snapshotted as `analyze@<file>.snap`. A new case is a new file; no Rust edit.

mod analyze_common;

use analyze_common::{analyzed, render_lineage};
use datamigrate_core::analyze::{Analysis, RefTarget};
use datamigrate_core::source::{load_memory, SourceSet};
use datamigrate_tests::repo_root;
use std::fmt::Write as _;

fn at(sources: &SourceSet, span: datamigrate_core::diagnostics::Span) -> String {
    let lc = sources.line_col(span);
    format!("{}:{}", lc.line, lc.column)
}

fn target(t: &RefTarget) -> String {
    match t {
        RefTarget::Object { key } => key.to_string(),
        RefTarget::External { name } => format!("external {name}"),
        RefTarget::System => "system".into(),
        RefTarget::Unresolved => "UNRESOLVED".into(),
    }
}

fn render(sources: &SourceSet, a: &Analysis) -> String {
    let mut out = String::from("## nodes\n");
    for (key, info) in &a.objects {
        let c = &info.complexity;
        let reasons: Vec<&str> = info.reasons.iter().map(|r| r.as_str()).collect();
        let _ = writeln!(
            out,
            "{} {} @{} class={} reasons=[{}] statements={} depth={} control_flow={} constructs={} score={} effort={}h",
            info.kind.as_str(),
            key,
            at(sources, info.span),
            info.class.as_str(),
            reasons.join(","),
            c.statements,
            c.max_depth,
            c.control_flow,
            c.constructs,
            c.score,
            c.effort_hours
        );
        if !info.depends_on.is_empty() {
            let d: Vec<String> = info.depends_on.iter().map(|k| k.to_string()).collect();
            let _ = writeln!(out, "  depends_on: {}", d.join(", "));
        }
        if !info.uses.is_empty() {
            let d: Vec<String> = info.uses.iter().map(|k| k.to_string()).collect();
            let _ = writeln!(out, "  uses: {}", d.join(", "));
        }
        for r in &info.references {
            let via: Vec<String> = r.via.iter().map(|k| k.to_string()).collect();
            let chain = if via.is_empty() { String::new() } else { format!(" via {}", via.join(" -> ")) };
            let _ = writeln!(
                out,
                "  ref {:?} {} => {}{} @{}",
                r.kind,
                r.name,
                target(&r.target),
                chain,
                at(sources, r.span)
            );
        }
        for u in &info.unknown_edges {
            let _ = writeln!(out, "  unknown edge: {} @{}", u.reason, at(sources, u.span));
        }
        for d in &info.diagnostics {
            let _ = writeln!(out, "  {} @{} {}", d.code, d.span.map(|s| at(sources, s)).unwrap_or_default(), d.message);
        }
        if let Some(l) = &info.lineage {
            out.push_str("  lineage:\n");
            render_lineage(&mut out, "    ", l);
        }
    }
    out.push_str("## external\n");
    for (name, n) in &a.external {
        let by: Vec<String> = n.referenced_by.iter().map(|k| k.to_string()).collect();
        let _ = writeln!(
            out,
            "{name} {:?} server={} database={} schema={} object={} <- {}",
            n.kind,
            n.server.as_deref().unwrap_or("-"),
            n.database,
            n.schema,
            n.object,
            by.join(", ")
        );
    }
    out.push_str("## unresolved\n");
    for u in &a.unresolved {
        let _ = writeln!(out, "{} {:?} {} @{}", u.object, u.kind, u.name, at(sources, u.span));
    }
    out.push_str("## cycles\n");
    for c in &a.cycle_groups {
        let m: Vec<String> = c.iter().map(|k| k.to_string()).collect();
        let _ = writeln!(out, "[{}]", m.join(", "));
    }
    out.push_str("## order\n");
    for (i, k) in a.order.iter().enumerate() {
        let _ = writeln!(out, "{} {k}", i + 1);
    }
    out.push_str("## diagnostics\n");
    for d in &a.diagnostics {
        let _ = writeln!(out, "{} @{} {}", d.code, d.span.map(|s| at(sources, s)).unwrap_or_default(), d.message);
    }
    out
}

#[test]
fn analyze_fixtures() {
    let folder = repo_root().join("tests/fixtures/analyze");
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "{names:?}");
    for name in names {
        let bytes = std::fs::read(folder.join(&name)).unwrap_or_default();
        let (sources, _, a) = analyzed(load_memory(vec![(name.clone(), bytes)]));
        // Every object is placed exactly once in the order.
        assert_eq!(a.order.len(), a.objects.len(), "{name}");
        let text = render(&sources, &a);
        let stem = name.trim_end_matches(".sql");
        insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true}, {
            insta::assert_snapshot!(format!("analyze@{stem}"), text);
        });
    }
}
