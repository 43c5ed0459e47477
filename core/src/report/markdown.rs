//! `assessment.md` / `migration_report.md`: the report as Markdown tables and lists.

use super::model::{Classification, Report, ReportKind, SEVERITIES, STATUSES};
use crate::pipeline::Located;
use std::fmt::Write as _;

/// A table cell: pipes escaped, line breaks flattened (names and messages are user text).
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn diag_line(d: &Located) -> String {
    format!("`{}` {} {}: {}", d.code, d.severity.as_str(), cell(&d.location()), cell(&d.message))
}

/// Render the report as Markdown.
pub fn markdown(r: &Report) -> String {
    let s = &r.stats;
    let sum = &r.summary;
    let mut out = String::new();
    let _ = write!(
        out,
        "# {}: {}\n\nTarget: {}. Input: {} files, {} batches, {} statements ({} unparsed); {} tables, {} views, {} routines, {} rows of data.\n\n",
        r.kind.title(),
        cell(&r.project),
        r.target,
        s.files,
        s.batches,
        s.statements,
        s.unparsed_statements,
        s.tables,
        s.views,
        s.routines,
        s.rows
    );
    out.push_str("| status | objects |\n|---|---|\n");
    for st in STATUSES {
        let _ =
            writeln!(out, "| {} | {} |", st.as_str().replace('_', " "), sum.by_status.get(st.as_str()).unwrap_or(&0));
    }
    out.push_str("\n| class | objects |\n|---|---|\n");
    for c in Classification::ALL {
        let _ = writeln!(
            out,
            "| {} | {} |",
            c.as_str().replace('_', " "),
            sum.by_classification.get(c.as_str()).unwrap_or(&0)
        );
    }
    out.push_str("\n| kind | objects |\n|---|---|\n");
    for (k, n) in &sum.by_kind {
        let _ = writeln!(out, "| {} | {n} |", k.replace('_', " "));
    }
    out.push_str("\n| severity | diagnostics |\n|---|---|\n");
    for sev in SEVERITIES {
        let _ = writeln!(out, "| {} | {} |", sev.as_str(), sum.diagnostics_by_severity.get(sev.as_str()).unwrap_or(&0));
    }

    let _ = writeln!(
        out,
        "\nEstimated effort: {:.1} hours (per object: a base for its class × (1 + complexity score / 20); ADR 0009).",
        sum.effort_hours
    );
    out.push_str("\n## Objects\n\n| object | kind | status | class | depth | complexity | effort (h) | dbt | defined at |\n|---|---|---|---|---|---|---|---|---|\n");
    for o in &r.objects {
        let _ = writeln!(
            out,
            "| {}{} | {} | {} | {} | {} | {} | {} | {} | {} |",
            cell(&o.object),
            if o.in_cycle { " (cycle)" } else { "" },
            o.kind.as_str(),
            o.status.as_str(),
            o.classification.as_str(),
            o.depth,
            o.complexity.as_ref().map_or("-".to_string(), |c| c.score.to_string()),
            o.complexity.as_ref().map_or("-".to_string(), |c| format!("{:.1}", c.effort_hours)),
            o.dbt_name.as_deref().map(cell).unwrap_or_else(|| "-".into()),
            o.location.as_deref().map(cell).unwrap_or_else(|| "-".into())
        );
    }

    let g = &r.graph;
    let _ = write!(
        out,
        "\n## Dependencies\n\n{} dependency edges, longest chain {}, {} objects in cycles, {} unresolved names, {} external names.\n",
        g.edges.len(),
        g.max_depth,
        g.cycles.len(),
        g.unresolved.len(),
        g.external.len()
    );
    let name_of = |id: &str| -> String {
        id.strip_prefix('o')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|i| r.objects.get(i))
            .map(|o| cell(&o.object))
            .unwrap_or_default()
    };
    if !g.cycles.is_empty() {
        let names: Vec<String> = g.cycles.iter().map(|id| name_of(id)).collect();
        let _ = writeln!(out, "\nIn a cycle: {}.", names.join(", "));
    }
    for (title, refs) in [("Unresolved", &g.unresolved), ("External", &g.external)] {
        if refs.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{title} names:\n");
        for rf in refs {
            let users: Vec<String> = rf.used_by.iter().map(|id| name_of(id)).collect();
            let _ = writeln!(out, "- `{}` used by {}", cell(&rf.name).replace('`', "'"), users.join(", "));
        }
    }

    let with_diags: Vec<_> = r.objects.iter().filter(|o| !o.diagnostics.is_empty()).collect();
    if !with_diags.is_empty() {
        out.push_str("\n## Diagnostics by object\n");
        for o in with_diags {
            let _ = write!(out, "\n### {} ({})\n\n", cell(&o.object), o.status.as_str());
            for d in &o.diagnostics {
                let _ = writeln!(out, "- {}", diag_line(d));
            }
        }
    }
    if !r.diagnostics.is_empty() {
        out.push_str("\n## Other diagnostics\n\n");
        for d in &r.diagnostics {
            let _ = writeln!(out, "- {}", diag_line(d));
        }
    }
    let attention = r
        .objects
        .iter()
        .filter(|o| !matches!(o.classification, Classification::Auto | Classification::AutoWithWarnings))
        .count();
    let _ = writeln!(
        out,
        "\n{attention} of {} objects need attention. Codes are explained in docs/diagnostics.md{}.",
        r.objects.len(),
        if r.kind == ReportKind::Assessment { "; the HTML report shows each in its source" } else { "" }
    );
    out
}
