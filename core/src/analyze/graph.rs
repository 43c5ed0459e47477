//! The dependency graph's edges: names resolved against the catalog (default schema, case,
//! brackets, synonym chains, other databases and linked servers), and the graph's order and
//! cycles (strongly connected components).

use crate::catalog::names::{parts, resolve, Resolved, DEFAULT_SCHEMA};
use crate::catalog::{Catalog, ObjectKey};
use crate::diagnostics::Span;
use rayon::prelude::*;
use serde::Serialize;
use sqlparser::ast::ObjectName;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

/// How an object uses the name it references.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RefKind {
    /// A table or view read or written (FROM, JOIN, INSERT, UPDATE, DELETE, MERGE).
    Relation,
    /// A user function call (`dbo.fn_x(...)`).
    Function,
    /// `EXEC proc`.
    Procedure,
    /// A user-defined type used by a column or parameter.
    Type,
    /// `NEXT VALUE FOR seq`.
    Sequence,
    /// The table or view a DML trigger is on.
    TriggerTarget,
    /// What a synonym stands for.
    SynonymTarget,
}

/// Where a reference leads.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RefTarget {
    /// An object of this database (synonyms already followed to their final object).
    Object { key: ObjectKey },
    /// An object in another database or on a linked server: the key of an [`ExternalNode`].
    External { name: String },
    /// A system object (`sys.*`, `INFORMATION_SCHEMA.*`) that exists on every server.
    System,
    /// Nothing in the catalog has this name (or a synonym chain loops or ends nowhere).
    Unresolved,
}

/// One name in an object's definition and what it resolves to: an edge of the graph.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Reference {
    /// The name as written (brackets kept), e.g. `[Sales].[Orders]`.
    pub name: String,
    /// How the object uses it.
    pub kind: RefKind,
    /// The object, external node or nothing it resolves to.
    pub target: RefTarget,
    /// Synonyms followed to reach the target, in order (empty when the name is not a synonym).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub via: Vec<ObjectKey>,
    /// The innermost statement holding the name (a view's or routine's definition when not
    /// known more precisely).
    pub span: Span,
}

/// Is an external node in another database of the same server, or on a linked server?
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExternalKind {
    /// `database.schema.object`.
    OtherDatabase,
    /// `server.database.schema.object`.
    LinkedServer,
}

/// An object outside this database that objects of this database reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExternalNode {
    /// Normalised key: the lower-case parts joined with `.` (`crm.dbo.customer`).
    pub name: String,
    /// Other database or linked server.
    pub kind: ExternalKind,
    /// The linked server, for four-part names.
    pub server: Option<String>,
    /// The database (as written).
    pub database: String,
    /// The schema (`dbo` when written as `db..name`).
    pub schema: String,
    /// The object's own name (as written).
    pub object: String,
    /// Objects of this database that reference it (directly or through a synonym).
    pub referenced_by: BTreeSet<ObjectKey>,
}

/// A reference that resolves to nothing, with its place.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct UnresolvedRef {
    /// The object whose definition holds the name.
    pub object: ObjectKey,
    /// The name as written.
    pub name: String,
    /// How the object uses it.
    pub kind: RefKind,
    /// Synonyms followed before the chain broke.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub via: Vec<ObjectKey>,
    /// The statement holding the name.
    pub span: Span,
}

/// An edge whose target is known only at run time.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct UnknownEdge {
    /// Why the target is unknown: `dynamic_sql` (`EXEC (@sql)`, `sp_executesql`).
    pub reason: String,
    /// The statement.
    pub span: Span,
}

/// Longest synonym chain followed before giving up (SQL Server itself allows no chains at run
/// time, but scripts define them and migration tools must see through them).
const MAX_CHAIN: usize = 32;

