package io.hecha.output;

/** Counted nouns in messages: "1 error", "2 errors", "0 inputs". */
public final class Plural {
    private Plural() {
    }

    /** {@code n} and the noun, with an "s" unless {@code n} is 1 (the nouns hecha counts all take "s"). */
    public static String of(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
