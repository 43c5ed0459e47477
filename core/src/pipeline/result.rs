//! The result of a migration: the same value the CLI prints, Python returns and Node resolves to.

use crate::analyze::ObjectKind;
use crate::diagnostics::{Code, Diagnostic, Severity};
use crate::source::SourceSet;
use serde::{Deserialize, Serialize};

/// What happened to one object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Converted with no diagnostic above info.
    Converted,
    /// Converted; warnings say where meaning may differ.
    ConvertedWithWarnings,
    /// Not converted automatically: a person (or the agent) must look.
    NeedsReview,
    /// Not converted: it depends on an object that was not converted.
    Blocked,
    /// Could not be processed (did not parse, internal error).
    Failed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Converted => "converted",
            Status::ConvertedWithWarnings => "converted_with_warnings",
            Status::NeedsReview => "needs_review",
            Status::Blocked => "blocked",
            Status::Failed => "failed",
        }
    }
}

/// A diagnostic with its location resolved to file, line and column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Located {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// Column in UTF-16 code units (JavaScript editors).
    pub utf16_column: Option<u32>,
}

impl Located {
    pub fn new(d: &Diagnostic, sources: &SourceSet) -> Self {
        let (file, line, column, utf16_column) = match d.span {
            Some(span) if (span.file.0 as usize) < sources.files.len() => {
                let lc = sources.line_col(span);
                (Some(sources.file(span.file).path.clone()), Some(lc.line), Some(lc.column), Some(lc.utf16_column))
            }
            _ => (None, None, None, None),
        };
        Located {
            code: d.code,
            severity: d.severity,
            message: d.message.clone(),
            help: d.help.clone(),
            file,
            line,
            column,
            utf16_column,
        }
    }

    /// `file:line:col` (or `-` when the diagnostic has no place).
    pub fn location(&self) -> String {
        match (&self.file, self.line, self.column) {
            (Some(f), Some(l), Some(c)) => format!("{f}:{l}:{c}"),
            (Some(f), _, _) => f.clone(),
            _ => "-".into(),
        }
    }
}

/// One object of the database and what became of it.
#[derive(Debug, Clone, Serialize)]
pub struct ObjectOutcome {
    /// `schema.name` as written in the scripts.
    pub object: String,
    pub kind: ObjectKind,
    pub status: Status,
    /// Where it is defined (`file:line:col`).
    pub location: Option<String>,
    /// Its dbt name (staging model, model or macro), when converted.
    pub dbt_name: Option<String>,
    /// Objects of this database it depends on.
    pub depends_on: Vec<String>,
    pub diagnostics: Vec<Located>,
}

/// Counts for the summary.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub files: usize,
    pub batches: usize,
    pub statements: usize,
    pub unparsed_statements: usize,
    pub tables: usize,
    pub views: usize,
    pub routines: usize,
    pub rows: usize,
    pub converted: usize,
    pub converted_with_warnings: usize,
    pub needs_review: usize,
    pub blocked: usize,
    pub failed: usize,
}

/// Everything a migration produced.
#[derive(Debug, Clone, Serialize)]
pub struct MigrationResult {
    /// Version of the report format.
    pub report_version: u32,
    pub project: String,
    pub target: String,
    pub objects: Vec<ObjectOutcome>,
    /// Generated files, relative to the output folder.
    pub files: Vec<String>,
    /// Diagnostics that belong to no object (whole files, unparsed statements between objects).
    pub diagnostics: Vec<Located>,
    pub stats: Stats,
}

impl MigrationResult {
    /// No object was found and the input itself had an error (nothing readable, no `.sql`
    /// files): there is nothing to write.
    pub fn nothing_to_migrate(&self) -> bool {
        self.objects.is_empty() && self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }

    /// Process exit code: 0 when every object converted, 1 when some need review (or failed).
    pub fn exit_code(&self) -> i32 {
        let incomplete =
            self.objects.iter().any(|o| !matches!(o.status, Status::Converted | Status::ConvertedWithWarnings));
        let errors = self.diagnostics.iter().any(|d| d.severity == Severity::Error);
        if incomplete || errors {
            1
        } else {
            0
        }
    }
}
