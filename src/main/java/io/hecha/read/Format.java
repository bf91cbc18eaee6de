package io.hecha.read;

import java.util.Locale;

/** Input formats hecha knows, detected by content (never by file extension). */
public enum Format {
    DOCX, PDF, DOC, XLSX, XLS, RTF, ODT, WPS, HTML, OFD, UNKNOWN;

    /** Lower-case name used in JSON ({@code docx}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
