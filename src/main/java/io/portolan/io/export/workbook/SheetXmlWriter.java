package io.portolan.io.export.workbook;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import io.portolan.io.Cancellation;

/**
 * SXSSF's writer of a sheet's rows to its temporary file, with a plain UTF-8 sink in place of the
 * synchronised BufferedWriter it uses by default: SXSSF writes the XML one character at a time, and
 * taking a lock per character was a third of the time of writing 100,000 rules.
 */
final class SheetXmlWriter extends SheetDataWriter {

    private final Cancellation cancellation;

    /** A writer of rows that stops once the write is cancelled, checked each time SXSSF flushes a window of rows. */
    SheetXmlWriter(Cancellation cancellation) throws IOException {
        super();
        this.cancellation = cancellation;
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        cancellation.check();
        super.writeRow(rownum, row);
    }

    // SXSSF still calls this public method from its constructor; POI plans to make it protected
    @SuppressWarnings("deprecation")
    @Override
    public Writer createWriter(File file) throws IOException {
        return new Utf8Writer(decorateOutputStream(new FileOutputStream(file)));
    }

    /** A buffered UTF-8 writer for one thread, with a fast path for ASCII. */
    static final class Utf8Writer extends Writer {
        private static final int SIZE = 1 << 16;

        private final OutputStream out;
        private final byte[] buffer = new byte[SIZE];
        private int count;
        private char highSurrogate;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (count > SIZE - 8) {
                drain();
            }
            if (c < 0x80 && highSurrogate == 0) {
                buffer[count++] = (byte) c;
            } else {
                encode((char) c);
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(chars[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }

        /** Encodes a character past ASCII; a surrogate without its partner becomes a question mark, as POI does. */
        private void encode(char c) {
            if (Character.isHighSurrogate(c)) {
                if (highSurrogate != 0) {
                    buffer[count++] = '?';
                }
                highSurrogate = c;
                return;
            }
            int code = c;
            if (Character.isLowSurrogate(c)) {
                code = highSurrogate != 0 ? Character.toCodePoint(highSurrogate, c) : '?';
            } else if (highSurrogate != 0) {
                buffer[count++] = '?';
            }
            highSurrogate = 0;
            count = put(buffer, count, code);
        }

        /**
         * Writes the code point as UTF-8 into the buffer at the position, and returns the position after it; the buffer
         * has room for four bytes there.
         */
        static int put(byte[] buffer, int at, int code) {
            int next = at;
            if (code < 0x80) {
                buffer[next++] = (byte) code;
            } else if (code < 0x800) {
                buffer[next++] = (byte) (0xC0 | code >> 6);
                buffer[next++] = (byte) (0x80 | code & 0x3F);
            } else if (code < 0x10000) {
                buffer[next++] = (byte) (0xE0 | code >> 12);
                buffer[next++] = (byte) (0x80 | code >> 6 & 0x3F);
                buffer[next++] = (byte) (0x80 | code & 0x3F);
            } else {
                buffer[next++] = (byte) (0xF0 | code >> 18);
                buffer[next++] = (byte) (0x80 | code >> 12 & 0x3F);
                buffer[next++] = (byte) (0x80 | code >> 6 & 0x3F);
                buffer[next++] = (byte) (0x80 | code & 0x3F);
            }
            return next;
        }

        private void drain() throws IOException {
            out.write(buffer, 0, count);
            count = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }
    }
}
