//! Our own statement tree: T-SQL constructs sqlparser's AST cannot hold, around sqlparser nodes for
//! everything it can (queries, DML, expressions).

use crate::diagnostics::Span;
use serde::Serialize;
use sqlparser::ast::{Expr, Ident, ObjectName, Query, Statement as SqlStatement};

/// The batch a view or routine came from, so later phases can map sqlparser locations inside it
/// (line/column relative to the batch) back to file spans.
#[derive(Clone, Default)]
pub struct BatchRef(pub Option<std::sync::Arc<crate::source::Batch>>);

impl BatchRef {
    /// File span of a sqlparser span inside this batch; `None` when unknown (empty spans).
    pub fn span(&self, s: sqlparser::tokenizer::Span) -> Option<Span> {
        let batch = self.0.as_ref()?;
        if s.start.line == 0 {
            return None;
        }
        let map = super::driver::SpanMap::new(batch);
        Some(map.span(s.start, s.end))
    }
}

impl std::fmt::Debug for BatchRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BatchRef")
    }
}

/// Batch references carry no meaning of their own: two trees are equal whatever batch they
/// came from.
impl PartialEq for BatchRef {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl Serialize for BatchRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit()
    }
}

/// One parsed statement with its span in the source file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParsedStatement {
    pub span: Span,
    pub stmt: Stmt,
    /// Query hints of `OPTION (...)` after a query or DML statement, as written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<String>,
    /// T-SQL clause parts inside the statement that sqlparser's tree cannot hold (join hints,
    /// `FOR XML` options, `FOR SYSTEM_TIME` ranges, `TOP` of DML), kept beside the tree.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub side_clauses: Vec<SideClause>,
}

/// A clause part that sqlparser's tree cannot hold, kept beside the statement it belongs to.
/// It is found on the tokens before sqlparser parses (see `parse::clauses`) and printed back by
/// `parse::print`. Its place in the statement is a count (the n-th JOIN, the n-th table), so it
/// survives printing and parsing again.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SideClause {
    /// Where it was written.
    pub span: Span,
    pub kind: SideClauseKind,
}

/// What a [`SideClause`] says and where in its statement it belongs.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SideClauseKind {
    /// `{INNER | LEFT | RIGHT | FULL} [OUTER] {LOOP | HASH | MERGE | REMOTE} JOIN`: the hint of
    /// the statement's `join`-th JOIN (0-based, in source order).
    JoinHint { join: usize, hint: JoinHint },
    /// An option of the statement's `clause`-th `FOR XML` (0-based, in source order) that
    /// sqlparser's `ForClause::Xml` has no field for.
    ForXml { clause: usize, option: ForXmlOption },
    /// `ROOT` without a name in the statement's `clause`-th `FOR JSON` (sqlparser holds
    /// `ROOT('name')`).
    ForJsonRoot { clause: usize },
    /// `FOR SYSTEM_TIME FROM | BETWEEN | CONTAINED IN | ALL` of the statement's `table`-th table
    /// (0-based, `TableFactor::Table` nodes in the tree's visiting order). `AS OF` is held by
    /// sqlparser's `TableVersion`.
    SystemTime { table: usize, period: Box<SystemTimePeriod> },
    /// `TOP (n) [PERCENT]` of `DELETE`, `UPDATE`, `INSERT` or `MERGE`.
    DmlTop(Box<sqlparser::ast::Top>),
    /// `WHERE CURRENT OF [GLOBAL] cursor` of `UPDATE` or `DELETE` (which then has no other WHERE).
    CurrentOf { cursor: sqlparser::ast::Ident, global: bool },
}

/// A T-SQL join hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JoinHint {
    Loop,
    Hash,
    Merge,
    Remote,
}

impl JoinHint {
    pub fn keyword(self) -> &'static str {
        match self {
            JoinHint::Loop => "LOOP",
            JoinHint::Hash => "HASH",
            JoinHint::Merge => "MERGE",
            JoinHint::Remote => "REMOTE",
        }
    }
}

/// `FOR XML` options beyond sqlparser's (`BINARY BASE64`, `TYPE`, `ROOT('name')`, `ELEMENTS`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ForXmlOption {
    /// `XMLDATA`.
    XmlData,
    /// `XMLSCHEMA [('TargetNameSpaceURI')]`.
    XmlSchema(Option<String>),
    /// `ELEMENTS XSINIL` (sqlparser holds the `ELEMENTS`).
    ElementsXsinil,
    /// `ELEMENTS ABSENT` (sqlparser holds the `ELEMENTS`).
    ElementsAbsent,
    /// `ROOT` without a name (sqlparser holds `ROOT('name')`).
    Root,
}

