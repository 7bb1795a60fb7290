package se.samordna.audit.web;

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

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/associations/{associationId}/audit")
    String page(@PathVariable UUID associationId, Model model) {
        model.addAttribute("entries", auditLog.entries(associationId, 500));
        return "audit/log";
    }

    @GetMapping("/api/v1/associations/{associationId}/audit")
    @ResponseBody
    List<AuditEntry> api(@PathVariable UUID associationId, @RequestParam(defaultValue = "200") int limit) {
        return auditLog.entries(associationId, Math.max(1, Math.min(limit, 5000)));
    }
}
