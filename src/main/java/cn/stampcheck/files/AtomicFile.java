package cn.stampcheck.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;

/**
 * Writes a file through a temporary file beside it, renamed into place only once complete: a full disk, a
 * file-size limit or a failure half-way leaves no half-written file under the real name, and the temporary
 * one is deleted.
 */
public final class AtomicFile {

    /** Writes the content; the stream is closed by the caller. */
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code target}, replacing a file of that name only after the new one is complete. */
    public static void replace(Path target, Content content) throws IOException {
        Path tmp = temporary(target);
        try {
            write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes the content once and puts it under the first of {@code names} (all in one folder) that no file
     * has, never over an existing file: the name is taken with a hard link, which fails atomically if
     * another run took it meanwhile (where the file system has no links, a rename without replacing).
     *
     * @return the name written
     */
    public static Path create(Iterator<Path> names, Content content) throws IOException {
        Path first = names.next();
        Path tmp = temporary(first);
        try {
            write(tmp, content);
            for (Path name = first; ; name = names.next()) {
                if (!Files.exists(name, java.nio.file.LinkOption.NOFOLLOW_LINKS) && take(tmp, name)) {
                    return name;
                }
                if (!names.hasNext()) {
                    throw new FileAlreadyExistsException(first.toString());
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean take(Path tmp, Path name) throws IOException {
        try {
            Files.createLink(name, tmp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            try {
                Files.move(tmp, name);
                return true;
            } catch (FileAlreadyExistsException taken) {
                return false;
            }
        }
    }

    /** Not Files.createTempFile: its owner-only permissions would stay on the file renamed into place. */
    private static Path temporary(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
    }

    /**
     * Writes the content; a failure is reported as the file system's own error when there was one (POI
     * reports a full disk as "the part failed to be saved", dropping the cause).
     */
    private static void write(Path tmp, Content content) throws IOException {
        try (Watched out = new Watched(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
            try {
                content.write(out);
            } catch (IOException | RuntimeException e) {
                if (out.failure != null) {
                    out.failure.addSuppressed(e);
                    throw out.failure;
                }
                throw e;
            }
        }
    }

    /** Remembers the first error of the stream underneath. */
    private static final class Watched extends FilterOutputStream {

        IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        private IOException seen(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
