package org.skillsguide.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.util.List;

/**
 * Bolt's App with its request verification middleware kept in place (before authorization) but
 * given our {@link Utf8SignatureVerifier}, and our own middleware after Bolt's. Adding ours here
 * rather than with {@code use()} keeps Bolt's auth.test in {@code start()}, where a refused token
 * can be reported, instead of at construction.
 */
final class SkillsGuideBoltApp extends App {

    private final Utf8SignatureVerifier verifier;

    private final List<Middleware> ours;

    SkillsGuideBoltApp(AppConfig config, Utf8SignatureVerifier verifier, List<Middleware> ours) {
        super(config);
        this.verifier = verifier;
        this.ours = List.copyOf(ours);
    }

    @Override
    protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
        List<Middleware> middlewares = super.buildDefaultMiddlewareList(config);
        if (verifier != null) {
            middlewares.replaceAll(m -> m instanceof RequestVerification ? new RequestVerification(verifier) : m);
        }
        middlewares.addAll(ours);
        return middlewares;
    }
}
