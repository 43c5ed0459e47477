//! Per-object conversion in dependency order, and the outcome of every object.

use super::result::*;
use super::{Phase, Progress};
use crate::analyze::scope::{view_columns, Env};
use crate::analyze::{Analysis, ObjectKind};
use crate::catalog::{Catalog, ObjectKey};
use crate::dbt::{project_files, GeneratedFile, ModelSql, Plan, ProjectInput, Resolver};
use crate::diagnostics::{Code, Diagnostic, Severity, Span};
use crate::parse::{ParsedBatch, ParsedStatement, SideClause, Stmt};
use crate::source::SourceSet;
use crate::transpile::{self, Converted, Target};
use sqlparser::ast::{Ident, SelectItem, SetExpr, Statement as SqlStatement, TableObject};
use std::collections::BTreeMap;

pub(super) struct Inputs<'a> {
    pub sources: &'a SourceSet,
    pub parsed: &'a [ParsedBatch],
    pub catalog: &'a Catalog,
    pub catalog_diagnostics: Vec<Diagnostic>,
    pub analysis: &'a Analysis,
    pub global: Vec<Diagnostic>,
    pub fallback_name: &'a str,
    pub target: Target,
    pub progress: &'a (dyn Fn(Progress) + Sync),
}

/// What converting one object produced.
struct Done {
    status: Status,
    diagnostics: Vec<Diagnostic>,
}

pub(super) fn convert_all(inp: Inputs<'_>) -> (MigrationResult, Vec<GeneratedFile>) {
    let Inputs { sources, parsed, catalog, analysis, target, progress, .. } = inp;
    let plan = Plan::new(catalog, inp.fallback_name);
    let views_cols = view_columns(catalog, &analysis.order);
    let env = Env::new(catalog, &views_cols);
    let mut resolver = Resolver { plan: &plan, converted: Default::default() };
    let mut models = BTreeMap::new();
    let mut macros = BTreeMap::new();
    let mut computed = BTreeMap::new();
    let mut done: BTreeMap<ObjectKey, Done> = BTreeMap::new();
    let total = analysis.order.len();
    for (i, key) in analysis.order.iter().enumerate() {
        progress(Progress { phase: Phase::Convert, done: i, total, current: Some(key.to_string()) });
        let Some(info) = analysis.objects.get(key) else { continue };
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            convert_one(
                key,
                info.kind,
                catalog,
                analysis,
                &env,
                &resolver,
                target,
                &mut models,
                &mut macros,
                &mut computed,
            )
        }));
        let result = outcome.unwrap_or_else(|_| Done {
            status: Status::Failed,
            diagnostics: vec![Diagnostic::new(
                Code::DM9001,
                format!("Converting `{key}` hit an internal error; the other objects were converted."),
                Some(info.span),
            )],
        });
        if matches!(result.status, Status::Converted | Status::ConvertedWithWarnings) {
            resolver.converted.insert(key.clone());
        }
        done.insert(key.clone(), result);
    }
    progress(Progress { phase: Phase::Convert, done: total, total, current: None });

    let locations: BTreeMap<ObjectKey, String> =
        analysis.objects.iter().map(|(k, info)| (k.clone(), sources.location(info.span))).collect();
    let input = ProjectInput { catalog, plan: &plan, target, models, macros, computed, locations };
    let files = project_files(&input);

    // Attribute every diagnostic to the object whose definition contains it.
    let mut object_diags: BTreeMap<ObjectKey, Vec<Diagnostic>> = BTreeMap::new();
    let mut global: Vec<Diagnostic> = inp.global;
    let spans: Vec<(Span, ObjectKey)> = analysis.objects.iter().map(|(k, i)| (i.span, k.clone())).collect();
    let owner = |d: &Diagnostic| -> Option<ObjectKey> {
        let s = d.span?;
        spans
            .iter()
            .find(|(o, _)| o.file == s.file && o.start <= s.start && (s.start < o.end || s.start == o.start))
            .map(|(_, k)| k.clone())
    };
    let parse_diags = parsed.iter().flat_map(|b| b.diagnostics.iter().cloned());
    for d in parse_diags
        .chain(inp.catalog_diagnostics)
        .chain(analysis.diagnostics.iter().cloned())
        .chain(plan.diagnostics.iter().cloned())
    {
        match owner(&d) {
            Some(k) => object_diags.entry(k).or_default().push(d),
            None => global.push(d),
        }
    }

    let mut objects = Vec::new();
    for (key, info) in &analysis.objects {
        let mut diags = object_diags.remove(key).unwrap_or_default();
        let mut status = Status::Converted;
        if let Some(d) = done.remove(key) {
            status = d.status;
            diags.extend(d.diagnostics);
        }
        if analysis.cycles.contains(key) {
            status = Status::Failed;
        }
        diags.sort_by(|a, b| a.span.cmp(&b.span).then(a.code.cmp(&b.code)));
        diags.dedup();
        if status == Status::Converted && diags.iter().any(|d| d.severity != Severity::Info) {
            status = Status::ConvertedWithWarnings;
        }
        let dbt_name = match info.kind {
            ObjectKind::Table => plan.tables.get(key).map(|t| t.staging.clone()),
            _ if matches!(status, Status::Converted | Status::ConvertedWithWarnings) => {
                plan.models.get(key).cloned().or_else(|| plan.macros.get(key).map(|m| m.name.clone()))
            }
            _ => None,
        };
        objects.push(ObjectOutcome {
            object: display_name(catalog, key),
            kind: info.kind,
            status,
            location: Some(sources.location(info.span)),
            dbt_name,
            depends_on: info.depends_on.iter().map(|d| display_name(catalog, d)).collect(),
            diagnostics: diags.iter().map(|d| Located::new(d, sources)).collect(),
        });
    }
    objects.extend(failed_definitions(parsed, sources, &mut global));
    objects.sort_by(|a, b| a.object.to_lowercase().cmp(&b.object.to_lowercase()).then(a.kind.cmp(&b.kind)));

    global.sort_by(|a, b| a.span.cmp(&b.span).then(a.code.cmp(&b.code)));
    let stats = stats(sources, parsed, catalog, &objects);
    let result = MigrationResult {
        report_version: 1,
        project: plan.project.clone(),
        target: target.name().to_string(),
        objects,
        files: files.iter().map(|f| f.path.clone()).collect(),
        diagnostics: global.iter().map(|d| Located::new(d, sources)).collect(),
        stats,
    };
    (result, files)
}

