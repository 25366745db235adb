package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲市国际友城日暨经贸洽谈会在甲市某馆开幕。来自…的嘉宾共聚甲市。开幕式上,甲市与乙市签署备忘录: a signing told at
 * the opening or closing of a gathering (开幕式上, 闭幕式上, 大会上, 会议期间) took place where the gathering was told
 * to open or be held before (in the report's lead, often with a speech quoted in between), or where its guests were told to gather (共聚, 相聚, 齐聚) — also when
 * the gathering is not one the forum stage reads (a fair, a friendship-city day, a trade meeting).
 */
final class GatheringScene {
    private GatheringScene() {
    }

    /** The signing's sentence opens at the gathering's opening or closing, or during it. */
    private static final Pattern AT_THE_GATHERING = Pattern.compile(
            "^(?:在)?(?:开幕式|闭幕式|开幕仪式|闭幕仪式|大会|会议|会上|活动)(?:上|期间|现场)|^(?:大会|会议|活动)期间");
    /** 在甲(某馆)开幕, 于甲举行: the gathering's place, the place itself or opening the venue's name. */
    private static final Pattern HELD_AT = Pattern.compile("(?:在|于)(Ⓟ+)[^。;；,，ⓅⓄⓇ]{0,10}?(?:隆重)?(?:开幕|举行|召开|举办|开幕)");
    /** 共聚甲, 相聚甲, 齐聚甲: where the guests gathered. */
    private static final Pattern GATHERED_AT = Pattern.compile("(?:共聚|相聚|齐聚|汇聚|聚首)(?:于|在)?(Ⓟ+)");
    /** How many sentences back the gathering's opening may be told (the report's lead, a speech quoted in between). */
    private static final int REACH = 12;

    static String placeOf(DocumentContext ctx, int si) {
        if (!AT_THE_GATHERING.matcher(ctx.sentences.get(si).text().strip()).find()) {
            return null;
        }
        for (int back = si - 1; back >= Math.max(0, si - REACH); back--) {
            MaskedSentence ms = ctx.masked.get(back);
            for (Pattern p : new Pattern[]{HELD_AT, GATHERED_AT}) {
                Matcher m = p.matcher(ms.masked());
                if (m.find()) {
                    MaskedSentence.Slot s = ms.lastPlace(m.start(1), m.end(1));
                    if (s != null && s.entity().type() != EntityType.COUNTRY) {
                        return s.entity().name();
                    }
                }
            }
        }
        return null;
    }
}
