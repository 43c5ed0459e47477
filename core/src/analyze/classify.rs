//! Per-object classification (how it is expected to convert, and why) and complexity (how much
//! work a person needs if it does not convert on its own).
//!
//! The classification is decided before conversion, from the analysis alone. The pipeline's
//! status (converted / with warnings / needs review / blocked / failed) is the outcome after
//! conversion and can be stricter: transpile finds warnings the analysis cannot see.
//!
//! Complexity score (all counts over the object's definition):
//!
//! ```text
//! score = statements + 2 × control_flow + 3 × (max_depth − 1, at least 0) + 5 × constructs
//! effort_hours = base(class) × (1 + score / 20), rounded to 0.1 h
//! base: auto 0.1 · auto_with_warnings 0.25 · needs_review 1.0 · unsupported 2.0
//! ```
//!
//! `statements` counts leaf statements (a view or inline function is one); `control_flow` counts
//! IF, WHILE, TRY/CATCH, GOTO, BREAK and CONTINUE; `max_depth` is block nesting plus query
//! nesting (a plain SELECT is 1, each subquery, CTE or derived table adds one); `constructs`
//! counts notable constructs ([`Feature`]s: dynamic SQL, cursors, loops, transactions, ...).

use super::deps::Feature;
use super::ObjectKind;
use crate::diagnostics::Code;
use crate::parse::{ParsedStatement, Stmt};
use serde::Serialize;
use sqlparser::ast::{Query, Statement as SqlStatement, Visit, Visitor};
use std::ops::ControlFlow;

/// How an object is expected to convert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// Converts with no diagnostic.
    Auto,
    /// Converts; the reasons say where meaning or dependencies may differ.
    AutoWithWarnings,
    /// Needs a person (or the agent): dynamic SQL, cursors, triggers, procedures, ...
    NeedsReview,
    /// Cannot be converted as it stands: unparsed definitions, dependency cycles.
    Unsupported,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Auto => "auto",
            Class::AutoWithWarnings => "auto_with_warnings",
            Class::NeedsReview => "needs_review",
            Class::Unsupported => "unsupported",
        }
    }

    /// Hours a person needs for an object of this class with complexity score 0.
    pub fn base_hours(self) -> f64 {
        match self {
            Class::Auto => 0.1,
            Class::AutoWithWarnings => 0.25,
            Class::NeedsReview => 1.0,
            Class::Unsupported => 2.0,
        }
    }
}

/// Size and shape of an object's definition, and the effort it implies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Complexity {
    /// Leaf statements (a view or inline function counts one).
    pub statements: u32,
    /// Deepest nesting of blocks, control flow and queries (a plain SELECT is 1).
    pub max_depth: u32,
    /// IF, WHILE, TRY/CATCH, GOTO, BREAK, CONTINUE.
    pub control_flow: u32,
    /// Notable constructs (dynamic SQL, cursors, loops, transactions, temp tables, ...).
    pub constructs: u32,
    /// `statements + 2·control_flow + 3·max(max_depth − 1, 0) + 5·constructs`.
    pub score: u32,
    /// `base(class) · (1 + score / 20)` hours, rounded to 0.1 (see [`Class::base_hours`]).
    pub effort_hours: f64,
}

impl Complexity {
    /// Complexity from the counts; `effort_hours` follows from `class`.
    pub fn new(statements: u32, max_depth: u32, control_flow: u32, constructs: u32, class: Class) -> Self {
        let score = statements
            .saturating_add(control_flow.saturating_mul(2))
            .saturating_add(max_depth.saturating_sub(1).saturating_mul(3))
            .saturating_add(constructs.saturating_mul(5));
        let hours = class.base_hours() * (1.0 + f64::from(score) / 20.0);
        Complexity {
            statements,
            max_depth,
            control_flow,
            constructs,
            score,
            effort_hours: (hours * 10.0).round() / 10.0,
        }
    }
}

/// Shape counts of a definition, before the class is known.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Shape {
    pub statements: u32,
    pub max_depth: u32,
    pub control_flow: u32,
}

