//! Diagnostics: the one way problems in the user's SQL are reported.
//!
//! Input: nothing (this module sits below every phase). Output: [`Diagnostic`], [`Span`], [`FileId`],
//! [`LineIndex`] and the code registry in [`codes`]. It never prints and never decides policy: phases
//! collect diagnostics and return them beside their output; renderers format them.

pub mod codes;
mod line_index;

pub use codes::Code;
pub use line_index::{LineCol, LineIndex};

use serde::{Deserialize, Serialize};

/// Stable id of a loaded source file (its index in the `SourceSet`, in sorted path order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FileId(pub u32);

/// A byte range in the *decoded* text of one source file.
///
/// Offsets are into the UTF-8 text the file decoded to; line and column (computed with
/// [`LineIndex`]) count lines and characters, so they are the same as in the original file whatever
/// its encoding (UTF-16, Windows-1252, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (byte offsets) in `file`.
    pub fn new(file: FileId, start: u32, end: u32) -> Self {
        Span { file, start, end: end.max(start) }
    }
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The object (or file) could not be processed.
    Error,
    /// Processed, but a person should look: meaning may differ or something was dropped.
    Warning,
    /// Worth knowing; nothing is lost.
    Info,
}

impl Severity {
    /// Lower-case name as used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One problem found in the user's input, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// One sentence: what was found and what was expected.
    pub message: String,
    /// Where in the user's text; `None` for problems that belong to no text (a whole run).
    pub span: Option<Span>,
    /// What the user can do.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with the code's default severity and help text.
    pub fn new(code: Code, message: impl Into<String>, span: Option<Span>) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            message: message.into(),
            span,
            help: Some(code.fix().to_string()).filter(|h| !h.is_empty()),
        }
    }

    /// Same diagnostic with another help text.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Same diagnostic with another severity.
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

/// Take out of `diags` those that start inside `span` (its end included), keeping the order of
/// both parts: the diagnostics of one statement, out of its batch's.
pub fn take_inside(diags: &mut Vec<Diagnostic>, span: Span) -> Vec<Diagnostic> {
    let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(diags)
        .into_iter()
        .partition(|d| d.span.is_some_and(|sp| sp.file == span.file && span.start <= sp.start && sp.start <= span.end));
    *diags = rest;
    mine
}
