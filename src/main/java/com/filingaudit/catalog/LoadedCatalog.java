package com.filingaudit.catalog;

import com.filingaudit.ingest.ColumnNames;
import com.filingaudit.rules.Catalog;

/** The filing types and the column names, read from one catalog. */
record LoadedCatalog(Catalog catalog, ColumnNames columnNames) {
}
