//! The dbt names of every object, decided once before any SQL is converted, and the
//! [`transpile::Names`](crate::transpile::Names) implementation that turns references into
//! `ref()`s, `source()`s and macro calls.

use super::naming::{is_unusual, snake_case};
use crate::analyze::SortedMap;
use crate::catalog::{Catalog, ObjectKey, QualifiedName};
use crate::diagnostics::{Code, Diagnostic};
use crate::parse::RoutineKind;
use crate::transpile::{param_name, Names};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashSet;

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
    pub tables: SortedMap<ObjectKey, TableNames>,
    /// View and procedure models.
    pub models: SortedMap<ObjectKey, String>,
    pub macros: SortedMap<ObjectKey, MacroNames>,
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
        // Each object's wanted names (and its DM4005 notes) are worked out on any worker, into one
        // list in the order tables, views, routines (each in key order); making them unique is one
        // pass over it in that order.
        let named = |key, span, spelled: &[&str], names, gives| {
            let mut notes = Vec::new();
            for name in spelled {
                note_unusual(name, span, &mut notes);
            }
            Wanted { key, span, notes, names, gives }
        };
        let qualified = |q: &QualifiedName| format!("{}{}", schema_prefix(&q.schema), snake_case(&q.name));
        let mut wanted: Vec<Wanted> =
            Vec::with_capacity(catalog.tables.len() + catalog.views.len() + catalog.routines.len());
        crate::sections::parallel(|| {
            wanted.par_extend(catalog.tables.par_iter().map(|(key, t)| {
                let base = qualified(&t.name);
                let names = vec![format!("stg_{db}__{base}"), format!("raw_{db}__{base}")];
                let gives =
                    Gives::Table { source: snake_case(&t.name.schema), table: super::naming::inert(&t.name.name) };
                named(key, t.span, &[&t.name.schema, &t.name.name], names, gives)
            }));
            wanted.par_extend(catalog.views.par_iter().map(|(key, v)| {
                named(key, v.span, &[&v.name.schema, &v.name.name], vec![qualified(&v.name)], Gives::Model)
            }));
            wanted.par_extend(catalog.routines.par_iter().map(|(key, r)| {
                let (names, gives) = match r.kind {
                    RoutineKind::ScalarFunction | RoutineKind::InlineTableFunction => {
                        let params = r.definition.params.iter().map(|p| param_name(&p.name.value)).collect();
                        (vec![qualified(&r.name)], Gives::Macro(params))
                    }
                    RoutineKind::Procedure => (vec![qualified(&r.name)], Gives::Model),
                    _ => (Vec::new(), Gives::Model),
                };
                named(key, r.span, &[&r.name.name], names, gives)
            }));
        });
        // When no two wanted names are the same (found by a parallel sort), every name is its
        // own; otherwise each is checked against the names given so far.
        let clash = crate::sections::parallel(|| {
            let mut all: Vec<&str> = wanted.iter().flat_map(|w| w.names.iter().map(String::as_str)).collect();
            all.par_sort_unstable();
            all.par_windows(2).any(|w| w[0] == w[1])
        });
        let placed: Vec<(Vec<Diagnostic>, Placed)> = if clash {
            // Each name checked against the names given so far, in list order.
            let mut used: HashSet<String> = HashSet::new();
            let mut unique = |wanted: String, span, diags: &mut Vec<Diagnostic>| -> String {
                if !used.contains(&wanted) {
                    used.insert(wanted.clone());
                    return wanted;
                }
                let mut name = wanted.clone();
                let mut n = 2;
                while !used.insert(name.clone()) {
                    name = format!("{wanted}_{n}");
                    n += 1;
                }
                diags.push(Diagnostic::new(
                    Code::DM4004,
                    format!("Two objects map to the dbt name `{wanted}`; this one is `{name}`."),
                    Some(span),
                ));
                name
            };
            wanted.into_iter().map(|w| place(w, &mut unique)).collect()
        } else {
            // Every name is its own: each object is placed on any worker, in list order.
            crate::sections::parallel(|| wanted.into_par_iter().map(|w| place(w, |name, _, _| name)).collect())
        };
        // The list holds tables, then views, then routines, each kind in key order: the tables and
        // the macros are sorted lists already; the models are two sorted runs (views, then
        // procedures), and for a key that a view and a procedure share the procedure's name is
        // kept, as inserting them one by one did.
        let mut diagnostics = Vec::new();
        let (mut tables, mut models, mut macros) = (Vec::new(), Vec::new(), Vec::new());
        for (notes, p) in placed {
            diagnostics.extend(notes);
            match p {
                Placed::Table(key, names) => tables.push((key, names)),
                Placed::Models(key, names) => models.extend(names.into_iter().map(|name| (key.clone(), name))),
                Placed::Macros(key, names) => macros.extend(names.into_iter().map(|m| (key.clone(), m))),
            }
        }
        Plan {
            project: db.clone(),
            db,
            tables: tables.into_iter().collect(),
            models: models.into_iter().collect(),
            macros: macros.into_iter().collect(),
            diagnostics,
        }
    }
}

