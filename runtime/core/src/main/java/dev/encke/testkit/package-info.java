/**
 * A test kit for applications: {@link dev.encke.testkit.PushRecorder} records what was pushed to
 * which page, without a browser or a network, and stands in for the running server so that
 * {@code Browser.with…} calls and generated proxies run unchanged. It is a JUnit 5 extension; the
 * runtime declares {@code junit-jupiter-api} as an optional dependency, which an application's test
 * scope provides.
 */
package dev.encke.testkit;
