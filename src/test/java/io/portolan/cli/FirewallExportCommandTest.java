package io.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portolan.io.design.DesignFile;
import io.portolan.io.export.capirca.Aclgen;
import io.portolan.io.export.capirca.Platform;
import io.portolan.model.CustomFlow;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.ZoneKind;
import io.portolan.testing.CommandLineRun;
import io.portolan.testing.DesignBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portolan export} with objects and Capirca policies. */
class FirewallExportCommandTest {

    @TempDir
    Path folder;

    private Path design;

    /**
     * A web server in the DMZ reaching an application server in the LAN through the firewall {@code fw}, on a flow
     * added by hand between file servers (which the catalog gives no rule between), so that its one rule is known.
     */
    @BeforeEach
    void writeDesign() throws Exception {
        DesignBuilder builder = DesignBuilder.design().zone("lan", ZoneKind.INTERNAL).zone("dmz", ZoneKind.DMZ)
                .firewall("fw", "lan", "dmz").node("web", "common.file-server", "dmz").node("app", "common.file-server", "lan")
                .address("web", "172.16.1.10").address("app", "10.1.0.10").name("web", "Web server").name("app", "App server")
                .custom(new CustomFlow("c1", "web", "app", Protocol.TCP, null, PortSet.ofPorts(8443), "Application API"));
        design = folder.resolve("web.portolan");
        DesignFile.write(design, builder.build());
    }

    private static List<String> sheetNames(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }

    /** A design whose one crossing rule is VRRP, which Capirca's Palo Alto generator cannot write. */
    private Path vrrpDesign() throws Exception {
        DesignBuilder builder = DesignBuilder.design().zone("a", ZoneKind.INTERNAL).zone("b", ZoneKind.DMZ).firewall("fw", "a", "b")
                .node("x", "common.file-server", "a").node("y", "common.file-server", "b").address("x", "10.0.0.1")
                .address("y", "10.0.1.1").custom(new CustomFlow("c1", "x", "y", Protocol.IP, 112, PortSet.EMPTY, "VRRP"));
        Path file = folder.resolve("vrrp.portolan");
        DesignFile.write(file, builder.build());
        return file;
    }

    @Test
    void objectsAddAnObjectsSheetAndNameObjectsInTheRules() throws Exception {
        Path workbook = folder.resolve("request.xlsx");
        Path csv = folder.resolve("rules.csv");

        CommandLineRun run = CommandLineRun.run("export", design.toString(), "-o", workbook.toString(), "--csv", csv.toString(),
                "--no-diagram", "--objects", "--prefix", "PTL_");

        assertThat(run.status()).isZero();
        assertThat(sheetNames(workbook)).contains("Objects");
        assertThat(run.out()).contains("address and").contains("service objects").contains("naming objects");
        assertThat(Files.readString(csv)).contains("PTL_WEB_SERVER", "PTL_APP_SERVER").doesNotContain("172.16.1.10");
    }

    @Test
    void capircaAloneWritesPoliciesForTheDefaultPlatformsWithoutRunningAclgen() {
        Path target = folder.resolve("capirca");

        CommandLineRun run = CommandLineRun.run("export", design.toString(), "--capirca", target.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Wrote " + target + ": ").contains("targets asa,paloalto,srx,nftables");
        assertThat(run.err()).doesNotContain("aclgen");
        assertThat(target.resolve("def/NETWORK.net")).exists();
        assertThat(target.resolve("README.md")).exists();
        assertThat(target.resolve("out")).doesNotExist();
    }

    @Test
    void choosingPlatformsWithoutAclgenInstalledSaysHowToInstallIt() throws Exception {
        Path target = folder.resolve("capirca");
        System.setProperty("portolan.path", Files.createDirectories(folder.resolve("empty")).toString());
        try {
            CommandLineRun run = CommandLineRun.run("export", design.toString(), "--capirca", target.toString(), "--platform", "srx");

            assertThat(run.status()).isZero();
            assertThat(run.err()).contains("aclgen is not on the PATH").contains("apt install python3-capirca")
                    .contains("pip install capirca");
            assertThat(target.resolve("policies/pol")).isDirectory();
        } finally {
            System.clearProperty("portolan.path");
        }
    }

    @Test
    void whenTheCapircaFolderFailsTheWorkbookAndTheCsvStayAsTheyWereAsAPair() throws Exception {
        Path workbook = Files.writeString(folder.resolve("request.xlsx"), "the workbook of last week");
        Path csv = Files.writeString(folder.resolve("request.csv"), "the rules of last week");
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path aclgen = Files.writeString(bin.resolve("aclgen"), "#!/bin/sh\necho 'aclgen: broken policy' >&2\nexit 3\n");
        assumeTrue(aclgen.toFile().setExecutable(true), "cannot make a script executable here");
        System.setProperty("portolan.path", bin.toString());
        try {
            CommandLineRun run = CommandLineRun.run("export", design.toString(), "-o", workbook.toString(), "--csv", csv.toString(),
                    "--capirca", folder.resolve("capirca").toString(), "--platform", "srx");

            assertThat(run.status()).as(run.err()).isEqualTo(2);
            assertThat(run.out()).doesNotContain("Wrote");
        } finally {
            System.clearProperty("portolan.path");
        }
        assertThat(Files.readString(workbook)).isEqualTo("the workbook of last week");
        assertThat(Files.readString(csv)).isEqualTo("the rules of last week");
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("web.portolan", "request.xlsx",
                    "request.csv", "bin");
        }
    }

