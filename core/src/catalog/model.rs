//! The catalog's data: schemas, tables, views, routines and table data, keyed by normalised names.

use crate::analyze::facts::TreeFacts;
use crate::diagnostics::Span;
use crate::parse::{BatchRef, CreateView, Routine, RoutineKind, SequenceOption, SqlType, Stmt, TypeDefinition};
use serde::Serialize;
use sqlparser::ast::{Expr, ObjectName};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// A normalised object key: lower-case schema and name (SQL Server's default collation is
/// case-insensitive), ordered for deterministic output.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ObjectKey {
    pub schema: String,
    pub name: String,
}

impl ObjectKey {
    /// Key from schema and name as written (any case).
    pub fn new(schema: &str, name: &str) -> Self {
        ObjectKey { schema: schema.to_lowercase(), name: name.to_lowercase() }
    }
}

impl std::fmt::Display for ObjectKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.schema, self.name)
    }
}

/// Schema-qualified name in its original spelling.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct QualifiedName {
    pub schema: String,
    pub name: String,
}

impl QualifiedName {
    pub fn key(&self) -> ObjectKey {
        ObjectKey::new(&self.schema, &self.name)
    }
}

impl std::fmt::Display for QualifiedName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.schema, self.name)
    }
}

/// Everything the scripts define, folded in script order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Catalog {
    /// The database of the first `USE [db]`, if any.
    pub database: Option<String>,
    pub schemas: BTreeMap<String, String>,
    pub tables: BTreeMap<ObjectKey, Table>,
    pub views: BTreeMap<ObjectKey, View>,
    pub routines: BTreeMap<ObjectKey, RoutineDef>,
    /// `CREATE SYNONYM`: names that stand for other objects (maybe in another database).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub synonyms: BTreeMap<ObjectKey, Synonym>,
    /// `CREATE TYPE`: alias and table types.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub types: BTreeMap<ObjectKey, UserType>,
    /// `CREATE SEQUENCE`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub sequences: BTreeMap<ObjectKey, Sequence>,
}

/// A table.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub name: QualifiedName,
    pub columns: Vec<Column>,
    pub primary_key: Option<KeyConstraint>,
    pub unique_keys: Vec<KeyConstraint>,
    pub foreign_keys: Vec<ForeignKey>,
    pub checks: Vec<CheckConstraint>,
    pub indexes: Vec<Index>,
    pub description: Option<String>,
    /// Rows from `INSERT ... VALUES`, one value per stored (non-computed) column, in column order.
    pub rows: Rows,
    pub span: Span,
}

impl Table {
    /// The column named `name` (case-insensitive).
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name.eq_ignore_ascii_case(name))
    }

    pub(crate) fn column_mut(&mut self, name: &str) -> Option<&mut Column> {
        self.columns.iter_mut().find(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// Columns that hold data (computed columns are derived).
    pub fn stored_columns(&self) -> impl Iterator<Item = &Column> {
        self.columns.iter().filter(|c| c.computed.is_none())
    }
}

/// A column.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub name: String,
    /// Declared type; `None` for computed columns (inferred later from the expression).
    pub data_type: Option<SqlType>,
    pub nullable: bool,
    pub identity: Option<(i64, i64)>,
    /// Boxed, like `default`: an `Expr` is 328 bytes and most columns have neither.
    pub computed: Option<Box<Expr>>,
    pub persisted: bool,
    pub default: Option<Box<Expr>>,
    pub description: Option<String>,
}

/// Primary key or unique constraint.
#[derive(Debug, Clone, Serialize)]
pub struct KeyConstraint {
    pub name: Option<String>,
    pub columns: Vec<String>,
}

/// Foreign key.
#[derive(Debug, Clone, Serialize)]
pub struct ForeignKey {
    pub name: Option<String>,
    pub columns: Vec<String>,
    pub references: QualifiedName,
    pub referenced_columns: Vec<String>,
    /// `WITH NOCHECK` or `NOCHECK CONSTRAINT`: existing rows were not checked.
    pub enforced: bool,
    /// While the catalog is built: no column list was written, so `referenced_columns` are the
    /// target's primary key as of this place in script order (filled in when it is finished).
    #[serde(skip)]
    pub(crate) pk_at: Option<u64>,
}

/// CHECK constraint.
#[derive(Debug, Clone, Serialize)]
pub struct CheckConstraint {
    pub name: Option<String>,
    /// Where the constraint is written (its condition is read when the catalog is built; the
    /// tree is not kept: a table's checks took a third of the catalog's memory).
    pub span: Span,
    /// When the check says `col IN (...)` or `col = a OR col = b ...`: the column and values.
    pub accepted_values: Option<(String, Vec<String>)>,
    pub enforced: bool,
}

/// An index (metadata; dbt does not create indexes).
#[derive(Debug, Clone, Serialize)]
pub struct Index {
    pub name: String,
    pub unique: bool,
    pub columns: Vec<String>,
}

