package cn.stampcheck.rules;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where rules files live and which one fits a report. Folders are searched in order (a clerk's own
 * folder before the rules bundled with the program), so an edited copy shadows the bundled file of the
 * same name. Compiled rules are cached by file name and content: changing a file recompiles it, checking
 * another report with the same rules does not.
 *
 * <p>Layout of each folder: {@code common/*.drl} (shared checks) and {@code <year>/<place>.drl}.
 */
public final class RulesLibrary {

    private static final Pattern NOTICE = Pattern.compile("new\\s+Notice\\s*\\(\\s*(\\d{4})\\s*,\\s*\"([^\"]+)\"");
    private static final Map<String, NoticeRules> NOTICES = new ConcurrentHashMap<>();
    private static final Map<String, CheckRules> CHECKS = new ConcurrentHashMap<>();

    private final List<Path> folders;

    /** @param folders rules folders, most specific first; a folder that does not exist is skipped */
    public RulesLibrary(List<Path> folders) {
        this.folders = folders.stream().filter(Files::isDirectory).toList();
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
     * Starts compiling the shared checks (and a given notice file) on a background thread, so that a
     * cold start overlaps the rules engine's start-up with reading the report. Errors are left for the
     * real call to report.
     */
    public void warmUp(Path noticeFile) {
        Thread t = new Thread(() -> {
            try {
                checks();
                if (noticeFile != null) {
                    notice(noticeFile);
                }
            } catch (RulesException | RuntimeException ignored) {
                // reported again, with its message, by the call that needs these rules
            }
        }, "stampcheck-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The shared checks, compiled once per content (a second caller waits for the first's compile). */
    public CheckRules checks() throws RulesException {
        List<RulesSource> sources = new ArrayList<>();
        for (Path f : files("common")) {
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
        return load(read(file));
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
        List<Path> candidates = files(Integer.toString(year));
        if (candidates.isEmpty()) {
            throw new RulesException("没有" + year + "年的规则文件（应在 rules/" + year + "/ 下）");
        }
        if (candidates.size() == 1) {
            return load(read(candidates.get(0)));
        }
        List<RulesSource> sources = new ArrayList<>();
        for (Path p : candidates) {
            sources.add(read(p));
        }
        String compactHints = hints.replaceAll("\\s+", "");
        String lowerHints = compactHints.toLowerCase(Locale.ROOT);
        List<RulesSource> named = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Matcher m = NOTICE.matcher(sources.get(i).text());
            String stem = candidates.get(i).getFileName().toString().replaceFirst("\\.drl$", "");
            if (m.find() && compactHints.contains(new Notice(year, m.group(2)).shortPlace())
                    || lowerHints.contains(stem.toLowerCase(Locale.ROOT))) {
                named.add(sources.get(i));
            }
        }
        if (named.size() == 1) {
            return load(named.get(0));
        }
        if (named.size() > 1) {
            // e.g. a fresh draft beside the reviewed file: never pick one of them silently
            throw new RulesException(year + "年有多个规则文件适用于本表（"
                    + String.join("、", named.stream().map(RulesSource::name).toList())
                    + "），请删去或改名其中一个，或用 --rules 指定");
        }
        RulesSource best = null;
        long bestScore = 0;
        boolean tie = false;
        for (RulesSource s : sources) {
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
        return load(best);
    }

    private static NoticeRules load(RulesSource source) throws RulesException {
        return cached(NOTICES, source.name() + "\u0000" + source.text(), () -> NoticeLoader.load(source));
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

    /** The .drl files of a sub-folder, each name taken from the first folder that has it. */
    private List<Path> files(String sub) throws RulesException {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path folder : folders) {
            Path dir = folder.resolve(sub);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".drl"))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                        .forEach(p -> byName.putIfAbsent(p.getFileName().toString(), p));
            } catch (IOException e) {
                throw new RulesException("无法读取规则文件夹 " + dir + "：" + e.getMessage(), e);
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static RulesSource read(Path file) throws RulesException {
        try {
            return RulesSource.of(file, shownName(file));
        } catch (IOException e) {
            throw new RulesException("无法读取规则文件 " + file + "：" + e.getMessage(), e);
        }
    }

    /**
     * rules/2024/linzi.drl for a file of the bundled rules or of ./rules, so that the name is the same on
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
