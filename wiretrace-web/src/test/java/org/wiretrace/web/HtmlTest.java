package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wiretrace.web.Html.tag;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void text_escapesMarkup() {
    String html = tag("p").text("<script>alert('x')</script> & \"q\"").toString();
    assertThat(html).isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>");
  }

  @Test
  void attr_escapesQuotes() {
    String html = tag("input").attr("value", "\" onfocus=\"alert(1)").toString();
    assertThat(html).isEqualTo("<input value=\"&quot; onfocus=&quot;alert(1)\">");
  }

  @Test
  void attr_dropsJavascriptUrl() {
    assertThat(tag("a").attr("href", "javascript:alert(1)").text("x").toString()).isEqualTo("<a>x</a>");
    assertThat(tag("a").attr("href", " JaVaScRiPt:alert(1)").toString()).isEqualTo("<a></a>");
    assertThat(tag("a").attr("href", "//evil.example/x").toString()).isEqualTo("<a></a>");
    assertThat(tag("a").attr("href", "data:text/html,<b>").toString()).isEqualTo("<a></a>");
  }

  @Test
  void attr_keepsHttpAndSitePaths() {
    assertThat(tag("a").attr("href", "https://wire.example/a?b=1&c=2").toString())
        .isEqualTo("<a href=\"https://wire.example/a?b=1&amp;c=2\"></a>");
    assertThat(tag("a").attr("href", "/articles/x%20y").toString()).isEqualTo("<a href=\"/articles/x%20y\"></a>");
  }

  @Test
  void tag_rejectsInjectedName() {
    assertThatThrownBy(() -> tag("a onclick=x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tag("a").attr("x y", "1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void text_replacesNul() {
    assertThat(Html.escape("a\0b")).isEqualTo("a\uFFFDb");
  }
}
