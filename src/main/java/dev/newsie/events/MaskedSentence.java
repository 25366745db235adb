package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A sentence in which every entity mention is one symbol — Ⓟ a place or country, Ⓞ an organisation, Ⓡ a
 * person — so that event patterns in {@code models/events/} can be plain regular expressions over slots.
 */
public final class MaskedSentence {
    public static final char PLACE = 'Ⓟ', ORG = 'Ⓞ', PERSON = 'Ⓡ';

    /** An entity mention standing at one position of the masked text. */
    public record Slot(int maskedPos, Entity entity, Mention mention) {
    }

    private final Sentence sentence;
    private final String masked;
    private final List<Slot> slots;
    private final int[] toText;

    private MaskedSentence(Sentence sentence, String masked, List<Slot> slots, int[] toText) {
        this.sentence = sentence;
        this.masked = masked;
        this.slots = slots;
        this.toText = toText;
    }

    /** An entity's mention, for building masked sentences. */
    public record EntityMention(Entity e, Mention m) {
    }

    /** Every mention of the document sorted by start, to build each sentence's mask without rescanning them all. */
    public static List<EntityMention> sortedMentions(List<Entity> entities) {
        List<EntityMention> all = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                all.add(new EntityMention(e, m));
            }
        }
        all.sort(Comparator.comparingInt(x -> x.m().start()));
        return all;
    }

    public static MaskedSentence of(Sentence s, List<Entity> entities) {
        return ofSorted(s, sortedMentions(entities));
    }

    /** @param sorted the document's mentions from {@link #sortedMentions} */
    public static MaskedSentence ofSorted(Sentence s, List<EntityMention> sorted) {
        List<EntityMention> inside = new ArrayList<>();
        int lo = 0, hi = sorted.size();
        while (lo < hi) { // first mention starting at or after the sentence
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).m().start() < s.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sorted.size() && sorted.get(i).m().start() < s.end(); i++) {
            if (sorted.get(i).m().end() <= s.end()) {
                inside.add(sorted.get(i));
            }
        }
        StringBuilder sb = new StringBuilder();
        List<Slot> slots = new ArrayList<>();
        List<Integer> map = new ArrayList<>();
        int pos = s.start();
        for (int k = 0; k < inside.size(); k++) {
            EntityMention x = inside.get(k);
            if (x.m().start() < pos) {
                continue;
            }
            boolean quotedInChain = QuotedPlaceInChain.quotedAfterPlace(s, slots, pos, x);
            if (!slots.isEmpty() && sb.length() == slots.get(slots.size() - 1).maskedPos() + 1) {
                EntityType before = slots.get(slots.size() - 1).entity().type();
                String between = s.text().substring(pos - s.start(), x.m().start() - s.start());
                if (CapitalApposition.joins(before, between, x.e().type()) || LocatorBeforePlace.joins(before, between, x.e().type())) {
                    pos = x.m().start(); // 新西兰首都惠灵顿, 美国的西雅图: one chain, as 新西兰惠灵顿
                }
            }
            for (int i = pos; i < x.m().start() - (quotedInChain ? 1 : 0); i++) {
                if (QuotedStanding.isWrappingQuote(s.text(), i - s.start())) {
                    continue; // “姐妹城市”: a term in quotes reads as the bare word
                }
                if (HanDigitSpacing.at(s.text(), i - s.start())) {
                    continue; // 自 1995 年起: the date reads as written solid
                }
                sb.append(s.text().charAt(i - s.start()));
                map.add(i);
            }
            slots.add(new Slot(sb.length(), x.e(), x.m()));
            sb.append(symbol(x.e().type()));
            map.add(x.m().start());
            pos = x.m().end() + (quotedInChain ? 1 : 0);
            int glossEnd = glossEnd(s, pos);
            if (glossEnd > pos && (k + 1 >= inside.size() || inside.get(k + 1).m().start() >= glossEnd)) {
                pos = glossEnd; // 尔湾市(Irvine)、…: the Latin gloss is part of the name's slot, so lists and pairs read on
            }
            int markEnd = x.e().type() == EntityType.PERSON ? s.start() + PhotoPositions.end(s.text(), pos - s.start()) : pos;
            if (markEnd > pos && (k + 1 >= inside.size() || inside.get(k + 1).m().start() >= markEnd)) {
                pos = markEnd; // 甲市长X(左)与乙市长Y(右)签署: a photo's mark of where the person stands is part of his slot
            }
        }
        for (int i = pos; i < s.end(); i++) {
            if (QuotedStanding.isWrappingQuote(s.text(), i - s.start()) || HanDigitSpacing.at(s.text(), i - s.start())) {
                continue;
            }
            sb.append(s.text().charAt(i - s.start()));
            map.add(i);
        }
        map.add(s.end());
        return new MaskedSentence(s, sb.toString(), slots, map.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A name's own Latin form in brackets right after it (橡樹市(Oakdale), 瑪莉(Mary K. Lane)), no other words inside. */
    private static final java.util.regex.Pattern GLOSS = java.util.regex.Pattern.compile(
            "\\s?[(（]\\s*[A-Z][A-Za-z .'’&-]{0,40}[)）]");

    /** Where a gloss after a mention ending at {@code pos} ends; {@code pos} when none follows. */
    private static int glossEnd(Sentence s, int pos) {
        java.util.regex.Matcher m = GLOSS.matcher(s.text()).region(pos - s.start(), s.text().length());
        return m.lookingAt() ? s.start() + m.end() : pos;
    }

    private static char symbol(EntityType t) {
        return switch (t) {
            case ORGANIZATION -> ORG;
            case PERSON -> PERSON;
            default -> PLACE;
        };
    }

    public String masked() {
        return masked;
    }

    /** The same sentence and slots read through a rewritten mask of the same length (a joiner respelled, say). */
    MaskedSentence withMasked(String rewritten) {
        if (rewritten.length() != masked.length()) {
            throw new IllegalArgumentException("a rewritten mask keeps every position");
        }
        return new MaskedSentence(sentence, rewritten, slots, toText);
    }

    /**
     * The same sentence with the masked range [from, to) read as slots of one entity: a word that stands for a named
     * place (我市 for the page's own city) then reads as the name would. Every position is kept.
     */
    MaskedSentence withEntityAt(int from, int to, Entity e) {
        StringBuilder sb = new StringBuilder(masked);
        List<Slot> all = new ArrayList<>(slots);
        Mention m = new Mention(textOf(from, to), textOffset(from), textOffset(to), textOffset(from), textOffset(to));
        for (int i = from; i < to; i++) {
            sb.setCharAt(i, symbol(e.type()));
            all.add(new Slot(i, e, m));
        }
        all.sort(Comparator.comparingInt(Slot::maskedPos));
        return new MaskedSentence(sentence, sb.toString(), List.copyOf(all), toText);
    }

    public Sentence sentence() {
        return sentence;
    }

    /** Offset in the normalised text of a masked position. */
    public int textOffset(int maskedPos) {
        return toText[Math.min(maskedPos, toText.length - 1)];
    }

    /** The sentence's own text under the masked range [from, to): names written out, as the page wrote them. */
    public String textOf(int from, int to) {
        int base = sentence.start();
        return sentence.text().substring(textOffset(from) - base, textOffset(to) - base);
    }

    /** The masked position of a text offset inside this sentence (the slot's position for a masked mention). */
    public int maskedPos(int textOffset) {
        for (int i = 0; i < toText.length; i++) {
            if (toText[i] >= textOffset) {
                return toText[i] > textOffset && i > 0 ? i - 1 : i;
            }
        }
        return toText.length - 1;
    }

    /** The slots in masked range [from, to), in order. */
    public List<Slot> slots(int from, int to) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots) {
            if (s.maskedPos() >= from && s.maskedPos() < to) {
                out.add(s);
            }
        }
        return out;
    }

    public List<Slot> slots() {
        return slots;
    }

    /**
     * The party a run of slots names: its organisation if it ends in one (联合国人居署), else the last place of
     * its chain (山西省运城市 → 运城); never a country alone. Null if none.
     */
    public Slot lastParty(int from, int to) {
        List<Slot> in = slots(from, to);
        if (!in.isEmpty() && in.get(in.size() - 1).entity().type() == EntityType.ORGANIZATION) {
            return in.get(in.size() - 1);
        }
        Slot s = lastPlace(from, to);
        return s == null || s.entity().type() == EntityType.COUNTRY ? null : s;
    }

    /** The last place slot in [from, to): the most specific unit of an administrative chain. */
    public Slot lastPlace(int from, int to) {
        Slot last = null;
        for (Slot s : slots(from, to)) {
            if (s.entity().type().isPlace() || s.entity().type() == EntityType.COUNTRY) {
                last = s;
            }
        }
        return last;
    }
}
