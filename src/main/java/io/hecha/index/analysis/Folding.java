package io.hecha.index.analysis;

/**
 * Character folding that keeps every offset: full-width ASCII forms ({@code ９８．５％}) become
 * half-width, the ideographic space a space, Latin capitals small letters. One char in, one char out.
 */
final class Folding {
    private Folding() {
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
        else if (c == '\u3000') return ' ';
        if (c >= 'A' && c <= 'Z') return (char) (c + 32);
        return c;
    }

    static String fold(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) a[i] = fold(a[i]);
        return new String(a);
    }
}
