//! The files of the dbt project (DESIGN section 4), as data: paths relative to the output folder
//! and their contents. Writing them to disk is [`super::write_files`]'s job.

use super::csv;
use super::naming::inert;
use super::plan::Plan;
use super::yaml::{item, render, Yaml};
use crate::catalog::{Catalog, ObjectKey, Table, ValueRef};
use crate::transpile::print::{quote_exact, quote_ident};
use crate::transpile::target::CaseFolding;
use crate::transpile::{column_type, Target};
use rayon::prelude::*;
use std::collections::BTreeMap;

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Relative path with `/` separators, built only from sanitised names.
    pub path: String,
    pub contents: String,
}

/// What the project is made of: converted SQL per object, decided before writing.
pub struct ProjectInput<'a> {
    pub catalog: &'a Catalog,
    pub plan: &'a Plan,
    pub target: Target,
    /// Converted view and procedure models: object → (SQL, materialization, source location).
    pub models: BTreeMap<ObjectKey, ModelSql>,
    /// Converted functions: object → macro body.
    pub macros: BTreeMap<ObjectKey, ModelSql>,
    /// Converted computed columns: (table, column) → SQL expression.
    pub computed: BTreeMap<(ObjectKey, String), String>,
    /// Source location of each object (`file:line:col`) for header comments.
    pub locations: BTreeMap<ObjectKey, String>,
}

/// SQL for one model or macro.
#[derive(Debug, Clone)]
pub struct ModelSql {
    pub sql: String,
    pub materialized: &'static str,
    pub description: Option<String>,
}

/// Name of the generic test we ship for composite keys (dbt_utils is not always reachable).
pub const COMPOSITE_UNIQUE_TEST: &str = "datamigrate_unique_combination_of_columns";

/// All files of the project, in path order.
pub fn project_files(input: &ProjectInput<'_>) -> Vec<GeneratedFile> {
    let db = &input.plan.db;
    // Each part is built on its own worker; they are put together in one fixed order and sorted
    // by path, so the result does not depend on the threads.
    let tables = || -> Vec<GeneratedFile> {
        input
            .catalog
            .tables
            .par_iter()
            .flat_map_iter(|(key, table)| {
                let names = input.plan.tables.get(key);
                names.into_iter().flat_map(move |names| {
                    [
                        GeneratedFile {
                            path: format!("models/staging/{db}/{}.sql", names.staging),
                            contents: staging_model(input, key, table),
                        },
                        GeneratedFile { path: format!("seeds/{db}/{}.csv", names.seed), contents: seed_csv(table) },
                    ]
                })
            })
            .collect()
    };
    let models = || -> Vec<GeneratedFile> {
        input
            .models
            .par_iter()
            .filter_map(|(key, model)| {
                let name = input.plan.models.get(key)?;
                let loc = input.locations.get(key).map(String::as_str).unwrap_or("");
                let contents = format!(
                    "-- Converted by datamigrate from {} ({}).\n{{{{ config(materialized='{}') }}}}\n\n{}\n",
                    inert(&key.to_string()),
                    inert(loc),
                    model.materialized,
                    model.sql.trim_end()
                );
                Some(GeneratedFile { path: format!("models/marts/{db}/{name}.sql",), contents })
            })
            .collect()
    };
    let macros = || -> Vec<GeneratedFile> {
        input
            .macros
            .par_iter()
            .filter_map(|(key, m)| {
                let names = input.plan.macros.get(key)?;
                let loc = input.locations.get(key).map(String::as_str).unwrap_or("");
                let contents = format!(
                    "{{#- Converted by datamigrate from {} ({}). -#}}\n{{% macro {}({}) -%}}\n{}\n{{%- endmacro %}}\n",
                    inert(&key.to_string()),
                    inert(loc),
                    names.name,
                    names.params.join(", "),
                    m.sql.trim()
                );
                Some(GeneratedFile { path: format!("macros/{db}/{}.sql", names.name), contents })
            })
            .collect()
    };
    let models_yml = || (!input.models.is_empty()).then(|| models_yml(input));
    // The YAML files' entries are built and rendered in parallel too (see `yaml::render`).
    let ((sources, seeds), ((tables, models), (macros, models_yml))) = crate::sections::parallel(|| {
        rayon::join(
            || rayon::join(|| sources_yml(input), || seeds_yml(input)),
            || rayon::join(|| rayon::join(tables, models), || rayon::join(macros, models_yml)),
        )
    });
    let mut files = vec![dbt_project(input), profiles(input), composite_test_macro(), sources];
    files.extend(tables);
    files.push(seeds);
    files.extend(models);
    files.extend(models_yml);
    files.extend(macros);
    crate::sections::parallel(|| files.par_sort_by(|a, b| a.path.cmp(&b.path)));
    files
}

