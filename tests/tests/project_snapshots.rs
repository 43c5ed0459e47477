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
        insta::assert_snapshot!("project@corpus__migration_report.md", datamigrate_core::report::markdown(&planned.result));
    });
}
