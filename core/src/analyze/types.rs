//! Expression type inference, shared with transpile: `a + b` is string concatenation only when
//! both sides are strings, `a / b` is integer division only when both are integers.

use crate::parse::SqlType;
use serde::Serialize;
use sqlparser::ast::{BinaryOperator, Expr, FunctionArg, FunctionArgExpr, FunctionArguments, UnaryOperator, Value};

/// The type families that change how SQL Server evaluates an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Ty {
    /// char, varchar, nchar, nvarchar, text, ntext, xml, sysname.
    Str,
    /// tinyint, smallint, int, bigint.
    Int,
    /// decimal, numeric, money, smallmoney.
    Decimal,
    /// float, real.
    Float,
    /// bit.
    Bit,
    Date,
    /// datetime, datetime2, smalldatetime, datetimeoffset.
    DateTime,
    Time,
    Binary,
    Guid,
    /// The `NULL` literal: takes the other operand's type.
    Null,
    Unknown,
}

impl Ty {
    /// The family of a declared SQL Server type.
    pub fn of(t: &SqlType) -> Ty {
        match t.name.as_str() {
            "char" | "varchar" | "nchar" | "nvarchar" | "text" | "ntext" | "xml" | "sysname" => Ty::Str,
            "tinyint" | "smallint" | "int" | "bigint" => Ty::Int,
            "decimal" | "numeric" | "money" | "smallmoney" => Ty::Decimal,
            "float" | "real" | "double" => Ty::Float,
            "bit" => Ty::Bit,
            "date" => Ty::Date,
            "datetime" | "datetime2" | "smalldatetime" | "datetimeoffset" => Ty::DateTime,
            "time" => Ty::Time,
            "binary" | "varbinary" | "image" | "rowversion" | "timestamp" => Ty::Binary,
            "uniqueidentifier" => Ty::Guid,
            _ => Ty::Unknown,
        }
    }

    pub fn is_numeric(self) -> bool {
        matches!(self, Ty::Int | Ty::Decimal | Ty::Float | Ty::Bit)
    }

    /// SQL Server's data type precedence: the result of mixing two types (higher wins).
    fn precedence(self) -> u8 {
        match self {
            Ty::DateTime => 9,
            Ty::Date => 8,
            Ty::Time => 7,
            Ty::Float => 6,
            Ty::Decimal => 5,
            Ty::Int => 4,
            Ty::Bit => 3,
            Ty::Guid => 2,
            Ty::Str => 1,
            Ty::Binary => 0,
            Ty::Null | Ty::Unknown => 0,
        }
    }

    /// The type of `a op b` for arithmetic, by precedence.
    pub fn combine(a: Ty, b: Ty) -> Ty {
        match (a, b) {
            (Ty::Unknown, _) | (_, Ty::Unknown) => Ty::Unknown,
            (Ty::Null, x) | (x, Ty::Null) => x,
            (x, y) if x.precedence() >= y.precedence() => x,
            (_, y) => y,
        }
    }
}

/// Where column types come from: the relations in scope of an expression.
pub trait ColumnTypes {
    /// Type of `column` of the relation with alias or name `qualifier` (or of any relation in
    /// scope when `qualifier` is `None`).
    fn column_type(&self, qualifier: Option<&str>, column: &str) -> Option<Ty>;
    /// Declared type of a variable or parameter (`@x`).
    fn variable_type(&self, _name: &str) -> Option<Ty> {
        None
    }
    /// Return type of a user function (`dbo.fn_x`).
    fn function_type(&self, _name: &[String]) -> Option<Ty> {
        None
    }
}