/// The period of a temporal table query other than `AS OF`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SystemTimePeriod {
    FromTo(Expr, Expr),
    Between(Expr, Expr),
    ContainedIn(Expr, Expr),
    All,
}

/// A T-SQL statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub enum Stmt {
    /// A statement sqlparser understands (queries, DML, DECLARE, SET @v, transactions, ...).
    Sql(Box<SqlStatement>),
    CreateTable(Box<CreateTable>),
    AlterTable(Box<AlterTable>),
    CreateIndex(Box<CreateIndex>),
    CreateSchema {
        name: Ident,
        authorization: Option<Ident>,
    },
    CreateView(Box<CreateView>),
    CreateRoutine(Box<Routine>),
    Exec(Box<Exec>),
    /// `INSERT [INTO] t [(columns)] EXEC ...`: rows returned by a procedure or dynamic SQL.
    InsertExec {
        table: ObjectName,
        columns: Vec<Ident>,
        exec: Box<Exec>,
    },
    /// `SET ANSI_NULLS ON`, `SET IDENTITY_INSERT t ON`, `SET NOCOUNT ON`, ...
    SetOption {
        options: Vec<String>,
        target: Option<ObjectName>,
        value: String,
    },
    Use(Ident),
    /// `BEGIN ... END`.
    Block(Vec<ParsedStatement>),
    If {
        condition: Expr,
        then: Box<ParsedStatement>,
        otherwise: Option<Box<ParsedStatement>>,
    },
    While {
        condition: Expr,
        body: Box<ParsedStatement>,
    },
    TryCatch {
        body: Vec<ParsedStatement>,
        handler: Vec<ParsedStatement>,
    },
    Return(Option<Expr>),
    Break,
    Continue,
    Goto(Ident),
    /// `BEGIN TRAN[SACTION] [name]`, `COMMIT|ROLLBACK [TRAN[SACTION]|WORK] [name]`, `SAVE TRAN name`.
    Transaction {
        action: TransactionAction,
        name: Option<String>,
    },
    /// `DECLARE @t [AS] TABLE (columns, constraints)`: a table variable.
    DeclareTable {
        name: Ident,
        columns: Vec<ColumnDef>,
        constraints: Vec<TableConstraint>,
    },
    /// `DECLARE name CURSOR [options] FOR query`.
    DeclareCursor {
        name: Ident,
        options: Vec<String>,
        query: Box<Query>,
    },
    /// `FETCH [NEXT|PRIOR|FIRST|LAST|ABSOLUTE n|RELATIVE n] FROM cursor [INTO @a, @b]`.
    Fetch {
        direction: String,
        cursor: Ident,
        into: Vec<Ident>,
    },
    Label(Ident),
    CreateSynonym(Box<CreateSynonym>),
    CreateType(Box<CreateType>),
    CreateSequence(Box<CreateSequence>),
    CreatePartitionFunction(Box<CreatePartitionFunction>),
    CreatePartitionScheme(Box<CreatePartitionScheme>),
    /// `DROP TABLE|VIEW|PROCEDURE|FUNCTION [IF EXISTS] names`.
    Drop {
        kind: String,
        names: Vec<ObjectName>,
        if_exists: bool,
    },
    /// A statement we recognise by its leading keywords but keep as text (admin and security
    /// statements that do not matter for the migration).
    Opaque {
        kind: String,
        text: String,
    },
    /// A statement that failed to parse: its text and the error (also reported as a diagnostic).
    Unparsed {
        text: String,
        error: String,
    },
}

/// What a transaction statement does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TransactionAction {
    Begin,
    Commit,
    Rollback,
    Save,
}

/// `CREATE TABLE`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateTable {
    pub name: ObjectName,
    pub columns: Vec<ColumnDef>,
    pub constraints: Vec<TableConstraint>,
    /// `ON [PRIMARY]` (or a partition scheme), kept as metadata.
    pub filegroup: Option<String>,
    /// `TEXTIMAGE_ON [PRIMARY]`.
    pub textimage_on: Option<String>,
}

