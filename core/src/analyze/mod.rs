//! Analyze: the catalog → a dependency graph, a topological order and per-object facts.
//!
//! Input: [`crate::catalog::Catalog`]. Output: [`Analysis`] — for every object (tables, views,
//! functions, procedures, triggers, synonyms, user types, sequences) its kind, its references
//! resolved against the catalog (default schema, case, brackets, synonym chains; other
//! databases and linked servers become [`ExternalNode`]s; dynamic SQL is an [`UnknownEdge`]),
//! column-level lineage of views and inline functions, a classification with reasons and a
//! complexity score; the objects in dependency order; cycles and unresolved names as
//! diagnostics. Expression type inference ([`types`]) lives here because transpile needs it.
//! Never converts SQL and never writes files. See `docs/decisions/0009-analysis-graph-lineage-classification.md`.

pub mod classify;
pub mod deps;
pub mod facts;
pub mod graph;
pub mod lineage;
pub mod scope;
pub mod sorted_map;
pub mod types;

pub use classify::{Class, Complexity};
pub use graph::{ExternalKind, ExternalNode, RefKind, RefTarget, Reference, UnknownEdge, UnresolvedRef};
pub use lineage::{ColumnLineage, ColumnRef};
pub use sorted_map::SortedMap;

use crate::catalog::names::parts;
use crate::catalog::{Catalog, ObjectKey, RoutineDef};
use crate::diagnostics::{Code, Diagnostic, Severity, Span};
use crate::parse::{RoutineKind, SqlType, TriggerOn};
use deps::{Feature, References};
use rayon::prelude::*;
use serde::Serialize;
use sqlparser::ast::{Ident, ObjectName};
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
    /// `CREATE SYNONYM`: a name for another object (resolved through by references).
    Synonym,
    /// `CREATE TYPE`: an alias or table type.
    Type,
    /// `CREATE SEQUENCE`.
    Sequence,
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
            ObjectKind::Synonym => "synonym",
            ObjectKind::Type => "type",
            ObjectKind::Sequence => "sequence",
        }
    }

    /// Does the object become something of its own in the dbt project (a source, model or
    /// macro)? Synonyms, types and sequences do not: they are graph nodes that the objects using
    /// them are resolved through.
    pub fn is_converted(self) -> bool {
        !matches!(self, ObjectKind::Synonym | ObjectKind::Type | ObjectKind::Sequence)
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
    /// Tables, views and routines of this database it needs built first (synonyms followed to
    /// their final object). Types, sequences and synonyms it uses are in `uses`.
    pub depends_on: BTreeSet<ObjectKey>,
    /// Names that resolve to nothing in the catalog (`schema.name`).
    pub unresolved: Vec<String>,
    /// Names in other databases or servers (external node keys).
    pub external: Vec<String>,
    pub features: BTreeSet<Feature>,
    /// User types, sequences and synonyms it uses (graph edges that are not build dependencies).
    pub uses: BTreeSet<ObjectKey>,
    /// Every name in its definition, resolved: the graph's edges in detail (sorted).
    pub references: Vec<Reference>,
    /// Edges to objects known only at run time (dynamic SQL).
    pub unknown_edges: Vec<UnknownEdge>,
    /// Column lineage, for views and inline table functions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lineage: Option<Vec<ColumnLineage>>,
    /// How it is expected to convert.
    pub class: Class,
    /// Why (sorted diagnostic codes; empty for `auto`).
    pub reasons: Vec<Code>,
    /// Size and shape of the definition, and the effort estimate.
    pub complexity: Complexity,
    /// The analysis's findings about this object (external and unresolved names, dynamic SQL,
    /// cursors, triggers, sequences), sorted by place. Not repeated in [`Analysis::diagnostics`].
    pub diagnostics: Vec<Diagnostic>,
}