/// Infer the SQL Server type family of `expr`.
pub fn infer(expr: &Expr, env: &dyn ColumnTypes) -> Ty {
    match expr {
        Expr::Nested(e) => infer(e, env),
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => {
                if n.contains(['e', 'E']) {
                    Ty::Float
                } else if n.contains('.') {
                    Ty::Decimal
                } else {
                    Ty::Int
                }
            }
            Value::SingleQuotedString(_) | Value::NationalStringLiteral(_) => Ty::Str,
            Value::HexStringLiteral(_) => Ty::Binary,
            // `$12.50`: a money literal.
            Value::Placeholder(p)
                if p.strip_prefix('$').is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())) =>
            {
                Ty::Decimal
            }
            Value::Null => Ty::Null,
            _ => Ty::Unknown,
        },
        Expr::Identifier(id) if id.value.starts_with('@') => env.variable_type(&id.value).unwrap_or(Ty::Unknown),
        Expr::Identifier(id) => env.column_type(None, &id.value).unwrap_or(Ty::Unknown),
        Expr::CompoundIdentifier(ids) => match ids.as_slice() {
            [.., q, c] => env.column_type(Some(&q.value), &c.value).unwrap_or(Ty::Unknown),
            _ => Ty::Unknown,
        },
        Expr::BinaryOp { left, op, right } => match op {
            BinaryOperator::Plus => {
                let (l, r) = (infer(left, env), infer(right, env));
                if is_string_pair(l, r) {
                    Ty::Str
                } else {
                    Ty::combine(l, r)
                }
            }
            BinaryOperator::Minus | BinaryOperator::Multiply | BinaryOperator::Divide | BinaryOperator::Modulo => {
                Ty::combine(infer(left, env), infer(right, env))
            }
            BinaryOperator::StringConcat => Ty::Str,
            _ => Ty::Bit, // comparisons and logic; only meaningful inside CASE/IIF conditions
        },
        Expr::UnaryOp { op: UnaryOperator::Minus | UnaryOperator::Plus, expr } => infer(expr, env),
        Expr::Cast { data_type, .. } => Ty::of(&SqlType::from_data_type(data_type)),
        Expr::Convert { data_type: Some(dt), .. } => Ty::of(&SqlType::from_data_type(dt)),
        Expr::Case { conditions, else_result, .. } => {
            let mut ty = Ty::Null;
            for c in conditions {
                ty = merge_branch(ty, infer(&c.result, env));
            }
            if let Some(e) = else_result {
                ty = merge_branch(ty, infer(e, env));
            }
            ty
        }
        Expr::Function(f) => {
            let parts: Vec<String> =
                f.name.0.iter().map(|p| p.to_string().trim_matches(['[', ']']).to_string()).collect();
            let args = function_args(&f.args);
            if parts.len() > 1 {
                return env.function_type(&parts).unwrap_or(Ty::Unknown);
            }
            let name = parts.last().map(|s| s.to_ascii_uppercase()).unwrap_or_default();
            builtin_type(&name, &args, env).unwrap_or_else(|| env.function_type(&parts).unwrap_or(Ty::Unknown))
        }
        Expr::Substring { .. } | Expr::Trim { .. } => Ty::Str,
        Expr::Extract { .. } => Ty::Int,
        Expr::Subquery(_) => Ty::Unknown,
        _ => Ty::Unknown,
    }
}

/// Both operands of `+` are strings (a NULL literal beside a string stays a string).
pub fn is_string_pair(l: Ty, r: Ty) -> bool {
    matches!((l, r), (Ty::Str, Ty::Str) | (Ty::Str, Ty::Null) | (Ty::Null, Ty::Str))
}

fn merge_branch(acc: Ty, next: Ty) -> Ty {
    match (acc, next) {
        (Ty::Null, x) | (x, Ty::Null) => x,
        (a, b) if a == b => a,
        (a, b) => Ty::combine(a, b),
    }
}

