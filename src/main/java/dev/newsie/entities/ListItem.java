package dev.newsie.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** One item of a 、-list, with where it starts in the text. */
record ListItem(int start, String text) {
    /** The items of the list a pattern's group matched, empty items kept so positions stay in step. */
    static List<ListItem> of(Matcher m, int group) {
        List<ListItem> items = new ArrayList<>();
        int at = m.start(group);
        for (String item : m.group(group).split("、", -1)) {
            items.add(new ListItem(at, item));
            at += item.length() + 1;
        }
        return items;
    }
}
