//! Parse: source batches → statements with spans, plus diagnostics.
//!
//! Input: [`crate::source::Batch`]es. Output: [`ParsedBatch`] — our [`Stmt`] tree (T-SQL DDL,
//! routines and control flow as our own nodes; queries, DML and expressions as sqlparser nodes) and
//! a diagnostic for every statement that did not parse. A failing statement becomes
//! [`Stmt::Unparsed`] and parsing resumes at the next statement; one bad statement never loses the
//! rest of the batch. Never reads files, never resolves names, never prints.
//!
//! Strategy (see docs/decisions/0001-parser-strategy.md): sqlparser's tokens (from our byte-level
//! tokenizer where it covers the batch, else sqlparser's) and `MsSqlDialect` (wrapped as
//! [`dialect::TsqlDialect`]) with semicolons optional, our own parsers for what sqlparser lacks,
//! driven by one statement loop per batch.

pub mod ast;
mod clauses;
mod ddl;
pub mod dialect;
mod driver;
mod insert;
mod lexer;
mod objects;
pub mod print;
mod routine;
mod statement;
mod types;

pub use ast::*;
pub(crate) use clauses::is_next_value_for;
pub(crate) use driver::excerpt;

use crate::diagnostics::{Diagnostic, FileId};
use crate::source::Batch;
use serde::Serialize;

/// The statements of one batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParsedBatch {
    pub file: FileId,
    pub index: u32,
    pub statements: Vec<ParsedStatement>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parse one batch. Never panics on user input.
pub fn parse_batch(batch: &Batch) -> ParsedBatch {
    let (statements, diagnostics) = driver::parse_batch(batch);
    ParsedBatch { file: batch.file, index: batch.index, statements, diagnostics }
}

