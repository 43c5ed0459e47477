//! Per-object conversion in dependency order, and the outcome of every object.

use super::journal::{Entry, Journal, KeyHasher, StoredModel};
use super::result::*;
use super::retry::StepError;
use super::{Options, Phase, Reporter};
use crate::analyze::scope::Env;
use crate::analyze::{Analysis, ObjectKind};
use crate::catalog::{Catalog, ObjectKey};
use crate::dbt::{project_files, GeneratedFile, ModelSql, Plan, ProjectInput, Resolver};
use crate::diagnostics::{Code, Diagnostic, Severity, Span};
use crate::parse::{ParsedBatch, ParsedStatement, SideClause, Stmt};
use crate::source::SourceSet;
use crate::transpile::{self, Converted, Target};
use rayon::prelude::*;
use sqlparser::ast::{Ident, SelectItem, SetExpr, Statement as SqlStatement, TableObject};
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};

/// What converting needs of a parsed batch once the catalog holds the definitions: its
/// diagnostics and the statements that did not parse. Keeping this instead of the batch lets
/// every statement's tree go as soon as the catalog is built.
pub(super) struct BatchSummary {
    pub diagnostics: Vec<Diagnostic>,
    pub statements: usize,
    /// Statements kept as text: where, and the text.
    pub unparsed: Vec<(Span, String)>,
}

impl BatchSummary {
    /// The summary of a parsed batch, taking its diagnostics and leaving its statements (the
    /// catalog takes those next, by value).
    pub(super) fn take(b: &mut ParsedBatch) -> Self {
        let statements = b.statements.len();
        let unparsed = b
            .statements
            .iter()
            .filter_map(|s| match &s.stmt {
                Stmt::Unparsed { text, .. } => Some((s.span, text.clone())),
                _ => None,
            })
            .collect();
        let mut diagnostics = std::mem::take(&mut b.diagnostics);
        diagnostics.shrink_to_fit();
        BatchSummary { diagnostics, statements, unparsed }
    }
}

pub(super) struct Inputs<'a> {
    pub sources: &'a SourceSet,
    pub parsed: &'a [BatchSummary],
    pub catalog: &'a Catalog,
    pub catalog_diagnostics: Vec<Diagnostic>,
    pub analysis: &'a Analysis,
    pub global: Vec<Diagnostic>,
    pub fallback_name: &'a str,
    pub options: &'a Options,
    pub journal: Option<&'a Journal>,
    pub reporter: &'a Reporter<'a>,
}

/// What converting one object decided.
struct Done {
    status: Status,
    diagnostics: Vec<Diagnostic>,
}

/// What converting one object produced for the project.
#[derive(Default)]
struct Outputs {
    model: Option<ModelSql>,
    macro_def: Option<ModelSql>,
    /// Computed columns of a table: (column, SQL).
    computed: Vec<(String, String)>,
}

