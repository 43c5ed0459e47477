//! Parse-only runs: how much of a script estate the parser reads (`datamigrate parse --stats`).

use super::result::Located;
use crate::parse::{parse_batch, ParsedStatement, Stmt};
use crate::source::{self, split_batches};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

/// Coverage figures of one parse-only run.
#[derive(Debug, Clone, Serialize)]
pub struct ParseStats {
    pub files: usize,
    /// Bytes of decoded text.
    pub bytes: usize,
    pub batches: usize,
    /// Top-level statements plus the statements inside routine bodies and blocks.
    pub statements: usize,
    /// Statements kept as unparsed text.
    pub unparsed: usize,
    /// Diagnostic count per code.
    pub diagnostics: BTreeMap<String, usize>,
    /// Wall-clock seconds for loading, splitting and parsing.
    pub seconds: f64,
    /// Every diagnostic with its place (omitted from `--stats` output).
    #[serde(skip)]
    pub located: Vec<Located>,
}

/// Load and parse everything at `input` (parallel over batches), without building a catalog.
pub fn parse_stats(input: &Path, jobs: Option<usize>) -> Result<ParseStats, super::PipelineError> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .stack_size(64 * 1024 * 1024)
        .build()
        .map_err(|e| super::PipelineError::Threads(e.to_string()))?;
    let loaded = source::load_path(input);
    let (stats, located) = pool.install(|| {
        let batches: Vec<_> = loaded.sources.files.iter().flat_map(|f| split_batches(f).batches).collect();
        let parsed: Vec<_> = batches.par_iter().map(parse_batch).collect();
        let mut diags = loaded.diagnostics.clone();
        let mut statements = 0;
        let mut unparsed = 0;
        for p in &parsed {
            diags.extend(p.diagnostics.iter().cloned());
            count(&p.statements, &mut statements, &mut unparsed);
        }
        let mut by_code = BTreeMap::new();
        for d in &diags {
            *by_code.entry(d.code.as_str().to_string()).or_insert(0) += 1;
        }
        let located = diags.iter().map(|d| Located::new(d, &loaded.sources)).collect();
        let stats = ParseStats {
            files: loaded.sources.files.len(),
            bytes: loaded.sources.files.iter().map(|f| f.text.len()).sum(),
            batches: batches.len(),
            statements,
            unparsed,
            diagnostics: by_code,
            seconds: 0.0,
            located: Vec::new(),
        };
        (stats, located)
    });
    Ok(ParseStats { seconds: started.elapsed().as_secs_f64(), located, ..stats })
}

/// Count statements recursively (routine bodies, blocks, branches).
fn count(stmts: &[ParsedStatement], total: &mut usize, unparsed: &mut usize) {
    for s in stmts {
        *total += 1;
        match &s.stmt {
            Stmt::Unparsed { .. } => *unparsed += 1,
            Stmt::CreateRoutine(r) => count(&r.body.statements, total, unparsed),
            Stmt::Block(inner) => count(inner, total, unparsed),
            Stmt::TryCatch { body, handler } => {
                count(body, total, unparsed);
                count(handler, total, unparsed);
            }
            Stmt::If { then, otherwise, .. } => {
                count(std::slice::from_ref(then), total, unparsed);
                if let Some(o) = otherwise {
                    count(std::slice::from_ref(o), total, unparsed);
                }
            }
            Stmt::While { body, .. } => count(std::slice::from_ref(body), total, unparsed),
            _ => {}
        }
    }
}
