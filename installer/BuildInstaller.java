import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Builds Portolan's native application image and installers with the JDK's jdeps, jlink and jpackage.
 *
 * <p>Run it from the repository root after {@code mvn package} (the {@code installer} Maven profile
 * does both), with the JDK that builds the installer (17 or newer, with its jmods):
 * <pre>
 *   java installer/BuildInstaller.java [--jar=target/portolan.jar] [--dest=target/installer]
 *                                      [--types=deb,rpm] [--app-version=1.2.3]
 * </pre>
 * It links a runtime with the JDK modules that jdeps finds in the jar plus those that
 * {@code installer/jlink.args} adds, makes the application image ({@code dest/Portolan}, or
 * {@code dest/Portolan.app} on macOS), then one package per type: by default a .deb on Linux, an .msi
 * on Windows and a .dmg on macOS ({@code --types=app-image} builds the image only).
 * The jpackage options are kept in argument files: {@code installer/jpackage/app.args} for every
 * system, and {@code installer/OS/app.args} and {@code installer/OS/package.args} for each.
 */
public final class BuildInstaller {

    private static final String NAME = "Portolan";
    /** The classes a start loads, from the training run (installer/ClassDataArchive.java), beside the jar. */
    private static final String CLASS_LIST = "portolan.classlist";

    private enum Os {
        LINUX("linux", "deb", ""), WINDOWS("windows", "msi", ".exe"), MACOS("macos", "dmg", "");

        final String folder;
        final String defaultType;
        final String exeSuffix;

        Os(String folder, String defaultType, String exeSuffix) {
            this.folder = folder;
            this.defaultType = defaultType;
            this.exeSuffix = exeSuffix;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MACOS : LINUX;
        }

        Path imageIn(Path dest) {
            return dest.resolve(this == MACOS ? NAME + ".app" : NAME);
        }

        /** Where jpackage puts the jar and the files beside it in an image ($APPDIR). */
        Path appDirIn(Path image) {
            return switch (this) {
                case LINUX -> image.resolve("lib/app");
                case WINDOWS -> image.resolve("app");
                case MACOS -> image.resolve("Contents/app");
            };
        }

        /** The java program of the runtime in an image. */
        Path javaIn(Path image) {
            return switch (this) {
                case LINUX -> image.resolve("lib/runtime/bin/java");
                case WINDOWS -> image.resolve("runtime/bin/java.exe");
                case MACOS -> image.resolve("Contents/runtime/Contents/Home/bin/java");
            };
        }
    }

    /** A problem the person running the build can fix; printed as one line. */
    private static final class BuildException extends Exception {
        private static final long serialVersionUID = 1L;

        BuildException(String message) {
            super(message);
        }
    }

    private final Os os = Os.current();
    private final Path jdkBin = Path.of(System.getProperty("java.home"), "bin");
    private Path jar = Path.of("target", "portolan.jar");
    private Path dest = Path.of("target", "installer");
    private List<String> types = List.of(os.defaultType);
    private String appVersion = "";

