package th.prongsai.web.layout;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.AbstractContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The web's templates and messages without the application, for tests that render a fragment. */
public final class Templates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ApplicationContext beans;

    /** {@code beans} for templates that use them ({@code @thai}), or null. */
    public Templates(ApplicationContext beans, String... messageBasenames) {
        this.beans = beans;
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(templates);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(messageBasenames);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(messages);
    }

    /** The template in Thai with these variables. */
    public String render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.forLanguageTag("th"));
        return process(template, context, variables);
    }

    /** A whole page (its layout links to the app's assets), as if asked for at {@code path}, in Thai. */
    public String renderPage(String template, String path, Map<String, Object> variables) {
        MockServletContext servlet = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", path);
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(servlet)
                        .buildExchange(request, new MockHttpServletResponse()),
                Locale.forLanguageTag("th"));
        return process(template, context, variables);
    }

    private String process(String template, AbstractContext context, Map<String, Object> variables) {
        if (beans != null) {
            context.setVariable(
                    ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(beans, null));
        }
        context.setVariables(variables);
        return engine.process(template, context);
    }
}
