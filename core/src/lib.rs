//! datamigrate-core: migrate Microsoft SQL Server T-SQL to dbt projects.
//!
//! The pipeline (see DESIGN.md): [`source`] → [`parse`] → [`catalog`] → [`analyze`] → [`transpile`]
//! → [`dbt`] → [`validate`], driven by [`pipeline`].

pub mod diagnostics;
pub mod parse;
pub mod source;