fn dbt_project(input: &ProjectInput<'_>) -> GeneratedFile {
    let p = &input.plan.project;
    let mut entries = vec![
        ("name", Yaml::str(p.clone())),
        ("version", Yaml::str("1.0.0")),
        ("config-version", Yaml::Raw("2".into())),
        ("profile", Yaml::str(p.clone())),
        ("model-paths", Yaml::List(vec![Yaml::str("models")])),
        ("seed-paths", Yaml::List(vec![Yaml::str("seeds")])),
        ("macro-paths", Yaml::List(vec![Yaml::str("macros")])),
        ("test-paths", Yaml::List(vec![Yaml::str("tests")])),
        ("target-path", Yaml::str("target")),
        ("clean-targets", Yaml::List(vec![Yaml::str("target"), Yaml::str("dbt_packages")])),
        ("flags", Yaml::map(vec![("send_anonymous_usage_stats", Yaml::Raw("false".into()))])),
    ];
    if folds_case(input.target) {
        // Seed columns keep their SQL Server names exactly; models refer to them quoted.
        entries.push(("seeds", Yaml::map(vec![("+quote_columns", Yaml::Raw("true".into()))])));
    }
    entries.push((
        "models",
        Yaml::map(vec![(
            p.as_str(),
            Yaml::map(vec![
                ("staging", Yaml::map(vec![("+materialized", Yaml::str("view"))])),
                ("marts", Yaml::map(vec![("+materialized", Yaml::str("view"))])),
            ]),
        )]),
    ));
    let doc = Yaml::map(entries);
    GeneratedFile {
        path: "dbt_project.yml".into(),
        contents: format!("# Generated by datamigrate. Target: {}.\n{}", input.target.name(), render(&doc)),
    }
}

/// Does the target fold unquoted names (so exact SQL Server names must be quoted)?
fn folds_case(target: Target) -> bool {
    target.profile().case_folding != CaseFolding::Insensitive
}

/// profiles.yml for the target's dbt adapter; connection settings come from environment
/// variables (the profile's data), never from the input.
fn profiles(input: &ProjectInput<'_>) -> GeneratedFile {
    let p = &input.plan.project;
    let dbt = &input.target.profile().dbt;
    let mut output = vec![("type", Yaml::str(dbt.adapter))];
    for (key, value) in dbt.outputs {
        let value = value.replace("{project}", p);
        let is_number = value.chars().all(|c| c.is_ascii_digit());
        output.push((*key, if is_number { Yaml::Raw(value) } else { Yaml::str(value) }));
    }
    let doc = Yaml::map(vec![(
        p.as_str(),
        Yaml::map(vec![("target", Yaml::str("dev")), ("outputs", Yaml::map(vec![("dev", Yaml::map(output))]))]),
    )]);
    GeneratedFile { path: "profiles.yml".into(), contents: format!("# {}\n{}", dbt.note, render(&doc)) }
}

fn composite_test_macro() -> GeneratedFile {
    GeneratedFile {
        path: format!("macros/{COMPOSITE_UNIQUE_TEST}.sql"),
        contents: format!(
            "{{#- Generic test shipped by datamigrate: no duplicate combination of the given columns\n    \
             (composite primary and unique keys), without needing dbt_utils. NULLs group together:\n    \
             SQL Server's UNIQUE constraints treat NULLs as equal values. -#}}\n\
             {{% test {COMPOSITE_UNIQUE_TEST}(model, combination_of_columns) %}}\n\
             {{%- set cols = [] -%}}\n\
             {{%- for c in combination_of_columns -%}}{{%- do cols.append(adapter.quote(c)) -%}}{{%- endfor %}}\n\
             select {{{{ cols | join(', ') }}}}, count(*) as n_rows\n\
             from {{{{ model }}}}\n\
             group by {{{{ cols | join(', ') }}}}\n\
             having count(*) > 1\n\
             {{% endtest %}}\n"
        ),
    }
}

