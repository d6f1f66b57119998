package org.skillsguide.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.KnowledgeBase;
import org.skillsguide.knowledge.KnowledgeReloader;

/**
 * {@code GET /health}: 200 with what is loaded. The server starts listening only after the index is
 * loaded, so an answer here means the bot can answer. A failed reload stays 200 (the data loaded
 * before is still answering) but shows in {@code lastReload}, so a monitor can alert on it.
 */
@Controller("/health")
public class HealthController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KnowledgeBase knowledge;
    private final KnowledgeReloader reloader;

    public HealthController(KnowledgeBase knowledge, KnowledgeReloader reloader) {
        this.knowledge = knowledge;
        this.reloader = reloader;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> health() {
        Knowledge current = knowledge.current();
        ObjectNode body = JSON.createObjectNode();
        body.put("status", "ok");
        body.put("families", current.framework().families().size());
        body.put("roles", current.framework().roleCount());
        body.put("levels", current.framework().levelCount());
        body.put("skills", current.framework().skills().size());
        body.put("statements", current.index().statementCount());
        body.put("problems", current.problems().size());
        body.put("loadedAt", current.loadedAt().toString());
        reloader.lastReload().ifPresentOrElse(last -> {
            ObjectNode reload = body.putObject("lastReload");
            reload.put("at", last.at().toString());
            reload.put("swapped", last.swapped());
            reload.put("errors", last.errors().size());
        }, () -> body.putNull("lastReload"));
        return HttpResponse.ok(body.toString()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
