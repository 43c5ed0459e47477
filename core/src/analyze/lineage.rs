//! Column-level lineage of views and inline table functions: every output column traced to the
//! columns it is computed from, through joins, CTEs, derived tables, subqueries, `*` / `t.*`
//! (expanded from the catalog), CASE and function calls.
//!
//! Two levels are kept per column: `sources`, the columns of the relations the query reads
//! directly (a view over a view names the inner view's columns), and `base_sources`, the same
//! traced through views and inline functions down to table columns (or external objects).
//! Filters (WHERE, JOIN ... ON, GROUP BY) are not inputs: lineage says where a value comes from.

use super::graph::{resolve_name, RefTarget};
use crate::catalog::names::{parts, DEFAULT_SCHEMA};
use crate::catalog::{Catalog, ObjectKey};
use serde::Serialize;
use sqlparser::ast::{
    Expr, FunctionArg, FunctionArgExpr, FunctionArguments, Query, Select, SelectItem, SetExpr, TableAlias, TableFactor,
    TableWithJoins, Visit, Visitor,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::ControlFlow;

/// A column of a relation: `schema.object` (or an external node's name) and the column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ColumnRef {
    /// `schema.name` key of a table, view or function (lower case), or an external node's name.
    pub object: String,
    /// The column as the catalog spells it (as written when the relation's columns are unknown;
    /// `*` for `SELECT *` over a relation whose columns are unknown).
    pub column: String,
}

/// Where one output column's value comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ColumnLineage {
    /// The output column's name (empty for an unnamed expression).
    pub column: String,
    /// Columns of the relations the query reads directly (tables, views, functions, external
    /// objects). Empty for a column computed from literals only.
    pub sources: BTreeSet<ColumnRef>,
    /// `sources` traced through views and inline functions down to table (or external) columns.
    pub base_sources: BTreeSet<ColumnRef>,
    /// Column names used by the expression that match no visible relation.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub unresolved: BTreeSet<String>,
}

/// A column while it is being traced.
#[derive(Debug, Clone, Default)]
struct Col {
    name: String,
    direct: BTreeSet<ColumnRef>,
    base: BTreeSet<ColumnRef>,
    unresolved: BTreeSet<String>,
}

impl Col {
    fn absorb(&mut self, other: Col) {
        self.direct.extend(other.direct);
        self.base.extend(other.base);
        self.unresolved.extend(other.unresolved);
    }

    fn into_lineage(self) -> ColumnLineage {
        ColumnLineage { column: self.name, sources: self.direct, base_sources: self.base, unresolved: self.unresolved }
    }
}

/// One relation visible in a SELECT.
#[derive(Debug, Clone)]
struct Rel {
    /// Alias, or the relation's own name (lower case).
    alias: String,
    /// `None` when the columns are unknown (external, unresolved, table functions).
    columns: Option<Vec<Col>>,
    /// What a column of an unknown relation is attributed to.
    object: String,
}

/// The relations of one SELECT and the enclosing ones (for correlated subqueries).
struct Frame<'f> {
    rels: Vec<Rel>,
    parent: Option<&'f Frame<'f>>,
}

type Ctes = BTreeMap<String, Vec<Col>>;

/// Traces queries against the catalog and the lineage of views and functions traced so far.
pub struct Lineager<'a> {
    catalog: &'a Catalog,
    /// Lineage of views and inline functions already traced (filled in dependency order, between
    /// parallel levels: a hash map, so filling it costs little serial time).
    pub known: HashMap<ObjectKey, Vec<ColumnLineage>>,
}

impl<'a> Lineager<'a> {
    pub fn new(catalog: &'a Catalog) -> Self {
        Lineager { catalog, known: HashMap::new() }
    }

    /// Lineage of a query's output columns; `names` (a view's column list) renames them in order.
    pub fn trace(&self, query: &Query, names: &[String]) -> Vec<ColumnLineage> {
        let mut cols = self.query(query, None, &Ctes::new());
        for (c, n) in cols.iter_mut().zip(names) {
            c.name = n.clone();
        }
        cols.into_iter().map(Col::into_lineage).collect()
    }

    fn query(&self, q: &Query, outer: Option<&Frame<'_>>, ctes: &Ctes) -> Vec<Col> {
        let mut ctes = ctes.clone();
        if let Some(with) = &q.with {
            for cte in &with.cte_tables {
                let name = cte.alias.name.value.to_lowercase();
                // A recursive CTE sees itself with no known columns until its anchor is traced.
                ctes.insert(name.clone(), Vec::new());
                let mut cols = self.query(&cte.query, outer, &ctes);
                rename(&mut cols, Some(&cte.alias));
                ctes.insert(name, cols);
            }
        }
        self.set_expr(&q.body, outer, &ctes)
    }

