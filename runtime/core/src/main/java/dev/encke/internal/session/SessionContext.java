package dev.encke.internal.session;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every session of one hub shares: the settings, the events it reports, the delivery figures
 * it adds to, the pool its listeners and reply futures run on, and the timer of its replies.
 */
record SessionContext(SessionSettings settings, SessionEvents events, DeliveryMetrics deliveries,
    Executor listenerPool, ScheduledExecutorService timer) {}
