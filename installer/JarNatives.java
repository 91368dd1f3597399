import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Copies JavaFX's native libraries out of Portolan's one jar into a folder, on Linux and macOS the jar's own:
 * <pre>
 *   java installer/JarNatives.java target/portolan.jar [FOLDER]
 * </pre>
 * JavaFX loads its libraries from the folder of the jar its classes come from when it finds them there (Linux and
 * macOS; Windows looks in a ../bin folder). Without them it unpacks each library from the jar into ~/.openjfx/cache on
 * every start, and checks the copy there with an MD5 of both, before it can open a window (decision record 0023).
 * The copies are of the jar's own libraries, so they always match its classes.
 */
public final class JarNatives {

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("natives: expected the jar, and the folder to copy its native libraries to (default: the jar's)");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path folder = args.length == 2 ? Path.of(args[1]) : jar.getParent();
        int copied = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                String name = entry.getName();
                if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dylib"))) {
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                    copied++;
                }
            }
        }
        System.out.println("natives: " + copied + " native libraries of " + jar.getFileName() + " copied to " + folder);
    }
}
