package io.hecha.interpret.relation;

import java.util.regex.Pattern;

/**
 * Whether two subjects name the same thing: equal once quotation marks, spaces and a 类-level
 * "支出" are set aside; a path ({@code 一般公共服务 > 信访事务 > 行政运行}) matches a path with the same
 * last part whose other parts it contains.
 */
final class SubjectMatch {
    private static final Pattern QUOTES_AND_SPACES = Pattern.compile("[“”\"「」‘’'\\s\\u3000]");

    private SubjectMatch() {
    }

    /** The last part of a path, normalised. */
    static String leaf(String subject) {
        int at = subject.lastIndexOf(" > ");
        return norm(at < 0 ? subject : subject.substring(at + 3));
    }

    static boolean matches(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (!leaf(a).equals(leaf(b))) return false;
        String[] pa = a.split(" > "), pb = b.split(" > ");
        if (pa.length == 1 || pb.length == 1) return pa.length == pb.length || pa.length == 1 && pb.length == 1;
        String[] shorter = pa.length <= pb.length ? pa : pb, longer = shorter == pa ? pb : pa;
        int j = 0;
        for (String s : longer) if (j < shorter.length && norm(s).equals(norm(shorter[j]))) j++;
        return j == shorter.length;
    }

    static String norm(String s) {
        String n = QUOTES_AND_SPACES.matcher(s).replaceAll("");
        return n.endsWith("支出") && n.length() > 4 ? n.substring(0, n.length() - 2) : n;
    }
}
