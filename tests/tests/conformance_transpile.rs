//! Transpile conformance against sqlglot (`../shared/conformance/sqlglot-tsql.jsonl`, the
//! `transpile` records): for every target with an expectation, our output is compared by meaning
//! with sqlglot's, and each case is classified:
//!
//! - `equal`: same meaning;
//! - `flagged`: different, and we said so (a DM3xxx warning or error, or nothing emitted);
//! - `reasoned`: different without a diagnostic, but reviewed: sqlglot is wrong about SQL Server
//!   or spells the same thing in a way the normaliser cannot see. The id and the reason are in
//!   `tests/fixtures/conformance_transpile_exceptions.json`;
//! - `differs`: silently different;
//! - `error`: we did not parse the T-SQL.
//!
//! How meaning is compared (ADR 0007): on DuckDB, when the two ASTs differ and both sides are
//! queries, both run in DuckDB (one Python process for all cases) and their rows or error classes
//! are compared; a side that does not get to run (a missing table or column, a parser or binder
//! error) falls back to the AST verdict. Otherwise both sides are parsed with sqlparser in the target's dialect (GenericDialect
//! when that fails) and normalised ASTs are compared: spans, redundant parentheses, identifier
//! case where the target folds or ignores it, quoting, synonymous type names, `::` casts,
//! empty argument lists and the target's default null ordering are normalised away. A T-SQL input
//! that is a bare expression (`GETDATE()`) is wrapped as `SELECT <expr>`, and so is every
//! expectation for it. Databricks uses sqlglot's `databricks` expectation, else its `spark` one.
//!
//! The committed snapshot holds the per-target table and every case that is not `equal`, so a
//! change that breaks or fixes a case shows in review. No input is special-cased.

use datamigrate_core::diagnostics::Severity;
use datamigrate_core::parse::dialect::TsqlDialect;
use datamigrate_core::parse::{parse_batch, Stmt};
use datamigrate_core::source::{load_memory, split_batches};
use datamigrate_core::transpile::script::transpile_script;
use datamigrate_core::Target;
use datamigrate_tests::{repo_root, run_duckdb};
use serde_json::{json, Map, Value};
use sqlparser::ast::{DataType, Statement};
use sqlparser::dialect::{
    BigQueryDialect, DatabricksDialect, Dialect, DuckDbDialect, GenericDialect, MsSqlDialect, PostgreSqlDialect,
    RedshiftSqlDialect, SnowflakeDialect,
};
use sqlparser::parser::Parser;
use sqlparser::tokenizer::Token;
use std::collections::{BTreeMap, BTreeSet};

/// Our targets and the sqlglot dialect keys that hold their expectation, first found wins.
const TARGETS: [(Target, &[&str]); 8] = [
    (Target::DuckDb, &["duckdb"]),
    (Target::Postgres, &["postgres"]),
    (Target::Snowflake, &["snowflake"]),
    (Target::BigQuery, &["bigquery"]),
    (Target::Databricks, &["databricks", "spark"]),
    (Target::Redshift, &["redshift"]),
    (Target::Fabric, &["fabric"]),
    (Target::TSql, &["tsql"]),
];

/// Targets that must reach [`MIN_RATE`] (issue 5); Fabric and T-SQL are reported only.
const GATED: [Target; 6] =
    [Target::DuckDb, Target::Postgres, Target::Snowflake, Target::BigQuery, Target::Databricks, Target::Redshift];
const MIN_RATE: f64 = 95.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    Equal,
    Flagged,
    Reasoned,
    Differs,
    Error,
}

struct Case {
    id: String,
    target: Target,
    /// The sqlglot dialect key the expectation came from.
    key: &'static str,
    tsql: String,
    expected: String,
    /// Our SQL, statements joined with `;\n`; `None` when a statement was not emitted.
    ours: Option<String>,
    /// Codes of our DM3xxx warnings and errors.
    flags: Vec<String>,
    /// Parse diagnostic, when we did not parse the input.
    parse_error: Option<String>,
}