/// A T-SQL data type as written: lower-cased name and arguments (`nvarchar(max)`, `decimal(10,2)`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub struct SqlType {
    /// Schema of a user-defined type, if written (`dbo.Phone`).
    pub schema: Option<String>,
    /// Lower-case type name (`nvarchar`, `datetime2`, `int`).
    pub name: String,
    pub args: Vec<TypeArg>,
}

/// An argument of a data type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub enum TypeArg {
    Number(u32),
    Max,
}

/// One column of `CREATE TABLE` (or `ALTER TABLE ... ADD`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColumnDef {
    pub name: Ident,
    /// `None` for computed columns (their type follows from the expression).
    pub data_type: Option<SqlType>,
    pub computed: Option<Computed>,
    /// `Some(false)` for `NOT NULL`, `Some(true)` for `NULL`, `None` when not said.
    pub nullable: Option<bool>,
    /// `IDENTITY(seed, increment)`.
    pub identity: Option<(i64, i64)>,
    pub default: Option<DefaultDef>,
    pub collation: Option<String>,
    /// Inline constraints (`PRIMARY KEY`, `REFERENCES`, `CHECK`, `UNIQUE`) on this column.
    pub constraints: Vec<TableConstraint>,
    pub span: Span,
}

/// `AS (expr) [PERSISTED]`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Computed {
    pub expr: Expr,
    pub persisted: bool,
}

/// `[CONSTRAINT name] DEFAULT expr`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DefaultDef {
    pub name: Option<Ident>,
    pub expr: Expr,
}

/// A named or unnamed table constraint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableConstraint {
    pub name: Option<Ident>,
    pub kind: ConstraintKind,
    pub span: Span,
}

/// What a constraint says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ConstraintKind {
    PrimaryKey {
        columns: Vec<Ident>,
        clustered: Option<bool>,
    },
    Unique {
        columns: Vec<Ident>,
        clustered: Option<bool>,
    },
    ForeignKey {
        columns: Vec<Ident>,
        references: ObjectName,
        referenced_columns: Vec<Ident>,
        on_delete: Option<String>,
        on_update: Option<String>,
    },
    Check {
        expr: Expr,
    },
    /// `DEFAULT expr FOR column` (only in `ALTER TABLE ... ADD`).
    Default {
        expr: Expr,
        column: Ident,
    },
}

/// `ALTER TABLE`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlterTable {
    pub name: ObjectName,
    pub action: AlterTableAction,
}

/// The T-SQL `ALTER TABLE` forms.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub enum AlterTableAction {
    /// `[WITH CHECK|NOCHECK] ADD ...`.
    Add { with_check: Option<bool>, columns: Vec<ColumnDef>, constraints: Vec<TableConstraint> },
    /// `[WITH CHECK|NOCHECK] CHECK|NOCHECK CONSTRAINT ALL|names`.
    CheckConstraint { enable: bool, names: Vec<Ident> },
    /// `DROP [CONSTRAINT|COLUMN] [IF EXISTS] names`.
    Drop { columns: Vec<Ident>, constraints: Vec<Ident> },
    /// `ALTER COLUMN c type [NULL|NOT NULL]`.
    AlterColumn { column: Ident, data_type: SqlType, nullable: Option<bool> },
    /// Any other form (SWITCH, SET, ENABLE TRIGGER, REBUILD ...), kept as text.
    Other { text: String },
}

/// `CREATE [UNIQUE] [CLUSTERED|NONCLUSTERED] [COLUMNSTORE] INDEX`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateIndex {
    pub name: Ident,
    pub table: ObjectName,
    pub unique: bool,
    pub clustered: Option<bool>,
    pub columnstore: bool,
    pub columns: Vec<Ident>,
    pub include: Vec<Ident>,
    pub filter: Option<Expr>,
}

/// `CREATE [OR ALTER] VIEW`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateView {
    pub name: ObjectName,
    pub or_alter: bool,
    pub alter: bool,
    pub columns: Vec<Ident>,
    /// `WITH SCHEMABINDING`, `VIEW_METADATA`, `ENCRYPTION`.
    pub options: Vec<String>,
    /// `None` for a header without `AS query` at the end of its batch (a leniency: SQL Server
    /// rejects it; the conversion reports the view as not converted).
    pub query: Option<Box<Query>>,
    pub check_option: bool,
    #[serde(skip)]
    pub batch: BatchRef,
}

