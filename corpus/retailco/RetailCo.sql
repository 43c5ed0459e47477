USE [RetailCo]
GO
/****** Object:  Schema [HR]    Script Date: 11/2/2026 10:14:03 AM ******/
CREATE SCHEMA [HR]
GO
/****** Object:  Schema [Inventory]    Script Date: 11/2/2026 10:14:03 AM ******/
CREATE SCHEMA [Inventory]
GO
/****** Object:  Schema [Sales]    Script Date: 11/2/2026 10:14:03 AM ******/
CREATE SCHEMA [Sales]
GO
/****** Object:  UserDefinedFunction [dbo].[fn_FullName]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
-- =============================================
-- Author:      M. Keller
-- Create date: 2025-03-02
-- Description: Builds "First Last" display names.
--              Either part may be NULL.
-- =============================================
CREATE FUNCTION [dbo].[fn_FullName]
(
    @FirstName nvarchar(50),
    @LastName  nvarchar(50)
)
RETURNS nvarchar(101)
AS
BEGIN
    RETURN LTRIM(RTRIM(ISNULL(@FirstName, N'') + N' ' + ISNULL(@LastName, N'')))
END
GO
/****** Object:  Table [dbo].[ErrorLog]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[ErrorLog](
	[ErrorLogID] [int] IDENTITY(1,1) NOT NULL,
	[ErrorTime] [datetime2](7) NOT NULL,
	[ProcedureName] [nvarchar](128) NULL,
	[ErrorNumber] [int] NOT NULL,
	[ErrorSeverity] [int] NULL,
	[ErrorState] [int] NULL,
	[ErrorLine] [int] NULL,
	[ErrorMessage] [nvarchar](4000) NOT NULL,
	[UserName] [nvarchar](128) NOT NULL,
 CONSTRAINT [PK_ErrorLog] PRIMARY KEY CLUSTERED 
(
	[ErrorLogID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [Inventory].[Categories]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Inventory].[Categories](
	[CategoryID] [smallint] IDENTITY(1,1) NOT NULL,
	[CategoryName] [nvarchar](50) NOT NULL,
	[ParentCategoryID] [smallint] NULL,
	[Description] [nvarchar](max) NULL,
 CONSTRAINT [PK_Categories] PRIMARY KEY CLUSTERED 
(
	[CategoryID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY],
 CONSTRAINT [UQ_Categories_CategoryName] UNIQUE NONCLUSTERED 
(
	[CategoryName] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
/****** Object:  Table [Inventory].[Suppliers]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Inventory].[Suppliers](
	[SupplierID] [int] IDENTITY(1,1) NOT NULL,
	[SupplierName] [nvarchar](100) NOT NULL,
	[ContactName] [nvarchar](100) NULL,
	[ContactEmail] [varchar](255) NULL,
	[Phone] [varchar](25) NULL,
	[CountryCode] [char](2) NOT NULL,
	[LeadTimeDays] [tinyint] NOT NULL,
	[IsPreferred] [bit] NOT NULL,
 CONSTRAINT [PK_Suppliers] PRIMARY KEY CLUSTERED 
(
	[SupplierID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [Inventory].[Products]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Inventory].[Products](
	[ProductID] [int] IDENTITY(1,1) NOT NULL,
	[SKU] [varchar](20) NOT NULL,
	[ProductName] [nvarchar](100) NOT NULL,
	[CategoryID] [smallint] NOT NULL,
	[SupplierID] [int] NOT NULL,
	[ListPrice] [money] NOT NULL,
	[StandardCost] [money] NOT NULL,
	[Margin]  AS ([ListPrice]-[StandardCost]) PERSISTED,
	[WeightKg] [decimal](8, 3) NULL,
	[IsDiscontinued] [bit] NOT NULL,
	[IntroducedDate] [date] NOT NULL,
	[Description] [nvarchar](max) NULL,
	[ModifiedDate] [datetime] NOT NULL,
 CONSTRAINT [PK_Products] PRIMARY KEY CLUSTERED 
(
	[ProductID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
/****** Object:  Table [Inventory].[Warehouses]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Inventory].[Warehouses](
	[WarehouseID] [int] IDENTITY(1,1) NOT NULL,
	[WarehouseCode] [char](4) NOT NULL,
	[WarehouseName] [nvarchar](60) NOT NULL,
	[City] [nvarchar](60) NOT NULL,
	[CountryCode] [char](2) NOT NULL,
	[OpenedDate] [date] NOT NULL,
	[CapacityPallets] [smallint] NULL,
 CONSTRAINT [PK_Warehouses] PRIMARY KEY CLUSTERED 
(
	[WarehouseID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY],
 CONSTRAINT [UQ_Warehouses_WarehouseCode] UNIQUE NONCLUSTERED 
(
	[WarehouseCode] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [Inventory].[StockLevels]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Inventory].[StockLevels](
	[ProductID] [int] NOT NULL,
	[WarehouseID] [int] NOT NULL,
	[QuantityOnHand] [int] NOT NULL,
	[ReorderLevel] [smallint] NOT NULL,
	[LastCountedDate] [datetime] NULL,
 CONSTRAINT [PK_StockLevels] PRIMARY KEY CLUSTERED 
(
	[ProductID] ASC,
	[WarehouseID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [Inventory].[StockMovements]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Inventory].[StockMovements](
	[MovementID] [bigint] IDENTITY(1,1) NOT NULL,
	[ProductID] [int] NOT NULL,
	[WarehouseID] [int] NOT NULL,
	[MovementDate] [datetime2](7) NOT NULL,
	[MovementType] [char](3) NOT NULL,
	[Quantity] [int] NOT NULL,
	[Reference] [nvarchar](50) NULL,
 CONSTRAINT [PK_StockMovements] PRIMARY KEY CLUSTERED 
(
	[MovementID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [Sales].[Customers]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Sales].[Customers](
	[CustomerID] [int] IDENTITY(1,1) NOT NULL,
	[CustomerCode] [char](8) NOT NULL,
	[FirstName] [nvarchar](50) NOT NULL,
	[LastName] [nvarchar](50) NOT NULL,
	[Email] [nvarchar](255) NULL,
	[Phone] [varchar](20) NULL,
	[Rating] [char](1) NOT NULL,
	[CreatedDate] [datetime] NOT NULL,
	[IsActive] [bit] NOT NULL,
	[Notes] [nvarchar](max) NULL,
 CONSTRAINT [PK_Customers] PRIMARY KEY CLUSTERED 
(
	[CustomerID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY],
 CONSTRAINT [UQ_Customers_CustomerCode] UNIQUE NONCLUSTERED 
(
	[CustomerCode] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
/****** Object:  Table [Sales].[Addresses]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Sales].[Addresses](
	[AddressID] [int] IDENTITY(1,1) NOT NULL,
	[CustomerID] [int] NOT NULL,
	[AddressType] [varchar](10) NOT NULL,
	[Line1] [nvarchar](100) NOT NULL,
	[Line2] [nvarchar](100) NULL,
	[City] [nvarchar](60) NOT NULL,
	[Region] [nvarchar](50) NULL,
	[PostalCode] [varchar](10) NOT NULL,
	[CountryCode] [nchar](2) NOT NULL,
 CONSTRAINT [PK_Addresses] PRIMARY KEY CLUSTERED 
(
	[AddressID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [Sales].[Orders]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Sales].[Orders](
	[OrderID] [int] IDENTITY(1,1) NOT NULL,
	[CustomerID] [int] NOT NULL,
	[OrderDate] [datetime] NOT NULL,
	[RequiredDate] [date] NULL,
	[Status] [nvarchar](20) NOT NULL,
	[ShippingAddressID] [int] NULL,
	[Freight] [money] NOT NULL,
	[Comments] [nvarchar](500) NULL,
 CONSTRAINT [PK_Orders] PRIMARY KEY CLUSTERED 
(
	[OrderID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [Sales].[OrderLines]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Sales].[OrderLines](
	[OrderID] [int] NOT NULL,
	[LineNumber] [smallint] NOT NULL,
	[ProductID] [int] NOT NULL,
	[Quantity] [int] NOT NULL,
	[UnitPrice] [money] NOT NULL,
	[Discount] [decimal](4, 2) NOT NULL,
	[LineTotal]  AS ([Quantity]*[UnitPrice]),
 CONSTRAINT [PK_OrderLines] PRIMARY KEY CLUSTERED 
(
	[OrderID] ASC,
	[LineNumber] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [Sales].[Payments]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Sales].[Payments](
	[PaymentID] [int] IDENTITY(1,1) NOT NULL,
	[OrderID] [int] NOT NULL,
	[PaymentDate] [datetime2](7) NOT NULL,
	[Amount] [decimal](12, 2) NOT NULL,
	[PaymentMethod] [varchar](20) NOT NULL,
	[TransactionRef] [uniqueidentifier] NULL,
 CONSTRAINT [PK_Payments] PRIMARY KEY CLUSTERED 
(
	[PaymentID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [Sales].[Shipments]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [Sales].[Shipments](
	[ShipmentID] [int] IDENTITY(1,1) NOT NULL,
	[OrderID] [int] NOT NULL,
	[WarehouseID] [int] NOT NULL,
	[Carrier] [nvarchar](40) NOT NULL,
	[TrackingNumber] [varchar](30) NOT NULL,
	[ShippedDate] [date] NOT NULL,
	[DeliveredDate] [date] NULL,
	[ShippingCost] [money] NOT NULL,
	[WeightKg] [numeric](8, 3) NULL,
 CONSTRAINT [PK_Shipments] PRIMARY KEY CLUSTERED 
(
	[ShipmentID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY],
 CONSTRAINT [UQ_Shipments_OrderID] UNIQUE NONCLUSTERED 
(
	[OrderID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY],
 CONSTRAINT [UQ_Shipments_TrackingNumber] UNIQUE NONCLUSTERED 
(
	[TrackingNumber] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  Table [dbo].[SalesSummary]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[SalesSummary](
	[SummaryYear] [smallint] NOT NULL,
	[SummaryMonth] [tinyint] NOT NULL,
	[CategoryID] [smallint] NOT NULL,
	[OrderCount] [int] NOT NULL,
	[UnitsSold] [int] NOT NULL,
	[Revenue] [money] NOT NULL,
	[RefreshedAt] [datetime] NOT NULL,
 CONSTRAINT [PK_SalesSummary] PRIMARY KEY CLUSTERED 
(
	[SummaryYear] ASC,
	[SummaryMonth] ASC,
	[CategoryID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO
/****** Object:  View [Sales].[vw_OrderTotals]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

/* One row per order with its money totals.
   Discounts are applied per line and rounded to cents before summing,
   which is how the invoicing system prints them. */
