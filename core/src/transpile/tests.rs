//! Transpile tests: T-SQL view bodies in, target SQL out (or the diagnostic that explains why
//! not), over a small catalog.

use super::*;
use crate::analyze::scope::view_columns;
use crate::catalog::{build_catalog, ObjectKey};
use crate::parse::parse_batch;
use crate::source::{load_memory, split_batches};

const SCHEMA: &str = "CREATE TABLE dbo.T (id int NOT NULL, qty int, price money, name nvarchar(20), code char(4), d date, ts datetime, flag bit, amount decimal(10,2))\nGO\n";

struct Plain;
impl Names for Plain {
    fn relation(&self, key: &ObjectKey) -> Option<String> {
        Some(key.name.clone())
    }
    fn function_call(&self, _key: &ObjectKey, _args: &[String]) -> Option<String> {
        None
    }
}

/// Convert `SELECT <select>` over table `T` to DuckDB and return the SQL or the diagnostics.
fn convert(select: &str) -> Result<String, String> {
    convert_to(select, Target::DuckDb)
}

/// Convert `SELECT <select>` over table `T` to `target`.
fn convert_to(select: &str, target: Target) -> Result<String, String> {
    let script = format!("{SCHEMA}CREATE VIEW dbo.V AS {select}\n");
    let loaded = load_memory(vec![("t.sql".into(), script.into_bytes())]);
    let batches: Vec<_> = split_batches(&loaded.sources.files[0]).batches.iter().map(parse_batch).collect();
    let built = build_catalog(&batches);
    let order: Vec<ObjectKey> = built.catalog.views.keys().cloned().collect();
    let cols = view_columns(&built.catalog, &order);
    let env = Env::new(&built.catalog, &cols);
    let view = built.catalog.views.get(&ObjectKey::new("dbo", "v")).ok_or("no view parsed")?;
    let out = transpile_view(view, &env, &Plain, target);
    let diags: Vec<String> = out.diagnostics.iter().map(|d| format!("{}: {}", d.code, d.message)).collect();
    match out.sql {
        Some(sql) if diags.is_empty() => Ok(sql),
        Some(sql) => Ok(format!("{sql} -- {}", diags.join("; "))),
        None => Err(diags.join("; ")),
    }
}

fn ok(select: &str) -> String {
    convert(select).unwrap_or_else(|e| panic!("{select}: {e}"))
}

#[test]
fn string_plus_becomes_concatenation_only_between_strings() {
    assert_eq!(ok("SELECT name + N' ' + code AS x FROM T"), "SELECT name || ' ' || code AS x FROM t");
    assert_eq!(ok("SELECT qty + 1 AS x FROM T"), "SELECT qty + 1 AS x FROM t");
    assert_eq!(ok("SELECT 'N' + CAST(id AS varchar(10)) AS x FROM T"), "SELECT 'N' || CAST(id AS VARCHAR) AS x FROM t");
    // SQL Server converts the string to the number's type.
    assert_eq!(ok("SELECT qty + '1' AS x FROM T"), "SELECT qty + CAST('1' AS BIGINT) AS x FROM t");
}

#[test]
fn unknown_operand_types_get_a_diagnostic() {
    let out = ok("SELECT nosuch + 'x' AS x FROM T");
    assert!(out.contains("DM3002"), "{out}");
}

#[test]
fn integer_division_and_average_truncate() {
    assert_eq!(ok("SELECT qty / 2 AS x FROM T"), "SELECT qty // 2 AS x FROM t");
    assert_eq!(ok("SELECT price / 2 AS x FROM T"), "SELECT price / 2 AS x FROM t");
    assert_eq!(ok("SELECT AVG(qty) AS x FROM T"), "SELECT CAST(trunc(avg(qty)) AS BIGINT) AS x FROM t");
    assert_eq!(ok("SELECT CAST(amount AS int) AS x FROM T"), "SELECT CAST(trunc(amount) AS INTEGER) AS x FROM t");
}

