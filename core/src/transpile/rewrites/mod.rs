//! Named rewrites: conversions that need more than a rename or a template. One file per family;
//! each function opens with the SQL Server behaviour it emulates.

pub mod aggregate;
pub mod convert;
pub mod dates;
pub mod logic;
pub mod math;
pub mod strings;

use super::passes::Ctx;
use crate::analyze::types::Ty;
use sqlparser::ast::{
    CastKind, DataType, Expr, Function, FunctionArg, FunctionArgExpr, FunctionArgumentList, FunctionArguments, Ident,
    ObjectName, Value,
};

/// A function call being converted: arguments already converted, types of the T-SQL arguments.
pub struct Call {
    /// Upper-case T-SQL name.
    pub name: String,
    pub args: Vec<Expr>,
    pub types: Vec<Ty>,
    /// The original call (for its OVER clause, DISTINCT, ...).
    pub original: Function,
}

/// A rewrite: the converted expression, or why it cannot be converted faithfully.
pub type RewriteFn = fn(&mut Ctx, Call) -> Result<Expr, String>;

/// `name(args)`.
pub fn func(name: &str, args: Vec<Expr>) -> Expr {
    Expr::Function(function(name, args))
}

/// The call `name(args)` as a [`Function`] node.
pub fn function(name: &str, args: Vec<Expr>) -> Function {
    Function {
        name: ObjectName::from(vec![Ident::new(name)]),
        uses_odbc_syntax: false,
        parameters: FunctionArguments::None,
        args: FunctionArguments::List(FunctionArgumentList {
            duplicate_treatment: None,
            args: args.into_iter().map(|a| FunctionArg::Unnamed(FunctionArgExpr::Expr(a))).collect(),
            clauses: Vec::new(),
        }),
        filter: None,
        null_treatment: None,
        over: None,
        within_group: Vec::new(),
    }
}

/// A bare identifier (a date unit keyword such as `month`).
pub fn ident(name: &str) -> Expr {
    Expr::Identifier(Ident::new(name))
}

/// A string literal.
pub fn string(s: &str) -> Expr {
    Expr::Value(Value::SingleQuotedString(s.to_string()).with_empty_span())
}

/// A number literal.
pub fn number(n: i64) -> Expr {
    Expr::Value(Value::Number(n.to_string(), false).with_empty_span())
}

/// `CAST(expr AS type)` with the target's type text (`expr` itself when it is already a plain
/// CAST to that type).
pub fn cast(expr: Expr, type_text: &str) -> Expr {
    if let Expr::Cast { kind: CastKind::Cast, data_type, format: None, .. } = &expr {
        if data_type.to_string() == type_text {
            return expr;
        }
    }
    Expr::Cast {
        kind: CastKind::Cast,
        expr: Box::new(expr),
        data_type: DataType::Custom(ObjectName::from(vec![Ident::new(type_text)]), Vec::new()),
        format: None,
    }
}

/// Wrap compound expressions in parentheses so they keep their meaning inside another operator.
pub fn nested(e: Expr) -> Expr {
    match e {
        Expr::Identifier(_)
        | Expr::CompoundIdentifier(_)
        | Expr::Value(_)
        | Expr::Function(_)
        | Expr::Nested(_)
        | Expr::Cast { .. }
        | Expr::Case { .. } => e,
        other => Expr::Nested(Box::new(other)),
    }
}

/// The argument count must be in `range`.
pub fn arity(call: &Call, range: std::ops::RangeInclusive<usize>) -> Result<(), String> {
    if range.contains(&call.args.len()) {
        Ok(())
    } else {
        Err(format!("{} takes {} to {} arguments, found {}", call.name, range.start(), range.end(), call.args.len()))
    }
}

/// An integer literal's value, if the expression is one.
pub fn int_literal(e: &Expr) -> Option<i64> {
    match e {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n.parse().ok(),
            _ => None,
        },
        Expr::Nested(inner) => int_literal(inner),
        Expr::UnaryOp { op: sqlparser::ast::UnaryOperator::Minus, expr } => int_literal(expr).map(|v| -v),
        _ => None,
    }
}