/// How the catalog keeps a view's query or a routine's body (ADR 0018): as the tree, or left in
/// its batch and parsed again when a phase asks for the tree; and the facts the analysis reads
/// from it, taken once. Printed without the facts: they are derived data, and a catalog prints
/// the same whether or not they were asked for yet.
#[derive(Clone, Default)]
pub struct Kept {
    /// The query or body was dropped after its facts were taken.
    in_batch: bool,
    facts: OnceLock<Box<TreeFacts>>,
}

impl Kept {
    /// A tree the catalog holds: its facts are worked out when first asked for.
    pub fn held() -> Self {
        Kept::default()
    }

    /// A tree dropped after `facts` were taken from it: it is parsed again from its batch.
    pub fn in_batch(facts: Box<TreeFacts>) -> Self {
        Kept { in_batch: true, facts: OnceLock::from(facts) }
    }

    /// Is the query or body left in its batch?
    pub fn is_in_batch(&self) -> bool {
        self.in_batch
    }

    fn facts(&self, of: impl FnOnce() -> TreeFacts) -> &TreeFacts {
        self.facts.get_or_init(|| Box::new(of()))
    }

    /// The definition `held`, or when its tree was left in its batch, the statement at `span`
    /// parsed again and taken out by `take`. (The parse is deterministic: the same text gives
    /// the same tree and spans.)
    fn tree<'a, T: Clone>(
        &self,
        held: &'a T,
        batch: &BatchRef,
        span: Span,
        take: impl FnOnce(Stmt) -> Option<T>,
    ) -> Cow<'a, T> {
        if self.in_batch {
            let batch = batch.0.as_ref();
            let again =
                batch.and_then(|b| crate::parse::parse_shared_batch(b).statements.into_iter().find(|s| s.span == span));
            if let Some(tree) = again.and_then(|s| take(s.stmt)) {
                return Cow::Owned(tree);
            }
        }
        Cow::Borrowed(held)
    }
}

impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kept").field("in_batch", &self.in_batch).finish_non_exhaustive()
    }
}

/// A view.
#[derive(Debug, Clone, Serialize)]
pub struct View {
    pub name: QualifiedName,
    /// The definition. In a catalog that keeps no trees its `query` is left out (`None`): use
    /// [`View::tree`] for the query and [`View::facts`] for what the analysis reads from it.
    pub definition: CreateView,
    pub description: Option<String>,
    pub span: Span,
    /// Clause parts of the definition that sqlparser's tree cannot hold (join hints, temporal
    /// periods, FOR XML options).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub side_clauses: Vec<crate::parse::SideClause>,
    #[serde(skip)]
    pub kept: Kept,
}

impl View {
    /// The definition with its query: the tree held, or its batch parsed again.
    pub fn tree(&self) -> Cow<'_, CreateView> {
        self.kept.tree(&self.definition, &self.definition.batch, self.span, |s| match s {
            Stmt::CreateView(v) => Some(*v),
            _ => None,
        })
    }

    /// What the analysis reads from the query.
    pub fn facts(&self) -> &TreeFacts {
        self.kept.facts(|| TreeFacts::of_view(&self.definition))
    }
}

/// A procedure, function or trigger.
#[derive(Debug, Clone, Serialize)]
pub struct RoutineDef {
    pub name: QualifiedName,
    pub kind: RoutineKind,
    /// The definition. In a catalog that keeps no trees its body's statements, query and text are
    /// left out: use [`RoutineDef::tree`] for them and [`RoutineDef::facts`] for what the
    /// analysis reads from them.
    pub definition: Routine,
    pub description: Option<String>,
    pub span: Span,
    #[serde(skip)]
    pub kept: Kept,
}

impl RoutineDef {
    /// The definition with its body: the tree held, or its batch parsed again.
    pub fn tree(&self) -> Cow<'_, Routine> {
        self.kept.tree(&self.definition, &self.definition.batch, self.span, |s| match s {
            Stmt::CreateRoutine(r) => Some(*r),
            _ => None,
        })
    }

    /// What the analysis reads from the body.
    pub fn facts(&self) -> &TreeFacts {
        self.kept.facts(|| TreeFacts::of_routine(&self.definition))
    }
}

/// A synonym and the object it stands for, as written (not resolved: it may be in another
/// database or on a linked server).
#[derive(Debug, Clone, Serialize)]
pub struct Synonym {
    pub name: QualifiedName,
    pub target: ObjectName,
    pub span: Span,
}

/// A user-defined type.
#[derive(Debug, Clone, Serialize)]
pub struct UserType {
    pub name: QualifiedName,
    pub definition: TypeDefinition,
    pub span: Span,
}

/// A sequence.
#[derive(Debug, Clone, Serialize)]
pub struct Sequence {
    pub name: QualifiedName,
    pub data_type: Option<SqlType>,
    pub options: Vec<SequenceOption>,
    pub span: Span,
}