#[test]
fn top_isnull_iif_len() {
    // SQL Server sorts NULL first; DuckDB sorts it last unless told.
    assert_eq!(ok("SELECT TOP (5) id FROM T ORDER BY id"), "SELECT id FROM t ORDER BY id NULLS FIRST LIMIT 5");
    assert_eq!(ok("SELECT ISNULL(qty, 0) AS q FROM T"), "SELECT coalesce(qty, 0) AS q FROM t");
    assert_eq!(
        ok("SELECT IIF(qty > 1, 'a', 'b') AS x FROM T"),
        "SELECT CASE WHEN qty > 1 THEN 'a' ELSE 'b' END AS x FROM t"
    );
    assert_eq!(ok("SELECT LEN(name) AS n FROM T"), "SELECT length(rtrim(name)) AS n FROM t");
    assert!(convert("SELECT TOP 10 PERCENT id FROM T ORDER BY id").is_err());
}

#[test]
fn dates() {
    assert_eq!(ok("SELECT GETDATE() AS x FROM T"), "SELECT current_localtimestamp() AS x FROM t");
    assert_eq!(ok("SELECT DATEADD(month, 1, d) AS x FROM T"), "SELECT CAST(d + to_months(1) AS DATE) AS x FROM t");
    assert_eq!(ok("SELECT DATEADD(qq, 2, ts) AS x FROM T"), "SELECT (ts + to_months(3 * 2)) AS x FROM t");
    // SQL Server truncates a fractional count; a cast would round.
    assert_eq!(
        ok("SELECT DATEADD(day, amount, ts) AS x FROM T"),
        "SELECT (ts + to_days(CAST(trunc(amount) AS BIGINT))) AS x FROM t"
    );
    assert_eq!(ok("SELECT DATEDIFF(dd, d, ts) AS x FROM T"), "SELECT date_diff('day', d, ts) AS x FROM t");
    assert_eq!(ok("SELECT DATEPART(ms, ts) AS x FROM T"), "SELECT (date_part('millisecond', ts) % 1000) AS x FROM t");
    assert_eq!(ok("SELECT YEAR(d) AS y FROM T"), "SELECT year(d) AS y FROM t");
    assert!(convert("SELECT DATEPART(week, d) AS w FROM T").is_err());
}

#[test]
fn convert_styles_and_truncation() {
    assert_eq!(
        ok("SELECT CONVERT(varchar(10), ts, 120) AS x FROM T"),
        "SELECT left(strftime(ts, '%Y-%m-%d %H:%M:%S'), 10) AS x FROM t"
    );
    assert_eq!(ok("SELECT CONVERT(varchar(8), d, 112) AS x FROM T"), "SELECT strftime(d, '%Y%m%d') AS x FROM t");
    // A date prints only its date fields, whatever the style.
    assert_eq!(ok("SELECT CONVERT(varchar(30), d, 120) AS x FROM T"), "SELECT strftime(d, '%Y-%m-%d') AS x FROM t");
    assert_eq!(
        ok("SELECT CONVERT(date, name, 103) AS x FROM T"),
        "SELECT CAST(strptime(name, '%d/%m/%Y') AS DATE) AS x FROM t"
    );
    assert_eq!(ok("SELECT CAST(name AS varchar(5)) AS x FROM T"), "SELECT left(CAST(name AS VARCHAR), 5) AS x FROM t");
    // datetime to text without a style is style 0 (space-padded), which strftime cannot do.
    assert!(convert("SELECT CONVERT(varchar(30), ts) AS x FROM T").is_err());
    assert!(convert("SELECT CONVERT(varchar(30), ts, 100) AS x FROM T").is_err());
}

#[test]
fn jinja_in_string_literals_stays_literal() {
    assert_eq!(ok("SELECT '{{x}}' AS t FROM T"), "SELECT '{{ \"{{\" }}x{{ \"}}\" }}' AS t FROM t");
}

#[test]
fn implicit_column_names_survive_wrapping() {
    assert_eq!(ok("SELECT T.flag, name FROM T"), "SELECT T.flag, name FROM t");
}

#[test]
fn hints_are_dropped_with_a_note() {
    let out = ok("SELECT id FROM T WITH (NOLOCK)");
    assert!(out.starts_with("SELECT id FROM t"), "{out}");
    assert!(out.contains("DM3004"), "{out}");
}

#[test]
fn unsupported_constructs_are_reported_not_dropped() {
    for sql in [
        "SELECT SOUNDEX(name) AS s FROM T",
        "SELECT @@ROWCOUNT AS r FROM T",
        "SELECT RAND(5) AS r FROM T",
        "SELECT id FROM T WHERE name LIKE '[A-C]%'",
    ] {
        let err = convert(sql).err().unwrap_or_else(|| panic!("{sql} converted"));
        assert!(err.contains("DM3001"), "{sql}: {err}");
    }
}

