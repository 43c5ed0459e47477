//! Transpile: T-SQL objects → target SQL, with diagnostics for what does not convert faithfully.
//!
//! Input: catalog objects (views, function bodies, computed columns) and an
//! [`analyze::scope::Env`](crate::analyze::scope::Env) for types. Output: [`Converted`] — SQL text
//! (with dbt `ref()`/macro calls supplied by a [`Names`] implementation) or `None` when the object
//! cannot be converted, plus diagnostics. Dialect differences live in [`mappings`] as data.
//! Never writes files and never decides dbt layout (that is [`Names`]' job).

pub mod mappings;
mod passes;
pub mod print;
pub mod rewrites;
pub mod rule;
pub mod script;
pub mod target;
mod template;

pub use passes::Ctx;
pub use target::{Target, TargetProfile};

use crate::analyze::scope::{Env, Scope};
use crate::catalog::{ObjectKey, RoutineDef, Table, View};
use crate::diagnostics::{Code, Diagnostic};
use crate::parse::{BatchRef, RoutineKind, SqlType, Stmt};
use serde::Serialize;
use sqlparser::ast::{visit_expressions_mut, Expr, Ident};
use std::ops::ControlFlow;

/// How converted SQL refers to other objects: supplied by the dbt layer.
pub trait Names {
    /// SQL text standing for a table or view (e.g. `{{ ref('stg_sales__orders') }}`), or `None`
    /// when the object is not available.
    fn relation(&self, key: &ObjectKey) -> Option<String>;
    /// SQL text calling a converted scalar function with the given argument SQL, or `None`.
    fn function_call(&self, key: &ObjectKey, args: &[String]) -> Option<String>;
    /// Names of tables, views and functions are kept as written (re-quoted for the target)
    /// instead of becoming dbt references: the `transpile` command.
    fn keeps_names(&self) -> bool {
        false
    }
}

/// Result of converting one object.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Converted {
    /// Target SQL; `None` when the object could not be converted faithfully.
    pub sql: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Convert a view's query.
pub fn transpile_view(view: &View, env: &Env<'_>, names: &dyn Names, target: Target) -> Converted {
    let mut ctx = Ctx::new(target, env, names, view.span, view.definition.batch.clone());
    ctx.side_clauses(&view.side_clauses);
    // A query left in its batch is parsed again (ADR 0018), and then not copied.
    let query = match view.tree() {
        std::borrow::Cow::Owned(definition) => definition.query,
        std::borrow::Cow::Borrowed(definition) => definition.query.clone(),
    };
    let Some(mut query) = query else {
        ctx.unsupported("a view without a query (`CREATE VIEW` with no `AS SELECT`)");
        return finish(ctx, String::new);
    };
    let root = Scope::root(env);
    ctx.query(&mut query, &root);
    finish(ctx, move || print::into_sql(*query, target))
}

/// Convert a table's computed column expression in the scope of its own columns.
pub fn transpile_computed(table: &Table, expr: &Expr, env: &Env<'_>, names: &dyn Names, target: Target) -> Converted {
    let key = table.name.key();
    let columns = env.relation_columns(&key).unwrap_or_default();
    let scope = Scope::root(env).with_relation(table.name.name.clone(), columns);
    let mut e = expr.clone();
    let mut ctx = Ctx::new(target, env, names, table.span, BatchRef::default());
    ctx.expr(&mut e, &scope);
    finish(ctx, || print::expr_to_sql(&e, target))
}

/// Map a T-SQL column type to the target's type text.
pub fn column_type(t: &SqlType, target: Target) -> Result<String, String> {
    match mappings::types::map_type(t, target.index()) {
        mappings::types::MappedType::Ok(s) | mappings::types::MappedType::Lossy(s, _) => Ok(s),
        mappings::types::MappedType::Unsupported(why) => Err(format!("type `{}`: {why}", t.to_tsql())),
    }
}

/// The Jinja-safe name of a routine parameter (`@FirstName` → `first_name`, `@CustomerID` →
/// `customer_id`): the same snake_case as every dbt name.
pub fn param_name(p: &str) -> String {
    crate::catalog::names::snake_case(p.trim_start_matches('@'))
}

/// A converted scalar or inline table-valued function: the body of a dbt macro whose arguments
/// are [`param_name`]s of the routine's parameters.
pub fn transpile_function(r: &RoutineDef, env: &Env<'_>, names: &dyn Names, target: Target) -> Converted {
    transpile_function_with(r, env, names, target, &|p| format!("{{{{ {} }}}}", param_name(p)))
}

