package th.prongsai.tenant.user;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * At most {@link #value()} bytes in UTF-8. BCrypt reads only the first 72 bytes and Spring's encoder refuses
 * longer input with an exception, so passwords are checked here, where the field can be named; a Thai
 * character takes 3 bytes, so 72 bytes is 24 Thai characters.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Utf8MaxBytes.Validator.class)
public @interface Utf8MaxBytes {

    /** BCrypt's input limit. */
    int BCRYPT = 72;

    int value() default BCRYPT;

    String message() default "must be at most {value} bytes in UTF-8 (a Thai character takes 3)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Utf8MaxBytes, String> {

        private int max;

        @Override
        public void initialize(Utf8MaxBytes annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.getBytes(StandardCharsets.UTF_8).length <= max;
        }
    }
}