pub(super) fn convert_all(inp: Inputs<'_>) -> (MigrationResult, Vec<GeneratedFile>) {
    let Inputs { sources, parsed, catalog, analysis, options, journal, reporter, .. } = inp;
    let target = options.target;
    let plan = Plan::new(catalog, inp.fallback_name);
    let levels = &analysis.levels;
    // Worked out with lineage, from the same trees (ADR 0018).
    let env = Env::new(catalog, &analysis.view_columns);
    let mut resolver = Resolver { plan: &plan, converted: Default::default() };
    // Each level's results, put together after the last level.
    let mut by_level: Vec<Vec<(&ObjectKey, Done, Outputs)>> = Vec::with_capacity(levels.len());
    // `order` holds every object once: count them without a lookup per key.
    let total = analysis.objects.values().filter(|i| i.kind.is_converted()).count();
    let finished = AtomicUsize::new(0);
    let keys = journal.map(|_| input_keys(sources, catalog, analysis, &plan, options)).unwrap_or_default();
    // Objects of one level depend only on objects of earlier levels: each level converts in
    // parallel, and its results are merged in key order, so the output is the same for any
    // number of threads.
    for level in levels {
        let results: Vec<(&ObjectKey, Done, Outputs)> = crate::sections::parallel(|| {
            level
                .par_iter()
                .filter_map(|key| {
                    let info = analysis.objects.get(key)?;
                    // Synonyms, types and sequences are graph nodes, not models.
                    if !info.kind.is_converted() {
                        return None;
                    }
                    let input_key = keys.get(key);
                    let (result, outputs) = match journal.zip(input_key).and_then(|(j, k)| j.get(k)) {
                        Some(entry) => from_entry(entry),
                        None => {
                            let name = key.to_string();
                            let attempt = |n: u32| -> Result<(Done, Outputs), StepError> {
                                if let Some(fault) = &options.hooks.fault {
                                    if let Some(e) = fault(&name, n) {
                                        return Err(e);
                                    }
                                }
                                Ok(convert_guarded(key, info, catalog, analysis, &env, &resolver, target))
                            };
                            let default_sleep = |d| std::thread::sleep(d);
                            let sleep: &dyn Fn(std::time::Duration) = match &options.hooks.sleep {
                                Some(s) => s.as_ref(),
                                None => &default_sleep,
                            };
                            match options.retry.run(&name, sleep, attempt) {
                                Ok((result, outputs)) => {
                                    if let (Some(j), Some(k)) = (journal, input_key) {
                                        j.append(&to_entry(k, key, &result, &outputs));
                                    }
                                    (result, outputs)
                                }
                                // Not recorded: a resumed run tries the object again.
                                Err(failure) => (
                                    Done {
                                        status: Status::Failed,
                                        diagnostics: vec![Diagnostic::new(
                                            Code::DM9002,
                                            format!("Converting `{key}` failed: {}.", failure.describe()),
                                            Some(info.span),
                                        )],
                                    },
                                    Outputs::default(),
                                ),
                            }
                        }
                    };
                    let n = finished.fetch_add(1, Ordering::Relaxed) + 1;
                    reporter.report(Phase::Convert, n, total, Some(key.to_string()));
                    Some((key, result, outputs))
                })
                .collect()
        });
        // The next level may reference what converted in this one.
        for (key, result, _) in &results {
            if matches!(result.status, Status::Converted | Status::ConvertedWithWarnings) {
                resolver.converted.insert(*key);
            }
        }
        by_level.push(results);
        if let Some(j) = journal {
            j.sync();
        }
    }
    reporter.report(Phase::Convert, total, total, None);
    // Every object is in one level: sorted by key, each kind of result is taken out on the
    // workers into a sorted list, and each map is built from its list in one pass.
    let (done, models, macros, computed) = crate::sections::parallel(|| {
        let mut converted: Vec<(&ObjectKey, Done, Outputs)> = by_level.into_par_iter().flatten().collect();
        converted.par_sort_unstable_by(|a, b| a.0.cmp(b.0));
        let models: Vec<_> =
            converted.par_iter_mut().filter_map(|(k, _, o)| o.model.take().map(|m| ((*k).clone(), m))).collect();
        let macros: Vec<_> =
            converted.par_iter_mut().filter_map(|(k, _, o)| o.macro_def.take().map(|m| ((*k).clone(), m))).collect();
        let computed: Vec<_> = converted
            .par_iter_mut()
            .flat_map_iter(|(k, _, o)| {
                std::mem::take(&mut o.computed).into_iter().map(|(c, sql)| (((*k).clone(), c), sql))
            })
            .collect();
        let done: Vec<(ObjectKey, Done)> = converted.into_par_iter().map(|(k, d, _)| (k.clone(), d)).collect();
        (done, models, macros, computed)
    });
    let (models, macros, computed): (BTreeMap<_, _>, BTreeMap<_, _>, BTreeMap<_, _>) =
        (models.into_iter().collect(), macros.into_iter().collect(), computed.into_iter().collect());
    // In key order, as the objects are walked below.
    let mut done = done.into_iter().peekable();

    let files = if options.project_files {
        // Worked out on any worker, in key order: the map is built in one pass.
        let locations: Vec<(ObjectKey, String)> = crate::sections::parallel(|| {
            analysis.objects.par_iter().map(|(k, info)| (k.clone(), sources.location(info.span))).collect()
        });
        let locations: BTreeMap<ObjectKey, String> = locations.into_iter().collect();
        project_files(&ProjectInput { catalog, plan: &plan, target, models, macros, computed, locations })
    } else {
        Vec::new()
    };

    // Attribute every diagnostic to the object whose definition contains it.
    let mut object_diags: BTreeMap<ObjectKey, Vec<Diagnostic>> = BTreeMap::new();
    let mut global: Vec<Diagnostic> = inp.global;
    let owners = Owners::new(analysis.objects.iter().filter(|(_, i)| i.kind.is_converted()).map(|(k, i)| (i.span, k)));
    let owner = |d: &Diagnostic| -> Option<ObjectKey> { d.span.and_then(|s| owners.find(s)).cloned() };
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

    let mut object_diags = object_diags.into_iter().peekable();
    // Each object's diagnostics and result are moved out of the maps in key order; the outcomes
    // (sorting, placing every diagnostic by line and column) are built in parallel.
    // Synonyms, types and sequences are graph nodes only: nothing is generated for them.
    let pending: Vec<(&ObjectKey, &crate::analyze::ObjectInfo, Vec<Diagnostic>, Option<Done>)> = analysis
        .objects
        .iter()
        .filter(|(_, i)| i.kind.is_converted())
        .map(|(key, info)| {
            while done.next_if(|(k, _)| k < key).is_some() {}
            let result = done.next_if(|(k, _)| k == key).map(|(_, d)| d);
            while object_diags.next_if(|(k, _)| k < key).is_some() {}
            let diags = object_diags.next_if(|(k, _)| k == key).map(|(_, d)| d).unwrap_or_default();
            (key, info, diags, result)
        })
        .collect();
    let mut objects: Vec<ObjectOutcome> = crate::sections::parallel(|| {
        pending
            .into_par_iter()
            .map(|(key, info, mut diags, done)| {
                let mut status = Status::Converted;
                if let Some(d) = done {
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
                ObjectOutcome {
                    object: display_name(catalog, key),
                    kind: info.kind,
                    status,
                    location: Some(sources.location(info.span)),
                    dbt_name,
                    depends_on: info.depends_on.iter().map(|d| display_name(catalog, d)).collect(),
                    diagnostics: diags.iter().map(|d| Located::new(d, sources)).collect(),
                }
            })
            .collect()
    });
    objects.extend(failed_definitions(parsed, sources, &mut global));
    // Stable, like the sort by comparison it replaces; each name is lower-cased once.
    objects.sort_by_cached_key(|o| (o.object.to_lowercase(), o.kind));

    global.sort_by(|a, b| a.span.cmp(&b.span).then(a.code.cmp(&b.code)));
    let stats = stats(sources, parsed, catalog, &objects);
    let result = MigrationResult {
        report_version: 1,
        project: plan.project.clone(),
        target: target.name().to_string(),
        objects,
        files: crate::sections::parallel(|| files.par_iter().map(|f| f.path.clone()).collect()),
        diagnostics: global.iter().map(|d| Located::new(d, sources)).collect(),
        stats,
    };
    (result, files)
}

/// The objects' spans, sorted for finding the object whose definition holds a diagnostic.
struct Owners<'k> {
    /// `(span, rank, key)` by file and start; `rank` is the object's place in key order.
    spans: Vec<(Span, usize, &'k ObjectKey)>,
    /// The largest end among `spans[..=i]` of the same file.
    reach: Vec<u32>,
}

impl<'k> Owners<'k> {
    fn new(objects: impl Iterator<Item = (Span, &'k ObjectKey)>) -> Self {
        let mut spans: Vec<(Span, usize, &ObjectKey)> = objects.enumerate().map(|(i, (s, k))| (s, i, k)).collect();
        spans.sort_by_key(|(s, rank, _)| (s.file, s.start, *rank));
        let mut reach = Vec::with_capacity(spans.len());
        for (i, (s, _, _)) in spans.iter().enumerate() {
            let before = if i > 0 && spans[i - 1].0.file == s.file { reach[i - 1] } else { 0 };
            reach.push(before.max(s.end));
        }
        Owners { spans, reach }
    }

    /// The first object in key order whose span holds `s.start` (a span holds its start even
    /// when empty).
    fn find(&self, s: Span) -> Option<&'k ObjectKey> {
        let after = self.spans.partition_point(|(o, _, _)| (o.file, o.start) <= (s.file, s.start));
        let mut best: Option<(usize, &ObjectKey)> = None;
        for i in (0..after).rev() {
            let (o, rank, key) = self.spans[i];
            // Nothing at or before `i` reaches `s.start` any more.
            if o.file != s.file || (self.reach[i] <= s.start && o.start != s.start) {
                break;
            }
            let holds = s.start < o.end || s.start == o.start;
            if holds && best.is_none_or(|(r, _)| rank < r) {
                best = Some((rank, key));
            }
        }
        best.map(|(_, k)| k)
    }
}

/// One object, with a panic turned into a DM9001 failure of that object.
fn convert_guarded(
    key: &ObjectKey,
    info: &crate::analyze::ObjectInfo,
    catalog: &Catalog,
    analysis: &Analysis,
    env: &Env<'_>,
    resolver: &Resolver<'_>,
    target: Target,
) -> (Done, Outputs) {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut out = Outputs::default();
        let done = convert_into(key, info.kind, catalog, analysis, env, resolver, target, &mut out);
        (done, out)
    }))
    .unwrap_or_else(|_| {
        let d = Diagnostic::new(
            Code::DM9001,
            format!("Converting `{key}` hit an internal error; the other objects were converted."),
            Some(info.span),
        );
        (Done { status: Status::Failed, diagnostics: vec![d] }, Outputs::default())
    })
}

