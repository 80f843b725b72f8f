package cn.stampcheck.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a target's keywords and label from the words around its number: quoted names first
 * (“戏曲进校园”), then the noun phrase before the number with time words, verbs and comparators
 * stripped (培训家庭教育骨干不少于 → 家庭教育骨干), or the phrase after the unit when nothing is left
 * before it (5所考点学校教室安装空调 → 考点学校…). Long phrases also give their first and last four
 * characters and their last two, as a progress text rarely repeats the notice's whole phrase.
 */
final class Keywords {

    private static final Pattern QUOTED = Pattern.compile("[“\"「『《]([^”\"」』》]{2,20})[”\"」』》]");
    private static final Pattern LEADING = Pattern.compile("^(?:年内|年底前|年底|全年|今年|当年|力争|确保|计划|预计|累计|共计|共|约|"
            + "全区|全县|全市|全镇|全旗|我区|我县|我市|在全区|在全县|各类|各|为|对|向|在|于|给|面向|针对|"
            + "通过多种方式|通过|分别|持续|深入|继续|积极|广泛|"
            + "开展|举办|组织|组建|建设|建成投用|建成|新建|打造|完成|实施|培训|开设|设立|设置|创建|选树|"
            + "改造提升|改造|提升|维修改造|维修|改扩建|扩建|改建|推进|推动|进行|发放|提供|举行|招募|发展|帮助|"
            + "救助|覆盖|新增|评选|表彰|培育|吸纳|带动|安置|惠及|招聘|引导|指导|培养|遴选|认定|命名|"
            + "不少于|不低于|至少|达到|超过|不超过|多于)+");
    private static final Pattern FROM_TO = Pattern.compile(
            "(.*?)(?:由|从)[^，,；;。]*?(?:增加|提高|提升|扩大|增长|上升)?(?:到|至)");
    private static final Pattern OTHER_COUNT = Pattern.compile(
            "^.*\\d(?:\\.\\d+)?[万千]?(?:个|名|所|处|间|户|家|台|套|块|张|份|辆|盏|座)(?=[\\p{IsHan}]{2})");
    private static final Pattern COUNTED_PLACES = Pattern.compile(
            "^.*?\\d+个(?:镇街|镇|街道|乡镇|村|社区|县区|县|区|学校)[^\\d]{0,6}?各");
    private static final Pattern TRAILING = Pattern.compile("(?:不少于|不低于|至少|达到|超过|不超过|不多于|多于|"
            + "控制在|分别|累计|共计|共|约|合计|总计|达|为|了|共有)+$");
    private static final Pattern AFTER_LEADING = Pattern.compile("^(?:及以上|以上|以内|以下|之内|左右|的)+");
    private static final Pattern AFTER_VERB = Pattern.compile("进行|实施|开展|提供|参加|接受|享受|获得|发放|安装");
    private static final Pattern INNER_VERB = Pattern.compile("实施|开展|举办|打造|建设|新建|建成|完成|开设|组织|提供|创建|选树|安装|配备|更换");
    private static final Pattern TIME_PLACE = Pattern.compile("^(?:年内|年底前|年底|全年|今年|当年|力争|确保|累计|共计|共|约|"
            + "全区|全县|全市|全镇|全旗|我区|我县|我市|在全区|在全县|为|对|向|在|于|分别|持续|继续)+");
    private static final Set<String> GENERIC = Set.of("活动", "工作", "项目", "服务", "行动", "建设", "系列", "主题",
            "相关", "各类", "人员", "妇女", "儿童", "学生", "群众", "家庭", "力量", "情况", "工程", "计划", "场次",
            "培训", "宣传", "教育", "学校", "社区", "单位", "部门", "全区", "全县", "开展", "举办", "实施", "完成",
            "实现", "达到", "城乡", "试点", "基地", "课程", "文化", "青年", "管理", "支持", "技术", "技能", "城市",
            "中心", "平台", "机构", "人数", "数量", "覆盖");

    private Keywords() {
    }

