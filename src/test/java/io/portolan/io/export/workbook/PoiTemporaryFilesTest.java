package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows a streaming workbook flushes go to a folder of Portolan's own, where a killed export's leftovers are removed. */
class PoiTemporaryFilesTest {

    @TempDir
    Path temporary;

    @AfterEach
    void pointPoiBackAtTheSystemsTemporaryFolder() {
        PoiTemporaryFiles.prepare();
    }

    @Test
    void poiWritesItsTemporaryFilesInAFolderOfTheUsersOwnNotInPoifiles() throws Exception {
        Path folder = PoiTemporaryFiles.prepare(temporary);

        File sheet = TempFile.createTempFile("poi-sxssf-sheet", ".xml");

        assertThat(folder).isNotNull().startsWith(temporary);
        assertThat(sheet.toPath().getParent()).isEqualTo(folder);
        assertThat(temporary.resolve("poifiles")).doesNotExist();
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }

    @Test
    void filesAKilledExportLeftAreRemovedByTheNextAndThoseOfARunningExportKept() throws Exception {
        Path folder = PoiTemporaryFiles.prepare(temporary);
        Path killed = Files.writeString(folder.resolve("poi-sxssf-sheet123.xml"), "<row/>");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Path running = Files.writeString(folder.resolve("poi-sxssf-sheet456.xml"), "<row/>");
        Path notPois = Files.writeString(folder.resolve("notes.txt"), "kept");
        Files.setLastModifiedTime(notPois, FileTime.from(Instant.now().minus(Duration.ofDays(1))));

        PoiTemporaryFiles.prepare(temporary);

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("poi-sxssf-sheet456.xml", "notes.txt");
        }
        assertThat(running).exists();
    }

    @Test
    void aLinkWhereTheFolderShouldBeIsNotFollowed() throws Exception {
        Path elsewhere = Files.createDirectory(temporary.resolve("elsewhere"));
        Path expected = PoiTemporaryFiles.prepare(temporary);
        Files.delete(expected);
        Files.createSymbolicLink(expected, elsewhere);

        assertThat(PoiTemporaryFiles.prepare(temporary)).isNull();
    }
}
