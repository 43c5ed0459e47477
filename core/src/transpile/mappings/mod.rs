//! Dialect differences as data: one row per T-SQL construct, one rule per target (column order:
//! [`crate::transpile::Target::ALL`]). Adding a mapping is one row; the snapshot test
//! `mapping_table_renders` shows its effect for every target.

pub mod convert_styles;
pub mod dateparts;
pub mod functions;
pub mod reserved;
pub mod types;

/// Number of targets (columns) in every table.
pub const TARGETS: usize = super::Target::ALL.len();
