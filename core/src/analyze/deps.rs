//! What each object references: relations, user functions and procedures, plus the constructs
//! (dynamic SQL, cursors) that keep a routine from converting automatically.

use crate::parse::{ParsedStatement, Stmt};
use serde::Serialize;
use sqlparser::ast::{visit_expressions, visit_relations, Expr, ObjectName, Query, Statement as SqlStatement};
use std::collections::BTreeSet;
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
            if f.name.0.len() > 1 {
                refs.functions.push(f.name.clone());
            }
        }
        ControlFlow::<()>::Continue(())
    });
}

fn add_sql(refs: &mut References, stmt: &SqlStatement) {
    let mut ctes = BTreeSet::new();
    let _ = sqlparser::ast::visit_statements(stmt, |s| {
        if let SqlStatement::Query(q) = s {
            collect_cte_names(q, &mut ctes);
        }
        ControlFlow::<()>::Continue(())
    });
    let _ = visit_relations(stmt, |name: &ObjectName| {
        let text = name.to_string().trim_matches(['[', ']', '"']).to_string();
        if text.starts_with('#') {
            refs.features.insert(Feature::TempTable);
        } else if text.starts_with('@') {
            refs.features.insert(Feature::TableVariable);
        } else if !(name.0.len() == 1 && ctes.contains(&text.to_lowercase())) {
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
/// system procedures (`sp_*`) are not dependencies.
fn add_exec(refs: &mut References, exec: &crate::parse::Exec) {
    match &exec.procedure {
        None => {
            refs.features.insert(Feature::DynamicSql);
        }
        Some(p) => {
            let last = p.0.last().map(|x| x.to_string().to_ascii_lowercase()).unwrap_or_default();
            if last.trim_matches(['[', ']']) == "sp_executesql" {
                refs.features.insert(Feature::DynamicSql);
            } else if !last.trim_matches(['[', ']']).starts_with("sp_") {
                refs.procedures.push(p.clone());
            }
        }
    }
}

fn add_stmt(refs: &mut References, s: &ParsedStatement) {
    match &s.stmt {
        Stmt::Sql(sql) => add_sql(refs, sql),
        Stmt::Block(list) => list.iter().for_each(|x| add_stmt(refs, x)),
        Stmt::If { condition, then, otherwise } => {
            add_functions(refs, condition);
            add_stmt(refs, then);
            if let Some(o) = otherwise {
                add_stmt(refs, o);
            }
        }
        Stmt::While { condition, body } => {
            refs.features.insert(Feature::Loop);
            add_functions(refs, condition);
            add_stmt(refs, body);
        }
        Stmt::TryCatch { body, handler } => {
            refs.features.insert(Feature::ErrorHandling);
            body.iter().chain(handler).for_each(|x| add_stmt(refs, x));
        }
        Stmt::InsertExec { table, exec, .. } => {
            refs.relations.push(table.clone());
            add_exec(refs, exec);
        }
        Stmt::Exec(exec) => add_exec(refs, exec),
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
        Stmt::Return(Some(e)) => add_functions(refs, e),
        _ => {}
    }
}
