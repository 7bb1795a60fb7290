package se.samordna.reminders;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Reminders", description = "The daily e-mail digests (system administrator)")
class RemindersApi {

    private final Reminders reminders;

    RemindersApi(Reminders reminders) {
        this.reminders = reminders;
    }

    @PostMapping("/api/v1/admin/reminders")
    @Operation(summary = "Sends today's digests now (each person still gets at most one a day); what waits and how many were sent")
    Reminders.Run sendNow() {
        return reminders.send(LocalDate.now(ZoneId.of("Europe/Stockholm")));
    }
}