/// Procedure, function or trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoutineKind {
    Procedure,
    ScalarFunction,
    InlineTableFunction,
    TableFunction,
    Trigger,
}

/// `CREATE|ALTER|CREATE OR ALTER PROCEDURE|FUNCTION|TRIGGER`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Routine {
    pub kind: RoutineKind,
    pub name: ObjectName,
    pub or_alter: bool,
    pub alter: bool,
    pub params: Vec<Param>,
    /// Scalar functions: the declared return type.
    pub returns: Option<SqlType>,
    /// Multi-statement table functions: `RETURNS @t TABLE (...)`.
    pub returns_table: Option<ReturnsTable>,
    /// `WITH SCHEMABINDING`, `RECOMPILE`, `EXECUTE AS ...`, `ENCRYPTION`, ...
    pub options: Vec<String>,
    /// Triggers: what they are on and the events (`AFTER INSERT, UPDATE`, `FOR CREATE_TABLE`).
    pub trigger: Option<TriggerDef>,
    /// The body. A header alone at the end of its batch (no `AS`) gets an empty body: a leniency,
    /// as SQL Server rejects it; the conversion reports such a routine as not converted.
    pub body: RoutineBody,
    #[serde(skip)]
    pub batch: BatchRef,
}

/// A routine parameter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Param {
    pub name: Ident,
    pub data_type: SqlType,
    /// Boxed: an `Expr` is over 300 bytes and most parameters have no default (the catalog
    /// keeps every routine's parameters).
    pub default: Option<Box<Expr>>,
    pub output: bool,
    pub readonly: bool,
}

/// `RETURNS @t TABLE (columns, constraints)` of a multi-statement table-valued function.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReturnsTable {
    pub name: Ident,
    pub columns: Vec<ColumnDef>,
    pub constraints: Vec<TableConstraint>,
}

/// Trigger header.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriggerDef {
    pub on: TriggerOn,
    /// `AFTER`, `FOR` or `INSTEAD OF`.
    pub timing: String,
    /// DML triggers: `INSERT`, `UPDATE`, `DELETE`. DDL triggers: event types and groups as
    /// written, upper-cased (`CREATE_TABLE`, `DDL_DATABASE_LEVEL_EVENTS`, `LOGON`).
    pub events: Vec<String>,
}

/// What a trigger fires on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TriggerOn {
    /// A DML trigger on a table or view.
    Object(ObjectName),
    /// A DDL trigger `ON DATABASE`.
    Database,
    /// A DDL or logon trigger `ON ALL SERVER`.
    AllServer,
}

/// A routine body: the text always, the statements when they parsed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoutineBody {
    pub text: String,
    pub span: Span,
    /// Parsed statements; some may be `Stmt::Unparsed` (then a DM1102 diagnostic was reported).
    pub statements: Vec<ParsedStatement>,
    /// Inline table-valued functions: the query after `RETURN`.
    pub query: Option<Box<Query>>,
}

/// `CREATE SYNONYM name FOR target` (the target may name another database or server).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateSynonym {
    pub name: ObjectName,
    pub target: ObjectName,
}

/// `CREATE TYPE name FROM base | AS TABLE (...)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateType {
    pub name: ObjectName,
    pub definition: TypeDefinition,
}

/// What a user-defined type is (CLR types, `EXTERNAL NAME`, stay opaque statements).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TypeDefinition {
    /// `FROM base_type [NULL | NOT NULL]`: an alias type.
    Alias { base: SqlType, nullable: Option<bool> },
    /// `AS TABLE (columns, constraints) [WITH (options)]`: a table type.
    Table {
        columns: Vec<ColumnDef>,
        constraints: Vec<TableConstraint>,
        /// Table options as written, one per entry (`MEMORY_OPTIMIZED = ON`).
        options: Vec<String>,
    },
}

/// `CREATE SEQUENCE name [AS type] options`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateSequence {
    pub name: ObjectName,
    pub data_type: Option<SqlType>,
    /// The options in the order written.
    pub options: Vec<SequenceOption>,
}

