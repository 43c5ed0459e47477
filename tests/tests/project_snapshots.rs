//! Snapshots of the dbt project generated from the sample corpus: every model, macro and YAML
//! file, the report, and a summary of each seed. A change in generated SQL or YAML shows here
//! for review.

use datamigrate_core::pipeline::{plan, Options};
use datamigrate_tests::repo_root;

#[test]
fn corpus_project_files() {
    let planned = plan(&repo_root().join("corpus"), &Options::default(), &|_| {}).unwrap_or_else(|e| panic!("{e}"));
    let mut seeds = String::new();
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
        for f in &planned.files {
            if f.path.ends_with(".csv") {
                // Seeds are data: summarise (header, row count, first rows).
                let lines: Vec<&str> = f.contents.lines().collect();
                seeds.push_str(&format!("== {} ({} rows)\n", f.path, lines.len().saturating_sub(1)));
                for l in lines.iter().take(3) {
                    seeds.push_str(l);
                    seeds.push('\n');
                }
                continue;
            }
            insta::assert_snapshot!(format!("project@corpus__{}", f.path.replace('/', "__")), f.contents);
        }
        insta::assert_snapshot!("project@corpus__seeds_summary", seeds);
        insta::assert_snapshot!("project@corpus__migration_report.md", datamigrate_core::report::markdown(&planned.report(datamigrate_core::report::ReportKind::Migration)));
    });
}

/// The sample corpus's view and procedure models for every target, compact: one snapshot per
/// target with each model's SQL, and the objects that did not convert with their codes.
#[test]
fn corpus_models_per_target() {
    use datamigrate_core::Target;
    for target in Target::ALL {
        let planned =
            plan(&repo_root().join("corpus"), &Options::new(target), &|_| {}).unwrap_or_else(|e| panic!("{e}"));
        let mut out = String::new();
        for f in planned.files.iter().filter(|f| f.path.starts_with("models/marts/") && f.path.ends_with(".sql")) {
            let name = f.path.rsplit('/').next().unwrap_or_default();
            // Skip the header comment and the config line.
            let body: Vec<&str> = f.contents.lines().skip(3).collect();
            out.push_str(&format!("== {name}\n{}\n", body.join("\n")));
        }
        out.push_str("== not converted\n");
        for o in &planned.result.objects {
            if matches!(o.status, datamigrate_core::Status::Converted | datamigrate_core::Status::ConvertedWithWarnings)
            {
                continue;
            }
            let status = serde_json::to_value(o.status).unwrap_or_default();
            let codes: Vec<&str> = o.diagnostics.iter().map(|d| d.code.as_str()).collect();
            out.push_str(&format!("{} ({}): {}\n", o.object, status.as_str().unwrap_or("?"), codes.join(" ")));
        }
        insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true}, {
            insta::assert_snapshot!(format!("transpile@corpus__{}", target.name()), out);
        });
    }
}
