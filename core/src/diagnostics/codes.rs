//! The diagnostic code registry: every code, its name, default severity and documentation.
//!
//! Codes are never renumbered or reused. `docs/diagnostics.md` is generated from this table
//! (`datamigrate codes --markdown`); a test fails when it is stale.

use super::Severity;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! registry {
    ($( $id:ident = $name:literal, $sev:ident, $what:literal, $fix:literal; )*) => {
        /// A stable diagnostic code (`DM` + four digits; the first digit is the phase).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Code { $( $id, )* }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[ $( Code::$id, )* ];

            /// The code as written in reports, e.g. `DM1001`.
            pub fn as_str(self) -> &'static str {
                match self { $( Code::$id => stringify!($id), )* }
            }
            /// Kebab-case name.
            pub fn name(self) -> &'static str {
                match self { $( Code::$id => $name, )* }
            }
            /// Default severity.
            pub fn severity(self) -> Severity {
                match self { $( Code::$id => Severity::$sev, )* }
            }
            /// What the code means.
            pub fn what(self) -> &'static str {
                match self { $( Code::$id => $what, )* }
            }
            /// What the user can do.
            pub fn fix(self) -> &'static str {
                match self { $( Code::$id => $fix, )* }
            }
        }
    };
}

registry! {
    // DM1xxx: source and parse.
    DM1001 = "unreadable-file", Error,
        "A file or folder could not be read from disk.",
        "Check that the path exists and is readable.";
    DM1002 = "binary-file", Error,
        "The file looks like binary data (NUL bytes without a UTF-16 byte order mark), not a SQL script.",
        "Remove the file from the input folder or save it as text.";
    DM1003 = "unsupported-encoding", Error,
        "The file is in an encoding datamigrate does not read (e.g. UTF-32).",
        "Save the file as UTF-8, UTF-16 or Windows-1252.";
    DM1004 = "decoded-as-windows-1252", Info,
        "The file is not valid UTF-8 and has no byte order mark, so it was read as Windows-1252 (the SSMS ANSI default).",
        "If the file uses another code page, save it as UTF-8.";
    DM1005 = "empty-file", Warning,
        "The file contains no SQL statements.",
        "Remove the file or check that the right file was exported.";
    DM1006 = "file-too-large", Error,
        "The file is larger than the per-file limit and was skipped.",
        "Split the script into smaller files.";
    DM1007 = "undefined-sqlcmd-variable", Warning,
        "A sqlcmd variable `$(name)` is used but never defined with `:setvar`; it was left as written.",
        "Add a `:setvar name value` line before its first use.";
    DM1008 = "unsupported-sqlcmd-command", Warning,
        "A sqlcmd command other than `:setvar` (e.g. `:r`, `:connect`) was ignored.",
        "Inline the included script, or remove the command.";
    DM1009 = "empty-input", Error,
        "The input path contains no `.sql` files.",
        "Point datamigrate at a `.sql` file or a folder that contains them.";
    DM1101 = "syntax-error", Error,
        "A statement could not be parsed; it is kept as unparsed text and parsing resumes at the next statement.",
        "Fix the statement, or report the construct if SQL Server accepts it.";
    DM1102 = "unparsed-routine-body", Warning,
        "The body of a procedure, function or trigger could not be parsed into statements and is kept as text.",
        "The object needs manual review.";
    DM1103 = "unknown-statement", Warning,
        "A statement kind datamigrate does not know was skipped.",
        "Check whether the statement matters for the migration.";
    DM1104 = "nesting-too-deep", Error,
        "The statement nests deeper than the parser's limit.",
        "Simplify the statement.";
    // DM2xxx: catalog and names.
    DM2001 = "duplicate-object", Warning,
        "An object is created twice; the later definition wins.",
        "Remove the duplicate CREATE, or use ALTER.";
    DM2002 = "unknown-table", Warning,
        "A statement refers to a table that is not in the catalog.",
        "Include the script that creates the table in the input.";
    DM2003 = "unknown-column", Warning,
        "A statement refers to a column that the table does not have.",
        "Check the column name against the table definition.";
    DM2004 = "insert-value-mismatch", Warning,
        "An INSERT row has a different number of values than columns, or a value that is not a constant; the row was skipped.",
        "Check the INSERT statement.";
    DM2005 = "external-reference", Warning,
        "A name refers to another database or a linked server, which the migration cannot see.",
        "Migrate that database too, or replace the reference with a dbt source.";
    DM2006 = "dependency-cycle", Error,
        "The object is part of a cycle of objects that depend on each other, so it has no valid build order.",
        "Break the cycle: one of the objects must not reference the other.";
    DM2101 = "dynamic-sql", Warning,
        "The object runs dynamic SQL (`EXEC (@sql)`, `sp_executesql`): the objects it uses are known only at run time, so the dependency graph has an unknown edge here and the object needs review.",
        "Replace the dynamic SQL with static statements, or list what it touches in the review.";
    DM2102 = "cursor", Warning,
        "The object processes rows one at a time with a cursor; dbt models are set-based, so it needs review.",
        "Rewrite the loop as one set-based query (window functions, joins, MERGE).";
    DM2103 = "trigger", Warning,
        "The object is a trigger; dbt has no triggers, so its effect must be rebuilt another way and it needs review.",
        "Move the trigger's logic into the models that build the table, or into the loading process.";
    DM2104 = "unresolved-reference", Warning,
        "A function, procedure, type, sequence or synonym target named in the object is not defined in the scripts (or a synonym chain loops).",
        "Include the script that creates it, or fix the name.";
    DM2105 = "sequence", Warning,
        "The object is or uses a sequence (`NEXT VALUE FOR`); dbt models have no sequences, so it needs review.",
        "Generate keys in the model (a window function or a surrogate-key macro) instead.";
    // DM3xxx: transpile.
    DM3001 = "unsupported-construct", Error,
        "A construct has no faithful translation for the target; the object was not converted.",
        "Rewrite the construct by hand in the generated model.";
    DM3002 = "unknown-operand-type", Warning,
        "The type of an operand of `+` could not be determined, so it is not known whether `+` is addition or string concatenation; addition was assumed.",
        "Add an explicit CAST to the operands.";
    DM3003 = "unknown-function", Warning,
        "A function is not in the mapping table for the target and was kept as written.",
        "Check that the target has a function of that name and meaning.";
    DM3004 = "hint-dropped", Info,
        "A table or query hint (e.g. NOLOCK) has no meaning in the target and was dropped.",
        "Nothing to do unless the hint changed results.";
    DM3005 = "procedure-not-converted", Warning,
        "The procedure does not match a dbt pattern that converts automatically; it needs review.",
        "Rewrite the procedure as one or more dbt models, or let the agent propose one.";
    DM3006 = "function-not-converted", Warning,
        "The function's body is not a single RETURN expression or query, so it was not converted.",
        "Rewrite the function as a dbt macro by hand.";
    DM3007 = "semantic-difference", Warning,
        "The translation runs on the target but can differ from SQL Server in edge cases.",
        "Check the edge case named in the message.";
    DM3008 = "blocked-by-dependency", Warning,
        "The object depends on an object that was not converted, so it was not emitted.",
        "Fix the object it depends on first.";
    DM3009 = "statement-not-transpiled", Warning,
        "The `transpile` command converts queries, CREATE VIEW and CREATE TABLE (and scalar functions where the target has macros); another statement kind, part of a table or view definition (constraints, defaults, IDENTITY, computed columns, WITH CHECK OPTION), or a call to a function it did not convert was left out or kept as written.",
        "Convert the statement by hand, or migrate the scripts with `migrate` to get a dbt project.";
    DM3010 = "storage-clause-dropped", Info,
        "A storage clause of a table (`ON filegroup`, a partition scheme, `TEXTIMAGE_ON`) has no meaning in the target and was dropped.",
        "Nothing to do; use the target's own clustering or partitioning options if the data needs them.";
    // DM4xxx: dbt and validate.
    DM4001 = "dbt-not-found", Error,
        "The dbt executable was not found, so the project could not be validated.",
        "Run `bash scripts/setup` (it installs dbt-core and dbt-duckdb in .venv) and pass --dbt .venv/bin/dbt.";
    DM4002 = "dbt-node-failed", Error,
        "A dbt node (seed, model or test) failed during `dbt build`.",
        "Read the dbt message; fix the generated model or the source object.";
    DM4003 = "dbt-command-failed", Error,
        "A dbt command failed before it could report per-node results.",
        "Run the command shown by hand in the project folder to see the full log.";
    DM4004 = "name-collision", Warning,
        "Two objects map to the same dbt name; the second got a numbered suffix.",
        "Rename one of the objects if the suffix is confusing.";
    DM4005 = "unsafe-name", Info,
        "An object name contains characters that are not safe in file names; they were replaced.",
        "Nothing to do; the report shows the original name.";
    DM4006 = "not-a-dbt-project", Error,
        "The folder given to validate has no dbt_project.yml.",
        "Pass the output folder of `datamigrate migrate`.";
    // DM9xxx: internal.
    DM9001 = "internal-error", Error,
        "datamigrate hit an internal error (a bug) while processing this object; the other objects were processed.",
        "Please report the bug with the input that triggers it.";
    DM9002 = "object-failed", Error,
        "Converting the object failed, permanently or after three retries of a transient failure; the other objects were converted.",
        "Read the message; a resumed run (`migrate --resume`) tries the object again.";
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown diagnostic code {s}")))
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The registry as a Markdown reference page (the content of `docs/diagnostics.md`).
pub fn render_markdown() -> String {
    let mut out = String::from(
        "# Diagnostic codes\n\n<!-- Generated by `datamigrate codes --markdown` from core/src/diagnostics/codes.rs. Do not edit. -->\n\n\
         Codes are stable: never renumbered or reused. The first digit is the phase: 1 source/parse, 2 catalog/names, \
         3 transpile, 4 dbt/validate, 9 internal.\n\n| code | name | severity | what it means | what to do |\n|---|---|---|---|---|\n",
    );
    for c in Code::ALL {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            c.as_str(),
            c.name(),
            c.severity().as_str(),
            c.what().replace('|', "\\|"),
            c.fix().replace('|', "\\|")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_unique_and_well_formed() {
        let names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(names, sorted);
        for c in Code::ALL {
            let s = c.as_str();
            assert!(s.len() == 6 && s.starts_with("DM") && s[2..].bytes().all(|b| b.is_ascii_digit()));
            assert!(c.what().ends_with('.'), "{s}");
        }
    }
}
