//! The rewrite pass: walks a T-SQL query with name scopes (so `+` and `/` know their operand
//! types), converts functions through the mapping tables, CAST/CONVERT through the type tables,
//! `TOP` to `LIMIT`, table names to dbt relations, and drops table hints.

use super::mappings::functions;
use super::mappings::types::{map_type, MappedType};
use super::rewrites::{self, Call};
use super::rule::Rule;
use super::target::{Apply, IntegerDivision, NullOrder, Operators, RowLimit, TargetProfile, TryCast};
use super::{Names, Target};
use crate::analyze::scope::{Env, Scope};
use crate::analyze::types::{function_args, infer, is_string_pair, Ty};
use crate::catalog::names::{resolve, Resolved};
use crate::diagnostics::{Code, Diagnostic, Span};
use crate::parse::{BatchRef, SideClause, SideClauseKind};
use sqlparser::ast::{
    BinaryOperator, CastKind, CeilFloorKind, DataType, DateTimeField, Expr, FunctionArg, FunctionArgExpr,
    FunctionArguments, GroupByExpr, Ident, JoinConstraint, JoinOperator, LimitClause, ObjectName, OffsetRows,
    OrderByExpr, OrderByKind, OrderBySort, Query, Select, SelectItem, SetExpr, Spanned, TableFactor, TableWithJoins,
    TopQuantity, Value,
};
use std::ops::ControlFlow;

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
    /// Converting the select list, WHERE, GROUP BY or HAVING of a query that reads no table.
    bare_select: bool,
}

/// How deep expressions may nest before conversion gives up (protects the stack).
const MAX_DEPTH: usize = 200;

impl<'a> Ctx<'a> {
    pub fn new(target: Target, env: &'a Env<'a>, names: &'a dyn Names, object_span: Span, batch: BatchRef) -> Self {
        Ctx {
            target,
            env,
            names,
            diagnostics: Vec::new(),
            failed: false,
            object_span,
            batch,
            current: None,
            depth: 0,
            bare_select: false,
        }
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
    pub fn template(&mut self, template: &'static str, args: &[Expr]) -> Result<Expr, String> {
        super::template::instantiate(template, args)
    }

    /// `e % m` as the target writes it.
    pub fn modulo(&self, e: Expr, m: i64) -> Expr {
        match self.profile().operators {
            Operators::ModFunction => rewrites::func("mod", vec![e, rewrites::number(m)]),
            _ => Expr::Nested(Box::new(Expr::BinaryOp {
                left: Box::new(e),
                op: BinaryOperator::Modulo,
                right: Box::new(rewrites::number(m)),
            })),
        }
    }

    /// What the target can do.
    pub fn profile(&self) -> &'static TargetProfile {
        self.target.profile()
    }

