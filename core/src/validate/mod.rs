//! Validate: run dbt on a generated project against DuckDB and report per-node results.
//!
//! Input: a project folder (as `migrate` writes it) and how to find dbt. Output:
//! [`Validation`] — the commands run, counts per status, and every failing seed, model or test
//! mapped back to the SQL Server object it came from (through `migration_report.json`). Runs
//! `dbt seed` then `dbt build --exclude-resource-type seed`, offline (anonymous usage stats off, profiles from the project).
//! Never changes the project's files.

use crate::diagnostics::{Code, Diagnostic};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// How to run dbt.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ValidateOptions {
    /// The dbt executable; default: `$DATAMIGRATE_DBT`, then `dbt` on `PATH`.
    pub dbt: Option<PathBuf>,
}

impl ValidateOptions {
    pub fn with_dbt(mut self, dbt: Option<PathBuf>) -> Self {
        self.dbt = dbt;
        self
    }
}

/// One dbt node's result.
#[derive(Debug, Clone, Serialize)]
pub struct NodeResult {
    pub unique_id: String,
    pub status: String,
    pub message: Option<String>,
    /// The SQL Server object the node was generated from, when known.
    pub object: Option<String>,
}

/// What validation found.
#[derive(Debug, Clone, Serialize)]
pub struct Validation {
    pub passed: bool,
    pub commands: Vec<String>,
    /// Node count per dbt status (`success`, `pass`, `error`, `fail`, `skipped`, `warn`).
    pub counts: BTreeMap<String, usize>,
    pub failures: Vec<NodeResult>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Errors that stop validation before dbt reports anything.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ValidateError {
    #[error("dbt was not found ({0}). Run `bash scripts/setup` (it installs dbt-core and dbt-duckdb into .venv) and pass `--dbt .venv/bin/dbt`, or install them with pip: pip install 'dbt-core>=1.11,<1.12' 'dbt-duckdb>=1.11,<1.12'")]
    DbtNotFound(String),
    #[error("{0} is not a dbt project (no dbt_project.yml)")]
    NotAProject(PathBuf),
    #[error("`{command}` failed before reporting results (exit code {code:?}):\n{output}")]
    CommandFailed { command: String, code: Option<i32>, output: String },
}

impl ValidateError {
    /// The diagnostic code of this error.
    pub fn code(&self) -> Code {
        match self {
            ValidateError::DbtNotFound(_) => Code::DM4001,
            ValidateError::NotAProject(_) => Code::DM4006,
            _ => Code::DM4003,
        }
    }
}

fn find_dbt(options: &ValidateOptions) -> Result<PathBuf, ValidateError> {
    if let Some(p) = &options.dbt {
        return if p.exists() {
            Ok(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()))
        } else {
            Err(ValidateError::DbtNotFound(format!("{} does not exist", p.display())))
        };
    }
    if let Some(p) = std::env::var_os("DATAMIGRATE_DBT").filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        return if p.exists() {
            Ok(std::fs::canonicalize(&p).unwrap_or(p))
        } else {
            Err(ValidateError::DbtNotFound(format!("DATAMIGRATE_DBT={} does not exist", p.display())))
        };
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|d| d.join("dbt"))
        .find(|p| p.is_file())
        .ok_or_else(|| ValidateError::DbtNotFound("not on PATH".into()))
}

