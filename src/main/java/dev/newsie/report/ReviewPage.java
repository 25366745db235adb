package dev.newsie.report;

import dev.newsie.model.ArticleRecord;

/**
 * The live review page of {@code newsie serve} ({@code GET /}): a form to paste text or HTML or upload a file,
 * and, after a submission, the record shown by {@link ArticleView}. A plain HTML form posting back to the page,
 * so it needs no script, no CDN and works on a phone.
 */
public final class ReviewPage {
    /** What the person submitted (kept in the form after a submission) and what came of it. */
    public record State(String content, String format, ArticleRecord result, String error) {
        public static final State EMPTY = new State("", "auto", null, null);
    }

    private ReviewPage() {
    }

    public static String html(State state) {
        StringBuilder h = new StringBuilder(ReviewStyle.head("newsie review"));
        h.append("<header class=\"top\"><h1>newsie review</h1><p class=\"meta\">Paste a Chinese news article (text or HTML) "
                + "or upload a page, and see what newsie reads in it. API: <a href=\"/v1/openapi.yaml\">/v1/openapi.yaml</a></p></header>\n");
        h.append("<form class=\"input\" id=\"review-form\" method=\"post\" action=\"/\" enctype=\"multipart/form-data\">\n")
                .append("<textarea name=\"content\" id=\"content\" placeholder=\"新华社杭州3月5日电 …\">")
                .append(ArticleView.esc(state.content())).append("</textarea>\n<div class=\"row\">")
                .append("<label>format <select name=\"format\" id=\"format\">")
                .append(option("auto", "detect", state.format())).append(option("text", "text", state.format()))
                .append(option("html", "HTML", state.format())).append("</select></label>")
                .append("<label>or a file <input type=\"file\" name=\"file\" id=\"file\" accept=\".html,.htm,.txt,text/html,text/plain\"></label>")
                .append("<button type=\"submit\" id=\"submit\">Extract</button></div>\n</form>\n");
        if (state.error() != null) {
            h.append("<div class=\"error-box\" id=\"error\">").append(ArticleView.esc(state.error())).append("</div>\n");
        }
        if (state.result() != null) {
            h.append("<section id=\"result\">\n").append(ArticleView.render(state.result(), null)).append("</section>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String option(String value, String label, String selected) {
        return "<option value=\"" + value + "\"" + (value.equals(selected) ? " selected" : "") + ">" + label + "</option>";
    }
}