/// Is `sql` one T-SQL expression (as sqlglot's `parse_one` accepts)?
fn is_expression(sql: &str) -> bool {
    let dialect = TsqlDialect::new();
    let Ok(mut p) = Parser::new(&dialect).try_with_sql(sql) else { return false };
    p.parse_expr().is_ok() && p.peek_token_ref().token == Token::EOF
}

fn transpile(case_id: &str, tsql: &str, target: Target) -> (Option<String>, Vec<String>, Option<String>) {
    let out = transpile_script(&format!("{case_id}.sql"), tsql.as_bytes().to_vec(), target);
    let all = out.diagnostics.iter().chain(out.statements.iter().flat_map(|s| &s.diagnostics));
    let mut flags = Vec::new();
    let mut parse_error = None;
    for d in all {
        let code = d.code.as_str();
        if matches!(code, "DM1101" | "DM1102" | "DM1103" | "DM1104") && parse_error.is_none() {
            parse_error = Some(format!("{code} {}", d.message));
        }
        if code.starts_with("DM3") && d.severity != Severity::Info {
            flags.push(code.to_string());
        }
    }
    if out.statements.is_empty() && parse_error.is_none() {
        parse_error = Some("no statement".into());
    }
    flags.sort();
    flags.dedup();
    let sqls: Option<Vec<String>> = out.statements.iter().map(|s| s.sql.clone()).collect();
    (sqls.map(|s| s.join(";\n")), flags, parse_error)
}

fn dialect(target: Target) -> Box<dyn Dialect> {
    match target {
        Target::DuckDb => Box::new(DuckDbDialect {}),
        Target::Postgres => Box::new(PostgreSqlDialect {}),
        Target::Snowflake => Box::new(SnowflakeDialect),
        Target::BigQuery => Box::new(BigQueryDialect),
        Target::Databricks => Box::new(DatabricksDialect {}),
        Target::Redshift => Box::new(RedshiftSqlDialect {}),
        _ => Box::new(MsSqlDialect {}),
    }
}

fn parse(sql: &str, target: Target) -> Option<Vec<Statement>> {
    Parser::parse_sql(&*dialect(target), sql).ok().or_else(|| Parser::parse_sql(&GenericDialect {}, sql).ok())
}

/// T-SQL (the `tsql` and `fabric` targets) through our own parser, which reads more T-SQL than
/// sqlparser's MsSqlDialect: every statement as JSON, or `None` when one does not parse.
fn parse_tsql(sql: &str) -> Option<Value> {
    let loaded = load_memory(vec![("case.sql".into(), sql.as_bytes().to_vec())]);
    let mut out = Vec::new();
    for file in &loaded.sources.files {
        for batch in split_batches(file).batches {
            let parsed = parse_batch(&batch);
            if !parsed.diagnostics.is_empty()
                || parsed.statements.iter().any(|s| matches!(s.stmt, Stmt::Unparsed { .. }))
            {
                return None;
            }
            for s in parsed.statements {
                out.push(serde_json::to_value(&s.stmt).ok()?);
            }
        }
    }
    (!out.is_empty()).then_some(Value::Array(out))
}

/// How the target treats the case of identifiers (the test's own knowledge, from each vendor's
/// documentation): Redshift folds quoted names to lower case too unless
/// `enable_case_sensitive_identifier` is on, so case never matters there.
#[derive(Clone, Copy)]
enum Fold {
    Insensitive,
    Lower,
    Upper,
}

fn fold(target: Target) -> Fold {
    match target {
        Target::Postgres => Fold::Lower,
        Target::Snowflake => Fold::Upper,
        _ => Fold::Insensitive,
    }
}

/// Where NULLs sort when ORDER BY does not say: `(ascending, descending)` NULLS FIRST?
fn default_nulls_first(target: Target) -> (bool, bool) {
    match target {
        // DuckDB: NULLS LAST in both directions (default_null_order).
        Target::DuckDb => (false, false),
        // NULL is the largest value.
        Target::Postgres | Target::Snowflake | Target::Redshift => (false, true),
        // NULL is the smallest value (SQL Server, BigQuery, Spark).
        _ => (true, false),
    }
}

