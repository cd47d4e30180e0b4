package th.prongsai.web.layout;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

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
        if (beans != null) {
            context.setVariable(
                    ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(beans, null));
        }
        context.setVariables(variables);
        return engine.process(template, context);
    }
}
