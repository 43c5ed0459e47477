//! Name scopes of queries: which relation each column comes from and its type. Used to infer
//! expression types (views over views, CTEs, derived tables) and by transpile's rewrites.

use super::types::{infer, ColumnTypes, Ty};
use crate::catalog::names::{resolve, Resolved};
use crate::catalog::{Catalog, ObjectKey, View};
use crate::parse::CreateView;
use sqlparser::ast::{Expr, Query, Select, SelectItem, SetExpr, TableFactor, TableWithJoins};
use std::collections::BTreeMap;

/// Output columns of a relation: name (as written) and type.
pub type Columns = Vec<(String, Ty)>;

/// What scopes look names up in: the catalog, already-known view columns, routine parameters.
pub struct Env<'a> {
    pub catalog: &'a Catalog,
    /// Output columns of views inferred so far (filled in dependency order).
    pub views: &'a BTreeMap<ObjectKey, Columns>,
    /// Parameters and variables of the routine being converted (`@name` → type).
    pub variables: BTreeMap<String, Ty>,
}

impl<'a> Env<'a> {
    pub fn new(catalog: &'a Catalog, views: &'a BTreeMap<ObjectKey, Columns>) -> Self {
        Env { catalog, views, variables: BTreeMap::new() }
    }

    /// Columns of a table (computed columns inferred from their expression) or view.
    pub fn relation_columns(&self, key: &ObjectKey) -> Option<Columns> {
        if let Some(t) = self.catalog.tables.get(key) {
            let stored: Columns = t
                .columns
                .iter()
                .map(|c| (c.name.clone(), c.data_type.as_ref().map(Ty::of).unwrap_or(Ty::Unknown)))
                .collect();
            let table_scope = Scope::root(self).with_relation(t.name.name.clone(), stored.clone());
            return Some(
                t.columns
                    .iter()
                    .zip(stored)
                    .map(|(c, (n, ty))| match &c.computed {
                        Some(e) => (n, infer(e, &table_scope)),
                        None => (n, ty),
                    })
                    .collect(),
            );
        }
        self.views.get(key).cloned()
    }
}

/// One relation visible in a query.
#[derive(Debug, Clone)]
struct Relation {
    /// Alias, or the table's own name when it has none (lower case).
    name: String,
    columns: Columns,
}

/// The relations visible at one level of a query, with an optional enclosing scope (for
/// correlated subqueries).
pub struct Scope<'s> {
    env: &'s Env<'s>,
    parent: Option<&'s Scope<'s>>,
    relations: Vec<Relation>,
    ctes: BTreeMap<String, Columns>,
}

impl<'s> Scope<'s> {
    /// An empty top-level scope.
    pub fn root(env: &'s Env<'s>) -> Self {
        Scope { env, parent: None, relations: Vec::new(), ctes: BTreeMap::new() }
    }

    /// A scope nested in `parent` (for a subquery).
    pub fn child(parent: &'s Scope<'s>) -> Self {
        Scope { env: parent.env, parent: Some(parent), relations: Vec::new(), ctes: parent.ctes.clone() }
    }

    /// Add a relation by name.
    pub fn with_relation(mut self, name: String, columns: Columns) -> Self {
        self.relations.push(Relation { name: name.to_lowercase(), columns });
        self
    }

    /// Add the CTEs of `query` (each inferred in turn, so later CTEs see earlier ones).
    pub fn add_ctes(&mut self, query: &Query) {
        if let Some(with) = &query.with {
            for cte in &with.cte_tables {
                let mut cols = query_columns(&cte.query, self);
                for (i, alias_col) in cte.alias.columns.iter().enumerate() {
                    if let Some(c) = cols.get_mut(i) {
                        c.0 = alias_col.name.value.clone();
                    }
                }
                self.ctes.insert(cte.alias.name.value.to_lowercase(), cols);
            }
        }
    }

    /// Add the relations of a SELECT's FROM clause.
    pub fn add_from(&mut self, from: &[TableWithJoins]) {
        for twj in from {
            self.add_factor(&twj.relation);
            for j in &twj.joins {
                self.add_factor(&j.relation);
            }
        }
    }