/// Type names that mean the same type on the target, as one spelling (aliases documented by each
/// vendor: DuckDB's DATETIME is TIMESTAMP and its VARCHAR ignores lengths, FLOAT is REAL on
/// DuckDB and Databricks, ...).
fn type_name(dt: &DataType, target: Target) -> String {
    let text = dt.to_string().to_uppercase();
    let (base, args) = match text.find('(') {
        Some(i) => (text[..i].trim().to_string(), text[i..].replace(' ', "")),
        None => (text.trim().to_string(), String::new()),
    };
    let base = match base.as_str() {
        "INTEGER" | "INT4" => "INT",
        "INT8" => "BIGINT",
        "INT2" => "SMALLINT",
        "BOOL" => "BOOLEAN",
        "FLOAT8" | "DOUBLE PRECISION" => "DOUBLE",
        "FLOAT4" => "REAL",
        "NUMERIC" => "DECIMAL",
        "DEC" => "DECIMAL",
        "CHARACTER VARYING" => "VARCHAR",
        "CHARACTER" => "CHAR",
        "TIMESTAMP WITHOUT TIME ZONE" => "TIMESTAMP",
        "DATETIME" if target == Target::DuckDb => "TIMESTAMP",
        "STRING" | "TEXT" if matches!(target, Target::DuckDb | Target::Snowflake) => "VARCHAR",
        "FLOAT" | "REAL" if matches!(target, Target::DuckDb | Target::Databricks) => "FLOAT",
        "BYTEA" | "BLOB" | "VARBINARY" | "BINARY" if target == Target::DuckDb => "BLOB",
        other => other,
    };
    // DuckDB ignores VARCHAR lengths; Redshift's VARCHAR(MAX) is VARCHAR(65535).
    let args = match (target, base) {
        (Target::DuckDb, "VARCHAR") => String::new(),
        (Target::Redshift, "VARCHAR") if args == "(MAX)" => "(65535)".into(),
        _ => args,
    };
    format!("{base}{args}")
}

/// Functions whose first argument is a date part written as a string (its case is not meaning).
const PART_FUNCTIONS: &[&str] = &["date_diff", "datediff", "date_part", "datepart", "date_trunc", "datetrunc"];

