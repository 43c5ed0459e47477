//! The assessment of the sample corpus: Markdown and JSON snapshots, the counts per status, and
//! the JSON schema page (`docs/assessment-schema.md`) checked against what the JSON holds.

use datamigrate_core::pipeline::{plan, plan_loaded, Options};
use datamigrate_core::report::{json, markdown, Report, ReportKind};
use datamigrate_core::source::load_memory;
use datamigrate_tests::repo_root;
use serde_json::Value;
use std::collections::BTreeSet;

fn corpus_report() -> Report {
    let planned = plan(&repo_root().join("corpus"), &Options::default(), &|_| {}).unwrap_or_else(|e| panic!("{e}"));
    planned.report(ReportKind::Assessment)
}

/// A small input with every optional part of the JSON filled: a cycle, an unresolved and an
/// external name, a global diagnostic, an unparsed definition.
fn everything_report() -> Report {
    let sql = "CREATE VIEW dbo.a AS SELECT x FROM dbo.b\nGO\nCREATE VIEW dbo.b AS SELECT x FROM dbo.a\nGO\n\
               CREATE VIEW dbo.c AS SELECT x FROM dbo.missing JOIN OtherDb.dbo.t ON 1 = 1\nGO\n\
               CREATE VIEW dbo.broken AS SELECT FROM WHERE\nGO\nFROBNICATE everything\nGO\n";
    let loaded = load_memory(vec![("e.sql".into(), sql.as_bytes().to_vec())]);
    let planned = plan_loaded(loaded, "everything", &Options::default(), &|_| {}).unwrap_or_else(|e| panic!("{e}"));
    planned.report(ReportKind::Assessment)
}

fn snapshot(name: &str, contents: &str) {
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!(format!("assess@{name}"), contents);
    });
}

#[test]
fn corpus_assessment_snapshots() {
    let r = corpus_report();
    snapshot("corpus__assessment.md", &markdown(&r));
    snapshot("corpus__assessment.json", &json(&r));
}

/// Every object of the sample is listed with the status the sample is written to produce: the
/// five procedures that are not a dbt pattern need review, everything else converts.
#[test]
fn corpus_counts_per_status() {
    let r = corpus_report();
    let s = &r.summary;
    assert_eq!(s.objects, 40);
    assert_eq!(s.by_kind.get("table"), Some(&17));
    assert_eq!(s.by_kind.get("view"), Some(&15));
    assert_eq!(s.by_status.get("converted"), Some(&35));
    assert_eq!(s.by_status.get("needs_review"), Some(&5));
    assert_eq!(s.by_classification.get("auto"), Some(&35));
    assert_eq!(s.by_classification.get("needs_review"), Some(&5));
    assert_eq!(s.by_classification.get("unsupported"), Some(&0));
    assert!(r.graph.cycles.is_empty() && r.graph.unresolved.is_empty());
    let review: Vec<&str> =
        r.objects.iter().filter(|o| o.status.as_str() == "needs_review").map(|o| o.object.as_str()).collect();
    assert!(review.iter().all(|o| o.contains("usp_")), "{review:?}");
}

/// Dotted paths of every field in `v` (`objects[].diagnostics[].code`); objects listed as `map`
/// in the schema page are leaves.
fn paths(v: &Value, prefix: &str, maps: &BTreeSet<String>, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                out.insert(p.clone());
                if !maps.contains(&p) {
                    paths(child, &p, maps, out);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                paths(item, &format!("{prefix}[]"), maps, out);
            }
        }
        _ => {}
    }
}

#[test]
fn schema_page_lists_every_field_and_no_other() {
    let doc = std::fs::read_to_string(repo_root().join("docs/assessment-schema.md")).unwrap_or_default();
    let rows: Vec<(String, String)> = doc
        .lines()
        .filter_map(|l| {
            let mut cells = l.split('|').map(str::trim).skip(1);
            let field = cells.next()?.strip_prefix('`')?.strip_suffix('`')?.to_string();
            Some((field, cells.next()?.to_string()))
        })
        .collect();
    let documented: BTreeSet<String> = rows.iter().map(|(f, _)| f.clone()).collect();
    let maps: BTreeSet<String> = rows.iter().filter(|(_, t)| t == "map").map(|(f, _)| f.clone()).collect();
    let mut emitted = BTreeSet::new();
    for r in [corpus_report(), everything_report()] {
        let v: Value = serde_json::from_str(&json(&r)).unwrap_or_else(|e| panic!("report JSON: {e}"));
        paths(&v, "", &maps, &mut emitted);
    }
    let undocumented: Vec<&String> = emitted.difference(&documented).collect();
    let stale: Vec<&String> = documented.difference(&emitted).collect();
    assert!(undocumented.is_empty(), "fields missing from docs/assessment-schema.md: {undocumented:?}");
    assert!(stale.is_empty(), "docs/assessment-schema.md lists fields the JSON does not have: {stale:?}");
    let v: Value = serde_json::from_str(&json(&everything_report())).unwrap_or_default();
    assert_eq!(v["schema_version"], Value::from(datamigrate_core::report::SCHEMA_VERSION));
    assert!(doc.contains(&format!("(currently {})", datamigrate_core::report::SCHEMA_VERSION)));
}
