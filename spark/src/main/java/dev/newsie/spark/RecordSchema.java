package dev.newsie.spark;

import org.apache.spark.sql.types.StructType;

/**
 * The record of {@code record.schema.json} as a Spark schema, nested where the record is nested (entities
 * with their mentions, events with their role lists, relations, errors), for Parquet output. Field names and
 * order are the JSON record's.
 */
public final class RecordSchema {
    private static final String SPAN = "STRUCT<`start`: INT, `end`: INT>";
    private static final String NAMES = "ARRAY<STRING>";

    public static final StructType RECORD = StructType.fromDDL(String.join(", ",
            "id STRING", "uri STRING", "title STRING", "published STRING", "source STRING", "reporter STRING",
            "script STRING", "charset STRING", "body STRING", "text STRING",
            "entities ARRAY<STRUCT<id: STRING, type: STRING, name: STRING, country: STRING, "
                    + "mentions: ARRAY<STRUCT<text: STRING, `start`: INT, `end`: INT, rawStart: INT, rawEnd: INT>>>>",
            "events ARRAY<STRUCT<id: STRING, type: STRING, name: STRING, aliases: " + NAMES + ", `start`: STRING, "
                    + "`end`: STRING, venue: STRING, organizers: " + NAMES + ", theme: STRING, topics: " + NAMES + ", "
                    + "countries: INT, cities: INT, delegations: INT, attendees: INT, parties: " + NAMES + ", "
                    + "agreement: STRING, title: STRING, signatories: " + NAMES + ", award: STRING, giver: " + NAMES + ", "
                    + "recipients: " + NAMES + ", date: STRING, location: STRING, partOf: STRING, evidence: " + SPAN + ">>",
            "relations ARRAY<STRUCT<type: STRING, parties: " + NAMES + ", since: STRING, evidence: " + SPAN + ">>",
            "errors ARRAY<STRUCT<stage: STRING, reason: STRING>>"));

    /** Only what the run summary reads. */
    public static final StructType ERRORS = StructType.fromDDL("id STRING, errors ARRAY<STRUCT<stage: STRING, reason: STRING>>");

    /** The Parquet partition column: the publication month (yyyy-MM), or Hive's default partition when unknown. */
    public static final String MONTH = "published_month";

    private RecordSchema() {
    }
}
