//! Rule kinds of the mapping tables: one rule per T-SQL construct per target.

use super::rewrites::RewriteFn;
use crate::diagnostics::Code;

/// How a T-SQL construct converts for one target.
#[derive(Clone, Copy)]
pub enum Rule {
    /// Unchanged.
    Same,
    /// Same arguments, another name.
    Rename(&'static str),
    /// An expression with argument slots `$1`, `$2`, ... (parsed to an AST, never spliced as text).
    Template(&'static str),
    /// A named rewrite function in `rewrites/`.
    Rewrite(&'static str, RewriteFn),
    /// No faithful translation: emit this diagnostic with the reason.
    Unsupported(Code, &'static str),
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rule::Same => write!(f, "same"),
            Rule::Rename(n) => write!(f, "rename {n}"),
            Rule::Template(t) => write!(f, "template {t}"),
            Rule::Rewrite(n, _) => write!(f, "rewrite {n}"),
            Rule::Unsupported(c, why) => write!(f, "unsupported {c}: {why}"),
        }
    }
}

pub const fn same() -> Rule {
    Rule::Same
}
pub const fn rename(name: &'static str) -> Rule {
    Rule::Rename(name)
}
pub const fn template(t: &'static str) -> Rule {
    Rule::Template(t)
}
pub const fn rewrite(name: &'static str, f: RewriteFn) -> Rule {
    Rule::Rewrite(name, f)
}
pub const fn unsupported(why: &'static str) -> Rule {
    Rule::Unsupported(Code::DM3001, why)
}