    fn add_factor(&mut self, factor: &TableFactor) {
        match factor {
            TableFactor::Table { name, alias, .. } => {
                let parts = crate::catalog::names::parts(name);
                let own = parts.last().cloned().unwrap_or_default();
                let cols = if parts.len() == 1 && self.ctes.contains_key(&own.to_lowercase()) {
                    self.ctes.get(&own.to_lowercase()).cloned().unwrap_or_default()
                } else {
                    match resolve(name, self.env.catalog.database.as_deref()) {
                        Resolved::Local(q) => self.env.relation_columns(&q.key()).unwrap_or_default(),
                        Resolved::External(_) => Vec::new(),
                    }
                };
                let label = alias.as_ref().map(|a| a.name.value.clone()).unwrap_or(own);
                self.relations.push(Relation { name: label.to_lowercase(), columns: cols });
            }
            TableFactor::Derived { subquery, alias, .. } => {
                let mut cols = query_columns(subquery, self);
                if let Some(a) = alias {
                    for (i, c) in a.columns.iter().enumerate() {
                        if let Some(col) = cols.get_mut(i) {
                            col.0 = c.name.value.clone();
                        }
                    }
                }
                let label = alias.as_ref().map(|a| a.name.value.to_lowercase()).unwrap_or_default();
                self.relations.push(Relation { name: label, columns: cols });
            }
            TableFactor::NestedJoin { table_with_joins, .. } => {
                self.add_from(std::slice::from_ref(table_with_joins));
            }
            other => {
                // Table functions, APPLY targets, PIVOT: columns unknown for now.
                let label = match other {
                    TableFactor::Function { alias, .. } | TableFactor::TableFunction { alias, .. } => {
                        alias.as_ref().map(|a| a.name.value.to_lowercase()).unwrap_or_default()
                    }
                    _ => String::new(),
                };
                self.relations.push(Relation { name: label, columns: Vec::new() });
            }
        }
    }

    /// Does this query level, or an enclosing one, read any relation?
    pub fn has_relations(&self) -> bool {
        !self.relations.is_empty() || self.parent.is_some_and(Scope::has_relations)
    }

    /// Is `name` a CTE visible here?
    pub fn has_cte(&self, name: &str) -> bool {
        self.ctes.contains_key(&name.to_lowercase())
    }

    /// All columns of relation `qualifier`, or of every relation (for `*`).
    pub fn star_columns(&self, qualifier: Option<&str>) -> Columns {
        self.relations
            .iter()
            .filter(|r| qualifier.is_none_or(|q| r.name.eq_ignore_ascii_case(q)))
            .flat_map(|r| r.columns.iter().cloned())
            .collect()
    }
}

impl ColumnTypes for Scope<'_> {
    fn column_type(&self, qualifier: Option<&str>, column: &str) -> Option<Ty> {
        let hit = self
            .relations
            .iter()
            .filter(|r| qualifier.is_none_or(|q| r.name.eq_ignore_ascii_case(q)))
            .find_map(|r| r.columns.iter().find(|(n, _)| n.eq_ignore_ascii_case(column)).map(|(_, t)| *t));
        hit.or_else(|| self.parent.and_then(|p| p.column_type(qualifier, column)))
    }

    fn variable_type(&self, name: &str) -> Option<Ty> {
        self.env.variables.get(&name.to_lowercase()).copied()
    }

    fn function_type(&self, name: &[String]) -> Option<Ty> {
        let obj = sqlparser::ast::ObjectName::from(
            name.iter().map(|p| sqlparser::ast::Ident::new(p.clone())).collect::<Vec<_>>(),
        );
        let key = match resolve(&obj, self.env.catalog.database.as_deref()) {
            Resolved::Local(q) => q.key(),
            Resolved::External(_) => return None,
        };
        let r = self.env.catalog.routines.get(&key)?;
        r.definition.returns.as_ref().map(Ty::of)
    }
}

/// Output columns (names and types) of a query evaluated inside `outer`.
pub fn query_columns(query: &Query, outer: &Scope<'_>) -> Columns {
    let mut scope = Scope::child(outer);
    scope.add_ctes(query);
    set_expr_columns(&query.body, &scope)
}

