/**
 * Setting files: one shared setting (a house and its people, cost lines and personal funding) or a
 * portfolio of them, in JSON or YAML, read into {@link uk.ras.isf.Setting}s with every problem reported at
 * once and located by file, line, column and path. The entry point is {@link
 * uk.ras.rules.isf.SettingReader}; the format is documented in {@code docs/isf.md}.
 */
package uk.ras.rules.isf;
