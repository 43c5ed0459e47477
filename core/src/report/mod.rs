//! Report: the assessment and migration report, one content model ([`Report`]) rendered to
//! JSON, Markdown and a self-contained HTML page.
//!
//! Input: the pipeline's [`crate::pipeline::MigrationResult`], the [`crate::analyze::Analysis`] it
//! was planned from, and the sources (for excerpts around diagnostics). Output: file contents;
//! never writes files itself and never fetches anything. `assess` and `migrate` share these
//! renderers; only the file stem (`assessment` / `migration_report`) and [`ReportKind`] differ.

pub mod graph;
mod html;
mod markdown;
pub mod model;

pub use html::{escape, html};
pub use markdown::markdown;
pub use model::{Classification, Report, ReportKind, ReportObject, SCHEMA_VERSION};

use crate::dbt::GeneratedFile;

/// The report as pretty JSON (the schema is `docs/assessment-schema.md`).
pub fn json(report: &Report) -> String {
    // Serialising plain structs with string keys cannot fail; the fallback keeps the file valid JSON.
    let mut s = serde_json::to_string_pretty(report)
        .unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string());
    s.push('\n');
    s
}

/// The report's three files, `<stem>.json`, `<stem>.md` and `<stem>.html`.
pub fn files(stem: &str, report: &Report) -> Vec<GeneratedFile> {
    FORMATS.iter().map(|ext| file(stem, ext, report)).collect()
}

/// The extensions of the report's files, in the order they are written.
pub const FORMATS: [&str; 3] = ["json", "md", "html"];

/// The report's file `<stem>.<ext>` (`ext` one of [`FORMATS`]; anything else is the HTML page).
pub fn file(stem: &str, ext: &str, report: &Report) -> GeneratedFile {
    let contents = match ext {
        "json" => json(report),
        "md" => markdown(report),
        _ => html(report),
    };
    GeneratedFile { path: format!("{stem}.{ext}"), contents }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{plan_loaded, Options};
    use crate::source::load_memory;

    /// Object names, SQL and paths are hostile input: a script tag, quotes and `../` in names
    /// and in a file path.
    const HOSTILE: &str = "CREATE TABLE [dbo].[<script>alert(1)</script>] (id int NOT NULL PRIMARY KEY)\nGO\n\
        CREATE VIEW [dbo].[a\"b'c] AS SELECT id FROM [dbo].[<script>alert(1)</script>]\nGO\n\
        CREATE VIEW [../../etc].[passwd] AS SELECT x FROM dbo.[<img src=x onerror=alert(2)>]\nGO\n\
        CREATE VIEW dbo.v_ext AS SELECT a FROM OtherDb.dbo.[</svg><script>alert(3)</script>]\nGO\n\
        CREATE PROCEDURE dbo.p AS BEGIN EXEC('SELECT ''</pre><script>alert(4)</script>''') END\nGO\n";

    fn report(files: Vec<(String, Vec<u8>)>) -> Report {
        let planned = plan_loaded(load_memory(files), "hostile", &Options::default().with_jobs(Some(1)), &|_| {});
        let Ok(planned) = planned else { panic!("planning failed") };
        planned.report(ReportKind::Assessment)
    }

    #[test]
    fn hostile_names_and_sql_are_escaped_in_html() {
        let r = report(vec![("<i>../x'\".sql".into(), HOSTILE.as_bytes().to_vec())]);
        assert!(r.objects.iter().any(|o| o.name == "<script>alert(1)</script>"), "{:?}", r.objects);
        let page = html(&r);
        // The page's own script is the only script element.
        assert_eq!(page.matches("<script").count(), 1, "an unescaped <script> got through");
        for raw in ["<img", "</pre><script", "</svg><script", "<i>../", "a\"b'c"] {
            assert!(!page.contains(raw), "`{raw}` is in the page unescaped");
        }
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("a&quot;b&#39;c"));
        assert!(page.contains("../../etc.passwd"));
        // No attribute value is broken out of: every data-name is one escaped token.
        assert!(!page.contains("data-name=\"dbo.a\"b"));
    }

    #[test]
    fn html_fetches_nothing() {
        let r = report(vec![("a.sql".into(), HOSTILE.as_bytes().to_vec())]);
        let page = html(&r);
        for needle in ["src=\"", "<link", "@import", "url(http", "href=\"http", "fetch(", "XMLHttpRequest"] {
            assert!(!page.contains(needle), "the page references `{needle}`");
        }
    }

    #[test]
    fn graph_marks_unresolved_and_external_names() {
        let r = report(vec![("a.sql".into(), HOSTILE.as_bytes().to_vec())]);
        let unresolved: Vec<&str> = r.graph.unresolved.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(unresolved.len(), 1, "{unresolved:?}");
        assert!(unresolved[0].contains("<img"), "{unresolved:?}");
        assert_eq!(r.graph.external.len(), 1, "{:?}", r.graph.external);
        let svg = graph::svg(&r).unwrap_or_default();
        assert!(svg.contains("ref-unresolved") && svg.contains("ref-external") && svg.contains("edge unresolved"));
    }

    #[test]
    fn a_cycle_between_two_views_is_highlighted() {
        let sql = "CREATE VIEW dbo.a AS SELECT x FROM dbo.b\nGO\nCREATE VIEW dbo.b AS SELECT x FROM dbo.a\nGO\n";
        let r = report(vec![("c.sql".into(), sql.as_bytes().to_vec())]);
        assert_eq!(r.graph.cycles.len(), 2, "{:?}", r.graph);
        assert!(r.graph.edges.iter().all(|e| e.in_cycle), "{:?}", r.graph.edges);
        let svg = graph::svg(&r).unwrap_or_default();
        assert_eq!(svg.matches("class=\"edge cycle\"").count(), 2);
        assert_eq!(svg.matches("node st-failed cycle").count(), 2);
    }

    #[test]
    fn same_input_same_bytes_at_any_thread_count() {
        let files = || {
            vec![("a.sql".into(), HOSTILE.as_bytes().to_vec()), ("b.sql".into(), b"CREATE TABLE t (a int)\n".to_vec())]
        };
        let one = plan_loaded(load_memory(files()), "d", &Options::default().with_jobs(Some(1)), &|_| {});
        let two = plan_loaded(load_memory(files()), "d", &Options::default().with_jobs(Some(2)), &|_| {});
        let (Ok(one), Ok(two)) = (one, two) else { panic!("planning failed") };
        let (a, b) = (one.report(ReportKind::Assessment), two.report(ReportKind::Assessment));
        assert_eq!(html(&a), html(&b));
        assert_eq!(json(&a), json(&b));
        assert_eq!(markdown(&a), markdown(&b));
    }
}
