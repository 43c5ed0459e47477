//! Printing statements back as T-SQL, for round trips (parse → print → parse gives the same tree)
//! and for showing statements in reports. sqlparser nodes print through their `Display`, with
//! the T-SQL it gets wrong fixed on a copy of the node first (`]` inside brackets, `FOR
//! SYSTEM_TIME` before the alias, MERGE target hints before the alias, DELETE's OUTPUT before its
//! second FROM, `NEXT VALUE FOR`) and the statement's side clauses put back into the text; our own
//! nodes print here. Statements inside blocks end with `;` so the printed text never depends on
//! line breaks.

use super::ast::*;
use super::clauses::NEXT_VALUE_FOR;
use super::driver::DIALECT;
use serde::de::DeserializeOwned;
use serde::Serialize;
use sqlparser::ast::{
    BinaryOperator, Expr, ForClause, ForXml, FunctionArguments, Ident, ObjectName, SelectItem, SetExpr, Statement,
    TableFactor, TableVersion, Value, ValueWithSpan, VisitMut, VisitorMut,
};
use sqlparser::tokenizer::{Location, Token, TokenWithSpan, Tokenizer};
use std::fmt::Write;
use std::ops::ControlFlow;

/// T-SQL text of a statement with its side clauses and `OPTION (...)` hints.
pub fn to_tsql(s: &ParsedStatement) -> String {
    let mut out = String::new();
    statement_into(&mut out, s);
    out
}

/// T-SQL text of a statement tree alone (no side clauses or hints of its own).
pub fn stmt_to_tsql(stmt: &Stmt) -> String {
    let mut out = String::new();
    stmt_into(&mut out, stmt, &[]);
    out
}

/// An identifier as T-SQL writes it: brackets (with `]` doubled) when it was bracketed.
pub fn ident(i: &Ident) -> String {
    match i.quote_style {
        Some('[') => format!("[{}]", i.value.replace(']', "]]")),
        Some('"') => format!("\"{}\"", i.value.replace('"', "\"\"")),
        _ => i.value.clone(),
    }
}

