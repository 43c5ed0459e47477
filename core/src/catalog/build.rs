//! Fold parsed statements into a [`Catalog`], with the meaning of script order.
//!
//! Three steps (ADR 0016): the parse workers prepare each statement ([`Preparer`]: rows read as
//! values, constraints read, names without a database part resolved, trees the catalog does not
//! keep dropped); routing, in script order, does what depends on it across objects (the first
//! `USE`, schema spellings, names with a database part, table data in line) and sends
//! everything about one object to its partition; the partitions fold in parallel, each in script
//! order, and are put together. A foreign key without a column list takes its target's primary
//! key as of its place, from the partitions' logs.

use super::constraints::accepted_values;
use super::data::{self, PendingInsert};
use super::model::*;
use super::names::{resolve, Resolved};
use super::properties::Property;
use crate::analyze::facts::TreeFacts;
use crate::diagnostics::{Code, Diagnostic, Span};
use crate::parse::{
    AlterTableAction, ColumnDef, ConstraintKind, CreateView, ParsedBatch, ParsedStatement, Routine, RoutineBody,
    RoutineKind, SequenceOption, SideClause, SqlType, Stmt, TableConstraint, TypeDefinition,
};
use rayon::prelude::*;
use sqlparser::ast::{ObjectName, SetExpr, Statement as SqlStatement, TableObject};
use std::collections::{BTreeMap, HashMap};

/// A catalog and the diagnostics found while building it.
#[derive(Debug, Clone, Default)]
pub struct Built {
    pub catalog: Catalog,
    pub diagnostics: Vec<Diagnostic>,
}

/// Build the catalog from every parsed batch (in file and batch order). Table data from
/// `INSERT ... VALUES` is applied after all DDL, so a data script may sort before its tables.
pub fn build_catalog<'a>(batches: impl IntoIterator<Item = &'a ParsedBatch>) -> Built {
    let mut b = CatalogBuilder::new();
    for batch in batches {
        b.add(batch);
    }
    b.finish()
}

/// [`build_catalog`] a batch at a time, so a caller can drop each batch's tree once it is added
/// (the catalog keeps its own copies of definitions, and table data as values).
///
/// ```
/// use datamigrate_core::catalog::CatalogBuilder;
/// use datamigrate_core::parse::parse_batch;
/// use datamigrate_core::source::{load_memory, split_batches};
/// let sql = b"CREATE TABLE t (id int)\nGO\nINSERT t VALUES (1)\nGO\n".to_vec();
/// let loaded = load_memory(vec![("a.sql".to_string(), sql)]);
/// let mut builder = CatalogBuilder::new();
/// for batch in split_batches(&loaded.sources.files[0]).batches {
///     builder.add(&parse_batch(&batch)); // the tree is dropped here
/// }
/// let built = builder.finish();
/// assert_eq!(built.catalog.tables.values().next().map(|t| t.rows.len()), Some(1));
/// ```
pub struct CatalogBuilder {
    /// The database of the scripts: the first `USE` (script order).
    database: Option<String>,
    /// Schema spellings: a `CREATE SCHEMA`'s, else the first object's (script order).
    schemas: BTreeMap<String, String>,
    /// The place of the first `USE` (names with a database part after it are resolved
    /// against it).
    first_use: Option<Seq>,
    /// Diagnostics found while routing, with their item's place in script order.
    diagnostics: Vec<(Seq, Diagnostic)>,
    /// The number of batches added (the place in script order of the next one's statements).
    batches: u32,
    /// Each partition's operations ([`part_of`]): lists handed over batch after batch (a
    /// partition sorts its operations by place before it folds them).
    #[allow(clippy::vec_box)]
    parts: Vec<Vec<Vec<Box<Op>>>>,
    /// Boxed: the serial parts (routing, grouping by table) move them one by one, and a
    /// pointer moves faster than the 160-byte struct (measured: the grouping's serial time at
    /// 100 MB fell from 247 ms to 22 ms).
    #[allow(clippy::vec_box)]
    inserts: Vec<Box<PendingInsert>>,
    /// Read `INSERT ... VALUES` rows into table data, and keep every routine's body (the
    /// schema-only builder keeps the bodies of scalar functions alone: the rest are never
    /// converted by `transpile`, which needs only their names, kinds and signatures; see
    /// `keeps_body`).
    data: bool,
    /// Keep views' queries and routines' bodies as trees; when false, their facts are taken on
    /// the parse workers and the trees dropped there, and a phase that needs one parses its
    /// batch again (ADR 0018).
    trees: bool,
}

impl Default for CatalogBuilder {
    fn default() -> Self {
        CatalogBuilder::new()
    }
}

/// How many partitions the objects are folded in ([`part_of`]): a constant, not the number of
/// workers, though any number gives the same catalog (a test folds with one and with this).
const PARTS: usize = 64;

/// The partition of an object: every statement about one key (whatever its kind) goes to the
/// same partition, in script order. FNV-1a over the key, so the same on every run and machine.
fn part_of(key: &ObjectKey, parts: usize) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.schema.bytes().chain([0]).chain(key.name.bytes()) {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    (h % parts.max(1) as u64) as usize
}

impl CatalogBuilder {
    /// A builder that reads table data too (as [`build_catalog`]).
    pub fn new() -> Self {
        CatalogBuilder::with_data(true, PARTS)
    }

    /// A builder that leaves out table data: `INSERT ... VALUES` rows are not read (the
    /// `transpile` command needs tables, views and routines, not seeds).
    pub fn schema_only() -> Self {
        CatalogBuilder::with_data(false, PARTS)
    }

    fn with_data(data: bool, parts: usize) -> Self {
        let mut queues = Vec::new();
        queues.resize_with(parts.max(1), Vec::new);
        CatalogBuilder {
            database: None,
            schemas: BTreeMap::new(),
            first_use: None,
            diagnostics: Vec::new(),
            batches: 0,
            parts: queues,
            inserts: Vec::new(),
            data,
            trees: true,
        }
    }

    /// This builder, keeping no view or routine trees: each one's facts ([`TreeFacts`]) are
    /// taken where it is prepared, then its query or body is dropped, and [`View::tree`] and
    /// [`RoutineDef::tree`] parse its batch again (ADR 0018). The catalog answers the same.
    pub fn without_trees(mut self) -> Self {
        self.trees = false;
        self
    }

    /// Fold the next batch's statements (batches in file and batch order).
    pub fn add(&mut self, batch: &ParsedBatch) {
        let preparer = self.preparer();
        let mut prepared = Prepared::new(self.batches);
        for (i, ps) in batch.statements.iter().enumerate() {
            if let Some(item) = preparer.item(ps) {
                prepared.take(item, place(self.batches, i), self.parts.len());
            }
        }
        self.add_prepared(prepared);
    }

    /// [`add`](Self::add) for a caller that is done with the statements: view and routine trees
    /// are moved into the catalog instead of copied. The catalog is the same.
    pub fn add_owned(&mut self, statements: Vec<ParsedStatement>) {
        let prepared = self.preparer().prepare(statements, self.batches);
        self.add_prepared(prepared);
    }

    /// What prepares statements for this builder away from it ([`Preparer::prepare`]).
    pub fn preparer(&self) -> Preparer {
        Preparer { data: self.data, trees: self.trees, parts: self.parts.len() }
    }

    /// Fold the next batch's prepared statements (batches in file and batch order): the same
    /// catalog as [`add_owned`](Self::add_owned) of the statements they were prepared from.
    /// What the worker could not route (it needs the scripts so far) is routed here, in place:
    /// the INSERTs and schema spellings the worker kept are merged with it by their places.
    pub fn add_prepared(&mut self, prepared: Prepared) {
        let Prepared { next, ops, notes, inserts, deferred } = prepared;
        self.batches = self.batches.max(next);
        let mut notes = notes.into_iter().peekable();
        let mut inserts = inserts.into_iter().peekable();
        for (seq, prep) in deferred {
            while let Some((_, key, name)) = notes.next_if(|n| n.0 < seq) {
                self.note_schema_spelled(key, name);
            }
            while let Some((_, insert)) = inserts.next_if(|i| i.0 < seq) {
                self.inserts.push(insert);
            }
            self.route(prep, seq);
        }
        for (_, key, name) in notes {
            self.note_schema_spelled(key, name);
        }
        self.inserts.extend(inserts.map(|(_, insert)| insert));
        for (queue, list) in self.parts.iter_mut().zip(ops) {
            if !list.is_empty() {
                queue.push(list);
            }
        }
    }

