package io.portolan.io.export.capirca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AclgenTest {

    @TempDir
    Path folder;

    /** A stand-in for aclgen that prints its arguments and exits with the given status. */
    private Path fakeAclgen(int status) throws Exception {
        assumeThat(File.separatorChar).as("a shell script stands in for aclgen").isEqualTo('/');
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path script = bin.resolve("aclgen");
        Files.writeString(script, "#!/bin/sh\necho \"$@\"\necho 'Traceback: it failed' >&2\nexit " + status + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void aclgenIsFoundOnTheSearchPathOrNot() throws Exception {
        Path bin = fakeAclgen(0);

        assertThat(Aclgen.find(folder + File.pathSeparator + bin)).map(Aclgen::executable).contains(bin.resolve("aclgen"));
        assertThat(Aclgen.find(folder.toString())).isEmpty();
        assertThat(Aclgen.find((String) null)).isEmpty();
    }

    @Test
    void aRunPointsAclgenAtThePoliciesTheDefinitionsAndTheOutputFolder() throws Exception {
        Aclgen aclgen = Aclgen.find(fakeAclgen(0).toString()).orElseThrow();

        Aclgen.Result result = aclgen.run(folder, Duration.ofSeconds(30));

        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("--base_directory=" + folder.resolve("policies"),
                "--definitions_directory=" + folder.resolve("def"), "--output_directory=" + folder.resolve("out"));
    }

    @Test
    void aFailedRunGivesItsStatusAndLastWords() throws Exception {
        Aclgen.Result result = Aclgen.find(fakeAclgen(1).toString()).orElseThrow().run(folder, Duration.ofSeconds(30));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.tail(1)).isEqualTo("Traceback: it failed");
    }
}
