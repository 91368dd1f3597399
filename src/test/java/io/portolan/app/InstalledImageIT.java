package io.portolan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Linux application image and .deb that {@code mvn -Pinstaller verify} builds, the way a user
 * would, to prove that they are complete: the trimmed runtime has every module the program needs.
 */
class InstalledImageIT {

    private static final Path INSTALLER = Path.of(System.getProperty("portolan.installer.dir", "target/installer"));
    private static final Path IMAGE = INSTALLER.resolve("Portolan");
    private static final Path TEST_CLASSES = Path.of(System.getProperty("portolan.testClasses", "target/test-classes"));

    private record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void onLinux() {
        // The Windows and macOS images have other layouts; they are built and checked on their own systems.
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"), "Linux image layout");
    }

    @Test
    void launcherListsEveryCatalogTypeAndRuleAsJsonWithoutADisplayAndWithoutJavaFx(@TempDir Path scratch)
            throws Exception {
        Path classLog = scratch.resolve("classes.log");

        Run run = run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog),
                IMAGE.resolve("bin/Portolan").toString(), "catalog", "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        Catalog catalog = CatalogLoader.loadBuiltIn();
        assertThat(json.get("types")).hasSize(catalog.types().size());
        assertThat(json.get("rules")).hasSize(catalog.rules().size());
        assertThat(json.get("rules").get(0).get("id").asText()).isEqualTo(catalog.rules().get(0).id());
        assertThat(run.err().lines()).allMatch(line -> line.startsWith("Picked up JAVA_TOOL_OPTIONS"));
        String loaded = Files.readString(classLog);
        assertThat(loaded).contains("io.portolan.cli.CatalogCommand")
                .doesNotContain("javafx.").doesNotContain("com.sun.glass").doesNotContain("io.portolan.ui.");
    }

    @Test
    void launcherWritesATemplateListsItsFlowsAndExportsItsWorkbookWithoutADisplay(@TempDir Path scratch) throws Exception {
        String launcher = IMAGE.resolve("bin/Portolan").toString();
        Path design = scratch.resolve("citrix.portolan");
        Path workbook = scratch.resolve("request.xlsx");

        Run template = run(Map.of(), launcher, "template", "citrix-onprem", "-o", design.toString());
        Run flows = run(Map.of(), launcher, "flows", design.toString(), "--crossing-only", "--format", "json");
        Run export = run(Map.of(), launcher, "export", design.toString(), "-o", workbook.toString());

        assertThat(template.status()).as(template.err()).isZero();
        assertThat(flows.status()).as(flows.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(flows.out());
        assertThat(json.get("flows")).isNotEmpty().allSatisfy(flow -> assertThat(flow.get("crossing").asBoolean()).isTrue());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(Files.size(workbook)).isGreaterThan(10_000);
        try (InputStream in = Files.newInputStream(workbook)) {
            assertThat(in.readNBytes(2)).containsExactly('P', 'K');
        }
    }

    @Test
    void runtimeHoldsTheModulesTheProgramNeedsAndNotTheWholeJdk() throws IOException {
        String release = Files.readString(IMAGE.resolve("lib/runtime/release"));
        List<String> modules = Arrays.asList(release.replaceFirst("(?s).*MODULES=\"([^\"]*)\".*", "$1").split(" "));

        assertThat(modules).contains("java.base", "java.desktop", "java.prefs", "java.xml", "java.logging",
                "jdk.unsupported", "jdk.zipfs", "jdk.localedata");
        assertThat(modules).doesNotContain("jdk.compiler", "jdk.jshell", "java.net.http", "jdk.jpackage");
    }

    @Test
    void settingsSavedWithTheImageRuntimeLandInTheUsersHomeAndTheNextRunReadsThem(@TempDir Path home)
            throws Exception {
        String java = IMAGE.resolve("lib/runtime/bin/java").toString();
        String classPath = IMAGE.resolve("lib/app/portolan.jar") + File.pathSeparator + TEST_CLASSES;
        String userHome = "-Duser.home=" + home;

        Run save = run(Map.of(), java, userHome, "-cp", classPath, SettingsProbe.class.getName(), "save");
        Run show = run(Map.of(), java, userHome, "-cp", classPath, SettingsProbe.class.getName(), "show");

        assertThat(save.status()).as(save.err()).isZero();
        assertThat(home.resolve(".java/.userPrefs/io/portolan/prefs.xml")).isRegularFile();
        assertThat(show.status()).as(show.err()).isZero();
        assertThat(show.out().lines()).containsExactly("theme=dark", "recent=" + List.of(SettingsProbe.RECENT),
                "window=" + SettingsProbe.PLACEMENT);
    }

    @Test
    void debianPackageInstallsTheLauncherTheMenuEntryAndTheDesignFileType(@TempDir Path root) throws Exception {
        Path deb = onlyDeb();

        assertThat(run(Map.of(), "dpkg-deb", "-x", deb.toString(), root.toString()).status()).isZero();
        Path lib = root.resolve("opt/portolan/lib");
        assertThat(Files.readString(lib.resolve("portolan-Portolan.desktop")).lines()).contains(
                "Exec=/opt/portolan/bin/Portolan %f", "Icon=/opt/portolan/lib/Portolan.png",
                "MimeType=application/x-portolan+json", "StartupWMClass=io.portolan.ui.PortolanApp");
        assertThat(Files.readString(lib.resolve("portolan-Portolan-MimeInfo.xml")))
                .contains("type=\"application/x-portolan+json\"", "pattern=\"*.portolan\"");
        assertThat(run(Map.of(), "dpkg-deb", "--field", deb.toString(), "Depends").out()).contains("libgtk-3-0");
        Run version = run(Map.of(), root.resolve("opt/portolan/bin/Portolan").toString(), "--version");
        assertThat(version.status()).as(version.err()).isZero();
        assertThat(version.out().strip()).isEqualTo("Portolan " + System.getProperty("portolan.version"));
    }

    @Test
    void theInstalledCommandReadsAndPrintsNamesOutsideAsciiUnderTheCLocale(@TempDir Path root) throws Exception {
        extractDeb(root);
        Path command = installedCommand(root);
        // a space too: the command hands its arguments on as they are
        Path design = root.resolve("DMZ Zürich.portolan");
        assertThat(run(Map.of(), IMAGE.resolve("bin/Portolan").toString(), "template", "hp-anyware", "-o", design.toString())
                .status()).isZero();
        Files.writeString(design, Files.readString(design).replace("\"name\" : \"DMZ\"", "\"name\" : \"DMZ Zürich\""));

        Run flows = run(Map.of("LC_ALL", "C", "LANG", "C"), "/bin/sh", command.toString(), "flows", design.toString());

        assertThat(flows.status()).as(flows.err()).isZero();
        assertThat(flows.out()).contains("DMZ Zürich");
    }

    @Test
    void thePackageScriptsLeaveNoHandlerLineAndNoEmptyMenuFolderBehind(@TempDir Path root) throws Exception {
        extractDeb(root);
        Path system = Files.createDirectories(root.resolve("system"));
        Path defaults = Files.createDirectories(system.resolve("applications")).resolve("defaults.list");
        Path stubs = loggingStubs(Files.createDirectories(root.resolve("stubs")), 0, "xdg-desktop-menu", "xdg-mime",
                "xdg-icon-resource");
        Map<String, String> path = Map.of("PATH", stubs + File.pathSeparator + System.getenv("PATH"));

        Run postinst = run(path, "/bin/sh", sandboxed(root, "postinst", system).toString(), "configure");
        assertThat(postinst.status()).as(postinst.out() + postinst.err()).isZero();
        assertThat(system.resolve("desktop-directories")).doesNotExist();
        assertThat(Files.readString(stubs.resolve("calls.log"))).contains("xdg-desktop-menu install");
        // what xdg-desktop-menu writes for the entry's MimeType, beside another program's line
        Files.writeString(defaults, "[Default Applications]\ntext/plain=gedit.desktop\n"
                + "application/x-portolan+json=portolan-Portolan.desktop\n");

        Run prerm = run(path, "/bin/sh", sandboxed(root, "prerm", system).toString(), "remove");

        assertThat(prerm.status()).as(prerm.out() + prerm.err()).isZero();
        assertThat(Files.readAllLines(defaults)).containsExactly("[Default Applications]", "text/plain=gedit.desktop");
        assertThat(system.resolve("bin/portolan")).doesNotExist();
    }

    @Test
    void theInstalledCommandNamesItselfInHelpAndInTheAdviceWithoutADisplay(@TempDir Path root) throws Exception {
        extractDeb(root);
        Path command = installedCommand(root);

        Run help = run(Map.of(), "/bin/sh", command.toString(), "--help");
        Run window = run(Map.of(), "/bin/sh", command.toString());

        assertThat(help.status()).as(help.err()).isZero();
        assertThat(help.out()).contains("Without a subcommand, portolan opens the designer window").doesNotContain("java -jar");
        assertThat(window.status()).isEqualTo(1);
        assertThat(window.err()).contains("The command line works without a display: portolan --help").doesNotContain("java -jar");
    }

    @Test
    void theInstalledCommandStartsJavaFromTheLaunchersCfgWithoutAskingThePackageManager(@TempDir Path root) throws Exception {
        extractDeb(root);
        Path command = installedCommand(root);
        appendJavaOption(root, "-Dportolan.probe=$APPDIR/probe");
        String path = packageManagerStubs(root);
        Path stubs = root.resolve("stubs");

        Run viaLauncher = run(vmLog(path, root.resolve("launcher.log")), root.resolve("opt/portolan/bin/Portolan").toString(),
                "--version");
        String launcherCalls = Files.readString(stubs.resolve("calls.log"));
        Files.delete(stubs.resolve("calls.log"));
        Run viaCommand = run(vmLog(path, root.resolve("command.log")), "/bin/sh", command.toString(), "--version");

        assertThat(viaLauncher.status()).as(viaLauncher.err()).isZero();
        assertThat(launcherCalls).as("the stubs see the launcher's questions").contains("dpkg -S");
        assertThat(viaCommand.status()).as(viaCommand.err()).isZero();
        assertThat(viaCommand.out()).isEqualTo(viaLauncher.out());
        assertThat(stubs.resolve("calls.log")).doesNotExist();
        // the same JVM options (the cfg's, $APPDIR where the image is, and not JDK_JAVA_OPTIONS), class path and command
        VmLog launcher = VmLog.read(root.resolve("launcher.log"));
        VmLog installed = VmLog.read(root.resolve("command.log"));
        assertThat(installed.arguments()).containsExactlyInAnyOrderElementsOf(launcher.arguments())
                .contains("-Dportolan.probe=" + root.resolve("opt/portolan/lib/app/probe"),
                        "-XX:SharedArchiveFile=" + root.resolve("opt/portolan/lib/app/portolan.jsa"))
                .noneMatch(argument -> argument.contains("jdkJavaOptions"));
        assertThat(installed.command()).isEqualTo(launcher.command()).isEqualTo("io.portolan.app.Launcher --version");
        assertThat(installed.classPath()).isEqualTo(launcher.classPath())
                .isEqualTo(root.resolve("opt/portolan/lib/app/portolan.jar").toString());
    }

    /** The environment of a run whose JVM writes its arguments to {@code log}, with JDK_JAVA_OPTIONS set (which the launcher does not read). */
    private static Map<String, String> vmLog(String path, Path log) {
        return Map.of("PATH", path, "JDK_JAVA_OPTIONS", "-Dportolan.jdkJavaOptions=read",
                "JAVA_TOOL_OPTIONS", "-XX:+UnlockDiagnosticVMOptions -XX:+LogVMOutput -XX:-DisplayVMOutput -XX:LogFile=" + log);
    }

    /** What a JVM's log says it was started with: its arguments, command and class path. */
    private record VmLog(List<String> arguments, String command, String classPath) {

        static VmLog read(Path log) throws IOException {
            String text = Files.readString(log);
            String arguments = between(text, "<args>\n", "</args>").strip();
            String classPath = text.lines().filter(line -> line.startsWith("java.class.path=")).findFirst().orElseThrow()
                    .substring("java.class.path=".length());
            // but the log's own file, which differs from run to run
            List<String> given = Stream.of(arguments.split(" ")).filter(argument -> !argument.startsWith("-XX:LogFile=")).toList();
            return new VmLog(given, between(text, "<command>\n", "\n</command>"), classPath);
        }

        private static String between(String text, String start, String end) {
            int from = text.indexOf(start);
            assertThat(from).as("%s in the JVM's log", start.strip()).isNotNegative();
            return text.substring(from + start.length(), text.indexOf(end, from));
        }
    }

    /** Adds a line to the [JavaOptions] of the extracted image's Portolan.cfg, its last section. */
    private static void appendJavaOption(Path root, String option) throws IOException {
        Path cfg = root.resolve("opt/portolan/lib/app/Portolan.cfg");
        assertThat(Files.readAllLines(cfg).stream().filter(line -> line.startsWith("[")).reduce((a, b) -> b))
                .as("the option lands in the cfg's last section").contains("[JavaOptions]");
        Files.writeString(cfg, "java-options=" + option + "\n", StandardOpenOption.APPEND);
    }

    @Test
    void theInstalledCommandLeavesACfgWithAnotherLauncherVariableToTheLauncher(@TempDir Path root) throws Exception {
        extractDeb(root);
        Path command = installedCommand(root);
        appendJavaOption(root, "-Dportolan.probe=$ROOTDIR/probe");
        String path = packageManagerStubs(root);

        Run version = run(Map.of("PATH", path), "/bin/sh", command.toString(), "--version");

        assertThat(version.status()).as(version.err()).isZero();
        assertThat(version.out().strip()).isEqualTo("Portolan " + System.getProperty("portolan.version"));
        assertThat(Files.readString(root.resolve("stubs/calls.log"))).as("started through the launcher").contains("dpkg -S");
    }

    /** The package's script with every system path it writes moved under {@code system}. */
    private static Path sandboxed(Path root, String script, Path system) throws IOException {
        String text = Files.readString(root.resolve("DEBIAN").resolve(script))
                .replace("/usr/share/desktop-directories", system.resolve("desktop-directories").toString())
                .replace("/usr/share/applications/defaults.list", system.resolve("applications/defaults.list").toString())
                .replace("/usr/local/share/applications/defaults.list", system.resolve("local/defaults.list").toString())
                .replace("/usr/bin/portolan", system.resolve("bin/portolan").toString());
        Files.createDirectories(system.resolve("bin"));
        return Files.writeString(root.resolve(script + ".sandboxed"), text);
    }

    /**
     * A PATH with dpkg and rpm first that log their calls to {@code root/stubs/calls.log} and find no package, as for
     * an image that no package installed.
     */
    private static String packageManagerStubs(Path root) throws IOException {
        return loggingStubs(Files.createDirectories(root.resolve("stubs")), 1, "dpkg", "rpm") + File.pathSeparator
                + System.getenv("PATH");
    }

    /** Commands that only log their arguments to calls.log in {@code folder}, and end with {@code status}. */
    private static Path loggingStubs(Path folder, int status, String... names) throws IOException {
        for (String name : names) {
            Path stub = Files.writeString(folder.resolve(name), "#!/bin/sh\necho \"" + name + " $*\" >> '"
                    + folder.resolve("calls.log") + "'\nexit " + status + "\n");
            assertThat(stub.toFile().setExecutable(true)).isTrue();
        }
        return folder;
    }

    /** The postinst's /usr/bin/portolan, pointing at the extracted image. */
    private static Path installedCommand(Path root) throws IOException {
        String postinst = Files.readString(root.resolve("DEBIAN/postinst"));
        String launcher = postinst.substring(postinst.indexOf("<<'LAUNCHER'\n") + 13, postinst.indexOf("\nLAUNCHER\n") + 1)
                .replace("/opt/portolan", root.resolve("opt/portolan").toString());
        return Files.writeString(root.resolve("portolan"), launcher);
    }

    @Test
    void theImageStartsFromItsClassDataArchive(@TempDir Path scratch) throws Exception {
        Path classLog = scratch.resolve("classes.log");

        Run version = run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog),
                IMAGE.resolve("bin/Portolan").toString(), "--version");

        assertThat(IMAGE.resolve("lib/app/portolan.jsa")).isRegularFile();
        assertThat(version.status()).as(version.err()).isZero();
        assertThat(Files.readString(classLog)).contains("io.portolan.app.Launcher source: shared objects file");
    }

    @Test
    void theDebianPostinstMakesTheArchiveTheInstalledLauncherStartsFrom(@TempDir Path root) throws Exception {
        extractDeb(root);
        Path app = root.resolve("opt/portolan/lib/app");
        assertThat(app.resolve("portolan.classlist")).isRegularFile();
        assertThat(app.resolve("portolan.jsa")).as("made at install, not shipped").doesNotExist();
        String postinst = Files.readString(root.resolve("DEBIAN/postinst"));
        String dump = postinst.substring(postinst.indexOf("/opt/portolan/lib/runtime/bin/java -Xshare:dump"),
                postinst.indexOf("|| rm -f /opt/portolan/lib/app/portolan.jsa")).replace("/opt/portolan", root.resolve("opt/portolan").toString());

        Run made = run(Map.of(), "/bin/sh", "-c", dump);
        Path classLog = root.resolve("classes.log");
        Run version = run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog),
                root.resolve("opt/portolan/bin/Portolan").toString(), "--version");

        assertThat(made.status()).isZero();
        assertThat(app.resolve("portolan.jsa")).isRegularFile();
        assertThat(version.status()).as(version.err()).isZero();
        assertThat(Files.readString(classLog)).contains("io.portolan.app.Launcher source: shared objects file");
    }

    /** The package's files under {@code root}, and its maintainer scripts under {@code root/DEBIAN}. */
    private static void extractDeb(Path root) throws Exception {
        Path deb = onlyDeb();
        assertThat(run(Map.of(), "dpkg-deb", "-x", deb.toString(), root.toString()).status()).isZero();
        assertThat(run(Map.of(), "dpkg-deb", "-e", deb.toString(), root.resolve("DEBIAN").toString()).status()).isZero();
    }

    private static Path onlyDeb() throws IOException {
        try (Stream<Path> files = Files.list(INSTALLER)) {
            List<Path> debs = files.filter(f -> f.getFileName().toString().endsWith(".deb")).toList();
            assertThat(debs).hasSize(1);
            return debs.get(0);
        }
    }

    /** Runs a program without a display, with its output read in full, for at most two minutes. */
    private static Run run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in two minutes");
        }
        return new Run(process.exitValue(), out, err.get());
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
