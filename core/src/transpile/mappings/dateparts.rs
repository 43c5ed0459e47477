//! T-SQL date parts (with their abbreviations). Sorted by T-SQL name.

use super::TARGETS;

/// How a date part converts for one target.
#[derive(Debug, Clone, Copy)]
pub enum PartRule {
    /// The target's name for the part (for `date_diff`, `date_part`, intervals).
    Named(&'static str),
    /// No faithful translation, with the reason.
    Unsupported(&'static str),
}

pub struct DatePartRow {
    pub tsql: &'static str,
    /// The canonical T-SQL part this abbreviation stands for.
    pub canonical: &'static str,
    pub rules: [PartRule; TARGETS],
}

const fn p(tsql: &'static str, canonical: &'static str, rules: [PartRule; TARGETS]) -> DatePartRow {
    DatePartRow { tsql, canonical, rules }
}

use PartRule::*;
const WEEK: PartRule = Unsupported("T-SQL weeks depend on SET DATEFIRST and start on January 1");
const WEEKDAY: PartRule = Unsupported("T-SQL weekday numbers depend on SET DATEFIRST");

//  T-SQL        canonical       duckdb
pub static DATEPARTS: &[DatePartRow] = &[
    p("d", "day", [Named("day")]),
    p("day", "day", [Named("day")]),
    p("dayofyear", "dayofyear", [Named("doy")]),
    p("dd", "day", [Named("day")]),
    p("dw", "weekday", [WEEKDAY]),
    p("dy", "dayofyear", [Named("doy")]),
    p("hh", "hour", [Named("hour")]),
    p("hour", "hour", [Named("hour")]),
    p("iso_week", "iso_week", [Named("week")]),
    p("isowk", "iso_week", [Named("week")]),
    p("isoww", "iso_week", [Named("week")]),
    p("m", "month", [Named("month")]),
    p("mcs", "microsecond", [Named("microsecond")]),
    p("mi", "minute", [Named("minute")]),
    p("microsecond", "microsecond", [Named("microsecond")]),
    p("millisecond", "millisecond", [Named("millisecond")]),
    p("minute", "minute", [Named("minute")]),
    p("mm", "month", [Named("month")]),
    p("month", "month", [Named("month")]),
    p("ms", "millisecond", [Named("millisecond")]),
    p("n", "minute", [Named("minute")]),
    p("nanosecond", "nanosecond", [Unsupported("the target keeps microseconds")]),
    p("ns", "nanosecond", [Unsupported("the target keeps microseconds")]),
    p("q", "quarter", [Named("quarter")]),
    p("qq", "quarter", [Named("quarter")]),
    p("quarter", "quarter", [Named("quarter")]),
    p("s", "second", [Named("second")]),
    p("second", "second", [Named("second")]),
    p("ss", "second", [Named("second")]),
    p("tz", "tzoffset", [Unsupported("time zone offsets need datetimeoffset support")]),
    p("tzoffset", "tzoffset", [Unsupported("time zone offsets need datetimeoffset support")]),
    p("week", "week", [WEEK]),
    p("weekday", "weekday", [WEEKDAY]),
    p("wk", "week", [WEEK]),
    p("ww", "week", [WEEK]),
    p("y", "dayofyear", [Named("doy")]),
    p("year", "year", [Named("year")]),
    p("yy", "year", [Named("year")]),
    p("yyyy", "year", [Named("year")]),
];

/// The row for a date part as written (case-insensitive).
pub fn lookup(part: &str) -> Option<&'static DatePartRow> {
    let lower = part.to_ascii_lowercase();
    DATEPARTS.binary_search_by(|r| r.tsql.cmp(lower.as_str())).ok().map(|i| &DATEPARTS[i])
}
