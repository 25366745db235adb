package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Media outlets named where no proper noun vouches for them: a newspaper or magazine in title marks (据巴西《某某侨报》
 * 报道; title marks set off a publication's name), a source line that is nothing but an outlet's name (某某新闻网
 * alone on its line, under a page's dateline, or with the page's date after it), the outlet a page credits as its
 * source (来源:某某网, 本文来自【某某晚报】) and the outlet that opens a report's dateline (某某网西安9月29日讯).
 * There the genre's fixed frame says the words are an outlet's name, so the whole name is taken as written, with
 * the place or slogan word a head-noun reading would cut off (中国江苏网, 多彩贵州网).
 */
final class MediaNames {
    /** The heads of an outlet's name: news sites, papers, agencies, channels, apps and government news accounts (某某发布). */
    private static final String HEAD = "(?:新闻网|网|日报|晚报|早报|时报|侨报|报|通讯社|社|电视台|广播电视台|卫视|频道|客户端|融媒体中心|发布|在线)";
    /** A publication's name in title marks: two to ten characters ending in a newspaper's or magazine's head. */
    private static final Pattern TITLED = Pattern.compile("《(\\p{IsHan}{2,10}(?:日报|晚报|早报|时报|侨报|周报|周刊|报))》");
    /** A line that is an outlet's name alone (or with the page's date after it): two to six characters and a news site's, channel's or paper's head. */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?m)^[ \\t]*(\\p{IsHan}{2,6}(?:新闻网|电视台|卫视|日报|晚报))[ \\t]*(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}[^\\n]*)?$");
    /** The outlet a page credits: 来源:/来源：/消息来源: or 本文来自【…】, up to the line's or clause's end. */
    private static final Pattern CREDITED = Pattern.compile(
            "(?:来源[:：]|本文来自【)[ \\t]*(\\p{IsHan}{1,10}?" + HEAD + ")(?=[ \\t]*(?:$|[\\n】)）)。，,、|]))", Pattern.MULTILINE);
    /** A dateline opened by an outlet: the outlet, an optional place of filing and date, then 讯 (某某网2月9日讯). */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*(\\p{IsHan}{1,8}?(?:新闻网|网|客户端))(?:\\p{IsHan}{1,4})?(?:\\d{1,2}月\\d{1,2}日)?讯");

    /** A news app's head word. */
    private static final String APP = "客户端";
    /** An outlet's app named after the outlet (某某报客户端, 某某网客户端), which stands for the outlet. */
    private static final Pattern APP_OF_OUTLET = Pattern.compile(".*(?:报|网|社|台)" + APP);

    private MediaNames() {
    }

    static List<Candidate> recognize(String text) {
        List<Candidate> out = new ArrayList<>();
        for (Pattern p : List.of(TITLED, SOURCE_LINE, CREDITED, DATELINE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int end = m.end(1);
                if (APP_OF_OUTLET.matcher(m.group(1)).matches()) {
                    end -= APP.length(); // 某某报客户端: the paper's app is credited for the paper
                }
                if (end - m.start(1) >= 3) {
                    out.add(new Candidate(m.start(1), end, EntityType.ORGANIZATION, text.substring(m.start(1), end), null, Candidate.Source.PATTERN));
                }
            }
        }
        return out;
    }
}
