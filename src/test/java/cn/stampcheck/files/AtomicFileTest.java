package cn.stampcheck.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteFailingHalfWayLeavesNothing() throws Exception {
        IOException e = assertThrows(IOException.class, () -> AtomicFile.create(List.of(dir.resolve("a.xlsx")).iterator(), out -> {
            out.write(new byte[1000]);
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals(List.of(), names());
    }

    @Test
    void theStreamsOwnErrorWinsOverTheWrapperPoiPutsAroundIt() throws Exception {
        assertThrows(java.nio.channels.ClosedChannelException.class, () -> AtomicFile.replace(dir.resolve("a.xlsx"), out -> {
            out.write(new byte[1000]);
            out.close();
            try {
                out.write(1);
            } catch (IOException fromTheFileSystem) {
                throw new IllegalStateException("The part /xl/sharedStrings.xml failed to be saved");
            }
        }));
        assertEquals(List.of(), names());
    }

    @Test
    void createTakesTheFirstFreeNameAndNeverOverwrites() throws Exception {
        Files.writeString(dir.resolve("a.xlsx"), "old");
        Path written = AtomicFile.create(List.of(dir.resolve("a.xlsx"), dir.resolve("a（2）.xlsx")).iterator(),
                out -> out.write("new".getBytes()));
        assertEquals(dir.resolve("a（2）.xlsx"), written);
        assertEquals("old", Files.readString(dir.resolve("a.xlsx")));
        assertEquals("new", Files.readString(written));
        assertEquals(List.of("a.xlsx", "a（2）.xlsx"), names());
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> AtomicFile.create(
                List.of(dir.resolve("a.xlsx")).iterator(), out -> out.write(1)));
        assertEquals(List.of("a.xlsx", "a（2）.xlsx"), names());
    }
}
