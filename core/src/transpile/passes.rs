//! The rewrite pass: walks a T-SQL query with name scopes (so `+` and `/` know their operand
//! types), converts functions through the mapping tables, CAST/CONVERT through the type tables,
//! `TOP` to `LIMIT`, table names to dbt relations, and drops table hints.

use super::mappings::functions;
use super::rewrites::{self, Call};
use super::rule::Rule;
use super::{Names, Target};
use crate::analyze::scope::{Env, Scope};
use crate::analyze::types::{function_args, infer, is_string_pair, Ty};
use crate::catalog::names::{resolve, Resolved};
use crate::diagnostics::{Code, Diagnostic, Span};
use crate::parse::{BatchRef, SideClause, SideClauseKind};
use sqlparser::ast::{
    BinaryOperator, Expr, FunctionArg, FunctionArgExpr, FunctionArguments, GroupByExpr, Ident, JoinOperator,
    LimitClause, ObjectName, OrderByKind, Query, Select, SelectItem, SetExpr, Spanned, TableFactor, TopQuantity, Value,
};

/// Conversion state for one object.
pub struct Ctx<'a> {
    pub target: Target,
    pub env: &'a Env<'a>,
    pub names: &'a dyn Names,
    pub diagnostics: Vec<Diagnostic>,
    /// Set when something could not be converted faithfully.
    pub failed: bool,
    /// Where the object is (for diagnostics whose exact place is unknown).
    pub object_span: Span,
    pub batch: BatchRef,
    /// The span of the expression being converted, when known.
    current: Option<Span>,
    depth: usize,
}

/// How deep expressions may nest before conversion gives up (protects the stack).
const MAX_DEPTH: usize = 200;

impl<'a> Ctx<'a> {
    pub fn new(target: Target, env: &'a Env<'a>, names: &'a dyn Names, object_span: Span, batch: BatchRef) -> Self {
        Ctx { target, env, names, diagnostics: Vec::new(), failed: false, object_span, batch, current: None, depth: 0 }
    }

    fn here(&self) -> Span {
        self.current.unwrap_or(self.object_span)
    }

    /// Report a construct that cannot be converted; the object will not be emitted.
    pub fn unsupported(&mut self, what: &str) {
        self.unsupported_with(Code::DM3001, what);
    }

    /// Same as [`Ctx::unsupported`] with a specific code (from a mapping row).
    pub fn unsupported_with(&mut self, code: Code, what: &str) {
        self.failed = true;
        let span = self.here();
        self.diagnostics.push(Diagnostic::new(code, format!("Cannot convert faithfully: {what}."), Some(span)));
    }

    /// Report a translation that runs but may differ in edge cases.
    pub fn note_semantic(&mut self, what: &str) {
        let span = self.here();
        let d = Diagnostic::new(Code::DM3007, format!("{what}."), Some(span));
        if !self.diagnostics.contains(&d) {
            self.diagnostics.push(d);
        }
    }

    fn warn(&mut self, code: Code, message: String) {
        let span = self.here();
        self.diagnostics.push(Diagnostic::new(code, message, Some(span)));
    }

    /// Instantiate a template (`$1`, `$2`, ... replaced by `args`).
    pub fn template(&mut self, template: &str, args: &[Expr]) -> Result<Expr, String> {
        super::template::instantiate(template, args)
    }

    fn locate(&mut self, e: &Expr) {
        if let Some(s) = self.batch.span(e.span()) {
            self.current = Some(s);
        }
    }

    /// The T-SQL clause parts kept beside the tree: join hints are dropped with a note (like
    /// table hints); temporal periods and FOR XML options cannot be converted.
    pub fn side_clauses(&mut self, side: &[SideClause]) {
        for c in side {
            let at = Some(c.span);
            match &c.kind {
                SideClauseKind::JoinHint { hint, .. } => self.diagnostics.push(Diagnostic::new(
                    Code::DM3004,
                    format!("Join hint `{}` was dropped.", hint.keyword()),
                    at,
                )),
                SideClauseKind::SystemTime { .. } => {
                    self.current = at;
                    self.unsupported("FOR SYSTEM_TIME (a temporal table query)");
                }
                SideClauseKind::ForXml { .. } | SideClauseKind::ForJsonRoot { .. } => {
                    self.current = at;
                    self.unsupported("FOR XML / FOR JSON");
                }
                SideClauseKind::DmlTop(_) | SideClauseKind::CurrentOf { .. } => {
                    self.current = at;
                    self.unsupported("TOP or WHERE CURRENT OF of a data change statement");
                }
            }
        }
        self.current = None;
    }

