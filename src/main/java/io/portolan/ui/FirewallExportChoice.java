package io.portolan.ui;

import io.portolan.io.export.capirca.Platform;
import io.portolan.io.export.objects.NameCase;
import java.nio.file.Path;
import java.util.List;

/**
 * What the user chose in Export > Firewall Configuration.
 *
 * @param folder where the Capirca policies go
 * @param platforms the platforms they target, at least one
 * @param prefix put before every object name; empty for none
 * @param nameCase the case of object names
 */
public record FirewallExportChoice(Path folder, List<Platform> platforms, String prefix, NameCase nameCase) {

    public FirewallExportChoice {
        platforms = List.copyOf(platforms);
        prefix = prefix == null ? "" : prefix.trim();
    }
}
