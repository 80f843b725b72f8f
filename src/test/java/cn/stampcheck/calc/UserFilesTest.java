package cn.stampcheck.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clerk's rules folder follows the bundled rules: retired files go unless the clerk edited them. */
class UserFilesTest {

    @Test
    void untouchedCopiesOfRetiredFilesGoEditedOnesStayAndSharedChecksAreNotCopied(@TempDir Path tmp) throws Exception {
        Path bundled = Files.createDirectories(tmp.resolve("bundled/2024"));
        Files.createDirectories(tmp.resolve("bundled/common"));
        Files.writeString(tmp.resolve("bundled/common/checks.drl"), "rule");
        Files.writeString(bundled.resolve("linzi.drl"), "old");
        Files.writeString(bundled.resolve("boshan.drl"), "old");
        Path user = tmp.resolve("user");
        UserFiles.sync(tmp.resolve("bundled"), user);
        assertTrue(Files.exists(user.resolve("2024/linzi.drl")));
        assertFalse(Files.exists(user.resolve("common/checks.drl")), "shared checks are read from the program only");
        Files.writeString(user.resolve("2024/boshan.drl"), "edited by the clerk");

        Files.delete(bundled.resolve("linzi.drl"));
        Files.delete(bundled.resolve("boshan.drl"));
        Files.writeString(bundled.resolve("linzi.xlsx"), "table");
        Files.writeString(bundled.resolve("boshan.xlsx"), "table");
        UserFiles.sync(tmp.resolve("bundled"), user);
        assertFalse(Files.exists(user.resolve("2024/linzi.drl")), "an untouched old copy would be a second file for 临淄");
        assertEquals("table", Files.readString(user.resolve("2024/linzi.xlsx")));
        assertEquals("edited by the clerk", Files.readString(user.resolve("2024/boshan.drl")));
    }
}