    /// What must be done in script order, done now: the database (`USE`), schema spellings,
    /// object names with a database part, table data put in line. Everything about one object
    /// goes to its partition, folded in [`finish`](Self::finish).
    fn route(&mut self, item: Prep, seq: Seq) {
        match item {
            Prep::Insert(insert) => self.inserts.push(insert),
            Prep::InsertNamed { name, columns, rows, span } => {
                if let Some(table) = self.insert_table(&name) {
                    self.inserts.push(Box::new(PendingInsert::new(table, columns, rows, span)));
                }
            }
            Prep::Use(db) => {
                if self.database.is_none() {
                    self.database = Some(db);
                    self.first_use = Some(seq);
                }
            }
            Prep::Schema(name) => {
                self.schemas.insert(name.to_lowercase(), name);
            }
            object => route_object(self, object, seq),
        }
    }
}

/// The place of statement `i` of batch `batch` in script order.
fn place(batch: u32, i: usize) -> Seq {
    (u64::from(batch) << 32) | (i as u64 & 0xffff_ffff)
}

/// A place in script order: the batch's index in the high half, the statement's in the low.
type Seq = u64;

/// What routing an object's statement needs: its names resolved, the schema's spelling noted,
/// the operation sent to its partition. The builder does it in script order for every name; a
/// parse worker for statements whose names have no database part ([`Prep::needs_scripts`]).
trait Route {
    fn resolve(&mut self, name: PreName, span: Span, seq: Seq) -> Option<(QualifiedName, ObjectKey)>;
    fn note(&mut self, name: &QualifiedName, key: &ObjectKey, seq: Seq);
    fn op(&mut self, op: Op);
}

/// Route a statement about one object (not an INSERT, `USE` or `CREATE SCHEMA`).
fn route_object(r: &mut impl Route, item: Prep, seq: Seq) {
    let op = |key: ObjectKey, name: QualifiedName, span: Span, what: What| Op { seq, key, name, span, what };
    let op = match item {
        Prep::Insert(_) | Prep::InsertNamed { .. } | Prep::Use(_) | Prep::Schema(_) => return,
        Prep::Drops(drops) => {
            for d in drops {
                for n in d.names {
                    let Some((name, key)) = r.resolve(n, d.span, seq) else { continue };
                    if let Some(kind) = d.kind {
                        r.op(op(key, name, d.span, What::Drop(kind)));
                    }
                }
            }
            return;
        }
        Prep::Description(mut p, span) => {
            // The key moves to the operation; no name is needed (empty strings allocate nothing).
            let key = std::mem::take(&mut p.key);
            op(key, QualifiedName::default(), span, What::Description(p))
        }
        Prep::CreateTable { name, shell, constraints, span } => {
            let Some((name, key)) = r.resolve(name, span, seq) else { return };
            if name.name.starts_with('#') {
                return; // temp tables belong to their script, not the database
            }
            r.note(&name, &key, seq);
            op(key, name, span, What::CreateTable { shell, constraints })
        }
        Prep::AlterAdd { name, with_check, columns, constraints, span } => {
            let Some((name, key)) = r.resolve(name, span, seq) else { return };
            op(key, name, span, What::AlterAdd { with_check, columns, constraints })
        }
        Prep::Alter { name, action, span } => {
            let Some((name, key)) = r.resolve(name, span, seq) else { return };
            op(key, name, span, What::Alter(Box::new(action)))
        }
        Prep::Index { table, index, span } => {
            let Some((name, key)) = r.resolve(table, span, seq) else { return };
            op(key, name, span, What::Index(Box::new(index)))
        }
        Prep::View { name, view, side_clauses, span, facts } => {
            let Some((name, key)) = r.resolve(name, span, seq) else { return };
            r.note(&name, &key, seq);
            op(key, name, span, What::View(view, side_clauses, facts))
        }
        Prep::Routine { name, routine, span, facts } => {
            let Some((name, key)) = r.resolve(name, span, seq) else { return };
            r.note(&name, &key, seq);
            op(key, name, span, What::Routine(routine, facts))
        }
        Prep::Synonym { name, target, span } => {
            let Some((name, key)) = r.resolve(name, span, seq) else { return };
            r.note(&name, &key, seq);
            op(key, name, span, What::Synonym(target))
        }
        Prep::Type { name, definition, span } => {
            let Some((name, key)) = r.resolve(name, span, seq) else { return };
            r.note(&name, &key, seq);
            op(key, name, span, What::Type(Box::new(definition)))
        }
        Prep::Sequence { name, data_type, options, span } => {
            let Some((name, key)) = r.resolve(name, span, seq) else { return };
            r.note(&name, &key, seq);
            op(key, name, span, What::Sequence(Box::new((data_type, options))))
        }
    };
    r.op(op);
}

/// Routing in script order: names with a database part resolved against the scripts'
/// database so far (DM2005 for another one), schema spellings noted the first time.
impl Route for CatalogBuilder {
    fn resolve(&mut self, name: PreName, span: Span, seq: Seq) -> Option<(QualifiedName, ObjectKey)> {
        match name {
            PreName::Local(q, key) => Some((q, key)),
            PreName::Written(n) => match resolve(&n, self.database.as_deref()) {
                Resolved::Local(q) => {
                    let key = q.key();
                    Some((q, key))
                }
                Resolved::External(n) => {
                    self.diagnostics.push((seq, external(&n, span)));
                    None
                }
            },
        }
    }

    fn note(&mut self, name: &QualifiedName, key: &ObjectKey, _: Seq) {
        if !self.schemas.contains_key(&key.schema) {
            self.schemas.insert(key.schema.clone(), name.schema.clone());
        }
    }

    fn op(&mut self, op: Op) {
        let n = self.parts.len();
        if let Some(queue) = self.parts.get_mut(part_of(&op.key, n)) {
            queue.push(vec![Box::new(op)]);
        }
    }
}

impl CatalogBuilder {
    /// A schema spelling a parse worker noted: kept if it is the first.
    fn note_schema_spelled(&mut self, key: String, spelling: String) {
        self.schemas.entry(key).or_insert(spelling);
    }

    /// The table an INSERT's data goes to, as the database of the scripts so far resolves it;
    /// `None` for another database, a temporary table or a table variable.
    fn insert_table(&self, name: &ObjectName) -> Option<QualifiedName> {
        match resolve(name, self.database.as_deref()) {
            Resolved::Local(q) => data_table(q),
            Resolved::External(_) => None,
        }
    }

    /// Fold every partition (in parallel: no two hold the same object), put the catalog
    /// together, fill in the foreign keys that take their target's primary key, then apply the
    /// table data (after all DDL, so a data script may sort before its tables).
    pub fn finish(self) -> Built {
        let CatalogBuilder { database, first_use, schemas, diagnostics: routed, parts, inserts, .. } = self;
        let db = database.as_deref();
        let parts: Vec<Part> = crate::sections::parallel(|| {
            parts
                .into_par_iter()
                .map(|lists| {
                    // Handed over batch after batch; within a batch, what the worker routed
                    // came before what the builder routed.
                    let mut ops: Vec<Box<Op>> = lists.into_iter().flatten().collect();
                    ops.sort_by_key(|op| op.seq);
                    let mut part = Part::default();
                    for op in ops {
                        part.fold(*op, db, first_use);
                    }
                    part
                })
                .collect()
        });
        let mut catalog = Catalog { database, schemas, ..Catalog::default() };
        let mut tagged = routed;
        let mut logs = Vec::with_capacity(parts.len());
        let (mut tables, mut views, mut routines) = (Vec::new(), Vec::new(), Vec::new());
        let (mut synonyms, mut types, mut sequences) = (Vec::new(), Vec::new(), Vec::new());
        for part in parts {
            let Part { catalog: c, diagnostics, pk_log } = part;
            tables.push(c.tables);
            views.push(c.views);
            routines.push(c.routines);
            synonyms.push(c.synonyms);
            types.push(c.types);
            sequences.push(c.sequences);
            tagged.extend(diagnostics);
            logs.push(pk_log);
        }
        // In script order; for one place, routing's before the partition's (stable).
        tagged.sort_by_key(|(seq, _)| *seq);
        let mut diagnostics: Vec<Diagnostic> = tagged.into_iter().map(|(_, d)| d).collect();
        crate::sections::parallel(|| {
            rayon::join(
                || {
                    rayon::join(
                        || catalog.tables = merged(tables),
                        || rayon::join(|| catalog.views = merged(views), || catalog.routines = merged(routines)),
                    )
                },
                || {
                    rayon::join(
                        || catalog.synonyms = merged(synonyms),
                        || rayon::join(|| catalog.types = merged(types), || catalog.sequences = merged(sequences)),
                    )
                },
            )
        });
        // A foreign key without a column list: its target's primary key as of its place.
        crate::sections::parallel(|| {
            catalog.tables.par_iter_mut().for_each(|(_, table)| {
                for fk in table.foreign_keys.iter_mut() {
                    if let Some(at) = fk.pk_at.take() {
                        let key = fk.references.key();
                        let log = logs.get(part_of(&key, logs.len())).and_then(|l| l.get(&key));
                        fk.referenced_columns = log.and_then(|l| primary_key_before(l, at)).unwrap_or_default();
                    }
                }
            })
        });
        apply_data(&mut catalog, inserts, &mut diagnostics);
        Built { catalog, diagnostics }
    }
}