    @Test
    void choosingPlatformsRunsAclgenIntoTheOutFolder() {
        assumeTrue(Aclgen.find().isPresent(), "aclgen is not on the PATH: " + Aclgen.HOW_TO_INSTALL);
        Path target = folder.resolve("capirca");

        CommandLineRun run = CommandLineRun.run("export", design.toString(), "--capirca", target.toString(), "--platform",
                "paloalto,ios");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("aclgen wrote ").contains(" platform configurations to " + target.resolve("out"));
        assertThat(target.resolve("out/fw.xml")).exists();
        assertThat(target.resolve("out/fw.acl")).exists();
    }

    @Test
    void aFolderThatHoldsFilesIsReplacedOnlyWithForce() throws Exception {
        Path target = Files.createDirectories(folder.resolve("capirca"));
        Files.writeString(target.resolve("notes.txt"), "mine");

        CommandLineRun refused = CommandLineRun.run("export", design.toString(), "--capirca", target.toString());
        CommandLineRun forced = CommandLineRun.run("export", design.toString(), "--capirca", target.toString(), "--force");

        assertThat(refused.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(refused.err()).startsWith("portolan: Cannot write " + target + ": the folder exists and is not empty");
        assertThat(forced.status()).isZero();
        assertThat(target.resolve("notes.txt")).doesNotExist();
    }

    @Test
    void aRuleAChosenPlatformCannotWriteIsAnErrorAndNothingIsWritten() throws Exception {
        Path workbook = folder.resolve("request.xlsx");
        Path target = folder.resolve("capirca");

        CommandLineRun run = CommandLineRun.run("export", vrrpDesign().toString(), "-o", workbook.toString(), "--no-diagram",
                "--capirca", target.toString(), "--platform", "paloalto");

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).startsWith("portolan: rule 1 on fw (X -> Y, IP 112): Capirca's Palo Alto generator does not write"
                + " the protocol vrrp");
        assertThat(workbook).doesNotExist();
        assertThat(target).doesNotExist();
    }

    @Test
    void objectNamesThatCollideAreAnErrorNamingBothNodes() throws Exception {
        DesignBuilder builder = DesignBuilder.design().zone("a", ZoneKind.INTERNAL).node("x", "common.file-server", "a")
                .node("y", "common.file-server", "a").address("x", "10.0.0.1").address("y", "10.0.0.2")
                .name("x", "File server").name("y", "File-server");
        Path file = folder.resolve("clash.portolan");
        DesignFile.write(file, builder.build());

        CommandLineRun run = CommandLineRun.run("export", file.toString(), "--capirca", folder.resolve("capirca").toString());

        assertThat(run.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(run.err()).isEqualTo("portolan: objects: the node 'File server' and the node 'File-server' would both be named"
                + " FILE_SERVER on the firewall; rename one of them\n");
    }

    @Test
    void badPlatformsPrefixesAndCasesAreUsageErrors() {
        Path target = folder.resolve("capirca");

        assertThat(CommandLineRun.run("export", design.toString(), "--capirca", target.toString(), "--platform", "checkpoint").err())
                .startsWith("portolan: 'checkpoint' is not a platform Portolan writes for; choose from asa, ios,");
        assertThat(CommandLineRun.run("export", design.toString(), "-o", folder.resolve("x.xlsx").toString(), "--platform", "asa").err())
                .startsWith("portolan: --platform chooses the targets of the Capirca policies: add --capirca DIR");
        assertThat(CommandLineRun.run("export", design.toString(), "--capirca", target.toString(), "--prefix", "9x").err())
                .startsWith("portolan: the object name prefix '9x' must start with a letter");
        assertThat(CommandLineRun.run("export", design.toString(), "--capirca", target.toString(), "--case", "camel").err())
                .startsWith("portolan: Invalid value for option '--case': 'camel' is not a case of names; write upper or lower");
        assertThat(target).doesNotExist();
    }

    @Test
    void theHelpListsEveryPlatform() {
        assertThat(ExportCommand.PLATFORMS).isEqualTo(Platform.ids());
        assertThat(CommandLineRun.run("export", "--help").out()).contains("--capirca=DIR", "--platform=LIST", "--objects");
    }

}
