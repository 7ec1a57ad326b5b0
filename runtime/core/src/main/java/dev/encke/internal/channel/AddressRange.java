package dev.encke.internal.channel;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * An IP address or a CIDR range of them, such as {@code 10.0.0.0/8} or {@code ::1}, and the parsing
 * of IP literals that both need. Parsing never asks DNS: a name is not an address. Immutable.
 */
public final class AddressRange {

  private static final Pattern IPV4 =
      Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

  private final byte[] network;
  private final int prefixBits;

  private AddressRange(byte[] network, int prefixBits) {
    this.network = network;
    this.prefixBits = prefixBits;
  }

  /**
   * Parses {@code 192.168.0.7}, {@code 10.0.0.0/8}, {@code 2001:db8::/32} or {@code ::1}.
   *
   * @throws IllegalArgumentException when {@code text} is none of these, quoting it
   */
  public static AddressRange parse(String text) {
    int slash = text.indexOf('/');
    byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
    int bits = address == null ? -1 : address.length * 8;
    if (address != null && slash >= 0) {
      bits = parsePrefix(text.substring(slash + 1), address.length * 8);
    }
    if (address == null || bits < 0) {
      throw new IllegalArgumentException("not an IP address or CIDR range, such as 10.0.0.0/8 or"
          + " ::1: \"" + text + "\"");
    }
    return new AddressRange(masked(address, bits), bits);
  }

  private static int parsePrefix(String text, int max) {
    if (!text.matches("\\d{1,3}")) {
      return -1;
    }
    int bits = Integer.parseInt(text);
    return bits <= max ? bits : -1;
  }

  /** Whether {@code address}, an IP literal, lies in this range; false for anything else. */
  public boolean contains(String address) {
    byte[] bytes = literal(address);
    return bytes != null && bytes.length == network.length
        && Arrays.equals(masked(bytes, prefixBits), network);
  }

  /**
   * The bytes of an IP literal ({@code 127.0.0.1}, {@code ::1}, {@code [::1]}; an IPv4-mapped IPv6
   * address as IPv4), or {@code null} when {@code text} is not one. Never resolves a name.
   */
  static byte[] literal(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String bare = text.startsWith("[") && text.endsWith("]")
        ? text.substring(1, text.length() - 1) : text;
    if (IPV4.matcher(bare).matches()) {
      return resolveLiteral(bare);
    }
    // With a colon, InetAddress parses an IPv6 literal or fails; it never looks a name up.
    if (bare.indexOf(':') >= 0 && bare.matches("[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?")) {
      return resolveLiteral(bare);
    }
    return null;
  }

  private static byte[] resolveLiteral(String literal) {
    try {
      return InetAddress.getByName(literal).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /**
   * The key the per-address limits count {@code address} under: an IPv4 address itself, an IPv6
   * address by its /64 network, which one household or host is usually given whole; {@code null}
   * when it is not an IP literal.
   */
  static String limitKey(String address) {
    byte[] bytes = literal(address);
    if (bytes == null) {
      return null;
    }
    if (bytes.length == 4) {
      return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "."
          + (bytes[3] & 0xff);
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < 8; i += 2) {
      key.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
    }
    return key.append(":/64").toString();
  }

  private static byte[] masked(byte[] address, int bits) {
    byte[] result = address.clone();
    for (int i = 0; i < result.length; i++) {
      int keep = Math.max(0, Math.min(8, bits - i * 8));
      result[i] &= (byte) (0xff << (8 - keep));
    }
    return result;
  }

  @Override
  public String toString() {
    try {
      return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixBits;
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
