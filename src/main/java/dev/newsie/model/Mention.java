package dev.newsie.model;

/** One occurrence of an entity: its surface text, offsets into {@code text} and into the decoded original page. */
public record Mention(String text, int start, int end, int rawStart, int rawEnd) {
}
