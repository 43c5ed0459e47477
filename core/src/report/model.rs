//! The report's content model: one value, built once from the pipeline's result, its analysis and
//! the source text, and rendered to JSON, Markdown and HTML.
//!
//! The JSON rendering is this value as serde writes it; every field is documented in
//! `docs/assessment-schema.md` (a test checks that the page lists every emitted field). Fields are
//! only ever added; a rename or removal bumps [`SCHEMA_VERSION`].

use crate::analyze::{Analysis, ObjectKind};
use crate::catalog::ObjectKey;
use crate::diagnostics::Severity;
use crate::pipeline::{Located, MigrationResult, Stats, Status};
use crate::source::SourceSet;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Version of the report's JSON schema. 1 was `migration_report.json` before the assessment
/// (the serialised `MigrationResult`, versioned as `report_version`).
pub const SCHEMA_VERSION: u32 = 2;

/// Lines of source shown before and after a diagnostic's line.
const CONTEXT_LINES: u32 = 2;
/// Longest source line kept in an excerpt, in characters (minified SQL can be one huge line).
const MAX_LINE_CHARS: usize = 240;

/// Which command wrote the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReportKind {
    /// `datamigrate assess`: report only, no project written.
    Assessment,
    /// `datamigrate migrate`: the report beside the dbt project.
    Migration,
}

impl ReportKind {
    /// Title of the report.
    pub fn title(self) -> &'static str {
        match self {
            ReportKind::Assessment => "Assessment",
            ReportKind::Migration => "Migration report",
        }
    }
}

/// How an object converts, from a planner's point of view (issue #6's four classes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Classification {
    /// Converts with no diagnostic above info.
    Auto,
    /// Converts; warnings say where meaning may differ.
    AutoWithWarnings,
    /// A person (or the agent) must look: not converted, or blocked by an object that was not.
    NeedsReview,
    /// Cannot be processed as written (did not parse, unsupported construct, dependency cycle).
    Unsupported,
}

impl Classification {
    /// Every class, in report order.
    pub const ALL: [Classification; 4] = [
        Classification::Auto,
        Classification::AutoWithWarnings,
        Classification::NeedsReview,
        Classification::Unsupported,
    ];

    /// The class of a pipeline status. Today the pipeline's status decides; when the analyzer
    /// classifies objects itself, its class takes over here.
    pub fn of_status(status: Status) -> Self {
        match status {
            Status::Converted => Classification::Auto,
            Status::ConvertedWithWarnings => Classification::AutoWithWarnings,
            Status::NeedsReview | Status::Blocked => Classification::NeedsReview,
            Status::Failed => Classification::Unsupported,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Classification::Auto => "auto",
            Classification::AutoWithWarnings => "auto_with_warnings",
            Classification::NeedsReview => "needs_review",
            Classification::Unsupported => "unsupported",
        }
    }
}

/// Every status, in report order.
pub const STATUSES: [Status; 5] =
    [Status::Converted, Status::ConvertedWithWarnings, Status::NeedsReview, Status::Blocked, Status::Failed];

/// Every severity, most severe first.
pub const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub kind: ReportKind,
    pub project: String,
    pub target: String,
    pub summary: Summary,
    pub stats: Stats,
    pub objects: Vec<ReportObject>,
    /// Diagnostics that belong to no object.
    pub diagnostics: Vec<Located>,
    pub graph: Graph,
    /// Source lines around every diagnostic, keyed by `file` and `line`.
    pub excerpts: Vec<Excerpt>,
    /// Files written (relative to the output folder); empty for an assessment.
    pub files: Vec<String>,
}

/// Counts for the summary. Every map lists every known key, zeros included, in key order.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub objects: usize,
    pub by_status: BTreeMap<&'static str, usize>,
    pub by_classification: BTreeMap<&'static str, usize>,
    pub by_kind: BTreeMap<&'static str, usize>,
    pub by_schema: BTreeMap<String, usize>,
    /// Diagnostics (object and global) per severity.
    pub diagnostics_by_severity: BTreeMap<&'static str, usize>,
    /// Diagnostics per code.
    pub diagnostics_by_code: BTreeMap<String, usize>,
    /// Sum of the objects' effort estimates, in hours (rounded to 0.1).
    pub effort_hours: f64,
}