    public static void main(String[] args) {
        try {
            BuildInstaller build = new BuildInstaller();
            build.parse(args);
            build.run();
        } catch (BuildException e) {
            System.err.println("installer: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("installer: " + e);
            System.exit(2);
        }
    }

    private void parse(String[] args) throws BuildException {
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1).trim();
            if (arg.startsWith("--jar=")) {
                jar = Path.of(value);
            } else if (arg.startsWith("--dest=")) {
                dest = Path.of(value);
            } else if (arg.startsWith("--types=")) {
                // empty: this system's usual package; app-image: the image only, which is always built
                types = value.isEmpty() ? List.of(os.defaultType)
                        : Arrays.stream(value.split("\\s*,\\s*")).filter(t -> !t.equals("app-image")).toList();
            } else if (arg.startsWith("--app-version=")) {
                appVersion = value;
            } else {
                throw new BuildException("unknown argument '" + arg
                        + "'; expected --jar=, --dest=, --types= or --app-version=");
            }
        }
    }

    private void run() throws BuildException, IOException {
        if (!Files.isDirectory(Path.of("installer", os.folder))) {
            throw new BuildException("run this from the repository root (no installer/" + os.folder + " here)");
        }
        if (!Files.isRegularFile(jar)) {
            throw new BuildException(jar + " does not exist; build it first with mvn package");
        }
        String version = appVersion.isEmpty() ? versionOf(jar) : appVersion;
        if (os == Os.MACOS && version.startsWith("0.")) {
            throw new BuildException("jpackage on macOS takes no version below 1 (the jar is " + version
                    + "); name the bundle version with --app-version=1.0.0 (Maven: -Dinstaller.appVersion=1.0.0)");
        }
        Path work = dest.resolve("work");
        deleteTree(work);
        deleteTree(os.imageIn(dest));
        Files.createDirectories(work);

        List<String> modules = runtimeModules();
        Path runtime = link(modules, work.resolve("runtime"));
        Path input = prepareInput(work.resolve("input"));
        jpackage(version, runtime, input, "app-image");
        archiveClassData(os.imageIn(dest));
        for (String type : types) {
            jpackage(version, runtime, input, type);
        }
        report(runtime);
    }

    /** The version in the jar's manifest (Implementation-Version, written by the shade plugin). */
    private static String versionOf(Path jar) throws IOException, BuildException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String version = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Implementation-Version");
            if (version == null || version.isBlank()) {
                throw new BuildException(jar + " names no Implementation-Version; pass --app-version=");
            }
            // jpackage takes one to three numbers: 1.2.0-SNAPSHOT becomes 1.2.0
            return version.replaceFirst("[^0-9.].*$", "").replaceFirst("\\.$", "");
        }
    }

    /** The JDK modules that jdeps finds in the jar; installer/jlink.args adds those it cannot see. */
    private List<String> runtimeModules() throws BuildException, IOException {
        String found = lastLine(tool("jdeps", "--print-module-deps", "--ignore-missing-deps",
                "--multi-release", Integer.toString(Runtime.version().feature()), jar.toString()));
        System.out.println("installer: jdeps finds the modules " + found);
        return Arrays.asList(found.split(","));
    }

    private Path link(List<String> modules, Path runtime) throws BuildException, IOException {
        // The runtime keeps bin/java (jlink.args has no --strip-native-commands): support can run the jar with it.
        tool("jlink", "--add-modules", String.join(",", modules), "@installer/jlink.args",
                "--output", runtime.toString());
        return runtime;
    }

    /**
     * The jar and the class list of its class-data sharing archive, and on Linux and macOS JavaFX's native libraries
     * beside them: JavaFX loads them from the jar's
     * folder when it finds them there, instead of unpacking them into ~/.openjfx on every user's first start.
     * On Windows JavaFX looks in a folder jpackage does not make, so the jar's own copies are used there.
     */
    private Path prepareInput(Path input) throws BuildException, IOException {
        Files.createDirectories(input);
        Files.copy(jar, input.resolve("portolan.jar"), StandardCopyOption.REPLACE_EXISTING);
        Path classList = jar.resolveSibling(CLASS_LIST);
        if (!Files.isRegularFile(classList)) {
            classDataArchive("train", "--jar=" + jar, "--classlist=" + classList);
        }
        Files.copy(classList, input.resolve(CLASS_LIST), StandardCopyOption.REPLACE_EXISTING);
        if (os == Os.WINDOWS) {
            return input;
        }
        tool("java", "installer/JarNatives.java", jar.toString(), input.toString());
        return input;
    }

    /**
     * The class-data sharing archive of the image, for running it where it was built: the archive names the jar by its
     * path, as the launcher's class path does. The packages carry the class list only; the .deb's postinst dumps the
     * archive where the program is installed (installer/linux/resources/postinst), and the launcher finds it in $APPDIR.
     */
    private void archiveClassData(Path image) throws BuildException, IOException {
        Path appDir = os.appDirIn(image);
        classDataArchive("dump", "--java=" + os.javaIn(image), "--jar=" + appDir.resolve("portolan.jar").toRealPath(),
                "--classlist=" + appDir.resolve(CLASS_LIST), "--archive=" + appDir.resolve("portolan.jsa"));
    }

    /** Runs installer/ClassDataArchive.java with this JDK. */
    private void classDataArchive(String... args) throws BuildException, IOException {
        List<String> command = new ArrayList<>(List.of("installer/ClassDataArchive.java"));
        command.addAll(Arrays.asList(args));
        tool("java", command.toArray(String[]::new));
    }

    private void jpackage(String version, Path runtime, Path input, String type) throws BuildException, IOException {
        List<String> command = new ArrayList<>(List.of("@installer/jpackage/app.args",
                "@installer/" + os.folder + "/app.args"));
        if (!type.equals("app-image")) {
            command.add("@installer/" + os.folder + "/package.args");
        }
        command.addAll(List.of("--type", type, "--app-version", version, "--runtime-image", runtime.toString(),
                "--input", input.toString(), "--dest", dest.toString()));
        System.out.println("installer: jpackage --type " + type);
        tool("jpackage", command.toArray(String[]::new));
    }

    private void report(Path runtime) throws IOException {
        Path image = os.imageIn(dest);
        String release = Files.readString(runtime.resolve("release"), StandardCharsets.UTF_8);
        String linked = release.replaceFirst("(?s).*MODULES=\"([^\"]*)\".*", "$1");
        System.out.println("installer: runtime modules " + linked);
        System.out.printf("installer: application image %s, %.1f MB%n", image, megabytes(size(image)));
        try (Stream<Path> files = Files.list(dest)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                System.out.printf("installer: package %s, %.1f MB%n", file, megabytes(Files.size(file)));
            }
        }
    }

    /** Runs a tool of the running JDK, echoing its output; returns the output, or fails with it. */
    private String tool(String name, String... args) throws BuildException, IOException {
        List<String> command = new ArrayList<>();
        command.add(jdkBin.resolve(name + os.exeSuffix).toString());
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new BuildException(name + " failed:\n" + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException(name + " was interrupted");
        }
        if (!output.isBlank() && !name.equals("jdeps")) {
            System.out.println(output.strip());
        }
        return output;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