/// `_<db>__sources.yml`: one source per SQL Server schema, tables pointing at their seeds, tests
/// from keys and constraints.
fn sources_yml(input: &ProjectInput<'_>) -> GeneratedFile {
    // Each table's entry is built on any worker; they are grouped in table order.
    let entries: Vec<(&str, Yaml)> = input
        .catalog
        .tables
        .par_iter()
        .filter_map(|(key, t)| {
            let names = input.plan.tables.get(key)?;
            // Rendered here: the entries' trees are freed on the worker that made them.
            Some((names.source.as_str(), item(&source_table(input, t, names))))
        })
        .collect();
    let mut by_source: BTreeMap<&str, Vec<Yaml>> = BTreeMap::new();
    for (source, entry) in entries {
        by_source.entry(source).or_default().push(entry);
    }
    let sources = by_source
        .into_iter()
        .map(|(source, tables)| {
            let schema_name = input.catalog.schemas.get(source).cloned().unwrap_or_else(|| source.to_string());
            Yaml::map(vec![
                ("name", Yaml::str(source)),
                ("description", Yaml::str(format!("SQL Server schema [{}], loaded from seeds.", inert(&schema_name)))),
                ("schema", Yaml::str("{{ target.schema }}")),
                ("tables", Yaml::List(tables)),
            ])
        })
        .collect();
    let doc = Yaml::map(vec![("version", Yaml::Raw("2".into())), ("sources", Yaml::List(sources))]);
    GeneratedFile {
        path: format!("models/staging/{db}/_{db}__sources.yml", db = input.plan.db),
        contents: render(&doc),
    }
}

fn source_table(input: &ProjectInput<'_>, t: &Table, names: &super::plan::TableNames) -> Yaml {
    let mut entries = vec![("name", Yaml::str(names.table.clone())), ("identifier", Yaml::str(names.seed.clone()))];
    if let Some(d) = &t.description {
        entries.push(("description", Yaml::str(inert(d))));
    }
    let mut table_tests = Vec::new();
    let composite: Vec<&Vec<String>> = t
        .primary_key
        .iter()
        .map(|k| &k.columns)
        .chain(t.unique_keys.iter().map(|k| &k.columns))
        .filter(|cols| cols.len() > 1)
        .collect();
    for cols in composite {
        table_tests.push(Yaml::map(vec![(
            COMPOSITE_UNIQUE_TEST,
            Yaml::map(vec![(
                "arguments",
                Yaml::map(vec![(
                    "combination_of_columns",
                    Yaml::List(cols.iter().map(|c| Yaml::str(c.clone())).collect()),
                )]),
            )]),
        )]));
    }
    if !table_tests.is_empty() {
        entries.push(("data_tests", Yaml::List(table_tests)));
    }
    let columns: Vec<Yaml> = t
        .stored_columns()
        .map(|c| {
            let mut col = vec![("name", Yaml::str(c.name.clone()))];
            if folds_case(input.target) {
                col.push(("quote", Yaml::Raw("true".into())));
            }
            if let Some(dt) = c.data_type.as_ref().and_then(|dt| column_type(dt, input.target).ok()) {
                col.push(("data_type", Yaml::str(dt.to_lowercase())));
            }
            if let Some(d) = &c.description {
                col.push(("description", Yaml::str(inert(d))));
            }
            let tests = column_tests(input, t, &c.name, c.nullable);
            if !tests.is_empty() {
                col.push(("data_tests", Yaml::List(tests)));
            }
            Yaml::map(col)
        })
        .collect();
    entries.push(("columns", Yaml::List(columns)));
    Yaml::map(entries)
}