/// Resolve `name` against the catalog: what it leads to and the synonyms followed.
pub fn resolve_name(catalog: &Catalog, name: &ObjectName) -> (RefTarget, Vec<ObjectKey>) {
    let db = catalog.database.as_deref();
    let mut via: Vec<ObjectKey> = Vec::new();
    let mut current = name.clone();
    loop {
        match resolve(&current, db) {
            Resolved::External(_) => return (RefTarget::External { name: external_key(&current) }, via),
            Resolved::Local(q) => {
                if is_system_schema(&q.schema) {
                    return (RefTarget::System, via);
                }
                let key = q.key();
                if is_object(catalog, &key) {
                    return (RefTarget::Object { key }, via);
                }
                match catalog.synonyms.get(&key) {
                    Some(s) if !via.contains(&key) && via.len() < MAX_CHAIN => {
                        via.push(key);
                        current = s.target.clone();
                    }
                    _ => return (RefTarget::Unresolved, via),
                }
            }
        }
    }
}

/// Is `key` a table, view, routine, type or sequence of the catalog (not a synonym)?
pub fn is_object(catalog: &Catalog, key: &ObjectKey) -> bool {
    catalog.tables.contains_key(key)
        || catalog.views.contains_key(key)
        || catalog.routines.contains_key(key)
        || catalog.types.contains_key(key)
        || catalog.sequences.contains_key(key)
}

/// `sys`, `INFORMATION_SCHEMA`: catalog views that exist on every server.
pub fn is_system_schema(schema: &str) -> bool {
    schema.eq_ignore_ascii_case("sys") || schema.eq_ignore_ascii_case("information_schema")
}

/// A temp table (`#t`, `##t`) or table variable (`@t`): local to its routine, never a node.
pub fn is_local(name: &ObjectName) -> bool {
    parts(name).last().is_some_and(|p| p.starts_with('#') || p.starts_with('@'))
}

fn external_key(name: &ObjectName) -> String {
    let mut p: Vec<String> = parts(name).iter().map(|s| s.to_lowercase()).collect();
    let n = p.len();
    if n >= 2 && p[n - 2].is_empty() {
        p[n - 2] = DEFAULT_SCHEMA.to_string();
    }
    p.join(".")
}

/// The external node a (three- or four-part) name stands for.
pub fn external_node(name: &ObjectName) -> ExternalNode {
    let p = parts(name);
    let n = p.len();
    let get = |i: usize| p.get(i).cloned().unwrap_or_default();
    let schema = if n >= 2 && !p[n - 2].is_empty() { p[n - 2].clone() } else { DEFAULT_SCHEMA.to_string() };
    let (kind, server, database) = if n >= 4 {
        (ExternalKind::LinkedServer, Some(p[..n - 3].join(".")), get(n - 3))
    } else {
        (ExternalKind::OtherDatabase, None, if n >= 3 { get(n - 3) } else { String::new() })
    };
    ExternalNode {
        name: external_key(name),
        kind,
        server,
        database,
        schema,
        object: if n >= 1 { get(n - 1) } else { String::new() },
        referenced_by: BTreeSet::new(),
    }
}

/// The name at the end of a synonym chain (the name itself when it is no synonym), for
/// building an external node from a synonym that points out of the database.
pub fn final_name(catalog: &Catalog, name: &ObjectName) -> ObjectName {
    let db = catalog.database.as_deref();
    let mut current = name.clone();
    for _ in 0..MAX_CHAIN {
        match resolve(&current, db) {
            Resolved::Local(q) => match catalog.synonyms.get(&q.key()) {
                Some(s) => current = s.target.clone(),
                None => break,
            },
            Resolved::External(_) => break,
        }
    }
    current
}

/// Strongly connected components of the graph `edges` (node → nodes it depends on) that are
/// cycles: two or more members, or one member with an edge to itself. Each component is sorted,
/// and the components are sorted by their first member. Iterative Tarjan: no recursion, so
/// long dependency chains cannot overflow the stack.
pub fn cycles(edges: &BTreeMap<ObjectKey, BTreeSet<ObjectKey>>) -> Vec<Vec<ObjectKey>> {
    let (nodes, adj) = dense(edges);
    cycles_of(&adj).into_iter().map(|c| c.into_iter().map(|i| nodes[i].clone()).collect()).collect()
}