#[test]
fn tsql_clauses_beside_the_tree_are_reported_not_dropped() {
    // A join hint means nothing elsewhere: dropped with a note, like a table hint.
    let out = ok("SELECT T.id FROM T INNER LOOP JOIN T AS u ON u.id = T.id");
    assert!(out.contains("JOIN t AS u") && out.contains("DM3004") && out.contains("LOOP"), "{out}");
    for sql in [
        "SELECT id FROM T FOR SYSTEM_TIME ALL",
        "SELECT id FROM T FOR SYSTEM_TIME AS OF '2020-01-01'",
        "SELECT id FROM T FOR XML RAW, XMLDATA",
        "SELECT id FROM T FOR XML PATH('')",
        "SELECT NEXT VALUE FOR dbo.seq AS n",
        "SELECT hierarchyid::GetRoot() AS r",
    ] {
        let err = convert(sql).err().unwrap_or_else(|| panic!("{sql} converted"));
        assert!(err.contains("DM3001"), "{sql}: {err}");
    }
}

/// Every mapping row rendered for every target: the one snapshot a mapping change touches.
#[test]
fn mapping_table_renders() {
    use mappings::convert_styles::{self, StyleRule};
    use mappings::{dateparts, functions, types};
    let mut out = String::new();
    for t in Target::ALL {
        let profile = t.profile();
        out.push_str(&format!("## {}\n### functions\n", t.name()));
        for r in functions::FUNCTIONS {
            out.push_str(&format!("{:<24} {:?}\n", r.tsql, r.rules[t.index()]));
        }
        out.push_str("### types\n");
        for r in types::TYPES {
            out.push_str(&format!("{:<18} {:?}\n", r.tsql, r.rules[t.index()]));
        }
        out.push_str("### date parts\n");
        for r in dateparts::DATEPARTS {
            out.push_str(&format!("{:<12} {:<12} {:?}\n", r.tsql, r.canonical, r.rules[t.index()]));
        }
        out.push_str("### CONVERT styles\n");
        for r in convert_styles::CONVERT_STYLES {
            let rendered = match r.rules[t.index()] {
                StyleRule::Format => {
                    let call =
                        profile.date_format.map(|c| (c.function, convert_styles::translate(r.format, c.elements)));
                    match call {
                        Some((f, Some(fmt))) => format!("{f} '{fmt}' ({} chars)", r.length),
                        _ => "NO FORMAT FUNCTION OR ELEMENT".to_string(),
                    }
                }
                other => format!("{other:?}"),
            };
            out.push_str(&format!("{:<4} {rendered}\n", r.style));
        }
    }
    insta::assert_snapshot!(out);
}

#[test]
fn tables_are_sorted_unique_and_templates_parse() {
    use mappings::convert_styles::{self, StyleRule};
    use mappings::{dateparts, functions, types};
    assert!(functions::FUNCTIONS.windows(2).all(|w| w[0].tsql < w[1].tsql));
    assert!(types::TYPES.windows(2).all(|w| w[0].tsql < w[1].tsql));
    assert!(dateparts::DATEPARTS.windows(2).all(|w| w[0].tsql < w[1].tsql));
    assert!(convert_styles::CONVERT_STYLES.windows(2).all(|w| w[0].style < w[1].style));
    let mut all: Vec<&'static str> = template::TEMPLATES.to_vec();
    all.extend(target::profile_templates());
    all.extend(rewrites::dates::templates());
    for r in functions::FUNCTIONS {
        for rule in &r.rules {
            if let rule::Rule::Template(t) = rule {
                all.push(t);
            }
        }
    }
    for t in all {
        assert!(template::parse(t).is_ok(), "{t}: {:?}", template::parse(t).err());
    }
    // Every style a target formats has all its elements on that target.
    for t in Target::ALL {
        for r in convert_styles::CONVERT_STYLES {
            if let StyleRule::Format = r.rules[t.index()] {
                let call = t.profile().date_format.unwrap_or_else(|| panic!("{} formats without a function", t.name()));
                assert!(convert_styles::translate(r.format, call.elements).is_some(), "{} style {}", t.name(), r.style);
            }
        }
    }
}

