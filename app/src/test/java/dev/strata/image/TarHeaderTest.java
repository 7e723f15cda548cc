package dev.strata.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipEncoding;
import org.apache.commons.compress.archivers.zip.ZipEncodingHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick header reader against commons-compress's: on headers of every format, with
 * numbers written the ways tar writers write them, long, non-ASCII and slash-ended names,
 * and random damage, whatever the quick reader accepts it must read exactly as
 * commons-compress does, and it must accept the plain headers most layers are made of.
 */
class TarHeaderTest {
    private static final ZipEncoding UTF8 = ZipEncodingHelper.getZipEncoding("UTF-8");
    private static final byte[] TYPES = {'0', '\0', '1', '2', '3', '4', '5', '6', '7'};
    private static final String NAME_CHARS = "abcxyz019._-/ ";

    @Test
    void acceptsOnlyWhatItReadsAsCommonsCompressDoes() {
        Random random = new Random(20261203);
        int accepted = 0;
        int cases = 200_000;
        for (int i = 0; i < cases; i++) {
            byte[] header = header(random);
            TarHeader quick = TarHeader.parse(header);
            if (quick != null) {
                accepted++;
                assertThat(byCommons(header)).as("header %d", i).isEqualTo(quick.toString());
            }
        }
        assertThat(accepted).isBetween(cases / 10, cases * 9 / 10);
    }

    @Test
    void readsAPlainUstarHeader() {
        byte[] h = new byte[512];
        put(h, 0, "hosts");
        put(h, 100, "0000644\0");
        put(h, 124, "00000000017\0");
        h[156] = '0';
        put(h, 257, "ustar\0" + "00");
        put(h, 345, "etc");

        assertThat(TarHeader.parse(h)).isEqualTo(
                new TarHeader("etc/hosts", EntryKind.FILE, 15, 15, 0644, ""));
    }

    @Test
    void declinesBinarySizesAndStarHeaders() {
        byte[] h = new byte[512];
        put(h, 0, "big");
        h[124] = (byte) 0x80;
        h[156] = '0';
        put(h, 257, "ustar\0" + "00");
        assertThat(TarHeader.parse(h)).isNull();

        h[124] = 0;
        put(h, 508, "tar\0");
        assertThat(TarHeader.parse(h)).isNull();
    }

    private static String byCommons(byte[] header) {
        try {
            return TarHeader.of(new TarArchiveEntry(header, UTF8, false)).toString();
        } catch (IllegalArgumentException | IOException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static byte[] header(Random random) {
        byte[] h = new byte[512];
        put(h, 0, name(random, 100));
        number(random, h, 100, 8, random.nextInt(01000));
        number(random, h, 108, 8, random.nextInt(70000));
        number(random, h, 116, 8, random.nextInt(70000));
        number(random, h, 124, 12, random.nextInt(3) == 0 ? 0 : random.nextInt(1 << 30));
        number(random, h, 136, 12, random.nextInt(Integer.MAX_VALUE));
        h[156] = TYPES[random.nextInt(TYPES.length)];
        if (h[156] == '1' || h[156] == '2') {
            put(h, 157, name(random, 100));
        }
        switch (random.nextInt(5)) {
            case 0 -> put(h, 257, "ustar  \0");
            case 1 -> put(h, 257, "ustar\0" + "00");
            case 2 -> {
                put(h, 257, "ustar\0" + "00");
                put(h, 345, name(random, 155));
            }
            case 3 -> {
                put(h, 257, "ustar\0" + "00");
                put(h, 508, "tar\0");
            }
            default -> {
                // a v7 header: no magic
            }
        }
        put(h, 265, random.nextInt(20) == 0 ? "r\u00e9mi" : "root");
        put(h, 297, "root");
        number(random, h, 329, 8, random.nextInt(300));
        number(random, h, 337, 8, random.nextInt(300));
        if (random.nextInt(10) == 0) {
            put(h, 345 + random.nextInt(150), "1");
        }
        if (random.nextInt(3) == 0) {
            h[random.nextInt(512)] = (byte) random.nextInt(256);
        }
        return h;
    }

    private static String name(Random random, int max) {
        int length = random.nextInt(8) == 0 ? max : random.nextInt(Math.min(max, 40));
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
        }
        if (random.nextInt(30) == 0 && length > 0) {
            name.setCharAt(0, '\u00e9');
        }
        return name.toString();
    }

    /** A number in one of the ways writers fill a field, or damaged. */
    private static void number(Random random, byte[] h, int offset, int length, long value) {
        String octal = Long.toOctalString(value);
        String text = switch (random.nextInt(8)) {
            case 0 -> " ".repeat(Math.max(0, length - 2 - octal.length())) + octal + " \0";
            case 1 -> octal;
            case 2 -> "";
            case 3 -> "0".repeat(Math.max(0, length - 1 - octal.length())) + octal + " ";
            case 4 -> octal.length() < length - 1 ? octal + "9" : octal;
            case 5 -> "\u0080";
            default -> "0".repeat(Math.max(0, length - 1 - octal.length())) + octal + "\0";
        };
        put(h, offset, text.length() > length ? text.substring(0, length) : text);
    }

    private static void put(byte[] h, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, h, offset, Math.min(bytes.length, h.length - offset));
    }
}