#[allow(clippy::too_many_arguments)]
fn convert_one(
    key: &ObjectKey,
    kind: ObjectKind,
    catalog: &Catalog,
    analysis: &Analysis,
    env: &Env<'_>,
    resolver: &Resolver<'_>,
    target: Target,
    models: &mut BTreeMap<ObjectKey, ModelSql>,
    macros: &mut BTreeMap<ObjectKey, ModelSql>,
    computed: &mut BTreeMap<(ObjectKey, String), String>,
) -> Done {
    let info = &analysis.objects[key];
    // Dependencies that did not convert block this object.
    let missing: Vec<String> = info
        .depends_on
        .iter()
        .filter(|d| !catalog.tables.contains_key(*d) && !resolver.converted.contains(*d))
        .map(|d| d.to_string())
        .collect();
    match kind {
        ObjectKind::Table => {
            let Some(table) = catalog.tables.get(key) else {
                return Done { status: Status::Failed, diagnostics: vec![] };
            };
            let mut diagnostics = Vec::new();
            for c in &table.columns {
                if let Some(expr) = &c.computed {
                    let conv = transpile::transpile_computed(table, expr, env, resolver, target);
                    diagnostics.extend(conv.diagnostics);
                    match conv.sql {
                        Some(sql) => {
                            computed.insert((key.clone(), c.name.clone()), sql);
                        }
                        None => diagnostics.push(Diagnostic::new(
                            Code::DM3001,
                            format!("Computed column `{}` was left out of the staging model.", c.name),
                            Some(table.span),
                        )),
                    }
                }
            }
            for c in table.columns.iter().filter(|c| c.computed.is_none()) {
                if let Some(Err(why)) = c.data_type.as_ref().map(|t| transpile::column_type(t, target)) {
                    diagnostics.push(Diagnostic::new(
                        Code::DM3001,
                        format!("Column `{}`: {why}; it is passed through without a cast.", c.name),
                        Some(table.span),
                    ));
                }
            }
            Done { status: Status::Converted, diagnostics }
        }
        _ if !missing.is_empty() => Done {
            status: Status::Blocked,
            diagnostics: vec![Diagnostic::new(
                Code::DM3008,
                format!("Depends on {}, which did not convert.", missing.join(", ")),
                Some(info.span),
            )],
        },
        ObjectKind::View => {
            let Some(view) = catalog.views.get(key) else {
                return Done { status: Status::Failed, diagnostics: vec![] };
            };
            let conv = transpile::transpile_view(view, env, resolver, target);
            finish(conv, |sql| {
                models
                    .insert(key.clone(), ModelSql { sql, materialized: "view", description: view.description.clone() });
            })
        }
        ObjectKind::ScalarFunction | ObjectKind::InlineTableFunction => {
            let Some(r) = catalog.routines.get(key) else {
                return Done { status: Status::Failed, diagnostics: vec![] };
            };
            let conv = transpile::transpile_function(r, env, resolver, target);
            finish(conv, |sql| {
                macros.insert(key.clone(), ModelSql { sql, materialized: "macro", description: r.description.clone() });
            })
        }
        ObjectKind::Procedure => {
            let Some(r) = catalog.routines.get(key) else {
                return Done { status: Status::Failed, diagnostics: vec![] };
            };
            match rebuild_pattern(&r.definition.body.statements) {
                Some((view, side_clauses)) => {
                    let fake = crate::catalog::View {
                        name: r.name.clone(),
                        definition: crate::parse::CreateView {
                            name: view.0.clone(),
                            or_alter: false,
                            alter: false,
                            columns: Vec::new(),
                            options: Vec::new(),
                            query: Some(view.1),
                            check_option: false,
                            batch: r.definition.batch.clone(),
                        },
                        description: r.description.clone(),
                        span: r.span,
                        side_clauses,
                    };
                    let conv = transpile::transpile_view(&fake, env, resolver, target);
                    let description = Some(format!(
                        "Rebuilt by {}: TRUNCATE TABLE {} + INSERT ... SELECT, as a table model.",
                        r.name, view.0
                    ));
                    finish(conv, |sql| {
                        models.insert(key.clone(), ModelSql { sql, materialized: "table", description });
                    })
                }
                None => {
                    let reasons: Vec<&str> = info.features.iter().map(|f| f.describe()).collect();
                    let why = if r.definition.body.statements.is_empty() {
                        "it has no body".to_string()
                    } else if reasons.is_empty() {
                        "it does not match TRUNCATE + INSERT ... SELECT".to_string()
                    } else {
                        format!("it uses {}", reasons.join(", "))
                    };
                    Done {
                        status: Status::NeedsReview,
                        diagnostics: vec![Diagnostic::new(
                            Code::DM3005,
                            format!("The procedure was not converted: {why}."),
                            Some(r.span),
                        )],
                    }
                }
            }
        }
        ObjectKind::TableFunction | ObjectKind::Trigger => Done {
            status: Status::NeedsReview,
            diagnostics: vec![Diagnostic::new(
                Code::DM3006,
                format!(
                    "{} are not converted automatically yet.",
                    if kind == ObjectKind::Trigger { "Triggers" } else { "Multi-statement table functions" }
                ),
                Some(info.span),
            )],
        },
    }
}

