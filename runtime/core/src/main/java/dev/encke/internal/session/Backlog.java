package dev.encke.internal.session;

/**
 * A session's outbound log at one moment: what waits for the page's acknowledgement, the most that
 * ever did, and the last seq the page acknowledged.
 */
public record Backlog(
    int messages, long bytes, int peakMessages, long peakBytes, long acknowledged) {}