    /// Convert a query in `outer` scope.
    pub fn query(&mut self, q: &mut Query, outer: &Scope<'_>) {
        if q.for_clause.is_some() {
            self.unsupported("FOR XML / FOR JSON / FOR BROWSE");
        }
        let mut scope = Scope::child(outer);
        scope.add_ctes(q);
        if let Some(with) = &mut q.with {
            for cte in &mut with.cte_tables {
                self.query(&mut cte.query, &scope);
            }
        }
        if q.fetch.is_some() {
            self.unsupported("OFFSET ... FETCH");
        }
        match q.body.as_mut() {
            SetExpr::Select(select) => {
                let mut sel_scope = Scope::child(&scope);
                sel_scope.add_from(&select.from);
                // ORDER BY may name select-list aliases; those resolve in the target too.
                if let Some(order_by) = &mut q.order_by {
                    if let OrderByKind::Expressions(exprs) = &mut order_by.kind {
                        for o in exprs {
                            self.expr(&mut o.expr, &sel_scope);
                        }
                    }
                }
                let top = select.top.take();
                self.select(select, &sel_scope);
                if let Some(top) = top {
                    self.top(q, top, &sel_scope);
                }
            }
            other => {
                self.set_expr(other, &scope);
                if let Some(order_by) = &mut q.order_by {
                    if let OrderByKind::Expressions(exprs) = &mut order_by.kind {
                        for o in exprs {
                            self.expr(&mut o.expr, &scope);
                        }
                    }
                }
            }
        }
    }

    /// `TOP (n)` → `LIMIT n`. `PERCENT` and `WITH TIES` have no direct equivalent yet.
    fn top(&mut self, q: &mut Query, top: sqlparser::ast::Top, scope: &Scope<'_>) {
        if top.percent || top.with_ties {
            self.unsupported("TOP ... PERCENT / WITH TIES");
            return;
        }
        let limit = match top.quantity {
            Some(TopQuantity::Constant(n)) => rewrites::number(n as i64),
            Some(TopQuantity::Expr(mut e)) => {
                self.expr(&mut e, scope);
                e
            }
            None => return,
        };
        q.limit_clause = Some(LimitClause::LimitOffset { limit: Some(limit), offset: None, limit_by: Vec::new() });
    }

    fn set_expr(&mut self, body: &mut SetExpr, scope: &Scope<'_>) {
        match body {
            SetExpr::Select(select) => {
                if select.top.is_some() {
                    self.unsupported("TOP inside a UNION branch");
                }
                let mut sel_scope = Scope::child(scope);
                sel_scope.add_from(&select.from);
                self.select(select, &sel_scope);
            }
            SetExpr::Query(q) => self.query(q, scope),
            SetExpr::SetOperation { left, right, .. } => {
                self.set_expr(left, scope);
                self.set_expr(right, scope);
            }
            SetExpr::Values(v) => {
                for row in &mut v.rows {
                    for e in &mut row.content {
                        self.expr(e, scope);
                    }
                }
            }
            _ => self.unsupported("this kind of query body"),
        }
    }

    fn select(&mut self, select: &mut Select, scope: &Scope<'_>) {
        if select.into.is_some() {
            self.unsupported("SELECT ... INTO");
        }
        for item in &mut select.projection {
            match item {
                SelectItem::UnnamedExpr(e) => {
                    // Keep SQL Server's implicit column name when the conversion wraps the column.
                    let implicit = crate::analyze::scope::implicit_name(e);
                    self.expr(e, scope);
                    if !implicit.is_empty() && crate::analyze::scope::implicit_name(e) != implicit {
                        *item = SelectItem::ExprWithAlias { expr: e.clone(), alias: Ident::new(implicit) };
                    }
                }
                SelectItem::ExprWithAlias { expr, .. } => self.expr(expr, scope),
                _ => {}
            }
        }
        if let Some(w) = &mut select.selection {
            self.expr(w, scope);
        }
        if let GroupByExpr::Expressions(exprs, _) = &mut select.group_by {
            for e in exprs {
                self.expr(e, scope);
            }
        }
        if let Some(h) = &mut select.having {
            self.expr(h, scope);
        }
        for twj in &mut select.from {
            self.factor(&mut twj.relation, scope);
            for j in &mut twj.joins {
                match &mut j.join_operator {
                    JoinOperator::CrossApply | JoinOperator::OuterApply => {
                        self.unsupported("CROSS/OUTER APPLY");
                    }
                    op => {
                        if let Some(sqlparser::ast::JoinConstraint::On(on)) = join_constraint(op) {
                            self.expr(on, scope);
                        }
                    }
                }
                self.factor(&mut j.relation, scope);
            }
        }
    }