    fn set_expr(&self, body: &SetExpr, outer: Option<&Frame<'_>>, ctes: &Ctes) -> Vec<Col> {
        match body {
            SetExpr::Select(s) => self.select(s, outer, ctes),
            SetExpr::Query(q) => self.query(q, outer, ctes),
            SetExpr::SetOperation { left, right, .. } => {
                let mut l = self.set_expr(left, outer, ctes);
                let r = self.set_expr(right, outer, ctes);
                for (a, b) in l.iter_mut().zip(r) {
                    a.absorb(b);
                }
                l
            }
            SetExpr::Values(v) => {
                let frame = Frame { rels: Vec::new(), parent: outer };
                let mut cols: Vec<Col> = Vec::new();
                for row in &v.rows {
                    for (i, e) in row.iter().enumerate() {
                        let c = self.expr(e, &frame, ctes);
                        match cols.get_mut(i) {
                            Some(existing) => existing.absorb(c),
                            None => cols.push(Col { name: format!("column{}", i + 1), ..c }),
                        }
                    }
                }
                cols
            }
            _ => Vec::new(),
        }
    }

    fn select(&self, s: &Select, outer: Option<&Frame<'_>>, ctes: &Ctes) -> Vec<Col> {
        let mut frame = Frame { rels: Vec::new(), parent: outer };
        for twj in &s.from {
            self.add_from(&mut frame, twj, outer, ctes);
        }
        let mut out = Vec::new();
        for item in &s.projection {
            match item {
                SelectItem::UnnamedExpr(e) => {
                    let c = self.expr(e, &frame, ctes);
                    out.push(Col { name: super::scope::implicit_name(e), ..c });
                }
                SelectItem::ExprWithAlias { expr, alias } => {
                    let c = self.expr(expr, &frame, ctes);
                    out.push(Col { name: alias.value.clone(), ..c });
                }
                SelectItem::ExprWithAliases { expr, aliases } => {
                    let c = self.expr(expr, &frame, ctes);
                    out.extend(aliases.iter().map(|a| Col { name: a.value.clone(), ..c.clone() }));
                }
                SelectItem::Wildcard(_) => {
                    for r in &frame.rels {
                        out.extend(star(r));
                    }
                }
                SelectItem::QualifiedWildcard(kind, _) => {
                    let last = super::scope::wildcard_qualifier(kind).to_lowercase();
                    for r in frame.rels.iter().filter(|r| r.alias == last) {
                        out.extend(star(r));
                    }
                }
            }
        }
        out
    }

    fn add_from(&self, frame: &mut Frame<'_>, twj: &TableWithJoins, outer: Option<&Frame<'_>>, ctes: &Ctes) {
        self.add_factor(frame, &twj.relation, outer, ctes);
        for j in &twj.joins {
            self.add_factor(frame, &j.relation, outer, ctes);
        }
    }

    fn add_factor(&self, frame: &mut Frame<'_>, tf: &TableFactor, outer: Option<&Frame<'_>>, ctes: &Ctes) {
        match tf {
            TableFactor::Table { name, alias, .. } => {
                let p = parts(name);
                let own = p.last().cloned().unwrap_or_default();
                let (mut columns, object) = match ctes.get(&own.to_lowercase()) {
                    Some(cols) if p.len() == 1 => {
                        (if cols.is_empty() { None } else { Some(cols.clone()) }, own.to_lowercase())
                    }
                    _ => match resolve_name(self.catalog, name) {
                        (RefTarget::Object { key }, _) => (self.object_columns(&key), key.to_string()),
                        (RefTarget::External { name }, _) => (None, name),
                        _ => (None, local_key(&p)),
                    },
                };
                if let Some(cols) = columns.as_mut() {
                    rename(cols, alias.as_ref());
                }
                let label = alias.as_ref().map(|a| a.name.value.clone()).unwrap_or(own);
                frame.rels.push(Rel { alias: label.to_lowercase(), columns, object });
            }
            TableFactor::Derived { subquery, alias, .. } => {
                let mut cols = self.query(subquery, outer, ctes);
                rename(&mut cols, alias.as_ref());
                let label = alias.as_ref().map(|a| a.name.value.to_lowercase()).unwrap_or_default();
                frame.rels.push(Rel { alias: label.clone(), columns: Some(cols), object: label });
            }
            TableFactor::NestedJoin { table_with_joins, .. } => self.add_from(frame, table_with_joins, outer, ctes),
            other => {
                // Table functions written as expressions, PIVOT, UNNEST, ...: columns unknown.
                let label = match other {
                    TableFactor::Function { alias, .. }
                    | TableFactor::TableFunction { alias, .. }
                    | TableFactor::Pivot { alias, .. }
                    | TableFactor::Unpivot { alias, .. } => {
                        alias.as_ref().map(|a| a.name.value.to_lowercase()).unwrap_or_default()
                    }
                    _ => String::new(),
                };
                frame.rels.push(Rel { alias: label.clone(), columns: None, object: label });
            }
        }
    }