/// [`transpile_function`] with each parameter written as `parameter(name)` (a dbt macro argument,
/// or a plain macro parameter for the `transpile` command).
pub fn transpile_function_with(
    r: &RoutineDef,
    env: &Env<'_>,
    names: &dyn Names,
    target: Target,
    parameter: &dyn Fn(&str) -> String,
) -> Converted {
    let mut fenv = Env::new(env.catalog, env.views);
    fenv.variables = crate::analyze::scope::parameter_types(&r.definition.params);
    let mut ctx = Ctx::new(target, &fenv, names, r.span, r.definition.batch.clone());
    let root = Scope::root(&fenv);
    let params: Vec<(String, Option<String>)> =
        r.definition.params.iter().map(|p| (p.name.value.clone(), column_type(&p.data_type, target).ok())).collect();
    match r.kind {
        RoutineKind::ScalarFunction => {
            let Some(mut expr) = single_return(&r.tree().body.statements) else {
                ctx.diagnostics.push(Diagnostic::new(
                    Code::DM3006,
                    "The function body is not a single RETURN expression, so it was not converted to a macro.",
                    Some(r.span),
                ));
                ctx.failed = true;
                return finish(ctx, String::new);
            };
            let source = crate::analyze::types::infer(&expr, &root);
            ctx.expr(&mut expr, &root);
            if let Some(ret) = &r.definition.returns {
                let dt = sqlparser::ast::DataType::Custom(
                    sqlparser::ast::ObjectName::from(vec![Ident::new(ret.to_tsql())]),
                    Vec::new(),
                );
                match rewrites::convert::convert(&mut ctx, expr.clone(), source, &dt, None) {
                    Ok(e) => expr = e,
                    Err(why) => ctx.unsupported(&why),
                }
            }
            substitute_params(&mut expr, &params, parameter);
            finish(ctx, || print::expr_to_sql(&expr, target))
        }
        RoutineKind::InlineTableFunction => {
            let query = match r.tree() {
                std::borrow::Cow::Owned(definition) => definition.body.query,
                std::borrow::Cow::Borrowed(definition) => definition.body.query.clone(),
            };
            let Some(mut q) = query else {
                ctx.unsupported("an inline function without a query");
                return finish(ctx, String::new);
            };
            ctx.query(&mut q, &root);
            let _ = visit_expressions_mut(&mut *q, |e: &mut Expr| {
                substitute_params(e, &params, parameter);
                ControlFlow::<()>::Continue(())
            });
            finish(ctx, move || format!("({})", print::into_sql(*q, target)))
        }
        _ => {
            ctx.diagnostics.push(Diagnostic::new(
                Code::DM3006,
                "Multi-statement functions and triggers are not converted automatically.",
                Some(r.span),
            ));
            ctx.failed = true;
            finish(ctx, String::new)
        }
    }
}

/// `BEGIN RETURN expr END` or `RETURN expr` (a scalar function body).
fn single_return(stmts: &[crate::parse::ParsedStatement]) -> Option<Expr> {
    let stmts: Vec<&Stmt> = stmts.iter().map(|s| &s.stmt).collect();
    match stmts.as_slice() {
        [Stmt::Return(Some(e))] => Some(e.clone()),
        [Stmt::Block(inner)] => single_return(inner),
        _ => None,
    }
}

/// Replace `@param` with the macro argument (`{{ param }}` for dbt), cast to the parameter's type
/// as SQL Server converts arguments on the call.
fn substitute_params(e: &mut Expr, params: &[(String, Option<String>)], parameter: &dyn Fn(&str) -> String) {
    let _ = visit_expressions_mut(e, |x: &mut Expr| {
        if let Expr::Identifier(id) = x {
            let lower = id.value.to_lowercase();
            if let Some((name, ty)) = params.iter().find(|(n, _)| n.to_lowercase() == lower) {
                let placeholder = Expr::Identifier(Ident::new(parameter(name)));
                *x = match ty {
                    Some(t) => rewrites::cast(placeholder, t),
                    None => Expr::Nested(Box::new(placeholder)),
                };
            }
        }
        ControlFlow::<()>::Continue(())
    });
}

fn finish(ctx: Ctx<'_>, print: impl FnOnce() -> String) -> Converted {
    let failed = ctx.failed;
    let mut diagnostics = ctx.diagnostics;
    diagnostics.sort_by(|a, b| a.span.cmp(&b.span).then(a.code.cmp(&b.code)));
    diagnostics.dedup();
    Converted { sql: if failed { None } else { Some(print()) }, diagnostics }
}

#[cfg(test)]
mod tests;
