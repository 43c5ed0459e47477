//! What each object references: relations, user functions and procedures, plus the constructs
//! (dynamic SQL, cursors) that keep a routine from converting automatically.

use crate::diagnostics::Span;
use crate::parse::{ParsedStatement, Stmt};
use serde::Serialize;
use sqlparser::ast::{
    visit_expressions, visit_relations, Expr, FunctionArg, FunctionArgExpr, FunctionArguments, Ident, ObjectName,
    Query, Statement as SqlStatement, TableFactor, Visit, Visitor,
};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::ControlFlow;

/// Raw references found in one object's definition (names as written).
#[derive(Debug, Clone, Default, Serialize)]
pub struct References {
    /// Tables and views in FROM/JOIN/INSERT/UPDATE/DELETE/MERGE (CTE names removed).
    pub relations: Vec<ObjectName>,
    /// Schema-qualified function calls (`dbo.fn_x(...)`): user functions.
    pub functions: Vec<ObjectName>,
    /// `EXEC proc`.
    pub procedures: Vec<ObjectName>,
    /// Constructs that matter for classification.
    pub features: BTreeSet<Feature>,
    /// Sequences read with `NEXT VALUE FOR seq`.
    pub sequences: Vec<ObjectName>,
    /// Where each name (as written, `to_string()`) is first referenced: the span of the innermost
    /// statement that holds it. Only routine bodies have statement spans; view references are
    /// located at the view.
    pub locations: BTreeMap<String, Span>,
    /// Statements that run dynamic SQL (`EXEC (@sql)`, `sp_executesql`): edges to objects that
    /// are known only at run time.
    pub dynamic_sql: Vec<Span>,
}

/// A construct that changes how an object can be converted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    DynamicSql,
    Cursor,
    Loop,
    Transaction,
    ErrorHandling,
    TempTable,
    TableVariable,
    Unparsed,
}

impl Feature {
    pub fn describe(self) -> &'static str {
        match self {
            Feature::DynamicSql => "dynamic SQL",
            Feature::Cursor => "a cursor",
            Feature::Loop => "a WHILE loop",
            Feature::Transaction => "transaction control",
            Feature::ErrorHandling => "TRY/CATCH error handling",
            Feature::TempTable => "temp tables",
            Feature::TableVariable => "table variables",
            Feature::Unparsed => "statements that did not parse",
        }
    }
}

/// References of a query (a view or inline function body).
pub fn query_references(query: &Query) -> References {
    let mut refs = References::default();
    add_query(&mut refs, query);
    refs
}

/// References of a routine body or any statement list.
pub fn statements_references(stmts: &[ParsedStatement]) -> References {
    let mut refs = References::default();
    for s in stmts {
        add_stmt(&mut refs, s);
    }
    refs
}

fn add_query(refs: &mut References, query: &Query) {
    let mut ctes = BTreeSet::new();
    collect_cte_names(query, &mut ctes);
    let _ = visit_relations(query, |name: &ObjectName| {
        let single = name.0.len() == 1 && ctes.contains(&name.to_string().trim_matches(['[', ']', '"']).to_lowercase());
        if !single {
            refs.relations.push(name.clone());
        }
        ControlFlow::<()>::Continue(())
    });
    add_functions(refs, query);
}

fn collect_cte_names(query: &Query, out: &mut BTreeSet<String>) {
    if let Some(with) = &query.with {
        for cte in &with.cte_tables {
            out.insert(cte.alias.name.value.to_lowercase());
            collect_cte_names(&cte.query, out);
        }
    }
}

fn add_functions<V: sqlparser::ast::Visit>(refs: &mut References, node: &V) {
    let _ = visit_expressions(node, |e: &Expr| {
        if let Expr::Function(f) = e {
            if let Some(seq) = next_value_for(f) {
                refs.sequences.push(seq);
            } else if f.name.0.len() > 1 {
                refs.functions.push(f.name.clone());
            }
        }
        ControlFlow::<()>::Continue(())
    });
}

/// An expression outside a statement (IF / WHILE condition, RETURN value): the relations its
/// subqueries read and the functions it calls.
fn add_expr(refs: &mut References, e: &Expr) {
    let _ = visit_relations(e, |name: &ObjectName| {
        refs.relations.push(name.clone());
        ControlFlow::<()>::Continue(())
    });
    add_functions(refs, e);
}

/// The parser holds `NEXT VALUE FOR seq` as a call of the function named `NEXT VALUE FOR` (a
/// name nobody can write unquoted) with the sequence as its one argument.
fn next_value_for(f: &sqlparser::ast::Function) -> Option<ObjectName> {
    let holder = matches!(f.name.0.as_slice(), [p] if p.as_ident().is_some_and(|i| i.quote_style.is_none() && i.value == "NEXT VALUE FOR"));
    if !holder {
        return None;
    }
    let FunctionArguments::List(list) = &f.args else { return None };
    match list.args.first() {
        Some(FunctionArg::Unnamed(FunctionArgExpr::Expr(Expr::Identifier(id)))) => {
            Some(ObjectName::from(vec![id.clone()]))
        }
        Some(FunctionArg::Unnamed(FunctionArgExpr::Expr(Expr::CompoundIdentifier(ids)))) => {
            Some(ObjectName::from(ids.clone()))
        }
        _ => None,
    }
}

/// Aliases given to tables in a statement (`UPDATE o ... FROM dbo.Orders o` names `o`): a
/// one-part relation name equal to one of them is the alias, not a table.
#[derive(Default)]
struct Aliases(BTreeSet<String>);