/// The dependency graph and facts of every object.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Analysis {
    /// Every object by key (kept as the sorted list it is built as: [`SortedMap`]).
    pub objects: SortedMap<ObjectKey, ObjectInfo>,
    /// Every object, dependencies first (ties in key order); a cycle's members come together.
    pub order: Vec<ObjectKey>,
    /// Objects that are part of a dependency cycle.
    pub cycles: BTreeSet<ObjectKey>,
    /// Graph-wide diagnostics: one DM2006 per member of a cycle, naming the whole cycle.
    pub diagnostics: Vec<Diagnostic>,
    /// Objects in other databases or on linked servers, by normalised name.
    pub external: BTreeMap<String, ExternalNode>,
    /// Every reference that resolves to nothing, by object, then name.
    pub unresolved: Vec<UnresolvedRef>,
    /// The cycles: each a sorted list of its members (strongly connected components).
    pub cycle_groups: Vec<Vec<ObjectKey>>,
    /// `order` cut into dependency levels ([`levels`]): the objects of a level depend only on
    /// objects of earlier levels, so each level is worked on in parallel.
    #[serde(skip)]
    pub levels: Vec<Vec<ObjectKey>>,
    /// The output columns of every view (names, inferred types), worked out level by level in
    /// the lineage pass, from the same tree ([`scope::columns_of_view`]); the conversion reads
    /// them.
    #[serde(skip)]
    pub view_columns: BTreeMap<ObjectKey, scope::Columns>,
}

impl Analysis {
    /// The graph: every object and the objects it points to (`depends_on` ∪ `uses`).
    pub fn edges(&self) -> BTreeMap<ObjectKey, BTreeSet<ObjectKey>> {
        // Each object's set on any worker, then one map built from them in key order.
        let edges: Vec<(ObjectKey, BTreeSet<ObjectKey>)> = crate::sections::parallel(|| {
            self.objects.par_iter().map(|(k, i)| (k.clone(), i.depends_on.union(&i.uses).cloned().collect())).collect()
        });
        edges.into_iter().collect()
    }
}

/// A name to resolve, with how it is used and where.
struct RawRef {
    name: ObjectName,
    kind: RefKind,
    span: Span,
}

