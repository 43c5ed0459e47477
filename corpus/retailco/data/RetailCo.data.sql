USE [RetailCo]
GO
SET IDENTITY_INSERT [Inventory].[Categories] ON 
GO
INSERT [Inventory].[Categories] ([CategoryID], [CategoryName], [ParentCategoryID], [Description]) VALUES (1, N'Electronics', NULL, N'Consumer electronics and smart-home devices.')
GO
INSERT [Inventory].[Categories] ([CategoryID], [CategoryName], [ParentCategoryID], [Description]) VALUES (2, N'Home & Kitchen', NULL, N'Everything for the home: kitchen, lighting, furniture.')
GO
INSERT [Inventory].[Categories] ([CategoryID], [CategoryName], [ParentCategoryID], [Description]) VALUES (3, N'Office Supplies', NULL, N'Desk supplies for home offices and small businesses.')
GO
INSERT [Inventory].[Categories] ([CategoryID], [CategoryName], [ParentCategoryID], [Description]) VALUES (4, N'Audio', 1, N'Headphones, earbuds and speakers.')
GO
INSERT [Inventory].[Categories] ([CategoryID], [CategoryName], [ParentCategoryID], [Description]) VALUES (5, N'Computer Accessories', 1, N'Keyboards, mice, docks, monitors and stands.')
GO
INSERT [Inventory].[Categories] ([CategoryID], [CategoryName], [ParentCategoryID], [Description]) VALUES (6, N'Cookware', 2, N'Pans, pots, knives and kitchen tools.')
GO
INSERT [Inventory].[Categories] ([CategoryID], [CategoryName], [ParentCategoryID], [Description]) VALUES (7, N'Furniture', 2, NULL)
GO
INSERT [Inventory].[Categories] ([CategoryID], [CategoryName], [ParentCategoryID], [Description]) VALUES (8, N'Paper & Notebooks', 3, N'Copy paper, notebooks and sticky notes.')
GO
SET IDENTITY_INSERT [Inventory].[Categories] OFF
GO
SET IDENTITY_INSERT [Inventory].[Suppliers] ON 
GO
INSERT [Inventory].[Suppliers] ([SupplierID], [SupplierName], [ContactName], [ContactEmail], [Phone], [CountryCode], [LeadTimeDays], [IsPreferred]) VALUES (1, N'Northwind Components', N'Dana Whitfield', N'orders@northwind-components.example', N'+1 503 555 0100', N'US', 7, 1)
GO
INSERT [Inventory].[Suppliers] ([SupplierID], [SupplierName], [ContactName], [ContactEmail], [Phone], [CountryCode], [LeadTimeDays], [IsPreferred]) VALUES (2, N'Blue Harbor Trading', N'Marc Tremblay', N'sales@blueharbor.example', N'+1 604 555 0144', N'CA', 14, 0)
GO
INSERT [Inventory].[Suppliers] ([SupplierID], [SupplierName], [ContactName], [ContactEmail], [Phone], [CountryCode], [LeadTimeDays], [IsPreferred]) VALUES (3, N'Keller & Söhne GmbH', N'Jürgen Keller', N'vertrieb@keller-soehne.example', N'+49 711 555 0190', N'DE', 21, 1)
GO
INSERT [Inventory].[Suppliers] ([SupplierID], [SupplierName], [ContactName], [ContactEmail], [Phone], [CountryCode], [LeadTimeDays], [IsPreferred]) VALUES (4, N'Pacific Rim Imports', N'Wei-Lun Chen', N'export@pacificrim.example', N'+886 2 5550 1234', N'TW', 30, 0)
GO
INSERT [Inventory].[Suppliers] ([SupplierID], [SupplierName], [ContactName], [ContactEmail], [Phone], [CountryCode], [LeadTimeDays], [IsPreferred]) VALUES (5, N'Oakridge Paper Co.', NULL, N'hello@oakridgepaper.example', NULL, N'US', 5, 1)
GO
INSERT [Inventory].[Suppliers] ([SupplierID], [SupplierName], [ContactName], [ContactEmail], [Phone], [CountryCode], [LeadTimeDays], [IsPreferred]) VALUES (6, N'Lumen Home Goods', N'Harriet Shaw', NULL, N'+44 117 555 0121', N'GB', 10, 0)
GO
SET IDENTITY_INSERT [Inventory].[Suppliers] OFF
GO
SET IDENTITY_INSERT [Inventory].[Products] ON 
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (1, N'AUD-1001', N'Wireless Earbuds Pro', 4, 4, 89.9900, 41.2000, CAST(0.060 AS Decimal(8, 3)), 0, CAST(N'2024-03-15' AS Date), N'Noise-cancelling earbuds with 30 h battery case.', CAST(N'2024-03-15T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (2, N'AUD-1002', N'Bluetooth Bookshelf Speaker Pair', 4, 4, 149.0000, 72.5000, CAST(4.800 AS Decimal(8, 3)), 0, CAST(N'2024-09-01' AS Date), NULL, CAST(N'2024-09-01T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (3, N'AUD-1003', N'Over-Ear Studio Headphones', 4, 1, 119.5000, 58.0000, CAST(0.310 AS Decimal(8, 3)), 0, CAST(N'2025-01-20' AS Date), N'Closed-back, 50 mm drivers.', CAST(N'2025-01-20T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (4, N'CMP-2001', N'USB-C Docking Station', 5, 1, 129.9900, 70.0000, CAST(0.450 AS Decimal(8, 3)), 0, CAST(N'2024-06-10' AS Date), N'Dual 4K output, 100 W pass-through charging.', CAST(N'2024-06-10T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (5, N'CMP-2002', N'Mechanical Keyboard', 5, 4, 74.9500, 33.1000, CAST(0.950 AS Decimal(8, 3)), 0, CAST(N'2023-11-05' AS Date), NULL, CAST(N'2023-11-05T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (6, N'CMP-2003', N'Ergonomic Wireless Mouse', 5, 4, 34.9900, 12.7500, CAST(0.110 AS Decimal(8, 3)), 0, CAST(N'2024-02-28' AS Date), NULL, CAST(N'2024-02-28T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (7, N'CMP-2004', N'27-inch 4K Monitor', 5, 1, 329.0000, 214.0000, CAST(6.200 AS Decimal(8, 3)), 0, CAST(N'2025-04-01' AS Date), N'IPS panel, height-adjustable stand.', CAST(N'2025-04-01T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (8, N'CMP-2005', N'Laptop Stand Aluminium', 5, 3, 45.0000, 18.4000, CAST(1.300 AS Decimal(8, 3)), 0, CAST(N'2023-08-14' AS Date), NULL, CAST(N'2023-08-14T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (9, N'KIT-3001', N'Cast Iron Skillet 26cm', 6, 3, 39.9000, 16.2500, CAST(2.700 AS Decimal(8, 3)), 0, CAST(N'2022-10-01' AS Date), N'Pre-seasoned. Oven safe.', CAST(N'2022-10-01T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (10, N'KIT-3002', N'Stainless Saucepan Set (3 pc)', 6, 3, 119.0000, 61.0000, CAST(3.900 AS Decimal(8, 3)), 0, CAST(N'2023-03-12' AS Date), NULL, CAST(N'2023-03-12T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (11, N'KIT-3003', N'Non-Stick Frying Pan 28cm', 6, 6, 29.9500, 11.8000, CAST(1.100 AS Decimal(8, 3)), 0, CAST(N'2024-05-05' AS Date), NULL, CAST(N'2024-05-05T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (12, N'KIT-3004', N'Chef''s Knife 20cm', 6, 3, 64.0000, 27.3000, CAST(0.220 AS Decimal(8, 3)), 0, CAST(N'2024-07-19' AS Date), N'Forged German steel; hand wash only.', CAST(N'2024-07-19T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (13, N'KIT-3005', N'Digital Kitchen Scale', 6, 4, 19.9900, 7.4000, CAST(0.650 AS Decimal(8, 3)), 0, CAST(N'2023-01-09' AS Date), NULL, CAST(N'2023-01-09T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (14, N'FUR-4001', N'Oak Writing Desk', 7, 6, 349.0000, 190.0000, CAST(32.000 AS Decimal(8, 3)), 0, CAST(N'2023-06-01' AS Date), N'Solid oak, 120 x 60 cm.', CAST(N'2023-06-01T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (15, N'FUR-4002', N'Mesh Office Chair', 7, 2, 219.0000, 121.5000, CAST(14.500 AS Decimal(8, 3)), 0, CAST(N'2024-01-15' AS Date), NULL, CAST(N'2024-01-15T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (16, N'FUR-4003', N'Bookcase 5-Shelf Walnut', 7, 2, 159.0000, 88.0000, CAST(27.300 AS Decimal(8, 3)), 1, CAST(N'2022-09-20' AS Date), N'Replaced by the FUR-4005 range.', CAST(N'2026-09-30T17:42:11.253' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (17, N'FUR-4004', N'Floor Lamp Brass', 7, 6, 89.0000, 38.0000, CAST(5.400 AS Decimal(8, 3)), 0, CAST(N'2025-02-11' AS Date), NULL, CAST(N'2025-02-11T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (18, N'OFF-5001', N'Ballpoint Pens (Box of 50)', 3, 5, 12.5000, 4.1000, CAST(0.600 AS Decimal(8, 3)), 0, CAST(N'2021-05-01' AS Date), NULL, CAST(N'2021-05-01T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (19, N'OFF-5002', N'Stapler Heavy Duty', 3, 5, 24.9900, 9.8000, CAST(0.900 AS Decimal(8, 3)), 0, CAST(N'2022-02-14' AS Date), NULL, CAST(N'2022-02-14T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (20, N'OFF-5003', N'Desk Organizer Bamboo', 3, 6, 22.0000, 8.6000, NULL, 0, CAST(N'2024-08-30' AS Date), NULL, CAST(N'2024-08-30T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (21, N'PAP-6001', N'A4 Copy Paper (5 reams)', 8, 5, 27.9900, 15.2000, CAST(12.500 AS Decimal(8, 3)), 0, CAST(N'2021-01-10' AS Date), N'80 gsm, 500 sheets per ream.', CAST(N'2021-01-10T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (22, N'PAP-6002', N'Dot Grid Notebook A5', 8, 5, 14.5000, 4.9500, CAST(0.300 AS Decimal(8, 3)), 0, CAST(N'2023-09-09' AS Date), NULL, CAST(N'2023-09-09T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (23, N'PAP-6003', N'Sticky Notes Assorted 12-pack', 8, 5, 9.9900, 3.1500, CAST(0.400 AS Decimal(8, 3)), 1, CAST(N'2022-11-11' AS Date), NULL, CAST(N'2026-09-30T17:42:11.253' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (24, N'HOM-7001', N'Smart LED Bulb 4-pack', 1, 4, 39.9900, 17.6000, CAST(0.500 AS Decimal(8, 3)), 0, CAST(N'2025-06-01' AS Date), N'Works with the usual voice assistants.', CAST(N'2025-06-01T09:00:00.000' AS DateTime))
GO
INSERT [Inventory].[Products] ([ProductID], [SKU], [ProductName], [CategoryID], [SupplierID], [ListPrice], [StandardCost], [WeightKg], [IsDiscontinued], [IntroducedDate], [Description], [ModifiedDate]) VALUES (25, N'HOM-7002', N'Electric Kettle 1.7L', 2, 6, 49.9500, 21.0000, CAST(1.200 AS Decimal(8, 3)), 0, CAST(N'2024-11-20' AS Date), NULL, CAST(N'2024-11-20T09:00:00.000' AS DateTime))
GO
SET IDENTITY_INSERT [Inventory].[Products] OFF
GO
SET IDENTITY_INSERT [Inventory].[Warehouses] ON 
GO
INSERT [Inventory].[Warehouses] ([WarehouseID], [WarehouseCode], [WarehouseName], [City], [CountryCode], [OpenedDate], [CapacityPallets]) VALUES (1, N'PDX1', N'Portland Fulfilment Center', N'Portland', N'US', CAST(N'2019-04-01' AS Date), 2400)
GO
INSERT [Inventory].[Warehouses] ([WarehouseID], [WarehouseCode], [WarehouseName], [City], [CountryCode], [OpenedDate], [CapacityPallets]) VALUES (2, N'CHI1', N'Chicago Distribution Center', N'Chicago', N'US', CAST(N'2021-09-15' AS Date), 3200)
GO
INSERT [Inventory].[Warehouses] ([WarehouseID], [WarehouseCode], [WarehouseName], [City], [CountryCode], [OpenedDate], [CapacityPallets]) VALUES (3, N'RTM1', N'Rotterdam EU Hub', N'Rotterdam', N'NL', CAST(N'2024-02-01' AS Date), NULL)
GO
SET IDENTITY_INSERT [Inventory].[Warehouses] OFF
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (1, 1, 98, 15, CAST(N'2026-10-04T07:34:45.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (1, 2, 125, 25, NULL)
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (1, 3, 165, 40, CAST(N'2026-10-18T06:32:45.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (2, 1, 177, 25, CAST(N'2026-09-08T06:00:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (2, 2, 132, 10, CAST(N'2026-10-23T06:49:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (2, 3, 11, 25, CAST(N'2026-10-16T07:46:30.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (3, 1, 111, 10, NULL)
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (3, 2, 125, 15, CAST(N'2026-10-29T07:21:30.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (4, 1, 41, 25, CAST(N'2026-08-08T07:34:45.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (4, 2, 20, 10, CAST(N'2026-09-23T07:39:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (4, 3, 17, 20, CAST(N'2026-09-19T06:49:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (5, 1, 173, 10, CAST(N'2026-10-22T06:10:30.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (5, 2, 160, 25, CAST(N'2026-10-21T06:02:30.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (5, 3, 86, 20, CAST(N'2026-10-09T07:35:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (6, 1, 95, 20, CAST(N'2026-09-03T07:49:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (6, 2, 48, 15, CAST(N'2026-09-14T06:54:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (7, 1, 5, 25, CAST(N'2026-10-08T07:47:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (7, 2, 100, 10, CAST(N'2026-08-21T06:41:30.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (7, 3, 146, 25, CAST(N'2026-09-19T07:48:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (8, 1, 49, 40, NULL)
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (8, 2, 126, 15, CAST(N'2026-08-02T06:17:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (8, 3, 115, 20, CAST(N'2026-08-03T06:53:30.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (9, 1, 130, 10, CAST(N'2026-08-12T07:55:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (9, 2, 97, 40, NULL)
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (10, 1, 171, 20, CAST(N'2026-10-15T07:25:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (10, 2, 135, 40, NULL)
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (10, 3, 18, 15, CAST(N'2026-08-12T07:20:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (11, 1, 107, 15, CAST(N'2026-10-13T07:05:30.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (11, 2, 53, 40, CAST(N'2026-09-06T06:36:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (11, 3, 18, 25, CAST(N'2026-08-19T07:22:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (12, 1, 84, 10, CAST(N'2026-10-17T07:12:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (12, 2, 169, 10, NULL)
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (13, 1, 155, 40, NULL)
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (13, 2, 77, 10, CAST(N'2026-10-28T07:54:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (13, 3, 10, 25, CAST(N'2026-09-26T06:07:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (14, 1, 51, 10, CAST(N'2026-09-18T06:20:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (14, 3, 161, 10, CAST(N'2026-08-07T07:55:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (15, 1, 92, 15, NULL)
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (15, 2, 97, 10, CAST(N'2026-10-18T06:57:30.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (16, 1, 0, 40, CAST(N'2026-10-09T06:05:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (16, 3, 0, 15, CAST(N'2026-08-29T06:21:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (17, 1, 124, 40, CAST(N'2026-10-20T06:41:45.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (17, 2, 17, 15, CAST(N'2026-09-09T06:36:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (17, 3, 69, 40, CAST(N'2026-10-28T06:25:30.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (18, 1, 40, 10, CAST(N'2026-10-01T07:13:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (18, 2, 61, 10, NULL)
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (19, 1, 84, 40, CAST(N'2026-10-15T06:23:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (19, 2, 126, 10, CAST(N'2026-08-13T06:07:30.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (19, 3, 52, 25, CAST(N'2026-09-15T06:05:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (20, 1, 116, 20, CAST(N'2026-10-31T06:55:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (20, 2, 113, 10, CAST(N'2026-09-23T06:03:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (20, 3, 85, 10, CAST(N'2026-10-16T07:22:45.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (21, 1, 113, 40, CAST(N'2026-09-15T07:07:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (21, 2, 22, 20, CAST(N'2026-10-09T07:42:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (22, 1, 61, 40, CAST(N'2026-10-14T06:22:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (22, 2, 177, 20, CAST(N'2026-09-07T06:56:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (22, 3, 89, 40, CAST(N'2026-09-18T07:37:30.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (23, 1, 0, 10, CAST(N'2026-09-12T06:42:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (23, 3, 0, 25, CAST(N'2026-10-24T06:54:15.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (24, 1, 1, 15, CAST(N'2026-09-14T07:21:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (24, 2, 11, 25, NULL)
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (25, 1, 90, 10, CAST(N'2026-10-27T06:02:00.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (25, 2, 46, 25, CAST(N'2026-10-25T06:19:45.000' AS DateTime))
GO
INSERT [Inventory].[StockLevels] ([ProductID], [WarehouseID], [QuantityOnHand], [ReorderLevel], [LastCountedDate]) VALUES (25, 3, 38, 10, CAST(N'2026-10-25T07:24:45.000' AS DateTime))
GO
GO
SET IDENTITY_INSERT [Inventory].[StockMovements] ON 
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (1, 17, 1, CAST(N'2026-06-03T13:44:00.1390068' AS DateTime2), N'RCV', 80, N'PO-4647')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (2, 3, 2, CAST(N'2026-06-05T08:14:00.0154290' AS DateTime2), N'ADJ', 1, N'Damaged in handling')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (3, 7, 2, CAST(N'2026-06-11T14:41:45.7654145' AS DateTime2), N'SHP', -8, N'ORD-64')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (4, 16, 3, CAST(N'2026-06-15T18:06:30.2255645' AS DateTime2), N'SHP', -1, N'ORD-62')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (5, 4, 2, CAST(N'2026-06-17T06:31:00.9910454' AS DateTime2), N'SHP', -5, N'ORD-44')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (6, 25, 1, CAST(N'2026-06-18T14:19:30.8196816' AS DateTime2), N'ADJ', -1, NULL)
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (7, 24, 1, CAST(N'2026-06-19T16:20:30.9083776' AS DateTime2), N'SHP', -6, N'ORD-43')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (8, 5, 2, CAST(N'2026-06-20T12:48:00.0395115' AS DateTime2), N'RCV', 20, N'PO-4481')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (9, 5, 1, CAST(N'2026-06-22T14:19:30.4502722' AS DateTime2), N'RCV', 160, N'PO-4860')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (10, 4, 3, CAST(N'2026-06-27T12:40:00.9111911' AS DateTime2), N'SHP', -8, N'ORD-62')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (11, 13, 2, CAST(N'2026-06-29T16:52:00.4403647' AS DateTime2), N'SHP', -8, N'ORD-27')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (12, 22, 3, CAST(N'2026-07-04T06:32:00.2097892' AS DateTime2), N'SHP', -2, N'ORD-39')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (13, 15, 2, CAST(N'2026-07-07T10:19:00.5597341' AS DateTime2), N'SHP', -7, N'ORD-75')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (14, 15, 1, CAST(N'2026-07-07T11:42:00.2721870' AS DateTime2), N'SHP', -6, N'ORD-71')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (15, 14, 1, CAST(N'2026-07-07T18:04:15.5479628' AS DateTime2), N'SHP', -7, N'ORD-51')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (16, 25, 2, CAST(N'2026-07-09T14:38:45.4259373' AS DateTime2), N'ADJ', -1, N'Damaged in handling')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (17, 19, 2, CAST(N'2026-07-11T18:49:15.1517987' AS DateTime2), N'SHP', -3, N'ORD-72')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (18, 17, 3, CAST(N'2026-07-16T08:38:00.2214926' AS DateTime2), N'RCV', 60, N'PO-4706')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (19, 5, 3, CAST(N'2026-07-16T18:16:30.0036475' AS DateTime2), N'ADJ', -1, N'Damaged in handling')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (20, 16, 3, CAST(N'2026-07-17T18:33:00.0598393' AS DateTime2), N'RCV', 190, N'PO-4194')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (21, 20, 2, CAST(N'2026-07-20T13:22:00.9693721' AS DateTime2), N'SHP', -5, N'ORD-3')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (22, 15, 2, CAST(N'2026-07-22T11:51:30.2817900' AS DateTime2), N'SHP', -8, N'ORD-36')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (23, 21, 2, CAST(N'2026-07-23T12:15:00.6857947' AS DateTime2), N'SHP', -4, N'ORD-2')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (24, 5, 2, CAST(N'2026-07-23T17:16:00.8566865' AS DateTime2), N'SHP', -7, N'ORD-50')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (25, 20, 3, CAST(N'2026-07-24T08:35:15.3104222' AS DateTime2), N'ADJ', 2, N'Damaged in handling')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (26, 23, 1, CAST(N'2026-07-24T15:43:15.2303279' AS DateTime2), N'RCV', 130, N'PO-4831')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (27, 4, 3, CAST(N'2026-07-25T09:02:45.0979652' AS DateTime2), N'ADJ', -3, NULL)
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (28, 8, 1, CAST(N'2026-07-26T09:40:00.2639360' AS DateTime2), N'ADJ', 1, NULL)
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (29, 15, 2, CAST(N'2026-07-31T10:11:15.8771272' AS DateTime2), N'RCV', 120, N'PO-4272')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (30, 19, 2, CAST(N'2026-08-08T13:24:30.7429167' AS DateTime2), N'SHP', -5, N'ORD-20')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (31, 21, 2, CAST(N'2026-08-09T17:34:00.8461352' AS DateTime2), N'SHP', -7, N'ORD-76')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (32, 7, 3, CAST(N'2026-08-13T09:24:45.7944724' AS DateTime2), N'RCV', 40, N'PO-4160')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (33, 1, 2, CAST(N'2026-08-14T16:38:00.5269766' AS DateTime2), N'RCV', 150, N'PO-4416')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (34, 9, 1, CAST(N'2026-08-15T17:00:45.7343764' AS DateTime2), N'RCV', 30, N'PO-4161')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (35, 16, 3, CAST(N'2026-08-18T10:16:45.3306298' AS DateTime2), N'RCV', 30, N'PO-4628')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (36, 1, 3, CAST(N'2026-08-18T11:25:45.7209351' AS DateTime2), N'SHP', -2, N'ORD-78')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (37, 13, 1, CAST(N'2026-08-19T14:24:00.2996946' AS DateTime2), N'SHP', -1, N'ORD-62')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (38, 5, 3, CAST(N'2026-08-20T10:13:00.0270972' AS DateTime2), N'RCV', 30, N'PO-4214')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (39, 2, 3, CAST(N'2026-08-21T10:02:45.3789256' AS DateTime2), N'SHP', -3, N'ORD-30')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (40, 5, 2, CAST(N'2026-08-25T07:21:00.2768076' AS DateTime2), N'SHP', -8, N'ORD-15')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (41, 25, 3, CAST(N'2026-08-25T14:32:15.5593707' AS DateTime2), N'SHP', -1, N'ORD-63')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (42, 2, 2, CAST(N'2026-08-27T09:17:15.9094730' AS DateTime2), N'SHP', -1, N'ORD-49')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (43, 7, 1, CAST(N'2026-08-27T09:29:30.1386367' AS DateTime2), N'SHP', -1, N'ORD-11')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (44, 11, 2, CAST(N'2026-08-29T11:47:00.4582225' AS DateTime2), N'SHP', -7, N'ORD-15')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (45, 19, 3, CAST(N'2026-08-31T11:20:30.5296893' AS DateTime2), N'ADJ', 2, NULL)
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (46, 23, 1, CAST(N'2026-08-31T13:42:00.4577022' AS DateTime2), N'RCV', 90, N'PO-4174')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (47, 18, 1, CAST(N'2026-09-01T09:36:45.5938312' AS DateTime2), N'SHP', -8, N'ORD-36')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (48, 13, 3, CAST(N'2026-09-05T07:50:00.7728519' AS DateTime2), N'ADJ', -1, N'Cycle count')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (49, 7, 1, CAST(N'2026-09-15T09:21:45.6188537' AS DateTime2), N'RCV', 20, N'PO-4738')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (50, 25, 3, CAST(N'2026-09-18T13:09:00.1721995' AS DateTime2), N'RCV', 50, N'PO-4956')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (51, 10, 3, CAST(N'2026-09-18T17:42:00.2589555' AS DateTime2), N'RCV', 30, N'PO-4418')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (52, 11, 2, CAST(N'2026-09-22T18:45:00.1158190' AS DateTime2), N'RCV', 120, N'PO-4364')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (53, 21, 1, CAST(N'2026-09-23T08:54:00.2195874' AS DateTime2), N'RCV', 190, N'PO-4906')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (54, 10, 1, CAST(N'2026-09-23T11:13:00.3236190' AS DateTime2), N'SHP', -2, N'ORD-80')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (55, 8, 1, CAST(N'2026-09-26T18:27:45.6629503' AS DateTime2), N'SHP', -7, N'ORD-76')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (56, 5, 3, CAST(N'2026-10-06T08:52:00.0519233' AS DateTime2), N'RCV', 70, N'PO-4424')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (57, 11, 2, CAST(N'2026-10-07T07:37:45.4248278' AS DateTime2), N'SHP', -1, N'ORD-50')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (58, 4, 3, CAST(N'2026-10-12T10:54:00.4567648' AS DateTime2), N'SHP', -5, N'ORD-69')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (59, 3, 1, CAST(N'2026-10-13T11:39:00.1132627' AS DateTime2), N'RCV', 70, N'PO-4831')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (60, 6, 2, CAST(N'2026-10-16T06:07:45.2439409' AS DateTime2), N'SHP', -2, N'ORD-67')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (61, 15, 2, CAST(N'2026-10-20T15:45:00.8537944' AS DateTime2), N'SHP', -6, N'ORD-38')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (62, 8, 2, CAST(N'2026-10-23T09:47:00.9398472' AS DateTime2), N'RCV', 70, N'PO-4890')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (63, 9, 1, CAST(N'2026-10-24T10:08:00.3563487' AS DateTime2), N'ADJ', 1, NULL)
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (64, 12, 1, CAST(N'2026-10-27T16:40:30.9125638' AS DateTime2), N'RCV', 130, N'PO-4756')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (65, 4, 1, CAST(N'2026-10-28T14:05:00.0000000' AS DateTime2), N'RCV', 40, N'PO-4711')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (66, 4, 1, CAST(N'2026-10-28T14:05:00.0000000' AS DateTime2), N'ADJ', -1, NULL)
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (67, 8, 1, CAST(N'2026-10-28T16:58:15.1810496' AS DateTime2), N'SHP', -4, N'ORD-32')
GO
INSERT [Inventory].[StockMovements] ([MovementID], [ProductID], [WarehouseID], [MovementDate], [MovementType], [Quantity], [Reference]) VALUES (68, 23, 3, CAST(N'2026-10-31T10:22:00.2984919' AS DateTime2), N'SHP', -7, N'ORD-25')
GO
SET IDENTITY_INSERT [Inventory].[StockMovements] OFF
GO
SET IDENTITY_INSERT [Sales].[Customers] ON 
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (1, N'CUS00001', N'Emily', N'Carter', N'emily.carter@example.com', N'(503) 555-0142', N'A', CAST(N'2024-02-24T13:21:00.000' AS DateTime), 1, N'VIP – prefers e-mail contact.')
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (2, N'CUS00002', N'Marcus', N'Reed', N'marcus.reed@mailbox.org', N'(312) 555-0178', N'B', CAST(N'2024-04-12T10:16:00.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (3, N'CUS00003', N'Seán', N'O''Brien', N'sean.obrien@example.ie', N'+353 1 555 0123', N'A', CAST(N'2024-04-22T18:04:45.000' AS DateTime), 1, N'Prefers delivery after 5pm.
Call ahead on arrival.')
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (4, N'CUS00004', N'Priya', N'Nair', N'priya.nair@example.com', N'(206) 555-0111', N'B', CAST(N'2024-04-23T17:08:00.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (5, N'CUS00005', N'Daniel', N'Okoro', N'daniel.okoro@example.net', N'(404) 555-0190', N'C', CAST(N'2024-05-09T15:45:00.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (6, N'CUS00006', N'Sofia', N'Rossi', N'sofia.rossi@example.it', N'+39 02 5550 1234', N'B', CAST(N'2024-05-09T18:14:45.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (7, N'CUS00007', N'Liam', N'Walsh', N'liam.walsh@example.co.uk', N'+44 20 7946 0018', N'A', CAST(N'2024-05-11T14:02:00.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (8, N'CUS00008', N'Chloé', N'Martin', N'chloe.martin@example.fr', NULL, N'B', CAST(N'2024-05-27T14:05:00.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (9, N'CUS00009', N'Mateo', N'Fernández', NULL, N'(305) 555-0133', N'C', CAST(N'2024-06-18T19:17:15.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (10, N'CUS00010', N'Hannah', N'Schmidt', N'hannah.schmidt@example.de', N'+49 30 5550 1100', N'A', CAST(N'2024-06-20T19:28:30.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (11, N'CUS00011', N'Oliver', N'Bennett', N'oliver.bennett@example.com', N'(617) 555-0145', N'B', CAST(N'2024-07-12T10:21:00.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (12, N'CUS00012', N'Aisha', N'Khan', N'aisha.khan@example.com', N'(713) 555-0102', N'B', CAST(N'2024-07-16T19:35:30.000' AS DateTime), 0, N'Account closed at customer''s request (2026-08).')
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (13, N'CUS00013', N'Noah', N'Kim', N'noah.kim@example.com', N'(415) 555-0166', N'A', CAST(N'2024-07-23T20:57:45.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (14, N'CUS00014', N'Isabella', N'Costa', N'isabella.costa@example.com', NULL, N'B', CAST(N'2024-09-26T15:31:45.000' AS DateTime), 1, N'Net-30 terms approved by Finance.')
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (15, N'CUS00015', N'Ethan', N'Brooks', N'ethan.brooks@example.com', N'(503) 555-0187', N'C', CAST(N'2024-10-05T08:17:15.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (16, N'CUS00016', N'Mia', N'Novak', N'mia.novak@example.ca', N'(416) 555-0139', N'B', CAST(N'2024-10-27T18:40:45.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (17, N'CUS00017', N'Lucas', N'Moreau', NULL, N'(514) 555-0155', N'B', CAST(N'2024-12-04T20:12:45.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (18, N'CUS00018', N'Grace', N'Li', N'grace.li@example.com', N'(212) 555-0171', N'A', CAST(N'2024-12-24T16:52:30.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (19, N'CUS00019', N'Jack', N'Thompson', N'jack.thompson@example.com', N'(303) 555-0128', N'B', CAST(N'2025-01-09T17:34:00.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (20, N'CUS00020', N'Amelia', N'Hughes', N'amelia.hughes@example.co.uk', N'+44 161 555 0192', N'B', CAST(N'2025-02-25T16:39:30.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (21, N'CUS00021', N'Ryan', N'O''Connor', N'ryan.oconnor@example.com', N'(773) 555-0117', N'C', CAST(N'2025-03-23T21:40:45.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (22, N'CUS00022', N'Zara', N'Ahmed', N'zara.ahmed@example.com', N'(602) 555-0148', N'B', CAST(N'2025-04-04T14:57:15.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (23, N'CUS00023', N'Benjamin', N'Wright', N'ben.wright@example.com', N'(512) 555-0163', N'A', CAST(N'2025-05-25T10:43:15.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (24, N'CUS00024', N'Lena', N'Fischer', N'lena.fischer@example.at', N'+43 1 555 0177', N'B', CAST(N'2025-05-31T09:49:00.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (25, N'CUS00025', N'Samuel', N'Adeyemi', N'samuel.adeyemi@example.com', N'(404) 555-0129', N'B', CAST(N'2025-06-04T08:40:00.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (26, N'CUS00026', N'Harper', N'Collins', NULL, NULL, N'C', CAST(N'2025-06-25T16:27:00.000' AS DateTime), 1, N'Walk-in customer, no contact details on file.')
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (27, N'CUS00027', N'Yuki', N'Tanaka', N'yuki.tanaka@example.com', N'(206) 555-0183', N'A', CAST(N'2025-07-16T08:01:30.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (28, N'CUS00028', N'Carlos', N'Mendes', N'carlos.mendes@example.com', N'(619) 555-0104', N'B', CAST(N'2025-08-08T20:28:45.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (29, N'CUS00029', N'Olivia', N'Parker', N'olivia.parker@example.com', N'(971) 555-0136', N'B', CAST(N'2025-08-10T09:24:00.000' AS DateTime), 1, NULL)
GO
INSERT [Sales].[Customers] ([CustomerID], [CustomerCode], [FirstName], [LastName], [Email], [Phone], [Rating], [CreatedDate], [IsActive], [Notes]) VALUES (30, N'CUS00030', N'Nathan', N'Gray', N'nathan.gray@example.com', NULL, N'C', CAST(N'2025-09-09T09:18:45.000' AS DateTime), 0, NULL)
GO
SET IDENTITY_INSERT [Sales].[Customers] OFF
GO
SET IDENTITY_INSERT [Sales].[Addresses] ON 
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (1, 1, N'Billing', N'1420 SW Park Ave', NULL, N'Portland', N'OR', N'97205', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (2, 2, N'Billing', N'2231 N Clark St', NULL, N'Chicago', N'IL', N'60614', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (3, 3, N'Billing', N'14 Merrion Square', NULL, N'Dublin', NULL, N'D02 X285', N'IE')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (4, 4, N'Billing', N'800 Pine St Apt 12', NULL, N'Seattle  ', N'WA', N'98101', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (5, 5, N'Billing', N'55 Peachtree Pl', NULL, N'Atlanta', N'GA', N'30309', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (6, 6, N'Billing', N'Via Brera 7', NULL, N'Milano', NULL, N'20121', N'IT')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (7, 7, N'Billing', N'10 Whitehall Ct', NULL, N'London', NULL, N'SW1A 1AA', N'GB')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (8, 8, N'Billing', N'12 Rue de la République', NULL, N'Lyon', NULL, N'69002', N'FR')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (9, 9, N'Billing', N'901 Brickell Key Blvd', NULL, N'Miami', N'FL', N'33131', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (10, 10, N'Billing', N'Invalidenstraße 42', NULL, N'Berlin', NULL, N'10115', N'DE')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (11, 11, N'Billing', N'3 Beacon St', NULL, N'Boston', N'MA', N'02108', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (12, 12, N'Billing', N'1100 Louisiana St', NULL, N'Houston', N'TX', N'77002', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (13, 13, N'Billing', N'88 Howard St', NULL, N'San Francisco', N'CA', N'94105', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (14, 14, N'Billing', N'1 Gateway Ctr', NULL, N'Newark', N'NJ', N'07102', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (15, 15, N'Billing', N'2035 SE Hawthorne Blvd', NULL, N' Portland', N'OR', N'97214', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (16, 16, N'Billing', N'290 Bremner Blvd', NULL, N'Toronto', N'ON', N'M5V 2T6', N'CA')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (17, 17, N'Billing', N'175 Rue Sainte-Catherine O', NULL, N'Montréal', N'QC', N'H2X 1Y4', N'CA')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (18, 18, N'Billing', N'350 W 31st St', NULL, N'New York', N'NY', N'10001', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (19, 19, N'Billing', N'1701 Wynkoop St', NULL, N'Denver', N'CO', N'80202', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (20, 20, N'Billing', N'45 Piccadilly', NULL, N'Manchester', NULL, N'M1 1AE', N'GB')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (21, 21, N'Billing', N'1550 N Damen Ave', NULL, N'Chicago', N'IL', N'60622', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (22, 22, N'Billing', N'201 E Washington St', NULL, N'Phoenix', N'AZ', N'85004', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (23, 23, N'Billing', N'600 Congress Ave', NULL, N'Austin', N'TX', N'78701', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (24, 24, N'Billing', N'Graben 19', NULL, N'Wien', NULL, N'1010', N'AT')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (25, 25, N'Billing', N'191 Peachtree St NE', NULL, N'Atlanta', N'GA', N'30303', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (26, 26, N'Billing', N'1005 NW Glisan St', NULL, N'Portland', N'OR', N'97209', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (27, 27, N'Billing', N'400 Broad St', NULL, N'Seattle', N'WA', N'98109', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (28, 28, N'Billing', N'1140 Broadway', NULL, N'San Diego', N'CA', N'92101', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (29, 29, N'Billing', N'1230 NE 7th Ave', NULL, N'Portland', N'OR', N'97232', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (30, 30, N'Billing', N'150 N Capitol Blvd', NULL, N'Boise', N'ID', N'83702', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (31, 1, N'Shipping', N'RetailCo Lockers, 700 SW 5th Ave', N'Locker 14', N'Portland', N'OR', N'97204', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (32, 2, N'Shipping', N'455 N Cityfront Plaza Dr', N'Floor 9', N'Chicago', N'IL', N'60611', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (33, 3, N'Shipping', N'Unit 4, Grand Canal Quay', NULL, N'Dublin', NULL, N'D02 P820', N'IE')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (34, 4, N'Shipping', N'1201 3rd Ave', N'Suite 2200', N'Seattle', N'WA', N'98101', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (35, 5, N'Shipping', N'3500 Lenox Rd NE', NULL, N'Atlanta', N'GA', N'30326', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (36, 6, N'Shipping', N'Corso Como 15', NULL, N'Milano', NULL, N'20154', N'IT')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (37, 7, N'Shipping', N'1 Canada Square', N'Level 30', N'London', NULL, N'E14 5AB', N'GB')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (38, 8, N'Shipping', N'3 Quai Saint-Antoine', NULL, N'Lyon', NULL, N'69002', N'FR')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (39, 9, N'Shipping', N'1111 Lincoln Rd', NULL, N'Miami Beach', N'FL', N'33139', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (40, 10, N'Shipping', N'Friedrichstraße 68', N'3. OG', N'Berlin', NULL, N'10117', N'DE')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (41, 11, N'Shipping', N'200 Clarendon St', NULL, N'Boston', N'MA', N'02116', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (42, 12, N'Shipping', N'2800 Post Oak Blvd', NULL, N'Houston', N'TX', N'77056', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (43, 13, N'Shipping', N'1 Market St', N'Spear Tower', N'San Francisco', N'CA', N'94105', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (44, 14, N'Shipping', N'500 Frank W Burr Blvd', NULL, N'Teaneck', N'NJ', N'07666', N'US')
GO
INSERT [Sales].[Addresses] ([AddressID], [CustomerID], [AddressType], [Line1], [Line2], [City], [Region], [PostalCode], [CountryCode]) VALUES (45, 15, N'Shipping', N'4811 SE Division St', NULL, N'Portland', N'OR', N'97206', N'US')
GO
SET IDENTITY_INSERT [Sales].[Addresses] OFF
GO
SET IDENTITY_INSERT [Sales].[Orders] ON 
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (1, 7, CAST(N'2025-11-06T10:33:00.000' AS DateTime), CAST(N'2025-11-13' AS Date), N'Shipped', 37, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (2, 10, CAST(N'2025-11-06T17:20:45.000' AS DateTime), NULL, N'Shipped', 10, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (3, 6, CAST(N'2025-11-15T09:56:00.000' AS DateTime), CAST(N'2025-11-20' AS Date), N'Shipped', 36, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (4, 24, CAST(N'2025-11-19T09:52:00.000' AS DateTime), NULL, N'Shipped', NULL, 0.0000, N'Click & collect at PDX1')
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (5, 4, CAST(N'2025-11-19T12:19:00.000' AS DateTime), NULL, N'Shipped', 4, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (6, 10, CAST(N'2025-11-22T19:32:00.000' AS DateTime), NULL, N'Shipped', 40, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (7, 19, CAST(N'2025-12-05T13:52:00.000' AS DateTime), CAST(N'2025-12-15' AS Date), N'Shipped', 19, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (8, 12, CAST(N'2025-12-11T12:51:00.000' AS DateTime), CAST(N'2025-12-18' AS Date), N'Shipped', 12, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (9, 27, CAST(N'2025-12-12T17:01:30.000' AS DateTime), CAST(N'2025-12-17' AS Date), N'Shipped', 27, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (10, 3, CAST(N'2025-12-16T12:50:00.000' AS DateTime), CAST(N'2025-12-21' AS Date), N'Shipped', 33, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (11, 14, CAST(N'2025-12-26T08:48:30.000' AS DateTime), CAST(N'2026-01-02' AS Date), N'Shipped', 44, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (12, 7, CAST(N'2026-01-06T20:03:30.000' AS DateTime), CAST(N'2026-01-11' AS Date), N'Shipped', 37, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (13, 18, CAST(N'2026-01-08T10:02:30.000' AS DateTime), CAST(N'2026-01-18' AS Date), N'Shipped', 18, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (14, 12, CAST(N'2026-01-13T08:45:15.000' AS DateTime), NULL, N'Shipped', 12, 0.0000, N'Deliver to the back door')
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (15, 17, CAST(N'2026-01-16T13:18:30.000' AS DateTime), CAST(N'2026-01-30' AS Date), N'Shipped', 17, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (16, 11, CAST(N'2026-01-19T13:15:30.000' AS DateTime), CAST(N'2026-01-24' AS Date), N'Shipped', 41, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (17, 23, CAST(N'2026-01-19T18:21:00.000' AS DateTime), CAST(N'2026-01-24' AS Date), N'Shipped', 23, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (18, 12, CAST(N'2026-01-29T18:39:00.000' AS DateTime), CAST(N'2026-02-08' AS Date), N'Shipped', NULL, 0.0000, N'Click & collect at PDX1')
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (19, 6, CAST(N'2026-02-07T20:48:30.000' AS DateTime), CAST(N'2026-02-17' AS Date), N'Shipped', 36, 14.5000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (20, 13, CAST(N'2026-02-09T09:02:30.000' AS DateTime), NULL, N'Shipped', 13, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (21, 20, CAST(N'2026-02-11T12:21:45.000' AS DateTime), NULL, N'Shipped', 20, 14.5000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (22, 10, CAST(N'2026-02-11T18:15:45.000' AS DateTime), NULL, N'Shipped', 10, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (23, 13, CAST(N'2026-02-13T17:44:30.000' AS DateTime), NULL, N'Cancelled', 13, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (24, 16, CAST(N'2026-02-16T13:27:00.000' AS DateTime), CAST(N'2026-02-23' AS Date), N'Shipped', 16, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (25, 13, CAST(N'2026-02-26T13:35:30.000' AS DateTime), CAST(N'2026-03-08' AS Date), N'Cancelled', 43, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (26, 11, CAST(N'2026-03-05T08:28:00.000' AS DateTime), NULL, N'Shipped', 11, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (27, 14, CAST(N'2026-03-05T15:52:45.000' AS DateTime), CAST(N'2026-03-19' AS Date), N'Shipped', 44, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (28, 25, CAST(N'2026-03-17T14:56:00.000' AS DateTime), CAST(N'2026-03-27' AS Date), N'Shipped', 25, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (29, 23, CAST(N'2026-03-30T16:55:30.000' AS DateTime), NULL, N'Shipped', NULL, 0.0000, N'Click & collect at PDX1')
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (30, 5, CAST(N'2026-03-31T11:14:00.000' AS DateTime), NULL, N'Shipped', 5, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (31, 22, CAST(N'2026-04-02T16:46:30.000' AS DateTime), CAST(N'2026-04-12' AS Date), N'Shipped', 22, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (32, 2, CAST(N'2026-04-06T20:06:15.000' AS DateTime), NULL, N'Shipped', 32, 0.0000, N'Leave with the concierge.')
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (33, 24, CAST(N'2026-04-17T15:55:30.000' AS DateTime), CAST(N'2026-04-24' AS Date), N'Shipped', 24, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (34, 17, CAST(N'2026-04-20T15:32:15.000' AS DateTime), CAST(N'2026-04-27' AS Date), N'Shipped', 17, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (35, 23, CAST(N'2026-04-22T12:45:45.000' AS DateTime), NULL, N'Shipped', 23, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (36, 13, CAST(N'2026-04-24T17:42:15.000' AS DateTime), NULL, N'Shipped', 13, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (37, 25, CAST(N'2026-04-30T17:45:30.000' AS DateTime), NULL, N'Shipped', 25, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (38, 9, CAST(N'2026-05-03T21:58:15.000' AS DateTime), CAST(N'2026-05-10' AS Date), N'Shipped', 9, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (39, 28, CAST(N'2026-05-13T20:45:30.000' AS DateTime), CAST(N'2026-05-23' AS Date), N'Cancelled', NULL, 0.0000, N'Click & collect at PDX1')
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (40, 23, CAST(N'2026-05-17T19:27:45.000' AS DateTime), CAST(N'2026-05-27' AS Date), N'Shipped', 23, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (41, 16, CAST(N'2026-05-18T16:13:15.000' AS DateTime), CAST(N'2026-05-25' AS Date), N'Shipped', 16, 0.0000, N'Deliver to the back door')
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (42, 20, CAST(N'2026-05-26T19:45:30.000' AS DateTime), CAST(N'2026-06-05' AS Date), N'Shipped', 20, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (43, 24, CAST(N'2026-06-05T10:14:00.000' AS DateTime), CAST(N'2026-06-19' AS Date), N'Shipped', 24, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (44, 19, CAST(N'2026-06-13T09:45:30.000' AS DateTime), NULL, N'Shipped', 19, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (45, 20, CAST(N'2026-06-14T16:35:00.000' AS DateTime), CAST(N'2026-06-24' AS Date), N'Shipped', 20, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (46, 2, CAST(N'2026-06-17T17:43:15.000' AS DateTime), CAST(N'2026-07-01' AS Date), N'Shipped', 32, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (47, 20, CAST(N'2026-06-18T17:13:30.000' AS DateTime), NULL, N'Shipped', 20, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (48, 14, CAST(N'2026-06-24T08:37:00.000' AS DateTime), NULL, N'Shipped', 14, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (49, 7, CAST(N'2026-06-28T13:58:45.000' AS DateTime), NULL, N'Shipped', 37, 0.0000, N'Gift wrap, please.')
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (50, 10, CAST(N'2026-06-30T10:03:30.000' AS DateTime), NULL, N'Cancelled', 40, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (51, 23, CAST(N'2026-07-07T17:09:30.000' AS DateTime), NULL, N'Shipped', 23, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (52, 9, CAST(N'2026-07-16T09:43:30.000' AS DateTime), CAST(N'2026-07-30' AS Date), N'Shipped', 9, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (53, 2, CAST(N'2026-07-19T18:55:30.000' AS DateTime), CAST(N'2026-08-02' AS Date), N'Shipped', 32, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (54, 24, CAST(N'2026-07-21T20:19:00.000' AS DateTime), NULL, N'Shipped', 24, 14.5000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (55, 24, CAST(N'2026-07-22T10:52:00.000' AS DateTime), CAST(N'2026-07-29' AS Date), N'Shipped', 24, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (56, 4, CAST(N'2026-07-25T20:17:15.000' AS DateTime), CAST(N'2026-07-30' AS Date), N'Shipped', NULL, 0.0000, N'Click & collect at PDX1')
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (57, 13, CAST(N'2026-07-28T11:28:45.000' AS DateTime), CAST(N'2026-08-07' AS Date), N'Shipped', 43, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (58, 15, CAST(N'2026-07-31T12:30:45.000' AS DateTime), NULL, N'Shipped', 45, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (59, 24, CAST(N'2026-08-02T21:39:15.000' AS DateTime), CAST(N'2026-08-16' AS Date), N'Cancelled', 24, 14.5000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (60, 10, CAST(N'2026-08-06T15:08:30.000' AS DateTime), NULL, N'Shipped', 10, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (61, 23, CAST(N'2026-08-11T15:28:30.000' AS DateTime), NULL, N'Pending', 23, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (62, 18, CAST(N'2026-08-14T12:57:00.000' AS DateTime), CAST(N'2026-08-24' AS Date), N'Shipped', 18, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (63, 13, CAST(N'2026-08-21T17:26:45.000' AS DateTime), CAST(N'2026-08-28' AS Date), N'Cancelled', 13, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (64, 27, CAST(N'2026-08-24T14:26:00.000' AS DateTime), CAST(N'2026-08-29' AS Date), N'Shipped', 27, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (65, 16, CAST(N'2026-09-13T21:58:15.000' AS DateTime), CAST(N'2026-09-18' AS Date), N'Shipped', 16, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (66, 26, CAST(N'2026-09-14T13:54:00.000' AS DateTime), NULL, N'Pending', 26, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (67, 1, CAST(N'2026-09-20T13:03:15.000' AS DateTime), CAST(N'2026-09-27' AS Date), N'Shipped', 1, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (68, 17, CAST(N'2026-09-20T14:44:00.000' AS DateTime), NULL, N'Shipped', 17, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (69, 18, CAST(N'2026-09-27T09:25:00.000' AS DateTime), CAST(N'2026-10-02' AS Date), N'Shipped', 18, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (70, 1, CAST(N'2026-09-30T08:05:00.000' AS DateTime), NULL, N'Shipped', NULL, 0.0000, N'Click & collect at PDX1')
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (71, 16, CAST(N'2026-10-04T14:23:30.000' AS DateTime), CAST(N'2026-10-09' AS Date), N'Shipped', 16, 14.5000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (72, 12, CAST(N'2026-10-05T14:22:30.000' AS DateTime), NULL, N'Shipped', 12, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (73, 3, CAST(N'2026-10-07T18:12:00.000' AS DateTime), CAST(N'2026-10-14' AS Date), N'Shipped', 33, 14.5000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (74, 1, CAST(N'2026-10-08T14:07:30.000' AS DateTime), NULL, N'Shipped', 1, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (75, 20, CAST(N'2026-10-10T18:16:15.000' AS DateTime), CAST(N'2026-10-24' AS Date), N'Shipped', 20, 14.5000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (76, 28, CAST(N'2026-10-13T11:03:00.000' AS DateTime), CAST(N'2026-10-20' AS Date), N'Shipped', 28, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (77, 24, CAST(N'2026-10-22T18:56:15.000' AS DateTime), CAST(N'2026-10-27' AS Date), N'Pending', 24, 0.0000, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (78, 11, CAST(N'2026-10-22T19:06:45.000' AS DateTime), NULL, N'Pending', 41, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (79, 23, CAST(N'2026-10-26T18:24:30.000' AS DateTime), NULL, N'Pending', 23, 6.9500, NULL)
GO
INSERT [Sales].[Orders] ([OrderID], [CustomerID], [OrderDate], [RequiredDate], [Status], [ShippingAddressID], [Freight], [Comments]) VALUES (80, 12, CAST(N'2026-10-26T19:56:00.000' AS DateTime), CAST(N'2026-10-31' AS Date), N'Pending', 42, 6.9500, NULL)
GO
SET IDENTITY_INSERT [Sales].[Orders] OFF
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (1, 1, 3, 2, 119.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (1, 2, 19, 2, 24.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (2, 1, 18, 7, 12.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (2, 2, 17, 1, 89.0000, CAST(0.15 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (2, 3, 16, 1, 159.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (3, 1, 15, 1, 219.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (4, 1, 24, 4, 39.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (4, 2, 15, 1, 219.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (5, 1, 14, 2, 349.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (5, 2, 16, 5, 159.0000, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (6, 1, 14, 5, 349.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (6, 2, 7, 1, 329.0000, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (6, 3, 12, 2, 64.0000, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (6, 4, 19, 3, 24.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (7, 1, 9, 1, 39.9000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (8, 1, 16, 2, 159.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (8, 2, 21, 7, 27.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (9, 1, 22, 1, 14.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (9, 2, 13, 1, 19.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (9, 3, 14, 3, 349.0000, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (9, 4, 9, 1, 39.9000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (10, 1, 13, 1, 19.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (10, 2, 19, 9, 24.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (11, 1, 21, 3, 27.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (11, 2, 10, 2, 119.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (11, 3, 15, 1, 219.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (12, 1, 19, 4, 24.9900, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (12, 2, 12, 2, 64.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (12, 3, 16, 4, 159.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (13, 1, 18, 7, 12.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (14, 1, 17, 4, 89.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (15, 1, 18, 5, 12.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (15, 2, 25, 1, 49.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (15, 3, 10, 1, 119.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (15, 4, 1, 3, 89.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (16, 1, 10, 1, 119.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (17, 1, 8, 1, 45.0000, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (17, 2, 12, 3, 64.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (18, 1, 13, 2, 19.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (18, 2, 14, 1, 349.0000, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (19, 1, 8, 1, 45.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (19, 2, 23, 5, 9.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (19, 3, 6, 1, 34.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (20, 1, 10, 1, 119.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (20, 2, 20, 7, 22.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (21, 1, 1, 1, 89.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (22, 1, 8, 1, 45.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (22, 2, 4, 3, 129.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (22, 3, 20, 9, 22.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (22, 4, 25, 3, 49.9500, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (23, 1, 9, 5, 39.9000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (23, 2, 25, 4, 49.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (24, 1, 14, 1, 349.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (24, 2, 23, 4, 9.9900, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (24, 3, 18, 4, 12.5000, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (25, 1, 1, 2, 89.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (26, 1, 25, 1, 49.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (27, 1, 14, 1, 349.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (27, 2, 5, 4, 74.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (27, 3, 11, 3, 29.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (28, 1, 2, 4, 149.0000, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (28, 2, 3, 1, 119.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (28, 3, 19, 3, 24.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (28, 4, 8, 5, 45.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (29, 1, 21, 5, 27.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (29, 2, 18, 9, 12.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (30, 1, 7, 3, 329.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (30, 2, 5, 5, 74.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (30, 3, 22, 7, 14.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (31, 1, 25, 3, 49.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (31, 2, 8, 2, 45.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (32, 1, 7, 2, 329.0000, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (32, 2, 14, 2, 349.0000, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (32, 3, 17, 1, 89.0000, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (33, 1, 11, 3, 29.9500, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (33, 2, 14, 2, 349.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (33, 3, 19, 2, 24.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (34, 1, 10, 1, 119.0000, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (34, 2, 19, 7, 24.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (34, 3, 12, 2, 64.0000, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (35, 1, 14, 3, 349.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (35, 2, 8, 1, 45.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (35, 3, 24, 1, 39.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (36, 1, 4, 2, 129.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (37, 1, 3, 2, 119.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (37, 2, 8, 3, 45.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (38, 1, 22, 9, 14.5000, CAST(0.15 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (39, 1, 11, 4, 29.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (39, 2, 7, 1, 329.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (39, 3, 19, 4, 24.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (39, 4, 9, 2, 39.9000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (40, 1, 18, 3, 12.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (40, 2, 20, 3, 22.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (41, 1, 11, 2, 29.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (41, 2, 3, 1, 119.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (42, 1, 24, 5, 39.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (43, 1, 22, 1, 14.5000, CAST(0.15 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (43, 2, 12, 1, 64.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (43, 3, 14, 1, 349.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (44, 1, 22, 8, 14.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (44, 2, 12, 2, 64.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (45, 1, 20, 8, 22.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (45, 2, 15, 4, 219.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (46, 1, 8, 4, 45.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (46, 2, 19, 5, 24.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (46, 3, 25, 1, 49.9500, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (46, 4, 12, 2, 64.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (47, 1, 22, 10, 14.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (47, 2, 9, 3, 39.9000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (47, 3, 10, 1, 119.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (48, 1, 5, 1, 74.9500, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (49, 1, 8, 3, 45.0000, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (49, 2, 19, 3, 24.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (50, 1, 2, 3, 149.0000, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (50, 2, 25, 1, 49.9500, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (51, 1, 20, 1, 22.0000, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (52, 1, 4, 2, 129.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (52, 2, 22, 8, 14.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (52, 3, 14, 3, 349.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (52, 4, 25, 1, 49.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (53, 1, 1, 1, 89.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (53, 2, 22, 3, 14.5000, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (53, 3, 13, 1, 19.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (54, 1, 13, 1, 19.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (54, 2, 18, 8, 12.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (55, 1, 1, 2, 89.9900, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (55, 2, 24, 3, 39.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (56, 1, 15, 5, 219.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (56, 2, 2, 3, 149.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (56, 3, 22, 8, 14.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (57, 1, 21, 5, 27.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (57, 2, 25, 5, 49.9500, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (57, 3, 14, 1, 349.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (57, 4, 24, 1, 39.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (58, 1, 22, 10, 14.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (58, 2, 13, 1, 19.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (59, 1, 13, 1, 19.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (60, 1, 17, 1, 89.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (60, 2, 3, 1, 119.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (60, 3, 12, 1, 64.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (61, 1, 24, 1, 39.9900, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (61, 2, 15, 1, 219.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (62, 1, 11, 1, 29.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (63, 1, 22, 3, 14.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (64, 1, 13, 1, 19.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (65, 1, 22, 4, 14.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (65, 2, 17, 2, 89.0000, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (65, 3, 14, 2, 349.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (66, 1, 1, 5, 89.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (66, 2, 7, 1, 329.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (66, 3, 11, 2, 29.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (66, 4, 6, 3, 34.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (67, 1, 4, 4, 129.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (67, 2, 5, 2, 74.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (68, 1, 1, 1, 89.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (68, 2, 19, 7, 24.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (68, 3, 12, 1, 64.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (69, 1, 7, 1, 329.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (70, 1, 1, 2, 89.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (71, 1, 8, 1, 45.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (71, 2, 1, 1, 89.9900, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (72, 1, 18, 8, 12.5000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (72, 2, 5, 1, 74.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (72, 3, 22, 3, 14.5000, CAST(0.05 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (73, 1, 12, 2, 64.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (74, 1, 12, 1, 64.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (74, 2, 7, 2, 329.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (74, 3, 6, 5, 34.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (74, 4, 1, 2, 89.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (75, 1, 12, 2, 64.0000, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (76, 1, 6, 4, 34.9900, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (77, 1, 1, 2, 89.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (77, 2, 18, 7, 12.5000, CAST(0.10 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (78, 1, 19, 1, 24.9900, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (79, 1, 25, 1, 49.9500, CAST(0.00 AS Decimal(4, 2)))
GO
INSERT [Sales].[OrderLines] ([OrderID], [LineNumber], [ProductID], [Quantity], [UnitPrice], [Discount]) VALUES (80, 1, 24, 2, 39.9900, CAST(0.05 AS Decimal(4, 2)))
GO
GO
SET IDENTITY_INSERT [Sales].[Payments] ON 
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (1, 2, CAST(N'2025-11-06T17:33:45.2437031' AS DateTime2), CAST(25.00 AS Decimal(12, 2)), N'GiftCard', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (2, 2, CAST(N'2025-11-06T17:35:45.7091612' AS DateTime2), CAST(297.15 AS Decimal(12, 2)), N'Card', N'69B2D71D-8AFB-4201-B6B7-B1D85DE8A4FE')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (3, 3, CAST(N'2025-11-15T10:09:00.4721439' AS DateTime2), CAST(219.00 AS Decimal(12, 2)), N'Card', N'68009527-05C1-479C-80DE-720CA27E53EB')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (4, 4, CAST(N'2025-11-19T10:02:00.5026564' AS DateTime2), CAST(378.96 AS Decimal(12, 2)), N'Card', N'78038701-103C-45F4-A187-FD3282D2E965')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (5, 5, CAST(N'2025-11-19T12:25:00.6210895' AS DateTime2), CAST(1453.25 AS Decimal(12, 2)), N'PayPal', N'1FC13C27-FB75-4160-93E9-DCFB558AE00A')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (6, 7, CAST(N'2025-12-05T13:53:00.5244769' AS DateTime2), CAST(46.85 AS Decimal(12, 2)), N'Card', N'44476290-20DC-4661-9708-263F949C1F4B')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (7, 8, CAST(N'2025-12-11T13:07:00.5746952' AS DateTime2), CAST(513.93 AS Decimal(12, 2)), N'PayPal', N'603D6DFF-B2FB-4E7B-9F49-2C5B86384DB8')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (8, 9, CAST(N'2025-12-12T17:19:30.5622623' AS DateTime2), CAST(1069.04 AS Decimal(12, 2)), N'PayPal', N'81A5C52C-603D-4D27-A19C-4F87D0A70571')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (9, 10, CAST(N'2025-12-16T13:02:00.9054642' AS DateTime2), CAST(244.90 AS Decimal(12, 2)), N'Card', N'FABADABC-70C3-4700-A615-A0A17DBFA4A6')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (10, 11, CAST(N'2025-12-26T08:54:30.6168015' AS DateTime2), CAST(540.97 AS Decimal(12, 2)), N'Card', N'8BCC6857-4721-437A-B636-9370829FCC16')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (11, 12, CAST(N'2026-01-06T20:11:30.7507235' AS DateTime2), CAST(858.96 AS Decimal(12, 2)), N'PayPal', N'D0D037E6-502F-49BF-8DC8-ED23BB5F2046')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (12, 13, CAST(N'2026-01-08T10:21:30.8827881' AS DateTime2), CAST(94.45 AS Decimal(12, 2)), N'Card', N'40F65CB4-0863-4D9B-B091-F9E989342A16')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (13, 14, CAST(N'2026-01-15T10:45:15.1969476' AS DateTime2), CAST(356.00 AS Decimal(12, 2)), N'BankTransfer', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (14, 15, CAST(N'2026-01-16T13:19:30.4718879' AS DateTime2), CAST(501.42 AS Decimal(12, 2)), N'Card', N'FB8E0684-40F4-49B2-BA12-725C6EBEAD24')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (15, 17, CAST(N'2026-01-19T18:36:00.6605118' AS DateTime2), CAST(234.75 AS Decimal(12, 2)), N'Card', N'A6919F05-148C-4E9D-9C62-75D9CA91D182')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (16, 18, CAST(N'2026-01-29T18:46:00.3738438' AS DateTime2), CAST(371.53 AS Decimal(12, 2)), N'Card', N'4DF27BF6-311F-4B50-9B72-EE34F74ED9A1')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (17, 19, CAST(N'2026-02-07T20:53:30.2330671' AS DateTime2), CAST(72.22 AS Decimal(12, 2)), N'PayPal', N'62DB18AB-5C87-4BE1-96A1-C2B9519C79D8')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (18, 20, CAST(N'2026-02-12T12:02:30.6547940' AS DateTime2), CAST(273.00 AS Decimal(12, 2)), N'BankTransfer', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (19, 21, CAST(N'2026-02-11T12:29:45.0858237' AS DateTime2), CAST(104.49 AS Decimal(12, 2)), N'GiftCard', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (20, 22, CAST(N'2026-02-11T18:16:45.5631834' AS DateTime2), CAST(387.67 AS Decimal(12, 2)), N'Card', N'CAC9218B-559D-40D5-B89A-67C36670D18A')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (21, 24, CAST(N'2026-02-16T13:40:00.2983363' AS DateTime2), CAST(434.46 AS Decimal(12, 2)), N'Card', N'107099F8-63D4-4355-BFC3-C799AEAE772A')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (22, 26, CAST(N'2026-03-05T08:38:00.0118814' AS DateTime2), CAST(56.90 AS Decimal(12, 2)), N'Card', N'1334BAB2-A6F3-46ED-B561-5ABBC1539C46')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (23, 27, CAST(N'2026-03-05T16:01:45.2455575' AS DateTime2), CAST(738.65 AS Decimal(12, 2)), N'PayPal', N'D5171E87-D424-4BFE-A151-E680D6C28FBC')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (24, 28, CAST(N'2026-03-17T15:15:00.1875425' AS DateTime2), CAST(955.87 AS Decimal(12, 2)), N'Card', N'FA405D72-DECD-4651-ADEA-F2C842A34B2C')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (25, 29, CAST(N'2026-03-30T17:03:30.1140219' AS DateTime2), CAST(252.45 AS Decimal(12, 2)), N'GiftCard', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (26, 30, CAST(N'2026-04-01T16:14:00.1314006' AS DateTime2), CAST(1463.25 AS Decimal(12, 2)), N'BankTransfer', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (27, 31, CAST(N'2026-04-02T16:51:30.9347561' AS DateTime2), CAST(119.93 AS Decimal(12, 2)), N'Card', N'08A440D0-05C8-49E8-B688-A9821BA2EA5A')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (28, 32, CAST(N'2026-04-06T20:09:15.3357412' AS DateTime2), CAST(1300.50 AS Decimal(12, 2)), N'Card', N'7DE8FAB6-AE19-4E58-83EE-19BB9A0737FB')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (29, 33, CAST(N'2026-04-17T16:03:30.1919382' AS DateTime2), CAST(828.84 AS Decimal(12, 2)), N'Card', N'F6DEFF82-F262-4B8F-9C80-21EDD80B530B')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (30, 34, CAST(N'2026-04-23T19:32:15.1630211' AS DateTime2), CAST(397.23 AS Decimal(12, 2)), N'BankTransfer', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (31, 35, CAST(N'2026-04-22T12:57:45.2585359' AS DateTime2), CAST(1131.99 AS Decimal(12, 2)), N'Card', N'F75C1BDA-4E81-4001-B438-143A672D06FC')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (32, 36, CAST(N'2026-04-24T17:59:15.1292940' AS DateTime2), CAST(259.98 AS Decimal(12, 2)), N'Card', N'14F76C88-57F6-4684-B5D7-078A1C42F061')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (33, 37, CAST(N'2026-04-30T17:58:30.8208197' AS DateTime2), CAST(374.00 AS Decimal(12, 2)), N'PayPal', N'CD5C272B-C20E-4282-8AD9-0FC415978D5A')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (34, 38, CAST(N'2026-05-06T00:58:15.0523449' AS DateTime2), CAST(117.87 AS Decimal(12, 2)), N'BankTransfer', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (35, 40, CAST(N'2026-05-17T19:39:45.0194501' AS DateTime2), CAST(110.45 AS Decimal(12, 2)), N'Card', N'49A6893A-15D4-4404-A0A1-89A33C9F4AE5')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (36, 41, CAST(N'2026-05-18T16:26:15.2357078' AS DateTime2), CAST(179.40 AS Decimal(12, 2)), N'Card', N'A78D8DF0-CE27-4B07-81CF-54E58DC30F36')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (37, 42, CAST(N'2026-05-26T19:56:30.6011049' AS DateTime2), CAST(199.95 AS Decimal(12, 2)), N'Card', N'732D3FD1-D123-4144-9C01-A8E86B5DB565')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (38, 43, CAST(N'2026-06-05T10:27:00.9259177' AS DateTime2), CAST(425.32 AS Decimal(12, 2)), N'PayPal', N'99C11D0D-81A7-46A3-B3EC-605625ACBF0F')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (39, 45, CAST(N'2026-06-14T16:54:00.8745593' AS DateTime2), CAST(1052.00 AS Decimal(12, 2)), N'Card', N'A9D9EDF9-8AE9-41E1-841D-3625BA52448E')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (40, 46, CAST(N'2026-06-17T17:52:15.5179366' AS DateTime2), CAST(477.90 AS Decimal(12, 2)), N'Card', N'FD0E07C2-3560-413A-8F0C-2667E98F219B')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (41, 47, CAST(N'2026-06-18T17:15:30.4496594' AS DateTime2), CAST(383.70 AS Decimal(12, 2)), N'Card', N'8B1C8B4A-DEC8-45AD-B153-016A3DBB61A7')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (42, 48, CAST(N'2026-06-24T08:45:00.3218109' AS DateTime2), CAST(74.40 AS Decimal(12, 2)), N'PayPal', N'86F38FE6-25D2-4F1E-A76A-9642E0E8D154')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (43, 49, CAST(N'2026-06-28T13:59:45.3957798' AS DateTime2), CAST(203.22 AS Decimal(12, 2)), N'PayPal', N'653BF81E-BDC7-4733-98F3-10EE02F22D2D')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (44, 51, CAST(N'2026-07-07T17:18:30.0298187' AS DateTime2), CAST(27.85 AS Decimal(12, 2)), N'Card', N'435771B3-FAE0-4F6F-996F-C11C2164104F')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (45, 52, CAST(N'2026-07-16T09:55:30.0310364' AS DateTime2), CAST(1472.93 AS Decimal(12, 2)), N'Card', N'30DECDC4-9C8D-4A38-BBA1-30F91851D49C')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (46, 53, CAST(N'2026-07-23T23:55:30.2623959' AS DateTime2), CAST(25.00 AS Decimal(12, 2)), N'GiftCard', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (47, 53, CAST(N'2026-07-23T23:57:30.4225030' AS DateTime2), CAST(126.30 AS Decimal(12, 2)), N'Card', N'4A089E81-768A-4B0D-ADC0-DF7BCBAE1F49')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (48, 54, CAST(N'2026-07-21T20:35:00.4099830' AS DateTime2), CAST(25.00 AS Decimal(12, 2)), N'GiftCard', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (49, 54, CAST(N'2026-07-21T20:37:00.2905755' AS DateTime2), CAST(109.49 AS Decimal(12, 2)), N'Card', N'6FEEB5B2-2A7F-44F4-8E68-76F8E6BC4B52')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (50, 55, CAST(N'2026-07-22T11:10:00.2734453' AS DateTime2), CAST(281.95 AS Decimal(12, 2)), N'Card', N'BE88AE87-EB22-4010-93C5-921DA2129A56')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (51, 56, CAST(N'2026-07-25T20:29:15.9140800' AS DateTime2), CAST(25.00 AS Decimal(12, 2)), N'GiftCard', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (52, 56, CAST(N'2026-07-25T20:31:15.7505129' AS DateTime2), CAST(1633.00 AS Decimal(12, 2)), N'Card', N'E547BB84-96EA-4328-B298-4078D1F02408')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (53, 57, CAST(N'2026-07-28T11:33:45.5993554' AS DateTime2), CAST(25.00 AS Decimal(12, 2)), N'GiftCard', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (54, 57, CAST(N'2026-07-28T11:35:45.9754941' AS DateTime2), CAST(741.20 AS Decimal(12, 2)), N'Card', N'319E5997-AFB5-4645-9F33-F72D3A050477')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (55, 58, CAST(N'2026-07-31T12:38:45.3155891' AS DateTime2), CAST(25.00 AS Decimal(12, 2)), N'GiftCard', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (56, 58, CAST(N'2026-07-31T12:40:45.8029892' AS DateTime2), CAST(139.99 AS Decimal(12, 2)), N'Card', N'8EC05269-5EAE-4553-A948-6C0E0F69829F')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (57, 60, CAST(N'2026-08-06T15:18:30.8914767' AS DateTime2), CAST(272.50 AS Decimal(12, 2)), N'Card', N'139A7C7C-432D-44AA-A874-F00EF6838014')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (58, 62, CAST(N'2026-08-14T13:05:00.8625018' AS DateTime2), CAST(36.90 AS Decimal(12, 2)), N'Card', N'45BF1383-371C-4CCF-AB34-557C26D2628C')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (59, 64, CAST(N'2026-08-24T14:28:00.0565225' AS DateTime2), CAST(26.94 AS Decimal(12, 2)), N'Card', N'26CF05A5-469B-43F0-9A51-5FA9AF4D1A79')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (60, 65, CAST(N'2026-09-13T22:14:15.4427469' AS DateTime2), CAST(916.20 AS Decimal(12, 2)), N'PayPal', N'0E95F76F-142D-477F-9E3A-09CD55C3D1D1')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (61, 67, CAST(N'2026-09-20T13:07:15.7629332' AS DateTime2), CAST(669.86 AS Decimal(12, 2)), N'Card', N'B57329F3-72C4-4EFF-93AD-88DF3D73D66C')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (62, 68, CAST(N'2026-09-20T14:47:00.4483624' AS DateTime2), CAST(328.92 AS Decimal(12, 2)), N'Card', N'5F2C1474-A040-491C-8EF3-5527A4F43AF5')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (63, 69, CAST(N'2026-09-27T09:38:00.8724267' AS DateTime2), CAST(164.50 AS Decimal(12, 2)), N'Card', N'B05C70DA-E7C2-4D9D-B7B9-1B95BC758229')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (64, 70, CAST(N'2026-09-30T08:13:00.0515567' AS DateTime2), CAST(179.98 AS Decimal(12, 2)), N'Card', N'335DDC10-9AD0-4170-AAC0-554FD917E8B5')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (65, 71, CAST(N'2026-10-04T14:42:30.6728742' AS DateTime2), CAST(140.49 AS Decimal(12, 2)), N'Card', N'4532BA25-A94E-42F3-8856-F5BF9F7576C9')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (66, 72, CAST(N'2026-10-05T14:35:30.0448107' AS DateTime2), CAST(108.14 AS Decimal(12, 2)), N'Card', N'B2419140-0BBF-4798-B39E-7AAF375AAFF8')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (67, 73, CAST(N'2026-10-07T18:23:00.1972406' AS DateTime2), CAST(25.00 AS Decimal(12, 2)), N'GiftCard', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (68, 73, CAST(N'2026-10-07T18:25:00.0958193' AS DateTime2), CAST(117.50 AS Decimal(12, 2)), N'Card', N'C09C3D0E-F975-4D0B-A026-DB4A76EF124E')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (69, 74, CAST(N'2026-10-08T14:26:30.8925973' AS DateTime2), CAST(1076.93 AS Decimal(12, 2)), N'Card', N'2AF6B1FE-1E1E-4E79-ADB3-EFD69EA8589A')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (70, 75, CAST(N'2026-10-15T21:16:15.6548984' AS DateTime2), CAST(25.00 AS Decimal(12, 2)), N'GiftCard', NULL)
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (71, 75, CAST(N'2026-10-15T21:18:15.4705179' AS DateTime2), CAST(117.50 AS Decimal(12, 2)), N'Card', N'3DC00BFC-4514-485B-B8E0-9F454E603A18')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (72, 76, CAST(N'2026-10-13T11:06:00.0273040' AS DateTime2), CAST(132.91 AS Decimal(12, 2)), N'Card', N'48D4774A-47DF-4A66-A152-6D4C37F193C3')
GO
INSERT [Sales].[Payments] ([PaymentID], [OrderID], [PaymentDate], [Amount], [PaymentMethod], [TransactionRef]) VALUES (73, 79, CAST(N'2026-10-26T18:35:30.1805600' AS DateTime2), CAST(56.90 AS Decimal(12, 2)), N'Card', N'77B9B8D8-3464-4275-9E70-F359F6FC65E2')
GO
SET IDENTITY_INSERT [Sales].[Payments] OFF
GO
SET IDENTITY_INSERT [Sales].[Shipments] ON 
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (1, 1, 3, N'Royal Mail', N'RM219390285GB', CAST(N'2025-11-12' AS Date), CAST(N'2025-11-19' AS Date), 17.5200, CAST(2.420 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (2, 2, 3, N'DPD', N'3145383558', CAST(N'2025-11-06' AS Date), CAST(N'2025-11-11' AS Date), 8.1400, CAST(36.900 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (3, 3, 3, N'DHL Express', N'0095146599', CAST(N'2025-11-15' AS Date), CAST(N'2025-11-26' AS Date), 7.7800, CAST(14.500 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (4, 4, 3, N'DPD', N'0587364556', CAST(N'2025-11-20' AS Date), CAST(N'2025-11-26' AS Date), 22.3100, CAST(16.500 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (5, 5, 1, N'UPS', N'1Z0UMBRH67YR7VLKZ7', CAST(N'2025-11-23' AS Date), CAST(N'2025-11-27' AS Date), 24.3600, CAST(200.500 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (6, 6, 3, N'DHL Express', N'5006395933', CAST(N'2025-11-24' AS Date), CAST(N'2025-12-02' AS Date), 24.7700, CAST(169.340 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (7, 7, 1, N'UPS', N'1ZF23BCK9AJWZJNS0W', CAST(N'2025-12-07' AS Date), CAST(N'2025-12-09' AS Date), 17.5300, CAST(2.700 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (8, 8, 1, N'USPS', N'9400844872993393102656', CAST(N'2025-12-13' AS Date), CAST(N'2025-12-17' AS Date), 8.8400, CAST(142.100 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (9, 9, 2, N'USPS', N'9400379006948005727225', CAST(N'2025-12-13' AS Date), CAST(N'2025-12-16' AS Date), 10.6800, CAST(99.650 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (10, 10, 3, N'DHL Express', N'0871124360', CAST(N'2025-12-17' AS Date), CAST(N'2025-12-23' AS Date), 19.1000, CAST(8.750 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (11, 11, 1, N'FedEx', N'479762902163', CAST(N'2025-12-27' AS Date), CAST(N'2026-01-01' AS Date), 23.6400, CAST(59.800 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (12, 12, 3, N'Royal Mail', N'RM900975756GB', CAST(N'2026-01-08' AS Date), CAST(N'2026-01-16' AS Date), 10.3100, CAST(113.240 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (13, 13, 2, N'UPS', N'1ZMZEMJ1L5PRKTCCKW', CAST(N'2026-01-09' AS Date), CAST(N'2026-01-14' AS Date), 19.6400, CAST(4.200 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (14, 14, 2, N'USPS', N'9400444482285856945276', CAST(N'2026-01-17' AS Date), CAST(N'2026-01-20' AS Date), 20.2400, CAST(21.600 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (15, 15, 1, N'Canada Post', N'6955672949850447', CAST(N'2026-01-17' AS Date), CAST(N'2026-01-21' AS Date), 8.9100, CAST(8.280 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (16, 16, 1, N'USPS', N'9400983592599754299583', CAST(N'2026-01-21' AS Date), CAST(N'2026-01-23' AS Date), 13.1400, CAST(3.900 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (17, 17, 2, N'UPS', N'1ZZ7RZ0BH5E704B7FF', CAST(N'2026-01-20' AS Date), CAST(N'2026-01-22' AS Date), 13.2100, CAST(1.960 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (18, 18, 1, N'USPS', N'9400035858884792415931', CAST(N'2026-01-30' AS Date), CAST(N'2026-02-04' AS Date), 8.6600, CAST(33.300 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (19, 19, 3, N'DHL Express', N'2020848732', CAST(N'2026-02-07' AS Date), NULL, 16.6600, CAST(3.410 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (20, 20, 1, N'FedEx', N'146660486485', CAST(N'2026-02-11' AS Date), CAST(N'2026-02-15' AS Date), 15.1800, NULL)
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (21, 21, 3, N'Royal Mail', N'RM392469010GB', CAST(N'2026-02-13' AS Date), CAST(N'2026-02-20' AS Date), 11.0800, CAST(0.060 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (22, 22, 3, N'DPD', N'7148453345', CAST(N'2026-02-15' AS Date), CAST(N'2026-02-20' AS Date), 11.0900, NULL)
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (23, 24, 1, N'Canada Post', N'9955322639444740', CAST(N'2026-02-16' AS Date), CAST(N'2026-02-24' AS Date), 22.6600, CAST(36.000 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (24, 26, 2, N'USPS', N'9400742918625188138699', CAST(N'2026-03-11' AS Date), CAST(N'2026-03-19' AS Date), 16.0000, CAST(1.200 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (25, 27, 2, N'USPS', N'9400726238132259469519', CAST(N'2026-03-06' AS Date), CAST(N'2026-03-09' AS Date), 12.3300, CAST(39.100 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (26, 28, 2, N'UPS', N'1ZVFU231AZYX2WGLD0', CAST(N'2026-03-17' AS Date), CAST(N'2026-03-21' AS Date), 21.8800, CAST(28.710 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (27, 29, 1, N'UPS', N'1ZDW44FFGHSSSH966B', CAST(N'2026-03-31' AS Date), CAST(N'2026-04-09' AS Date), 23.8200, CAST(67.900 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (28, 30, 1, N'FedEx', N'501475094607', CAST(N'2026-04-03' AS Date), CAST(N'2026-04-12' AS Date), 16.6200, CAST(25.450 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (29, 31, 1, N'UPS', N'1Z03SGZD34KT8JDR1X', CAST(N'2026-04-04' AS Date), CAST(N'2026-04-09' AS Date), 13.4800, CAST(6.200 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (30, 32, 1, N'UPS', N'1Z5SANN2FR0PZ5B0EF', CAST(N'2026-04-07' AS Date), CAST(N'2026-04-12' AS Date), 16.9000, CAST(81.800 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (31, 33, 3, N'DPD', N'9426363755', CAST(N'2026-04-18' AS Date), CAST(N'2026-04-26' AS Date), 17.6600, CAST(69.100 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (32, 34, 2, N'Canada Post', N'5479555575211924', CAST(N'2026-04-21' AS Date), CAST(N'2026-04-23' AS Date), 11.1500, CAST(10.640 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (33, 35, 1, N'FedEx', N'024145502182', CAST(N'2026-04-23' AS Date), CAST(N'2026-04-27' AS Date), 7.6700, CAST(97.800 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (34, 36, 1, N'FedEx', N'706375246198', CAST(N'2026-04-24' AS Date), CAST(N'2026-04-26' AS Date), 21.6000, CAST(0.900 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (35, 37, 2, N'USPS', N'9400481281150765779327', CAST(N'2026-05-02' AS Date), CAST(N'2026-05-04' AS Date), 14.3300, CAST(4.520 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (36, 38, 1, N'UPS', N'1ZMV6R5VKCC77R567C', CAST(N'2026-05-03' AS Date), CAST(N'2026-05-04' AS Date), 21.8300, CAST(2.700 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (37, 40, 1, N'UPS', N'1ZHLDFUMPL5BW73NDS', CAST(N'2026-05-20' AS Date), CAST(N'2026-05-24' AS Date), 15.4200, NULL)
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (38, 41, 1, N'Canada Post', N'5978679046983093', CAST(N'2026-05-22' AS Date), CAST(N'2026-05-25' AS Date), 17.9100, CAST(2.510 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (39, 42, 3, N'Royal Mail', N'RM622628709GB', CAST(N'2026-05-26' AS Date), CAST(N'2026-05-29' AS Date), 14.5600, CAST(2.500 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (40, 43, 3, N'DPD', N'3468958604', CAST(N'2026-06-07' AS Date), NULL, 13.0800, CAST(32.520 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (41, 44, 1, N'FedEx', N'230912467763', CAST(N'2026-06-17' AS Date), CAST(N'2026-06-21' AS Date), 21.0400, CAST(2.840 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (42, 45, 3, N'Royal Mail', N'RM087201047GB', CAST(N'2026-06-20' AS Date), CAST(N'2026-06-27' AS Date), 6.2000, NULL)
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (43, 46, 2, N'FedEx', N'360473751756', CAST(N'2026-06-17' AS Date), CAST(N'2026-06-20' AS Date), 9.6700, CAST(11.340 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (44, 47, 3, N'Royal Mail', N'RM352895174GB', CAST(N'2026-06-19' AS Date), CAST(N'2026-06-23' AS Date), 6.9900, CAST(15.000 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (45, 48, 1, N'UPS', N'1Z5RFD4VG6T2HA4U3V', CAST(N'2026-06-25' AS Date), CAST(N'2026-06-28' AS Date), 6.1100, CAST(0.950 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (46, 49, 3, N'Royal Mail', N'RM479959372GB', CAST(N'2026-06-30' AS Date), CAST(N'2026-07-06' AS Date), 12.2200, CAST(6.600 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (47, 51, 2, N'FedEx', N'942598887049', CAST(N'2026-07-09' AS Date), CAST(N'2026-07-14' AS Date), 6.2900, NULL)
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (48, 52, 1, N'USPS', N'9400960588407929370979', CAST(N'2026-07-19' AS Date), CAST(N'2026-07-20' AS Date), 10.2300, CAST(100.500 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (49, 53, 1, N'UPS', N'1ZK9GLPUPH533GGWB9', CAST(N'2026-07-21' AS Date), CAST(N'2026-07-25' AS Date), 18.6300, CAST(1.610 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (50, 54, 3, N'DPD', N'6589163315', CAST(N'2026-07-24' AS Date), CAST(N'2026-08-03' AS Date), 21.4200, CAST(5.450 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (51, 55, 3, N'DPD', N'3767874666', CAST(N'2026-07-25' AS Date), CAST(N'2026-07-29' AS Date), 23.8500, CAST(1.620 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (52, 56, 1, N'FedEx', N'564056648483', CAST(N'2026-07-26' AS Date), CAST(N'2026-07-29' AS Date), 10.8800, CAST(89.300 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (53, 57, 2, N'USPS', N'9400674572439160932782', CAST(N'2026-07-29' AS Date), CAST(N'2026-07-31' AS Date), 10.4200, CAST(101.000 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (54, 58, 1, N'USPS', N'9400416385474681698262', CAST(N'2026-08-01' AS Date), CAST(N'2026-08-10' AS Date), 21.0100, CAST(3.650 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (55, 60, 3, N'DPD', N'9132567297', CAST(N'2026-08-07' AS Date), CAST(N'2026-08-17' AS Date), 7.0500, CAST(5.930 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (56, 62, 1, N'FedEx', N'533128896992', CAST(N'2026-08-16' AS Date), CAST(N'2026-08-21' AS Date), 13.6100, CAST(1.100 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (57, 64, 1, N'UPS', N'1Z51LKPNDC812V8KH5', CAST(N'2026-08-24' AS Date), CAST(N'2026-08-29' AS Date), 8.3700, CAST(0.650 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (58, 65, 1, N'Canada Post', N'2419973844489580', CAST(N'2026-09-16' AS Date), NULL, 16.2100, CAST(76.000 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (59, 67, 1, N'FedEx', N'429952189643', CAST(N'2026-09-21' AS Date), CAST(N'2026-09-24' AS Date), 12.1800, CAST(3.700 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (60, 68, 1, N'Canada Post', N'0407944089088506', CAST(N'2026-09-22' AS Date), CAST(N'2026-09-25' AS Date), 23.0200, CAST(6.580 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (61, 69, 2, N'USPS', N'9400262949388113149486', CAST(N'2026-10-03' AS Date), CAST(N'2026-10-05' AS Date), 19.5700, CAST(6.200 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (62, 70, 1, N'FedEx', N'107249041077', CAST(N'2026-10-04' AS Date), CAST(N'2026-10-09' AS Date), 10.8700, CAST(0.120 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (63, 71, 1, N'Canada Post', N'7866113627350597', CAST(N'2026-10-06' AS Date), CAST(N'2026-10-08' AS Date), 11.9600, CAST(1.360 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (64, 72, 1, N'UPS', N'1ZZNL7CFJ6M7SZD7F4', CAST(N'2026-10-06' AS Date), CAST(N'2026-10-11' AS Date), 19.1000, CAST(6.650 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (65, 73, 3, N'DHL Express', N'3315628728', CAST(N'2026-10-07' AS Date), CAST(N'2026-10-10' AS Date), 18.0700, CAST(0.440 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (66, 74, 1, N'UPS', N'1ZKWC1ZRVMK6AHYWEK', CAST(N'2026-10-09' AS Date), CAST(N'2026-10-11' AS Date), 24.2800, CAST(13.290 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (67, 75, 3, N'Royal Mail', N'RM695064785GB', CAST(N'2026-10-11' AS Date), CAST(N'2026-10-14' AS Date), 16.8800, CAST(0.440 AS Numeric(8, 3)))
GO
INSERT [Sales].[Shipments] ([ShipmentID], [OrderID], [WarehouseID], [Carrier], [TrackingNumber], [ShippedDate], [DeliveredDate], [ShippingCost], [WeightKg]) VALUES (68, 76, 1, N'UPS', N'1ZCL48HH99ERNC2GUS', CAST(N'2026-10-15' AS Date), CAST(N'2026-10-18' AS Date), 21.1400, CAST(0.440 AS Numeric(8, 3)))
GO
SET IDENTITY_INSERT [Sales].[Shipments] OFF
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2025, 11, 1, 1, 4, 159.9600, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2025, 11, 3, 3, 12, 212.4500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2025, 11, 4, 1, 2, 239.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2025, 11, 5, 1, 1, 329.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2025, 11, 6, 1, 2, 128.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2025, 11, 7, 5, 16, 3924.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2025, 12, 3, 1, 9, 224.9100, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2025, 12, 6, 4, 6, 357.7800, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2025, 12, 7, 3, 6, 1584.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2025, 12, 8, 3, 11, 294.4000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 1, 2, 1, 1, 49.9500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 1, 3, 3, 16, 249.9600, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 1, 4, 1, 3, 269.9700, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 1, 5, 1, 1, 45.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 1, 6, 5, 9, 597.9800, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 1, 7, 3, 9, 1341.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 2, 2, 1, 3, 149.8500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 2, 3, 3, 20, 402.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 2, 4, 1, 1, 89.9900, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 2, 5, 2, 6, 514.9600, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 2, 6, 1, 1, 119.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 2, 7, 1, 1, 349.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 2, 8, 2, 9, 89.9100, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 3, 2, 1, 1, 49.9500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 3, 3, 2, 12, 187.4700, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 3, 4, 1, 5, 715.5000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 3, 5, 3, 17, 1886.5500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 3, 6, 1, 3, 89.8500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 3, 7, 1, 1, 349.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 3, 8, 2, 12, 241.4500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 4, 1, 1, 1, 39.9900, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 4, 2, 1, 3, 149.8500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 4, 3, 2, 9, 224.9100, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 4, 4, 1, 2, 239.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 4, 5, 5, 10, 1187.9800, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 4, 6, 2, 6, 336.8500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 4, 7, 3, 8, 2532.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 5, 1, 1, 5, 199.9500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 5, 3, 1, 6, 103.5000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 5, 4, 1, 1, 119.5000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 5, 6, 1, 2, 59.9000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 5, 8, 1, 9, 130.5000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 6, 2, 1, 1, 49.9500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 6, 3, 3, 16, 375.9200, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 6, 5, 3, 8, 389.9500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 6, 6, 4, 9, 558.7000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 6, 7, 2, 5, 1225.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 6, 8, 3, 19, 275.5000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 7, 1, 2, 4, 159.9600, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 7, 2, 2, 6, 299.7000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 7, 3, 2, 9, 122.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 7, 4, 3, 6, 716.9700, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 7, 5, 1, 2, 259.9800, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 7, 6, 3, 3, 59.9700, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 7, 7, 3, 9, 2491.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 7, 8, 5, 34, 560.4500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 8, 1, 1, 1, 39.9900, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 8, 4, 1, 1, 119.5000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 8, 6, 3, 3, 113.9400, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 8, 7, 2, 2, 308.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 9, 3, 1, 7, 174.9300, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 9, 4, 3, 8, 719.9200, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 9, 5, 3, 11, 1432.8300, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 9, 6, 2, 3, 123.9000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 9, 7, 1, 4, 876.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 9, 8, 1, 4, 58.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 10, 1, 1, 2, 79.9800, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 10, 2, 1, 1, 49.9500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 10, 3, 3, 16, 212.4900, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 10, 4, 3, 5, 449.9500, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 10, 5, 4, 13, 1092.8600, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 10, 6, 3, 5, 320.0000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
INSERT [dbo].[SalesSummary] ([SummaryYear], [SummaryMonth], [CategoryID], [OrderCount], [UnitsSold], [Revenue], [RefreshedAt]) VALUES (2026, 10, 8, 1, 3, 43.5000, CAST(N'2026-11-02T02:00:03.470' AS DateTime))
GO
GO
SET IDENTITY_INSERT [dbo].[ErrorLog] ON 
GO
INSERT [dbo].[ErrorLog] ([ErrorLogID], [ErrorTime], [ProcedureName], [ErrorNumber], [ErrorSeverity], [ErrorState], [ErrorLine], [ErrorMessage], [UserName]) VALUES (1, CAST(N'2026-03-14T09:12:44.1234567' AS DateTime2), N'usp_PlaceOrder', 547, 16, 0, 48, N'The UPDATE statement conflicted with the CHECK constraint "CK_StockLevels_QuantityOnHand". The conflict occurred in database "RetailCo", table "Inventory.StockLevels", column ''QuantityOnHand''.', N'RETAILCO\svc_webshop')
GO
INSERT [dbo].[ErrorLog] ([ErrorLogID], [ErrorTime], [ProcedureName], [ErrorNumber], [ErrorSeverity], [ErrorState], [ErrorLine], [ErrorMessage], [UserName]) VALUES (2, CAST(N'2026-09-02T17:45:03.9000000' AS DateTime2), N'usp_PlaceOrder', 50001, 16, 1, 53, N'No stock record for this product in the requested warehouse.', N'RETAILCO\svc_webshop')
GO
SET IDENTITY_INSERT [dbo].[ErrorLog] OFF
GO
