//! Catalog: parsed statements → what the database contains.
//!
//! Input: [`crate::parse::ParsedBatch`]es in script order. Output: [`Catalog`] (schemas, tables with
//! columns, keys, checks, defaults, identity and computed columns, views, routines, descriptions
//! from `MS_Description`, table data from `INSERT ... VALUES`) plus diagnostics. Names resolve as
//! SQL Server does (default schema `dbo`, case-insensitive, brackets). Never converts SQL, never
//! reads files.

mod build;
pub mod constraints;
mod data;
pub mod model;
pub mod names;
mod properties;

pub use build::{build_catalog, Built, CatalogBuilder, Prepared, Preparer};
pub use model::*;
