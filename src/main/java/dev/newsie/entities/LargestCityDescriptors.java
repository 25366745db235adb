package dev.newsie.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 最大城, 第一大城, 第二大城 (the largest, the second-largest city: Taiwan's press writes 城 for 城市) describe the place named
 * next — 乙州最大城甲市 — and are no part of its name; 大城 in them is "big city", not the place 大城 (a county of
 * Hebei, Thailand's Ayutthaya). A candidate that is only that 大城 is dropped, one that opens with the descriptor
 * starts after it.
 */
final class LargestCityDescriptors {
    private LargestCityDescriptors() {
    }

    private static final Pattern DESCRIPTOR = Pattern.compile("(?:最|第[一二三四五六七八九十\\d])大城(?:市)?");

    static List<Candidate> apply(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            if (c.name().equals("大城") && c.start() > 0 && opensDescriptor(text, c.start() - 1)) {
                continue; // 中部最大城: the largest city, no place 大城
            }
            Matcher m = DESCRIPTOR.matcher(text).region(c.start(), c.end());
            if (m.lookingAt() && c.name().startsWith(m.group()) && c.name().length() - m.group().length() >= 2) {
                int len = m.group().length();
                out.add(new Candidate(c.start() + len, c.end(), c.type(), c.name().substring(len), c.country(), c.source()));
                continue; // 乙州最大城甲市: the place is 甲
            }
            out.add(c);
        }
        return out;
    }

    /** Whether a descriptor (最大城, 第二大城) opens at {@code at} or one character before it (第 + numeral). */
    private static boolean opensDescriptor(String text, int at) {
        for (int from = Math.max(0, at - 1); from <= at; from++) {
            Matcher m = DESCRIPTOR.matcher(text).region(from, text.length());
            if (m.lookingAt() && m.end() >= at + 3) {
                return true;
            }
        }
        return false;
    }
}
