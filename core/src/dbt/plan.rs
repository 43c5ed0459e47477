//! The dbt names of every object, decided once before any SQL is converted, and the
//! [`transpile::Names`](crate::transpile::Names) implementation that turns references into
//! `ref()`s, `source()`s and macro calls.

use super::naming::{is_unusual, snake_case};
use crate::catalog::{Catalog, ObjectKey};
use crate::diagnostics::{Code, Diagnostic};
use crate::parse::RoutineKind;
use crate::transpile::{param_name, Names};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

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
        // Each object's wanted names (and its DM4005 notes) are worked out on any worker; making
        // them unique is one pass in the order tables, views, routines, each in key order.
        struct Wanted<'c> {
            key: &'c ObjectKey,
            span: crate::diagnostics::Span,
            notes: Vec<Diagnostic>,
            names: Vec<String>,
            kind: Option<RoutineKind>,
            params: Vec<String>,
            source: String,
            table: String,
        }
        let wanted = |key, span, notes, names, kind, params, source, table| Wanted {
            key,
            span,
            notes,
            names,
            kind,
            params,
            source,
            table,
        };
        let (tables, (views, routines)): (Vec<Wanted>, (Vec<Wanted>, Vec<Wanted>)) = crate::sections::parallel(|| {
            rayon::join(
                || {
                    catalog
                        .tables
                        .par_iter()
                        .map(|(key, t)| {
                            let mut notes = Vec::new();
                            note_unusual(&t.name.schema, t.span, &mut notes);
                            note_unusual(&t.name.name, t.span, &mut notes);
                            let base = format!("{}{}", schema_prefix(&t.name.schema), snake_case(&t.name.name));
                            let names = vec![format!("stg_{db}__{base}"), format!("raw_{db}__{base}")];
                            let source = snake_case(&t.name.schema);
                            let table = super::naming::inert(&t.name.name);
                            wanted(key, t.span, notes, names, None, Vec::new(), source, table)
                        })
                        .collect()
                },
                || {
                    rayon::join(
                        || {
                            catalog
                                .views
                                .par_iter()
                                .map(|(key, v)| {
                                    let mut notes = Vec::new();
                                    note_unusual(&v.name.schema, v.span, &mut notes);
                                    note_unusual(&v.name.name, v.span, &mut notes);
                                    let name = format!("{}{}", schema_prefix(&v.name.schema), snake_case(&v.name.name));
                                    wanted(
                                        key,
                                        v.span,
                                        notes,
                                        vec![name],
                                        None,
                                        Vec::new(),
                                        String::new(),
                                        String::new(),
                                    )
                                })
                                .collect()
                        },
                        || {
                            catalog
                                .routines
                                .par_iter()
                                .map(|(key, r)| {
                                    let mut notes = Vec::new();
                                    note_unusual(&r.name.name, r.span, &mut notes);
                                    let (names, params) = match r.kind {
                                        RoutineKind::ScalarFunction
                                        | RoutineKind::InlineTableFunction
                                        | RoutineKind::Procedure => {
                                            let name = format!(
                                                "{}{}",
                                                schema_prefix(&r.name.schema),
                                                snake_case(&r.name.name)
                                            );
                                            let params = match r.kind {
                                                RoutineKind::Procedure => Vec::new(),
                                                _ => r
                                                    .definition
                                                    .params
                                                    .iter()
                                                    .map(|p| param_name(&p.name.value))
                                                    .collect(),
                                            };
                                            (vec![name], params)
                                        }
                                        _ => (Vec::new(), Vec::new()),
                                    };
                                    wanted(
                                        key,
                                        r.span,
                                        notes,
                                        names,
                                        Some(r.kind),
                                        params,
                                        String::new(),
                                        String::new(),
                                    )
                                })
                                .collect()
                        },
                    )
                },
            )
        });
        // When no two wanted names are the same (found by a parallel sort), every name is its
        // own; otherwise each is checked against the names given so far.
        let clash = crate::sections::parallel(|| {
            let mut all: Vec<&str> =
                tables.iter().chain(&views).chain(&routines).flat_map(|w| w.names.iter().map(String::as_str)).collect();
            all.par_sort_unstable();
            all.par_windows(2).any(|w| w[0] == w[1])
        });
        let mut used: HashSet<String> = HashSet::new();
        let mut diagnostics = Vec::new();
        let mut unique = |wanted: String, span, diags: &mut Vec<Diagnostic>| -> String {
            if !clash {
                return wanted;
            }
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
        let mut table_names = Vec::with_capacity(tables.len());
        for w in tables {
            diagnostics.extend(w.notes);
            let mut names = w.names.into_iter();
            let staging = unique(names.next().unwrap_or_default(), w.span, &mut diagnostics);
            let seed = unique(names.next().unwrap_or_default(), w.span, &mut diagnostics);
            table_names.push((w.key.clone(), TableNames { source: w.source, table: w.table, staging, seed }));
        }
        let mut models = Vec::with_capacity(views.len() + routines.len());
        for w in views {
            diagnostics.extend(w.notes);
            for name in w.names {
                models.push((w.key.clone(), unique(name, w.span, &mut diagnostics)));
            }
        }
        let mut macros = Vec::new();
        for w in routines {
            diagnostics.extend(w.notes);
            for name in w.names {
                let name = unique(name, w.span, &mut diagnostics);
                match w.kind {
                    Some(RoutineKind::Procedure) => models.push((w.key.clone(), name)),
                    _ => macros.push((w.key.clone(), MacroNames { name, params: w.params.clone() })),
                }
            }
        }
        // Keys in order within each kind: each map is built in one pass (for a key that a view
        // and a procedure share, the procedure's name, as inserting them one by one kept).
        Plan {
            project: db.clone(),
            db,
            tables: table_names.into_iter().collect(),
            models: models.into_iter().collect(),
            macros: macros.into_iter().collect(),
            diagnostics,
        }
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
