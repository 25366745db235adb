package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the kept mentions of one document into entities: one per (type, canonical name), every mention
 * listed. Within a document a bare place name takes the type its suffixed mentions give it (卡拉沃沃 after
 * 卡拉沃沃州 is a PROVINCE), and a person named in full is also found by the parts of the name used alone
 * later (鲁比罗拉 after 米歇尔·鲁比罗拉).
 */
public final class EntityLinker {
    private final CanonicalNames names;

    public EntityLinker(CanonicalNames names) {
        this.names = names;
    }

    public List<Entity> link(String text, List<Candidate> mentions) {
        List<Candidate> all = NamesWrittenAgain.withoutPartsOfNames(text, partsToFullNames(mentions));
        all.addAll(laterPersonMentions(text, all));
        all = harmonisePlaceTypes(all);
        all = peopleNotPlaces(all);
        all.sort(java.util.Comparator.comparingInt(Candidate::start));
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        Map<String, String> canonical = new HashMap<>();
        for (Candidate c : all) {
            String name = names.canonical(c.name(), c.type());
            if (name.isEmpty()) {
                continue;
            }
            String key = c.type() + " " + name;
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            types.put(key, c.type());
            canonical.put(key, name);
        }
        List<Entity> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Candidate>> e : byKey.entrySet()) {
            EntityType type = types.get(e.getKey());
            String country = null;
            if (type.isPlace()) {
                country = e.getValue().stream().map(Candidate::country).filter(c -> c != null && !c.isEmpty())
                        .findFirst().orElse(null);
            }
            List<Mention> ms = new ArrayList<>();
            for (Candidate c : e.getValue()) {
                ms.add(new Mention(text.substring(c.start(), c.end()), c.start(), c.end(), -1, -1));
            }
            out.add(new Entity("e" + (++n), type, canonical.get(e.getKey()), country, ms));
        }
        return out;
    }

    /**
     * 议长门多萨 … 门多萨表示: a name the article's patterns give a person is that person where it stands alone, not the
     * foreign city or province the gazetteer knows by the same name; the lone mentions are dropped as places (the
     * person already stands for them). A Chinese place is kept: a byline's city (记者某某 厦门报道) is no name.
     */
    static List<Candidate> peopleNotPlaces(List<Candidate> mentions) {
        java.util.Set<String> people = new java.util.HashSet<>();
        for (Candidate c : mentions) {
            if (c.type() == EntityType.PERSON && c.source() == Candidate.Source.PATTERN) {
                people.add(c.name());
            }
        }
        List<Candidate> out = new ArrayList<>(mentions.size());
        for (Candidate c : mentions) {
            if (!(c.type().isPlace() && c.source() != Candidate.Source.PATTERN && people.contains(c.name()) && !"中国".equals(c.country()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** A person named by one part of an interpunct name found elsewhere (莫雷拉 for 鲁伊·莫雷拉) is that person. */
    private static List<Candidate> partsToFullNames(List<Candidate> mentions) {
        Map<String, String> full = new HashMap<>();
        for (Candidate c : mentions) {
            if (c.type() == EntityType.PERSON && c.name().contains("·")) {
                for (String part : c.name().split("·")) {
                    if (part.length() >= 2) {
                        full.putIfAbsent(part, c.name());
                    }
                }
            }
        }
        List<String> people = mentions.stream().filter(c -> c.type() == EntityType.PERSON).map(Candidate::name).distinct().toList();
        List<Candidate> out = new ArrayList<>(mentions.size());
        for (Candidate c : mentions) {
            String f = c.type() == EntityType.PERSON ? full.getOrDefault(c.name(), fullNameOf(c.name(), people)) : null;
            out.add(f == null ? c : new Candidate(c.start(), c.end(), c.type(), f, c.country(), c.source()));
        }
        return out;
    }

    /**
     * 田口 after 田口诚一 (议长田口诚一 … 田口议长): a person named by a two-character family name that opens another
     * person's name of four or more; 洛斯 after 帕帕多普洛斯 (帕帕多普洛斯大使): the end of an interpunct name's part, read
     * short where the segmenter broke it. Null when no other name holds it so.
     */
    static String fullNameOf(String name, List<String> people) {
        if (name.length() < 2 || name.contains("·")) {
            return null;
        }
        String found = null;
        for (String other : people) {
            // only a two-character family name of a name of four or more (田口 of 田口诚一): a Chinese name of two
            // characters is no family name, and may open a longer misreading of itself
            boolean surname = !other.contains("·") && name.length() == 2 && other.length() >= 4 && other.startsWith(name);
            boolean partEnd = other.contains("·") && java.util.Arrays.stream(other.split("·"))
                    .anyMatch(part -> part.length() >= name.length() + 2 && part.endsWith(name));
            if (surname || partEnd) {
                if (found != null && !found.equals(other)) {
                    return null; // two people it could be: leave it
                }
                found = other;
            }
        }
        return found;
    }

    /** Occurrences of known people's names, and of the parts of interpunct names, outside other mentions. */
    private static List<Candidate> laterPersonMentions(String text, List<Candidate> mentions) {
        List<Candidate> out = new ArrayList<>();
        java.util.BitSet taken = new java.util.BitSet(text.length());
        for (Candidate c : mentions) {
            taken.set(c.start(), c.end());
        }
        java.util.Set<String> people = new java.util.LinkedHashSet<>();
        for (Candidate p : mentions) {
            if (p.type() == EntityType.PERSON) {
                people.add(p.name());
            }
        }
        for (String person : people) {
            List<String> forms = new ArrayList<>(List.of(person));
            if (person.contains("·")) {
                for (String part : person.split("·")) {
                    if (part.length() >= 2) {
                        forms.add(part);
                    }
                }
            }
            for (String f : forms) {
                for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
                    Candidate c = new Candidate(i, i + f.length(), EntityType.PERSON, person, null, Candidate.Source.WEAK);
                    int clash = taken.nextSetBit(c.start());
                    if (clash < 0 || clash >= c.end()) {
                        out.add(c);
                        taken.set(c.start(), c.end());
                    }
                }
            }
        }
        return out;
    }

    /** A name written with a suffix somewhere in the document types its bare mentions there. */
    private static List<Candidate> harmonisePlaceTypes(List<Candidate> all) {
        Map<String, Set<EntityType>> suffixed = new HashMap<>();
        for (Candidate c : all) {
            if (c.type().isPlace() && c.source() == Candidate.Source.PATTERN) {
                suffixed.computeIfAbsent(c.name(), k -> new java.util.HashSet<>()).add(c.type());
            }
        }
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            Set<EntityType> t = suffixed.get(c.name());
            if (c.type().isPlace() && c.source() != Candidate.Source.PATTERN && t != null && t.size() == 1 && !t.contains(c.type())) {
                out.add(new Candidate(c.start(), c.end(), t.iterator().next(), c.name(), c.country(), c.source()));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
