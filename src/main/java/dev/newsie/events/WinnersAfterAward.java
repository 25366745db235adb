package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 颁发“X奖”给甲 / “X奖”授予甲市 / 为获得“X奖”的甲市、乙市颁奖: the winners named after the award's name. */
final class WinnersAfterAward {
    /** 颁发/颁赠/授予 right before the award's name: the award is the verb's object. */
    private static final Pattern VERB_BEFORE_AWARD = Pattern.compile("(?:颁发|颁赠|颁授|授予|赠予|赠送|致赠|颁)了?[“\"「『]?$");

    /** 为/向 获得: the award is named as what its winners won, in a phrase before them. */
    private static final Pattern WON_BEFORE_AWARD = Pattern.compile("(?:为|向|给)(?:获得|荣获|获)(?:了)?[“\"「『]?$");

    /** After the award's name: 的, the winners, and the verb of presenting (为获得“X奖”的甲市、乙市颁奖). */
    private static final Pattern WINNERS_THEN_PRESENTED = Pattern.compile(
            "^[”\"」』]?(?:称号)?的([^,，。;；:：]{1,60}?)(?:的)?(?:代表|负责人)?(?:颁奖|颁发|授奖|颁授|授牌|颁证)");

    /** 为获得“X奖”的甲市、乙市颁奖: the names between 的 and the verb, when every entry of the list is a name. */
    private static List<String> winnersNamedAfter(MaskedSentence ms, int at, int after) {
        String m = ms.masked();
        if (!WON_BEFORE_AWARD.matcher(m.substring(0, at)).find()) {
            return List.of();
        }
        Matcher w = WINNERS_THEN_PRESENTED.matcher(m.substring(after));
        if (!w.find()) {
            return List.of();
        }
        int from = after + w.start(1), to = after + w.end(1);
        List<String> listed = WinnersList.enumerationBefore(ms, from, to);
        return listed.size() == WinnersList.itemCount(m.substring(from, to)) ? listed : List.of();
    }

    /**
     * After the award's name (and a gift handed over with it: 及市民卡, 和一套刻有其名的印章): 给/予 and the recipients, to the
     * end of the clause; the gift names no one.
     */
    private static final Pattern TO_AFTER_AWARD = Pattern.compile("^[”\"」』]?(?:称号|证书|奖章|奖牌|奖杯)?(?:(?:及|和|与)[^,，。;；:：ⓅⓄⓇ]{2,14}?)?(?:给|予)([^,，。;；:：]{1,40})");

    /**
     * After the award's name: the verb of conferring (a time word may stand before it: 今年授予) and the recipients, to the
     * end of the clause; the token that stands for the award may come between (将“X”奖牌颁发给甲: the object fronted by 将).
     */
    private static final Pattern AWARD_GIVEN_TO = Pattern.compile("^[”\"」』]?(?:称号|证书|奖章|奖牌|奖杯|奖状|牌匾)?(?:今年|本年度|本届|当天|当日|今天|日前|近日|首次|再次|分别)?(?:授予|颁给|颁发给|授给)了?([^,，。;；:：]{1,40})");

    /**
     * 颁发“X奖”给甲 / 颁赠X予甲议长乙 / “X奖”授予甲市: the people (else the places or bodies) named after 给/予 that follows
     * the award conferred; empty unless the construction is there.
     */
    static List<String> recipientsAfterAward(MaskedSentence ms, String award) {
        return recipientsAfterAward(ms, award, List.of());
    }

    /** 川口知事, 森先生: a person named again by surname and title; the title words of the genre after a surname. */
    private static final Pattern SURNAME_AND_TITLE = Pattern.compile(
            "^\\s*([\\p{IsHan}]{1,3}?)(?:知事|市长|町长|县长|州长|省长|议长|副议长|区长|镇长|大使|总领事|会长|理事长|社长|先生|女士|博士|教授)\\s*$");

    /**
     * The same, where a recipient written as surname and title (颁赠市钥予川口知事) is the one person of the
     * document whose name begins with that surname.
     */
    static List<String> recipientsAfterAward(MaskedSentence ms, String award, List<Entity> entities) {
        String text = ms.sentence().text();
        int inText = text.indexOf(award);
        if (inText < 0) {
            return List.of();
        }
        String m = ms.masked();
        int at = ms.maskedPos(ms.sentence().start() + inText);
        int after = ms.maskedPos(ms.sentence().start() + inText + award.length());
        if (at > m.length() || after > m.length()) {
            return List.of();
        }
        List<String> winners = winnersNamedAfter(ms, at, after);
        if (!winners.isEmpty()) {
            return winners;
        }
        Matcher to = TO_AFTER_AWARD.matcher(m.substring(after));
        boolean verbBefore = VERB_BEFORE_AWARD.matcher(m.substring(0, at)).find();
        if (!(verbBefore && to.find())) {
            to = AWARD_GIVEN_TO.matcher(m.substring(after)); // “X奖”授予甲市
            if (!to.find()) {
                return List.of();
            }
        }
        List<MaskedSentence.Slot> named = ms.slots(after + to.start(1), after + to.end(1));
        List<String> persons = new ArrayList<>();
        for (MaskedSentence.Slot x : named) {
            if (x.entity().type() == EntityType.PERSON) {
                persons.add(x.entity().name());
            }
        }
        if (!persons.isEmpty()) {
            return persons;
        }
        String written = ms.sentence().text().substring(ms.textOffset(after + to.start(1)) - ms.sentence().start(),
                Math.min(ms.sentence().text().length(), ms.textOffset(after + to.end(1) - 1) - ms.sentence().start() + 1));
        Matcher titled = SURNAME_AND_TITLE.matcher(written);
        if (named.isEmpty() && titled.matches()) {
            List<String> bySurname = entities.stream().filter(e -> e.type() == EntityType.PERSON)
                    .map(Entity::name).filter(n -> n.startsWith(titled.group(1)) && n.length() > titled.group(1).length())
                    .distinct().toList();
            return bySurname.size() == 1 ? bySurname : List.of();
        }
        List<String> listed = WinnersList.enumerationBefore(ms, after + to.start(1), after + to.end(1));
        return listed.size() == WinnersList.itemCount(m.substring(after + to.start(1), after + to.end(1))) ? listed : List.of();
    }
}