fn name(n: &ObjectName) -> String {
    n.0.iter()
        .map(|p| match p.as_ident() {
            Some(i) => ident(i),
            None => p.to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn idents(list: &[Ident]) -> String {
    list.iter().map(ident).collect::<Vec<_>>().join(", ")
}

fn statement_into(out: &mut String, s: &ParsedStatement) {
    stmt_into(out, &s.stmt, &s.side_clauses);
    if !s.hints.is_empty() {
        let _ = write!(out, " OPTION ({})", s.hints.join(", "));
    }
}

fn list(out: &mut String, stmts: &[ParsedStatement]) {
    for s in stmts {
        statement_into(out, s);
        out.push_str(";\n");
    }
}

fn expr(e: &Expr) -> String {
    sql(e, &[])
}

fn stmt_into(out: &mut String, stmt: &Stmt, side: &[SideClause]) {
    match stmt {
        // sqlparser prints `DECLARE @a int, @b int` as `DECLARE @a int; @b int` (not T-SQL).
        Stmt::Sql(s) => {
            let fixed = fixed(s.as_ref(), side);
            let text = match &fixed {
                Statement::Declare { stmts } if stmts.len() > 1 => {
                    let parts: Vec<String> = stmts.iter().map(|d| d.to_string()).collect();
                    format!("DECLARE {}", parts.join(", "))
                }
                other => other.to_string(),
            };
            out.push_str(&splice(text, side));
        }
        Stmt::CreateTable(t) => create_table(out, t),
        Stmt::AlterTable(a) => alter_table(out, a),
        Stmt::CreateIndex(i) => {
            let _ = write!(
                out,
                "CREATE {}{}{}INDEX {} ON {}",
                if i.unique { "UNIQUE " } else { "" },
                match i.clustered {
                    Some(true) => "CLUSTERED ",
                    Some(false) => "NONCLUSTERED ",
                    None => "",
                },
                if i.columnstore { "COLUMNSTORE " } else { "" },
                ident(&i.name),
                name(&i.table)
            );
            if !i.columns.is_empty() {
                let _ = write!(out, " ({})", idents(&i.columns));
            }
            if !i.include.is_empty() {
                let _ = write!(out, " INCLUDE ({})", idents(&i.include));
            }
            if let Some(f) = &i.filter {
                let _ = write!(out, " WHERE {}", expr(f));
            }
        }
        Stmt::CreateSchema { name: n, authorization } => {
            let _ = write!(out, "CREATE SCHEMA {}", ident(n));
            if let Some(a) = authorization {
                let _ = write!(out, " AUTHORIZATION {}", ident(a));
            }
        }
        Stmt::CreateView(v) => {
            let _ = write!(out, "{} VIEW {}", create_word(v.or_alter, v.alter), name(&v.name));
            if !v.columns.is_empty() {
                let _ = write!(out, " ({})", idents(&v.columns));
            }
            if !v.options.is_empty() {
                let _ = write!(out, " WITH {}", v.options.join(", "));
            }
            if let Some(q) = &v.query {
                let _ = write!(out, " AS {}", sql(&**q, side));
            }
            if v.check_option {
                out.push_str(" WITH CHECK OPTION");
            }
        }
        Stmt::CreateRoutine(r) => routine(out, r, side),
        Stmt::Exec(e) => exec(out, e),
        Stmt::InsertExec { table, columns, exec: e } => {
            let _ = write!(out, "INSERT INTO {}", name(table));
            if !columns.is_empty() {
                let cols: Vec<String> = columns.iter().map(ident).collect();
                let _ = write!(out, " ({})", cols.join(", "));
            }
            out.push(' ');
            exec(out, e);
        }
        Stmt::SetOption { options, target, value } => {
            let _ = write!(out, "SET {}", options.join(", "));
            if let Some(t) = target {
                let _ = write!(out, " {}", name(t));
            }
            if !value.is_empty() {
                let _ = write!(out, " {value}");
            }
        }
        Stmt::Use(db) => {
            let _ = write!(out, "USE {}", ident(db));
        }
        Stmt::Block(stmts) => {
            out.push_str("BEGIN\n");
            list(out, stmts);
            out.push_str("END");
        }
        Stmt::If { condition, then, otherwise } => {
            let _ = writeln!(out, "IF {}", sql(condition, side));
            statement_into(out, then);
            if let Some(o) = otherwise {
                out.push_str(";\nELSE\n");
                statement_into(out, o);
            }
        }
        Stmt::While { condition, body } => {
            let _ = writeln!(out, "WHILE {}", sql(condition, side));
            statement_into(out, body);
        }
        Stmt::TryCatch { body, handler } => {
            out.push_str("BEGIN TRY\n");
            list(out, body);
            out.push_str("END TRY\nBEGIN CATCH\n");
            list(out, handler);
            out.push_str("END CATCH");
        }
        Stmt::Return(e) => {
            out.push_str("RETURN");
            if let Some(e) = e {
                let _ = write!(out, " {}", sql(e, side));
            }
        }
        Stmt::Break => out.push_str("BREAK"),
        Stmt::Continue => out.push_str("CONTINUE"),
        Stmt::Goto(l) => {
            let _ = write!(out, "GOTO {}", ident(l));
        }
        Stmt::Label(l) => {
            let _ = write!(out, "{}:", ident(l));
        }
        Stmt::Transaction { action, name: n } => {
            out.push_str(match action {
                TransactionAction::Begin => "BEGIN TRANSACTION",
                TransactionAction::Commit => "COMMIT TRANSACTION",
                TransactionAction::Rollback => "ROLLBACK TRANSACTION",
                TransactionAction::Save => "SAVE TRANSACTION",
            });
            if let Some(n) = n {
                let _ = write!(out, " {n}");
            }
        }
        Stmt::DeclareCursor { name: n, options, query } => {
            let _ = write!(
                out,
                "DECLARE {} CURSOR {}FOR {}",
                ident(n),
                options.iter().map(|o| format!("{o} ")).collect::<String>(),
                sql(&**query, side)
            );
        }
        Stmt::Fetch { direction, cursor, into } => {
            let _ = write!(out, "FETCH {direction} FROM {}", ident(cursor));
            if !into.is_empty() {
                let _ = write!(out, " INTO {}", idents(into));
            }
        }
        Stmt::DeclareTable { name: n, columns, constraints } => {
            let _ = write!(out, "DECLARE {} TABLE (", ident(n));
            table_elements(out, columns, constraints);
            out.push(')');
        }
        Stmt::CreateSynonym(syn) => {
            let _ = write!(out, "CREATE SYNONYM {} FOR {}", name(&syn.name), name(&syn.target));
        }
        Stmt::CreateType(t) => create_type(out, t),
        Stmt::CreateSequence(seq) => create_sequence(out, seq),
        Stmt::CreatePartitionFunction(f) => {
            let _ = write!(out, "CREATE PARTITION FUNCTION {} ({}) AS RANGE", ident(&f.name), f.input_type.to_tsql());
            match f.range {
                Some(PartitionRange::Left) => out.push_str(" LEFT"),
                Some(PartitionRange::Right) => out.push_str(" RIGHT"),
                None => {}
            }
            let values: Vec<String> = f.values.iter().map(expr).collect();
            let _ = write!(out, " FOR VALUES ({})", values.join(", "));
        }
        Stmt::CreatePartitionScheme(ps) => {
            let _ = write!(
                out,
                "CREATE PARTITION SCHEME {} AS PARTITION {} {}TO ({})",
                ident(&ps.name),
                ident(&ps.function),
                if ps.all { "ALL " } else { "" },
                idents(&ps.filegroups)
            );
        }
        Stmt::Drop { kind, names, if_exists } => {
            let _ = write!(
                out,
                "DROP {} {}{}",
                kind.to_ascii_uppercase(),
                if *if_exists { "IF EXISTS " } else { "" },
                names.iter().map(name).collect::<Vec<_>>().join(", ")
            );
        }
        Stmt::Opaque { text, .. } | Stmt::Unparsed { text, .. } => out.push_str(text),
    }
}

fn create_word(or_alter: bool, alter: bool) -> &'static str {
    match (or_alter, alter) {
        (_, true) => "ALTER",
        (true, false) => "CREATE OR ALTER",
        _ => "CREATE",
    }
}

fn create_type(out: &mut String, t: &CreateType) {
    let _ = write!(out, "CREATE TYPE {}", name(&t.name));
    match &t.definition {
        TypeDefinition::Alias { base, nullable } => {
            let _ = write!(out, " FROM {}", base.to_tsql());
            match nullable {
                Some(true) => out.push_str(" NULL"),
                Some(false) => out.push_str(" NOT NULL"),
                None => {}
            }
        }
        TypeDefinition::Table { columns, constraints, options } => {
            out.push_str(" AS TABLE (");
            table_elements(out, columns, constraints);
            out.push(')');
            if !options.is_empty() {
                let _ = write!(out, " WITH ({})", options.join(", "));
            }
        }
    }
}

fn create_sequence(out: &mut String, seq: &CreateSequence) {
    let _ = write!(out, "CREATE SEQUENCE {}", name(&seq.name));
    if let Some(t) = &seq.data_type {
        let _ = write!(out, " AS {}", t.to_tsql());
    }
    let with_value = |word: &str, v: &Option<String>| match v {
        Some(v) => format!("{word} {v}"),
        None => word.to_string(),
    };
    for option in &seq.options {
        let text = match option {
            SequenceOption::StartWith(v) => format!("START WITH {v}"),
            SequenceOption::IncrementBy(v) => format!("INCREMENT BY {v}"),
            SequenceOption::MinValue(v) => with_value("MINVALUE", v),
            SequenceOption::NoMinValue => "NO MINVALUE".into(),
            SequenceOption::MaxValue(v) => with_value("MAXVALUE", v),
            SequenceOption::NoMaxValue => "NO MAXVALUE".into(),
            SequenceOption::Cycle => "CYCLE".into(),
            SequenceOption::NoCycle => "NO CYCLE".into(),
            SequenceOption::Cache(v) => with_value("CACHE", v),
            SequenceOption::NoCache => "NO CACHE".into(),
        };
        out.push(' ');
        out.push_str(&text);
    }
}

fn create_table(out: &mut String, t: &CreateTable) {
    let _ = write!(out, "CREATE TABLE {} (", name(&t.name));
    table_elements(out, &t.columns, &t.constraints);
    out.push(')');
    if let Some(fg) = &t.filegroup {
        let _ = write!(out, " ON [{}]", fg.replace(']', "]]"));
    }
    if let Some(fg) = &t.textimage_on {
        let _ = write!(out, " TEXTIMAGE_ON [{}]", fg.replace(']', "]]"));
    }
}

fn table_elements(out: &mut String, columns: &[ColumnDef], constraints: &[TableConstraint]) {
    let mut parts: Vec<String> = columns.iter().map(column).collect();
    parts.extend(constraints.iter().map(constraint));
    out.push_str(&parts.join(", "));
}

fn column(c: &ColumnDef) -> String {
    let mut s = ident(&c.name);
    match (&c.computed, &c.data_type) {
        (Some(comp), _) => {
            // The expression keeps the parentheses it was written with (T-SQL needs none).
            let _ = write!(s, " AS {}", expr(&comp.expr));
            if comp.persisted {
                s.push_str(" PERSISTED");
            }
        }
        (None, Some(t)) => {
            let _ = write!(s, " {}", t.to_tsql());
        }
        (None, None) => {}
    }
    if let Some(coll) = &c.collation {
        let _ = write!(s, " COLLATE {coll}");
    }
    if let Some((seed, inc)) = c.identity {
        let _ = write!(s, " IDENTITY({seed}, {inc})");
    }
    match c.nullable {
        Some(true) => s.push_str(" NULL"),
        Some(false) => s.push_str(" NOT NULL"),
        None => {}
    }
    if let Some(d) = &c.default {
        if let Some(n) = &d.name {
            let _ = write!(s, " CONSTRAINT {}", ident(n));
        }
        let _ = write!(s, " DEFAULT ({})", expr(&d.expr));
    }
    for k in &c.constraints {
        s.push(' ');
        s.push_str(&column_constraint(k));
    }
    s
}

fn constraint_prefix(c: &TableConstraint) -> String {
    c.name.as_ref().map(|n| format!("CONSTRAINT {} ", ident(n))).unwrap_or_default()
}

fn clustered(c: Option<bool>) -> &'static str {
    match c {
        Some(true) => " CLUSTERED",
        Some(false) => " NONCLUSTERED",
        None => "",
    }
}

fn constraint(c: &TableConstraint) -> String {
    let body = match &c.kind {
        ConstraintKind::PrimaryKey { columns, clustered: cl } => {
            format!("PRIMARY KEY{} ({})", clustered(*cl), idents(columns))
        }
        ConstraintKind::Unique { columns, clustered: cl } => format!("UNIQUE{} ({})", clustered(*cl), idents(columns)),
        ConstraintKind::ForeignKey { columns, .. } => {
            format!("FOREIGN KEY ({}) {}", idents(columns), references(&c.kind))
        }
        ConstraintKind::Check { expr: e } => format!("CHECK ({})", expr(e)),
        ConstraintKind::Default { expr: e, column: col } => format!("DEFAULT ({}) FOR {}", expr(e), ident(col)),
    };
    format!("{}{body}", constraint_prefix(c))
}

/// Inline column constraints: keys name their column explicitly so the tree is the same.
fn column_constraint(c: &TableConstraint) -> String {
    let body = match &c.kind {
        ConstraintKind::ForeignKey { .. } => references(&c.kind),
        _ => return constraint(c),
    };
    format!("{}{body}", constraint_prefix(c))
}

fn references(kind: &ConstraintKind) -> String {
    let ConstraintKind::ForeignKey { references, referenced_columns, on_delete, on_update, .. } = kind else {
        return String::new();
    };
    let mut s = format!("REFERENCES {}", name(references));
    if !referenced_columns.is_empty() {
        let _ = write!(s, " ({})", idents(referenced_columns));
    }
    if let Some(a) = on_delete {
        let _ = write!(s, " ON DELETE {a}");
    }
    if let Some(a) = on_update {
        let _ = write!(s, " ON UPDATE {a}");
    }
    s
}

fn alter_table(out: &mut String, a: &AlterTable) {
    let _ = write!(out, "ALTER TABLE {} ", name(&a.name));
    match &a.action {
        AlterTableAction::Add { with_check, columns, constraints } => {
            match with_check {
                Some(true) => out.push_str("WITH CHECK "),
                Some(false) => out.push_str("WITH NOCHECK "),
                None => {}
            }
            out.push_str("ADD ");
            table_elements(out, columns, constraints);
        }
        AlterTableAction::CheckConstraint { enable, names } => {
            let _ = write!(
                out,
                "{} CONSTRAINT {}",
                if *enable { "CHECK" } else { "NOCHECK" },
                if names.is_empty() { "ALL".to_string() } else { idents(names) }
            );
        }
        AlterTableAction::Drop { columns, constraints } => {
            let mut parts = Vec::new();
            if !constraints.is_empty() {
                parts.push(format!("CONSTRAINT {}", idents(constraints)));
            }
            if !columns.is_empty() {
                parts.push(format!("COLUMN {}", idents(columns)));
            }
            let _ = write!(out, "DROP {}", parts.join(", "));
        }
        AlterTableAction::AlterColumn { column: c, data_type, nullable } => {
            let _ = write!(out, "ALTER COLUMN {} {}", ident(c), data_type.to_tsql());
            match nullable {
                Some(true) => out.push_str(" NULL"),
                Some(false) => out.push_str(" NOT NULL"),
                None => {}
            }
        }
        AlterTableAction::Other { text } => {
            // The kept text starts at the table name.
            out.clear();
            out.push_str("ALTER TABLE ");
            out.push_str(text);
        }
    }
}

fn routine(out: &mut String, r: &Routine, side: &[SideClause]) {
    let word = match r.kind {
        RoutineKind::Procedure => "PROCEDURE",
        RoutineKind::Trigger => "TRIGGER",
        _ => "FUNCTION",
    };
    let _ = write!(out, "{} {word} {}", create_word(r.or_alter, r.alter), name(&r.name));
    let options = if r.options.is_empty() { String::new() } else { format!(" WITH {}", r.options.join(", ")) };
    if let Some(t) = &r.trigger {
        let on = match &t.on {
            TriggerOn::Object(n) => name(n),
            TriggerOn::Database => "DATABASE".into(),
            TriggerOn::AllServer => "ALL SERVER".into(),
        };
        // Trigger options come before the timing.
        let _ = write!(out, " ON {on}{options} {} {}", t.timing, t.events.join(", "));
    }
    let params: Vec<String> = r
        .params
        .iter()
        .map(|p| {
            let mut s = format!("{} {}", ident(&p.name), p.data_type.to_tsql());
            if let Some(d) = &p.default {
                let _ = write!(s, " = {}", expr(d));
            }
            if p.output {
                s.push_str(" OUTPUT");
            }
            if p.readonly {
                s.push_str(" READONLY");
            }
            s
        })
        .collect();
    if r.kind != RoutineKind::Trigger && (r.kind != RoutineKind::Procedure || !params.is_empty()) {
        let _ = write!(out, " ({})", params.join(", "));
    }
    if let Some(t) = &r.returns {
        let _ = write!(out, " RETURNS {}", t.to_tsql());
    }
    if let Some(t) = &r.returns_table {
        let _ = write!(out, " RETURNS {} TABLE (", ident(&t.name));
        table_elements(out, &t.columns, &t.constraints);
        out.push(')');
    }
    if r.kind == RoutineKind::InlineTableFunction {
        out.push_str(" RETURNS TABLE");
    }
    if r.trigger.is_none() {
        out.push_str(&options);
    }
    match &r.body.query {
        Some(q) => {
            let _ = write!(out, " AS\nRETURN {}", sql(&**q, side));
        }
        // A header alone (see `Routine::body`) prints as one.
        None if r.body.statements.is_empty() => {}
        None => {
            out.push_str(" AS\n");
            list(out, &r.body.statements);
        }
    }
}

fn exec(out: &mut String, e: &Exec) {
    out.push_str("EXEC ");
    let Some(p) = &e.procedure else {
        let arg = e.args.first().and_then(|a| a.value.as_ref()).map(expr).unwrap_or_default();
        let _ = write!(out, "({arg})");
        return;
    };
    if let Some(v) = &e.return_var {
        let _ = write!(out, "{} = ", ident(v));
    }
    out.push_str(&name(p));
    let args: Vec<String> = e
        .args
        .iter()
        .map(|a| {
            let mut s = String::new();
            if let Some(n) = &a.name {
                let _ = write!(s, "{} = ", ident(n));
            }
            s.push_str(&a.value.as_ref().map(expr).unwrap_or_else(|| "DEFAULT".into()));
            if a.output {
                s.push_str(" OUTPUT");
            }
            s
        })
        .collect();
    if !args.is_empty() {
        let _ = write!(out, " {}", args.join(", "));
    }
}

/// `node` printed by sqlparser's `Display`, with what it gets wrong for T-SQL fixed on a copy
/// first and the statement's side clauses put back into the text.
fn sql<T>(node: &T, side: &[SideClause]) -> String
where
    T: Clone + std::fmt::Display + Serialize + DeserializeOwned + VisitMut,
{
    splice(fixed(node, side).to_string(), side)
}

/// A copy of `node` that sqlparser's `Display` prints as T-SQL (see [`Fixer`]).
fn fixed<T>(node: &T, side: &[SideClause]) -> T
where
    T: Clone + Serialize + DeserializeOwned + VisitMut,
{
    let mut copy = escape_brackets(node);
    let mut fix = Fixer { side, tables: 0, stack: Vec::new() };
    let _ = copy.visit(&mut fix);
    copy
}

/// A copy of `node` whose bracketed identifiers hold `]` doubled: sqlparser prints `[value]`
/// without escaping. The serde form reaches every `Ident` in any node.
fn escape_brackets<T: Clone + Serialize + DeserializeOwned>(node: &T) -> T {
    fn walk(v: &mut serde_json::Value) -> bool {
        match v {
            serde_json::Value::Object(map) => {
                let mut changed = false;
                if map.get("quote_style").and_then(|q| q.as_str()) == Some("[") {
                    if let Some(serde_json::Value::String(s)) = map.get_mut("value") {
                        if s.contains(']') {
                            *s = s.replace(']', "]]");
                            changed = true;
                        }
                    }
                }
                for v in map.values_mut() {
                    changed |= walk(v);
                }
                changed
            }
            serde_json::Value::Array(items) => {
                let mut changed = false;
                for v in items {
                    changed |= walk(v);
                }
                changed
            }
            _ => false,
        }
    }
    let Ok(mut json) = serde_json::to_value(node) else { return node.clone() };
    if !walk(&mut json) {
        return node.clone();
    }
    serde_json::from_value(json).unwrap_or_else(|_| node.clone())
}

/// A name printed exactly as `text` (an unquoted identifier prints its value as it is).
fn raw(text: String) -> ObjectName {
    ObjectName::from(vec![Ident::new(text)])
}

fn quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Rewrites a copy so that sqlparser's `Display` prints T-SQL. Children are fixed before their
/// parents (post-order), so a parent's text includes its children's fixes.
struct Fixer<'a> {
    side: &'a [SideClause],
    /// `TableFactor::Table` nodes seen so far (the count side clauses use).
    tables: usize,
    /// The table index of each table factor being visited (`None` for other factors).
    stack: Vec<Option<usize>>,
}