/// Run `dbt seed` and `dbt build` in `project`.
pub fn validate(project: &Path, options: &ValidateOptions) -> Result<Validation, ValidateError> {
    if !project.join("dbt_project.yml").is_file() {
        return Err(ValidateError::NotAProject(project.to_path_buf()));
    }
    let dbt = find_dbt(options)?;
    let mut commands = Vec::new();
    let mut last_output = String::new();
    let mut build_exit = None;
    // Sources have no DAG edge to the seeds they read, so seeds load first; build then skips them.
    for args in [&["seed"][..], &["build", "--exclude-resource-type", "seed"][..]] {
        let sub = args[0];
        let display = format!("{} {} --profiles-dir . --project-dir .", dbt.display(), args.join(" "));
        let out = Command::new(&dbt)
            .args(args)
            .args(["--profiles-dir", ".", "--project-dir", "."])
            .current_dir(project)
            .env("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
            .env("DO_NOT_TRACK", "1")
            .output()
            .map_err(|e| ValidateError::DbtNotFound(format!("{}: {e}", dbt.display())))?;
        commands.push(display.clone());
        last_output = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        build_exit = out.status.code();
        if sub == "seed" && !out.status.success() && !project.join("target/run_results.json").is_file() {
            return Err(ValidateError::CommandFailed {
                command: display,
                code: out.status.code(),
                output: tail(&last_output),
            });
        }
    }
    let results =
        std::fs::read_to_string(project.join("target/run_results.json")).map_err(|e| ValidateError::CommandFailed {
            command: commands.last().cloned().unwrap_or_default(),
            code: build_exit,
            output: format!("no target/run_results.json ({e}):\n{}", tail(&last_output)),
        })?;
    let objects = object_names(project);
    let mut v = read_results(&results, &objects);
    v.commands = commands;
    if !v.passed && v.failures.is_empty() {
        return Err(ValidateError::CommandFailed {
            command: v.commands.join(" && "),
            code: build_exit,
            output: tail(&last_output),
        });
    }
    Ok(v)
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}

/// dbt name → SQL Server object, from the migration report next to the project.
fn object_names(project: &Path) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    let Ok(text) = std::fs::read_to_string(project.join("migration_report.json")) else { return map };
    let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else { return map };
    for o in json["objects"].as_array().into_iter().flatten() {
        if let (Some(name), Some(obj)) = (o["dbt_name"].as_str(), o["object"].as_str()) {
            map.insert(name.to_string(), obj.to_string());
        }
    }
    map
}

/// Parse `run_results.json`.
pub fn read_results(json: &str, objects: &BTreeMap<String, String>) -> Validation {
    let parsed: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
    let mut counts = BTreeMap::new();
    let mut failures = Vec::new();
    for r in parsed["results"].as_array().into_iter().flatten() {
        let status = r["status"].as_str().unwrap_or("unknown").to_string();
        *counts.entry(status.clone()).or_insert(0) += 1;
        if matches!(status.as_str(), "error" | "fail" | "runtime error") {
            let unique_id = r["unique_id"].as_str().unwrap_or_default().to_string();
            let object = objects
                .iter()
                .find(|(name, _)| {
                    unique_id.split('.').any(|part| part == name.as_str()) || unique_id.contains(&format!("_{name}_"))
                })
                .map(|(_, o)| o.clone());
            failures.push(NodeResult { unique_id, status, message: r["message"].as_str().map(str::to_string), object });
        }
    }
    let diagnostics = failures
        .iter()
        .map(|f| {
            Diagnostic::new(
                Code::DM4002,
                format!(
                    "dbt {} `{}`{}: {}",
                    f.status,
                    f.unique_id,
                    f.object.as_ref().map(|o| format!(" (from {o})")).unwrap_or_default(),
                    f.message.as_deref().unwrap_or("no message")
                ),
                None,
            )
        })
        .collect();
    Validation {
        passed: failures.is_empty() && !counts.is_empty(),
        commands: Vec::new(),
        counts,
        failures,
        diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_map_back_to_objects() {
        let json = r#"{"results": [
            {"unique_id": "model.retailco.sales_vw_x", "status": "error", "message": "Binder Error"},
            {"unique_id": "test.retailco.not_null_a.123", "status": "pass", "message": null},
            {"unique_id": "seed.retailco.raw_a", "status": "success", "message": "INSERT 3"}
        ]}"#;
        let objects = BTreeMap::from([("sales_vw_x".to_string(), "Sales.vw_X".to_string())]);
        let v = read_results(json, &objects);
        assert!(!v.passed);
        assert_eq!(v.failures.len(), 1);
        assert_eq!(v.failures[0].object.as_deref(), Some("Sales.vw_X"));
        assert_eq!(v.counts.get("pass"), Some(&1));
    }
}
