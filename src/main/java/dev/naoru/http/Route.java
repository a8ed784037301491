package dev.naoru.http;

/**
 * One route the server answers (every one is described in {@code /openapi.json}).
 *
 * @param method HTTP method, upper case
 * @param path   exact path; routes have no path parameters
 */
public record Route(String method, String path) {
    @Override
    public String toString() {
        return method + " " + path;
    }
}
