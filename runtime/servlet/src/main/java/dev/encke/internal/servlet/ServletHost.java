package dev.encke.internal.servlet;

import dev.encke.Encke;
import dev.encke.internal.host.Channel;
import dev.encke.internal.host.ServerConfig;
import dev.encke.internal.host.ServerSettings;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers the channel's servlet in a context; see {@code EnckeServlets.register}. */
public final class ServletHost {

  private ServletHost() {}

  /** See {@code EnckeServlets.register}. */
  public static Encke register(ServletContext context, Encke.Builder settings) {
    Objects.requireNonNull(context, "context == null");
    Objects.requireNonNull(settings, "settings == null");
    if (!(settings instanceof ServerSettings serverSettings)) {
      throw new IllegalArgumentException("settings must come from Encke.builder(), not "
          + settings.getClass().getName());
    }
    ServerConfig config = serverSettings.config();
    ExecutorService writers = pool("encke-writer-", Math.max(2,
        Runtime.getRuntime().availableProcessors()));
    ExecutorService closers = pool("encke-closer-", 1);
    Channel channel = Channel.open(config, writers, "Encke{servlet " + context.getContextPath()
        + "/}");
    // An embedded context may have no class loader of its own: then the application's is Encke's.
    ClassLoader loader = context.getClassLoader() != null ? context.getClassLoader()
        : ServletHost.class.getClassLoader();
    ServletRegistration.Dynamic servlet =
        context.addServlet("encke", new EnckeServlet(channel, loader, closers));
    if (servlet == null) {
      channel.close();
      writers.shutdown();
      closers.shutdown();
      throw new IllegalStateException("the context already has a servlet named \"encke\"");
    }
    servlet.setAsyncSupported(true);
    servlet.addMapping("/encke/*");
    return new ServletEncke(channel, config, context.getContextPath(), writers, closers);
  }

  /**
   * Daemon threads that time out when idle: the writers, for the writes a push wakes, which only
   * start non-blocking writes; the closer, for {@code Session.close}, which may block (see {@link
   * ServletSocket#close}).
   */
  private static ExecutorService pool(String name, int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), task -> {
          Thread thread = new Thread(task, name + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
