/**
 * The files the commands read and write: assessments and current costs (CSV or .xlsx, with Excel's
 * habits tolerated and bad rows reported by number), the bundled rule files, and output written whole or
 * not at all with every cell neutralised against spreadsheet formulas.
 */
package uk.ras.examples.files;
