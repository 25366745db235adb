package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forum's hosts (GOLD.md §3 `organizers`: 主办, 承办, 共同举办) from one masked sentence. Every clause of the
 * form [由] A、B和C [共同/联合] + a hosting verb (`ORGANIZE` in the lexicon) names hosts, so a sentence that
 * chains them (由A、B共同主办, C承办, D协办) gives A, B and C; and a labelled list (主办单位: A、B / 承办单位为C)
 * does too. 协办, 支持 and 指导 bodies are not hosts: their verbs are not hosting verbs. A place is a host only
 * after 由 (由甲市政府和乙市主办); without it a place before 举办 is where, not who. Thread-safe.
 */
final class ForumHosts {
    /** Words that may stand between the hosts and the verb: 联合主办, 发起并主办, 等单位共同主办. */
    private static final List<String> MODIFIERS = List.of("发起并", "联合", "共同", "携手", "发起", "负责", "等单位", "等机构", "等");
    private static final String SEPARATORS = "、,，和与及";
    private static final String PLACE_SUFFIX = "市省州县区";
    /** 今天在某某大礼堂, 15日在某酒店: a time word, then 在 and a venue, ending right before a hosting verb. */
    private static final Pattern TIME_AND_VENUE_BEFORE_VERB = Pattern.compile(
            "(?:今天|今日|昨天|昨日|日前|近日|当天|\\d{1,2}日(?:上午|下午|晚间)?)在[^,，。;；、:：“”「」]{2,24}$");
    /** Verbs that join two hosts of one event (甲携手乙举办, 甲联合乙主办, 甲联同乙合办). */
    private static final List<String> JOINERS = List.of("携手", "联合", "联同", "会同", "以及");
    /** What may stand before a list of hosts: a clause's start or 由. */
    private static final String BOUNDARY = ",，;；:：。、由（(";
    private static final Pattern LABELLED = Pattern.compile(
            "(?:主办|承办|联合主办|共同主办)(?:单位|方|机构)(?:为|是|包括|有)?[:：]?((?:Ⓞ(?:、|,|，|和|与|及|\\s)*)+)");

    private final List<String> verbs;

    ForumHosts(EventLexicon lexicon) {
        List<String> v = new ArrayList<>(lexicon.words(EventLexicon.Role.ORGANIZE));
        v.sort(Comparator.comparingInt(String::length).reversed());
        this.verbs = v;
    }

    /** The hosts the sentence names, in order of mention, without repeats. */
    List<String> hosts(MaskedSentence ms) {
        String m = ms.masked();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.length(); i++) {
            String verb = verbAt(m, i);
            if (verb == null) {
                continue;
            }
            addHostsBefore(ms, i, out);
            i += verb.length() - 1;
        }
        Matcher h = LABELLED.matcher(m);
        while (h.find()) {
            for (MaskedSentence.Slot s : ms.slots(h.start(1), h.end(1))) {
                add(out, s, false);
            }
        }
        return out;
    }

    private String verbAt(String m, int i) {
        for (String v : verbs) {
            if (m.startsWith(v, i)) {
                return v;
            }
        }
        return null;
    }

    /** The run of hosts ending just before a hosting verb at {@code verb}, if a clause opens it. */
    private static void addHostsBefore(MaskedSentence ms, int verb, List<String> out) {
        String m = ms.masked();
        int j = verb;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String mod : MODIFIERS) {
                if (j >= mod.length() && m.startsWith(mod, j - mod.length())) {
                    j -= mod.length();
                    changed = true;
                }
            }
            // 甲市政府今天在甲市政府大礼堂举办: a time and a venue between the host and the verb are when and where
            Matcher at = TIME_AND_VENUE_BEFORE_VERB.matcher(m.substring(0, j));
            if (at.find() && at.start() > 0 && isSlot(m.charAt(at.start() - 1))) {
                j = at.start();
                changed = true;
            }
            // 由甲协会在乙市举办: the place between the hosts and the verb is where it was held
            int k = j;
            while (k > 0 && m.charAt(k - 1) == MaskedSentence.PLACE) {
                k--;
            }
            if (k < j && k > 0 && m.charAt(k - 1) == '在') {
                j = k - 1;
                changed = true;
            }
        }
        int k = j;
        while (k > 0) {
            if (isSlot(m.charAt(k - 1)) || SEPARATORS.indexOf(m.charAt(k - 1)) >= 0
                    || (k >= 2 && PLACE_SUFFIX.indexOf(m.charAt(k - 1)) >= 0 && m.charAt(k - 2) == MaskedSentence.PLACE)) {
                k--; // a place's suffix the recogniser left outside its name (北九州|市) is still the place
                continue;
            }
            int at = k;
            String joiner = JOINERS.stream().filter(w -> m.startsWith(w, at - w.length())).findFirst().orElse(null);
            if (joiner == null || at - joiner.length() == 0 || !isSlot(m.charAt(at - joiner.length() - 1))) {
                break;
            }
            k -= joiner.length(); // 甲携手乙举办: a verb joining two hosts
        }
        while (k < j && SEPARATORS.indexOf(m.charAt(k)) >= 0) {
            k++;
        }
        if (k >= j || (k > 0 && BOUNDARY.indexOf(m.charAt(k - 1)) < 0)) {
            return;
        }
        boolean by = k > 0 && m.charAt(k - 1) == '由';
        for (MaskedSentence.Slot s : ms.slots(k, j)) {
            add(out, s, by);
        }
    }

    private static boolean isSlot(char c) {
        return c == MaskedSentence.ORG || c == MaskedSentence.PLACE || c == MaskedSentence.PERSON;
    }

    private static void add(List<String> out, MaskedSentence.Slot s, boolean placesToo) {
        EntityType t = s.entity().type();
        boolean host = t == EntityType.ORGANIZATION || (placesToo && t != EntityType.PERSON && t != EntityType.COUNTRY);
        if (host && !out.contains(s.entity().name())) {
            out.add(s.entity().name());
        }
    }
}