impl VisitorMut for Fixer<'_> {
    type Break = ();

    fn pre_visit_table_factor(&mut self, f: &mut TableFactor) -> ControlFlow<()> {
        if matches!(f, TableFactor::Table { .. }) {
            self.stack.push(Some(self.tables));
            self.tables += 1;
        } else {
            self.stack.push(None);
        }
        ControlFlow::Continue(())
    }

    fn post_visit_table_factor(&mut self, f: &mut TableFactor) -> ControlFlow<()> {
        let index = self.stack.pop().flatten();
        let TableFactor::Table { name, version, .. } = f else { return ControlFlow::Continue(()) };
        let period = index.and_then(|i| {
            self.side.iter().find_map(|c| match &c.kind {
                SideClauseKind::SystemTime { table, period } if *table == i => Some(period),
                _ => None,
            })
        });
        if version.is_none() && period.is_none() {
            return ControlFlow::Continue(());
        }
        // T-SQL puts the period right after the name, before the alias and hints; sqlparser's
        // Display puts it last.
        let mut text = name.to_string();
        match version.take() {
            Some(TableVersion::ForSystemTimeAsOf(e)) => {
                let _ = write!(text, " FOR SYSTEM_TIME AS OF {e}");
            }
            Some(other) => {
                let _ = write!(text, " {other}");
            }
            None => {}
        }
        if let Some(p) = period {
            text.push_str(" FOR SYSTEM_TIME ");
            text.push_str(&match p.as_ref() {
                SystemTimePeriod::FromTo(a, b) => format!("FROM {} TO {}", expr(a), expr(b)),
                SystemTimePeriod::Between(a, b) => format!("BETWEEN {} AND {}", expr(a), expr(b)),
                SystemTimePeriod::ContainedIn(a, b) => format!("CONTAINED IN ({}, {})", expr(a), expr(b)),
                SystemTimePeriod::All => "ALL".to_string(),
            });
        }
        *name = raw(text);
        ControlFlow::Continue(())
    }

    fn post_visit_value(&mut self, value: &mut ValueWithSpan) -> ControlFlow<()> {
        // `Display` prints binary literals as `X'0A'`, which T-SQL reads as a name and a string.
        if let Value::HexStringLiteral(hex) = &value.value {
            value.value = Value::Number(format!("0x{hex}"), false);
        }
        ControlFlow::Continue(())
    }

    fn post_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
        // `NEXT VALUE FOR seq [OVER (...)]` is held as a call of `NEXT VALUE FOR` with the
        // sequence as its one argument (see the dialect).
        if let Expr::Function(f) = e {
            if super::clauses::is_next_value_for(f) {
                let seq = match &f.args {
                    FunctionArguments::List(l) => l.args.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(", "),
                    _ => String::new(),
                };
                f.name = raw(format!("{NEXT_VALUE_FOR} {seq}"));
                f.args = FunctionArguments::None;
            }
        }
        ControlFlow::Continue(())
    }

    fn post_visit_query(&mut self, q: &mut sqlparser::ast::Query) -> ControlFlow<()> {
        variable_assignments(&mut q.body);
        // sqlparser prints the names of FOR XML / FOR JSON inside quotes without doubling `'`.
        let double = |s: &mut String| *s = s.replace('\'', "''");
        match &mut q.for_clause {
            Some(ForClause::Xml { for_xml, root, .. }) => {
                if let ForXml::Raw(Some(n)) | ForXml::Path(Some(n)) = for_xml {
                    double(n);
                }
                if let Some(r) = root {
                    double(r);
                }
            }
            Some(ForClause::Json { root: Some(r), .. }) => double(r),
            _ => {}
        }
        ControlFlow::Continue(())
    }

    fn post_visit_statement(&mut self, s: &mut Statement) -> ControlFlow<()> {
        match s {
            // MERGE's target takes its hints before the alias: `MERGE t WITH (HOLDLOCK) AS x`.
            Statement::Merge(m) => {
                if let TableFactor::Table { name, alias: Some(_), with_hints, .. } = &mut m.table {
                    if !with_hints.is_empty() {
                        let hints: Vec<String> = with_hints.drain(..).map(|h| h.to_string()).collect();
                        *name = raw(format!("{name} WITH ({})", hints.join(", ")));
                    }
                }
            }
            // `DELETE t OUTPUT ... FROM s`: T-SQL's OUTPUT comes before the second FROM.
            Statement::Delete(d) if !d.tables.is_empty() => {
                if let (Some(output), Some(last)) = (d.output.take(), d.tables.last_mut()) {
                    *last = raw(format!("{last} {output}"));
                }
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }
}

/// Put the side clauses that sit inside printed text (join hints, FOR XML options, DML TOP) back
/// at their places, found by count on the printed tokens.
fn splice(text: String, side: &[SideClause]) -> String {
    if side.iter().all(|c| matches!(c.kind, SideClauseKind::SystemTime { .. })) {
        return text;
    }
    let Ok(tokens) = Tokenizer::new(&DIALECT, &text).tokenize_with_location() else { return text };
    let offsets = ByteOffsets::new(&text);
    let words: Vec<(usize, String)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match &t.token {
            Token::Word(w) if w.quote_style.is_none() => Some((i, w.value.to_ascii_uppercase())),
            _ => None,
        })
        .collect();
    let joins: Vec<usize> = words.iter().filter(|(_, w)| w == "JOIN").map(|(i, _)| *i).collect();
    let fors = |what: &str| -> Vec<usize> {
        words.windows(2).filter(|p| p[0].1 == "FOR" && p[1].1 == what).map(|p| p[0].0).collect()
    };
    let (xml, json) = (fors("XML"), fors("JSON"));
    // (byte offset, order among parts at the same offset, text)
    let mut inserts: Vec<(usize, u8, String)> = Vec::new();
    for c in side {
        match &c.kind {
            SideClauseKind::JoinHint { join, hint } => {
                if let Some(&t) = joins.get(*join) {
                    inserts.push((offsets.at(tokens[t].span.start), 1, format!("{} ", hint.keyword())));
                }
            }
            SideClauseKind::ForXml { clause, option } => {
                let Some(&t) = xml.get(*clause) else { continue };
                let ends = xml_clause_ends(&tokens, t);
                // In the documented order: the options go before `, ELEMENTS` (sqlparser prints
                // it last), the ELEMENTS mode right after ELEMENTS.
                let before_elements = ends.elements_comma.unwrap_or(ends.end);
                let (at, text) = match option {
                    ForXmlOption::ElementsXsinil => (ends.elements, " XSINIL".to_string()),
                    ForXmlOption::ElementsAbsent => (ends.elements, " ABSENT".to_string()),
                    ForXmlOption::XmlData => (Some(before_elements), ", XMLDATA".to_string()),
                    ForXmlOption::XmlSchema(Some(uri)) => {
                        (Some(before_elements), format!(", XMLSCHEMA({})", quoted(uri)))
                    }
                    ForXmlOption::XmlSchema(None) => (Some(before_elements), ", XMLSCHEMA".to_string()),
                    ForXmlOption::Root => (Some(before_elements), ", ROOT".to_string()),
                };
                if let Some(at) = at {
                    inserts.push((offsets.at(at), super::clauses::xml_option_rank(option), text));
                }
            }
            SideClauseKind::DmlTop(top) => {
                let mut depth = 0i32;
                let dml = tokens.iter().find(|t| match &t.token {
                    Token::LParen => {
                        depth += 1;
                        false
                    }
                    Token::RParen => {
                        depth -= 1;
                        false
                    }
                    Token::Word(w) if depth == 0 && w.quote_style.is_none() => {
                        matches!(w.value.to_ascii_uppercase().as_str(), "DELETE" | "UPDATE" | "INSERT" | "MERGE")
                    }
                    _ => false,
                });
                if let (Some(t), Some(sqlparser::ast::TopQuantity::Expr(q))) = (dml, &top.quantity) {
                    let percent = if top.percent { " PERCENT" } else { "" };
                    inserts.push((offsets.at(t.span.end), 1, format!(" TOP ({}){percent}", expr(q))));
                }
            }
            SideClauseKind::ForJsonRoot { clause } => {
                // Right after the mode word: `FOR JSON PATH, ROOT`.
                let next =
                    |from: usize| (from..tokens.len()).find(|&j| !matches!(tokens[j].token, Token::Whitespace(_)));
                let mode = json.get(*clause).and_then(|&t| next(t + 1)).and_then(|j| next(j + 1));
                if let Some(m) = mode {
                    inserts.push((offsets.at(tokens[m].span.end), 1, ", ROOT".to_string()));
                }
            }
            SideClauseKind::CurrentOf { cursor, global } => {
                let global = if *global { "GLOBAL " } else { "" };
                inserts.push((text.len(), 2, format!(" WHERE CURRENT OF {global}{}", ident(cursor))));
            }
            SideClauseKind::SystemTime { .. } => {}
        }
    }
    // Several parts at one place keep their source order.
    inserts.sort_by_key(|(at, order, _)| (*at, *order));
    let mut out = String::with_capacity(text.len() + 64);
    let mut from = 0;
    for (at, _, piece) in inserts {
        let at = at.clamp(from, text.len());
        out.push_str(&text[from..at]);
        out.push_str(&piece);
        from = at;
    }
    out.push_str(&text[from..]);
    out
}

