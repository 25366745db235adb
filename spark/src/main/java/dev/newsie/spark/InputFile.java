package dev.newsie.spark;

import java.io.Serializable;

/**
 * One input file found on a Hadoop file system, and how the job reads it.
 */
public record InputFile(String uri, long bytes, Reading reading) implements Serializable {
    /** How a file is read. */
    public enum Reading {
        /** An uncompressed JSON Lines dump: Hadoop splits it into ranges of lines, read by several tasks. */
        SPLIT_LINES,
        /** One page (.html, .htm, .txt, gzipped or not): many of them share a task. */
        PAGE,
        /** A WARC archive or a gzipped dump: read through by one task, its pages then spread over all tasks. */
        ARCHIVE
    }
}
