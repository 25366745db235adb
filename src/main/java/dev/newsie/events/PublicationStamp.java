package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * A page's publication stamp (发布时间:2021-07-19 09:12, 2016-06-08 来源:某某网, 时间:… 作者:…): the date the page went
 * up, which page furniture prints with a clock time, a label or the source and author fields. It dates the page,
 * so a signing the text tells without a date of its own does not take it. Reads the text around a date; writes
 * nothing.
 */
final class PublicationStamp {
    private PublicationStamp() {
    }

    /**
     * A label before the date on its line: 发布时间, 发布日期, 更新时间, 时间, 日期, 发表于. A time zone is no label
     * (当地时间10日, 北京时间5日, and the Taiwan press's 美西时间): it tells the day of an act in the story's own words.
     */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?:(?<!当地|北京|美西|美东|台湾|东京|首尔|欧洲)(?:发布|更新|发表|录入)?(?:时间|日期)|(?:发布|更新|发表|录入)?于)[ \\t]*[:：]?[ \\t]*$");
    /** What follows a stamp on its line: a clock time, or the source, author, editor or view-count field. */
    private static final Pattern FIELD_AFTER = Pattern.compile("^[ \\t]*(?:\\d{1,2}[:：]\\d{2}|来源|作者|编辑|责任编辑|浏览|点击|阅读|字号)");

    static boolean at(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String before = text.substring(lineStart, start);
        String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        return LABEL_BEFORE.matcher(before).find() || FIELD_AFTER.matcher(after).find();
    }
}
