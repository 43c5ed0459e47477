//! The dbt names of every object, decided once before any SQL is converted, and the
//! [`transpile::Names`](crate::transpile::Names) implementation that turns references into
//! `ref()`s, `source()`s and macro calls.

use super::naming::{is_unusual, snake_case};
use crate::catalog::{Catalog, ObjectKey};
use crate::diagnostics::{Code, Diagnostic};
use crate::parse::RoutineKind;
use crate::transpile::{param_name, Names};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// dbt names of a table.
#[derive(Debug, Clone, Serialize)]
pub struct TableNames {
    /// The dbt source (one per SQL Server schema).
    pub source: String,
    /// The source table name: the SQL Server name, made [`inert`](super::naming::inert).
    pub table: String,
    /// Staging model `stg_<db>__<schema>_<table>` (schema omitted for dbo).
    pub staging: String,
    /// Seed holding the table's data; the source points at it.
    pub seed: String,
}

/// dbt names of a function converted to a macro.
#[derive(Debug, Clone, Serialize)]
pub struct MacroNames {
    pub name: String,
    pub params: Vec<String>,
}

/// Every object's dbt name.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// dbt project (and profile) name.
    pub project: String,
    /// Folder name for this database under models/, seeds/, macros/.
    pub db: String,
    pub tables: BTreeMap<ObjectKey, TableNames>,
    /// View and procedure models.
    pub models: BTreeMap<ObjectKey, String>,
    pub macros: BTreeMap<ObjectKey, MacroNames>,
    #[serde(skip)]
    pub diagnostics: Vec<Diagnostic>,
}

/// The part of a name for a schema: empty for `dbo`.
fn schema_prefix(schema: &str) -> String {
    if schema.eq_ignore_ascii_case("dbo") {
        String::new()
    } else {
        format!("{}_", snake_case(schema))
    }
}

impl Plan {
    /// Assign names. `fallback_name` names the project when the scripts have no `USE [db]`.
    pub fn new(catalog: &Catalog, fallback_name: &str) -> Plan {
        let db = snake_case(catalog.database.as_deref().unwrap_or(fallback_name));
        let mut used = BTreeSet::new();
        let mut diagnostics = Vec::new();
        let mut unique = |wanted: String, span, diags: &mut Vec<Diagnostic>| -> String {
            let mut name = wanted.clone();
            let mut n = 2;
            while !used.insert(name.clone()) {
                name = format!("{wanted}_{n}");
                n += 1;
            }
            if name != wanted {
                diags.push(Diagnostic::new(
                    Code::DM4004,
                    format!("Two objects map to the dbt name `{wanted}`; this one is `{name}`."),
                    Some(span),
                ));
            }
            name
        };
        let mut tables = BTreeMap::new();
        for (key, t) in &catalog.tables {
            note_unusual(&t.name.schema, t.span, &mut diagnostics);
            note_unusual(&t.name.name, t.span, &mut diagnostics);
            let base = format!("{}{}", schema_prefix(&t.name.schema), snake_case(&t.name.name));
            let staging = unique(format!("stg_{db}__{base}"), t.span, &mut diagnostics);
            let seed = unique(format!("raw_{db}__{base}"), t.span, &mut diagnostics);
            tables.insert(
                key.clone(),
                TableNames {
                    source: snake_case(&t.name.schema),
                    table: super::naming::inert(&t.name.name),
                    staging,
                    seed,
                },
            );
        }
        let mut models = BTreeMap::new();
        for (key, v) in &catalog.views {
            note_unusual(&v.name.schema, v.span, &mut diagnostics);
            note_unusual(&v.name.name, v.span, &mut diagnostics);
            let name = unique(
                format!("{}{}", schema_prefix(&v.name.schema), snake_case(&v.name.name)),
                v.span,
                &mut diagnostics,
            );
            models.insert(key.clone(), name);
        }
        let mut macros = BTreeMap::new();
        for (key, r) in &catalog.routines {
            note_unusual(&r.name.name, r.span, &mut diagnostics);
            match r.kind {
                RoutineKind::ScalarFunction | RoutineKind::InlineTableFunction => {
                    let name = unique(
                        format!("{}{}", schema_prefix(&r.name.schema), snake_case(&r.name.name)),
                        r.span,
                        &mut diagnostics,
                    );
                    let params = r.definition.params.iter().map(|p| param_name(&p.name.value)).collect();
                    macros.insert(key.clone(), MacroNames { name, params });
                }
                RoutineKind::Procedure => {
                    let name = unique(
                        format!("{}{}", schema_prefix(&r.name.schema), snake_case(&r.name.name)),
                        r.span,
                        &mut diagnostics,
                    );
                    models.insert(key.clone(), name);
                }
                _ => {}
            }
        }
        Plan { project: db.clone(), db, tables, models, macros, diagnostics }
    }
}

fn note_unusual(name: &str, span: crate::diagnostics::Span, diags: &mut Vec<Diagnostic>) {
    if is_unusual(name) {
        diags.push(Diagnostic::new(
            Code::DM4005,
            format!(
                "The name `{name}` has characters that are not safe in file names; its dbt name is `{}`.",
                snake_case(name)
            ),
            Some(span),
        ));
    }
}

/// Resolves references while objects are converted in dependency order: only objects that did
/// convert can be referenced; anything else makes the referring object blocked.
pub struct Resolver<'p> {
    pub plan: &'p Plan,
    pub converted: BTreeSet<ObjectKey>,
}

impl Names for Resolver<'_> {
    fn relation(&self, key: &ObjectKey) -> Option<String> {
        if let Some(t) = self.plan.tables.get(key) {
            return Some(format!("{{{{ ref('{}') }}}}", t.staging));
        }
        if self.converted.contains(key) {
            return self.plan.models.get(key).map(|m| format!("{{{{ ref('{m}') }}}}"));
        }
        None
    }

    fn function_call(&self, key: &ObjectKey, args: &[String]) -> Option<String> {
        if !self.converted.contains(key) {
            return None;
        }
        let m = self.plan.macros.get(key)?;
        let args: Vec<String> = args.iter().map(|a| jinja_string(a)).collect();
        Some(format!("{{{{ {}({}) }}}}", m.name, args.join(", ")))
    }
}

/// A Jinja string literal holding SQL text.
fn jinja_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}
