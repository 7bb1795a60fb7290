package se.samordna.audit.web;

import se.samordna.shared.AssociationId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.samordna.audit.AuditEntry;
import se.samordna.audit.AuditLog;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.Role;

/** The audit log of one association, for its ADMIN and AUDITOR. Read only: there is no way to change it. */
@Controller
@AssociationAccess({Role.ADMIN, Role.AUDITOR})
class AuditController {

    private final AuditLog auditLog;
    private final org.springframework.context.MessageSource messages;

    AuditController(AuditLog auditLog, org.springframework.context.MessageSource messages) {
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /** One entry as a person reads it: what happened to which named thing, the values before and after. */
    record Readable(java.time.OffsetDateTime occurredAt, String actor, String what, String subject, List<String> details) {
    }

    @GetMapping("/associations/{associationId}/audit")
    String page(@PathVariable AssociationId associationId, @RequestParam(required = false) String verify, Model model) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("entries", auditLog.entries(associationId, 500).stream().map(e -> readable(e, locale)).toList());
        // Checking the whole chain reads every entry of the installation: done when asked for, not on every visit.
        model.addAttribute("chain", verify == null ? null : auditLog.verifyChain());
        return "audit/log";
    }

    @GetMapping("/api/v1/associations/{associationId}/audit/verification")
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "Checks the audit log's hash chain: intact, or its first broken link")
    se.samordna.audit.AuditChain.Result verification(@PathVariable AssociationId associationId) {
        return auditLog.verifyChain();
    }

    @GetMapping("/api/v1/associations/{associationId}/audit")
    @ResponseBody
    List<AuditEntry> api(@PathVariable AssociationId associationId, @RequestParam(defaultValue = "200") int limit) {
        return auditLog.entries(associationId, Math.max(1, Math.min(limit, 5000)));
    }

    private Readable readable(AuditEntry e, java.util.Locale locale) {
        String entity = messages.getMessage("audit.entity." + e.entity(), null, e.entity().replace('-', ' '), locale);
        String action = messages.getMessage("audit.action." + e.entity() + "." + e.action(), null,
                messages.getMessage("audit.action." + e.action(), null, e.action().replace('-', ' '), locale), locale);
        // The association itself needs no id: the log is the association's.
        String subject = e.entityName() != null ? e.entityName()
                : e.entityId() == null || e.entityId().equals(String.valueOf(e.associationId())) ? "" : e.entityId();
        return new Readable(e.occurredAt(), e.actor(), entity + ": " + action, subject, details(e.changes(), locale));
    }

    /** The changed values as "field: value" lines; before and after pairs as "field: before → after". */
    private List<String> details(String json, java.util.Locale locale) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        java.util.Map<?, ?> values;
        try {
            values = JSON.readValue(json, java.util.Map.class);
        } catch (RuntimeException notAnObject) {
            return List.of(json);
        }
        List<String> lines = new java.util.ArrayList<>();
        Object from = values.get("from");
        Object to = values.get("to");
        if (values.containsKey("from") || values.containsKey("to")) {
            lines.add(messages.getMessage("audit.field.change", null, locale) + ": " + text(from) + " → " + text(to));
        }
        values.forEach((key, value) -> {
            if (!"from".equals(key) && !"to".equals(key)) {
                lines.add(messages.getMessage("audit.field." + key, null, String.valueOf(key), locale) + ": " + text(value));
            }
        });
        return lines;
    }

    private static String text(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof java.util.Map<?, ?> map) {
            return map.entrySet().stream().map(en -> en.getKey() + ": " + text(en.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(AuditController::text).collect(java.util.stream.Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
}