impl Visitor for Aliases {
    type Break = ();
    fn pre_visit_table_factor(&mut self, tf: &TableFactor) -> ControlFlow<()> {
        if let TableFactor::Table { alias: Some(a), .. } | TableFactor::Derived { alias: Some(a), .. } = tf {
            self.0.insert(a.name.value.to_lowercase());
        }
        ControlFlow::Continue(())
    }
}

fn bare(name: &ObjectName) -> Option<String> {
    match name.0.as_slice() {
        [p] => p.as_ident().map(|i: &Ident| i.value.to_lowercase()),
        _ => None,
    }
}

fn add_sql(refs: &mut References, stmt: &SqlStatement) {
    let mut ctes = BTreeSet::new();
    let _ = sqlparser::ast::visit_statements(stmt, |s| {
        if let SqlStatement::Query(q) = s {
            collect_cte_names(q, &mut ctes);
        }
        ControlFlow::<()>::Continue(())
    });
    let mut aliases = Aliases::default();
    let _ = stmt.visit(&mut aliases);
    let _ = visit_relations(stmt, |name: &ObjectName| {
        let text = name.to_string().trim_matches(['[', ']', '"']).to_string();
        let alias = bare(name).is_some_and(|b| aliases.0.contains(&b));
        if text.starts_with('#') {
            refs.features.insert(Feature::TempTable);
        } else if text.starts_with('@') {
            refs.features.insert(Feature::TableVariable);
        } else if !(alias || name.0.len() == 1 && ctes.contains(&text.to_lowercase())) {
            refs.relations.push(name.clone());
        }
        ControlFlow::<()>::Continue(())
    });
    add_functions(refs, stmt);
    match stmt {
        SqlStatement::StartTransaction { .. } | SqlStatement::Commit { .. } | SqlStatement::Rollback { .. } => {
            refs.features.insert(Feature::Transaction);
        }
        SqlStatement::Declare { stmts } if stmts.iter().any(|d| d.declare_type.is_some()) => {
            refs.features.insert(Feature::TableVariable);
        }
        _ => {}
    }
}

/// `EXEC proc` calls a procedure; `EXEC (@sql)` and `sp_executesql` are dynamic SQL; other
/// system procedures (`sp_*`) are not dependencies. `span` is the statement's.
fn add_exec(refs: &mut References, exec: &crate::parse::Exec, span: Span) {
    match &exec.procedure {
        None => {
            refs.features.insert(Feature::DynamicSql);
            refs.dynamic_sql.push(span);
        }
        Some(p) => {
            let last = p.0.last().map(|x| x.to_string().to_ascii_lowercase()).unwrap_or_default();
            if last.trim_matches(['[', ']']) == "sp_executesql" {
                refs.features.insert(Feature::DynamicSql);
                refs.dynamic_sql.push(span);
            } else if !last.trim_matches(['[', ']']).starts_with("sp_") {
                refs.procedures.push(p.clone());
            }
        }
    }
}

fn add_stmt(refs: &mut References, s: &ParsedStatement) {
    let before = (refs.relations.len(), refs.functions.len(), refs.procedures.len(), refs.sequences.len());
    add_stmt_inner(refs, s);
    // Inner statements recorded their own (narrower) spans first; `or_insert` keeps those.
    let new_names: Vec<String> = refs.relations[before.0..]
        .iter()
        .chain(&refs.functions[before.1..])
        .chain(&refs.procedures[before.2..])
        .chain(&refs.sequences[before.3..])
        .map(|n| n.to_string())
        .collect();
    for n in new_names {
        refs.locations.entry(n).or_insert(s.span);
    }
}

fn add_stmt_inner(refs: &mut References, s: &ParsedStatement) {
    match &s.stmt {
        Stmt::Sql(sql) => add_sql(refs, sql),
        Stmt::Block(list) => list.iter().for_each(|x| add_stmt(refs, x)),
        Stmt::If { condition, then, otherwise } => {
            add_expr(refs, condition);
            add_stmt(refs, then);
            if let Some(o) = otherwise {
                add_stmt(refs, o);
            }
        }
        Stmt::While { condition, body } => {
            refs.features.insert(Feature::Loop);
            add_expr(refs, condition);
            add_stmt(refs, body);
        }
        Stmt::TryCatch { body, handler } => {
            refs.features.insert(Feature::ErrorHandling);
            body.iter().chain(handler).for_each(|x| add_stmt(refs, x));
        }
        Stmt::InsertExec { table, exec, .. } => {
            refs.relations.push(table.clone());
            add_exec(refs, exec, s.span);
        }
        Stmt::Exec(exec) => add_exec(refs, exec, s.span),
        Stmt::DeclareTable { .. } => {
            refs.features.insert(Feature::TableVariable);
        }
        Stmt::Transaction { .. } => {
            refs.features.insert(Feature::Transaction);
        }
        Stmt::DeclareCursor { query, .. } => {
            refs.features.insert(Feature::Cursor);
            add_query(refs, query);
        }
        Stmt::Fetch { .. } => {
            refs.features.insert(Feature::Cursor);
        }
        Stmt::CreateTable(ct) if ct.name.to_string().contains('#') => {
            refs.features.insert(Feature::TempTable);
        }
        Stmt::Unparsed { .. } => {
            refs.features.insert(Feature::Unparsed);
        }
        Stmt::Return(Some(e)) => add_expr(refs, e),
        _ => {}
    }
}
