package dev.newsie.decode;

import dev.newsie.canon.ScriptConverter;

import java.util.BitSet;

/**
 * How much a decoded text reads like Chinese: the share of its Han characters that are among the ~500 most
 * frequent of written Chinese (Simplified; Traditional text is converted first). Correctly decoded news
 * scores 0.4–0.7; GBK bytes read as Big5 (or the reverse) give rare characters and score under 0.1.
 */
final class CommonCharacters {
    private static final String MOST_FREQUENT =
            "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成"
            + "方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使"
            + "情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给"
            + "世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量"
            + "再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设"
            + "式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极"
            + "林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约"
            + "示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专"
            + "费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴"
            + "例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助"
            + "倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜"
            + "卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余"
            + "签署协议合作交流城市友好访问代表团会谈经贸旅游教育文化领域省长书记副主席发展举办论坛";
    private static final BitSet COMMON = new BitSet(0x10000);

    static {
        MOST_FREQUENT.chars().forEach(COMMON::set);
    }

    private CommonCharacters() {
    }

    /** Share of the Han characters in the first {@code limit} characters that are common ones; 0 without Han. */
    static double share(String text, int limit) {
        String sample = ScriptConverter.toSimplified(text.substring(0, Math.min(text.length(), limit)));
        int han = 0, common = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (COMMON.get(c)) {
                    common++;
                }
            } else if (c >= 0x80 && Character.isLetter(c)) {
                han++; // a letter outside Han in a Chinese page (Ã, ½, Ð): the mark of a wrong single-byte charset
            }
        }
        return han == 0 ? 0 : (double) common / han;
    }
}