    fn factor(&mut self, factor: &mut TableFactor, scope: &Scope<'_>) {
        match factor {
            TableFactor::Table { name, with_hints, args, version, .. } => {
                if version.is_some() {
                    self.unsupported("FOR SYSTEM_TIME (a temporal table query)");
                }
                if !with_hints.is_empty() {
                    let hints: Vec<String> = with_hints.iter().map(|h| h.to_string()).collect();
                    with_hints.clear();
                    self.warn(Code::DM3004, format!("Table hint `{}` was dropped.", hints.join(", ")));
                }
                if args.is_some() {
                    self.unsupported("a table-valued function call in FROM");
                    return;
                }
                self.relation(name, scope);
            }
            TableFactor::Derived { subquery, .. } => self.query(subquery, scope),
            TableFactor::NestedJoin { table_with_joins, .. } => {
                self.factor(&mut table_with_joins.relation, scope);
                for j in &mut table_with_joins.joins {
                    if let Some(sqlparser::ast::JoinConstraint::On(on)) = join_constraint(&mut j.join_operator) {
                        self.expr(on, scope);
                    }
                    self.factor(&mut j.relation, scope);
                }
            }
            _ => self.unsupported("this kind of FROM item (PIVOT, UNPIVOT, table function)"),
        }
    }

    /// A table or view name → its dbt relation (`{{ ref('...') }}` / `{{ source(...) }}`). CTE
    /// names stay as written.
    fn relation(&mut self, name: &mut ObjectName, scope: &Scope<'_>) {
        let parts = crate::catalog::names::parts(name);
        if parts.len() == 1 && scope.has_cte(&parts[0]) {
            return;
        }
        match resolve(name, self.env.catalog.database.as_deref()) {
            Resolved::Local(q) => match self.names.relation(&q.key()) {
                Some(rel) => *name = ObjectName::from(vec![Ident::new(rel)]),
                None => {
                    let what = format!("`{q}` is not a table or view of the migrated database");
                    self.failed = true;
                    self.warn(Code::DM2002, format!("{what}."));
                }
            },
            Resolved::External(n) => {
                self.failed = true;
                self.warn(Code::DM2005, format!("`{n}` refers to another database or server."));
            }
        }
    }

