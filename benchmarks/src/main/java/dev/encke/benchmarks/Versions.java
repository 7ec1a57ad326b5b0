package dev.encke.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.eclipse.jetty.util.Jetty;

/** The versions the report names, read from what actually runs rather than written down twice. */
final class Versions {

  private Versions() {}

  /** This build's version, which is Encke's. */
  static String encke() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/encke-benchmarks.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  /** The Jetty this process and the Encke server run on. */
  static String jetty() {
    return Jetty.VERSION;
  }

  /** The version of {@code artifactId}'s jar in {@code classpath}, from its file name. */
  static String inClasspath(String classpath, String artifactId) {
    for (String entry : classpath.split(File.pathSeparator)) {
      String file = new File(entry).getName();
      if (file.startsWith(artifactId + "-") && file.endsWith(".jar")) {
        return file.substring(artifactId.length() + 1, file.length() - ".jar".length());
      }
    }
    return "?";
  }
}
