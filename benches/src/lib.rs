//! Inputs for datamigrate's benchmarks: the sample corpus, and a generator of larger, realistic
//! T-SQL estates (SSMS-style DDL, constraint batches, indexes, data scripts, views, procedures).

use datamigrate_core::source::load_path;
use std::fmt::Write;
use std::path::Path;

/// mimalloc instead of glibc malloc: the parser allocates millions of small nodes, and glibc's
/// malloc/free were about a third of parse time (ADR 0013).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The sample corpus as raw files (`path`, bytes), so a benchmark pays for decoding too.
pub fn corpus_files() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let loaded = load_path(&root);
    loaded
        .sources
        .files
        .iter()
        .map(|f| (f.path.clone(), std::fs::read(root.join(&f.path)).unwrap_or_default()))
        .collect()
}

/// A small deterministic PRNG (xorshift64*), so a corpus is the same bytes for the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const NOUNS: &[&str] = &[
    "Customer",
    "Order",
    "Invoice",
    "Product",
    "Supplier",
    "Shipment",
    "Payment",
    "Employee",
    "Account",
    "Region",
    "Warehouse",
    "Contract",
    "Ticket",
    "Campaign",
    "Budget",
    "Asset",
];
const TYPES: &[&str] = &[
    "[int]",
    "[bigint]",
    "[nvarchar](50)",
    "[nvarchar](max)",
    "[varchar](20)",
    "[decimal](12, 2)",
    "[money]",
    "[datetime]",
    "[datetime2](7)",
    "[date]",
    "[bit]",
    "[uniqueidentifier]",
    "[char](3)",
    "[smallint]",
];

/// About `target_bytes` of T-SQL as one SSMS-style script with GO batches. Deterministic per seed.
pub fn generate_corpus(target_bytes: usize, seed: u64) -> String {
    generate(seed, target_bytes + 4096, |out, _| out.len() < target_bytes)
}

/// A generated script with at least `objects` objects (a table, a view and a procedure per
/// group of three), for benches that need an estate of a given size. Deterministic per seed.
pub fn generate_corpus_objects(objects: usize, seed: u64) -> String {
    // About 4.2 kB of script per group of three objects.
    generate(seed, objects * 1500, |_, n| n * 3 < objects)
}

/// Append table, data, view and procedure scripts while `more(script, groups so far)` holds.
fn generate(seed: u64, capacity: usize, more: impl Fn(&str, usize) -> bool) -> String {
    let mut rng = Rng(seed.max(1));
    let mut out = String::with_capacity(capacity);
    out.push_str("USE [BenchDb]\nGO\nSET ANSI_NULLS ON\nGO\nSET QUOTED_IDENTIFIER ON\nGO\n");
    let mut n = 0usize;
    while more(&out, n) {
        n += 1;
        let noun = rng.pick(NOUNS);
        let table = format!("{noun}{n}");
        table_script(&mut out, &mut rng, &table, n);
        data_script(&mut out, &mut rng, &table);
        view_script(&mut out, &mut rng, &table, n);
        procedure_script(&mut out, &mut rng, &table, n);
    }
    out
}

fn table_script(out: &mut String, rng: &mut Rng, table: &str, n: usize) {
    let _ = write!(
        out,
        "/****** Object:  Table [dbo].[{table}] ******/\nCREATE TABLE [dbo].[{table}](\n\t[{table}ID] [int] IDENTITY(1,1) NOT NULL,\n"
    );
    let cols = 4 + rng.below(8);
    for c in 0..cols {
        let ty = rng.pick(TYPES);
        let null = if rng.below(3) == 0 { "NOT NULL" } else { "NULL" };
        let _ = writeln!(out, "\t[Col{c}] {ty} {null},");
    }
    let _ = write!(
        out,
        "\t[Amount] [decimal](12, 2) NOT NULL,\n\t[Quantity] [int] NOT NULL,\n\t[Total]  AS ([Amount]*[Quantity]),\n\t[Status] [nvarchar](20) NOT NULL,\n\
         \t[ParentID] [int] NULL,\n CONSTRAINT [PK_{table}] PRIMARY KEY CLUSTERED \n(\n\t[{table}ID] ASC\n)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]\n) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]\nGO\n\
         ALTER TABLE [dbo].[{table}] ADD  CONSTRAINT [DF_{table}_Status]  DEFAULT (N'New') FOR [Status]\nGO\n\
         ALTER TABLE [dbo].[{table}]  WITH CHECK ADD  CONSTRAINT [CK_{table}_Status] CHECK  (([Status]=N'Closed' OR [Status]=N'Open' OR [Status]=N'New'))\nGO\n\
         ALTER TABLE [dbo].[{table}] CHECK CONSTRAINT [CK_{table}_Status]\nGO\n"
    );
    if n > 1 {
        let _ = write!(
            out,
            "ALTER TABLE [dbo].[{table}]  WITH CHECK ADD  CONSTRAINT [FK_{table}_Parent] FOREIGN KEY([ParentID])\nREFERENCES [dbo].[{table}] ([{table}ID])\nGO\n"
        );
    }
    let _ = write!(
        out,
        "CREATE NONCLUSTERED INDEX [IX_{table}_Status] ON [dbo].[{table}]\n(\n\t[Status] ASC\n)\nINCLUDE([Amount]) WITH (PAD_INDEX = OFF, SORT_IN_TEMPDB = OFF) ON [PRIMARY]\nGO\n\
         EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'{table} rows' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'{table}'\nGO\n"
    );
}

