package dev.naoru.cli;

import dev.naoru.api.Json;
import dev.naoru.api.Naoru;
import dev.naoru.api.Request;
import dev.naoru.api.RequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code naoru batch FILE|-}: JSON Lines in, JSON Lines out, same order. A bad line gets an error
 * object and the run goes on. Exit 0 every line answered, 1 some line got an error, 2 usage error.
 */
@Command(name = "batch", description = "JSON Lines の要求を 1 行ずつ診断し、結果を 1 行ずつ出力します (FILE または - で標準入力)。")
final class BatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|-", description = "one JSON request per line; - reads standard input")
    String file;

    @Mixin
    KbOptions kb;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BufferedReader in = open();
        Naoru naoru = kb.load();
        PrintWriter out = spec.commandLine().getOut();
        boolean anyError = false;
        int lineNo = 0;
        try (in) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) continue;
                Optional<String> id = Json.idOf(line);
                try {
                    Request req = Json.parseRequest(line);
                    out.println(Json.write(Json.result(naoru.diagnose(req))));
                } catch (RequestException e) {
                    anyError = true;
                    out.println(Json.write(Json.error(id, e.code(), "line " + lineNo + ": " + e.getMessage())));
                } catch (RuntimeException e) {
                    anyError = true;
                    out.println(Json.write(Json.error(id, dev.naoru.api.ErrorCode.INTERNAL, "line " + lineNo + ": internal error: " + e)));
                }
                out.flush();
            }
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage(), 2);
        }
        return anyError ? 1 : 0;
    }

    private BufferedReader open() {
        if (file.equals("-")) return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Path p = Path.of(file);
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) throw new CliException("cannot read file '" + file + "': no such readable file (use - for standard input)", 2);
        try {
            return Files.newBufferedReader(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage(), 2);
        }
    }
}