fn finish(conv: Converted, keep: impl FnOnce(String)) -> Done {
    match conv.sql {
        Some(sql) => {
            keep(sql);
            Done { status: Status::Converted, diagnostics: conv.diagnostics }
        }
        None => Done { status: Status::NeedsReview, diagnostics: conv.diagnostics },
    }
}

/// `[SET NOCOUNT ON;] TRUNCATE TABLE t; INSERT INTO t (cols) SELECT ...` — the procedure rebuilds
/// `t` from a query: a dbt table model. Returns the table and the query with the INSERT's column
/// names as aliases, and the INSERT's side clauses.
type Rebuilt = ((sqlparser::ast::ObjectName, Box<sqlparser::ast::Query>), Vec<SideClause>);

fn rebuild_pattern(stmts: &[ParsedStatement]) -> Option<Rebuilt> {
    let flat: Vec<&ParsedStatement> =
        flatten(stmts).into_iter().filter(|s| !matches!(s.stmt, Stmt::SetOption { .. })).collect();
    let [a, b] = flat.as_slice() else { return None };
    let (Stmt::Sql(a), Stmt::Sql(b_stmt)) = (&a.stmt, &b.stmt) else { return None };
    let side_clauses = b.side_clauses.clone();
    let b = b_stmt;
    let SqlStatement::Truncate(trunc) = a.as_ref() else { return None };
    let SqlStatement::Insert(ins) = b.as_ref() else { return None };
    let TableObject::TableName(target) = &ins.table else { return None };
    let truncated = trunc.table_names.first().map(|t| t.name.to_string().to_lowercase());
    if truncated.as_deref() != Some(target.to_string().to_lowercase().as_str()) {
        return None;
    }
    let mut query = ins.source.clone()?;
    if !ins.columns.is_empty() {
        let SetExpr::Select(select) = query.body.as_mut() else { return None };
        if select.projection.len() != ins.columns.len() {
            return None;
        }
        for (item, col) in select.projection.iter_mut().zip(&ins.columns) {
            let alias = Ident::new(crate::catalog::names::parts(col).pop().unwrap_or_default());
            let expr = match item {
                SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => e.clone(),
                _ => return None,
            };
            *item = SelectItem::ExprWithAlias { expr, alias };
        }
    }
    Some(((target.clone(), query), side_clauses))
}