    /// Columns of a table, or of a view or inline function already traced.
    fn object_columns(&self, key: &ObjectKey) -> Option<Vec<Col>> {
        let obj = key.to_string();
        if let Some(t) = self.catalog.tables.get(key) {
            return Some(
                t.columns
                    .iter()
                    .map(|c| {
                        let r = ColumnRef { object: obj.clone(), column: c.name.clone() };
                        Col { name: c.name.clone(), direct: [r.clone()].into(), base: [r].into(), ..Col::default() }
                    })
                    .collect(),
            );
        }
        let traced = self.known.get(key)?;
        Some(
            traced
                .iter()
                .map(|l| Col {
                    name: l.column.clone(),
                    direct: [ColumnRef { object: obj.clone(), column: l.column.clone() }].into(),
                    base: l.base_sources.clone(),
                    unresolved: BTreeSet::new(),
                })
                .collect(),
        )
    }

    /// The columns an expression reads (subqueries included, correlated names resolved outwards).
    fn expr(&self, e: &Expr, frame: &Frame<'_>, ctes: &Ctes) -> Col {
        let mut v = Inputs { lin: self, frame, ctes, depth: 0, skip_ident: false, out: Col::default() };
        let _ = e.visit(&mut v);
        v.out
    }
}

/// `SELECT *` / `t.*` over one relation.
fn star(r: &Rel) -> Vec<Col> {
    match &r.columns {
        Some(cols) => cols.clone(),
        None => {
            let c = ColumnRef { object: r.object.clone(), column: "*".into() };
            vec![Col { name: "*".into(), direct: [c.clone()].into(), base: [c].into(), ..Col::default() }]
        }
    }
}

/// `alias (a, b, c)`: rename columns in order.
fn rename(cols: &mut [Col], alias: Option<&TableAlias>) {
    if let Some(a) = alias {
        for (c, n) in cols.iter_mut().zip(&a.columns) {
            c.name = n.name.value.clone();
        }
    }
}

/// The key an unresolved local name would have (`dbo` when no schema is written).
fn local_key(p: &[String]) -> String {
    match p {
        [n] => format!("{DEFAULT_SCHEMA}.{}", n.to_lowercase()),
        [.., s, n] if s.is_empty() => format!("{DEFAULT_SCHEMA}.{}", n.to_lowercase()),
        [.., s, n] => format!("{}.{}", s.to_lowercase(), n.to_lowercase()),
        [] => String::new(),
    }
}

/// Date-part functions whose first argument is a keyword (`DATEADD(day, ...)`), not a column.
const DATE_PART_FUNCTIONS: &[&str] = &["dateadd", "datediff", "datediff_big", "datepart", "datename", "datetrunc"];

/// Visits one expression: column names at this query level, subqueries traced as queries.
struct Inputs<'l, 'f> {
    lin: &'l Lineager<'l>,
    frame: &'f Frame<'f>,
    ctes: &'f Ctes,
    /// Depth of nested queries being walked over (their names belong to them, not to us).
    depth: usize,
    /// The next identifier is a date part keyword.
    skip_ident: bool,
    out: Col,
}

impl Visitor for Inputs<'_, '_> {
    type Break = ();

    fn pre_visit_query(&mut self, q: &Query) -> ControlFlow<()> {
        if self.depth == 0 {
            for c in self.lin.query(q, Some(self.frame), self.ctes) {
                self.out.absorb(c);
            }
        }
        self.depth += 1;
        ControlFlow::Continue(())
    }

