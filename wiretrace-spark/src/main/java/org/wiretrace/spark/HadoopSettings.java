package org.wiretrace.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration as a serializable map, so tasks open input files with the same
 * file-system settings (S3 credentials providers, HDFS name nodes) as the driver.
 */
final class HadoopSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  private final TreeMap<String, String> entries = new TreeMap<>();

  HadoopSettings(Configuration conf) {
    for (Map.Entry<String, String> e : conf) {
      entries.put(e.getKey(), e.getValue());
    }
  }

  /** Rebuilds the configuration (in a task). */
  Configuration configuration() {
    Configuration conf = new Configuration(false);
    entries.forEach(conf::set);
    return conf;
  }
}