/// The primary key columns a table's log says it had just before place `at`.
fn primary_key_before(log: &PkLog, at: Seq) -> Option<Vec<String>> {
    let n = log.partition_point(|(seq, _)| *seq < at);
    n.checked_sub(1).and_then(|i| log.get(i)).and_then(|(_, pk)| pk.clone())
}

/// One map from the partitions' maps (their keys are disjoint).
fn merged<V: Send>(maps: Vec<BTreeMap<ObjectKey, V>>) -> BTreeMap<ObjectKey, V> {
    let mut all: Vec<(ObjectKey, V)> = maps.into_iter().flatten().collect();
    all.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // Sorted already: building the map is one pass.
    all.into_iter().collect()
}

/// Each INSERT's table is looked up on any worker (its rank in key order), then the INSERTs are
/// put in one bucket per table in script order, and applied table by table in parallel; the
/// diagnostics follow in table order (every consumer sorts them by place), after those for
/// unknown tables in script order.
#[allow(clippy::vec_box)]
fn apply_data(catalog: &mut Catalog, inserts: Vec<Box<PendingInsert>>, diagnostics: &mut Vec<Diagnostic>) {
    let ranks: Vec<Option<usize>> = {
        let keys: Vec<&ObjectKey> = catalog.tables.keys().collect();
        crate::sections::parallel(|| inserts.par_iter().map(|i| keys.binary_search(&&i.key).ok()).collect())
    };
    let mut buckets: Vec<Vec<Box<PendingInsert>>> = Vec::new();
    buckets.resize_with(catalog.tables.len(), Vec::new);
    for (insert, rank) in inserts.into_iter().zip(ranks) {
        match rank.and_then(|r| buckets.get_mut(r)) {
            Some(bucket) => bucket.push(insert),
            None => diagnostics.push(data::unknown_table(&insert)),
        }
    }
    let work: Vec<(&mut Table, Vec<Box<PendingInsert>>)> =
        catalog.tables.values_mut().zip(buckets).filter(|(_, b)| !b.is_empty()).collect();
    let found: Vec<Vec<Diagnostic>> = crate::sections::parallel(|| {
        work.into_par_iter()
            .map(|(table, inserts)| {
                let mut diags = Vec::new();
                data::apply_inserts(table, inserts, &mut diags);
                // The rows are read from here on, never added to.
                table.rows.shrink_to_fit();
                diags
            })
            .collect()
    });
    diagnostics.extend(found.into_iter().flatten());
}

fn external(name: &str, span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::DM2005,
        format!("`{name}` refers to another database or server; it is not part of this migration."),
        Some(span),
    )
}

/// What happens to one object, at its place in script order, in its partition.
#[derive(Debug)]
struct Op {
    seq: Seq,
    key: ObjectKey,
    name: QualifiedName,
    span: Span,
    what: What,
}

#[derive(Debug)]
enum What {
    CreateTable {
        shell: Box<Table>,
        constraints: Vec<Constraint>,
    },
    AlterAdd {
        with_check: Option<bool>,
        columns: Vec<ColumnDef>,
        constraints: Vec<Constraint>,
    },
    Alter(Box<AlterTableAction>),
    Index(Box<Index>),
    /// With the facts taken when the tree was dropped (ADR 0018).
    View(Box<CreateView>, Vec<SideClause>, Option<Box<TreeFacts>>),
    Routine(Box<Routine>, Option<Box<TreeFacts>>),
    Synonym(ObjectName),
    Type(Box<TypeDefinition>),
    Sequence(Box<(Option<SqlType>, Vec<SequenceOption>)>),
    Drop(DropKind),
    Description(Property),
}

/// The kinds of `DROP` the catalog follows.
#[derive(Debug, Clone, Copy)]
enum DropKind {
    Table,
    View,
    Routine,
    Synonym,
    Type,
    Sequence,
}

impl DropKind {
    fn of(kind: &str) -> Option<DropKind> {
        Some(match kind {
            "table" => DropKind::Table,
            "view" => DropKind::View,
            "procedure" | "function" | "trigger" => DropKind::Routine,
            "synonym" => DropKind::Synonym,
            "type" => DropKind::Type,
            "sequence" => DropKind::Sequence,
            _ => return None,
        })
    }
}

/// One partition's objects, folded in script order.
#[derive(Default)]
struct Part {
    catalog: Catalog,
    diagnostics: Vec<(Seq, Diagnostic)>,
    /// Each table's primary key columns after every statement that may change them (`None`: no
    /// table or no primary key), in script order.
    pk_log: HashMap<ObjectKey, PkLog>,
}

/// A table's primary key columns by place in script order (see [`Part::pk_log`]).
type PkLog = Vec<(Seq, Option<Vec<String>>)>;

impl Part {
    /// Fold one operation; `database` is the scripts' (`first_use`: the place of the `USE`
    /// that names it), for the names with a database part of operations after it.
    fn fold(&mut self, op: Op, database: Option<&str>, first_use: Option<Seq>) {
        let Op { seq, key, name, span, what } = op;
        let database = if first_use.is_some_and(|u| u < seq) { database } else { None };
        match what {
            What::CreateTable { shell, constraints } => {
                let mut table = *shell;
                if self.catalog.tables.contains_key(&key) {
                    self.duplicate(seq, &name, span);
                }
                table.name = name;
                table.span = span;
                let at = At { seq, database, own: &key, altered: false };
                for c in constraints {
                    self.apply_constraint(&mut table, c, true, &at);
                }
                self.log_pk(&key, seq, Some(&table));
                self.catalog.tables.insert(key, table);
            }
            What::AlterAdd { with_check, columns, constraints } => {
                self.alter_table_with(seq, key, &name, span, |this, table, own| {
                    for col in &columns {
                        add_column(table, col);
                    }
                    let at = At { seq, database, own, altered: true };
                    for c in constraints {
                        this.apply_constraint(table, c, with_check.unwrap_or(true), &at);
                    }
                });
            }
            What::Alter(action) => self.alter_table_with(seq, key, &name, span, |_, table, _| alter(table, &action)),
            What::Index(index) => {
                if let Some(t) = self.catalog.tables.get_mut(&key) {
                    t.indexes.push(*index);
                }
            }
            What::View(v, side_clauses, facts) => {
                let description = self.catalog.views.get(&key).and_then(|v| v.description.clone());
                if self.catalog.views.contains_key(&key) && !v.alter && !v.or_alter {
                    self.duplicate(seq, &name, span);
                }
                let kept = facts.map_or_else(Kept::held, Kept::in_batch);
                let view = View { name, definition: *v, description, span, side_clauses, kept };
                self.catalog.views.insert(key, view);
            }
            What::Routine(r, facts) => {
                if self.catalog.routines.contains_key(&key) && !r.alter && !r.or_alter {
                    self.duplicate(seq, &name, span);
                }
                let kind = r.kind;
                let kept = facts.map_or_else(Kept::held, Kept::in_batch);
                let definition = *r;
                self.catalog.routines.insert(key, RoutineDef { name, kind, definition, description: None, span, kept });
            }
            What::Synonym(target) => {
                if self.catalog.synonyms.contains_key(&key) {
                    self.duplicate(seq, &name, span);
                }
                self.catalog.synonyms.insert(key, Synonym { name, target, span });
            }
            What::Type(definition) => {
                if self.catalog.types.contains_key(&key) {
                    self.duplicate(seq, &name, span);
                }
                self.catalog.types.insert(key, UserType { name, definition: *definition, span });
            }
            What::Sequence(sequence) => {
                let (data_type, options) = *sequence;
                if self.catalog.sequences.contains_key(&key) {
                    self.duplicate(seq, &name, span);
                }
                self.catalog.sequences.insert(key, Sequence { name, data_type, options, span });
            }
            What::Drop(kind) => match kind {
                DropKind::Table => {
                    drop(self.catalog.tables.remove(&key));
                    self.log_pk(&key, seq, None);
                }
                DropKind::View => drop(self.catalog.views.remove(&key)),
                DropKind::Routine => drop(self.catalog.routines.remove(&key)),
                DropKind::Synonym => drop(self.catalog.synonyms.remove(&key)),
                DropKind::Type => drop(self.catalog.types.remove(&key)),
                DropKind::Sequence => drop(self.catalog.sequences.remove(&key)),
            },
            What::Description(p) => p.apply(&key, &mut self.catalog),
        }
    }

    fn log_pk(&mut self, key: &ObjectKey, seq: Seq, table: Option<&Table>) {
        let pk = table.and_then(|t| t.primary_key.as_ref()).map(|pk| pk.columns.clone());
        match self.pk_log.get_mut(key) {
            Some(log) => log.push((seq, pk)),
            None => {
                self.pk_log.insert(key.clone(), vec![(seq, pk)]);
            }
        }
    }