fn normalise(v: &mut Value, target: Target) {
    match v {
        Value::Object(map) => {
            // sqlparser's `AttachedToken` holds the keyword as written, only to locate the node.
            if map.len() == 2 && map.contains_key("token") && map.contains_key("span") {
                *v = Value::Null;
                return;
            }
            map.remove("span");
            // A routine body keeps its source text beside the parsed statements.
            if map.contains_key("statements") && map.contains_key("query") {
                map.remove("text");
            }
            // `AS t` and `t` are the same alias.
            if map.contains_key("explicit") && map.contains_key("name") {
                map.remove("explicit");
            }
            if let Some(inner) = map.get("Nested").filter(|_| map.len() == 1).cloned() {
                *v = inner;
                normalise(v, target);
                return;
            }
            if map.contains_key("quote_style") && map.get("value").is_some_and(Value::is_string) {
                let quoted = !map["quote_style"].is_null();
                let s = map["value"].as_str().unwrap_or_default();
                let folded = match fold(target) {
                    Fold::Insensitive => s.to_lowercase(),
                    Fold::Lower if !quoted => s.to_lowercase(),
                    Fold::Upper if !quoted => s.to_uppercase(),
                    _ => s.to_string(),
                };
                map.insert("value".into(), Value::String(folded));
                map.insert("quote_style".into(), Value::Null);
                return;
            }
            if map.get("kind").and_then(Value::as_str) == Some("DoubleColon") {
                map.insert("kind".into(), json!("Cast"));
            }
            for key in ["data_type", "type"] {
                if let Some(dt) = map.get(key).and_then(|d| serde_json::from_value::<DataType>(d.clone()).ok()) {
                    map.insert(key.into(), Value::String(type_name(&dt, target)));
                }
            }
            for key in ["args", "parameters"] {
                let empty = match map.get(key) {
                    Some(Value::String(s)) => s == "None",
                    Some(Value::Object(a)) => a.get("List").is_some_and(|l| {
                        l["args"].as_array().is_some_and(Vec::is_empty)
                            && l["clauses"].as_array().is_some_and(Vec::is_empty)
                            && l["duplicate_treatment"].is_null()
                    }),
                    _ => false,
                };
                if empty {
                    map.insert(key.into(), json!("Empty"));
                }
            }
            if let Some(opts) =
                map.get_mut("options").and_then(Value::as_object_mut).filter(|o| o.contains_key("nulls_first"))
            {
                let desc = opts.get("sort").and_then(Value::as_str) == Some("Desc")
                    || opts.get("asc").and_then(Value::as_bool) == Some(false);
                let (asc_first, desc_first) = default_nulls_first(target);
                if opts["nulls_first"].is_null() {
                    opts.insert("nulls_first".into(), json!(if desc { desc_first } else { asc_first }));
                }
                opts.insert("sort".into(), json!(if desc { "Desc" } else { "Asc" }));
                opts.remove("asc");
            }
            map.values_mut().for_each(|x| normalise(x, target));
            lower_part_argument(map);
            synonyms(map, target);
            negations(v);
            if let Some(op) = v.get_mut("join_operator") {
                join_operator(op);
            }
            if let Some(from) = v.get_mut("from") {
                comma_joins(from);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|x| normalise(x, target)),
        _ => {}
    }
}

/// `JOIN` is `INNER JOIN`, `LEFT JOIN` is `LEFT OUTER JOIN`, and an inner join on TRUE or without
/// a condition is a cross join.
fn join_operator(op: &mut Value) {
    let Some(map) = op.as_object() else { return };
    let Some((kind, constraint)) = map.iter().next().map(|(k, c)| (k.clone(), c.clone())) else { return };
    let kind = match kind.as_str() {
        "Join" => "Inner",
        "Left" => "LeftOuter",
        "Right" => "RightOuter",
        other => other,
    };
    let on_true = constraint.pointer("/On/Value/value/Boolean") == Some(&Value::Bool(true));
    *op = if kind == "Inner" && (on_true || constraint == json!("None")) {
        json!({"CrossJoin": "None"})
    } else {
        json!({ kind: constraint })
    };
}

/// `FROM a, b` is `FROM a CROSS JOIN b`.
fn comma_joins(from: &mut Value) {
    let Some(items) = from.as_array_mut() else { return };
    if items.len() < 2 {
        return;
    }
    let rest: Vec<Value> = items.drain(1..).collect();
    let Some(joins) = items[0].get_mut("joins").and_then(Value::as_array_mut) else { return };
    for item in rest {
        joins.push(json!({"relation": item["relation"], "global": false, "join_operator": {"CrossJoin": "None"}}));
        if let Some(more) = item["joins"].as_array() {
            joins.extend(more.iter().cloned());
        }
    }
}

/// `NOT x IS NULL` is `x IS NOT NULL`, and `NOT x IN (...)` is `x NOT IN (...)`.
fn negations(v: &mut Value) {
    let Some(inner) = v.pointer("/UnaryOp/expr").filter(|_| v.pointer("/UnaryOp/op") == Some(&json!("Not"))).cloned()
    else {
        return;
    };
    if let Some(x) = inner.get("IsNull") {
        *v = json!({"IsNotNull": x});
    } else if let Some(x) = inner.get("IsNotNull") {
        *v = json!({"IsNull": x});
    } else if let Some(mut list) = inner.get("InList").cloned() {
        if let Some(n) = list.get("negated").and_then(Value::as_bool) {
            list["negated"] = json!(!n);
            *v = json!({"InList": list});
        }
    }
}

/// Functions that are documented synonyms on the target, as one name.
fn synonyms(map: &mut Map<String, Value>, target: Target) {
    // Databricks: "charindex ... is a synonym for locate".
    const SYNONYMS: &[(Target, &str, &str)] = &[(Target::Databricks, "locate", "charindex")];
    let Some(name) = map.get_mut("name").and_then(|n| n.pointer_mut("/0/Identifier/value")) else { return };
    if let Some((_, _, to)) = SYNONYMS.iter().find(|(t, from, _)| *t == target && Some(*from) == name.as_str()) {
        *name = json!(to);
    }
}

/// `date_diff('QUARTER', ...)` and `date_diff('quarter', ...)` are the same call.
fn lower_part_argument(map: &mut Map<String, Value>) {
    let name = map
        .get("name")
        .and_then(|n| n.as_array())
        .and_then(|parts| parts.last())
        .and_then(|p| p.get("Identifier").or(Some(p)))
        .and_then(|i| i.get("value"))
        .and_then(Value::as_str)
        .map(str::to_lowercase);
    if !name.is_some_and(|n| PART_FUNCTIONS.contains(&n.as_str())) {
        return;
    }
    let Some(first) = map.get_mut("args").and_then(|a| a.pointer_mut("/List/args/0")) else { return };
    lower_strings(first);
}

fn lower_strings(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(s)) = m.get_mut("SingleQuotedString") {
                *s = s.to_lowercase();
            }
            m.values_mut().for_each(lower_strings);
        }
        Value::Array(a) => a.iter_mut().for_each(lower_strings),
        _ => {}
    }
}