fn set_expr_columns(body: &SetExpr, scope: &Scope<'_>) -> Columns {
    match body {
        SetExpr::Select(select) => select_columns(select, scope),
        SetExpr::Query(q) => query_columns(q, scope),
        SetExpr::SetOperation { left, right, .. } => {
            let l = set_expr_columns(left, scope);
            let r = set_expr_columns(right, scope);
            l.into_iter()
                .enumerate()
                .map(|(i, (n, t))| (n, r.get(i).map(|(_, rt)| Ty::combine(t, *rt)).unwrap_or(t)))
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Output columns of one SELECT.
pub fn select_columns(select: &Select, outer: &Scope<'_>) -> Columns {
    let mut scope = Scope::child(outer);
    scope.add_from(&select.from);
    select_items_columns(&select.projection, &scope)
}

/// Output columns of a select list in an already-built scope.
pub fn select_items_columns(items: &[SelectItem], scope: &Scope<'_>) -> Columns {
    let mut out = Vec::new();
    for item in items {
        match item {
            SelectItem::UnnamedExpr(e) => out.push((implicit_name(e), infer(e, scope))),
            SelectItem::ExprWithAlias { expr, alias } => out.push((alias.value.clone(), infer(expr, scope))),
            SelectItem::Wildcard(_) => out.extend(scope.star_columns(None)),
            SelectItem::QualifiedWildcard(kind, _) => {
                out.extend(scope.star_columns(Some(&wildcard_qualifier(kind))));
            }
            SelectItem::ExprWithAliases { expr, aliases } => {
                for a in aliases {
                    out.push((a.value.clone(), infer(expr, scope)));
                }
            }
        }
    }
    out
}

/// The relation `t` of `t.*` (or `s.t.*`): its last name part, brackets removed.
pub fn wildcard_qualifier(kind: &sqlparser::ast::SelectItemQualifiedWildcardKind) -> String {
    match kind {
        sqlparser::ast::SelectItemQualifiedWildcardKind::ObjectName(n) => {
            crate::catalog::names::parts(n).last().cloned().unwrap_or_default()
        }
        sqlparser::ast::SelectItemQualifiedWildcardKind::Expr(e) => implicit_name(e),
    }
}

/// The name SQL Server gives an unaliased select item (`t.col` → `col`; others have none).
pub fn implicit_name(e: &Expr) -> String {
    match e {
        Expr::Identifier(id) => id.value.clone(),
        Expr::CompoundIdentifier(ids) => ids.last().map(|i| i.value.clone()).unwrap_or_default(),
        Expr::Nested(inner) => implicit_name(inner),
        _ => String::new(),
    }
}

/// Output columns of every view, inferred in dependency order.
pub fn view_columns(catalog: &Catalog, order: &[ObjectKey]) -> BTreeMap<ObjectKey, Columns> {
    let levels: Vec<Vec<ObjectKey>> = order.iter().map(|k| vec![k.clone()]).collect();
    view_columns_in_levels(catalog, &levels)
}

/// [`view_columns`] with the views in dependency levels (a view depends only on views of earlier
/// levels): the views of a level are worked out in parallel.
pub fn view_columns_in_levels(catalog: &Catalog, levels: &[Vec<ObjectKey>]) -> BTreeMap<ObjectKey, Columns> {
    use rayon::prelude::*;
    let mut known: BTreeMap<ObjectKey, Columns> = BTreeMap::new();
    for level in levels {
        let found: Vec<(ObjectKey, Columns)> = crate::sections::parallel(|| {
            level
                .par_iter()
                .filter_map(|key| {
                    let view = catalog.views.get(key)?;
                    let env = Env::new(catalog, &known);
                    Some((key.clone(), columns_of_view(view, &view.tree(), &env)))
                })
                .collect()
        });
        add_level(&mut known, found);
    }
    known
}

/// The output columns of `view` (its tree `definition`, as [`View::tree`] gives it), over the
/// views `env` knows (those of earlier dependency levels): names as the view's column list or
/// its query gives them, types inferred.
pub fn columns_of_view(view: &View, definition: &CreateView, env: &Env<'_>) -> Columns {
    let root = Scope::root(env);
    let mut cols = match &definition.query {
        Some(q) => query_columns(q, &root),
        None => Columns::new(),
    };
    for (i, c) in view.definition.columns.iter().enumerate() {
        if let Some(col) = cols.get_mut(i) {
            col.0 = c.value.clone();
        }
    }
    cols
}

/// Put one dependency level's view columns into `known`. Many at once (the views of a level over
/// tables, typically all of them) are sorted on the workers and put in as one sorted map,
/// instead of one insert each.
pub fn add_level(known: &mut BTreeMap<ObjectKey, Columns>, mut found: Vec<(ObjectKey, Columns)>) {
    use rayon::prelude::*;
    if found.len() >= 64 && found.len() * 4 >= known.len() {
        crate::sections::parallel(|| found.par_sort_unstable_by(|a, b| a.0.cmp(&b.0)));
        let mut level: BTreeMap<ObjectKey, Columns> = found.into_iter().collect();
        known.append(&mut level);
    } else {
        known.extend(found);
    }
}

/// Declared parameter types of a routine as a variable map.
pub fn parameter_types(params: &[crate::parse::Param]) -> BTreeMap<String, Ty> {
    params.iter().map(|p| (p.name.value.to_lowercase(), Ty::of(&p.data_type))).collect()
}