/// Table data: rows of values in one text buffer, with one word per value (its end and kind).
/// A `Vec<Value>` per row took about three times the memory of the values' text (a vector
/// and a string per value). Prints and serialises as a list of rows of [`Value`]s.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Rows {
    count: usize,
    text: String,
    /// Per value, row after row: its end in `text` shifted left by 2, or'ed with its kind.
    cells: Vec<u64>,
}

impl Rows {
    /// The number of rows.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Add a row. Every row of a table has one value per stored column: the same width.
    pub fn push(&mut self, row: &[Value]) {
        debug_assert!(self.count == 0 || self.cells.len() == self.count * row.len(), "rows of one width");
        for v in row {
            let (kind, text) = match v {
                Value::Null => (0, ""),
                Value::Number(t) => (1, t.as_str()),
                Value::Text(t) => (2, t.as_str()),
                Value::Binary(t) => (3, t.as_str()),
            };
            self.text.push_str(text);
            self.cells.push(((self.text.len() as u64) << 2) | kind);
        }
        self.count += 1;
    }

    /// The rows in order.
    pub fn iter(&self) -> impl Iterator<Item = Row<'_>> {
        let width = self.cells.len().checked_div(self.count).unwrap_or(0);
        (0..self.count).map(move |i| {
            let cells = &self.cells[i * width..(i + 1) * width];
            let start = match (i * width).checked_sub(1) {
                Some(last) => (self.cells[last] >> 2) as usize,
                None => 0,
            };
            Row { text: &self.text, cells, start }
        })
    }

    /// Free the room kept for more rows.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.cells.shrink_to_fit();
    }
}

impl std::fmt::Debug for Rows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Rows {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(|r| r.values().map(ValueRef::to_value).collect::<Vec<_>>()))
    }
}

/// One row of [`Rows`].
#[derive(Clone, Copy)]
pub struct Row<'a> {
    text: &'a str,
    cells: &'a [u64],
    /// Where the row's first value starts in `text`.
    start: usize,
}

impl<'a> Row<'a> {
    /// The row's values in column order.
    pub fn values(&self) -> impl Iterator<Item = ValueRef<'a>> + 'a {
        let (text, cells) = (self.text, self.cells);
        let mut start = self.start;
        cells.iter().map(move |&c| {
            let end = (c >> 2) as usize;
            let t = text.get(start..end).unwrap_or("");
            start = end;
            match c & 3 {
                0 => ValueRef::Null,
                1 => ValueRef::Number(t),
                2 => ValueRef::Text(t),
                _ => ValueRef::Binary(t),
            }
        })
    }

    /// The value of column `i` (of the stored columns).
    pub fn get(&self, i: usize) -> Option<ValueRef<'a>> {
        self.values().nth(i)
    }
}

impl std::fmt::Debug for Row<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.values().map(ValueRef::to_value)).finish()
    }
}

/// A value of [`Rows`], borrowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueRef<'a> {
    Null,
    Number(&'a str),
    Text(&'a str),
    Binary(&'a str),
}

impl ValueRef<'_> {
    pub fn to_value(self) -> Value {
        match self {
            ValueRef::Null => Value::Null,
            ValueRef::Number(t) => Value::Number(t.to_string()),
            ValueRef::Text(t) => Value::Text(t.to_string()),
            ValueRef::Binary(t) => Value::Binary(t.to_string()),
        }
    }
}

/// A constant from `INSERT ... VALUES`, normalised to text as CSV and SQL need it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Value {
    Null,
    /// Numbers as written (`12.5000`, `-3`).
    Number(String),
    /// Strings, dates and times as text (`2026-01-15 00:00:00`).
    Text(String),
    /// `0x...` binary literals as hex digits.
    Binary(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn value() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            "[0-9.-]{0,6}".prop_map(Value::Number),
            ".{0,8}".prop_map(Value::Text),
            "[0-9A-F]{0,6}".prop_map(Value::Binary),
        ]
    }

    proptest! {
        /// Rows give back the values they were given, row by row, whatever their width
        /// (zero included) and text (empty included).
        #[test]
        fn rows_give_back_their_values(width in 0usize..5, cells in prop::collection::vec(value(), 0..40)) {
            let rows: Vec<Vec<Value>> = match width {
                0 => vec![Vec::new(); cells.len() % 4],
                w => cells.chunks_exact(w).map(<[Value]>::to_vec).collect(),
            };
            let mut packed = Rows::default();
            for r in &rows {
                packed.push(r);
            }
            prop_assert_eq!(packed.len(), rows.len());
            let back: Vec<Vec<Value>> = packed.iter().map(|r| r.values().map(ValueRef::to_value).collect()).collect();
            prop_assert_eq!(&back, &rows);
            prop_assert_eq!(format!("{packed:?}"), format!("{rows:?}"));
            prop_assert_eq!(serde_json::to_string(&packed).ok(), serde_json::to_string(&rows).ok());
        }
    }
}
