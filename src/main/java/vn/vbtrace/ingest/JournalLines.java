package vn.vbtrace.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The journal file's lines as bytes: tabs and line ends are single bytes in UTF-8, so each field's byte offset in the
 * file is known as it is read or written, and an entry is read back from its offset alone ({@link CommittedFiles}).
 */
final class JournalLines {

    /** The fields of a journal entry: id, hash, stored name, source. */
    static final int ENTRY_FIELDS = 4;

    private JournalLines() {
    }

    /** A line's fields between tabs, and the offset in the file where each starts. */
    record Fields(String[] values, long[] offsets) {
    }

    /**
     * Hands every whole line of the file to {@code line}, reading a line at a time (at a million documents the journal
     * is some 170 MB); returns whether the file ends in a line torn by a crash (no line end), which is not handed on.
     */
    static boolean read(Path file, Consumer<Fields> line) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] bytes = new byte[1 << 12];
            int length = 0;
            long start = 0;
            long position = 0;
            int b;
            while ((b = in.read()) != -1) {
                position++;
                if (b == '\n') {
                    line.accept(fields(bytes, length, start));
                    length = 0;
                    start = position;
                } else {
                    if (length == bytes.length) {
                        bytes = Arrays.copyOf(bytes, length * 2);
                    }
                    bytes[length++] = (byte) b;
                }
            }
            return length > 0;
        }
    }

    private static Fields fields(byte[] bytes, int length, long start) {
        List<String> values = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || bytes[i] == '\t') {
                values.add(new String(bytes, from, i - from, StandardCharsets.UTF_8));
                offsets.add(start + from);
                from = i + 1;
            }
        }
        return new Fields(values.toArray(String[]::new), offsets.stream().mapToLong(Long::longValue).toArray());
    }

    /** A line being written, as UTF-8, so that the byte offset of each of its parts is known. */
    static final class Builder {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Builder add(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** The bytes written so far: the offset in the line of what is added next. */
        int length() {
            return bytes.size();
        }

        byte[] toBytes() {
            return bytes.toByteArray();
        }
    }

    /** The entry whose four fields start at this offset; the last ends at a tab (the next entry, END) or a line end. */
    static Journal.Entry entryAt(FileChannel channel, long offset) throws IOException {
        byte[] bytes = new byte[512];
        int length = 0;
        int tabs = 0;
        while (true) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, length * 2);
            }
            int read = channel.read(ByteBuffer.wrap(bytes, length, bytes.length - length), offset + length);
            int end = read <= 0 ? length : length + read;
            for (int i = length; i < end; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\t' && ++tabs == ENTRY_FIELDS) {
                    return entry(bytes, i);
                }
            }
            if (read <= 0) {
                return entry(bytes, end);
            }
            length = end;
        }
    }

    private static Journal.Entry entry(byte[] bytes, int length) {
        String[] f = new String(bytes, 0, length, StandardCharsets.UTF_8).split("\t", -1);
        if (f.length < ENTRY_FIELDS) {
            throw new IllegalStateException("the journal holds no whole entry where its register points");
        }
        return new Journal.Entry(f[0], f[1], f[2], f[3]);
    }
}