CREATE VIEW [Sales].[vw_OrderTotals]
AS
SELECT
    o.[OrderID],
    'ORD-' + CAST(o.[OrderID] AS varchar(10)) AS OrderNumber,
    o.[CustomerID],
    o.[OrderDate],
    CONVERT(varchar(10), o.[OrderDate], 120) AS OrderDay,
    o.[Status],
    COUNT(*) AS LineCount,
    SUM(ol.[Quantity]) AS ItemCount,
    SUM(ol.[LineTotal]) AS Subtotal,
    SUM(ROUND(ol.[LineTotal] * ol.[Discount], 2)) AS DiscountTotal,
    o.[Freight],
    SUM(ol.[LineTotal]) - SUM(ROUND(ol.[LineTotal] * ol.[Discount], 2)) + o.[Freight] AS OrderTotal
FROM [Sales].[Orders] AS o
INNER JOIN [Sales].[OrderLines] AS ol
    ON ol.[OrderID] = o.[OrderID]
GROUP BY
    o.[OrderID],
    o.[CustomerID],
    o.[OrderDate],
    o.[Status],
    o.[Freight]
GO
/****** Object:  View [Sales].[vw_CustomerOrderSummary]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [Sales].[vw_CustomerOrderSummary]
AS
SELECT
    c.[CustomerID],
    [dbo].[fn_FullName](c.[FirstName], c.[LastName]) AS CustomerName,
    c.[Rating],
    COUNT(t.[OrderID]) AS OrderCount,
    ISNULL(SUM(t.[OrderTotal]), 0) AS TotalAmount,
    ROUND(AVG(t.[OrderTotal]), 2) AS AvgOrderValue,
    MIN(t.[OrderDate]) AS FirstOrderDate,
    MAX(t.[OrderDate]) AS LastOrderDate,
    DATEDIFF(month, MIN(t.[OrderDate]), MAX(t.[OrderDate])) AS ActiveMonths,
    CASE
        WHEN ISNULL(SUM(t.[OrderTotal]), 0) >= 1500 THEN 'Gold'
        WHEN ISNULL(SUM(t.[OrderTotal]), 0) >= 500 THEN 'Silver'
        ELSE 'Bronze'
    END AS CustomerTier
FROM [Sales].[Customers] AS c
LEFT JOIN [Sales].[vw_OrderTotals] AS t
    ON t.[CustomerID] = c.[CustomerID]
   AND t.[Status] <> N'Cancelled'   -- cancelled orders never count towards spend
GROUP BY
    c.[CustomerID],
    c.[FirstName],
    c.[LastName],
    c.[Rating]
GO
/****** Object:  View [Sales].[vw_MonthlySales]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
create view Sales.vw_MonthlySales
as
select  year(o.OrderDate)                                   as SalesYear,
        month(o.OrderDate)                                  as SalesMonth,
        datepart(quarter, o.OrderDate)                      as SalesQuarter,
        cast(year(o.OrderDate) as varchar(4)) + '-Q'
            + cast(datepart(quarter, o.OrderDate) as varchar(1)) as PeriodLabel,
        count(distinct o.OrderID)                           as OrderCount,
        sum(ol.Quantity)                                    as UnitsSold,
        sum(ol.Quantity) / count(distinct o.OrderID)        as AvgUnitsPerOrder,  -- whole units
        sum(ol.LineTotal)                                   as GrossRevenue,
        min(ol.UnitPrice)                                   as LowestUnitPrice,
        max(ol.UnitPrice)                                   as HighestUnitPrice
from    Sales.Orders o
        join Sales.OrderLines ol on ol.OrderID = o.OrderID
where   o.Status <> 'Cancelled'
group by year(o.OrderDate), month(o.OrderDate), datepart(quarter, o.OrderDate)
GO
/****** Object:  View [Sales].[vw_ShipmentPerformance]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [Sales].[vw_ShipmentPerformance]
AS
SELECT
    s.[ShipmentID],
    s.[OrderID],
    o.[OrderDate],
    s.[ShippedDate],
    s.[DeliveredDate],
    w.[WarehouseCode],
    UPPER(s.[Carrier]) AS CarrierName,
    DATEDIFF(day, o.[OrderDate], s.[ShippedDate]) AS DaysToShip,
    DATEDIFF(day, s.[ShippedDate], s.[DeliveredDate]) AS DaysInTransit,
    DATEADD(day, 5, s.[ShippedDate]) AS PromisedDeliveryDate,
    DATEPART(day, s.[ShippedDate]) AS ShipDayOfMonth,
    CASE
        WHEN s.[DeliveredDate] IS NULL THEN 'In Transit'
        WHEN s.[DeliveredDate] <= DATEADD(day, 5, s.[ShippedDate]) THEN 'On Time'
        ELSE 'Late'
    END AS DeliveryStatus,
    IIF(DATEDIFF(day, o.[OrderDate], s.[ShippedDate]) <= 2, 1, 0) AS ShippedWithinSLA
FROM [Sales].[Shipments] AS s
INNER JOIN [Sales].[Orders] AS o ON o.[OrderID] = s.[OrderID]
INNER JOIN [Inventory].[Warehouses] AS w ON w.[WarehouseID] = s.[WarehouseID]
GO
/****** Object:  View [Inventory].[vw_ProductCatalog]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [Inventory].[vw_ProductCatalog]
AS
SELECT  p.ProductID,
        p.SKU,
        p.ProductName,
        CASE WHEN LEN(p.ProductName) > 24
             THEN LEFT(p.ProductName, 21) + N'...'
             ELSE p.ProductName
        END AS ShortName,
        c.CategoryName,
        ISNULL(pc.CategoryName, c.CategoryName) AS TopLevelCategory,
        s.SupplierName,
        p.ListPrice,
        p.StandardCost,
        p.Margin,
        ROUND(p.Margin * 100.0 / NULLIF(p.ListPrice, 0), 1) AS MarginPct,
        CASE
            WHEN p.ListPrice < 25 THEN 'Budget'
            WHEN p.ListPrice < 100 THEN 'Standard'
            ELSE 'Premium'
        END AS PriceBand,
        UPPER(LEFT(c.CategoryName, 3)) + '-' + p.SKU AS CatalogCode,
        DATEPART(year, p.IntroducedDate) AS IntroducedYear,
        DATEPART(month, p.IntroducedDate) AS IntroducedMonth,
        p.IsDiscontinued
FROM    Inventory.Products AS p
        INNER JOIN Inventory.Categories AS c ON c.CategoryID = p.CategoryID
        LEFT JOIN Inventory.Categories AS pc ON pc.CategoryID = c.ParentCategoryID
        INNER JOIN Inventory.Suppliers AS s ON s.SupplierID = p.SupplierID
GO
/****** Object:  View [Inventory].[vw_StockStatus]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [Inventory].[vw_StockStatus]
AS
SELECT
    sl.[ProductID],
    p.[SKU],
    w.[WarehouseCode],
    sl.[QuantityOnHand],
    sl.[ReorderLevel],
    sl.[QuantityOnHand] - sl.[ReorderLevel] AS HeadroomUnits,
    sl.[QuantityOnHand] * p.[StandardCost] AS StockValue,
    IIF(sl.[QuantityOnHand] <= sl.[ReorderLevel], 'Reorder', 'OK') AS StockFlag,
    ISNULL(CONVERT(varchar(10), sl.[LastCountedDate], 23), 'never') AS LastCountedOn
FROM [Inventory].[StockLevels] sl
INNER JOIN [Inventory].[Products] p ON p.[ProductID] = sl.[ProductID]
INNER JOIN [Inventory].[Warehouses] w ON w.[WarehouseID] = sl.[WarehouseID]
WHERE p.[IsDiscontinued] = 0
GO
/****** Object:  View [Inventory].[vw_LatestStockMovement]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [Inventory].[vw_LatestStockMovement]
AS
WITH ranked AS (
    SELECT m.[MovementID],
           m.[ProductID],
           m.[WarehouseID],
           m.[MovementDate],
           m.[MovementType],
           m.[Quantity],
           m.[Reference],
           ROW_NUMBER() OVER (PARTITION BY m.[ProductID], m.[WarehouseID]
                              ORDER BY m.[MovementDate] DESC, m.[MovementID] DESC) AS rn
    FROM [Inventory].[StockMovements] AS m
)
SELECT r.[ProductID],
       r.[WarehouseID],
       r.[MovementID] AS LastMovementID,
       r.[MovementDate] AS LastMovementDate,
       CONVERT(varchar(8), r.[MovementDate], 112) AS LastMovementDateKey,
       r.[MovementType] AS LastMovementType,
       r.[Quantity] AS LastQuantity,
       COALESCE(r.[Reference], N'(no reference)') AS LastReference
FROM ranked AS r
WHERE r.rn = 1
GO
/****** Object:  View [Sales].[vw_TopProducts]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [Sales].[vw_TopProducts]
AS
SELECT TOP (10)
       p.[ProductID],
       p.[ProductName],
       SUM(ol.[Quantity]) AS UnitsSold,
       SUM(ol.[LineTotal]) AS Revenue,
       COUNT(DISTINCT ol.[OrderID]) AS OrderCount
FROM [Sales].[OrderLines] ol
INNER JOIN [Inventory].[Products] p ON p.[ProductID] = ol.[ProductID]
INNER JOIN [Sales].[Orders] o ON o.[OrderID] = ol.[OrderID]
WHERE o.[Status] <> N'Cancelled'
GROUP BY p.[ProductID], p.[ProductName]
ORDER BY Revenue DESC
GO
/****** Object:  View [Sales].[vw_CustomerContacts]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [Sales].[vw_CustomerContacts]
AS
SELECT
    c.[CustomerID],
    c.[CustomerCode],
    c.[FirstName] + N' ' + c.[LastName] AS FullName,
    c.[LastName] + N', ' + LEFT(c.[FirstName], 1) + N'.' AS SortName,
    c.[FirstName] + N' <' + c.[Email] + N'>' AS EmailDisplay,     -- NULL when there is no e-mail
    SUBSTRING(c.[Email], CHARINDEX(N'@', c.[Email]) + 1, LEN(c.[Email])) AS EmailDomain,
    COALESCE(REPLACE(REPLACE(REPLACE(REPLACE(c.[Phone], '(', ''), ')', ''), ' ', ''), '-', ''), 'n/a') AS PhoneDigits,
    LTRIM(RTRIM(a.[City])) AS BillingCity,
    a.[PostalCode],
    a.[CountryCode]
FROM [Sales].[Customers] AS c
LEFT JOIN [Sales].[Addresses] AS a
    ON a.[CustomerID] = c.[CustomerID]
   AND a.[AddressType] = 'Billing'
WHERE c.[IsActive] = 1
GO
/****** Object:  View [Sales].[vw_OrderPaymentStatus]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW [Sales].[vw_OrderPaymentStatus]
AS
SELECT t.[OrderID],
       t.[OrderNumber],
       t.[CustomerID],
       t.[Status],
       t.[OrderTotal],
       ISNULL(p.[AmountPaid], 0) AS AmountPaid,
       t.[OrderTotal] - ISNULL(p.[AmountPaid], 0) AS BalanceDue,
       ISNULL(p.[PaymentCount], 0) AS PaymentCount,
       p.[LastPaymentDate],
       CASE
           WHEN t.[Status] = N'Cancelled' THEN 'Void'
           WHEN ISNULL(p.[AmountPaid], 0) = 0 THEN 'Unpaid'
           WHEN p.[AmountPaid] < t.[OrderTotal] THEN 'Partial'
           ELSE 'Paid'
       END AS PaymentStatus
FROM [Sales].[vw_OrderTotals] AS t
LEFT JOIN (
        SELECT [OrderID],
               SUM([Amount]) AS AmountPaid,
               COUNT(*) AS PaymentCount,
               MAX([PaymentDate]) AS LastPaymentDate
        FROM [Sales].[Payments]
        GROUP BY [OrderID]
    ) AS p
    ON p.[OrderID] = t.[OrderID]
GO
/****** Object:  View [Sales].[vw_OpenOrders]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
-- Used by the warehouse dashboard; ages are relative to the current date.
CREATE VIEW Sales.vw_OpenOrders
AS
SELECT o.OrderID,
       o.CustomerID,
       o.OrderDate,
       o.RequiredDate,
       DATEDIFF(day, o.OrderDate, GETDATE()) AS DaysOpen,
       CASE WHEN o.RequiredDate < CAST(GETDATE() AS date) THEN 1 ELSE 0 END AS IsOverdue
FROM Sales.Orders o
WHERE o.Status = N'Pending'
GO
/****** Object:  View [dbo].[vw_CategoryRevenueByYear]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE VIEW dbo.vw_CategoryRevenueByYear
AS
SELECT s.SummaryYear,
       c.CategoryID,
       c.CategoryName,
       SUM(s.OrderCount) AS OrderCount,
       SUM(s.UnitsSold) AS UnitsSold,
       SUM(s.Revenue) AS Revenue,
       MAX(s.RefreshedAt) AS LastRefreshed
FROM dbo.SalesSummary s
INNER JOIN Inventory.Categories c ON c.CategoryID = s.CategoryID
GROUP BY s.SummaryYear, c.CategoryID, c.CategoryName
GO
/****** Object:  View [Inventory].[vw_ActiveProducts]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
-- Every column of the products still on sale.
CREATE VIEW [Inventory].[vw_ActiveProducts]
AS
SELECT *
FROM [Inventory].[Products]
WHERE [IsDiscontinued] = 0
GO
/****** Object:  UserDefinedFunction [Sales].[fn_CustomerOrders]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE FUNCTION [Sales].[fn_CustomerOrders] (@CustomerID int)
RETURNS TABLE
AS
RETURN
(
    SELECT o.[OrderID],
           o.[OrderDate],
           o.[Status],
           COUNT(*) AS LineCount,
           SUM(ol.[LineTotal]) AS Subtotal
    FROM [Sales].[Orders] AS o
    INNER JOIN [Sales].[OrderLines] AS ol ON ol.[OrderID] = o.[OrderID]
    WHERE o.[CustomerID] = @CustomerID
    GROUP BY o.[OrderID], o.[OrderDate], o.[Status]
)
GO
SET ANSI_PADDING ON
GO
/****** Object:  Index [UX_Products_SKU]    Script Date: 11/2/2026 10:14:03 AM ******/
CREATE UNIQUE NONCLUSTERED INDEX [UX_Products_SKU] ON [Inventory].[Products]
(
	[SKU] ASC
)
INCLUDE([ProductName],[ListPrice]) WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, IGNORE_DUP_KEY = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
/****** Object:  Index [IX_StockMovements_Product_Date]    Script Date: 11/2/2026 10:14:03 AM ******/
CREATE NONCLUSTERED INDEX [IX_StockMovements_Product_Date] ON [Inventory].[StockMovements]
(
	[ProductID] ASC,
	[MovementDate] DESC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
SET ANSI_PADDING ON
GO
/****** Object:  Index [UX_Customers_Email]    Script Date: 11/2/2026 10:14:03 AM ******/
CREATE UNIQUE NONCLUSTERED INDEX [UX_Customers_Email] ON [Sales].[Customers]
(
	[Email] ASC
)
WHERE ([Email] IS NOT NULL)
WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, IGNORE_DUP_KEY = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
/****** Object:  Index [IX_OrderLines_ProductID]    Script Date: 11/2/2026 10:14:03 AM ******/
CREATE NONCLUSTERED INDEX [IX_OrderLines_ProductID] ON [Sales].[OrderLines]
(
	[ProductID] ASC
)
INCLUDE([Quantity],[UnitPrice]) WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
/****** Object:  Index [IX_Orders_CustomerID]    Script Date: 11/2/2026 10:14:03 AM ******/
CREATE NONCLUSTERED INDEX [IX_Orders_CustomerID] ON [Sales].[Orders]
(
	[CustomerID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
/****** Object:  Index [IX_Orders_OrderDate]    Script Date: 11/2/2026 10:14:03 AM ******/
CREATE NONCLUSTERED INDEX [IX_Orders_OrderDate] ON [Sales].[Orders]
(
	[OrderDate] DESC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
/****** Object:  Index [IX_Payments_OrderID]    Script Date: 11/2/2026 10:14:03 AM ******/
CREATE NONCLUSTERED INDEX [IX_Payments_OrderID] ON [Sales].[Payments]
(
	[OrderID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
GO
ALTER TABLE [dbo].[ErrorLog] ADD  CONSTRAINT [DF_ErrorLog_ErrorTime]  DEFAULT (sysdatetime()) FOR [ErrorTime]
GO
ALTER TABLE [dbo].[ErrorLog] ADD  CONSTRAINT [DF_ErrorLog_UserName]  DEFAULT (suser_sname()) FOR [UserName]
GO
ALTER TABLE [dbo].[SalesSummary] ADD  CONSTRAINT [DF_SalesSummary_RefreshedAt]  DEFAULT (getdate()) FOR [RefreshedAt]
GO
ALTER TABLE [Inventory].[Products] ADD  CONSTRAINT [DF_Products_IsDiscontinued]  DEFAULT ((0)) FOR [IsDiscontinued]
GO
ALTER TABLE [Inventory].[Products] ADD  CONSTRAINT [DF_Products_ModifiedDate]  DEFAULT (getdate()) FOR [ModifiedDate]
GO
ALTER TABLE [Inventory].[StockLevels] ADD  CONSTRAINT [DF_StockLevels_QuantityOnHand]  DEFAULT ((0)) FOR [QuantityOnHand]
GO
ALTER TABLE [Inventory].[StockLevels] ADD  CONSTRAINT [DF_StockLevels_ReorderLevel]  DEFAULT ((10)) FOR [ReorderLevel]
GO
ALTER TABLE [Inventory].[StockMovements] ADD  CONSTRAINT [DF_StockMovements_MovementDate]  DEFAULT (sysdatetime()) FOR [MovementDate]
GO
ALTER TABLE [Inventory].[Suppliers] ADD  CONSTRAINT [DF_Suppliers_LeadTimeDays]  DEFAULT ((7)) FOR [LeadTimeDays]
GO
ALTER TABLE [Inventory].[Suppliers] ADD  CONSTRAINT [DF_Suppliers_IsPreferred]  DEFAULT ((0)) FOR [IsPreferred]
GO
ALTER TABLE [Sales].[Addresses] ADD  CONSTRAINT [DF_Addresses_CountryCode]  DEFAULT (N'US') FOR [CountryCode]
GO
ALTER TABLE [Sales].[Customers] ADD  CONSTRAINT [DF_Customers_Rating]  DEFAULT ('B') FOR [Rating]
GO
ALTER TABLE [Sales].[Customers] ADD  CONSTRAINT [DF_Customers_CreatedDate]  DEFAULT (getdate()) FOR [CreatedDate]
GO
ALTER TABLE [Sales].[Customers] ADD  CONSTRAINT [DF_Customers_IsActive]  DEFAULT ((1)) FOR [IsActive]
GO
ALTER TABLE [Sales].[OrderLines] ADD  CONSTRAINT [DF_OrderLines_Discount]  DEFAULT ((0)) FOR [Discount]
GO
ALTER TABLE [Sales].[Orders] ADD  CONSTRAINT [DF_Orders_OrderDate]  DEFAULT (getdate()) FOR [OrderDate]
GO
ALTER TABLE [Sales].[Orders] ADD  CONSTRAINT [DF_Orders_Status]  DEFAULT (N'Pending') FOR [Status]
GO
ALTER TABLE [Sales].[Orders] ADD  CONSTRAINT [DF_Orders_Freight]  DEFAULT ((0)) FOR [Freight]
GO
ALTER TABLE [Sales].[Payments] ADD  CONSTRAINT [DF_Payments_PaymentDate]  DEFAULT (sysdatetime()) FOR [PaymentDate]
GO
ALTER TABLE [dbo].[SalesSummary]  WITH CHECK ADD  CONSTRAINT [FK_SalesSummary_Categories] FOREIGN KEY([CategoryID])
REFERENCES [Inventory].[Categories] ([CategoryID])
GO
ALTER TABLE [dbo].[SalesSummary] CHECK CONSTRAINT [FK_SalesSummary_Categories]
GO
ALTER TABLE [Inventory].[Categories]  WITH CHECK ADD  CONSTRAINT [FK_Categories_ParentCategory] FOREIGN KEY([ParentCategoryID])
REFERENCES [Inventory].[Categories] ([CategoryID])
GO
ALTER TABLE [Inventory].[Categories] CHECK CONSTRAINT [FK_Categories_ParentCategory]
GO
ALTER TABLE [Inventory].[Products]  WITH CHECK ADD  CONSTRAINT [FK_Products_Categories] FOREIGN KEY([CategoryID])
REFERENCES [Inventory].[Categories] ([CategoryID])
GO
ALTER TABLE [Inventory].[Products] CHECK CONSTRAINT [FK_Products_Categories]
GO
ALTER TABLE [Inventory].[Products]  WITH CHECK ADD  CONSTRAINT [FK_Products_Suppliers] FOREIGN KEY([SupplierID])
REFERENCES [Inventory].[Suppliers] ([SupplierID])
GO
ALTER TABLE [Inventory].[Products] CHECK CONSTRAINT [FK_Products_Suppliers]
GO
ALTER TABLE [Inventory].[StockLevels]  WITH CHECK ADD  CONSTRAINT [FK_StockLevels_Products] FOREIGN KEY([ProductID])
REFERENCES [Inventory].[Products] ([ProductID])
GO
ALTER TABLE [Inventory].[StockLevels] CHECK CONSTRAINT [FK_StockLevels_Products]
GO
ALTER TABLE [Inventory].[StockLevels]  WITH CHECK ADD  CONSTRAINT [FK_StockLevels_Warehouses] FOREIGN KEY([WarehouseID])
REFERENCES [Inventory].[Warehouses] ([WarehouseID])
GO
ALTER TABLE [Inventory].[StockLevels] CHECK CONSTRAINT [FK_StockLevels_Warehouses]
GO
ALTER TABLE [Inventory].[StockMovements]  WITH CHECK ADD  CONSTRAINT [FK_StockMovements_StockLevels] FOREIGN KEY([ProductID], [WarehouseID])
REFERENCES [Inventory].[StockLevels] ([ProductID], [WarehouseID])
GO
ALTER TABLE [Inventory].[StockMovements] CHECK CONSTRAINT [FK_StockMovements_StockLevels]
GO
ALTER TABLE [Sales].[Addresses]  WITH CHECK ADD  CONSTRAINT [FK_Addresses_Customers] FOREIGN KEY([CustomerID])
REFERENCES [Sales].[Customers] ([CustomerID])
ON DELETE CASCADE
GO
ALTER TABLE [Sales].[Addresses] CHECK CONSTRAINT [FK_Addresses_Customers]
GO
ALTER TABLE [Sales].[OrderLines]  WITH CHECK ADD  CONSTRAINT [FK_OrderLines_Orders] FOREIGN KEY([OrderID])
REFERENCES [Sales].[Orders] ([OrderID])
ON DELETE CASCADE
GO
ALTER TABLE [Sales].[OrderLines] CHECK CONSTRAINT [FK_OrderLines_Orders]
GO
ALTER TABLE [Sales].[OrderLines]  WITH CHECK ADD  CONSTRAINT [FK_OrderLines_Products] FOREIGN KEY([ProductID])
REFERENCES [Inventory].[Products] ([ProductID])
GO
ALTER TABLE [Sales].[OrderLines] CHECK CONSTRAINT [FK_OrderLines_Products]
GO
ALTER TABLE [Sales].[Orders]  WITH CHECK ADD  CONSTRAINT [FK_Orders_Addresses] FOREIGN KEY([ShippingAddressID])
REFERENCES [Sales].[Addresses] ([AddressID])
GO
ALTER TABLE [Sales].[Orders] CHECK CONSTRAINT [FK_Orders_Addresses]
GO
ALTER TABLE [Sales].[Orders]  WITH CHECK ADD  CONSTRAINT [FK_Orders_Customers] FOREIGN KEY([CustomerID])
REFERENCES [Sales].[Customers] ([CustomerID])
GO
ALTER TABLE [Sales].[Orders] CHECK CONSTRAINT [FK_Orders_Customers]
GO
ALTER TABLE [Sales].[Payments]  WITH CHECK ADD  CONSTRAINT [FK_Payments_Orders] FOREIGN KEY([OrderID])
REFERENCES [Sales].[Orders] ([OrderID])
GO
ALTER TABLE [Sales].[Payments] CHECK CONSTRAINT [FK_Payments_Orders]
GO
ALTER TABLE [Sales].[Shipments]  WITH CHECK ADD  CONSTRAINT [FK_Shipments_Orders] FOREIGN KEY([OrderID])
REFERENCES [Sales].[Orders] ([OrderID])
GO
ALTER TABLE [Sales].[Shipments] CHECK CONSTRAINT [FK_Shipments_Orders]
GO
ALTER TABLE [Sales].[Shipments]  WITH CHECK ADD  CONSTRAINT [FK_Shipments_Warehouses] FOREIGN KEY([WarehouseID])
REFERENCES [Inventory].[Warehouses] ([WarehouseID])
GO
ALTER TABLE [Sales].[Shipments] CHECK CONSTRAINT [FK_Shipments_Warehouses]
GO
ALTER TABLE [dbo].[SalesSummary]  WITH CHECK ADD  CONSTRAINT [CK_SalesSummary_SummaryMonth] CHECK  (([SummaryMonth]>=(1) AND [SummaryMonth]<=(12)))
GO
ALTER TABLE [dbo].[SalesSummary] CHECK CONSTRAINT [CK_SalesSummary_SummaryMonth]
GO
ALTER TABLE [Inventory].[Products]  WITH CHECK ADD  CONSTRAINT [CK_Products_ListPrice] CHECK  (([ListPrice]>=(0)))
GO
ALTER TABLE [Inventory].[Products] CHECK CONSTRAINT [CK_Products_ListPrice]
GO
ALTER TABLE [Inventory].[Products]  WITH CHECK ADD  CONSTRAINT [CK_Products_StandardCost] CHECK  (([StandardCost]>=(0)))
GO
ALTER TABLE [Inventory].[Products] CHECK CONSTRAINT [CK_Products_StandardCost]
GO
ALTER TABLE [Inventory].[StockLevels]  WITH CHECK ADD  CONSTRAINT [CK_StockLevels_QuantityOnHand] CHECK  (([QuantityOnHand]>=(0)))
GO
ALTER TABLE [Inventory].[StockLevels] CHECK CONSTRAINT [CK_StockLevels_QuantityOnHand]
GO
ALTER TABLE [Inventory].[StockMovements]  WITH CHECK ADD  CONSTRAINT [CK_StockMovements_MovementType] CHECK  (([MovementType]='ADJ' OR [MovementType]='SHP' OR [MovementType]='RCV'))
GO
ALTER TABLE [Inventory].[StockMovements] CHECK CONSTRAINT [CK_StockMovements_MovementType]
GO
ALTER TABLE [Inventory].[StockMovements]  WITH CHECK ADD  CONSTRAINT [CK_StockMovements_Quantity] CHECK  (([Quantity]<>(0)))
GO
ALTER TABLE [Inventory].[StockMovements] CHECK CONSTRAINT [CK_StockMovements_Quantity]
GO
ALTER TABLE [Inventory].[Suppliers]  WITH CHECK ADD  CONSTRAINT [CK_Suppliers_LeadTimeDays] CHECK  (([LeadTimeDays]>=(1) AND [LeadTimeDays]<=(90)))
GO
ALTER TABLE [Inventory].[Suppliers] CHECK CONSTRAINT [CK_Suppliers_LeadTimeDays]
GO
ALTER TABLE [Sales].[Addresses]  WITH CHECK ADD  CONSTRAINT [CK_Addresses_AddressType] CHECK  (([AddressType]='Shipping' OR [AddressType]='Billing'))
GO
ALTER TABLE [Sales].[Addresses] CHECK CONSTRAINT [CK_Addresses_AddressType]
GO
ALTER TABLE [Sales].[Customers]  WITH CHECK ADD  CONSTRAINT [CK_Customers_Rating] CHECK  (([Rating] IN ('A', 'B', 'C')))
GO
ALTER TABLE [Sales].[Customers] CHECK CONSTRAINT [CK_Customers_Rating]
GO
ALTER TABLE [Sales].[OrderLines]  WITH CHECK ADD  CONSTRAINT [CK_OrderLines_Discount] CHECK  (([Discount]>=(0.00) AND [Discount]<=(0.50)))
GO
ALTER TABLE [Sales].[OrderLines] CHECK CONSTRAINT [CK_OrderLines_Discount]
GO
ALTER TABLE [Sales].[OrderLines]  WITH CHECK ADD  CONSTRAINT [CK_OrderLines_Quantity] CHECK  (([Quantity]>(0)))
GO
ALTER TABLE [Sales].[OrderLines] CHECK CONSTRAINT [CK_OrderLines_Quantity]
GO
ALTER TABLE [Sales].[Orders]  WITH CHECK ADD  CONSTRAINT [CK_Orders_Status] CHECK  (([Status]=N'Cancelled' OR [Status]=N'Shipped' OR [Status]=N'Pending'))
GO
ALTER TABLE [Sales].[Orders] CHECK CONSTRAINT [CK_Orders_Status]
GO
ALTER TABLE [Sales].[Payments]  WITH CHECK ADD  CONSTRAINT [CK_Payments_Amount] CHECK  (([Amount]>(0)))
GO
ALTER TABLE [Sales].[Payments] CHECK CONSTRAINT [CK_Payments_Amount]
GO
ALTER TABLE [Sales].[Payments]  WITH CHECK ADD  CONSTRAINT [CK_Payments_PaymentMethod] CHECK  (([PaymentMethod]='GiftCard' OR [PaymentMethod]='BankTransfer' OR [PaymentMethod]='PayPal' OR [PaymentMethod]='Card'))
GO
ALTER TABLE [Sales].[Payments] CHECK CONSTRAINT [CK_Payments_PaymentMethod]
GO
ALTER TABLE [Sales].[Shipments]  WITH CHECK ADD  CONSTRAINT [CK_Shipments_DeliveredDate] CHECK  (([DeliveredDate] IS NULL OR [DeliveredDate]>=[ShippedDate]))
GO
ALTER TABLE [Sales].[Shipments] CHECK CONSTRAINT [CK_Shipments_DeliveredDate]
GO
/****** Object:  StoredProcedure [dbo].[usp_GetIndexMaintenanceScript]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
-- Returns a ready-to-run maintenance script for one table. The DBA pastes the
-- result into a query window, so the text deliberately contains batch separators.
CREATE PROCEDURE [dbo].[usp_GetIndexMaintenanceScript]
    @TableName nvarchar(256) = N'[Sales].[Orders]'
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @script nvarchar(max);

    SET @script = N'-- maintenance script for ' + @TableName + N'
ALTER INDEX ALL ON ' + @TableName + N' REBUILD;
GO
UPDATE STATISTICS ' + @TableName + N' WITH FULLSCAN;
GO
';

    SELECT @script AS ScriptText;
END
GO
/****** Object:  StoredProcedure [dbo].[usp_RefreshSalesSummary]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [dbo].[usp_RefreshSalesSummary]
AS
BEGIN
    SET NOCOUNT ON;

    TRUNCATE TABLE [dbo].[SalesSummary];

    INSERT INTO [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt])
    SELECT
        YEAR(o.[OrderDate]),
        MONTH(o.[OrderDate]),
        p.[CategoryID],
        COUNT(DISTINCT o.[OrderID]),
        SUM(ol.[Quantity]),
        SUM(ol.[LineTotal]),
        GETDATE()
    FROM [Sales].[Orders] AS o
    INNER JOIN [Sales].[OrderLines] AS ol ON ol.[OrderID] = o.[OrderID]
    INNER JOIN [Inventory].[Products] AS p ON p.[ProductID] = ol.[ProductID]
    WHERE o.[Status] <> N'Cancelled'
    GROUP BY YEAR(o.[OrderDate]), MONTH(o.[OrderDate]), p.[CategoryID];
END
GO
/****** Object:  StoredProcedure [Inventory].[usp_ApplyReorders]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [Inventory].[usp_ApplyReorders]
    @ReorderMultiplier tinyint = 3
AS
BEGIN
/*
    History
    -------
    2025-09-14  mk  First version, run nightly by the SQL Agent job "Inventory nightly".
    2026-02-03  mk  Skip discontinued products.

    The Agent job step used to run both procedures as one script:
        EXEC [Inventory].[usp_ApplyReorders];
GO
        EXEC [dbo].[usp_RefreshSalesSummary];
    They are separate job steps now.
*/
    SET NOCOUNT ON;

    DECLARE @ProductID int,
            @WarehouseID int,
            @OnHand int,
            @ReorderLevel smallint,
            @OrderQty int,
            @Processed int = 0;

    DECLARE reorder_cursor CURSOR LOCAL FAST_FORWARD FOR
        SELECT sl.[ProductID], sl.[WarehouseID], sl.[QuantityOnHand], sl.[ReorderLevel]
        FROM [Inventory].[StockLevels] AS sl
        INNER JOIN [Inventory].[Products] AS p ON p.[ProductID] = sl.[ProductID]
        WHERE sl.[QuantityOnHand] <= sl.[ReorderLevel]
          AND p.[IsDiscontinued] = 0
        ORDER BY sl.[ProductID], sl.[WarehouseID];

    OPEN reorder_cursor;

    FETCH NEXT FROM reorder_cursor INTO @ProductID, @WarehouseID, @OnHand, @ReorderLevel;

    WHILE @@FETCH_STATUS = 0
    BEGIN
        SET @OrderQty = (@ReorderLevel * @ReorderMultiplier) - @OnHand;

        IF @OrderQty > 0
        BEGIN
            INSERT INTO [Inventory].[StockMovements] ([ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference])
            VALUES (@ProductID, @WarehouseID, SYSDATETIME(), 'RCV', @OrderQty, N'AUTO-REORDER');

            UPDATE [Inventory].[StockLevels]
            SET [QuantityOnHand] = [QuantityOnHand] + @OrderQty
            WHERE [ProductID] = @ProductID
              AND [WarehouseID] = @WarehouseID;

            SET @Processed = @Processed + 1;
        END

        FETCH NEXT FROM reorder_cursor INTO @ProductID, @WarehouseID, @OnHand, @ReorderLevel;
    END

    CLOSE reorder_cursor;
    DEALLOCATE reorder_cursor;

    SELECT @Processed AS ReordersPlaced;
END
GO
/****** Object:  StoredProcedure [Inventory].[usp_SearchProducts]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [Inventory].[usp_SearchProducts]
    @CategoryID smallint = NULL,
    @NameContains nvarchar(50) = NULL,
    @MaxPrice money = NULL,
    @SortBy sysname = N'ProductName'
AS
BEGIN
    SET NOCOUNT ON

    DECLARE @sql nvarchar(max) = N'SELECT p.[ProductID], p.[SKU], p.[ProductName], p.[ListPrice], c.[CategoryName]
FROM [Inventory].[Products] AS p
INNER JOIN [Inventory].[Categories] AS c ON c.[CategoryID] = p.[CategoryID]
WHERE p.[IsDiscontinued] = 0'

    IF @CategoryID IS NOT NULL
        SET @sql = @sql + N' AND p.[CategoryID] = @CategoryID'

    IF @NameContains IS NOT NULL
        SET @sql = @sql + N' AND p.[ProductName] LIKE N''%'' + @NameContains + N''%'''

    IF @MaxPrice IS NOT NULL
        SET @sql = @sql + N' AND p.[ListPrice] <= @MaxPrice'

    -- only whitelisted columns may be used for sorting
    IF @SortBy NOT IN (N'ProductName', N'ListPrice', N'SKU')
        SET @SortBy = N'ProductName'

    SET @sql = @sql + N' ORDER BY p.' + QUOTENAME(@SortBy)

    EXEC sys.sp_executesql
        @sql,
        N'@CategoryID smallint, @NameContains nvarchar(50), @MaxPrice money',
        @CategoryID = @CategoryID,
        @NameContains = @NameContains,
        @MaxPrice = @MaxPrice
END
GO
/****** Object:  StoredProcedure [Sales].[usp_GetCustomerOrders]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [Sales].[usp_GetCustomerOrders] @CustomerID int, @FromDate date = NULL
AS
BEGIN
	SET NOCOUNT ON

	SELECT t.OrderID,
	       t.OrderNumber,
	       t.OrderDate,
	       t.Status,
	       t.ItemCount,
	       t.OrderTotal
	FROM Sales.vw_OrderTotals t
	WHERE t.CustomerID = @CustomerID
	  AND (@FromDate IS NULL OR t.OrderDate >= @FromDate)
	ORDER BY t.OrderDate DESC
END
GO
/****** Object:  StoredProcedure [Sales].[usp_PlaceOrder]    Script Date: 11/2/2026 10:14:03 AM ******/
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROC [Sales].[usp_PlaceOrder]
    @CustomerID int,
    @ProductID int,
    @Quantity int,
    @WarehouseID int = 1,
    @OrderID int OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @UnitPrice money;

    IF NOT EXISTS (SELECT 1 FROM [Sales].[Customers] WHERE [CustomerID] = @CustomerID AND [IsActive] = 1)
    BEGIN
        RAISERROR(N'Customer %d does not exist or is inactive.', 16, 1, @CustomerID);
        RETURN 1;
    END
    ELSE
    BEGIN
        SELECT @UnitPrice = [ListPrice]
        FROM [Inventory].[Products]
        WHERE [ProductID] = @ProductID
          AND [IsDiscontinued] = 0;

        IF @UnitPrice IS NULL
        BEGIN
            RAISERROR(N'Product %d is not available.', 16, 1, @ProductID);
            RETURN 2;
        END
    END

    BEGIN TRY
        BEGIN TRANSACTION;

        INSERT INTO [Sales].[Orders] ([CustomerID], [OrderDate], [Status], [Freight])
        VALUES (@CustomerID, GETDATE(), N'Pending', 0);

        SET @OrderID = SCOPE_IDENTITY();

        INSERT INTO [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount])
        VALUES (@OrderID, 1, @ProductID, @Quantity, @UnitPrice, 0);

        UPDATE [Inventory].[StockLevels]
        SET [QuantityOnHand] = [QuantityOnHand] - @Quantity
        WHERE [ProductID] = @ProductID
          AND [WarehouseID] = @WarehouseID;

        IF @@ROWCOUNT = 0
            THROW 50001, N'No stock record for this product in the requested warehouse.', 1;

        INSERT INTO [Inventory].[StockMovements] ([ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference])
        VALUES (@ProductID, @WarehouseID, SYSDATETIME(), 'SHP', -@Quantity, N'ORD-' + CAST(@OrderID AS nvarchar(10)));

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;

        INSERT INTO [dbo].[ErrorLog] ([ProcedureName], [ErrorNumber], [ErrorSeverity], [ErrorState], [ErrorLine], [ErrorMessage])
        VALUES (ERROR_PROCEDURE(), ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE(), ERROR_LINE(), ERROR_MESSAGE());

        SET @OrderID = NULL;
        THROW;
    END CATCH

    RETURN 0;
END
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Customer-facing sales: customers, orders, payments and shipments.' , @level0type=N'SCHEMA',@level0name=N'Sales'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'One row per retail customer (web shop and store accounts).' , @level0type=N'SCHEMA',@level0name=N'Sales', @level1type=N'TABLE',@level1name=N'Customers'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Customer''s credit rating: A = pays on time, B = normal, C = prepayment required.' , @level0type=N'SCHEMA',@level0name=N'Sales', @level1type=N'TABLE',@level1name=N'Customers', @level2type=N'COLUMN',@level2name=N'Rating'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Order header; lines are in Sales.OrderLines.' , @level0type=N'SCHEMA',@level0name=N'Sales', @level1type=N'TABLE',@level1name=N'Orders'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Quantity x unit price, before the line discount.' , @level0type=N'SCHEMA',@level0name=N'Sales', @level1type=N'TABLE',@level1name=N'OrderLines', @level2type=N'COLUMN',@level2name=N'LineTotal'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'List price minus standard cost.' , @level0type=N'SCHEMA',@level0name=N'Inventory', @level1type=N'TABLE',@level1name=N'Products', @level2type=N'COLUMN',@level2name=N'Margin'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Monthly revenue per category, rebuilt nightly by dbo.usp_RefreshSalesSummary.' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'SalesSummary'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Lifetime spend per customer, excluding cancelled orders.' , @level0type=N'SCHEMA',@level0name=N'Sales', @level1type=N'VIEW',@level1name=N'vw_CustomerOrderSummary'
GO