    fn duplicate(&mut self, seq: Seq, name: &QualifiedName, span: Span) {
        let message = format!("`{name}` is created more than once; the later definition is used.");
        self.diagnostics.push((seq, Diagnostic::new(Code::DM2001, message, Some(span))));
    }

    /// Change the table as `change` says; DM2002 when no script created it before.
    fn alter_table_with(
        &mut self,
        seq: Seq,
        key: ObjectKey,
        name: &QualifiedName,
        span: Span,
        change: impl FnOnce(&mut Self, &mut Table, &ObjectKey),
    ) {
        // Out of the catalog while it changes (so a foreign key from the table to itself without
        // a column list does not find the table's own primary key).
        let Some(mut table) = self.catalog.tables.remove(&key) else {
            let message = format!("ALTER TABLE refers to `{name}`, which no script creates before this point.");
            self.diagnostics.push((seq, Diagnostic::new(Code::DM2002, message, Some(span))));
            return;
        };
        change(self, &mut table, &key);
        self.log_pk(&key, seq, Some(&table));
        self.catalog.tables.insert(key, table);
    }

    /// Add a constraint read by [`ready_constraint`]. A foreign key's target is resolved here;
    /// without a column list it references the target's primary key as of this place, which
    /// [`CatalogBuilder::finish`] fills in (the target may be in another partition).
    fn apply_constraint(&mut self, table: &mut Table, c: Constraint, enforced: bool, at: &At<'_>) {
        match c {
            Constraint::PrimaryKey(key) => {
                for col in &key.columns {
                    if let Some(c) = table.column_mut(col) {
                        c.nullable = false; // PRIMARY KEY implies NOT NULL
                    }
                }
                table.primary_key = Some(key);
            }
            Constraint::Unique(key) => table.unique_keys.push(key),
            Constraint::ForeignKey { name, columns, references, referenced_columns, span } => {
                let target = match resolve(&references, at.database) {
                    Resolved::Local(q) => q,
                    Resolved::External(n) => return self.diagnostics.push((at.seq, external(&n, span))),
                };
                // A table being altered is out of the catalog: its own primary key is not found.
                let pk_at =
                    (referenced_columns.is_empty() && !(at.altered && target.key() == *at.own)).then_some(at.seq);
                table.foreign_keys.push(ForeignKey {
                    name,
                    columns,
                    references: target,
                    referenced_columns,
                    enforced,
                    pk_at,
                });
            }
            Constraint::Check { name, span, accepted_values } => {
                table.checks.push(CheckConstraint { name, span, accepted_values, enforced })
            }
            Constraint::Default { expr, column, span } => match table.column_mut(&column) {
                Some(col) => col.default = Some(expr),
                None => {
                    let message =
                        format!("DEFAULT constraint for `{column}`, which table `{}` does not have.", table.name);
                    self.diagnostics.push((at.seq, Diagnostic::new(Code::DM2003, message, Some(span))));
                }
            },
        }
    }
}

/// Where a constraint is applied: its place, the database names resolve against there, the
/// table's key, and whether the table is being altered (out of the catalog).
struct At<'k> {
    seq: Seq,
    database: Option<&'k str>,
    own: &'k ObjectKey,
    altered: bool,
}

/// The `ALTER TABLE` forms other than `ADD`.
fn alter(table: &mut Table, action: &AlterTableAction) {
    match action {
        AlterTableAction::CheckConstraint { enable, names } => {
            let all = names.is_empty();
            let hit = |n: &Option<String>| {
                all || names.iter().any(|x| n.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(&x.value)))
            };
            for fk in table.foreign_keys.iter_mut().filter(|f| hit(&f.name)) {
                fk.enforced = *enable && fk.enforced;
            }
            for ck in table.checks.iter_mut().filter(|c| hit(&c.name)) {
                ck.enforced = *enable && ck.enforced;
            }
        }
        AlterTableAction::Drop { columns, constraints } => {
            table.columns.retain(|c| !columns.iter().any(|d| d.value.eq_ignore_ascii_case(&c.name)));
            let gone = |n: &Option<String>| {
                constraints.iter().any(|d| n.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(&d.value)))
            };
            table.foreign_keys.retain(|f| !gone(&f.name));
            table.checks.retain(|c| !gone(&c.name));
            table.unique_keys.retain(|u| !gone(&u.name));
            if table.primary_key.as_ref().is_some_and(|pk| gone(&pk.name)) {
                table.primary_key = None;
            }
        }
        AlterTableAction::AlterColumn { column, data_type, nullable } => {
            if let Some(c) = table.column_mut(&column.value) {
                c.data_type = Some(data_type.clone());
                c.nullable = nullable.unwrap_or(true);
            }
        }
        AlterTableAction::Add { .. } | AlterTableAction::Other { .. } => {}
    }
}

/// A local table that can hold data: not a temporary table or a table variable.
fn data_table(q: QualifiedName) -> Option<QualifiedName> {
    (!q.name.starts_with('#') && !q.name.starts_with('@')).then_some(q)
}

/// An `INSERT ... VALUES` into a named table as table data: the table, the column names and
/// the rows as values. `None` for any other INSERT.
fn read_insert(ins: &sqlparser::ast::Insert) -> Option<(&ObjectName, Vec<String>, Vec<data::PendingRow>)> {
    let TableObject::TableName(name) = &ins.table else { return None };
    let source = ins.source.as_ref()?;
    let SetExpr::Values(values) = source.body.as_ref() else { return None };
    let columns = ins.columns.iter().map(|c| super::names::parts(c).pop().unwrap_or_default()).collect();
    let rows = values.rows.iter().map(|r| data::PendingRow::new(&r.content)).collect();
    Some((name, columns, rows))
}

/// Statements of one batch made ready for [`CatalogBuilder::add_prepared`] by [`Preparer`]:
/// routed already where the scripts so far do not matter (names without a database part).
#[derive(Debug, Default)]
pub struct Prepared {
    /// The place in script order of the batch after the last one prepared here.
    next: u32,
    /// Operations, one list per partition (empty until the first), each in place order.
    #[allow(clippy::vec_box)]
    ops: Vec<Vec<Box<Op>>>,
    /// Schema spellings to note, the first of each schema in the batch: (place, key, spelling).
    notes: Vec<(Seq, String, String)>,
    /// Table data into names without a database part, in place order.
    #[allow(clippy::vec_box)]
    inserts: Vec<(Seq, Box<PendingInsert>)>,
    /// What the builder routes: `USE`, `CREATE SCHEMA`, names with a database part.
    deferred: Vec<(Seq, Prep)>,
}

impl Prepared {
    fn new(batch: u32) -> Self {
        Prepared { next: batch.saturating_add(1), ..Prepared::default() }
    }

    /// Append what was prepared from the batches right after these (in script order): the
    /// pipeline merges a chunk's batches on the workers and hands the builder one [`Prepared`].
    pub fn merge(mut self, mut later: Prepared) -> Prepared {
        let next = self.next.max(later.next);
        if self.is_empty() {
            return Prepared { next, ..later };
        }
        self.next = next;
        if self.ops.len() < later.ops.len() {
            self.ops.resize_with(later.ops.len(), Vec::new);
        }
        for (list, more) in self.ops.iter_mut().zip(later.ops.iter_mut()) {
            list.append(more);
        }
        // A later first spelling of a schema noted already changes nothing.
        for note in later.notes {
            if !self.notes.iter().any(|(_, k, _)| *k == note.1) {
                self.notes.push(note);
            }
        }
        self.inserts.append(&mut later.inserts);
        self.deferred.append(&mut later.deferred);
        self
    }

    fn is_empty(&self) -> bool {
        self.ops.iter().all(Vec::is_empty)
            && self.notes.is_empty()
            && self.inserts.is_empty()
            && self.deferred.is_empty()
    }

    /// Route `item`, at place `seq`, as far as it can be without the scripts so far.
    fn take(&mut self, item: Prep, seq: Seq, parts: usize) {
        match item {
            Prep::Insert(insert) => self.inserts.push((seq, insert)),
            item if item.needs_scripts() => self.deferred.push((seq, item)),
            item => route_object(&mut WorkerRoute { prepared: self, parts }, item, seq),
        }
    }
}

/// Routing on a parse worker: only names without a database part come here.
struct WorkerRoute<'p> {
    prepared: &'p mut Prepared,
    parts: usize,
}

impl Route for WorkerRoute<'_> {
    fn resolve(&mut self, name: PreName, _: Span, _: Seq) -> Option<(QualifiedName, ObjectKey)> {
        match name {
            PreName::Local(q, key) => Some((q, key)),
            PreName::Written(_) => None, // not sent here (`Prep::needs_scripts`)
        }
    }

    fn note(&mut self, name: &QualifiedName, key: &ObjectKey, seq: Seq) {
        // A later spelling of the same schema in this batch would change nothing.
        if !self.prepared.notes.iter().any(|(_, k, _)| *k == key.schema) {
            self.prepared.notes.push((seq, key.schema.clone(), name.schema.clone()));
        }
    }

    fn op(&mut self, op: Op) {
        let part = part_of(&op.key, self.parts);
        if self.prepared.ops.len() <= part {
            self.prepared.ops.resize_with(self.parts, Vec::new);
        }
        if let Some(list) = self.prepared.ops.get_mut(part) {
            list.push(Box::new(op));
        }
    }
}