/// One object with its outcome and graph facts. A superset of the pipeline's `ObjectOutcome`.
#[derive(Debug, Clone, Serialize)]
pub struct ReportObject {
    /// Stable anchor within this report (`o` + position in `objects`).
    pub id: String,
    /// `schema.name` as written in the scripts.
    pub object: String,
    pub schema: String,
    pub name: String,
    pub kind: ObjectKind,
    pub status: Status,
    pub classification: Classification,
    /// Diagnostic codes that decided the class (errors and warnings; sorted, unique).
    pub reasons: Vec<String>,
    /// `file:line:col` of the definition.
    pub location: Option<String>,
    pub dbt_name: Option<String>,
    /// Objects of this database it depends on (as written).
    pub depends_on: Vec<String>,
    /// Names it uses that resolve to nothing in the scripts.
    pub unresolved: Vec<String>,
    /// Names in other databases or servers.
    pub external: Vec<String>,
    /// Constructs that affect conversion (`dynamic_sql`, `cursor`, ...).
    pub features: Vec<String>,
    pub in_cycle: bool,
    /// Longest chain of dependencies below it (0 for an object that depends on nothing).
    pub depth: u32,
    /// The analyzer's complexity score and effort estimate (ADR 0009); null for a definition
    /// that did not parse.
    pub complexity: Option<crate::analyze::classify::Complexity>,
    pub diagnostics: Vec<Located>,
}

/// The dependency graph between the report's objects (by `id`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Graph {
    /// `from` depends on `to`.
    pub edges: Vec<Edge>,
    /// Ids of objects in a dependency cycle.
    pub cycles: Vec<String>,
    /// Unresolved names and the objects that use them.
    pub unresolved: Vec<Reference>,
    /// Names in other databases or servers and the objects that use them.
    pub external: Vec<Reference>,
    /// Largest `depth` of any object.
    pub max_depth: u32,
}

/// A dependency edge.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Edge {
    pub from: String,
    pub to: String,
    /// Both ends are in a cycle.
    pub in_cycle: bool,
}

/// A name that is not an object of this database, and who uses it.
#[derive(Debug, Clone, Serialize)]
pub struct Reference {
    pub name: String,
    /// Ids of the objects that use it.
    pub used_by: Vec<String>,
}

/// A few source lines around one diagnostic line.
#[derive(Debug, Clone, Serialize)]
pub struct Excerpt {
    /// Key of the excerpt within this report (`src-` + position in `excerpts`).
    pub id: String,
    pub file: String,
    /// The diagnostic's line (1-based).
    pub line: u32,
    /// Line number of `lines[0]`.
    pub first_line: u32,
    pub lines: Vec<String>,
}

