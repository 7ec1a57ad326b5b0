package dev.encke.demo;

/** The demo's command line: {@code [--host H] [--port P]}. */
record DemoOptions(String host, int port) {

  static final String USAGE = "usage: scripts/demo [--host 127.0.0.1] [--port 8080]";

  static DemoOptions parse(String[] args) {
    String host = "127.0.0.1";
    int port = 8080;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (!flag.equals("--host") && !flag.equals("--port")) {
        throw new IllegalArgumentException("unknown option \"" + flag + "\"");
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = args[++i];
      if (flag.equals("--host")) {
        host = value;
      } else {
        port = parsePort(value);
      }
    }
    return new DemoOptions(host, port);
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
}
