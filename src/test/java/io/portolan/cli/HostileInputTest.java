package io.portolan.cli;

import static io.portolan.testing.CommandLineRun.run;
import static io.portolan.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portolan.io.design.DesignFile;
import io.portolan.model.Design;
import io.portolan.model.ZoneKind;
import io.portolan.testing.CommandLineRun;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What a received file can hold never reaches the terminal raw, and what is not a design file is refused at once. */
class HostileInputTest {

    private static final String ESC = "\u001B";
    private static final String BEL = "\u0007";

    @TempDir
    Path folder;

    @Test
    void controlCharactersOfAFileAreShownEscapedInWarningsAndTables() throws Exception {
        Design design = design().zone("dmz", ZoneKind.DMZ).zone("lan", ZoneKind.INTERNAL).firewall("fw", "dmz", "lan")
                .node("gw", "citrix.gateway", "dmz").node("sf", "citrix.storefront", "lan").build();
        design = design.withNode(design.node("sf").orElseThrow().withName("SF" + ESC + "]0;pwned" + BEL + ESC + "[2J"));
        Path file = folder.resolve("hostile.portolan");
        DesignFile.write(file, design);

        CommandLineRun validate = run("validate", file.toString());
        CommandLineRun flows = run("flows", file.toString());
        CommandLineRun walkthrough = run("walkthrough", file.toString());

        assertThat(validate.out()).contains("SF\\x1B]0;pwned\\x07\\x1B[2J").doesNotContain(ESC).doesNotContain(BEL);
        assertThat(flows.out()).contains("SF\\x1B]0;pwned").doesNotContain(ESC).doesNotContain(BEL);
        assertThat(flows.err()).doesNotContain(ESC);
        assertThat(walkthrough.out()).contains("SF\\x1B]0;pwned").doesNotContain(ESC).doesNotContain(BEL);
    }

    @Test
    void controlCharactersInAnErrorOfADesignFileAreShownEscaped() throws Exception {
        Path broken = Path.of(HostileInputTest.class.getResource(
                "/io/portolan/io/design/broken/feature-with-control-characters.portolan").toURI());

        CommandLineRun result = run("validate", broken.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains(broken.toString())
                .contains("$.nodes[0].features[0]: 'edt\\x1B]0;pwned\\x07\\x1B[2J' is not a feature of Citrix Gateway")
                .doesNotContain(ESC).doesNotContain(BEL);
        assertThat(result.out()).doesNotContain(ESC);
    }

    @Test
    void aCatalogFolderWithPortZeroIsRefusedNamingTheFileAndTheField() throws Exception {
        Path catalog = Path.of(HostileInputTest.class.getResource("/io/portolan/catalog/port-zero").toURI());

        CommandLineRun result = run("--catalog", catalog.toString(), "catalog");

        assertThat(result.status()).isNotZero();
        assertThat(result.err()).contains(catalog.resolve("port-zero.json") + " $.rules[0].ports: port 0 in '0' is outside 1..65535")
                .contains(catalog.resolve("port-zero.json") + " $.types[0].settings[0].default:");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aLongValueInAnErrorIsCutAndSaysHowLongItWas() throws Exception {
        Path file = folder.resolve("long.portolan");
        String address = "10.0.0." + "9".repeat(5000);
        Files.writeString(file, "{\"format\": \"portolan-design\", \"version\": 1, \"zones\": [], \"nodes\": [{\"id\": \"a\", "
                + "\"type\": \"citrix.ddc\", \"name\": \"A\", \"address\": \"" + address + "\", \"position\": {\"x\": 0, \"y\": 0}}]}");

        CommandLineRun result = run("validate", file.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().satisfies(line -> {
            assertThat(line).hasSizeLessThan(400).contains("(5007 characters)").contains("is not an IP address");
        });
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFolderADeviceOrANamedPipeIsRefusedWithoutReadingIt() throws Exception {
        assertThat(run("validate", folder.toString()).errLines()).singleElement().asString().contains("it is a folder");
        if (Files.exists(Path.of("/dev/zero"))) {
            assertThat(run("validate", "/dev/zero").errLines()).singleElement().asString().contains("not a regular file");
        }
        Path pipe = folder.resolve("pipe.portolan");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        CommandLineRun result = run("flows", pipe.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("not a regular file");
    }

    @Test
    void aFileLargerThanADesignCanBeIsRefusedBeforeItIsRead() throws Exception {
        Path huge = folder.resolve("huge.portolan");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(DesignFile.MAX_BYTES + 1);
        }

        CommandLineRun result = run("validate", huge.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("larger than a design file can be");
    }
}
