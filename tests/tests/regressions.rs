//! One fixture per bug fixed (`tests/fixtures/regressions/*.sql`). Line 1 says what went wrong;
//! line 2 says what must happen now: `-- expect: <codes>; converted: <objects>; failed: <objects>`
//! (each part optional). Every fixture must migrate without a crash (exit 0 or 1).

use datamigrate_tests::{repo_root, run_cli, scratch, text};
use serde_json::Value;

#[test]
fn regression_fixtures() {
    let dir = repo_root().join("tests/fixtures/regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "sql")) {
        let name = file.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
        let input = scratch(&format!("regression-in-{name}"));
        std::fs::copy(file, input.join(file.file_name().unwrap_or_default())).unwrap_or_else(|e| panic!("{e}"));
        let out = scratch(&format!("regression-out-{name}"));
        let run = run_cli(
            &["migrate", input.to_str().unwrap_or_default(), "--out", out.to_str().unwrap_or_default(), "-q"],
            &repo_root(),
        );
        let (stdout, stderr) = text(&run);
        assert!(matches!(run.status.code(), Some(0 | 1)), "{name}: exit {:?}\n{stdout}\n{stderr}", run.status.code());
        let report: Value =
            serde_json::from_str(&std::fs::read_to_string(out.join("migration_report.json")).unwrap_or_default())
                .unwrap_or_else(|e| panic!("{name}: no report: {e}"));
        let source = std::fs::read_to_string(file).unwrap_or_default();
        let expect = source.lines().nth(1).and_then(|l| l.strip_prefix("-- expect:")).unwrap_or_default();
        let all_codes: Vec<String> = report["objects"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|o| o["diagnostics"].as_array().cloned().unwrap_or_default())
            .chain(report["diagnostics"].as_array().cloned().unwrap_or_default())
            .filter_map(|d| d["code"].as_str().map(str::to_string))
            .collect();
        let status_of = |obj: &str| -> String {
            report["objects"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|o| o["object"].as_str() == Some(obj))
                .and_then(|o| o["status"].as_str().map(str::to_string))
                .unwrap_or_else(|| "missing".into())
        };
        for part in expect.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            if let Some(objs) = part.strip_prefix("converted:") {
                for o in objs.split_whitespace() {
                    assert_eq!(status_of(o), "converted", "{name}: {o}");
                }
            } else if let Some(objs) = part.strip_prefix("failed:") {
                for o in objs.split_whitespace() {
                    assert_eq!(status_of(o), "failed", "{name}: {o}");
                }
            } else {
                let mut want: Vec<&str> = part.split_whitespace().collect();
                want.sort();
                let mut got: Vec<&str> = all_codes.iter().map(String::as_str).filter(|c| want.contains(c)).collect();
                got.sort();
                assert_eq!(got, want, "{name}: diagnostic codes");
            }
        }
    }
}