fn column_tests(input: &ProjectInput<'_>, t: &Table, column: &str, nullable: bool) -> Vec<Yaml> {
    let mut tests = Vec::new();
    let single = |cols: &Vec<String>| cols.len() == 1 && cols[0].eq_ignore_ascii_case(column);
    let is_pk = t.primary_key.as_ref().is_some_and(|k| single(&k.columns));
    let is_unique = is_pk || t.unique_keys.iter().any(|k| single(&k.columns));
    if is_unique {
        tests.push(Yaml::str("unique"));
    }
    if !nullable {
        tests.push(Yaml::str("not_null"));
    }
    for fk in t.foreign_keys.iter().filter(|fk| fk.enforced && single(&fk.columns)) {
        let Some(target) = input.plan.tables.get(&fk.references.key()) else { continue };
        let field = fk.referenced_columns.first().cloned().unwrap_or_else(|| column.to_string());
        tests.push(Yaml::map(vec![(
            "relationships",
            Yaml::map(vec![(
                "arguments",
                Yaml::map(vec![
                    ("to", Yaml::str(format!("source('{}', '{}')", target.source, target.table.replace('\'', "\\'")))),
                    ("field", Yaml::str(field)),
                ]),
            )]),
        )]));
    }
    for ck in t.checks.iter().filter(|c| c.enforced) {
        if let Some((col, values)) = &ck.accepted_values {
            if col.eq_ignore_ascii_case(column) {
                let mut sorted = values.clone();
                sorted.sort();
                sorted.dedup();
                let numeric = t
                    .column(column)
                    .and_then(|c| c.data_type.as_ref())
                    .is_some_and(|dt| crate::analyze::types::Ty::of(dt).is_numeric());
                let mut args = vec![("values", Yaml::List(sorted.into_iter().map(Yaml::Str).collect()))];
                if numeric {
                    args.push(("quote", Yaml::Raw("false".into())));
                }
                tests.push(Yaml::map(vec![("accepted_values", Yaml::map(vec![("arguments", Yaml::map(args))]))]));
            }
        }
    }
    tests
}

/// `stg_` model: every column cast to its target type, computed columns recomputed.
fn staging_model(input: &ProjectInput<'_>, key: &ObjectKey, t: &Table) -> String {
    let names = &input.plan.tables[key];
    let loc = input.locations.get(key).map(String::as_str).unwrap_or("");
    let mut lines = Vec::new();
    for c in &t.columns {
        // The loaded column as named (quoted where the target folds names), and the model's
        // column as the target names it.
        let source = quote_exact(&c.name, input.target);
        let col = quote_ident(&c.name, input.target);
        let line = match (&c.computed, &c.data_type) {
            (Some(_), _) => match input.computed.get(&(key.clone(), c.name.clone())) {
                Some(sql) => format!("    {sql} as {col}"),
                None => continue,
            },
            (None, Some(dt)) => match column_type(dt, input.target) {
                Ok(ty) => format!("    cast({source} as {ty}) as {col}"),
                Err(_) => format!("    {}", renamed(&source, &col)),
            },
            (None, None) => format!("    {}", renamed(&source, &col)),
        };
        lines.push(line);
    }
    format!(
        "-- Staging model for [{}].[{}] (from {}), generated by datamigrate.\n\
         -- depends_on: {{{{ ref('{}') }}}}\n\
         select\n{}\nfrom {{{{ source('{}', '{}') }}}}\n",
        inert(&t.name.schema),
        inert(&t.name.name),
        inert(loc),
        names.seed,
        lines.join(",\n"),
        names.source,
        names.table.replace('\'', "\\'"),
    )
}

/// `source as col`, or just `col` when both are written the same.
fn renamed(source: &str, col: &str) -> String {
    if source == col {
        col.to_string()
    } else {
        format!("{source} as {col}")
    }
}

/// Seed CSV with the table's rows.
fn seed_csv(t: &Table) -> String {
    let stored: Vec<&crate::catalog::Column> = t.stored_columns().collect();
    let mut out = csv::line(stored.iter().map(|c| Some(c.name.as_str())));
    for row in t.rows.iter() {
        let cells: Vec<Option<String>> = row
            .values()
            .zip(&stored)
            .map(|(v, c)| {
                let ty = c.data_type.as_ref().map(|d| d.name.as_str()).unwrap_or("");
                seed_value(v, ty)
            })
            .collect();
        out.push_str(&csv::line(cells.iter().map(|c| c.as_deref())));
    }
    out
}

