//! Printing statements back as T-SQL, for round trips (parse → print → parse gives the same tree)
//! and for showing statements in reports. sqlparser nodes print through their `Display`; our own
//! nodes print here. Statements inside blocks end with `;` so the printed text never depends on
//! line breaks.

use super::ast::*;
use sqlparser::ast::{
    BinaryOperator, Expr, Ident, ObjectName, Query, SelectItem, SetExpr, Value, ValueWithSpan, VisitMut, VisitorMut,
};
use std::fmt::Write;
use std::ops::ControlFlow;

/// T-SQL text of a statement.
pub fn to_tsql(stmt: &Stmt) -> String {
    let mut out = String::new();
    stmt_into(&mut out, stmt);
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

fn list(out: &mut String, stmts: &[ParsedStatement]) {
    for s in stmts {
        stmt_into(out, &s.stmt);
        if !s.hints.is_empty() {
            let _ = write!(out, " OPTION ({})", s.hints.join(", "));
        }
        out.push_str(";\n");
    }
}

fn expr(e: &Expr) -> String {
    tsql_text(e)
}

/// A sqlparser node printed as T-SQL: its `Display`, after rewriting (on a copy) what that
/// `Display` does not print as T-SQL:
/// - binary literals print as `X'0A'`, which T-SQL reads as a name and a string: printed `0x0A`;
/// - `SELECT @v = expr` is held as `expr AS @v`, which T-SQL rejects: printed `@v = expr` (which
///   parses back to the same tree).
fn tsql_text<T: Clone + std::fmt::Display + VisitMut>(node: &T) -> String {
    let mut copy = node.clone();
    let _ = copy.visit(&mut TsqlSpelling);
    copy.to_string()
}

struct TsqlSpelling;

impl VisitorMut for TsqlSpelling {
    type Break = ();
    fn post_visit_value(&mut self, value: &mut ValueWithSpan) -> ControlFlow<()> {
        if let Value::HexStringLiteral(hex) = &value.value {
            value.value = Value::Number(format!("0x{hex}"), false);
        }
        ControlFlow::Continue(())
    }
    fn post_visit_query(&mut self, query: &mut Query) -> ControlFlow<()> {
        variable_assignments(&mut query.body);
        ControlFlow::Continue(())
    }
}

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

fn stmt_into(out: &mut String, stmt: &Stmt) {
    match stmt {
        // sqlparser prints `DECLARE @a int, @b int` as `DECLARE @a int; @b int` (not T-SQL).
        Stmt::Sql(s) => match s.as_ref() {
            sqlparser::ast::Statement::Declare { stmts } if stmts.len() > 1 => {
                let parts: Vec<String> = stmts.iter().map(|d| d.to_string()).collect();
                let _ = write!(out, "DECLARE {}", parts.join(", "));
            }
            other => out.push_str(&tsql_text(other)),
        },
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
                let _ = write!(out, " AS {}", tsql_text(q.as_ref()));
            }
            if v.check_option {
                out.push_str(" WITH CHECK OPTION");
            }
        }
        Stmt::CreateRoutine(r) => routine(out, r),
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
            let _ = writeln!(out, "IF {}", expr(condition));
            stmt_into(out, &then.stmt);
            if let Some(o) = otherwise {
                out.push_str(";\nELSE\n");
                stmt_into(out, &o.stmt);
            }
        }
        Stmt::While { condition, body } => {
            let _ = writeln!(out, "WHILE {}", expr(condition));
            stmt_into(out, &body.stmt);
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
                let _ = write!(out, " {}", expr(e));
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
                tsql_text(query.as_ref())
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

fn routine(out: &mut String, r: &Routine) {
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
            let _ = write!(out, " AS\nRETURN {}", tsql_text(q.as_ref()));
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

/// Whether two statements are the same tree, ignoring where they came from (every `span`, the
/// tokens sqlparser keeps only for their location, and the source text kept beside a parsed
/// routine body).
pub fn same_tree(a: &Stmt, b: &Stmt) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_batch;
    use crate::source::{load_memory, split_batches};
    use proptest::prelude::*;

    fn parse(sql: &str) -> Vec<Stmt> {
        let loaded = load_memory(vec![("p.sql".into(), sql.as_bytes().to_vec())]);
        let mut out = Vec::new();
        for b in split_batches(&loaded.sources.files[0]).batches {
            let parsed = parse_batch(&b);
            assert!(parsed.diagnostics.is_empty(), "{sql}\n{:?}", parsed.diagnostics);
            out.extend(parsed.statements.into_iter().map(|s| s.stmt));
        }
        out
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
