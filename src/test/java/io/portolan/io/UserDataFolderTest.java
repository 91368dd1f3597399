package io.portolan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserDataFolderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Linux       | -                  | -                 | /home/ada/.local/share/portolan",
        "Linux       | /data/ada          | -                 | /data/ada/portolan",
        "Linux       | relative/data      | -                 | /home/ada/.local/share/portolan",
        "FreeBSD     | -                  | -                 | /home/ada/.local/share/portolan",
        "Mac OS X    | /data/ada          | -                 | /home/ada/Library/Application Support/Portolan",
        "Windows 11  | -                  | /roaming/ada      | /roaming/ada/Portolan",
        "Windows 10  | -                  | -                 | /home/ada/AppData/Roaming/Portolan",
    })
    void eachSystemKeepsTheDataWhereItKeepsUserData(String os, String xdgDataHome, String appData, String expected) {
        Map<String, String> environment = new java.util.HashMap<>();
        if (xdgDataHome != null) {
            environment.put("XDG_DATA_HOME", xdgDataHome);
        }
        if (appData != null) {
            environment.put("APPDATA", appData);
        }

        assertThat(UserDataFolder.of(null, os, environment, "/home/ada")).isEqualTo(Path.of(expected));
    }

    @Test
    void theSystemPropertyPutsItElsewhere() {
        assertThat(UserDataFolder.of("/tmp/portable", "Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/ada"))
                .isEqualTo(Path.of("/tmp/portable"));
    }
}