fn normal_form(sql: &str, target: Target) -> Option<Value> {
    let mut v = if target.profile().is_tsql_family() {
        parse_tsql(sql)?
    } else {
        serde_json::to_value(parse(sql, target)?).ok()?
    };
    normalise(&mut v, target);
    Some(v)
}

/// Whitespace and case folded text, for when a side does not parse.
fn text_form(sql: &str) -> String {
    sql.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().trim_end_matches(';').to_string()
}

fn same_ast(ours: &str, expected: &str, target: Target) -> bool {
    let (a, b) = (normal_form(ours, target), normal_form(expected, target));
    // CONFORMANCE_DEBUG=1 prints both normal forms of every AST comparison.
    if std::env::var_os("CONFORMANCE_DEBUG").is_some() {
        eprintln!("{}\n  ours:     {:?}\n  expected: {:?}", target.name(), a, b);
    }
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => text_form(ours) == text_form(expected),
    }
}

/// Both sides are queries (something DuckDB can run without tables of ours).
fn runnable(sql: &str) -> bool {
    parse(sql, Target::DuckDb).is_some_and(|s| !s.is_empty() && s.iter().all(|s| matches!(s, Statement::Query(_))))
}

fn close(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| close(p, q)),
        _ => match (a.as_f64(), b.as_f64()) {
            (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
            _ => a == b,
        },
    }
}

/// Outcome of running both sides: `Some(same)` when it decides; `None` when a side did not get to
/// run (it names a table or column that does not exist, or DuckDB cannot read or bind it), which
/// leaves the decision to the ASTs. Errors while running (a value that does not convert) are
/// compared by class: SQL Server raises them too.
fn same_outcome(ours: &Value, expected: &Value) -> Option<bool> {
    let not_run = |o: &Value| {
        matches!(
            o["error"].as_str(),
            Some("CatalogException" | "BinderException" | "ParserException" | "NotImplementedException")
        )
    };
    if not_run(ours) || not_run(expected) {
        return None;
    }
    Some(match (ours.get("rows"), expected.get("rows")) {
        (Some(a), Some(b)) => close(a, b),
        (None, None) => ours["error"] == expected["error"],
        _ => false,
    })
}

