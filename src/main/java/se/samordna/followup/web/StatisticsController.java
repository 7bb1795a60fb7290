package se.samordna.followup.web;

import se.samordna.shared.AssociationId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import se.samordna.followup.RegionalStatistics;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.Role;

/** Regional statistics (SCB full-year equivalents) per member municipality: imported by ADMIN, read by everyone in the association. */
@Controller
class StatisticsController {

    private final RegionalStatistics statistics;

    StatisticsController(RegionalStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/associations/{associationId}/statistics")
    String page(@PathVariable AssociationId associationId, Model model) {
        model.addAttribute("associationId", associationId);
        model.addAttribute("shares", statistics.shares(associationId));
        return "followup/statistics";
    }

    @PostMapping("/associations/{associationId}/statistics")
    @AssociationAccess(Role.ADMIN)
    String importPage(@PathVariable AssociationId associationId, @RequestParam("file") MultipartFile file) throws IOException {
        statistics.importCsv(associationId, se.samordna.shared.Utf8.decode(file.getBytes(), "fil"));
        return "redirect:/associations/" + associationId + "/statistics";
    }

    @PostMapping("/api/v1/associations/{associationId}/statistics")
    @AssociationAccess(Role.ADMIN)
    @ResponseBody
    Map<String, Integer> importApi(@PathVariable AssociationId associationId, @RequestBody String csv) {
        return Map.of("imported", statistics.importCsv(associationId, csv));
    }

    @GetMapping("/api/v1/associations/{associationId}/statistics")
    @ResponseBody
    List<RegionalStatistics.Share> api(@PathVariable AssociationId associationId) {
        return statistics.shares(associationId);
    }
}
