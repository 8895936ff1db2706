package org.wiretrace.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Reads request bodies within the size limit and checks their media type. */
final class Bodies {

  private Bodies() {}

  /**
   * Reads the whole body, failing with 413 past the limit (whether or not Content-Length was sent).
   *
   * @param ctx the request
   * @param maxBytes the limit
   * @return the body as UTF-8 text
   * @throws IOException when the connection fails
   */
  static String read(Context ctx, long maxBytes) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge(declared, maxBytes);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(bytes.length, maxBytes);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * Returns the media type without parameters, lower case; empty when absent.
   *
   * @param ctx the request
   * @return e.g. {@code application/json}
   */
  static String mediaType(Context ctx) {
    String type = ctx.contentType();
    if (type == null) {
      return "";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Fails with 415 unless the body's media type is one of the accepted ones.
   *
   * @param ctx the request
   * @param accepted media types in lower case
   * @return the media type found
   */
  static String requireMediaType(Context ctx, List<String> accepted) {
    String type = mediaType(ctx);
    if (!accepted.contains(type)) {
      throw ApiException.unsupportedMediaType("Content-Type '" + AccessLog.printable(type)
          + "' is not accepted here; send " + String.join(" or ", accepted));
    }
    return type;
  }

  private static ApiException tooLarge(long size, long maxBytes) {
    return ApiException.tooLarge("request body of " + size + " bytes exceeds the server's limit of " + maxBytes
        + " bytes; send fewer articles per request or raise the limit when starting the server");
  }
}
