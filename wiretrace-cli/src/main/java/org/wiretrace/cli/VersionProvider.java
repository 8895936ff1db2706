package org.wiretrace.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Prints the version and build information filtered into {@code version.properties} at build time. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    Properties build = buildProperties();
    return new String[] {
      "wiretrace " + build.getProperty("version", "unknown"),
      "built " + build.getProperty("built", "unknown") + " with Java " + build.getProperty("java", "?"),
      "running on Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"
    };
  }

  private static Properties buildProperties() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties from the CLI jar", e);
    }
    return properties;
  }
}