/// The journal key of every object: the options, the object's kind, name, definition text and
/// place, the dbt names it and its dependencies get, and its dependencies' keys (in dependency
/// order, so those are known first).
fn input_keys(
    sources: &SourceSet,
    catalog: &Catalog,
    analysis: &Analysis,
    plan: &Plan,
    options: &Options,
) -> BTreeMap<ObjectKey, String> {
    let names = |k: &ObjectKey| -> String {
        let t = plan.tables.get(k).map(|t| t.staging.as_str()).unwrap_or("");
        let m = plan.models.get(k).map(String::as_str).unwrap_or("");
        let f = plan.macros.get(k).map(|m| m.name.as_str()).unwrap_or("");
        format!("{t}|{m}|{f}")
    };
    // A key hashes the keys of the dependencies before it in `order`; those are in earlier
    // levels, so each level's keys are worked out in parallel. A dependency later in the order
    // (in a cycle) has no key yet where it is needed: its text stands for it.
    let position: HashMap<&ObjectKey, usize> = analysis.order.iter().enumerate().map(|(i, k)| (k, i)).collect();
    let mut keys: HashMap<&ObjectKey, String> = HashMap::with_capacity(analysis.order.len());
    for level in &analysis.levels {
        let found: Vec<(&ObjectKey, String)> = crate::sections::parallel(|| {
            level
                .par_iter()
                .filter_map(|key| {
                    let info = analysis.objects.get(key)?;
                    let at = position.get(key).copied().unwrap_or(usize::MAX);
                    let mut h = KeyHasher::default();
                    h.field(env!("CARGO_PKG_VERSION").as_bytes())
                        .field(options.target.name().as_bytes())
                        .field(plan.project.as_bytes())
                        .field(plan.db.as_bytes())
                        .field(info.kind.as_str().as_bytes())
                        .field(key.to_string().as_bytes())
                        .field(sources.file(info.span.file).path.as_bytes())
                        .field(&info.span.start.to_le_bytes())
                        .field(sources.snippet(info.span).as_bytes())
                        .field(names(key).as_bytes());
                    // A table's columns can come from later ALTER TABLE statements too.
                    if let Some(t) = catalog.tables.get(key) {
                        h.field(format!("{:?}", t.columns).as_bytes());
                    }
                    for u in info.unresolved.iter().chain(&info.external) {
                        h.field(u.as_bytes());
                    }
                    for d in &info.depends_on {
                        h.field(d.to_string().as_bytes()).field(names(d).as_bytes());
                        let before = position.get(d).is_some_and(|p| *p < at);
                        match keys.get(d).filter(|_| before) {
                            Some(k) => h.field(k.as_bytes()),
                            None => h.field(analysis.objects.get(d).map_or("", |i| sources.snippet(i.span)).as_bytes()),
                        };
                    }
                    Some((key, h.finish()))
                })
                .collect()
        });
        keys.extend(found);
    }
    keys.into_iter().map(|(k, v)| (k.clone(), v)).collect()
}

