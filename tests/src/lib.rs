//! Shared helpers for datamigrate's end-to-end tests: where the repository, the CLI binary and
//! dbt are, and scratch folders.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

/// The `datamigrate` binary in the same target folder as the test executables (`scripts/test`
/// builds it first with `cargo build --workspace --bins`).
pub fn datamigrate_bin() -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_default();
    let dir = exe.parent().and_then(Path::parent).map(Path::to_path_buf).unwrap_or_default();
    let bin = dir.join(format!("datamigrate{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "{} is missing: run `cargo build -p datamigrate` first (scripts/test does)", bin.display());
    bin
}

/// Run the CLI with `args` in `cwd`.
pub fn run_cli(args: &[&str], cwd: &Path) -> Output {
    Command::new(datamigrate_bin())
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap_or_else(|e| panic!("cannot run datamigrate: {e}"))
}

/// A fresh, empty scratch folder under the target directory (removed first if it exists).
pub fn scratch(name: &str) -> PathBuf {
    let dir = repo_root().join("target").join("test-scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

/// The dbt executable for end-to-end tests: `$DATAMIGRATE_DBT`, else `.venv/bin/dbt` in the
/// repository (made by `scripts/setup-python`). `None` when neither exists.
pub fn dbt() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("DATAMIGRATE_DBT").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let venv = repo_root().join(".venv/bin/dbt");
    venv.exists().then_some(venv)
}

/// True on CI (`CI=true`), where tests that need dbt must not be skipped.
pub fn on_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// stdout and stderr as text.
pub fn text(out: &Output) -> (String, String) {
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The Python interpreter of the test environment: `$DATAMIGRATE_PYTHON`, else the `python`
/// beside [`dbt`], else `.venv/bin/python` in the repository.
pub fn venv_python() -> PathBuf {
    if let Some(p) = std::env::var_os("DATAMIGRATE_PYTHON").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    dbt().and_then(|d| d.parent().map(|p| p.join("python"))).unwrap_or_else(|| repo_root().join(".venv/bin/python"))
}

/// Run groups of SQL in fresh in-memory DuckDB databases, all in one Python process
/// (`tests/support/run_duckdb.py` says what a group and an outcome are). `None` when Python or
/// its `duckdb` package is missing: then `what` is reported as skipped, and on CI the test fails.
pub fn run_duckdb(groups: &serde_json::Value, what: &str) -> Option<Vec<serde_json::Value>> {
    use std::io::Write;
    use std::process::Stdio;
    let python = venv_python();
    let missing = |why: String| {
        assert!(!on_ci(), "{what} needs Python with duckdb on CI ({why}): run scripts/setup-python");
        eprintln!("SKIPPED {what}: {why} (run scripts/setup-python)");
        None
    };
    if !python.exists() {
        return missing(format!("{} not found", python.display()));
    }
    let mut child = match Command::new(&python)
        .arg(repo_root().join("tests/support/run_duckdb.py"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => return missing(format!("cannot run {}: {e}", python.display())),
    };
    if let Some(mut stdin) = child.stdin.take() {
        // A write error means the process ended early; its stderr says why.
        let _ = stdin.write_all(groups.to_string().as_bytes());
    }
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("run_duckdb.py failed: {e}"));
    let (stdout, stderr) = text(&out);
    if !out.status.success() {
        if stderr.contains("No module named 'duckdb'") {
            return missing(format!("{} has no duckdb package", python.display()));
        }
        panic!("run_duckdb.py failed: {stderr}");
    }
    let results: Vec<serde_json::Value> =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("run_duckdb.py printed no JSON list: {e}\n{stdout}"));
    assert_eq!(results.len(), groups.as_array().map_or(0, Vec::len), "one outcome per group");
    Some(results)
}

/// Equal JSON values, with numbers equal when within 1e-6 (DuckDB's decimals arrive as floats).
pub fn json_close(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-6,
        _ => a == b,
    }
}
