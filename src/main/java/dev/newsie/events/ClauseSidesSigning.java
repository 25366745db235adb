package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A backoff for signings the specific pair patterns do not read: a clause with a signing verb, told as an act, whose
 * words before the verb name two or more places or bodies of different sides, is a signing of those sides. Each side
 * is a run of names with nothing but a chain word between them (甲省乙市 → 乙); a body of a place (甲市政府, 甲市外办)
 * signs for the place (GOLD.md §7); a country alone is no side. Sides joined by 与/和/同 pair the one before the joint
 * with each one after it; sides only listed (甲、乙两市签署) are the signing's parties together. When the verb's
 * clause names fewer than two sides, the clauses before it in the sentence are read too (甲市长X率团访问乙市,…,两市签署).
 * The agreement kind follows from the document noun after the verb (agreement-kinds.tsv); a verb of twinning with no
 * document is a twinning. Background, planned and hoped-for clauses are left out by the caller's tests and by
 * {@link #PLANNED_OR_PAST}.
 * <p>
 * Measured alone (every signing verb of the study pool answered by this class only, round 16): see the README's
 * round 16 signings section. Reads one masked sentence; writes nothing.
 */
final class ClauseSidesSigning {
    private ClauseSidesSigning() {
    }

    /** Between two names of one side: nothing, or a word of an administrative chain (甲国首都乙, 甲州的乙市). */
    private static final Pattern CHAIN = Pattern.compile("(?:首府|首都|省会|州府|的)?");
    /** A joint between the two sides of a pair. */
    private static final Pattern JOINT = Pattern.compile("与|和|同|跟");
    /**
     * A joint right before a side: 与, 与来访的, 与友好城市 (the partner's standing said before its name), so that 同 inside a
     * name the recogniser missed (同业公会) is no joint.
     */
    private static final Pattern JOINT_BEFORE_SIDE = Pattern.compile("(?:与|和|同|跟)(?:来访的|到访的)?(?:其|我[市省])?(?:国际)?"
            + "(?:友好(?:交流|合作)?(?:城市|省州|省|州|县)|友城|姊妹(?:城市|市|州)|姐妹(?:城市|市))?$");
    /** The rest of a body's name after its place's: the place's own government, office or council. */
    private static final Pattern PLACE_BODY = Pattern.compile("^(?:市|县|省|州|区|镇|乡)?(?:人民)?(?:政府|市府|县府|市政厅|外事办公室|外办|人大常委会|人大"
            + "|议会|市议会|委员会|人民对外友好协会|友协|政协)$");
    /** Words before the verb in its sentence that put the act in the past as a state, or ahead as a plan. */
    static final Pattern PLANNED_OR_PAST = Pattern.compile("以来|周年|自\\d{4}|早在|曾经|曾于|此前|之前|先后|陆续|相继|累计|至今|已与"
            + "|将|拟|计划|希望|期待|期盼|有望|愿|盼|争取|推动|促成|洽谈|商讨|探讨|研究|考虑|同意|商定"
            + "|乐见|相信|认为|祝贺|感谢|欢迎|庆祝|纪念|回顾|回忆");
    /** 签署的协议, 协议的签署, 签署后, 签约以来: the verb names the act as a thing, or times another act by it. */
    private static final Pattern VERB_AS_NOUN_AFTER = Pattern.compile("的|后|之后|以后|以来|时");
    /** 共同签署 without 分别: the listed sides sign one document together. */
    private static final Pattern JOINTLY = Pattern.compile("^(?!.*分别).*共同");
    /** 见证, 见证下: those named are witnesses. */
    private static final Pattern WITNESSES = Pattern.compile("见证");
    /** 结为/结成 + a twinning's word: the two became partners, a twinning with no document named. */
    private static final Pattern TWINNING_VERB = Pattern.compile("缔结|缔盟|结盟|结好|结为|结成");

    /** The signings the clause ending at {@code verb} tells, by its sides alone; empty when it names fewer than two. */
    static List<EventBuilder> signings(DocumentContext ctx, MaskedSentence ms, int[] verb, int regionStart, String kind,
                                       String title, String date) {
        String m = ms.masked();
        if (VERB_AS_NOUN_AFTER.matcher(m).region(verb[1], m.length()).lookingAt() || (verb[0] > 0 && m.charAt(verb[0] - 1) == '的')) {
            return List.of();
        }
        int start = Math.max(regionStart, SigningExtractor.clauseStart(m, verb[0]));
        List<Side> sides = sides(ctx, ms, start, verb[0]);
        sides = withSubject(ctx, ms, sides, start);
        // a clause with a joint of its own (与第三个城市签约) names its partner, if not by name: no going back for one
        while (distinct(sides) < 2 && start > regionStart && !JOINT.matcher(m.substring(start, verb[0])).find()) {
            start = Math.max(regionStart, SigningExtractor.clauseStart(m, start - 1)); // the clauses before it, back to the sentence's start
            sides = withSubject(ctx, ms, sides(ctx, ms, start, verb[0]), start);
        }
        if (distinct(sides) < 2 || PLANNED_OR_PAST.matcher(m.substring(start, verb[0])).find()
                || WITNESSES.matcher(m.substring(start, verb[0])).find()) {
            return List.of();
        }
        if ("OTHER".equals(kind) && title == null && TWINNING_VERB.matcher(m.substring(verb[0], verb[1])).find()) {
            kind = "SISTER_CITY";
        }
        int joints = (int) sides.stream().filter(Side::joined).count();
        List<List<String>> parties = new ArrayList<>();
        if (joints == 0) {
            if (sides.size() == 2 && BOTH.matcher(m.substring(start, verb[0])).find()) {
                parties.add(List.of(sides.get(0).party(), sides.get(1).party())); // 甲、乙两市签署
            }
        } else if (joints == 1) {
            int j = 0;
            while (!sides.get(j).joined()) {
                j++;
            }
            if (j > 1) {
                return List.of(); // 甲、乙分别与丙、丁结好: which pairs is not told by the sides alone
            }
            if (sides.size() - j > 1 && JOINTLY.matcher(m.substring(start, verb[0])).find()) {
                List<String> all = new ArrayList<>(); // 甲与乙、丙、丁共同签署: one document of them all
                sides.forEach(x -> {
                    if (!all.contains(x.party())) {
                        all.add(x.party());
                    }
                });
                return List.of(Event.builder(EventType.SIGNING).parties(all).agreement(kind).title(title).date(date)
                        .evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
            for (int k = j; k < sides.size(); k++) {
                parties.add(List.of(sides.get(j - 1).party(), sides.get(k).party())); // 甲与乙、丙签署: 甲 with each
            }
        } else {
            for (int k = 1; k < sides.size(); k++) {
                if (sides.get(k).joined()) {
                    parties.add(List.of(sides.get(k - 1).party(), sides.get(k).party())); // 甲与乙、丙与丁分别签署
                }
            }
        }
        List<EventBuilder> out = new ArrayList<>();
        for (List<String> p : parties) {
            if (!p.get(0).equals(p.get(1))) {
                out.add(Event.builder(EventType.SIGNING).parties(p).agreement(kind).title(title).date(date)
                        .evidence(new Span(ms.sentence().start(), ms.sentence().end())));
            }
        }
        return out;
    }

    /** 与乙、丙签署 with its subject left out: the sentence's first side, told before {@code start}, opens the sides. */
    private static List<Side> withSubject(DocumentContext ctx, MaskedSentence ms, List<Side> sides, int start) {
        if (sides.isEmpty() || !sides.get(0).joined()) {
            return sides;
        }
        if (!ELIDED_SUBJECT.matcher(part(ms.masked(), start, sides.get(0).at())).matches()) {
            return List.of(); // 我区与乙正式缔结: a subject of its own the sides do not read
        }
        List<Side> before = sides(ctx, ms, 0, start);
        List<Side> out = new ArrayList<>(sides);
        if (before.isEmpty()) {
            out.remove(0); // no subject to be found: the partner alone is no pair
            return out.isEmpty() || out.get(0).joined() ? List.of() : out;
        }
        out.add(0, new Side(before.get(0).party(), false, before.get(0).at()));
        return out;
    }

    /** A clause opening with its joint (并与乙, 还分别同乙): nothing before the joint but words that go on. */
    private static final Pattern ELIDED_SUBJECT = Pattern.compile("(?:并|还|又|也|另|另外|此外|同时|随后|其间|当天|当日|同日|再)*(?:分别)?"
            + JOINT_BEFORE_SIDE.pattern());

    /** One side of a signing: its party, and whether a joint (与/和/同) stands right before it. */
    record Side(String party, boolean joined, int at) {
    }

    private static int distinct(List<Side> sides) {
        Set<String> all = new LinkedHashSet<>();
        sides.forEach(s -> all.add(s.party()));
        return all.size();
    }

    /** 甲、乙两市签署, 双方签署: two sides only listed are the pair when the words call them the two. */
    private static final Pattern BOTH = Pattern.compile("两[市地省县区州城国镇乡]|双方");
    /** 在甲, 于甲, 赴甲: a place named as where, not as who. */
    private static final Pattern SCENE = Pattern.compile("(?:在|于|赴|到|抵|抵达|前往|来到)$");

    /** 我市, 本省: the page's own place standing as a side. */
    private static final Pattern HOME = Pattern.compile("(?:我|本)([市省])");

    /** The sides named in masked [from, to), in order. */
    static List<Side> sides(DocumentContext ctx, MaskedSentence ms, int from, int to) {
        String m = ms.masked();
        List<Side> out = new ArrayList<>();
        List<int[]> runs = new ArrayList<>(); // [start, end) of each run of names, in masked positions
        List<MaskedSentence.Slot> lasts = new ArrayList<>();
        MaskedSentence.Slot runLast = null;
        int runStart = -1, runEnd = -1;
        for (MaskedSentence.Slot s : ms.slots(from, to)) {
            if (s.entity().type() == EntityType.PERSON) {
                continue;
            }
            if (runLast != null && CHAIN.matcher(part(m, runEnd, s.maskedPos())).matches()) {
                if (s.entity().type() != EntityType.COUNTRY) {
                    runLast = s; // the chain goes on: 甲国乙州丙市, 甲州的乙市
                }
                runEnd = s.maskedPos() + 1;
                continue;
            }
            if (runLast != null) {
                runs.add(new int[]{runStart, runEnd});
                lasts.add(runLast);
            }
            runLast = s;
            runStart = s.maskedPos();
            runEnd = s.maskedPos() + 1;
        }
        if (runLast != null) {
            runs.add(new int[]{runStart, runEnd});
            lasts.add(runLast);
        }
        // 我市, 本省 as runs of their own
        java.util.regex.Matcher h = HOME.matcher(part(m, from, to));
        List<Object[]> all = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String body = bodyNameTail(m, runs.get(i)[1], to);
            String party = body != null ? part(ctx.text, ms.textOffset(runs.get(i)[0]), ms.textOffset(runs.get(i)[1])) + body
                    : lasts.get(i).entity().type() == EntityType.COUNTRY ? null : party(ctx, lasts.get(i));
            all.add(new Object[]{runs.get(i)[0], runs.get(i)[1], party});
        }
        while (h.find()) {
            String home = ctx.homePlace(h.group(1).charAt(0));
            if (home != null) {
                all.add(new Object[]{from + h.start(), from + h.end(), home});
            }
        }
        all.sort(java.util.Comparator.comparingInt(o -> (Integer) o[0]));
        int prevEnd = from;
        for (Object[] r : all) {
            boolean joined = JOINT_BEFORE_SIDE.matcher(part(m, prevEnd, (Integer) r[0])).find();
            prevEnd = (Integer) r[1];
            if (r[2] != null && !SCENE.matcher(part(m, Math.max(from, (Integer) r[0] - 2), (Integer) r[0])).find()) {
                out.add(new Side((String) r[2], joined, (Integer) r[0]));
            }
        }
        return out;
    }

    /** The heads of bodies that sign (协会, 公司, 大学…), from {@code models/events/unread-body-heads.tsv}. */
    private static final List<String> BODY_HEADS = ModelFile.read("events/unread-body-heads.tsv", 1).stream().map(r -> r.get(0)).toList();
    private static final Pattern NAME_TAIL = Pattern.compile("^\\p{IsHan}{2,14}");

    /**
     * 甲县某某同业公会: the names ending at {@code end} open a body's name the recogniser did not read whole; the rest of
     * that name (县某某同业公会), or null.
     */
    static String bodyNameTail(String m, int end, int to) {
        java.util.regex.Matcher t = NAME_TAIL.matcher(part(m, end, to));
        if (!t.find()) {
            return null;
        }
        String tail = t.group().split("[与和跟及在于]", 2)[0]; // the name goes on up to a joint or a scene
        for (int cut = tail.length(); cut >= 2; cut--) {
            String word = tail.substring(0, cut);
            if (!PLACE_BODY.matcher(word).matches() && BODY_HEADS.stream().anyMatch(word::endsWith)) {
                return word;
            }
        }
        return null;
    }

    /** s[a, b), empty where the range is empty or reversed (slots that share a position). */
    private static String part(String s, int a, int b) {
        int from = Math.max(0, Math.min(a, s.length())), to = Math.max(from, Math.min(b, s.length()));
        return s.substring(from, to);
    }

    /** A body's name opening with a level word names no place of its own. */
    private static final Pattern BARE_BODY = Pattern.compile("[市县省区镇乡州]");

    /** A side's party: a place, or a body of a place as the place (甲市外办 → 甲), or another body as itself. */
    static String party(DocumentContext ctx, MaskedSentence.Slot s) {
        String name = SigningExtractor.partyName(s);
        if (s.entity().type() != EntityType.ORGANIZATION || !name.equals(s.entity().name())) {
            return name;
        }
        if (BARE_BODY.matcher(name).lookingAt()) {
            return null; // 市役所, 县府: a body of no named place
        }
        String best = null;
        for (dev.newsie.model.Entity e : ctx.entities) {
            if ((e.type().isPlace()) && name.startsWith(e.name()) && PLACE_BODY.matcher(name.substring(e.name().length())).matches()
                    && (best == null || e.name().length() > best.length())) {
                best = e.name();
            }
        }
        return best != null ? best : name;
    }
}
