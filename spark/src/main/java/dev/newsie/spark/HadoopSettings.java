package dev.newsie.spark;

import org.apache.hadoop.conf.Configuration;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The driver's Hadoop configuration (with every {@code spark.hadoop.*} setting, such as S3A credentials) in a
 * form tasks can carry: Hadoop's {@link Configuration} itself is not serialisable.
 */
public record HadoopSettings(Map<String, String> entries) implements Serializable {
    public static HadoopSettings of(Configuration conf) {
        Map<String, String> m = new HashMap<>();
        conf.forEach(e -> m.put(e.getKey(), e.getValue()));
        return new HadoopSettings(Map.copyOf(m));
    }

    public Configuration toConfiguration() {
        Configuration c = new Configuration(false);
        entries.forEach(c::set);
        return c;
    }
}
