package io.portolan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The application icon in every size and format the window and the installers take. */
class ApplicationIconTest {

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256})
    void eachStageIconSizeIsOnTheClassPathAsARoundedTileOfThatSize(int size) throws IOException {
        BufferedImage icon;
        String name = "/io/portolan/icons/app/portolan-" + size + ".png";
        try (InputStream in = ApplicationIconTest.class.getResourceAsStream(name)) {
            assertThat(in).as("icon of %d px on the class path", size).isNotNull();
            icon = ImageIO.read(in);
        }

        assertThat(icon.getWidth()).isEqualTo(size);
        assertThat(icon.getHeight()).isEqualTo(size);
        assertThat(alpha(icon, 0, 0)).as("rounded corner is (nearly) transparent").isLessThan(32);
        assertThat(alpha(icon, size / 2, size / 2)).as("centre is opaque").isEqualTo(255);
    }

    @Test
    void windowsIconHoldsEverySizeFromSixteenToTwoHundredFiftySix() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(Path.of("installer/windows/portolan.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type 1: icon").isEqualTo((short) 1);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < ico.getShort(4); i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            sizes.add(width == 0 ? 256 : width);
        }

        assertThat(sizes).containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void macIconHoldsTheSmallSizesAndTheRetinaSizes() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(Path.of("installer/macos/portolan.icns")));
        assertThat(type(icns, 0)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("length in the header").isEqualTo(icns.capacity());
        List<String> elements = new ArrayList<>();
        for (int at = 8; at < icns.capacity(); at += icns.getInt(at + 4)) {
            elements.add(type(icns, at));
        }

        // is32/il32/it32: 16, 32 and 128 px; ic08, ic09, ic10: 256, 512 and 1024 px (Retina 512 @2x)
        assertThat(elements).contains("is32", "il32", "it32", "ic08", "ic09", "ic10");
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    private static String type(ByteBuffer buffer, int at) {
        byte[] type = new byte[4];
        buffer.get(at, type);
        return new String(type, StandardCharsets.US_ASCII);
    }
}
