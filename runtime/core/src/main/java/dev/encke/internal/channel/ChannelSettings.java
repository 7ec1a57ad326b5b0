package dev.encke.internal.channel;

import dev.encke.UserResolver;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a server's channel meets the network: which hosts and origins it answers, which proxies it
 * believes about the client's address, what it allows one client address, and the secret its
 * browser cookies are signed with. Immutable; build one with {@link #builder()}, whose setters check
 * each value and quote a bad one. The defaults are the ones documented on {@code Encke.Builder}.
 */
public final class ChannelSettings {

  private final String boundHost;
  private final List<String> allowedOrigins;
  private final Set<String> allowedHosts;
  private final List<AddressRange> trustedProxies;
  private final int maxConnectionsPerAddress;
  private final int maxHellosPerAddressPerSecond;
  private final int maxUpgradesPerAddressPerSecond;
  private final Duration handshakeTimeout;
  private final byte[] cookieSecret;
  private final ContentSecurityPolicies contentSecurityPolicies;
  private final UserResolver userResolver;

  private ChannelSettings(Builder builder) {
    boundHost = builder.boundHost;
    allowedOrigins = List.copyOf(builder.allowedOrigins);
    allowedHosts = Set.copyOf(builder.allowedHosts);
    trustedProxies = List.copyOf(builder.trustedProxies);
    maxConnectionsPerAddress = builder.maxConnectionsPerAddress;
    maxHellosPerAddressPerSecond = builder.maxHellosPerAddressPerSecond;
    maxUpgradesPerAddressPerSecond = builder.maxUpgradesPerAddressPerSecond;
    handshakeTimeout = builder.handshakeTimeout;
    cookieSecret = builder.cookieSecret != null ? builder.cookieSecret.clone() : randomSecret();
    contentSecurityPolicies =
        new ContentSecurityPolicies(builder.contentSecurityPolicy, builder.pagePolicies);
    userResolver = builder.userResolver;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static ChannelSettings defaults() {
    return builder().build();
  }

  /** The address the embedded server binds, one of the hosts it answers. */
  public String boundHost() {
    return boundHost;
  }

  /** Origins besides the server's own that may open channels. */
  public List<String> allowedOrigins() {
    return allowedOrigins;
  }

  /** Host names the server answers besides IP literals, {@code localhost} and the bound host. */
  public Set<String> allowedHosts() {
    return allowedHosts;
  }

  /** Peers whose {@code X-Forwarded-For} names the client. */
  public List<AddressRange> trustedProxies() {
    return trustedProxies;
  }

  public int maxConnectionsPerAddress() {
    return maxConnectionsPerAddress;
  }

  public int maxHellosPerAddressPerSecond() {
    return maxHellosPerAddressPerSecond;
  }

  public int maxUpgradesPerAddressPerSecond() {
    return maxUpgradesPerAddressPerSecond;
  }

  /** How long an upgraded WebSocket may take to send its resume. */
  public Duration handshakeTimeout() {
    return handshakeTimeout;
  }

  byte[] cookieSecret() {
    return cookieSecret.clone();
  }

  /** The page policies as configured, before the defaults are joined to them. */
  ContentSecurityPolicies contentSecurityPolicies() {
    return contentSecurityPolicies;
  }

  /** The application's resolver of the users of pages; {@code null} when it gave none. */
  UserResolver userResolver() {
    return userResolver;
  }

  private static byte[] randomSecret() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return secret;
  }

  /** Collects settings; not thread-safe. */
  public static final class Builder {
    private String boundHost = "127.0.0.1";
    private final List<String> allowedOrigins = new ArrayList<>();
    private final Set<String> allowedHosts = new LinkedHashSet<>();
    private final List<AddressRange> trustedProxies = new ArrayList<>();
    private int maxConnectionsPerAddress = 256;
    private int maxHellosPerAddressPerSecond = 50;
    private int maxUpgradesPerAddressPerSecond = 50;
    private Duration handshakeTimeout = Duration.ofSeconds(5);
    private byte[] cookieSecret;
    private String contentSecurityPolicy = "script-src 'self'";
    private final Map<String, String> pagePolicies = new LinkedHashMap<>();
    private UserResolver userResolver;

    private Builder() {}

    public Builder boundHost(String host) {
      boundHost = Objects.requireNonNull(host, "host == null");
      return this;
    }

    /** An origin is {@code scheme://host[:port]}, such as {@code https://app.example.com}. */
    public Builder allowedOrigin(String origin) {
      URI uri = URI.create(Objects.requireNonNull(origin, "origin == null"));
      if (uri.getScheme() == null || uri.getHost() == null
          || uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
        throw new IllegalArgumentException(
            "an origin is scheme://host[:port], such as https://app.example.com: \"" + origin + "\"");
      }
      allowedOrigins.add(origin);
      return this;
    }

    /** A host name, such as {@code app.example.com}; no port, no scheme. */
    public Builder allowedHost(String host) {
      Objects.requireNonNull(host, "host == null");
      if (!host.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*"
          + "[A-Za-z0-9])?)*\\.?")) {
        throw new IllegalArgumentException(
            "an allowed host is a host name such as app.example.com, without port: \"" + host + "\"");
      }
      allowedHosts.add(HostPolicy.normalize(host));
      return this;
    }

    /** An IP address or CIDR range, such as {@code 10.0.0.0/8} or {@code ::1}. */
    public Builder trustedProxy(String addressOrRange) {
      trustedProxies.add(AddressRange.parse(
          Objects.requireNonNull(addressOrRange, "addressOrRange == null")));
      return this;
    }

    public Builder maxConnectionsPerAddress(int connections) {
      maxConnectionsPerAddress = atLeast("maxConnectionsPerAddress", connections);
      return this;
    }

    public Builder maxHellosPerAddressPerSecond(int hellos) {
      maxHellosPerAddressPerSecond = atLeast("maxHellosPerAddressPerSecond", hellos);
      return this;
    }

    public Builder maxUpgradesPerAddressPerSecond(int upgrades) {
      maxUpgradesPerAddressPerSecond = atLeast("maxUpgradesPerAddressPerSecond", upgrades);
      return this;
    }

    /** At least 100 ms and at most 60 s. */
    public Builder handshakeTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.toMillis() < 100 || timeout.compareTo(Duration.ofSeconds(60)) > 0) {
        throw new IllegalArgumentException(
            "handshakeTimeout must be between 100 ms and 60 s: " + timeout);
      }
      handshakeTimeout = timeout;
      return this;
    }

    /** At least 32 bytes; the same on every node that must accept the others' cookies. */
    public Builder cookieSecret(byte[] secret) {
      Objects.requireNonNull(secret, "secret == null");
      if (secret.length < 32) {
        throw new IllegalArgumentException(
            "the cookie secret must have at least 32 bytes, not " + secret.length);
      }
      cookieSecret = secret.clone();
      return this;
    }

    /** The policy of every page without one of its own; one non-blank header value. */
    public Builder contentSecurityPolicy(String policy) {
      contentSecurityPolicy = ContentSecurityPolicies.checkPolicy(policy);
      return this;
    }

    /** The policy of the pages at {@code pathPattern}: {@code /a/b.html}, or {@code /a/*}. */
    public Builder contentSecurityPolicy(String pathPattern, String policy) {
      pagePolicies.put(ContentSecurityPolicies.checkPattern(pathPattern),
          ContentSecurityPolicies.checkPolicy(policy));
      return this;
    }

    public Builder userResolver(UserResolver resolver) {
      userResolver = Objects.requireNonNull(resolver, "resolver == null");
      return this;
    }

    public ChannelSettings build() {
      return new ChannelSettings(this);
    }

    private static int atLeast(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + value);
      }
      return value;
    }
  }
}
