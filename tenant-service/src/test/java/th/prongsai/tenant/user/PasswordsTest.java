package th.prongsai.tenant.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordsTest {

    final PasswordEncoder passwords = Passwords.encoder();

    @Test
    void newHashesAreArgon2idAndTakeLongThaiPassphrasesWhole() {
        String passphrase = "รหัสผ่านยาวเป็นประโยคภาษาไทย".repeat(8).substring(0, 200);
        String hash = passwords.encode(passphrase);
        assertThat(hash).startsWith("{argon2id}$argon2id$");
        assertThat(passwords.matches(passphrase, hash)).isTrue();
        // BCrypt would read only the first 72 bytes (24 Thai characters); Argon2id reads all 600
        assertThat(passwords.matches(passphrase.substring(0, 199) + "ข", hash)).isFalse();
        assertThat(passwords.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void oldBcryptHashesStillVerifyAndAskForAnUpgrade() {
        String bcrypt = new BCryptPasswordEncoder().encode("from-before-1");
        for (String old : new String[] {bcrypt, "{bcrypt}" + bcrypt}) {
            assertThat(passwords.matches("from-before-1", old)).isTrue();
            assertThat(passwords.matches("from-before-2", old)).isFalse();
            assertThat(passwords.upgradeEncoding(old)).isTrue();
        }
        // over 72 bytes against an old hash is a plain "no", never an exception
        assertThat(passwords.matches("ก".repeat(25), bcrypt)).isFalse();
    }
}
