package se.samordna.initiative.web;

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
import se.samordna.budget.Initiative;
import se.samordna.budget.InitiativeState;
import se.samordna.budget.Plans;
import se.samordna.shared.NotFoundException;

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
                @RequestParam(required = false) String targetGroup, @RequestParam(required = false) Integer age, Model model) {
        Association association = associations.findBySlug(slug).orElseThrow(() -> new NotFoundException("Förbundet finns inte."));
        model.addAttribute("association", association);
        model.addAttribute("entries", entries(association, municipality, targetGroup, age));
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
                    @RequestParam(required = false) String targetGroup, @RequestParam(required = false) Integer age) {
        Association association = associations.findBySlug(slug).orElseThrow(() -> new NotFoundException("Förbundet finns inte."));
        return entries(association, municipality, targetGroup, age);
    }

    private List<Entry> entries(Association association, String municipality, String targetGroup, Integer age) {
        return plans.find(association.id()).map(p -> p.plan().initiatives()).orElse(List.of()).stream()
                .filter(i -> i.state() == InitiativeState.RUNNING)
                .filter(i -> municipality == null || municipality.isBlank() || i.municipalities().contains(municipality))
                .filter(i -> targetGroup == null || targetGroup.isBlank()
                        || (i.targetGroup() != null && i.targetGroup().toLowerCase(Locale.ROOT).contains(targetGroup.toLowerCase(Locale.ROOT))))
                .filter(i -> age == null || ((i.ageFrom() == null || i.ageFrom() <= age) && (i.ageTo() == null || age <= i.ageTo())))
                .map(PublicCatalogue::entry)
                .toList();
    }

    private static Entry entry(Initiative i) {
        Initiative.Contact c = i.contact();
        return new Entry(i.name(), i.kind().name(), i.owner(), i.targetGroup(), i.ageFrom(), i.ageTo(), i.municipalities(), i.start(),
                i.end(), i.purpose(), c == null ? null : c.name(), c == null ? null : c.email(), c == null ? null : c.phone());
    }
}
