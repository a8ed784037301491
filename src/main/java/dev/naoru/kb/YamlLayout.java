package dev.naoru.kb;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML mistakes maintainers make most, each named plainly at its own line: a tab in the
 * indentation, a full-width colon after a key, a list item indented further than the one above
 * (YAML would silently glue it to that item), a repeated key. Anything else is the parser's own
 * problem at the parser's problem mark (not the line where it started looking).
 */
final class YamlLayout {
    /** {@code id：x} or {@code - steps：{…}}: an ASCII key followed by a full-width colon. */
    private static final Pattern WIDE_COLON = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_-]*)\\s*：");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    // Compiled once: String.matches / replaceAll / split compile their pattern on every call, every line.
    private static final Pattern NEWLINE = Pattern.compile("\r?\n");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+#.*$");
    private static final Pattern ITEM_WITH_KEY = Pattern.compile("-\\s+[^\"'\\[{]*:\\s.*");

    private YamlLayout() {
    }

    /** Problems found by looking at the lines alone; empty when the layout is fine. */
    static List<Problem> check(String file, String text) {
        List<Problem> out = new ArrayList<>();
        String[] lines = NEWLINE.split(text, -1);
        int prevIndent = -1;
        boolean prevItem = false;
        boolean prevOpens = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            int lead = 0;
            while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t')) lead++;
            int tab = line.substring(0, lead).indexOf('\t');
            if (tab >= 0) {
                out.add(new Problem(file, i + 1, tab + 1, "tab used for indentation", "YAML indents with spaces only: replace the tab with spaces"));
                continue;
            }
            String rest = line.substring(lead);
            if (rest.isEmpty() || rest.startsWith("#")) continue;
            Matcher m = rest.indexOf('：') < 0 ? null : WIDE_COLON.matcher(line);
            if (m != null && m.find()) {
                out.add(new Problem(file, i + 1, m.end(), "full-width colon '：' after '" + m.group(2) + "'",
                        "write an ASCII colon and a space: '" + m.group(2) + ": '"));
            }
            boolean item = rest.startsWith("- ") || rest.equals("-");
            if (item && prevItem && !prevOpens && lead > prevIndent) {
                out.add(new Problem(file, i + 1, lead + 1, "list item indented further than the item above",
                        "YAML would read it as part of line " + i + "; indent both '- ' the same"));
            }
            String code = (rest.indexOf('#') < 0 ? rest : TRAILING_COMMENT.matcher(rest).replaceAll("")).stripTrailing();
            prevIndent = lead;
            prevItem = item;
            // 「- name: x」 followed by a deeper 「- …」 is a nested list under a key; 「- a |」 a block scalar.
            prevOpens = code.endsWith(":") || code.endsWith("|") || code.endsWith(">") || (code.startsWith("-") && ITEM_WITH_KEY.matcher(code).matches()) || code.equals("-");
        }
        return out;
    }

    /** The parser's problem, at its problem mark. */
    static Problem explain(String file, JsonProcessingException e) {
        Matcher dup = DUPLICATE.matcher(e.getOriginalMessage());
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int col = loc == null ? 0 : loc.getColumnNr();
        if (dup.find()) {
            return new Problem(file, line, col, "key '" + dup.group(1) + "' appears twice in the same entry",
                    "keep one: the second would silently replace the first");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException y && y.getProblemMark() != null) {
                Mark mark = y.getProblemMark();
                String problem = y.getProblem() == null ? "invalid YAML" : y.getProblem();
                String context = y.getContext() == null ? "" : y.getContext()
                        + (y.getContextMark() == null ? "" : " started at line " + (y.getContextMark().getLine() + 1));
                return new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, "invalid YAML: " + problem,
                        (context.isEmpty() ? "" : context + "; ") + "check indentation and quoting; quote a text that holds ': ' or '#'");
            }
        }
        String msg = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
        return new Problem(file, line, col, "invalid YAML: " + msg, "check indentation and quoting near this line");
    }
}
