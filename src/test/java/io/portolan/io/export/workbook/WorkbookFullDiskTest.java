package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.io.OutputFileException;
import io.portolan.io.SmallDisk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook written where there is no room says that the disk is full, the target's or the temporary folder's,
 * rather than what POI says ("This archive contains unclosed entries", "Fail to save"), and leaves the old file.
 */
class WorkbookFullDiskTest {

    @TempDir
    Path folder;

    @AfterEach
    void useTheSystemsTemporaryFolderAgain() {
        PoiTemporaryFiles.useTemporaryFolder(null);
        PoiTemporaryFiles.prepare();
    }

    @Test
    void aWorkbookOnAFullDiskSaysTheDiskIsFull() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder, "64k")) {
            Path target = Files.writeString(disk.folder().resolve("request.xlsx"), "the old request");

            assertThatThrownBy(() -> WorkbookExporter.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()),
                    new WorkbookOptions(false, TestPictures.noise(200, 200), Sheets.DATE), target))
                    .isInstanceOf(OutputFileException.class).hasMessage("Cannot write " + target + ": the disk is full");

            assertThat(Files.readString(target)).isEqualTo("the old request");
            try (Stream<Path> files = Files.list(disk.folder())) {
                assertThat(files).containsExactly(target);
            }
        }
    }

    @Test
    void aWorkbookWhoseTemporaryFolderIsFullSaysSoAndLeavesNothingThere() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder, "64k")) {
            PoiTemporaryFiles.useTemporaryFolder(disk.folder());
            Path target = folder.resolve("request.xlsx");

            assertThatThrownBy(() -> WorkbookExporter.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()),
                    new WorkbookOptions(false, TestPictures.noise(200, 200), Sheets.DATE), target))
                    .isInstanceOf(OutputFileException.class)
                    .hasMessage("Cannot write " + target + ": the disk of the temporary folder " + disk.folder() + " is full");

            assertThat(target).doesNotExist();
            try (Stream<Path> files = Files.walk(disk.folder())) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }
}
