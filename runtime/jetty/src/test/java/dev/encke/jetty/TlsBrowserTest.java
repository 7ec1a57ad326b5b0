package dev.encke.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.Transport;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.BrowserPages;
import dev.encke.testing.HeadlessChromium;
import dev.encke.testing.HostContract;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The embedded server over TLS with a certificate the test signs itself: pages load over {@code
 * https://}, connect over {@code wss://} or HTTPS on each transport, and pushes arrive.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsBrowserTest {

  private static final char[] PASSWORD = "changeit".toCharArray();

  private Encke encke;
  private HeadlessChromium chromium;

  @BeforeAll
  void start() throws Exception {
    encke = Encke.builder().port(0).staticResources(HostContract.PAGES)
        .tls(selfSigned(), PASSWORD).start();
    chromium = HeadlessChromium.startTrustingAnyCertificate();
  }

  @AfterAll
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    encke.close();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aPushReachesAPageServedOverHttps(Transport transport) {
    assertThat(encke.uri().getScheme()).isEqualTo("https");
    Set<String> before = new HashSet<>();
    encke.sessions().forEach(session -> before.add(session.id()));
    chromium.openConnected(encke.uri().resolve("probe.html?encke-transport="
        + transport.wireName()).toString(), BrowserPages.TIMEOUT);
    chromium.await(BrowserPages.TIMEOUT).until(d -> encke.sessions().size() > before.size());
    ScriptSession session = encke.sessions().stream().filter(s -> !before.contains(s.id()))
        .findFirst().orElseThrow();
    assertThat(chromium.driver().findElement(By.tagName("html"))
        .getAttribute("data-encke-transport")).isEqualTo(transport.wireName());

    encke.session(session.id()).run(() -> Js.call(JsRef.global("probe"), "append", "out",
        "over TLS"));

    chromium.await(BrowserPages.TIMEOUT).until(d -> "over TLS".equals(((JavascriptExecutor) d)
        .executeScript("return document.getElementById('out').textContent")));
    assertThat(session.transport()).contains(transport);
    chromium.leaveAllPages();
    chromium.await(BrowserPages.TIMEOUT).until(d -> encke.sessions().isEmpty());
  }

  /** A key store with a fresh RSA key and a certificate for 127.0.0.1 signed by that key. */
  private static KeyStore selfSigned() throws GeneralSecurityException, java.io.IOException,
      OperatorCreationException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    X500Name name = new X500Name("CN=127.0.0.1");
    Instant now = Instant.now();
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
        BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
        Date.from(now.plus(Duration.ofDays(1))), name, pair.getPublic());
    builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
        new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
    X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("encke", pair.getPrivate(), PASSWORD,
        new X509Certificate[] {certificate});
    return store;
  }
}
