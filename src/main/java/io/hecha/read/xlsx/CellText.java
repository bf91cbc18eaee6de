package io.hecha.read.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A cell's text as Excel shows it (POI's {@link DataFormatter} applying the cell's number format:
 * {@code 9,000.00}, {@code 94.70%}, {@code 2024年3月1日}) and the value stored behind it (plain
 * decimal, ISO-8601 date, {@code TRUE}/{@code FALSE}), for a stored cell, a formula's cached result
 * or a value the formula evaluator computed.
 */
final class CellText {
    /** Excel's built-in short date (format 14) follows the system locale; a Chinese Excel shows yyyy/m/d. */
    private static final int BUILTIN_SHORT_DATE = 14;

    /** Text and stored value; {@code value} null for text and errors. */
    record Shown(String text, String value) {
        static final Shown EMPTY = new Shown("", null);
    }

    private final DataFormatter formatter = new DataFormatter(Locale.CHINA);
    private final boolean date1904;

    CellText(boolean date1904) {
        this.date1904 = date1904;
    }

    /** A stored (non-formula) cell. */
    Shown stored(Cell c) {
        return of(c, c.getCellType());
    }

    /** A formula cell's cached result, as the file shows it. */
    Shown cached(Cell c) {
        return of(c, c.getCachedFormulaResultType());
    }

    private Shown of(Cell c, CellType type) {
        return switch (type) {
            case STRING -> new Shown(clean(c.getRichStringCellValue().getString()), null);
            case NUMERIC -> number(c.getNumericCellValue(), c.getCellStyle());
            case BOOLEAN -> bool(c.getBooleanCellValue());
            case ERROR -> error(c.getErrorCellValue());
            default -> Shown.EMPTY;
        };
    }

    /** A result of the formula evaluator, in the cell's format. */
    Shown evaluated(CellValue v, CellStyle style) {
        if (v == null) return Shown.EMPTY;
        CellType t = v.getCellType();
        return switch (t) {
            case STRING -> new Shown(clean(v.getStringValue()), null);
            case NUMERIC -> number(v.getNumberValue(), style);
            case BOOLEAN -> bool(v.getBooleanValue());
            case ERROR -> error(v.getErrorValue());
            default -> Shown.EMPTY;
        };
    }

    private Shown number(double d, CellStyle style) {
        int index = style.getDataFormat();
        String format = style.getDataFormatString();
        if (format == null) format = "General";
        if (DateUtil.isADateFormat(index, format) && DateUtil.isValidExcelDate(d)) {
            String shown = index == BUILTIN_SHORT_DATE
                    ? formatter.formatRawCellContents(d, -1, "yyyy/m/d", date1904)
                    : formatter.formatRawCellContents(d, index, format, date1904);
            return new Shown(clean(shown), isoDate(d));
        }
        return new Shown(clean(formatter.formatRawCellContents(d, index, format, date1904)), plain(d));
    }

    private String isoDate(double d) {
        LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
        if (t == null) return null;
        if (t.toLocalTime().equals(LocalTime.MIDNIGHT)) return t.toLocalDate().toString();
        if (d < 1) return t.toLocalTime().truncatedTo(ChronoUnit.SECONDS).toString();
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The stored double as the shortest plain decimal that reads back as it. */
    static String plain(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return null;
        if (d == 0) return "0";
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    private static Shown bool(boolean b) {
        String s = b ? "TRUE" : "FALSE";
        return new Shown(s, s);
    }

    private static Shown error(byte code) {
        try {
            return new Shown(FormulaError.forInt(code).getString(), null);
        } catch (IllegalArgumentException e) {
            return new Shown("#N/A", null);
        }
    }

    /** Line breaks as {@code \n}; leading and trailing white space (spaces, tabs, empty lines) removed. */
    static String clean(String s) {
        if (s == null) return "";
        String t = s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
        return t.strip();
    }
}
