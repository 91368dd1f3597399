package io.portolan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the command line says to a word that names no subcommand ({@code portolan flow x.portolan}): that it is
 * unknown, the closest command when one is close enough to be a slip of the keyboard, and the commands there are.
 */
final class UnknownCommand {

    private UnknownCommand() {
    }

    /** Prints the message on the writer: the word made safe for a terminal, and the commands. */
    static void print(PrintWriter err, String word, List<String> commands, String command) {
        err.println("portolan: unknown command '" + TerminalText.message(word) + "'");
        closest(word, commands).ifPresent(match -> err.println("Did you mean '" + match + "'?"));
        err.println("Commands: " + String.join(", ", commands));
        err.println("Run '" + command + " --help' for what each does, or '" + command + " COMMAND --help' for its options.");
        err.flush();
    }

    /**
     * The command the word most likely meant: the one fewest edits away (a letter added, dropped, changed or two
     * swapped), within a third of the word's length and at least one edit, or the only command it begins or ends.
     */
    static Optional<String> closest(String word, List<String> commands) {
        String typed = word.toLowerCase(Locale.ROOT);
        if (typed.length() > 40) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String command : commands) {
            int distance = distance(typed, command);
            if (distance < bestDistance) {
                best = command;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= Math.max(1, typed.length() / 3)) {
            return Optional.of(best);
        }
        List<String> prefixed = commands.stream().filter(c -> typed.length() >= 3 && (c.startsWith(typed) || typed.startsWith(c))).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
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