    /// The target's name for a T-SQL type given as text (`bigint`, `decimal(38,10)`), through
    /// the type table.
    pub fn type_text(&self, tsql: &str) -> String {
        match map_type(&crate::parse::SqlType::from_text(tsql), self.target.index()) {
            MappedType::Ok(s) | MappedType::Lossy(s, _) => s,
            MappedType::Unsupported(_) => tsql.to_ascii_uppercase(),
        }
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
        let mut scope = Scope::child(outer);
        scope.add_ctes(q);
        if let Some(with) = &mut q.with {
            for cte in &mut with.cte_tables {
                self.query(&mut cte.query, &scope);
            }
            // T-SQL has no RECURSIVE keyword; the targets need it for a CTE that reads itself.
            if !self.profile().is_tsql_family() && with.cte_tables.iter().any(reads_itself) {
                with.recursive = true;
            }
        }
        self.offset_fetch(q);
        // OFFSET and FETCH counts are expressions too (`OFFSET @n ROWS`).
        if let Some(LimitClause::LimitOffset { limit, offset, .. }) = &mut q.limit_clause {
            if let Some(l) = limit {
                self.expr(l, &scope);
            }
            if let Some(o) = offset {
                self.expr(&mut o.value, &scope);
            }
        }
        if let Some(quantity) = q.fetch.as_mut().and_then(|f| f.quantity.as_mut()) {
            self.expr(quantity, &scope);
        }
        if q.for_clause.is_some() && !self.profile().is_tsql_family() {
            self.unsupported("FOR XML / FOR JSON: the query returns XML or JSON text built by SQL Server");
        }
        if let Some(order_by) = &mut q.order_by {
            if let OrderByKind::Expressions(exprs) = &mut order_by.kind {
                exprs.iter_mut().for_each(|o| self.null_order(o));
            }
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
                let top = match self.profile().row_limit {
                    RowLimit::Limit => select.top.take(),
                    RowLimit::Top => None,
                };
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

    /// `OFFSET n ROWS FETCH NEXT m ROWS ONLY` → `LIMIT m OFFSET n` where the target writes
    /// LIMIT; the T-SQL family keeps it.
    fn offset_fetch(&mut self, q: &mut Query) {
        if self.profile().row_limit == RowLimit::Top {
            return;
        }
        let Some(fetch) = q.fetch.take() else {
            if let Some(LimitClause::LimitOffset { offset: Some(o), .. }) = &mut q.limit_clause {
                o.rows = OffsetRows::None;
            }
            return;
        };
        if fetch.with_ties || fetch.percent {
            self.unsupported("FETCH ... PERCENT / WITH TIES");
            return;
        }
        let offset = match q.limit_clause.take() {
            Some(LimitClause::LimitOffset { offset: Some(mut o), .. }) => {
                o.rows = OffsetRows::None;
                Some(o)
            }
            _ => None,
        };
        q.limit_clause = Some(LimitClause::LimitOffset { limit: fetch.quantity, offset, limit_by: Vec::new() });
    }

    fn set_expr(&mut self, body: &mut SetExpr, scope: &Scope<'_>) {
        match body {
            SetExpr::Select(select) => {
                if select.top.is_some() && self.profile().row_limit == RowLimit::Limit {
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
        // Column names in a query that reads no table (at any level) name nothing.
        let saved_bare = std::mem::replace(&mut self.bare_select, !scope.has_relations());
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
        if let GroupByExpr::Expressions(exprs, modifiers) = &mut select.group_by {
            for e in exprs.iter_mut() {
                self.expr(e, scope);
            }
            self.group_by_modifiers(exprs, modifiers);
        }
        if let Some(h) = &mut select.having {
            self.expr(h, scope);
        }
        self.bare_select = saved_bare;
        let mut to_comma = false;
        for twj in &mut select.from {
            self.factor(&mut twj.relation, scope);
            let count = twj.joins.len();
            for (i, j) in twj.joins.iter_mut().enumerate() {
                match &mut j.join_operator {
                    JoinOperator::CrossApply | JoinOperator::OuterApply => {
                        let outer = matches!(j.join_operator, JoinOperator::OuterApply);
                        to_comma |= self.apply(j, outer, i + 1 == count);
                    }
                    op => {
                        if let Some(JoinConstraint::On(on)) = join_constraint(op) {
                            self.expr(on, scope);
                        }
                    }
                }
                self.factor(&mut j.relation, scope);
            }
        }
        // `FROM a, LATERAL (...)`: a lateral subquery the target writes after a comma becomes its
        // own FROM item (it is the last join of its item, so the joins before it keep their order).
        if to_comma {
            let mut items = Vec::new();
            for twj in std::mem::take(&mut select.from) {
                let TableWithJoins { relation, mut joins } = twj;
                let last = joins.pop_if(|j| matches!(j.join_operator, JoinOperator::CrossApply));
                items.push(TableWithJoins { relation, joins });
                if let Some(j) = last {
                    items.push(TableWithJoins { relation: j.relation, joins: Vec::new() });
                }
            }
            select.from = items;
        }
    }

    /// `CROSS APPLY (subquery) x` → `CROSS JOIN LATERAL (subquery) x`, `OUTER APPLY` →
    /// `LEFT JOIN LATERAL (...) x ON TRUE`, as the target spells lateral subqueries. A CROSS APPLY
    /// row with no rows on the right drops the left row, as a lateral inner join does.
    /// Returns true when the target spells it with a comma (the join is left as CROSS APPLY for
    /// the caller to move).
    /// <https://learn.microsoft.com/sql/t-sql/queries/from-transact-sql#using-apply>
    fn apply(&mut self, j: &mut sqlparser::ast::Join, outer: bool, last: bool) -> bool {
        let (comma, outer_ok) = match self.profile().apply {
            Apply::Keep => return false,
            Apply::Lateral { comma, outer } => (comma, outer),
            Apply::Unsupported => {
                self.unsupported("CROSS/OUTER APPLY: the target has no lateral subqueries");
                return false;
            }
        };
        let TableFactor::Derived { lateral, .. } = &mut j.relation else {
            self.unsupported("APPLY of a table-valued function");
            return false;
        };
        *lateral = true;
        if outer {
            if !outer_ok {
                self.unsupported("OUTER APPLY: the target has no outer lateral join");
                return false;
            }
            let on = if self.profile().boolean_literals {
                Expr::Value(Value::Boolean(true).with_empty_span())
            } else {
                Expr::BinaryOp {
                    left: Box::new(rewrites::number(1)),
                    op: BinaryOperator::Eq,
                    right: Box::new(rewrites::number(1)),
                }
            };
            j.join_operator = JoinOperator::LeftOuter(JoinConstraint::On(on));
            return false;
        }
        if comma {
            if !last {
                self.unsupported(
                    "CROSS APPLY followed by more joins: the target writes lateral subqueries after a comma",
                );
                return false;
            }
            return true;
        }
        j.join_operator = JoinOperator::CrossJoin(JoinConstraint::None);
        false
    }

    fn factor(&mut self, factor: &mut TableFactor, scope: &Scope<'_>) {
        match factor {
            TableFactor::Table { name, with_hints, args, alias, version, .. } => {
                if version.is_some() {
                    self.unsupported("FOR SYSTEM_TIME (a temporal table query)");
                    return;
                }
                // `FROM t AS a (NOLOCK)`: a base table has no column aliases in T-SQL, so the
                // list after the alias is the legacy form of a table hint.
                if let Some(a) = alias.as_mut().filter(|a| !a.columns.is_empty()) {
                    let words: Vec<String> = a.columns.iter().map(|c| c.name.value.to_ascii_uppercase()).collect();
                    if words.iter().all(|w| TABLE_HINTS.contains(&w.as_str())) && args.is_none() {
                        with_hints.extend(a.columns.drain(..).map(|c| Expr::Identifier(c.name)));
                    } else {
                        self.unsupported("a column list after the alias of a table");
                        return;
                    }
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
        if parts.last().is_some_and(|p| p.starts_with('#')) && !self.profile().is_tsql_family() {
            let what = format!(
                "the temporary table `{}`: it exists only in the SQL Server session that created it",
                parts.join(".")
            );
            self.unsupported(&what);
            return;
        }
        if parts.len() == 1 && scope.has_cte(&parts[0]) {
            return;
        }
        if self.names.keeps_names() {
            // As in `migrate`: another database or a linked server is not part of what converts.
            if let Resolved::External(n) = resolve(name, self.env.catalog.database.as_deref()) {
                self.failed = true;
                self.warn(Code::DM2005, format!("`{n}` refers to another database or server."));
            }
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
            Expr::BinaryOp { left, right, .. } => {
                let (lt, rt) = (infer(left, scope), infer(right, scope));
                self.expr(left, scope);
                self.expr(right, scope);
                self.binary(e, lt, rt);
            }
            Expr::UnaryOp { expr, .. } | Expr::Nested(expr) | Expr::IsNull(expr) | Expr::IsNotNull(expr) => {
                self.expr(expr, scope)
            }
            Expr::Between { expr, low, high, .. } => {
                let is_date = matches!(infer(expr, scope), Ty::Date | Ty::DateTime) && !self.profile().is_tsql_family();
                self.expr(expr, scope);
                self.expr(low, scope);
                self.expr(high, scope);
                if is_date {
                    date_literal(low);
                    date_literal(high);
                }
            }
            Expr::Like { expr, pattern, escape_char, .. } | Expr::ILike { expr, pattern, escape_char, .. } => {
                self.expr(expr, scope);
                self.expr(pattern, scope);
                self.like_pattern(pattern, escape_char.is_some());
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
                    if infer(o, scope) == Ty::Bit {
                        for c in conditions.iter_mut() {
                            self.bit_literal(&mut c.condition);
                        }
                    }
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
                if self.profile().tsql_conversions {
                    self.keep_conversion_type(data_type);
                    return;
                }
                let is_try = matches!(kind, CastKind::TryCast | CastKind::SafeCast);
                match rewrites::convert::convert(self, (**expr).clone(), source, data_type, None) {
                    Ok(new) => *e = if is_try { self.try_cast(new) } else { new },
                    Err(why) => self.unsupported(&why),
                }
            }
            Expr::Convert { expr, data_type: Some(dt), styles, is_try, .. } => {
                let source = infer(expr, scope);
                self.expr(expr, scope);
                if self.profile().tsql_conversions {
                    self.keep_conversion_type(dt);
                    return;
                }
                let dt = dt.clone();
                let is_try = *is_try;
                match rewrites::convert::convert(self, (**expr).clone(), source, &dt, styles.first()) {
                    Ok(new) => *e = if is_try { self.try_cast(new) } else { new },
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
                self.substring_start(substring_from, substring_for);
            }
            Expr::Trim { expr, trim_where, trim_what, trim_characters } => {
                self.expr(expr, scope);
                // SQL Server's TRIM(x) removes spaces only; a target whose TRIM removes all
                // whitespace is told which characters to remove.
                let plain = trim_where.is_none() && trim_what.is_none() && trim_characters.is_none();
                if plain && self.profile().trim_removes_whitespace {
                    *trim_characters = Some(vec![rewrites::string(" ")]);
                }
            }
            Expr::Function(_) => self.function(e, scope),
            // sqlparser reads `FLOOR(x)` (and `CEIL(x)`) as their own nodes, for the ANSI
            // `FLOOR(x TO unit)` form T-SQL lacks: back to a plain call for the mapping table.
            Expr::Floor { field: CeilFloorKind::DateTimeField(DateTimeField::NoDateTime), .. }
            | Expr::Ceil { field: CeilFloorKind::DateTimeField(DateTimeField::NoDateTime), .. } => {
                let placeholder = Expr::Value(Value::Null.with_empty_span());
                let (name, arg) = match std::mem::replace(e, placeholder) {
                    Expr::Floor { expr, .. } => ("FLOOR", *expr),
                    Expr::Ceil { expr, .. } => ("CEILING", *expr),
                    _ => return,
                };
                *e = Expr::Function(rewrites::function(name, vec![arg]));
                self.function(e, scope);
            }
            // A money literal (`$12.50`) is a money value; the targets read `$` as a parameter.
            Expr::Value(v) if money_literal(&v.value).is_some() && !self.profile().is_tsql_family() => {
                let number = money_literal(&v.value).unwrap_or_default();
                let value = Expr::Value(Value::Number(number, false).with_empty_span());
                *e = rewrites::cast(value, &self.type_text("money"));
            }
            // N'...' prints per target (print.rs).
            Expr::Value(_) => {}
            Expr::Identifier(id) if id.value.starts_with("@@") => self.system_variable(e),
            // Reserved words in T-SQL: unquoted, they are the niladic functions, not columns.
            Expr::Identifier(id) if id.quote_style.is_none() && is_niladic_function(&id.value) => {
                self.system_variable(e);
                // Kept: written as a function without parentheses, never quoted as a name.
                if let Expr::Identifier(id) = e {
                    let mut f = rewrites::function(&id.value, Vec::new());
                    f.args = FunctionArguments::None;
                    *e = Expr::Function(f);
                }
            }
            // A variable that is not a parameter of the routine being converted (those become
            // macro arguments) has no value in a model.
            Expr::Identifier(id)
                if id.value.starts_with('@')
                    && !self.profile().is_tsql_family()
                    && !self.env.variables.contains_key(&id.value.to_lowercase()) =>
            {
                let name = id.value.clone();
                self.unsupported(&format!("the variable {name}"));
            }
            Expr::Identifier(_) | Expr::CompoundIdentifier(_) => {
                if self.bare_select {
                    let name = e.to_string();
                    self.warn(
                        Code::DM2003,
                        format!("`{}` names a column, but the query reads no table.", crate::parse::excerpt(&name)),
                    );
                }
            }
            Expr::GroupingSets(sets) | Expr::Cube(sets) | Expr::Rollup(sets) => {
                for x in sets.iter_mut().flatten() {
                    self.expr(x, scope);
                }
            }
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
        let mut types: Vec<Ty> = function_args(&f.args).into_iter().map(|a| infer(a, scope)).collect();
        // Convert arguments (and window clauses) first. A date part (`DATEADD(day, ...)`) is a
        // keyword, not a column: the rewrite reads it as written.
        let takes_part = matches!(
            crate::catalog::names::parts(&f.name).as_slice(),
            [n] if DATE_PART_FUNCTIONS.iter().any(|d| d.eq_ignore_ascii_case(n))
        );
        if let FunctionArguments::List(list) = &mut f.args {
            for (i, a) in list.args.iter_mut().enumerate() {
                match a {
                    FunctionArg::Unnamed(FunctionArgExpr::Expr(Expr::Identifier(_))) if i == 0 && takes_part => {}
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
                self.null_order(o);
            }
        }
        for o in &mut f.within_group {
            self.expr(&mut o.expr, scope);
            self.null_order(o);
        }
        let parts = crate::catalog::names::parts(&f.name);
        if let [name] = parts.as_slice() {
            self.text_arguments(f, name, &mut types);
        }
        let original = f.clone();
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
                Err(why) => self.unsupported(&format!("{name}: {why}")),
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

    /// SQL Server converts a number, bit or date given to a string function to text
    /// (`LEN(12345)` is 5); most targets have no such implicit conversion, so it is written out.
    /// <https://learn.microsoft.com/sql/t-sql/data-types/data-type-conversion-database-engine>
    fn text_arguments(&mut self, f: &mut sqlparser::ast::Function, name: &str, types: &mut [Ty]) {
        if self.profile().is_tsql_family() {
            return;
        }
        let upper = name.to_ascii_uppercase();
        let Some((_, positions)) = TEXT_ARGUMENTS.iter().find(|(n, _)| *n == upper) else { return };
        let FunctionArguments::List(list) = &mut f.args else { return };
        for &p in positions.iter() {
            let (Some(FunctionArg::Unnamed(FunctionArgExpr::Expr(arg))), Some(ty)) =
                (list.args.get_mut(p), types.get_mut(p))
            else {
                continue;
            };
            if matches!(*ty, Ty::Str | Ty::Null | Ty::Unknown) {
                continue;
            }
            match rewrites::strings::as_text(self, arg.clone(), *ty, &upper) {
                Ok(Some(text)) => {
                    *arg = text;
                    *ty = Ty::Str;
                }
                Ok(None) => {}
                Err(why) => self.unsupported(&why),
            }
        }
    }

    fn user_function(&mut self, e: &mut Expr, parts: &[String]) {
        if self.names.keeps_names() {
            // A scalar function of the input becomes a macro where the target has them.
            let name = ObjectName::from(parts.iter().map(|p| Ident::new(p.clone())).collect::<Vec<_>>());
            let converted = self.profile().scalar_macros
                && match resolve(&name, self.env.catalog.database.as_deref()) {
                    Resolved::Local(q) => self
                        .env
                        .catalog
                        .routines
                        .get(&q.key())
                        .is_some_and(|r| r.kind == crate::parse::RoutineKind::ScalarFunction),
                    Resolved::External(_) => false,
                };
            if converted {
                return;
            }
            self.warn(
                Code::DM3009,
                format!(
                    "Calls the function `{}`, which `transpile` does not convert for this target; it was kept as written and must exist there.",
                    parts.join(".")
                ),
            );
            return;
        }
        let name = ObjectName::from(parts.iter().map(|p| Ident::new(p.clone())).collect::<Vec<_>>());
        let Resolved::Local(q) = resolve(&name, self.env.catalog.database.as_deref()) else {
            self.failed = true;
            self.warn(Code::DM2005, format!("Function `{}` is in another database.", parts.join(".")));
            return;
        };
        let Expr::Function(f) = e else { return };
        let args: Vec<Expr> = function_args(&f.args).into_iter().cloned().collect();
        let target = self.target;
        let rendered: Vec<String> = args.iter().map(|a| super::print::expr_to_sql(a, target)).collect();
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

impl Ctx<'_> {
    /// Operators whose meaning depends on operand types or on the target (`+` on strings, `/` on
    /// integers, `%`, `^`, and `bit = 1` where bit is a BOOLEAN).
    fn binary(&mut self, e: &mut Expr, lt: Ty, rt: Ty) {
        let profile = self.profile();
        let Expr::BinaryOp { left, op, right } = e else { return };
        match op {
            // The T-SQL family keeps `+` with SQL Server's own semantics.
            BinaryOperator::Plus if !profile.concat_operator => {}
            // `||` propagates NULL as SQL Server's `+` does (CONCAT_NULL_YIELDS_NULL ON).
            BinaryOperator::Plus if is_string_pair(lt, rt) => *op = BinaryOperator::StringConcat,
            BinaryOperator::Plus
                if (lt == Ty::Unknown || rt == Ty::Unknown)
                    && (lt == Ty::Str || rt == Ty::Str || (lt == Ty::Unknown && rt == Ty::Unknown)) =>
            {
                self.warn(
                    Code::DM3002,
                    format!(
                        "Cannot tell whether `+` in `{}` adds numbers or joins strings; addition was kept.",
                        short(left, right, "+")
                    ),
                );
            }
            BinaryOperator::Plus if lt == Ty::Str || rt == Ty::Str => {
                // SQL Server converts the string to the number's type.
                let (num_ty, s) = if lt == Ty::Str { (rt, left) } else { (lt, right) };
                let ty = match num_ty {
                    Ty::Int | Ty::Bit => self.type_text("bigint"),
                    Ty::Decimal => self.type_text("decimal(38,10)"),
                    _ => self.type_text("float"),
                };
                **s = rewrites::cast((**s).clone(), &ty);
            }
            BinaryOperator::Divide if matches!(lt, Ty::Int | Ty::Bit) && matches!(rt, Ty::Int | Ty::Bit) => {
                match profile.integer_division {
                    IntegerDivision::Native => {}
                    IntegerDivision::SlashSlash => *op = BinaryOperator::DuckIntegerDivide,
                    IntegerDivision::DivKeyword => *op = BinaryOperator::MyIntegerDivide,
                    IntegerDivision::DivFunction => {
                        *e = rewrites::func("div", vec![(**left).clone(), (**right).clone()]);
                    }
                    IntegerDivision::TruncatedQuotient => {
                        *e = rewrites::func(
                            "trunc",
                            vec![Expr::BinaryOp { left: left.clone(), op: op.clone(), right: right.clone() }],
                        );
                    }
                }
            }
            BinaryOperator::Divide if (lt == Ty::Unknown || rt == Ty::Unknown) && !profile.tsql_conversions => {
                self.note_semantic("`/` on operands of unknown type: SQL Server truncates when both are integers");
            }
            BinaryOperator::Modulo if profile.operators == Operators::ModFunction => {
                *e = rewrites::func("mod", vec![(**left).clone(), (**right).clone()]);
            }
            BinaryOperator::BitwiseXor => match profile.operators {
                Operators::Same | Operators::ModFunction => {}
                Operators::XorFunction => *e = rewrites::func("xor", vec![(**left).clone(), (**right).clone()]),
                Operators::XorHash => *op = BinaryOperator::PGBitwiseXor,
                Operators::BitFunctions => *e = rewrites::func("bitxor", vec![(**left).clone(), (**right).clone()]),
                Operators::NoXor => self.unsupported("bitwise `^`: the target has no bitwise xor"),
            },
            BinaryOperator::BitwiseAnd | BinaryOperator::BitwiseOr if profile.operators == Operators::BitFunctions => {
                let name = if *op == BinaryOperator::BitwiseAnd { "bitand" } else { "bitor" };
                *e = rewrites::func(name, vec![(**left).clone(), (**right).clone()]);
            }
            BinaryOperator::Eq
            | BinaryOperator::NotEq
            | BinaryOperator::Lt
            | BinaryOperator::LtEq
            | BinaryOperator::Gt
            | BinaryOperator::GtEq => {
                if lt == Ty::Bit && rt != Ty::Bit {
                    self.bit_literal(right);
                } else if rt == Ty::Bit && lt != Ty::Bit {
                    self.bit_literal(left);
                }
                // A date compared with a string literal reads it as a date (`d >= '20240101'`).
                // T-SQL keeps the literal: there `yyyymmdd` is the form every language reads.
                if !profile.is_tsql_family() {
                    if matches!(lt, Ty::Date | Ty::DateTime) {
                        date_literal(right);
                    }
                    if matches!(rt, Ty::Date | Ty::DateTime) {
                        date_literal(left);
                    }
                }
            }
            _ => {}
        }
    }

    /// SQL Server sorts NULL as the smallest value: first when ascending, last when descending.
    /// Where the target's default differs, the order says NULLS FIRST / NULLS LAST.
    /// <https://learn.microsoft.com/sql/t-sql/queries/select-order-by-clause-transact-sql>
    fn null_order(&self, o: &mut OrderByExpr) {
        if o.options.nulls_first.is_some() {
            return;
        }
        let desc = matches!(o.options.sort, Some(OrderBySort::Desc));
        let target_first = match self.profile().null_order {
            NullOrder::Smallest => return,
            NullOrder::Largest => desc,
            NullOrder::AlwaysLast => false,
        };
        let tsql_first = !desc;
        if target_first != tsql_first {
            o.options.nulls_first = Some(tsql_first);
        }
    }

    /// `1`/`0` compared with a bit becomes `TRUE`/`FALSE` where bit maps to a BOOLEAN (a
    /// BOOLEAN does not compare with an integer on most targets).
    fn bit_literal(&mut self, e: &mut Expr) {
        let profile = self.profile();
        if !profile.bit_is_boolean || !profile.boolean_literals {
            return;
        }
        match rewrites::int_literal(e) {
            Some(0) => *e = Expr::Value(Value::Boolean(false).with_empty_span()),
            Some(_) => *e = Expr::Value(Value::Boolean(true).with_empty_span()),
            None => {
                if !matches!(e, Expr::Value(v) if matches!(v.value, Value::Boolean(_) | Value::Null)) {
                    self.note_semantic(
                        "a bit compared with a value that is not 0 or 1: bit is a BOOLEAN on the target",
                    );
                }
            }
        }
    }

    /// T-SQL LIKE patterns: `[a-z]` is a character class and `\` is an ordinary character.
    fn like_pattern(&mut self, pattern: &Expr, has_escape: bool) {
        let profile = self.profile();
        let Expr::Value(v) = pattern else { return };
        let (Value::SingleQuotedString(p) | Value::NationalStringLiteral(p)) = &v.value else { return };
        if !profile.like_bracket_classes && p.contains('[') {
            self.unsupported("a LIKE pattern with a `[...]` character class");
        } else if profile.like_backslash_escape && !has_escape && p.contains('\\') {
            self.note_semantic("`\\` in a LIKE pattern is an escape character on the target, not in SQL Server");
        }
    }

    /// SUBSTRING(s, start, len) with start below 1 returns the characters from 1 to
    /// start + len - 1 in SQL Server; some targets count a negative start from the end. Where the
    /// start is not a literal of at least 1, the start is clamped to 1 and the length shortened
    /// by CASE expressions (not greatest/least, which skip NULLs on some targets: a NULL start
    /// must still give NULL).
    /// <https://learn.microsoft.com/sql/t-sql/functions/substring-transact-sql>
    fn substring_start(&mut self, from: &mut Option<Box<Expr>>, length: &mut Option<Box<Expr>>) {
        if !self.profile().substring_negative_start_from_end {
            return;
        }
        let (Some(start), Some(len)) = (from.as_deref(), length.as_deref()) else { return };
        if rewrites::int_literal(start).is_some_and(|n| n >= 1) {
            return;
        }
        let (start, len) = (start.clone(), len.clone());
        match (
            self.template("CASE WHEN $1 < 1 THEN 1 ELSE $1 END", std::slice::from_ref(&start)),
            self.template("CASE WHEN $1 >= 1 THEN $2 WHEN $2 + $1 - 1 < 0 THEN 0 ELSE $2 + $1 - 1 END", &[start, len]),
        ) {
            (Ok(new_start), Ok(new_len)) => {
                *from = Some(Box::new(new_start));
                *length = Some(Box::new(new_len));
            }
            (Err(why), _) | (_, Err(why)) => self.unsupported(&why),
        }
    }

    /// `@@ROWCOUNT` and other system variables, through the function table.
    fn system_variable(&mut self, e: &mut Expr) {
        let Expr::Identifier(id) = e else { return };
        let name = id.value.to_ascii_uppercase();
        let Some(row) = functions::lookup(&name) else {
            self.unsupported(&format!("the system variable {name}"));
            return;
        };
        match row.rules[self.target.index()] {
            Rule::Same => {}
            Rule::Rename(n) => *e = rewrites::func(n, Vec::new()),
            Rule::Template(t) => match self.template(t, &[]) {
                Ok(new) => *e = new,
                Err(why) => self.unsupported(&why),
            },
            Rule::Rewrite(..) => self.unsupported(&format!("the system variable {name}")),
            Rule::Unsupported(code, why) => self.unsupported_with(code, &format!("{name}: {why}")),
        }
    }

    /// CAST / CONVERT on the T-SQL family: SQL Server's semantics are kept, only a type the
    /// target lacks is replaced.
    fn keep_conversion_type(&mut self, dt: &mut DataType) {
        let t = crate::parse::SqlType::from_data_type(dt);
        match map_type(&t, self.target.index()) {
            MappedType::Ok(s) if s == t.to_tsql() => {}
            MappedType::Ok(s) => *dt = custom_type(&s),
            MappedType::Lossy(s, why) => {
                self.note_semantic(&format!("`{}` becomes {s}: {why}", t.to_tsql()));
                *dt = custom_type(&s);
            }
            MappedType::Unsupported(why) => self.unsupported(&format!("type `{}`: {why}", t.to_tsql())),
        }
    }

    /// TRY_CAST / TRY_CONVERT: NULL instead of an error, as the target spells it.
    fn try_cast(&mut self, e: Expr) -> Expr {
        let kind = match self.profile().try_cast {
            TryCast::TryCast => CastKind::TryCast,
            TryCast::SafeCast => CastKind::SafeCast,
            TryCast::Unsupported => {
                self.unsupported("TRY_CAST / TRY_CONVERT: the target has no cast that returns NULL on failure");
                return e;
            }
        };
        match e {
            Expr::Cast { expr, data_type, format, .. } => Expr::Cast { kind, expr, data_type, format },
            other => other,
        }
    }
}

/// `WITH ROLLUP` / `WITH CUBE` after GROUP BY are `ROLLUP (...)` / `CUBE (...)` on the targets.
impl Ctx<'_> {
    fn group_by_modifiers(&mut self, exprs: &mut Vec<Expr>, modifiers: &mut Vec<sqlparser::ast::GroupByWithModifier>) {
        use sqlparser::ast::GroupByWithModifier as M;
        if self.profile().is_tsql_family() || modifiers.is_empty() {
            return;
        }
        let sets: Vec<Vec<Expr>> = std::mem::take(exprs).into_iter().map(|e| vec![e]).collect();
        match modifiers.as_slice() {
            [M::Rollup] => exprs.push(Expr::Rollup(sets)),
            [M::Cube] => exprs.push(Expr::Cube(sets)),
            _ => {
                *exprs = sets.into_iter().flatten().collect();
                self.unsupported("this GROUP BY ... WITH modifier");
                return;
            }
        }
        modifiers.clear();
    }
}

/// Does this CTE read itself (a recursive CTE)?
fn reads_itself(cte: &sqlparser::ast::Cte) -> bool {
    let own = cte.alias.name.value.to_lowercase();
    sqlparser::ast::visit_relations(&cte.query, |name: &ObjectName| {
        let parts = crate::catalog::names::parts(name);
        if parts.len() == 1 && parts[0].to_lowercase() == own {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    })
    .is_break()
}

/// The number of a money literal (`$12.50` → `12.50`).
fn money_literal(v: &Value) -> Option<String> {
    let Value::Placeholder(p) = v else { return None };
    let n = p.strip_prefix('$')?;
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.') && n.bytes().any(|b| b.is_ascii_digit()))
        .then(|| n.to_string())
}

/// Table hints that T-SQL also accepts without WITH, in parentheses after the table.
/// <https://learn.microsoft.com/sql/t-sql/queries/hints-transact-sql-table>
const TABLE_HINTS: &[&str] = &[
    "HOLDLOCK",
    "NOLOCK",
    "NOWAIT",
    "PAGLOCK",
    "READCOMMITTED",
    "READCOMMITTEDLOCK",
    "READPAST",
    "READUNCOMMITTED",
    "REPEATABLEREAD",
    "ROWLOCK",
    "SERIALIZABLE",
    "TABLOCK",
    "TABLOCKX",
    "UPDLOCK",
    "XLOCK",
];

/// A string literal in a date comparison, in the ISO form every target reads.
fn date_literal(e: &mut Expr) {
    if let Some(iso) = rewrites::dates::iso_date_literal(e) {
        *e = iso;
    }
}

/// Functions whose first argument is a date part keyword.
const DATE_PART_FUNCTIONS: &[&str] =
    &["DATEADD", "DATEDIFF", "DATEDIFF_BIG", "DATENAME", "DATEPART", "DATETRUNC", "DATE_BUCKET"];

/// String functions and the (0-based) arguments SQL Server converts to text.
const TEXT_ARGUMENTS: &[(&str, &[usize])] = &[
    ("CHARINDEX", &[0, 1]),
    ("LEFT", &[0]),
    ("LEN", &[0]),
    ("LOWER", &[0]),
    ("LTRIM", &[0]),
    ("REPLACE", &[0, 1, 2]),
    ("REPLICATE", &[0]),
    ("REVERSE", &[0]),
    ("RIGHT", &[0]),
    ("RTRIM", &[0]),
    ("UPPER", &[0]),
];

/// T-SQL functions written without parentheses (`SELECT SYSTEM_USER`).
/// <https://learn.microsoft.com/sql/t-sql/functions/system-user-transact-sql>
fn is_niladic_function(name: &str) -> bool {
    ["CURRENT_USER", "SESSION_USER", "SYSTEM_USER", "USER"].iter().any(|n| n.eq_ignore_ascii_case(name))
}

fn custom_type(text: &str) -> DataType {
    DataType::Custom(ObjectName::from(vec![Ident::new(text)]), Vec::new())
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

fn short(l: &Expr, r: &Expr, op: &str) -> String {
    crate::parse::excerpt(&format!("{l} {op} {r}"))
}
