package io.portolan.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Portolan keeps a user's data between runs (the recovery files of unsaved designs), in the place each system
 * keeps such data: {@code $XDG_DATA_HOME/portolan} or {@code ~/.local/share/portolan} on Linux and other Unix systems,
 * {@code %APPDATA%\Portolan} on Windows, {@code ~/Library/Application Support/Portolan} on macOS. The system property
 * {@value #PROPERTY} puts it elsewhere (tests, a portable install).
 */
public final class UserDataFolder {

    /** The system property that names the folder instead. */
    public static final String PROPERTY = "portolan.dataDir";

    private UserDataFolder() {
    }

    /** The folder of the user running Portolan. */
    public static Path forUser() {
        return of(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The folder for a system and an environment.
     *
     * @param override the folder the system property names, or null
     * @param osName the {@code os.name} of the system
     * @param environment the environment variables
     * @param home the user's home folder
     */
    public static Path of(String override, String osName, Map<String, String> environment, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return absolute(environment.get("APPDATA")).orElse(Path.of(home, "AppData", "Roaming")).resolve("Portolan");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(home, "Library", "Application Support", "Portolan");
        }
        // the XDG Base Directory specification: a relative XDG_DATA_HOME is invalid and is ignored
        return absolute(environment.get("XDG_DATA_HOME")).orElse(Path.of(home, ".local", "share")).resolve("portolan");
    }

    private static Optional<Path> absolute(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(text);
            return path.isAbsolute() ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
