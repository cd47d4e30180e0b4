package th.prongsai.web.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;

/**
 * The report settings of the municipality ({@code /t/{code}/api/report-settings}): which positions approve the
 * report and in what order, the memo's letter prefix and the office phone. Each position gets its place in the
 * chain (or none) from a list, which works without JavaScript and reads well to a screen reader.
 */
@Controller
class SettingsController {

    /** The approval steps report-service knows (its ApprovalStep), in their usual order. */
    static final List<String> POSITIONS = List.of("HEAD_OF_OFFICE", "CLERK", "MAYOR");

    private final GatewayClient gateway;

    SettingsController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** What the form shows: each position's place ("" = not in the chain), the prefix and the phone. */
    public record Form(Map<String, String> places, String letterPrefix, String phone) {}

    @GetMapping("/m/{code}/settings")
    String page(@PathVariable String code, Model model) {
        AdminOnly.require(code);
        Map<String, Object> settings = gateway.get("/t/{code}/api/report-settings", code);
        Map<String, String> places = new LinkedHashMap<>();
        List<?> chain = settings.get("approvalChain") instanceof List<?> l ? l : List.of();
        for (String position : POSITIONS) {
            int index = chain.indexOf(position);
            places.put(position, index < 0 ? "" : String.valueOf(index + 1));
        }
        return render(
                new Form(places, text(settings.get("letterPrefix")), text(settings.get("phone"))),
                FormErrors.none(),
                model);
    }

    @PostMapping("/m/{code}/settings")
    String save(
            @PathVariable String code,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        AdminOnly.require(code);
        Map<String, String> places = new LinkedHashMap<>();
        for (String position : POSITIONS) {
            String place = params.getOrDefault("place-" + position, "").strip();
            places.put(position, place.matches("[1-9]") ? place : "");
        }
        Form form = new Form(
                places,
                params.getOrDefault("letterPrefix", "").strip(),
                params.getOrDefault("phone", "").strip());
        List<String> chain = new ArrayList<>(places.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .sorted(Comparator.comparing(Map.Entry::getValue))
                .map(Map.Entry::getKey)
                .toList());
        Set<String> taken = new HashSet<>();
        boolean repeated = places.values().stream().filter(p -> !p.isEmpty()).anyMatch(p -> !taken.add(p));
        if (repeated) {
            return render(form, FormErrors.of(Map.of("approvalChain", "settings.error.repeatedPlace")), model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("approvalChain", chain);
        body.put("letterPrefix", form.letterPrefix());
        body.put("phone", form.phone().isEmpty() ? null : form.phone());
        try {
            gateway.put("/t/{code}/api/report-settings", body, code);
        } catch (ApiException.Invalid e) {
            return render(
                    form,
                    FormErrors.from(e, "settings.error.", Set.of("approvalChain", "letterPrefix", "phone")),
                    model);
        }
        redirect.addFlashAttribute("notice", "settings.saved");
        return "redirect:/m/" + code + "/settings";
    }

    private String render(Form form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("positions", POSITIONS);
        model.addAttribute("errors", errors);
        return "admin/settings";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