/// Analyze the catalog.
pub fn analyze(catalog: &Catalog) -> Analysis {
    let mut a = Analysis::default();
    // Every object's node and the names it references, kind after kind (tables, views,
    // routines, synonyms, types, sequences); each kind's entries are worked out in parallel
    // (each reads only its own definition). The map is built from them at once: in key order,
    // and for a key that two kinds share, the later kind wins, as inserting one by one did.
    type Node = (ObjectKey, ObjectInfo, Vec<RawRef>);
    // Every node in kind order (tables, views, routines, synonyms, types, sequences), with a
    // routine's dynamic SQL; a stable sort by key keeps that order among the nodes of one key.
    // Each kind's nodes are written into the list by the workers that make them.
    let mut all: Vec<(Node, Option<Vec<Span>>)> = Vec::with_capacity(
        catalog.tables.len()
            + catalog.views.len()
            + catalog.routines.len()
            + catalog.synonyms.len()
            + catalog.types.len()
            + catalog.sequences.len(),
    );
    crate::sections::parallel(|| {
        all.par_extend(catalog.tables.par_iter().map(|(key, table)| {
            // Foreign keys are not build dependencies: a table (a dbt source) needs nothing
            // first.
            let types = table.columns.iter().filter_map(|c| c.data_type.as_ref());
            let info = new_info(key, ObjectKind::Table, table.span);
            ((key.clone(), info, type_refs(catalog, types, table.span)), None)
        }));
        all.par_extend(catalog.views.par_iter().map(|(key, view)| {
            // A view header without a query (a parse leniency) references nothing.
            let refs = &view.facts().references;
            let mut info = new_info(key, ObjectKind::View, view.span);
            info.features = refs.features.clone();
            ((key.clone(), info, refs_of(refs, view.span)), None)
        }));
        all.par_extend(catalog.routines.par_iter().map(|(key, r)| {
            let (_, info, list, dynamic_sql) = routine_refs(catalog, key, r);
            ((key.clone(), info, list), Some(dynamic_sql))
        }));
    });
    for (key, s) in &catalog.synonyms {
        let target = vec![RawRef { name: s.target.clone(), kind: RefKind::SynonymTarget, span: s.span }];
        all.push(((key.clone(), new_info(key, ObjectKind::Synonym, s.span), target), None));
    }
    for (key, t) in &catalog.types {
        // A type references nothing and has no entry among the names to resolve (below).
        all.push(((key.clone(), new_info(key, ObjectKind::Type, t.span), Vec::new()), None));
    }
    for (key, s) in &catalog.sequences {
        let node =
            (key.clone(), new_info(key, ObjectKind::Sequence, s.span), type_refs(catalog, s.data_type.iter(), s.span));
        all.push((node, None));
    }
    crate::sections::parallel(|| all.par_sort_by(|x, y| x.0 .0.cmp(&y.0 .0)));
    // One object per key, the last kind's (as inserting kind after kind into one map did); its
    // names to resolve are those of the last node of the key that is not a type, and its dynamic
    // SQL the routine's of that key.
    let mut objects: Vec<(ObjectKey, ObjectInfo)> = Vec::with_capacity(all.len());
    let mut raw: Vec<Option<Vec<RawRef>>> = Vec::with_capacity(all.len());
    let mut dynamic: Vec<Vec<Span>> = Vec::with_capacity(all.len());
    let mut nodes = all.into_iter().peekable();
    while let Some(((key, mut info, list), mut dynamic_sql)) = nodes.next() {
        let mut names = (info.kind != ObjectKind::Type).then_some(list);
        while let Some(((_, later, list), d)) = nodes.next_if(|n| n.0 .0 == key) {
            if later.kind != ObjectKind::Type {
                names = Some(list);
            }
            dynamic_sql = d.or(dynamic_sql);
            info = later;
        }
        objects.push((key, info));
        raw.push(names);
        dynamic.push(dynamic_sql.unwrap_or_default());
    }

    // Edges: each object's names are resolved in parallel (against the catalog only), then the
    // external nodes and unresolved names are merged in key order, as one pass in that order
    // would have built them.
    type Found = (BTreeMap<String, ExternalNode>, Vec<UnresolvedRef>);
    let found: Vec<Found> = crate::sections::parallel(|| {
        objects
            .par_iter_mut()
            .zip(raw.par_iter())
            .zip(dynamic.par_iter())
            .filter_map(|(((key, info), list), dynamic)| {
                let list = list.as_ref()?;
                let mut external = BTreeMap::new();
                let mut unresolved = Vec::new();
                resolve_refs(catalog, info, list, &mut external, &mut unresolved);
                for span in dynamic {
                    info.unknown_edges.push(UnknownEdge { reason: "dynamic_sql".into(), span: *span });
                    info.diagnostics.push(Diagnostic::new(
                        Code::DM2101,
                        format!("`{key}` runs dynamic SQL; the objects it uses are known only at run time."),
                        Some(*span),
                    ));
                }
                Some((external, unresolved))
            })
            .collect()
    });
    for (external, unresolved) in found {
        for (name, node) in external {
            match a.external.entry(name) {
                std::collections::btree_map::Entry::Vacant(v) => {
                    v.insert(node);
                }
                std::collections::btree_map::Entry::Occupied(mut o) => {
                    o.get_mut().referenced_by.extend(node.referenced_by);
                }
            }
        }
        a.unresolved.extend(unresolved);
    }
    a.unresolved.sort();
    // The names are resolved: freed on every worker (one thread freeing their many small
    // allocations was a measurable part of the serial time).
    crate::sections::parallel(|| {
        rayon::join(|| raw.into_par_iter().for_each(drop), || dynamic.into_par_iter().for_each(drop))
    });

    // Order, cycles and levels, on the graph of indices into `objects` (in key order): each
    // object's edges (`depends_on` ∪ `uses`, for cycles and order) and its build dependencies
    // (`depends_on`, for levels) are found in parallel.
    {
        let keys: Vec<&ObjectKey> = objects.iter().map(|(k, _)| k).collect();
        let (adj, deps): (Vec<Vec<usize>>, Vec<Vec<usize>>) = crate::sections::parallel(|| {
            objects
                .par_iter()
                .map(|(_, info)| {
                    let index = |d: &ObjectKey| keys.binary_search(&d).ok();
                    let deps: Vec<usize> = info.depends_on.iter().filter_map(index).collect();
                    let mut all: Vec<usize> = deps.iter().copied().chain(info.uses.iter().filter_map(index)).collect();
                    all.sort_unstable();
                    all.dedup();
                    (all, deps)
                })
                .unzip()
        });
        let groups = graph::cycles_of(&adj);
        let order = graph::order_of(&adj, &groups);
        let levels = levels_of(&order, &deps);
        let owned = |list: &[usize]| -> Vec<ObjectKey> { list.iter().map(|&i| keys[i].clone()).collect() };
        for group in &groups {
            let names: Vec<String> = group.iter().map(|&i| keys[i].to_string()).collect();
            for &i in group {
                let (k, info) = &objects[i];
                a.cycles.insert(k.clone());
                let message = if group.len() == 1 {
                    format!("`{k}` references itself; it cannot be ordered before its dependencies.")
                } else {
                    format!(
                        "`{k}` is part of a dependency cycle ({}); it cannot be ordered before its dependencies.",
                        names.join(" ↔ ")
                    )
                };
                a.diagnostics.push(Diagnostic::new(Code::DM2006, message, Some(info.span)));
            }
        }
        a.cycle_groups = groups.iter().map(|g| owned(g)).collect();
        let (order, levels) = crate::sections::parallel(|| {
            rayon::join(|| owned(&order), || levels.par_iter().map(|l| owned(l)).collect::<Vec<_>>())
        });
        a.order = order;
        a.levels = levels;
        crate::sections::parallel(|| {
            rayon::join(|| adj.into_par_iter().for_each(drop), || deps.into_par_iter().for_each(drop))
        });
    }
    // Sorted and one per key: the list is the map.
    a.objects = SortedMap::from_sorted(objects);

    // Lineage and view columns, one dependency level at a time so views over views see their
    // inner view's; the objects of a level are traced in parallel. (In a dependency cycle, which
    // fails anyway, an object sees those of every object of an earlier level.)
    let mut lin = lineage::Lineager::new(catalog);
    let mut view_columns = BTreeMap::new();
    for level in &a.levels {
        type Traced = (ObjectKey, Option<Vec<lineage::ColumnLineage>>, Option<scope::Columns>);
        let traced: Vec<Traced> = crate::sections::parallel(|| {
            level
                .par_iter()
                .filter_map(|key| {
                    // One tree for both, parsed again here when left in its batch (ADR 0018).
                    if let Some(v) = catalog.views.get(key) {
                        let tree = v.tree();
                        let names: Vec<String> = v.definition.columns.iter().map(|c| c.value.clone()).collect();
                        let traced = tree.query.as_deref().map(|q| lin.trace(q, &names));
                        let columns = scope::columns_of_view(v, &tree, &scope::Env::new(catalog, &view_columns));
                        Some((key.clone(), traced, Some(columns)))
                    } else if let Some(r) =
                        catalog.routines.get(key).filter(|r| r.kind == RoutineKind::InlineTableFunction)
                    {
                        let traced = r.tree().body.query.as_deref().map(|q| lin.trace(q, &[]));
                        traced.map(|t| (key.clone(), Some(t), None))
                    } else {
                        None
                    }
                })
                .collect()
        });
        let mut columns = Vec::new();
        for (key, lineage, cols) in traced {
            if let Some(cols) = cols {
                columns.push((key.clone(), cols));
            }
            if let Some(lineage) = lineage {
                lin.known.insert(key, lineage);
            }
        }
        scope::add_level(&mut view_columns, columns);
    }
    a.view_columns = view_columns;
    // Each lineage copied into its object's facts on any worker, then the map freed there: a copy
    // on the workers costs less serial time than moving them in one by one (ADR 0015 counts it).
    let traced = lin.known;
    crate::sections::parallel(|| {
        a.objects.par_iter_mut().for_each(|(key, info)| info.lineage = traced.get(key).cloned());
        traced.into_par_iter().for_each(drop);
    });

    // Classification and complexity.
    let cycles = a.cycles.clone();
    crate::sections::parallel(|| {
        a.objects.par_iter_mut().for_each(|(key, info)| classify_object(catalog, key, info, cycles.contains(key)))
    });
    a
}

