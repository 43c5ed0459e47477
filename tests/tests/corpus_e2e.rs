//! The sample database end to end: `migrate` the corpus, build the project with dbt on DuckDB,
//! and compare migrated views with answers worked out by hand from the sample data
//! (`tests/fixtures/corpus_answers.json`, each with its reasoning in `why`).
//!
//! Needs dbt (`scripts/setup-python`). Without it the test is skipped locally and fails on CI.

use datamigrate_tests::{dbt, json_close, on_ci, repo_root, run_cli, scratch, text};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn corpus_builds_with_dbt_and_views_match_hand_worked_answers() {
    let Some(dbt) = dbt() else {
        assert!(!on_ci(), "dbt is required on CI: run scripts/setup-python or set DATAMIGRATE_DBT");
        eprintln!("skipped: no dbt (run scripts/setup-python)");
        return;
    };
    let root = repo_root();
    let out = scratch("corpus_e2e");
    let project = out.join("project");
    let migrate = run_cli(&["migrate", "corpus", "--out", project.to_str().unwrap_or_default(), "--quiet"], &root);
    let (stdout, stderr) = text(&migrate);
    // The sample has procedures that need review by design (cursor, dynamic SQL, TRY/CATCH).
    assert_eq!(migrate.status.code(), Some(1), "stdout: {stdout}\nstderr: {stderr}");

    let validate =
        run_cli(&["validate", project.to_str().unwrap_or_default(), "--dbt", dbt.to_str().unwrap_or_default()], &root);
    let (vout, verr) = text(&validate);
    assert_eq!(validate.status.code(), Some(0), "dbt build failed:\n{vout}\n{verr}");
    assert!(vout.contains("dbt build passed"), "{vout}");

    // View name → dbt relation, from the report.
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(project.join("migration_report.json")).unwrap_or_default())
            .unwrap_or_default();
    let relations: BTreeMap<String, String> = report["objects"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|o| Some((o["object"].as_str()?.to_lowercase(), o["dbt_name"].as_str()?.to_string())))
        .collect();

    let answers: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/fixtures/corpus_answers.json")).unwrap_or_default(),
    )
    .unwrap_or_default();
    assert!(answers.len() >= 5, "need at least 5 hand-worked answers");
    let queries: Vec<String> = answers
        .iter()
        .map(|a| {
            let view = a["view"].as_str().unwrap_or_default().to_lowercase();
            let rel = relations.get(&view).unwrap_or_else(|| panic!("{view} was not converted"));
            a["sql"].as_str().unwrap_or_default().replace("{view}", rel)
        })
        .collect();

    let python = dbt.parent().map(|d| d.join("python")).unwrap_or_default();
    let db = project.join(format!("{}.duckdb", report["project"].as_str().unwrap_or_default()));
    let mut child = Command::new(&python)
        .arg(root.join("tests/support/query_duckdb.py"))
        .arg(&db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", python.display()));
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(serde_json::to_string(&queries).unwrap_or_default().as_bytes());
    }
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("query failed: {e}"));
    let (qout, qerr) = text(&output);
    assert!(output.status.success(), "{qerr}");
    let results: Vec<Value> =
        serde_json::from_str(&qout).unwrap_or_else(|e| panic!("bad JSON from query helper: {e}\n{qout}"));

    let mut failures = Vec::new();
    for ((answer, got), sql) in answers.iter().zip(&results).zip(&queries) {
        let expected = answer["expected"].as_array().cloned().unwrap_or_default();
        let got_rows = got.as_array().cloned().unwrap_or_default();
        let same = expected.len() == got_rows.len()
            && expected.iter().zip(&got_rows).all(|(e, g)| {
                let (e, g) = (e.as_array().cloned().unwrap_or_default(), g.as_array().cloned().unwrap_or_default());
                e.len() == g.len() && e.iter().zip(&g).all(|(x, y)| json_close(x, y))
            });
        if !same {
            failures.push(format!("{sql}\n  expected {expected:?}\n  got      {got_rows:?}\n  why: {}", answer["why"]));
        }
    }
    assert!(failures.is_empty(), "{} of {} answers differ:\n{}", failures.len(), answers.len(), failures.join("\n"));
}
