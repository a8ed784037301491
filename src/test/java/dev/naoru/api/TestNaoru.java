package dev.naoru.api;

import dev.naoru.maint.Scenario;
import dev.naoru.maint.ScenarioFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's kb/ and rules/ (the working folder under surefire), loaded at most once per test JVM
 * and shared by the test classes that only read it.
 */
public final class TestNaoru {
    private static Naoru naoru;

    private TestNaoru() {
    }

    public static synchronized Naoru get() {
        if (naoru == null) naoru = Naoru.load(Path.of("kb"), Path.of("rules"));
        return naoru;
    }

    /** Every case of kb/tests/*.yaml. */
    public static List<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        for (Path f : ScenarioFile.filesIn(Path.of("kb", "tests"))) out.addAll(ScenarioFile.read(f));
        return out;
    }
}