/// The order (indices) cut into levels: an object's level is one more than its dependencies'
/// highest (`deps[i]`: the indices object `i` depends on; dependencies later in the order, as in
/// a cycle, do not count). Within a level the order is kept.
fn levels_of(order: &[usize], deps: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut level_of: Vec<Option<usize>> = vec![None; deps.len()];
    let mut levels: Vec<Vec<usize>> = Vec::new();
    for &i in order {
        let level = deps[i].iter().filter_map(|&d| level_of[d]).map(|l| l + 1).max().unwrap_or(0);
        level_of[i] = Some(level);
        if levels.len() <= level {
            levels.resize_with(level + 1, Vec::new);
        }
        levels[level].push(i);
    }
    levels
}

/// A routine's graph node, the names its definition references, and where it runs dynamic SQL.
fn routine_refs<'c>(
    catalog: &Catalog,
    key: &'c ObjectKey,
    r: &RoutineDef,
) -> (&'c ObjectKey, ObjectInfo, Vec<RawRef>, Vec<Span>) {
    let refs = &r.facts().references;
    let mut info = new_info(key, ObjectKind::of_routine(r.kind), r.span);
    info.features = refs.features.clone();
    let mut list = refs_of(refs, r.span);
    if r.kind == RoutineKind::Trigger {
        // `inserted` and `deleted` are the trigger's own pseudo-tables.
        list.retain(|x| !matches!(parts(&x.name).as_slice(), [n] if n.eq_ignore_ascii_case("inserted") || n.eq_ignore_ascii_case("deleted")));
    }
    if let Some(TriggerOn::Object(target)) = r.definition.trigger.as_ref().map(|t| &t.on) {
        list.push(RawRef { name: target.clone(), kind: RefKind::TriggerTarget, span: r.span });
    }
    list.extend(type_refs(catalog, r.definition.params.iter().map(|p| &p.data_type), r.span));
    (key, info, list, refs.dynamic_sql.clone())
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
        uses: BTreeSet::new(),
        references: Vec::new(),
        unknown_edges: Vec::new(),
        lineage: None,
        class: Class::Auto,
        reasons: Vec::new(),
        complexity: Complexity::new(0, 0, 0, 0, Class::Auto),
        diagnostics: Vec::new(),
    }
}

