//! `CONVERT(type, date, style)` styles for dates and times (SQL Server documentation, "Date and
//! time styles"). Sorted by style. Each row holds the style's format as strftime codes; a target
//! writes it with its own format elements (`TargetProfile::date_format`), so a `Format` rule
//! means "this target can write every element of this format". Columns follow
//! [`crate::transpile::Target::ALL`]: duckdb, postgres, snowflake, bigquery, databricks, redshift,
//! fabric, tsql.

use super::TARGETS;

/// How one style converts for one target.
#[derive(Debug, Clone, Copy)]
pub enum StyleRule {
    /// The row's format, written with the target's format elements.
    Format,
    /// The target has CONVERT with SQL Server's styles (T-SQL family).
    Native,
    Unsupported(&'static str),
}

pub struct StyleRow {
    pub style: u32,
    /// strftime/strptime codes (`%g` is milliseconds); empty when no target can write it.
    pub format: &'static str,
    /// Length of the formatted text.
    pub length: u32,
    pub rules: [StyleRule; TARGETS],
}

const fn s(style: u32, format: &'static str, length: u32, rules: [StyleRule; TARGETS]) -> StyleRow {
    StyleRow { style, format, length, rules }
}

use StyleRule::*;
const fn everywhere(why: StyleRule) -> [StyleRule; TARGETS] {
    [why, why, why, why, why, why, Native, Native]
}
const FORMAT: [StyleRule; TARGETS] = everywhere(Format);
const PADDED: [StyleRule; TARGETS] =
    everywhere(Unsupported("this style pads day and hour with spaces, which format strings cannot"));
const ISO_8601: [StyleRule; TARGETS] = everywhere(Unsupported("styles 126 and 127 drop the fraction when it is zero"));
const HIJRI: [StyleRule; TARGETS] = everywhere(Unsupported("Hijri dates have no equivalent"));
/// BigQuery writes milliseconds only as seconds with decimals (`%E3S`), never after a colon.
const COLON_MS: [StyleRule; TARGETS] = [
    Format,
    Format,
    Format,
    Unsupported("BigQuery writes milliseconds only after a decimal point"),
    Format,
    Format,
    Native,
    Native,
];

//  style  format                          length
pub static CONVERT_STYLES: &[StyleRow] = &[
    s(0, "", 19, PADDED),
    s(1, "%m/%d/%y", 8, FORMAT),
    s(2, "%y.%m.%d", 8, FORMAT),
    s(3, "%d/%m/%y", 8, FORMAT),
    s(4, "%d.%m.%y", 8, FORMAT),
    s(5, "%d-%m-%y", 8, FORMAT),
    s(6, "%d %b %y", 9, FORMAT),
    s(7, "%b %d, %y", 10, FORMAT),
    s(8, "%H:%M:%S", 8, FORMAT),
    s(9, "", 26, PADDED),
    s(10, "%m-%d-%y", 8, FORMAT),
    s(11, "%y/%m/%d", 8, FORMAT),
    s(12, "%y%m%d", 6, FORMAT),
    s(13, "%d %b %Y %H:%M:%S:%g", 24, COLON_MS),
    s(14, "%H:%M:%S:%g", 12, COLON_MS),
    s(20, "%Y-%m-%d %H:%M:%S", 19, FORMAT),
    s(21, "%Y-%m-%d %H:%M:%S.%g", 23, FORMAT),
    s(22, "%m/%d/%y %I:%M:%S %p", 20, FORMAT),
    s(23, "%Y-%m-%d", 10, FORMAT),
    s(24, "%H:%M:%S", 8, FORMAT),
    s(25, "%Y-%m-%d %H:%M:%S.%g", 23, FORMAT),
    s(100, "", 19, PADDED),
    s(101, "%m/%d/%Y", 10, FORMAT),
    s(102, "%Y.%m.%d", 10, FORMAT),
    s(103, "%d/%m/%Y", 10, FORMAT),
    s(104, "%d.%m.%Y", 10, FORMAT),
    s(105, "%d-%m-%Y", 10, FORMAT),
    s(106, "%d %b %Y", 11, FORMAT),
    s(107, "%b %d, %Y", 12, FORMAT),
    s(108, "%H:%M:%S", 8, FORMAT),
    s(109, "", 26, PADDED),
    s(110, "%m-%d-%Y", 10, FORMAT),
    s(111, "%Y/%m/%d", 10, FORMAT),
    s(112, "%Y%m%d", 8, FORMAT),
    s(113, "%d %b %Y %H:%M:%S:%g", 24, COLON_MS),
    s(114, "%H:%M:%S:%g", 12, COLON_MS),
    s(120, "%Y-%m-%d %H:%M:%S", 19, FORMAT),
    s(121, "%Y-%m-%d %H:%M:%S.%g", 23, FORMAT),
    s(126, "", 23, ISO_8601),
    s(127, "", 23, ISO_8601),
    s(130, "", 32, HIJRI),
    s(131, "", 32, HIJRI),
];

/// The row for a style number.
pub fn lookup(style: u32) -> Option<&'static StyleRow> {
    CONVERT_STYLES.binary_search_by(|r| r.style.cmp(&style)).ok().map(|i| &CONVERT_STYLES[i])
}

/// Write a strftime format with a target's format elements (`None` when an element is missing).
pub fn translate(format: &str, elements: &[(&str, &str)]) -> Option<String> {
    let mut out = String::new();
    let mut rest = format;
    while !rest.is_empty() {
        if let Some((from, to)) = elements.iter().find(|(from, _)| rest.starts_with(from)) {
            out.push_str(to);
            rest = &rest[from.len()..];
        } else if rest.starts_with('%') {
            return None;
        } else {
            let c = rest.chars().next()?;
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    Some(out)
}