fn stored(m: &ModelSql) -> StoredModel {
    StoredModel { sql: m.sql.clone(), materialized: m.materialized.to_string(), description: m.description.clone() }
}

fn model(s: &StoredModel) -> ModelSql {
    let materialized = match s.materialized.as_str() {
        "table" => "table",
        "macro" => "macro",
        "ephemeral" => "ephemeral",
        "incremental" => "incremental",
        _ => "view",
    };
    ModelSql { sql: s.sql.clone(), materialized, description: s.description.clone() }
}

fn to_entry(input_key: &str, key: &ObjectKey, done: &Done, outputs: &Outputs) -> Entry {
    Entry {
        key: input_key.to_string(),
        object: key.to_string(),
        status: done.status,
        diagnostics: done.diagnostics.clone(),
        model: outputs.model.as_ref().map(stored),
        macro_def: outputs.macro_def.as_ref().map(stored),
        computed: outputs.computed.clone(),
    }
}

fn from_entry(e: &Entry) -> (Done, Outputs) {
    (
        Done { status: e.status, diagnostics: e.diagnostics.clone() },
        Outputs {
            model: e.model.as_ref().map(model),
            macro_def: e.macro_def.as_ref().map(model),
            computed: e.computed.clone(),
        },
    )
}

#[allow(clippy::too_many_arguments)]
fn convert_into(
    key: &ObjectKey,
    kind: ObjectKind,
    catalog: &Catalog,
    analysis: &Analysis,
    env: &Env<'_>,
    resolver: &Resolver<'_>,
    target: Target,
    out: &mut Outputs,
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
                            out.computed.push((c.name.clone(), sql));
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
                out.model = Some(ModelSql { sql, materialized: "view", description: view.description.clone() });
            })
        }
        ObjectKind::ScalarFunction | ObjectKind::InlineTableFunction => {
            let Some(r) = catalog.routines.get(key) else {
                return Done { status: Status::Failed, diagnostics: vec![] };
            };
            let conv = transpile::transpile_function(r, env, resolver, target);
            finish(conv, |sql| {
                out.macro_def = Some(ModelSql { sql, materialized: "macro", description: r.description.clone() });
            })
        }
        ObjectKind::Procedure => {
            let Some(r) = catalog.routines.get(key) else {
                return Done { status: Status::Failed, diagnostics: vec![] };
            };
            // Only a body of the pattern's shape can match: others are not parsed again.
            let tree = r.facts().rebuild_pattern.then(|| r.tree());
            match tree.as_ref().and_then(|t| rebuild_pattern(&t.body.statements)) {
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
                        kept: crate::catalog::Kept::held(),
                    };
                    let conv = transpile::transpile_view(&fake, env, resolver, target);
                    let description = Some(format!(
                        "Rebuilt by {}: TRUNCATE TABLE {} + INSERT ... SELECT, as a table model.",
                        r.name, view.0
                    ));
                    finish(conv, |sql| {
                        out.model = Some(ModelSql { sql, materialized: "table", description });
                    })
                }
                None => {
                    let reasons: Vec<&str> = info.features.iter().map(|f| f.describe()).collect();
                    let why = if r.facts().empty_body {
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
        // Never reached: `convert_all` skips kinds that are not converted.
        ObjectKind::Synonym | ObjectKind::Type | ObjectKind::Sequence => {
            Done { status: Status::Converted, diagnostics: Vec::new() }
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
fn failed_definitions(
    parsed: &[BatchSummary],
    sources: &SourceSet,
    global: &mut Vec<Diagnostic>,
) -> Vec<ObjectOutcome> {
    let failed: Vec<(&BatchSummary, Span, ObjectKind, String)> = parsed
        .iter()
        .flat_map(|b| b.unparsed.iter().map(move |(span, text)| (b, span, text)))
        .filter_map(|(b, span, text)| guess_definition(text).map(|(kind, name)| (b, *span, kind, name)))
        .collect();
    let spans: Vec<Span> = failed.iter().map(|f| f.1).collect();
    let taken = take_inside(global, &spans);
    let mut out = Vec::new();
    for ((b, span, kind, name), mine) in failed.into_iter().zip(taken) {
        let mut diags: Vec<Located> =
            b.diagnostics.iter().filter(|d| starts_inside(d, span)).map(|d| Located::new(d, sources)).collect();
        diags.extend(mine.iter().map(|d| Located::new(d, sources)));
        diags.dedup();
        out.push(ObjectOutcome {
            object: name,
            kind,
            status: Status::Failed,
            location: Some(sources.location(span)),
            dbt_name: None,
            depends_on: Vec::new(),
            diagnostics: diags,
        });
    }
    out
}

/// A diagnostic that starts inside a statement (or right at its end) is the statement's.
fn starts_inside(d: &Diagnostic, span: Span) -> bool {
    d.span.is_some_and(|sp| sp.file == span.file && span.start <= sp.start && sp.start <= span.end)
}

/// For each of `spans` in turn, the diagnostics of `diagnostics` that start inside it and were
/// not taken by an earlier span, in their order; they leave `diagnostics`, which keeps the
/// others in their order. One sort and a binary search per span, not a scan of every
/// diagnostic per span (an estate with thousands of statements that failed to parse).
fn take_inside(diagnostics: &mut Vec<Diagnostic>, spans: &[Span]) -> Vec<Vec<Diagnostic>> {
    let place = |d: &Diagnostic| d.span.map(|s| (s.file, s.start));
    let mut by_place: Vec<usize> = (0..diagnostics.len()).filter(|&i| diagnostics[i].span.is_some()).collect();
    by_place.sort_by_key(|&i| place(&diagnostics[i]));
    let mut owner: Vec<Option<usize>> = vec![None; diagnostics.len()];
    for (n, span) in spans.iter().enumerate() {
        let from = by_place.partition_point(|&i| place(&diagnostics[i]) < Some((span.file, span.start)));
        for &i in &by_place[from..] {
            if place(&diagnostics[i]) > Some((span.file, span.end)) {
                break;
            }
            if owner[i].is_none() {
                owner[i] = Some(n);
            }
        }
    }
    let mut taken: Vec<Vec<Diagnostic>> = vec![Vec::new(); spans.len()];
    let mut rest = Vec::with_capacity(diagnostics.len());
    for (d, o) in std::mem::take(diagnostics).into_iter().zip(owner) {
        match o {
            Some(n) => taken[n].push(d),
            None => rest.push(d),
        }
    }
    *diagnostics = rest;
    taken
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

fn stats(sources: &SourceSet, parsed: &[BatchSummary], catalog: &Catalog, objects: &[ObjectOutcome]) -> Stats {
    let mut s = Stats {
        files: sources.files.len(),
        batches: parsed.len(),
        statements: parsed.iter().map(|b| b.statements).sum(),
        unparsed_statements: parsed.iter().map(|b| b.unparsed.len()).sum(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::FileId;
    use proptest::prelude::*;

    proptest! {
        /// Taking each span's diagnostics by sorted search gives what partitioning the whole
        /// list for each span in turn gave.
        #[test]
        fn diagnostics_inside_failed_statements_are_taken_as_by_scanning(
            diags in proptest::collection::vec((0u32..3, 0u32..60, 0u8..3), 0..30),
            spans in proptest::collection::vec((0u32..3, 0u32..60, 0u32..20), 0..10),
        ) {
            let codes = [Code::DM1001, Code::DM2002, Code::DM9001];
            let list: Vec<Diagnostic> = diags
                .iter()
                .enumerate()
                .map(|(i, (f, s, c))| {
                    let span = (*c != 2 || i % 2 == 0).then(|| Span::new(FileId(*f), *s, s + 1));
                    Diagnostic::new(codes[usize::from(*c)], format!("d{i}"), span)
                })
                .collect();
            let spans: Vec<Span> = spans.iter().map(|(f, s, len)| Span::new(FileId(*f), *s, s + len)).collect();
            let mut scanned = list.clone();
            let mut expected = Vec::new();
            for span in &spans {
                let (mine, rest): (Vec<Diagnostic>, Vec<Diagnostic>) =
                    std::mem::take(&mut scanned).into_iter().partition(|d| starts_inside(d, *span));
                scanned = rest;
                expected.push(mine);
            }
            let mut searched = list;
            let taken = take_inside(&mut searched, &spans);
            prop_assert_eq!(taken, expected);
            prop_assert_eq!(searched, scanned);
        }

        /// The sorted search finds what a scan of the objects in key order finds.
        #[test]
        fn owners_find_the_first_object_holding_the_place(
            objects in proptest::collection::vec((0u32..3, 0u32..60, 0u32..20), 0..25),
            places in proptest::collection::vec((0u32..3, 0u32..90), 1..25),
        ) {
            let keys: Vec<ObjectKey> = (0..objects.len()).map(|i| ObjectKey::new("dbo", &format!("o{i:02}"))).collect();
            let spans: Vec<Span> = objects.iter().map(|(f, s, len)| Span::new(FileId(*f), *s, s + len)).collect();
            let owners = Owners::new(spans.iter().copied().zip(keys.iter()));
            for (f, at) in places {
                let s = Span::new(FileId(f), at, at + 1);
                let scan = spans
                    .iter()
                    .zip(keys.iter())
                    .find(|(o, _)| o.file == s.file && o.start <= s.start && (s.start < o.end || s.start == o.start))
                    .map(|(_, k)| k);
                prop_assert_eq!(owners.find(s), scan);
            }
        }
    }
}