impl Report {
    /// Build the report from a migration result, the analysis it was planned from, and the
    /// sources (for excerpts). Objects keep the result's order.
    pub fn build(kind: ReportKind, result: &MigrationResult, analysis: &Analysis, sources: &SourceSet) -> Report {
        // The result names objects as written; the analysis keys them normalised. Both carry
        // the definition's place, which is unique per object.
        let by_location: HashMap<String, &ObjectKey> =
            analysis.objects.iter().map(|(k, info)| (sources.location(info.span), k)).collect();
        let keys: Vec<Option<&ObjectKey>> =
            result.objects.iter().map(|o| o.location.as_ref().and_then(|l| by_location.get(l).copied())).collect();
        let id_of_key: HashMap<&ObjectKey, String> =
            keys.iter().enumerate().filter_map(|(i, k)| Some(((*k)?, format!("o{i}")))).collect();
        let depths = depths(analysis);

        let mut objects = Vec::with_capacity(result.objects.len());
        let mut edges = Vec::new();
        let mut unresolved: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut external: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (i, (o, key)) in result.objects.iter().zip(&keys).enumerate() {
            let id = format!("o{i}");
            let info = key.and_then(|k| analysis.objects.get(k));
            let in_cycle = key.is_some_and(|k| analysis.cycles.contains(k));
            if let Some(info) = info {
                for d in &info.depends_on {
                    if let Some(to) = id_of_key.get(d) {
                        edges.push(Edge {
                            from: id.clone(),
                            to: to.clone(),
                            in_cycle: in_cycle && analysis.cycles.contains(d),
                        });
                    }
                }
                for n in &info.unresolved {
                    unresolved.entry(n.clone()).or_default().push(id.clone());
                }
                for n in &info.external {
                    external.entry(n.clone()).or_default().push(id.clone());
                }
            }
            let (schema, name) = match o.object.split_once('.') {
                Some((s, n)) => (s.to_string(), n.to_string()),
                None => (String::new(), o.object.clone()),
            };
            let reasons: BTreeSet<String> = o
                .diagnostics
                .iter()
                .filter(|d| d.severity != Severity::Info)
                .map(|d| d.code.as_str().to_string())
                .collect();
            objects.push(ReportObject {
                id,
                object: o.object.clone(),
                schema,
                name,
                kind: o.kind,
                status: o.status,
                classification: Classification::of_status(o.status),
                reasons: reasons.into_iter().collect(),
                location: o.location.clone(),
                dbt_name: o.dbt_name.clone(),
                depends_on: o.depends_on.clone(),
                unresolved: info.map(|i| i.unresolved.clone()).unwrap_or_default(),
                external: info.map(|i| i.external.clone()).unwrap_or_default(),
                features: info.map(|i| i.features.iter().map(serde_name).collect()).unwrap_or_default(),
                in_cycle,
                depth: key.and_then(|k| depths.get(k).copied()).unwrap_or(0),
                complexity: info.map(|i| i.complexity.clone()),
                diagnostics: o.diagnostics.clone(),
            });
        }
        edges.sort();
        let graph = Graph {
            cycles: objects.iter().filter(|o| o.in_cycle).map(|o| o.id.clone()).collect(),
            unresolved: unresolved.into_iter().map(|(name, used_by)| Reference { name, used_by }).collect(),
            external: external.into_iter().map(|(name, used_by)| Reference { name, used_by }).collect(),
            max_depth: objects.iter().map(|o| o.depth).max().unwrap_or(0),
            edges,
        };
        let summary = summary(&objects, &result.diagnostics);
        let excerpts = excerpts(objects.iter().flat_map(|o| &o.diagnostics).chain(&result.diagnostics), sources);
        Report {
            schema_version: SCHEMA_VERSION,
            kind,
            project: result.project.clone(),
            target: result.target.clone(),
            summary,
            stats: result.stats.clone(),
            objects,
            diagnostics: result.diagnostics.clone(),
            graph,
            excerpts,
            files: match kind {
                ReportKind::Assessment => Vec::new(),
                ReportKind::Migration => result.files.clone(),
            },
        }
    }

    /// Every diagnostic with the object it belongs to (`None` for global ones), objects first.
    pub fn all_diagnostics(&self) -> impl Iterator<Item = (Option<&ReportObject>, &Located)> {
        self.objects
            .iter()
            .flat_map(|o| o.diagnostics.iter().map(move |d| (Some(o), d)))
            .chain(self.diagnostics.iter().map(|d| (None, d)))
    }

    /// The excerpt around `d`'s line, if the report has one.
    pub fn excerpt_of(&self, d: &Located) -> Option<&Excerpt> {
        let (file, line) = (d.file.as_deref()?, d.line?);
        self.excerpts.binary_search_by(|e| (e.file.as_str(), e.line).cmp(&(file, line))).ok().map(|i| &self.excerpts[i])
    }
}

