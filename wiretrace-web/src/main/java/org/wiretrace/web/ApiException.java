package org.wiretrace.web;

/**
 * A request that cannot be served, with the HTTP status and a detail safe to show the client.
 * Handlers throw it; {@link ProblemMapper} turns it into a {@link Problem}.
 */
final class ApiException extends RuntimeException {

  private final int status;

  ApiException(int status, String detail) {
    super(detail);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiException badRequest(String detail) {
    return new ApiException(400, detail);
  }

  static ApiException notFound(String detail) {
    return new ApiException(404, detail);
  }

  static ApiException tooLarge(String detail) {
    return new ApiException(413, detail);
  }

  static ApiException unsupportedMediaType(String detail) {
    return new ApiException(415, detail);
  }

  static ApiException unauthorized(String detail) {
    return new ApiException(401, detail);
  }

  static ApiException unavailable(String detail) {
    return new ApiException(503, detail);
  }
}