/// Shape of a view or inline function: one statement, its query nesting.
pub(crate) fn query_shape(q: &Query) -> Shape {
    Shape { statements: 1, max_depth: query_depth(q), control_flow: 0 }
}

/// Shape of a routine body.
pub(crate) fn body_shape(stmts: &[ParsedStatement]) -> Shape {
    let mut s = Shape::default();
    walk(stmts, 0, &mut s);
    s
}

fn walk(stmts: &[ParsedStatement], depth: u32, s: &mut Shape) {
    for st in stmts {
        walk_one(st, depth, s);
    }
}

fn walk_one(st: &ParsedStatement, depth: u32, s: &mut Shape) {
    let deeper = depth.saturating_add(1);
    match &st.stmt {
        Stmt::Block(list) => walk(list, deeper, s),
        Stmt::If { condition, then, otherwise } => {
            s.control_flow += 1;
            s.statements += 1;
            s.max_depth = s.max_depth.max(depth + query_depth(condition)).max(deeper);
            walk_one(then, deeper, s);
            if let Some(o) = otherwise {
                walk_one(o, deeper, s);
            }
        }
        Stmt::While { condition, body } => {
            s.control_flow += 1;
            s.statements += 1;
            s.max_depth = s.max_depth.max(depth + query_depth(condition)).max(deeper);
            walk_one(body, deeper, s);
        }
        Stmt::TryCatch { body, handler } => {
            s.control_flow += 1;
            s.max_depth = s.max_depth.max(deeper);
            walk(body, deeper, s);
            walk(handler, deeper, s);
        }
        Stmt::Goto(_) | Stmt::Break | Stmt::Continue => {
            s.control_flow += 1;
            s.statements += 1;
            s.max_depth = s.max_depth.max(depth);
        }
        Stmt::Sql(sql) => {
            s.statements += 1;
            s.max_depth = s.max_depth.max(depth + query_depth(sql.as_ref()));
        }
        Stmt::DeclareCursor { query, .. } => {
            s.statements += 1;
            s.max_depth = s.max_depth.max(depth + query_depth(query.as_ref()));
        }
        Stmt::Return(Some(e)) => {
            s.statements += 1;
            s.max_depth = s.max_depth.max(depth + query_depth(e));
        }
        Stmt::Label(_) => {}
        _ => {
            s.statements += 1;
            s.max_depth = s.max_depth.max(depth);
        }
    }
}

/// Deepest query nesting inside a node (0 when it holds no query).
fn query_depth<V: Visit>(node: &V) -> u32 {
    struct Depth {
        now: u32,
        max: u32,
    }
    impl Visitor for Depth {
        type Break = ();
        fn pre_visit_query(&mut self, _q: &Query) -> ControlFlow<()> {
            self.now += 1;
            self.max = self.max.max(self.now);
            ControlFlow::Continue(())
        }
        fn post_visit_query(&mut self, _q: &Query) -> ControlFlow<()> {
            self.now = self.now.saturating_sub(1);
            ControlFlow::Continue(())
        }
        fn pre_visit_statement(&mut self, st: &SqlStatement) -> ControlFlow<()> {
            // DML is a query level of its own (its FROM / WHERE subqueries nest under it).
            if matches!(
                st,
                SqlStatement::Insert(_) | SqlStatement::Update(_) | SqlStatement::Delete(_) | SqlStatement::Merge(_)
            ) {
                self.now += 1;
                self.max = self.max.max(self.now);
            }
            ControlFlow::Continue(())
        }
    }
    let mut d = Depth { now: 0, max: 0 };
    let _ = node.visit(&mut d);
    d.max
}

