//! Transpile fixtures (`tests/fixtures/transpile/<area>/*.sql`): each file is transpiled to every
//! target its second line names (`-- targets: all` or `-- targets: duckdb, postgres`), and the
//! output for every target is one snapshot, `transpile@<area>__<file>.snap`. Line 1 says what the
//! fixture checks (for a regression: what went wrong). A new case is a new file.

use datamigrate_core::transpile::script::transpile_script;
use datamigrate_core::Target;
use datamigrate_tests::repo_root;

fn targets(header: &str) -> Vec<Target> {
    let list = header.strip_prefix("-- targets:").map(str::trim).unwrap_or("all");
    if list == "all" {
        return Target::ALL.to_vec();
    }
    list.split(',').map(|n| Target::from_name(n.trim()).unwrap_or_else(|| panic!("unknown target `{n}`"))).collect()
}

/// Every statement's SQL (or `-- not converted`) and diagnostics, per target.
fn render(name: &str, text: &str, target: Target) -> String {
    let out = transpile_script(name, text.as_bytes().to_vec(), target);
    let mut s = format!("## {}\n", target.name());
    for st in &out.statements {
        match &st.sql {
            Some(sql) => s.push_str(&format!("{sql};\n")),
            None => s.push_str("-- not converted\n"),
        }
        for d in &st.diagnostics {
            let lc = out.sources.line_col(d.span.unwrap_or(st.span));
            s.push_str(&format!("--   {}:{} {} {}\n", lc.line, lc.column, d.code, d.message));
        }
    }
    for d in &out.diagnostics {
        s.push_str(&format!("-- {} {}\n", d.code, d.message));
    }
    s
}

#[test]
fn transpile_fixtures() {
    let root = repo_root().join("tests/fixtures/transpile");
    let mut files = Vec::new();
    for area in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(area.path()).into_iter().flatten().flatten() {
            if f.path().extension().is_some_and(|e| e == "sql") {
                files.push(f.path());
            }
        }
    }
    files.sort();
    assert!(!files.is_empty(), "no fixtures under {}", root.display());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let rel = file.strip_prefix(&root).map(|p| p.to_string_lossy().replace('/', "__")).unwrap_or_default();
        let header = text.lines().nth(1).unwrap_or_default();
        let mut rendered = String::new();
        for t in targets(header) {
            rendered.push_str(&render(&rel, &text, t));
            rendered.push('\n');
        }
        insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true}, {
            insta::assert_snapshot!(format!("transpile@{rel}"), rendered);
        });
    }
}
