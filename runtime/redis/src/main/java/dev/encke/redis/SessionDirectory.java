package dev.encke.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Which node holds which session. This node's sessions are keys in Redis ({@code
 * <prefix>:session:<id>} = node id) that expire after the session TTL unless refreshed, which
 * this node does every third of it while they live; the other nodes' sessions are known from the
 * stream's announcements and from a scan of those keys every TTL, which also forgets the sessions
 * of a node that died. Until the first scan has come back, this node cannot tell that a session
 * is held nowhere, so it takes any session to be possibly elsewhere: a value asked of it is sent and
 * waits for its answer or its timeout rather than failing at once. Thread-safe; never waits on Redis.
 */
final class SessionDirectory {

  private final RedisBackplane.Settings settings;
  private final RedisLink link;
  private final ScheduledExecutorService loop;
  private final String nodeId;
  private final Set<String> local = ConcurrentHashMap.newKeySet();
  private final Map<String, String> remote = new ConcurrentHashMap<>();
  private volatile boolean scanned;

  SessionDirectory(RedisBackplane.Settings settings, RedisLink link, ScheduledExecutorService loop,
      String nodeId) {
    this.settings = settings;
    this.link = link;
    this.loop = loop;
    this.nodeId = nodeId;
  }

  /** Starts refreshing this node's entries and scanning the others'; once connected. */
  void start() {
    long ttl = settings.sessionTtl().toMillis();
    loop.scheduleWithFixedDelay(this::refresh, 0, ttl / 3, TimeUnit.MILLISECONDS);
    loop.scheduleWithFixedDelay(this::scan, 0, ttl, TimeUnit.MILLISECONDS);
  }

  void opened(String sessionId) {
    local.add(sessionId);
    StatefulRedisConnection<String, byte[]> commands = link.commands();
    if (commands != null) {
      commands.async().set(settings.sessionKey(sessionId), Entry.utf8(nodeId),
          SetArgs.Builder.px(settings.sessionTtl().toMillis()));
    }
  }

  void ended(String sessionId) {
    local.remove(sessionId);
    StatefulRedisConnection<String, byte[]> commands = link.commands();
    if (commands != null) {
      commands.async().del(settings.sessionKey(sessionId));
    }
  }

  void remoteOpened(String sessionId, String node) {
    remote.put(sessionId, node);
  }

  void remoteEnded(String sessionId) {
    remote.remove(sessionId);
  }

  boolean knowsRemote(String sessionId) {
    return !scanned || remote.containsKey(sessionId);
  }

  private void refresh() {
    StatefulRedisConnection<String, byte[]> commands = link.commands();
    SetArgs expiry = SetArgs.Builder.px(settings.sessionTtl().toMillis());
    for (String sessionId : local) {
      commands.async().set(settings.sessionKey(sessionId), Entry.utf8(nodeId), expiry);
    }
  }

  private void scan() {
    Set<String> before = Set.copyOf(remote.keySet());
    scanFrom(ScanCursor.INITIAL, new HashMap<>(), before);
  }

  private void scanFrom(ScanCursor cursor, Map<String, String> found, Set<String> before) {
    ScanArgs args = ScanArgs.Builder.matches(settings.sessionPattern()).limit(1000);
    link.commands().async().scan(cursor, args).whenCompleteAsync((page, failure) -> {
      if (failure == null) {
        collect(page, found, before);
      }
    }, loop);
  }

  private void collect(KeyScanCursor<String> page, Map<String, String> found,
      Set<String> before) {
    if (page.getKeys().isEmpty()) {
      next(page, found, before);
      return;
    }
    String[] keys = page.getKeys().toArray(String[]::new);
    link.commands().async().mget(keys).whenCompleteAsync((values, failure) -> {
      if (failure != null) {
        return;
      }
      int prefix = settings.sessionKey("").length();
      values.forEach(pair -> pair.ifHasValue(node -> {
        String holder = new String(node, StandardCharsets.UTF_8);
        if (!holder.equals(nodeId)) {
          found.put(pair.getKey().substring(prefix), holder);
        }
      }));
      next(page, found, before);
    }, loop);
  }

  private void next(KeyScanCursor<String> page, Map<String, String> found, Set<String> before) {
    if (!page.isFinished()) {
      scanFrom(page, found, before);
      return;
    }
    remote.putAll(found);
    for (String sessionId : before) {
      if (!found.containsKey(sessionId)) {
        remote.remove(sessionId);
      }
    }
    scanned = true;
  }
}