/// The facts classification needs about one object.
pub(crate) struct Facts<'a> {
    pub kind: ObjectKind,
    pub features: &'a std::collections::BTreeSet<Feature>,
    /// Codes of the analysis's own diagnostics about the object (severity warning or above).
    pub warnings: Vec<Code>,
    pub in_cycle: bool,
    /// A view without a query, or a routine whose body did not parse.
    pub unparsed: bool,
    pub uses_sequence: bool,
    /// The procedure is `TRUNCATE t; INSERT INTO t SELECT ...` (a dbt table model).
    pub rebuild_pattern: bool,
    /// The scalar function's body is a single `RETURN expression`.
    pub simple_scalar: bool,
}

/// Class and reasons (sorted, unique diagnostic codes).
pub(crate) fn classify(f: &Facts<'_>) -> (Class, Vec<Code>) {
    let mut unsupported = Vec::new();
    let mut review = Vec::new();
    if f.unparsed || f.features.contains(&Feature::Unparsed) {
        unsupported.push(Code::DM1102);
    }
    if f.in_cycle {
        unsupported.push(Code::DM2006);
    }
    if f.features.contains(&Feature::DynamicSql) {
        review.push(Code::DM2101);
    }
    if f.features.contains(&Feature::Cursor) {
        review.push(Code::DM2102);
    }
    if f.uses_sequence || f.kind == ObjectKind::Sequence {
        review.push(Code::DM2105);
    }
    match f.kind {
        ObjectKind::Trigger => review.push(Code::DM2103),
        ObjectKind::Procedure if !f.rebuild_pattern => review.push(Code::DM3005),
        ObjectKind::TableFunction => review.push(Code::DM3006),
        ObjectKind::ScalarFunction if !f.simple_scalar => review.push(Code::DM3006),
        _ => {}
    }
    let class = if !unsupported.is_empty() {
        Class::Unsupported
    } else if !review.is_empty() {
        Class::NeedsReview
    } else if !f.warnings.is_empty() {
        Class::AutoWithWarnings
    } else {
        Class::Auto
    };
    let mut reasons: Vec<Code> = unsupported.into_iter().chain(review).chain(f.warnings.iter().copied()).collect();
    reasons.sort();
    reasons.dedup();
    (class, reasons)
}

/// `[SET ...;] TRUNCATE TABLE t; INSERT INTO t ... SELECT ...`: the shape the pipeline turns into
/// a dbt table model.
pub(crate) fn is_rebuild_pattern(stmts: &[ParsedStatement]) -> bool {
    let mut flat = Vec::new();
    flatten(stmts, &mut flat);
    let sql: Vec<&SqlStatement> = flat
        .iter()
        .filter(|s| !matches!(s.stmt, Stmt::SetOption { .. }))
        .filter_map(|s| match &s.stmt {
            Stmt::Sql(q) => Some(q.as_ref()),
            _ => None,
        })
        .collect();
    let others = flat.iter().filter(|s| !matches!(s.stmt, Stmt::SetOption { .. } | Stmt::Sql(_))).count();
    others == 0 && matches!(sql.as_slice(), [SqlStatement::Truncate(_), SqlStatement::Insert(i)] if i.source.is_some())
}

/// A scalar function whose body is `[BEGIN] RETURN expression [END]`.
pub(crate) fn is_simple_scalar(stmts: &[ParsedStatement]) -> bool {
    let mut flat = Vec::new();
    flatten(stmts, &mut flat);
    matches!(flat.as_slice(), [s] if matches!(s.stmt, Stmt::Return(Some(_))))
}

fn flatten<'a>(stmts: &'a [ParsedStatement], out: &mut Vec<&'a ParsedStatement>) {
    for s in stmts {
        match &s.stmt {
            Stmt::Block(list) => flatten(list, out),
            _ => out.push(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effort_formula() {
        // A table: one statement, no nesting.
        let c = Complexity::new(1, 0, 0, 0, Class::Auto);
        assert_eq!((c.score, c.effort_hours), (1, 0.1));
        // A procedure: 30 statements, 5 control flow, depth 3, 2 constructs.
        let c = Complexity::new(30, 3, 5, 2, Class::NeedsReview);
        assert_eq!(c.score, 30 + 10 + 6 + 10);
        assert_eq!(c.effort_hours, 3.8);
    }
}
