package dev.newsie.canon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function of a string, shared by the worker threads, and forgets them all once
 * it holds {@code limit} of them, so a long dump cannot grow it without bound. Only for functions whose answer
 * depends on the argument alone: a remembered answer is then the one a fresh call would give.
 */
public final class BoundedMemo {
    private final Function<String, String> function;
    private final int limit;
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    public BoundedMemo(Function<String, String> function, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a memo's limit must be at least 1, not " + limit);
        }
        this.function = function;
        this.limit = limit;
    }

    /** The function's answer for {@code key}, computed on the first call since the memo was last emptied. */
    public String apply(String key) {
        String known = answers.get(key);
        if (known != null) {
            return known;
        }
        String answer = function.apply(key);
        if (answers.size() >= limit) {
            answers.clear(); // starting over costs one call per name; an eviction order would cost every call
        }
        answers.put(key, answer);
        return answer;
    }

    /** How many answers are remembered now. */
    int size() {
        return answers.size();
    }
}