/// The names a definition references, each located (routine statements) or at `span`.
fn refs_of(refs: &References, span: Span) -> Vec<RawRef> {
    let at = |n: &ObjectName| refs.locations.get(&n.to_string()).copied().unwrap_or(span);
    let kinds = [
        (&refs.relations, RefKind::Relation),
        (&refs.functions, RefKind::Function),
        (&refs.procedures, RefKind::Procedure),
        (&refs.sequences, RefKind::Sequence),
    ];
    kinds
        .into_iter()
        .flat_map(|(names, kind)| names.iter().map(move |n| (n, kind)))
        .filter(|(n, _)| !graph::is_local(n))
        .map(|(n, kind)| RawRef { name: n.clone(), kind, span: at(n) })
        .collect()
}

/// User-defined types among declared types: schema-qualified ones always, unqualified ones when
/// the catalog has a `dbo` type of that name (the rest are built-in types).
fn type_refs<'t>(catalog: &Catalog, types: impl Iterator<Item = &'t SqlType>, span: Span) -> Vec<RawRef> {
    let mut out = Vec::new();
    for t in types {
        let name = match &t.schema {
            Some(s) => ObjectName::from(vec![Ident::new(s.clone()), Ident::new(t.name.clone())]),
            None if catalog.types.contains_key(&ObjectKey::new(crate::catalog::names::DEFAULT_SCHEMA, &t.name)) => {
                ObjectName::from(vec![Ident::new(t.name.clone())])
            }
            None => continue,
        };
        out.push(RawRef { name, kind: RefKind::Type, span });
    }
    out
}