fn data_script(out: &mut String, rng: &mut Rng, table: &str) {
    let _ = writeln!(out, "SET IDENTITY_INSERT [dbo].[{table}] ON\nGO");
    for r in 1..=(10 + rng.below(30)) {
        let amount = rng.below(100_000) as f64 / 100.0;
        let qty = 1 + rng.below(20);
        let status = rng.pick(&["New", "Open", "Closed"]);
        let _ = writeln!(
            out,
            "INSERT [dbo].[{table}] ([{table}ID], [Amount], [Quantity], [Status]) VALUES ({r}, CAST({amount:.2} AS Decimal(12, 2)), {qty}, N'{status}')"
        );
    }
    let _ = writeln!(out, "GO\nSET IDENTITY_INSERT [dbo].[{table}] OFF\nGO");
}

fn view_script(out: &mut String, rng: &mut Rng, table: &str, n: usize) {
    let func = rng.pick(&[
        "ISNULL(t.[Col0], 0)",
        "LEN(t.[Status])",
        "DATEADD(day, 30, GETDATE())",
        "CONVERT(varchar(10), GETDATE(), 120)",
    ]);
    let _ = write!(
        out,
        "CREATE VIEW [dbo].[vw_{table}Summary]\nAS\nSELECT TOP (100) t.[Status], COUNT(*) AS [Rows], SUM(t.[Amount] * t.[Quantity]) AS [Revenue],\n\
         \tAVG(t.[Quantity]) AS AvgQty, MAX({func}) AS Sample,\n\tCASE WHEN SUM(t.[Quantity]) > 100 THEN 'High' ELSE 'Low' END AS Band,\n\
         \t'Report ' + CAST({n} AS varchar(10)) AS Label\nFROM [dbo].[{table}] t\nLEFT JOIN [dbo].[{table}] p ON p.[{table}ID] = t.[ParentID]\n\
         WHERE t.[Status] <> N'Closed' AND t.[Amount] > 0\nGROUP BY t.[Status]\nORDER BY [Revenue] DESC\nGO\n"
    );
}

fn procedure_script(out: &mut String, rng: &mut Rng, table: &str, n: usize) {
    let limit = rng.below(1000);
    let _ = write!(
        out,
        "CREATE PROCEDURE [dbo].[usp_Process{table}]\n\t@Status nvarchar(20) = N'Open',\n\t@Limit int = {limit},\n\t@Updated int OUTPUT\nAS\nBEGIN\n\
         \tSET NOCOUNT ON;\n\tDECLARE @i int = 0\n\tBEGIN TRY\n\t\tBEGIN TRANSACTION\n\t\tUPDATE [dbo].[{table}] SET [Status] = N'Closed'\n\t\tWHERE [Status] = @Status AND [Amount] < @Limit\n\
         \t\tSET @Updated = @@ROWCOUNT\n\t\tWHILE @i < 3\n\t\tBEGIN\n\t\t\tSET @i = @i + 1\n\t\t\tIF @i = 2 CONTINUE\n\t\tEND\n\
         \t\tDELETE FROM [dbo].[{table}] WHERE [Quantity] = 0\n\t\tCOMMIT TRANSACTION\n\tEND TRY\n\tBEGIN CATCH\n\t\tIF @@TRANCOUNT > 0 ROLLBACK TRANSACTION\n\
         \t\tTHROW;\n\tEND CATCH\n\tSELECT [{table}ID], [Total] FROM [dbo].[{table}] WITH (NOLOCK) WHERE [Status] = @Status OPTION (RECOMPILE)\n\
         \tRETURN {n}\nEND\nGO\n"
    );
}