/// [`parse_batch`] of a shared batch: its views and routines point to the batch
/// ([`BatchRef`]) instead of each holding a copy of it.
pub fn parse_shared_batch(batch: &std::sync::Arc<Batch>) -> ParsedBatch {
    let (statements, diagnostics) = driver::parse_shared_batch(batch);
    ParsedBatch { file: batch.file, index: batch.index, statements, diagnostics }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{load_memory, split_batches};

    /// Parse a script (GO batches) and return `kind` per statement plus rendered diagnostics.
    pub(crate) fn parse_script(sql: &str) -> (Vec<String>, Vec<String>) {
        let loaded = load_memory(vec![("t.sql".to_string(), sql.as_bytes().to_vec())]);
        let file = &loaded.sources.files[0];
        let mut kinds = Vec::new();
        let mut diags = Vec::new();
        for batch in split_batches(file).batches {
            let parsed = parse_batch(&batch);
            kinds.extend(parsed.statements.iter().map(|s| s.stmt.kind_name()));
            diags.extend(parsed.diagnostics.iter().map(|d| {
                format!("{} {}: {}", d.code, d.span.map(|s| loaded.sources.location(s)).unwrap_or_default(), d.message)
            }));
        }
        (kinds, diags)
    }

    /// The statements of a script (GO batches); panics on any diagnostic.
    pub(crate) fn parse_clean(sql: &str) -> Vec<Stmt> {
        let loaded = load_memory(vec![("t.sql".to_string(), sql.as_bytes().to_vec())]);
        let mut out = Vec::new();
        for batch in split_batches(&loaded.sources.files[0]).batches {
            let parsed = parse_batch(&batch);
            assert!(parsed.diagnostics.is_empty(), "{sql}\n{:?}", parsed.diagnostics);
            out.extend(parsed.statements.into_iter().map(|s| s.stmt));
        }
        out
    }

    /// The one statement of `sql`, after checking that it prints as T-SQL that parses to the
    /// same tree.
    pub(crate) fn parse_round_trip(sql: &str) -> Stmt {
        let mut stmts = parse_clean(sql);
        assert_eq!(stmts.len(), 1, "{sql}: {stmts:?}");
        let stmt = stmts.remove(0);
        let printed = print::stmt_to_tsql(&stmt);
        let again = parse_clean(&printed);
        assert_eq!(again.len(), 1, "{printed}: {again:?}");
        assert!(print::same_tree(&stmt, &again[0]), "not the same tree after printing:\n{printed}");
        stmt
    }

    #[test]
    fn ssms_table_script_parses() {
        let sql = "SET ANSI_NULLS ON\nGO\nCREATE TABLE [Sales].[Orders](\n\t[OrderID] [int] IDENTITY(1,1) NOT NULL,\n\t[Note] [nvarchar](max) NULL,\n\t[Total]  AS ([Qty]*[Price]) PERSISTED,\n CONSTRAINT [PK_Orders] PRIMARY KEY CLUSTERED \n(\n\t[OrderID] ASC\n)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF) ON [PRIMARY]\n) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]\nGO\nALTER TABLE [Sales].[Orders]  WITH CHECK ADD  CONSTRAINT [FK_O_C] FOREIGN KEY([CustomerID])\nREFERENCES [Sales].[Customers] ([CustomerID])\nGO\nALTER TABLE [Sales].[Orders] CHECK CONSTRAINT [FK_O_C]\nGO\nALTER TABLE [Sales].[Orders] ADD  CONSTRAINT [DF_O]  DEFAULT (getdate()) FOR [OrderDate]\nGO\nCREATE NONCLUSTERED INDEX [IX] ON [Sales].[Orders]\n(\n\t[CustomerID] ASC\n)\nINCLUDE([Total]) WITH (PAD_INDEX = OFF) ON [PRIMARY]\nGO\nEXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Orders' , @level0type=N'SCHEMA',@level0name=N'Sales', @level1type=N'TABLE',@level1name=N'Orders'\nGO\nINSERT [Sales].[Orders] ([OrderID], [Note]) VALUES (1, N'x')\nINSERT [Sales].[Orders] ([OrderID], [Note]) VALUES (2, CAST(N'2026-01-15T00:00:00.000' AS DateTime))\n";
        let (kinds, diags) = parse_script(sql);
        assert_eq!(diags, Vec::<String>::new());
        assert_eq!(
            kinds,
            [
                "set_option",
                "create_table",
                "alter_table",
                "alter_table",
                "alter_table",
                "create_index",
                "exec",
                "insert",
                "insert"
            ]
        );
    }

    #[test]
    fn procedures_with_and_without_parentheses() {
        let sql = "CREATE PROCEDURE [dbo].[p] @a int, @b date = NULL OUTPUT AS\nBEGIN\n SET NOCOUNT ON;\n IF @a > 1\n  SELECT 1\n ELSE\n BEGIN\n  DELETE FROM t\n  COMMIT\n END\n BEGIN TRY\n  BEGIN TRAN\n  UPDATE t SET x = 1 WHERE y = @a\n  COMMIT TRANSACTION\n END TRY\n BEGIN CATCH\n  ROLLBACK\n  THROW;\n END CATCH\n RETURN 0\nEND\nGO\nCREATE PROC dbo.q(@x int) WITH RECOMPILE AS SELECT @x\nGO\nCREATE FUNCTION dbo.f(@a nvarchar(10), @b nvarchar(10)) RETURNS nvarchar(21) AS BEGIN RETURN @a + N' ' + @b END\nGO\nCREATE FUNCTION dbo.g(@id int) RETURNS TABLE AS RETURN (SELECT * FROM t WHERE id = @id)\n";
        let (kinds, diags) = parse_script(sql);
        assert_eq!(diags, Vec::<String>::new());
        assert_eq!(kinds, ["create_procedure", "create_procedure", "create_function", "create_function"]);
    }

    #[test]
    fn a_placeholder_with_a_blank_after_its_sign_is_an_error() {
        // The parser's tokens have no spaces; the gap is read from the spans, as sqlparser
        // reads it from its whitespace tokens.
        assert_eq!(parse_script("SELECT a FROM t WHERE a = :x").0, ["query"]);
        for sql in ["SELECT a FROM t WHERE a = : x", "SELECT a FROM t WHERE a = :\nx", "SELECT a FROM t WHERE a = :"] {
            let (kinds, diags) = parse_script(sql);
            assert_eq!(kinds, ["unparsed"], "{sql:?}");
            assert!(diags.len() == 1 && diags[0].contains("expected: placeholder"), "{sql:?}: {diags:?}");
        }
    }

    #[test]
    fn a_broken_statement_does_not_lose_the_next() {
        let sql = "SELECT 1\nUPDATE SET x = 1\nDELETE FROM t WHERE a = = 1\nSELECT (1 FROM t\nCREATE TABLE x (a int)\n";
        let (kinds, diags) = parse_script(sql);
        assert_eq!(kinds, ["query", "unparsed", "unparsed", "unparsed", "create_table"]);
        assert_eq!(diags.len(), 3);
        assert!(diags[0].starts_with("DM1101 t.sql:2:14"), "{}", diags[0]);
        assert!(diags[1].starts_with("DM1101 t.sql:3:"), "{}", diags[1]);
    }

    #[test]
    fn opaque_create_after_a_leading_comment() {
        // Going back to the statement start must not run off the batch start (it panicked).
        let (kinds, diags) = parse_script("-- the app user\nCREATE USER [app] FOR LOGIN [app]\n");
        assert_eq!(diags, Vec::<String>::new());
        assert_eq!(kinds, ["create_user"]);
        // After another statement it must not go back into that statement either.
        let sql = "SELECT 1\n-- rebuild\nALTER INDEX ALL ON dbo.T REBUILD\nSELECT 2\n";
        let stmts = parse_clean(sql);
        assert_eq!(stmts.len(), 3, "{stmts:?}");
        assert!(
            matches!(&stmts[1], Stmt::Opaque { kind, text } if kind == "alter_index" && text.starts_with("ALTER INDEX"))
        );
    }

    #[test]
    fn an_opaque_statement_after_whitespace_keeps_its_own_text() {
        // Parsing goes back to the statement start to keep an opaque statement as text; when the
        // previous statement ended before whitespace (or the batch starts with a comment), going
        // back must not land on the token before it (a stray `ON` statement) or panic.
        let (kinds, diags) = parse_script("SET NOCOUNT ON\nCREATE USER x\nGO\n/* c */\nCREATE SYNONYM s FOR t\n");
        assert_eq!(kinds, ["set_option", "create_user", "create_synonym"]);
        assert_eq!(diags, Vec::<String>::new());
    }

    #[test]
    fn unknown_statements_are_reported_as_unknown() {
        let (kinds, diags) = parse_script("FROBNICATE THE WIDGETS\nSELECT 1\n");
        assert_eq!(kinds, ["unparsed", "query"]);
        assert_eq!(diags, ["DM1103 t.sql:1:1: Unknown statement `FROBNICATE THE WIDGETS`; it was skipped."]);
    }

    /// Real scripts to mutate: the parser fixtures written the way SSMS and people write them.
    const SEEDS: &[&str] = &[
        include_str!("../../../tests/fixtures/parse/ok/procedures.sql"),
        include_str!("../../../tests/fixtures/parse/ok/control_flow.sql"),
        include_str!("../../../tests/fixtures/parse/ok/create_table_ssms.sql"),
        include_str!("../../../tests/fixtures/parse/ok/dml_merge_output_joins.sql"),
        include_str!("../../../tests/fixtures/parse/ok/queries_top_offset_grouping.sql"),
        include_str!("../../../tests/fixtures/parse/ok/cursors.sql"),
    ];

    /// Text a mutation may insert: tokens that open, close or break structures.
    const SPLICES: &[&str] = &[
        "(", ")", "BEGIN ", " END", "'", "N'", "[", "]", ",", ";", "\nGO\n", "/*", "*/", "--", "CASE ", "@", "0x",
        " SELECT ", " FROM ", " AS ", "\u{0}", "é", "$", ":", "=",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]

        /// Real scripts with random edits (cuts, splices of structural tokens, duplicated
        /// ranges) never panic the parser, and every diagnostic points inside the input.
        #[test]
        fn mutated_scripts_never_panic(
            seed in 0..SEEDS.len(),
            edits in proptest::collection::vec((0.0f64..1.0, 0u8..3, 0..SPLICES.len(), 0usize..40), 1..8),
        ) {
            let mut text = SEEDS[seed].to_string();
            for (at, op, splice, len) in edits {
                let mut i = ((text.len() as f64) * at) as usize;
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                let mut end = (i + len).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                match op {
                    0 => text.replace_range(i..end, ""),
                    1 => text.insert_str(i, SPLICES[splice]),
                    _ => {
                        let copy = text[i..end].to_string();
                        text.insert_str(end, &copy);
                    }
                }
            }
            let loaded = load_memory(vec![("m.sql".to_string(), text.clone().into_bytes())]);
            for file in &loaded.sources.files {
                for batch in split_batches(file).batches {
                    let parsed = parse_batch(&batch);
                    for d in &parsed.diagnostics {
                        if let Some(span) = d.span {
                            proptest::prop_assert!(span.end as usize <= text.len(), "{d:?} beyond {} bytes", text.len());
                        }
                    }
                }
            }
        }
    }
}