/// An object's unique dbt names, by what it gives.
enum Placed {
    Table(ObjectKey, TableNames),
    Models(ObjectKey, Vec<String>),
    Macros(ObjectKey, Vec<MacroNames>),
}

/// What an object's names make of it, each name passed through `unique` (which may add a
/// DM4004 after the object's DM4005 notes); the notes come back with it.
fn place(
    w: Wanted<'_>,
    mut unique: impl FnMut(String, crate::diagnostics::Span, &mut Vec<Diagnostic>) -> String,
) -> (Vec<Diagnostic>, Placed) {
    let Wanted { key, span, mut notes, names, gives } = w;
    let names: Vec<String> = names.into_iter().map(|name| unique(name, span, &mut notes)).collect();
    let key = key.clone();
    let placed = match gives {
        Gives::Table { source, table } => {
            let mut names = names.into_iter();
            let staging = names.next().unwrap_or_default();
            let seed = names.next().unwrap_or_default();
            Placed::Table(key, TableNames { source, table, staging, seed })
        }
        Gives::Model => Placed::Models(key, names),
        Gives::Macro(params) => {
            Placed::Macros(key, names.into_iter().map(|name| MacroNames { name, params: params.clone() }).collect())
        }
    };
    (notes, placed)
}

/// An object's wanted dbt names (before they are made unique) and its DM4005 notes.
struct Wanted<'c> {
    key: &'c ObjectKey,
    span: crate::diagnostics::Span,
    notes: Vec<Diagnostic>,
    names: Vec<String>,
    gives: Gives,
}

/// What an object's names become: a table's staging model and seed (its source names with
/// them), models (views, procedures), or a macro with its parameters.
enum Gives {
    Table { source: String, table: String },
    Model,
    Macro(Vec<String>),
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
    /// A hash set of borrowed keys: one insert per converted object happens between parallel
    /// levels.
    pub converted: HashSet<&'p ObjectKey>,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::build_catalog;
    use crate::parse::{parse_batch, ParsedBatch};
    use crate::source::{load_memory, split_batches};

    fn plan(sql: &str) -> Plan {
        let loaded = load_memory(vec![("p.sql".into(), sql.as_bytes().to_vec())]);
        let batches: Vec<ParsedBatch> =
            split_batches(&loaded.sources.files[0]).batches.iter().map(parse_batch).collect();
        Plan::new(&build_catalog(&batches).catalog, "Shop")
    }

    /// Names that clash get the first free `_2`, `_3`, ... in key order (a suffixed name may
    /// itself be another object's wanted name), each with a DM4004; without a clash every
    /// object keeps its wanted name.
    #[test]
    fn clashing_dbt_names_get_the_next_free_suffix() {
        let p = plan(
            "CREATE TABLE dbo.order_line (id int)\nGO\nCREATE TABLE dbo.order_line_2 (id int)\nGO\n\
             CREATE TABLE dbo.OrderLine (id int)\nGO\nCREATE VIEW dbo.v AS SELECT 1 AS x\nGO\n",
        );
        let staging: Vec<&str> = p.tables.values().map(|t| t.staging.as_str()).collect();
        assert_eq!(staging, ["stg_shop__order_line", "stg_shop__order_line_2", "stg_shop__order_line_3"]);
        let codes: Vec<Code> = p.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::DM4004, Code::DM4004], "{:?}", p.diagnostics);
        assert_eq!(p.models.values().collect::<Vec<_>>(), ["v"]);
        let p = plan("CREATE TABLE dbo.a (id int)\nGO\nCREATE VIEW dbo.b AS SELECT 1 AS x\nGO\n");
        assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
        assert_eq!(p.tables.values().map(|t| t.seed.as_str()).collect::<Vec<_>>(), ["raw_shop__a"]);
    }
}
