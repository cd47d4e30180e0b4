package th.prongsai.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in and out, the way back after an expired session, the language switch and the Thai error pages. */
class SignInBrowserIT {

    private final BrowserPlatform platform = BrowserPlatform.shared();
    private Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(platform, getClass());
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theStartPageAsksToSignInInThai() {
        browser.go("/");
        assertThat(browser.path()).startsWith("/signin");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("th");
        assertThat(browser.mainText()).contains("เข้าสู่ระบบ", "ชื่อผู้ใช้", "รหัสผ่าน");
        browser.checkPage("signin");
    }

    @Test
    void aWrongPasswordIsSaidInThaiAndTheUsernameIsKept() {
        browser.go("/signin").signIn("tha-phae.officer", "not-the-password");
        assertThat(browser.path()).startsWith("/signin");
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo("tha-phae.officer");
        browser.checkPage("signin-error");
    }

    @Test
    void anOfficerLandsInTheMunicipalitysWorkingYearAndSignsOut() {
        browser.go("/").signIn("tha-phae.officer");
        assertThat(browser.path()).matches("/m/tha-phae/25\\d\\d");
        assertThat(browser.pageText()).contains("เทศบาลตำบลท่าแพ", "tha-phae.officer");
        browser.signOut();
        assertThat(browser.pageText()).contains("ออกจากระบบแล้ว");
        browser.go("/m/tha-phae/years");
        assertThat(browser.path())
                .as("signed out: the pages ask to sign in again")
                .startsWith("/signin");
    }

    @Test
    void afterSigningInTheUserIsBackOnThePageAskedFor() {
        browser.go("/m/tha-phae/years");
        assertThat(browser.path()).startsWith("/signin");
        browser.signIn("tha-phae.officer");
        assertThat(browser.path()).isEqualTo("/m/tha-phae/years");
        assertThat(browser.mainText()).contains("ปีงบประมาณ 2567");
        browser.checkPage("years");
    }

    @Test
    void anExpiredSessionReturnsToThePageAfterSigningInAgain() {
        browser.go("/signin").signIn("tha-phae.officer");
        browser.go("/m/tha-phae/years");
        // the server-side session ends (timeout, restart, sign-out elsewhere): the cookie no longer names a session
        browser.driver().manage().deleteCookieNamed("PRONGSAI_SESSION");
        browser.go("/m/tha-phae/years");
        assertThat(browser.path()).startsWith("/signin");
        browser.signIn("tha-phae.officer");
        assertThat(browser.path()).isEqualTo("/m/tha-phae/years");
    }

    @Test
    void theLanguageSwitchTurnsThePagesEnglishAndBack() {
        browser.go("/signin");
        browser.click(By.cssSelector("a.lang"));
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.mainText()).contains("Sign in", "Username");
        browser.checkPage("signin-en");
        browser.click(By.cssSelector("a.lang"));
        assertThat(browser.mainText()).contains("เข้าสู่ระบบ");
    }

    @Test
    void anOfficerIsRefusedOnAnotherMunicipalitysPagesInThai() {
        browser.go("/signin").signIn("tha-phae.officer");
        browser.go("/m/trat/years");
        assertThat(browser.mainText()).contains("ไม่มีสิทธิ์เข้าถึงหน้านี้");
        assertThat(browser.pageText()).doesNotContain("เทศบาลเมืองตราด");
        browser.checkPage("refused");
    }

    @Test
    void anUnknownPageIsAThaiNotFoundPage() {
        browser.go("/signin").signIn("tha-phae.officer");
        browser.go("/m/tha-phae/2567/no-such-page");
        assertThat(browser.mainText()).contains("ไม่พบหน้าที่ต้องการ");
        browser.checkPage("not-found");
    }

    @Test
    void aUserChangesTheirPasswordAndSignsInWithTheNewOne() {
        browser.go("/signin").signIn("tak-bai.clerk");
        browser.go("/account/password");
        browser.type(By.id("currentPassword"), "wrong-password")
                .type(By.id("newPassword"), "ตากใบ-ใหม่-2568")
                .type(By.id("confirmPassword"), "ตากใบ-ใหม่-2568")
                .press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("รหัสผ่านปัจจุบัน");
        browser.checkPage("password-error");
        browser.type(By.id("currentPassword"), "demo")
                .type(By.id("newPassword"), "ตากใบ-ใหม่-2568")
                .type(By.id("confirmPassword"), "ตากใบ-ใหม่-2568")
                .press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.pageText()).contains("เปลี่ยนรหัสผ่านเรียบร้อยแล้ว");
        browser.signOut();
        browser.signIn("tak-bai.clerk", "ตากใบ-ใหม่-2568");
        assertThat(browser.path()).startsWith("/m/tak-bai");
    }
}
