//! What the analysis reads from a view's query or a routine's body, taken once per definition.
//!
//! A catalog that keeps no trees ([ADR 0018](../../../docs/decisions/0018-definitions-parsed-again-when-needed.md))
//! takes these on the parse worker, while the tree is there, and then drops the query or body; a
//! catalog that keeps its trees works them out from the tree the first time they are asked for.
//! Either way they come from the same functions on the same tree.

use super::classify::{self, Shape};
use super::deps::{self, References};
use crate::parse::{CreateView, Routine, RoutineKind};

/// The tree-derived facts of one view or routine.
#[derive(Debug, Clone, Default)]
pub struct TreeFacts {
    /// The names the definition references, its features and dynamic SQL.
    pub(crate) references: References,
    /// Statement count, nesting and control flow.
    pub(crate) shape: Shape,
    /// A header whose query or body did not parse (a view without a query; a routine with body
    /// text but neither statements nor a query).
    pub(crate) unparsed: bool,
    /// A procedure whose body is `[SET ...;] TRUNCATE TABLE t; INSERT INTO t ... SELECT ...`.
    pub(crate) rebuild_pattern: bool,
    /// A scalar function whose body is `[BEGIN] RETURN expression [END]`.
    pub(crate) simple_scalar: bool,
    /// The body has no statements.
    pub(crate) empty_body: bool,
}

impl TreeFacts {
    /// The facts of a view.
    pub fn of_view(view: &CreateView) -> Self {
        let query = view.query.as_deref();
        TreeFacts {
            references: query.map(deps::query_references).unwrap_or_default(),
            shape: query.map(classify::query_shape).unwrap_or_default(),
            unparsed: query.is_none(),
            rebuild_pattern: false,
            simple_scalar: false,
            empty_body: true,
        }
    }

    /// The facts of a procedure, function or trigger.
    pub fn of_routine(r: &Routine) -> Self {
        let body = &r.body;
        let (references, shape) = match &body.query {
            Some(q) => (deps::query_references(q), classify::query_shape(q)),
            None => (deps::statements_references(&body.statements), classify::body_shape(&body.statements)),
        };
        TreeFacts {
            references,
            shape,
            unparsed: body.query.is_none() && body.statements.is_empty() && !body.text.trim().is_empty(),
            rebuild_pattern: r.kind == RoutineKind::Procedure && classify::is_rebuild_pattern(&body.statements),
            simple_scalar: r.kind == RoutineKind::ScalarFunction && classify::is_simple_scalar(&body.statements),
            empty_body: body.statements.is_empty(),
        }
    }
}
