package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Media outlets named where no proper noun vouches for them: a newspaper or magazine in title marks (据巴西《某某侨报》
 * 报道; title marks set off a publication's name) and a source line that is nothing but an outlet's name (某某新闻网
 * alone on its line, under a page's dateline) and the outlet a page credits as its source (来源:某某网), taken whole
 * with the place or slogan word a head-noun reading cuts off (中国江苏网, 多彩贵州网).
 */
final class MediaNames {
    /** A publication's name in title marks: two to ten characters ending in a newspaper's or magazine's head. */
    private static final Pattern TITLED = Pattern.compile("《(\\p{IsHan}{2,10}(?:日报|晚报|早报|时报|侨报|周报|周刊|报))》");
    /** A line that is an outlet's name alone: two to six characters and a news site's, channel's or paper's head. */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^[ \\t]*(\\p{IsHan}{2,6}(?:新闻网|电视台|卫视|日报|晚报))[ \\t]*$");

    /** The heads of an outlet's name: news sites, papers, agencies, channels, apps and government news accounts (某某发布). */
    private static final String HEAD = "(?:新闻网|网|日报|晚报|早报|时报|侨报|报|通讯社|社|电视台|广播电视台|卫视|频道|客户端|融媒体中心|发布|在线)";
    /** The outlet a page credits (来源:某某网), up to the line's or clause's end, taken whole (中国江苏网, 多彩贵州网). */
    private static final Pattern CREDITED = Pattern.compile("来源[:：][ \\t]*(\\p{IsHan}{1,10}?" + HEAD + ")(?=[ \\t]*(?:$|[\\n)）。，,、|]))", Pattern.MULTILINE);

    private MediaNames() {
    }

    static List<Candidate> recognize(String text) {
        List<Candidate> out = new ArrayList<>();
        for (Pattern p : List.of(TITLED, SOURCE_LINE, CREDITED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Candidate(m.start(1), m.end(1), EntityType.ORGANIZATION, m.group(1), null, Candidate.Source.PATTERN));
            }
        }
        return out;
    }
}