impl Prep {
    /// Does routing it depend on the scripts before it (the database of their first `USE`, or
    /// the order of `USE` and `CREATE SCHEMA` themselves)?
    fn needs_scripts(&self) -> bool {
        let written = |n: &PreName| matches!(n, PreName::Written(_));
        match self {
            Prep::InsertNamed { .. } | Prep::Use(_) | Prep::Schema(_) => true,
            Prep::Insert(_) | Prep::Description(..) => false,
            Prep::CreateTable { name, .. }
            | Prep::AlterAdd { name, .. }
            | Prep::Alter { name, .. }
            | Prep::View { name, .. }
            | Prep::Routine { name, .. }
            | Prep::Synonym { name, .. }
            | Prep::Type { name, .. }
            | Prep::Sequence { name, .. } => written(name),
            Prep::Index { table, .. } => written(table),
            Prep::Drops(drops) => drops.iter().any(|d| d.names.iter().any(written)),
        }
    }
}

/// A statement as the catalog needs it, read on any thread: names without a database part
/// resolved, trees the catalog does not keep left behind.
#[derive(Debug)]
enum Prep {
    /// `INSERT ... VALUES` into a table that is local whatever the current database, its rows
    /// already read as values.
    Insert(Box<PendingInsert>),
    /// The same into a name with a database part: resolved when routed (a `USE` earlier in the
    /// scripts decides whether it is this database).
    InsertNamed {
        name: ObjectName,
        columns: Vec<String>,
        rows: Vec<data::PendingRow>,
        span: Span,
    },
    /// `CREATE TABLE` with its columns built and its constraints read.
    CreateTable {
        name: PreName,
        shell: Box<Table>,
        constraints: Vec<Constraint>,
        span: Span,
    },
    /// `ALTER TABLE ... ADD` with its constraints read.
    AlterAdd {
        name: PreName,
        with_check: Option<bool>,
        columns: Vec<ColumnDef>,
        constraints: Vec<Constraint>,
        span: Span,
    },
    /// Any other `ALTER TABLE`.
    Alter {
        name: PreName,
        action: AlterTableAction,
        span: Span,
    },
    /// `CREATE VIEW`, its tree moved.
    View {
        name: PreName,
        view: Box<CreateView>,
        side_clauses: Vec<SideClause>,
        span: Span,
        /// Its facts when its query was dropped (a builder without trees).
        facts: Option<Box<TreeFacts>>,
    },
    /// `CREATE PROCEDURE|FUNCTION|TRIGGER`, its body kept or left out as the builder keeps them.
    Routine {
        name: PreName,
        routine: Box<Routine>,
        span: Span,
        /// Its facts when its body was dropped (a builder without trees).
        facts: Option<Box<TreeFacts>>,
    },
    /// `USE db`.
    Use(String),
    /// `CREATE SCHEMA name`.
    Schema(String),
    /// `CREATE INDEX` on a table.
    Index {
        table: PreName,
        index: Index,
        span: Span,
    },
    Synonym {
        name: PreName,
        target: ObjectName,
        span: Span,
    },
    Type {
        name: PreName,
        definition: TypeDefinition,
        span: Span,
    },
    Sequence {
        name: PreName,
        data_type: Option<SqlType>,
        options: Vec<SequenceOption>,
        span: Span,
    },
    /// `DROP`s, alone or as SSMS writes them before a `CREATE` (`IF OBJECT_ID(...) IS NOT
    /// NULL DROP ...`, or in a `BEGIN ... END`).
    Drops(Vec<Dropped>),
    /// `EXEC sp_addextendedproperty` setting a description.
    Description(Property, Span),
}

/// One `DROP` statement: its names, what kind they are (`None`: a kind the catalog does not
/// keep; the names are still resolved, for DM2005).
#[derive(Debug)]
struct Dropped {
    kind: Option<DropKind>,
    names: Vec<PreName>,
    span: Span,
}

/// An object's name as the fold needs it: resolved and keyed ahead when it is local whatever the
/// current database (no database part), else as written, for the router to resolve against the
/// database of the scripts so far.
#[derive(Debug)]
enum PreName {
    Local(QualifiedName, ObjectKey),
    Written(ObjectName),
}

impl PreName {
    fn of(name: &ObjectName) -> PreName {
        match resolve(name, None) {
            Resolved::Local(q) => {
                let key = q.key();
                PreName::Local(q, key)
            }
            Resolved::External(_) => PreName::Written(name.clone()),
        }
    }
}

/// Whether a routine's body goes into the catalog: always, but the schema-only builder
/// keeps the bodies of scalar functions alone (the one kind `transpile` converts).
fn keeps_body(data: bool, r: &Routine) -> bool {
    data || r.kind == RoutineKind::ScalarFunction
}

/// Does for a [`CatalogBuilder`], on any thread and before the fold, what does not depend on
/// the catalog built so far: `INSERT ... VALUES` rows read into values, constraints and
/// descriptions read, and the statements the catalog has no use for dropped. Routing in script
/// order is serial; this part is not.
#[derive(Debug, Clone, Copy)]
pub struct Preparer {
    data: bool,
    /// [`CatalogBuilder::without_trees`] when false.
    trees: bool,
    /// The builder's partition count ([`part_of`]).
    parts: usize,
}

impl Preparer {
    /// Prepare the statements of the batch at place `batch` in script order (batches are
    /// numbered from 0 in file and batch order; the builder's [`add_owned`] numbers them itself).
    ///
    /// [`add_owned`]: CatalogBuilder::add_owned
    pub fn prepare(self, statements: Vec<ParsedStatement>, batch: u32) -> Prepared {
        let mut prepared = Prepared::new(batch);
        for (i, ps) in statements.into_iter().enumerate() {
            let item = match ps.stmt {
                // Views and routines move (the catalog keeps their trees).
                Stmt::CreateView(view) => Some(self.view_item(view, ps.side_clauses, ps.span)),
                Stmt::CreateRoutine(r) => Some(self.routine_item(r, ps.span)),
                // Any other statement is read here and its tree dropped, on this thread (UPDATE,
                // SELECT and the like mean nothing to the catalog: most of a data script's trees).
                _ => self.item(&ps),
            };
            if let Some(item) = item {
                prepared.take(item, place(batch, i), self.parts);
            }
        }
        prepared
    }

    /// Does the builder keep `r`'s body as a tree? Not when it keeps no body (see
    /// [`keeps_body`]), nor when it keeps no trees: then the body's facts, taken here, stand
    /// for it and the body is left in its batch.
    fn keeps_routine_body(self, r: &Routine) -> (bool, Option<Box<TreeFacts>>) {
        let keeps = keeps_body(self.data, r);
        let facts = (keeps && !self.trees).then(|| Box::new(TreeFacts::of_routine(r)));
        (keeps && facts.is_none(), facts)
    }

    /// A routine as the builder keeps it, moved: the body dropped in place when not kept.
    fn routine_item(self, mut routine: Box<Routine>, span: Span) -> Prep {
        let (body, facts) = self.keeps_routine_body(&routine);
        if !body {
            routine.body = no_body(routine.body.span);
        }
        Prep::Routine { name: PreName::of(&routine.name), routine, span, facts }
    }

    /// A routine as the builder keeps it, copied: a body that is not kept is not copied.
    fn routine_item_of(self, r: &Routine, span: Span) -> Prep {
        let (body, facts) = self.keeps_routine_body(r);
        let routine = Box::new(if body { r.clone() } else { signature(r) });
        Prep::Routine { name: PreName::of(&routine.name), routine, span, facts }
    }

    /// A view as the builder keeps it: with its query left in its batch when it keeps no trees.
    fn view_item(self, mut view: Box<CreateView>, side_clauses: Vec<SideClause>, span: Span) -> Prep {
        let facts = (!self.trees).then(|| Box::new(TreeFacts::of_view(&view)));
        if facts.is_some() {
            view.query = None;
        }
        Prep::View { name: PreName::of(&view.name), view, side_clauses, span, facts }
    }

