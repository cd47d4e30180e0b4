package th.prongsai.tenant;

import java.util.List;
import org.springframework.data.domain.Page;

/** A stable JSON shape for one page of a list. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }
}
