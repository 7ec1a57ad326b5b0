package dev.encke.demo;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo's command line: {@code [--host H] [--port P] [--gi-home PATH]}; {@code giHome} is null
 * unless a TIBCO GI copy is given.
 */
record DemoOptions(String host, int port, Path giHome) {

  static final String USAGE =
      "usage: scripts/demo [--host 127.0.0.1] [--port 8080] [--gi-home PATH-TO-GI-3.9.1]";

  DemoOptions(String host, int port) {
    this(host, port, null);
  }

  static DemoOptions parse(String[] args) {
    String host = "127.0.0.1";
    int port = 8080;
    Path giHome = null;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (!flag.equals("--host") && !flag.equals("--port") && !flag.equals("--gi-home")) {
        throw new IllegalArgumentException("unknown option \"" + flag + "\"");
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = args[++i];
      switch (flag) {
        case "--host" -> host = value;
        case "--port" -> port = parsePort(value);
        default -> giHome = parseGiHome(value);
      }
    }
    return new DemoOptions(host, port, giHome);
  }

  private static int parsePort(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below with the bad value.
    }
    throw new IllegalArgumentException("--port must be a number from 0 to 65535: \"" + value + "\"");
  }

  private static Path parseGiHome(String value) {
    Path home = Path.of(value).toAbsolutePath().normalize();
    if (!Files.isRegularFile(home.resolve("JSX/js/JSX30.js"))) {
      throw new IllegalArgumentException("--gi-home must be a TIBCO GI 3.9.1 folder, with"
          + " JSX/js/JSX30.js: \"" + value + "\"");
    }
    return home;
  }
}