fn load_exceptions() -> BTreeMap<(String, String), String> {
    let path = repo_root().join("tests/fixtures/conformance_transpile_exceptions.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let list = v["exceptions"].as_array().unwrap_or_else(|| panic!("{}: no `exceptions` list", path.display()));
    let mut out = BTreeMap::new();
    for e in list {
        let field =
            |k: &str| e[k].as_str().unwrap_or_else(|| panic!("{}: an exception without `{k}`: {e}", path.display()));
        let (target, reason) = (field("target"), field("reason"));
        let cases =
            e["cases"].as_array().unwrap_or_else(|| panic!("{}: an exception without `cases`: {e}", path.display()));
        assert!(Target::from_name(target).is_some(), "exception for {target}: unknown target");
        assert!(reason.len() >= 40, "exception for {target} {cases:?} needs a real reason");
        for id in cases {
            let id = id.as_str().unwrap_or_else(|| panic!("{}: a case id is not a string: {e}", path.display()));
            let dup = out.insert((id.to_string(), target.to_string()), reason.to_string());
            assert!(dup.is_none(), "exception {id} ({target}) is listed twice");
        }
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn sqlglot_transpile_suite() {
    let path = repo_root().join("../shared/conformance/sqlglot-tsql.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        // shared/ sits beside the repository on developer machines and CI; a checkout elsewhere
        // has no suite to run.
        eprintln!(
            "SKIPPED transpile conformance: {} not found (shared/ must sit beside the repository)",
            path.display()
        );
        return;
    };
    let exceptions = load_exceptions();

    // Cases, numbered as the parse conformance runner numbers them (`source#n` over all kinds).
    let mut cases = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let (mut records, mut from_spark) = (0usize, 0usize);
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(rec) = serde_json::from_str::<Value>(line) else { continue };
        let source = rec["source"].as_str().unwrap_or("?").trim_start_matches("tests/dialects/").to_string();
        let n = seen.entry(source.clone()).or_insert(0);
        *n += 1;
        let id = format!("{source}#{n}");
        if rec["kind"].as_str() != Some("transpile") {
            continue;
        }
        let Some(tsql) = rec["tsql"].as_str() else { continue };
        let wrap = is_expression(tsql);
        let input = if wrap { format!("SELECT {tsql}") } else { tsql.to_string() };
        let mut any = false;
        for (target, keys) in TARGETS {
            let Some((key, expected)) = keys.iter().find_map(|k| Some((*k, rec["expected"][*k].as_str()?))) else {
                continue;
            };
            any = true;
            if key == "spark" {
                from_spark += 1;
            }
            let expected = if wrap { format!("SELECT {expected}") } else { expected.to_string() };
            let (ours, flags, parse_error) = transpile(&id, &input, target);
            cases.push(Case { id: id.clone(), target, key, tsql: input.clone(), expected, ours, flags, parse_error });
        }
        records += usize::from(any);
    }
    assert!(!cases.is_empty(), "no transpile records for our targets in {}", path.display());

    // First verdict from the ASTs; DuckDB cases whose ASTs differ are run.
    let mut verdict: Vec<Option<bool>> = cases
        .iter()
        .map(|c| match (&c.parse_error, &c.ours) {
            (None, Some(ours)) => Some(same_ast(ours, &c.expected, c.target)),
            _ => None,
        })
        .collect();
    let to_run: Vec<usize> = (0..cases.len())
        .filter(|&i| {
            let c = &cases[i];
            verdict[i] == Some(false)
                && c.target == Target::DuckDb
                && c.ours.as_deref().is_some_and(runnable)
                && runnable(&c.expected)
        })
        .collect();
    let groups: Vec<Value> =
        to_run.iter().map(|&i| json!({"queries": [cases[i].ours, cases[i].expected], "transaction": true})).collect();
    let ran = run_duckdb(&Value::Array(groups), "DuckDB execution of conformance cases");
    let mut executed = Vec::new();
    if let Some(results) = &ran {
        for (&i, r) in to_run.iter().zip(results) {
            if let Some(same) = same_outcome(&r["queries"][0], &r["queries"][1]) {
                verdict[i] = Some(same);
                executed.push(format!("{} ({})", cases[i].id, if same { "same" } else { "different" }));
            }
        }
    }

    // Classify.
    let mut used_exceptions = BTreeSet::new();
    let mut classes = Vec::new();
    for (c, v) in cases.iter().zip(&verdict) {
        let key = (c.id.clone(), c.target.name().to_string());
        let class = if c.parse_error.is_some() {
            Class::Error
        } else if *v == Some(true) {
            Class::Equal
        } else if !c.flags.is_empty() || c.ours.is_none() {
            Class::Flagged
        } else if exceptions.contains_key(&key) {
            used_exceptions.insert(key.clone());
            Class::Reasoned
        } else {
            Class::Differs
        };
        classes.push(class);
    }
    let stale: Vec<_> = exceptions.keys().filter(|k| !used_exceptions.contains(*k)).collect();

    // Report.
    let mut out = format!(
        "suite: shared/conformance/sqlglot-tsql.jsonl (sqlglot 37362f4, MIT), `transpile` records\n\
         records with an expectation for one of our targets: {records}\n\
         databricks: sqlglot's `databricks` expectation, else its `spark` one ({from_spark} cases from spark)\n\
         meaning: normalised sqlparser ASTs in the target's dialect; on DuckDB, both sides run when the\n\
         \x20        ASTs differ, deciding {}: {}\n\
         pass = (equal + flagged) / cases; with reasons = (equal + flagged + reasoned) / cases, which must\n\
         \x20      reach 95% for duckdb, postgres, snowflake, bigquery, databricks and redshift\n\n\
         {:<11}{:>6}{:>7}{:>9}{:>10}{:>9}{:>7}{:>8}{:>14}\n",
        executed.len(),
        executed.join(", "),
        "target",
        "cases",
        "equal",
        "flagged",
        "reasoned",
        "differs",
        "error",
        "pass",
        "with reasons"
    );
    let mut failures = Vec::new();
    for (target, _) in TARGETS {
        let mine: Vec<Class> =
            cases.iter().zip(&classes).filter(|(c, _)| c.target == target).map(|(_, k)| *k).collect();
        if mine.is_empty() {
            continue;
        }
        let count = |k: Class| mine.iter().filter(|&&x| x == k).count();
        let n = mine.len();
        let pass = 100.0 * (count(Class::Equal) + count(Class::Flagged)) as f64 / n as f64;
        let with = 100.0 * (count(Class::Equal) + count(Class::Flagged) + count(Class::Reasoned)) as f64 / n as f64;
        out.push_str(&format!(
            "{:<11}{:>6}{:>7}{:>9}{:>10}{:>9}{:>7}{:>7.1}%{:>13.1}%\n",
            target.name(),
            n,
            count(Class::Equal),
            count(Class::Flagged),
            count(Class::Reasoned),
            count(Class::Differs),
            count(Class::Error),
            pass,
            with
        ));
        // Without DuckDB execution the DuckDB figures are not the real ones.
        let measured = ran.is_some() || target != Target::DuckDb;
        if GATED.contains(&target) && measured && with < MIN_RATE {
            failures.push(format!("{}: {with:.1}% equal, flagged or reasoned, below {MIN_RATE}%", target.name()));
        }
    }
    for (target, _) in TARGETS {
        let mine: Vec<(&Case, Class)> = cases
            .iter()
            .zip(&classes)
            .filter(|(c, k)| c.target == target && **k != Class::Equal)
            .map(|(c, k)| (c, *k))
            .collect();
        if mine.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {}\n", target.name()));
        let mut sorted = mine;
        sorted.sort_by_key(|(_, k)| *k);
        for (c, k) in sorted {
            let spark = if c.key == "spark" { " (spark)" } else { "" };
            match k {
                Class::Flagged => out.push_str(&format!("flagged   {}{spark}  {}\n", c.id, c.flags.join(" "))),
                Class::Reasoned | Class::Differs => out.push_str(&format!(
                    "{}  {}{spark}\n  tsql:    {}\n  ours:    {}\n  sqlglot: {}\n",
                    if k == Class::Reasoned { "reasoned" } else { "differs " },
                    c.id,
                    one_line(&c.tsql),
                    one_line(c.ours.as_deref().unwrap_or("")),
                    one_line(&c.expected)
                )),
                Class::Error => out.push_str(&format!(
                    "error     {}  {}\n  tsql:    {}\n",
                    c.id,
                    c.parse_error.as_deref().unwrap_or(""),
                    one_line(&c.tsql)
                )),
                Class::Equal => {}
            }
        }
    }
    assert!(stale.is_empty(), "exceptions no longer needed (the case is equal or flagged now), remove them: {stale:?}");
    if ran.is_some() {
        insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true}, {
            insta::assert_snapshot!("conformance@sqlglot-transpile", out);
        });
    } else {
        eprintln!("DuckDB execution skipped, so the snapshot is not compared:\n{out}");
    }
    assert!(failures.is_empty(), "{}\n\n{out}", failures.join("\n"));
}