    /** Quoted names in a text, without inner quotes. */
    static List<String> quoted(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String q = m.group(1).replaceAll("[‘’'\\s]", "");
            if (q.length() >= 2 && !q.matches(".*\\d.*")) {
                out.add(q);
            }
        }
        return out;
    }

    /** The phrase before a number, stripped to its noun phrase. */
    static String before(String text) {
        // "在全市10个镇街各打造", "为52所农村中小学校安装": what is counted comes after the places and the other
        // counts before it; "托位总数由2025年的1860个增加到": it is named before where it starts
        String s = plain(text);
        Matcher fromTo = FROM_TO.matcher(s);
        if (fromTo.matches() && fromTo.group(1).length() >= 2) {
            s = fromTo.group(1);
        }
        s = COUNTED_PLACES.matcher(s).replaceFirst("");
        s = OTHER_COUNT.matcher(s).replaceFirst("");
        s = s.replaceAll("\\d{4}年(?:年底|年末|底|末|内)?|\\d", "");
        int de = s.lastIndexOf('的');
        if (de >= 0 && s.length() - de - 1 >= 2) {
            s = s.substring(de + 1);
        }
        String prev;
        do {
            prev = s;
            s = LEADING.matcher(s).replaceFirst("");
            s = TRAILING.matcher(s).replaceFirst("");
        } while (!s.equals(prev));
        Matcher verb = INNER_VERB.matcher(s);
        if (verb.find() && verb.start() > 0 && s.length() - verb.end() >= 2) {
            s = s.substring(verb.end());
        }
        return s;
    }

    /** The phrase before a number with only time and place words and comparators stripped (培训妇女). */
    static String light(String text) {
        String s = plain(text);
        String prev;
        do {
            prev = s;
            s = TIME_PLACE.matcher(s).replaceFirst("");
            s = TRAILING.matcher(s).replaceFirst("");
        } while (!s.equals(prev));
        return s;
    }

    /** True when the text holds a verb that starts a list of activities (开展网络直播、…). */
    static boolean hasVerb(String text) {
        return INNER_VERB.matcher(text).find();
    }

    /**
     * The phrases after a unit: the noun it counts (after the last 的, before a verb) and what is done
     * for it (after the verb): 名…的儿童提供康复救助 → 儿童, 康复救助.
     */
    static List<String> after(String text) {
        String s = AFTER_LEADING.matcher(plain(text).replaceAll("\\d+(?:\\.\\d+)?[余多]?[万亿千]?元", "").replaceAll("\\d+[-—–~～至]?\\d*(?:周岁|岁)(?:以下|以上)?", "")
                .replaceAll("\\d", "")).replaceFirst("");
        List<String> out = new ArrayList<>();
        Matcher verb = AFTER_VERB.matcher(s);
        String noun = s;
        if (verb.find() && verb.start() >= 2) {
            noun = s.substring(0, verb.start());
            out.add(s.substring(verb.end()));
        }
        int de = noun.lastIndexOf('的');
        if (de >= 0 && noun.length() - de - 1 >= 2) {
            noun = noun.substring(de + 1);
        }
        int list = noun.indexOf('、');
        if (list >= 2) {
            noun = noun.substring(0, list);
        }
        out.add(0, noun.replace("、", ""));
        return out;
    }

    /** Keywords from quoted names and phrases, in order, without duplicates. */
    static List<String> derive(List<String> quotedNames, List<String> phrases) {
        Set<String> out = new LinkedHashSet<>(quotedNames);
        for (String p : phrases) {
            if (p.length() < 2) {
                continue;
            }
            if (p.length() <= 8 && !GENERIC.contains(p)) {
                out.add(p);
            }
            if (p.length() <= 5 && quotedNames.stream().anyMatch(q -> q.contains(p) || p.contains(q))) {
                continue;
            }
            if (p.length() >= 6) {
                addChunk(out, p.substring(0, 4));
                addChunk(out, p.substring(p.length() - 4));
            }
            // the words before a generic tail: 招聘活动 → 招聘, 托管教学课程 → 托管教学
            String head = p;
            while (head.length() >= 4 && GENERIC.contains(head.substring(head.length() - 2))) {
                head = head.substring(0, head.length() - 2);
            }
            if (head.length() >= 2 && head.length() < p.length()) {
                String last2 = head.substring(head.length() - 2);
                if (!GENERIC.contains(last2)) {
                    out.add(last2);
                }
                if (head.length() >= 4) {
                    addChunk(out, head.substring(head.length() - 4));
                }
            } else if (p.length() >= 4) {
                String last2 = p.substring(p.length() - 2);
                if (!GENERIC.contains(last2)) {
                    out.add(last2);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A short label: the first quoted name, else the first phrase, at most 12 characters. */
    static String label(List<String> quotedNames, List<String> phrases) {
        if (!quotedNames.isEmpty()) {
            return quotedNames.get(0);
        }
        for (String p : phrases) {
            if (p.length() >= 2) {
                return p.length() > 12 ? p.substring(0, 12) : p;
            }
        }
        return "";
    }

    private static void addChunk(Set<String> out, String chunk) {
        if (!(GENERIC.contains(chunk.substring(0, 2)) && GENERIC.contains(chunk.substring(2)))) {
            out.add(chunk);
        }
    }

    /** Text without quotes, brackets' contents kept, punctuation and 等 dropped. */
    private static String plain(String text) {
        return text.replaceAll("[（(][^）)]*[）)]", "")
                .replaceAll("[“”‘’\"'「」『』《》〈〉—\\-·…\\p{Z}]", "");
    }
}
