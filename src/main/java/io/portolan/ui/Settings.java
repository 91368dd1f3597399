package io.portolan.ui;

import io.portolan.io.UserDataFolder;
import io.portolan.io.export.capirca.Platform;
import io.portolan.io.export.objects.NameCase;
import io.portolan.io.export.workbook.PaperSize;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The user's settings that persist between runs: recent files, the last design and whether to reopen it, the
 * window's place, the last folder, the theme, an extra catalog folder, and the platforms and object names of the last
 * firewall configuration; and the folder of the user's data, where unsaved designs are autosaved. Kept in {@link Preferences} (the registry on Windows, a file
 * under {@code ~/.java} on Linux, a plist on macOS); tests pass a throwaway node.
 */
public final class Settings {

    /** How many recent files are remembered. */
    public static final int MAX_RECENT = 10;

    private static final String RECENT = "recent.";
    private static final String LAST_FOLDER = "lastFolder";
    private static final String THEME = "theme";
    private static final String PAPER = "workbook.paper";
    private static final String EXTRA_CATALOG = "extraCatalog";
    private static final String WINDOW = "window";
    private static final String PLATFORMS = "firewall.platforms";
    private static final String PREFIX = "objects.prefix";
    private static final String CASE = "objects.case";
    private static final String FIREWALL_FOLDER = "firewall.folder";
    private static final String REOPEN_LAST = "reopenLast";
    private static final String LAST_DESIGN = "lastDesign";

    private final Preferences node;
    private final Path dataFolder;

    /** Settings kept in the node, with no data folder: nothing is autosaved (tests of other things). */
    public Settings(Preferences node) {
        this(node, null);
    }

    /**
     * Settings kept in the node, with the folder where the user's data (the recovery files of unsaved designs) lives.
     *
     * @param dataFolder the folder, or null to keep no data (no autosave)
     */
    public Settings(Preferences node, Path dataFolder) {
        this.node = node;
        this.dataFolder = dataFolder;
    }

    /** The settings of the user running Portolan, with the user's data folder ({@link UserDataFolder}). */
    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node("io/portolan"), UserDataFolder.forUser());
    }

    /** The folder of the user's data, where unsaved designs are autosaved; empty when nothing is to be kept. */
    public Optional<Path> dataFolder() {
        return Optional.ofNullable(dataFolder);
    }

    /** True when a start without a file to open reopens the last design (the default), false for the template. */
    public boolean reopenLast() {
        return node.getBoolean(REOPEN_LAST, true);
    }

    public void setReopenLast(boolean reopen) {
        node.putBoolean(REOPEN_LAST, reopen);
        flush();
    }

    /** The design file open when the window last opened, saved or closed one; empty when that was a new design. */
    public Optional<Path> lastDesign() {
        return path(node.get(LAST_DESIGN, null));
    }

    /**
     * Remembers the design file the window shows, or forgets it with null (a new design); writes the settings only when
     * that changes them, so that a start which reopens the last design writes nothing for it.
     */
    public void setLastDesign(Path file) {
        String last = file == null ? null : file.toAbsolutePath().normalize().toString();
        if (Objects.equals(last, node.get(LAST_DESIGN, null))) {
            return;
        }
        if (last == null) {
            node.remove(LAST_DESIGN);
        } else {
            node.put(LAST_DESIGN, last);
        }
        flush();
    }

    /**
     * Where the window was and how big, in screen coordinates.
     *
     * @param maximized true when the window filled the screen
     */
    public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    }

    /** Recently opened or saved design files, most recent first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            path(node.get(RECENT + i, null)).ifPresent(files::add);
        }
        return files;
    }

    /** Puts the file first in the recent list, dropping it from further down and the oldest past the limit. */
    public void addRecentFile(Path file) {
        Path normalised = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(normalised);
        files.add(0, normalised);
        writeRecent(files);
    }

    /** Takes a file off the recent list, e.g. after it was found missing. */
    public void removeRecentFile(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(file.toAbsolutePath().normalize());
        writeRecent(files);
    }

    private void writeRecent(List<Path> files) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    /** The folder of the last file opened or saved. */
    public Optional<Path> lastFolder() {
        return path(node.get(LAST_FOLDER, null));
    }

    public void setLastFolder(Path folder) {
        node.put(LAST_FOLDER, folder.toAbsolutePath().normalize().toString());
        flush();
    }

    /** The theme name, {@code light} unless the user chose another. */
    public String theme() {
        return node.get(THEME, "light");
    }

    public void setTheme(String theme) {
        node.put(THEME, theme);
        flush();
    }

    /** The paper workbooks print on: the one chosen, else the usual paper where this computer's locale is. */
    public PaperSize workbookPaper() {
        return PaperSize.parse(node.get(PAPER, "")).orElseGet(() -> PaperSize.forLocale(Locale.getDefault(Locale.Category.FORMAT)));
    }

    public void setWorkbookPaper(PaperSize paper) {
        node.put(PAPER, paper.name());
        flush();
    }

    /** A folder of extra catalog files the user added, if any. */
    public Optional<Path> extraCatalogFolder() {
        return path(node.get(EXTRA_CATALOG, null));
    }

    /** Sets the extra catalog folder, or clears it with null. */
    public void setExtraCatalogFolder(Path folder) {
        if (folder == null) {
            node.remove(EXTRA_CATALOG);
        } else {
            node.put(EXTRA_CATALOG, folder.toAbsolutePath().normalize().toString());
        }
        flush();
    }

    /** The window's last placement, if one was saved and is readable. */
    public Optional<WindowPlacement> windowPlacement() {
        String text = node.get(WINDOW, null);
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowPlacement placement = new WindowPlacement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            return placement.width() > 0 && placement.height() > 0 ? Optional.of(placement) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindowPlacement(WindowPlacement placement) {
        node.put(WINDOW, placement.x() + "," + placement.y() + "," + placement.width() + "," + placement.height() + ","
                + placement.maximized());
        flush();
    }

    /** The platforms of the last firewall configuration, or Portolan's defaults; one no longer known is dropped. */
    public List<Platform> firewallPlatforms() {
        List<Platform> platforms = new ArrayList<>();
        for (String id : node.get(PLATFORMS, "").split(",")) {
            try {
                platforms.add(Platform.parse(id));
            } catch (IllegalArgumentException e) {
                // a platform of another version, or a blank: left out
            }
        }
        return platforms.isEmpty() ? Platform.DEFAULTS : List.copyOf(platforms);
    }

    /** Remembers the platforms, the object name prefix and case, and the folder of a firewall configuration. */
    public void setFirewallExport(List<Platform> platforms, String prefix, NameCase nameCase, Path folder) {
        node.put(PLATFORMS, Platform.join(platforms));
        node.put(PREFIX, prefix);
        node.put(CASE, nameCase.name());
        node.put(FIREWALL_FOLDER, folder.toAbsolutePath().normalize().toString());
        flush();
    }

    /** The prefix of object names last chosen; empty at first. */
    public String objectPrefix() {
        return node.get(PREFIX, "");
    }

    /** The case of object names last chosen; upper at first. */
    public NameCase objectCase() {
        NameCase chosen = NameCase.parse(node.get(CASE, ""));
        return chosen == null ? NameCase.UPPER : chosen;
    }

    /** The folder of the last firewall configuration, if any. */
    public Optional<Path> firewallFolder() {
        return path(node.get(FIREWALL_FOLDER, null));
    }

    private static Optional<Path> path(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: when the store cannot be written they last for this run only.
        }
    }
}
