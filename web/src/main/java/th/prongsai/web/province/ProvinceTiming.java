package th.prongsai.web.province;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds {@code province;dur=…;desc="n calls in parallel"} to the page's {@code Server-Timing}: the wall time of the
 * API calls this feature makes side by side. Registered first, so its postHandle runs after the shared timing's
 * and appends to the header that one sets.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProvinceTiming implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/province/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (response.isCommitted() || !(request.getAttribute(Parallel.WALL) instanceof Long wall)) {
            return;
        }
        String mine = String.format(Locale.ROOT, "province;dur=%.1f;desc=\"%d calls in parallel\"", wall / 1e6,
                (Integer) request.getAttribute(Parallel.CALLS));
        String shared = response.getHeader("Server-Timing");
        response.setHeader("Server-Timing", shared == null ? mine : shared + ", " + mine);
    }
}
