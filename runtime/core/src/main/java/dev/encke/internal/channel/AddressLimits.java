package dev.encke.internal.channel;

import dev.encke.internal.session.RateLimiter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one client address may do, counted per address: hellos and WebSocket upgrades a second
 * (token buckets, bursts of twice the rate) and connections open at once (WebSockets from upgrade
 * to close, down-link responses from start to end). The state of an address is forgotten once it
 * holds nothing and its buckets are full again; at most {@value #MAX_ADDRESSES} addresses are
 * tracked, past which new ones are refused as the server being busy. Thread-safe.
 */
final class AddressLimits {

  static final int MAX_ADDRESSES = 100_000;

  /** What a request over a limit is told. */
  enum Verdict { ADMITTED, OVER_RATE, OVER_CONNECTIONS, TOO_MANY_ADDRESSES }

  private final ChannelSettings settings;
  private final Map<String, Address> addresses = new ConcurrentHashMap<>();

  AddressLimits(ChannelSettings settings) {
    this.settings = settings;
  }

  /** Takes one hello from the address's budget. */
  Verdict hello(String address) {
    Address state = state(address);
    if (state == null) {
      return Verdict.TOO_MANY_ADDRESSES;
    }
    return state.hellos.tryAcquire(System.nanoTime()) ? Verdict.ADMITTED : Verdict.OVER_RATE;
  }

  /** Takes one upgrade from the address's budget. */
  Verdict upgrade(String address) {
    Address state = state(address);
    if (state == null) {
      return Verdict.TOO_MANY_ADDRESSES;
    }
    return state.upgrades.tryAcquire(System.nanoTime()) ? Verdict.ADMITTED : Verdict.OVER_RATE;
  }

  /** A connection slot of the address, or {@code null} when it holds as many as it may. */
  Lease connect(String address) {
    Address state = state(address);
    if (state == null) {
      return null;
    }
    int max = settings.maxConnectionsPerAddress();
    if (state.connections.incrementAndGet() > max) {
      state.connections.decrementAndGet();
      return null;
    }
    return new Lease(state);
  }

  /**
   * The tracked address's own String equal to {@code address}, or {@code address} when it is not
   * tracked: what sessions keep, so that the pages of one client share one.
   */
  String canonical(String address) {
    Address state = address == null ? null : addresses.get(address);
    return state == null ? address : state.key;
  }

  /** Forgets the addresses that hold no connection and whose buckets are full: the hub's timer. */
  void forgetIdle() {
    long now = System.nanoTime();
    for (Iterator<Address> it = addresses.values().iterator(); it.hasNext(); ) {
      Address state = it.next();
      if (state.connections.get() == 0 && state.hellos.isFull(now) && state.upgrades.isFull(now)) {
        it.remove();
      }
    }
  }

  /** How many addresses are tracked now; for tests. */
  int tracked() {
    return addresses.size();
  }

  private Address state(String address) {
    Address state = addresses.get(address);
    if (state == null && addresses.size() >= MAX_ADDRESSES) {
      return null;
    }
    return state != null ? state
        : addresses.computeIfAbsent(address, key -> new Address(key, settings));
  }

  /** One address's buckets and connections. */
  private static final class Address {
    final String key;
    final RateLimiter hellos;
    final RateLimiter upgrades;
    final AtomicInteger connections = new AtomicInteger();

    Address(String key, ChannelSettings settings) {
      this.key = key;
      long now = System.nanoTime();
      hellos = new RateLimiter(settings.maxHellosPerAddressPerSecond(), now);
      upgrades = new RateLimiter(settings.maxUpgradesPerAddressPerSecond(), now);
    }
  }

  /** One open connection of an address; releasing it again does nothing. */
  static final class Lease {
    /** A field handle rather than an atomic object: every open connection holds a lease. */
    private static final VarHandle RELEASED;

    static {
      try {
        RELEASED = MethodHandles.lookup().findVarHandle(Lease.class, "released", boolean.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final Address address;
    private volatile boolean released;

    private Lease(Address address) {
      this.address = address;
    }

    void release() {
      if (RELEASED.compareAndSet(this, false, true)) {
        address.connections.decrementAndGet();
      }
    }
  }
}
