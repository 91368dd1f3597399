package io.portolan.testing;

import io.portolan.cli.PortolanCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One run of the command line with its output captured.
 *
 * @param status the exit status
 * @param out what went to stdout
 * @param err what went to stderr
 */
public record CommandLineRun(int status, String out, String err) {

    /** Runs {@code portolan ARGS} in this process. */
    public static CommandLineRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PortolanCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CommandLineRun(status, out.toString(), err.toString());
    }

    /** The lines written to stderr. */
    public List<String> errLines() {
        return err.lines().toList();
    }

    /** The lines written to stdout. */
    public List<String> outLines() {
        return out.lines().toList();
    }
}
