/**
 * The report kit and the pages made with it: self-contained HTML (inline SVG charts, no scripts) for the
 * screen and for A4 print, every value escaped, every figure taken exact from the library's results.
 */
package uk.ras.examples.report;
