package se.samordna.followup.web;

import se.samordna.shared.AssociationId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.samordna.followup.FinsamCompanion;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** The Uppföljning Finsam companion: the year's figures to register, with the director's checklist, as a page, CSV, XLSX and JSON. */
@Controller
class FinsamCompanionController {

    private final FinsamCompanion companion;

    FinsamCompanionController(FinsamCompanion companion) {
        this.companion = companion;
    }

    @GetMapping("/associations/{associationId}/uppfoljning-finsam")
    String page(@PathVariable AssociationId associationId, @RequestParam(required = false) Integer year, Model model) {
        int shown = year != null ? year : LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear() - 1;
        model.addAttribute("associationId", associationId);
        model.addAttribute("year", shown);
        try {
            model.addAttribute("items", companion.items(associationId, shown));
        } catch (se.samordna.shared.NotFoundException e) {
            model.addAttribute("noPlan", e.getMessage());
        }
        return "followup/finsam";
    }

    @PostMapping("/associations/{associationId}/uppfoljning-finsam/checklist")
    @AssociationAccess(Role.ADMIN)
    String tick(@PathVariable AssociationId associationId, @RequestParam int year, @RequestParam String item, @RequestParam boolean registered) {
        companion.tick(associationId, year, item, registered);
        return "redirect:/associations/" + associationId + "/uppfoljning-finsam?year=" + year;
    }

    @GetMapping("/api/v1/associations/{associationId}/uppfoljning-finsam/{year}")
    @ResponseBody
    List<FinsamCompanion.Item> api(@PathVariable AssociationId associationId, @PathVariable int year) {
        return companion.items(associationId, year);
    }

    @GetMapping({"/associations/{associationId}/uppfoljning-finsam/{year}.csv", "/api/v1/associations/{associationId}/uppfoljning-finsam/{year}.csv"})
    ResponseEntity<byte[]> csv(@PathVariable AssociationId associationId, @PathVariable int year) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"uppfoljning-finsam-underlag-" + year + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(companion.csv(associationId, year).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping({"/associations/{associationId}/uppfoljning-finsam/{year}.xlsx", "/api/v1/associations/{associationId}/uppfoljning-finsam/{year}.xlsx"})
    ResponseEntity<byte[]> xlsx(@PathVariable AssociationId associationId, @PathVariable int year) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(Text.of("finsam.sheet", year).swedish());
            String[] headers = Text.of("finsam.sheetHeader").swedish().split(";");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            int r = 1;
            for (FinsamCompanion.Item item : companion.items(associationId, year)) {
                Row row = sheet.createRow(r++);
                // Text cells (a value that starts with = is shown, never calculated), amounts as numbers in kronor.
                row.createCell(0).setCellValue(item.section());
                row.createCell(1).setCellValue(item.label());
                if (item.isAmount() && item.amount() != null) {
                    row.createCell(2).setCellValue(item.amount().ore() / 100.0);
                } else {
                    row.createCell(2).setCellValue(item.isAmount() ? "" : item.value());
                }
                row.createCell(3).setCellValue(FinsamCompanion.registered(item));
            }
            for (int c = 0; c < headers.length; c++) {
                sheet.autoSizeColumn(c);
            }
            book.write(out);
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"uppfoljning-finsam-underlag-" + year + ".xlsx\"")
                    .contentType(MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
