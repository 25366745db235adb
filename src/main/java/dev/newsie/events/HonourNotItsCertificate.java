package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * 颁发「甲市荣誉市民证书」给乙 / 获颁甲市榮譽市民證: the certificate a city hall hands over stands for the title it
 * certifies. The award is the title (甲市荣誉市民, 乙县荣誉县民), so the certificate's word (证, 证书, 證, 證書) after an
 * honorary title is no part of the award's name.
 */
final class HonourNotItsCertificate {
    private HonourNotItsCertificate() {
    }

    /** An honorary title a place confers on people, then the word for its certificate. */
    private static final Pattern CERTIFIED_TITLE = Pattern.compile(
            "^(.*?(?:荣誉|榮譽|名誉|名譽)(?:市民|公民|县民|縣民|区民|區民|居民))(?:证书|證書|证|證)$");

    /** The honour the certificate stands for; the name itself when it names no honorary title's certificate. */
    static String honour(String award) {
        return award == null ? null : CERTIFIED_TITLE.matcher(award).replaceFirst("$1");
    }
}