/// The comparison itself: spellings that mean the same are equal, and a change of meaning is
/// not hidden by the normaliser.
#[test]
fn normaliser_sees_meaning_not_spelling() {
    let same = |a: &str, b: &str, t: Target| same_ast(a, b, t);
    // Same meaning, different spelling.
    assert!(same("SELECT a FROM t AS x", "select A from T x", Target::DuckDb));
    assert!(same("SELECT CAST(x AS INT)", "SELECT x::INTEGER", Target::Postgres));
    assert!(same("SELECT (a + b) * c FROM t", "SELECT ((a + b)) * (c) FROM t", Target::Snowflake));
    assert!(same("SELECT a FROM t ORDER BY a", "SELECT a FROM t ORDER BY a ASC NULLS FIRST", Target::BigQuery));
    assert!(same("SELECT a FROM t ORDER BY a DESC", "SELECT a FROM t ORDER BY a DESC NULLS FIRST", Target::Postgres));
    assert!(same("SELECT * FROM a CROSS JOIN b", "SELECT * FROM a INNER JOIN b ON TRUE", Target::Postgres));
    assert!(same("SELECT * FROM a, b", "SELECT * FROM a CROSS JOIN b", Target::Databricks));
    assert!(same("SELECT date_diff('quarter', a, b)", "SELECT DATE_DIFF('QUARTER', a, b)", Target::DuckDb));
    assert!(same("SELECT x IS NOT NULL", "SELECT NOT x IS NULL", Target::DuckDb));
    assert!(same("SELECT charindex(a, b)", "SELECT LOCATE(a, b)", Target::Databricks));
    assert!(same("CREATE TABLE t (c VARCHAR(65535))", "CREATE TABLE \"T\" (\"c\" VARCHAR(MAX))", Target::Redshift));
    // Different meaning.
    assert!(!same("SELECT a FROM t ORDER BY a", "SELECT a FROM t ORDER BY a NULLS FIRST", Target::DuckDb));
    assert!(!same("SELECT \"A\" FROM t", "SELECT a FROM t", Target::Postgres));
    assert!(!same("SELECT a - b * c", "SELECT (a - b) * c", Target::DuckDb));
    assert!(!same("SELECT * FROM a LEFT JOIN b ON TRUE", "SELECT * FROM a CROSS JOIN b", Target::Postgres));
    assert!(!same("SELECT date_diff('month', a, b)", "SELECT date_diff('day', a, b)", Target::DuckDb));
    assert!(!same("SELECT 'Abc'", "SELECT 'abc'", Target::DuckDb));
    assert!(!same("SELECT CAST(x AS FLOAT)", "SELECT CAST(x AS DOUBLE)", Target::Databricks));
    assert!(!same("SELECT charindex(a, b)", "SELECT LOCATE(a, b)", Target::Snowflake));
}

#[test]
fn run_outcomes_compare_rows_and_error_classes() {
    let rows = |v: Value| json!({ "rows": v });
    let error = |class: &str| json!({ "error": class, "message": "" });
    assert_eq!(same_outcome(&rows(json!([[1, "a"]])), &rows(json!([[1.0, "a"]]))), Some(true));
    assert_eq!(same_outcome(&rows(json!([[1]])), &rows(json!([[2]]))), Some(false));
    assert_eq!(same_outcome(&rows(json!([["2024-01-01"]])), &rows(json!([["2024-01-01 00:00:00"]]))), Some(false));
    assert_eq!(same_outcome(&error("ConversionException"), &error("ConversionException")), Some(true));
    assert_eq!(same_outcome(&error("ConversionException"), &rows(json!([[1]]))), Some(false));
    // SQL that did not get to run leaves the decision to the ASTs.
    assert_eq!(same_outcome(&error("BinderException"), &rows(json!([[1]]))), None);
    assert_eq!(same_outcome(&error("ParserException"), &error("ParserException")), None);
}