/// Places in a `FOR XML` clause as sqlparser prints it.
struct XmlClauseEnds {
    /// Where the `,` before `ELEMENTS` starts, if the clause has ELEMENTS.
    elements_comma: Option<Location>,
    /// Where `ELEMENTS` ends.
    elements: Option<Location>,
    /// Where the clause ends.
    end: Location,
}

/// Places in the `FOR XML` clause whose `FOR` is token `for_at`.
fn xml_clause_ends(tokens: &[TokenWithSpan], for_at: usize) -> XmlClauseEnds {
    let next = |from: usize| (from..tokens.len()).find(|&j| !matches!(tokens[j].token, Token::Whitespace(_)));
    let word = |j: usize| match &tokens[j].token {
        Token::Word(w) => w.value.to_ascii_uppercase(),
        _ => String::new(),
    };
    let skip_parens = |j: usize| -> usize {
        match next(j + 1) {
            Some(o) if tokens[o].token == Token::LParen => {
                (o..tokens.len()).find(|&c| tokens[c].token == Token::RParen).unwrap_or(j)
            }
            _ => j,
        }
    };
    // FOR XML mode [('name')]
    let mode = next(for_at + 1).and_then(|x| next(x + 1)).unwrap_or(for_at);
    let mut last = skip_parens(mode);
    let (mut elements, mut elements_comma) = (None, None);
    while let Some(comma) = next(last + 1).filter(|&c| tokens[c].token == Token::Comma) {
        let Some(opt) = next(comma + 1) else { break };
        last = match word(opt).as_str() {
            "BINARY" => next(opt + 1).unwrap_or(opt),
            "TYPE" => opt,
            "ROOT" => skip_parens(opt),
            "ELEMENTS" => {
                elements_comma = Some(tokens[comma].span.start);
                elements = Some(tokens[opt].span.end);
                opt
            }
            _ => break,
        };
    }
    XmlClauseEnds { elements_comma, elements, end: tokens[last].span.end }
}

