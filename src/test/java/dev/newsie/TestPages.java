package dev.newsie;

/** Small made-up pages shared by the stage tests (no corpus text). */
public final class TestPages {
    private TestPages() {
    }

    public static final String ARTICLE_P1 = "新华社杭州3月5日电 3日，杭州市与葡萄牙波尔图市在杭州签署建立友好城市关系协议书，双方将在文化、旅游和教育领域深化合作。";
    public static final String ARTICLE_P2 = "杭州市市长表示，两市自2010年开展交流以来，人员往来日益密切，此次结好将为两市合作开辟新的空间。";
    public static final String ARTICLE_P3 = "波尔图市代表团一行还参观了西湖博物馆，并与当地企业举行了座谈。";

    /** A news page with navigation, a sidebar, a related list and a footer around a three-paragraph article. */
    public static String newsPage(String charsetMeta) {
        return "<!DOCTYPE html><html><head>" + (charsetMeta == null ? "" : "<meta charset=\"" + charsetMeta + "\">")
                + "<title>杭州与波尔图结为友好城市_国际频道_某某网</title></head><body>"
                + "<div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/news\">新闻</a> | <a href=\"/intl\">国际</a> | <a href=\"/sport\">体育</a></div>"
                + "<nav><ul><li><a href=\"/a\">财经频道</a></li><li><a href=\"/b\">科技频道</a></li></ul></nav>"
                + "<div class=\"wrap\"><div class=\"main\">"
                + "<h1>杭州与波尔图结为友好城市</h1>"
                + "<div class=\"info\"><span>2024-03-05 10:20</span> <span>来源：新华社</span></div>"
                + "<div class=\"content\"><p>" + ARTICLE_P1 + "</p><p>" + ARTICLE_P2 + "</p><p>" + ARTICLE_P3 + "</p>"
                + "<p>分享到：</p></div>"
                + "<div class=\"related\"><h3>相关新闻</h3><ul>"
                + "<li><a href=\"/x1\">宁波与日本长冈京市签署友好交流协议，双方将在多个领域开展合作</a></li>"
                + "<li><a href=\"/x2\">温州代表团访问意大利普拉托市，推动两地经贸往来与人文交流</a></li></ul></div>"
                + "</div><div class=\"side\"><h3>热门推荐</h3><ul>"
                + "<li><a href=\"/h1\">某地发生交通事故致多人受伤，相关部门正在调查处理中</a></li>"
                + "<li><a href=\"/h2\">明星婚礼现场曝光，众多嘉宾到场祝贺，场面十分热闹</a></li></ul></div></div>"
                + "<footer><p>版权所有 © 某某网 京ICP备12345678号</p><p>违法和不良信息举报电话：010-12345678</p></footer>"
                + "<script>var x = '杭州市与葡萄牙波尔图市在杭州签署';</script></body></html>";
    }
}