fn flatten(stmts: &[ParsedStatement]) -> Vec<&ParsedStatement> {
    let mut out = Vec::new();
    for s in stmts {
        match &s.stmt {
            Stmt::Block(inner) => out.extend(flatten(inner)),
            _ => out.push(s),
        }
    }
    out
}

fn display_name(catalog: &Catalog, key: &ObjectKey) -> String {
    if let Some(t) = catalog.tables.get(key) {
        return t.name.to_string();
    }
    if let Some(v) = catalog.views.get(key) {
        return v.name.to_string();
    }
    if let Some(r) = catalog.routines.get(key) {
        return r.name.to_string();
    }
    key.to_string()
}

/// `CREATE VIEW|PROCEDURE|FUNCTION|TRIGGER|TABLE` statements that did not parse are objects too:
/// they are listed as failed with their diagnostics.
fn failed_definitions(parsed: &[ParsedBatch], sources: &SourceSet, global: &mut Vec<Diagnostic>) -> Vec<ObjectOutcome> {
    let mut out = Vec::new();
    for b in parsed {
        for s in &b.statements {
            let Stmt::Unparsed { text, .. } = &s.stmt else { continue };
            let Some((kind, name)) = guess_definition(text) else { continue };
            let (mine, rest): (Vec<Diagnostic>, Vec<Diagnostic>) = std::mem::take(global).into_iter().partition(|d| {
                d.span.is_some_and(|sp| sp.file == s.span.file && s.span.start <= sp.start && sp.start <= s.span.end)
            });
            *global = rest;
            let mut diags: Vec<Located> = b
                .diagnostics
                .iter()
                .filter(|d| {
                    d.span
                        .is_some_and(|sp| sp.file == s.span.file && s.span.start <= sp.start && sp.start <= s.span.end)
                })
                .map(|d| Located::new(d, sources))
                .collect();
            diags.extend(mine.iter().map(|d| Located::new(d, sources)));
            diags.dedup();
            out.push(ObjectOutcome {
                object: name,
                kind,
                status: Status::Failed,
                location: Some(sources.location(s.span)),
                dbt_name: None,
                depends_on: Vec::new(),
                diagnostics: diags,
            });
        }
    }
    out
}

fn guess_definition(text: &str) -> Option<(ObjectKind, String)> {
    let words: Vec<&str> = text.split_whitespace().take(6).collect();
    let mut i = 0;
    if !words.first()?.eq_ignore_ascii_case("create") && !words.first()?.eq_ignore_ascii_case("alter") {
        return None;
    }
    i += 1;
    if words.get(i).is_some_and(|w| w.eq_ignore_ascii_case("or")) {
        i += 2;
    }
    let kind = match words.get(i)?.to_ascii_lowercase().as_str() {
        "view" => ObjectKind::View,
        "proc" | "procedure" => ObjectKind::Procedure,
        "function" => ObjectKind::ScalarFunction,
        "trigger" => ObjectKind::Trigger,
        "table" => ObjectKind::Table,
        _ => return None,
    };
    let raw = words.get(i + 1)?;
    let name: String = raw.split('(').next().unwrap_or(raw).replace(['[', ']'], "");
    Some((kind, name))
}

fn stats(sources: &SourceSet, parsed: &[ParsedBatch], catalog: &Catalog, objects: &[ObjectOutcome]) -> Stats {
    let mut s = Stats {
        files: sources.files.len(),
        batches: parsed.len(),
        statements: parsed.iter().map(|b| b.statements.len()).sum(),
        unparsed_statements: parsed
            .iter()
            .flat_map(|b| &b.statements)
            .filter(|st| matches!(st.stmt, Stmt::Unparsed { .. }))
            .count(),
        tables: catalog.tables.len(),
        views: catalog.views.len(),
        routines: catalog.routines.len(),
        rows: catalog.tables.values().map(|t| t.rows.len()).sum(),
        ..Stats::default()
    };
    for o in objects {
        match o.status {
            Status::Converted => s.converted += 1,
            Status::ConvertedWithWarnings => s.converted_with_warnings += 1,
            Status::NeedsReview => s.needs_review += 1,
            Status::Blocked => s.blocked += 1,
            Status::Failed => s.failed += 1,
        }
    }
    s
}