/// Byte offsets of tokenizer locations (1-based line, 1-based character column) in one text.
struct ByteOffsets<'t> {
    text: &'t str,
    lines: Vec<usize>,
}

impl<'t> ByteOffsets<'t> {
    fn new(text: &'t str) -> Self {
        let mut lines = vec![0];
        lines.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        ByteOffsets { text, lines }
    }

    fn at(&self, loc: Location) -> usize {
        let Some(&start) = self.lines.get((loc.line as usize).saturating_sub(1)) else { return self.text.len() };
        let line = &self.text[start..];
        let col = (loc.column as usize).saturating_sub(1);
        start + line.char_indices().nth(col).map_or(line.len(), |(i, _)| i)
    }
}

/// Whether two statements (or any two nodes) are the same tree, ignoring where they came from
/// (every `span`, sqlparser's attached tokens, and the source text kept beside a parsed routine
/// body).
pub fn same_tree<T: Serialize>(a: &T, b: &T) -> bool {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                // sqlparser's `AttachedToken` (`select_token`, ...) holds the keyword as written
                // (`select` or `SELECT`) only to locate the node; its own `PartialEq` ignores it.
                if map.len() == 2 && map.contains_key("token") && map.contains_key("span") {
                    map.clear();
                    return;
                }
                map.remove("span");
                // sqlparser's attached tokens (`select_token`, ...) keep the keyword as written
                // (`select` or `SELECT`); its own equality ignores them, and so do we.
                map.remove("token");
                // A routine body keeps its source text beside the parsed statements.
                if map.contains_key("statements") && map.contains_key("query") {
                    map.remove("text");
                }
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    match (serde_json::to_value(a), serde_json::to_value(b)) {
        (Ok(mut x), Ok(mut y)) => {
            strip(&mut x);
            strip(&mut y);
            x == y
        }
        _ => false,
    }
}

