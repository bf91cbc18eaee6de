/**
 * The spreadsheet reader (XLSX, XLSM, XLTX, XLS, WPS .et): {@link io.hecha.read.xlsx.XlsxReader} is
 * the only public class. Sheets become sections, used ranges become tables (cut at blank separator
 * rows and columns), cells keep the displayed text and the stored value, formulas are rechecked.
 */
package io.hecha.read.xlsx;
