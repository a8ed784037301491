package dev.naoru.maint;

import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.antlr4.JavaLexer;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the ids written inside hand-written DRL against the KB, using Drools' own parser: the
 * descriptors of every pattern's constraints ({@code ContextFact( id == "vpn-or-profile" )}) and the
 * Java tokens of every consequence ({@code Emit.step(drools, "disable-vpn", 90)}). A typo there would
 * otherwise make a rule never fire, or a step vanish from the plan without a word.
 */
final class DrlLint {
    /** Fact type → field holding an id → what kind of id it is. */
    private static final Map<String, Map<String, String>> ID_FIELDS = Map.ofEntries(
            Map.entry("SymptomFact", Map.of("id", "symptom")), Map.entry("ContextFact", Map.of("id", "context")),
            Map.entry("TopicFact", Map.of("id", "topic")), Map.entry("DeviceFact", Map.of("id", "device")),
            Map.entry("CauseFact", Map.of("id", "cause")), Map.entry("StepFact", Map.of("id", "step")),
            Map.entry("SuppressFact", Map.of("stepId", "step")), Map.entry("AskFact", Map.of("questionId", "question")),
            Map.entry("AnswerFact", Map.of("question", "question")), Map.entry("TriedFact", Map.of("stepId", "step")),
            Map.entry("RuleOutFact", Map.of("causeId", "cause")));
    /** Emit method → the kind of its first string argument. */
    private static final Map<String, String> EMITS = Map.of("step", "step", "cause", "cause", "suppress", "step",
            "ask", "question", "priorityFor", "device", "ruleOut", "cause");

    private final KnowledgeBase kb;
    private final Map<String, Collection<String>> known;

    private DrlLint(KnowledgeBase kb) {
        this.kb = kb;
        this.known = Map.of(
                "symptom", kb.symptoms().stream().map(f -> f.id()).toList(),
                "context", kb.contexts().stream().map(f -> f.id()).toList(),
                "topic", kb.topics().stream().map(f -> f.id()).toList(),
                "device", kb.devices().stream().map(d -> d.id().id()).toList(),
                "cause", kb.causesById().keySet(), "step", kb.stepsById().keySet(),
                "question", kb.questionsById().keySet());
    }

    static void check(KnowledgeBase kb, SourceFiles rules, List<Problem> errors) {
        DrlLint l = new DrlLint(kb);
        rules.files().forEach((name, text) -> {
            if (name.endsWith(".drl")) l.file(rules.path(name), text, errors);
        });
    }

