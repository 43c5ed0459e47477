//! Renderers of the migration report: one function per format, all over [`MigrationResult`].

use crate::pipeline::{Located, MigrationResult, Status};

/// `migration_report.json`: the result as pretty JSON (schema version in `report_version`).
pub fn json(result: &MigrationResult) -> String {
    let mut s = serde_json::to_string_pretty(result).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn diag_line(d: &Located) -> String {
    format!("`{}` {} {}: {}", d.code, d.severity.as_str(), d.location(), cell(&d.message))
}

/// `migration_report.md`: summary, then every object with its status and diagnostics.
pub fn markdown(result: &MigrationResult) -> String {
    let s = &result.stats;
    let mut out = format!(
        "# Migration report: {}\n\nTarget: {}. Input: {} files, {} batches, {} statements ({} unparsed); {} tables, {} views, {} routines, {} rows of data.\n\n\
         | status | objects |\n|---|---|\n| converted | {} |\n| converted with warnings | {} |\n| needs review | {} |\n| blocked | {} |\n| failed | {} |\n\n",
        result.project, result.target, s.files, s.batches, s.statements, s.unparsed_statements, s.tables, s.views,
        s.routines, s.rows, s.converted, s.converted_with_warnings, s.needs_review, s.blocked, s.failed
    );
    out.push_str("## Objects\n\n| object | kind | status | dbt | defined at |\n|---|---|---|---|---|\n");
    for o in &result.objects {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            cell(&o.object),
            o.kind.as_str(),
            o.status.as_str(),
            o.dbt_name.as_deref().unwrap_or("-"),
            o.location.as_deref().unwrap_or("-")
        ));
    }
    let with_diags: Vec<_> = result.objects.iter().filter(|o| !o.diagnostics.is_empty()).collect();
    if !with_diags.is_empty() {
        out.push_str("\n## Diagnostics by object\n");
        for o in with_diags {
            out.push_str(&format!("\n### {} ({})\n\n", cell(&o.object), o.status.as_str()));
            for d in &o.diagnostics {
                out.push_str(&format!("- {}\n", diag_line(d)));
            }
        }
    }
    if !result.diagnostics.is_empty() {
        out.push_str("\n## Other diagnostics\n\n");
        for d in &result.diagnostics {
            out.push_str(&format!("- {}\n", diag_line(d)));
        }
    }
    let review: Vec<_> = result
        .objects
        .iter()
        .filter(|o| o.status != Status::Converted && o.status != Status::ConvertedWithWarnings)
        .collect();
    out.push_str(&format!(
        "\n{} of {} objects need attention. Codes are explained in docs/diagnostics.md.\n",
        review.len(),
        result.objects.len()
    ));
    out
}
