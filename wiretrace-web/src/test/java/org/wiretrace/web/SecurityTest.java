package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityTest {

  @Test
  void isLoopbackHost_loopbackNames() {
    assertThat(Security.isLoopbackHost("127.0.0.1:7070")).isTrue();
    assertThat(Security.isLoopbackHost("localhost")).isTrue();
    assertThat(Security.isLoopbackHost("[::1]:8080")).isTrue();
    assertThat(Security.isLoopbackHost("127.5.6.7")).isTrue();
  }

  @Test
  void isLoopbackHost_otherNames() {
    assertThat(Security.isLoopbackHost("evil.example:7070")).isFalse();
    assertThat(Security.isLoopbackHost("10.0.0.1")).isFalse();
    assertThat(Security.isLoopbackHost("")).isFalse();
    assertThat(Security.isLoopbackHost(null)).isFalse();
    assertThat(Security.isLoopbackHost("127.0.0.1.evil.example")).isFalse();
  }

  @Test
  void contentSecurityPolicy_forbidsInlineScript() {
    assertThat(Security.CONTENT_SECURITY_POLICY).contains("script-src 'self'").doesNotContain("unsafe-inline");
  }
}
