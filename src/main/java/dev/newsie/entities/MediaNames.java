package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Media outlets named where no proper noun vouches for them: a newspaper or magazine in title marks (据巴西《某某侨报》
 * 报道; title marks set off a publication's name) and a source line that is nothing but an outlet's name (某某新闻网
 * alone on its line, under a page's dateline).
 */
final class MediaNames {
    /** A publication's name in title marks: two to ten characters ending in a newspaper's or magazine's head. */
    private static final Pattern TITLED = Pattern.compile("《(\\p{IsHan}{2,10}(?:日报|晚报|早报|时报|侨报|周报|周刊|报))》");
    /** A line that is an outlet's name alone: two to six characters and a news site's, channel's or paper's head. */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^[ \\t]*(\\p{IsHan}{2,6}(?:新闻网|电视台|卫视|日报|晚报))[ \\t]*$");

    private MediaNames() {
    }

    static List<Candidate> recognize(String text) {
        List<Candidate> out = new ArrayList<>();
        for (Pattern p : List.of(TITLED, SOURCE_LINE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Candidate(m.start(1), m.end(1), EntityType.ORGANIZATION, m.group(1), null, Candidate.Source.PATTERN));
            }
        }
        return out;
    }
}
