package io.portolan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import io.portolan.cli.CommandName;
import io.portolan.ui.PortolanApp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jpackage argument files and resources under installer/: what the Windows and macOS builds read is
 * checked here too, since those builds run only on their own systems.
 */
class InstallerResourcesTest {

    private static final String ARCHIVE = "portolan.jsa";
    private static final Set<String> PATH_OPTIONS = Set.of("--icon", "--license-file", "--file-associations",
            "--resource-dir");

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void everyFileTheArgumentFilesNameExists(String os) throws IOException {
        List<String> args = arguments("jpackage/app.args", os + "/app.args", os + "/package.args");
        List<Path> named = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
            if (PATH_OPTIONS.contains(args.get(i))) {
                named.add(Path.of(args.get(i + 1)));
            } else if (args.get(i).equals("--add-launcher")) {
                named.add(Path.of(args.get(i + 1).substring(args.get(i + 1).indexOf('=') + 1)));
            }
        }

        assertThat(named).as("paths named by the %s argument files", os).isNotEmpty().allMatch(Files::exists);
        assertThat(args).contains("--icon", "--file-associations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void designFilesAreAssociatedByTheirExtensionAndOneMimeTypeOnEverySystem(String os) throws IOException {
        Properties association = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("installer", os, "portolan-file.properties"))) {
            association.load(in);
        }

        assertThat(association.getProperty("extension")).isEqualTo("portolan");
        assertThat(association.getProperty("mime-type")).isEqualTo("application/x-portolan+json");
        assertThat(association.getProperty("description")).isEqualTo("Portolan design");
        assertThat(Path.of(association.getProperty("icon"))).isRegularFile();
    }

    @Test
    void linuxMenuEntryHandsTheOpenedFileToTheLauncherAndMatchesTheWindowClass() throws IOException {
        List<String> entry = Files.readAllLines(Path.of("installer/linux/resources/Portolan.desktop"));

        assertThat(entry).contains("Exec=APPLICATION_LAUNCHER %f", "DESKTOP_MIMES");
        // JavaFX on GTK names the shown window's class (WM_CLASS) after the Application class, whichever launcher
        // started Java (xprop of the window, decision record 0026); task bars match the entry to the window by it
        assertThat(entry).contains("StartupWMClass=" + PortolanApp.class.getName());
    }

    @Test
    void linuxPackageScriptsKeepJpackagesMenuAndFileTypeCommands() throws IOException {
        assertThat(Files.readString(Path.of("installer/linux/resources/postinst")))
                .contains("DESKTOP_COMMANDS_INSTALL", "cat > /usr/bin/portolan <<'LAUNCHER'", "chmod 755 /usr/bin/portolan",
                        "menu_directories=/usr/share/desktop-directories", "mkdir -p \"$menu_directories\"");
        assertThat(Files.readString(Path.of("installer/linux/resources/prerm")))
                .contains("DESKTOP_COMMANDS_UNINSTALL", "UTILITY_SCRIPTS", "rm -f /usr/bin/portolan",
                        "xdg-icon-resource uninstall --context mimetypes --size 128 application-x-portolan+json");
        assertThat(arguments("linux/package.args")).containsSequence("--install-dir", "/opt")
                .containsSequence("--linux-package-name", "portolan");
    }

    @Test
    void theCommandOnThePathRunsUnderAUtf8LocaleWhereTheLocaleIsNot() throws Exception {
        Path script = environmentScript();
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isExecutable(Path.of("/usr/bin/env")));

        assertThat(environment(script, "C")).contains("LC_ALL=C.UTF-8");
        assertThat(environment(script, "C.UTF-8")).contains("LC_ALL=C.UTF-8");
        assertThat(Files.readString(Path.of("installer/linux/resources/prerm")))
                .contains("grep -qx 'exec /opt/portolan/bin/Portolan \"$@\"' /usr/bin/portolan");
        Files.delete(script);
    }

    @Test
    void theCommandOnThePathTellsTheProgramItsName() throws Exception {
        Path script = environmentScript();
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isExecutable(Path.of("/usr/bin/env")));

        assertThat(environment(script, "C.UTF-8").lines()).contains(CommandName.ENVIRONMENT + "=portolan");
        Files.delete(script);
    }

    @Test
    void removingThePackageTakesItsHandlerOutOfTheDefaultsListAndKeepsTheRest(@TempDir Path folder) throws Exception {
        Path defaults = Files.writeString(folder.resolve("defaults.list"), String.join("\n", "[Default Applications]",
                "text/plain=gedit.desktop", DESIGN_TYPE + "=portolan-Portolan.desktop",
                "application/x-portolanxjson=portolan-Portolan.desktop", "") );
        Path shared = Files.writeString(folder.resolve("shared.list"), String.join("\n", "[Default Applications]",
                DESIGN_TYPE + "=other.desktop;portolan-Portolan.desktop;another.desktop", ""));
        Path missing = folder.resolve("absent/defaults.list");

        assertThat(removeHandler(defaults, shared, missing).status()).isZero();

        assertThat(Files.readAllLines(defaults)).containsExactly("[Default Applications]", "text/plain=gedit.desktop",
                "application/x-portolanxjson=portolan-Portolan.desktop");
        assertThat(Files.readAllLines(shared)).containsExactly("[Default Applications]",
                DESIGN_TYPE + "=other.desktop;another.desktop");
        assertThat(missing).doesNotExist();
    }

    @Test
    void theHandlerRemovalNamesTheTypeAndEntryThePackageRegisters() throws IOException {
        Properties association = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("installer/linux/portolan-file.properties"))) {
            association.load(in);
        }
        String name = arguments("jpackage/app.args").get(arguments("jpackage/app.args").indexOf("--name") + 1);
        String packageName = arguments("linux/package.args").get(arguments("linux/package.args").indexOf("--linux-package-name") + 1);

        // jpackage names the menu entry PACKAGE-NAME.desktop
        assertThat(handlerFunction()).contains("type=\"" + association.getProperty("mime-type") + "\"",
                "entry=\"" + packageName + "-" + name + ".desktop\"");
        assertThat(Files.readString(Path.of("installer/linux/resources/prerm")))
                .contains("remove_design_file_handler \"$defaults\"");
    }

    @Test
    void aMenuFolderMadeForTheMenuEntryIsTakenAwayWhenItStaysEmpty(@TempDir Path folder) throws Exception {
        Path made = folder.resolve("made/desktop-directories");
        Path existing = Files.createDirectories(folder.resolve("existing/desktop-directories"));
        Path filled = folder.resolve("filled/desktop-directories");

        assertThat(configureMenu(made, ":").status()).isZero();
        assertThat(configureMenu(existing, ":").status()).isZero();
        assertThat(configureMenu(filled, "touch \"$menu_directories/portolan.directory\"").status()).isZero();

        assertThat(made).doesNotExist();
        assertThat(made.getParent()).isDirectory();
        assertThat(existing).isDirectory();
        assertThat(filled.resolve("portolan.directory")).isRegularFile();
    }

    private static final String DESIGN_TYPE = "application/x-portolan+json";

    /** The prerm's function that removes the design file type's handler, run on the given defaults lists. */
    private static Run removeHandler(Path... lists) throws Exception {
        StringBuilder script = new StringBuilder("set -e\n").append(handlerFunction()).append('\n');
        for (Path list : lists) {
            script.append("remove_design_file_handler '").append(list).append("'\n");
        }
        return shell(script.toString());
    }

    private static String handlerFunction() throws IOException {
        String prerm = Files.readString(Path.of("installer/linux/resources/prerm"));
        int start = prerm.indexOf("remove_design_file_handler ()");
        return prerm.substring(start, prerm.indexOf("\n}\n", start) + 3);
    }

    /** The postinst's lines around jpackage's menu commands, with the commands replaced and the folder moved. */
    private static Run configureMenu(Path menuFolder, String desktopCommands) throws Exception {
        String postinst = Files.readString(Path.of("installer/linux/resources/postinst"));
        int start = postinst.indexOf("        menu_directories=");
        String end = "rmdir \"$menu_directories\" 2>/dev/null || true\n        fi\n";
        String part = postinst.substring(start, postinst.indexOf(end, start) + end.length())
                .replace("menu_directories=/usr/share/desktop-directories", "menu_directories='" + menuFolder + "'")
                .replace("DESKTOP_COMMANDS_INSTALL", desktopCommands);
        Files.createDirectories(menuFolder.getParent());
        return shell("set -e\n" + part);
    }

    private record Run(int status, String output) {
    }

    private static Run shell(String script) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        Process process = new ProcessBuilder("/bin/sh", "-c", script).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int status = process.waitFor();
        assertThat(status).as(output).isZero();
        return new Run(status, output);
    }

    private static String launcherScript() throws IOException {
        String postinst = Files.readString(Path.of("installer/linux/resources/postinst"));
        return postinst.substring(postinst.indexOf("<<'LAUNCHER'\n") + 13, postinst.indexOf("\nLAUNCHER\n") + 1);
    }

    /**
     * The command on the PATH printing its environment instead of starting Portolan: the image it would start Java
     * from is a folder that does not exist (so that an installed Portolan is never started), and the launcher it falls
     * back to is {@code env}.
     */
    private static Path environmentScript() throws IOException {
        String launcher = launcherScript().replace("exec /opt/portolan/bin/Portolan \"$@\"", "exec /usr/bin/env")
                .replace("/opt/portolan/", "/nonexistent/portolan/");
        return Files.writeString(Files.createTempFile("portolan", ".sh"), launcher);
    }

    @Test
    void theLauncherReadsTheClassDataArchiveBesideTheJar() throws IOException {
        List<String> args = arguments("jpackage/app.args");

        assertThat(args).containsSequence("--java-options", "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE)
                .containsSequence("--main-jar", "portolan.jar");
    }

    @Test
    void theLauncherDelaysTheOptimisingCompilerWithOptionsThisJavaAccepts() throws Exception {
        List<String> args = arguments("jpackage/app.args");
        List<String> options = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("--java-options") && args.get(i + 1).startsWith("-XX:Tier4")) {
                options.add(args.get(i + 1));
            }
        }

        assertThat(options).extracting(o -> o.replaceFirst("=.*", "")).containsExactlyInAnyOrder("-XX:Tier4InvocationThreshold",
                "-XX:Tier4MinInvocationThreshold", "-XX:Tier4CompileThreshold", "-XX:Tier4BackEdgeThreshold");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());
        assertThat(java.waitFor()).as(output).isZero();
    }

    @Test
    void theDebianPackageDumpsTheArchiveForTheJarWhereItIsInstalledAndRemovesItWithThePackage() throws Exception {
        List<String> packageArgs = arguments("linux/package.args");
        String appDir = packageArgs.get(packageArgs.indexOf("--install-dir") + 1) + "/"
                + packageArgs.get(packageArgs.indexOf("--linux-package-name") + 1) + "/lib/app";
        String postinst = Files.readString(Path.of("installer/linux/resources/postinst"));
        String dump = postinst.substring(postinst.indexOf("-Xshare:dump"), postinst.indexOf("|| rm -f " + appDir + "/" + ARCHIVE));

        // the class path is the launcher's ($APPDIR/portolan.jar), or the JVM ignores the archive
        assertThat(dump.replace("\\\n", " ").split("\\s+")).contains("-XX:SharedClassListFile=" + appDir + "/portolan.classlist",
                "-XX:SharedArchiveFile=" + appDir + "/" + ARCHIVE, "-cp", appDir + "/portolan.jar");
        assertThat(postinst).contains(appDir.replace("/lib/app", "/lib/runtime/bin/java") + " -Xshare:dump");
        assertThat(Files.readString(Path.of("installer/linux/resources/prerm"))).contains("rm -f " + appDir + "/" + ARCHIVE);
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        Process check = new ProcessBuilder("/bin/sh", "-n", "installer/linux/resources/postinst").redirectErrorStream(true).start();
        assertThat(check.waitFor()).as(new String(check.getInputStream().readAllBytes())).isZero();
    }

    @Test
    void theArchiveIsTrainedByAProgramThatRunsTheCommandsAndTheWindow() throws Exception {
        String builder = Files.readString(Path.of("installer/ClassDataArchive.java"));
        String training = builder.replaceFirst("(?s).*TRAINING = \"([^\"]+)\".*", "$1");

        assertThat(Class.forName(training).getMethod("main", String[].class)).isNotNull();
        assertThat(builder).contains("-XX:DumpLoadedClassList=", "-Dportolan.startup.exitAfterFirstFrame=true", "Xvfb",
                "-Xshare:dump", "-XX:SharedClassListFile=");
        assertThat(Files.readString(Path.of("installer/BuildInstaller.java"))).contains("archiveClassData(os.imageIn(dest))");
    }

    private static String environment(Path script, String locale) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", script.toString()).redirectErrorStream(true);
        builder.environment().put("LC_ALL", locale);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    /** The arguments of jpackage argument files: whitespace-separated, double quotes group, # starts a comment line. */
    private static List<String> arguments(String... files) throws IOException {
        List<String> args = new ArrayList<>();
        for (String file : files) {
            for (String line : Files.readAllLines(Path.of("installer", file))) {
                if (!line.strip().startsWith("#")) {
                    args.addAll(tokens(line));
                }
            }
        }
        return args;
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    tokens.add(token.toString());
                }
                token.setLength(0);
                any = false;
            } else {
                token.append(c);
                any = true;
            }
        }
        if (any) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
