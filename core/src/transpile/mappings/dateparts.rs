//! T-SQL date parts (with their abbreviations). Sorted by T-SQL name. Columns follow
//! [`crate::transpile::Target::ALL`]: duckdb, postgres, snowflake, bigquery, databricks, redshift,
//! fabric, tsql. A `Named` rule gives the target's name of the part for EXTRACT / date_part;
//! DATEADD, DATEDIFF and DATETRUNC use the canonical name once the row says the part exists.

use super::TARGETS;

/// How a date part converts for one target.
#[derive(Debug, Clone, Copy)]
pub enum PartRule {
    /// The target's name for the part.
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
const NANO: PartRule = Unsupported("the target keeps microseconds");
const TZ: PartRule = Unsupported("time zone offsets need datetimeoffset support");
const NO_MS: PartRule = Unsupported("the target has no millisecond part for EXTRACT");
const NO_US: PartRule = Unsupported("the target has no microsecond part for EXTRACT");

/// One name on every target.
const fn all(name: &'static str) -> [PartRule; TARGETS] {
    [Named(name); TARGETS]
}
const DAY: [PartRule; TARGETS] = all("day");
const DAYOFYEAR: [PartRule; TARGETS] = [
    Named("doy"),
    Named("doy"),
    Named("dayofyear"),
    Named("dayofyear"),
    Named("doy"),
    Named("doy"),
    Named("dayofyear"),
    Named("dayofyear"),
];
const ISO_WEEK: [PartRule; TARGETS] = [
    Named("week"),
    Named("week"),
    Named("weekiso"),
    Named("isoweek"),
    Named("week"),
    Unsupported("not verified that Redshift's week is the ISO week"),
    Named("iso_week"),
    Named("iso_week"),
];
const MILLISECOND: [PartRule; TARGETS] = [
    Named("millisecond"),
    Named("millisecond"),
    NO_MS,
    Named("millisecond"),
    NO_MS,
    NO_MS,
    Named("millisecond"),
    Named("millisecond"),
];
const MICROSECOND: [PartRule; TARGETS] = [
    Named("microsecond"),
    Named("microsecond"),
    NO_US,
    Named("microsecond"),
    NO_US,
    NO_US,
    Named("microsecond"),
    Named("microsecond"),
];
const NANOSECOND: [PartRule; TARGETS] = [NANO, NANO, NANO, NANO, NANO, NANO, Named("nanosecond"), Named("nanosecond")];
const TZOFFSET: [PartRule; TARGETS] = [TZ, TZ, TZ, TZ, TZ, TZ, Named("tzoffset"), Named("tzoffset")];
const WEEKS: [PartRule; TARGETS] = [WEEK, WEEK, WEEK, WEEK, WEEK, WEEK, Named("week"), Named("week")];
const WEEKDAYS: [PartRule; TARGETS] =
    [WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, Named("weekday"), Named("weekday")];

//  T-SQL        canonical       one rule per target
pub static DATEPARTS: &[DatePartRow] = &[
    p("d", "day", DAY),
    p("day", "day", DAY),
    p("dayofyear", "dayofyear", DAYOFYEAR),
    p("dd", "day", DAY),
    p("dw", "weekday", WEEKDAYS),
    p("dy", "dayofyear", DAYOFYEAR),
    p("hh", "hour", all("hour")),
    p("hour", "hour", all("hour")),
    p("iso_week", "iso_week", ISO_WEEK),
    p("isowk", "iso_week", ISO_WEEK),
    p("isoww", "iso_week", ISO_WEEK),
    p("m", "month", all("month")),
    p("mcs", "microsecond", MICROSECOND),
    p("mi", "minute", all("minute")),
    p("microsecond", "microsecond", MICROSECOND),
    p("millisecond", "millisecond", MILLISECOND),
    p("minute", "minute", all("minute")),
    p("mm", "month", all("month")),
    p("month", "month", all("month")),
    p("ms", "millisecond", MILLISECOND),
    p("n", "minute", all("minute")),
    p("nanosecond", "nanosecond", NANOSECOND),
    p("ns", "nanosecond", NANOSECOND),
    p("q", "quarter", all("quarter")),
    p("qq", "quarter", all("quarter")),
    p("quarter", "quarter", all("quarter")),
    p("s", "second", all("second")),
    p("second", "second", all("second")),
    p("ss", "second", all("second")),
    p("tz", "tzoffset", TZOFFSET),
    p("tzoffset", "tzoffset", TZOFFSET),
    p("w", "weekday", WEEKDAYS),
    p("week", "week", WEEKS),
    p("weekday", "weekday", WEEKDAYS),
    p("wk", "week", WEEKS),
    p("ww", "week", WEEKS),
    p("y", "dayofyear", DAYOFYEAR),
    p("year", "year", all("year")),
    p("yy", "year", all("year")),
    p("yyyy", "year", all("year")),
];

/// The row for a date part as written (case-insensitive).
pub fn lookup(part: &str) -> Option<&'static DatePartRow> {
    let lower = part.to_ascii_lowercase();
    DATEPARTS.binary_search_by(|r| r.tsql.cmp(lower.as_str())).ok().map(|i| &DATEPARTS[i])
}