/// Each row of a table for one target, as the target spells it: the T-SQL family keeps T-SQL.
#[test]
fn tsql_family_keeps_tsql() {
    for sql in [
        "SELECT ISNULL(qty, 0) AS q, LEN(name) AS n, name + N'!' AS s, qty / 2 AS h FROM T",
        "SELECT TOP (5) id FROM T ORDER BY id",
        "SELECT CONVERT(varchar(10), ts, 120) AS x FROM T WHERE flag = 1",
        "SELECT id FROM T CROSS APPLY (SELECT TOP 1 qty FROM T AS u WHERE u.id = T.id) AS x",
    ] {
        let tsql = convert_to(sql, Target::TSql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        assert!(!tsql.contains("||") && !tsql.contains("LIMIT") && !tsql.contains("coalesce"), "{tsql}");
    }
    let fabric = convert_to("SELECT CAST(name AS nvarchar(10)) AS x, CAST(price AS money) AS p FROM T", Target::Fabric);
    assert_eq!(
        fabric.as_deref(),
        Ok("SELECT CAST(name AS varchar(10)) AS x, CAST(price AS decimal(19,4)) AS p FROM t -- DM3007: `nvarchar(10)` becomes varchar(10): Fabric's varchar(n) counts UTF-8 bytes, SQL Server's nvarchar(n) counts UTF-16 code units.")
    );
}

/// The known failures of issue 5, for every target.
#[test]
fn string_plus_len_iif_per_target() {
    let cases: [(Target, &str); 8] = [
        (Target::DuckDb, "SELECT name || ' ' || code AS x, length(rtrim(name)) AS n, CASE WHEN qty > 1 THEN 'a' ELSE 'b' END AS i FROM t"),
        (Target::Postgres, "SELECT name || ' ' || code AS x, length(rtrim(name)) AS n, CASE WHEN qty > 1 THEN 'a' ELSE 'b' END AS i FROM t"),
        (Target::Snowflake, "SELECT name || ' ' || code AS x, length(rtrim(name)) AS n, CASE WHEN qty > 1 THEN 'a' ELSE 'b' END AS i FROM t"),
        (Target::BigQuery, "SELECT name || ' ' || code AS x, length(rtrim(name, ' ')) AS n, CASE WHEN qty > 1 THEN 'a' ELSE 'b' END AS i FROM t"),
        (Target::Databricks, "SELECT name || ' ' || code AS x, length(rtrim(name)) AS n, CASE WHEN qty > 1 THEN 'a' ELSE 'b' END AS i FROM t"),
        (Target::Redshift, "SELECT name || ' ' || code AS x, length(rtrim(name)) AS n, CASE WHEN qty > 1 THEN 'a' ELSE 'b' END AS i FROM t"),
        (Target::Fabric, "SELECT name + N' ' + code AS x, LEN(name) AS n, IIF(qty > 1, 'a', 'b') AS i FROM t"),
        (Target::TSql, "SELECT name + N' ' + code AS x, LEN(name) AS n, IIF(qty > 1, 'a', 'b') AS i FROM t"),
    ];
    for (t, want) in cases {
        let got = convert_to("SELECT name + N' ' + code AS x, LEN(name) AS n, IIF(qty > 1, 'a', 'b') AS i FROM T", t);
        assert_eq!(got.as_deref(), Ok(want), "{}", t.name());
    }
}

#[test]
fn a_view_header_without_a_query_is_not_converted() {
    let loaded = load_memory(vec![("t.sql".into(), b"CREATE VIEW dbo.V\n".to_vec())]);
    let batches: Vec<_> = split_batches(&loaded.sources.files[0]).batches.iter().map(parse_batch).collect();
    let built = build_catalog(&batches);
    let cols = view_columns(&built.catalog, &[ObjectKey::new("dbo", "v")]);
    let env = Env::new(&built.catalog, &cols);
    let Some(view) = built.catalog.views.get(&ObjectKey::new("dbo", "v")) else { panic!("no view") };
    let out = transpile_view(view, &env, &Plain, Target::DuckDb);
    assert_eq!(out.sql, None);
    let diags: Vec<String> = out.diagnostics.iter().map(|d| format!("{}: {}", d.code, d.message)).collect();
    assert_eq!(
        diags,
        ["DM3001: Cannot convert faithfully: a view without a query (`CREATE VIEW` with no `AS SELECT`)."]
    );
}
