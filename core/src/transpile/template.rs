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

/// Replace `$n` by `args[n-1]`.
pub fn instantiate(template: &str, args: &[Expr]) -> Result<Expr, String> {
    // Templates come from static tables; leak-free lookup needs a 'static key, so find it there.
    let key: &'static str = static_key(template).ok_or_else(|| format!("unknown template `{template}`"))?;
    let mut expr = parse(key)?;
    let mut missing = None;
    let _ = visit_expressions_mut(&mut expr, |e: &mut Expr| {
        if let Expr::Value(v) = e {
            if let Value::Placeholder(p) = &v.value {
                match p
                    .strip_prefix('$')
                    .and_then(|n| n.parse::<usize>().ok())
                    .and_then(|n| args.get(n.wrapping_sub(1)))
                {
                    Some(arg) => *e = nested(arg.clone()),
                    None => missing = Some(p.clone()),
                }
            }
        }
        ControlFlow::<()>::Continue(())
    });
    match missing {
        Some(p) => Err(format!("{p} has no argument ({} given)", args.len())),
        None => Ok(expr),
    }
}

/// Every template used by the tables and rewrites.
pub static TEMPLATES: &[&str] = &[
    "CAST(timezone('UTC', now()) AS TIMESTAMP)",
    "length(rtrim($1))",
    "repeat(' ', $1)",
    "($1 * $1)",
    "(ln($1) / ln($2))",
    "(trunc($1 * pow(10, $2)) / pow(10, $2))",
    "CASE WHEN strpos(substring($2, greatest($3, 1)), $1) = 0 THEN 0 ELSE strpos(substring($2, greatest($3, 1)), $1) + greatest($3, 1) - 1 END",
];

fn static_key(template: &str) -> Option<&'static str> {
    TEMPLATES.iter().copied().find(|t| *t == template)
}
