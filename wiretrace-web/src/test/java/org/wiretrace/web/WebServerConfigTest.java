package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.wiretrace.store.InMemoryArticleStore;

class WebServerConfigTest {

  private final WebServerConfig.Builder builder = WebServer.builder().store(new InMemoryArticleStore());

  @Test
  void config_defaultsToLoopback() {
    WebServerConfig config = builder.config();
    assertThat(config.bind()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(7070);
    assertThat(config.loopbackOnly()).isTrue();
    assertThat(config.token()).isNull();
  }

  @Test
  void config_withoutStore() {
    assertThatThrownBy(() -> WebServer.builder().config()).hasMessageContaining("store is not set");
  }

  @Test
  void config_badPort() {
    assertThatThrownBy(() -> builder.port(70000).config()).hasMessageContaining("port 70000");
  }

  @Test
  void config_hostNameBind() {
    assertThatThrownBy(() -> builder.bind("example.org").config()).hasMessageContaining("bind 'example.org'");
  }

  @Test
  void config_shortToken() {
    assertThatThrownBy(() -> builder.token("abc").config()).hasMessageContaining("at least 8");
  }

  @Test
  void config_blankTokenMeansNone() {
    assertThat(builder.token("  ").config().token()).isNull();
  }

  @Test
  void config_zeroTimeout() {
    assertThatThrownBy(() -> builder.requestTimeout(Duration.ZERO).config())
        .hasMessageContaining("requestTimeout PT0S");
  }

  @Test
  void loopbackOnly_wildcard() {
    assertThat(builder.bind("0.0.0.0").config().loopbackOnly()).isFalse();
    assertThat(builder.bind("::1").config().loopbackOnly()).isTrue();
  }
}
