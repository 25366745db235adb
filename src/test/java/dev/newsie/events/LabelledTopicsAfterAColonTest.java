package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up sentences: 主要议题: (or 论坛的议题:) labels the list that follows as the forum's topics, with the colon in
 * place of 为/包括; when that list sets its items off with commas, the 、 inside an item coordinates within its title.
 */
class LabelledTopicsAfterAColonTest {

    @Test
    void aColonAfterMainTopicsLabelsTheList() {
        assertEquals(List.of("城市更新与治理", "绿色低碳发展", "港口物流合作"),
                ForumTopics.topics("本届论坛的主要议题:城市更新与治理、绿色低碳发展、港口物流合作。"));
    }

    @Test
    void commasSetOffItemsThatHold顿号Inside() {
        assertEquals(List.of("烟台与松本的港口合作", "优化投资环境、扩大投资规模", "拓展经贸、科技等领域合作的新途径", "青年交流项目推介"),
                ForumTopics.topics("本届论坛的主要议题:烟台与松本的港口合作,优化投资环境、扩大投资规模,拓展经贸、科技等领域合作的新途径,青年交流项目推介等。"));
    }
}