    /// Convert an expression (children first, with types taken from the T-SQL original).
    pub fn expr(&mut self, e: &mut Expr, scope: &Scope<'_>) {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.unsupported("an expression nested too deeply");
            self.depth -= 1;
            return;
        }
        let saved = self.current;
        self.locate(e);
        self.expr_inner(e, scope);
        self.current = saved;
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &mut Expr, scope: &Scope<'_>) {
        match e {
            Expr::BinaryOp { left, op, right } => {
                let (lt, rt) = (infer(left, scope), infer(right, scope));
                self.expr(left, scope);
                self.expr(right, scope);
                match op {
                    BinaryOperator::Plus if is_string_pair(lt, rt) => *op = BinaryOperator::StringConcat,
                    BinaryOperator::Plus
                        if (lt == Ty::Unknown || rt == Ty::Unknown)
                            && (lt == Ty::Str || rt == Ty::Str || (lt == Ty::Unknown && rt == Ty::Unknown)) =>
                    {
                        self.warn(
                                Code::DM3002,
                                format!("Cannot tell whether `+` in `{e_text}` adds numbers or joins strings; addition was kept.", e_text = short(left, right, "+")),
                            );
                    }
                    BinaryOperator::Plus if lt == Ty::Str || rt == Ty::Str => {
                        // SQL Server converts the string to the number's type.
                        let (num_ty, s) = if lt == Ty::Str { (rt, left) } else { (lt, right) };
                        let ty = match num_ty {
                            Ty::Int | Ty::Bit => "BIGINT",
                            Ty::Decimal => "DECIMAL(38,10)",
                            _ => "DOUBLE",
                        };
                        **s = rewrites::cast((**s).clone(), ty);
                    }
                    BinaryOperator::Divide
                        if matches!(lt, Ty::Int | Ty::Bit)
                            && matches!(rt, Ty::Int | Ty::Bit)
                            && self.target.profile().integer_division_operator.is_some() =>
                    {
                        *op = BinaryOperator::DuckIntegerDivide;
                    }
                    BinaryOperator::Divide if lt == Ty::Unknown || rt == Ty::Unknown => {
                        self.note_semantic(
                            "`/` on operands of unknown type: SQL Server truncates when both are integers",
                        );
                    }
                    BinaryOperator::BitwiseXor => {
                        let (l, r) = ((**left).clone(), (**right).clone());
                        *e = rewrites::func("xor", vec![l, r]);
                    }
                    _ => {}
                }
            }
            Expr::UnaryOp { expr, .. } | Expr::Nested(expr) | Expr::IsNull(expr) | Expr::IsNotNull(expr) => {
                self.expr(expr, scope)
            }
            Expr::Between { expr, low, high, .. } => {
                self.expr(expr, scope);
                self.expr(low, scope);
                self.expr(high, scope);
            }
            Expr::Like { expr, pattern, .. } | Expr::ILike { expr, pattern, .. } => {
                self.expr(expr, scope);
                self.expr(pattern, scope);
            }
            Expr::InList { expr, list, .. } => {
                self.expr(expr, scope);
                for x in list {
                    self.expr(x, scope);
                }
            }
            Expr::InSubquery { expr, subquery, .. } => {
                self.expr(expr, scope);
                self.query(subquery, scope);
            }
            Expr::Exists { subquery, .. } | Expr::Subquery(subquery) => self.query(subquery, scope),
            Expr::Case { operand, conditions, else_result, .. } => {
                if let Some(o) = operand {
                    self.expr(o, scope);
                }
                for c in conditions {
                    self.expr(&mut c.condition, scope);
                    self.expr(&mut c.result, scope);
                }
                if let Some(x) = else_result {
                    self.expr(x, scope);
                }
            }
            Expr::Cast { expr, data_type, kind, .. } => {
                let source = infer(expr, scope);
                self.expr(expr, scope);
                let is_try = matches!(kind, sqlparser::ast::CastKind::TryCast);
                match rewrites::convert::convert(self, (**expr).clone(), source, data_type, None) {
                    Ok(new) => *e = if is_try { to_try_cast(new) } else { new },
                    Err(why) => self.unsupported(&why),
                }
            }
            Expr::Convert { expr, data_type: Some(dt), styles, is_try, .. } => {
                let source = infer(expr, scope);
                self.expr(expr, scope);
                let dt = dt.clone();
                let is_try = *is_try;
                match rewrites::convert::convert(self, (**expr).clone(), source, &dt, styles.first()) {
                    Ok(new) => *e = if is_try { to_try_cast(new) } else { new },
                    Err(why) => self.unsupported(&why),
                }
            }
            Expr::Substring { expr, substring_from, substring_for, .. } => {
                self.expr(expr, scope);
                if let Some(x) = substring_from {
                    self.expr(x, scope);
                }
                if let Some(x) = substring_for {
                    self.expr(x, scope);
                }
            }
            Expr::Trim { expr, .. } => self.expr(expr, scope),
            Expr::Function(_) => self.function(e, scope),
            Expr::Value(v) => {
                if let Value::NationalStringLiteral(s) = &v.value {
                    v.value = Value::SingleQuotedString(s.clone());
                }
            }
            Expr::Identifier(id) if id.value.starts_with("@@") => {
                self.unsupported(&format!("the system variable {}", id.value));
            }
            Expr::Identifier(_) | Expr::CompoundIdentifier(_) => {}
            other => {
                let text = other.to_string();
                self.unsupported(&format!("the expression `{}`", crate::parse::excerpt(&text)));
            }
        }
    }

    /// A function call: user functions become dbt macro calls; built-ins go through the table.
    fn function(&mut self, e: &mut Expr, scope: &Scope<'_>) {
        let Expr::Function(f) = e else { return };
        if crate::parse::is_next_value_for(f) {
            self.unsupported("NEXT VALUE FOR (a sequence)");
            return;
        }
        if f.name.to_string().contains("::") {
            self.unsupported(&format!("`{}`, a method of a CLR type", f.name));
            return;
        }
        let types: Vec<Ty> = function_args(&f.args).into_iter().map(|a| infer(a, scope)).collect();
        let original = f.clone();
        // Convert arguments (and window clauses) first.
        if let FunctionArguments::List(list) = &mut f.args {
            for a in &mut list.args {
                match a {
                    FunctionArg::Unnamed(FunctionArgExpr::Expr(x))
                    | FunctionArg::Named { arg: FunctionArgExpr::Expr(x), .. } => self.expr(x, scope),
                    _ => {}
                }
            }
        }
        if let Some(sqlparser::ast::WindowType::WindowSpec(spec)) = &mut f.over {
            for p in &mut spec.partition_by {
                self.expr(p, scope);
            }
            for o in &mut spec.order_by {
                self.expr(&mut o.expr, scope);
            }
        }
        let parts = crate::catalog::names::parts(&f.name);
        if parts.len() > 1 {
            self.user_function(e, &parts);
            return;
        }
        let name = parts.last().cloned().unwrap_or_default();
        let Some(row) = functions::lookup(&name) else {
            self.warn(Code::DM3003, format!("Function `{name}` is not in the mapping table; it was kept as written."));
            return;
        };
        let args: Vec<Expr> = function_args(&f.args).into_iter().cloned().collect();
        match row.rules[self.target.index()] {
            Rule::Same => {}
            Rule::Rename(n) => f.name = ObjectName::from(vec![Ident::new(n)]),
            Rule::Template(t) => match self.template(t, &args) {
                Ok(new) => *e = new,
                Err(why) => self.unsupported(&why),
            },
            Rule::Rewrite(_, rewrite) => {
                let call = Call { name: name.to_ascii_uppercase(), args, types, original };
                match rewrite(self, call) {
                    Ok(new) => *e = new,
                    Err(why) => self.unsupported(&why),
                }
            }
            Rule::Unsupported(code, why) => self.unsupported_with(code, &format!("{name}: {why}")),
        }
    }

    fn user_function(&mut self, e: &mut Expr, parts: &[String]) {
        let name = ObjectName::from(parts.iter().map(|p| Ident::new(p.clone())).collect::<Vec<_>>());
        let Resolved::Local(q) = resolve(&name, self.env.catalog.database.as_deref()) else {
            self.failed = true;
            self.warn(Code::DM2005, format!("Function `{}` is in another database.", parts.join(".")));
            return;
        };
        let Expr::Function(f) = e else { return };
        let args: Vec<Expr> = function_args(&f.args).into_iter().cloned().collect();
        let rendered: Vec<String> = args.iter().map(super::print::expr_to_sql).collect();
        match self.names.function_call(&q.key(), &rendered) {
            Some(call) => *e = Expr::Identifier(Ident::new(call)),
            None => {
                self.failed = true;
                self.warn(
                    Code::DM3008,
                    format!("Calls `{q}`, which was not converted (or is not a scalar function of this database)."),
                );
            }
        }
    }
}

fn join_constraint(op: &mut JoinOperator) -> Option<&mut sqlparser::ast::JoinConstraint> {
    match op {
        JoinOperator::Join(c)
        | JoinOperator::Inner(c)
        | JoinOperator::Left(c)
        | JoinOperator::LeftOuter(c)
        | JoinOperator::Right(c)
        | JoinOperator::RightOuter(c)
        | JoinOperator::FullOuter(c)
        | JoinOperator::CrossJoin(c) => Some(c),
        _ => None,
    }
}

fn to_try_cast(e: Expr) -> Expr {
    match e {
        Expr::Cast { expr, data_type, format, .. } => {
            Expr::Cast { kind: sqlparser::ast::CastKind::TryCast, expr, data_type, format }
        }
        other => other,
    }
}

fn short(l: &Expr, r: &Expr, op: &str) -> String {
    crate::parse::excerpt(&format!("{l} {op} {r}"))
}
