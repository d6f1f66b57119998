package org.skillsguide.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.skillsguide.answer.Answer;
import org.skillsguide.answer.AnswerEngine;
import org.skillsguide.answer.render.Presentation;
import org.skillsguide.answer.render.SlackRenderer;
import org.skillsguide.answer.render.TerminalRenderer;
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.KnowledgeLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ask}: one answer, or one per line of standard input. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer a question or a slash command such as \"/skills lead data engineer\".")
final class AskCommand implements Callable<Integer> {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    @Mixin
    DataOption data;

    @Option(names = "--json", description = "Print one JSON object per answer: the answer's kind and subjects, and the Slack message.")
    boolean json;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The question; read one per line from standard input when absent.")
    List<String> words = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Knowledge knowledge = new KnowledgeLoader().load(data.directory);
        PrintWriter err = spec.commandLine().getErr();
        if (knowledge.hasErrors()) {
            err.println("Some data could not be loaded; run `check` for details. Answering from the rest.");
        }
        PrintWriter out = spec.commandLine().getOut();
        AnswerEngine engine = knowledge.engine();
        if (!words.isEmpty()) {
            print(out, engine.answer(String.join(" ", words)));
        } else {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    print(out, engine.answer(line));
                }
            }
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, Answer answer) {
        if (json) {
            out.println(GSON.toJson(toJson(answer)));
        } else {
            out.println(TerminalRenderer.render(answer));
            out.println();
        }
        out.flush();
    }

    /** {@code {"answer":{kind, subjects, suggestions}, "message": <the Slack payload>}}. */
    static JsonObject toJson(Answer answer) {
        JsonObject summary = new JsonObject();
        summary.addProperty("kind", answer.kind().wireName());
        JsonArray subjects = new JsonArray();
        answer.subjects().forEach(subjects::add);
        summary.add("subjects", subjects);
        JsonArray suggestions = new JsonArray();
        answer.suggestions().forEach(s -> {
            JsonObject suggestion = new JsonObject();
            suggestion.addProperty("label", s.label());
            suggestion.addProperty("query", s.query());
            suggestions.add(suggestion);
        });
        summary.add("suggestions", suggestions);
        JsonObject line = new JsonObject();
        line.add("answer", summary);
        line.add("message", SlackRenderer.render(answer, Presentation.privateCard()).toJson());
        return line;
    }
}