    private void file(String path, String text, List<Problem> errors) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            return;                                 // the compiler reports syntax errors, located
        }
        if (pkg == null || parser.hasErrors()) return;
        pkg.getGlobals().forEach(g -> errors.add(new Problem(path, g.getLine(), Math.max(0, g.getColumn()),
                "global '" + g.getIdentifier() + "': a rule may read only the request's facts",
                "the rules' outcome is remembered by the facts (rules memo); put the value in a fact or a rule's condition")));
        for (RuleDescr rule : pkg.getRules()) {
            for (BaseDescr d : rule.getLhs().getDescrs()) lhs(path, rule, d, errors);
            consequence(path, rule, errors);
            outsideState(path, rule, text, errors);
        }
    }

    /** Names whose use makes a rule's outcome depend on more than its facts (the clock, chance, the environment). */
    private static final Set<String> OUTSIDE_STATE = Set.of("currentTimeMillis", "nanoTime", "now", "Date", "Calendar",
            "Clock", "random", "Random", "ThreadLocalRandom", "getenv", "getProperty", "UUID");

    /**
     * A rule that reads the clock, chance or the environment: the rules memo ({@code rules.OutcomeMemo}) hands
     * back the outcome derived before for equal facts, so such a rule would answer as it did the first time.
     */
    private static void outsideState(String path, RuleDescr rule, String text, List<Problem> errors) {
        int start = Math.max(0, rule.getStartCharacter());
        int end = rule.getEndCharacter() > start ? Math.min(text.length(), rule.getEndCharacter()) : text.length();
        int firstLine = (int) text.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        for (Token t : tokens(text.substring(start, end))) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getType() != JavaLexer.IDENTIFIER || !OUTSIDE_STATE.contains(t.getText())) continue;
            errors.add(new Problem(path, firstLine + t.getLine() - 1, t.getCharPositionInLine() + 1, "rule '" + rule.getName()
                    + "' reads '" + t.getText() + "': a rule may read only the request's facts",
                    "the rules' outcome is remembered by the facts (rules memo), so it would keep its first answer"));
            return;
        }
    }

    private void lhs(String path, RuleDescr rule, BaseDescr d, List<Problem> errors) {
        if (d instanceof PatternDescr p) {
            Map<String, String> fields = ID_FIELDS.getOrDefault(simple(p.getObjectType()), Map.of());
            for (BaseDescr c : p.getConstraint().getDescrs()) {
                if (c instanceof ExprConstraintDescr e && !fields.isEmpty()) constraint(path, rule, p, e, fields, errors);
            }
            if (p.getSource() instanceof AccumulateDescr a) {
                if (a.getInput() != null) lhs(path, rule, a.getInput(), errors);
                else for (BaseDescr in : a.getDescrs()) lhs(path, rule, in, errors);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (Object x : ce.getDescrs()) if (x instanceof BaseDescr b) lhs(path, rule, b, errors);
        }
    }

    private void constraint(String path, RuleDescr rule, PatternDescr p, ExprConstraintDescr e, Map<String, String> fields,
                            List<Problem> errors) {
        DrlExprParser ep = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr cc = ep.parse(e.getExpression());
        if (cc == null || ep.hasErrors()) return;
        List<RelationalExprDescr> rels = new ArrayList<>();
        relations(cc, rels);
        for (RelationalExprDescr rel : rels) {
            if (!(rel.getLeft() instanceof AtomicExprDescr left)) continue;
            String kind = fields.get(left.getExpression().strip());
            if (kind == null) continue;
            List<String> literals = new ArrayList<>();
            literals(rel.getRight(), literals);
            for (String id : literals) {
                if (!known.get(kind).contains(id)) {
                    int line = e.getLine() > 0 ? e.getLine() : p.getLine();
                    errors.add(new Problem(path, line, Math.max(0, e.getColumn()), "unknown " + kind + " '" + id + "' in rule '"
                            + rule.getName() + "' (" + simple(p.getObjectType()) + "." + left.getExpression().strip() + ")",
                            "known: " + String.join(", ", new TreeSet<>(known.get(kind)))));
                }
            }
        }
    }

    private static void relations(BaseDescr d, List<RelationalExprDescr> out) {
        if (d instanceof RelationalExprDescr r) {
            out.add(r);
        } else if (d instanceof ConstraintConnectiveDescr c) {
            for (BaseDescr x : c.getDescrs()) relations(x, out);
        }
    }

    private static void literals(BaseDescr d, List<String> out) {
        if (d instanceof AtomicExprDescr a) {
            // `id in ("a", "b")` keeps its list as one expression: read its string tokens.
            for (Token t : tokens(a.getExpression())) if (t.getType() == JavaLexer.STRING_LITERAL) out.add(unquote(t.getText()));
        } else if (d instanceof ConstraintConnectiveDescr c) {
            for (BaseDescr x : c.getDescrs()) literals(x, out);
        }
    }

    /** {@code Emit.<method>(drools, "<id>", …)} calls in the consequence, read as Java tokens. */
    private void consequence(String path, RuleDescr rule, List<Problem> errors) {
        String code = String.valueOf(rule.getConsequence());
        List<? extends Token> ts = tokens(code).stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).toList();
        for (int i = 0; i + 6 < ts.size(); i++) {
            if (!ts.get(i).getText().equals("Emit") || !ts.get(i + 1).getText().equals(".")) continue;
            String method = ts.get(i + 2).getText();
            String kind = EMITS.get(method);
            if (kind == null || !ts.get(i + 3).getText().equals("(")) continue;
            // the first argument is drools; the id is the string literal after the comma
            Token id = ts.get(i + 6);
            if (id.getType() != JavaLexer.STRING_LITERAL) continue;
            String value = unquote(id.getText());
            if (!known.get(kind).contains(value)) {
                int line = rule.getConsequenceLine() + id.getLine() - 1;
                errors.add(new Problem(path, line, id.getCharPositionInLine() + 1, "unknown " + kind + " '" + value + "' in Emit."
                        + method + " of rule '" + rule.getName() + "'" + (kind.equals("step") ? ": the plan would drop it" : ""),
                        "known: " + String.join(", ", new TreeSet<>(known.get(kind)))));
            }
        }
    }

    private static List<? extends Token> tokens(String code) {
        JavaLexer lexer = new JavaLexer(CharStreams.fromString(code));
        lexer.removeErrorListeners();
        return lexer.getAllTokens();
    }

    private static String unquote(String s) {
        return s.length() >= 2 ? s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\") : s;
    }

    private static String simple(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    static Set<String> kinds() {
        return Set.copyOf(EMITS.values());
    }
}
