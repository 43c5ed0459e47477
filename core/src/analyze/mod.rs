//! Analyze: the catalog → a dependency graph, a topological order and per-object facts.
//!
//! Input: [`crate::catalog::Catalog`]. Output: [`Analysis`] — for every object its kind,
//! resolved dependencies, unresolved and external references, and the constructs that decide how
//! it converts (dynamic SQL, cursors, ...); the objects in dependency order; cycles as
//! diagnostics. Expression type inference ([`types`]) lives here because transpile needs it.
//! Never converts SQL and never writes files.

pub mod deps;
pub mod scope;
pub mod types;

use crate::catalog::names::{resolve, Resolved};
use crate::catalog::{Catalog, ObjectKey};
use crate::diagnostics::{Code, Diagnostic, Span};
use crate::parse::{RoutineKind, TriggerOn};
use deps::{Feature, References};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What kind of database object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectKind {
    Table,
    View,
    Procedure,
    ScalarFunction,
    InlineTableFunction,
    TableFunction,
    Trigger,
}

impl ObjectKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ObjectKind::Table => "table",
            ObjectKind::View => "view",
            ObjectKind::Procedure => "procedure",
            ObjectKind::ScalarFunction => "scalar_function",
            ObjectKind::InlineTableFunction => "inline_table_function",
            ObjectKind::TableFunction => "table_function",
            ObjectKind::Trigger => "trigger",
        }
    }

    fn of_routine(kind: RoutineKind) -> Self {
        match kind {
            RoutineKind::Procedure => ObjectKind::Procedure,
            RoutineKind::ScalarFunction => ObjectKind::ScalarFunction,
            RoutineKind::InlineTableFunction => ObjectKind::InlineTableFunction,
            RoutineKind::TableFunction => ObjectKind::TableFunction,
            RoutineKind::Trigger => ObjectKind::Trigger,
        }
    }
}

/// Facts about one object.
#[derive(Debug, Clone, Serialize)]
pub struct ObjectInfo {
    pub key: ObjectKey,
    pub kind: ObjectKind,
    pub span: Span,
    /// Objects of this database it uses.
    pub depends_on: BTreeSet<ObjectKey>,
    /// Names that resolve to nothing in the catalog.
    pub unresolved: Vec<String>,
    /// Names in other databases or servers.
    pub external: Vec<String>,
    pub features: BTreeSet<Feature>,
}

/// The dependency graph and facts of every object.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Analysis {
    pub objects: BTreeMap<ObjectKey, ObjectInfo>,
    /// Every object, dependencies first (ties in key order); objects in a cycle come last.
    pub order: Vec<ObjectKey>,
    /// Objects that are part of a dependency cycle.
    pub cycles: BTreeSet<ObjectKey>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Analyze the catalog.
pub fn analyze(catalog: &Catalog) -> Analysis {
    let mut objects = BTreeMap::new();
    for (key, table) in &catalog.tables {
        // Foreign keys are not build dependencies: a table (a dbt source) needs nothing first.
        objects.insert(key.clone(), new_info(key, ObjectKind::Table, table.span));
    }
    for (key, view) in &catalog.views {
        // A view header without a query (a parse leniency) references nothing.
        let refs = view.definition.query.as_deref().map(deps::query_references).unwrap_or_default();
        objects.insert(key.clone(), resolve_refs(catalog, new_info(key, ObjectKind::View, view.span), refs));
    }
    for (key, r) in &catalog.routines {
        let refs = match &r.definition.body.query {
            Some(q) => deps::query_references(q),
            None => deps::statements_references(&r.definition.body.statements),
        };
        let mut info = resolve_refs(catalog, new_info(key, ObjectKind::of_routine(r.kind), r.span), refs);
        if let Some(TriggerOn::Object(target)) = r.definition.trigger.as_ref().map(|t| &t.on) {
            if let Resolved::Local(t) = resolve(target, catalog.database.as_deref()) {
                info.depends_on.insert(t.key());
            }
        }
        objects.insert(key.clone(), info);
    }
    let (order, cycles) = topological_order(&objects);
    let diagnostics = cycles
        .iter()
        .filter_map(|k| objects.get(k))
        .map(|info| {
            Diagnostic::new(
                Code::DM2006,
                format!("`{}` is part of a dependency cycle; it cannot be ordered before its dependencies.", info.key),
                Some(info.span),
            )
        })
        .collect();
    Analysis { objects, order, cycles, diagnostics }
}

fn new_info(key: &ObjectKey, kind: ObjectKind, span: Span) -> ObjectInfo {
    ObjectInfo {
        key: key.clone(),
        kind,
        span,
        depends_on: BTreeSet::new(),
        unresolved: Vec::new(),
        external: Vec::new(),
        features: BTreeSet::new(),
    }
}

fn resolve_refs(catalog: &Catalog, mut info: ObjectInfo, refs: References) -> ObjectInfo {
    let db = catalog.database.as_deref();
    let names = refs.relations.iter().chain(&refs.functions).chain(&refs.procedures);
    for name in names {
        match resolve(name, db) {
            Resolved::Local(q) => {
                let k = q.key();
                let known = catalog.tables.contains_key(&k)
                    || catalog.views.contains_key(&k)
                    || catalog.routines.contains_key(&k);
                if known {
                    if k != info.key {
                        info.depends_on.insert(k);
                    }
                } else if !is_system_name(&q.schema, &q.name) {
                    let text = q.to_string();
                    if !info.unresolved.contains(&text) {
                        info.unresolved.push(text);
                    }
                }
            }
            Resolved::External(n) => {
                if !info.external.contains(&n) {
                    info.external.push(n);
                }
            }
        }
    }
    info.features = refs.features;
    info
}

/// `sys.*`, `INFORMATION_SCHEMA.*`: catalog views that exist on every server.
fn is_system_name(schema: &str, _name: &str) -> bool {
    schema.eq_ignore_ascii_case("sys") || schema.eq_ignore_ascii_case("information_schema")
}

/// Kahn's algorithm over `depends_on`, ties broken by key so the order is deterministic.
fn topological_order(objects: &BTreeMap<ObjectKey, ObjectInfo>) -> (Vec<ObjectKey>, BTreeSet<ObjectKey>) {
    let mut remaining: BTreeMap<&ObjectKey, usize> = objects
        .iter()
        .map(|(k, info)| (k, info.depends_on.iter().filter(|d| objects.contains_key(*d)).count()))
        .collect();
    let mut dependents: BTreeMap<&ObjectKey, Vec<&ObjectKey>> = BTreeMap::new();
    for (k, info) in objects {
        for d in &info.depends_on {
            if objects.contains_key(d) {
                dependents.entry(d).or_default().push(k);
            }
        }
    }
    let mut ready: BTreeSet<&ObjectKey> = remaining.iter().filter(|(_, n)| **n == 0).map(|(k, _)| *k).collect();
    let mut order = Vec::with_capacity(objects.len());
    while let Some(k) = ready.pop_first() {
        order.push(k.clone());
        remaining.remove(k);
        for dep in dependents.get(k).into_iter().flatten() {
            if let Some(n) = remaining.get_mut(dep) {
                *n -= 1;
                if *n == 0 {
                    ready.insert(dep);
                }
            }
        }
    }
    let cycles: BTreeSet<ObjectKey> = remaining.keys().map(|k| (*k).clone()).collect();
    order.extend(cycles.iter().cloned());
    (order, cycles)
}
