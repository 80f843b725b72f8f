package cn.stampcheck.calc;

import cn.stampcheck.rules.RulesLibrary;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XStringSubstitution;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The extension's files in the office user profile ({@code $(user)}, e.g.
 * {@code ~/.config/libreoffice/4/user}):
 * <ul>
 *   <li>{@code stampcheck/rules/} — the clerk's rules folder, searched before the bundled rules. On first
 *   use the bundled rules are copied there so that a clerk can edit them and add years. A copy the clerk
 *   has not edited follows later versions of the bundled file (the hashes of what was copied are kept in
 *   {@code rules/.bundled}); an edited file is never overwritten.</li>
 *   <li>{@code stampcheck/stampcheck.log} — the log file.</li>
 * </ul>
 * Outside an office (no profile) the folder is {@code ~/.config/stampcheck}.
 */
final class UserFiles {

    private static final String COPIED = ".bundled";
    static final String DRAFTS = "草稿";
    static final String BACKUPS = "备份";
    private static volatile boolean synced;

    private UserFiles() {
    }

    static Path base(XComponentContext ctx) {
        try {
            XStringSubstitution subst = Uno.qi(XStringSubstitution.class,
                    Uno.service(ctx, "com.sun.star.util.PathSubstitution"));
            String url = subst.substituteVariables("$(user)", true);
            return Path.of(new URI(url)).resolve("stampcheck");
        } catch (Exception e) {
            return Path.of(System.getProperty("user.home"), ".config", "stampcheck");
        }
    }

    static Path logFile(XComponentContext ctx) {
        return base(ctx).resolve("stampcheck.log");
    }

    /** The clerk's rules folder, created and brought up to date with the bundled rules once per session. */
    static Path rulesFolder(XComponentContext ctx) throws IOException {
        Path folder = base(ctx).resolve("rules");
        if (!synced) {
            sync(RulesLibrary.bundled(), folder);
            synced = true;
        }
        return folder;
    }

    /**
     * The clerk's draft tables, {@code rules/草稿/}: inside the rules folder so the clerk finds them, but
     * not a year folder, so that no check reads them.
     */
    static Path draftsFolder(XComponentContext ctx) throws IOException {
        return rulesFolder(ctx).resolve(DRAFTS);
    }

    /** Where 启用规则草稿 keeps the files it replaced, {@code rules/备份/}: outside the year folders too. */
    static Path backupFolder(XComponentContext ctx) throws IOException {
        return rulesFolder(ctx).resolve(BACKUPS);
    }

    static void sync(Path bundled, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path record = folder.resolve(COPIED);
        Map<String, String> copied = new LinkedHashMap<>();
        if (Files.exists(record)) {
            for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length == 2) {
                    copied.put(parts[0], parts[1]);
                }
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(bundled)) {
            files = s.filter(Files::isRegularFile)
                    .filter(f -> !bundled.relativize(f).toString().replace('\\', '/').startsWith("common/")).toList();
        }
        boolean changed = retire(bundled, folder, copied, files);
        for (Path source : files) {
            String rel = bundled.relativize(source).toString().replace('\\', '/');
            Path target = folder.resolve(rel);
            byte[] content = Files.readAllBytes(source);
            String hash = sha(content);
            if (Files.exists(target)) {
                String current = sha(Files.readAllBytes(target));
                boolean untouchedCopy = current.equals(copied.get(rel));
                if (current.equals(hash) || !untouchedCopy) {
                    continue; // up to date, or the clerk's own edit: leave it
                }
            } else if (copied.containsKey(rel)) {
                continue; // copied once and deleted by the clerk: respect that
            }
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            copied.put(rel, hash);
            changed = true;
        }
        if (changed || !Files.exists(record)) {
            StringBuilder sb = new StringBuilder();
            copied.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
            Files.writeString(record, sb, StandardCharsets.UTF_8);
        }
        Path readme = folder.resolve("说明.txt");
        if (!Files.exists(readme)) {
            Files.writeString(readme, """
                    这是“盖章前核查”扩展的规则文件夹。
                    <年份>/<地区>.xlsx 是每年通知的目标表，用 Calc 打开修改；草稿/ 下是从通知生成、尚未启用的草稿。
                    可以在这里修改目标表或添加新的年份；这里的文件优先于扩展自带的同一地区的文件。
                    修改过的文件不会被扩展更新覆盖；删除某个文件即恢复使用扩展自带的版本。
                    """, StandardCharsets.UTF_8);
        }
    }

    /**
     * Deletes the untouched copies of files the program no longer bundles (the .drl notices before the
     * tables, the shared checks that are now read from the program only), so that an old copy does not
     * stand beside its table as a second file for one place. An edited copy is the clerk's and stays.
     */
    private static boolean retire(Path bundled, Path folder, Map<String, String> copied, List<Path> files)
            throws IOException {
        List<String> current = files.stream().map(f -> bundled.relativize(f).toString().replace('\\', '/')).toList();
        boolean changed = false;
        for (var it = copied.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Path target = folder.resolve(e.getKey());
            if (current.contains(e.getKey())) {
                continue;
            }
            if (Files.exists(target) && sha(Files.readAllBytes(target)).equals(e.getValue())) {
                Files.delete(target);
            }
            it.remove();
            changed = true;
        }
        return changed;
    }

    private static String sha(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
