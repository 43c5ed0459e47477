//! Target warehouses and their capability profiles. The only place besides `mappings/` that may
//! branch on the target.

use serde::Serialize;

/// A warehouse datamigrate writes SQL for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Target {
    DuckDb,
}

impl Target {
    /// Every target, in mapping-table column order.
    pub const ALL: [Target; 1] = [Target::DuckDb];

    /// Column of this target in the mapping tables.
    pub fn index(self) -> usize {
        match self {
            Target::DuckDb => 0,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Target::DuckDb => "duckdb",
        }
    }

    /// Parse a target name as the CLI and bindings accept it.
    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name().eq_ignore_ascii_case(name))
    }

    /// The dbt adapter type (`type:` in profiles.yml).
    pub fn dbt_adapter(self) -> &'static str {
        match self {
            Target::DuckDb => "duckdb",
        }
    }

    pub fn profile(self) -> &'static TargetProfile {
        match self {
            Target::DuckDb => &DUCKDB,
        }
    }
}

/// What a target supports, asked by shared code instead of checking which target it is.
#[derive(Debug)]
pub struct TargetProfile {
    /// Integer division operator, when `/` on integers does not truncate.
    pub integer_division_operator: Option<&'static str>,
    /// `DATE + interval` yields a timestamp, so results of DATEADD on dates need a cast back.
    pub date_arithmetic_widens_to_timestamp: bool,
}

static DUCKDB: TargetProfile =
    TargetProfile { integer_division_operator: Some("//"), date_arithmetic_widens_to_timestamp: true };
