package io.portolan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * installer/JarNatives.java, which the build runs on target/portolan.jar and the installer on its copy: JavaFX's native
 * libraries, at the top of the jar, are copied beside it, where JavaFX loads them instead of unpacking them each start.
 */
class JarNativesTest {

    @TempDir
    Path folder;

    @Test
    void theLibrariesAtTheTopOfTheJarAreCopiedBesideItAndNothingElse() throws Exception {
        Path jar = folder.resolve("portolan.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "libglass.so", "glass");
            add(out, "libjfx.dylib", "mac");
            add(out, "io/portolan/libnested.so", "nested");
            add(out, "io/portolan/app/Launcher.class", "class");
            add(out, "prism.dll", "windows");
        }

        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "installer/JarNatives.java", jar.toString()).redirectErrorStream(true).start();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.waitFor()).as(printed).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("libglass.so", "libjfx.dylib", "portolan.jar");
        }
        assertThat(folder.resolve("libglass.so")).hasContent("glass");
        assertThat(printed).contains("2 native libraries");
    }

    private static void add(JarOutputStream out, String name, String content) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
