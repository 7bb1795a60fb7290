package se.samordna.initiative.web;

import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeState;
import se.samordna.plan.Plans;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * The public catalogue of an association's running initiatives (like Norra Västmanland's Insatskatalogen),
 * readable without login: no personal data beyond a contact's work address.
 */
@Controller
class PublicCatalogue {

    private final Associations associations;
    private final Plans plans;

    PublicCatalogue(Associations associations, Plans plans) {
        this.associations = associations;
        this.plans = plans;
    }

    record Entry(String name, String kind, String owner, String targetGroup, Integer ageFrom, Integer ageTo, List<String> municipalities,
                 LocalDate start, LocalDate end, String purpose, String contactName, String contactEmail, String contactPhone) {
    }

    @GetMapping("/public/associations/{slug}/initiatives")
    String page(@PathVariable String slug, @RequestParam(required = false) String municipality,
                @RequestParam(required = false) String targetGroup, @RequestParam(required = false) Integer age,
                @RequestParam(required = false) LocalDate date, Model model) {
        Association association = associations.findBySlug(slug).orElseThrow(() -> new NotFoundException(Text.of("error.forbundetFinnsInte")));
        LocalDate on = date == null ? LocalDate.now() : date;
        model.addAttribute("association", association);
        model.addAttribute("entries", entries(association, municipality, targetGroup, age, on));
        model.addAttribute("date", on);
        model.addAttribute("municipalities", plans.find(association.id()).map(p -> p.plan().members().stream()
                .filter(m -> m.municipalityCode() != null).map(m -> m.name()).toList()).orElse(List.of()));
        model.addAttribute("municipality", municipality);
        model.addAttribute("targetGroup", targetGroup);
        model.addAttribute("age", age);
        return "initiative/catalogue";
    }

    @GetMapping("/public/api/associations/{slug}/initiatives")
    @ResponseBody
    List<Entry> api(@PathVariable String slug, @RequestParam(required = false) String municipality,
                    @RequestParam(required = false) String targetGroup, @RequestParam(required = false) Integer age,
                    @RequestParam(required = false) LocalDate date) {
        Association association = associations.findBySlug(slug).orElseThrow(() -> new NotFoundException(Text.of("error.forbundetFinnsInte")));
        return entries(association, municipality, targetGroup, age, date == null ? LocalDate.now() : date);
    }

    /** Initiatives running on the day: started and agreed, and the day within their time (the agreement's, or their own). */
    private List<Entry> entries(Association association, String municipality, String targetGroup, Integer age, LocalDate on) {
        boolean contacts = associations.publishesContacts(association.id());
        return plans.find(association.id()).map(p -> p.plan().initiatives()).orElse(List.of()).stream()
                .filter(i -> i.state() == InitiativeState.RUNNING && runsOn(i, on))
                .filter(i -> municipality == null || municipality.isBlank() || i.municipalities().contains(municipality))
                .filter(i -> targetGroup == null || targetGroup.isBlank()
                        || (i.targetGroup() != null && i.targetGroup().toLowerCase(Locale.ROOT).contains(targetGroup.toLowerCase(Locale.ROOT))))
                .filter(i -> age == null || ((i.ageFrom() == null || i.ageFrom() <= age) && (i.ageTo() == null || age <= i.ageTo())))
                .map(i -> entry(i, contacts))
                .toList();
    }

    private static boolean runsOn(Initiative i, LocalDate day) {
        LocalDate from = i.agreement() != null && i.agreement().start() != null ? i.agreement().start() : i.start();
        LocalDate to = i.agreement() != null && i.agreement().end() != null ? i.agreement().end() : i.end();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static Entry entry(Initiative i, boolean contacts) {
        Initiative.Contact c = contacts ? i.contact() : null;
        return new Entry(i.name(), i.kind().name(), i.owner(), i.targetGroup(), i.ageFrom(), i.ageTo(), i.municipalities(), i.start(),
                i.end(), i.purpose(), c == null ? null : c.name(), c == null ? null : c.email(), c == null ? null : c.phone());
    }
}