/// Dependency order: Kahn's algorithm over the graph with each cycle collapsed to one node, ties
/// broken by key; a cycle's members come together, sorted, where the cycle can first be placed.
pub fn order(edges: &BTreeMap<ObjectKey, BTreeSet<ObjectKey>>, cycles: &[Vec<ObjectKey>]) -> Vec<ObjectKey> {
    let (nodes, adj) = dense(edges);
    let cycles: Vec<Vec<usize>> =
        cycles.iter().map(|c| c.iter().filter_map(|k| nodes.binary_search(&k).ok()).collect()).collect();
    order_of(&adj, &cycles).into_iter().map(|i| nodes[i].clone()).collect()
}

/// The graph on indices: nodes in key order (comparing indices is comparing keys), each node's
/// edges to nodes of the graph as indices, ascending.
fn dense(edges: &BTreeMap<ObjectKey, BTreeSet<ObjectKey>>) -> (Vec<&ObjectKey>, Vec<Vec<usize>>) {
    let nodes: Vec<&ObjectKey> = edges.keys().collect();
    let adj = edges.values().map(|deps| deps.iter().filter_map(|d| nodes.binary_search(&d).ok()).collect()).collect();
    (nodes, adj)
}

/// [`cycles`] on a graph of indices (`adj[v]`: the nodes `v` depends on): the components as
/// sorted index lists, sorted.
pub(crate) fn cycles_of(adj: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = adj.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut next = 0usize;
    let mut out: Vec<Vec<usize>> = Vec::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        // (node, next edge to look at)
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(top) = work.last_mut() {
            let (v, ei) = *top;
            if let Some(&w) = adj[v].get(ei) {
                top.1 += 1;
                if index[w] == usize::MAX {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut comp = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                let self_loop = comp.len() == 1 && adj[v].contains(&v);
                if comp.len() > 1 || self_loop {
                    comp.sort_unstable();
                    out.push(comp);
                }
            }
        }
    }
    out.sort();
    out
}

