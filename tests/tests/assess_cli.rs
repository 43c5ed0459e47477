//! `datamigrate assess`: the three report files, `--json`, help text, exit codes.

use datamigrate_tests::{repo_root, run_cli, scratch, text};

fn snapshot(name: &str, contents: &str) {
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true}, {
        insta::assert_snapshot!(format!("cli@{name}"), contents);
    });
}

#[test]
fn assess_help() {
    let out = run_cli(&["assess", "--help"], &repo_root());
    assert_eq!(out.status.code(), Some(0));
    snapshot("assess_help", &text(&out).0);
}

#[test]
fn assess_writes_three_files_and_no_project() {
    let dir = scratch("assess_cli");
    let root = repo_root();
    let out_dir = dir.join("report");
    let out_arg = out_dir.to_string_lossy().into_owned();
    let run = run_cli(&["assess", "corpus", "--out", &out_arg, "--json"], &root);
    let (stdout, stderr) = text(&run);
    // The sample has procedures that need review by design.
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    let mut names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    assert_eq!(names, ["assessment.html", "assessment.json", "assessment.md"]);
    let json = std::fs::read_to_string(out_dir.join("assessment.json")).unwrap_or_default();
    assert_eq!(stdout, json, "--json prints assessment.json");
    assert!(json.contains("\"kind\": \"assessment\""));
    // A second run gives the same bytes.
    let again = run_cli(&["assess", "corpus", "--out", &out_arg], &root);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(out_dir.join("assessment.json")).unwrap_or_default(), json);
}

#[test]
fn assess_errors_exit_2() {
    let root = repo_root();
    let missing = run_cli(&["assess", "no/such/dir"], &root);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing).1.contains("does not exist"));
    let target = run_cli(&["assess", "corpus", "--target", "oracle"], &root);
    assert_eq!(target.status.code(), Some(2));
    assert!(text(&target).1.contains("unknown target"));
}

#[test]
fn migrate_writes_the_html_report_too() {
    let dir = scratch("assess_cli_migrate");
    let out = dir.join("project");
    let run = run_cli(&["migrate", "corpus", "--out", &out.to_string_lossy(), "--quiet"], &repo_root());
    assert_eq!(run.status.code(), Some(1), "{}", text(&run).1);
    let html = std::fs::read_to_string(out.join("migration_report.html")).unwrap_or_default();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Migration report"));
    let json = std::fs::read_to_string(out.join("migration_report.json")).unwrap_or_default();
    assert!(json.contains("\"migration_report.html\""), "files lists the HTML report");
}
