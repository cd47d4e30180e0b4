package th.prongsai.web.oit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import th.prongsai.web.platform.ParallelCalls;
import th.prongsai.web.platform.SignedInUser;

/**
 * The year's OIT checklist: every item of the framework with its answer, its URLs and what the last check found;
 * how ready the municipality is and how many days are left to the ITAS window; "check now" with its progress; one
 * item's answer form; and the list to copy into ITAS, printable and as CSV. Every figure comes from the API.
 */
@Controller
class OitController {

    private static final String API = "/t/{code}/api/fiscal-years/{fy}/oit";
    private static final String ITEM = "{item:[A-Za-z][A-Za-z0-9.-]{0,19}}";

    private final GatewayClient gateway;
    private final ParallelCalls parallel;

    OitController(GatewayClient gateway, ParallelCalls parallel) {
        this.gateway = gateway;
        this.parallel = parallel;
    }

    @GetMapping("/m/{code}/{fy:\\d{4}}/oit")
    String checklist(@PathVariable String code, @PathVariable int fy, Model model) {
        List<Supplier<Object>> calls = List.of(
                () -> gateway.get(API, code, fy),
                () -> gateway.get(API + "/readiness", code, fy),
                () -> latestRun(code, fy),
                () -> gateway.get("/api/frameworks/{fy}", fy));
        List<Object> answers = parallel.all(calls);
        Map<String, Object> checklist = map(answers.get(0));
        model.addAttribute("checklist", checklist);
        model.addAttribute("readiness", answers.get(1));
        model.addAttribute("run", answers.get(2));
        model.addAttribute("groups", OitGroups.of(map(answers.get(3)), items(checklist)));
        model.addAttribute("mayEdit", SignedInUser.mayEditNow(code));
        return "oit/checklist";
    }

    /** The progress of the latest check alone, polled by htmx every second while it runs. */
    @GetMapping("/m/{code}/{fy:\\d{4}}/oit/progress")
    String progress(@PathVariable String code, @PathVariable int fy, Model model) {
        model.addAttribute("run", latestRun(code, fy));
        model.addAttribute("mayEdit", SignedInUser.mayEditNow(code));
        return "oit/checklist :: progress";
    }

    @PostMapping("/m/{code}/{fy:\\d{4}}/oit/checks")
    String checkNow(@PathVariable String code, @PathVariable int fy, RedirectAttributes redirect) {
        try {
            gateway.post(API + "/checks", Map.of(), code, fy);
            redirect.addFlashAttribute("notice", "oit.check.started");
        } catch (ApiException.Conflict running) {
            redirect.addFlashAttribute("notice", "oit.check.running");
        }
        return "redirect:/m/" + code + "/" + fy + "/oit#check-progress";
    }

    @GetMapping("/m/{code}/{fy:\\d{4}}/oit/items/" + ITEM)
    String edit(@PathVariable String code, @PathVariable int fy, @PathVariable String item, Model model) {
        Map<String, Object> stored = gateway.get(API + "/items/{item}", code, fy, item);
        model.addAttribute("form", OitAnswerForm.of(stored));
        model.addAttribute("errors", FormErrors.none());
        return itemPage(code, fy, stored, model);
    }

    @PostMapping("/m/{code}/{fy:\\d{4}}/oit/items/" + ITEM)
    String save(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable String item,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        OitAnswerForm form = OitAnswerForm.typed(params);
        try {
            gateway.put(API + "/items/{item}", form.body(), code, fy, item);
            redirect.addFlashAttribute("notice", "oit.item.saved");
            redirect.addFlashAttribute("noticeArg", item);
            return "redirect:/m/" + code + "/" + fy + "/oit#item-" + item;
        } catch (ApiException.Invalid e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", OitErrors.from(e));
            return itemPage(code, fy, gateway.get(API + "/items/{item}", code, fy, item), model);
        } catch (ApiException.Conflict e) {
            // Someone saved first: keep what this user typed over the stored answer's version, so a second save wins.
            Map<String, Object> current = gateway.get(API + "/items/{item}", code, fy, item);
            model.addAttribute(
                    "form", form.withVersion(OitAnswerForm.of(current).version()));
            model.addAttribute("errors", FormErrors.general("oit.item.conflict"));
            model.addAttribute("conflict", OitAnswerForm.of(current));
            return itemPage(code, fy, current, model);
        }
    }

    /** The list to copy into ITAS, in ITAS's order, as a page to read and print. */
    @GetMapping("/m/{code}/{fy:\\d{4}}/oit/itas")
    String itas(@PathVariable String code, @PathVariable int fy, Model model) {
        Map<String, Object> checklist = gateway.get(API, code, fy);
        model.addAttribute("checklist", checklist);
        model.addAttribute("rows", ItasRows.of(items(checklist)));
        return "oit/itas";
    }

    @GetMapping("/m/{code}/{fy:\\d{4}}/oit/itas.csv")
    ResponseEntity<byte[]> itasCsv(@PathVariable String code, @PathVariable int fy) {
        GatewayClient.Download file = gateway.download(API + "/itas.csv", code, fy);
        return ResponseEntity.ok()
                .contentType(
                        file.contentType() != null
                                ? file.contentType()
                                : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(code + "-oit-itas-" + fy + ".csv", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.bytes());
    }

    private String itemPage(String code, int fy, Map<String, Object> item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("departments", gateway.list("/t/{code}/api/departments", code));
        model.addAttribute("mayEdit", SignedInUser.mayEditNow(code));
        return "oit/item";
    }

    private Map<String, Object> latestRun(String code, int fy) {
        try {
            return gateway.get(API + "/checks/latest", code, fy);
        } catch (ApiException.NotFound never) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    /** The checklist's items, each with {@code checkOf}: its URLs' latest checks by URL, for the page to look up. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> checklist) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) checklist.getOrDefault("items", List.of())) {
            Map<String, Object> copy = new LinkedHashMap<>(item);
            copy.put("checkOf", checksByUrl(item));
            items.add(copy);
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> checksByUrl(Map<String, Object> item) {
        Map<String, Map<String, Object>> byUrl = new LinkedHashMap<>();
        for (Map<String, Object> check : (List<Map<String, Object>>) item.getOrDefault("checks", List.of())) {
            byUrl.put(String.valueOf(check.get("url")), check);
        }
        return byUrl;
    }
}