/// Unnamed argument expressions of a call.
pub fn function_args(args: &FunctionArguments) -> Vec<&Expr> {
    match args {
        FunctionArguments::List(list) => list
            .args
            .iter()
            .filter_map(|a| match a {
                FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Some(e),
                FunctionArg::Named { arg: FunctionArgExpr::Expr(e), .. } => Some(e),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Result types of built-in functions (SQL Server documentation, "Return types").
fn builtin_type(name: &str, args: &[&Expr], env: &dyn ColumnTypes) -> Option<Ty> {
    let first = || args.first().map(|a| infer(a, env)).unwrap_or(Ty::Unknown);
    Some(match name {
        "LEN" | "DATALENGTH" | "CHARINDEX" | "PATINDEX" | "DATEDIFF" | "DATEPART" | "YEAR" | "MONTH" | "DAY"
        | "COUNT" | "ROW_NUMBER" | "RANK" | "DENSE_RANK" | "NTILE" | "ASCII" | "UNICODE" | "SIGN" | "ISNUMERIC"
        | "ISDATE" | "@@ROWCOUNT" | "DATEDIFF_BIG" | "COUNT_BIG" => Ty::Int,
        "UPPER" | "LOWER" | "LTRIM" | "RTRIM" | "TRIM" | "LEFT" | "RIGHT" | "SUBSTRING" | "REPLACE" | "REPLICATE"
        | "REVERSE" | "STUFF" | "CONCAT" | "CONCAT_WS" | "STRING_AGG" | "FORMAT" | "DATENAME" | "CHAR" | "NCHAR"
        | "SPACE" | "QUOTENAME" | "STR" | "TRANSLATE" | "SOUNDEX" => Ty::Str,
        "GETDATE" | "SYSDATETIME" | "GETUTCDATE" | "SYSUTCDATETIME" | "CURRENT_TIMESTAMP" | "DATETIMEFROMPARTS"
        | "SYSDATETIMEOFFSET" => Ty::DateTime,
        "DATEFROMPARTS" | "EOMONTH" => Ty::Date,
        // A string or an integer date argument is read as a datetime.
        "DATEADD" => match args.get(2).map(|a| infer(a, env)).unwrap_or(Ty::Unknown) {
            Ty::Str | Ty::Int => Ty::DateTime,
            t => t,
        },
        "ISNULL" | "COALESCE" | "NULLIF" | "MIN" | "MAX" | "ABS" | "CEILING" | "FLOOR" | "ROUND" | "FIRST_VALUE"
        | "LAST_VALUE" | "LAG" | "LEAD" => {
            let mut ty = Ty::Null;
            let take =
                if name == "NULLIF" || name.starts_with('L') || name.ends_with("_VALUE") { 1 } else { args.len() };
            for a in args.iter().take(take.max(1)) {
                ty = merge_branch(ty, infer(a, env));
            }
            if ty == Ty::Null {
                first()
            } else {
                ty
            }
        }
        "SUM" => match first() {
            Ty::Bit => Ty::Int,
            t => t,
        },
        "AVG" => first(),
        "IIF" => merge_branch(
            args.get(1).map(|a| infer(a, env)).unwrap_or(Ty::Null),
            args.get(2).map(|a| infer(a, env)).unwrap_or(Ty::Null),
        ),
        "CHOOSE" => args.iter().skip(1).fold(Ty::Null, |acc, a| merge_branch(acc, infer(a, env))),
        // POWER returns the type of its first argument.
        "POWER" => first(),
        "SQRT" | "SQUARE" | "EXP" | "LOG" | "LOG10" | "SIN" | "COS" | "TAN" | "RAND" | "PI" => Ty::Float,
        "NEWID" => Ty::Guid,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::MsSqlDialect;
    use sqlparser::parser::Parser;

    struct Cols;
    impl ColumnTypes for Cols {
        fn column_type(&self, _q: Option<&str>, c: &str) -> Option<Ty> {
            match c.to_ascii_lowercase().as_str() {
                "name" => Some(Ty::Str),
                "qty" => Some(Ty::Int),
                "price" => Some(Ty::Decimal),
                _ => None,
            }
        }
    }

    fn ty(sql: &str) -> Ty {
        let e = Parser::new(&MsSqlDialect {})
            .try_with_sql(sql)
            .and_then(|mut p| p.parse_expr())
            .unwrap_or_else(|e| panic!("{e}"));
        infer(&e, &Cols)
    }

    #[test]
    fn plus_is_concatenation_only_between_strings() {
        assert_eq!(ty("name + N' ' + name"), Ty::Str);
        assert_eq!(ty("'ORD-' + CAST(qty AS varchar(10))"), Ty::Str);
        assert_eq!(ty("qty + '1'"), Ty::Int);
        assert_eq!(ty("qty * price"), Ty::Decimal);
        assert_eq!(ty("qty / 2"), Ty::Int);
        assert_eq!(ty("unknown_col + 'x'"), Ty::Unknown);
        assert_eq!(ty("ISNULL(name, '')"), Ty::Str);
        assert_eq!(ty("CASE WHEN qty > 1 THEN 'a' ELSE NULL END"), Ty::Str);
    }
}
