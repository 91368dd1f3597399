package io.portolan.app;

import io.portolan.ui.Settings;
import io.portolan.ui.Settings.WindowPlacement;
import java.nio.file.Path;

/**
 * Saves or shows the user's settings, in a process of its own: {@link InstalledImageIT} runs it with the
 * installed program's runtime to prove that settings persist between runs of that runtime.
 */
final class SettingsProbe {

    static final Path RECENT = Path.of("/designs/citrix-dmz.portolan");
    static final WindowPlacement PLACEMENT = new WindowPlacement(40, 30, 1280, 800, false);

    private SettingsProbe() {
    }

    public static void main(String[] args) {
        Settings settings = Settings.forUser();
        if (args.length == 1 && args[0].equals("save")) {
            settings.setTheme("dark");
            settings.addRecentFile(RECENT);
            settings.setWindowPlacement(PLACEMENT);
        } else {
            System.out.println("theme=" + settings.theme());
            System.out.println("recent=" + settings.recentFiles());
            System.out.println("window=" + settings.windowPlacement().orElse(null));
        }
    }
}