    fn post_visit_query(&mut self, _q: &Query) -> ControlFlow<()> {
        self.depth = self.depth.saturating_sub(1);
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
        if self.depth > 0 {
            return ControlFlow::Continue(());
        }
        match e {
            Expr::Function(f) => {
                let name = f.name.0.last().and_then(|p| p.as_ident()).map(|i| i.value.to_lowercase());
                let first_is_ident = matches!(&f.args, FunctionArguments::List(l)
                    if matches!(l.args.first(), Some(FunctionArg::Unnamed(FunctionArgExpr::Expr(Expr::Identifier(_))))));
                if first_is_ident && name.is_some_and(|n| DATE_PART_FUNCTIONS.contains(&n.as_str())) {
                    self.skip_ident = true;
                }
            }
            Expr::Identifier(id) => {
                if std::mem::take(&mut self.skip_ident) {
                    return ControlFlow::Continue(());
                }
                self.column(std::slice::from_ref(&id.value));
            }
            Expr::CompoundIdentifier(ids) => {
                let p: Vec<String> = ids.iter().map(|i| i.value.clone()).collect();
                self.column(&p);
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }
}

impl Inputs<'_, '_> {
    fn column(&mut self, p: &[String]) {
        let (qual, col) = match p {
            [c] => (None, c),
            [.., q, c] => (Some(q.to_lowercase()), c),
            [] => return,
        };
        if col.starts_with('@') {
            return; // a variable or parameter
        }
        let mut frame = Some(self.frame);
        while let Some(f) = frame {
            if let Some(hit) = find(f, qual.as_deref(), col) {
                self.out.absorb(hit);
                return;
            }
            frame = f.parent;
        }
        self.out.unresolved.insert(p.join("."));
    }
}

/// The column `qual.col` (or `col`) among one frame's relations.
fn find(f: &Frame<'_>, qual: Option<&str>, col: &str) -> Option<Col> {
    let candidates: Vec<&Rel> = f.rels.iter().filter(|r| qual.is_none_or(|q| r.alias == q)).collect();
    for r in &candidates {
        if let Some(c) = r.columns.iter().flatten().find(|c| c.name.eq_ignore_ascii_case(col)) {
            return Some(c.clone());
        }
    }
    // A relation whose columns are unknown takes the name when it is the only one that can.
    let unknown: Vec<&&Rel> = candidates.iter().filter(|r| r.columns.is_none()).collect();
    match unknown.as_slice() {
        [r] if qual.is_some() || candidates.len() == 1 => {
            let c = ColumnRef { object: r.object.clone(), column: col.to_string() };
            Some(Col { name: col.to_string(), direct: [c.clone()].into(), base: [c].into(), ..Col::default() })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::catalog::{build_catalog, ObjectKey};
    use crate::parse::parse_batch;
    use crate::source::{load_memory, split_batches};

    /// `column <- sources` of every column of view `dbo.v`.
    fn lineage(sql: &str) -> Vec<String> {
        let loaded = load_memory(vec![("l.sql".into(), sql.as_bytes().to_vec())]);
        let parsed: Vec<_> = split_batches(&loaded.sources.files[0]).batches.iter().map(parse_batch).collect();
        let a = crate::analyze::analyze(&build_catalog(&parsed).catalog);
        let l = a.objects[&ObjectKey::new("dbo", "v")].lineage.clone().unwrap_or_default();
        l.iter()
            .map(|c| {
                let s: Vec<String> = c.base_sources.iter().map(|r| format!("{}.{}", r.object, r.column)).collect();
                let u: Vec<&str> = c.unresolved.iter().map(String::as_str).collect();
                format!(
                    "{} <- {}{}",
                    c.column,
                    s.join(" "),
                    if u.is_empty() { String::new() } else { format!(" ?{}", u.join(" ")) }
                )
            })
            .collect()
    }

    const TABLES: &str = "CREATE TABLE dbo.a (id int, x int)\nGO\nCREATE TABLE dbo.b (id int, y int)\nGO\n";

    #[test]
    fn correlated_subquery_union_literal_and_derived_table() {
        let sql = format!(
            "{TABLES}CREATE VIEW dbo.v AS\nSELECT a.id, (SELECT MAX(b.y) FROM dbo.b WHERE b.id = a.id) AS m, 1 AS one, d.t, DATEADD(day, 1, a.x) AS nx\nFROM dbo.a JOIN (SELECT id, x + y AS t FROM dbo.a JOIN dbo.b ON 1 = 1) d ON d.id = a.id\nUNION ALL SELECT id, y, 2, y, y FROM dbo.b\nGO\n"
        );
        assert_eq!(
            lineage(&sql),
            [
                "id <- dbo.a.id dbo.b.id",
                // Filters (the correlation) are not inputs; the second branch's `2` is a literal.
                "m <- dbo.b.y",
                "one <- ",
                "t <- dbo.a.x dbo.b.y",
                "nx <- dbo.a.x dbo.b.y",
            ]
        );
    }

    #[test]
    fn cte_qualified_star_and_unknown_names() {
        let sql = format!(
            "{TABLES}CREATE VIEW dbo.v AS\nWITH c (k, v) AS (SELECT id, x FROM dbo.a)\nSELECT c.*, b.*, nope FROM c JOIN dbo.b ON b.id = c.k\nGO\n"
        );
        assert_eq!(
            lineage(&sql),
            ["k <- dbo.a.id", "v <- dbo.a.x", "id <- dbo.b.id", "y <- dbo.b.y", "nope <-  ?nope"]
        );
    }
}
