import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Makes Portolan's class-data sharing (AppCDS) archive, which lets a Java 17 runtime map the classes a start needs
 * instead of reading, checking and linking them one by one (decision record 0021).
 *
 * <pre>
 *   java installer/ClassDataArchive.java train   --jar=target/portolan.jar --classlist=target/portolan.classlist
 *   java installer/ClassDataArchive.java dump    --jar=JAR --classlist=LIST --archive=OUT.jsa [--java=RUNTIME/bin/java]
 *   java installer/ClassDataArchive.java archive --jar=JAR --classlist=LIST --archive=OUT.jsa   (train, then dump)
 * </pre>
 * {@code train} runs {@code io.portolan.app.ClassListTraining} with {@code -XX:DumpLoadedClassList}: every command of
 * the command line on a template, then the window until its first frame, in a virtual display of its own (Xvfb) when
 * the machine has one, never on the user's screen; without Xvfb the list holds the command line's classes only.
 * {@code dump} writes a static archive from the list with the runtime that will read it. The archive is valid only
 * for that runtime and for the jar at exactly the path given (as the class path names it at run time), unchanged:
 * otherwise the JVM ignores it and starts as it would without.
 */
public final class ClassDataArchive {

    private static final String TRAINING = "io.portolan.app.ClassListTraining";

    private String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private String jar;
    private Path classList;
    private Path archive;

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 0 || !List.of("train", "dump", "archive").contains(args[0])) {
            fail("expected train, dump or archive, then --jar=, --classlist= (and to dump --archive=, --java=)");
        }
        ClassDataArchive cds = new ClassDataArchive();
        for (String arg : List.of(args).subList(1, args.length)) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--jar=")) {
                cds.jar = value;
            } else if (arg.startsWith("--classlist=")) {
                cds.classList = Path.of(value);
            } else if (arg.startsWith("--archive=")) {
                cds.archive = Path.of(value);
            } else if (arg.startsWith("--java=")) {
                cds.java = value;
            } else {
                fail("unknown argument '" + arg + "'");
            }
        }
        if (cds.jar == null || cds.classList == null || !args[0].equals("train") && cds.archive == null) {
            fail("--jar= and --classlist= are needed, and --archive= to dump");
        }
        if (!args[0].equals("dump")) {
            cds.train();
        }
        if (!args[0].equals("train")) {
            cds.dump();
        }
    }

    private static void fail(String message) {
        System.err.println("cds: " + message);
        System.exit(2);
    }

    /** Runs the training in a virtual display when there is one, and writes the class list. */
    private void train() throws IOException, InterruptedException {
        Path prefs = Files.createTempDirectory("portolan-cds-prefs");
        List<String> command = new ArrayList<>(List.of(java, "-XX:DumpLoadedClassList=" + classList,
                "-Djava.util.prefs.userRoot=" + prefs, "-Dportolan.startup.exitAfterFirstFrame=true",
                // the toolkit picks its pipeline as it does at a user's start: the virtual display has no GPU, so it
                // tries OpenGL, then draws with the software pipeline, and the list holds the classes of both
                "-cp", jar, TRAINING));
        Process display = startVirtualDisplay();
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().remove("WAYLAND_DISPLAY");
            if (display != null) {
                builder.environment().put("DISPLAY", DISPLAY);
            } else {
                builder.environment().remove("DISPLAY");
                System.out.println("cds: no Xvfb on this machine: the class list holds the command line's classes only");
            }
            run(builder, "the training run");
        } finally {
            if (display != null) {
                display.destroy();
                display.waitFor(10, TimeUnit.SECONDS);
            }
            deleteTree(prefs);
        }
        long classes;
        try (var lines = Files.lines(classList, StandardCharsets.UTF_8)) {
            classes = lines.filter(line -> !line.startsWith("#") && !line.startsWith("@")).count();
        }
        System.out.println("cds: " + classList + " names " + classes + " classes");
    }

    /** Writes the archive of the listed classes for the jar as the class path names it. */
    private void dump() throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        run(new ProcessBuilder(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar).redirectErrorStream(true), "the dump");
        System.out.printf(Locale.ROOT, "cds: %s, %.1f MB, for the class path %s%n", archive,
                Files.size(archive) / (1024.0 * 1024.0), jar);
    }

    private static final String DISPLAY = ":" + (90 + (int) (ProcessHandle.current().pid() % 9));

    private static Process startVirtualDisplay() throws IOException, InterruptedException {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux") || !onPath("Xvfb")) {
            return null;
        }
        Process xvfb = new ProcessBuilder("Xvfb", DISPLAY, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Xvfb makes its socket within a moment; give up on the window after a few seconds
        Path socket = Path.of("/tmp/.X11-unix/X" + DISPLAY.substring(1));
        for (int i = 0; i < 50 && xvfb.isAlive() && !Files.exists(socket); i++) {
            Thread.sleep(100);
        }
        return xvfb.isAlive() && Files.exists(socket) ? xvfb : null;
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static void run(ProcessBuilder builder, String what) throws IOException, InterruptedException {
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            System.err.println(output.strip());
            fail(what + " failed (exit status " + process.exitValue() + "): " + String.join(" ", builder.command()));
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
