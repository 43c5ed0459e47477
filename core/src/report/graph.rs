//! The dependency picture: a deterministic layered layout computed here, drawn as inline SVG.
//!
//! Columns are topological depth (an object sits one column right of its deepest dependency),
//! so every edge points right except edges inside a cycle. Inside a column, objects sort by
//! schema, kind and name; a column taller than [`ROWS`] wraps into sub-columns, which keeps a
//! few hundred objects readable in a scrollable box. Names that resolve to nothing, and names in
//! other databases, get their own column on the left. No randomness, no floating-point
//! iteration: the same report gives the same bytes.

use super::html::escape;
use super::model::{Report, ReportObject};
use crate::pipeline::Status;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Above this many objects the picture is left out (the JSON still has every edge).
pub const MAX_NODES: usize = 1500;
/// Above this many edges they are drawn fainter.
const DENSE_EDGES: usize = 150;
/// Rows per sub-column.
const ROWS: usize = 32;
const NODE_W: u32 = 220;
const NODE_H: u32 = 24;
const ROW_GAP: u32 = 8;
const SUB_GAP: u32 = 24;
const COL_GAP: u32 = 130;
const TOP: u32 = 34;
const LEFT: u32 = 16;
/// Characters of a name shown in a node (the full name is in its tooltip).
const LABEL_CHARS: usize = 30;

struct Node {
    /// Object id, or `u<n>` / `x<n>` for unresolved and external names.
    id: String,
    label: String,
    title: String,
    class: &'static str,
    x: u32,
    y: u32,
}

fn status_class(s: Status) -> &'static str {
    match s {
        Status::Converted => "st-converted",
        Status::ConvertedWithWarnings => "st-converted_with_warnings",
        Status::NeedsReview => "st-needs_review",
        Status::Blocked => "st-blocked",
        Status::Failed => "st-failed",
    }
}

