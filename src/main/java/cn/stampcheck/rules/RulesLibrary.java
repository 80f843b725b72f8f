package cn.stampcheck.rules;

import cn.stampcheck.report.Workbook;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where rules files live and which one fits a report. Folders are searched in order (a clerk's own
 * folder before the rules bundled with the program), so an edited copy shadows the bundled file of the
 * same name. Compiled rules are cached by file name and content: changing a file recompiles it, checking
 * another report with the same rules does not.
 *
 * <p>Layout of each folder: {@code <year>/<place>.xlsx} (or .ods, or a .drl of declarations only). The
 * shared checks {@code common/*.drl} are read from the program's own rules only.
 */
public final class RulesLibrary {

    /** The file names a notice's rules may have: a table (the clerk's) or declarations (an expert's). */
    private static final Pattern NOTICE_FILE = Pattern.compile("(?i).+\\.(xlsx|ods|drl)$");
    private static final Map<String, Loaded> NOTICES = new ConcurrentHashMap<>();
    private static final Map<String, CheckRules> CHECKS = new ConcurrentHashMap<>();

    private final List<Path> folders;
    private final TableReader tables;

    /**
     * @param folders rules folders, most specific first; a folder that does not exist is skipped
     * @param tables  opens .xlsx/.ods rules tables (the core knows no file format)
     */
    public RulesLibrary(List<Path> folders, TableReader tables) {
        this.folders = folders.stream().filter(Files::isDirectory).toList();
        this.tables = tables;
    }

    /** A notice's rules and the text it was read from (item names, quoted notice) for choosing by row names. */
    private record Loaded(NoticeRules rules, String text) {
    }

    /**
     * The folder of rules bundled with the program: {@code rules/} next to the classes, or inside the
     * jar (opened as a zip file system that stays open for the life of the program).
     */
    public static Path bundled() {
        try {
            URI uri = RulesLibrary.class.getResource("/rules/common").toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/rules");
            }
            return Path.of(uri).getParent();
        } catch (IOException | URISyntaxException | NullPointerException e) {
            return Path.of("rules");
        }
    }

    /**
     * The shared checks, compiled once per content (a second caller waits for the first's compile). They
     * are program text, so they are read only from the program itself, never from a folder a clerk or
     * another office can write to.
     */
    public CheckRules checks() throws RulesException {
        List<RulesSource> sources = new ArrayList<>();
        for (Path f : files(List.of(bundled()), "common", ".drl")) {
            sources.add(read(f));
        }
        String key = sources.stream().map(s -> s.name() + "\u0000" + s.text()).reduce("", String::concat);
        return cached(CHECKS, key, () -> CheckRules.compile(sources));
    }

    /** A notice's rules read from an explicit file. */
    public NoticeRules notice(Path file) throws RulesException {
        if (!Files.isRegularFile(file)) {
            throw new RulesException("找不到规则文件：" + file);
        }
        return load(file).rules();
    }

    /**
     * The notice rules for a report of {@code year}: the only file of that year, or the one whose place
     * the report's title or file name mentions, or else the one whose item names the table's rows use most.
     *
     * @param hints     title, sheet name and file name of the report
     * @param rowNames  the texts of the table's name cells
     */
    public NoticeRules choose(int year, String hints, List<String> rowNames) throws RulesException {
        if (year == 0) {
            throw new RulesException("无法从标题或文件名判断年份，请用 --rules 指定规则文件");
        }
        List<Path> candidates = files(folders, Integer.toString(year), null);
        if (candidates.isEmpty()) {
            throw new RulesException("没有" + year + "年的规则文件（应在 rules/" + year + "/ 下）");
        }
        if (candidates.size() == 1) {
            return load(candidates.get(0)).rules();
        }
        List<Loaded> sources = new ArrayList<>();
        for (Path p : candidates) {
            sources.add(load(p));
        }
        String compactHints = hints.replaceAll("\\s+", "");
        String lowerHints = compactHints.toLowerCase(Locale.ROOT);
        List<Loaded> named = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String stem = stem(candidates.get(i));
            if (compactHints.contains(sources.get(i).rules().notice().shortPlace())
                    || lowerHints.contains(stem.toLowerCase(Locale.ROOT))) {
                named.add(sources.get(i));
            }
        }
        if (named.size() == 1) {
            return named.get(0).rules();
        }
        if (named.size() > 1) {
            // a table beside a .drl of the same place, a copy under a second name: never one of them silently
            throw new AmbiguousRulesException(year + "年有多个规则文件适用于本表（"
                    + String.join("、", named.stream().map(l -> l.rules().source()).toList()) + "）");
        }
        Loaded best = null;
        long bestScore = 0;
        boolean tie = false;
        for (Loaded s : sources) {
            String bare = s.text().replaceAll("[\\s\\p{P}\\p{S}]+", "");
            long score = rowNames.stream().map(n -> n.replaceAll("[\\s\\p{P}\\p{S}]+", ""))
                    .filter(n -> n.length() >= 4 && bare.contains(n)).count();
            if (score > bestScore) {
                best = s;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        if (best == null || tie) {
            throw new RulesException(year + "年有多个规则文件，无法判断本表属于哪个区县，请用 --rules 指定");
        }
        return best.rules();
    }

    private static String stem(Path p) {
        return p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

    /** Reads a notice file by its kind: a table through the injected reader, declarations as text. */
    private Loaded load(Path file) throws RulesException {
        String name = shownName(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".drl")) {
            RulesSource source = read(file);
            return cached(NOTICES, name + "\u0000" + source.text(), () -> new Loaded(NoticeLoader.load(source), source.text()));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RulesException("无法读取规则文件 " + name + "：" + e.getMessage(), e);
        }
        return cached(NOTICES, name + "\u0000" + digest(bytes), () -> {
            Workbook workbook;
            try {
                workbook = tables.read(file);
            } catch (IOException | RuntimeException e) {
                throw new RulesException(name + "：无法打开这个表格（文件已损坏或不是 .xlsx/.ods）", e);
            }
            String text = String.join(" ", workbook.sheets().stream()
                    .flatMap(g -> g.rows().stream()).flatMap(List::stream).toList());
            return new Loaded(NoticeLoader.load(workbook, name), text);
        });
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached value for a key, compiled on first use; a second caller waits for the first's compile. */
    private static <T> T cached(Map<String, T> cache, String key, DrlCompiler.RulesWork<T> compile)
            throws RulesException {
        synchronized (cache) {
            T value = cache.get(key);
            if (value == null) {
                value = compile.run();
                cache.put(key, value);
            }
            return value;
        }
    }

    /**
     * The rules files of a sub-folder (notice files, or those ending in {@code suffix}). A place is taken
     * from the first folder that has a file for it (the clerk's linzi.xlsx shadows the bundled one); two
     * files for one place in that folder are all returned, for {@link #choose} to refuse.
     */
    private static List<Path> files(List<Path> folders, String sub, String suffix) throws RulesException {
        Map<String, List<Path>> byStem = new LinkedHashMap<>();
        for (Path folder : folders) {
            Path dir = folder.resolve(sub);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Map<String, List<Path>> here = new LinkedHashMap<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> suffix != null ? p.getFileName().toString().endsWith(suffix)
                                : NOTICE_FILE.matcher(p.getFileName().toString()).matches())
                        .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                        .forEach(p -> here.computeIfAbsent(stem(p).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p));
            } catch (IOException e) {
                throw new RulesException("无法读取规则文件夹 " + dir + "：" + e.getMessage(), e);
            }
            here.forEach(byStem::putIfAbsent);
        }
        return byStem.values().stream().flatMap(List::stream).toList();
    }

    private static RulesSource read(Path file) throws RulesException {
        try {
            return RulesSource.of(file, shownName(file));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new RulesException(shownName(file) + "：不是 UTF-8 编码的文本（可能是 GBK），请用“另存为”选 UTF-8 保存", e);
        } catch (IOException e) {
            throw new RulesException("无法读取规则文件 " + file + "：" + e.getMessage(), e);
        }
    }

    /**
     * rules/2024/linzi.xlsx for a file of the bundled rules or of ./rules, so that the name is the same on
     * every machine; the full path for a file anywhere else (a clerk's own folder), so that it is clear
     * which copy was used.
     */
    private static String shownName(Path file) {
        for (Path folder : List.of(Path.of("rules"), bundled())) {
            if (file.getFileSystem().equals(folder.getFileSystem())
                    && file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) {
                return "rules/" + folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                        .toString().replace('\\', '/');
            }
        }
        return file.toString();
    }
}
