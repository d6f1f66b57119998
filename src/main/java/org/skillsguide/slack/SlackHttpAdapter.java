package org.skillsguide.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP to Bolt and back, for any web framework: the raw body bytes in, a Bolt {@link Request} made by
 * Bolt's {@link SlackRequestParser}, {@link App#run}, and Bolt's {@link Response} out as bytes.
 *
 * <p>The body is decoded as strict UTF-8 and never re-encoded on its way to Bolt, so the signature
 * (checked by Bolt's middleware with {@link Utf8SignatureVerifier}) covers exactly the bytes Slack sent.
 */
public final class SlackHttpAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SlackHttpAdapter.class);
    private static final String TEXT = "text/plain; charset=utf-8";

    private final App app;
    private final SlackRequestParser parser;
    private final Utf8SignatureVerifier verifier;

    /** @param verifier the signing secret's verifier; null when Slack comes only through Socket Mode */
    SlackHttpAdapter(App app, SlackRequestParser parser, Utf8SignatureVerifier verifier) {
        this.app = app;
        this.parser = parser;
        this.verifier = verifier;
    }

    /** An HTTP response: the body is UTF-8, so its length is the Content-Length. */
    public record HttpResult(int status, String contentType, byte[] body, Map<String, List<String>> headers) {

        static HttpResult text(int status, String text) {
            return new HttpResult(status, TEXT, text.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    public HttpResult handle(String path, Map<String, List<String>> query, Map<String, List<String>> headers, byte[] body, String remoteAddress) {
        if (verifier == null) {
            return HttpResult.text(404, "This server takes Slack requests through Socket Mode; set SLACK_SIGNING_SECRET to use HTTP.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            LOG.warn("rejected a request to {} from {}: the body is not UTF-8", path, remoteAddress);
            return HttpResult.text(400, "The request body is not UTF-8.");
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(path)
                    .queryString(query)
                    .headers(new RequestHeaders(headers))
                    .requestBody(text)
                    .remoteAddress(remoteAddress)
                    .build());
        } catch (RuntimeException e) {
            return unparsable(path, remoteAddress, headers, body, "not a Slack payload (" + e.getClass().getSimpleName() + ")");
        }
        if (request == null) {
            return unparsable(path, remoteAddress, headers, body, "unknown Slack payload type");
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            LOG.error("Bolt failed on a {} request", request.getRequestType(), e);
            return HttpResult.text(500, "The Skills Guide could not handle this request.");
        }
        return toHttp(response);
    }

    /**
     * A body Bolt cannot read never reaches Bolt's verification, so it is checked here: unsigned junk
     * is 401 like any unsigned request, and only a signed one (a Slack change we do not know) is 400.
     */
    private HttpResult unparsable(String path, String remoteAddress, Map<String, List<String>> headers, byte[] body, String why) {
        RequestHeaders slackHeaders = new RequestHeaders(headers);
        if (!verifier.isValid(slackHeaders.getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP), body,
                slackHeaders.getFirstValue(SlackSignature.HeaderNames.X_SLACK_SIGNATURE))) {
            LOG.info("rejected a request to {} from {}: invalid signature", path, remoteAddress);
            return new HttpResult(401, Response.CONTENT_TYPE_APPLICATION_JSON_UTF8,
                    "{\"error\":\"invalid request\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        }
        LOG.warn("rejected a signed request to {} from {}: {}", path, remoteAddress, why);
        return HttpResult.text(400, "Not a Slack request this app understands.");
    }

    private static HttpResult toHttp(Response response) {
        int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
        String body = response.getBody() == null ? "" : response.getBody();
        String contentType = response.getContentType() == null ? TEXT : response.getContentType();
        if (!contentType.toLowerCase().contains("charset")) {
            contentType = contentType + "; charset=utf-8";
        }
        Map<String, List<String>> headers = response.getHeaders() == null ? Map.of() : response.getHeaders();
        return new HttpResult(status, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }
}
