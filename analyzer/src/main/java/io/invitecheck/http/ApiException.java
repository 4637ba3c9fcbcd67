package io.invitecheck.http;

import java.util.Map;

/**
 * A request the server answers with an error: the HTTP status and the stable {@code error.code}
 * that clients branch on. Thrown inside request handling and turned into the JSON error object
 * {@code {"error": {"code", "message", "field"}}}.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String field;
  private final transient Map<String, String> headers;

  ApiException(int status, String code, String message) {
    this(status, code, message, null, Map.of());
  }

  ApiException(int status, String code, String message, String field, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.field = field;
    this.headers = Map.copyOf(headers);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** The JSON path of the field at fault, or {@code null}. */
  String field() {
    return field;
  }

  /** Extra response headers, e.g. {@code Allow} for 405. */
  Map<String, String> headers() {
    return headers;
  }
}
