package org.wiretrace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void write_nestedWithEscapes() {
    String json = new JsonWriter().beginObject().name("a").value("x\"y\\z\n\u0001").name("b").beginArray()
        .value(1).value(0.5).value(Double.NaN).value(true).value((String) null).endArray()
        .name("c").beginObject().endObject().endObject().toString();
    assertThat(json.replaceAll("\\s+", "")).isEqualTo(
        "{\"a\":\"x\\\"y\\\\z\\n\\u0001\",\"b\":[1,0.5,null,true,null],\"c\":{}}");
  }
}
