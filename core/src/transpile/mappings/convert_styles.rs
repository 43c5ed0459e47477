//! `CONVERT(type, date, style)` styles for dates and times (SQL Server documentation, "Date and
//! time styles"). Sorted by style. Formats use strftime/strptime codes.

use super::TARGETS;

/// How one style converts for one target.
#[derive(Debug, Clone, Copy)]
pub enum StyleRule {
    /// strftime/strptime format and the length of its output.
    Format(&'static str, u32),
    Unsupported(&'static str),
}

pub struct StyleRow {
    pub style: u32,
    pub rules: [StyleRule; TARGETS],
}

const fn s(style: u32, rules: [StyleRule; TARGETS]) -> StyleRow {
    StyleRow { style, rules }
}

use StyleRule::*;
const PADDED: StyleRule = Unsupported("this style pads day and hour with spaces, which strftime cannot");

//  style    duckdb
pub static CONVERT_STYLES: &[StyleRow] = &[
    s(0, [PADDED]),
    s(1, [Format("%m/%d/%y", 8)]),
    s(2, [Format("%y.%m.%d", 8)]),
    s(3, [Format("%d/%m/%y", 8)]),
    s(4, [Format("%d.%m.%y", 8)]),
    s(5, [Format("%d-%m-%y", 8)]),
    s(6, [Format("%d %b %y", 9)]),
    s(7, [Format("%b %d, %y", 10)]),
    s(8, [Format("%H:%M:%S", 8)]),
    s(9, [PADDED]),
    s(10, [Format("%m-%d-%y", 8)]),
    s(11, [Format("%y/%m/%d", 8)]),
    s(12, [Format("%y%m%d", 6)]),
    s(13, [Format("%d %b %Y %H:%M:%S:%g", 24)]),
    s(14, [Format("%H:%M:%S:%g", 12)]),
    s(20, [Format("%Y-%m-%d %H:%M:%S", 19)]),
    s(21, [Format("%Y-%m-%d %H:%M:%S.%g", 23)]),
    s(22, [Format("%m/%d/%y %I:%M:%S %p", 20)]),
    s(23, [Format("%Y-%m-%d", 10)]),
    s(24, [Format("%H:%M:%S", 8)]),
    s(25, [Format("%Y-%m-%d %H:%M:%S.%g", 23)]),
    s(100, [PADDED]),
    s(101, [Format("%m/%d/%Y", 10)]),
    s(102, [Format("%Y.%m.%d", 10)]),
    s(103, [Format("%d/%m/%Y", 10)]),
    s(104, [Format("%d.%m.%Y", 10)]),
    s(105, [Format("%d-%m-%Y", 10)]),
    s(106, [Format("%d %b %Y", 11)]),
    s(107, [Format("%b %d, %Y", 12)]),
    s(108, [Format("%H:%M:%S", 8)]),
    s(109, [PADDED]),
    s(110, [Format("%m-%d-%Y", 10)]),
    s(111, [Format("%Y/%m/%d", 10)]),
    s(112, [Format("%Y%m%d", 8)]),
    s(113, [Format("%d %b %Y %H:%M:%S:%g", 24)]),
    s(114, [Format("%H:%M:%S:%g", 12)]),
    s(120, [Format("%Y-%m-%d %H:%M:%S", 19)]),
    s(121, [Format("%Y-%m-%d %H:%M:%S.%g", 23)]),
    s(126, [Unsupported("style 126 drops the fraction when it is zero")]),
    s(127, [Unsupported("style 127 drops the fraction when it is zero")]),
    s(130, [Unsupported("Hijri dates have no equivalent")]),
    s(131, [Unsupported("Hijri dates have no equivalent")]),
];

/// The row for a style number.
pub fn lookup(style: u32) -> Option<&'static StyleRow> {
    CONVERT_STYLES.binary_search_by(|r| r.style.cmp(&style)).ok().map(|i| &CONVERT_STYLES[i])
}
