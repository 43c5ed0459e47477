//! Templates of the mapping tables: SQL expressions with `$1`, `$2`, ... slots, parsed once into
//! an AST and instantiated by substituting argument ASTs (never by splicing text).

use super::rewrites::nested;
use sqlparser::ast::{visit_expressions_mut, Expr, Value};
use sqlparser::dialect::GenericDialect;
use sqlparser::parser::Parser;
use std::collections::HashMap;
use std::ops::ControlFlow;
use std::sync::{Mutex, OnceLock};

fn cache() -> &'static Mutex<HashMap<&'static str, Expr>> {
    static CACHE: OnceLock<Mutex<HashMap<&'static str, Expr>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Parse a template (templates are ours, so a failure is a bug reported as an unsupported
/// construct rather than a panic).
pub fn parse(template: &'static str) -> Result<Expr, String> {
    if let Ok(map) = cache().lock() {
        if let Some(e) = map.get(template) {
            return Ok(e.clone());
        }
    }
    let expr = Parser::new(&GenericDialect {})
        .try_with_sql(template)
        .and_then(|mut p| p.parse_expr())
        .map_err(|e| format!("internal template `{template}` does not parse: {e}"))?;
    if let Ok(mut map) = cache().lock() {
        map.insert(template, expr.clone());
    }
    Ok(expr)
}

/// Replace `$n` by `args[n-1]`. Every argument must have a slot: a template that would drop
/// an argument (a seeded `RAND(5)` on a zero-slot template) is an error, not a silent change.
pub fn instantiate(template: &'static str, args: &[Expr]) -> Result<Expr, String> {
    let mut expr = parse(template)?;
    let mut missing = None;
    let mut highest = 0;
    let _ = visit_expressions_mut(&mut expr, |e: &mut Expr| {
        if let Expr::Value(v) = e {
            if let Value::Placeholder(p) = &v.value {
                let n = p.strip_prefix('$').and_then(|n| n.parse::<usize>().ok());
                highest = highest.max(n.unwrap_or(0));
                match n.and_then(|n| args.get(n.wrapping_sub(1))) {
                    Some(arg) => *e = nested(arg.clone()),
                    None => missing = Some(p.clone()),
                }
            }
        }
        ControlFlow::<()>::Continue(())
    });
    match missing {
        Some(p) => Err(format!("{p} has no argument ({} given)", args.len())),
        None if args.len() > highest => Err(format!("takes {highest} arguments here, {} given", args.len())),
        None => Ok(expr),
    }
}

/// Templates written in rewrite functions (the tables' and profiles' templates are collected
/// from them by the guard test).
#[cfg(test)]
pub static TEMPLATES: &[&str] = &[
    "(ln($1) / ln($2))",
    "CASE WHEN $1 < 1 THEN 1 ELSE $1 END",
    "CASE WHEN $1 >= 1 THEN $2 WHEN $2 + $1 - 1 < 0 THEN 0 ELSE $2 + $1 - 1 END",
    "CASE WHEN $1 THEN '1' WHEN NOT $1 THEN '0' END",
    "CASE WHEN strpos(substring($2, greatest($3, 1)), $1) = 0 THEN 0 ELSE strpos(substring($2, greatest($3, 1)), $1) + greatest($3, 1) - 1 END",
];
