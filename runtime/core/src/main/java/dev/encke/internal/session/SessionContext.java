package dev.encke.internal.session;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every session of one hub shares: the settings, the events it reports, the delivery figures
 * it adds to, the pool its listeners and reply futures run on, the timer of its replies, and the
 * log of what its client causes.
 */
record SessionContext(SessionSettings settings, SessionEvents events, DeliveryMetrics deliveries,
    Executor listenerPool, ScheduledExecutorService timer, QuietLog clientFaults) {}
