package org.magent.app.input;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The nearest valid name to a misspelt one ("temprature" → "temperature"), by the edit distance of
 * Levenshtein (insertions, deletions, substitutions and swaps of neighbours; case ignored).
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The valid name closest to the given one, if it is close enough to be a plausible misspelling: at most
     * 1 edit for names of up to 4 letters, else at most a third of the name's length.
     *
     * @param name the name as typed
     * @param valid the valid names
     * @return the nearest valid name, or empty when none is close
     */
    public static Optional<String> nearest(String name, Collection<String> valid) {
        String typed = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : valid) {
            int d = distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = typed.length() <= 4 ? 1 : Math.max(2, typed.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * "; did you mean 'x'?" for the nearest valid name, or "".
     *
     * @param name the name as typed
     * @param valid the valid names
     * @return the hint to append to a message, or empty text
     */
    public static String hint(String name, Collection<String> valid) {
        return nearest(name, valid).map(n -> "; did you mean '" + n + "'?").orElse("");
    }

    /** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