/// The snake_case name serde gives a unit enum variant.
fn serde_name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// Longest dependency chain below each object, in topological order; a dependency not yet
/// placed (a cycle) counts as depth 0.
fn depths(analysis: &Analysis) -> HashMap<&ObjectKey, u32> {
    let mut depth: HashMap<&ObjectKey, u32> = HashMap::with_capacity(analysis.order.len());
    for k in &analysis.order {
        let d = analysis.objects.get(k).map_or(0, |info| {
            info.depends_on.iter().filter_map(|dep| depth.get(dep)).map(|d| d + 1).max().unwrap_or(0)
        });
        depth.insert(k, d);
    }
    depth
}

fn summary(objects: &[ReportObject], global: &[Located]) -> Summary {
    let mut by_status: BTreeMap<&'static str, usize> = STATUSES.iter().map(|s| (s.as_str(), 0)).collect();
    let mut by_classification: BTreeMap<&'static str, usize> =
        Classification::ALL.iter().map(|c| (c.as_str(), 0)).collect();
    let mut by_kind: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut by_schema: BTreeMap<String, usize> = BTreeMap::new();
    for o in objects {
        *by_status.entry(o.status.as_str()).or_default() += 1;
        *by_classification.entry(o.classification.as_str()).or_default() += 1;
        *by_kind.entry(o.kind.as_str()).or_default() += 1;
        *by_schema.entry(o.schema.clone()).or_default() += 1;
    }
    let mut diagnostics_by_severity: BTreeMap<&'static str, usize> =
        SEVERITIES.iter().map(|s| (s.as_str(), 0)).collect();
    let mut diagnostics_by_code: BTreeMap<String, usize> = BTreeMap::new();
    for d in objects.iter().flat_map(|o| &o.diagnostics).chain(global) {
        *diagnostics_by_severity.entry(d.severity.as_str()).or_default() += 1;
        *diagnostics_by_code.entry(d.code.as_str().to_string()).or_default() += 1;
    }
    let effort: f64 = objects.iter().filter_map(|o| o.complexity.as_ref()).map(|c| c.effort_hours).sum();
    Summary {
        effort_hours: (effort * 10.0).round() / 10.0,
        objects: objects.len(),
        by_status,
        by_classification,
        by_kind,
        by_schema,
        diagnostics_by_severity,
        diagnostics_by_code,
    }
}

/// One excerpt per distinct (file, line) of the diagnostics, sorted by file and line.
fn excerpts<'a>(diags: impl Iterator<Item = &'a Located>, sources: &SourceSet) -> Vec<Excerpt> {
    let wanted: BTreeSet<(&str, u32)> = diags.filter_map(|d| Some((d.file.as_deref()?, d.line?))).collect();
    let files: HashMap<&str, usize> = sources.files.iter().enumerate().map(|(i, f)| (f.path.as_str(), i)).collect();
    let mut out = Vec::with_capacity(wanted.len());
    for (file, line) in wanted {
        let Some(f) = files.get(file).map(|i| &sources.files[*i]) else { continue };
        let last = u32::try_from(f.line_index.line_count()).unwrap_or(u32::MAX);
        let first_line = line.saturating_sub(CONTEXT_LINES).max(1);
        let end_line = line.saturating_add(CONTEXT_LINES).min(last);
        let mut lines = Vec::new();
        for n in first_line..=end_line {
            let (Some(start), next) = (f.line_index.offset(&f.text, n, 1), f.line_index.offset(&f.text, n + 1, 1))
            else {
                break;
            };
            let start = start as usize;
            let end = next.map_or(f.text.len(), |e| e as usize);
            let text = f.text.get(start..end).unwrap_or_default().trim_end_matches(['\n', '\r']);
            lines.push(truncate(text));
        }
        out.push(Excerpt { id: format!("src-{}", out.len()), file: file.to_string(), line, first_line, lines });
    }
    out
}

fn truncate(line: &str) -> String {
    match line.char_indices().nth(MAX_LINE_CHARS) {
        Some((i, _)) => format!("{} …", &line[..i]),
        None => line.to_string(),
    }
}