    /// The item for a statement, copying what it keeps; `None` for a statement the catalog
    /// has no use for.
    fn item(self, ps: &ParsedStatement) -> Option<Prep> {
        let span = ps.span;
        match &ps.stmt {
            Stmt::Sql(sql) => match sql.as_ref() {
                SqlStatement::Insert(ins) if self.data => insert_item(ins, span),
                _ => None,
            },
            Stmt::CreateTable(ct) => Some(Prep::CreateTable {
                name: PreName::of(&ct.name),
                shell: Box::new(table_shell(&ct.columns)),
                constraints: ct.constraints.iter().map(ready_constraint).collect(),
                span,
            }),
            Stmt::AlterTable(at) => Some(match &at.action {
                AlterTableAction::Add { with_check, columns, constraints } => Prep::AlterAdd {
                    name: PreName::of(&at.name),
                    with_check: *with_check,
                    columns: columns.clone(),
                    constraints: constraints.iter().map(ready_constraint).collect(),
                    span,
                },
                // The text of other forms is not needed: an empty one does the same.
                AlterTableAction::Other { .. } => Prep::Alter {
                    name: PreName::of(&at.name),
                    action: AlterTableAction::Other { text: String::new() },
                    span,
                },
                action => Prep::Alter { name: PreName::of(&at.name), action: action.clone(), span },
            }),
            Stmt::CreateView(v) => Some(self.view_item(v.clone(), ps.side_clauses.clone(), span)),
            Stmt::CreateRoutine(r) => Some(self.routine_item_of(r, span)),
            Stmt::Use(db) => Some(Prep::Use(db.value.clone())),
            Stmt::CreateSchema { name, .. } => Some(Prep::Schema(name.value.clone())),
            Stmt::CreateIndex(ci) => Some(Prep::Index {
                table: PreName::of(&ci.table),
                index: Index {
                    name: ci.name.value.clone(),
                    unique: ci.unique,
                    columns: ci.columns.iter().map(|c| c.value.clone()).collect(),
                },
                span,
            }),
            Stmt::CreateSynonym(s) => {
                Some(Prep::Synonym { name: PreName::of(&s.name), target: s.target.clone(), span })
            }
            Stmt::CreateType(t) => {
                Some(Prep::Type { name: PreName::of(&t.name), definition: t.definition.clone(), span })
            }
            Stmt::CreateSequence(s) => Some(Prep::Sequence {
                name: PreName::of(&s.name),
                data_type: s.data_type.clone(),
                options: s.options.clone(),
                span,
            }),
            Stmt::Drop { .. } | Stmt::If { .. } | Stmt::Block(_) => {
                let mut found = Vec::new();
                drops(ps, &mut found);
                (!found.is_empty()).then_some(Prep::Drops(found))
            }
            Stmt::Exec(exec) => super::properties::read(exec).map(|p| Prep::Description(p, span)),
            _ => None,
        }
    }
}

/// The `DROP`s of a statement: itself, those an `IF` runs (directly or in a block), those
/// directly in a block.
fn drops(ps: &ParsedStatement, found: &mut Vec<Dropped>) {
    match &ps.stmt {
        Stmt::Drop { kind, names, .. } => found.push(Dropped {
            kind: DropKind::of(kind.as_str()),
            names: names.iter().map(PreName::of).collect(),
            span: ps.span,
        }),
        Stmt::If { then, otherwise, .. } => {
            for s in std::iter::once(then.as_ref()).chain(otherwise.as_deref()) {
                if matches!(s.stmt, Stmt::Drop { .. } | Stmt::Block(_)) {
                    drops(s, found);
                }
            }
        }
        Stmt::Block(stmts) => {
            for s in stmts {
                if matches!(s.stmt, Stmt::Drop { .. }) {
                    drops(s, found);
                }
            }
        }
        _ => {}
    }
}

/// An `INSERT ... VALUES` as table data: its table resolved ahead when no database part makes
/// it depend on the scripts' `USE`. `None` for any other INSERT, or one into a temporary table
/// or a table variable.
fn insert_item(ins: &sqlparser::ast::Insert, span: Span) -> Option<Prep> {
    let (name, columns, rows) = read_insert(ins)?;
    match PreName::of(name) {
        PreName::Local(q, key) => {
            data_table(q).map(|table| Prep::Insert(Box::new(PendingInsert { key, table, columns, rows, span })))
        }
        PreName::Written(name) => Some(Prep::InsertNamed { name, columns, rows, span }),
    }
}

/// A table constraint in the catalog's terms, read from its tree on any thread; what depends
/// on the catalog (a foreign key's target) is left to [`CatalogBuilder::apply_constraint`].
#[derive(Debug)]
enum Constraint {
    PrimaryKey(KeyConstraint),
    Unique(KeyConstraint),
    ForeignKey {
        name: Option<String>,
        columns: Vec<String>,
        references: ObjectName,
        referenced_columns: Vec<String>,
        span: Span,
    },
    Check {
        name: Option<String>,
        span: Span,
        accepted_values: Option<(String, Vec<String>)>,
    },
    Default {
        /// Boxed, as the column keeps it.
        expr: Box<sqlparser::ast::Expr>,
        column: String,
        span: Span,
    },
}

fn ready_constraint(c: &TableConstraint) -> Constraint {
    let name = c.name.as_ref().map(|n| n.value.clone());
    let idents = |cols: &[sqlparser::ast::Ident]| cols.iter().map(|c| c.value.clone()).collect::<Vec<_>>();
    match &c.kind {
        ConstraintKind::PrimaryKey { columns, .. } => {
            Constraint::PrimaryKey(KeyConstraint { name, columns: idents(columns) })
        }
        ConstraintKind::Unique { columns, .. } => Constraint::Unique(KeyConstraint { name, columns: idents(columns) }),
        ConstraintKind::ForeignKey { columns, references, referenced_columns, .. } => Constraint::ForeignKey {
            name,
            columns: idents(columns),
            references: references.clone(),
            referenced_columns: idents(referenced_columns),
            span: c.span,
        },
        ConstraintKind::Check { expr } => {
            Constraint::Check { name, span: c.span, accepted_values: accepted_values(expr) }
        }
        ConstraintKind::Default { expr, column } => {
            Constraint::Default { expr: Box::new(expr.clone()), column: column.value.clone(), span: c.span }
        }
    }
}

/// A table with `columns` (and their column constraints) and nothing else yet: its name,
/// span and table constraints are set when it is folded.
fn table_shell(columns: &[ColumnDef]) -> Table {
    let mut table = Table {
        name: QualifiedName { schema: String::new(), name: String::new() },
        columns: Vec::with_capacity(columns.len()),
        primary_key: None,
        unique_keys: Vec::new(),
        foreign_keys: Vec::new(),
        checks: Vec::new(),
        indexes: Vec::new(),
        description: None,
        rows: Rows::default(),
        span: Span::new(crate::diagnostics::FileId(0), 0, 0),
    };
    for col in columns {
        add_column(&mut table, col);
    }
    table
}

fn add_column(table: &mut Table, col: &ColumnDef) {
    let mut column = Column {
        name: col.name.value.clone(),
        data_type: col.data_type.clone(),
        nullable: col.nullable.unwrap_or(col.identity.is_none()),
        identity: col.identity,
        computed: col.computed.as_ref().map(|c| Box::new(c.expr.clone())),
        persisted: col.computed.as_ref().is_some_and(|c| c.persisted),
        default: col.default.as_ref().map(|d| Box::new(d.expr.clone())),
        description: None,
    };
    if column.computed.is_some() {
        column.nullable = col.nullable.unwrap_or(true);
    }
    for c in &col.constraints {
        let name = c.name.as_ref().map(|n| n.value.clone());
        let cols: Vec<String> = match &c.kind {
            ConstraintKind::PrimaryKey { columns, .. } | ConstraintKind::Unique { columns, .. } => {
                columns.iter().map(|c| c.value.clone()).collect()
            }
            _ => Vec::new(),
        };
        match &c.kind {
            ConstraintKind::PrimaryKey { .. } => {
                column.nullable = false;
                table.primary_key = Some(KeyConstraint { name, columns: cols });
            }
            ConstraintKind::Unique { .. } => table.unique_keys.push(KeyConstraint { name, columns: cols }),
            ConstraintKind::ForeignKey { references, referenced_columns, .. } => {
                if let Resolved::Local(target) = resolve(references, None) {
                    table.foreign_keys.push(ForeignKey {
                        name,
                        columns: vec![column.name.clone()],
                        references: target,
                        referenced_columns: referenced_columns.iter().map(|c| c.value.clone()).collect(),
                        enforced: true,
                        pk_at: None,
                    });
                }
            }
            ConstraintKind::Check { expr } => table.checks.push(CheckConstraint {
                name,
                span: c.span,
                accepted_values: accepted_values(expr),
                enforced: true,
            }),
            ConstraintKind::Default { .. } => {}
        }
    }
    table.columns.push(column);
}

/// A routine without its body.
fn signature(r: &Routine) -> Routine {
    Routine {
        kind: r.kind,
        name: r.name.clone(),
        or_alter: r.or_alter,
        alter: r.alter,
        params: r.params.clone(),
        returns: r.returns.clone(),
        returns_table: r.returns_table.clone(),
        options: r.options.clone(),
        trigger: r.trigger.clone(),
        body: no_body(r.body.span),
        batch: r.batch.clone(),
    }
}