fn resolve_refs(
    catalog: &Catalog,
    info: &mut ObjectInfo,
    list: &[RawRef],
    external: &mut BTreeMap<String, ExternalNode>,
    unresolved: &mut Vec<UnresolvedRef>,
) {
    let mut seen: BTreeSet<(RefKind, String)> = BTreeSet::new();
    for r in list {
        let written = r.name.to_string();
        let norm = parts(&r.name).iter().map(|p| p.to_lowercase()).collect::<Vec<_>>().join(".");
        if !seen.insert((r.kind, norm)) {
            continue;
        }
        let (target, via) = graph::resolve_name(catalog, &r.name);
        info.uses.extend(via.iter().filter(|k| **k != info.key).cloned());
        let through = match via.last() {
            Some(s) => format!(" (through synonym `{s}`)"),
            None => String::new(),
        };
        match &target {
            RefTarget::Object { key } if *key != info.key => {
                let build = catalog.tables.contains_key(key)
                    || catalog.views.contains_key(key)
                    || catalog.routines.contains_key(key);
                if build {
                    info.depends_on.insert(key.clone());
                } else {
                    info.uses.insert(key.clone());
                }
            }
            RefTarget::Object { .. } | RefTarget::System => {}
            RefTarget::External { name } => {
                let this = graph::external_node(&graph::final_name(catalog, &r.name));
                let place = match this.kind {
                    ExternalKind::OtherDatabase => format!("database `{}`", this.database),
                    ExternalKind::LinkedServer => {
                        format!("linked server `{}`", this.server.as_deref().unwrap_or_default())
                    }
                };
                external.entry(name.clone()).or_insert(this).referenced_by.insert(info.key.clone());
                if !info.external.contains(name) {
                    info.external.push(name.clone());
                }
                info.diagnostics.push(Diagnostic::new(
                    Code::DM2005,
                    format!("`{written}`{through} is in {place}, outside this migration; it is an external node."),
                    Some(r.span),
                ));
            }
            RefTarget::Unresolved => {
                let text = if via.is_empty() {
                    match crate::catalog::names::resolve(&r.name, catalog.database.as_deref()) {
                        crate::catalog::names::Resolved::Local(q) => q.to_string(),
                        crate::catalog::names::Resolved::External(n) => n,
                    }
                } else {
                    written.clone()
                };
                if !info.unresolved.contains(&text) {
                    info.unresolved.push(text);
                }
                unresolved.push(UnresolvedRef {
                    object: info.key.clone(),
                    name: written.clone(),
                    kind: r.kind,
                    via: via.clone(),
                    span: r.span,
                });
                let code = if r.kind == RefKind::Relation { Code::DM2002 } else { Code::DM2104 };
                let looped = via
                    .last()
                    .and_then(|s| catalog.synonyms.get(s))
                    .and_then(|s| crate::catalog::names::key_of(&s.target, catalog.database.as_deref()))
                    .is_some_and(|k| via.contains(&k));
                let message = if looped {
                    let chain: Vec<String> = via.iter().map(|k| k.to_string()).collect();
                    format!("`{written}` goes through a synonym chain that loops ({}).", chain.join(" → "))
                } else {
                    format!("`{written}`{through} does not name any object in the scripts.")
                };
                info.diagnostics.push(Diagnostic::new(code, message, Some(r.span)));
            }
        }
        if matches!(r.kind, RefKind::Sequence) && matches!(target, RefTarget::Object { .. }) {
            info.diagnostics.push(Diagnostic::new(
                Code::DM2105,
                format!("`{written}` is a sequence; dbt models have no sequences."),
                Some(r.span),
            ));
        }
        info.references.push(Reference { name: written, kind: r.kind, target, via, span: r.span });
    }
    info.references.sort();
}

fn classify_object(catalog: &Catalog, key: &ObjectKey, info: &mut ObjectInfo, in_cycle: bool) {
    let routine = catalog.routines.get(key).map(|r| r.facts());
    let shape = match (info.kind, catalog.views.get(key), routine) {
        (ObjectKind::View, Some(v), _) => v.facts().shape,
        (_, _, Some(r)) => r.shape,
        _ => classify::Shape { statements: 1, max_depth: 0, control_flow: 0 },
    };
    if info.features.contains(&Feature::Cursor) {
        info.diagnostics.push(Diagnostic::new(
            Code::DM2102,
            format!("`{key}` processes rows one at a time with a cursor."),
            Some(info.span),
        ));
    }
    if info.kind == ObjectKind::Trigger {
        info.diagnostics.push(Diagnostic::new(
            Code::DM2103,
            format!("`{key}` is a trigger; dbt has no triggers."),
            Some(info.span),
        ));
    }
    if info.kind == ObjectKind::Sequence {
        info.diagnostics.push(Diagnostic::new(
            Code::DM2105,
            format!("`{key}` is a sequence; dbt models have no sequences."),
            Some(info.span),
        ));
    }
    info.diagnostics.sort_by(|a, b| a.span.cmp(&b.span).then(a.code.cmp(&b.code)).then(a.message.cmp(&b.message)));
    info.diagnostics.dedup();
    let unparsed = match (info.kind, catalog.views.get(key), routine) {
        (ObjectKind::View, Some(v), _) => v.facts().unparsed,
        (_, _, Some(r)) => r.unparsed,
        _ => false,
    };
    let facts = classify::Facts {
        kind: info.kind,
        features: &info.features,
        warnings: info.diagnostics.iter().filter(|d| d.severity != Severity::Info).map(|d| d.code).collect(),
        in_cycle,
        unparsed,
        uses_sequence: info.references.iter().any(|r| r.kind == RefKind::Sequence),
        rebuild_pattern: info.kind == ObjectKind::Procedure && routine.is_some_and(|r| r.rebuild_pattern),
        simple_scalar: info.kind == ObjectKind::ScalarFunction && routine.is_some_and(|r| r.simple_scalar),
    };
    let (class, reasons) = classify::classify(&facts);
    info.class = class;
    info.reasons = reasons;
    let constructs = u32::try_from(info.features.len()).unwrap_or(u32::MAX);
    info.complexity = Complexity::new(shape.statements, shape.max_depth, shape.control_flow, constructs, class);
}
