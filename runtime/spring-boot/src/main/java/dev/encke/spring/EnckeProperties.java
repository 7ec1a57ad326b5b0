package dev.encke.spring;

import dev.encke.Transport;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Encke's settings under {@code encke.*}, each the {@code Encke.Builder} method of the same name;
 * one left out keeps Encke's default. For example, in {@code application.properties}:
 *
 * <pre>
 * encke.allowed-hosts=app.example.com
 * encke.trusted-proxies=10.0.0.0/8
 * encke.heartbeat=15s
 * encke.transports=websocket,sse
 * </pre>
 *
 * Immutable once bound.
 *
 * @param allowedOrigins origins besides the page's own that may open channels
 * @param allowedHosts host names the application answers as, besides literals and localhost
 * @param trustedProxies addresses or CIDR ranges of the proxies whose forwarded headers count
 * @param transports the transports pages may use, in the order they try them
 * @param heartbeat how often an idle connection carries a heartbeat
 * @param disconnectGrace how long a session outlives its last connection
 * @param replyTimeout how long a value asked of a page may take
 * @param maxSessions the most sessions open at once
 * @param maxSessionsPerAddress the most sessions of one client address
 * @param allowRawScript whether pages that declare it may receive raw script
 */
@ConfigurationProperties("encke")
public record EnckeProperties(
    List<String> allowedOrigins,
    List<String> allowedHosts,
    List<String> trustedProxies,
    List<Transport> transports,
    Duration heartbeat,
    Duration disconnectGrace,
    Duration replyTimeout,
    Integer maxSessions,
    Integer maxSessionsPerAddress,
    Boolean allowRawScript) {}