/// An empty body that keeps its span, so diagnostics still point into it.
fn no_body(span: Span) -> RoutineBody {
    RoutineBody { text: String::new(), span, statements: Vec::new(), query: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse_batch, SequenceOption, TypeDefinition};
    use crate::source::{load_memory, split_batches};

    fn built(sql: &str) -> Built {
        let loaded = load_memory(vec![("c.sql".into(), sql.as_bytes().to_vec())]);
        let batches: Vec<ParsedBatch> =
            split_batches(&loaded.sources.files[0]).batches.iter().map(parse_batch).collect();
        build_catalog(&batches)
    }

    /// Folding by value (the pipeline) and by reference (`transpile`), in one partition or
    /// many, batch by batch or merged as the pipeline hands them over, give the same catalog and
    /// diagnostics, in both builder modes, on every script of the
    /// sample corpus and fixtures.
    #[test]
    fn folding_by_value_gives_the_same_catalog() {
        // The fixtures include deeply nested input: a worker's stack, as the pipeline gives it.
        let run = std::thread::Builder::new().stack_size(64 * 1024 * 1024).spawn(fold_corpus_both_ways);
        assert!(run.is_ok_and(|t| t.join().is_ok()));
    }

    fn fold_corpus_both_ways() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let (mut views_and_routines, mut in_batch) = (0, 0);
        for dir in ["corpus", "tests/fixtures"] {
            let loaded = crate::source::load_path(&root.join(dir));
            let batches: Vec<ParsedBatch> =
                loaded.sources.files.iter().flat_map(|f| split_batches(f).batches).map(|b| parse_batch(&b)).collect();
            for data in [true, false] {
                // By reference, by value, and by value in one partition (script order throughout,
                // as folding one statement after another did).
                let mut by_ref = CatalogBuilder::with_data(data, PARTS);
                let mut by_value = CatalogBuilder::with_data(data, PARTS);
                let mut one_part = CatalogBuilder::with_data(data, 1);
                // As the pipeline hands them over: every batch prepared, then merged in order.
                let mut by_chunk = CatalogBuilder::with_data(data, PARTS);
                let preparer = by_chunk.preparer();
                let mut chunk = Prepared::default();
                // And as the pipeline builds it, keeping no trees (ADR 0018).
                let mut lean = CatalogBuilder::with_data(data, PARTS).without_trees();
                let lean_preparer = lean.preparer();
                let mut lean_chunk = Prepared::default();
                for (i, b) in batches.iter().enumerate() {
                    by_ref.add(b);
                    by_value.add_owned(b.statements.clone());
                    one_part.add_owned(b.statements.clone());
                    chunk = chunk.merge(preparer.prepare(b.statements.clone(), i as u32));
                    lean_chunk = lean_chunk.merge(lean_preparer.prepare(b.statements.clone(), i as u32));
                }
                by_chunk.add_prepared(chunk);
                lean.add_prepared(lean_chunk);
                let (a, b, c) = (by_ref.finish(), by_value.finish(), one_part.finish());
                let d = by_chunk.finish();
                let (e, n) = trees_put_back(&a, lean.finish(), dir);
                in_batch += n;
                views_and_routines += a.catalog.views.len() + a.catalog.routines.len();
                // Debug output, not JSON: the catalog's maps have struct keys, which JSON refuses.
                let text = |b: &Built| format!("{:?}", (&b.catalog, &b.diagnostics));
                assert!(text(&a) == text(&b), "{dir}: the catalogs differ");
                assert!(text(&a) == text(&c), "{dir}: partitions change the catalog");
                assert!(text(&a) == text(&d), "{dir}: merging prepared batches changes the catalog");
                assert!(text(&a) == text(&e), "{dir}: a catalog without trees answers differently");
            }
        }
        assert!(views_and_routines > 50, "only {views_and_routines} views and routines");
        assert!(in_batch > 50, "only {in_batch} trees left in their batches");
    }

    /// `lean` (built without trees) with every view's and routine's tree parsed again and put
    /// back, and how many were left in their batches; checks on the way that its facts are
    /// those `held` works out from its trees.
    fn trees_put_back(held: &Built, mut lean: Built, dir: &str) -> (Built, usize) {
        let mut in_batch = 0;
        for (key, v) in lean.catalog.views.iter_mut() {
            let facts = held.catalog.views.get(key).map(|h| format!("{:?}", h.facts()));
            assert_eq!(facts, Some(format!("{:?}", v.facts())), "{dir}: facts of view {key}");
            in_batch += usize::from(v.kept.is_in_batch());
            v.definition = v.tree().into_owned();
            v.kept = Kept::held();
        }
        for (key, r) in lean.catalog.routines.iter_mut() {
            let facts = held.catalog.routines.get(key).map(|h| format!("{:?}", h.facts()));
            assert_eq!(facts, Some(format!("{:?}", r.facts())), "{dir}: facts of routine {key}");
            in_batch += usize::from(r.kept.is_in_batch());
            r.definition = r.tree().into_owned();
            r.kept = Kept::held();
        }
        (lean, in_batch)
    }

    #[test]
    fn prepared_inserts_resolve_database_names_in_script_order() {
        // A three-part name is this database's only after the `USE`; temporary tables and
        // table variables hold no data; the catalog is the same folded by reference or prepared.
        let sql = "INSERT Sales.dbo.t VALUES (0)\nGO\nUSE Sales\nGO\nCREATE TABLE dbo.t (id int)\nGO\n\
                   INSERT Sales.dbo.t VALUES (1)\nGO\nINSERT Other.dbo.t VALUES (2)\nGO\nINSERT t VALUES (3)\nGO\n\
                   INSERT #tmp VALUES (4)\nGO\nUPDATE t SET id = 5\n";
        let loaded = load_memory(vec![("a.sql".to_string(), sql.as_bytes().to_vec())]);
        let batches: Vec<ParsedBatch> =
            split_batches(&loaded.sources.files[0]).batches.iter().map(parse_batch).collect();
        let (mut by_ref, mut prepared) = (CatalogBuilder::new(), CatalogBuilder::new());
        let preparer = prepared.preparer();
        for (i, b) in batches.iter().enumerate() {
            by_ref.add(b);
            prepared.add_prepared(preparer.prepare(b.statements.clone(), i as u32));
        }
        let (a, b) = (by_ref.finish(), prepared.finish());
        assert_eq!(format!("{:?}", (&a.catalog, &a.diagnostics)), format!("{:?}", (&b.catalog, &b.diagnostics)));
        let rows = b.catalog.tables.get(&ObjectKey::new("dbo", "t")).map(|t| t.rows.len());
        assert_eq!(rows, Some(2), "rows 1 and 3");
    }

    #[test]
    fn synonyms_types_and_sequences_are_recorded() {
        let b = built(
            "CREATE SYNONYM [Sales].[Cust] FOR [CRM].[dbo].[Customer]\nGO\nCREATE TYPE Phone FROM nvarchar(20) NOT NULL\nGO\nCREATE TYPE dbo.Ids AS TABLE (id int NOT NULL PRIMARY KEY)\nGO\nCREATE SEQUENCE dbo.Seq AS bigint START WITH 10\n",
        );
        assert!(b.diagnostics.is_empty(), "{:?}", b.diagnostics);
        let c = &b.catalog;
        let syn = c.synonyms.get(&ObjectKey::new("sales", "cust")).map(|s| s.target.to_string());
        assert_eq!(syn.as_deref(), Some("[CRM].[dbo].[Customer]"));
        // The synonym's schema is known; the target's database is not resolved (no DM2005).
        assert!(c.schemas.contains_key("sales"));
        let phone = c.types.get(&ObjectKey::new("dbo", "phone")).map(|t| &t.definition);
        assert!(matches!(phone, Some(TypeDefinition::Alias { nullable: Some(false), .. })), "{phone:?}");
        let ids = c.types.get(&ObjectKey::new("dbo", "ids")).map(|t| &t.definition);
        assert!(matches!(ids, Some(TypeDefinition::Table { columns, .. }) if columns.len() == 1), "{ids:?}");
        let seq = &c.sequences[&ObjectKey::new("dbo", "seq")];
        assert_eq!(seq.options, [SequenceOption::StartWith("10".into())]);
        // None of them is a table, view or routine.
        assert!(c.tables.is_empty() && c.views.is_empty() && c.routines.is_empty());
    }

    /// A foreign key without a column list takes the primary key its target has at that point
    /// of the scripts: none yet, one added later, a dropped and re-created target, the table
    /// itself (its earlier definition while it is created again; nothing while it is altered).
    #[test]
    fn foreign_keys_take_the_target_primary_key_as_of_their_place() {
        let b = built(
            "CREATE TABLE dbo.Early (id int, p_id int, CONSTRAINT fk_early FOREIGN KEY (p_id) REFERENCES dbo.P)\nGO\n\
             CREATE TABLE dbo.P (a int NOT NULL, b int NOT NULL)\nGO\n\
             CREATE TABLE dbo.Before (p_id int, CONSTRAINT fk_before FOREIGN KEY (p_id) REFERENCES dbo.P)\nGO\n\
             ALTER TABLE dbo.P ADD CONSTRAINT pk_p PRIMARY KEY (a)\nGO\n\
             CREATE TABLE dbo.After (p_id int, CONSTRAINT fk_after FOREIGN KEY (p_id) REFERENCES dbo.P)\nGO\n\
             ALTER TABLE dbo.After ADD CONSTRAINT fk_alter FOREIGN KEY (p_id) REFERENCES P\nGO\n\
             DROP TABLE dbo.P\nGO\n\
             CREATE TABLE dbo.Gone (p_id int, CONSTRAINT fk_gone FOREIGN KEY (p_id) REFERENCES dbo.P)\nGO\n\
             CREATE TABLE dbo.P (b int NOT NULL PRIMARY KEY)\nGO\n\
             CREATE TABLE dbo.Again (p_id int, CONSTRAINT fk_again FOREIGN KEY (p_id) REFERENCES dbo.P)\nGO\n\
             CREATE TABLE dbo.Tree (id int PRIMARY KEY, parent int)\nGO\n\
             CREATE TABLE dbo.Tree (k int PRIMARY KEY, up int, CONSTRAINT fk_self FOREIGN KEY (up) REFERENCES dbo.Tree)\nGO\n\
             ALTER TABLE dbo.Tree ADD CONSTRAINT fk_self_alter FOREIGN KEY (up) REFERENCES dbo.Tree\nGO\n",
        );
        let fks: Vec<(String, String)> = b
            .catalog
            .tables
            .values()
            .flat_map(|t| &t.foreign_keys)
            .map(|f| (f.name.clone().unwrap_or_default(), f.referenced_columns.join(",")))
            .collect();
        let want = [
            ("fk_after", "a"),
            ("fk_again", "b"),
            ("fk_alter", "a"),
            ("fk_before", ""),
            ("fk_early", ""),
            ("fk_gone", ""),
            ("fk_self", "id"),
            ("fk_self_alter", ""),
        ];
        let mut got = fks.clone();
        got.sort();
        let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want);
        let codes: Vec<Code> = b.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::DM2001], "Tree is created twice; P was dropped before it was created again");
    }

    /// Schema spellings: a `CREATE SCHEMA` decides; without one, the first object's spelling.
    /// Names with a database part are this database's only after the first `USE`; a description
    /// belongs to the definition it follows.
    #[test]
    fn script_order_facts() {
        let b = built(
            "CREATE TABLE SALES.a (id int)\nGO\nCREATE SCHEMA Sales\nGO\nCREATE TABLE sales.b (id int)\nGO\n\
             CREATE VIEW STAGE.v AS SELECT 1 AS x\nGO\nCREATE VIEW stage.w AS SELECT 1 AS x\nGO\n\
             CREATE TABLE Db1.dbo.before_use (id int)\nGO\nUSE Db1\nGO\nUSE Db2\nGO\n\
             CREATE TABLE Db1.dbo.after_use (id int)\nGO\nCREATE TABLE Db2.dbo.other (id int)\nGO\n\
             CREATE TABLE Db1.Ord.x (id int)\nCREATE TABLE ord.y (id int)\nCREATE TABLE ORD.z (id int)\nGO\n\
             EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'first', @level0type = N'SCHEMA', \
             @level0name = N'stage', @level1type = N'VIEW', @level1name = N'v'\nGO\n\
             CREATE OR ALTER VIEW stage.v AS SELECT 2 AS x\nGO\n\
             ALTER TABLE dbo.nowhere ADD c int\nGO\nCREATE INDEX ix ON Db3.dbo.t (c)\nGO\n\
             IF OBJECT_ID('dbo.after_use') IS NOT NULL DROP TABLE dbo.after_use, Db9.dbo.x\nGO\n",
        );
        let c = &b.catalog;
        assert_eq!(c.schemas.get("sales").map(String::as_str), Some("Sales"));
        assert_eq!(c.schemas.get("stage").map(String::as_str), Some("STAGE"));
        // The first spelling, though its name (with a database part) is resolved in script
        // order and the next ones are not.
        assert_eq!(c.schemas.get("ord").map(String::as_str), Some("Ord"));
        assert_eq!(c.database.as_deref(), Some("Db1"));
        let tables: Vec<&str> = c.tables.keys().map(|k| k.name.as_str()).collect();
        assert_eq!(tables, ["x", "y", "z", "a", "b"]);
        let v = &c.views[&ObjectKey::new("stage", "v")];
        assert_eq!(v.description.as_deref(), Some("first"));
        let codes: Vec<Code> = b.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::DM2005, Code::DM2005, Code::DM2002, Code::DM2005, Code::DM2005]);
    }

    #[test]
    fn drops_and_duplicates() {
        let b = built(
            "CREATE SYNONYM dbo.S FOR dbo.T\nGO\nCREATE SYNONYM dbo.S FOR dbo.U\nGO\nCREATE SEQUENCE dbo.Q\nGO\nDROP SEQUENCE dbo.Q\nGO\nCREATE TYPE dbo.P FROM int\nGO\nDROP TYPE IF EXISTS dbo.P\n",
        );
        let codes: Vec<Code> = b.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::DM2001]);
        assert_eq!(b.catalog.synonyms[&ObjectKey::new("dbo", "s")].target.to_string(), "dbo.U");
        assert!(b.catalog.sequences.is_empty() && b.catalog.types.is_empty());
    }

    #[test]
    fn identity_values_continue_from_the_highest_so_far() {
        // Generated, then written (IDENTITY_INSERT), then generated again; a second table counts
        // down. Rows come from single-row and multi-row INSERTs.
        let b = built(
            "CREATE TABLE dbo.Up (id int IDENTITY(1,1) NOT NULL, v int)\nGO\nCREATE TABLE dbo.Down (id int IDENTITY(100,-5), v int)\nGO\nINSERT dbo.Up (v) VALUES (7)\nINSERT dbo.Up (v) VALUES (8), (9)\nINSERT dbo.Up (id, v) VALUES (10, 1)\nINSERT dbo.Up (v) VALUES (2)\nINSERT dbo.Up (id, v) VALUES (4, 3)\nINSERT dbo.Up (v) VALUES (5)\nINSERT INTO dbo.Down (v) VALUES (1), (2)\nINSERT INTO dbo.Down (id, v) VALUES (50, 3)\nINSERT INTO dbo.Down (v) VALUES (4)\n",
        );
        assert!(b.diagnostics.is_empty(), "{:?}", b.diagnostics);
        let ids = |t: &str| -> Vec<String> {
            b.catalog.tables[&ObjectKey::new("dbo", t)]
                .rows
                .iter()
                .map(|r| match r.get(0) {
                    Some(ValueRef::Number(n)) => n.to_string(),
                    other => format!("{other:?}"),
                })
                .collect()
        };
        assert_eq!(ids("up"), ["1", "2", "3", "10", "11", "4", "12"]);
        assert_eq!(ids("down"), ["100", "95", "50", "45"]);
    }

    /// What one INSERT's table and column list gave is reused only for the same table and list.
    #[test]
    fn interleaved_tables_and_column_lists_each_get_their_own_columns() {
        let b = built(
            "CREATE TABLE dbo.A (id int IDENTITY(1,1), x int, y int DEFAULT 9)
GO
CREATE TABLE dbo.B (p int, q int)
GO
INSERT dbo.A (x) VALUES (1)
INSERT dbo.B VALUES (2, 3)
INSERT dbo.A (y, x) VALUES (4, 5)
INSERT dbo.A (x) VALUES (6)
INSERT dbo.A (nope) VALUES (7)
INSERT dbo.A (nope) VALUES (8)
INSERT dbo.B (q) VALUES (10)
INSERT dbo.A VALUES (11, 12)
",
        );
        let rows = |t: &str| -> Vec<String> {
            b.catalog.tables[&ObjectKey::new("dbo", t)].rows.iter().map(|r| format!("{r:?}")).collect()
        };
        let n = |v: &str| format!("Number(\"{v}\")");
        let row = |vs: &[&str]| {
            format!(
                "[{}]",
                vs.iter().map(|v| if *v == "NULL" { "Null".to_string() } else { n(v) }).collect::<Vec<_>>().join(", ")
            )
        };
        assert_eq!(
            rows("a"),
            [row(&["1", "1", "9"]), row(&["2", "5", "4"]), row(&["3", "6", "9"]), row(&["4", "11", "12"])]
        );
        assert_eq!(rows("b"), [row(&["2", "3"]), row(&["NULL", "10"])]);
        let codes: Vec<&str> = b.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["DM2003", "DM2003"]);
    }
}