fn short(s: &str) -> String {
    match s.char_indices().nth(LABEL_CHARS) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Place `members` in a column starting at `x`; returns the column's width.
fn place(members: &mut [Node], x: u32) -> (u32, usize) {
    for (i, n) in members.iter_mut().enumerate() {
        let sub = (i / ROWS) as u32;
        n.x = x + sub * (NODE_W + SUB_GAP);
        n.y = TOP + (i % ROWS) as u32 * (NODE_H + ROW_GAP);
    }
    let subs = members.len().div_ceil(ROWS).max(1) as u32;
    (subs * NODE_W + (subs - 1) * SUB_GAP, members.len().min(ROWS))
}

/// Objects by depth. Inside a column: first by schema, kind and name; then, to cut crossings,
/// by the mean row of their dependencies (columns left to right), depth 0 by the mean row of
/// their dependents, and the dependency pass again. Stable sorts on integer keys: ties keep the
/// previous order, so the result is deterministic.
fn order_columns(r: &Report) -> BTreeMap<u32, Vec<&ReportObject>> {
    let mut cols: BTreeMap<u32, Vec<&ReportObject>> = BTreeMap::new();
    for o in &r.objects {
        cols.entry(o.depth).or_default().push(o);
    }
    for members in cols.values_mut() {
        members.sort_by_cached_key(|o| (o.schema.to_lowercase(), o.kind, o.name.to_lowercase(), o.id.clone()));
    }
    let mut deps: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut users: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for e in &r.graph.edges {
        deps.entry(e.from.as_str()).or_default().push(e.to.as_str());
        users.entry(e.to.as_str()).or_default().push(e.from.as_str());
    }
    let rows = |cols: &BTreeMap<u32, Vec<&ReportObject>>| -> BTreeMap<String, u64> {
        cols.values().flat_map(|m| m.iter().enumerate().map(|(i, o)| (o.id.clone(), (i % ROWS) as u64))).collect()
    };
    // Mean row of `links` (scaled to keep precision in integers); objects without any go last.
    let mean = |links: Option<&Vec<&str>>, row: &BTreeMap<String, u64>| -> u64 {
        let rs: Vec<u64> = links.into_iter().flatten().filter_map(|id| row.get(*id).copied()).collect();
        if rs.is_empty() {
            u64::MAX
        } else {
            rs.iter().sum::<u64>() * 1024 / rs.len() as u64
        }
    };
    let forward = |cols: &mut BTreeMap<u32, Vec<&ReportObject>>| {
        let depths: Vec<u32> = cols.keys().copied().filter(|d| *d > 0).collect();
        for d in depths {
            let row = rows(cols);
            if let Some(members) = cols.get_mut(&d) {
                members.sort_by_cached_key(|o| mean(deps.get(o.id.as_str()), &row));
            }
        }
    };
    forward(&mut cols);
    let row = rows(&cols);
    if let Some(members) = cols.get_mut(&0) {
        members.sort_by_cached_key(|o| mean(users.get(o.id.as_str()), &row));
    }
    forward(&mut cols);
    cols
}

/// The SVG picture of the report's graph, or `None` when it has no objects or too many.
pub fn svg(r: &Report) -> Option<String> {
    if r.objects.is_empty() || r.objects.len() > MAX_NODES {
        return None;
    }
    // Column 0 holds unresolved and external names; objects start at column 1.
    let mut columns: BTreeMap<u32, Vec<Node>> = BTreeMap::new();
    let mut refs = Vec::new();
    for (i, u) in r.graph.unresolved.iter().enumerate() {
        refs.push(Node {
            id: format!("u{i}"),
            label: short(&format!("? {}", u.name)),
            title: format!("unresolved: {}", u.name),
            class: "ref-unresolved",
            x: 0,
            y: 0,
        });
    }
    for (i, x) in r.graph.external.iter().enumerate() {
        refs.push(Node {
            id: format!("x{i}"),
            label: short(&format!("↗ {}", x.name)),
            title: format!("external: {}", x.name),
            class: "ref-external",
            x: 0,
            y: 0,
        });
    }
    if !refs.is_empty() {
        columns.insert(0, refs);
    }
    for (depth, members) in order_columns(r) {
        for o in members {
            let mut title = format!("{} ({}, {})", o.object, o.kind.as_str(), o.status.as_str().replace('_', " "));
            if o.in_cycle {
                title.push_str(" — in a dependency cycle");
            }
            if !o.unresolved.is_empty() {
                title.push_str(&format!(" — unresolved: {}", o.unresolved.join(", ")));
            }
            columns.entry(depth + 1).or_default().push(Node {
                id: o.id.clone(),
                label: short(&o.object),
                title,
                class: status_class(o.status),
                x: 0,
                y: 0,
            });
        }
    }
    let mut x = LEFT;
    let mut rows = 0;
    let mut headers = Vec::new();
    for (col, members) in columns.iter_mut() {
        let (w, r) = place(members, x);
        headers.push((x, if *col == 0 { "not in scripts".to_string() } else { format!("depth {}", col - 1) }));
        rows = rows.max(r);
        x += w + COL_GAP;
    }
    let width = x - COL_GAP + LEFT;
    let height = TOP + rows as u32 * (NODE_H + ROW_GAP) + 8;
    let at: BTreeMap<&str, (u32, u32)> =
        columns.values().flatten().map(|n| (n.id.as_str(), (n.x, n.y + NODE_H / 2))).collect();

    let mut out = String::with_capacity(256 * (r.objects.len() + r.graph.edges.len()));
    // Many edges: draw them fainter so nodes stay readable (hover still highlights).
    let density = if r.graph.edges.len() > DENSE_EDGES { "dense" } else { "sparse" };
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" id="graph-svg" class="{density}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="Dependency graph">"#
    );
    out.push_str(r#"<defs><marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L8,4 L0,8 z" class="arrowhead"/></marker></defs>"#);
    for (hx, text) in &headers {
        let _ = write!(out, r#"<text class="col-head" x="{hx}" y="18">{}</text>"#, escape(text));
    }
    out.push_str(r#"<g class="edges">"#);
    let mut edge = |from: &str, to: &str, class: &str| {
        // Arrow from the dependency (`to`) into the object that uses it (`from`).
        let (Some(&(x1, y1)), Some(&(x2, y2))) = (at.get(to), at.get(from)) else { return };
        let sx = x1 + NODE_W;
        let (ex, ey) = (x2, y2);
        let path = if ex > sx {
            let mid = (ex - sx) / 2;
            format!("M{sx},{y1} C{},{y1} {},{ey} {ex},{ey}", sx + mid, ex - mid)
        } else {
            // Backwards (a cycle, or same column): loop around above the nodes.
            let lift = y1.min(ey).saturating_sub(NODE_H);
            format!("M{sx},{y1} C{},{lift} {},{lift} {ex},{ey}", sx + 60, ex.saturating_sub(60))
        };
        let _ =
            write!(out, r#"<path class="{class}" data-f="{from}" data-t="{to}" d="{path}" marker-end="url(#arrow)"/>"#);
    };
    for e in &r.graph.edges {
        edge(&e.from, &e.to, if e.in_cycle { "edge cycle" } else { "edge" });
    }
    for (i, u) in r.graph.unresolved.iter().enumerate() {
        for by in &u.used_by {
            edge(by, &format!("u{i}"), "edge unresolved");
        }
    }
    for (i, x) in r.graph.external.iter().enumerate() {
        for by in &x.used_by {
            edge(by, &format!("x{i}"), "edge external");
        }
    }
    out.push_str("</g><g class=\"nodes\">");
    let cycles: std::collections::BTreeSet<&str> = r.graph.cycles.iter().map(String::as_str).collect();
    for n in columns.values().flatten() {
        let extra = if cycles.contains(n.id.as_str()) { " cycle" } else { "" };
        let is_object = n.id.starts_with('o');
        if is_object {
            let _ = write!(out, r##"<a href="#{}" class="node-link">"##, n.id);
        }
        let _ = write!(
            out,
            r#"<g class="node {}{extra}" data-id="{}"><title>{}</title><rect x="{}" y="{}" width="{NODE_W}" height="{NODE_H}" rx="4"/><text x="{}" y="{}">{}</text></g>"#,
            n.class,
            n.id,
            escape(&n.title),
            n.x,
            n.y,
            n.x + 8,
            n.y + 16,
            escape(&n.label)
        );
        if is_object {
            out.push_str("</a>");
        }
    }
    out.push_str("</g></svg>");
    Some(out)
}
