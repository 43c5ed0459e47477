//! Transpile a whole script statement by statement (the `transpile` command): queries, views and
//! tables become target SQL; names stay as written (re-quoted for the target) instead of becoming
//! dbt references. Tables and views created earlier in the script give column types, so `+`
//! and `/` convert as they do in `migrate`.
//!
//! Input: script bytes. Output: one [`TranspiledStatement`] per input statement, in order. The
//! `tsql` target prints every statement back as T-SQL; the Fabric target keeps statements it does
//! not convert as T-SQL, with a diagnostic.

use super::print::{quote_ident, to_sql};
use super::target::Target;
use super::{column_type, param_name, Names};
use crate::analyze::scope::{view_columns, Env, Scope};
use crate::catalog::names::{resolve, Resolved};
use crate::catalog::{CatalogBuilder, ObjectKey};
use crate::diagnostics::{Code, Diagnostic, Span};
use crate::parse::{parse_shared_batch, BatchRef, ParsedStatement, RoutineKind, SideClause, Stmt};
use crate::source::{load_memory, split_batches, SourceSet};
use serde::Serialize;
use sqlparser::ast::Statement;

/// One input statement and what it became.
#[derive(Debug, Clone, Serialize)]
pub struct TranspiledStatement {
    /// Where the statement is in the input.
    pub span: Span,
    /// Target SQL, or `None` when the statement could not be converted.
    pub sql: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A transpiled script.
pub struct TranspiledScript {
    /// The input as loaded (for `file:line:col` of spans).
    pub sources: SourceSet,
    pub statements: Vec<TranspiledStatement>,
    /// Diagnostics outside any statement (encoding, batches, empty input).
    pub diagnostics: Vec<Diagnostic>,
}

impl TranspiledScript {
    /// Did every statement convert without an error?
    pub fn is_complete(&self) -> bool {
        let clean = |d: &Diagnostic| d.severity != crate::diagnostics::Severity::Error;
        self.diagnostics.iter().all(clean)
            && self.statements.iter().all(|s| s.sql.is_some() && s.diagnostics.iter().all(clean))
    }
}

/// Names as written: the `transpile` command converts SQL, not a project.
struct AsWritten;

impl Names for AsWritten {
    fn relation(&self, _key: &ObjectKey) -> Option<String> {
        None
    }
    fn function_call(&self, _key: &ObjectKey, _args: &[String]) -> Option<String> {
        None
    }
    fn keeps_names(&self) -> bool {
        true
    }
}

/// Transpile the script `text` (any encoding SQL Server tools write) named `name` to `target`.
///
/// ```
/// use datamigrate_core::transpile::{script::transpile_script, Target};
/// let sql = b"SELECT TOP 5 N'Hello, ' + [Name] AS greeting FROM dbo.T".to_vec();
/// let out = transpile_script("q.sql", sql, Target::Postgres);
/// // `[Name]` has no known type here (no CREATE TABLE), so `+` stays addition, with DM3002.
/// assert_eq!(out.statements[0].sql.as_deref(), Some("SELECT 'Hello, ' + Name AS greeting FROM dbo.T LIMIT 5"));
/// assert_eq!(out.statements[0].diagnostics[0].code.as_str(), "DM3002");
/// ```
pub fn transpile_script(name: &str, text: Vec<u8>, target: Target) -> TranspiledScript {
    transpile_files(vec![(name.to_string(), text)], target)
}

/// Transpile several scripts as one input (`(name, bytes)` in order): tables created in any of
/// them give column types to the queries and views of all of them, as in `migrate`.
pub fn transpile_files(files: Vec<(String, Vec<u8>)>, target: Target) -> TranspiledScript {
    let loaded = load_memory(files);
    let mut diagnostics = loaded.diagnostics;
    let mut batches = Vec::new();
    for file in &loaded.sources.files {
        let split = split_batches(file);
        diagnostics.extend(split.diagnostics);
        batches.extend(split.batches);
    }
    // One pass parses each batch, folds it into the schema and answers every statement that
    // needs no schema (kinds that are not converted, print-back); only the trees of statements
    // converted below are kept, and each is moved into its conversion, not copied.
    let mut schema = CatalogBuilder::schema_only();
    let mut slots: Vec<Slot> = Vec::new();
    for batch in batches {
        // Shared: the views and routines parsed from it point to it instead of copying it.
        let batch = std::sync::Arc::new(batch);
        let p = parse_shared_batch(&batch);
        schema.add(&p);
        let batch_ref = BatchRef(Some(batch));
        let mut parse_diags = p.diagnostics;
        for s in p.statements {
            let mine = crate::diagnostics::take_inside(&mut parse_diags, s.span);
            slots.push(match without_schema(s, target) {
                Ok(mut out) => {
                    out.diagnostics.splice(0..0, mine);
                    Slot::Done(out)
                }
                Err(s) => Slot::Later(s, mine, batch_ref.clone()),
            });
        }
        diagnostics.extend(parse_diags);
    }
    let built = schema.finish();
    let order: Vec<ObjectKey> = built.catalog.views.keys().cloned().collect();
    let columns = view_columns(&built.catalog, &order);
    let env = Env::new(&built.catalog, &columns);
    let statements = slots
        .into_iter()
        .map(|slot| match slot {
            Slot::Done(out) => out,
            Slot::Later(s, mine, batch_ref) => {
                let mut out = statement(*s, &env, &batch_ref, target);
                out.diagnostics.splice(0..0, mine);
                out
            }
        })
        .collect();
    TranspiledScript { sources: loaded.sources, statements, diagnostics }
}

/// A statement's place in the output: answered in the parse pass, or converted once the schema
/// of the whole input is known (with its parse diagnostics and its batch).
enum Slot {
    Done(TranspiledStatement),
    Later(Box<ParsedStatement>, Vec<Diagnostic>, BatchRef),
}

/// The output of a statement that needs no schema (print-back, and the kinds [`statement`] does
/// not convert), or the statement back when it does.
fn without_schema(parsed: ParsedStatement, target: Target) -> Result<TranspiledStatement, Box<ParsedStatement>> {
    if target.profile().print_back {
        let sql = crate::parse::print::to_tsql(&parsed);
        return Ok(TranspiledStatement { span: parsed.span, sql: Some(sql), diagnostics: Vec::new() });
    }
    if converts(&parsed.stmt, target) {
        Err(Box::new(parsed))
    } else {
        Ok(not_converted(parsed, target))
    }
}

/// Whether `transpile` converts a statement of this kind to `target` (once the schema of the
/// whole input is known); the other kinds are answered by [`not_converted`]. The one place that
/// decides it: [`statement`] is only given statements this accepts.
fn converts(stmt: &Stmt, target: Target) -> bool {
    match stmt {
        Stmt::Sql(s) => matches!(s.as_ref(), Statement::Query(_)),
        Stmt::CreateView(_) | Stmt::CreateTable(_) => true,
        Stmt::CreateRoutine(r) => r.kind == RoutineKind::ScalarFunction && target.profile().scalar_macros,
        _ => false,
    }
}

/// Convert a statement [`converts`] accepts (print-back targets never get here: every statement
/// is answered in the parse pass for them).
fn statement(parsed: ParsedStatement, env: &Env<'_>, batch: &BatchRef, target: Target) -> TranspiledStatement {
    debug_assert!(converts(&parsed.stmt, target) && !target.profile().print_back);
    let span = parsed.span;
    let done = |sql: Option<String>, diagnostics: Vec<Diagnostic>| TranspiledStatement { span, sql, diagnostics };
    let ParsedStatement { stmt, hints, side_clauses, .. } = parsed;
    // The statement put back together, for the kinds that are not converted.
    let whole = |stmt: Stmt, hints: Vec<String>, side_clauses: Vec<SideClause>| ParsedStatement {
        span,
        stmt,
        hints,
        side_clauses,
    };
    match stmt {
        Stmt::Sql(s) => match *s {
            Statement::Query(mut q) => {
                let mut ctx = super::Ctx::new(target, env, &AsWritten, span, batch.clone());
                ctx.side_clauses(&side_clauses);
                ctx.query(&mut q, &Scope::root(env));
                let c = super::finish(ctx, move || super::print::into_sql(*q, target));
                done(c.sql, c.diagnostics)
            }
            other => not_converted(whole(Stmt::Sql(Box::new(other)), hints, side_clauses), target),
        },
        Stmt::CreateView(mut v) => {
            // A header alone has no query to convert.
            let Some(mut q) = v.query.take() else {
                return not_converted(whole(Stmt::CreateView(v), hints, side_clauses), target);
            };
            let mut ctx = super::Ctx::new(target, env, &AsWritten, span, v.batch.clone());
            ctx.side_clauses(&side_clauses);
            ctx.query(&mut q, &Scope::root(env));
            let name = to_sql(&v.name, target);
            let columns = if v.columns.is_empty() {
                String::new()
            } else {
                let names: Vec<String> = v.columns.iter().map(|c| quote_ident(&c.value, target)).collect();
                format!(" ({})", names.join(", "))
            };
            if v.check_option {
                ctx.diagnostics.push(Diagnostic::new(
                    Code::DM3009,
                    "WITH CHECK OPTION was left out: it checks rows changed through the view, which the target's view does not.",
                    Some(span),
                ));
            }
            // CREATE OR ALTER and ALTER replace the view.
            let create = if v.or_alter || v.alter { "CREATE OR REPLACE VIEW" } else { "CREATE VIEW" };
            let c = super::finish(ctx, move || {
                format!("{create} {name}{columns} AS {}", super::print::into_sql(*q, target))
            });
            done(c.sql, c.diagnostics)
        }
        Stmt::CreateTable(t) => {
            let parts = crate::catalog::names::parts(&t.name);
            if parts.last().is_some_and(|p| p.starts_with('#')) && !target.profile().is_tsql_family() {
                let message = format!(
                    "Cannot convert faithfully: the temporary table `{}`: it exists only in the SQL Server session that created it.",
                    parts.join(".")
                );
                return done(None, vec![Diagnostic::new(Code::DM3001, message, Some(span))]);
            }
            let mut diagnostics = Vec::new();
            let mut columns = Vec::new();
            let table = match resolve(&t.name, env.catalog.database.as_deref()) {
                Resolved::Local(q) => env.catalog.tables.get(&q.key()),
                Resolved::External(_) => None,
            };
            for c in &t.columns {
                let Some(ty) = &c.data_type else {
                    // A computed column becomes a generated column where the target has them.
                    let generated = match (&c.computed, table) {
                        (Some(computed), Some(table)) if target.profile().generated_columns => {
                            let conv = super::transpile_computed(table, &computed.expr, env, &AsWritten, target);
                            if conv.sql.is_some() {
                                diagnostics.extend(conv.diagnostics);
                            }
                            conv.sql
                        }
                        _ => None,
                    };
                    match generated {
                        Some(expr) => columns.push(format!("{} AS ({expr})", quote_ident(&c.name.value, target))),
                        None => diagnostics.push(Diagnostic::new(
                            Code::DM3009,
                            format!("Computed column `{}` was left out of the table.", c.name.value),
                            Some(c.span),
                        )),
                    }
                    continue;
                };
                match column_type(ty, target) {
                    Ok(text) => {
                        let not_null = if c.nullable == Some(false) { " NOT NULL" } else { "" };
                        columns.push(format!("{} {text}{not_null}", quote_ident(&c.name.value, target)));
                    }
                    Err(why) => {
                        diagnostics.push(Diagnostic::new(
                            Code::DM3001,
                            format!("Cannot convert faithfully: column `{}`: {why}.", c.name.value),
                            Some(c.span),
                        ));
                        return done(None, diagnostics);
                    }
                }
            }
            if !t.constraints.is_empty() || t.columns.iter().any(|c| c.default.is_some() || c.identity.is_some()) {
                diagnostics.push(Diagnostic::new(
                    Code::DM3009,
                    "Constraints, defaults and IDENTITY were left out; only column names, types and NOT NULL convert.",
                    Some(span),
                ));
            }
            let storage: Vec<String> = [("ON", &t.filegroup), ("TEXTIMAGE_ON", &t.textimage_on)]
                .iter()
                .filter_map(|(kw, fg)| fg.as_ref().map(|fg| format!("{kw} [{}]", fg.replace(']', "]]"))))
                .collect();
            if !storage.is_empty() {
                diagnostics.push(Diagnostic::new(
                    Code::DM3010,
                    format!("Storage clause `{}` was dropped.", storage.join(" ")),
                    Some(span),
                ));
            }
            let sql = format!("CREATE TABLE {} ({})", to_sql(&t.name, target), columns.join(", "));
            done(Some(sql), diagnostics)
        }
        Stmt::CreateRoutine(r) => {
            let routine = match resolve(&r.name, env.catalog.database.as_deref()) {
                Resolved::Local(q) => env.catalog.routines.get(&q.key()),
                Resolved::External(_) => None,
            };
            let Some(routine) = routine else {
                return not_converted(whole(Stmt::CreateRoutine(r), hints, side_clauses), target);
            };
            let c = super::transpile_function_with(routine, env, &AsWritten, target, &|p| {
                quote_ident(&param_name(p), target)
            });
            let params: Vec<String> =
                r.params.iter().map(|p| quote_ident(&param_name(&p.name.value), target)).collect();
            let create = if r.or_alter || r.alter { "CREATE OR REPLACE MACRO" } else { "CREATE MACRO" };
            let name = to_sql(&r.name, target);
            done(c.sql.map(|body| format!("{create} {name}({}) AS ({body})", params.join(", "))), c.diagnostics)
        }
        other => not_converted(whole(other, hints, side_clauses), target),
    }
}

/// A statement kind `transpile` does not convert: kept as T-SQL on the T-SQL family, dropped
/// elsewhere, with DM3009 either way.
fn not_converted(parsed: ParsedStatement, target: Target) -> TranspiledStatement {
    let span = parsed.span;
    let keep = target.profile().is_tsql_family();
    let message = if keep {
        "This statement kind is not converted; it was kept as T-SQL."
    } else {
        "This statement kind is not converted (only queries, CREATE VIEW and CREATE TABLE are)."
    };
    TranspiledStatement {
        span,
        sql: keep.then(|| crate::parse::print::to_tsql(&parsed)),
        diagnostics: vec![Diagnostic::new(Code::DM3009, message, Some(span))],
    }
}
