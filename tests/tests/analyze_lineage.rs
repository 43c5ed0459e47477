//! Column lineage of the sample corpus's views and inline functions: one snapshot per object
//! (`analyze_lineage@<schema.name>.snap`), each output column with its direct sources and, when
//! they differ (views over views), the table columns they trace to.

mod analyze_common;

use analyze_common::{analyzed, refs, render_lineage};
use datamigrate_core::analyze::{Analysis, Class, ColumnLineage, ColumnRef};
use datamigrate_core::catalog::{Catalog, ObjectKey};
use datamigrate_core::source::load_path;
use datamigrate_tests::repo_root;
use std::collections::BTreeSet;

fn corpus() -> (Catalog, Analysis) {
    let (_, catalog, analysis) = analyzed(load_path(&repo_root().join("corpus")));
    (catalog, analysis)
}

fn render(lineage: &[ColumnLineage]) -> String {
    let mut out = String::new();
    render_lineage(&mut out, "", lineage);
    out
}

fn lineage<'a>(a: &'a Analysis, schema: &str, name: &str) -> &'a [ColumnLineage] {
    a.objects
        .get(&ObjectKey::new(schema, name))
        .and_then(|o| o.lineage.as_deref())
        .unwrap_or_else(|| panic!("no lineage for {schema}.{name}"))
}

#[test]
fn corpus_views_lineage_snapshots() {
    let (catalog, a) = corpus();
    let mut count = 0;
    for (key, info) in &a.objects {
        let Some(l) = &info.lineage else { continue };
        count += 1;
        // No column of the sample is left unattributed.
        assert!(l.iter().all(|c| c.unresolved.is_empty()), "{key}: {l:?}");
        insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true}, {
            insta::assert_snapshot!(format!("analyze_lineage@{key}"), render(l));
        });
    }
    assert_eq!(count, catalog.views.len() + 1, "every view and the inline function has lineage");
}

#[test]
fn select_star_expands_from_the_catalog() {
    let (catalog, a) = corpus();
    let l = lineage(&a, "inventory", "vw_activeproducts");
    let table = &catalog.tables[&ObjectKey::new("inventory", "products")];
    let names: Vec<&str> = l.iter().map(|c| c.column.as_str()).collect();
    let expected: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, expected);
    for c in l {
        let only: BTreeSet<ColumnRef> =
            [ColumnRef { object: "inventory.products".into(), column: c.column.clone() }].into();
        assert_eq!(c.sources, only, "{}", c.column);
    }
}

#[test]
fn view_over_view_traces_to_table_columns() {
    let (_, a) = corpus();
    let l = lineage(&a, "sales", "vw_customerordersummary");
    let total = l.iter().find(|c| c.column == "TotalAmount").unwrap_or_else(|| panic!("{l:?}"));
    assert_eq!(refs(&total.sources), "sales.vw_ordertotals.OrderTotal");
    assert_eq!(
        refs(&total.base_sources),
        "sales.orderlines.Discount, sales.orderlines.LineTotal, sales.orders.Freight"
    );
    // A computed column lists all its inputs; a literal-only column has none.
    let name = l.iter().find(|c| c.column == "CustomerName").unwrap_or_else(|| panic!("{l:?}"));
    assert_eq!(refs(&name.sources), "sales.customers.FirstName, sales.customers.LastName");
}

/// Class, reasons and complexity of every object of the sample: the analysis's estimate agrees with
/// what `migrate` does to it (35 converted, the 5 procedures that need review).
#[test]
fn corpus_classification() {
    let (_, a) = corpus();
    let count = |c: Class| a.objects.values().filter(|o| o.class == c).count();
    assert_eq!(
        [count(Class::Auto), count(Class::AutoWithWarnings), count(Class::NeedsReview), count(Class::Unsupported)],
        [35, 0, 5, 0]
    );
    let mut lines: Vec<String> = a
        .objects
        .values()
        .map(|o| {
            let reasons: Vec<&str> = o.reasons.iter().map(|r| r.as_str()).collect();
            format!(
                "{:<22} {:<40} {:<18} [{}] score={} effort={}h",
                o.kind.as_str(),
                o.key.to_string(),
                o.class.as_str(),
                reasons.join(","),
                o.complexity.score,
                o.complexity.effort_hours
            )
        })
        .collect();
    lines.sort();
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!("analyze_classification@corpus", lines.join("\n"));
    });
}
