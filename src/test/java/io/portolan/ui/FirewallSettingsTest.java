package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.io.export.capirca.Platform;
import io.portolan.io.export.objects.NameCase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirewallSettingsTest {

    @Test
    void nothingChosenYetOffersTheDefaultPlatformsAndUpperCaseNamesWithoutPrefix() {
        Settings settings = new Settings(new MemoryPreferences());

        assertThat(settings.firewallPlatforms()).isEqualTo(Platform.DEFAULTS);
        assertThat(settings.objectPrefix()).isEmpty();
        assertThat(settings.objectCase()).isEqualTo(NameCase.UPPER);
        assertThat(settings.firewallFolder()).isEmpty();
    }

    @Test
    void theLastChoiceIsRemembered() {
        MemoryPreferences store = new MemoryPreferences();
        new Settings(store).setFirewallExport(List.of(Platform.NFTABLES, Platform.IOS), "PTL_", NameCase.LOWER, Path.of("/tmp/fw"));

        Settings again = new Settings(store);

        assertThat(again.firewallPlatforms()).containsExactly(Platform.NFTABLES, Platform.IOS);
        assertThat(again.objectPrefix()).isEqualTo("PTL_");
        assertThat(again.objectCase()).isEqualTo(NameCase.LOWER);
        assertThat(again.firewallFolder()).contains(Path.of("/tmp/fw").toAbsolutePath());
    }

    @Test
    void aPlatformThisVersionDoesNotKnowIsDropped() {
        MemoryPreferences store = new MemoryPreferences();
        store.put("firewall.platforms", "asa,checkpoint");

        assertThat(new Settings(store).firewallPlatforms()).containsExactly(Platform.ASA);
    }
}