/// [`order`] on a graph of indices, with the cycles as [`cycles_of`] gives them.
pub(crate) fn order_of(adj: &[Vec<usize>], cycles: &[Vec<usize>]) -> Vec<usize> {
    let n = adj.len();
    // Representative of each node: the first member of its cycle, or itself.
    let mut rep: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); n];
    for c in cycles {
        let Some(&first) = c.first() else { continue };
        for &i in c {
            rep[i] = first;
            members[first].push(i);
        }
    }
    // Each edge between two representatives once: (dependency, dependent).
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (k, deps) in adj.iter().enumerate() {
        let rk = rep[k];
        for &d in deps {
            if rep[d] != rk {
                pairs.push((rep[d], rk));
            }
        }
    }
    crate::sections::parallel(|| pairs.par_sort_unstable());
    pairs.dedup();
    let mut remaining = vec![0usize; n];
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(d, k) in &pairs {
        dependents[d].push(k);
        remaining[k] += 1;
    }
    // The smallest ready node first (a node becomes ready once).
    let mut ready: BinaryHeap<Reverse<usize>> =
        (0..n).filter(|&i| rep[i] == i && remaining[i] == 0).map(Reverse).collect();
    let mut out = Vec::with_capacity(n);
    while let Some(Reverse(k)) = ready.pop() {
        if members[k].is_empty() {
            out.push(k);
        } else {
            out.extend(members[k].iter().copied());
        }
        for &dep in &dependents[k] {
            remaining[dep] -= 1;
            if remaining[dep] == 0 {
                ready.push(Reverse(dep));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(n: &str) -> ObjectKey {
        ObjectKey::new("dbo", n)
    }

    /// `order` as it was written with maps of keys (session 8), to compare with.
    fn order_by_keys(edges: &BTreeMap<ObjectKey, BTreeSet<ObjectKey>>, cycles: &[Vec<ObjectKey>]) -> Vec<ObjectKey> {
        let mut rep: BTreeMap<&ObjectKey, &ObjectKey> = edges.keys().map(|k| (k, k)).collect();
        let mut members: BTreeMap<&ObjectKey, Vec<&ObjectKey>> = BTreeMap::new();
        for c in cycles {
            if let Some(first) = c.first() {
                for k in c {
                    rep.insert(k, first);
                    members.entry(first).or_default().push(k);
                }
            }
        }
        let mut remaining: BTreeMap<&ObjectKey, usize> = BTreeMap::new();
        let mut dependents: BTreeMap<&ObjectKey, BTreeSet<&ObjectKey>> = BTreeMap::new();
        for (k, deps) in edges {
            let rk = rep[k];
            remaining.entry(rk).or_insert(0);
            for d in deps {
                let Some(&rd) = rep.get(d) else { continue };
                if rd != rk && dependents.entry(rd).or_default().insert(rk) {
                    *remaining.entry(rk).or_insert(0) += 1;
                }
            }
        }
        let mut ready: BTreeSet<&ObjectKey> = remaining.iter().filter(|(_, n)| **n == 0).map(|(k, _)| *k).collect();
        let mut out = Vec::new();
        while let Some(k) = ready.pop_first() {
            match members.get(k) {
                Some(m) => out.extend(m.iter().map(|x| (*x).clone())),
                None => out.push(k.clone()),
            }
            remaining.remove(k);
            for dep in dependents.get(k).into_iter().flatten() {
                if let Some(n) = remaining.get_mut(dep) {
                    *n -= 1;
                    if *n == 0 {
                        ready.insert(dep);
                    }
                }
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn order_by_index_is_order_by_keys(
            edges in proptest::collection::vec((0u8..40, proptest::collection::vec(0u8..48, 0..5)), 0..40)
        ) {
            // Names 40..48 are dependencies outside the graph.
            let g: BTreeMap<ObjectKey, BTreeSet<ObjectKey>> = edges
                .iter()
                .map(|(n, deps)| (k(&format!("n{n:02}")), deps.iter().map(|d| k(&format!("n{d:02}"))).collect()))
                .collect();
            let c = cycles(&g);
            proptest::prop_assert_eq!(order(&g, &c), order_by_keys(&g, &c));
        }
    }

    fn graph(edges: &[(&str, &[&str])]) -> BTreeMap<ObjectKey, BTreeSet<ObjectKey>> {
        edges.iter().map(|(n, deps)| (k(n), deps.iter().map(|d| k(d)).collect())).collect()
    }

    #[test]
    fn cycles_are_components_and_self_loops() {
        let g = graph(&[("a", &["b"]), ("b", &["a"]), ("c", &["a"]), ("d", &["d"]), ("e", &[])]);
        assert_eq!(cycles(&g), vec![vec![k("a"), k("b")], vec![k("d")]]);
    }

    #[test]
    fn order_places_a_cycle_together_before_its_dependents() {
        let g = graph(&[("a", &["b", "t"]), ("b", &["a"]), ("c", &["a"]), ("t", &[])]);
        let c = cycles(&g);
        let names: Vec<String> = order(&g, &c).iter().map(|x| x.name.clone()).collect();
        assert_eq!(names, ["t", "a", "b", "c"]);
    }

    #[test]
    fn long_chains_do_not_overflow_the_stack() {
        let n = 100_000;
        let g: BTreeMap<ObjectKey, BTreeSet<ObjectKey>> = (0..n)
            .map(|i| {
                (k(&format!("o{i:06}")), if i == 0 { BTreeSet::new() } else { [k(&format!("o{:06}", i - 1))].into() })
            })
            .collect();
        assert!(cycles(&g).is_empty());
        assert_eq!(order(&g, &[]).len(), n);
    }

    #[test]
    fn external_nodes() {
        let name = |p: &[&str]| ObjectName::from(p.iter().map(|s| sqlparser::ast::Ident::new(*s)).collect::<Vec<_>>());
        let n = external_node(&name(&["Srv", "Db", "", "T"]));
        assert_eq!(
            (n.kind, n.server.as_deref(), n.database.as_str(), n.schema.as_str()),
            (ExternalKind::LinkedServer, Some("Srv"), "Db", "dbo")
        );
        assert_eq!(n.name, "srv.db.dbo.t");
        let n = external_node(&name(&["Other", "s", "T"]));
        assert_eq!((n.kind, n.server, n.name.as_str()), (ExternalKind::OtherDatabase, None, "other.s.t"));
    }
}
