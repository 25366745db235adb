package dev.newsie.nlp;

import java.util.List;

/** What a backend says about a text: its tokens and the named-entity mentions it recognised. */
public record Analysis(List<Token> tokens, List<BackendMention> mentions) {
    public Analysis {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }

    public static final Analysis EMPTY = new Analysis(List.of(), List.of());
}