/// A value as the seed loader reads it: bits as booleans, datetimes cut to microseconds.
fn seed_value(v: ValueRef<'_>, ty: &str) -> Option<String> {
    match v {
        ValueRef::Null => None,
        ValueRef::Number(n) if ty == "bit" => {
            Some(if n.trim_start_matches('-') == "0" { "false" } else { "true" }.into())
        }
        ValueRef::Number(n) => Some(n.to_string()),
        ValueRef::Text(s) if matches!(ty, "datetime2" | "datetime" | "smalldatetime" | "datetimeoffset" | "time") => {
            Some(cut_fraction(s))
        }
        ValueRef::Text(s) => Some(s.to_string()),
        // The seed loader reads `\xNN` escapes into BLOB bytes.
        ValueRef::Binary(h) => {
            Some(h.as_bytes().chunks(2).map(|p| format!("\\x{}", String::from_utf8_lossy(p))).collect())
        }
    }
}

/// `10:00:00.1234567` → `10:00:00.123456`: the target keeps microseconds.
fn cut_fraction(s: &str) -> String {
    match s.rfind('.') {
        Some(dot) if s[dot + 1..].chars().all(|c| c.is_ascii_digit()) && s.len() - dot - 1 > 6 => {
            s[..dot + 7].to_string()
        }
        _ => s.to_string(),
    }
}

/// `_<db>__seeds.yml`: column types of every seed, so empty tables and typed values load right.
fn seeds_yml(input: &ProjectInput<'_>) -> GeneratedFile {
    let seeds = input
        .catalog
        .tables
        .par_iter()
        .filter_map(|(key, t)| {
            let names = input.plan.tables.get(key)?;
            let types: Vec<(String, Yaml)> = t
                .stored_columns()
                .filter_map(|c| {
                    let ty = column_type(c.data_type.as_ref()?, input.target).ok()?;
                    Some((c.name.clone(), Yaml::str(ty.to_lowercase())))
                })
                .collect();
            Some(item(&Yaml::map(vec![
                ("name", Yaml::str(names.seed.clone())),
                (
                    "description",
                    Yaml::str(format!("Rows of [{}].[{}] from the INSERT scripts.", t.name.schema, t.name.name)),
                ),
                ("config", Yaml::map(vec![("column_types", Yaml::Map(types))])),
            ])))
        })
        .collect();
    let doc = Yaml::map(vec![("version", Yaml::Raw("2".into())), ("seeds", Yaml::List(seeds))]);
    GeneratedFile { path: format!("seeds/{db}/_{db}__seeds.yml", db = input.plan.db), contents: render(&doc) }
}

/// `_<db>__models.yml`: descriptions of view and procedure models.
fn models_yml(input: &ProjectInput<'_>) -> GeneratedFile {
    let models = input
        .models
        .par_iter()
        .filter_map(|(key, m)| {
            let name = input.plan.models.get(key)?;
            let mut entries = vec![("name", Yaml::str(name.clone()))];
            let desc = m.description.clone().unwrap_or_else(|| format!("Converted from {key}."));
            entries.push(("description", Yaml::str(inert(&desc))));
            Some(item(&Yaml::map(entries)))
        })
        .collect();
    let doc = Yaml::map(vec![("version", Yaml::Raw("2".into())), ("models", Yaml::List(models))]);
    GeneratedFile { path: format!("models/marts/{db}/_{db}__models.yml", db = input.plan.db), contents: render(&doc) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_are_cut_to_microseconds() {
        assert_eq!(cut_fraction("2026-01-15 10:00:00.1234567"), "2026-01-15 10:00:00.123456");
        assert_eq!(cut_fraction("2026-01-15 10:00:00.123"), "2026-01-15 10:00:00.123");
        assert_eq!(cut_fraction("2026-01-15"), "2026-01-15");
    }
}
