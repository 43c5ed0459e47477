//! A small YAML writer for the files we generate. Every string scalar is written as a JSON string
//! (valid YAML, and quoting is never ambiguous), so hostile names and descriptions stay data.

/// A YAML value.
#[derive(Debug, Clone, PartialEq)]
pub enum Yaml {
    Str(String),
    /// Written as-is (numbers, booleans, Jinja that must stay unquoted is never used).
    Raw(String),
    List(Vec<Yaml>),
    Map(Vec<(String, Yaml)>),
    /// A list item rendered ahead ([`item`]), with no indent: written with each line indented
    /// where the list is. A long list's items are rendered where they are made, so the trees of
    /// a large estate's entries are never all alive.
    Item(String),
}

/// `value` rendered as a list item, for a [`Yaml::List`]: the same text as the value itself
/// would render there.
pub fn item(value: &Yaml) -> Yaml {
    let mut text = String::new();
    write_item(&mut text, value, "", 0);
    Yaml::Item(text)
}

/// `text` (lines ending in newlines) with `pad` before every line.
fn indented(out: &mut String, text: &str, pad: &str) {
    for line in text.split_inclusive('\n') {
        out.push_str(pad);
        out.push_str(line);
    }
}

impl Yaml {
    pub fn str(s: impl Into<String>) -> Yaml {
        Yaml::Str(s.into())
    }
    pub fn map(entries: Vec<(&str, Yaml)>) -> Yaml {
        Yaml::Map(entries.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }
}

/// Render a document.
pub fn render(doc: &Yaml) -> String {
    let mut out = String::new();
    write_value(&mut out, doc, 0, false);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

fn key(k: &str) -> String {
    let plain = !k.is_empty()
        && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '+' || c == '-')
        && !k.starts_with('-');
    if plain {
        k.to_string()
    } else {
        quote(k)
    }
}

fn scalar(v: &Yaml) -> Option<String> {
    match v {
        Yaml::Str(s) => Some(quote(s)),
        Yaml::Raw(s) => Some(s.clone()),
        Yaml::List(l) if l.is_empty() => Some("[]".into()),
        Yaml::Map(m) if m.is_empty() => Some("{}".into()),
        Yaml::List(l) if l.iter().all(|x| matches!(x, Yaml::Str(_) | Yaml::Raw(_))) && l.len() <= 12 => {
            let items: Vec<String> = l.iter().filter_map(scalar).collect();
            Some(format!("[{}]", items.join(", ")))
        }
        _ => None,
    }
}

fn write_value(out: &mut String, v: &Yaml, indent: usize, _in_list: bool) {
    let pad = " ".repeat(indent);
    match v {
        Yaml::Map(entries) => {
            for (k, val) in entries {
                match scalar(val) {
                    Some(s) => out.push_str(&format!("{pad}{}: {s}\n", key(k))),
                    None => {
                        out.push_str(&format!("{pad}{}:\n", key(k)));
                        let child_indent = indent + 2;
                        write_value(out, val, child_indent, false);
                    }
                }
            }
        }
        Yaml::List(items) if items.len() >= PARALLEL_ITEMS => {
            // A long list (a source's tables, the seeds): its items are rendered on every worker,
            // each on its own, and put together in order: the same text as one at a time.
            use rayon::prelude::*;
            let rendered: Vec<String> = items
                .par_iter()
                .map(|item| {
                    let mut s = String::new();
                    write_item(&mut s, item, &pad, indent);
                    s
                })
                .collect();
            out.reserve(rendered.iter().map(String::len).sum());
            for s in rendered {
                out.push_str(&s);
            }
        }
        Yaml::List(items) => {
            for item in items {
                write_item(out, item, &pad, indent);
            }
        }
        Yaml::Item(text) => indented(out, text, &pad),
        other => {
            if let Some(s) = scalar(other) {
                out.push_str(&format!("{pad}{s}\n"));
            }
        }
    }
}

/// Lists at least this long are rendered in parallel.
const PARALLEL_ITEMS: usize = 64;

/// One list item at `indent` (`pad` is that many spaces).
fn write_item(out: &mut String, item: &Yaml, pad: &str, indent: usize) {
    if let Yaml::Item(text) = item {
        return indented(out, text, pad);
    }
    match scalar(item) {
        Some(s) => out.push_str(&format!("{pad}- {s}\n")),
        None => {
            // First line of the item goes after "- ", the rest indented under it.
            let mut inner = String::new();
            write_value(&mut inner, item, indent + 2, true);
            let body = inner.trim_start_matches(' ');
            out.push_str(&format!("{pad}- {body}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_list_renders_as_item_by_item() {
        let item = |i: usize| {
            Yaml::map(vec![
                ("name", Yaml::str(format!("t{i}"))),
                ("columns", Yaml::List(vec![Yaml::map(vec![("name", Yaml::str("id"))])])),
            ])
        };
        for n in [PARALLEL_ITEMS - 1, PARALLEL_ITEMS, 3 * PARALLEL_ITEMS + 5] {
            let items: Vec<Yaml> = (0..n).map(item).collect();
            let doc = Yaml::map(vec![("tables", Yaml::List(items.clone()))]);
            let text = render(&doc);
            let mut expected = "tables:\n".to_string();
            for i in 0..n {
                expected.push_str(&format!("  - name: \"t{i}\"\n    columns:\n      - name: \"id\"\n"));
            }
            assert_eq!(text, expected);
        }
    }

    /// Items rendered ahead give the text the items themselves give, at any depth, in short
    /// and long lists.
    #[test]
    fn items_rendered_ahead_render_as_the_items() {
        let entry = |i: usize| {
            Yaml::map(vec![
                ("name", Yaml::str(format!("t{i}"))),
                ("tags", Yaml::List(vec![])),
                ("columns", Yaml::List(vec![Yaml::map(vec![("name", Yaml::str("id")), ("n", Yaml::Raw("1".into()))])])),
                ("values", Yaml::List(vec![Yaml::str("a"), Yaml::str("b\nc")])),
            ])
        };
        for n in [1, PARALLEL_ITEMS + 3] {
            let doc = |items: Vec<Yaml>| {
                Yaml::map(vec![(
                    "sources",
                    Yaml::List(vec![Yaml::map(vec![("name", Yaml::str("s")), ("tables", Yaml::List(items))])]),
                )])
            };
            let plain: Vec<Yaml> = (0..n).map(entry).chain([Yaml::str("scalar")]).collect();
            let ahead: Vec<Yaml> = plain.iter().map(item).collect();
            assert_eq!(render(&doc(ahead)), render(&doc(plain)));
        }
    }

    #[test]
    fn renders_nested_maps_and_lists() {
        let doc = Yaml::map(vec![
            ("version", Yaml::Raw("2".into())),
            (
                "sources",
                Yaml::List(vec![Yaml::map(vec![
                    ("name", Yaml::str("sales")),
                    (
                        "tables",
                        Yaml::List(vec![Yaml::map(vec![
                            ("name", Yaml::str("Order: \"x\"")),
                            ("tags", Yaml::List(vec![])),
                        ])]),
                    ),
                ])]),
            ),
        ]);
        assert_eq!(
            render(&doc),
            "version: 2\nsources:\n  - name: \"sales\"\n    tables:\n      - name: \"Order: \\\"x\\\"\"\n        tags: []\n"
        );
    }
}