/// One option of `CREATE SEQUENCE`. Numbers are integer constants as written, with their sign
/// (`-1`, `1000`): a sequence may be `decimal(38, 0)`, wider than any integer serde keeps.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SequenceOption {
    StartWith(String),
    IncrementBy(String),
    /// `MINVALUE [n]` (without a value: the type's minimum).
    MinValue(Option<String>),
    NoMinValue,
    /// `MAXVALUE [n]` (without a value: the type's maximum).
    MaxValue(Option<String>),
    NoMaxValue,
    Cycle,
    NoCycle,
    /// `CACHE [n]` (without a size: the server picks it).
    Cache(Option<String>),
    NoCache,
}

/// `CREATE PARTITION FUNCTION name (type) AS RANGE [LEFT|RIGHT] FOR VALUES (...)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreatePartitionFunction {
    pub name: Ident,
    pub input_type: SqlType,
    /// `None` when not written (SQL Server's default is `LEFT`).
    pub range: Option<PartitionRange>,
    /// Boundary values.
    pub values: Vec<Expr>,
}

/// Which side of a boundary value its partition holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartitionRange {
    Left,
    Right,
}

/// `CREATE PARTITION SCHEME name AS PARTITION function [ALL] TO (filegroups)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreatePartitionScheme {
    pub name: Ident,
    pub function: Ident,
    /// `ALL TO (fg)`: every partition on one filegroup.
    pub all: bool,
    pub filegroups: Vec<Ident>,
}

/// `EXEC[UTE] [@rc =] name args` or `EXEC (string)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exec {
    pub return_var: Option<Ident>,
    /// Procedure name; `None` for `EXEC (@sql)` dynamic SQL.
    pub procedure: Option<ObjectName>,
    pub args: Vec<ExecArg>,
}

/// One `EXEC` argument: `[@name =] value [OUTPUT]`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExecArg {
    pub name: Option<Ident>,
    /// `None` for `DEFAULT`.
    pub value: Option<Expr>,
    pub output: bool,
}

impl Stmt {
    /// Short kind name for reports and summaries (`create_table`, `insert`, `unparsed`, ...).
    pub fn kind_name(&self) -> String {
        match self {
            Stmt::Sql(s) => sql_statement_kind(s),
            Stmt::CreateTable(_) => "create_table".into(),
            Stmt::AlterTable(_) => "alter_table".into(),
            Stmt::CreateIndex(_) => "create_index".into(),
            Stmt::CreateSchema { .. } => "create_schema".into(),
            Stmt::CreateView(_) => "create_view".into(),
            Stmt::CreateRoutine(r) => match r.kind {
                RoutineKind::Procedure => "create_procedure".into(),
                RoutineKind::Trigger => "create_trigger".into(),
                _ => "create_function".into(),
            },
            Stmt::Exec(_) => "exec".into(),
            Stmt::InsertExec { .. } => "insert_exec".into(),
            Stmt::SetOption { .. } => "set_option".into(),
            Stmt::Use(_) => "use".into(),
            Stmt::Block(_) => "block".into(),
            Stmt::If { .. } => "if".into(),
            Stmt::While { .. } => "while".into(),
            Stmt::TryCatch { .. } => "try_catch".into(),
            Stmt::Return(_) => "return".into(),
            Stmt::Break => "break".into(),
            Stmt::Continue => "continue".into(),
            Stmt::Goto(_) => "goto".into(),
            Stmt::Transaction { action, .. } => format!("{action:?}_transaction").to_lowercase(),
            Stmt::DeclareCursor { .. } => "declare_cursor".into(),
            Stmt::DeclareTable { .. } => "declare_table".into(),
            Stmt::Fetch { .. } => "fetch".into(),
            Stmt::Label(_) => "label".into(),
            Stmt::CreateSynonym(_) => "create_synonym".into(),
            Stmt::CreateType(_) => "create_type".into(),
            Stmt::CreateSequence(_) => "create_sequence".into(),
            Stmt::CreatePartitionFunction(_) => "create_partition_function".into(),
            Stmt::CreatePartitionScheme(_) => "create_partition_scheme".into(),
            Stmt::Drop { .. } => "drop".into(),
            Stmt::Opaque { kind, .. } => kind.clone(),
            Stmt::Unparsed { .. } => "unparsed".into(),
        }
    }
}

fn sql_statement_kind(s: &SqlStatement) -> String {
    // The Debug name of the variant, snake_cased: stable enough for summaries and cheap.
    let debug = format!("{s:?}");
    let head: String = debug.chars().take_while(|c| c.is_alphanumeric()).collect();
    let mut out = String::new();
    for (i, c) in head.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}
