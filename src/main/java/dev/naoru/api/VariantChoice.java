package dev.naoru.api;

import dev.naoru.kb.Device;
import dev.naoru.kb.DeviceId;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Question;
import dev.naoru.kb.Step;
import dev.naoru.match.MatchResult;
import dev.naoru.plan.PlanStep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which edition of the device's app the step texts are written for (Outlook classic / new / Mac /
 * mobile, ドコモメール on iPhone / Android): the answer {@code device-variant}, else the variant the text
 * names, else the device's {@code default_variant}. Only the first two count as known; an assumed
 * default is asked about when the plan's texts differ between the variants.
 */
record VariantChoice(Optional<String> variant, boolean known) {
    static final String QUESTION = "device-variant";

    static VariantChoice choose(KnowledgeBase kb, Optional<DeviceId> device, Map<String, String> answers,
                                MatchResult match, List<String> warnings) {
        Optional<Device> d = device.flatMap(kb::device);
        if (d.isEmpty() || d.get().variants().isEmpty()) return new VariantChoice(Optional.empty(), false);
        String answered = answers.get(QUESTION);
        if (answered != null) {
            if (d.get().variant(answered).isPresent()) return new VariantChoice(Optional.of(answered), true);
            warnings.add("device-variant '" + answered + "' is not a variant of " + d.get().id().id() + " (known: "
                    + String.join(", ", d.get().variants().stream().map(Device.Variant::id).toList()) + "); ignored");
        }
        Optional<String> named = match.variantNamed(d.get().id());
        if (named.isPresent()) return new VariantChoice(named, true);
        return new VariantChoice(d.get().defaultVariant(), false);
    }

    /**
     * The {@code device-variant} question, with the device's variants as options, when the variant was
     * only assumed and some step of the plan reads differently for another variant.
     */
    Optional<Result.QuestionAsked> question(KnowledgeBase kb, Optional<DeviceId> device, List<PlanStep> plan) {
        if (known || variant.isEmpty() || device.isEmpty()) return Optional.empty();
        Question q = kb.questionsById().get(QUESTION);
        Optional<Device> d = kb.device(device.get());
        if (q == null || d.isEmpty()) return Optional.empty();
        boolean matters = plan.stream().map(p -> kb.step(p.id())).flatMap(Optional::stream).anyMatch(s -> differs(s, device, d.get()));
        if (!matters) return Optional.empty();
        Map<String, String> labels = new LinkedHashMap<>();
        d.get().variants().forEach(v -> labels.put(v.id(), v.name()));
        return Optional.of(new Result.QuestionAsked(q.id(), q.text(), List.copyOf(labels.keySet()), labels));
    }

    private boolean differs(Step s, Optional<DeviceId> device, Device d) {
        String mine = s.instructionsFor(device, variant);
        return d.variants().stream().anyMatch(v -> !s.instructionsFor(device, Optional.of(v.id())).equals(mine));
    }
}
