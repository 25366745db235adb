package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.text.TrackedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts the article out of an HTML page by its structure, not by site-specific selectors: text is grouped
 * into blocks (leaf block elements, split at {@code <br>}); blocks that read like prose vote for their parent
 * and grandparent; the best-voted container's blocks are the body, minus link-heavy blocks and junk lines.
 * The title is the page's {@code <h1>} (else og:title, else {@code <title>}); a short dated line between the
 * title and the body is kept as the dateline. Traversal is iterative ({@link NodeTraversor}), so a deeply
 * nested page cannot overflow the stack.
 */
public final class HtmlCleaner implements ArticleCleaner {
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "iframe", "nav", "footer", "aside",
            "form", "button", "select", "input", "textarea", "svg", "canvas", "template", "object", "embed", "head");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "section", "article", "blockquote", "pre", "dd", "dt", "ul", "ol", "table", "tr", "tbody", "header", "main",
            "figure", "figcaption", "center", "body", "html", "caption", "address");
    /** Link-text share above which a block is navigation, not article text. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** Containers this close to the headline (levels up to a common ancestor) get {@link #TITLE_BONUS}. */
    static final int TITLE_PROXIMITY = 3;
    static final double TITLE_BONUS = 1.5;
    /** Text in {@code <p>} is more likely article text than text in generic containers. */
    static final double PARAGRAPH_WEIGHT = 1.5;
    /** Dated lines longer than this are paragraphs, not datelines. */
    static final int MAX_DATELINE = 120;
    private static final Pattern DATE_LIKE = Pattern.compile("(19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]\\d{1,2}|\\d{1,2}-\\d{1,2}\\s+\\d{1,2}:\\d{2}");
    /** Lines that close an article: editor, original title, source, author. */
    private static final Pattern TAIL_LINE = Pattern.compile("^[（(【\\[]?(责任编辑|责编|编辑|原标题|本文来源|来源|作者|记者|发布日期)\\s*[:：|]");
    static final int MAX_TAIL_LINES = 4;
    private static final Pattern TITLE_SPLIT = Pattern.compile("\\s*[_|｜–—]\\s*|\\s+-\\s+");

    private final LineClassifier classifier;

    public HtmlCleaner(LineClassifier classifier) {
        this.classifier = classifier;
    }

    /** A run of text under one block element. */
    private static final class Block {
        final Element element;
        final TrackedText.Builder text = TrackedText.builder();
        int linkChars;

        Block(Element element) {
            this.element = element;
        }
    }

    @Override
    public Article clean(DecodedPage page) {
        Document doc = Jsoup.parse(page.text(), page.uri() == null ? "" : page.uri(), Parser.htmlParser().setTrackPosition(true));
        String metaDate = metaDate(doc);
        String metaTitle = doc.select("meta[property=og:title]").attr("content");
        String docTitle = doc.title();
        doc.select(String.join(",", DROP)).remove();
        List<Block> blocks = blocks(doc.body() == null ? doc : doc.body(), page.text());
        List<TrackedText> texts = new ArrayList<>();
        for (Block b : blocks) {
            dev.newsie.pipeline.Cancellation.check(CleaningStage.STAGE); // a page past its time limit stops here
            texts.add(b.text.build());
        }
        Element h1 = doc.selectFirst("h1");
        BlockKinds kinds = new BlockKinds(classifier, texts);
        Element container = bestContainer(blocks, texts, h1, kinds);
        BodyAssembler body = new BodyAssembler();
        String title = null;
        int titleIndex = -1;
        for (int i = 0; i < blocks.size(); i++) {
            dev.newsie.pipeline.Cancellation.check(CleaningStage.STAGE);
            if (h1 != null && inside(blocks.get(i).element, h1)
                    && LineClassifier.hanCount(texts.get(i).text()) >= 2) {
                titleIndex = i;
                title = texts.get(i).text().strip();
                break;
            }
        }
        if (title != null) {
            body.add(texts.get(titleIndex), 0, texts.get(titleIndex).length());
        } else {
            title = !metaTitle.isBlank() ? metaTitle.strip() : TITLE_SPLIT.split(docTitle.strip())[0];
            if (!title.isBlank()) {
                int at = page.text().indexOf(title);
                TrackedText.Builder tb = TrackedText.builder();
                if (at >= 0) {
                    tb.append(TrackedText.identity(page.text()), at, at + title.length());
                } else {
                    tb.appendSynthetic(title, 0);
                }
                TrackedText t = tb.build();
                body.add(t, 0, t.length());
            }
        }
        int first = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (container != null && inside(blocks.get(i).element, container) && isArticleText(blocks.get(i), texts.get(i))
                    && kinds.of(i) == LineKind.PROSE) {
                first = i;
                break;
            }
        }
        List<String> header = new ArrayList<>();
        if (first >= 0) {
            for (int i = Math.max(titleIndex + 1, 0); i < first; i++) {
                String s = texts.get(i).text().strip();
                if (s.length() <= MAX_DATELINE && DATE_LIKE.matcher(s).find() && kinds.of(i) != LineKind.END) {
                    body.add(texts.get(i), 0, texts.get(i).length());
                    header.add(s);
                    break;
                }
            }
            int last = first;
            for (int i = first; i < blocks.size(); i++) {
                if (!inside(blocks.get(i).element, container) || !isArticleText(blocks.get(i), texts.get(i))) {
                    continue;
                }
                LineKind k = kinds.of(i);
                if (k == LineKind.END) {
                    break;
                }
                if (k != LineKind.JUNK) {
                    body.add(texts.get(i), 0, texts.get(i).length());
                    last = i;
                }
                if (k == LineKind.LAST) {
                    break;
                }
            }
            // Editor and original-title lines often sit just outside the text container.
            for (int i = last + 1, taken = 0; i < blocks.size() && taken < MAX_TAIL_LINES; i++) {
                String t = texts.get(i).text().strip();
                if (inside(blocks.get(i).element, container) || t.isEmpty() || kinds.of(i) == LineKind.JUNK) {
                    continue;
                }
                if (!TAIL_LINE.matcher(t).find() || t.length() > MAX_DATELINE) {
                    break;
                }
                body.add(texts.get(i), 0, texts.get(i).length());
                taken++;
            }
        }
        List<String> kept = body.texts();
        String published = metaDate != null ? metaDate : MetadataExtractor.findDate(header);
        if (published == null) {
            published = MetadataExtractor.findDate(kept.subList(0, Math.min(3, kept.size())));
        }
        return new Article(title == null || title.isBlank() ? null : title, published,
                MetadataExtractor.findSource(kept), MetadataExtractor.findReporter(kept), body.build());
    }

    private static boolean isArticleText(Block b, TrackedText t) {
        int len = t.text().strip().length();
        return len > 0 && b.linkChars <= len * MAX_LINK_DENSITY;
    }

    /**
     * Whether {@code e} is {@code container} or under it. Walks up without building {@link Element#parents()}, which
     * every block and container asked for, and stops where that list stops: below the document root.
     */
    static boolean inside(Element e, Element container) {
        if (e == container) {
            return true;
        }
        for (Element p = e.parent(); p != null && !p.nameIs("#root"); p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    /** Prose blocks vote for their parent (full score) and grandparent (half); the best-voted element wins. */
    private static Element bestContainer(List<Block> blocks, List<TrackedText> texts, Element h1, BlockKinds kinds) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            String s = texts.get(i).text();
            int han = LineClassifier.hanCount(s);
            if (han < 10 || blocks.get(i).linkChars > s.length() * MAX_LINK_DENSITY
                    || kinds.of(i) == LineKind.END || kinds.of(i) == LineKind.JUNK) {
                continue;
            }
            Element e = blocks.get(i).element;
            double v = (1 + punctuation(s) + Math.min(han / 50.0, 3)) * (e.normalName().equals("p") ? PARAGRAPH_WEIGHT : 1);
            Element parent = e.parent();
            score.merge(e, v * 0.5, Double::sum);
            if (parent != null) {
                score.merge(parent, v, Double::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), v / 2, Double::sum);
                }
            }
        }
        if (h1 != null) {
            // The article body sits near its headline; sidebars with long teasers sit far from it.
            score.replaceAll((e, v) -> stepsToCommonAncestor(h1, e) <= TITLE_PROXIMITY ? v * TITLE_BONUS : v);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** How many levels up from {@code from} the first ancestor that also contains {@code to} is. */
    private static int stepsToCommonAncestor(Element from, Element to) {
        int steps = 0;
        for (Element a = from; a != null; a = a.parent(), steps++) {
            if (inside(to, a)) {
                return steps;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int punctuation(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if ("，。、；：！？,".indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Groups text nodes by their nearest block ancestor, starting a new block at {@code <br>} and block boundaries. */
    private static List<Block> blocks(Element root, String source) {
        List<Block> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            Block current;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals("br") || BLOCKS.contains(tag)) {
                        current = null;
                    }
                    return;
                }
                if (!(node instanceof TextNode tn)) {
                    return;
                }
                if (tn.isBlank()) {
                    // whitespace between inline elements separates words (2019-08-13 14:07 来源)
                    if (current != null && current.element == nearestBlock(tn) && tn.sourceRange().isTracked()) {
                        int pos = tn.sourceRange().startPos();
                        current.text.appendChar(' ', pos, pos + 1);
                    }
                    return;
                }
                Element block = nearestBlock(tn);
                if (current == null || current.element != block) {
                    current = new Block(block);
                    out.add(current);
                }
                append(current, tn, source);
                if (insideLink(tn)) {
                    current.linkChars += tn.text().strip().length();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    current = null;
                }
            }
        }, root);
        out.removeIf(b -> b.text.length() == 0);
        return out;
    }

    private static void append(Block b, TextNode tn, String source) {
        String text = tn.getWholeText();
        int start = tn.sourceRange().isTracked() ? tn.sourceRange().startPos() : -1;
        int end = tn.sourceRange().isTracked() ? tn.sourceRange().endPos() : -1;
        boolean exact = start >= 0 && end - start == text.length() && source.regionMatches(start, text, 0, text.length());
        // Collapse runs of whitespace as a browser would; map each kept character to its source position.
        boolean lastSpace = b.text.length() == 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (space && lastSpace) {
                continue;
            }
            int pos = exact ? start + i : Math.max(start, 0) + Math.min(i, Math.max(0, end - start - 1));
            b.text.appendChar(space ? ' ' : c, pos, pos + 1);
            lastSpace = space;
        }
    }

    private static Element nearestBlock(Node n) {
        Element p = n.parent() instanceof Element e ? e : null;
        while (p != null && !BLOCKS.contains(p.normalName())) {
            p = p.parent();
        }
        return p;
    }

    /** Text anywhere under a link, even inside block elements wrapped in it (teaser cards), is link text. */
    private static boolean insideLink(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static String metaDate(Document doc) {
        for (String sel : List.of("meta[property=article:published_time]", "meta[name=pubdate]", "meta[name=PubDate]",
                "meta[name=publishdate]", "meta[itemprop=datePublished]", "meta[name=apub:time]", "time[datetime]")) {
            Element e = doc.selectFirst(sel);
            if (e != null) {
                String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                String d = MetadataExtractor.isoDate(v.toLowerCase(Locale.ROOT));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }
}