/// `SELECT @v = expr` is held as `expr AS @v`, which T-SQL rejects: printed `@v = expr`, which
/// parses back to the same tree.
fn variable_assignments(body: &mut SetExpr) {
    match body {
        SetExpr::Select(select) => {
            for item in &mut select.projection {
                if let SelectItem::ExprWithAlias { expr: e, alias } = item {
                    if alias.quote_style.is_none() && alias.value.starts_with('@') {
                        let assignment = Expr::BinaryOp {
                            left: Box::new(Expr::Identifier(alias.clone())),
                            op: BinaryOperator::Eq,
                            right: Box::new(e.clone()),
                        };
                        *item = SelectItem::UnnamedExpr(assignment);
                    }
                }
            }
        }
        SetExpr::SetOperation { left, right, .. } => {
            variable_assignments(left);
            variable_assignments(right);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_batch;
    use crate::source::{load_memory, split_batches};
    use proptest::prelude::*;

    fn parse(sql: &str) -> Vec<ParsedStatement> {
        let loaded = load_memory(vec![("p.sql".into(), sql.as_bytes().to_vec())]);
        let mut out = Vec::new();
        for b in split_batches(&loaded.sources.files[0]).batches {
            let parsed = parse_batch(&b);
            assert!(parsed.diagnostics.is_empty(), "{sql}\n{:?}", parsed.diagnostics);
            out.extend(parsed.statements);
        }
        out
    }

    /// Print one statement script and parse the text again: the same trees, and the text.
    fn round_trip(sql: &str) -> String {
        let first = parse(sql);
        let printed: Vec<String> = first.iter().map(to_tsql).collect();
        let second = parse(&printed.join("\nGO\n"));
        assert_eq!(first.len(), second.len(), "{sql}\n{printed:?}");
        for ((a, b), text) in first.iter().zip(&second).zip(&printed) {
            assert!(same_tree(a, b), "{sql}\nprinted as\n{text}");
        }
        printed.join("\n")
    }

    #[test]
    fn what_sqlparser_prints_wrong_is_fixed() {
        assert_eq!(round_trip("SELECT 1 AS [[x]]]"), "SELECT 1 AS [[x]]]");
        assert_eq!(
            round_trip("SELECT [x] FROM [a].[b] FOR SYSTEM_TIME AS OF 'foo' AS alias"),
            "SELECT [x] FROM [a].[b] FOR SYSTEM_TIME AS OF 'foo' AS alias"
        );
        assert_eq!(
            round_trip("MERGE INTO t WITH (HOLDLOCK) AS T USING s AS S ON (T.id = S.id) WHEN MATCHED THEN DELETE"),
            "MERGE INTO t WITH (HOLDLOCK) AS T USING s AS S ON (T.id = S.id) WHEN MATCHED THEN DELETE"
        );
        assert_eq!(round_trip("DELETE x OUTPUT x.a FROM z"), "DELETE x OUTPUT x.a FROM z");
        assert_eq!(
            round_trip("SELECT NEXT VALUE FOR db.s.q OVER (ORDER BY foo), col"),
            "SELECT NEXT VALUE FOR db.s.q OVER (ORDER BY foo), col"
        );
        assert_eq!(round_trip("SELECT * FROM t FOR XML PATH('it''s')"), "SELECT * FROM t FOR XML PATH('it''s')");
        assert_eq!(
            round_trip("SELECT geography::Point(47.6, -122.3, 4326).STAsText(), [dbo].[T]::M(1)"),
            "SELECT geography::Point(47.6, -122.3, 4326).STAsText(), [dbo].[T]::M(1)"
        );
    }

    #[test]
    fn create_table_as_select_round_trips() {
        assert_eq!(
            round_trip("CREATE TABLE [dbo].[x]\nWITH (DISTRIBUTION = HASH([id]), CLUSTERED COLUMNSTORE INDEX)\nAS\nSELECT [id] FROM [dbo].[y]"),
            "CREATE TABLE [dbo].[x] WITH (DISTRIBUTION = HASH([id]), CLUSTERED COLUMNSTORE INDEX) AS SELECT [id] FROM [dbo].[y]"
        );
        round_trip("CREATE TABLE t3 WITH (DISTRIBUTION = ROUND_ROBIN, HEAP) AS SELECT 1 AS a OPTION (LABEL = 'ctas')");
    }

    #[test]
    fn side_clauses_print_at_their_place() {
        assert_eq!(
            round_trip("SELECT * FROM t FOR XML EXPLICIT, XMLDATA, BINARY BASE64, TYPE, ROOT('R')"),
            "SELECT * FROM t FOR XML EXPLICIT, BINARY BASE64, TYPE, ROOT('R'), XMLDATA"
        );
        assert_eq!(
            round_trip("SELECT * FROM t FOR XML RAW('r'), XMLSCHEMA('urn:x'), ELEMENTS XSINIL"),
            "SELECT * FROM t FOR XML RAW('r'), XMLSCHEMA('urn:x'), ELEMENTS XSINIL"
        );
        assert_eq!(
            round_trip("SELECT x FROM a INNER JOIN b ON 1 = 1 LEFT OUTER HASH JOIN c ON 1 = 1"),
            "SELECT x FROM a INNER JOIN b ON 1 = 1 LEFT OUTER HASH JOIN c ON 1 = 1"
        );
        assert_eq!(
            round_trip(
                "SELECT x FROM a FOR SYSTEM_TIME CONTAINED IN (@f, @t) AS h JOIN b FOR SYSTEM_TIME ALL ON 1 = 1"
            ),
            "SELECT x FROM a FOR SYSTEM_TIME CONTAINED IN (@f, @t) AS h JOIN b FOR SYSTEM_TIME ALL ON 1 = 1"
        );
        assert_eq!(round_trip("DELETE TOP (5) PERCENT FROM t"), "DELETE TOP (5) PERCENT FROM t");
        assert_eq!(
            round_trip("SELECT a FROM t FOR JSON PATH, ROOT, WITHOUT_ARRAY_WRAPPER"),
            "SELECT a FROM t FOR JSON PATH, ROOT, WITHOUT_ARRAY_WRAPPER"
        );
        assert_eq!(round_trip("UPDATE TOP (@n) q SET a = 1"), "UPDATE TOP (@n) q SET a = 1");
        assert_eq!(
            round_trip("UPDATE t SET a = 1 WHERE CURRENT OF GLOBAL [c]"),
            "UPDATE t SET a = 1 WHERE CURRENT OF GLOBAL [c]"
        );
        assert_eq!(round_trip("DELETE t WHERE CURRENT OF c"), "DELETE FROM t WHERE CURRENT OF c");
        // Each statement owns the parts inside it: the IF's condition, then its branch.
        let text = round_trip(
            "IF EXISTS (SELECT 1 FROM a INNER HASH JOIN b ON 1 = 1)\n  SELECT 1 FROM c INNER LOOP JOIN d ON 1 = 1 OPTION (MAXDOP 1)",
        );
        assert!(text.contains("INNER HASH JOIN b") && text.contains("INNER LOOP JOIN d"), "{text}");
        assert!(text.contains("OPTION (MAXDOP 1)"), "{text}");
        let text = round_trip("CREATE VIEW v AS SELECT * FROM a FOR SYSTEM_TIME FROM '2020-01-01' TO '2021-01-01'");
        assert!(text.ends_with("FROM a FOR SYSTEM_TIME FROM '2020-01-01' TO '2021-01-01'"), "{text}");
    }

    fn ident() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-z][a-z0-9_]{0,6}".prop_filter("not a keyword", |s| !crate::parse::driver::is_statement_word(
                &s.to_ascii_uppercase()
            ) && !matches!(
                s.as_str(),
                "as" | "on" | "in" | "is" | "or" | "and" | "not" | "end" | "by" | "to" | "of" | "at" | "if" | "go"
            )),
            "[A-Z][a-z]{1,6}( [A-Z][a-z]{1,4})?".prop_map(|s| format!("[{s}]")),
        ]
    }

    fn expr() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            ident(),
            (0i64..1000).prop_map(|n| n.to_string()),
            "[a-z ]{0,8}".prop_map(|s| format!("N'{s}'")),
            Just("NULL".to_string()),
            "@[a-z]{1,5}".prop_map(|s| s),
        ];
        leaf.prop_recursive(3, 12, 3, |inner| {
            prop_oneof![
                (inner.clone(), prop_oneof![Just("+"), Just("-"), Just("*"), Just("/")], inner.clone())
                    .prop_map(|(a, op, b)| format!("{a} {op} {b}")),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("ISNULL({a}, {b})")),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("CASE WHEN {a} > {b} THEN {a} ELSE {b} END")),
                inner.clone().prop_map(|a| format!("({a})")),
                inner.prop_map(|a| format!("CAST({a} AS nvarchar(20))")),
            ]
        })
    }

    fn sql_type() -> impl Strategy<Value = &'static str> {
        prop_oneof![
            Just("int"),
            Just("[nvarchar](50)"),
            Just("decimal(10, 2)"),
            Just("datetime2(7)"),
            Just("varchar(max)"),
            Just("bit")
        ]
    }

    fn statement() -> impl Strategy<Value = String> {
        prop_oneof![
            (ident(), proptest::collection::vec((ident(), sql_type(), any::<bool>()), 1..5), expr()).prop_map(|(t, cols, e)| {
                let mut defs: Vec<String> = cols
                    .iter()
                    .enumerate()
                    .map(|(i, (c, ty, nn))| {
                        // Unique names: the index goes inside brackets when the name has them.
                        let name = match c.strip_suffix(']') {
                            Some(inner) => format!("{inner}{i}]"),
                            None => format!("{c}{i}"),
                        };
                        format!("{name} {ty}{}", if *nn { " NOT NULL" } else { " NULL" })
                    })
                    .collect();
                defs.push(format!("calc AS ({e}) PERSISTED"));
                defs.push("id int IDENTITY(1, 1) NOT NULL".into());
                defs.push("CONSTRAINT [PK_x] PRIMARY KEY CLUSTERED (id ASC)".into());
                format!("CREATE TABLE dbo.{t} ({}) ON [PRIMARY]", defs.join(", "))
            }),
            (ident(), expr(), expr()).prop_map(|(v, a, b)| format!("CREATE VIEW dbo.{v} AS SELECT {a} AS x, {b} AS y FROM dbo.t WHERE {a} > {b}")),
            (ident(), expr()).prop_map(|(t, e)| format!("INSERT INTO dbo.{t} (a, b) VALUES (1, {e})")),
            (ident(), expr(), expr()).prop_map(|(p, a, b)| format!(
                "CREATE PROCEDURE dbo.{p} @a int, @b nvarchar(10) = NULL OUTPUT AS\nBEGIN\nSET NOCOUNT ON\nIF {a} > {b}\n  SELECT {a} AS v\nELSE\nBEGIN\n  UPDATE dbo.t SET c = {b} WHERE d = 1\n  RETURN 1\nEND\nWHILE @a < 10\n  SET @a = @a + 1\nBEGIN TRY\n  BEGIN TRAN\n  DELETE FROM dbo.t WHERE c = {a}\n  COMMIT TRAN\nEND TRY\nBEGIN CATCH\n  ROLLBACK\nEND CATCH\nEND"
            )),
            (ident(), expr()).prop_map(|(p, e)| format!("EXEC dbo.{p} @x = {e}, @y = DEFAULT")),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// Generated statements: parse → print → parse gives the same tree.
        #[test]
        fn print_round_trips(stmts in proptest::collection::vec(statement(), 1..4)) {
            let sql = stmts.join("\nGO\n");
            let first = parse(&sql);
            let printed: Vec<String> = first.iter().map(to_tsql).collect();
            let second = parse(&printed.join("\nGO\n"));
            prop_assert_eq!(first.len(), second.len());
            for ((a, b), text) in first.iter().zip(&second).zip(&printed) {
                prop_assert!(same_tree(a, b), "not the same tree after printing:\n{}", text);
            }
        }
    }
}
