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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
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
        String name = arguments("jpackage/app.args").get(arguments("jpackage/app.args").indexOf("--name") + 1);

        assertThat(entry).contains("Exec=APPLICATION_LAUNCHER %f", "DESKTOP_MIMES");
        // JavaFX names the window class after the launcher; task bars match the entry to the window by it
        assertThat(entry).contains("StartupWMClass=" + name);
    }

    @Test
    void linuxPackageScriptsKeepJpackagesMenuAndFileTypeCommands() throws IOException {
        assertThat(Files.readString(Path.of("installer/linux/resources/postinst")))
                .contains("DESKTOP_COMMANDS_INSTALL", "cat > /usr/bin/portolan <<'LAUNCHER'", "chmod 755 /usr/bin/portolan",
                        "mkdir -p /usr/share/desktop-directories");
        assertThat(Files.readString(Path.of("installer/linux/resources/prerm")))
                .contains("DESKTOP_COMMANDS_UNINSTALL", "UTILITY_SCRIPTS", "rm -f /usr/bin/portolan",
                        "xdg-icon-resource uninstall --context mimetypes --size 128 application-x-portolan+json");
        assertThat(arguments("linux/package.args")).containsSequence("--install-dir", "/opt")
                .containsSequence("--linux-package-name", "portolan");
    }

    @Test
    void theCommandOnThePathRunsUnderAUtf8LocaleWhereTheLocaleIsNot() throws Exception {
        String postinst = Files.readString(Path.of("installer/linux/resources/postinst"));
        String launcher = postinst.substring(postinst.indexOf("<<'LAUNCHER'\n") + 13, postinst.indexOf("\nLAUNCHER\n") + 1);
        Path script = Files.createTempFile("portolan", ".sh");
        Files.writeString(script, launcher.replace("exec /opt/portolan/bin/Portolan \"$@\"", "exec /usr/bin/env"));
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isExecutable(Path.of("/usr/bin/env")));

        assertThat(environment(script, "C")).contains("LC_ALL=C.UTF-8");
        assertThat(environment(script, "C.UTF-8")).contains("LC_ALL=C.UTF-8");
        assertThat(Files.readString(Path.of("installer/linux/resources/prerm")))
                .contains("grep -qx 'exec /opt/portolan/bin/Portolan \"$@\"' /usr/bin/portolan");
        Files.delete(script);
    }

    @Test
    void theLauncherReadsTheClassDataArchiveBesideTheJar() throws IOException {
        List<String> args = arguments("jpackage/app.args");

        assertThat(args).containsSequence("--java-options", "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE)
                .containsSequence("--main-jar", "portolan.jar");
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
