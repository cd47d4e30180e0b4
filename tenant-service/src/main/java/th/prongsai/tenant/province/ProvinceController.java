package th.prongsai.tenant.province;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProvinceController {

    record ProvinceView(String code, String nameTh, String nameEn, String slug) {}

    private final ProvinceRepository provinces;

    ProvinceController(ProvinceRepository provinces) {
        this.provinces = provinces;
    }

    @GetMapping("/api/provinces")
    List<ProvinceView> list() {
        return provinces.findAll(Sort.by("code")).stream()
                .map(p -> new ProvinceView(p.getCode(), p.getNameTh(), p.getNameEn(), p.getSlug()))
                .toList();
    }
}
