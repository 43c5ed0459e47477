//! datamigrate-core: migrate Microsoft SQL Server T-SQL to dbt projects.
//!
//! The pipeline (see DESIGN.md): [`source`] → [`parse`] → [`catalog`] → [`analyze`] → [`transpile`]
//! → [`dbt`] → [`validate`], driven by [`pipeline`].

pub mod analyze;
pub mod api;
pub mod catalog;
pub mod dbt;
pub mod diagnostics;
pub mod parse;
pub mod pipeline;
pub mod report;
pub mod sections;
pub mod source;
pub mod transpile;
pub mod validate;

pub use diagnostics::{Code, Diagnostic, Severity, Span};
pub use pipeline::{migrate, plan, MigrationResult, ObjectOutcome, Options, Progress, Status};
pub use transpile::Target;
pub use validate::{validate, ValidateOptions, Validation};

/// The version of this library (and of the CLI built with it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
