package dev.naoru.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads kb/dialogs.yaml into a {@link DialogCatalog}, every problem located
 * ({@code kb/dialogs.yaml:12:9: unknown symptom 'x' (known: …)}).
 */
final class DialogLoader {
    /** The variables a dialog text may hold; what a user pastes there varies (an account name, a host…). */
    static final Set<String> VARIABLES = Set.of("account", "user", "address", "host", "code", "port", "task", "server");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)\\}");
    /** A text whose fixed words are shorter than this would match inside ordinary sentences. */
    static final int MIN_FIXED_CHARS = 6;

    private final NodeReader r;
    private final Set<String> symptoms;
    private final Set<String> contexts;
    private final Set<String> services;

    private DialogLoader(NodeReader r, Set<String> symptoms, Set<String> contexts, Set<String> services) {
        this.r = r;
        this.symptoms = symptoms;
        this.contexts = contexts;
        this.services = services;
    }

    static DialogCatalog read(NodeReader r, YamlDoc.Node root, Set<String> symptoms, Set<String> contexts, Set<String> services) {
        r.onlyKeys(root, Set.of("dialogs", "hosts", "shown", "gone"));
        DialogLoader l = new DialogLoader(r, symptoms, contexts, services);
        return new DialogCatalog(l.dialogs(root), l.hosts(root), r.strings(root, "shown"), r.strings(root, "gone"));
    }

    private List<Dialog> dialogs(YamlDoc.Node root) {
        List<Dialog> out = new ArrayList<>();
        Map<String, YamlDoc.Node> ids = new LinkedHashMap<>();
        Map<String, YamlDoc.Node> texts = new LinkedHashMap<>();
        for (YamlDoc.Node n : r.list(root, "dialogs", true)) {
            r.onlyKeys(n, Set.of("id", "app", "lang", "device", "texts", "symptoms", "contexts", "source"));
            String id = r.text(n, "id", true);
            YamlDoc.Node first = id.isEmpty() ? null : ids.putIfAbsent(id, n);
            if (first != null) r.problem(n, "duplicate dialog id '" + id + "'", "first defined at " + first.where());
            String lang = r.text(n, "lang", true);
            if (!lang.isEmpty() && !lang.equals("ja") && !lang.equals("en")) {
                r.problem(n.get("lang"), "unknown lang '" + lang + "'", "known: ja, en");
            }
            Optional<DeviceId> device = device(n, "device");
            List<String> ts = r.strings(n, "texts");
            if (ts.isEmpty()) r.problem(n, "dialog '" + id + "' has no texts", "add the message as users paste it");
            List<SourceRef> at = new ArrayList<>();
            for (int i = 0; i < ts.size(); i++) {
                YamlDoc.Node tn = n.get("texts").at(i);
                at.add(tn.where());
                checkText(tn, ts.get(i));
                YamlDoc.Node dup = texts.putIfAbsent(fixed(ts.get(i)), tn);
                if (dup != null) r.problem(tn, "dialog text written twice", "first at " + dup.where() + "; keep one");
            }
            List<String> sy = ids(n, "symptoms", symptoms, "symptom", "kb/symptoms.yaml");
            List<String> cx = ids(n, "contexts", contexts, "context", "kb/contexts.yaml");
            if (sy.isEmpty() && cx.isEmpty() && device.isEmpty()) {
                r.problem(n, "dialog '" + id + "' names no symptom, context or device", "say what the dialog means: symptoms: [...]");
            }
            out.add(new Dialog(id, r.text(n, "app", true), lang, device, ts, sy, cx, r.text(n, "source", false), n.where(), at));
        }
        return out;
    }

    private List<HostCue> hosts(YamlDoc.Node root) {
        List<HostCue> out = new ArrayList<>();
        for (YamlDoc.Node n : r.list(root, "hosts", false)) {
            r.onlyKeys(n, Set.of("suffix", "device", "service"));
            String suffix = r.text(n, "suffix", true).toLowerCase(java.util.Locale.ROOT);
            if (!suffix.isEmpty() && !suffix.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
                r.problem(n.get("suffix"), "'" + suffix + "' is not a host name", "write it like imap.mail.me.com or spmode.ne.jp");
            }
            Optional<DeviceId> device = device(n, "device");
            String service = r.text(n, "service", false);
            if (!service.isEmpty() && !services.contains(service)) {
                r.problem(n.get("service"), "unknown service '" + service + "'", "known: " + String.join(", ", services) + " (kb/scope.yaml services)");
            }
            if (device.isEmpty() && service.isEmpty()) r.problem(n, "host '" + suffix + "' names no device or service", "add device: or service:");
            out.add(new HostCue(suffix, device, service.isEmpty() ? Optional.empty() : Optional.of(service), n.where()));
        }
        return out;
    }

    private Optional<DeviceId> device(YamlDoc.Node n, String field) {
        String d = r.text(n, field, false);
        if (d.isEmpty()) return Optional.empty();
        Optional<DeviceId> id = DeviceId.parse(d);
        if (id.isEmpty()) r.problem(n.get(field), "unknown device '" + d + "'", "known: " + DeviceId.known());
        return id;
    }

    private List<String> ids(YamlDoc.Node n, String field, Set<String> known, String what, String file) {
        List<String> out = new ArrayList<>();
        List<String> got = r.strings(n, field);
        for (int i = 0; i < got.size(); i++) {
            if (known.contains(got.get(i))) out.add(got.get(i));
            else r.problem(n.get(field).at(i), "unknown " + what + " '" + got.get(i) + "'", "known: " + String.join(", ", known) + " (" + file + ")");
        }
        return out;
    }

    private void checkText(YamlDoc.Node at, String text) {
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            if (!VARIABLES.contains(m.group(1))) {
                r.problem(at, "unknown variable '{" + m.group(1) + "}'", "known: " + String.join(", ", VARIABLES.stream().sorted().toList()));
            }
        }
        String rest = VARIABLE.matcher(text).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) r.problem(at, "unbalanced '{' or '}'", "a variable is written {account}");
        if (fixed(text).length() < MIN_FIXED_CHARS) {
            r.problem(at, "dialog text too short to match safely", "at least " + MIN_FIXED_CHARS + " letters besides variables; paste the whole message");
        }
    }

    /** The letters and digits a text must show (NFKC, lower case; spaces, punctuation, quotes and ー vary). */
    static String fixed(String text) {
        String s = Normalizer.normalize(VARIABLE.matcher(text).replaceAll(" "), Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> Character.isLetterOrDigit(c) && c != 'ー').forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
